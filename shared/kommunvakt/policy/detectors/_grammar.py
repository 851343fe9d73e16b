"""Token and clause helpers shared by the abusive and crime detectors.

Both detectors find words with lexicons (`kommunvakt.policy.lexicon`) and then ask small
grammatical questions about them: who is the target, is there a modal before the verb, is the
statement negated, is the object a person. This module answers those questions on a
lower-cased view of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cached_property, lru_cache
from typing import NamedTuple, Protocol, TypeVar

from kommunvakt.policy.context import Context
from kommunvakt.policy.lexicon import Hit, load
from kommunvakt.policy.normalize import NormalizedText, fold

_SCAN = re.compile(
    r"(?P<w>[a-zåäöéüæø0-9][a-zåäöéüæø0-9'’:-]*)"
    r"|(?P<s>[.!?\n]+(?=\s|$)|[.!?]{2,}|(?<=\s)[-–—](?=\s))"
    r"|(?P<c>[,;:()\"”“])"
)
"""Words, sentence ends and clause ends, in one pass."""

QUOTED = re.compile(r"[\"“”«»]([^\"“”«»]{2,200})[\"“”«»]|(?<!\w)'([^']{2,200})'(?!\w)")
"""A quoted stretch: between double quotes, guillemets, or single quotes not inside a word."""


class _Located(Protocol):
    @property
    def start(self) -> int: ...


_L = TypeVar("_L", bound=_Located)


def outside(items: list[_L], spans: Sequence[tuple[int, int]]) -> list[_L]:
    """The items (hits, findings) that start outside every span, e.g. a quotation."""
    return [x for x in items if not any(a <= x.start < b for a, b in spans)]


QUOTE_MARKS = frozenset("\"'”“’‘«»")
"""Every mark residents quote with, straight and curly, single and double."""


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` quotes something (`QUOTED`); empty at once when it has no quote mark."""
    if not any(q in text for q in "\"“”«»'"):
        return []
    return [m.span() for m in QUOTED.finditer(text)]


PRONOUN_TARGETS = frozenset(
    [
        "du",
        "ni",
        "dig",
        "dej",  # spoken and dialect spelling of "dig"
        "er",
        "han",
        "hon",
        "hen",
        "de",
        "dom",
        "dem",
        "honom",
        "henne",
        "you",
        "u",
        "ya",
        "he",
        "she",
        "they",
        "them",
        "him",
        # Norwegian and Danish (newcomers write a Scandinavian mix)
        "deg",
        "dere",
        "jer",
    ]
)
NEGATIONS = frozenset(
    [
        "inte",
        "ej",
        "ingen",
        "inget",
        "inga",
        "aldrig",
        "icke",
        "not",
        "never",
        "no",
        "sluta",
        "slutar",
    ]
)
COPULAS = frozenset(
    [
        "är",
        "e",
        "ä",
        "ar",
        "var",
        "va",
        "varit",
        "blir",
        "bli",
        "verkar",
        "känns",
        "låter",
        "are",
        "is",
        "were",
        "r",
        "'re",
    ]
)


def views(ctx: Context) -> list[NormalizedText]:
    """The views a lexicon is matched against: the folded text, the normaliser's
    de-obfuscated word view (leetspeak, spaced-out letters) and, when letters are spelt out
    word by word ("j a g  s k a", "k.u.l.a i"), a view that keeps those word gaps."""
    folded, words = ctx.folded, ctx.words
    if words.text == folded.text:
        # The normaliser joins every run of spelt-out letters: nothing joined, nothing spelt.
        return [folded]
    out = [folded, words]
    spelled = spelled_view(ctx.text)
    if spelled is not None and spelled.text not in (folded.text, words.text):
        out.append(spelled)
    return out


_SPELLED = re.compile(
    r"(?<![^\W\d_])[^\W\d_](?P<sep>[ .\-_*·•])[^\W\d_](?:(?P=sep)[^\W\d_])*(?![^\W\d_])"
)
"""Letters spelt out with ONE repeated separator: the run ends where the separator changes
(a double space between spelt words, a space after "k.u.l.a")."""


