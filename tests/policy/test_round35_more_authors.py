"""What the seventh group of whole-test-set writers (disability and assistance, a grandparent,
the nature debate, a reposter of local groups, a bilingual family, a night-shift commuter;
round 35) showed the rules (learned model off) before the model was trained on them."""

from __future__ import annotations

import pytest

from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime, personal_data


@pytest.mark.parametrize(
    "text",
    [
        # the poachers' slogan in another wording, an armed wait with an iron bar
        "Vargen ser inte våren. Skjuta, gräva, tiga.",
        "När grävskopan kommer står vi där med järnspett.",
        # spikes driven into trees, a railway switch sabotaged
        "Slå in långa spikar i stammarna innan avverkningen börjar",
        "Någon borde sabotera växeln vid stationen så SL fattar",
    ],
)
def test_calls_the_rules_now_find(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Ring växeln och fråga efter socialjouren",
        "Vi står där med kaffe och spett för stängselbygget på lördag",
        "Skjut upp mötet, gräv inte ner er i detaljerna",
    ],
)
def test_look_alikes_are_no_crime(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


def test_a_door_code_makes_a_street_number_a_home(rules: Engine) -> None:
    text = "Lämna barnen på Björkvägen 7 redan kl 7, porten koden är 4419."
    assert "address" in personal_data(rules, text)


def test_experience_of_care_confirms_a_general_point(rules: Engine) -> None:
    text = (
        "Hjälpen är sämre för den som inte talar svenska, det vet alla som har en förälder i "
        "hemtjänst."
    )
    assert not categories(rules, text)
