"""Word lists from package data, compiled once into fast regexes with Swedish inflection.

A lexicon file is `data/lexicons/<name>.tsv`, UTF-8, with a header row and the columns
`term`, `paradigm`, `tag` (`note` and any further columns are for people):

- `term`: a lower-case lemma or fixed phrase; variants sharing one paradigm are separated by
  `|` (`jävel|jäveln|jävlar`). A leading `*` lets the word also be the head of a compound
  (`*idiot` matches "kommunidiot", "besserwisser-idiot"); a leading `+` allows it ONLY as the
  head of a compound (`+jävel` matches "kommunjävel" but not "jävel"). Spaces in phrases match
  any run of whitespace.
- `paradigm`: which Swedish endings to generate (see `PARADIGMS`): `er` (idiot, idioten,
  idioter, idioterna), `ar` (kärring, kärringen, kärringar), `or` (kossa, kossan, kossor),
  `n` (pucko, puckot, puckon), `0` (as, aset, asen), `e` (blatte, blatten, blattar),
  `are` (golare, golaren, golarna), `adj` (korkad, korkade, korkat, korkadaste), `x` (as is).
  Genitive -s comes with every noun paradigm.
- `tag`: free text the detector reads (strength, class, weight...).

Every generated form also gets a variant with å/ä→a and ö→o, because people type without
them. Lines starting with `#` are comments.

Use::

    from kommunvakt.policy.lexicon import load

    for hit in load("insults").finditer(ctx.folded.text):
        hit.start, hit.end, hit.entry.tag, hit.compound

Matching is on an already lower-cased text with whitespace collapsed (a `NormalizedText.text`
view such as `ctx.folded.text` or `ctx.words.text`); offsets are into that text. Matching
looks words up in dictionaries of generated forms (no regex is compiled at load), after a
quick set test (`Lexicon.maybe`) that lets most texts through in a few microseconds.
`pattern(name)` gives a list as a regex alternation for a detector's own grammar.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

PARADIGMS: dict[str, tuple[str, ...]] = {
    "er": ("", "s", "en", "ens", "er", "ers", "erna", "ernas"),
    "ar": ("", "s", "en", "ens", "ar", "ars", "arna", "arnas"),
    "n": ("", "s", "t", "ts", "n", "ns", "na", "nas"),
    "0": ("", "s", "et", "ets", "en", "ens"),
    "adj": ("", "a", "e", "t", "are", "ast", "aste"),
    "x": ("",),
}
"""Endings added to the lemma. `or` and `e` replace the lemma's last letter (see `_forms`)."""

_STEM_PARADIGMS: dict[str, tuple[str, ...]] = {
    "or": ("a", "as", "an", "ans", "or", "ors", "orna", "ornas"),
    "e": ("e", "es", "en", "ens", "ar", "ars", "arna", "arnas"),
    "are": ("e", "es", "en", "ens", "na", "nas"),
}

_ASCII = str.maketrans("åäöéüæø", "aaoeuao")
MIN_COMPOUND_PREFIX = 3
"""A compound needs a modifier of at least this many letters ("kommun-" in "kommunidiot"),
so that short accidental overlaps ("d" + "jävel") are not taken as compounds."""


@dataclass(frozen=True, slots=True)
class Entry:
    lemma: str
    tag: str
    compound: bool
    """May be the head of a compound."""
    bare: bool
    """May stand alone as its own word."""


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    form: str
    """The text matched (for a compound: the whole compound)."""
    entry: Entry
    compound: bool
    """True when the match is the head of a longer word."""


def _forms(lemma: str, paradigm: str) -> list[str]:
    if paradigm in _STEM_PARADIGMS:
        stem = lemma[:-1]
        return [stem + s for s in _STEM_PARADIGMS[paradigm]]
    if paradigm == "adj" and lemma.endswith("d"):
        # korkad -> korkat, störd -> stört
        return [lemma + s if s != "t" else lemma[:-1] + "t" for s in PARADIGMS[paradigm]]
    try:
        return [lemma + s for s in PARADIGMS[paradigm]]
    except KeyError:
        raise ValueError(f"unknown paradigm {paradigm!r} for {lemma!r}") from None


_Trie = dict[str, "_Trie"]