@lru_cache(maxsize=16)
def spelled_view(text: str) -> NormalizedText | None:
    """The text with spelt-out words joined, word gaps kept; None when nothing is spelt out.

    The normaliser's word view joins every run of single letters, which glues whole spelt
    sentences into one word ("jagskadödadig"); here a run stops at a change of separator."""
    runs = [m for m in _SPELLED.finditer(text) if len(m.group()) >= 3]
    if sum((len(m.group()) + 1) // 2 for m in runs) < 4:
        return None
    keep: list[int] = []
    pos = 0
    for m in runs:
        keep.extend(range(pos, m.start()))
        keep.extend(range(m.start(), m.end(), 2))
        pos = m.end()
    keep.extend(range(pos, len(text)))
    folded = fold("".join(text[k] for k in keep))
    keep.append(len(text))
    return NormalizedText(folded.text, tuple(keep[o] for o in folded.offsets))


class Token(NamedTuple):
    """A word of a parsed view (a named tuple: made for every word, so it must be cheap)."""

    start: int
    end: int
    text: str
    sentence: int
    clause: int


def parse(view: NormalizedText) -> Parsed:
    """The parsed view, shared by the detectors that look at the same event."""
    return parse_text(view.text)


@lru_cache(maxsize=64)
def parse_text(text: str) -> Parsed:
    # Keyed by the text alone (a parse does not need the offsets, and hashing them would
    # cost more than a lookup).
    return Parsed(text)


class Parsed:
    """A view's text split into word tokens with sentence and clause numbers."""

    def __init__(self, text: str) -> None:
        # Tokens are made on first use: most texts that pass the detectors' quick test have
        # no lexicon hit, and need no tokens.
        self.text = text

    @cached_property
    def tokens(self) -> list[Token]:
        tokens: list[Token] = []
        append = tokens.append
        sentence = clause = 0
        for m in _SCAN.finditer(self.text):
            w = m.group("w")
            if w is not None:
                ends_clause = False
                if w[-1] in "'’:-":
                    # A colon after a word ends its clause ("tips: kasta…"); one inside a word
                    # does not ("sms:a").
                    ends_clause = ":" in w[len(w.rstrip("'’:-")) :]
                    w = w.rstrip("'’:-")
                s = m.start()
                append(Token(s, s + len(w), w, sentence, clause))
                if ends_clause:
                    clause += 1
            elif m.group("s") is not None:
                sentence += 1
                clause += 1
            else:
                clause += 1
        return tokens

    @cached_property
    def _starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @cached_property
    def _ends(self) -> list[int]:
        return [t.end for t in self.tokens]

    def index(self, start: int, end: int) -> tuple[int, int]:
        """Token indices [i, j) covering the character span [start, end)."""
        i = bisect_right(self._ends, start)
        j = bisect_left(self._starts, end)
        return i, max(i, j)

    def words(self, i: int, j: int) -> list[str]:
        return [t.text for t in self.tokens[max(0, i) : max(0, j)]]

    def before(self, i: int, n: int, *, clause: bool = True) -> list[Token]:
        """Up to n tokens before index i in the same clause (or sentence)."""
        if i <= 0 or i > len(self.tokens):
            return []
        ref = self.tokens[i] if i < len(self.tokens) else self.tokens[-1]
        out: list[Token] = []
        for t in reversed(self.tokens[max(0, i - n) : i]):
            if (t.clause if clause else t.sentence) != (ref.clause if clause else ref.sentence):
                break
            out.append(t)
        out.reverse()
        return out

    def after(self, j: int, n: int, *, clause: bool = True) -> list[Token]:
        """Up to n tokens from index j on, in the same clause (or sentence) as token j-1."""
        if j <= 0 or j >= len(self.tokens):
            return []
        ref = self.tokens[j - 1]
        out: list[Token] = []
        for t in self.tokens[j : j + n]:
            if (t.clause if clause else t.sentence) != (ref.clause if clause else ref.sentence):
                break
            out.append(t)
        return out

    def sentence_of(self, i: int) -> int:
        return self.tokens[i].sentence if 0 <= i < len(self.tokens) else -1

    @cached_property
    def persons(self) -> list[Hit]:
        return list(load("persons").finditer(self.text))

    @cached_property
    def _person_ends(self) -> list[int]:
        return [h.end for h in self.persons]

    def person_at(self, i: int, j: int) -> Hit | None:
        """A person noun covering any token in [i, j)."""
        if i >= j or i >= len(self.tokens):
            return None
        lo, hi = self.tokens[i].start, self.tokens[min(j, len(self.tokens)) - 1].end
        k = bisect_right(self._person_ends, lo)
        if k < len(self.persons) and self.persons[k].start < hi:
            return self.persons[k]
        return None
