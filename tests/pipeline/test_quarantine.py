"""A verified body never gets a 5xx: each change is parsed on its own; one that does not fit
is stored as a quarantined raw record and the others are queued and judged as usual."""

from __future__ import annotations

import copy
import hashlib
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kommunvakt.adapters.dynamodb import RecordStore
from kommunvakt.app.meta import parse_body
from kommunvakt.domain.models import Platform
from tests.pipeline.conftest import PAGE_ID, Stack, comment_body, signed_post

VALID = json.loads(comment_body("Varför är vägen inte plogad?", comment_id="1_100"))


def _with_changes(*values: Any, entry_time: Any = 1736838729) -> bytes:
    note = {
        "object": "page",
        "entry": [
            {
                "id": PAGE_ID,
                "time": entry_time,
                "changes": [{"field": "feed", "value": v} for v in values],
            }
        ],
    }
    return json.dumps(note).encode()


def _valid_value(comment_id: str = "1_100") -> dict[str, Any]:
    value: dict[str, Any] = copy.deepcopy(VALID["entry"][0]["changes"][0]["value"])
    value["comment_id"] = comment_id
    return value


@pytest.mark.parametrize(
    ("name", "mutate"),
    [
        ("from is a string", lambda v: v.update({"from": "Anna"})),
        ("huge created_time", lambda v: v.update({"created_time": 10**30})),
        ("negative created_time", lambda v: v.update({"created_time": -5})),
        ("created_time not a time", lambda v: v.update({"created_time": "igår"})),
        ("author name a number", lambda v: v["from"].update({"name": 42})),
        ("id an object", lambda v: v.update({"comment_id": {"a": 1}})),
        ("newline in the id", lambda v: v.update({"comment_id": "1_2\nforged line"})),
        ("message a list", lambda v: v.update({"message": ["x"]})),
        ("post not an object", lambda v: v.update({"post": 7})),
    ],
)
def test_a_misfit_change_is_quarantined_and_its_neighbour_is_judged(
    stack: Stack, fake_engine: None, name: str, mutate: Any
) -> None:
    bad = _valid_value("1_999")
    mutate(bad)
    body = _with_changes(bad, _valid_value("1_100"))
    response = stack.webhook(signed_post("facebook", body))
    assert response["statusCode"] == 200, name
    stack.run()
    store = RecordStore(stack.table)
    assert len(store.versions(Platform.FACEBOOK, "1_100")) == 1
    quarantined = [i for i in stack.items() if i["PK"]["S"].startswith("QUARANTINE#")]
    assert len(quarantined) == 1
    (q,) = quarantined
    assert q["PK"]["S"] == "QUARANTINE#" + hashlib.sha256(body).hexdigest()
    stored = json.loads(q["quarantine"]["S"])
    assert json.loads(stored["raw"]) == {"field": "feed", "value": bad}  # kept as it came
    assert stored["position"] == "E0.C0"


def test_a_huge_entry_time_quarantines_the_entry_not_the_body(stack: Stack) -> None:
    good = json.loads(comment_body("Hej", comment_id="2_200"))["entry"][0]
    bad = copy.deepcopy(good) | {"time": 10**40}
    body = json.dumps({"object": "page", "entry": [bad, good]}).encode()
    assert stack.webhook(signed_post("facebook", body))["statusCode"] == 200
    kinds = sorted("event" if "event" in b else "quarantine" for b in _bodies(stack))
    assert kinds == ["event", "quarantine"]


def test_quarantine_is_stored_once_across_redeliveries(stack: Stack, fake_engine: None) -> None:
    body = _with_changes({"item": "comment", "verb": "add", "from": []})
    for _ in range(3):
        assert stack.webhook(signed_post("facebook", body))["statusCode"] == 200
    stack.run()
    assert len(stack.items()) == 1


def _bodies(stack: Stack) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    while batch := stack.sqs.receive_message(
        QueueUrl=stack.moderation_queue, MaxNumberOfMessages=10
    ).get("Messages", []):
        for m in batch:
            out.append(json.loads(m["Body"]))
            stack.sqs.delete_message(
                QueueUrl=stack.moderation_queue, ReceiptHandle=m["ReceiptHandle"]
            )
    return out


# --- fuzz --------------------------------------------------------------------------------

_JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)
_PATHS = [
    ("from",),
    ("from", "id"),
    ("from", "name"),
    ("post",),
    ("post", "permalink_url"),
    ("post_id",),
    ("comment_id",),
    ("parent_id",),
    ("created_time",),
    ("item",),
    ("verb",),
    ("message",),
    ("photos",),
    ("link",),
]


def _set(value: dict[str, Any], path: tuple[str, ...], junk: Any) -> None:
    target: Any = value
    for key in path[:-1]:
        if not isinstance(target.get(key), dict):
            target[key] = {}
        target = target[key]
    target[path[-1]] = junk


FUZZED = {"tried": 0, "5xx": 0}


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    mutations=st.lists(st.tuples(st.sampled_from(_PATHS), _JUNK), min_size=1, max_size=4),
    entry_time=st.one_of(st.just(1736838729), _JUNK),
    envelope_junk=st.booleans(),
)
def test_fuzz_signed_mutated_bodies_never_5xx_and_valid_changes_are_queued(
    stack: Stack, mutations: list[tuple[tuple[str, ...], Any]], entry_time: Any, envelope_junk: bool
) -> None:
    bad = _valid_value("3_300")
    for path, junk in mutations:
        _set(bad, path, junk)
    good = _valid_value("3_301")
    entries: list[Any] = [
        {"id": PAGE_ID, "time": entry_time, "changes": [{"field": "feed", "value": bad}]},
        {"id": PAGE_ID, "time": 1736838729, "changes": [{"field": "feed", "value": good}]},
    ]
    if envelope_junk:
        entries.insert(0, mutations[0][1])
    body = json.dumps({"object": "page", "entry": entries}).encode()
    FUZZED["tried"] += 1
    response = stack.webhook(signed_post("facebook", body))
    if response["statusCode"] >= 500:
        FUZZED["5xx"] += 1
    assert response["statusCode"] == 200
    queued = _bodies(stack)
    ids = [b["event"]["object_id"] for b in queued if "event" in b]
    assert "3_301" in ids  # the valid change next to the mutated one
    parsed = parse_body(body)
    assert len(queued) == len(parsed.events) + len(parsed.quarantined)
