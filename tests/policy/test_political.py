"""Politiska diskussioner: campaigning, party attacks and ideology, not questions on decisions."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from tests.policy._discourse import covered, decide

POL = Category.POLITICAL


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("Rösta bort Socialdemokraterna i nästa val!", "Rösta bort"),
        ("Typiskt Moderaterna att skära ner på skolan igen.", "Moderaterna"),
        ("Massinvandringen är orsaken till att vi inte har råd med något.", "Massinvandringen"),
        ("SOSSARNA har förstört den här kommunen", "SOSSARNA"),
        ("Kom ihåg det här när ni röstar 2026. V är de enda som bryr sig.", "när ni röstar"),
        ("Äntligen ordning i ekonomin, fortsätt så M!", "M"),
        ("Vote them out next year, this council is a disgrace", "Vote them out"),
    ],
)
def test_political_fires_with_evidence(text: str, needle: str) -> None:
    d = decide(text)
    assert POL in d.categories
    assert covered(d, text, POL, needle)
    assert d.reply_template == "political"


@pytest.mark.parametrize(
    "text",
    [
        "Vad tyckte Centerpartiet om förslaget?",
        "Bussen stannar vid läge C, inte läge B.",
        "Politikerna fattade ett dåligt beslut om simhallen.",
        "En moderat höjning av taxan är rimlig tycker jag.",
        "Hur bokar man borgerlig vigsel i kommunhuset?",
        "När öppnar förskolan som beslutades i våras?",
        "Kan man vara valarbetare om man är med i ett parti?",
        "Har du ett SD-kort till kameran?",
    ],
)
def test_neutral_mentions_do_not_fire(text: str) -> None:
    assert POL not in decide(text).categories
