"""What the thirty-seventh group of whole-test-set writers (ice fishing and a drowning, a village
store robbed and closed, a school road after an accident, an influencer's giveaways, a pupil's
family facing deportation, an IT outage, a teenagers' party by the lake, wild boar and a hunt
in town; round 65) showed the rules. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime


@pytest.mark.parametrize(
    "text",
    [
        # the passive with "bli", wished
        "Föraren som smet från olyckan borde själv bli påkörd, gärna på samma ställe.",
        "hoppas verkligen att han blir överkörd av sin egen traktor",
        # people named by what they do
        "döda aktivisterna som sabbar jakten",
        "k a s t a  s t e n  p å  j ä g a r n a",
        # names kept, a fall shared, bones promised broken
        "Alla som skrev under ska veta att vi har era namn. Vi kommer ihåg er.",
        "Går firman under så tar jag med mig ett par av er i fallet.",
        "När jag hittar dig bryter jag båda dina ben.",
    ],
)
def test_round_65_threats(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Måste ett barn behöva bli påkört innan ni sätter upp ett farthinder?",
        "Så mörkt vid busshållplatsen att man tror att man ska bli överfallen, eller bli påkörd.",
        "Jägarna sköt två vildsvin vid ridskolan i natt.",
        "Tack alla som ställde upp på städdagen, vi kommer ihåg er till nästa år!",
        "Kommunen har era uppgifter från ansökan, ni behöver inte skicka dem igen.",
        "Folk som skriver att man ska slå rånarna själv: nej. Ring polisen.",
    ],
)
def test_their_lookalikes_are_not(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


def test_a_boar_emoji_before_a_new_sentence_is_no_insult(rules: Engine) -> None:
    text = "viltkameran tog dem i natt 🐗🐗 de är så söta"
    assert Category.ABUSIVE not in categories(rules, text)
    # said to someone addressed, the same emoji still insults
    assert Category.ABUSIVE in categories(rules, "@kalle_99 🐷🐷 du är så äcklig")


def test_counting_oneself_in_is_no_insult(rules: Engine) -> None:
    text = "Ja, jag är en av de där dumma bilisterna som kör för fort ibland. Skärpning."
    assert Category.ABUSIVE not in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Min farfar fick ett samtal från två som sa att de var från hemtjänsten. Varna era äldre!",
        "Min anmälan har nummer 5000-K123456-25 om någon vill hänvisa till samma inbrott.",
    ],
)
def test_impostors_and_police_reports_are_no_personal_cases(rules: Engine, text: str) -> None:
    assert Category.PERSONAL_CASE not in categories(rules, text), text


def test_who_may_apply_passed_on_is_no_rumour(rules: Engine) -> None:
    text = "Alla som går i nian kan söka sommarjobb nu, sprid till kompisarna!"
    assert Category.RUMOR not in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Fritidsledaren Kent är en lat jävla idiot och det vet alla.",
        "Grannen på hörnet är en riktig kärring. Alla vet det.",
    ],
)
def test_an_insult_everyone_is_said_to_know_is_no_rumour(rules: Engine, text: str) -> None:
    found = categories(rules, text)
    assert Category.ABUSIVE in found and Category.RUMOR not in found, text


def test_a_claim_everyone_is_said_to_know_still_is(rules: Engine) -> None:
    # the same words after a claim, not an insult
    text = "Kommunen har redan sålt ängen till en byggfirma, det vet alla i byn."
    assert Category.RUMOR in categories(rules, text)


def test_an_order_number_is_no_case_with_the_municipality(rules: Engine) -> None:
    text = "Beställde en present till farmor, ordernr 5512078833, leverans 3/4. Spännande!"
    assert Category.PERSONAL_CASE not in categories(rules, text)


def test_inviting_others_to_repost_ones_own_video_is_no_media_rights(rules: Engine) -> None:
    video = ({"type": "video", "url": "https://video.example/v.mp4"},)
    own = "min egen film från badplatsen i morse, får ni gärna reposta 😊"
    assert Category.MEDIA_RIGHTS not in categories(rules, own, attachments=video)
    # a repost of someone else's still is
    theirs = "repostar grannens film från badplatsen i morse"
    assert Category.MEDIA_RIGHTS in categories(rules, theirs, attachments=video)
