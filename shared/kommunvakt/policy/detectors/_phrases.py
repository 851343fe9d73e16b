"""Weighted phrase tables for the discourse categories (personal_case, rumor, political,
irrelevant).

A table is a TSV file in `kommunvakt/policy/data/lexicons/` with the columns
`group  weight  kind  pattern  [requires]`. `pattern` is a Python regular expression over the folded
(lower-cased) text, written with non-capturing groups only. When compiled:

- the pattern is anchored at word boundaries on both sides;
- a space stands for any run of spaces/punctuation inside one sentence (" ?": optional);
- `å`, `ä`, `ö`, `é` also accept `a`, `a`, `o`, `e`, because people often type without them
  ("ar" for "är").

All entries of one group become one alternation, so a group costs one scan of the text; each
entry is a named group so a hit can be traced back to its weight and kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_SPACE = r"[^\w.!?]+"
_ACCENTS = {"å": "a", "ä": "a", "ö": "o", "é": "e"}


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    weight: float
    kind: str
    entry: int
    """Index of the table row that matched: the same row counts once however often it hits."""


@dataclass(frozen=True, slots=True)
class _Row:
    group: str
    weight: float
    kind: str
    pattern: str
    requires: tuple[str, ...] = ()
    """Optional 5th column: substrings, one of which must occur for the row to be tried."""


def expand(pattern: str) -> str:
    """Make a lexicon pattern tolerant of missing diacritics and of spacing/punctuation."""
    out: list[str] = []
    in_class = False
    escaped = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        i += 1
        if escaped:
            out.append(ch)
            escaped = False
            continue
        if ch == "\\":
            out.append(ch)
            escaped = True
            continue
        if in_class:
            out.append(ch + _ACCENTS[ch] if ch in _ACCENTS else ch)
            if ch == "]":
                in_class = False
            continue
        if ch == "[":
            in_class = True
            out.append(ch)
        elif ch in _ACCENTS:
            out.append(f"[{ch}{_ACCENTS[ch]}]")
        elif ch == " " and pattern[i : i + 1] == "?":
            out.append(_SPACE[:-1] + "*")
            i += 1
        elif ch == " ":
            out.append(_SPACE)
        else:
            out.append(ch)
    return "".join(out)


_FOLD_ACCENTS = str.maketrans(_ACCENTS)
_MAX_STATES = 400
_KEY = 4
_Heads = set[tuple[str, bool]]
"""Literal prefixes a (sub)pattern can begin with; the flag says the prefix may continue."""


def _item_heads(op: object, av: Any) -> _Heads | None:
    name = str(op)
    if name == "LITERAL":
        ch = chr(av)
        return {(ch, True)} if ch.isalnum() else {("", False)}
    if name == "IN":
        chars = [chr(v) for o, v in av if str(o) == "LITERAL"]
        if len(chars) == len(av) and len(chars) <= 8 and all(c.isalnum() for c in chars):
            return {(c, True) for c in chars}
        return None
    if name == "SUBPATTERN":
        return _seq_heads(av[-1])
    if name == "BRANCH":
        out: _Heads = set()
        for alt in av[1]:
            heads = _seq_heads(alt)
            if heads is None:
                return None
            out |= heads
        return out
    if name in ("MAX_REPEAT", "MIN_REPEAT"):
        lo, _hi, sub = av
        heads = _seq_heads(sub)
        if heads is None:
            return None
        closed = {(p, False) for p, _ in heads}
        return closed | {("", True)} if lo == 0 else closed
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return {("", True)}
    return None


def _seq_heads(items: Any) -> _Heads | None:
    states = {""}
    closed: set[str] = set()
    for op, av in items:
        heads = _item_heads(op, av)
        if heads is None:
            if "" in states:
                return None
            return {(s, False) for s in states} | {(c, False) for c in closed}
        new: set[str] = set()
        for s in states:
            for p, more in heads:
                (new if more else closed).add(s + p)
        if len(new) + len(closed) > _MAX_STATES:
            return None
        states = new
        if not states:
            break
    return {(s, True) for s in states} | {(c, False) for c in closed}


def triggers(pattern: str) -> frozenset[str] | None:
    return _triggers(_parser.parse(pattern))


def _triggers(parsed: Any) -> frozenset[str] | None:
    """Literal word beginnings (up to _KEY letters) one of which every match starts with.

    None when the pattern may start with something that is not a literal (\\w*, \\d...): such
    rows are searched in the whole text instead.
    """
    heads = _seq_heads(parsed)
    if heads is None or any(not p for p, _ in heads):
        return None
    return frozenset(p[:_KEY] for p, _ in heads)


class PhraseTable:
    """One category's phrase table, read and compiled once, on first use.

    Matching is driven by the words of the text: each row is indexed by the literal word
    beginnings it can start with, and tried (an anchored match) only where such a word
    starts. A regular-expression alternation of hundreds of phrases is far slower in `re`.
    """

    def __init__(self, filename: str) -> None:
        self.filename = filename

    @cached_property
    def _rows(self) -> tuple[_Row, ...]:
        text = (
            resources.files("kommunvakt.policy.data")
            .joinpath(f"lexicons/{self.filename}")
            .read_text(encoding="utf-8")
        )
        rows: list[_Row] = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if cols[0] == "group":  # header
                continue
            if len(cols) < 4:
                raise ValueError(f"{self.filename}:{n}: expected 4 tab-separated columns")
            group, weight, kind, pattern = cols[0], float(cols[1]), cols[2], cols[3]
            if pattern.endswith((" ", " )?", " )*")):
                # A trailing space would demand a word after the phrase: it never matches
                # at a word end.
                raise ValueError(f"{self.filename}:{n}: pattern ends with a space")
            requires = tuple(r for r in cols[4].split(",") if r) if len(cols) > 4 else ()
            rows.append(_Row(group.strip(), weight, kind.strip(), pattern.strip(), requires))
        return tuple(rows)

    @cached_property
    def _index(self) -> _Index:
        rows = self._rows
        by_key: dict[str, set[int]] = {}
        guarded: list[int] = []
        for i, row in enumerate(rows):
            parsed = _parser.parse(row.pattern)
            if parsed.state.groups > 1:
                raise ValueError(f"{self.filename}: row {i}: use (?:...), not capturing groups")
            trig = _triggers(parsed)
            if trig is None:
                if not row.requires:
                    raise ValueError(
                        f"{self.filename}: row {i} starts with no literal; give it `requires`"
                    )
                guarded.append(i)
                continue
            for t in trig:
                # Indexed as written and with accents folded, so that both "väntat" and
                # "vantat" in the text find the row without folding the text itself.
                by_key.setdefault(t[:_KEY], set()).add(i)
                by_key.setdefault(t[:_KEY].translate(_FOLD_ACCENTS), set()).add(i)
        return _Index([None] * len(rows), {k: sorted(v) for k, v in by_key.items()}, guarded)

    def find(self, group: str, text: str) -> list[Hit]:
        return self.find_all(text).get(group, [])

    def find_all(self, text: str) -> dict[str, list[Hit]]:
        """Every row's matches, by group; the result for the last text is reused."""
        cached = self._last
        if cached is not None and cached[0] is text:
            return cached[1]
        idx = self._index
        rows = self._rows
        compiled = idx.compiled
        positions = _word_starts(text)
        tried: set[tuple[int, int]] = set()
        out: dict[str, list[Hit]] = {}

        def attempt(i: int, start: int) -> None:
            if (i, start) in tried:
                return
            tried.add((i, start))
            rx = compiled[i]
            if rx is None:
                # Compiled on first use: most rows are rare, and loading must stay fast.
                rx = compiled[i] = re.compile(f"(?:{expand(rows[i].pattern)})(?!\\w)")
            m = rx.match(text, start)
            if m is not None:
                row = rows[i]
                out.setdefault(row.group, []).append(Hit(start, m.end(), row.weight, row.kind, i))

        for key in idx.by_key.keys() & positions.keys():
            for start in positions[key]:
                for i in idx.by_key[key]:
                    attempt(i, start)
        for i in idx.guarded:
            for req in rows[i].requires:
                j = text.find(req)
                while j >= 0:
                    attempt(i, j)
                    ws = j
                    while ws and (text[ws - 1].isalnum() or text[ws - 1] == "_"):
                        ws -= 1
                    if ws != j:
                        attempt(i, ws)
                    j = text.find(req, j + 1)
        self._last = (text, out)
        return out

    _last: tuple[str, dict[str, list[Hit]]] | None = None


