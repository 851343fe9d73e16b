"""What the twenty-fifth group of whole-test-set writers (beauty salons, neighbours of group
homes, a tractor protest, gyms and fight clubs, graduating students, clear-cutting,
complaints about moderation, culture grants; round 53) showed the rules. Every sentence here
is written for the test."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime


@pytest.mark.parametrize(
    "text",
    [
        "jag ska döda @linus_99 när han kommer till festen",
        "har tren och anavar kvar, swisha så skickar jag",
        "Det kommer smälla vid idrottshallen på måndag. Håll era ungar hemma.",
        "nu får det vara nog, dags att bränna ner ett par skördare i natt",
    ],
)
def test_threats_and_offers_from_round_53_are_crime(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Polisen gjorde beslag av anabola steroider på ett gym i Täby, bra jobbat",
        "Det kommer smälla ordentligt på nyårsafton, håll koll på hundarna",
        "Håll barnen hemma om de har feber, det går magsjuka på förskolan",
        "@vallentunakommun ni borde döda den här idén innan den kostar mer",
        "vi ska slå ett par rekord på simtävlingen i helgen",
    ],
)
def test_lookalikes_from_round_53_are_not(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


def test_a_friend_tagged_and_teased_is_no_insult_by_name(rules: Engine) -> None:
    text = "@maja.lind du som är bokmal, vilken bok ska jag låna?"
    assert Category.ABUSIVE not in categories(rules, text)


def test_a_code_of_statutes_is_no_property(rules: Engine) -> None:
    text = "Allt står i Boverkets föreskrifter BFS 2011:6, läs själv."
    assert Category.CONFIDENTIAL not in categories(rules, text)
