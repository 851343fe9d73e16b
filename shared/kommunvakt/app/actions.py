"""Carry out one record's platform actions: at most once each, every attempt on record.

The ledger of one action (key = the decision's version + the action, plus the override id
for an action a person asked for) is a set of append-only items in the record's partition:

    ACT#<version>#<key>#A#001          attempt 1 claimed (written before the request)
    ACT#<version>#<key>#A#001#answer   what the platform answered to attempt 1
    ACT#<version>#<key>#R              the result: done, dry-run, failed, gone, unknown, ...

Each is a conditional put, so two deliveries of the same message cannot both claim an
attempt, and the result is written once. An action with a result is never sent again. A
claimed attempt without an answer means a worker died mid-request: an idempotent action
(hide, delete, block ...) is simply tried again; a reply is not (it could post twice), its
result becomes `unknown` and a person is told.
"""

from __future__ import annotations

import html
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from kommunvakt.app.messages import ActionMessage
from kommunvakt.app.ports import (
    ActionRefusedError,
    ActionRetryLaterError,
    Mailer,
    OutgoingEmail,
    PlatformActions,
)
from kommunvakt.app.records import ActionItem, ActionRepository, StoredRecord
from kommunvakt.domain.actions import (
    ActionPlan,
    PlannedAction,
    PlatformAction,
    plan_actions,
    single_action,
)
from kommunvakt.domain.models import Platform
from kommunvakt.policy.config import Policy

LEASE = timedelta(minutes=5)
"""An attempt claimed longer ago than this without an answer belongs to a dead worker
(the action function's timeout is far shorter)."""

SWEDISH_ACTIONS = {
    PlatformAction.HIDE: ("dölja", "dold"),
    PlatformAction.UNHIDE: ("visa igen", "visas igen"),
    PlatformAction.DELETE: ("ta bort", "borttagen"),
    PlatformAction.REPLY: ("svara på", "besvarad"),
    PlatformAction.BLOCK: ("blockera skribenten av", "skribenten blockerad"),
    PlatformAction.UNBLOCK: ("häva blockeringen av skribenten av", "blockeringen hävd"),
}


class RecordNotReadyError(RuntimeError):
    """The record is not readable yet (eventual consistency): retry later."""


class ActionBusyError(ActionRetryLaterError):
    """Another delivery holds this action's current attempt: retry later."""


@dataclass(frozen=True)
class StepOutcome:
    action: PlatformAction
    key: str
    outcome: str
    """done, dry-run, failed, gone, unknown, awaiting_approval, already (a result existed)."""
    summary: str
    code: int | None = None


@dataclass
class ActionReport:
    record_id: str
    steps: list[StepOutcome] = field(default_factory=list)

    @property
    def failed(self) -> list[StepOutcome]:
        return [s for s in self.steps if s.outcome in ("failed", "gone", "unknown")]


def plan_for(record: StoredRecord, policy: Policy) -> ActionPlan:
    return plan_actions(
        record.event,
        record.decision,
        policy.actions,
        policy.reply_templates,
        automatic_blocking=policy.blocking.automatic,
    )


