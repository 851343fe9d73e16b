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


def _top_level_split(pattern: str) -> list[str]:
    """The pattern's top-level alternatives (outside groups and classes)."""
    parts: list[str] = []
    depth = 0
    in_class = False
    escaped = False
    last = 0
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[last:i])
            last = i + 1
    parts.append(pattern[last:])
    return parts


def _strip_optional_head(pattern: str) -> str:
    """Drop leading optional groups ("(?:jag |vi )?hört ..." -> "hört ...").

    A row matches a text exactly when its pattern without them does (they are optional), so
    the row need only be tried where the first mandatory word starts: "jag" and "har" are in
    almost every text, "hört" is not. The evidence span is then the mandatory part."""
    while pattern.startswith("(?:"):
        depth = 0
        in_class = False
        escaped = False
        end = -1
        for i, ch in enumerate(pattern):
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif in_class:
                in_class = ch != "]"
            elif ch == "[":
                in_class = True
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    end = i
                    break
        rest = pattern[end + 1 :]
        if end < 0 or not rest.startswith("?") or rest.startswith(("??", "?+")) or len(rest) < 2:
            break
        pattern = rest[1:]
    return pattern


_TABLES: list[PhraseTable] = []
"""Every table created so far: their word beginnings share one scan of each text."""


class PhraseTable:
    """One category's phrase table, read and compiled once, on first use.

    Matching is driven by the words of the text: each row is indexed by the literal word
    beginnings it can start with. One scan of the text (a trie of the beginnings of all tables'
    rows, shared by every table) finds the word starts worth trying; at each, one anchored
    alternation of the rows indexed under that beginning is tried. An unanchored alternation
    of every row would be tried at every word start, which is far slower in `re`.
    """

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self._by_key: dict[str, tuple[re.Pattern[str], tuple[int, ...]] | None] = {}
        self._compiled: dict[int, re.Pattern[str]] = {}
        _TABLES.append(self)

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
        subs: list[tuple[int, str]] = []
        guarded: list[int] = []
        for i, row in enumerate(rows):
            parsed = _parser.parse(row.pattern)
            if parsed.state.groups > 1:
                raise ValueError(f"{self.filename}: row {i}: use (?:...), not capturing groups")
            # Each top-level alternative is indexed by its own first mandatory words.
            indexed: list[tuple[str, frozenset[str]]] = []
            for alt in _top_level_split(row.pattern):
                core = _strip_optional_head(alt)
                trig = triggers(core) if core else None
                if trig is None:
                    core, trig = alt, triggers(alt)
                if trig is None:
                    break
                indexed.append((core, trig))
            else:
                for core, trig in indexed:
                    n = len(subs)
                    subs.append((i, core))
                    for t in trig:
                        # Indexed as written and with accents folded, so that both "väntat"
                        # and "vantat" in the text find the row without folding the text.
                        by_key.setdefault(t[:_KEY], set()).add(n)
                        by_key.setdefault(t[:_KEY].translate(_FOLD_ACCENTS), set()).add(n)
                continue
            if not row.requires:
                raise ValueError(
                    f"{self.filename}: row {i} starts with no literal; give it `requires`"
                )
            guarded.append(i)
        return _Index({k: sorted(v) for k, v in by_key.items()}, tuple(subs), guarded)

    def _sub_rx(self, n: int) -> re.Pattern[str]:
        rx = self._compiled.get(n)
        if rx is None:
            rx = self._compiled[n] = re.compile(f"(?:{expand(self._index.subs[n][1])})(?!\\w)")
        return rx

    def _row_rx(self, i: int) -> re.Pattern[str]:
        rx = self._compiled.get(-1 - i)
        if rx is None:
            rx = self._compiled[-1 - i] = re.compile(f"(?:{expand(self._rows[i].pattern)})(?!\\w)")
        return rx

    def _for_key(self, key: str) -> tuple[re.Pattern[str], tuple[int, ...]] | None:
        """The alternatives that may start at a word beginning with `key` (a key of the shared
        trie), as one anchored alternation; None when this table has none. Compiled on first
        use: most keys are rare, and loading must stay fast."""
        try:
            return self._by_key[key]
        except KeyError:
            pass
        idx = self._index
        found: set[int] = set()
        for n in range(1, len(key) + 1):
            found.update(idx.by_key.get(key[:n], ()))
        entry: tuple[re.Pattern[str], tuple[int, ...]] | None = None
        if found:
            ids = tuple(sorted(found))
            alt = "|".join(f"(?P<r{n}>(?:{expand(idx.subs[n][1])})(?!\\w))" for n in ids)
            entry = (re.compile(alt), ids)
        self._by_key[key] = entry
        return entry

    def find(self, group: str, text: str) -> list[Hit]:
        return self.find_all(text).get(group, [])

    def find_all(self, text: str) -> dict[str, list[Hit]]:
        """Every row's matches, by group; the result for the last text is reused."""
        cached = self._last
        if cached is not None and cached[0] is text:
            return cached[1]
        rows = self._rows
        subs = self._index.subs
        out: dict[str, list[Hit]] = {}
        for start, key in _word_starts(text):
            entry = self._for_key(key)
            if entry is None:
                continue
            rx, ids = entry
            m = rx.match(text, start)
            if m is None:
                continue
            n = int(m.lastgroup[1:])  # type: ignore[index]
            i = subs[n][0]
            row = rows[i]
            out.setdefault(row.group, []).append(Hit(start, m.end(), row.weight, row.kind, i))
            # The alternation reports the first alternative that matches here; later ones
            # may too.
            for k in ids[ids.index(n) + 1 :]:
                mk = self._sub_rx(k).match(text, start)
                if mk is not None:
                    j = subs[k][0]
                    rj = rows[j]
                    out.setdefault(rj.group, []).append(Hit(start, mk.end(), rj.weight, rj.kind, j))
        guarded = self._index.guarded
        if guarded:
            tried: set[tuple[int, int]] = set()
            for i in guarded:
                row = rows[i]
                for req in row.requires:
                    j = text.find(req)
                    while j >= 0:
                        ws = j
                        while ws and (text[ws - 1].isalnum() or text[ws - 1] == "_"):
                            ws -= 1
                        for s in (j, ws) if ws != j else (j,):
                            if (i, s) in tried:
                                continue
                            tried.add((i, s))
                            m = self._row_rx(i).match(text, s)
                            if m is not None:
                                out.setdefault(row.group, []).append(
                                    Hit(s, m.end(), row.weight, row.kind, i)
                                )
                        j = text.find(req, j + 1)
        self._last = (text, out)
        return out

    _last: tuple[str, dict[str, list[Hit]]] | None = None


