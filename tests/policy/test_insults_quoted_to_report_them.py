"""A slur or an insult in quotation marks, in a text that reports receiving or seeing it, is
mentioned, not used: the resident telling what was sprayed on a wall or shouted at them is
not the one insulting. The same words said to someone still count."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import make_event

REPORTED = [
    "Någon har sprayat ”bögjävlar” på tunneln vid stationen, kan ni sanera det?",
    "I högstadiet kallades jag ”tattare” varje dag. Tack för att ni lyfter dagen.",
    "Varje vecka får jag mejl som börjar med ”din jävla hora”. Så ser det ut för oss.",
    "Min son fick sms där det stod 'din jävla idiot' från en i klassen, vi har anmält det.",
]

USED = [
    "Du är en ”jävla idiot”, det vet alla.",
    "Din jävla hora, ingen vill ha dig i fullmäktige.",
    "Hon skrev som vanligt, den idioten.",
]


@pytest.mark.parametrize("text", REPORTED)
def test_a_reported_quote_is_not_abusive(rules: Engine, text: str) -> None:
    assert Category.ABUSIVE not in rules.decide(make_event(text)).categories


@pytest.mark.parametrize("text", USED)
def test_an_insult_said_to_someone_is_abusive(rules: Engine, text: str) -> None:
    assert Category.ABUSIVE in rules.decide(make_event(text)).categories
