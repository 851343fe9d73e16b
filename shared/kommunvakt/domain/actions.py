"""What a decision means on the platform: the ordered Graph API actions for one record.

Pure: the same inputs (event, decision, the policy's `[actions]` rules, its reply templates,
its blocking rule) always give the same plan. Adapters carry the plan out; people override it.

Platform facts the plan follows (../shared/platform-samples/PLATFORMS.md §4):

- Facebook comments are hidden with `is_hidden`, Instagram comments with `hide`.
- A Facebook comment on a visitor's post, or a visitor post itself, cannot be hidden: the
  policy's `when_hiding_impossible` decides (delete, or a person decides).
- Instagram accepts replies only to top-level comments and refuses replies to hidden ones, so
  the reply goes first there. Instagram has no block API.
- A reply to a deleted comment disappears with it, so no reply is planned before a delete.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict

from kommunvakt.domain.models import Action, Decision, Event, EventKind, Platform


class PlatformAction(StrEnum):
    HIDE = "hide"
    UNHIDE = "unhide"
    DELETE = "delete"
    REPLY = "reply"
    BLOCK = "block"
    UNBLOCK = "unblock"

    @property
    def idempotent(self) -> bool:
        """Sending it twice leaves the platform as sending it once (a reply would post twice)."""
        return self is not PlatformAction.REPLY


ActionSwitch = Literal["live", "dry-run", "off"]


class ActionRules(BaseModel):
    """The policy file's `[actions]` table. Safe by default: nothing is sent until the
    municipality sets `mode = "live"` (or switches single actions to "live")."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    mode: Literal["live", "dry-run"] = "dry-run"
    removal: Literal["hide", "delete"] = "hide"
    """What `remove` does on the platform. Hiding can be undone by Kontaktcenter; deleting
    cannot."""
    review: Literal["hide", "none"] = "hide"
    """What `review` does while a person looks at it."""
    when_hiding_impossible: Literal["delete", "person"] = "person"
    hide: ActionSwitch | None = None
    unhide: ActionSwitch | None = None
    delete: ActionSwitch | None = None
    reply: ActionSwitch | None = None
    block: ActionSwitch | None = None
    unblock: ActionSwitch | None = None

    def switch(self, action: PlatformAction) -> ActionSwitch:
        """The per-action switch, falling back to `mode`."""
        own: ActionSwitch | None = getattr(self, action.value)
        return own if own is not None else self.mode


class PlannedAction(BaseModel):
    model_config = ConfigDict(frozen=True)

    action: PlatformAction
    target_id: str
    """The comment or post id; for block/unblock the Page id."""
    mode: Literal["live", "dry-run"]
    user_id: str | None = None
    """For block/unblock: the person (page-scoped id)."""
    message: str | None = None
    """For reply: the text of the policy's reply template."""
    needs_approval: bool = False
    """Block without `blocking.automatic`: waits for a person's approval, never sent alone."""
    fallback: Literal["delete", "person"] | None = None
    """For hide: what to do when the platform answers that it cannot be hidden."""

    def describe(self, platform: Platform) -> str:
        """English one-liner for logs and records (ids only, never text)."""
        verb = "would " + self.action.value if self.mode == "dry-run" else self.action.value
        target = f"user {self.user_id} on page {self.target_id}" if self.user_id else self.target_id
        return f"{verb} {platform.value} {target}"


class ActionPlan(BaseModel):
    model_config = ConfigDict(frozen=True)

    platform: Platform
    object_id: str
    steps: tuple[PlannedAction, ...] = ()
    notes: tuple[str, ...] = ()
    """Why something the decision asks for is not planned (English, ids only)."""
    needs_person: bool = False
    """Part of the decision cannot be carried out automatically: a person must act."""

    @property
    def sendable(self) -> tuple[PlannedAction, ...]:
        """Steps the action function carries out now (blocks awaiting approval wait)."""
        return tuple(s for s in self.steps if not s.needs_approval)


