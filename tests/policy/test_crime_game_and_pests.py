"""Rural residents talk about culling game and pests in the words of violence: "skjut dom
allihop" after "vildsvinen" is about the boars. A "dom" whose nearest antecedent is a person,
or a text that names a group of people, stays a threat. Asserted on the rule detectors alone."""

from __future__ import annotations

import pytest

from kommunvakt.policy.engine import Engine
from tests.policy.conftest import crime


@pytest.mark.parametrize(
    "text",
    [
        "Vildsvinen har bökat upp hela gräsmattan vid Ekeby. Skjut dom allihop!",
        "Kråkorna har tagit alla plantor, döda dom säger jag",
        "Sorkarna äter upp rötterna på äppelträden, någon borde döda dem innan våren",
    ],
)
def test_killing_game_and_pests_is_no_threat(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Politikerna har bökat upp hela centrum. Skjut dom allihop!",
        "Vildsvinen är inte problemet, handläggarna är det. Skjut dom.",
        "Invandrarna förstör allt precis som vildsvinen. Skjut dom.",
    ],
)
def test_a_person_or_group_nearer_than_the_animals_keeps_the_threat(
    rules: Engine, text: str
) -> None:
    assert crime(rules, text), text
