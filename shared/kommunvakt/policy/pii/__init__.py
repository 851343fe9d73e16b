"""Recognisers of personal data for the `confidential` category.

`validation` checks numbers (identity-number date and checksum, Luhn, IBAN, the Swedish
numbering plan); `numbers` finds identity, phone, card and bank numbers in every written form
(digit words, letters for digits, spaced digits); `contact` finds e-mail and home addresses;
`health` finds health details disclosed about oneself or an identifiable person.
"""

from __future__ import annotations
