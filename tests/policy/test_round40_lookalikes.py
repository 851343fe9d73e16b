"""What the twelfth group of whole-test-set writers (the library's culture wars, online
harassment among pupils, angry older men, immigrant business owners, summer life, local
history, climate and recycling, municipal employees; round 40) showed the rules: words that
look like insults and are none."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        # "höra av er" typed without ö
        "nar far man svar om man sokt? brukar ni hora av er till alla",
        # a slur mentioned as a word, to explain it
        "Ordet tattare användes förr som ett skällsord mot resandefolket.",
    ],
)
def test_look_alikes_are_not_abusive(rules: Engine, text: str) -> None:
    assert Category.ABUSIVE not in categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    ["du är en hora", "tattare ska inte få bo här", "hora, håll käften"],
)
def test_the_same_words_used_stay_abusive(rules: Engine, text: str) -> None:
    assert Category.ABUSIVE in categories(rules, text), text
