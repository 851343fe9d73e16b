"""Token and clause helpers shared by the abusive and crime detectors.

Both detectors find words with lexicons (`kommunvakt.policy.lexicon`) and then ask small
grammatical questions about them: who is the target, is there a modal before the verb, is the
statement negated, is the object a person. This module answers those questions on a
lower-cased view of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache

from kommunvakt.policy.context import Context
from kommunvakt.policy.lexicon import Hit, load
from kommunvakt.policy.normalize import NormalizedText

_SCAN = re.compile(
    r"(?P<w>[a-zåäöéüæø0-9][a-zåäöéüæø0-9'’:-]*)"
    r"|(?P<s>[.!?\n]+(?=\s|$)|[.!?]{2,}|(?<=\s)[-–—](?=\s))"
    r"|(?P<c>[,;:()\"”“])"
)
"""Words, sentence ends and clause ends, in one pass."""

PRONOUN_TARGETS = frozenset(
    "du ni dig er han hon hen de dom dem honom henne you u ya he she they them him".split()
)
SECOND_PERSON = frozenset("du ni dig er din ditt dina era you u your yours ur".split())
NEGATIONS = frozenset("inte ej ingen inget inga aldrig icke not never no sluta slutar".split())
COPULAS = frozenset("är e ä ar var blir bli verkar känns låter are is were r 're".split())


def views(ctx: Context) -> list[NormalizedText]:
    """The views a lexicon is matched against: the folded text and, when the normaliser
    offers it, the de-obfuscated word view (leetspeak, spaced-out letters)."""
    out = [ctx.folded]
    if ctx.words.text != ctx.folded.text:
        out.append(ctx.words)
    return out


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    sentence: int
    clause: int


@lru_cache(maxsize=64)
def parse(view: NormalizedText) -> Parsed:
    """The parsed view, shared by the detectors that look at the same event."""
    return Parsed(view)


class Parsed:
    """A view split into word tokens with sentence and clause numbers."""

    def __init__(self, view: NormalizedText) -> None:
        self.view = view
        text = view.text
        self.text = text
        self.tokens: list[Token] = []
        sentence = clause = 0
        for m in _SCAN.finditer(text):
            kind = m.lastgroup
            if kind == "w":
                w = m.group().rstrip("'’:-")
                s = m.start()
                self.tokens.append(Token(s, s + len(w), w, sentence, clause))
            elif kind == "s":
                sentence += 1
                clause += 1
            else:
                clause += 1
        self._starts = [t.start for t in self.tokens]
        self._ends = [t.end for t in self.tokens]

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

    def person_at(self, i: int, j: int) -> Hit | None:
        """A person noun covering any token in [i, j)."""
        if i >= j or i >= len(self.tokens):
            return None
        lo, hi = self.tokens[i].start, self.tokens[min(j, len(self.tokens)) - 1].end
        for h in self.persons:
            if h.start < hi and h.end > lo:
                return h
        return None