@dataclass(frozen=True, slots=True)
class _Index:
    compiled: list[re.Pattern[str] | None]
    """Each row, to be matched at a word start (compiled when first needed)."""
    by_key: dict[str, list[int]]
    """Rows by the first (up to _KEY) letters of their triggers, accents folded."""
    guarded: list[int]
    """Rows without a literal trigger, tried where one of their `requires` occurs."""


_WORD = re.compile(r"\w+")
_last_starts: tuple[str, dict[str, list[int]]] | None = None


def _word_starts(text: str) -> dict[str, list[int]]:
    """Where words beginning with each 1.._KEY-letter prefix start.

    Computed once per text and shared by all tables (a one-entry cache).
    """
    global _last_starts  # noqa: PLW0603
    cached = _last_starts
    if cached is not None and cached[0] is text:
        return cached[1]
    starts: dict[str, list[int]] = {}
    for m in _WORD.finditer(text):
        w = m.group()
        s = m.start()
        for n in range(1, min(len(w), _KEY) + 1):
            starts.setdefault(w[:n], []).append(s)
    _last_starts = (text, starts)
    return starts


def total(hits: list[Hit]) -> float:
    """Sum of weights, each table row counted once (its strongest occurrence)."""
    best: dict[int, float] = {}
    for h in hits:
        best[h.entry] = max(best.get(h.entry, 0.0), h.weight)
    return sum(best.values())


URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']+"
    r"|(?<![\w@.])[a-z0-9][a-z0-9-]{0,62}\.(?:se|com|nu|net|org|info|io|eu|shop|help|ly|be|me)"
    r"(?:/[^\s<>\"']*)?(?![\w@])",
    re.IGNORECASE,
)
"""A web address in running text (scheme, www. or a bare domain with a common TLD)."""


def has_link(ctx_text: str, attachment_types: Iterable[str]) -> bool:
    return "link" in attachment_types or URL.search(ctx_text) is not None
