"""What the thirty-second group of whole-test-set writers (a heatwave, restaurants and
licences, a scandal at the youth centre, snow and ice, demonstrations on the square, the
open-air bath, EPA tractors and scooters, addiction and recovery; round 60) showed the rules.
Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime, personal_data


@pytest.mark.parametrize(
    "text",
    [
        "Jag är tre år nykter i dag och tackar öppenvården för det.",
        "Som nykter alkoholist vill jag säga att fler platser behövs.",
        "Min kusin sitter på subutexprogrammet och mår bättre nu.",
        "Mamma har överdoserat en gång förut, därför är jag orolig.",
        "Min placering på behandlingshemmet i Karby slutar i mars.",
    ],
)
def test_recovery_told_of_oneself_or_someone_close_is_health_data(rules: Engine, text: str) -> None:
    assert "health" in personal_data(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Ett nyktert och drogfritt firande av skolavslutningen vore fint.",
        "Behandlingshemmet i Karby får nya platser enligt beslutet.",
        "Jag är ren och glad efter bastun 🧖",
    ],
)
def test_talk_of_sobriety_and_treatment_homes_is_not(rules: Engine, text: str) -> None:
    assert "health" not in personal_data(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "kinapuffar i brevlådan hos tjallaren på fredag, vem är med?",
        "Vi vet var du bor. Ett fyrverkeri genom brevlådan kanske hjälper dig att tänka om.",
    ],
)
def test_fireworks_through_a_mailbox_are_a_crime(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Någon stoppade smällare i brevlådan på Hagbyvägen i natt, polisanmält.",
        "Smällare i brevlådor är inte okej, det skrämmer de gamla.",
    ],
)
def test_fireworks_in_a_mailbox_reported_or_objected_to_are_not(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Haha Olle jag ska mörda dig i yatzy på fredag 😂",
        "vi ska krossa dem med kvalitet, bästa bageriet i stan 💪",
        "På ett annat forum uppmanade folk att ta med ägg. Det är inte okej, tänk på barnen.",
    ],
)
def test_games_competition_and_calls_objected_to_are_no_threats(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


def test_bringing_eggs_and_fireworks_to_the_square_stays_a_call(rules: Engine) -> None:
    assert crime(rules, "ta med ägg och smällare till torget ikväll")


@pytest.mark.parametrize(
    "text",
    [
        "'sprid detta' står det i varje inlägg om bygget. Nej tack, jag väntar på kommunen.",
        "Inlägget ovan om att 'de mörkar' är helt fel, jag ringde och fick svar direkt.",
        "det står dnr KS 2025/88 i protokollet om cykelbanan, kolla själva",
    ],
)
def test_quoted_calls_to_share_and_rebutted_claims_are_no_rumours(rules: Engine, text: str) -> None:
    assert Category.RUMOR not in categories(rules, text), text


def test_an_empty_place_photographed_is_no_publication(rules: Engine) -> None:
    text = "Tog en bild i kväll, parken helt tom och fin. Tack till parkarbetarna!"
    photo = ({"type": "photo", "url": "https://scontent.xx.fbcdn.net/p1.jpg"},)
    assert Category.MEDIA_RIGHTS not in categories(rules, text, attachments=photo)
