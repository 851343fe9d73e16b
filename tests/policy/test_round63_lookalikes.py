"""What the thirty-fifth group of whole-test-set writers (a bus strike, a café owner's death, a
gaming night, a flood, parents and a weekend school, gun owners and a range, midsummer in the
parks, the municipality's new app; round 63) showed the rules. Every sentence here is written
for the test."""

from __future__ import annotations

import pytest

from kommunvakt.policy.engine import Engine
from tests.policy.conftest import crime


@pytest.mark.parametrize(
    "text",
    [
        "Bilarna som kör åt bolaget är strejkbrytare. Repa lacken och knäck backspeglarna.",
        "alla till kiosken på lördag med ägg, vi ska förstöra stället",
        "någon som kan ddosa bokningssidan på fredag? betalar bra",
        "Lägg ut alla namn och adresser från läckan, folk ska få veta",
        "stoppa smällare i ventilerna på byggbodarna i natt",
        "Säg till planeraren att hålla koll i backspegeln. Vi vet hur han ser ut.",
        "Du bor ju nära skjutbanan. Ibland missar man målet. Tänk på det.",
        "Jag ska prata med dem med kulor i fönstren om bygget blir av.",
    ],
)
def test_round_63_calls_and_threats(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "vi repade lacken av misstag när vi flyttade, vem ersätter?",
        "bokningssidan blev ddosad i går, polisen utreder",
        "byt ventilerna i byggbodarna innan vintern",
        "Jag missade målet med två poäng på skyttetävlingen, nästa år!",
        "Det står i rapporten vad som läckte, lägg inte ut något själva",
    ],
)
def test_their_lookalikes_are_not(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text
