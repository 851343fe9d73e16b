"""What the eleventh group of whole-test-set writers (second-language writers, an election,
posts featuring women, festivals, people who hang others out, distress and grief, the national
minorities, crime news; round 39) showed the rules (learned model off) before the model was
trained on them: suicide urged on someone, and sexual remarks about a named woman."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Nästa gång du mår så dåligt kan du ju hoppa framför tåget istället för att skriva här.",
        "skär djupare nästa gång då 🙄",
        "gå och häng dig",
        "Sofia får släcka min brand när som helst 😏 undrar vad hon har under uniformen",
        "vilka lår på nummer 9 alltså 😍",
        "Grattis tjejer! Nu tillbaka till köket med er 😘",
        "Rektorn behöver bara bli ordentligt tagen en gång så slutar hon vara så sur",
    ],
)
def test_suicide_urged_and_sexual_remarks_are_abusive(rules: Engine, text: str) -> None:
    assert Category.ABUSIVE in categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Tåget gick inte, jag fick hoppa av vid Ormsta",
        "jag gick tillbaka till köket för att hämta mer kaffe",
        "Skär inte djupare än fem centimeter när ni gräver runt ledningarna",
        "Vilka lärare har ni fått i år?",
    ],
)
def test_look_alikes_are_not_abusive(rules: Engine, text: str) -> None:
    assert Category.ABUSIVE not in categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "ni e så jävla döda om ni flyttar den igen. döda. 🔪🔪",
        "Jag och grabbarna står utanför häktet när han släpps, det kan ni skriva upp.",
        "Beställer redan kransen till dig Lundqvist 🕯️ Vila i frid, det dröjer inte länge nu.",
        "ni som jobbar på socialen borde nog vara lite rädda nu. Förr eller senare gör någon "
        "något åt er",
        "I swear to god if I see her in centrum she will be sorry",
        "Hon borde skickas hem i en likkista. Det är enda sättet dom lär sig.",
    ],
)
def test_round_39_threats_the_rules_find(rules: Engine, text: str) -> None:
    assert Category.CRIME in categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "ja har campat på b-site hela veckan, ni e döda innan rundan börjar 🔫 gg",
        "ni e så döda killar 😂🏒",
        "Vi beställer kransen till begravningen på fredag, det dröjer inte länge nu",
        "Barnen borde inte vara rädda för mörkret",
        "jag dödar för en kanelbulle fredag kl 15 🔪🥐 säger bara det",
    ],
)
def test_round_39_look_alikes_are_no_crime(rules: Engine, text: str) -> None:
    assert Category.CRIME not in categories(rules, text), text
