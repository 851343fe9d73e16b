"""Recognisers of personal data for the `confidential` category.

`validation` checks numbers (identity-number date and checksum, Luhn, IBAN, the Swedish
numbering plan); `numbers` finds identity, phone, card and bank numbers in every written form
(digit words, letters for digits, spaced digits); `contact` finds e-mail and home addresses;
`health` finds health details disclosed about oneself or an identifiable person.
"""

from __future__ import annotations

import re
from collections.abc import Callable


def lazy_pattern(pattern: str) -> Callable[[], re.Pattern[str]]:
    """A regex compiled on its first use instead of at import: the engine's cold start pays
    for every compile at import, and most texts never need the rarely used patterns."""
    compiled: list[re.Pattern[str]] = []

    def get() -> re.Pattern[str]:
        if not compiled:
            compiled.append(re.compile(pattern))
        return compiled[0]

    return get
