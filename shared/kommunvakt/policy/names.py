"""Words that stand for a named person: whom a threat or a disclosure is about.

Swedish capitalises names and little else inside a sentence, so a capitalised word after a
lower-case word or a comma is taken for a name ("jag ska döda Kerstin", "är det för att
Kerstin i receptionen har fått cancer"). At the start of a sentence every word is capitalised
("Fisken i sjön har tumörer"), so a word there is not taken for a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

_MID_SENTENCE = re.compile(r"(?<=[a-zåäöé,] )[A-ZÅÄÖÉ][a-zåäöé]+(?:-[A-ZÅÄÖÉ][a-zåäöé]+)?(?![-\w])")


@lru_cache(maxsize=256)
def named_persons(text: str) -> frozenset[str]:
    """The lower-cased words that stand capitalised inside a sentence of `text`."""
    return frozenset(m.group().lower() for m in _MID_SENTENCE.finditer(text))
