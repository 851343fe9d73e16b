"""Hate speech without a slur: a whole group declared criminal or dangerous ("somalier är
tjuvar", "moskéer är terroristfabriker") is hets mot folkgrupp as much as a slur is. Quoting
that prejudice to refute it, asking about it, or saying it of one person is not. Asserted on
the rule detectors alone, so a retrained model cannot hide a regression."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Perserna är lögnare hela bunten, varenda en",
        "moskeer e terroristfabriker punkt slut",
        "Invandrarna här är kriminella allihop och kommunen bjuder på simhall",
        "Romer är tjuvar, lås era bilar",
        "muslimer är farliga för våra barn",
    ],
)
def test_a_group_called_criminal_is_hate_speech(rules: Engine, text: str) -> None:
    assert {Category.CRIME, Category.ABUSIVE} <= categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Folk påstår att invandrare är kriminella, men statistiken säger något annat",
        "Det är en fördom att romer är tjuvar",
        "Invandrare är inte kriminella bara för att de är invandrare",
        "Min granne är muslim och en av de snällaste jag känner",
        "Tjuvarna som tog cyklarna vid stationen är inte gripna än",
        "Är det sant att flyktingar är farliga? Jag har aldrig märkt något",
    ],
)
def test_refuting_or_asking_about_the_prejudice_is_allowed(rules: Engine, text: str) -> None:
    assert Category.CRIME not in categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "licensjakt på afghanerna i centrum borde vara tillåten",
        "Bögarna borde få skjutas som kråkor",
        "somalierna behöver decimeras, dom förökar sig",
    ],
)
def test_hunting_words_said_of_a_group_call_for_killing_it(rules: Engine, text: str) -> None:
    assert Category.CRIME in categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Skyddsjakt på vildsvinen i Markim är beviljad, jaktlaget hör av sig",
        "Flera invandrare jobbar på gården. Vildsvinen borde få skjutas året runt.",
        "Vi har ingen jakt på muslimer här, vi har en moské och en kyrka bredvid varandra",
    ],
)
def test_hunting_talk_beside_a_group_is_no_hate(rules: Engine, text: str) -> None:
    assert Category.CRIME not in categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Vem är det som bestämmer egentligen? (((de))) förstås",
        "remigration nu 14/88",
        "Det stora befolkningsutbytet pågår i Vallentuna, se er omkring",
        "Sieg heil grabbar, äntligen ett svenskt lag",
    ],
)
def test_a_dog_whistle_is_hate_speech(rules: Engine, text: str) -> None:
    assert {Category.CRIME, Category.ABUSIVE} <= categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Biljetten till konserten kostade 1488 kr",
        "Mitt personnummer slutar inte på 1488, det var fel i blanketten",
        "Vi vann med 88-70 i basketfinalen!",
        "Någon har klottrat 1488 på tunneln vid stationen, har anmält det",
        "Snacket om befolkningsutbyte är en konspirationsteori",
    ],
)
def test_numbers_and_reports_of_a_dog_whistle_are_allowed(rules: Engine, text: str) -> None:
    assert Category.CRIME not in categories(rules, text), text


def test_an_attack_on_a_groups_place_of_worship_is_hate_speech_too(rules: Engine) -> None:
    assert {Category.CRIME, Category.ABUSIVE} <= categories(rules, "bränn ner moskén i natt")
    # the same act against the town hall is incitement, not hate against a group
    assert categories(rules, "bränn ner kommunhuset i natt") == {Category.CRIME}
    # and the mosque named without an act is nothing
    assert not categories(rules, "Moskén har öppet hus på lördag, alla är välkomna")