def _trie_regex(words: Iterable[str]) -> str:
    """An alternation of `words` factored into a prefix trie (no nested quantifiers)."""
    trie: _Trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        end = "" in node
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + emit(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
        return body

    return emit(trie)


_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


_TAIL = 4
"""Compound heads are found through their last four letters, so a head is at least that long."""


@dataclass(frozen=True, slots=True)
class _Index:
    words: frozenset[str]
    tails: dict[str, list[str]]
    """The words long enough to be a compound, by their last `_TAIL` letters."""


_EDGE = "!\"#$%&()*+,./:;<=>?@[\\]^_`{|}~“”«»…–—•·'’-"


def _words(text: str) -> list[str]:
    """`_TOKEN.findall(text)`, faster: most words need only a split and a strip (a regex scan
    of the whole text costs several times more); words with marks inside go to the regex."""
    out: list[str] = []
    for raw in text.split():
        if raw.isalnum():
            out.append(raw)
            continue
        w = raw.strip(_EDGE)
        if w.isalnum():
            out.append(w)
        elif w:
            out.extend(_TOKEN.findall(w))
    return out


@lru_cache(maxsize=64)
def _index(text: str) -> _Index:
    """The distinct words of a text, for the quick test every lexicon makes first."""
    words = frozenset(_words(text))
    tails: dict[str, list[str]] = {}
    for w in words:
        if len(w) >= _TAIL + 2:
            tails.setdefault(w[-_TAIL:], []).append(w)
    return _Index(words, tails)


def _occurrences(text: str, word: str) -> list[int]:
    """Where `word` stands in `text` as a whole token (as `_TOKEN` would split the text)."""
    out: list[int] = []
    n = len(word)
    k = text.find(word)
    while k >= 0:
        e = k + n
        before = text[k - 2 : k] if k >= 2 else " " + text[:k]
        after = text[e : e + 2]
        if not (
            before[-1:].isalnum()
            or (before[-1:] in ("'", "’", "-") and before[:1].isalnum())
            or after[:1].isalnum()
            or (after[:1] in ("'", "’", "-") and after[1:2].isalnum())
        ):
            out.append(k)
        k = text.find(word, k + 1)
    return out


def _glued(sep: str) -> bool:
    """Whitespace, or one in-word mark ("sms:a", "reg.nr"), may sit inside a phrase."""
    return not sep.strip() or (len(sep) == 1 and sep in ":./")


class Lexicon:
    """One word list, ready to match. Build with `load(name)`, or from rows in tests.

    Matching looks whole words and phrases up in a dictionary of generated forms (and, for
    compound heads, the word's endings), so loading costs no regex compilation and matching
    is linear in the number of words.
    """

    def __init__(self, rows: Iterable[tuple[str, str, str]]) -> None:
        # Built at first use, on the first decision's clock (the first decision builds seven
        # lexicons): hence the locals and the fast path for the usual one-word form.
        self._by_form: dict[str, Entry] = {}
        self._by_head: dict[str, Entry] = {}
        by_form, by_head = self._by_form, self._by_head
        phrases: dict[str, set[str]] = {}
        for term, paradigm, tag in rows:
            row_mark = term[0] if term[:1] in ("*", "+") else ""
            for part in term.lstrip("*+").split("|"):
                raw = part.strip()
                mark = raw[0] if raw[:1] in ("*", "+") else row_mark
                variant = raw.lstrip("*+")
                compound, bare = bool(mark), mark != "+"
                entry = Entry(variant, tag, compound=compound, bare=bare)
                for form in _forms(variant, paradigm):
                    # An ASCII form needs no second, folded pass (it would only repeat the same
                    # `setdefault`s).
                    ascii_form = form if form.isascii() else form.translate(_ASCII)
                    for f in (form, ascii_form) if ascii_form != form else (form,):
                        # First entry wins, so a list can put exceptions before general rules.
                        if f.isalnum():
                            # A form of letters only is its own key (`_TOKEN` finds it whole:
                            # the regex engine's word characters are exactly `str.isalnum`'s).
                            if bare:
                                by_form.setdefault(f, entry)
                            if compound and len(f) >= _TAIL:
                                by_head.setdefault(f, entry)
                            continue
                        key = " ".join(_TOKEN.findall(f))
                        if not key:
                            continue
                        if bare:
                            by_form.setdefault(key, entry)
                        if compound and " " not in key and len(key) >= _TAIL:
                            by_head.setdefault(key, entry)
                        if " " in key:
                            phrases.setdefault(key.split(" ", 1)[0], set()).add(" ".join(f.split()))
        by_tail: dict[str, set[int]] = {}
        for k in by_head:
            by_tail.setdefault(k[-_TAIL:], set()).add(len(k))
        self._head_lengths = {t: tuple(sorted(ls, reverse=True)) for t, ls in by_tail.items()}
        self._head_tails = frozenset(by_tail)
        key_phrases: dict[str, list[str]] = {}
        for ps in phrases.values():
            for ph in ps:
                key_phrases.setdefault(max(_TOKEN.findall(ph), key=len), []).append(ph)
        self._key_phrases = {k: tuple(v) for k, v in key_phrases.items()}
        self._phrase_keys = frozenset(key_phrases)
        """Phrases by their longest word, which is rarely a common word: a phrase can only be
        present when that word is."""
        # One pass over the forms for the single words, the first words and the phrase lengths.
        singles: list[str] = []
        firsts: set[str] = set()
        self._phrase_starts: dict[str, int] = {}
        for key in by_form:
            if " " not in key:
                singles.append(key)
                firsts.add(key)
                continue
            words = key.split(" ")
            firsts.add(words[0])
            n = self._phrase_starts.get(words[0], 1)
            self._phrase_starts[words[0]] = max(n, len(words))
        self._firsts = frozenset(firsts)
        self._singles = frozenset(singles)
        self._phrases = {w: tuple(ps) for w, ps in phrases.items()}
        self._phrase_firsts = frozenset(phrases)

    def __len__(self) -> int:
        return len(self._by_form.keys() | self._by_head.keys())

    def entry(self, form: str) -> Entry | None:
        """The entry a whole word or phrase is a form of (bare forms only)."""
        return self._by_form.get(" ".join(form.split()))

    def maybe(self, text: str) -> bool:
        """False when nothing in the text can match (cheap: set tests and substring search)."""
        idx = _index(text)
        if not idx.words.isdisjoint(self._singles):
            return True
        cand = self._head_tails.intersection(idx.tails)
        if cand and any(self._head(0, 0, w) is not None for t in cand for w in idx.tails[t]):
            return True
        keys = idx.words & self._phrase_keys
        return bool(keys) and any(phrase in text for k in keys for phrase in self._key_phrases[k])

    def finditer(self, text: str) -> Iterator[Hit]:
        """Every match in a lower-cased text, left to right, longest phrase first, not
        overlapping; a compound match spans the whole word."""
        if not self.maybe(text):
            return
        tails = self._head_tails
        by_form, starts = self._by_form, self._phrase_starts
        # Only the words that can start a match are located (str.find), and a phrase reads
        # on token by token from there: the text is never tokenised as a whole.
        idx = _index(text)
        words = list(idx.words & self._firsts)
        for t in tails.intersection(idx.tails):
            words.extend(w for w in idx.tails[t] if w not in self._firsts)
        found = sorted((k, w) for w in words for k in _occurrences(text, w))
        free = 0
        for start, word in found:
            if start < free:
                continue  # inside the previous match
            end = start + len(word)
            free = end
            longest = starts.get(word, 1)
            hit: Hit | None = None
            if longest > 1:
                parts, ends = [word], [end]
                pos = end
                while len(parts) < longest:
                    m = _TOKEN.search(text, pos)
                    if m is None or not _glued(text[pos : m.start()]):
                        break
                    parts.append(m.group())
                    ends.append(m.end())
                    pos = m.end()
                while len(parts) > 1:
                    e = by_form.get(" ".join(parts))
                    if e is not None:
                        hit = Hit(start, ends[-1], text[start : ends[-1]], e, False)
                        free = ends[-1]
                        break
                    parts.pop()
                    ends.pop()
            if hit is None:
                e = by_form.get(word)
                if e is not None:
                    hit = Hit(start, end, word, e, False)
                elif word[-_TAIL:] in tails:
                    hit = self._head(start, end, word)
            if hit is not None:
                yield hit

    def _head(self, start: int, end: int, word: str) -> Hit | None:
        """A compound whose last part is a listed head ("kommunidiot", "besserwisser-pucko")."""
        for length in self._head_lengths[word[-_TAIL:]]:
            cut = len(word) - length
            if cut < 2:
                continue
            e = self._by_head.get(word[cut:])
            if e is None:
                continue
            prefix = word[:cut]
            if len(prefix.strip("-")) >= MIN_COMPOUND_PREFIX or prefix.endswith("-"):
                return Hit(start, end, word, e, True)
        return None

    def single_words(self) -> frozenset[str]:
        """Every one-word form the list matches as a whole word (for lookups by pattern)."""
        return self._singles

    def word(self, word: str) -> Entry | None:
        """The entry one lower-case word is a form or (listed head) compound of; a dictionary
        lookup, for testing single tokens without indexing them as texts."""
        e = self._by_form.get(word)
        if e is not None:
            return e
        if word[-_TAIL:] in self._head_tails:
            hit = self._head(0, len(word), word)
            if hit is not None:
                return hit.entry
        return None

    def compounds(self, text: str) -> list[tuple[str, str, Entry]]:
        """(word, modifier, entry) for each distinct word of a text that is a compound with a
        listed head; found through the text's word endings, without scanning its tokens."""
        idx = _index(text)
        out: list[tuple[str, str, Entry]] = []
        for t in self._head_tails.intersection(idx.tails):
            for w in idx.tails[t]:
                split = self.compound(w)
                if split is not None:
                    out.append((w, split[0], split[1]))
        return out

    def compound(self, word: str) -> tuple[str, Entry] | None:
        """(modifier, entry) when a word is a compound whose head is listed ("muppolitiker" ->
        ("mupp", politiker)); the modifier keeps no trailing hyphen."""
        if word[-_TAIL:] not in self._head_tails:
            return None
        for length in self._head_lengths[word[-_TAIL:]]:
            cut = len(word) - length
            if cut < 2:
                continue
            e = self._by_head.get(word[cut:])
            if e is not None:
                return word[:cut].rstrip("-"), e
        return None

    def search(self, text: str) -> Hit | None:
        return next(self.finditer(text), None)


@cache
def read_rows(name: str) -> tuple[tuple[str, str, str], ...]:
    """The (term, paradigm, tag) rows of `data/lexicons/<name>.tsv`, read once per process:
    `merged` and `tagged` read the same few files again and again (the crime trigger list
    alone reads the threats list five times), on the first decision's clock."""
    path = resources.files("kommunvakt.policy.data").joinpath("lexicons", f"{name}.tsv")
    rows: list[tuple[str, str, str]] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        term = cols[0].strip().lower()
        paradigm = cols[1].strip() if len(cols) > 1 and cols[1].strip() else "x"
        tag = cols[2].strip() if len(cols) > 2 else ""
        rows.append((term, paradigm, tag))
    return tuple(rows)


@cache
def load(name: str) -> Lexicon:
    """The compiled lexicon `data/lexicons/<name>.tsv`, read and compiled once per process."""
    return Lexicon(read_rows(name))


@cache
def pattern(name: str) -> str:
    """The list as a bare regex alternation (for embedding in a detector's own grammar).

    Forms are inflected and ASCII-folded as for `load`; no word boundaries are added and
    `*`/`+` compound marks are ignored (a surrounding pattern decides what may precede).
    """
    return _trie_regex(sorted(forms(name))) or "(?!)"


def forms(name: str, tags: Iterable[str] | None = None) -> set[str]:
    """Every generated form of the rows of `name` (optionally only those whose tag is in
    `tags` or starts with one of them followed by a colon)."""
    wanted = tuple(tags) if tags is not None else None
    out: set[str] = set()
    for term, paradigm, tag in read_rows(name):
        if wanted is not None and not any(tag == t or tag.startswith(t + ":") for t in wanted):
            continue
        for variant in term.split("|"):
            for form in _forms(variant.strip().lstrip("*+"), paradigm):
                out.update((" ".join(form.split()), " ".join(form.translate(_ASCII).split())))
    return out


def prefilter(words: Iterable[str]) -> Lexicon:
    """One lexicon of `words` for a cheap first test (`.maybe(text)`, `.search(text)`)."""
    return Lexicon((w, "x", "") for w in set(words))


def merged(*lists: tuple[str, str | None]) -> Lexicon:
    """One lexicon of several lists, each `(name, tag or None)` (a quick common test)."""
    return Lexicon(
        r
        for name, tag in lists
        for r in read_rows(name)
        if tag is None or r[2] == tag or r[2].startswith(tag + ":")
    )


@cache
def tagged(name: str, tag: str) -> Lexicon:
    """The rows of `name` whose tag is `tag` or starts with `tag:` (`tagged("threats", "kill")`)."""
    return Lexicon(r for r in read_rows(name) if r[2] == tag or r[2].startswith(tag + ":"))


def weight(entry: Entry, default: float = 0.0) -> float:
    """The number after the colon of a tag such as `veiled:0.4`."""
    _, _, w = entry.tag.partition(":")
    try:
        return float(w)
    except ValueError:
        return default
