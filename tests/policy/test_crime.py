"""Brott: threats, incitement, hate speech and doxxing; never hyperbole or reported crimes."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category, Decision, Escalation
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import make_event

CRIME = Category.CRIME
ABUSIVE = Category.ABUSIVE


@pytest.fixture(scope="module")
def eng() -> Engine:
    return Engine.load()


def evidence(d: Decision, text: str) -> list[str]:
    return [text[e.start : e.end] for f in d.violations if f.category is CRIME for e in f.evidence]


def detectors(d: Decision) -> set[str]:
    return {f.detector for f in d.violations if f.category is CRIME}


@pytest.mark.parametrize(
    ("text", "needle", "detector"),
    [
        # direct threats
        ("Jag ska döda dig om du skriver en rad till", "döda dig", "crime.threat"),
        ("Vi kommer att slå ihjäl honom när han kommer ut", "slå ihjäl honom", "crime.threat"),
        ("jag tänker bränna ner ert kontor", "bränna ner ert kontor", "crime.threat"),
        ("Du ska få stryk nästa gång jag ser dig", "få stryk", "crime.threat"),
        # veiled threats
        ("Jag vet var du bor, Kalle", "vet var du bor", "crime.threat"),
        ("Vi vet vilken skola dina barn går på. Tänk på det.", "dina barn går", "crime.threat"),
        ("Passa dig noga, det kommer att smälla", "Passa dig", "crime.threat"),
        (
            "Ni ska få se vad som händer på nästa möte. Jag skämtar inte.",
            "Ni ska få se",
            "crime.threat",
        ),
        ("Du är ett dött kort 🔪", "Du är ett dött kort", "crime.threat"),
        # incitement to violence or vandalism
        ("Någon borde spöa den där handläggaren", "spöa den där handläggaren", "crime.incitement"),
        ("Politikerna borde hängas allihop", "borde hängas", "crime.incitement"),
        ("Slå sönder rutorna på kommunhuset!", "Slå sönder rutorna", "crime.incitement"),
        (
            "Dags att ta saken i egna händer, vi samlas vid torget",
            "ta saken i egna händer",
            "crime.incitement",
        ),
        (
            "Vi är några som tänker riva avspärrningarna i natt, ta med bultsax",
            "riva avspärrningarna",
            "crime.incitement",
        ),
        (
            "Hennes adress är Ängsvägen 3. Sprid så hon får känna på det",
            "så hon får känna på",
            "crime.incitement",
        ),
        # hate speech against groups
        (
            "Alla araber är kackerlackor som borde skickas ut",
            "araber är kackerlackor",
            "crime.hate_speech",
        ),
        ("Ut med romerna, de har inget här att göra", "Ut med romerna", "crime.hate_speech"),
        ("Homosexuella borde utrotas", "borde utrotas", "crime.incitement"),
    ],
)
def test_crimes_fire_with_evidence(eng: Engine, text: str, needle: str, detector: str) -> None:
    d = eng.decide(make_event(text))
    assert CRIME in d.categories
    assert Escalation.POLICE_REPORT in d.escalations
    assert detector in detectors(d)
    assert any(needle in ev or ev in needle for ev in evidence(d, text))


@pytest.mark.parametrize(
    "text",
    [
        # hyperbole
        "Jag skulle kunna mörda fem semlor nu",
        "Vi får skjuta upp mötet till nästa vecka",
        "Jag dör av skratt åt den här tråden",
        "Kan någon döda den här tråden",
        "Vi ska slå Täby i finalen på söndag!",
        "Det här kommer spränga budgeten",
        # reporting a crime that happened
        "Någon har klottrat på skolan i natt, polisen är kontaktad",
        "Ungdomar kastade sten på bussen igår kväll",
        "Jag har polisanmält hotet mot min granne",
        # ordinary warnings and plans
        "Akta dig för isen vid bryggan",
        "Passa på att anmäla er före fredag",
        "Vi tänker ta bort skyltarna efter loppet i kväll",
        "Kommunen borde ta bort farthindren på Storgatan",
        "Bränn inte löv på tomten när det är torrt",
        "Jag vet var det är, bakom biblioteket",
        "Min mamma bor på Björkvägen 4, hon får besök av hemtjänsten varje dag",
        # political, not hate speech
        "Stoppa massinvandringen och sänk skatten",
        "Flyktingar är inte djur, skäms på er",
        "Hur många ensamkommande bor i kommunen?",
    ],
)
def test_hyperbole_reports_and_ordinary_plans_are_not_crime(eng: Engine, text: str) -> None:
    assert CRIME not in eng.decide(make_event(text)).categories


def test_threat_with_zero_width_characters(eng: Engine) -> None:
    text = "jag ska d\u200bö\u200bd\u200ba dig"
    d = eng.decide(make_event(text))
    assert CRIME in d.categories
    assert any(ev.startswith("jag") or "d" in ev for ev in evidence(d, text))


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("v i  s k a  s k j u t a  d i g", "s k j u t a  d i g"),
        ("jag ska h.ä.n.g.a dig i en lyktstolpe", "h.ä.n.g.a dig"),
    ],
)
def test_spelt_out_threats(eng: Engine, text: str, needle: str) -> None:
    d = eng.decide(make_event(text))
    assert CRIME in d.categories
    assert any(needle in ev for ev in evidence(d, text))


def test_detector_survives_hostile_input(eng: Engine) -> None:
    for text in ("", "\x00", "\ud800 döda", "\u202eдоб", "jag ska " * 20000, "🔪" * 5000):
        eng.decide(make_event(text))
