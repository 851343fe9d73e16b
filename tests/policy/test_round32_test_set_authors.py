"""What six writers each writing a whole test set as one kind of author (a moderator, a
linguist, a journalist, a young Instagram user, a retired resident, a newcomer; round 32)
showed the rules (learned model off) before the model was trained on them."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime


@pytest.mark.parametrize(
    "text",
    [
        # an address held over someone, with a warning
        "Lena Berg. Vi har din adress i Ormsta. Tänk på det innan ni röstar igen.",
        # someone's home and number given, with an invitation to call them
        "Han heter Tomas Ek, bor på Björkvägen 4 och har mobil 073-551 20 48. Ring honom och "
        "fråga själva.",
        # where someone moved, told to them and to everyone
        "Till dig som läser: jag vet att du flyttat till Ekvägen 9. Alla här får gärna veta det "
        "också.",
    ],
)
def test_threats_the_rules_now_find(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Hej! Vi har din adress sedan tidigare, beslutet kommer i brevlådan. /Kontaktcenter",
        "Jag vet att du bor i Karby, vi kan samåka till mötet nästa gång",
        "Ring honom och fråga vad han tycker om planen, han kan det här",
        # a game after "för", a contest with a determiner
        "ses på fredag för fifa, jag kommer förstöra er alla 🔥",
        "Era pumpor är finare än mina 😂 jag ska slå ihjäl dem i en tävling nästa år",
    ],
)
def test_look_alikes_are_no_crime(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    ("text", "attachments"),
    [
        # a tease taken back at once
        ("@kim bro du e ass på padel 😂 nej skämt, ses på söndag", ()),
        # a correction that tells others to check before they share
        (
            "Till er som skriver att siffran är fejk: SCB visar samma sak. Kolla själva innan ni "
            "sprider saker.",
            (),
        ),
        # a statute's number, a question where to find a case's papers
        ("Det regleras i lag 2018:222 om bostadsanpassning, den finns på riksdagens sida.", ()),
        ("Var hittar man protokollet för ärende KS 2025/0318? Jag vill läsa beslutet.", ()),
        # asking for a firm is not the firm's voice
        ("Vet någon om det finns någon som tar uppdrag att skotta åt äldre? Gärna med RUT.", ()),
        # a "bild:" with nothing after it introduces one's own photo
        (
            "hålet vid busshållplatsen e typ 30 cm djupt. bild:",
            ({"type": "photo", "url": "https://example.org/p.jpg"},),
        ),
    ],
)
def test_everyday_comments_stay_up(
    rules: Engine, text: str, attachments: tuple[dict[str, str], ...]
) -> None:
    post = "Nu öppnar padelbanorna och skolan, läs mer om lov, lagar och ärenden på webben."
    found = categories(rules, text, post, attachments)
    assert not found, (text, found)


def test_a_firm_offering_its_work_is_still_an_ad(rules: Engine) -> None:
    text = (
        "Vi på Brottby Snöröjning tar uppdrag hela vintern, RUT-avdrag direkt. Ring 070-123 45 67!"
    )
    assert Category.ADVERTISING in categories(rules, text)
