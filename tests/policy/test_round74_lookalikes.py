"""What the forty-sixth group of whole-test-set writers (a village bus line cut, elderly care
menus, a fireworks ban, mosquito spraying, a Pride parade's route, chargers on residential
streets, a boil-water notice, library books in a skip; round 74) showed the rules. Every
sentence here is written for the test."""

from __future__ import annotations

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime


def test_what_not_to_bring_is_no_weapon(rules: Engine) -> None:
    text = "Manifestation på torget på lördag. Ta med skyltar, inga ägg, inga smällare."
    assert not crime(rules, text)
    assert crime(rules, "Manifestation på torget på lördag. Ta med ägg och smällare!")


def test_to_get_to_see_a_show_is_no_warning(rules: Engine) -> None:
    text = "Ni ska få se på en riktig protest på fullmäktige, vi har målat tjugo plakat."
    assert not crime(rules, text)


def test_fireworks_that_came_in_last_year_are_reported(rules: Engine) -> None:
    text = "Det kom smällare in genom fönstret på skolan förra året. Blir det vakter i år?"
    assert not crime(rules, text)


def test_killing_them_with_the_vacuum_cleaner_is_about_insects(rules: Engine) -> None:
    assert not crime(rules, "dödar dem med dammsugaren nu, krig 💀💀")
    assert crime(rules, "jag dödar dem med kniven")


def test_the_next_person_who_says_a_phrase(rules: Engine) -> None:
    assert not crime(rules, "Jag kommer döda nästa person som säger ”det är bara att cykla”.")
    assert crime(rules, "Jag kommer döda nästa person som går förbi mitt hus.")


def test_a_letter_writer_is_no_fool(rules: Engine) -> None:
    text = "Jag tänker skriva insändare. Ni är varnade 😄"
    assert Category.ABUSIVE not in categories(rules, text)


def test_an_act_called_a_crime_that_everyone_knows(rules: Engine) -> None:
    text = "Ingen ska riva affischerna. Det är skadegörelse och det vet alla."
    assert Category.RUMOR not in categories(rules, text)


def test_what_everyone_who_worked_in_a_kitchen_knows(rules: Engine) -> None:
    text = "Maten blir kall på vägen, det vet alla som jobbat i kök."
    assert Category.RUMOR not in categories(rules, text)
    text = "Det vet alla som jobbat på kommunen att chefen mörkar."
    assert Category.RUMOR in categories(rules, text)


def test_someones_claim_quoted_back_to_them(rules: Engine) -> None:
    text = "Lisa, du skriver ”kommunen mörkar att vattnet är förorenat” utan källa. Fel."
    assert Category.RUMOR not in categories(rules, text)


def test_ones_own_map_shared(rules: Engine) -> None:
    text = "Här är en karta över alla laddplatser, gjorde den själv. Sprid gärna!"
    assert Category.RUMOR not in categories(rules, text)
