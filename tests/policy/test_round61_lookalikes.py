"""What the thirty-third group of whole-test-set writers (a 5G mast, the culture school, an MMA
club, renters and a housing company, National Day and new citizens, a troll and the local
paper, allergies and school food, birders and a reserve; round 61) showed the rules. Every
sentence here is written for the test."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime


@pytest.mark.parametrize(
    "text",
    [
        "Polisen gör inget. Lördag kl 23 vid stationen, vi tar dom själva. Ta med grabbarna.",
        "Blir det av kommer det inte att sluta lugnt. Vi är många och vi kommer förberedda.",
        "smällare mot tidningsfönstret på fredag, vem är med?",
        "Vore synd om ordförandens båt brann upp en natt i augusti.",
        "spika granarna vid reservatet innan maskinerna kommer",
        "knivar vid bron på lördag. ni är varnade.",
    ],
)
def test_round_61_threats_and_calls(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Så synd om familjens båt som brann i natt, vi samlar in till dem.",
        "Vi är många som kommer förberedda med frågor till mötet på torsdag.",
        "Hoppas ni anmäler kommentaren om att spika träden, det är livsfarligt.",
        "vi tar dom själva, paketen alltså, ni behöver inte köra ut dem",
    ],
)
def test_their_lookalikes_are_not(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Till den som skrev att man borde bränna ner bodarna: det är ett brott, skäms.",
        "I går kväll kastade några killar smällare mot bussen vid stationen. Otäckt.",
        "Jag vet var ni bor, fritidsgården: i mitt hjärta 💛",
    ],
)
def test_calls_objected_to_fireworks_reported_and_love_are_no_threats(
    rules: Engine, text: str
) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Jag har redan bestämt vilken tårta jag tar till fikat!",
        "Någon sa att biblioteket stänger på lördagar nu. Är det så?",
    ],
)
def test_own_decisions_and_hearsay_asked_about_are_no_rumours(rules: Engine, text: str) -> None:
    assert Category.RUMOR not in categories(rules, text), text
