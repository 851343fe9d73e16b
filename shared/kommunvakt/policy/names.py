"""Words that stand for a named person: whom a threat or a disclosure is about.

Swedish capitalises names and little else inside a sentence, so a capitalised word after a
lower-case word or a comma is taken for a name ("jag ska döda Kerstin", "är det för att
Kerstin i receptionen har fått cancer"). At the start of a sentence every word is capitalised
("Fisken i sjön har tumörer"), so a word there is a name only when it is a common first name
(`data/lexicons/first_names.txt`: "Kalle har HIV") or has a common surname's ending
("Lindqvist är en clown"). A tagged account ("@hugo.kk") names someone too.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

_MID_SENTENCE = re.compile(r"(?<=[a-zåäöé,] )[A-ZÅÄÖÉ][a-zåäöé]+(?:-[A-ZÅÄÖÉ][a-zåäöé]+)?(?![-\w])")

_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?\n] )|(?<=\n))[A-ZÅÄÖÉ][a-zåäöé]+(?![-\w])")


@cache
def first_names() -> frozenset[str]:
    raw = resources.files("kommunvakt.policy.data").joinpath("lexicons/first_names.txt")
    lines = raw.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


_SURNAME = (
    "sson",
    "qvist",
    "kvist",
    "quist",
    "ström",
    "gren",
    "dahl",
    "blad",
    "stedt",
)
"""Endings of common Swedish surnames: a word with one that starts a sentence is a name too
("Dr. Lindqvist på vårdcentralen är en clown", "Bergström ska få veta"), as a first name is;
"sson" rather than "son" leaves "person" and "säsong" alone, and "-holm", "-berg", "-lund"
are left out because towns end so too ("Stockholm", "Falkenberg", "Eklund")."""


_HANDLE = re.compile(r"(?<![\w@])@([A-Za-zÅÄÖåäöé][A-Za-zÅÄÖåäöé0-9]*)")
"""A tagged account ("ska slå ihjäl @hugo.kk"): its first word is how the text names whom it
speaks of, as a capitalised name would."""


@lru_cache(maxsize=256)
def named_persons(text: str) -> frozenset[str]:
    """The lower-cased words that stand capitalised inside a sentence of `text`, and the
    common first names and words with a surname's ending that start one."""
    mid = {m.group().lower() for m in _MID_SENTENCE.finditer(text)}
    starts = {m.group().lower() for m in _SENTENCE_START.finditer(text)}
    return frozenset(
        mid | (starts & first_names()) | {w for w in starts if len(w) >= 6 and w.endswith(_SURNAME)}
    )


@lru_cache(maxsize=256)
def named_or_tagged(text: str) -> frozenset[str]:
    """`named_persons` and the first word of each tagged account: whom a threat can name. (An
    insult's subject stays with capitalised names: a tag is how friends are greeted too.)"""
    if "@" not in text:
        return named_persons(text)
    return named_persons(text) | {m.group(1).lower() for m in _HANDLE.finditer(text)}
