"""What the policy commands share: loading the engine, and reading corpus-format JSONL robustly
(undecodable bytes become U+FFFD, a bad line is reported on stderr and skipped)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from kommunvakt.domain.models import Category, Decision
from kommunvakt.policy.config import PolicyError
from kommunvakt.policy.corpus import CorpusError, CorpusItem, parse_line
from kommunvakt.policy.engine import Engine
from kommunvakt.policy.model.linear import LinearModel, ModelError

MODEL_CATEGORIES = frozenset(Category)
"""Where the model can add recall: every category. Checksummed numbers stay proved by the rules;
for confidential the model adds health and homes told in words, for spam it learns scams only
(repetition is in an author's history, not in the words)."""


def load_engine(policy: str | None, detectors: str = "all") -> Engine | None:
    """The engine for the policy, or None after telling the person why it cannot be loaded.

    `detectors`: "all" (the policy as configured), "rules" (the rule detectors alone) or
    "model" (the learned classifier alone at its calibrated thresholds) or "rules+model" (both,
    with the model switched on in every discourse category) — the last three for measurement.
    """
    try:
        engine = Engine.load(policy)
    except (PolicyError, ModelError) as exc:
        print(f"kommunvakt: {exc}", file=sys.stderr)
        return None
    if detectors == "rules":
        return Engine(engine.policy, engine.detectors, model=None)
    if detectors in ("model", "rules+model"):
        # The model at its calibrated thresholds in every category it adds recall for,
        # whether or not the policy has switched it on there.
        model = engine.model or LinearModel.load(engine.policy.model.artifact)
        cats = {
            c: (
                r.model_copy(update={"model_threshold": model.thresholds[c]})
                if c in MODEL_CATEGORIES
                else r
            )
            for c, r in engine.policy.categories.items()
        }
        calibrated = engine.policy.model_copy(update={"categories": cats})
        rules = engine.detectors if detectors == "rules+model" else []
        return Engine(calibrated, rules, model=model)
    return engine


class CorpusReader:
    """The items of a JSONL file (or stdin for "-"), with their line numbers.

    Lines that cannot be parsed are reported with the line and the field, counted in `bad`,
    and skipped, so one malformed line never stops the others. Reading a missing file raises
    OSError on the first iteration."""

    def __init__(self, path: str | Path) -> None:
        self.path = path
        self.bad = 0

    def __iter__(self) -> Iterator[tuple[int, CorpusItem]]:
        for n, line in enumerate(_lines(self.path), start=1):
            if not line.strip():
                continue
            try:
                yield n, parse_line(line)
            except CorpusError as exc:
                self.bad += 1
                report_line(n, str(exc))

    def unreadable(self, exc: OSError) -> int:
        print(f"kommunvakt: {self.path}: {exc.strerror}", file=sys.stderr)
        return 2


def report_line(n: int, problem: str) -> None:
    print(f"kommunvakt: line {n}: {problem}", file=sys.stderr)


def _lines(path: str | Path) -> Iterator[str]:
    if str(path) != "-":
        with open(path, "rb") as fh:
            yield from _decode(fh)
    else:
        yield from _decode(sys.stdin.buffer)


def _decode(fh: BinaryIO) -> Iterator[str]:
    for raw in fh:
        yield raw.decode("utf-8", errors="replace").rstrip("\r\n")


def decision_json(item_id: str, decision: Decision) -> dict[str, object]:
    return {
        "id": item_id,
        "categories": [c.value for c in decision.categories],
        "action": decision.action.value,
        "escalations": [e.value for e in decision.escalations],
        "violations": [
            {
                "category": f.category.value,
                "clause": f.clause,
                "detector": f.detector,
                "score": f.score,
                "evidence": [
                    {"start": ev.start, "end": ev.end, "masked": ev.masked} for ev in f.evidence
                ],
            }
            for f in decision.violations
        ],
        "policy_version": decision.policy_version,
        "model_version": decision.model_version,
    }
