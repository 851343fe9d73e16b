"""What the sixteenth group of whole-test-set writers (one-word comments, long comments,
parents of children with special needs, tenants, shop owners, conspiracy readers, the
neighbourhood watch, Instagram photo threads; round 44) showed the rules: look-alikes."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Snälla, sprid inte bilder på folk här. Det är polisens sak.",
        "Tänk på att fråga föräldrarna innan ni lägger upp bilder på barnen från luciatåget.",
        "Vi fotade de platser som kändes mest otrygga: tunneln, parkeringen och stigen.",
    ],
)
def test_asking_not_to_post_or_places_photographed_is_no_ones_media(
    rules: Engine, text: str
) -> None:
    assert Category.MEDIA_RIGHTS not in categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Jag fotade dom när de stod och rökte vid skolan",
        "Filmade de som klottrade i tunneln, här är klippet",
    ],
)
def test_people_photographed_stay_media(rules: Engine, text: str) -> None:
    assert Category.MEDIA_RIGHTS in categories(rules, text), text