@dataclass(frozen=True, slots=True)
class _Index:
    by_key: dict[str, list[int]]
    """Alternatives (indexes into `subs`) by the first (up to _KEY) letters of their
    triggers, accents folded."""
    subs: tuple[tuple[int, str], ...]
    """Each row's top-level alternatives without optional leading words: (row, pattern)."""
    guarded: list[int]
    """Rows without a literal trigger, tried where one of their `requires` occurs."""


def _trie_pattern(keys: Iterable[str]) -> str:
    """A regular expression matching, at a word start, the longest of `keys` that begins there.

    Shaped as a trie so that `re` tests each letter once instead of every key in turn."""
    trie: dict[str, Any] = {}
    for k in keys:
        node = trie
        for ch in k:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and len(alts[0]) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?<!\\w)" + emit(trie)


_gate: tuple[int, re.Pattern[str]] | None = None
_last_starts: tuple[str, list[tuple[int, str]]] | None = None


def _word_starts(text: str) -> list[tuple[int, str]]:
    """Word starts that begin with some table's trigger, each with the longest such trigger.

    Computed once per text and shared by all tables (a one-entry cache: the detectors of one
    item all look at the same folded text object)."""
    global _gate, _last_starts  # noqa: PLW0603
    cached = _last_starts
    if cached is not None and cached[0] is text:
        return cached[1]
    gate = _gate
    if gate is None or gate[0] != len(_TABLES):
        keys = {k for t in _TABLES for k in t._index.by_key}
        gate = _gate = (len(_TABLES), re.compile(_trie_pattern(keys)))
    starts = [(m.start(), m.group()) for m in gate[1].finditer(text) if m.end() > m.start()]
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
