"""What the seventeenth group of whole-test-set writers (English-speaking expats, thread
replies, civil defence, dialects, formal elderly writers, people quoting threats they received,
people who swear, lake and outdoor people; round 45) showed the rules."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime


@pytest.mark.parametrize(
    "text",
    [
        "burkinikärringarna på hagby förstör vattnet för oss andra, dränk dom bara",
        "för jag ska dränka dig i Vallentunasjön",
        "riv upp guppen i natt, alla",
        "Kom igen grabbar, i natt krossar vi varenda kamera på stationen.",
        "ikväll slår vi sönder rutorna på kommunhuset",
    ],
)
def test_drowning_pulling_up_and_smashing_tonight_are_crimes(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Det här är krig nu. Vi ska dränka nämnden i överklaganden och skrivelser",
        "Riv upp beslutet om skolan!",
        "Senast i natt krossade nån alla rutor i väntkuren på Tuna torg.",
        "i natt brann en container vid återvinningen",
        "@Johan Ek jag kommer krossa dig i pimpeltävlingen i år, gör dig redo 😤🎣",
        "Herr Berg, formuleringar om att ”ta saken i egna händer” gör ingen nytta.",
    ],
)
def test_paperwork_reports_contests_and_phrases_discussed_are_no_crime(
    rules: Engine, text: str
) -> None:
    assert not crime(rules, text), text


def test_asking_people_not_to_film_children_publishes_nothing(rules: Engine) -> None:
    text = "Snälla, filma inte barn och lägg upp här. Kom på trygghetsvandringen istället."
    assert Category.MEDIA_RIGHTS not in categories(rules, text)


def test_filming_not_only_the_neighbour_is_still_filming(rules: Engine) -> None:
    text = "filmade inte bara grannen utan hela familjen, här är klippet"
    assert Category.MEDIA_RIGHTS in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "keep posting lies about my son and I will find where you live. Karby isnt that big.",
        "jag ska ta reda på var du bor, handläggaren",
    ],
)
def test_finding_out_where_someone_lives_is_a_threat(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "I need to find where the recycling station is",
        "jag ska ta reda på var biblioteket ligger",
    ],
)
def test_finding_out_where_a_place_is_is_none(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


def test_a_memory_card_is_no_party_for_the_model(engine: Engine) -> None:
    assert Category.POLITICAL not in categories(engine, "Köpte ett nytt SD-kort till kameran")


def test_a_party_beside_a_memory_card_stays_political(engine: Engine) -> None:
    assert Category.POLITICAL in categories(engine, "Rösta på SD i höst! Köp ett SD-kort också")


_PHOTO = ({"type": "photo", "url": "https://scontent.xx.fbcdn.net/p1.jpg"},)


@pytest.mark.parametrize(
    "text",
    [
        "I filmed the staff yelling at the kids during outdoor time yesterday.",
        "Took a short video of the residents dancing, so sweet!",
    ],
)
def test_people_filmed_told_in_english_are_media(rules: Engine, text: str) -> None:
    assert Category.MEDIA_RIGHTS in categories(rules, text), text


def test_people_in_the_back_of_an_english_photo_are_media(rules: Engine) -> None:
    text = "sunset swim squad 🔥 random people in the back but whatever lol"
    assert Category.MEDIA_RIGHTS in categories(rules, text, attachments=_PHOTO)


@pytest.mark.parametrize(
    "text",
    [
        "Someone wrote 'no muslims' on the bus shelter. Can you remove it? kids see it",
        "Jag heter Ali och driver Alis Bygg. Vi gör badrum och kök, ring för offert",
    ],
)
def test_kids_who_may_see_it_or_a_firm_someone_runs_are_no_one_in_the_picture(
    rules: Engine, text: str
) -> None:
    assert Category.MEDIA_RIGHTS not in categories(rules, text, attachments=_PHOTO), text


def test_an_order_number_is_no_card(rules: Engine) -> None:
    text = "Ordernumret på bluffsidan var 20240611-88213, om någon har samma kan vi anmäla ihop."
    assert Category.CONFIDENTIAL not in categories(rules, text)


def test_a_card_number_given_stays_personal_data(rules: Engine) -> None:
    assert Category.CONFIDENTIAL in categories(rules, "kortnumret e 4571 2208 9134 6627")


def test_spreading_the_municipalitys_warning_instead_spreads_no_rumour(rules: Engine) -> None:
    text = "Enligt kommunens inlägg är sms:en falska. Sprid hellre kommunens varning än rykten."
    assert Category.RUMOR not in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Skärmdump från kommunens egen sida om tillsynen, för er som frågar om avgiften.",
        "Tog den här bilden från Angarnsjöängen i morse, bara dimma och tranor.",
    ],
)
def test_the_municipalitys_page_or_a_place_photographed_from_is_no_ones_media(
    rules: Engine, text: str
) -> None:
    assert Category.MEDIA_RIGHTS not in categories(rules, text, attachments=_PHOTO), text


@pytest.mark.parametrize(
    "text",
    [
        "Skärmdump från hennes profil, hon skriver att hon hyr ut",
        "screenshot från kommunens gamla sida 2009, alla på rad, credit till den som tog den",
    ],
)
def test_someone_elses_profile_or_a_credited_picture_stays_not_own(
    rules: Engine, text: str
) -> None:
    assert Category.MEDIA_RIGHTS in categories(rules, text, attachments=_PHOTO), text
