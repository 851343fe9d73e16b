"""Fingerprints for near-duplicate detection.

The author history keeps only a fingerprint of each post, never the text, so repetition can
be judged without storing message text a second time.

A fingerprint is the set of the text's word *prefixes* (the first few letters of each word
after case and diacritic folding, numbers reduced to one digit class, links and handles
reduced to a placeholder), hashed. Prefixes make the comparison robust to what people change
when they paste a post again: case, punctuation, emoji, "!!!", inflection ("länken" /
"länk", "mammas" / "mamma"), word order, and a word added or removed; the exact digits
of prices or phone numbers do not count (and so are not recoverable from the hashes). Only
the `_SKETCH` smallest hashes are kept (a bottom-k sketch), so a 100 kB text still gives a
compact fingerprint, and texts of up to `_SKETCH` distinct prefixes compare exactly.

`similarity` is the Dice coefficient of the two sets (2|A∩B| / (|A|+|B|)): 1.0 for
identical texts, about 0.9 for a copy with a word changed or added, below 0.3 for two
different comments by one person.
"""

from __future__ import annotations

import re
import struct
import unicodedata
import zlib
from functools import lru_cache
from operator import itemgetter

_VERSION = "p4"
"""Tag of the fingerprint scheme; fingerprints of another scheme never compare as similar."""
_PREFIX = 4
_SKETCH = 128

# The e-mail part only starts where a token (or an "@"-run) starts and takes its local part
# possessively: `\S+@\S+\.\w+` was tried from every position with full backtracking, so a
# 100 kB comment of "@" (or a long word ending in "@") never finished. Only tokens with two
# "@" fingerprint differently.
_LINK = re.compile(r"(?:https?://|www\.)\S+|(?<![^\s@])[^\s@]++@[^\s@]+\.\w+|@\w+")
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(rf"([^\W_]{{1,{_PREFIX}}})[^\W_]*")
_FOLD = str.maketrans({"æ": "a", "ø": "o", "ß": "s"})
_MARKS = re.compile(r"[\u0300-\u036f]+")
"""The combining diacritics of Latin letters (å, ä, ö, é after NFKD): the bulk of what
folding removes, done in one C-level pass."""
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_ASCII_DIGITS = re.compile(rb"[0-9]+")
_ASCII_SEPARATORS = bytes(
    c if (48 <= c <= 57 or 97 <= c <= 122 or 65 <= c <= 90) else 32 for c in range(256)
)
r"""Byte table: ASCII letters and digits stay, everything else separates words (`[^\W_]`
restricted to ASCII)."""


class _FoldTable(dict[int, str]):
    """Per-character fold (NFKD, combining marks dropped, `_FOLD`), filled on first sight.

    Decomposition is per character and the canonical reordering NFKD adds only moves
    combining marks, which are dropped, so folding character by character equals folding
    the whole string."""

    def __missing__(self, cp: int) -> str:
        parts = unicodedata.normalize("NFKD", chr(cp))
        folded = "".join(c for c in parts if not unicodedata.combining(c)).translate(_FOLD)
        self[cp] = folded
        return folded


_TABLE = _FoldTable()


def _fold_run(m: re.Match[str]) -> str:
    return m.group().translate(_TABLE)


_COMMON = tuple(
    (c.encode("utf-8"), unicodedata.normalize("NFKD", c)[0].encode("ascii")) for c in "åäöéüèáà"
)
"""Swedish letters with a diacritic as UTF-8 bytes and their folded ASCII letter: replacing
these bytes is the whole fold for most Swedish texts."""
_COMMON_LEAD = b"\xc3"
_COMMON_TABLE = bytes.maketrans(
    b"".join(utf8[1:] for utf8, _ in _COMMON), b"".join(letter for _, letter in _COMMON)
)
"""`_COMMON` as one byte translation: all eight share the lead byte 0xC3, which is deleted,
and their second byte becomes the letter. The result is exact whenever it is ASCII: any
other character keeps a non-ASCII byte (its own lead byte, or 0xC3's other second bytes)."""
assert all(utf8[:1] == _COMMON_LEAD and len(utf8) == 2 for utf8, _ in _COMMON)
_PREFIX_OF = itemgetter(slice(None, _PREFIX))


