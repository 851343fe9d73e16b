"""Generate `kommunvakt/policy/data/lexicons/phrase_index.json` from the discourse phrase tables.

Run after every edit of a phrase table (`python scripts/build_phrase_index.py`); a test fails
while the shipped index is stale. The analysis of each row's pattern needs `re._parser`, a
private module that is slow to run and may change between Python versions, so it happens here,
at build time, and the run-time matcher (`detectors/_phrases.py`) only reads the result.

For each table row the index records, per top-level alternative ("sub"):

- the compiled form of the pattern (diacritic- and spacing-tolerant, see `expand`), prefixed
  with a lookahead of the literal word beginnings ("keys") a match can start with: the row is
  tried only at word starts that begin with a key;
- the folded keys, used to find those word starts;
- up to two "clauses": sets of literal strings that a match must contain at a word start
  (one string of each clause). A row is tried only when the text has one string of each
  clause, so a row filed under a very common word ("har ... hört") costs nothing unless its
  rarer word ("hört") is present. Clauses only ever rule rows out when they cannot match, so
  the matcher finds exactly what trying every row at every key would.

Rows whose pattern starts with something other than a literal (`\\w+ansökan`, a digit, an
emoji class) are "guarded": tried where one of their `requires` substrings occurs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from re import _parser  # type: ignore[attr-defined]
from typing import Any

LEXICONS = Path(__file__).resolve().parents[1] / "shared/kommunvakt/policy/data/lexicons"
OUT = LEXICONS / "phrase_index.json"
TABLES = (
    "personal_case_phrases.tsv",
    "rumor_phrases.tsv",
    "political_phrases.tsv",
    "political_terms.tsv",
    "irrelevant_phrases.tsv",
)
FORMAT = 1

_SPACE = r"[^\w.!?]+"
_ACCENTS = {"å": "a", "ä": "a", "ö": "o", "é": "e"}
_FOLD = str.maketrans(_ACCENTS)
_MAX_STATES = 400
_KEY = 4
_SCAN_KEY = 12
_MAX_ALTS = 64
# Word beginnings found in almost every comment: a clause made only of these filters nothing.
_COMMON = frozenset(
    [
        "jag",
        "vi",
        "du",
        "ni",
        "han",
        "hon",
        "de",
        "dom",
        "den",
        "det",
        "en",
        "ett",
        "och",
        "att",
        "som",
        "är",
        "ar",
        "har",
        "hade",
        "kan",
        "ska",
        "var",
        "på",
        "pa",
        "om",
        "i",
        "av",
        "för",
        "for",
        "med",
        "min",
        "mitt",
        "mina",
        "vår",
        "var",
        "vart",
        "våra",
        "vara",
        "inte",
        "till",
        "från",
        "fran",
        "så",
        "sa",
        "men",
        "kom",
        "fick",
        "får",
        "far",
        "man",
        "nu",
        "bara",
        "the",
        "a",
        "to",
        "of",
    ]
)

_Heads = set[tuple[str, bool]]
"""Literal prefixes a (sub)pattern can begin with; the flag says the prefix may continue."""


def expand(pattern: str) -> str:
    """Make a lexicon pattern tolerant of missing diacritics and of spacing/punctuation:
    `å`, `ä`, `ö`, `é` also accept `a`, `a`, `o`, `e`; a space stands for any run of
    spaces/punctuation inside one sentence (" ?": optional)."""
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


# --- Where can a match start: literal word beginnings ("triggers") -------------------------


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


def _seq_heads(items: Any, item_heads: Any = _item_heads) -> _Heads | None:
    states = {""}
    closed: set[str] = set()
    for op, av in items:
        heads = item_heads(op, av)
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


def _long_item_heads(op: object, av: Any) -> _Heads | None:
    """Like `_item_heads`, but a prefix continues over punctuation ("v-politik"): only a space
    (which the matcher widens to a class) ends it."""
    name = str(op)
    if name == "LITERAL":
        return {("", False)} if av == ord(" ") else {(chr(av), True)}
    if name == "IN":
        chars = [chr(v) for o, v in av if str(o) == "LITERAL"]
        if len(chars) == len(av) and len(chars) <= 8 and " " not in chars:
            return {(c, True) for c in chars}
        return None
    if name == "SUBPATTERN":
        return None if av[1] or av[2] else _seq_heads(av[-1], _long_item_heads)
    if name == "BRANCH":
        out: _Heads = set()
        for alt in av[1]:
            heads = _seq_heads(alt, _long_item_heads)
            if heads is None:
                return None
            out |= heads
        return out
    if name in ("MAX_REPEAT", "MIN_REPEAT"):
        lo, _hi, sub = av
        heads = _seq_heads(sub, _long_item_heads)
        if heads is None:
            return None
        closed = {(p, False) for p, _ in heads}
        return closed | {("", True)} if lo == 0 else closed
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return {("", True)}
    return None


def scan_keys(pattern: str, keys: list[str]) -> list[str]:
    """Folded word beginnings, as long as is cheap, one of which every match starts with: the
    word starts the matcher tries the pattern at. Longer than the lookahead keys, so that
    "v-politik" is not tried at every word beginning with "v"."""
    heads = _seq_heads(_parser.parse(pattern), _long_item_heads)
    if heads is None or any(not p for p, _ in heads):
        return keys
    return sorted(_minimal({p.translate(_FOLD)[:_SCAN_KEY] for p, _ in heads}))


def triggers(pattern: str) -> frozenset[str] | None:
    """Literal word beginnings (up to _KEY letters) one of which every match starts with.

    None when the pattern may start with something that is not a literal (\\w*, \\d...)."""
    heads = _seq_heads(_parser.parse(pattern))
    if heads is None or any(not p for p, _ in heads):
        return None
    return frozenset(p[:_KEY] for p, _ in heads)


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each character of the pattern outside escapes and character classes, with its index
    and the group depth after it (an opening parenthesis counts inside its group)."""
    depth = 0
    in_class = False
    escaped = False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        else:
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
            yield i, ch, depth


