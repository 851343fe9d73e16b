"""Advertising: businesses and organisations promoting themselves, not residents."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kommunvakt.domain.models import Category, Decision, Event
from kommunvakt.policy.engine import Engine


def _ad(d: Decision) -> list[str]:
    """The quoted evidence of the advertising finding (empty when it did not fire)."""
    return [
        text
        for f in d.violations
        if f.category is Category.ADVERTISING
        for text in (e.masked for e in f.evidence)
    ]


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        (
            "Vi på Kårsta Bilvård tvättar din bil för halva priset i november! "
            "Boka tid på karstabilvard.se",
            ["Vi på", "halva priset", "karstabilvard.se"],
        ),
        (
            "Fönsterputs från 499 kr! Ring oss på 070-555 12 34 så kommer vi samma vecka",
            ["från 499 kr", "Ring oss"],
        ),
        (
            "Vill du ha en ny altan före våren? Vi bygger altaner i hela kommunen. "
            "Kontakta oss: info@altanbyggarna.se",
            ["Kontakta oss", "info@altanbyggarna.se"],
        ),
        (
            "Lediga platser på vår dansskola för barn 4–12 år! Anmälan på dansatuna.se",
            ["vår dansskola", "dansatuna.se"],
        ),
        (
            "Öppet hus hos oss på Tuna Möbler på lördag – 30 % på alla soffor! Välkomna!",
            ["hos oss", "30 % på alla"],
        ),
        ("Julbord 595 kr/person 🎄 boka bord via länken i bio", ["boka bord", "länken i bio"]),
        ("Get 25% off your first cleaning! Call us or visit www.nordclean.se", ["Call us"]),
    ],
)
def test_business_promotion_is_advertising_with_the_selling_phrases_as_evidence(
    engine: Engine, event: Callable[..., Event], text: str, evidence: list[str]
) -> None:
    quoted = _ad(engine.decide(event(text)))
    assert quoted, "advertising should fire"
    for phrase in evidence:
        assert any(phrase in q for q in quoted), (phrase, quoted)


def test_a_company_number_in_an_ad_is_advertising_not_personal_data(
    engine: Engine, event: Callable[..., Event]
) -> None:
    d = engine.decide(
        event("Stopp i avloppet? Tuna Rör AB har jour dygnet runt. Ring 08-555 123 45")
    )
    assert d.categories == (Category.ADVERTISING,)


@pytest.mark.parametrize(
    "text",
    [
        "Vet någon var man kan köpa ved i Vallentuna? Helst torr björk",
        "Gå på julmarknaden på lördag, den är jättefin! Glöggen kostar bara 20 kr",
        "Säljer min gamla cykel, 800 kr. Swisha eller kontant, hämtas i Lindholmen",
        "Vi på Ekebyvägen har inte fått sophämtning på två veckor!",
        "Hos oss i Karby har det varit strömavbrott hela morgonen",
        "Tips: affären vid torget har 20 % rabatt på julgranar idag om någon behöver",
        "Varför höjs avgiften från 500 kr till 700 kr? Det är ju 40 % mer!",
        "Jag köpte min julgran på en gård i Brottby, rekommenderas!",
        "Kolla in vallentuna.se för mer info om öppettiderna",
        "Vi har en liten butik i centrum och undrar hur vi ansöker om uteservering?",
        "Ring kommunens växel och felanmäl, det gick snabbt för oss",
    ],
)
def test_residents_talking_about_shops_prices_and_events_are_not_advertising(
    engine: Engine, event: Callable[..., Event], text: str
) -> None:
    assert not _ad(engine.decide(event(text)))


def test_a_scam_is_spam_not_advertising(engine: Engine, event: Callable[..., Event]) -> None:
    d = engine.decide(
        event("Tjäna pengar hemifrån med mobilen! Inga förkunskaper krävs, länk i bio")
    )
    assert Category.SPAM in d.categories
    assert Category.ADVERTISING not in d.categories