def _hideable(event: Event) -> bool:
    # A visitor's post and, on Facebook, comments that are known to sit under one cannot be
    # hidden. Comments under a visitor post are not recognisable from the webhook; the action
    # step applies the fallback when Meta refuses the hide.
    return not (event.platform is Platform.FACEBOOK and event.kind is EventKind.POST)


def plan_actions(
    event: Event,
    decision: Decision,
    rules: ActionRules,
    reply_templates: dict[str, str],
    *,
    automatic_blocking: bool = False,
) -> ActionPlan:
    """The platform actions a decision asks for, in the order they must be sent."""
    plan_steps: list[PlannedAction] = []
    notes: list[str] = []
    needs_person = False
    if not event.judged:
        # The Page's own posts, replies and our hide/unhide coming back as webhooks.
        return ActionPlan(platform=event.platform, object_id=event.object_id)

    def add(action: PlatformAction, **kwargs: object) -> None:
        switch = rules.switch(action)
        if switch == "off":
            notes.append(f"{action.value} is switched off in the policy")
            return
        plan_steps.append(PlannedAction(action=action, mode=switch, **kwargs))

    removal: PlatformAction | None = None
    if decision.action is Action.REMOVE:
        removal = PlatformAction.DELETE if rules.removal == "delete" else PlatformAction.HIDE
    elif decision.action is Action.REVIEW and rules.review == "hide":
        removal = PlatformAction.HIDE
    if removal is PlatformAction.HIDE and not _hideable(event):
        if rules.when_hiding_impossible == "delete":
            removal = PlatformAction.DELETE
            notes.append("cannot be hidden (visitor post): deleted as the policy says")
        else:
            removal = None
            needs_person = True
            notes.append("cannot be hidden (visitor post): a person decides")

    reply_text = reply_templates.get(decision.reply_template or "")
    reply_ok = bool(reply_text)
    if reply_ok and removal is PlatformAction.DELETE:
        reply_ok = False
        notes.append("no reply: it would disappear with the deleted comment")
    if reply_ok and event.platform is Platform.INSTAGRAM and event.kind is not EventKind.COMMENT:
        reply_ok = False
        needs_person = True
        notes.append("no reply: Instagram accepts replies to top-level comments only")

    def reply() -> None:
        add(PlatformAction.REPLY, target_id=event.object_id, message=reply_text)

    # Instagram refuses replies to hidden comments: reply first. On Facebook the removal is
    # the urgent part (a threat should not stay visible while the reply is posted).
    if reply_ok and event.platform is Platform.INSTAGRAM:
        reply()
    if removal is PlatformAction.HIDE:
        add(PlatformAction.HIDE, target_id=event.object_id, fallback=rules.when_hiding_impossible)
    elif removal is PlatformAction.DELETE:
        add(PlatformAction.DELETE, target_id=event.object_id)
    if reply_ok and event.platform is Platform.FACEBOOK:
        reply()

    if decision.block_candidate:
        if event.platform is Platform.INSTAGRAM:
            needs_person = True
            notes.append("block candidate: Instagram has no block API, a person decides")
        elif event.author_id and event.page_id:
            add(
                PlatformAction.BLOCK,
                target_id=event.page_id,
                user_id=event.author_id,
                needs_approval=not automatic_blocking,
            )
    return ActionPlan(
        platform=event.platform,
        object_id=event.object_id,
        steps=tuple(plan_steps),
        notes=tuple(notes),
        needs_person=needs_person,
    )


def single_action(
    event: Event,
    action: PlatformAction,
    rules: ActionRules,
) -> PlannedAction | None:
    """One action a person asked for (restore → unhide, approve a block, unblock), under the
    policy's switches; None when that action is switched off or impossible."""
    switch = rules.switch(action)
    if switch == "off":
        return None
    if action in (PlatformAction.BLOCK, PlatformAction.UNBLOCK):
        if event.platform is Platform.INSTAGRAM or not (event.author_id and event.page_id):
            return None
        return PlannedAction(
            action=action, target_id=event.page_id, user_id=event.author_id, mode=switch
        )
    return PlannedAction(action=action, target_id=event.object_id, mode=switch)
