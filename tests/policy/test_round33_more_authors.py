"""What six more writers of whole test sets (a parent, a municipal employee off duty, a local
business owner, a rural resident, a political debater, someone typing fast on a phone; round
33) showed the rules (learned model off) before the model was trained on them."""

from __future__ import annotations

import pytest

from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime

PHOTO = ({"type": "photo", "url": "https://example.org/p.jpg"},)
VIDEO = ({"type": "video", "url": "https://example.org/v.mp4"},)


@pytest.mark.parametrize(
    "text",
    [
        # an armed wait where people will pass
        "Höjer ni taxan igen står jag utanför kommunhuset med ett järnrör. not joking",
        # tampering with an election
        "Släng Moderaternas valsedlar i papperskorgen när ingen ser",
        "tips: ta med pass och körkort och rösta på två ställen",
        # containers set on fire, a slur or a group driven out
        "tänd eld på containrarna vid skolan igen 🔥",
        "muslimer ut ur Vallentuna",
        "blattar ut härifrån",
        # a home named with a hint of the night, a hope of safety taken back
        "jag vet att du bor på Ekvägen 3. Kolla brevlådan i natt",
        "Jag hoppas du känner dig trygg på väg hem från jobbet… för det borde du inte",
    ],
)
def test_threats_and_calls_the_rules_now_find(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Vi står vid entrén med ett basebollträ för brännbollen, kom och spela!",
        "Man får inte rösta två gånger, valsedlarna räknas noga",
        "I Kårsta fick folk rösta två gånger utan leg, det måste utredas",
        "barnen kom ut ur bussen alldeles blöta",
        "Kolla brevlådan, kallelsen kom idag",
        "Jag hoppas du känner dig trygg i nya klassen ❤️",
        # shooting with a camera, sinking an argument, a call refused
        "bra! skjut dem med fartkameran bara 📸😂",
        "Jag ska skjuta dom i sank med frågor på frågestunden",
        "Skyddsjakt ska beslutas av länsstyrelsen. Ingen ska ta lagen i egna händer.",
    ],
)
def test_look_alikes_are_no_crime(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


def test_taking_the_law_into_ones_own_hands_is_still_a_call(rules: Engine) -> None:
    assert crime(rules, "Polisen kommer aldrig, vi har inga problem att ta saken i egna händer")


@pytest.mark.parametrize(
    ("text", "attachments"),
    [
        # no one in the picture: a sunset typed without å, before anyone came, said outright
        ("solnedgangen over sjon ikvall 😍", PHOTO),
        ("Tog en bild tidigt i morse innan folk kom, så lugnt!", PHOTO),
        ("Någon har grillat trots förbudet. Ingen person syns men det var varmt.", PHOTO),
        ("Här är hålet som cyklisterna har kört ner i hela hösten", PHOTO),
        ("Är den här typen av skylt ok? Bilden är från vår egen infart.", PHOTO),
        # "kolla själva" beside one's own film asks to look at it
        ("filmade när bussen körde mot rött 💀 kolla själva", VIDEO),
        # a slur someone was called, reported; a rumour doubted; an impression of a decision
        ("Ledsen att någon kallade mina nya kollegor för kackerlackor. Det är anmält.", ()),
        ("min granne sa att banan ska laggas ner men jag tror inte pa det, vet nan?", ()),
        ("Flyttas vallokalen? Det ryktas om det men jag hittar inget på webben.", ()),
        ("ärligt talat känns det som att ni redan bestämt allt 🙃", ()),
    ],
)
def test_everyday_comments_stay_up(
    rules: Engine, text: str, attachments: tuple[dict[str, str], ...]
) -> None:
    post = "Välkommen på öppet samråd om kollektivtrafiken, parkerna och valet i höst!"
    found = categories(rules, text, post, attachments)
    assert not found, (text, found)
