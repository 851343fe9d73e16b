"""Weighted phrase tables for the discourse categories (personal_case, rumor, political,
irrelevant).

A table is a TSV file in `kommunvakt/policy/data/lexicons/` with the columns
`group  weight  kind  pattern  [requires]`. `pattern` is a Python regular expression over the folded
(lower-cased) text, written with non-capturing groups only. When compiled:

- the pattern is anchored at word boundaries on both sides;
- a space stands for any run of spaces/punctuation inside one sentence (" ?": optional);
- `å`, `ä`, `ö`, `é` also accept `a`, `a`, `o`, `e`, because people often type without them
  ("ar" for "är").

The tables are analysed at build time by `scripts/build_phrase_index.py`, which writes
`phrase_index.json` (run it after editing a table: a test fails, and loading raises
`StaleIndexError`, while the index is older than a table). For every row's top-level
alternative ("sub") the index holds its compiled pattern, the folded word beginnings ("keys") a
match can start with, and up to two clauses: sets of folded word beginnings one of which any
match contains. At run time one pass over the (accent-folded) text's tokens, each token
analysed once and then cached, finds which indexed word beginnings occur at which word starts;
a sub is tried only when both its clauses have a word in the text, and then only at the word
starts of its keys. So a row filed under a word found in almost every comment ("har", "jag")
costs nothing unless its rarer words are there, and only the few subs a text can match are
ever compiled. The hits are exactly those of trying every row at every word start.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

_INDEX_FILE = "lexicons/phrase_index.json"
_INDEX_FORMAT = 1


class Hit(NamedTuple):
    # A named tuple: detectors create a few per item, and a frozen dataclass costs several
    # times more to construct.
    start: int
    end: int
    weight: float
    kind: str
    entry: int
    """Index of the table row that matched: the same row counts once however often it hits."""


class StaleIndexError(RuntimeError):
    """A phrase table was edited without rebuilding `phrase_index.json`."""


def _data() -> Any:
    return resources.files("kommunvakt.policy.data")


@cache
def _index() -> dict[str, Any]:
    index: dict[str, Any] = json.loads(_data().joinpath(_INDEX_FILE).read_text(encoding="utf-8"))
    if index.get("format") != _INDEX_FORMAT:
        raise StaleIndexError(f"{_INDEX_FILE}: unknown format; run scripts/build_phrase_index.py")
    return index


def _table_index(filename: str) -> dict[str, Any]:
    table: dict[str, Any] | None = _index()["tables"].get(filename)
    if table is None:
        raise StaleIndexError(f"{filename} is not in {_INDEX_FILE}; add it to the build script")
    # Hashing the small source table costs far less than a millisecond and turns a forgotten
    # rebuild into a clear error instead of silently outdated rules.
    raw = _data().joinpath(f"lexicons/{filename}").read_bytes()
    if hashlib.sha256(raw).hexdigest() != table["sha256"]:
        raise StaleIndexError(
            f"{filename} changed since {_INDEX_FILE} was built: run scripts/build_phrase_index.py"
        )
    return table


@dataclass(frozen=True, slots=True)
class _Sub:
    row: int
    source: str
    keys: tuple[str, ...]
    gate: tuple[str, ...]
    """Folded word beginnings one of which every match contains (the most selective clause)."""
    also: tuple[str, ...]
    """A second such clause, or empty."""


@dataclass(frozen=True, slots=True)
class _Row:
    group: str
    weight: float
    kind: str


_ALL_TABLES: list[PhraseTable] = []


class PhraseTable:
    """One category's phrase table, read once, on first use, from the build-time index.

    Each sub's regular expression is compiled the first time a text passes its gate: most
    rows are rare, and loading must stay fast."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self._loaded: _Loaded | None = None
        self._last: tuple[str, dict[str, list[Hit]]] | None = None
        _ALL_TABLES.append(self)

    def _load(self) -> _Loaded:
        loaded = self._loaded
        if loaded is None:
            # All tables at once: each new table's words invalidate the shared token cache.
            for table in _ALL_TABLES:
                if table._loaded is None:
                    table._loaded = _Loaded(_table_index(table.filename))
            loaded = self._loaded
            assert loaded is not None
        return loaded

    def find(self, group: str, text: str) -> list[Hit]:
        return self.find_all(text).get(group, [])

    def find_all(self, text: str) -> dict[str, list[Hit]]:
        """Every row's matches, by group; the result for the last text is reused."""
        cached = self._last
        if cached is not None and cached[0] is text:
            return cached[1]
        t = self._loaded
        if t is None:
            t = self._load()
        present, candidates = _scan(text)
        out: dict[str, list[Hit]] = {}
        subs = candidates.get(t.slot)
        if subs:
            raw: list[tuple[int, int, int]] = []
            fast = t.fast
            compiled = t._compiled
            get = present.get
            words = present.keys()
            for n in subs:
                keys, also = fast[n]
                if also and words.isdisjoint(also):
                    continue
                rx = compiled.get(n)
                if rx is None:
                    rx = t.compiled(n)
                match = rx.match
                for key in keys:
                    starts = get(key)
                    if starts is not None:
                        for start in starts:
                            m = match(text, start)
                            if m is not None:
                                raw.append((start, n, m.end()))
            if raw:
                raw.sort()
                hit_rows = t.hit_rows
                for start, n, end in raw:
                    group, weight, kind, i = hit_rows[n]
                    found = out.get(group)
                    if found is None:
                        out[group] = [Hit(start, end, weight, kind, i)]
                    else:
                        found.append(Hit(start, end, weight, kind, i))
        for req in t.requires:
            if req in text:
                self._find_guarded(t, text, out)
                break
        self._last = (text, out)
        return out

    @staticmethod
    def _find_guarded(t: _Loaded, text: str, out: dict[str, list[Hit]]) -> None:
        """Rows without a literal beginning: tried where one of their `requires` occurs (at
        the occurrence and at the start of its word)."""
        rows = t.rows
        for g, (i, _source, requires) in enumerate(t.guarded):
            row = rows[i]
            tried: set[int] = set()
            for req in requires:
                j = text.find(req)
                while j >= 0:
                    ws = j
                    while ws and (text[ws - 1].isalnum() or text[ws - 1] == "_"):
                        ws -= 1
                    for s in (j, ws) if ws != j else (j,):
                        if s in tried:
                            continue
                        tried.add(s)
                        m = t.guarded_rx(g).match(text, s)
                        if m is not None:
                            out.setdefault(row.group, []).append(
                                Hit(s, m.end(), row.weight, row.kind, i)
                            )
                    j = text.find(req, j + 1)


