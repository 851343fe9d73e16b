"""Validation of candidate numbers, a step of its own: a recogniser proposes, this checks.

The checksum libraries are imported lazily so that the engine's cold start does not pay for
them on the many texts that contain no long number at all.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache, lru_cache
from typing import Any

from personnummer import personnummer as _pnr

_TEST_NUMBERS = frozenset(["1212121212"])
"""The personnummer every form and guide shows as its example (Tolvan Tolvansson's
19121212-1212): valid by its check digit, and nobody's."""


@lru_cache(maxsize=4096)
def identity_kind(digits: str, plus: bool = False) -> str | None:
    """`personnummer` or `samordningsnummer` when the 10 or 12 digits are a real date (day + 60
    for a samordningsnummer) with a correct Luhn check digit, else None."""
    if len(digits) not in (10, 12) or not digits.isdigit() or not is_birth_date(digits[:-4]):
        return None
    if digits[-10:] in _TEST_NUMBERS:
        return None  # "i exemplet står 19121212-1212": the Tax Agency's example, no one's
    sep = "+" if plus and len(digits) == 10 else "-"
    candidate = f"{digits[:-4]}{sep}{digits[-4:]}"
    try:
        parsed = _pnr.Personnummer(candidate)
    except Exception:  # the library raises on any invalid number
        return None
    if len(digits) == 12 and not digits.startswith(("18", "19", "20")):
        return None
    return "samordningsnummer" if parsed.is_coordination_number() else "personnummer"


def is_birth_date(digits: str) -> bool:
    """YYMMDD or YYYYMMDD (day + 60 allowed) that is a real calendar date."""
    if len(digits) == 8:
        year, rest = int(digits[:4]), digits[4:]
        if not 1880 <= year <= 2099:
            return False
    elif len(digits) == 6:
        year, rest = 2000, digits[2:]
    else:
        return False
    month, day = int(rest[:2]), int(rest[2:])
    if day > 60:
        day -= 60
    try:
        date(year if len(digits) == 8 else 2000, month, day)
    except ValueError:
        return False
    return True


@cache
def _stdnum_iban() -> Any:
    from stdnum import iban  # heavy package: imported only when an IBAN candidate needs it

    return iban


def luhn_ok(digits: str) -> bool:
    """The Luhn check digit is right. A few lines here instead of `stdnum.luhn`: importing
    stdnum costs ~30 ms, paid by the first text with any long digit run."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if not 0 <= d <= 9:
            return False
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


@lru_cache(maxsize=4096)
def is_card(digits: str) -> bool:
    """A payment card number: 13-19 digits, a card-network first digit, Luhn."""
    return 13 <= len(digits) <= 19 and digits[0] in "23456" and luhn_ok(digits)


def is_iban(text: str) -> bool:
    return bool(_stdnum_iban().is_valid(text))


@cache
def _phonenumbers() -> Any:
    import phonenumbers  # 60 ms to import; most texts have no phone number

    return phonenumbers


# Digits a Swedish number has after the trunk prefix "0" (national significant number).
_NSN_LENGTHS = range(7, 10)
# Mobile numbers and Stockholm landlines, most of the numbers people post, are decided without
# phonenumbers (about 35 ms to import, paid by the first text with a number): in its Swedish
# metadata no other type (premium rate, toll-free, shared cost, personal number, pager, UAN,
# voicemail) starts with 7[023689] or 8, so its answer for these is exactly this. A test
# compares the two.
_MOBILE_NSN = re.compile(r"7[023689][0-9]{7}")
_STOCKHOLM_NSN = re.compile(r"8[0-9]{6,8}")


def foreign_phone(digits: str) -> tuple[str, bool] | None:
    """(E.164, is_mobile) when the digits, written with an international prefix ("00" and a
    country code other than Sweden's), are a valid number of another country; None otherwise.
    Residents who moved here, seasonal workers and visiting relatives give these."""
    if not digits.startswith("00") or digits.startswith("0046"):
        return None
    ph = _phonenumbers()
    try:
        num = ph.parse("+" + digits[2:], None)
    except Exception:  # NumberParseException and anything odd in the input
        return None
    if num.country_code == 46 or not ph.is_valid_number(num):
        return None
    kind = ph.number_type(num)
    if kind not in (
        ph.PhoneNumberType.MOBILE,
        ph.PhoneNumberType.FIXED_LINE,
        ph.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    ):
        return None  # premium, toll-free and shared-cost numbers are businesses'
    return ph.format_number(num, ph.PhoneNumberFormat.E164), kind != ph.PhoneNumberType.FIXED_LINE


@lru_cache(maxsize=4096)
def swedish_phone(digits: str) -> tuple[str, bool] | None:
    """(E.164, is_mobile) when the digits, written with a trunk prefix ("0...", "46...",
    "0046..."), are a valid Swedish number; None otherwise."""
    if digits.startswith("0046"):
        raw, national = "+" + digits[2:], digits[4:]
    elif digits.startswith("46") and len(digits) >= 10:
        raw, national = "+" + digits, digits[2:]
    elif digits.startswith("0") and not digits.startswith("00"):
        raw, national = digits, digits[1:]
    else:
        return None
    if len(national) not in _NSN_LENGTHS or (digits.startswith("07") and len(digits) != 10):
        return None
    if _MOBILE_NSN.fullmatch(national):
        return "+46" + national, True
    if _STOCKHOLM_NSN.fullmatch(national):
        return "+46" + national, False
    ph = _phonenumbers()
    try:
        num = ph.parse(raw, "SE")
    except Exception:  # NumberParseException and anything odd in the input
        return None
    if num.country_code != 46 or not ph.is_valid_number(num):
        return None
    kind = ph.number_type(num)
    mobile = kind in (ph.PhoneNumberType.MOBILE, ph.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    if kind not in (
        ph.PhoneNumberType.MOBILE,
        ph.PhoneNumberType.FIXED_LINE,
        ph.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    ):
        return None
    return str(ph.format_number(num, ph.PhoneNumberFormat.E164)), mobile


def e164(text: str) -> str | None:
    """A published number ("08-587 850 00") in E.164, to compare with what was found."""
    digits = "".join(c for c in text if c.isdigit())
    if text.strip().startswith("+"):
        digits = "00" + digits
    found = swedish_phone(digits)
    return found[0] if found else None