def _hashes(text: str) -> set[int]:
    """CRC-32 of each distinct word prefix (UTF-8), after case and diacritic folding."""
    folded = text.lower()
    if "@" in folded or "www." in folded or "://" in folded or "§link" in folded:
        return _hashes_general(folded)
    raw = folded.encode("utf-8", "surrogatepass")
    if not raw.isascii():
        quick = raw.translate(_COMMON_TABLE, _COMMON_LEAD)
        if quick.isascii():
            return _ascii_hashes(quick)
        for utf8, letter in _COMMON:
            raw = raw.replace(utf8, letter)
        if not raw.isascii():
            # Emoji, dashes, quotes: fold each run; what is not a word character only
            # separates words, so it may become a space.
            rest = _NON_ASCII.sub(_run_to_ascii, raw.decode("utf-8", "surrogatepass"))
            if not rest.isascii():
                return _hashes_general(folded)
            raw = rest.encode("ascii")
    return _ascii_hashes(raw)


@lru_cache(maxsize=4096)
def _run_ascii(run: str) -> str:
    folded = run.translate(_TABLE)
    return "".join(c if c.isascii() or c.isalnum() or c == "_" else " " for c in folded)


def _run_to_ascii(m: re.Match[str]) -> str:
    return _run_ascii(m.group())


def _ascii_hashes(raw: bytes) -> set[int]:
    # The byte table splits words, and CRC-32 of an ASCII prefix is the CRC-32 of its
    # UTF-8 encoding: no str objects per word.
    if len(raw.translate(None, b"0123456789")) != len(raw):
        raw = _ASCII_DIGITS.sub(b"0", raw)
    words = raw.translate(_ASCII_SEPARATORS).split()
    # Equal prefixes give equal hashes: the one set is made of the hashes.
    return set(map(zlib.crc32, map(_PREFIX_OF, words)))


def _hashes_general(folded: str) -> set[int]:
    if not folded.isascii():
        # NFKD then dropping marks equals the per-character table; the table handles what
        # is left (emoji, æ/ø/ß, other scripts' marks) run by run.
        folded = _MARKS.sub("", unicodedata.normalize("NFKD", folded))
        if not folded.isascii():
            folded = _NON_ASCII.sub(_fold_run, folded)
    if "@" in folded or "www." in folded or "://" in folded:
        folded = _LINK.sub(" §link ", folded)
    folded = folded.replace("§link", "0link")
    if folded.isascii():
        return _ascii_hashes(folded.encode("ascii"))
    words = _WORD.findall(_DIGITS.sub("0", folded))
    joined = "\n".join(set(words)).encode("utf-8", "surrogatepass")
    return set(map(zlib.crc32, joined.split(b"\n"))) if words else set()


def features(text: str) -> int:
    """How many distinct word prefixes the text has (the detector's minimum-length guard)."""
    return len(_hashes(text))


def fingerprint(text: str) -> str:
    """The scheme tag and the sorted hex hashes of the text's word prefixes (bottom-k)."""
    hashes = sorted(_hashes(text))[:_SKETCH]
    if not hashes:
        return _VERSION
    return f"{_VERSION} {struct.pack(f'>{len(hashes)}I', *hashes).hex(' ', 4)}"


def _parse(fp: str) -> tuple[str, set[str]]:
    parts = fp.split()
    if not parts or parts[0] != _VERSION:
        return "", set(parts)
    return _VERSION, set(parts[1:])


def similarity(a: str, b: str) -> float:
    """Dice similarity of two fingerprints in [0, 1]; 0.0 when either is empty or the two
    come from different fingerprint schemes."""
    va, sa = _parse(a)
    vb, sb = _parse(b)
    if va != vb or not sa or not sb:
        return 0.0
    if len(sa) < _SKETCH and len(sb) < _SKETCH:
        return 2 * len(sa & sb) / (len(sa) + len(sb))
    # Both sketches are truncated: estimate Jaccard on the union's bottom-k, then convert.
    union = sorted(sa | sb)[:_SKETCH]
    jaccard = sum(1 for h in union if h in sa and h in sb) / len(union)
    return 2 * jaccard / (1 + jaccard)
