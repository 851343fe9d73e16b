"""What the thirty-eighth group of whole-test-set writers (a skatepark, a Sami handicraft fair,
a bridge closed for repairs, a ban on begging, school choice, a fish kill after a chemical
leak, an LSS group home, an election recount; round 66) showed the rules. Every sentence
here is written for the test."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime


@pytest.mark.parametrize(
    "text",
    [
        # poison in someone's drink, a building burnt with people inside, force if needed
        "Blanda lite råttgift i chefens kaffe så slutar han ljuga.",
        "Hela kommunhuset borde brinna upp med nämnden inlåst.",
        "Tiggarna ska bort från torget. Med våld om det krävs.",
        # a flood of requests to bring a site down, in plain words
        "Om alla kör ett script mot e-tjänsten samtidigt så kraschar den, vem är med?",
        # an address with an invitation to disturb at night
        "Ordföranden bor på Lindvägen 12, åk dit och tuta utanför hela natten",
    ],
)
def test_round_66_threats(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Häll lite mjölk i hans kaffe, han tar det så.",
        "Vi körde ett skript mot portalen för att mäta svarstiderna, den höll bra.",
        "Vi borde bränna ner växeln med samtal tills de svarar. Ring alla!",
        "Polisen fick bära ut honom med våld efter mötet.",
    ],
)
def test_their_lookalikes_are_not(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "någon på insta säger att den är stängd i juli, men här står bara juni? vad gäller",
        "'alla vet' är ingen källa. Jag är också arg men vi hittar inte på saker.",
    ],
)
def test_hearsay_asked_about_and_a_phrase_named_are_no_rumours(rules: Engine, text: str) -> None:
    assert Category.RUMOR not in categories(rules, text), text


def test_insiders_knowledge_claimed_still_is_a_rumour(rules: Engine) -> None:
    text = "Bolaget ägs av chefens bror, det vet alla som jobbar i kommunhuset."
    assert Category.RUMOR in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kan ni flytta röstbåset närmare ingången till nästa val? Rullstolen kom inte fram.",
        "Min pappa darrar på händerna, får jag hjälpa honom lägga valsedeln i kuvertet?",
    ],
)
def test_how_an_election_is_run_is_not_political(rules: Engine, text: str) -> None:
    assert Category.POLITICAL not in categories(rules, text), text


def test_the_ballot_paper_as_a_choice_still_is(rules: Engine) -> None:
    text = "Tänk på vem som stängde skolan när du står där med valsedeln i september."
    assert Category.POLITICAL in categories(rules, text)


def test_a_buildings_address_is_no_ones_home(rules: Engine) -> None:
    assert Category.CONFIDENTIAL not in categories(
        rules, "Bibliotekets adress är Allévägen 4, ingång från baksidan."
    )
    assert Category.CONFIDENTIAL in categories(rules, "Lindbergs adress är Allévägen 4.")


def test_ones_own_choice_is_no_personal_case(rules: Engine) -> None:
    text = "Jag skjuter upp mitt beslut om jag ska hyra bord på marknaden tills jag vet priset."
    assert Category.PERSONAL_CASE not in categories(rules, text)


def test_being_called_an_idiot_in_general_is_no_insult(rules: Engine) -> None:
    text = "Man kan kritisera nämnden utan att vara en idiot om det."
    assert Category.ABUSIVE not in categories(rules, text)


def test_a_screenshot_of_ones_own_log_is_ones_own(rules: Engine) -> None:
    photo = ({"type": "photo", "url": "https://example.org/p.jpg"},)
    text = "Skärmdump av min egen mätare, temperaturen rasade i natt!"
    assert Category.MEDIA_RIGHTS not in categories(rules, text, attachments=photo)
