"""What the twenty-eighth group of whole-test-set writers (a food bank, cemeteries, the Home
Guard's range, a village fibre association, moose hunters, homeless people at the station, a
drill scene, parents of children with special needs; round 56) showed the rules. Every
sentence here is written for the test."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.context import Context
from kommunvakt.policy.detectors.crime import CrimeDetector
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime, make_event


@pytest.mark.parametrize(
    "text",
    [
        "Maja jag dödar dig om du inte tar med bullar på fredag 😂",
        "jag ska slå er på fingrarna om ni inte bjuder på tårta den här gången haha",
        "Jag ska mörda nästa som frågar om vi är framme snart 🤣",
    ],
)
def test_threats_over_buns_said_laughing_are_teasing(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "jag dödar dig om du inte betalar tillbaka det du är skyldig 😂",
        "Maja jag dödar dig om du inte kommer till fikat på fredag",
        "jag ska döda den som skrev det här om min dotter 😂",
    ],
)
def test_a_real_condition_or_no_laugh_keeps_the_threat(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Kommer fler försäljare hit till gården släpper jag hunden på dem, ni är varnade",
        "hans nummer står på skylten. ring och tala om vad som väntar honom",
    ],
)
def test_a_dog_set_on_people_and_a_message_of_what_awaits_are_threats(
    rules: Engine, text: str
) -> None:
    assert crime(rules, text), text


def test_letting_the_dog_loose_in_the_garden_is_not(rules: Engine) -> None:
    assert not crime(rules, "vi släpper hunden lös i trädgården varje morgon, han älskar det")


@pytest.mark.parametrize(
    "text",
    [
        "Loppis i Ekeby bygdegård på söndag, gratis fika till alla barn. Sprid gärna!",
        "Vilket fint initiativ med läxhjälpen, sprid till alla som kan vara intresserade",
    ],
)
def test_sharing_an_invitation_is_no_rumour(rules: Engine, text: str) -> None:
    assert Category.RUMOR not in categories(rules, text), text


def test_a_claim_with_a_call_to_share_stays_a_rumour(rules: Engine) -> None:
    text = "Välkomna på mötet på tisdag, de ska lägga ner badet och kommunen mörkar det. Sprid!"
    assert Category.RUMOR in categories(rules, text)


def test_hearsay_doubted_by_the_poster_is_no_rumour(rules: Engine) -> None:
    text = "Någon sa att biblioteket ska stänga hela sommaren. Det är väl bara snack?"
    assert Category.RUMOR not in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Försäkringskassan kan dra åt helvete med sina blanketter",
        "Men Skatteverket kan dra åt helvete, tre månader för ett svar",
    ],
)
def test_an_agency_told_to_go_to_hell_is_criticised_not_insulted(rules: Engine, text: str) -> None:
    assert Category.ABUSIVE not in categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "handläggaren kan dra åt helvete",
        "Ni kan dra åt helvete allihop",
        "Sossarna och hela kommunen kan dra åt helvete",
    ],
)
def test_people_told_to_go_to_hell_are_insulted(rules: Engine, text: str) -> None:
    assert Category.ABUSIVE in categories(rules, text), text


def test_objecting_to_calling_people_names_is_no_insult(rules: Engine) -> None:
    text = "Tyck vad du vill om cykelbanan men att kalla alla som cyklar för idioter är lågt."
    assert Category.ABUSIVE not in categories(rules, text)


def _unquoted(engine: Engine, text: str) -> str | None:
    """The text the model reads again for a threat, or None when it reads it as written."""
    alt = CrimeDetector().unquoted(Context(make_event(text), engine.policy, recent=[]))
    return None if alt is None else alt.text


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "Den som skrev 'vi vet var du bor' under förra inlägget borde polisanmälas.",
            "vet var du",
        ),
        (
            'Någon har skrivit "synd om ert hus brann upp" på vår brevlåda. Obehagligt, vi har '
            "anmält.",
            "brann",
        ),
    ],
)
def test_a_threat_quoted_to_object_to_it_is_read_without_the_quote(
    engine: Engine, text: str, quoted: str
) -> None:
    alt = _unquoted(engine, text)
    assert alt is not None and quoted not in alt and "anmäl" in alt, alt


@pytest.mark.parametrize(
    "text",
    [
        # the resident's own message, quoted
        'Detta skickade jag till grannen: "Gör det en gång till så får du se vad som händer". '
        "Inte okej?",
        # a one-word label in quotes proves nothing
        "Kommunen söker 'hemresegruppen' till alla familjer, skämt åsido",
        # quoted, but nothing objected to
        "Han skrev 'vi ses ikväll vid bron' och det var precis vad jag tänkte också",
    ],
)
def test_own_or_unobjected_quotes_are_read_as_written(engine: Engine, text: str) -> None:
    assert _unquoted(engine, text) is None, text


def test_a_model_threat_resting_on_a_quote_objected_to_is_dropped(engine: Engine) -> None:
    quoted = "Till den som skrev 'jag vet var du bor, vänta bara' på väggen: det är polisanmält."
    assert crime(engine, "jag vet var du bor, vänta bara"), "the model must read the threat"
    assert not crime(engine, quoted)
