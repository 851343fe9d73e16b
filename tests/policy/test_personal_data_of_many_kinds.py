"""Personal data in the forms round 27's writers found the rules missing (learned model off):
another country's mobile number given by a resident, a home given as map coordinates, health
told in English or by the drug one takes. Beside each, what is no one's personal data: a scam
bot's number, a car park's coordinates, a drug that is out of stock."""

from __future__ import annotations

import pytest

from kommunvakt.policy.engine import Engine
from tests.policy.conftest import personal_data as kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ring min dotter om appen, hon pratar svenska: +48 601 224 973", "phone"),
        ("Jag heter Zainab och vill öva svenska. Skriv på WhatsApp 00964 770 318 5521", "phone"),
        ("Need a ride every morning, will pay for gas, call me +49 1512 3477810", "phone"),
        ("Kom förbi mig istället 📍59.51021,18.07764 porten e alltid öppen", "address"),
        ("Skickar en pin på vår gård: 59°33'12.4\"N 18°03'51.9\"E", "address"),
        ("Hi, my house is at 59.4980, 18.1205 near Angarn church", "address"),
        ("Is there benches along the trail? I'm 31 weeks pregnant and get dizzy", "health"),
        ("My husband have cancer and stay home all day now", "health"),
        ("Går på Eliquis och får inte lyfta tungt efter operationen", "health"),
        ("hämtar ut elvanse till grabben varje månad", "health"),
    ],
)
def test_personal_data_of_many_kinds_is_found(rules: Engine, text: str, kind: str) -> None:
    assert kind in kinds(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Tack till min mentor Ella som lärde mig trading, 22 000 kr första veckan! +1 315 555 0188",
        "Parkeringen vid stationen: 59.5030,18.0790, gratis efter 18",
        "Temperaturen var 18.5 och luftfuktigheten 59.2 procent",
        "Elvanse är slut på apoteket i centrum igen",
        "Diabetiker tar insulin, det vet väl alla",
        "Thank you for the article. I am also write about marketing",
        "Ordernummer 0046123456, leverans 2025-03-01",
    ],
)
def test_what_is_no_ones_personal_data(rules: Engine, text: str) -> None:
    assert not kinds(rules, text), text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # round 29: a neighbour pointed at, a room of one's home, a home in English
        ("Mannen på Ekebyvägen 17 spelar hög musik varje natt till 3.", True),
        ("Maskinerna börjar 6.15 rakt utanför mitt sovrum på Angarnsvägen 112.", True),
        ("the lady in the pic screamed at my kids. she lives at Körsbärsvägen 15", True),
        ("Mannen på Storgatan 5 i kassan var trevlig", False),
        ("Välkomna till oss på biblioteket, Allévägen 1", False),
    ],
)
def test_homes_pointed_at_round29(rules: Engine, text: str, found: bool) -> None:
    assert ("address" in kinds(rules, text)) is found, text


def test_an_associations_office_number_is_no_private_phone(rules: Engine) -> None:
    text = "Bygdegårdsföreningen har egen bokning, ring deras kansli på 08-511 700 00 på vardagar"
    assert "phone" not in kinds(rules, text)
