"""A text without a picture is media_rights only when the poster says they filmed or
photographed someone. Residents who complain that others film them, or ask people to stop,
publish nothing."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import make_event

POSTER_FILMED = [
    "Filmade p-vakten när han skrev lapp på ambulansen, lägger upp ikväll",
    "igår kväll fotade jag grannen när hon tömde sitt skräp i vår container",
    "Jag stod bakom och filmade busschauffören som skrek åt en pensionär",
    "vi smygfilmade läraren hela lektionen haha",
]

OTHERS_FILMED = [
    "Varför får folk stå och filma barnen på badet? Ingen frågade oss föräldrar",
    "Någon okänd man filmade publiken under hela konserten. Vet ni om det?",
    "Snälla ni som filmar luciatåget, fråga innan ni lägger ut andras barn",
    "Vi som kör bussarna blir filmade varje vecka av arga resenärer, det är tröttsamt",
    "Vem tycker det är okej att filma folk i badkläder med drönare?",
    "Får vi föräldrar filma luciatåget i år, eller finns det barn med skyddad identitet?",
    "Om jag fotar en trasig gunga och någon går förbi långt bak, räknas det som bild på folk?",
]


@pytest.mark.parametrize("text", POSTER_FILMED)
def test_saying_one_filmed_someone_is_media_rights(rules: Engine, text: str) -> None:
    assert Category.MEDIA_RIGHTS in rules.decide(make_event(text)).categories


@pytest.mark.parametrize("text", OTHERS_FILMED)
def test_complaining_that_others_film_is_not_media_rights(rules: Engine, text: str) -> None:
    assert Category.MEDIA_RIGHTS not in rules.decide(make_event(text)).categories
