"""Image and film publication: pictures of other people, and pictures that are not one's own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kommunvakt.domain.models import Category, Decision, Event
from kommunvakt.policy.engine import Engine

PHOTO = ({"type": "photo", "url": "https://example.org/p.jpg"},)
VIDEO = ({"type": "video", "url": "https://example.org/v.mp4"},)


def _media(d: Decision) -> dict[str, list[str]]:
    return {
        f.detector: [e.masked for e in f.evidence]
        for f in d.violations
        if f.category is Category.MEDIA_RIGHTS
    }


@pytest.mark.parametrize(
    ("text", "attachments", "detector", "evidence"),
    [
        (
            "Här är en bild på busschauffören som åkte förbi hållplatsen utan att stanna",
            PHOTO,
            "media_rights.people_in_media",
            "bild på busschauffören",
        ),
        (
            "Smygfilmade rektorn när hon skällde ut en elev i korridoren",
            VIDEO,
            "media_rights.people_in_media",
            "Smygfilmade rektorn",
        ),
        (
            "Den här gubben slänger skräp i skogen varje vecka, vet någon vem han är?",
            PHOTO,
            "media_rights.people_in_media",
            "Den här gubben",
        ),
        (
            "Bilder från skolavslutningen, alla eleverna i aulan 🎓",
            PHOTO,
            "media_rights.people_in_media",
            "eleverna",
        ),
        (
            "Dörrkameran fångade honom, föraren syns tydligt när han backar in i staketet",
            VIDEO,
            "media_rights.people_in_media",
            "syns tydligt",
        ),
        (
            "Skärmdump från hans Facebook där han skriver att han struntar i bygglovet",
            PHOTO,
            "media_rights.not_own_media",
            "Skärmdump",
        ),
        (
            "Hittade den här bilden på nätet, så borde torget se ut!",
            PHOTO,
            "media_rights.not_own_media",
            "Hittade den här bilden",
        ),
        (
            "Foto: Anna Berg. Så vackert vid sjön i går",
            PHOTO,
            "media_rights.not_own_media",
            "Foto:",
        ),
        (
            "Jag filmade personalen när de rökte vid staketet, ska jag lägga upp filmen?",
            (),
            "media_rights.people_in_media",
            "filmade personalen",
        ),
    ],
)
def test_pictures_of_people_or_of_others_are_media_rights(
    engine: Engine,
    event: Callable[..., Event],
    text: str,
    attachments: tuple[dict[str, str], ...],
    *,
    detector: str,
    evidence: str,
) -> None:
    found = _media(engine.decide(event(text, attachments=attachments)))
    assert detector in found, found
    assert any(evidence in q for q in found[detector]), found


@pytest.mark.parametrize(
    ("text", "attachments"),
    [
        ("Utsikten från Kullberg i morse 😍", PHOTO),
        ("Hålet i vägen har blivit ännu större, tog bilden i morse", PHOTO),
        ("Lekplatsen är helt förstörd, barnen kan skada sig på spikarna", PHOTO),
        ("Min son på första skoldagen 🎒 så stolt!", PHOTO),
        ("Så här mycket vatten rann det på gatan i natt", VIDEO),
        ("Personalen på förskolan är fantastisk, tack för allt!", ()),
        ("Får man filma personalen på förskolan?", ()),
        ("Jag har skärmdumpat hotet och polisanmält det", ()),
        ("Kolla bilden på grannens nya altan", ({"type": "link", "url": "https://x.se"},)),
    ],
)
def test_own_pictures_of_places_and_text_only_posts_are_not_media_rights(
    engine: Engine,
    event: Callable[..., Event],
    text: str,
    attachments: tuple[dict[str, str], ...],
) -> None:
    assert not _media(engine.decide(event(text, attachments=attachments)))
