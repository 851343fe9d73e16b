"""What the twenty-third group of whole-test-set writers (roadworks, festivals and nightlife,
blue-light workers, mental health and suicide talk, addiction and harm reduction, summer
visitors, accounts that impersonate the municipality, sex education and trans pupils;
round 51) showed the rules. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime, health

# -- telling someone to kill themselves ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "kys Jonna, ingen orkar med dig",
        "Om du är så trött på allt kan du väl ta livet av dig, Lasse",
        "gå och häng dig i en lyktstolpe din tönt",
        "nobody likes you, kill yourself",
        "gör oss en tjänst och svälj tabletterna allihop",
        "k y s",
    ],
)
def test_telling_someone_to_kill_themselves_is_crime_and_abusive(rules: Engine, text: str) -> None:
    found = categories(rules, text)
    assert {Category.CRIME, Category.ABUSIVE} <= found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Vad betyder kys? Min son fick det i en spelchatt.",
        "Min dotter fick 'ta livet av dig' skrivet till sig, hur anmäler vi det?",
        "Våga fråga rakt ut om någon tänker på att ta livet av sig, det räddar liv.",
        "Barnen skriver kommentarer som ta livet av dig till varandra, prata med dem.",
        "häng dig på du med, vi ses vid badet kl 17",
    ],
)
def test_asking_reporting_and_explaining_the_words_is_not(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


# -- other calls -------------------------------------------------------------------------


def test_a_second_imperative_after_and_is_a_call(rules: Engine) -> None:
    assert crime(rules, "spärra av gatan och sätt fyr på containrarna när polisen kommer")
    assert not crime(rules, "Grannen kom och satte fyr på grillen, sen åt vi")


@pytest.mark.parametrize(
    "text",
    [
        "har hasch billigt, köp av mig vid busshållplatsen, swish funkar",
        "köp kokain av mig, DM för pris",
    ],
)
def test_drugs_offered_for_sale_are_crime(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Det säljs hasch bakom stationen varje kväll, polisen borde kolla",
        "Var köper man gräsfrö till tomten?",
    ],
)
def test_drugs_reported_and_grass_seed_are_not(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


def test_a_fight_promised_after_a_condition_is_a_threat(rules: Engine) -> None:
    assert crime(rules, "Flyttar ni min båt en gång till så blir det slagsmål på bryggan.")


def test_crushing_them_in_the_football_is_a_match(rules: Engine) -> None:
    assert not crime(rules, "Vi ska krossa dom i hockeyn på söndag, heja VHC!")


# -- personal data and the other categories ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jag är hivpositiv och vill veta om tandvården får fråga om det",
        "Vår dotter har gått på sertralin i ett år nu och mår bättre",
    ],
)
def test_hiv_and_a_medicine_one_is_on_are_health_data(rules: Engine, text: str) -> None:
    assert health(rules, text), text


def test_going_to_swimming_school_is_no_treatment(rules: Engine) -> None:
    assert not health(rules, "Vår dotter har gått på simskolan i Ekeby i två år")


def test_a_picture_said_to_have_no_people_in_it_is_fine(engine: Engine) -> None:
    photo = ({"type": "photo", "url": "https://example.invalid/p.jpg"},)
    text = "Fotade scenen efter konserten, inga personer med, bara ljusen och röken."
    assert Category.MEDIA_RIGHTS not in categories(engine, text, attachments=photo)


def test_sharing_the_number_of_a_helpline_is_no_rumour(rules: Engine) -> None:
    text = "Självmordslinjen 90101 svarar dygnet runt. Sprid gärna det numret."
    assert Category.RUMOR not in categories(rules, text)
