"""A matter told as settled long ago is an experience shared with others, not a case the
municipality must handle in public; the same past matter with something still pending is."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import make_event


def case(eng: Engine, text: str) -> bool:
    return Category.PERSONAL_CASE in eng.decide(make_event(text)).categories


@pytest.mark.parametrize(
    "text",
    [
        "Vi överklagade bygglovsbeslutet för några år sen och fick rätt till slut, ge inte upp",
        "Vi ansökte om skolskjuts för tre år sedan och fick nej, men reglerna är reglerna",
    ],
)
def test_a_matter_settled_long_ago_is_no_case(rules: Engine, text: str) -> None:
    assert not case(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Vi överklagade bygglovsbeslutet för två år sen och har fortfarande inte fått svar",
        "Jag ansökte om färdtjänst för ett år sedan och ingen har hört av sig",
    ],
)
def test_a_past_matter_still_pending_is_a_case(rules: Engine, text: str) -> None:
    assert case(rules, text), text
