"""Asking whether something heard is true is checking a rumour, not spreading it — also when it
is typed as people type it ("e det sant", "vet ni nåt om det") or said as "I don't know if it
holds, so I ask here". The same hearsay stated as fact stays a rumour. Rules alone."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import make_event


def rumor(eng: Engine, text: str) -> bool:
    return Category.RUMOR in eng.decide(make_event(text)).categories


@pytest.mark.parametrize(
    "text",
    [
        "någon sa att simhallen ska stänga hela sommaren, e de sant?",
        "Min granne påstår att de ska höja vattentaxan igen. Vet ni nåt om det?",
        "Det sägs att biblioteket ska flytta. Jag vet inte om det stämmer, därför frågar jag här.",
        "hörde att skolbussen ska dras in, eller är det bara snack?",
    ],
)
def test_asking_whether_hearsay_is_true_is_no_rumor(rules: Engine, text: str) -> None:
    assert not rumor(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Det sägs att biblioteket i Kårsta ska flytta och ingen säger något. Sprid!",
        "Min kusin jobbar på kommunen och säger att de ska stänga simhallen i tysthet",
    ],
)
def test_the_same_hearsay_stated_as_fact_is_a_rumor(rules: Engine, text: str) -> None:
    assert rumor(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Min svåger bor i Märsta och säger att man vänjer sig vid tågen efter en vecka",
        "Har hört att det behövs fler kontaktpersoner, jag har tid nu som pensionär",
        "Polisen har sagt länge att föräldrar ska kolla barnens mobiler",
    ],
)
def test_hearsay_of_an_experience_or_advice_is_no_rumor(rules: Engine, text: str) -> None:
    assert not rumor(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Min svåger säger att de ska riva ishallen efter sommaren",
        "Ryktet går att biblioteket i Kårsta flyttar",
        "Jag vet från säker källa att de tänker sälja fotbollsplanen",
    ],
)
def test_hearsay_with_a_claim_or_the_word_rumour_is_a_rumor(rules: Engine, text: str) -> None:
    assert rumor(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Det som sprids om att kommunen mörkar inbrotten stämmer inte, polisen redovisar dem öppet",
        "Räddningstjänsten har bekräftat att branden är släckt, inget farligt kvar",
        "Enligt polisen var det ett bråk utan skador, inget knivhugg",
    ],
)
def test_correcting_a_rumour_with_an_official_source_is_no_rumour(rules: Engine, text: str) -> None:
    assert Category.RUMOR not in rules.decide(make_event(text)).categories, text
