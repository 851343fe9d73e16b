"""What the thirty-sixth group of whole-test-set writers (a crematorium, a bikers' club house,
a student protest, a women's shelter, a lake's algae, a bakery during roadworks, the archive
and genealogists, a rural school's closure; round 64) showed the rules. Every sentence here is
written for the test."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime


@pytest.mark.parametrize(
    "text",
    [
        "Om bygget fortsätter kommer förrådet att brinna. Det är ingen önskan, det är ett löfte.",
        "Vi vet var föreningen har sin lokal. Blir intressant att se hur länge den står kvar.",
        "Din sjöbod är byggd i trä och det är så torrt i sommar. Tänk på det.",
        "rektorn borde dränkas i sin egen soppa",
    ],
)
def test_round_64_threats(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Vår nya bastu är byggd i trä, välkomna att prova på lördag!",
        "Undrar hur länge den gamla eken står kvar, den är över 300 år.",
    ],
)
def test_their_lookalikes_are_not(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Hörde på gymmet att simhallen ska stänga i juli. Vilket gäller?",
        "nån sa att bussen ska dras in, ä dä nåt i dä eller?",
        "Sista dag att söka är 31 mars enligt blanketten. Sprid gärna!",
    ],
)
def test_hearsay_asked_about_and_a_deadline_passed_on_are_no_rumours(
    rules: Engine, text: str
) -> None:
    assert Category.RUMOR not in categories(rules, text), text
