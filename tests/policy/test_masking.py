"""Masking never lets a full identity or phone number through, whatever its written form."""

from __future__ import annotations

import re
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kommunvakt.domain.masking import mask, mask_pii_digits, mask_pii_text


def _luhn_digit(nine: str) -> str:
    total = 0
    for i, c in enumerate(nine):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


@st.composite
def personnummer(draw: st.DrawFn) -> tuple[str, str]:
    """(the ten identifying digits, the number as someone might write it)."""
    born = draw(st.dates(date(1900, 1, 1), date(2024, 12, 31)))
    coordination = draw(st.booleans())
    day = born.day + (60 if coordination else 0)
    serial = draw(st.integers(0, 999))
    nine = f"{born:%y%m}{day:02d}{serial:03d}"
    ten = nine + _luhn_digit(nine)
    century = f"{born.year // 100}"
    old = born < date.today() - timedelta(days=365 * 100)
    form = draw(st.sampled_from(["dash", "plain", "long", "longdash", "space", "spaced", "plus"]))
    written = {
        "dash": f"{ten[:6]}{'+' if old else '-'}{ten[6:]}",
        "plain": ten,
        "long": century + ten,
        "longdash": f"{century}{ten[:6]}-{ten[6:]}",
        "space": f"{ten[:6]} {ten[6:]}",
        "spaced": " ".join(ten),
        "plus": f"{ten[:6]}+{ten[6:]}",
    }[form]
    return ten, written


@st.composite
def phone(draw: st.DrawFn) -> tuple[str, str]:
    """(the national significant number, the number as written)."""
    prefix = draw(st.sampled_from(["70", "72", "73", "76", "79", "8", "18", "31", "40"]))
    rest = draw(st.text("0123456789", min_size=9 - len(prefix), max_size=9 - len(prefix)))
    nsn = prefix + rest
    form = draw(st.sampled_from(["plain", "dash", "groups", "intl", "intl00", "spaced"]))
    written = {
        "plain": "0" + nsn,
        "dash": f"0{nsn[:2]}-{nsn[2:]}",
        "groups": f"0{nsn[:2]}-{nsn[2:5]} {nsn[5:7]} {nsn[7:]}",
        "intl": f"+46 {nsn[:2]} {nsn[2:5]} {nsn[5:7]} {nsn[7:]}",
        "intl00": "0046" + nsn,
        "spaced": " ".join("0" + nsn),
    }[form]
    return nsn, written


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@given(personnummer())
def test_identity_numbers_never_survive_masking(pnr: tuple[str, str]) -> None:
    ten, written = pnr
    for kind in ("personnummer", "samordningsnummer", None):
        masked = mask(written, kind)
        assert ten not in _digits(masked)
        assert len(_digits(masked)) <= 2  # at most the century
        assert len(masked) == len(written)  # the shape stays readable
    sentence = f"Mitt personnummer är {written}, tack!"
    assert ten not in _digits(mask_pii_digits(sentence))
    assert ten not in _digits(mask_pii_text(sentence))


@given(phone())
def test_phone_numbers_never_survive_masking(number: tuple[str, str]) -> None:
    nsn, written = number
    for kind in ("phone", None):
        masked = mask(written, kind)
        visible = _digits(masked)
        assert nsn not in visible
        assert len(_digits(written)) - len(visible) >= 6  # at least six digits hidden
    assert nsn not in _digits(mask_pii_digits(f"ring mig på {written} ikväll"))


@given(st.text(max_size=200))
def test_masking_never_raises_and_keeps_length(text: str) -> None:
    for kind in (None, "personnummer", "phone", "email", "address", "card", "bank", "health"):
        assert len(mask(text, kind)) == len(text)
    mask_pii_text(text)


def test_shapes_stay_readable() -> None:
    assert mask("19910723-5823", "personnummer") == "19••••••-••••"
    assert mask("910723-5823", "personnummer") == "••••••-••••"
    assert mask("070-174 06 21", "phone") == "070-••• •• ••"
    assert mask("+46 70 174 06 21", "phone") == "+46 70 ••• •• ••"
    assert mask("08-465 004 11", "phone") == "08-••• ••• ••"
    assert mask("anna.k@gmail.com", "email") == "a•••.•@•••••.com"
    assert mask("Storgatan 12B", "address") == "S•••••••• •••"
    assert mask("4581 2200 1234 5677", "card") == "•••• •••• •••• ••••"


def test_free_text_keeps_harmless_numbers() -> None:
    text = "Möte 2025-10-12 kl 18:30, 500 kr, postnummer 186 30, ring 070-174 06 21"
    masked = mask_pii_text(text + " eller mejla anna@exempel.se")
    assert "kl 18:30, 500 kr, postnummer 186 30" in masked
    assert "1740621" not in _digits(masked)
    assert "anna@" not in masked and "@•••••••.se" in masked


def test_digits_hidden_by_invisible_characters_are_masked() -> None:
    masked = mask_pii_digits("nr 070\u200b174\u200b06\u200b21")
    assert "1740621" not in _digits(masked)