def _top_level_split(pattern: str) -> list[str]:
    """The pattern's top-level alternatives (outside groups and classes)."""
    parts: list[str] = []
    last = 0
    for i, ch, depth in _structure(pattern):
        if ch == "|" and depth == 0:
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
        end = next((i for i, ch, depth in _structure(pattern) if ch == ")" and depth == 0), -1)
        rest = pattern[end + 1 :]
        if end < 0 or not rest.startswith("?") or rest.startswith(("??", "?+")) or len(rest) < 2:
            break
        pattern = rest[1:]
    return pattern


# --- What a match must contain: clauses of literal word beginnings -------------------------


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _exact(items: Any) -> set[str] | None:
    """The finite set of strings a space-free, repeat-free (sub)pattern matches, or None."""
    out = {""}
    for op, av in items:
        name = str(op)
        part: set[str] | None
        if name == "LITERAL":
            part = None if av == ord(" ") else {chr(av)}
        elif name == "IN":
            chars = [chr(v) for o, v in av if str(o) == "LITERAL"]
            part = set(chars) if len(chars) == len(av) and " " not in chars else None
        elif name == "SUBPATTERN":
            part = None if av[1] or av[2] else _exact(av[-1])
        elif name == "BRANCH":
            part = set()
            for alt in av[1]:
                sub = _exact(alt)
                if sub is None:
                    return None
                part |= sub
        else:
            part = None
        if part is None:
            return None
        out = {s + p for s in out for p in part}
        if len(out) > _MAX_ALTS:
            return None
    return out


def _rarity(clause: frozenset[str]) -> tuple[int, int, int, tuple[str, ...]]:
    """How selective a clause is likely to be (higher is better); the last member only makes
    the order total, so that the build is reproducible."""
    common = all(s in _COMMON or len(s) < 3 for s in clause)
    return (0 if common else 1, min(len(s) for s in clause), -len(clause), tuple(sorted(clause)))


def _minimal(strings: set[str]) -> frozenset[str]:
    """Drop strings that have another of the set as a prefix: they add nothing to the test."""
    return frozenset(s for s in strings if not any(o != s and s.startswith(o) for o in strings))


def _clauses(items: Any, ws: bool) -> tuple[list[frozenset[str]], bool]:
    """Clauses of a sequence entered at a word start (`ws`) or not; and whether it is
    guaranteed to end at a word start (after a space or other non-word character).

    A clause is a set of folded strings one of which occurs at a word start of any text the
    sequence matches in. A run of literals is collected only when it begins at a word start,
    so that the matcher can look for clause strings at word starts only."""
    clauses: list[frozenset[str]] = []
    run: set[str] | None = None

    def close() -> None:
        nonlocal run
        if run and "" not in run:
            clauses.append(_minimal({s.translate(_FOLD)[:_SCAN_KEY] for s in run}))
        run = None

    for op, av in items:
        name = str(op)
        exact = None
        if name == "LITERAL" and av == ord(" "):
            close()
            ws = True
            continue
        if name in ("LITERAL", "IN", "SUBPATTERN", "BRANCH"):
            exact = _exact([(op, av)])
        if exact is not None and "" not in exact:
            if run is None and ws:
                run = {""}
            if run is not None:
                run = {s + e for s in run for e in exact}
                if len(run) > _MAX_ALTS:
                    close()
            ws = all(not _is_word(e[-1]) for e in exact)
            continue
        close()
        if name == "SUBPATTERN" and not (av[1] or av[2]):
            sub, ws = _clauses(av[-1], ws)
            clauses += sub
        elif name == "BRANCH":
            best: set[str] = set()
            ends = True
            usable = True
            for alt in av[1]:
                sub, end = _clauses(alt, ws)
                ends = ends and end
                if not sub:
                    usable = False
                else:
                    chosen: frozenset[str] = max(sub, key=_rarity)
                    best |= chosen
            if usable and best:
                clauses.append(_minimal(best))
            ws = ends
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            lo, _hi, body = av
            sub, _ = _clauses(body, ws)
            _, end = _clauses(body, False)
            if lo >= 1:
                clauses += sub
                ws = end
            else:
                ws = ws and end
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            pass  # zero-width: the word-start state is unchanged
        else:
            ws = False
    close()
    return clauses, ws


