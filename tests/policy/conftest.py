from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from kommunvakt.domain.models import Category, Event
from kommunvakt.policy.engine import Engine


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.load()


@pytest.fixture(scope="session")
def rules(engine: Engine) -> Engine:
    """The rule detectors alone: what they assert no retrained model can hide."""
    return Engine(engine.policy, engine.detectors, model=None)


def make_event(text: str, **kw: Any) -> Event:
    fields: dict[str, Any] = {
        "platform": "facebook",
        "kind": "comment",
        "object_id": "t1",
        "author_id": "a1",
        "created_time": datetime(2025, 9, 1, 12, tzinfo=UTC),
        "text": text,
    }
    fields.update(kw)
    return Event.model_validate(fields)


def crime(eng: Engine, text: str) -> bool:
    """Whether the engine finds a crime in a comment with this text."""
    return Category.CRIME in eng.decide(make_event(text)).categories


def categories(
    eng: Engine, text: str, post: str = "", attachments: tuple[dict[str, str], ...] = ()
) -> set[Category]:
    """The categories the engine finds in a comment with this text (under this post, with
    these attachments)."""
    return set(
        eng.decide(make_event(text, post_text=post or None, attachments=attachments)).categories
    )


def health(eng: Engine, text: str) -> bool:
    """Whether a health disclosure (`confidential.health`) is found in this text."""
    d = eng.decide(make_event(text))
    return any(f.detector == "confidential.health" for f in d.violations)


def personal_data(eng: Engine, text: str) -> set[str]:
    """The kinds of personal data found in this text: the part after `confidential.` of each
    finding's detector (`phone`, `address`, `health`, `personnummer`...)."""
    d = eng.decide(make_event(text))
    return {f.detector.split(".", 1)[1] for f in d.violations if f.detector.startswith("confid")}


@pytest.fixture
def event() -> Callable[..., Event]:
    return make_event