class _Loaded:
    """A table's index entries, with its regular expressions compiled on demand."""

    def __init__(self, table: dict[str, Any]) -> None:
        self.rows = tuple(_Row(g, float(w), k) for g, w, k in table["rows"])
        subs: list[_Sub] = []
        self.slot = len(_GATES_BY_TABLE)
        by_gate: dict[str, list[int]] = {}
        for n, (row, source, keys, clauses) in enumerate(table["subs"]):
            gate = tuple(clauses[0])
            subs.append(
                _Sub(row, source, tuple(keys), gate, tuple(clauses[1]) if len(clauses) > 1 else ())
            )
            for word in gate:
                by_gate.setdefault(word, []).append(n)
        self.subs = tuple(subs)
        self.fast = tuple((sub.keys, sub.also) for sub in self.subs)
        """Per sub, what the matcher reads for every candidate: plain tuples, read fastest."""
        self.hit_rows = tuple(
            (self.rows[sub.row].group, self.rows[sub.row].weight, self.rows[sub.row].kind, sub.row)
            for sub in self.subs
        )
        self.guarded: tuple[tuple[int, str, tuple[str, ...]], ...] = tuple(
            (i, source, tuple(req)) for i, source, req in table["guarded"]
        )
        self.requires = tuple(sorted({r for _i, _s, req in self.guarded for r in req}))
        """Whether any guarded row can be tried at all: most texts have none of these. A loop of
        substring tests is several times faster than one regex alternation of them."""
        self._compiled: dict[int, re.Pattern[str]] = {}
        self._guarded_rx: dict[int, re.Pattern[str]] = {}
        _register(by_gate, (w for sub in self.subs for w in (*sub.keys, *sub.gate, *sub.also)))

    def compiled(self, n: int) -> re.Pattern[str]:
        rx = self._compiled.get(n)
        if rx is None:
            rx = self._compiled[n] = re.compile(self.subs[n].source)
        return rx

    def guarded_rx(self, g: int) -> re.Pattern[str]:
        rx = self._guarded_rx.get(g)
        if rx is None:
            rx = self._guarded_rx[g] = re.compile(self.guarded[g][1])
        return rx


_WORDS: set[str] = set()
"""Every word beginning some loaded table's gates or keys look for."""
_GATES_BY_TABLE: list[dict[str, list[int]]] = []
_GATES: dict[str, tuple[tuple[int, int], ...]] = {}
"""Gate word -> the (table slot, sub) pairs it lets through."""
_PREFIXES: dict[str, tuple[str, ...]] = {}
"""Indexed word beginning -> the indexed ones it starts with (itself included)."""
_STEMS: dict[str, tuple[str, ...]] = {}
_Scan = tuple[dict[str, list[int]], dict[int, set[int]]]
_last_scan: tuple[str, _Scan] | None = None


