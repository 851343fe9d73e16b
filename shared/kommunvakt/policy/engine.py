"""The engine: run every registered detector, then apply the municipality's policy.

Detectors report what they see; the engine alone decides what counts (thresholds,
suppression between categories), the action (strictest wins), escalations, the reply
template, and whether the author has become a block candidate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta

from kommunvakt.domain.masking import mask, mask_pii_digits
from kommunvakt.domain.models import (
    Action,
    Category,
    Decision,
    Event,
    Evidence,
    Finding,
)
from kommunvakt.policy.config import Policy, load_policy
from kommunvakt.policy.context import Context
from kommunvakt.policy.detectors import default_detectors
from kommunvakt.policy.detectors.base import Detector, Signal, Span
from kommunvakt.policy.history import AuthorHistory, NoHistory, PriorPost
from kommunvakt.policy.model.inputs import model_input
from kommunvakt.policy.model.linear import LinearModel
from kommunvakt.policy.similarity import fingerprint

_EVIDENCE_CONTEXT_LIMIT = 80
WINDOW_WORDS = 40
"""From this many words a text is also read two sentences at a time (`model_window_threshold`):
shorter comments are one or two sentences anyway."""
_SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+")
_CATEGORIES = tuple(Category)
_NO_HISTORY = NoHistory()


class Engine:
    def __init__(
        self,
        policy: Policy,
        detectors: Sequence[Detector] | None = None,
        model: LinearModel | None = None,
    ) -> None:
        self.policy = policy
        self.detectors = list(detectors) if detectors is not None else default_detectors()
        self.model = model
        # Everything derived from the policy is computed once: the engine runs per item.
        self._rules = dict(policy.categories)
        self._thresholds = {c: r.threshold for c, r in self._rules.items()}
        self._model_thresholds = {
            c: r.model_threshold
            for c, r in self._rules.items()
            if r.model_threshold is not None and model is not None and c in model.categories
        }
        self._by_category: dict[Category, list[Detector]] = {}
        for d in self.detectors:
            self._by_category.setdefault(d.category, []).append(d)
        self._repetition = timedelta(hours=policy.repetition.window_hours)
        self._block_window = timedelta(days=policy.blocking.window_days)
        self._lookback = max(self._repetition, self._block_window)
        order = {c: i for i, c in enumerate(policy.escalation_priority)}
        self._priority = {c: order.get(c, len(order)) for c in _CATEGORIES}
        self._model_version = model.version if self._model_thresholds and model else None
        # Only the categories the policy reads from the model are scored.
        self._scorer = model.scorer(self._model_thresholds) if model is not None else None
        self._window_thresholds = {
            c: max(t, self._model_thresholds[c])
            for c, r in self._rules.items()
            if (t := r.model_window_threshold) is not None and c in self._model_thresholds
        }
        self._window_scorer = (
            model.scorer(self._window_thresholds)
            if model is not None and self._window_thresholds
            else None
        )
        self._allow = Decision(
            policy_version=policy.policy_version, model_version=self._model_version
        )
        self._last_fingerprint: tuple[Event, str] | None = None

    @classmethod
    def load(cls, policy_path: str | None = None) -> Engine:
        """The policy's engine. When the policy uses the learned model, its artifact is loaded
        here and a missing or corrupt one raises `ModelError` (no quiet fall-back to rules)."""
        policy = load_policy(policy_path)
        uses_model = any(r.model_threshold is not None for r in policy.categories.values())
        model = LinearModel.load(policy.model.artifact) if uses_model else None
        return cls(policy, model=model)

    @property
    def policy_version(self) -> str:
        return self.policy.policy_version

    def decide(self, event: Event, history: AuthorHistory | None = None) -> Decision:
        if not event.judged:
            return self._allow
        created = event.created_time
        rep_since = created - self._repetition
        prior = [
            p
            for p in (history or _NO_HISTORY).recent(event.author_id, created - self._lookback)
            if p.object_id != event.object_id and p.created_time <= created
        ]
        ctx = Context(event, self.policy, recent=[p for p in prior if p.created_time >= rep_since])
        thresholds = self._thresholds
        signals = [
            s for d in self.detectors for s in d.analyze(ctx) if s.score >= thresholds[s.category]
        ]
        if self._model_thresholds:
            signals += self._model_signals(ctx, {s.category for s in signals})
        if signals:
            found = {s.category for s in signals}
            signals += [
                s
                for d in self.detectors
                for s in d.follows(ctx, found)
                if s.score >= thresholds[s.category]
            ]
        if "fingerprint" in ctx.__dict__:
            self._last_fingerprint = (event, ctx.__dict__["fingerprint"])
        if not signals:
            return self._allow
        findings = self._findings(event.text, signals)
        if not findings:
            return self._allow
        rules = self._rules
        categories = tuple(dict.fromkeys(f.category for f in findings))
        ranked = sorted(categories, key=self._priority.__getitem__)
        action = Action.strictest([self._action(c, findings) for c in categories])
        escalations = tuple(dict.fromkeys(e for c in ranked if (e := rules[c].escalation)))
        template = next((t for c in ranked if (t := rules[c].reply_template)), None)
        removed = action is Action.REMOVE
        block_candidate = False
        if removed:
            block_since = created - self._block_window
            removals = sum(1 for p in prior if p.removed and p.created_time >= block_since)
            block_candidate = removals + 1 >= self.policy.blocking.removals
        return Decision(
            categories=categories,
            action=action,
            escalations=escalations,
            violations=tuple(findings),
            reply_template=template,
            policy_version=self._allow.policy_version,
            model_version=self._model_version,
            block_candidate=block_candidate,
        )

    def _explained(self, ctx: Context, category: Category, found: set[Category]) -> bool:
        """Whether a finding of the model alone in `category` is dropped: another category the
        policy names (`model_explained_by`) was found by the rules, or a rule detector of the
        category holds proof of a harmless reading (see `Detector.clears`)."""
        if not found.isdisjoint(self._rules[category].model_explained_by):
            return True
        return any(d.clears(ctx) for d in self._by_category.get(category, ()))

    def _model_signals(self, ctx: Context, found: set[Category]) -> list[Signal]:
        """The learned classifier's findings, with the words that weighed most as evidence;
        `found`: the categories the rules found (there the model stays beside them, elsewhere a
        rule's proof of a harmless reading drops it before its evidence is computed)."""
        model, scorer = self.model, self._scorer
        assert model is not None and scorer is not None
        inp = model_input(ctx)
        view = inp.view
        kind, attachments, post_view = inp.kind, inp.attachments, inp.post_view
        probs = scorer.scores(view.text, kind=kind, attachments=attachments, post_view=post_view)
        windows = (
            self._windows(view.text, probs, kind, attachments, post_view)
            if self._window_scorer is not None and view.text.count(" ") >= WINDOW_WORDS - 1
            else {}
        )
        out: list[Signal] = []
        for cat, threshold in self._model_thresholds.items():
            p, start, end = probs[cat], 0, len(view.text)
            if p < threshold and cat in windows:
                p, start, end = windows[cat]
            if p < threshold or (cat not in found and self._explained(ctx, cat, found)):
                continue
            if cat not in found and self._only_quoted(ctx, cat, threshold):
                continue
            # The words a confidential finding rests on are the personal data itself (a
            # diagnosis, a street name): its evidence is shown masked, like the rules'.
            sensitive = cat is Category.CONFIDENTIAL
            spans = tuple(
                Span(*view.span(start + c.start, start + c.end), kind="model", sensitive=sensitive)
                for c in model.explain(
                    view.text[start:end],
                    cat,
                    kind=kind,
                    attachments=attachments,
                    post_view=post_view,
                )
            )
            out.append(Signal(f"model:{cat.value}", cat, p, spans))
        return out

    def _only_quoted(self, ctx: Context, category: Category, threshold: float) -> bool:
        """Whether a finding of the model alone rests on words the item only quotes to object
        to them: read again without them (`Detector.unquoted`), it falls under the threshold."""
        scorer = self._scorer
        assert scorer is not None
        for d in self._by_category.get(category, ()):
            alt = d.unquoted(ctx)
            if alt is not None:
                inp = model_input(alt)
                probs = scorer.scores(
                    inp.view.text,
                    kind=inp.kind,
                    attachments=inp.attachments,
                    post_view=inp.post_view,
                )
                return probs[category] < threshold
        return False

    def _windows(
        self,
        text: str,
        probs: dict[Category, float],
        kind: str,
        attachments: tuple[str, ...],
        post_view: str,
    ) -> dict[Category, tuple[float, int, int]]:
        """Per category read by windows and not found in the whole text: the likeliest two
        consecutive sentences that reach the window threshold, as (probability, start, end)
        in `text`."""
        scorer = self._window_scorer
        assert scorer is not None
        wanted = {
            c: t for c, t in self._window_thresholds.items() if probs[c] < self._model_thresholds[c]
        }
        if not wanted:
            return {}
        gaps = list(_SENTENCE_GAP.finditer(text))
        if len(gaps) < 2:
            return {}  # one or two sentences: the window is the whole text
        starts = [0, *(m.end() for m in gaps)]
        ends = [*(m.start() for m in gaps), len(text)]
        best: dict[Category, tuple[float, int, int]] = {}
        for i in range(len(starts) - 1):
            a, b = starts[i], ends[i + 1]
            scores = scorer.scores(
                text[a:b], kind=kind, attachments=attachments, post_view=post_view
            )
            for c, t in wanted.items():
                if scores[c] >= t and scores[c] > best.get(c, (0.0, 0, 0))[0]:
                    best[c] = (scores[c], a, b)
        return best

    def _action(self, category: Category, findings: list[Finding]) -> Action:
        rule = self._rules[category]
        if rule.model_only_action is not None and all(
            f.detector.startswith("model:") for f in findings if f.category is category
        ):
            return rule.model_only_action
        return rule.action

    def history_entry(self, event: Event, decision: Decision) -> PriorPost:
        """What the author history keeps of this item for later decisions."""
        last = self._last_fingerprint
        fp = last[1] if last is not None and last[0] is event else fingerprint(event.text)
        return PriorPost(
            object_id=event.object_id,
            created_time=event.created_time,
            fingerprint=fp,
            removed=decision.action is Action.REMOVE,
        )

    def _findings(self, text: str, signals: list[Signal]) -> list[Finding]:
        rules = self._rules
        strong: dict[Category, list[Signal]] = {}
        for s in signals:
            strong.setdefault(s.category, []).append(s)
        # Kind-level exceptions first (a company's number in an ad), then whole categories.
        for cat, sigs in list(strong.items()):
            ignored = {
                k
                for other, kinds in rules[cat].ignore_kinds_with.items()
                if other in strong
                for k in kinds
            }
            if not ignored:
                continue
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
        for cat in _CATEGORIES:
            if cat not in strong or fired.intersection(rules[cat].suppressed_by):
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
    # Non-sensitive spans (an insult, a rumour) can still quote a number someone wrote.
    masked = mask(quoted, span.kind) if span.sensitive else mask_pii_digits(quoted)
    return Evidence(start=start, end=end, masked=masked, kind=span.kind)
