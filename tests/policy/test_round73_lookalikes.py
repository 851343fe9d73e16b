"""What the forty-fifth group of whole-test-set writers (a logistics warehouse on farmland, two
schools merged, sports hall times, noise from an outdoor gym, a Christmas market, a shelter for
homeless people, a stolen bronze statue, a crashing fault-reporting app; round 73) showed the
rules. Every sentence here is written for the test."""

from __future__ import annotations

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime, personal_data

_PHOTO = ({"type": "photo", "url": "https://scontent.xx.fbcdn.net/p/bild.jpg"},)


def test_knowing_where_an_office_lives_is_no_threat(rules: Engine) -> None:
    assert not crime(rules, "Jag vet var ni bor, byggnadsnämnden! Svara på mejlen nu.")
    assert crime(rules, "Jag vet var ni bor, ni som skrev under överklagandet.")


def test_a_flood_of_fake_requests_to_take_a_service_down(rules: Engine) -> None:
    text = "Skicka in 5000 fejkade bokningar i kväll, då ligger systemet nere hela helgen."
    assert crime(rules, text)
    assert not crime(rules, "Jag skickade in två felanmälningar i går om samma lampa.")


def test_a_call_someone_else_wrote_is_reported(rules: Engine) -> None:
    text = "I morse skrev någon här att förskolan borde brinna. Anmäl sådant, det är inte okej."
    assert not crime(rules, text)


def test_a_reported_insult_in_quotes(rules: Engine) -> None:
    text = 'Jag blev kallad "gammal kärring" av en förbipasserande i går.'
    assert Category.ABUSIVE not in categories(rules, text)
    assert Category.ABUSIVE in categories(rules, 'Du är en "gammal kärring" och det vet du.')


def test_a_leet_word_cut_by_hyphens(rules: Engine) -> None:
    assert Category.ABUSIVE in categories(rules, "bygglovshandläggaren är en i-d-i-0-t")


def test_when_the_election_is_held_is_no_campaign(rules: Engine) -> None:
    text = "Är valet 2026 den 13 september eller veckan efter?"
    assert Category.POLITICAL not in categories(rules, text)
    assert Category.POLITICAL in categories(rules, "Kom ihåg det i valet 2026!")


def test_in_the_middle_of_an_application_is_no_matter(rules: Engine) -> None:
    text = "Sidan kraschar mitt i ansökan varje gång, har fler det så?"
    assert Category.PERSONAL_CASE not in categories(rules, text)


def test_a_fault_report_about_a_public_place_is_no_matter(rules: Engine) -> None:
    text = "Jag har gjort min anmälan om den trasiga bänken vid badet, tog en minut."
    assert Category.PERSONAL_CASE not in categories(rules, text)
    text = "Min anmälan om bygglovet har legat i sex månader utan svar."
    assert Category.PERSONAL_CASE in categories(rules, text)


def test_blackout_curtains_hide_nothing(rules: Engine) -> None:
    text = "Tips på mörkläggningsgardiner som stänger ute strålkastarna från planen?"
    assert Category.RUMOR not in categories(rules, text)


def test_what_someone_wrote_called_a_crime_is_no_rumour(rules: Engine) -> None:
    text = "Någon skrev att man ska klippa staketet i natt. Det är olagligt, gör det inte."
    assert Category.RUMOR not in categories(rules, text)


def test_knowing_from_a_classroom_is_no_cover_up(rules: Engine) -> None:
    text = "Det hjälper inte med större grupper, det vet alla som har stått i en klassrum."
    assert Category.RUMOR not in categories(rules, text)


def test_the_rumour_in_the_village_and_what_one_was_told(rules: Engine) -> None:
    assert Category.RUMOR in categories(
        rules, "Ryktet i byn är att skolan ska säljas till ett bolag."
    )
    text = "Man har berättat för mig att badet ska stängas redan i vår."
    assert Category.RUMOR in categories(rules, text)
    text = "Ryktet i byn säger att vattnet kommer tillbaka i kväll, men vet inte."
    assert Category.RUMOR not in categories(rules, text)


def test_an_ancient_monuments_number_is_no_home(rules: Engine) -> None:
    assert not personal_data(rules, "Runstenen har RAÄ-nummer Markim 12:1 och står vid kyrkan.")


def test_a_build_number_is_no_identity_number(rules: Engine) -> None:
    assert not personal_data(rules, "Appen (build 20240312.1458) kraschar fortfarande på Android.")
