"""What the thirteenth group of whole-test-set writers (budget and fees, children on
Instagram, long reply chains, shared links, religious language, hunters and farmers, parents
against social services, e-services and screenshots; round 41) showed the rules: false alarms
on comments that break no rule."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime, personal_data

_PHOTO = ({"type": "photo", "url": "https://scontent.xx.fbcdn.net/p1.jpg"},)


@pytest.mark.parametrize(
    "text",
    [
        # play: a snowball fight, a quiz, a chin-up contest, "jk"
        "@nils_gamer kom nu annars dödar jag dig 😂😂 jk men kom",
        "Göran vi ska slakta er i musikfrågorna i år. Ni har inte en chans 😎",
        "Haha Lasse jag ska krossa dig i chins nästa vecka 💪",
        # a threat quoted to explain the law; a slogan reported to object to it
        "Det är faktiskt olaga hot att skriva ”jag vet var du bor” till någon.",
        "När folk skriver skjut gräv och tig här blir jag så trött.",
        # hanging up on a scammer
        "scam calls are wild here, just hang up folks",
    ],
)
def test_look_alikes_are_no_crime(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    ["jag ska döda dig", "skjut gräv och tig, vargen ska bort", "jag ska slakta dig i morgon"],
)
def test_the_real_thing_stays_crime(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Sura 94:5–6: ”Med svårigheten kommer lättnad.”",
        "det var Mika 4:3 jag tänkte på, svärd till plogbillar",
        "var där 06:00 idag helt tomt, bilden säger allt",
    ],
)
def test_verses_and_times_are_no_address(rules: Engine, text: str) -> None:
    assert "address" not in personal_data(rules, text), text


def test_a_home_by_its_property_designation_stays_one(rules: Engine) -> None:
    assert "address" in personal_data(rules, "vi bor på Kragsta 3:47 och vill ha svar")


@pytest.mark.parametrize(
    "text",
    [
        "SL-appen visar inte de nya tiderna, se skärmdump. Är det bara hos mig?",
        "E-tjänsten ger felkod hela tiden, skärmdump bifogad.",
    ],
)
def test_a_screenshot_of_an_app_is_no_one_elses_media(rules: Engine, text: str) -> None:
    assert Category.MEDIA_RIGHTS not in categories(rules, text, attachments=_PHOTO), text


def test_a_screenshot_of_someones_page_stays_media_rights(rules: Engine) -> None:
    text = "Skärmdump från Jessicas egen sida där hon skryter om hunden"
    assert Category.MEDIA_RIGHTS in categories(rules, text, attachments=_PHOTO)


def test_asking_instead_of_spreading_is_no_rumour(rules: Engine) -> None:
    text = (
        "Nej, det finns inget sådant beslut. Tack för att du frågar istället för att sprida vidare!"
    )
    assert Category.RUMOR not in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Man borde slå sönder knäna på honom.",
        "Hon bor på Bergavägen 7 i Okvista för den som vill knacka på och tacka för höjningen",
        "Han heter Robin Ek och bor på Ormstavägen 14. Gå dit och visa vad vi tycker om såna.",
        "Jag åker dit i kväll med två polare och då blir det inte prat.",
        "vi ska hacka lärarnas konton och ändra betygen",
        "skicka nakenbilderna på henne i gruppchatten annars gör jag det själv",
        "Koppla förbi mätaren som vi gjorde, en rörmokare fixar det svart",
    ],
)
def test_round_41_threats_and_calls_the_rules_find(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "någon har hackat mitt konto, vad gör jag?",
        "Blanketten är inte svårare än så, mer behöver inte sägas",
        "Vi åker dit i kväll med två polare och grillar",
    ],
)
def test_round_41_look_alikes_stay_no_crime(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Om du inte delar detta inom 10 minuter kommer otur att drabba dig i 7 år.",
        "Dela detta till 10 mammor du beundrar så händer något fint 💕 bryt inte kedjan",
        "om du inte kommenterar detta 5 gånger kommer en spöktjej stå vid din säng 👻",
    ],
)
def test_chain_letters_are_irrelevant(rules: Engine, text: str) -> None:
    assert Category.IRRELEVANT in categories(rules, text), text


def test_a_deadline_to_share_news_is_no_chain_letter(rules: Engine) -> None:
    text = "Om du inte delar detta innan fredag missar grannarna infon om stängningen"
    assert Category.IRRELEVANT not in categories(rules, text)
