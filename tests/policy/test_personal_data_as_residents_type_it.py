"""Personal data in the forms the round-32 to round-36 writers gave it and the rules (learned
model off) missed: card numbers that fail Luhn, e-mail addresses spelled out with "snabel a" or
"(at)" and a number in words, phone numbers with another hyphen or letters for most digits,
homes named without the words the rules knew ("kom förbi", "vårt kärl", "our house on", a
street typed without å/ä/ö), a property owned — and a resident's own number with a signature,
which is no firm's advertisement."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, personal_data


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # sixteen digits given as a card's, whatever the check digit
        ("Kortnummer 4581 0912 3345 7789, giltigt 08/27. Kan ni lägga in det åt mig?", "financial"),
        ("Jag betalade med kortet 4571 9330 1287 6654 i natt men fick ändå en avgift", "financial"),
        ("his card is in the wallet, the number was 4571 9902 3318 6604 if they ask", "financial"),
        # a bank account introduced in English
        ("Refund to Swedbank clearing 8327-9, account 994 281 337-4 please", "financial"),
        # e-mail addresses spelled out
        ("skicka det till lena punkt holm snabel a hotmail punkt com tack", "email"),
        ("maila mig: ulla punkt sand sjuttiotvå at gmail punkt com", "email"),
        ("Mejla mig på lennart punkt berg sextiotvå (at) gmail punkt com", "email"),
        # a phone number with a non-breaking hyphen, and with letters for most zeros and ones
        ("ring 072\u2011509 61 18 så lånar du den", "phone"),
        ("Nås på O7O-3l2 55 O4 efter sex, ringer inte så bra i ladan", "phone"),
        # homes
        ("Kom förbi Angarnsvägen 9 efter fem så får du kameran", "address"),
        ("den som vill ha dem kan hämta hemma hos mig, Skogsbrynet 7 i Frösunda", "address"),
        ("vi bor pa Hagbyvagen 23 o hela gatan har varit mörk sen fredag", "address"),
        ("Vårt kärl på Granvägen 11 har inte tömts på tre veckor", "address"),
        ("bins at our house on Lindholmsvägen 14 haven't been emptied for weeks", "address"),
        # a property someone owns, and a neighbour placed at one
        ("Vi äger Vallentuna Kragsta 3:47 och ingen har frågat oss om infarten", "address"),
        ("Grannen på Kårsta 4:12 grillar varje kväll på sitt trädäck", "address"),
    ],
)
def test_personal_data_in_residents_forms_is_found(rules: Engine, text: str, kind: str) -> None:
    assert kind in personal_data(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        # sixteen digits with no card beside them; a card word with a short number
        "Ordern har nummer 4581 0912 3345 7789 och kom i går",
        "Presentkortet kostar 450 kr och gäller till 08/27",
        # the municipality's own address spelled out
        "Skriv till kommun snabel a vallentuna punkt se så svarar de",
        # a place, not a home: a stop, a library, a time
        "Busshållplatsen vid Hagbyvagen 23 är trasig igen",
        "Kom förbi biblioteket på Allévägen 1 på lördag, det är sagostund",
        "Matchen mot Kårsta slutade 4:12 efter förlängning",
    ],
)
def test_look_alikes_carry_no_personal_data(rules: Engine, text: str) -> None:
    assert not personal_data(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Jag har en 2:a ledig. Ring mig på 070-614 38 92 efter 18 så pratar vi. /Ulla",
        "Du kan ställa kärlet hos oss, vi bor på Brottby Byväg 31. Ring 076 402 11 58 innan.",
    ],
)
def test_a_residents_own_number_is_confidential_not_an_advert(rules: Engine, text: str) -> None:
    found = categories(rules, text)
    assert Category.CONFIDENTIAL in found, text
    assert Category.ADVERTISING not in found, text


def test_a_firm_that_says_ring_oss_still_advertises(rules: Engine) -> None:
    text = "Ring oss på 070-614 38 92 för en kostnadsfri offert, 20 % rabatt i maj! /Tuna Bygg"
    assert Category.ADVERTISING in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        # grouped as a mobile number is grouped (the digits would also pass as a birth in
        # 2007 with a fitting check digit)
        "Petter har mobil 070-318 44 57 om nån undrar när bussen är tillbaka",
        "MVH Jan-Olov, ring 0703 77 41 25",
    ],
)
def test_a_mobile_number_is_a_phone_number_not_a_personnummer(rules: Engine, text: str) -> None:
    found = personal_data(rules, text)
    assert "phone" in found, text
    assert "personnummer" not in found, text


def test_the_same_digits_written_as_a_personnummer_are_one(rules: Engine) -> None:
    assert "personnummer" in personal_data(rules, "sökte igår men glömde mitt pnr: 070318-4457")


@pytest.mark.parametrize(
    "text",
    [
        "E-tjänsten krånglar så jag skriver här: Ella 180927-1149, vi önskar Karby skola.",
        "mitt personnummer e 891104-5626 om ni behöver det för anmälan, hittar int var man skriver",
    ],
)
def test_an_identity_number_given_with_a_request_is_a_personal_case(
    rules: Engine, text: str
) -> None:
    found = categories(rules, text)
    assert {Category.PERSONAL_CASE, Category.CONFIDENTIAL} <= found, text
