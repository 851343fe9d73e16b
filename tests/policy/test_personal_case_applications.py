"""Applying for a job or a place and handing over one's own personnummer or mobile number in
the same comment is both a personal case and confidential (POLICY.md); an application without
the data, or a company looking for staff, is neither a case of one person."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import make_event

APPLICATIONS_WITH_DATA = [
    "Jag söker som elevassistent! Linnea Berg 880314-2382, ring 073-512 44 09",
    "Anmäler mig härmed som valarbetare. Omar Saleh, 070-118 52 63, bor i Ormsta.",
    "har sökt till fritids för Alva 150822-4423, när får vi besked?",
]

NO_CASE = [
    "Vi söker fler chaufförer till vintern! Brottby Åkeri, ring 070-412 88 51",
    "söker padelpartner, nybörjare 😅 076 330 14 58",
    "Hur söker man som valarbetare? Vilka dagar gäller det?",
]


@pytest.mark.parametrize("text", APPLICATIONS_WITH_DATA)
def test_an_application_with_ones_own_number_is_a_personal_case(rules: Engine, text: str) -> None:
    cats = rules.decide(make_event(text)).categories
    assert Category.PERSONAL_CASE in cats
    assert Category.CONFIDENTIAL in cats


@pytest.mark.parametrize("text", NO_CASE)
def test_looking_for_someone_or_asking_how_to_apply_is_no_case(rules: Engine, text: str) -> None:
    assert Category.PERSONAL_CASE not in rules.decide(make_event(text)).categories
