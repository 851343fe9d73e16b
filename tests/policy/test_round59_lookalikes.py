"""What the thirty-first group of whole-test-set writers (commuters, a football club's
parents, Ramadan and Eid in the centre, a forest owner and the bark beetle, a preschool
closing, a motorway junction, Pride, pensioners and home care; round 59) showed the rules.
Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime, personal_data


@pytest.mark.parametrize(
    "text",
    [
        "sockra tanken på grävmaskinen vid skolan i natt",
        "smällare rakt in i kontoret på nyårsafton, vem är med?",
        "Ni får gärna komma hit igen. Hagelbössan är laddad. Mer behöver jag inte säga.",
        "Han som bestämde det borde få känna på hur det är. Jag kan gärna hjälpa till med det.",
    ],
)
def test_sabotage_fireworks_a_ready_gun_and_help_offered_are_threats(
    rules: Engine, text: str
) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Ungdomarna sköt raketer mot bussen i går, polisen är kontaktad.",
        "raketer mot himlen vid tolvslaget, som vanligt 🎆",
        "hagelbössan är laddad och klar inför andjakten i morgon",
        "Vi ska storma kommunhuset med namnlistor på torsdag!",
    ],
)
def test_their_lookalikes_are_not(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


def test_hora_after_a_modal_is_the_verb_without_its_dots(rules: Engine) -> None:
    assert Category.ABUSIVE not in categories(rules, "ni borde hora hur det later pa natten")
    assert Category.ABUSIVE in categories(rules, "du ar en hora")


def test_a_call_to_vote_quoted_to_object_to_it_is_not_campaigning(rules: Engine) -> None:
    text = "Någon skrev 'rösta bort dem' under inlägget. Sluta, det här är kommunens sida."
    assert Category.POLITICAL not in categories(rules, text)
    assert Category.POLITICAL in categories(rules, "Rösta bort dem i september, alla!")


def test_telling_people_not_to_share_is_no_rumour(rules: Engine) -> None:
    text = "Det står 'sprid detta' i kommentaren ovan. Sprid inte något, fråga kommunen."
    assert Category.RUMOR not in categories(rules, text)


def test_asking_what_to_do_about_a_lost_key_is_no_notice(rules: Engine) -> None:
    text = "Hur gör man om man tappat nyckeln till tvättstugan? Vem byter låset? Tack."
    assert Category.IRRELEVANT not in categories(rules, text)


def test_a_form_numbered_by_year_is_no_property(rules: Engine) -> None:
    assert "address" not in personal_data(rules, "Ansökan heter KF-bidrag 2025:2 på webben")
    assert "address" in personal_data(rules, "Vi bor på Kragsta 12:4 sedan i våras")


@pytest.mark.parametrize(
    "text",
    [
        "Jag lever med hiv sedan många år och är rädd för hemtjänstens bemötande.",
        "Jag lider sedan 2021 av tinnitus",
    ],
)
def test_living_with_or_suffering_since_a_condition_is_health_data(
    rules: Engine, text: str
) -> None:
    assert "health" in personal_data(rules, text), text


def test_living_with_a_risk_is_not(rules: Engine) -> None:
    assert "health" not in personal_data(rules, "vi lever med risken för översvämning varje vår")
