""" "Alla vet" is a cover-up cue when it backs a claim about someone ("alla vet att rektorn
super men ingen säger något"); in two idioms it claims nothing: telling everyone something
("bara så alla vet") and shrugging at how things are ("alla vet hur det är")."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import make_event

RUMOURS = [
    "Alla vet att rektorn på Hagaskolan super, men kommunen mörkar det.",
    "Det vet alla i byn att ordföranden fick pengar av byggbolaget.",
]

IDIOMS = [
    "Anmälan stänger den 31 mars står det på kommunens sida, bara så alla vet!",
    "Typisk november, mörkt redan vid fyra. Alla vet hur det är.",
    "Gästerna parkerar på grusytan, alla vet ju hur det funkar här.",
]


@pytest.mark.parametrize("text", RUMOURS)
def test_everyone_knows_behind_a_claim_is_a_rumour(rules: Engine, text: str) -> None:
    assert Category.RUMOR in rules.decide(make_event(text)).categories


@pytest.mark.parametrize("text", IDIOMS)
def test_everyone_knows_as_an_idiom_is_no_rumour(rules: Engine, text: str) -> None:
    assert Category.RUMOR not in rules.decide(make_event(text)).categories
