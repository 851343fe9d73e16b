"""What fresh writers' ordinary comments (two thirds of round 30: the ones a careless filter
would catch) and their violations showed the rules (learned model off): calls and threats the
rules missed, and self-irony, banter, quoted abuse, pets and public-service talk they flagged."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime, personal_data

PHOTO = ({"type": "photo", "url": "https://example.org/p.jpg"},)
VIDEO = ({"type": "video", "url": "https://example.org/v.mp4"},)


@pytest.mark.parametrize(
    "text",
    [
        # the imperative "häng" with people named in its sentence (a board is people)
        "Häng dem i lyktstolpen utanför kommunhuset, hela socialnämnden.",
        "häng rektorn och hela ledningen",
        # a passive wish of an explosion on a person
        "Den där ordföranden borde sprängas i luften.",
        # fireworks aimed at people, their vehicles or homes
        "nyårsafton: rikta raketerna mot ordningsvakterna vid torget 😂",
        "ska vi skjuta smällare på bussarna ikväll?",
        # sawing through cables to stop a project
        "Såga av kablarna till kameran vid infarten, då slutar de mäta.",
        # drowning wished with a weight
        "Chefen kan ta ett dopp i sjön med en sten runt foten.",
        # a visit announced, with company that is "not nice"
        "Du ska få besök på fredag. Jag tar med några vänner och de är inte snälla.",
    ],
)
def test_calls_and_threats_the_rules_now_find(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "häng med oss på fikat på lördag",
        "Häng dem i fönstret, teckningarna blir så fina där",
        "häng upp dem på tork",
        "Berget vid nya skolan ska sprängas bort i mars",
        "Rikta aldrig raketer mot människor eller hus!",
        "Ungdomarna riktade raketer mot bussen i fjol, hoppas det blir lugnare i år",
        "Någon har sågat av kablarna till masten, polisanmält",
        "Lånet är en sten runt halsen för kommunen",
        "Vi får besök av mormor i helgen, hon är inte särskilt snäll mot katten haha",
        # sport: dying of effort, a score beside the violence
        "Du kommer dö i första backen Anders, den är brutal 😅",
        "vi ska krossa dom på lördag 🔥 3-0 minst",
        # a threat quoted by the one who receives or condemns it
        "Som handläggare får jag höra 'jag vet var du bor' flera gånger om året.",
        "någon skrev 'skolan ska sprängas' på toaletten, rektorn ringde polisen direkt",
    ],
)
def test_look_alikes_are_no_crime(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    ("text", "attachments"),
    [
        # the speaker names themself with the insult
        ("Och jag, idioten, glömde ställa ut kärlet igen 🤦", ()),
        ("Tack vare mig själv, klantskallen som missade skylten, fick kommunen 500 kr", ()),
        ("Nytt försök att försvara min titel som kvarterets största pucko 😂", ()),
        # an insult quoted from what others wrote or sprayed
        ("Ingen ska behöva läsa att de är 'ohyra' här. Välkomna!", ()),
        ("Någon hade sprejat 'idiot' på busskuren, skönt att det är sanerat", ()),
        # a pet after "här är han", a vehicle without its driver, a hole "typ" deep
        ("Här är han, världens snällaste hund 🐕", PHOTO),
        ("Plogbilen körde förbi utan att sänka plogen, bara bilen syns, inte föraren", VIDEO),
        ("Det här hålet är typ 20 cm djupt, la en linjal i", PHOTO),
        # a scam warning uses a sale's words; an association's history is no offer
        ("Varning för annonser där nån hyr ut rum i centrum och vill ha deposition, bluff!", ()),
        ("Föreningen har skött badplatsen i 30 år för nästan inga pengar. Skäms.", ()),
        # a topic named only to say one has heard nothing of it
        ("Vi har inte fått höra något om privatisering, vi flyttar bara ❤️", ()),
        # sharing practical information with those who need it
        ("Sprid gärna till äldre grannar: vattnet är avstängt i morgon 8–12.", ()),
        # asking whether what one heard is true; a prediction
        (
            "Jag har hört att biblioteket ska flytta men aldrig sett något officiellt. Någon som "
            "vet säkert?",
            (),
        ),
        ("Folk kommer dumpa skräp i skogen istället, kom ihåg att jag sa det.", ()),
        # where to turn with one's bill; a permit praised for its speed
        ("Jag har en fråga om min faktura, vilket nummer ringer man?", ()),
        ("Vi fick vårt bygglov på knappt tre veckor. Smidigt och trevligt bemötande!", ()),
    ],
)
def test_everyday_comments_stay_up(
    rules: Engine, text: str, attachments: tuple[dict[str, str], ...]
) -> None:
    found = categories(rules, text, attachments=attachments)
    assert not found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Fråga mig, idiot",
        "Du är inte bättre själv, mongo.",
        "Min granne som är ett pucko har ställt bilen på gräset igen",
    ],
)
def test_insults_at_others_stay_insults(rules: Engine, text: str) -> None:
    assert Category.ABUSIVE in categories(rules, text), text


def test_a_disputed_bill_stays_a_personal_case(rules: Engine) -> None:
    text = "Min faktura för sophämtningen är fel, 900 kr för mycket. Vem ringer man?"
    assert Category.PERSONAL_CASE in categories(rules, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a postal address, whatever stands before it
        ("Tunnan står kvar utanför Björkvägen 14, 186 33 Vallentuna. Hämta den!", "address"),
        # a child's severe allergy with her name and class
        ("Min son Olle i 2A på Hagbyskolan är anafylaktisk mot nötter.", "health"),
    ],
)
def test_personal_data_the_rules_now_find(rules: Engine, text: str, kind: str) -> None:
    assert kind in personal_data(rules, text), text
