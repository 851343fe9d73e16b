"""Personal data given in pieces, proved by the rules alone (the learned model is off here): a
birth date in any of the ways Swedes write one beside the last four digits, a mobile number
told in parts with words between them, an identity document's number a few words after the
document, an address beside the news that the home stands empty. Beside each, the look-alike
that is no personal data: dates of meetings, prices, years, case and order numbers, a street
named as a place."""

from __future__ import annotations

import pytest

from kommunvakt.policy.engine import Engine
from tests.policy.conftest import personal_data as kinds


@pytest.mark.parametrize(
    "text",
    [
        # day/month and a year, with or without the century
        "Lånekortet är spärrat. Född 3/5 1986, fyra sista 2187. Vad har jag gjort?",
        "Söker jobbet! Född 19/10-81. Slutsiffror i pnr: 0645.",
        # the month's name, an apostrophe or dash for the century, the year first
        "Kunduppgifter: född 9 mars -95, fyra sista 1416. Fakturan har inte kommit.",
        "vill göra prao på biblioteket, född 2 april 09, sista fyra 3777",
        "Min faktura är fel. Jag är född 1954, 27 februari. Slutsiffrorna 9136.",
        "me born 1966 september 18 and my last number is 3717, please check",
        # an ordinal or a holiday for the day
        "Jag föddes den fjortonde juni 1969. Mina fyra sista siffror: 3828.",
        "Jag är född på nyårsdagen 1960 och slutsiffrorna är 2878, kan ni kolla röstlängden?",
        # other words for the tail, or none when the four digits follow the date closely
        "Mamma f. 1937-11-12, xxxx = 4390. Trygghetslarmet piper hela tiden.",
        "Hej, BankID funkar inte. Född 11 juni 1973. Resten av numret: 5820.",
        "Stod i kön i fjol. Reggad på födelsedatum 581203 och sen 9260. Finns jag kvar?",
        # the tail spelled out, which the digit view turns into digits one by one
        "Född 23 januari 1998. De fyra sista är fem sex två fyra. Kan ni fylla i åt mig?",
        # the last four named as such, where the check digit does not fit: mistyped or not,
        # the writer hands out the end of someone's personnummer
        "Född 3/5 1986, fyra sista 2188. Vad har jag gjort?",
        "Mamma heter Greta, född 9 april 1936, sista fyra 2517. Hon väntar på larmet.",
        "My father, born 2 May 1941, last four 1188, needs a ramp at home.",
    ],
)
def test_a_birth_date_and_the_last_four_are_a_personnummer(rules: Engine, text: str) -> None:
    assert "personnummer" in kinds(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        # a meeting's date and a price; a year of birth and a street number
        "Mötet är 3/5 1986 och kostade 2187 kr, de fyra sista platserna gick åt direkt",
        "Jag är född 1980 och har bott på Lindvägen 1236 i tjugo år",
        # dates in a case with a year for the tail ("ombyggd 1978-1981")
        "Ritningen är ritad 1953-11-04, ombyggd 1978-1981, akten nämner inget personnummer",
        # a date with no word about a birth
        "Konserten 9 mars -95 var den bästa, biljett nummer 1416 har jag kvar",
    ],
)
def test_dates_and_four_digits_that_are_no_personnummer(rules: Engine, text: str) -> None:
    assert "personnummer" not in kinds(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Ring mig gärna. Numret börjar på 072 och sen kommer 61, fortsätter med 40 och slutar "
        "med 5 88",
        "Om någon vill ta en promenad runt sjön, ring mig, Inger heter jag. 073, sen 66, sen 40 "
        "2 18",
        "Den som vill vara med ring mig. 0739. Sen 44. Sen 12. Sen 07. Lotta",
        "Om ni vill sms:a innan så är det Karin, 072, 610, 93, 28",
        "vi samlar ihop skjuts från Hagby, hör av er, noll sju noll och sen 44 29 183",
    ],
)
def test_a_mobile_number_told_in_parts_is_a_phone(rules: Engine, text: str) -> None:
    assert "phone" in kinds(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        # pieces that make no mobile number, or no word about calling
        "Ring och fråga om buss 072, den går 10, sen 40 och sist 5 över",
        "Resultatet blev 0-7, sen 3-1 och 44-12 i sista matchen, ring domaren",
        "Lotterna 0739, 44, 12 och 07 vann, grattis!",
    ],
)
def test_numbers_listed_with_words_between_are_no_phone(rules: Engine, text: str) -> None:
    assert "phone" not in kinds(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "TAPPAT ID-KORT 😭 nummer 74120958, snälla lämna på biblioteket",
        "Mina barn har bara ukrainska pass: FX 418220 och FX 418221. Räcker det för skolan?",
        "HITTAT PLÅNBOK vid Tuna torg med körkort (nr 4418 2903) och busskort",
        "Jag var god man för Abdullah, LMA 19-220471-3, han fyller 18 nu",
        "Jag har uppehållstillståndskort UT 3047719, kan jag ansöka på papper?",
    ],
)
def test_an_identity_documents_number_a_few_words_on(rules: Engine, text: str) -> None:
    assert "id_document" in kinds(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Skicka ditt personnummer och en bild på ditt ID-kort till +44 7700 918 233",
        "Passet kostade 650 kr och kom efter 12 dagar",
        "Körkortet gick ut 2024. Sen dess har jag ansökt två gånger",
        "Jag jobbar pass 3 på förskolan, 12 barn på en vuxen",
    ],
)
def test_documents_without_their_number(rules: Engine, text: str) -> None:
    assert "id_document" not in kinds(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Vi är bortresta hela juli, Lindvägen 3. Behöver vi ändå betala för hämtningen?",
        "Vi åker bort hela påsklovet så ni får gärna gräva framför Ekebyvägen 52",
        "Tomt hos oss hela sportlovet, men Tjäderstigen 3 om ni går förbi",
        "we are in Poland whole July, address Ormstagatan 14, can we stop the bins?",
    ],
)
def test_an_address_beside_an_empty_home_is_the_home(rules: Engine, text: str) -> None:
    assert "address" in kinds(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        # away, but the street is a place: a pothole, a bus stop
        "Vi är bortresta hela juli, men hålet utanför Storgatan 5 måste lagas innan dess",
        # a street number with no one's home in it
        "Parkeringen vid Tingsvägen 12 är full varje morgon",
        "Biblioteket på Allévägen 1 har stängt i sommar, vi är på semester själva",
    ],
)
def test_an_address_that_is_a_place_stays_a_place(rules: Engine, text: str) -> None:
    assert "address" not in kinds(rules, text), text
