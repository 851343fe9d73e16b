"""What the forty-ninth group of whole-test-set writers (refugee housing on a football field,
bullying filmed at school, snowmobile trails on the ice, a wedding barn, a politician's
address, a death after missed home-care visits, a trampoline park, a climate plan; round 77)
showed the rules. Every sentence here is written for the test."""

from __future__ import annotations

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime, personal_data


def test_a_fish_promised_a_beating(rules: Engine) -> None:
    assert not crime(rules, "Nästa abborre som släpper kroken ska få stryk, det lovar jag.")
    assert crime(rules, "Nästa person som klottrar här ska få stryk, det lovar jag.")


def test_a_beating_with_questions(rules: Engine) -> None:
    assert not crime(rules, "Jag tänker ge dem en rejäl omgång... med frågor på mötet 😄")
    assert crime(rules, "Jag tänker ge honom en rejäl omgång efter mötet.")


def test_an_authoritys_service_number_to_ask(rules: Engine) -> None:
    text = "Försäkringskassan har 0771-524 524. Ring dem och fråga hur de räknar."
    assert not crime(rules, text)


def test_vigilantes_told_to_deal_with_them_themselves(rules: Engine) -> None:
    text = "Sätt upp bilden på dem vid stationen så alla kan ta hand om dom själva."
    assert crime(rules, text)


def test_the_readers_child_and_when_she_leaves(rules: Engine) -> None:
    text = "Din dotter går på Hagby skola och slutar 13.40 på torsdagar. Tänk på det."
    assert crime(rules, text)
    text = "Din dotter går på Hagby skola och slutar 13.40, då hinner hon med bussen 13.55."
    assert not crime(rules, text)


def test_an_industrial_property_is_no_home(rules: Engine) -> None:
    assert not personal_data(rules, "Lagret står på Kragsta 2:15, en ren industrifastighet.")


def test_nothing_found_on_the_municipalitys_page(rules: Engine) -> None:
    text = (
        "Läste nånstans att båtplatserna ska försvinna men hittar inget på eran sida. Va tycker ni?"
    )
    assert Category.RUMOR not in categories(rules, text)


def test_a_cover_up_claim_not_believed(rules: Engine) -> None:
    text = "Folk skriver att kommunen mörkar olyckorna. Jag tror inte ett ord av det."
    assert Category.RUMOR not in categories(rules, text)


def test_wanting_everyone_to_know_a_fact(rules: Engine) -> None:
    text = (
        "Jag vill att alla vet: någon har satt upp hatiska lappar i tunneln. Polisen är kontaktad."
    )
    assert Category.RUMOR not in categories(rules, text)


def test_when_an_election_was_held(rules: Engine) -> None:
    text = "Valet 2022 hölls 11 september, så hon var vald innan hon flyttade."
    assert Category.POLITICAL not in categories(rules, text)
