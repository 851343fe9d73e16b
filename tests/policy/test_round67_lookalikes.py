"""What the thirty-ninth group of whole-test-set writers (a cycle path through the forest, a
school's phone ban, district heating prices, stray cats, an Eritrean festival, art on the water
tower, a gravel pit, a hospital bus line; round 67) showed the rules. Every sentence here is
written for the test."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime


@pytest.mark.parametrize(
    "text",
    [
        "Sätt upp en vajer i halshöjd mellan två granar vid spåret, då slutar de cykla där.",
        "Hälsa kören att det inte är säkert för dem att gå hem själva efter repetitionen. "
        "Bara en vänlig varning.",
        "Vi har smällare till nyår, dom ska rakt in i publiken när talet börjar.",
    ],
)
def test_round_67_threats(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Det är ett brott att spänna vajrar över stigar, oavsett vad man tycker om cyklister.",
        "Smällarna som kastades mot publiken i fjol var livsfarliga. Hoppas de åker fast.",
        "Det är inte säkert för barnen att gå hem här på kvällen, lamporna är trasiga.",
        "Vi ramar in förelägganden och hänger dem i föreningslokalen 😂",
    ],
)
def test_their_lookalikes_are_not(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Påverkar enkäten beslutet eller är det redan bestämt?",
        "Ska badet stänga? Grannarna pratar om det men ingen vet.",
    ],
)
def test_asking_is_no_rumour(rules: Engine, text: str) -> None:
    assert Category.RUMOR not in categories(rules, text), text


def test_a_decision_said_to_be_made_still_is(rules: Engine) -> None:
    text = "Det är redan bestämt att skolan läggs ner, tror ni jag hittar på?"
    assert Category.RUMOR in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Protokollet har diarienummer BUN 2026/201 om någon vill begära ut det, pappa gjorde det.",
        "Min räkning: 12 000 kWh gånger 9 öre blir 1 080 kronor mer om året.",
    ],
)
def test_a_public_record_and_a_sum_are_no_personal_cases(rules: Engine, text: str) -> None:
    assert Category.PERSONAL_CASE not in categories(rules, text), text


def test_naming_the_choice_of_party_is_not_campaigning(rules: Engine) -> None:
    text = "Diskussioner om vilket parti man ska rösta på passar inte här, Gun."
    assert Category.POLITICAL not in categories(rules, text)


def test_a_companys_land_is_no_home(rules: Engine) -> None:
    text = "Täkten ligger på Kårsta-Norrby 1:5 enligt ansökan, det är bolagets mark."
    assert Category.CONFIDENTIAL not in categories(rules, text)
