"""What the forty-first group of whole-test-set writers (a lakeside sauna, a graffiti wall, a
care-home outbreak, estate roads never handed over, a refugee family's restaurant, the
library's drag story hour, a motocross track, a local radio station closing; round 69) showed
the rules. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime


@pytest.mark.parametrize(
    "text",
    [
        "Ni kan ha kvar era flaggor tills vi kommer med 🔪 och städar upp.",
        "🏫🔥 Ekeby. Snart.",
        "Säg åt rektorn att se sig om när han går till bilen. Vi har långt minne.",
        "Någon borde ge honom en lektion han sent ska glömma.",
    ],
)
def test_round_69_threats(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Vi kommer med 🍰 och kaffe till städdagen!",
        "Grannens förråd brann i natt 🏠🔥 ingen skadad som tur är.",
        "@kalle haha jag slår dig på banan på lördag 🏁",
        "Någon skrev här igår att skolan borde brinna. Jag har anmält inlägget.",
    ],
)
def test_their_lookalikes_are_not(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Jag var där själv när dörren stod öppen. Personalen sa ingenting. Vad gäller?",
        "Det går ett rykte om att bastun säljs. Vet kommunen något om det?",
        "Spara hotet som skärmdump innan det försvinner och lämna till polisen.",
    ],
)
def test_hearsay_asked_about_and_evidence_for_the_police_are_no_rumours(
    rules: Engine, text: str
) -> None:
    assert Category.RUMOR not in categories(rules, text), text


def test_nothing_for_sale_is_no_trade(rules: Engine) -> None:
    text = "Stolt över mina två tavlor i utställningen. Inget är till salu, bara att titta."
    assert Category.IRRELEVANT not in categories(rules, text)
