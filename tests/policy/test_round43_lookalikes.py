"""Round 43's look-alikes: rebuttals that quote the rumour they refute, and pictures that say
they show no one."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Till er som skriver att kommunen mörkar proverna: här är provsvaren, läs själva.",
        "Länken om att kommunen tystar ner allt är en anonym blogg utan källor.",
        "Hörde på jobbet att simhallen stänger, men här står det ju att det bara gäller en vecka.",
    ],
)
def test_a_rebuttal_quoting_the_rumour_spreads_nothing(rules: Engine, text: str) -> None:
    assert Category.RUMOR not in categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Kommunen mörkar allt om vattnet, ingen slump att provsvaren aldrig publiceras. Sprid!",
        "Till er som undrar: kommunen mörkar sanningen om skolan, dela innan det tas bort",
    ],
)
def test_the_rumour_itself_stays_one(rules: Engine, text: str) -> None:
    assert Category.RUMOR in categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Tog en bild tidigt i morse innan det kom folk, så fin den blev!",
        "Foto på den nya rampen vid vår entré, utan folk i bild.",
    ],
)
def test_a_picture_said_to_show_no_one_is_no_one_elses_media(rules: Engine, text: str) -> None:
    assert Category.MEDIA_RIGHTS not in categories(rules, text), text


def test_a_picture_of_the_crowd_stays_one(rules: Engine) -> None:
    text = "Här är en bild på kön vid tippen, så mycket folk"
    assert Category.MEDIA_RIGHTS in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "vart står ärendenumret i brevet hittar inte",
        "Fick vårt bygglov förra året på papper, det var ingen skillnad mot nu.",
    ],
)
def test_where_a_number_stands_or_a_permit_long_granted_is_no_case(
    rules: Engine, text: str
) -> None:
    assert Category.PERSONAL_CASE not in categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "vart bygglov har legat hos er i 5 månader nu och ingen svarar",
        "Fick vårt bygglov förra året men fakturan är fortfarande fel, ring mig",
    ],
)
def test_an_own_matter_still_open_stays_a_case(rules: Engine, text: str) -> None:
    assert Category.PERSONAL_CASE in categories(rules, text), text


def test_hiding_a_comment_is_moderation_not_a_cover_up(rules: Engine) -> None:
    text = "Hur länge sparar ni personnummer i kommentarer? Raderas de när ni döljer kommentaren?"
    assert Category.RUMOR not in categories(rules, text)


def test_hiding_the_truth_stays_a_cover_up_claim(rules: Engine) -> None:
    assert Category.RUMOR in categories(rules, "Kommunen döljer sanningen om vattnet, sprid!")


def test_everyone_on_a_drug_is_no_ones_health(rules: Engine) -> None:
    text = "Hur prioriterar hemtjänsten vid snökaos? Får de som har insulin besök först?"
    assert Category.CONFIDENTIAL not in categories(rules, text)


def test_a_named_relative_on_the_drug_stays_health(rules: Engine) -> None:
    assert Category.CONFIDENTIAL in categories(rules, "Får min mamma som har insulin besök först?")
