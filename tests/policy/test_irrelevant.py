"""Irrelevanta inlägg: off-topic posts, lost-and-found, private trade, chain letters, bare links."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from tests.policy._discourse import covered, decide

IRR = Category.IRRELEVANT
POST = "Nu öppnar vi den nya lekplatsen i Karby! Välkomna på invigning på lördag."


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (
            "Vår hund Bamse har sprungit bort från Karby, svart labrador. Ring om ni ser honom!",
            "hund Bamse har sprungit bort",
        ),
        (
            "Hittade en nyckelknippa vid busshållplatsen, hör av dig så får du tillbaka den.",
            "Hittade en nyckelknippa",
        ),
        ("Säljer barncykel 16 tum, 300 kr, hämtas i Ormsta.", "Säljer barncykel"),
        ("Kopiera och klistra in i din status om du håller med 💕", "Kopiera och klistra"),
        ("Någon som kan tipsa om en bra frisör i Täby?", "tipsa om en bra frisör"),
        ("Heja Djurgården!!! ⚽", "Heja Djurgården"),
    ],
)
def test_irrelevant_fires_with_evidence(text: str, needle: str) -> None:
    d = decide(text, post=POST)
    assert IRR in d.categories
    assert covered(d, text, IRR, needle)


def test_bare_link_fires() -> None:
    text = "https://www.example.com/nyheter/artikel-123"
    d = decide(text, post=POST, links=1)
    assert IRR in d.categories
    assert covered(d, text, IRR, "https://www.example.com/nyheter/artikel-123")


def test_link_attachment_with_only_an_emoji_fires() -> None:
    assert IRR in decide("😮", post=POST, links=1).categories


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("Tack!", 0),
        ("Äntligen! 🎉", 0),
        ("Kommer det finnas korv på invigningen?", 0),
        ("Här är kommunens sida om lekplatsen, där står öppettiderna:", 1),
        ("Fint! Men gungorna i Karby borde bytas ut också.", 0),
        ("Hittade ni någon lösning på parkeringen vid skolan?", 0),
        ("Vem säljer biljetterna till invigningen, kommunen?", 0),
    ],
)
def test_on_topic_comments_do_not_fire(text: str, links: int) -> None:
    assert IRR not in decide(text, post=POST, links=links).categories


def test_irrelevant_is_dropped_when_political() -> None:
    d = decide("Rösta bort sossarna! https://example.org/valet", post=POST, links=1)
    assert Category.POLITICAL in d.categories
    assert IRR not in d.categories


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\ud800 lone surrogate \x00 NUL \u200f RTL \u200b",
        "säljer " * 15_000,
        "jag har hört att " + "a" * 100_000,
        ("Rösta bort grannen! " * 5000) + "https://example.org/" + "x" * 5000,
    ],
)
def test_discourse_detectors_survive_odd_and_huge_text(text: str) -> None:
    import time

    start = time.perf_counter()
    decide(text, post="Sophämtningen ändras " * 100, links=1)
    assert time.perf_counter() - start < 5.0
