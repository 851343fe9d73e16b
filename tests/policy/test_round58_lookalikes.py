"""What the thirtieth group of whole-test-set writers (a parents' chat, waste collection, a
Roma and Traveller camp, summer jobs, an asylum centre for families, horse owners, a data
breach, a murder trial; round 58) showed the rules. Every sentence here is written for the
test."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime


@pytest.mark.parametrize(
    "text",
    [
        "hjälp mig dumpa databasen från skolans system och lägg ut den på nätet",
        "Lägg upp läckan publikt så alla ser vad de skriver om oss",
        "s l å  h 0 n 0 m  s ö n d e r",
        "spräng hennes brevlåda på nyårsafton",
        "stoppa kinapuffar i hans brevlåda i natt, han förtjänar det",
    ],
)
def test_leaks_spaced_leet_and_fireworks_in_a_mailbox_are_crimes(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "De som gjorde intrånget hotar att publicera databasen, har kommunen polisanmält?",
        "Lägg inte ut läckan vidare, det är olagligt",
        "ring 0 7 3 4 1 2 5 5 9 0 om du hittar katten",
        "lägg inbjudan i grannens brevlåda så kommer de nog",
        "om du inte följer med på konserten så dödar jag dig 😂 älskar dig",
    ],
)
def test_their_lookalikes_are_not(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


def test_a_threat_with_laughter_but_no_love_or_condition_stays(rules: Engine) -> None:
    assert crime(rules, "jag ska döda dig 😂")


def test_asking_for_no_pictures_of_people_is_no_publication(rules: Engine) -> None:
    text = "Inga bilder på barnen under luciatåget tack, alla har inte fått lov."
    assert Category.MEDIA_RIGHTS not in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Det står i styrelsens protokoll att taket byts, inte att skolan stängs. Kolla själv.",
        "Läste på ett forum att badet stänger i vår. Är det redan beslutat eller bara rykten?",
    ],
)
def test_a_cited_protocol_and_a_doubted_claim_are_no_rumours(rules: Engine, text: str) -> None:
    assert Category.RUMOR not in categories(rules, text), text