class ActionService:
    def __init__(
        self,
        policy: Policy,
        records: ActionRepository,
        platform: PlatformActions,
        alerts: Mailer | None = None,
        *,
        sender: str = "",
        admins: Sequence[str] = (),
        review_url: str = "",
    ) -> None:
        self.policy = policy
        self.records = records
        self.platform = platform
        self.alerts = alerts
        self.sender = sender
        self.admins = tuple(admins)
        self.review_url = review_url

    def handle(self, msg: ActionMessage) -> ActionReport:
        record = self.records.get(msg.record_pk, msg.record_sk)
        if record is None:
            raise RecordNotReadyError("record not found")
        report = ActionReport(record.record_id)
        if msg.override_id and msg.action:
            step = single_action(record.event, msg.action, self.policy.actions)
            if step is not None:
                key = f"{msg.action.value}#{msg.override_id}"
                report.steps.append(self._carry_out(record, step, key))
            return report
        plan = plan_for(record, self.policy)
        for step in plan.steps:
            outcome = self._carry_out(record, step, step.action.value)
            report.steps.append(outcome)
            if outcome.outcome == "fallback-delete":
                delete = step.model_copy(update={"action": PlatformAction.DELETE, "fallback": None})
                report.steps.append(self._carry_out(record, delete, "delete"))
        return report

    # --- one action ---------------------------------------------------------------------

    def _carry_out(self, record: StoredRecord, step: PlannedAction, key: str) -> StepOutcome:
        version = record.sk.removeprefix("V#")
        platform = record.event.platform
        summary = step.describe(platform)
        items = self.records.action_items(record.pk, version, key)
        result = next((i for i in items if i.kind == "result"), None)
        if result is not None:
            return StepOutcome(step.action, key, "already", str(result.data.get("summary", "")))
        now = datetime.now(UTC)
        base: dict[str, Any] = {
            "action": step.action.value,
            "target": step.target_id,
            "mode": step.mode,
        }
        if step.user_id:
            base["user"] = step.user_id
        if step.mode == "dry-run":
            # Recorded like a real action, so the digest and the export show what would have
            # happened; nothing is sent.
            self._result(record, version, key, base | {"outcome": "dry-run", "summary": summary})
            return StepOutcome(step.action, key, "dry-run", summary)
        if step.needs_approval:
            data = base | {"outcome": "awaiting_approval", "summary": summary}
            self._result(record, version, key, data)
            return StepOutcome(step.action, key, "awaiting_approval", summary)

        attempts = [i for i in items if i.kind == "attempt"]
        answered = {i.attempt for i in items if i.kind == "answer"}
        last = attempts[-1] if attempts else None
        if last is not None and last.attempt not in answered:
            if now - last.at < LEASE:
                raise ActionBusyError("another delivery is sending this action", 60)
            if not step.action.idempotent:
                data = base | {
                    "outcome": "unknown",
                    "summary": summary,
                    "why": "a worker stopped during the request; not sent again (could "
                    "post twice): check the comment on the platform",
                }
                if self._result(record, version, key, data):
                    self._alert(record, step, "unknown", None, data["why"])
                return StepOutcome(step.action, key, "unknown", summary)
        wait = self.platform.blocked_for()
        if wait > 0:
            # Meta said how long to stay away: no attempt is claimed for a call never sent.
            raise ActionRetryLaterError("usage limit reached", wait)
        number = (last.attempt if last else 0) + 1
        claimed = self.records.put_action_item(
            pk=record.pk,
            version=version,
            key=key,
            kind="attempt",
            attempt=number,
            data=base | {"message": step.message} if step.message else base,
            at=now,
        )
        if not claimed:
            raise ActionBusyError("another delivery claimed this attempt", 30)
        started = time.monotonic()
        try:
            answer = self.platform.perform(platform, step)
        except ActionRetryLaterError as exc:
            self._answer(
                record=record,
                version=version,
                key=key,
                number=number,
                started=started,
                outcome="retry",
                data=_error_summary(exc),
            )
            raise
        except ActionRefusedError as exc:
            error = _error_summary(exc)
            self._answer(
                record=record,
                version=version,
                key=key,
                number=number,
                started=started,
                outcome="refused",
                data=error,
            )
            if step.action is PlatformAction.HIDE and exc.cannot_hide and step.fallback:
                outcome = "fallback-delete" if step.fallback == "delete" else "failed"
                why = (
                    "kunde inte döljas: tas bort enligt policyn"
                    if step.fallback == "delete"
                    else "kunde inte döljas: en person behöver avgöra"
                )
                data = base | {"outcome": outcome, "summary": summary, "error": error}
                if self._result(record, version, key, data) and outcome == "failed":
                    self._alert(record, step, outcome, exc.code, why)
                return StepOutcome(step.action, key, outcome, summary, exc.code)
            outcome = "gone" if exc.object_gone else "failed"
            data = base | {"outcome": outcome, "summary": summary, "error": error}
            if self._result(record, version, key, data) and outcome == "failed":
                self._alert(record, step, outcome, exc.code, str(error.get("message", "")))
            return StepOutcome(step.action, key, outcome, summary, exc.code)
        body = {k: v for k, v in answer.body.items() if k in ("id", "success")}
        self._answer(
            record=record,
            version=version,
            key=key,
            number=number,
            started=started,
            outcome="ok",
            data={"status": answer.status} | body,
        )
        self._result(record, version, key, base | {"outcome": "done", "summary": summary} | body)
        return StepOutcome(step.action, key, "done", summary)

    def _answer(
        self,
        *,
        record: StoredRecord,
        version: str,
        key: str,
        number: int,
        started: float,
        outcome: str,
        data: dict[str, Any],
    ) -> None:
        elapsed = round((time.monotonic() - started) * 1000)
        self.records.put_action_item(
            pk=record.pk,
            version=version,
            key=key,
            kind="answer",
            attempt=number,
            data={"outcome": outcome, "duration_ms": elapsed} | data,
            at=datetime.now(UTC),
        )

    def _result(self, record: StoredRecord, version: str, key: str, data: dict[str, Any]) -> bool:
        return self.records.put_action_item(
            pk=record.pk,
            version=version,
            key=key,
            kind="result",
            attempt=0,
            data=data,
            at=datetime.now(UTC),
        )

    def _alert(
        self,
        record: StoredRecord,
        step: PlannedAction,
        outcome: str,
        code: int | None,
        why: str,
    ) -> None:
        """Tell the administrators once: only the delivery that wrote the result gets here."""
        if self.alerts is None or not self.admins or not self.sender:
            return
        self.alerts.send(
            compose_action_failure_email(
                record,
                step,
                outcome,
                code,
                why,
                sender=self.sender,
                recipients=self.admins,
                review_url=self.review_url,
            )
        )


