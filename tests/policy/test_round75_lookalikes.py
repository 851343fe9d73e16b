"""What the forty-seventh group of whole-test-set writers (a crematorium's chimney, a ban on
caps at school, a car-free square, a clear-cut municipal forest, a mosque's parking, a youth
orchestra's room, a landfill's smell, a heatwave; round 75) showed the rules. Every sentence
here is written for the test."""

from __future__ import annotations

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime, personal_data


def test_coming_with_eggs_and_fireworks(rules: Engine) -> None:
    assert crime(rules, "Kom till invigningen med ägg och smällare, så blir det fest på riktigt.")
    assert not crime(rules, "Kom till invigningen med tårta och ballonger!")


def test_glue_in_the_locks_as_a_tip(rules: Engine) -> None:
    assert crime(rules, "tips till alla: lim i låsen på rektorsexpeditionen på måndag")


def test_a_slogan_painted_on_a_building_tonight(rules: Engine) -> None:
    assert crime(rules, "vi skriver NEJ TILL SKOGSAVVERKNING över hela fasaden i natt, ses 23:30")
    assert not crime(rules, "Vi målar en tavla på väggen i fritidsgården ikväll, alla välkomna")


def test_the_next_one_caught_gets_a_beating(rules: Engine) -> None:
    assert crime(rules, "Nästa klottrare vi hittar får stryk.")
    assert not crime(rules, "Nästa gång vi möter dem får de stryk i matchen, heja VBK!")


def test_to_have_a_beating_promised(rules: Engine) -> None:
    assert crime(rules, "De som tjuvtippar ska ha stryk.")
    assert not crime(rules, "skriv inte att folk ska ha stryk, det hjälper ingen")
    assert not crime(rules, "Vi ska ha en smäll på nyår som vanligt.")


def test_a_call_quoted_and_called_worse_than_useless(rules: Engine) -> None:
    text = "Att skriva att någon borde ge parkeringsvakterna stryk gör bara saken värre."
    assert not crime(rules, text)


def test_an_authoritys_mailbox_is_no_personal_data(rules: Engine) -> None:
    assert not personal_data(rules, "Skriv till stockholm@lansstyrelsen.se, de svarar snabbt.")


def test_the_municipalitys_own_words_cited(rules: Engine) -> None:
    text = (
        "Det påstås här i tråden att det var sabotage. "
        "Kommunen skrev ju själv i går att det var ett rörbrott."
    )
    assert Category.RUMOR not in categories(rules, text)


def test_checking_for_oneself_is_no_cover_up(rules: Engine) -> None:
    text = "Ärendet har nummer 2024-1187 hos länsstyrelsen för den som vill kolla själv."
    assert Category.RUMOR not in categories(rules, text)
