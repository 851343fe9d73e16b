"""What fresh writers' heated threads (a Pride flag, refugee housing, violence, school
closures, wolves and hunting, taxes) showed the rules (learned model off): threats and calls
the rules missed, and ordinary anger or the municipality's own replies they flagged."""

from __future__ import annotations

import pytest

from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime


@pytest.mark.parametrize(
    "text",
    [
        # "it would be a pity if something happened" to what is someone's, beside their address
        "Hoppas ordföranden trivs i nya villan på Lindholmsvägen 8. Vore ju synd om något "
        "hände med den nu när alla vet var den ligger.",
        # a building wished burnt, worse with people inside
        "Hela kommunhuset borde brinna med konsulterna inne.",
        "Den moskén borde brinna ner.",
        # an address with an elliptic invitation; a mailbox to flood around the clock
        "Han bor på Karbyvägen 31 om polisen är intresserad. Eller om nån annan är det 😏",
        "Hans mejl är mats.lindqvist64@outlook.com och han bor på Hagbyvägen 9. Skicka honom "
        "vad ni tycker dygnet runt så han aldrig får vila.",
        # sabotage with a household substance, called for
        "kan någon fixa lite lim i låsen på Kårsta skola innan bygget drar igång",
        "någon borde hälla socker i tanken på hans bil",
    ],
)
def test_threats_and_calls_the_rules_now_find(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Vore synd om något hände med barnen när det är så halt, sanda gångvägen vid skolan",
        "Skolan ska inte brinna igen, nu sätter vi upp brandlarm",
        "Det gamla brandstationshuset borde rivas, det är ett skräp",
        "Vi bor på Karbyvägen 31, om nån annan är intresserad av att köpa soffan hör av er",
        "Ring kontaktcenter, de svarar dygnet runt",
        "Någon hällde socker i tanken på min moped i natt, polisanmält",
        "Häll lite socker i degen så blir bullarna godare",
        "Allt snack om att ta saken i egna händer förstör för oss som jagar lagligt.",
    ],
)
def test_look_alikes_are_no_crime(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        # the municipality's own domain, spelled with "at" in English, is public
        "Children can have a preschool place while a parent studies, read more at "
        "vallentuna.se/forskola. /Ahmed, Vuxenutbildningen",
        # a request not to film is no film
        "Tänk på att inte filma ungdomarna när ni går runt. Vi ska vara trygga vuxna.",
        # "var" asking where
        "Var finns beslutet? Länken i bion går bara till startsidan",
    ],
)
def test_ordinary_comments_in_heated_threads_stay_up(rules: Engine, text: str) -> None:
    assert not categories(rules, text), text


def test_a_private_mailbox_spelled_with_at_is_still_found(rules: Engine) -> None:
    assert "confidential" in categories(rules, "skriv till kalle.berg at gmail.com så svarar jag")


@pytest.mark.parametrize(
    "text",
    [
        # round 25: a reproach asked as a question, a wish to look something up oneself, a
        # shared experience of a place, the municipality's signed reply
        "Kameror på parkeringarna NU. Hur många bilar ska brinna innan Vallentunahem vaknar?",
        "Vore bra om man kunde kolla själv på nätet om ens sten är märkt.",
        "Lamporna där har varit trasiga sedan i höstas, det vet alla som går där.",
        "Nattvandrarna tar gärna emot fler vuxna. Anmäl dig via nattvandring.nu eller hör av dig "
        "till Kontaktcenter så förmedlar vi kontakten. /Johan, Kontaktcenter",
    ],
)
def test_round25_ordinary_comments_stay_up(rules: Engine, text: str) -> None:
    assert not categories(rules, text), text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Kolla själva, det står i protokollet att de mörkar", "rumor"),
        ("Hemtjänsten ska säljas nästa år. Det vet alla som jobbar där.", "rumor"),
        ("Vår Viggo har hörapparater sen han var liten", "confidential"),
        ("Jag har makuladegeneration och ser nästan ingenting", "confidential"),
    ],
)
def test_round25_the_real_ones_still_count(rules: Engine, text: str, category: str) -> None:
    assert category in categories(rules, text), text


def test_an_institution_with_an_aid_is_no_disclosure(rules: Engine) -> None:
    assert not categories(rules, "Vår förskola har rullstol att låna ut till utflykter")


@pytest.mark.parametrize(
    ("text", "category", "found"),
    [
        # round 26
        (
            "Vi är många som kommer till föräldramötet på tisdag med frågor. Vi ses där.",
            "crime",
            False,
        ),
        ("Vi är många. Vi vet var du bor. Vi ses.", "crime", True),
        (
            "Min granne säger att pensionärer ska få en extra skatt, men det låter konstigt",
            "rumor",
            False,
        ),
        (
            "Röken syntes från Okvista, tog bilden från vår balkong. Bara himlen och röken",
            "media_rights",
            False,
        ),
        (
            "Mitt barnbarn Selma har selektiv mutism och säger knappt ett ord i skolan",
            "confidential",
            True,
        ),
        ("jag skickade läkarintyg om min KOL men fick avslag", "confidential", True),
        ("Hon i Banvägen 14 med den vita Kian ringde in alla klagomål", "confidential", True),
    ],
)
def test_round26_threads(rules: Engine, text: str, category: str, found: bool) -> None:
    assert (category in categories(rules, text)) is found, text


@pytest.mark.parametrize(
    "text",
    [
        # round 28: renting the municipality's own halls, passing the municipality's warning on
        "Vad kostar det att hyra Kulturhusets stora sal en lördag för en förening?",
        "Går det att hyra släp eller container via kommunen?",
        "Jag fick ett falskt bidragsbesked i messenger. Sprid gärna kommunens varning vidare!",
        "Kommunen har gratis simskola för alla barn varje sommar, sprid det istället.",
    ],
)
def test_round28_ordinary_comments_stay_up(rules: Engine, text: str) -> None:
    assert not categories(rules, text), text


def test_looking_for_a_flat_to_rent_is_still_a_private_trade(rules: Engine) -> None:
    assert "irrelevant" in categories(rules, "Söker lägenhet att hyra i Vallentuna, gärna 2 rok")
