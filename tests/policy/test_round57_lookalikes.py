"""What the twenty-ninth group of whole-test-set writers (a wind farm, the library, taxis and
the transport service, a boil-water notice, the ice rink, building permits, care homes in an
outbreak, an election debate; round 57) showed the rules. Every sentence here is written for
the test."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime, personal_data


@pytest.mark.parametrize(
    "text",
    [
        "Till dig som stoppade bygget: din son går ju på Hagbyskolan, va? Tänk på dina barn.",
        "Den som ringer kommunen om min altan igen får sitt hus vandaliserat.",
        "Ni tog allt från mig. Nu ska jag förstöra ert liv, ni vet inte när men jag kommer.",
        "gå in ändå och krossa glaset i entrén om de inte låser upp",
        "sk.ju.t hela nä.mn.den",
    ],
)
def test_veiled_threats_of_round_57_are_threats(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "din son går ju på Hagbyskolan va? Han sjöng så fint på avslutningen!",
        "Tänk på dina barn och kör lugnt förbi förskolan",
        "Vi fick vårt förråd vandaliserat i helgen, polisen är underrättad.",
        "jag ska förstöra er i brännboll på lördag 😄",
        "t.ex. bl.a. o.s.v. fr.o.m. måndag gäller nya tider",
    ],
)
def test_their_lookalikes_are_not(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Läs broschyren om altaner, version 2023:2, den ligger på hemsidan.",
        "Myndigheten har en bra sida, ring deras upplysning på 0455-35 30 00.",
    ],
)
def test_a_document_edition_and_an_agencys_line_are_no_personal_data(
    rules: Engine, text: str
) -> None:
    assert Category.CONFIDENTIAL not in categories(rules, text), text


def test_a_property_and_a_private_phone_stay_personal_data(rules: Engine) -> None:
    assert "address" in personal_data(rules, "Vi bor på Okvista 3:12 sen i våras")
    assert "phone" in personal_data(rules, "ring mig på 073-412 55 90 så pratar vi")


@pytest.mark.parametrize(
    "text", ["hör av dig på 07three-5 12 44 0nine", "mitt nr: 07sex 412 88 tre6"]
)
def test_number_words_glued_to_digits_are_read_as_digits(rules: Engine, text: str) -> None:
    assert "phone" in personal_data(rules, text), text


@pytest.mark.parametrize("text", ["vi var 3tre st där", "ses 14fyra? nej 15"])
def test_a_stray_word_beside_a_digit_is_no_number(rules: Engine, text: str) -> None:
    assert Category.CONFIDENTIAL not in categories(rules, text), text
