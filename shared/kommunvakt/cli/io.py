"""Reading JSONL robustly: undecodable bytes become U+FFFD instead of a traceback."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def iter_lines(stream: BinaryIO | None = None, path: str | Path | None = None) -> Iterator[str]:
    if path is not None and str(path) != "-":
        with open(path, "rb") as fh:
            yield from _decode(fh)
    else:
        yield from _decode(stream or sys.stdin.buffer)


def _decode(fh: BinaryIO) -> Iterator[str]:
    for raw in fh:
        yield raw.decode("utf-8", errors="replace").rstrip("\r\n")


def decision_json(item_id: str, decision: object) -> dict[str, object]:
    from kommunvakt.domain.models import Decision

    assert isinstance(decision, Decision)
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
    }
