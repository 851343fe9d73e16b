"""Text normalisation that keeps a map back to the original offsets.

Detectors match on a folded view of the text (lower case, obfuscation undone) but must report
evidence as offsets into the text the person wrote, so every view carries `offsets`:
`offsets[i]` is the index in the original text of the character at `i` in the view, and
`offsets[len(view)]` is one past the last original character consumed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class NormalizedText:
    text: str
    offsets: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the view back to the original text."""
        if end <= start:
            o = self.offsets[min(start, len(self.offsets) - 1)]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


def fold(text: str) -> NormalizedText:
    """Lower case and NFKC compatibility folding, character by character."""
    out: list[str] = []
    offs: list[int] = []
    for i, ch in enumerate(text):
        folded = unicodedata.normalize("NFKC", ch).lower() if not ch.isascii() else ch.lower()
        for c in folded:
            out.append(c)
            offs.append(i)
    offs.append(len(text))
    return NormalizedText("".join(out), tuple(offs))
