"""Repeated posts by one author: the second and later near-identical copies are spam."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kommunvakt.domain.models import Category, Decision
from kommunvakt.policy.engine import Engine
from kommunvakt.policy.history import InMemoryHistory
from kommunvakt.policy.similarity import fingerprint, similarity
from tests.policy.conftest import make_event

T0 = datetime(2025, 10, 1, 8, tzinfo=UTC)
COMPLAINT = (
    "Varför är det ingen som sandar gångvägen vid Bällstaskolan? Barnen halkar varje morgon!"
)


def _replay(engine: Engine, posts: list[tuple[str, str, float]]) -> list[Decision]:
    """(author, text, hours after T0) in order, with a shared in-memory history."""
    history = InMemoryHistory()
    out = []
    for i, (author, text, hours) in enumerate(posts):
        e = make_event(
            text, object_id=f"o{i}", author_id=author, created_time=T0 + timedelta(hours=hours)
        )
        d = engine.decide(e, history)
        history.add(author, engine.history_entry(e, d))
        out.append(d)
    return out


def _spam(d: Decision) -> bool:
    return Category.SPAM in d.categories


@pytest.mark.parametrize(
    "copy",
    [
        COMPLAINT,
        COMPLAINT.upper(),
        COMPLAINT.replace("!", "!!!").replace("?", "??") + " 😡😡",
        "Varför är det INGEN som sandar gångvägen vid Bällstaskolan?? Barnen halkar ju varje"
        " morgon",
        "Varfor ar det ingen som sandar gangvagen vid Ballstaskolan? Barnen halkar varje morgon!",
        "Hallå! Varför är det ingen som sandar gångvägen vid Bällstaskolan? Barnen halkar"
        " varje morgon!",
    ],
)
def test_second_near_identical_copy_is_spam_with_the_whole_text_as_evidence(
    engine: Engine, copy: str
) -> None:
    first, second = _replay(engine, [("a1", COMPLAINT, 0), ("a1", copy, 3)])
    assert not _spam(first)
    assert _spam(second)
    finding = next(f for f in second.violations if f.detector == "spam.repetition")
    assert (finding.evidence[0].start, finding.evidence[0].end) == (0, len(copy))
    assert finding.evidence[0].kind == "repetition"


def test_every_later_copy_is_spam_but_not_after_the_window(engine: Engine) -> None:
    ds = _replay(
        engine,
        [("a1", COMPLAINT, 0), ("a1", COMPLAINT, 2), ("a1", COMPLAINT, 5), ("a1", COMPLAINT, 60)],
    )
    assert [_spam(d) for d in ds] == [False, True, True, False]


def test_the_same_text_from_two_authors_is_not_repetition(engine: Engine) -> None:
    ds = _replay(engine, [("a1", COMPLAINT, 0), ("a2", COMPLAINT, 1)])
    assert not any(_spam(d) for d in ds)


def test_two_different_comments_by_one_author_are_not_repetition(engine: Engine) -> None:
    ds = _replay(
        engine,
        [
            ("a1", COMPLAINT, 0),
            ("a1", "Tack för att ni sandade till slut, nu går det bra att gå till skolan igen.", 4),
        ],
    )
    assert not any(_spam(d) for d in ds)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Tack!", "Tack!"),
        ("Äntligen!!", "Äntligen!! 🎉"),
        ("Tack!", "Tack så mycket för infon!"),
        ("När öppnar simhallen igen?", "När stänger simhallen igen?"),
    ],
)
def test_short_reactions_are_not_repetition(engine: Engine, first: str, second: str) -> None:
    ds = _replay(engine, [("a1", first, 0), ("a1", second, 1)])
    assert not _spam(ds[1])


def test_fingerprint_keeps_no_text_no_digits_and_stays_compact() -> None:
    fp = fingerprint("Ring Sven Svensson på 070-123 45 67, personnummer 19800101-1234")
    assert "sven" not in fp.lower() and "070" not in fp and "1234" not in fp
    big = fingerprint(" ".join(f"ord{i}x{chr(97 + i % 26)}" for i in range(50_000)))
    assert len(big) < 2_000


def test_similarity_orders_copies_above_rewrites() -> None:
    base = fingerprint(COMPLAINT)
    assert similarity(base, fingerprint(COMPLAINT + "!!")) == pytest.approx(1.0)
    rewrite = fingerprint("Gångvägen vid Bällstaskolan är nu sandad, tack!")
    assert similarity(base, rewrite) < 0.8  # the default near-identical threshold
    assert similarity(base, "") == 0.0
    # A fingerprint from another scheme is never taken for a copy.
    assert similarity(base, "1a2b3c4d 5e6f7a8b") == 0.0
