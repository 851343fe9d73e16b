"""What the twentieth group of whole-test-set writers (accessibility, foster care, wind power,
cemeteries, Gen-Z Swenglish, screenshots of conversations, politicians in their role,
special transport; round 48) showed the rules: hearsay put as a question, receipts on screen."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories

_PHOTO = ({"type": "photo", "url": "https://scontent.xx.fbcdn.net/p1.jpg"},)


@pytest.mark.parametrize(
    "text",
    [
        "Hur många verk blir det? Har hört allt från 8 till 30. Kan kommunen förtydliga?",
        "Någon sa att färdtjänsten ska tas bort för alla över 85, det kan väl inte stämma?",
        "Jag läste på en blogg att sjukresorna ska kosta 400 kr från nästa år. Är det påhitt?",
        "1 december?? det är ju jättetidigt, alla vet inte sina planer då 😤",
    ],
)
def test_hearsay_put_as_a_question_is_no_rumour(rules: Engine, text: str) -> None:
    assert Category.RUMOR not in categories(rules, text), text


def test_everyone_knows_stays_a_cover_up_claim(rules: Engine) -> None:
    assert Category.RUMOR in categories(rules, "det blir asylboende där. alla vet")


@pytest.mark.parametrize(
    "text",
    [
        "Gjorde en felanmälan, skärmdumpen visar bara bekräftelsen med ärendenumret.",
        "Fick svar inom två dagar, skärmbild på ert svar om kompostkärl",
        "Skärmdump från krisinformation.se: läckan är lagad och vattnet kommer kl 16.",
    ],
)
def test_a_screenshot_of_a_receipt_or_the_municipalitys_answer_is_no_ones_media(
    rules: Engine, text: str
) -> None:
    assert Category.MEDIA_RIGHTS not in categories(rules, text, attachments=_PHOTO), text


def test_a_screenshot_of_someones_profile_stays_not_own(rules: Engine) -> None:
    text = "Skärmdump från hans profil, kolla vad han skriver om oss"
    assert Category.MEDIA_RIGHTS in categories(rules, text, attachments=_PHOTO)


def test_condolences_and_a_wreath_before_anyone_died_are_a_threat(rules: Engine) -> None:
    text = (
        "Jag beklagar sorgen i förväg till familjen för den tjänsteman som skrev de här "
        "reglerna. Kransen är redan beställd 🕯️⚰️"
    )
    assert Category.CRIME in categories(rules, text)


def test_condolences_after_a_death_are_none(rules: Engine) -> None:
    text = "Jag beklagar sorgen, Eva var en fin människa. Kransen från oss kommer på fredag 🕯️"
    assert Category.CRIME not in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "anmälan till padelkvällen var väl senast 6/6? eller 16/6?",
        "Kommentera JA om du också vill ha en padelbana i Brottby så kanske någon lyssnar!",
    ],
)
def test_padel_in_the_municipalitys_matters_is_on_topic(rules: Engine, text: str) -> None:
    assert Category.IRRELEVANT not in categories(rules, text), text


def test_looking_for_a_fourth_player_stays_off_topic(rules: Engine) -> None:
    text = "nån som vill köra padel torsdag kväll? vi saknar en fjärde 🎾"
    assert Category.IRRELEVANT in categories(rules, text)


def test_a_picture_taken_from_the_cycle_path_is_ones_own(rules: Engine) -> None:
    text = "tog den här från cykelvägen i morse, dimman över panelerna 😍"
    assert Category.MEDIA_RIGHTS not in categories(rules, text, attachments=_PHOTO)


@pytest.mark.parametrize(
    "text",
    [
        "Grannen Kjell Berg har pacemaker och han oroar sig för magnetfälten",
        "Vi har haft Alvin i två år nu, han har FASD och en svår anknytningsstörning",
    ],
)
def test_a_pacemaker_or_fasd_told_of_someone_is_health(rules: Engine, text: str) -> None:
    assert Category.CONFIDENTIAL in categories(rules, text), text


def test_problems_with_alcohol_in_general_disclose_nothing(rules: Engine) -> None:
    text = "Hur många har spelproblem eller alkoholproblem i Sverige egentligen?"
    assert Category.CONFIDENTIAL not in categories(rules, text)
