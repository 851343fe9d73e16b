"""Pictures of people named in other ways (pronouns, roles, groups, crowds, "caught on
camera"), and pictures of places and things, or talk about pictures, that are not."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kommunvakt.domain.models import Category, Event
from kommunvakt.policy.engine import Engine

PHOTO: tuple[dict[str, str], ...] = ({"type": "photo", "url": "https://example.org/p.jpg"},)
VIDEO: tuple[dict[str, str], ...] = ({"type": "video", "url": "https://example.org/v.mp4"},)
TEXT: tuple[dict[str, str], ...] = ()

MUST_FIRE: list[tuple[str, tuple[dict[str, str], ...]]] = [
    ("Här står hen och parkerar på handikapplatsen igen 😡", PHOTO),
    ("Titta på hemtjänstpersonalen som sitter i bilen och röker istället för att jobba", PHOTO),
    ("Kolla vem som dumpar sina trädgårdssäckar i skogen varje helg!", PHOTO),
    ("Mannen i röd jacka slog sönder busskuren igår kväll, känner ni igen honom?", VIDEO),
    ("Så här ser det ut när busschauffören kör mot rött 🚌", VIDEO),
    ("Fångade grannen på bild när han eldade sopor på tomten", PHOTO),
    ("Lärarna på Hagaskolan röker bakom gympasalen, se själva", PHOTO),
    ("Bild från luciafirandet i kyrkan igår, så fina alla barn var ❤️", PHOTO),
    ("Fullsatt på Tuna torg under julmarknaden!!! 🎄", PHOTO),
    ("Ertappad! Tjejen i gula jackan tar en cykel som inte är hennes", VIDEO),
    ("Min dashcam fångade idioten som körde om mig på Arningevägen", VIDEO),
    ("Förskolepersonalen lämnar barnen ensamma på gården, kolla själva", PHOTO),
    ("Ser ni ansiktet på han som stod och skrek på stationen?", VIDEO),
    ("Här är ungdomsgänget som klottrar vid skolan varje kväll", PHOTO),
    ("Vem är den här kvinnan? Hon har stulit paket från trappuppgångar i Ormsta", PHOTO),
    ("Fick med politikerna på bild när de lämnade mötet, ingen ville svara på frågor", PHOTO),
    ("Publiken på gårdagens konsert i parken 🎶", PHOTO),
    ("KOLLA PÅ KILLEN SOM SPARKAR PÅ PAPPERSKORGEN 🤬", VIDEO),
    ("Städpersonalen på äldreboendet i full aktion, de borde skämmas", PHOTO),
    ("Detta är personen som har sprayat på alla elskåp i centrum", PHOTO),
    ("Lånade bilden från en kompis, men så här såg det ut på festivalen", PHOTO),
    ("Bilden kommer från Mitti, så här såg olyckan ut", PHOTO),
    ("Hela fotbollslaget efter finalen 🏆 grattis grabbar!", PHOTO),
    ("filmade snubben som snodde min cykel vid pendeln", VIDEO),
    ("Skolfotografen tog den här på hela klassen, hoppas det är ok att dela", PHOTO),
    ("Kvällens demonstration utanför kommunhuset, massa folk på plats", PHOTO),
    ("Här ser ni exakt vem som inte plockar upp efter sin hund", PHOTO),
    ("Jag filmade busschauffören när han skrek på en pensionär", TEXT),
    ("Lyckades fota tjuven när hon bar ut cyklarna ur förrådet", TEXT),
]

MUST_NOT: list[tuple[str, tuple[dict[str, str], ...]]] = [
    ("Så här ser cykelbanan ut efter plogningen 🙄", PHOTO),
    ("Min trädgård efter stormen, tre träd nere", PHOTO),
    ("Får man filma personalen i skolan om man misstänker mobbning?", TEXT),
    ("Bilden ni lagt ut på skolan är jättefin!", TEXT),
    ("Kan kommunen sätta upp kameror vid återvinningen? Folk dumpar skräp hela tiden", TEXT),
    ("Här är gropen jag pratade om, någon kommer att slå ihjäl sig", PHOTO),
    ("Tack till personalen på förskolan för en fin höst!", TEXT),
    ("Busskuren vid stationen är krossad igen", PHOTO),
    ("Såg ett rådjur i trädgården i morse 🦌", PHOTO),
    ("Översvämningen på Banvägen, tog bilden i morse", PHOTO),
    ("Parkeringen vid vårdcentralen är alltid full, här är en bild från idag", PHOTO),
    ("Skylten har varit trasig i en månad", PHOTO),
    ("Hur gör man för att skicka in bilder till kommunens fototävling?", TEXT),
    ("Jag fotar gärna naturen runt Vallentunasjön, fin höst i år", TEXT),
    ("Isen på sjön ser tjock ut men är det säkert att gå ut?", PHOTO),
    ("Finns filmen från kommunfullmäktige på webben?", TEXT),
    ("Hundrastgården saknar grind, hundarna springer rakt ut på vägen", PHOTO),
    ("Klottret på skolan är tillbaka, någon borde sanera", PHOTO),
    ("Kolla den här solnedgången över Kårsta 😍", PHOTO),
    ("Här är vägen där bussen alltid är sen", PHOTO),
    ("Tog ett foto på skadan på min bil efter gropen, vem ska jag skicka det till?", TEXT),
    ("Vilken fin bild på kyrkan i vinterljuset!", TEXT),
    ("Kommunens nya logga ser ut som en bild från 90-talet", TEXT),
    ("Snöhögarna vid förskolan är två meter höga, barnen kan inte se över dem", PHOTO),
    ("Fotbollsplanen är full av vattenpölar, det går inte att spela", PHOTO),
    ("Polisen filmade inte olyckan, men kan kommunen sätta upp ett räcke där?", TEXT),
    ("Lekplatsen i Ormsta har fått nya gungor, tack!", PHOTO),
]


def _event(make: Callable[..., Event], text: str, att: tuple[dict[str, str], ...]) -> Event:
    kw: dict[str, Any] = {"attachments": att}
    return make(text, **kw)


@pytest.mark.parametrize(("text", "att"), MUST_FIRE)
def test_pictures_of_people_named_in_other_ways_are_media_rights(
    engine: Engine, event: Callable[..., Event], text: str, att: tuple[dict[str, str], ...]
) -> None:
    d = engine.decide(_event(event, text, att))
    found = [f for f in d.violations if f.category is Category.MEDIA_RIGHTS]
    assert found, "media_rights should fire"
    assert all(text[e.start : e.end].strip() for f in found for e in f.evidence)


@pytest.mark.parametrize(("text", "att"), MUST_NOT)
def test_pictures_of_places_and_talk_about_pictures_are_not_media_rights(
    engine: Engine, event: Callable[..., Event], text: str, att: tuple[dict[str, str], ...]
) -> None:
    assert Category.MEDIA_RIGHTS not in engine.decide(_event(event, text, att)).categories
