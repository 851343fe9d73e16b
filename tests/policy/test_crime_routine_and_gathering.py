"""Crime rules written in round 4: a threat built only on knowing someone's routine and a
meeting ("vet när du slutar. Ses där."), and a call to go as a group to where a group of people
lives or prays to "clean up"; with the everyday sentences that share their words. Asserted on
the rule detectors (`crime.threat`, `crime.incitement`), so a retrained model cannot hide a
regression in them."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import make_event

CRIME = Category.CRIME


def rule_findings(eng: Engine, text: str) -> set[str]:
    d = eng.decide(make_event(text))
    return {f.detector for f in d.violations if f.category is CRIME and ":" not in f.detector}


@pytest.fixture(scope="module")
def eng() -> Engine:
    return Engine.load()


@pytest.mark.parametrize(
    "text",
    [
        "Vet exakt när du slutar jobbet på torsdagar. Ses där.",
        "jag vet vilken tid du hämtar ungarna på förskolan. vi ses snart",
        "Vi vet när hon lämnar kontoret på fredagar. See you there",
        "jag vet vilket tåg du tar på morgonen, akta dig",
    ],
)
def test_knowing_a_routine_with_a_meeting_is_a_threat(eng: Engine, text: str) -> None:
    assert "crime.threat" in rule_findings(eng, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Samla ihop folk så drar vi till flyktingboendet i helgen och rensar upp",
        "dags att städa bort dom från asylboendet, vi drar dit på lördag",
        "Alla till moskén ikväll allihop så visar vi dem",
    ],
)
def test_a_call_to_go_and_clean_up_where_a_group_lives_is_incitement(
    eng: Engine, text: str
) -> None:
    assert "crime.incitement" in rule_findings(eng, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Jag vet när du går hem, kan du hämta mig vid stationen?",
        "Jag vet vilken tid du slutar, ska vi ta en fika efteråt?",
        "Jag vet precis när tåget går, tar det varje morgon. Ses på perrongen Anna!",
        "Vi ses på julmarknaden!",
        "Vi samlas vid flyktingboendet på lördag och lämnar kläder till barnen",
        "Städdag i helgen! Vi ses vid skolan och rensar upp i rabatterna",
        "Moskén har öppet hus på lördag, alla är välkomna, vi ses där",
        "Vi drar till badet i helgen och städar upp stranden med Håll Sverige Rent",
        "Flyktingboendet i Brottby stänger, vart ska de boende ta vägen?",
    ],
)
def test_routines_meetings_and_visits_that_threaten_no_one(eng: Engine, text: str) -> None:
    assert not rule_findings(eng, text), text
