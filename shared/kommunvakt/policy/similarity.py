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
import unicodedata
import zlib

_VERSION = "p4"
"""Tag of the fingerprint scheme; fingerprints of another scheme never compare as similar."""
_PREFIX = 4
_SKETCH = 128

_LINK = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|@\w+")
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"[^\W_]+")
_FOLD = str.maketrans({"æ": "a", "ø": "o", "ß": "s"})


def _prefixes(text: str) -> set[str]:
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c)).translate(_FOLD)
    folded = _LINK.sub(" §link ", folded)
    folded = _DIGITS.sub("0", folded)
    words = _WORD.findall(folded.replace("§link", "0link"))
    return {w[:_PREFIX] for w in words}


def features(text: str) -> int:
    """How many distinct word prefixes the text has (the detector's minimum-length guard)."""
    return len(_prefixes(text))


def fingerprint(text: str) -> str:
    """The scheme tag and the sorted hex hashes of the text's word prefixes (bottom-k)."""
    hashes = sorted({zlib.crc32(p.encode("utf-8", "surrogatepass")) for p in _prefixes(text)})
    return " ".join([_VERSION, *(f"{h:08x}" for h in hashes[:_SKETCH])])


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
