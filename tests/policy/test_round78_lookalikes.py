"""What the fiftieth group of whole-test-set writers (a housing queue scandal, a summer day camp
handed to a cheaper provider, a clean-up day, a speed bump outside a preschool, moderation on
the municipality's own page, a sauna raft, dialysis transport, a youth centre's rules; round
78) showed the rules. Every sentence here is written for the test."""

from __future__ import annotations

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime, personal_data


def test_crushing_them_at_tug_of_war(rules: Engine) -> None:
    assert not crime(rules, "vi kommer krossa er i dragkampen på lördag 💪")


def test_a_threat_taken_back_at_once(rules: Engine) -> None:
    text = (
        "haha Olle, om du hoppar i utan att basta så dränker jag dig 😂 nej men seriöst, värm upp"
    )
    assert not crime(rules, text)


def test_a_companys_number_on_its_website(rules: Engine) -> None:
    text = "Deras nummer står på hemsidan (08-410 225 00) men ingen svarar."
    assert not personal_data(rules, text)


def test_do_not_share_it(rules: Engine) -> None:
    text = "Någon la upp en adress här, den är borta nu, men sprid det inte vidare."
    assert Category.RUMOR not in categories(rules, text)
    text = "Har ni sett det som sprids om att kommunen mörkar? Jag tycker inte man ska dela sådant."
    assert Category.RUMOR not in categories(rules, text)


def test_hiding_a_comment_is_moderation(rules: Engine) -> None:
    text = "Varje gång ni döljer en kritisk kommentar skriver tre nya. Svara i sak i stället."
    assert Category.RUMOR not in categories(rules, text)
    assert Category.RUMOR in categories(rules, "Kommunen döljer något om vattnet, sprid detta!")


def test_if_it_is_already_decided(rules: Engine) -> None:
    text = "enkäten e ju fejk om ni redan bestämt allt. varför fråga oss efteråt"
    assert Category.RUMOR not in categories(rules, text)
