"""Loading a municipality's policy: the shipped default, another file, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from kommunvakt.domain.models import Action, Category, Escalation
from kommunvakt.policy.config import PolicyError, load_policy

SHIPPED = Path(__file__).parents[2] / "shared/kommunvakt/policy/data/policies/vallentuna.toml"


def test_default_policy_covers_all_ten_categories_with_policy_md_escalations() -> None:
    policy = load_policy()
    assert set(policy.categories) == set(Category)
    escalations = {c: r.escalation for c, r in policy.categories.items() if r.escalation}
    assert escalations == {
        Category.CONFIDENTIAL: Escalation.SENSITIVE_INFORMATION,
        Category.CRIME: Escalation.POLICE_REPORT,
        Category.PERSONAL_CASE: Escalation.PERSONAL_CASE,
        Category.MEDIA_RIGHTS: Escalation.MEDIA_CONSENT,
    }
    assert policy.categories[Category.CONFIDENTIAL].action is Action.REMOVE
    assert policy.repetition.window_hours == 24
    assert (policy.blocking.removals, policy.blocking.window_days) == (3, 30)
    assert "Kontaktcenter" in policy.reply_templates["personal_case"]


def test_unknown_key_is_named_in_the_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        SHIPPED.read_text(encoding="utf-8").replace("threshold = 0.5", "treshold = 0.5", 1),
        encoding="utf-8",
    )
    with pytest.raises(PolicyError, match=r"categories\.personal_case\.treshold"):
        load_policy(bad)


def test_missing_category_is_named(tmp_path: Path) -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    start = text.index("[categories.rumor]")
    end = text.index("[categories.abusive]")
    bad = tmp_path / "norumor.toml"
    bad.write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.raises(PolicyError, match="missing rumor"):
        load_policy(bad)


def test_bad_action_value_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        SHIPPED.read_text(encoding="utf-8").replace('action = "review"', 'action = "hide"', 1),
        encoding="utf-8",
    )
    with pytest.raises(PolicyError, match=r"categories\.personal_case\.action"):
        load_policy(bad)


def test_missing_file_and_broken_toml_are_clear(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot read policy file"):
        load_policy(tmp_path / "nope.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("municipality = ", encoding="utf-8")
    with pytest.raises(PolicyError, match="not valid TOML"):
        load_policy(broken)


def test_another_municipality_changes_the_decision(tmp_path: Path) -> None:
    """A municipality that only reviews political comments gets review, not remove."""
    from datetime import UTC, datetime

    from kommunvakt.domain.models import Event
    from kommunvakt.policy.engine import Engine

    text = SHIPPED.read_text(encoding="utf-8")
    text = text.replace('municipality = "vallentuna"', 'municipality = "norrsjo"')
    section = text.index("[categories.political]")
    text = text[:section] + text[section:].replace('action = "remove"', 'action = "review"', 1)
    path = tmp_path / "norrsjo.toml"
    path.write_text(text, encoding="utf-8")
    engine = Engine.load(str(path))
    decision = engine.decide(
        Event(
            platform="facebook",
            kind="comment",
            object_id="p1",
            author_id="a",
            created_time=datetime(2025, 9, 1, tzinfo=UTC),
            text="Rösta på Sverigedemokraterna i valet, de enda som vågar!",
        )
    )
    assert decision.policy_version.startswith("norrsjo/")
    assert Category.POLITICAL in decision.categories
    assert decision.action is Action.REVIEW
