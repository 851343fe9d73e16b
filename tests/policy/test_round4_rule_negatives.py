"""Round 4: everyday sentences that carry a rule's surface words but break no rule (a denied
insult, an insult quoted by the one who got it, a rumour one asks others to confirm, a source
one cites, violence inside a game), each beside a sentence the same rule must still find.
Asserted on the rule detectors alone, so a retrained model cannot hide a regression."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import make_event


@pytest.fixture(scope="module")
def eng() -> Engine:
    return Engine.load()


def rules(eng: Engine, text: str, category: Category) -> set[str]:
    d = eng.decide(make_event(text))
    return {f.detector for f in d.violations if f.category is category and ":" not in f.detector}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Jag säger inte att ni är idioter, men ingen förälder blev tillfrågad.", "abusive"),
        ("Jag har aldrig sagt att lärarna är inkompetenta, jag sa att reglerna är fel", "abusive"),
        ("Jag tycker inte att du är en idiot Peter, bara att du har fel om farten", "abusive"),
        ("Busschaufförerna får höra 'lata jävlar' varje dag. Tänk på det.", "abusive"),
        ("min bror säger att proven läckt, kan det va sant?", "rumor"),
        ("Hörde nåt om att torget ska byggas om, vet någon mer?", "rumor"),
        ("Läste i tidningen att banan får nya tåg 2028, här är artikeln", "rumor"),
        ("walla ja kommer slakta dig i fifa ikväll bror", "crime"),
        ("vi ska krossa er i finalen på lördag!", "crime"),
    ],
)
def test_no_rule_fires(eng: Engine, text: str, category: str) -> None:
    assert not rules(eng, text, Category(category)), text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Det är inte konstigt att du är en idiot", "abusive"),
        ("Jag säger att du är en idiot", "abusive"),
        ("Nej men hör på den här CP-kärringen", "abusive"),
        ("Hörde att de ska stänga badet i sommar. Typiskt.", "rumor"),
        ("Jag ska döda dig efter matchen", "crime"),
    ],
)
def test_the_same_rule_still_fires(eng: Engine, text: str, category: str) -> None:
    assert rules(eng, text, Category(category)), text
