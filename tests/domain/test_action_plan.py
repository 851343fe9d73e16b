"""The action plan: what a decision does on Facebook and Instagram, per the policy file."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kommunvakt.domain.actions import ActionRules, PlatformAction, plan_actions, single_action
from kommunvakt.domain.models import Action, Category, Decision, Event, EventKind, Platform, Verb
from kommunvakt.policy.config import PolicyError, load_policy, parse_policy

PAGE = "104857600012345"
TEMPLATES = {"personal_case": "Hej! Kontakta Kontaktcenter.", "political": "Hej! Politik ..."}
LIVE = ActionRules(mode="live")


def _event(
    platform: Platform = Platform.FACEBOOK,
    kind: EventKind = EventKind.COMMENT,
    verb: Verb = Verb.ADD,
    by_page: bool = False,
) -> Event:
    return Event(
        platform=platform,
        kind=kind,
        verb=verb,
        object_id="131072000054321_900000000000003",
        post_id=f"{PAGE}_131072000054321",
        page_id=PAGE,
        author_id="2611000000000042",
        created_time=datetime(2025, 3, 3, 8, 15, tzinfo=UTC),
        text="...",
        by_page=by_page,
    )


def _decision(
    action: Action,
    reply: str | None = None,
    block: bool = False,
    category: Category = Category.CRIME,
) -> Decision:
    return Decision(
        categories=(category,),
        action=action,
        reply_template=reply,
        policy_version="test/1",
        block_candidate=block,
    )


def _steps(plan: object) -> list[str]:
    return [s.action.value for s in plan.steps]  # type: ignore[attr-defined]


def test_shipped_policy_is_dry_run_so_nothing_is_sent_by_default() -> None:
    policy = load_policy("vallentuna")
    plan = plan_actions(_event(), _decision(Action.REMOVE), policy.actions, policy.reply_templates)
    assert _steps(plan) == ["hide"]
    assert plan.steps[0].mode == "dry-run"
    assert plan.steps[0].describe(Platform.FACEBOOK).startswith("would hide facebook ")


def test_facebook_threat_is_hidden_and_a_personal_case_gets_the_reply_text() -> None:
    threat = plan_actions(_event(), _decision(Action.REMOVE), LIVE, TEMPLATES)
    assert [(s.action, s.mode) for s in threat.steps] == [(PlatformAction.HIDE, "live")]
    case = plan_actions(_event(), _decision(Action.REVIEW, reply="personal_case"), LIVE, TEMPLATES)
    assert _steps(case) == ["hide", "reply"]
    assert case.steps[1].message == TEMPLATES["personal_case"]  # the text, not the key


def test_instagram_replies_before_hiding_and_never_to_a_reply() -> None:
    top = plan_actions(
        _event(Platform.INSTAGRAM), _decision(Action.REVIEW, reply="personal_case"), LIVE, TEMPLATES
    )
    assert _steps(top) == ["reply", "hide"]
    nested = plan_actions(
        _event(Platform.INSTAGRAM, EventKind.REPLY),
        _decision(Action.REVIEW, reply="personal_case"),
        LIVE,
        TEMPLATES,
    )
    assert _steps(nested) == ["hide"]
    assert nested.needs_person and any("top-level" in n for n in nested.notes)


def test_block_waits_for_a_person_unless_blocking_is_automatic() -> None:
    decision = _decision(Action.REMOVE, block=True)
    manual = plan_actions(_event(), decision, LIVE, TEMPLATES)
    block = manual.steps[-1]
    assert block.action is PlatformAction.BLOCK and block.needs_approval
    assert block.user_id == "2611000000000042" and block.target_id == PAGE
    assert _steps(manual) == ["hide", "block"]
    assert [s.action.value for s in manual.sendable] == ["hide"]
    auto = plan_actions(_event(), decision, LIVE, TEMPLATES, automatic_blocking=True)
    assert [s.action.value for s in auto.sendable] == ["hide", "block"]


def test_instagram_has_no_block_a_person_decides() -> None:
    plan = plan_actions(
        _event(Platform.INSTAGRAM), _decision(Action.REMOVE, block=True), LIVE, TEMPLATES
    )
    assert "block" not in _steps(plan)
    assert plan.needs_person


@pytest.mark.parametrize(
    ("fallback", "expected", "person"), [("delete", ["delete"], False), ("person", [], True)]
)
def test_visitor_post_cannot_be_hidden_so_the_policy_fallback_applies(
    fallback: str, expected: list[str], person: bool
) -> None:
    rules = ActionRules(mode="live", when_hiding_impossible=fallback)
    plan = plan_actions(_event(kind=EventKind.POST), _decision(Action.REMOVE), rules, TEMPLATES)
    assert _steps(plan) == expected
    assert plan.needs_person is person


def test_hide_carries_the_fallback_for_when_meta_refuses() -> None:
    rules = ActionRules(mode="live", when_hiding_impossible="delete")
    plan = plan_actions(_event(), _decision(Action.REMOVE), rules, TEMPLATES)
    assert plan.steps[0].fallback == "delete"


def test_delete_policy_drops_the_reply_that_would_vanish_with_the_comment() -> None:
    rules = ActionRules(mode="live", removal="delete")
    plan = plan_actions(
        _event(),
        _decision(Action.REMOVE, reply="political", category=Category.POLITICAL),
        rules,
        TEMPLATES,
    )
    assert _steps(plan) == ["delete"]


def test_per_action_switch_overrides_the_mode() -> None:
    rules = ActionRules(mode="dry-run", hide="live", reply="off")
    plan = plan_actions(_event(), _decision(Action.REVIEW, reply="personal_case"), rules, TEMPLATES)
    assert [(s.action.value, s.mode) for s in plan.steps] == [("hide", "live")]
    assert any("reply is switched off" in n for n in plan.notes)


@pytest.mark.parametrize("verb", [Verb.HIDE, Verb.UNHIDE, Verb.REMOVE])
def test_our_own_actions_coming_back_plan_nothing(verb: Verb) -> None:
    plan = plan_actions(_event(verb=verb, by_page=True), _decision(Action.REMOVE), LIVE, TEMPLATES)
    assert plan.steps == () and not plan.needs_person


def test_allowed_comment_without_template_plans_nothing() -> None:
    plan = plan_actions(_event(), _decision(Action.ALLOW), LIVE, TEMPLATES)
    assert plan.steps == ()


def test_restore_is_an_unhide_of_the_comment_under_the_switches() -> None:
    step = single_action(_event(), PlatformAction.UNHIDE, LIVE)
    assert step is not None and step.target_id == _event().object_id and step.mode == "live"
    assert single_action(_event(), PlatformAction.UNHIDE, ActionRules(unhide="off")) is None
    assert single_action(_event(Platform.INSTAGRAM), PlatformAction.BLOCK, LIVE) is None


def test_bad_actions_table_names_the_key() -> None:
    text = load_policy_text().replace('mode = "dry-run"', 'mode = "yes"')
    with pytest.raises(PolicyError, match=r"actions\.mode"):
        parse_policy(text, "x.toml")


def load_policy_text() -> str:
    from importlib import resources

    return (
        resources.files("kommunvakt.policy.data")
        .joinpath("policies/vallentuna.toml")
        .read_text(encoding="utf-8")
    )
