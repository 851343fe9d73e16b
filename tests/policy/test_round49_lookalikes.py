"""What the twenty-first group of whole-test-set writers (new housing areas, polite hidden
violations, animal rights against farmers, parents worried about gangs, emoji commenters, the
rural north, low-paid workers, live-stream chat; round 49) showed the rules: matches in play."""

from __future__ import annotations

import pytest

from kommunvakt.policy.engine import Engine
from tests.policy.conftest import crime


@pytest.mark.parametrize(
    "text",
    [
        "🔥💣 BOMBEN i krysset av Nilsson 🤯 vi krossade dom",
        "vi ska krossa dom i andra perioden 💪 inga fångar",
    ],
)
def test_a_goal_in_the_top_corner_and_a_period_are_a_match(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


def test_a_threat_with_a_half_named_stays_one(rules: Engine) -> None:
    assert crime(rules, "jag ska krossa dig i andra halvlek om du inte håller käften")
