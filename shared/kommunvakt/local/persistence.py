"""The local run's data across restarts: the table's items and the queues' messages are
written to a folder when `kommunvakt serve` stops and put back when it starts.

moto keeps everything in memory; this is the smallest thing that makes Ctrl-C safe. Files
are written beside their target and renamed, so a crash while saving leaves the previous
save whole. Receive counts start again at zero after a restart (SQS attributes are not
restorable), so a message that was failing gets its full number of tries again.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

ITEMS = "records.jsonl"
QUEUES = "queues.json"


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _scan(dynamodb: Any, table: str) -> Iterator[dict[str, Any]]:
    for page in dynamodb.get_paginator("scan").paginate(TableName=table):
        yield from page.get("Items", [])


def _drain(sqs: Any, url: str) -> list[dict[str, Any]]:
    """Every message of a queue, in-flight ones included (they are made visible first)."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    while True:
        got = sqs.receive_message(
            QueueUrl=url,
            MaxNumberOfMessages=10,
            MessageAttributeNames=["All"],
            VisibilityTimeout=60,
        ).get("Messages", [])
        fresh = [m for m in got if m["MessageId"] not in seen]
        if not fresh:
            return out
        for m in fresh:
            seen.add(m["MessageId"])
            entry: dict[str, Any] = {"body": m["Body"]}
            if m.get("MessageAttributes"):
                entry["attributes"] = {
                    k: {"DataType": v["DataType"], "StringValue": v["StringValue"]}
                    for k, v in m["MessageAttributes"].items()
                    if "StringValue" in v
                }
            out.append(entry)


def save(
    folder: Path, dynamodb: Any, sqs: Any, table: str, queues: Mapping[str, str]
) -> tuple[int, int]:
    """Write the table and the queues (by logical id). Returns (items, messages)."""
    items = [json.dumps(i, ensure_ascii=True, sort_keys=True) for i in _scan(dynamodb, table)]
    _write_atomic(folder / ITEMS, "".join(line + "\n" for line in items))
    messages = {name: _drain(sqs, url) for name, url in queues.items()}
    _write_atomic(folder / QUEUES, json.dumps(messages, ensure_ascii=True, indent=1))
    return len(items), sum(len(m) for m in messages.values())


def load(
    folder: Path, dynamodb: Any, sqs: Any, table: str, queues: Mapping[str, str]
) -> tuple[int, int]:
    """Put a saved table and queues back. Returns (items, messages)."""
    items = 0
    path = folder / ITEMS
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                dynamodb.put_item(TableName=table, Item=json.loads(line))
                items += 1
    messages = 0
    path = folder / QUEUES
    if path.is_file():
        saved: dict[str, list[dict[str, Any]]] = json.loads(path.read_text(encoding="utf-8"))
        for name, entries in saved.items():
            url = queues.get(name)
            if url is None:
                continue
            for entry in entries:
                kwargs: dict[str, Any] = {"QueueUrl": url, "MessageBody": entry["body"]}
                if entry.get("attributes"):
                    kwargs["MessageAttributes"] = entry["attributes"]
                sqs.send_message(**kwargs)
                messages += 1
    return items, messages
