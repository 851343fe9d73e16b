"""Threats in Swedish word order: the subject after the verb once a clause starts with "så",
"då" or "annars" ("så slår jag ihjäl honom"), the present tense as a promise inside a condition
("nästa gång ... så bränner jag ner"), and death foretold to the reader ("ni kommer att dö")
or wished on a named person ("Kerstin ska dö").
Asserted on the rule detectors alone, so a retrained model cannot hide a regression; beside
each, the everyday sentence with the same words."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import make_event


def threat(eng: Engine, text: str) -> bool:
    d = eng.decide(make_event(text))
    return any(f.category is Category.CRIME for f in d.violations)


@pytest.mark.parametrize(
    "text",
    [
        "Sätter ni upp en bom till vid min infart så slår jag ihjäl handläggaren.",
        "rör ni min katt igen då knivhugger jag er",
        "Nästa gång ni stänger badet så bränner jag ner kommunhuset",
        "Ni har en vecka, annars misshandlar vi handläggaren",
        "Ni i nämnden kommer att dö, allihop.",
        "du ska dö din jävel",
        # death wished on a named person or a person noun, also where the name starts it
        "Kerstin ska dö",
        "Vet ni vad, handläggaren ska fan dö, hör ni det",
        "politikern måste dö",
    ],
)
def test_a_threat_in_swedish_word_order_is_found(rules: Engine, text: str) -> None:
    assert threat(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Om det regnar så skjuter jag upp grillningen till söndag",
        "annars slår vi ihjäl tiden med kortspel i väntsalen",
        "Då åker jag hem och hämtar blanketten",
        "du kommer dö av skratt när du ser revyn",
        "vi kommer alla att dö en dag, men inte av den här maten",
        "Om ni vill så hjälper jag till att bära stolar",
        "Stina kommer att dö om ni inte plogar, hon kommer inte ut",
        "grannen ska dö i den här kylan om ingen hjälper henne",
        "gräset ska dö om ni inte vattnar",
        "Emma ska inte dö, hon ska få vård",
    ],
)
def test_the_same_word_order_in_everyday_sentences_is_no_threat(rules: Engine, text: str) -> None:
    assert not threat(rules, text), text
