"""What the fourteenth group of whole-test-set writers (caps and emoji, a data leak, the
housing queue, Ukrainian refugees and hosts, preschool parents, job applicants, dictated
comments, the neighbouring municipalities; round 42) showed the rules: look-alikes."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime

_PHOTO = ({"type": "photo", "url": "https://scontent.xx.fbcdn.net/p1.jpg"},)


def test_fult_as_is_slang_not_an_insult(rules: Engine) -> None:
    text = "är det bara jag som tycker det är FULT AS 🫣 grått grått grått var är träden"
    assert Category.ABUSIVE not in categories(rules, text)


@pytest.mark.parametrize("text", ["du är ett jävla as", "ditt fula as"])
def test_as_said_of_a_person_stays_an_insult(rules: Engine, text: str) -> None:
    assert Category.ABUSIVE in categories(rules, text), text


def test_a_semi_final_is_a_game(rules: Engine) -> None:
    assert not crime(rules, "Vi kommer döda er i semifinalen på söndag hahaha. Lycka till ändå!")


def test_a_screenshot_of_a_job_ad_on_platsbanken_is_no_one_elses_media(rules: Engine) -> None:
    text = (
        "Skärmdump från annonsen på Platsbanken, där står det 75 % och inte heltid. Vilken gäller?"
    )
    assert Category.MEDIA_RIGHTS not in categories(rules, text, attachments=_PHOTO)


def test_asking_what_to_do_about_a_lost_card_is_no_lost_and_found_notice(rules: Engine) -> None:
    text = "vad gör man om man har tappat bort röst kortet frågetecken kan man rösta ändå"
    assert Category.IRRELEVANT not in categories(rules, text)


def test_a_notice_after_the_question_stays_lost_and_found(rules: Engine) -> None:
    text = "Vad gör man om man hittar en plånbok? Jag hittade en brun plånbok vid Coop idag"
    assert Category.IRRELEVANT in categories(rules, text)
