"""Spam: scams, phishing, fake giveaways and bot comments (repetition: test_repetition.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kommunvakt.domain.models import Category, Event
from kommunvakt.policy.engine import Engine


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Jag tjänar 2500 kr om dagen från soffan 😱 Skicka DM för info!", "tjänar 2500 kr"),
        (
            "Investerade 3000 kr i krypto och fick tillbaka 30 000 kr på en vecka! "
            "Skriv till henne på WhatsApp",
            "krypto",
        ),
        (
            "GRATTIS 🎉 Du har vunnit en gratis iPhone! Klicka på länken: vinst-nu.xyz",
            "Du har vunnit",
        ),
        (
            "Ditt konto kommer att stängas inom 48 timmar. Verifiera ditt konto här: fb-hjalp.help",
            "Verifiera ditt konto",
        ),
        ("Vill du tjäna pengar hemifrån? Inga förkunskaper krävs 💸", "tjäna pengar hemifrån"),
        ("nice pics 😍 check my profile for more 🔥", "check my profile"),
        ("Heta singlar i Vallentuna väntar på dig 💋 klicka här", "Heta singlar"),
    ],
)
def test_scams_are_spam_with_the_formula_as_evidence(
    engine: Engine, event: Callable[..., Event], text: str, evidence: str
) -> None:
    d = engine.decide(event(text))
    finding = next(f for f in d.violations if f.detector == "spam.scam")
    assert any(e.masked == evidence for e in finding.evidence), finding.evidence
    assert Category.IRRELEVANT not in d.categories


@pytest.mark.parametrize(
    "text",
    [
        "Varning! Någon sprider en länk om att man vunnit en iPhone, klicka inte, det är bedrägeri",
        "Min mamma blev lurad av en falsk bankman som ville att hon skulle verifiera sitt konto",
        "Undersköterskor tjänar 27 000 kr i månaden, det är för lite",
        "Kommunen borde investera i cykelbanor istället",
        "Jag jobbar hemifrån två dagar i veckan, skulle gärna se fler pendlarparkeringar",
        "Min son har börjat med bitcoin, någon som vet hur det beskattas?",
        "Vi vann lotteriet på julmarknaden, tack till alla som ordnade!",
    ],
)
def test_warnings_and_everyday_talk_about_money_are_not_spam(
    engine: Engine, event: Callable[..., Event], text: str
) -> None:
    assert Category.SPAM not in engine.decide(event(text)).categories


@pytest.mark.parametrize(
    "text", ["", "\x00\ud800\u202e", "💸" * 5000, "tjäna " * 20_000, "1 000 kr " * 10_000]
)
def test_never_raises_on_odd_or_huge_text(
    engine: Engine, event: Callable[..., Event], text: str
) -> None:
    engine.decide(event(text, attachments=({"type": "photo"},)))