def clauses(pattern: str, keys: list[str]) -> list[list[str]]:
    """The (at most two) most selective clauses of a pattern tried at a word start whose
    (folded) beginning is one of `keys`; the keys are a clause themselves."""
    found, _ = _clauses(_parser.parse(pattern), True)
    unique = sorted({*found, _minimal(set(keys))}, key=_rarity, reverse=True)
    return [sorted(c) for c in unique[:2]]


# --- Tables -----------------------------------------------------------------------------------


def _read_rows(name: str, text: str) -> list[tuple[str, float, str, str, list[str]]]:
    rows: list[tuple[str, float, str, str, list[str]]] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if cols[0] == "group":  # header
            continue
        if len(cols) < 4:
            raise ValueError(f"{name}:{n}: expected 4 tab-separated columns")
        group, weight, kind, pattern = cols[0], float(cols[1]), cols[2], cols[3]
        if pattern.endswith((" ", " )?", " )*")):
            # A trailing space would demand a word after the phrase: it never matches at a
            # word end.
            raise ValueError(f"{name}:{n}: pattern ends with a space")
        requires = [r for r in cols[4].split(",") if r] if len(cols) > 4 else []
        rows.append((group.strip(), weight, kind.strip(), pattern.strip(), requires))
    return rows


def _compiled(core: str, keys: list[str]) -> str:
    look = "|".join(re.escape(k) for k in sorted(keys, key=lambda k: (-len(k), k)))
    return f"(?={look})(?:{expand(core)})(?!\\w)"


def build_table(name: str, text: str) -> dict[str, Any]:
    rows = _read_rows(name, text)
    subs: list[list[Any]] = []
    guarded: list[list[Any]] = []
    for i, (_group, _weight, _kind, pattern, requires) in enumerate(rows):
        if _parser.parse(pattern).state.groups > 1:
            raise ValueError(f"{name}: row {i}: use (?:...), not capturing groups")
        # Each top-level alternative is indexed by its own first mandatory words.
        indexed: list[tuple[str, frozenset[str]]] = []
        for alt in _top_level_split(pattern):
            core = _strip_optional_head(alt)
            trig = triggers(core) if core else None
            if trig is None:
                core, trig = alt, triggers(alt)
            if trig is None:
                break
            indexed.append((core, trig))
        else:
            for core, trig in indexed:
                # As written and with accents folded, so that both "väntat" and "vantat" in
                # the text find the row without folding the text.
                keys = sorted({t[:_KEY] for t in trig} | {t[:_KEY].translate(_FOLD) for t in trig})
                folded = sorted(_minimal({k.translate(_FOLD) for k in keys}))
                scan = scan_keys(core, folded)
                subs.append([i, _compiled(core, keys), scan, clauses(core, scan)])
            continue
        if not requires:
            raise ValueError(f"{name}: row {i} starts with no literal; give it `requires`")
        guarded.append([i, f"(?:{expand(pattern)})(?!\\w)", requires])
    return {
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "rows": [[g, w, k] for g, w, k, _p, _r in rows],
        "subs": subs,
        "guarded": guarded,
    }


def build(lexicons: Path = LEXICONS) -> dict[str, Any]:
    tables = {
        name: build_table(name, (lexicons / name).read_text(encoding="utf-8")) for name in TABLES
    }
    return {"format": FORMAT, "tables": tables}


def dumps(index: dict[str, Any]) -> str:
    return json.dumps(index, ensure_ascii=False, indent=None, separators=(",", ":")) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the shipped index is stale")
    args = parser.parse_args()
    text = dumps(build())
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is stale: run scripts/build_phrase_index.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
