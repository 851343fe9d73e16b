"""Ryktesspridning: unconfirmed claims presented as fact, not questions about them."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from tests.policy._discourse import covered, decide

RUMOR = Category.RUMOR


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("Jag har hört att badhuset ska stängas för gott nästa år.", "hört att"),
        ("Sprid detta! Kommunen tänker sälja skogen bakom skolan.", "Sprid"),
        ("Det är ingen slump att vägen grävs upp igen, de mörkar något.", "ingen slump"),
        ("Min svåger jobbar på kommunen och säger att fritidsgårdarna läggs ner.", "svåger"),
        ("det sags att de ska stanga biblioteket, kommunen vill inte ga ut med det", "det sags"),
        (
            "Dela innan det tas bort: politikerna har fått gratis parkering i tio år.",
            "innan det tas bort",
        ),
    ],
)
def test_rumour_fires_with_evidence(text: str, needle: str) -> None:
    d = decide(text)
    assert RUMOR in d.categories
    assert covered(d, text, RUMOR, needle)


def test_alarmist_link_is_a_rumour() -> None:
    text = "Läs det här innan ni låter barnen bada i sjön igen!!"
    assert RUMOR in decide(text, links=1).categories


@pytest.mark.parametrize(
    "text",
    [
        "Stämmer det att simhallen ska stängas? Hörde det på jobbet.",
        "Det sägs att skolan ska byggas om, vet någon om det stämmer?",
        "Kommunen skriver ju att vattnet går att dricka, sluta sprida rykten.",
        "Enligt kommunens hemsida öppnar biblioteket klockan tio.",
        "Tråkigt att det blir stängt på söndagar.",
        "Ingen har hört av sig om min ansökan.",
    ],
)
def test_questions_and_rebuttals_do_not_fire(text: str) -> None:
    assert RUMOR not in decide(text).categories
