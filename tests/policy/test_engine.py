"""How the engine turns detector signals into a decision, with stand-in detectors so the
rules of combination are tested independently of how any detector is tuned."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from kommunvakt.domain.models import Action, Category, Escalation, Event, Verb
from kommunvakt.policy.config import load_policy
from kommunvakt.policy.context import Context
from kommunvakt.policy.detectors.base import Detector, Signal, Span
from kommunvakt.policy.engine import Engine
from kommunvakt.policy.history import InMemoryHistory

T0 = datetime(2025, 9, 1, 12, tzinfo=UTC)


class Fixed(Detector):
    """Fires with a fixed signal when its trigger word is in the text."""

    def __init__(self, category: Category, trigger: str, score: float = 0.9, **span: object):
        self.id = f"test.{category.value}"  # type: ignore[misc]
        self.category = category  # type: ignore[misc]
        self.trigger = trigger
        self.score = score
        self.kind = span.get("kind")
        self.sensitive = bool(span.get("sensitive", False))

    def analyze(self, ctx: Context) -> list[Signal]:
        i = ctx.text.find(self.trigger)
        if i < 0:
            return []
        kind = self.kind if isinstance(self.kind, str) else None
        return [self.signal(self.score, [Span(i, i + len(self.trigger), kind, self.sensitive)])]


def engine_with(*detectors: Detector) -> Engine:
    return Engine(load_policy(), detectors)


def test_strictest_action_wins_and_every_category_is_explained(
    event: Callable[..., Event],
) -> None:
    engine = engine_with(Fixed(Category.PERSONAL_CASE, "ansökan"), Fixed(Category.ABUSIVE, "pucko"))
    d = engine.decide(event("Min ansökan avslogs av en pucko"))
    assert set(d.categories) == {Category.PERSONAL_CASE, Category.ABUSIVE}
    assert d.action is Action.REMOVE  # remove (abusive) beats review (personal case)
    by_cat = {f.category: f for f in d.violations}
    assert by_cat[Category.ABUSIVE].clause == "Olämpliga kommentarer"
    assert by_cat[Category.ABUSIVE].detector == "test.abusive"
    ev = by_cat[Category.ABUSIVE].evidence[0]
    assert "Min ansökan avslogs av en pucko"[ev.start : ev.end] == "pucko"
    assert d.policy_version == "vallentuna/2026-12-08z51"
    assert d.reply_template == "personal_case"
    assert d.escalations == (Escalation.PERSONAL_CASE,)


def test_signal_below_the_threshold_does_not_count(event: Callable[..., Event]) -> None:
    d = engine_with(Fixed(Category.RUMOR, "hört", score=0.3)).decide(event("Jag har hört"))
    assert d.ok and d.action is Action.ALLOW


def test_irrelevant_is_not_added_to_advertising(event: Callable[..., Event]) -> None:
    engine = engine_with(Fixed(Category.ADVERTISING, "rabatt"), Fixed(Category.IRRELEVANT, "soffa"))
    d = engine.decide(event("20% rabatt på varje soffa"))
    assert d.categories == (Category.ADVERTISING,)


def test_company_phone_in_an_ad_is_advertising_but_an_identity_number_still_counts(
    event: Callable[..., Event],
) -> None:
    ad = Fixed(Category.ADVERTISING, "rabatt")
    phone = Fixed(Category.CONFIDENTIAL, "08-123 456", kind="phone", sensitive=True)
    pnr = Fixed(Category.CONFIDENTIAL, "811218-9876", kind="personnummer", sensitive=True)
    engine = engine_with(ad, phone)
    assert engine.decide(event("rabatt! ring 08-123 456")).categories == (Category.ADVERTISING,)
    engine = engine_with(ad, phone, pnr)
    d = engine.decide(event("rabatt! ring 08-123 456, 811218-9876"))
    assert set(d.categories) == {Category.ADVERTISING, Category.CONFIDENTIAL}
    kinds = {
        ev.kind for f in d.violations for ev in f.evidence if f.category is Category.CONFIDENTIAL
    }
    assert kinds == {"personnummer"}


def test_sensitive_evidence_is_masked_but_keeps_its_offsets(event: Callable[..., Event]) -> None:
    text = "Mitt nummer är 811218-9876 tack"
    d = engine_with(
        Fixed(Category.CONFIDENTIAL, "811218-9876", kind="personnummer", sensitive=True)
    ).decide(event(text))
    ev = d.violations[0].evidence[0]
    assert text[ev.start : ev.end] == "811218-9876"
    assert "811218" not in ev.masked and "9876" not in ev.masked
    assert d.escalations == (Escalation.SENSITIVE_INFORMATION,)
    assert d.action is Action.REMOVE


@pytest.mark.parametrize("verb", [Verb.REMOVE, Verb.HIDE, Verb.UNHIDE])
def test_removals_and_moderation_echoes_are_recorded_but_not_judged(
    event: Callable[..., Event], verb: Verb
) -> None:
    d = engine_with(Fixed(Category.ABUSIVE, "pucko")).decide(event("pucko", verb=verb))
    assert d.ok and d.action is Action.ALLOW


def test_the_pages_own_comments_are_not_judged(event: Callable[..., Event]) -> None:
    d = engine_with(Fixed(Category.ABUSIVE, "pucko")).decide(event("pucko", by_page=True))
    assert d.ok


def test_third_removal_within_thirty_days_makes_a_block_candidate(
    event: Callable[..., Event],
) -> None:
    engine = engine_with(Fixed(Category.ABUSIVE, "pucko"))
    history = InMemoryHistory()
    flags = []
    for i, days in enumerate([0, 10, 20, 55, 56, 57]):
        e = event("pucko", object_id=f"c{i}", created_time=T0 + timedelta(days=days))
        d = engine.decide(e, history)
        history.add(e.author_id, engine.history_entry(e, d))
        flags.append(d.block_candidate)
    # Third removal in 30 days (day 20), then the window slides: day 55 has only itself,
    # day 57 has 55 and 56 before it.
    assert flags == [False, False, True, False, False, True]


def test_history_never_keeps_the_text(event: Callable[..., Event]) -> None:
    engine = engine_with()
    e = event("Hemligt: 811218-9876")
    entry = engine.history_entry(e, engine.decide(e))
    assert "811218" not in entry.fingerprint and "Hemligt" not in entry.fingerprint
