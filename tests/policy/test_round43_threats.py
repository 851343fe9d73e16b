"""What the fifteenth group of whole-test-set writers (sports clubs, fast phone typing,
winter, school safety, neighbours' building disputes, quoted letters, irony, villages; round
43) showed the rules: threats said with a name, without a subject, or to whoever holds a role,
and threats against a group, which are also hate speech."""

from __future__ import annotations

from typing import Any, cast

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.config import load_policy
from kommunvakt.policy.engine import Engine
from kommunvakt.policy.model.linear import Contribution, LinearModel
from tests.policy.conftest import categories, crime, make_event


@pytest.mark.parametrize(
    "text",
    [
        "så vet jag var Lindqvist på bygglov bor",
        "Vet precis var Karin Wallén ställer bilen varje kväll. Säger bara det.",
    ],
)
def test_knowing_where_a_named_officer_lives_is_a_threat(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "vi vet när Karin jobbar, då går vi dit 😊",
        "vi vet var Lena jobbar, hon är jättetrevlig i receptionen",
    ],
)
def test_knowing_when_a_named_person_works_alone_is_no_threat(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "kommer med hagelbössan till nästa fullmäktige",
        "Tar med pistolen till mötet på onsdag",
    ],
)
def test_a_weapon_brought_to_a_meeting_without_a_subject_is_a_threat(
    rules: Engine, text: str
) -> None:
    assert crime(rules, text), text


def test_a_knife_for_home_economics_is_no_threat(rules: Engine) -> None:
    assert not crime(rules, "tar med kniven till skolan för hemkunskapen")


@pytest.mark.parametrize(
    "text",
    [
        "den som jobbar på snöjouren i natt ska dö",
        "alla som röstade ja ska fan dö",
        "D E N  S O M  P L O G A D E  I G E N  M I N  U T F A R T  S K A  D Ö",
    ],
)
def test_death_foretold_to_whoever_holds_a_role_is_a_threat(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "den som äter min matlåda ska dö av skratt när de ser vad det är",
        "den som står ute i natt ska dö i kylan om ingen öppnar värmestugan",
        "den som fyller hundra i år ska inte dö ensam, vi ordnar kalas",
    ],
)
def test_whoever_die_as_a_joke_or_a_warning_is_no_threat(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


class CrimeModel:
    """A stand-in model that reads every text as a threat and nothing else."""

    version = "m-test"
    categories = tuple(Category)
    thresholds = dict.fromkeys(Category, 0.5)

    def scorer(self, categories: Any) -> CrimeModel:
        return self

    def scores(self, view: str, **_: Any) -> dict[Category, float]:
        return {c: (0.99 if c is Category.CRIME else 0.01) for c in Category}

    def explain(self, view: str, category: Category, **_: Any) -> list[Contribution]:
        return []


@pytest.fixture(scope="module")
def threat_model() -> Engine:
    return Engine(load_policy(), model=cast(LinearModel, CrimeModel()))


def test_a_threat_the_model_found_against_a_group_is_also_hate_speech(
    threat_model: Engine,
) -> None:
    text = "Vi vet var afghanerna i Karby bor. Dags att hälsa på dem en natt."
    d = threat_model.decide(make_event(text))
    assert {Category.CRIME, Category.ABUSIVE} <= set(d.categories)
    hate = [v for v in d.violations if v.detector == "abusive.hate"]
    assert hate and any(e.masked == "afghanerna" for v in hate for e in v.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Vi vet var grannen i Karby bor. Dags att hälsa på honom en natt.",
        # the writer speaks as one of the group
        "vi somalier i Karby tänker inte flytta, hur mycket ni än hotar",
    ],
)
def test_a_threat_naming_no_other_group_stays_crime_alone(threat_model: Engine, text: str) -> None:
    assert Category.ABUSIVE not in categories(threat_model, text), text


def test_a_letter_coming_home_to_you_is_the_post(rules: Engine) -> None:
    text = "@emma_lindqvist kolla brevlådan, det här brevet kommer hem till er också 👀"
    assert not crime(rules, text)


def test_we_coming_home_to_you_at_night_stays_a_threat(rules: Engine) -> None:
    assert crime(rules, "Vi kommer hem till er en natt, kolla brevlådan 👀")


@pytest.mark.parametrize(
    "text",
    [
        "ska slå ihjäl den som skrev detta",
        "JAG SKA SKJUTA DEN SOM BESTÄMDE DET HÄR",
        "jag ska döda alla som röstade ja",
    ],
)
def test_killing_whoever_did_it_is_a_threat(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Jag kommer mörda den som tar sista lussekatten på fikat 😤",
        "jag ska döda den som uppfann snö, tredje gången jag skottar idag",
        "på skjutbanan får man skjuta var som helst på tavlan",
    ],
)
def test_killing_whoever_took_the_last_bun_is_a_joke(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    ["lappisen får stryk imorgon", "handläggaren får en käftsmäll efter jobbet"],
)
def test_a_beating_foretold_for_a_set_time_is_a_threat(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Hammarby får stryk imorgon",
        "Laget får stryk på söndag, 5-0 till oss",
        "han får inte stryk imorgon, lugn",
        "vi fick stryk igen i helgen",
    ],
)
def test_a_team_losing_or_a_beating_denied_is_no_threat(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text