def _register(by_gate: dict[str, list[int]], words: Iterable[str]) -> None:
    global _last_scan  # noqa: PLW0603
    slot = len(_GATES_BY_TABLE)
    _GATES_BY_TABLE.append(by_gate)
    for w, ns in by_gate.items():
        _GATES[w] = (*_GATES.get(w, ()), *((slot, n) for n in ns))
    _WORDS.update(words)
    _PREFIXES.clear()  # rebuilt by the next scan
    _STEMS.clear()
    _TOKENS.clear()
    _last_scan = None


def _index_words() -> None:
    _PREFIXES.update(
        {w: tuple(w[:n] for n in range(1, len(w) + 1) if w[:n] in _WORDS) for w in _WORDS}
    )
    # Every beginning of an indexed word -> the indexed words it starts with (empty when it is
    # only part of one).
    _STEMS.update({w[:n]: () for w in _WORDS for n in range(1, len(w) + 1)})
    _STEMS.update(_PREFIXES)


_TOKENS: dict[str, tuple[tuple[int, str], ...]] = {}
"""Token -> (offset of a word start in it, an indexed word beginning found there), in order."""
_TOKENS_MAX = 50_000


def _analyse(token: str) -> tuple[tuple[int, str], ...]:
    """At each word start of `token` (its start, and after any non-word character), the
    indexed word beginnings found there."""
    stems = _STEMS
    out: list[tuple[int, str]] = []
    size = len(token)
    for start in range(size):
        if start and (token[start - 1].isalnum() or token[start - 1] == "_"):
            continue
        # Grow the candidate while it still begins some indexed word: usually one or two
        # letters, so a long token full of word starts stays cheap.
        best: tuple[str, ...] = ()
        end = start + 1
        while end <= size:
            found = stems.get(token[start:end])
            if found is None:
                break
            if found:
                best = found
            end += 1
        out += ((start, w) for w in best)
    return tuple(out)


def _fold(text: str) -> str:
    # Chained replace is several times faster than str.translate with a mapping.
    if text.isascii():
        return text
    return text.replace("å", "a").replace("ä", "a").replace("ö", "o").replace("é", "e")


def _scan(text: str) -> _Scan:
    """Where (at which word starts of `text`) each indexed word beginning occurs, accents
    folded; and, per table, the subs whose gate word occurs. Computed once per text and shared
    by all tables (a one-entry cache: the detectors of one item all look at the same folded
    text object)."""
    global _last_scan  # noqa: PLW0603
    cached = _last_scan
    if cached is not None and cached[0] is text:
        return cached[1]
    if not _PREFIXES:
        _index_words()
    present: dict[str, list[int]] = {}
    get = present.get
    folded = _fold(text)
    find = folded.find
    tokens = _TOKENS
    if len(tokens) > _TOKENS_MAX:
        tokens.clear()
    known = tokens.get
    # Whitespace-separated tokens, each analysed once (cached: most of a comment's tokens are
    # common words seen before). A token's offset is the first occurrence of it from the end of
    # the previous one: only whitespace lies between them, and a token has none.
    cursor = 0
    for tok in folded.split():
        pos = find(tok, cursor)
        cursor = pos + len(tok)
        info = known(tok)
        if info is None:
            info = tokens[tok] = _analyse(tok)
        for off, w in info:
            found = get(w)
            if found is None:
                present[w] = [pos + off]
            else:
                found.append(pos + off)
    candidates: dict[int, set[int]] = {}
    gates = _GATES
    # Only the few gate words among the present ones: a C-level intersection of the key views.
    for w in present.keys() & gates.keys():
        for slot, n in gates[w]:
            got = candidates.get(slot)
            if got is None:
                candidates[slot] = {n}
            else:
                got.add(n)
    result = (present, candidates)
    _last_scan = (text, result)
    return result


def total(hits: list[Hit]) -> float:
    """Sum of weights, each table row counted once (its strongest occurrence)."""
    if not hits:
        return 0
    if len(hits) == 1:
        return max(0.0, hits[0].weight)
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
HOST = re.compile(r"(?:https?://)?(?:www\.)?([^/\s?#]+)", re.IGNORECASE)
"""The host of a `URL` match (group 1), without the scheme and "www."."""


def has_link(ctx_text: str, attachment_types: Iterable[str]) -> bool:
    return "link" in attachment_types or URL.search(ctx_text) is not None
