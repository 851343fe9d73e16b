"""What the eighth group of whole-test-set writers (the municipality's page team and its
residents, very short and very long comments, an English-speaking expat, sarcasm, a worried
parent; round 36) showed the rules (learned model off) before the model was trained on them."""

from __future__ import annotations

import pytest

from kommunvakt.policy.engine import Engine
from tests.policy.conftest import crime


@pytest.mark.parametrize(
    "text",
    [
        # a fire wished on a building site; a phone campaign against one person
        "Hoppas någon sätter fyr på bygget innan det är klart",
        "Här är hennes nummer 073-481 22 95, ring ring ring tills hon ger upp",
        # hate against a group in English
        "Muslims are a cancer on this country, they should all be deported",
        # an armed hunt for children
        "nej vi ska ut med bollträn och jaga ungarna som rånade min son",
    ],
)
def test_threats_and_calls_the_rules_now_find(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Bygget ska vara klart i maj, hoppas någon sätter upp skyltar",
        "Ring henne hela dagen om du vill boka tid, hon är jättetrevlig",
        "Refugees are welcome here, they are not criminals",
        "We saw animals in the forest on our walk",
        "Vi går ut med bollträn till brännbollen i parken",
    ],
)
def test_look_alikes_are_no_crime(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text
