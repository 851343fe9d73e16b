"""What the eighteenth group of whole-test-set writers (school meals, local history, elderly
people new to Facebook, teenage trolls, health-care confusion, planning disputes, moped youth,
associations' events; round 46) showed the rules: look-alikes of the past and of play."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime


@pytest.mark.parametrize(
    "text",
    [
        "Skomakare Lars Petter Wik bodde på Stationsgatan 4 på 1890-talet. Huset revs 1964.",
        "Mjölnaren Erik Gustaf Lindholm, 1851–1919, dog i lunginflammation enligt dödboken.",
        "Nya adressen är Tuna torg 5 enligt apotekets egen sida. Öppet 9–19 vardagar.",
        "Vill du sjunga med oss? Skriv till motettkoren@vallentunaforsamling.se",
    ],
)
def test_local_history_a_shops_address_and_a_choirs_mailbox_are_no_ones_data(
    rules: Engine, text: str
) -> None:
    assert Category.CONFIDENTIAL not in categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Jag bor på Stationsgatan 4, ring mig",
        "Min pappa har cancer och hemtjänsten kommer inte",
        "skriv till erik.svensson@gmail.com",
    ],
)
def test_the_living_and_their_own_mailboxes_stay_personal_data(rules: Engine, text: str) -> None:
    assert Category.CONFIDENTIAL in categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Vi fyller åhörarläktaren på torsdag. Ni ska få se att vi bryr oss!",
        "nu jävlar ska vi krossa dom 💪⚽ VBK VBK",
        "fifa-turneringen?? jag kommer förstöra er alla 😤🎮",
    ],
)
def test_being_shown_and_games_are_no_threat(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize("text", ["ni ska få se, akta er", "jag ska döda alla muslimer ⚽"])
def test_warnings_and_hate_beside_a_ball_stay_crimes(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


def test_asking_whether_the_leaders_photograph_the_children_publishes_nothing(
    rules: Engine,
) -> None:
    text = "Fotar ledarna barnen under aktiviteterna? Vi vill inte att vår son syns på bild."
    assert Category.MEDIA_RIGHTS not in categories(rules, text)


def test_filming_the_neighbour_stays_a_publication(rules: Engine) -> None:
    text = "Filmade grannen när han eldade plast, här är klippet"
    assert Category.MEDIA_RIGHTS in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "det ligger en bomb i matsalen på gymnasiet på onsdag kl 11, stanna hemma 💣 inte skämt",
        "Lägg ut spik på omledningsvägen, det är det enda språk kommunen förstår.",
        "I'd honestly pay someone to throw nails on the road where those kids race.",
        "jag vet var din bil står parkerad",
    ],
)
def test_a_bomb_in_place_road_traps_and_a_known_parking_spot_are_crimes(
    rules: Engine, text: str
) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "vad gör man om det ligger en bomb i trädgården från kriget?",
        "det låg en bomb från andra världskriget i sjön, fick röjas",
        "någon la ut spik på cykelbanan igår, var försiktiga",
        "vi vet var ni står i frågan",
    ],
)
def test_old_bombs_reported_traps_and_a_stance_are_none(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text
