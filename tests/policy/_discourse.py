"""Helpers shared by the tests of the discourse categories (personal_case, rumor, political,
irrelevant): run the real engine and look at one category's evidence."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

import pytest

from kommunvakt.domain.models import Attachment, Category, Decision
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import make_event

_ENGINE: Engine | None = None


def decide(text: str, post: str | None = None, links: int = 0, **kw: Any) -> Decision:
    global _ENGINE  # noqa: PLW0603 - one engine for the module's tests
    if _ENGINE is None:
        _ENGINE = Engine.load()
    attachments = tuple(kw.pop("attachments", ())) + tuple(
        Attachment(type="link", url="https://example.org/x") for _ in range(links)
    )
    event = make_event(text, post_text=post, attachments=attachments, **kw)
    return _ENGINE.decide(event)


def evidence(decision: Decision, text: str, category: Category) -> list[str]:
    """The substrings of `text` that the findings of `category` point at."""
    return [
        text[e.start : e.end]
        for f in decision.violations
        if f.category is category
        for e in f.evidence
    ]


def covered(decision: Decision, text: str, category: Category, needle: str) -> bool:
    """Is `needle` (a substring of text) inside one of the category's evidence spans?"""
    start = text.find(needle)
    if start < 0:
        start = text.lower().index(needle.lower())
    end = start + len(needle)
    return any(
        e.start <= start and end <= e.end
        for f in decision.violations
        if f.category is category
        for e in f.evidence
    )


def check_fires(category: Category, text: str, known_gaps: Collection[str] = ()) -> None:
    """The category fires on the text and points at evidence; a known gap is expected to fail
    (kept so that a fix shows up as an unexpected pass)."""
    if text in known_gaps:
        pytest.xfail("known gap")
    d = decide(text)
    assert category in d.categories, (text, d.categories)
    assert any(f.category is category and f.evidence for f in d.violations), text


def check_does_not_fire(category: Category, text: str) -> None:
    d = decide(text)
    assert category not in d.categories, (text, d.categories)
