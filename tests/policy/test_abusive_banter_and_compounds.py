"""Friends tease with insult words wrapped in laughter and love; a sneer glued to a role
("politikerpack", "pappersvändare", "kommunikatörsbimbon") is an insult whatever follows."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import make_event

BANTER = [
    "@jonna.k haha din latmask, äntligen klarade du uppkörningen 😂❤️ stolt över dig",
    "Gubbjävel 😂 du sa ju att du inte skulle köpa fler cyklar, grattis kompis",
    "Lisa din gamla kärring 😄 jag hämtar dig halv tio, kram",
]

INSULTS = [
    "Sluta skriva här din idiot, ingen vill läsa ditt skit",
    "Grattis Henrik 😂 du är verkligen en idiot",
    "politikerpack som aldrig behövt vända på en krona",
    "Sex veckor för att en pappersvändare ska flytta en bunt papper.",
    "Kommunikatörsbimbon ler och säger ingenting som vanligt",
]


@pytest.mark.parametrize("text", BANTER)
def test_teasing_between_friends_is_not_abusive(rules: Engine, text: str) -> None:
    assert Category.ABUSIVE not in rules.decide(make_event(text)).categories


@pytest.mark.parametrize("text", INSULTS)
def test_insults_and_role_sneers_are_abusive(rules: Engine, text: str) -> None:
    assert Category.ABUSIVE in rules.decide(make_event(text)).categories
