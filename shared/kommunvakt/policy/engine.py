"""The engine: run every registered detector, then apply the municipality's policy.

Detectors report what they see; the engine alone decides what counts (thresholds,
suppression between categories), the action (strictest wins), escalations, the reply
template, and whether the author has become a block candidate.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import timedelta

from kommunvakt.domain.masking import mask
from kommunvakt.domain.models import (
    Action,
    Category,
    Decision,
    Escalation,
    Event,
    Evidence,
    Finding,
)
from kommunvakt.policy.config import Policy, load_policy
from kommunvakt.policy.context import Context
from kommunvakt.policy.detectors import default_detectors
from kommunvakt.policy.detectors.base import Detector, Signal, Span
from kommunvakt.policy.history import AuthorHistory, NoHistory, PriorPost
from kommunvakt.policy.similarity import fingerprint

_EVIDENCE_CONTEXT_LIMIT = 80


class Engine:
    def __init__(self, policy: Policy, detectors: Sequence[Detector] | None = None) -> None:
        self.policy = policy
        self.detectors = list(detectors) if detectors is not None else default_detectors()

    @classmethod
    def load(cls, policy_path: str | None = None) -> Engine:
        return cls(load_policy(policy_path))

    @property
    def policy_version(self) -> str:
        return self.policy.policy_version

    def decide(self, event: Event, history: AuthorHistory | None = None) -> Decision:
        if not event.judged:
            return Decision(policy_version=self.policy_version)
        history = history or NoHistory()
        rep_since = event.created_time - timedelta(hours=self.policy.repetition.window_hours)
        block_since = event.created_time - timedelta(days=self.policy.blocking.window_days)
        prior = [
            p
            for p in history.recent(event.author_id, min(rep_since, block_since))
            if p.object_id != event.object_id and p.created_time <= event.created_time
        ]
        ctx = Context(event, self.policy, recent=[p for p in prior if p.created_time >= rep_since])
        signals = [s for d in self.detectors for s in d.analyze(ctx)]
        findings = self._findings(event.text, signals)
        categories = tuple(dict.fromkeys(f.category for f in findings))
        rules = self.policy.categories
        action = Action.strictest([rules[c].action for c in categories])
        escalations = tuple(
            dict.fromkeys(
                e for c in self._by_priority(categories) if (e := rules[c].escalation) is not None
            )
        )
        template = next(
            (t for c in self._by_priority(categories) if (t := rules[c].reply_template)), None
        )
        removals = sum(1 for p in prior if p.removed and p.created_time >= block_since)
        removed = action is Action.REMOVE
        return Decision(
            categories=categories,
            action=action,
            escalations=tuple(Escalation(e) for e in escalations),
            violations=tuple(findings),
            reply_template=template,
            policy_version=self.policy_version,
            block_candidate=removed and removals + 1 >= self.policy.blocking.removals,
        )

    def history_entry(self, event: Event, decision: Decision) -> PriorPost:
        """What the author history keeps of this item for later decisions."""
        return PriorPost(
            object_id=event.object_id,
            created_time=event.created_time,
            fingerprint=fingerprint(event.text),
            removed=decision.action is Action.REMOVE,
        )

    def _by_priority(self, categories: Sequence[Category]) -> list[Category]:
        order = {c: i for i, c in enumerate(self.policy.escalation_priority)}
        return sorted(categories, key=lambda c: order.get(c, len(order)))

    def _findings(self, text: str, signals: list[Signal]) -> list[Finding]:
        rules = self.policy.categories
        strong: dict[Category, list[Signal]] = defaultdict(list)
        for s in signals:
            if s.score >= rules[s.category].threshold:
                strong[s.category].append(s)
        # Kind-level exceptions first (a company's number in an ad), then whole categories.
        for cat, sigs in list(strong.items()):
            ignored = {
                k
                for other, kinds in rules[cat].ignore_kinds_with.items()
                if other in strong
                for k in kinds
            }
            if ignored:
                kept = [
                    Signal(
                        s.detector,
                        s.category,
                        s.score,
                        tuple(sp for sp in s.spans if sp.kind not in ignored),
                    )
                    for s in sigs
                ]
                kept = [s for s in kept if s.spans or not any(s2.spans for s2 in sigs)]
                if kept:
                    strong[cat] = kept
                else:
                    del strong[cat]
        fired = set(strong)
        out: list[Finding] = []
        for cat in Category:
            if cat not in strong or fired & set(rules[cat].suppressed_by):
                continue
            for s in sorted(strong[cat], key=lambda s: -s.score):
                out.append(
                    Finding(
                        category=cat,
                        clause=rules[cat].clause,
                        detector=s.detector,
                        score=round(s.score, 3),
                        evidence=tuple(_evidence(text, sp) for sp in s.spans),
                    )
                )
        return out


def _evidence(text: str, span: Span) -> Evidence:
    start = max(0, min(span.start, len(text)))
    end = max(start, min(span.end, len(text)))
    quoted = text[start:end]
    if len(quoted) > _EVIDENCE_CONTEXT_LIMIT:
        quoted = quoted[:_EVIDENCE_CONTEXT_LIMIT] + "…"
    masked = mask(quoted, span.kind) if span.sensitive else quoted
    return Evidence(start=start, end=end, masked=masked, kind=span.kind)
