"""What a sixth group of whole-test-set writers (a school student, a nurse, a landlord and
tenants, a sports-club volunteer, a resident in a long dispute, the migration debate from both
sides; round 34) showed the rules (learned model off) before the model was trained on them."""

from __future__ import annotations

import pytest

from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime, make_event


@pytest.mark.parametrize(
    "text",
    [
        # a beating unnamed, with a crowd waiting; a break-in called for
        "Kevin i 9a ska få sig efter skolan, vi är typ tio som väntar vid busstorget kl 15",
        "kom vi bryter oss in i ishallen i natt, bakdörren går att bända upp",
        # nothing left to lose, and the way home
        "Jag har ingenting kvar att förlora, tänk på det när ni går hem på kvällarna.",
        # a family's home given with an invitation to go there
        "Familjen Berg bor på Ekebyvägen 14 lgh 1102. Knacka på och fråga hur de har det.",
    ],
)
def test_threats_and_calls_the_rules_now_find(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Någon bröt sig in i simhallen i natt, polisen är där nu",
        "Vi ska inte bryta oss in någonstans, vi väntar på nyckeln",
        "Tänk på halkan när ni går hem på kvällarna",
        "Knacka på och fråga grannen om hon vill ha hjälp med snön",
        # a call reported, and paper wished burnt
        "Någon i en annan grupp skrev att bussen borde brännas. Har anmält det till polisen.",
        "Blanketterna borde brännas allihop, ingen människa förstår dem 🔥",
    ],
)
def test_look_alikes_are_no_crime(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    ("text", "attachments"),
    [
        # "killer" at a skill is praise
        ("sköterskorna är så snabba, de är mördare på att vaccinera 😅", ()),
        ("Hon är en riktig mördare i straffområdet, så förtjänt!", ()),
        # a slur quoted from the thread to ask for moderation
        ('kan ni moderera? det står "blattar blir alltid blattar" här uppe sen tre timmar', ()),
        # asking whether it is true; experience confirming a general point
        ("Hörde att vårdcentralen ska säljas, är det bara snack eller finns det något beslut?", ()),
        ("Man får ett automatsvar och sen händer ingenting. Det vet alla som försökt.", ()),
        # letting one's own house, asked about as a rule
        ("Måste man anmäla till kommunen om man hyr ut sitt fritidshus på sommaren?", ()),
        # a clinic's address; an animal's tracks in one's own photo
        ("Adressen är väl Allévägen 8 vid vårdcentralen? Jag tar med mamma dit.", ()),
        (
            "Är det här spår efter råtta eller sork? Bild från vår kompost.",
            ({"type": "photo", "url": "https://example.org/p.jpg"},),
        ),
    ],
)
def test_everyday_comments_stay_up(
    rules: Engine, text: str, attachments: tuple[dict[str, str], ...]
) -> None:
    post = "Välkommen till vårdcentralens och fritidsförvaltningens öppna hus om hyror och hälsa!"
    found = categories(rules, text, post, attachments)
    assert not found, (text, found)


def test_an_insult_at_a_person_with_a_place_stays_an_insult(rules: Engine) -> None:
    decision = rules.decide(make_event("Du är en mördare i mina ögon, Lasse"))
    assert decision.categories, decision
