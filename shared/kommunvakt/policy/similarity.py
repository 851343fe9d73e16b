"""Fingerprints for near-duplicate detection.

The author history keeps only a fingerprint of each post (hashed word shingles), never the
text, so repetition can be judged without storing message text a second time.
"""

from __future__ import annotations

import re
import zlib

_WORD = re.compile(r"[0-9a-zåäöéüæø]+")


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def fingerprint(text: str) -> str:
    """Space-separated hex hashes of the text's words and word pairs, sorted and unique."""
    words = _tokens(text)
    shingles = set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}
    return " ".join(sorted({f"{zlib.crc32(s.encode()):08x}" for s in shingles}))


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of two fingerprints, 0.0 for empty ones."""
    sa, sb = set(a.split()), set(b.split())
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)
