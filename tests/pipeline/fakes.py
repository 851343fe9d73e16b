"""Small, obvious detectors for pipeline mechanics while the real ones are being tuned.

The acceptance test uses the real engine; these only make the pipeline tests independent
of detector tuning.
"""

from __future__ import annotations

import re

from kommunvakt.domain.models import Category
from kommunvakt.policy.context import Context
from kommunvakt.policy.detectors.base import Detector, Signal, Span
from kommunvakt.policy.similarity import fingerprint, similarity

_PNR = re.compile(r"\b(?:19|20)?\d{6}[-+]?\d{4}\b")
_PHONE = re.compile(r"\b07\d[- ]?\d{3} ?\d{2} ?\d{2}\b")


class FakePersonalData(Detector):
    id = "fake_personal_data"
    category = Category.CONFIDENTIAL

    def analyze(self, ctx: Context) -> list[Signal]:
        spans = [Span(m.start(), m.end(), "personnummer", True) for m in _PNR.finditer(ctx.text)]
        spans += [Span(m.start(), m.end(), "phone", True) for m in _PHONE.finditer(ctx.text)]
        return [self.signal(0.99, spans)] if spans else []


class FakeThreat(Detector):
    id = "fake_threat"
    category = Category.CRIME

    def analyze(self, ctx: Context) -> list[Signal]:
        at = ctx.text.lower().find("döda dig")
        return [self.signal(0.95, [Span(at, at + 8, "threat")])] if at >= 0 else []


class FakeRepetition(Detector):
    id = "fake_repetition"
    category = Category.SPAM

    def analyze(self, ctx: Context) -> list[Signal]:
        mine = fingerprint(ctx.text)
        if any(similarity(mine, p.fingerprint) >= 0.8 for p in ctx.recent):
            return [self.signal(0.9)]
        return []


def fake_detectors() -> list[Detector]:
    return [FakePersonalData(), FakeThreat(), FakeRepetition()]


class FakeMeta:
    """A stubbed HTTP layer for the Graph client: answers from a script, keeps every call."""

    def __init__(self) -> None:
        from kommunvakt.adapters.graph import HttpResponse

        self._response = HttpResponse
        self.calls: list[tuple[str, str, dict[str, list[str]]]] = []
        self.script: list[tuple[int, object, dict[str, str]] | Exception] = []

    def answer(self, status: int, body: object, headers: dict[str, str] | None = None) -> None:
        self.script.append((status, body, headers or {}))

    def fail(self, exc: Exception) -> None:
        self.script.append(exc)

    def __call__(
        self, method: str, url: str, body: bytes | None, headers: object, timeout: float
    ) -> object:
        import json
        from urllib.parse import parse_qs, urlsplit

        params = parse_qs((body or b"").decode()) | parse_qs(urlsplit(url).query)
        self.calls.append((method, urlsplit(url).path, params))
        if self.script:
            item = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        else:
            item = (200, {"success": True}, {})
        if isinstance(item, Exception):
            raise item
        status, payload, extra = item
        raw = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        return self._response(status, extra, raw)