def _error_summary(exc: Exception) -> dict[str, Any]:
    summary = getattr(exc, "summary", None)
    if callable(summary):
        data = summary()
        if isinstance(data, dict):
            return data
    return {"reason": type(exc).__name__}


def results_of(items: Sequence[ActionItem]) -> list[ActionItem]:
    return [i for i in items if i.kind == "result"]


_PLATFORMS = {Platform.FACEBOOK: "Facebook", Platform.INSTAGRAM: "Instagram"}
_CODES = {
    190: "kommunens åtkomstnyckel till Meta har gått ut och behöver förnyas",
    200: "appen saknar behörighet för åtgärden",
    10: "appen saknar behörighet för åtgärden",
    100: "Meta godtog inte anropet (kommentaren kan inte döljas eller finns inte)",
}


def compose_action_failure_email(
    record: StoredRecord,
    step: PlannedAction,
    outcome: str,
    code: int | None,
    why: str,
    *,
    sender: str,
    recipients: tuple[str, ...],
    review_url: str = "",
) -> OutgoingEmail:
    """Swedish notice to the administrators; ids and codes only, never the comment."""
    platform = _PLATFORMS.get(record.event.platform, record.event.platform.value)
    verb = SWEDISH_ACTIONS[step.action][0]
    subject = f"[Kommunvakt] Kunde inte {verb} en kommentar – {platform}"
    explanation = _CODES.get(code or -1, why) if code is not None else why
    lines = [
        "Hej!",
        "",
        f"Kommunvakt försökte {verb} en kommentar på {platform} men det gick inte.",
        "",
        f"Felkod från Meta: {code if code is not None else 'ingen'}",
        f"Förklaring: {explanation}",
        f"Länk: {record.event.permalink or 'saknas'}",
        f"Post-id: {record.record_id}",
    ]
    if review_url:
        lines.append(f"Granska: {review_url}")
    lines += [
        "",
        "Åtgärden försöks inte igen automatiskt. Gör den för hand i Meta Business Suite, "
        "eller rätta felet (till exempel en ny åtkomstnyckel) och kör "
        f"`kommunvakt review show {record.record_id}`.",
        "",
        "Detta meddelande skickades automatiskt av Kommunvakt.",
    ]
    text = "\n".join(lines)
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines if line)
    return OutgoingEmail(
        sender=sender,
        recipients=recipients,
        subject=subject,
        text_body=text,
        html_body=f"<!doctype html><html lang='sv'><body>{body}</body></html>",
        idempotency_key=f"{record.record_id}|action|{step.action.value}|{outcome}",
        headers={"X-Kommunvakt-Record": record.record_id},
    )
