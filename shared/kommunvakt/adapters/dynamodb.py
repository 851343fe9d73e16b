"""The public-records table: one item per received version of a platform object.

Key design and access patterns: docs/dynamodb.md. Every write is conditional, so a retried
or redelivered event can never overwrite a record, and an escalation is mailed only once.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from kommunvakt.app.messages import Quarantine
from kommunvakt.app.records import ActionItem, ClaimResult, Override, PutResult, StoredRecord
from kommunvakt.domain.masking import log_ref
from kommunvakt.domain.models import Decision, Escalation, Event, Platform, content_version
from kommunvakt.policy.history import AuthorHistory, PriorPost

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

AUTHOR_INDEX = "ByAuthor"
DAY_INDEX = "ByDay"
PENDING_INDEX = "PendingEscalations"
PENDING = "ESCALATION"
_PENDING = "pending"
ACTION_PREFIX = "ACT#"
OVERRIDE_PREFIX = "OVR#"
QUARANTINE_PREFIX = "QUARANTINE#"
STALE_CLAIM = timedelta(minutes=5)
"""A `sending` claim older than this is taken over: its sender crashed before recording."""


def record_pk(platform: Platform | str, object_id: str) -> str:
    return f"OBJ#{Platform(platform).value}#{object_id}"


def record_sk(version: str) -> str:
    return f"V#{version}"


def quarantine_pk(body_sha256: str) -> str:
    return f"{QUARANTINE_PREFIX}{body_sha256}"


def quarantine_sk(position: str, part: int = 1, parts: int = 1) -> str:
    return f"Q#{position}" if parts == 1 else f"Q#{position}#P{part:03d}of{parts:03d}"


def _author_key(platform: Platform, author_id: str) -> str:
    return f"AUTHOR#{platform.value}#{author_id}"


class RecordStore:
    def __init__(self, table_name: str, client: DynamoDBClient | None = None) -> None:
        if not table_name:
            raise ValueError("RecordStore needs a table name (TABLE_NAME)")
        self.table_name = table_name
        self._client = client

    @property
    def client(self) -> DynamoDBClient:
        if self._client is None:
            import boto3

            self._client = boto3.client("dynamodb")
        return self._client

    # --- writes -------------------------------------------------------------------------

    def put_version(
        self,
        event: Event,
        version: str,
        decision: Decision,
        *,
        received_at: datetime,
        correlation_id: str,
        fingerprint: str | None,
        removed: bool,
    ) -> PutResult:
        """Store one version; if it already exists (a redelivery), return the stored one."""
        pk, sk = record_pk(event.platform, event.object_id), record_sk(version)
        received = received_at.astimezone(UTC)
        item: dict[str, Any] = {
            "PK": {"S": pk},
            "SK": {"S": sk},
            "platform": {"S": event.platform.value},
            "object_id": {"S": event.object_id},
            "version": {"S": version},
            "verb": {"S": event.verb.value},
            "kind": {"S": event.kind.value},
            "created_time": {"S": event.created_time.isoformat()},
            "received_at": {"S": received.isoformat()},
            "correlation_id": {"S": correlation_id},
            "judged": {"BOOL": event.judged},
            "action": {"S": decision.action.value},
            "categories": {"L": [{"S": c.value} for c in decision.categories]},
            "event": {"S": event.model_dump_json()},
            "decision": {"S": decision.model_dump_json()},
            "overrides": {"L": []},
            "day": {"S": f"DAY#{received.date().isoformat()}"},
            "day_sort": {"S": f"{received.isoformat()}#{pk}#{sk}"},
        }
        if event.judged and event.author_id and fingerprint is not None:
            item |= {
                "author_key": {"S": _author_key(event.platform, event.author_id)},
                "author_sort": {"S": f"{event.created_time.isoformat()}#{event.object_id}"},
                "fingerprint": {"S": fingerprint},
                "removed": {"BOOL": removed},
            }
        if decision.escalations:
            item |= {
                "escalations": {
                    "M": {e.value: {"M": {"status": {"S": _PENDING}}} for e in decision.escalations}
                },
                "pending": {"S": PENDING},
                "pending_sort": {"S": f"{received.isoformat()}#{pk}#{sk}"},
            }
        if not self._put_if_new(item):
            existing = self.get(pk, sk)
            if existing is None:  # pragma: no cover - the condition just saw it
                raise RuntimeError(f"{pk} {sk}: exists by its condition, yet cannot be read")
            return PutResult(created=False, record=existing)
        return PutResult(created=True, record=_record(item))

    def put_quarantine(
        self, quarantine: Quarantine, *, received_at: datetime, correlation_id: str
    ) -> bool:
        """Store a quarantined part of a body, keyed by the body's hash and the part's place:
        a redelivery of the same body fails the condition and changes nothing."""
        pk = quarantine_pk(quarantine.body_sha256)
        sk = quarantine_sk(quarantine.position, quarantine.part, quarantine.parts)
        received = received_at.astimezone(UTC)
        item: dict[str, Any] = {
            "PK": {"S": pk},
            "SK": {"S": sk},
            "kind": {"S": "quarantine"},
            "platform": {"S": quarantine.platform or "-"},
            "received_at": {"S": received.isoformat()},
            "correlation_id": {"S": correlation_id},
            "quarantine": {"S": quarantine.model_dump_json()},
            "day": {"S": f"DAY#{received.date().isoformat()}"},
            "day_sort": {"S": f"{received.isoformat()}#{pk}#{sk}"},
        }
        return self._put_if_new(item)

    def append_override(self, pk: str, sk: str, override: Mapping[str, Any]) -> None:
        """A person's decision is appended next to the machine's, never written over it."""
        entry = dict(override)
        entry.setdefault("at", datetime.now(UTC).isoformat())
        self.client.update_item(
            TableName=self.table_name,
            Key={"PK": {"S": pk}, "SK": {"S": sk}},
            UpdateExpression="SET overrides = list_append(if_not_exists(overrides, :empty), :o)",
            ConditionExpression="attribute_exists(PK)",
            ExpressionAttributeValues={
                ":o": {"L": [{"S": json.dumps(entry, ensure_ascii=False, sort_keys=True)}]},
                ":empty": {"L": []},
            },
        )

    def claim_escalation(self, pk: str, sk: str, escalation: Escalation, now: datetime) -> str:
        """Take the right to send this escalation's e-mail (pending, or a stale claim)."""
        client = self.client
        try:
            client.update_item(
                TableName=self.table_name,
                Key={"PK": {"S": pk}, "SK": {"S": sk}},
                UpdateExpression=(
                    "SET escalations.#k.#st = :sending, escalations.#k.claimed_at = :now"
                ),
                ConditionExpression=(
                    "escalations.#k.#st = :pending OR "
                    "(escalations.#k.#st = :sending AND escalations.#k.claimed_at < :stale)"
                ),
                ExpressionAttributeNames={"#k": escalation.value, "#st": "status"},
                ExpressionAttributeValues={
                    ":sending": {"S": "sending"},
                    ":pending": {"S": "pending"},
                    ":now": {"S": now.isoformat()},
                    ":stale": {"S": (now - STALE_CLAIM).isoformat()},
                },
            )
        except client.exceptions.ConditionalCheckFailedException:
            record = self.get(pk, sk)
            state = (record.escalations.get(escalation) or {}).get("status") if record else None
            return ClaimResult.ALREADY_SENT if state == "sent" else ClaimResult.BUSY
        return ClaimResult.CLAIMED

    def release_escalation(self, pk: str, sk: str, escalation: Escalation) -> None:
        """Give a claim back after a failed send, so the retry can claim it at once."""
        client = self.client
        try:
            client.update_item(
                TableName=self.table_name,
                Key={"PK": {"S": pk}, "SK": {"S": sk}},
                UpdateExpression=(
                    "SET escalations.#k.#st = :pending REMOVE escalations.#k.claimed_at"
                ),
                ConditionExpression="escalations.#k.#st = :sending",
                ExpressionAttributeNames={"#k": escalation.value, "#st": "status"},
                ExpressionAttributeValues={
                    ":sending": {"S": "sending"},
                    ":pending": {"S": "pending"},
                },
            )
        except client.exceptions.ConditionalCheckFailedException:
            return

    def mark_mailed(self, pk: str, sk: str, mailed_to: Mapping[Escalation, Sequence[str]]) -> None:
        """Note, under the claim, which recipients have had an e-mail naming each escalation:
        a retry after a later recipient failed does not mail them again."""
        names: dict[str, str] = {"#st": "status", "#mt": "mailed_to"}
        values: dict[str, Any] = {":sending": {"S": "sending"}}
        sets, conditions = [], []
        for n, (escalation, addresses) in enumerate(mailed_to.items()):
            names[f"#k{n}"] = escalation.value
            values[f":to{n}"] = {"S": ",".join(sorted(set(addresses)))}
            sets.append(f"escalations.#k{n}.#mt = :to{n}")
            conditions.append(f"escalations.#k{n}.#st = :sending")
        if not sets:
            return
        self.client.update_item(
            TableName=self.table_name,
            Key={"PK": {"S": pk}, "SK": {"S": sk}},
            UpdateExpression="SET " + ", ".join(sets),
            ConditionExpression=" AND ".join(conditions),
            ExpressionAttributeNames=names,
            ExpressionAttributeValues=values,
        )

    def mark_sent(
        self, pk: str, sk: str, escalation: Escalation, message_id: str, now: datetime
    ) -> None:
        client = self.client
        response = client.update_item(
            TableName=self.table_name,
            Key={"PK": {"S": pk}, "SK": {"S": sk}},
            UpdateExpression=(
                "SET escalations.#k.#st = :sent, escalations.#k.sent_at = :now, "
                "escalations.#k.message_id = :mid REMOVE escalations.#k.claimed_at"
            ),
            ConditionExpression="escalations.#k.#st = :sending",
            ExpressionAttributeNames={"#k": escalation.value, "#st": "status"},
            ExpressionAttributeValues={
                ":sent": {"S": "sent"},
                ":sending": {"S": "sending"},
                ":now": {"S": now.isoformat()},
                ":mid": {"S": message_id},
            },
            ReturnValues="ALL_NEW",
        )
        escalations = response.get("Attributes", {}).get("escalations", {}).get("M", {})
        # Updates of one item are serialised, so the last escalation marked sees all sent.
        if all(v["M"]["status"]["S"] == "sent" for v in escalations.values()):
            client.update_item(
                TableName=self.table_name,
                Key={"PK": {"S": pk}, "SK": {"S": sk}},
                UpdateExpression="REMOVE pending, pending_sort",
            )

    # --- actions and overrides: separate, append-only items next to their version ------

    def _append(self, item: dict[str, Any], at: datetime) -> bool:
        when = at.astimezone(UTC)
        item |= {
            "day": {"S": f"DAY#{when.date().isoformat()}"},
            "day_sort": {"S": f"{when.isoformat()}#{item['PK']['S']}#{item['SK']['S']}"},
        }
        return self._put_if_new(item)

    def _put_if_new(self, item: dict[str, Any]) -> bool:
        """Append-only: write the item unless one with its key exists (then False)."""
        client = self.client
        try:
            client.put_item(
                TableName=self.table_name,
                Item=item,
                ConditionExpression="attribute_not_exists(PK)",
            )
        except client.exceptions.ConditionalCheckFailedException:
            return False
        return True

    def put_action_item(
        self,
        *,
        pk: str,
        version: str,
        key: str,
        kind: str,
        attempt: int,
        data: dict[str, Any],
        at: datetime,
    ) -> bool:
        suffix = {"attempt": f"A#{attempt:03d}", "answer": f"A#{attempt:03d}#answer"}.get(kind, "R")
        return self._append(
            {
                "PK": {"S": pk},
                "SK": {"S": f"{ACTION_PREFIX}{version}#{key}#{suffix}"},
                "item_type": {"S": f"action_{kind}"},
                "version": {"S": version},
                "action_key": {"S": key},
                "attempt": {"N": str(attempt)},
                "at": {"S": at.astimezone(UTC).isoformat()},
                "data": {"S": json.dumps(data, ensure_ascii=False, sort_keys=True)},
            },
            at,
        )

    def action_items(self, pk: str, version: str, key: str) -> list[ActionItem]:
        items = self._query(
            KeyConditionExpression="PK = :pk AND begins_with(SK, :p)",
            ExpressionAttributeValues={
                ":pk": {"S": pk},
                ":p": {"S": f"{ACTION_PREFIX}{version}#{key}#"},
            },
            ConsistentRead=True,
        )
        return [_action_item(i) for i in items]

    def actions_of(self, pk: str, sk: str) -> list[ActionItem]:
        """Every action item of one version, in key order."""
        version = sk.removeprefix("V#")
        items = self._query(
            KeyConditionExpression="PK = :pk AND begins_with(SK, :p)",
            ExpressionAttributeValues={
                ":pk": {"S": pk},
                ":p": {"S": f"{ACTION_PREFIX}{version}#"},
            },
            ConsistentRead=True,
        )
        return [_action_item(i) for i in items]

    def put_override(self, override: Override) -> bool:
        version = override.record_sk.removeprefix("V#")
        return self._append(
            {
                "PK": {"S": override.record_pk},
                "SK": {
                    "S": f"{OVERRIDE_PREFIX}{version}#{override.at.astimezone(UTC).isoformat()}"
                    f"#{override.override_id}"
                },
                "item_type": {"S": "override"},
                "version": {"S": version},
                "override_id": {"S": override.override_id},
                "kind": {"S": override.kind},
                "by": {"S": override.by},
                "via": {"S": override.via},
                "reason": {"S": override.reason},
                "at": {"S": override.at.astimezone(UTC).isoformat()},
            },
            override.at,
        )

    def overrides(self, pk: str, sk: str) -> list[Override]:
        version = sk.removeprefix("V#")
        items = self._query(
            KeyConditionExpression="PK = :pk AND begins_with(SK, :p)",
            ExpressionAttributeValues={
                ":pk": {"S": pk},
                ":p": {"S": f"{OVERRIDE_PREFIX}{version}#"},
            },
            ConsistentRead=True,
        )
        return [_override(pk, sk, i) for i in items]

    def token_used(self, nonce: str) -> bool:
        response = self.client.get_item(
            TableName=self.table_name,
            Key={"PK": {"S": f"TOKEN#{nonce}"}, "SK": {"S": "USED"}},
            ConsistentRead=True,
        )
        return "Item" in response

    def use_token(self, nonce: str, record_id: str, by: str, at: datetime) -> bool:
        """Spend a review link's one use; False when it was used before."""
        return self._append(
            {
                "PK": {"S": f"TOKEN#{nonce}"},
                "SK": {"S": "USED"},
                "item_type": {"S": "token_use"},
                "record_id": {"S": record_id},
                "by": {"S": by},
                "at": {"S": at.astimezone(UTC).isoformat()},
            },
            at,
        )

    # --- reads --------------------------------------------------------------------------

    def get(self, pk: str, sk: str) -> StoredRecord | None:
        response = self.client.get_item(
            TableName=self.table_name,
            Key={"PK": {"S": pk}, "SK": {"S": sk}},
            ConsistentRead=True,
        )
        item = response.get("Item")
        return _record(item) if item else None

    def versions(self, platform: Platform | str, object_id: str) -> list[StoredRecord]:
        """Every stored version of one platform object, by the platform's time, then by when
        each was received (two edits may carry the same `created_time`)."""
        records = [
            _record(i)
            for i in self._query(
                # Actions and overrides live in the same partition, next to their version.
                KeyConditionExpression="PK = :pk AND begins_with(SK, :v)",
                ExpressionAttributeValues={
                    ":pk": {"S": record_pk(platform, object_id)},
                    ":v": {"S": "V#"},
                },
                ConsistentRead=True,
            )
        ]
        return sorted(records, key=lambda r: (r.event.created_time, r.received_at))

    def find_version(self, event: Event, version: str) -> StoredRecord | None:
        """The stored record of this version, under its key or, for records written before
        versions were keyed by content (`V#<created_time>#<verb>`), by its content."""
        sk = record_sk(version)
        for item in self._query(
            # Only the versions: actions and overrides share the partition.
            KeyConditionExpression="PK = :pk AND begins_with(SK, :v)",
            ExpressionAttributeValues={
                ":pk": {"S": record_pk(event.platform, event.object_id)},
                ":v": {"S": "V#"},
            },
            ConsistentRead=True,
        ):
            if item["SK"]["S"] == sk:
                return _record(item)
            if item.get("verb", {}).get("S") == event.verb.value:
                stored = _record(item)
                if content_version(stored.event) == version:
                    return stored
        return None

    def author_recent(self, platform: Platform, author_id: str, since: datetime) -> list[PriorPost]:
        items = self._query(
            IndexName=AUTHOR_INDEX,
            KeyConditionExpression="author_key = :a AND author_sort >= :since",
            ExpressionAttributeValues={
                ":a": {"S": _author_key(platform, author_id)},
                ":since": {"S": since.astimezone(UTC).isoformat()},
            },
        )
        latest: dict[str, PriorPost] = {}
        for i in items:
            post = PriorPost(
                object_id=i["object_id"]["S"],
                created_time=datetime.fromisoformat(i["created_time"]["S"]),
                fingerprint=i["fingerprint"]["S"],
                removed=i["removed"]["BOOL"],
            )
            # An edit is a later version of the same post, not a second post.
            known = latest.get(post.object_id)
            if known is None or post.created_time >= known.created_time:
                latest[post.object_id] = post
        return sorted(latest.values(), key=lambda p: p.created_time)

    def history(self, platform: Platform) -> AuthorHistory:
        return DynamoAuthorHistory(self, platform)

    def pending_escalations(self) -> list[tuple[str, str]]:
        """Keys of records with an escalation not yet mailed, oldest first."""
        items = self._query(
            IndexName=PENDING_INDEX,
            KeyConditionExpression="pending = :p",
            ExpressionAttributeValues={":p": {"S": PENDING}},
        )
        return [(i["PK"]["S"], i["SK"]["S"]) for i in items]

    def pending_before(self, cutoff: datetime) -> list[tuple[str, str]]:
        """Keys of records with an escalation not yet mailed, received before `cutoff`."""
        items = self._query(
            IndexName=PENDING_INDEX,
            KeyConditionExpression="pending = :p AND pending_sort < :cutoff",
            ExpressionAttributeValues={
                ":p": {"S": PENDING},
                ":cutoff": {"S": cutoff.astimezone(UTC).isoformat()},
            },
        )
        return [(i["PK"]["S"], i["SK"]["S"]) for i in items]

    def iter_records(
        self, since: datetime, until: datetime | None = None
    ) -> Iterator[dict[str, Any]]:
        """Every record received in [since, until), oldest first, as JSON-ready dicts."""
        start = since.astimezone(UTC)
        end = (until or datetime.now(UTC)).astimezone(UTC)
        day = start.date()
        while day <= end.date():
            for item in self._query(
                IndexName=DAY_INDEX,
                KeyConditionExpression="#d = :d AND day_sort BETWEEN :a AND :b",
                ExpressionAttributeNames={"#d": "day"},
                ExpressionAttributeValues={
                    ":d": {"S": f"DAY#{day.isoformat()}"},
                    ":a": {"S": start.isoformat()},
                    ":b": {"S": end.isoformat()},
                },
            ):
                if item["PK"]["S"].startswith(QUARANTINE_PREFIX):
                    exported = quarantine_export_dict(item)
                    if start <= datetime.fromisoformat(exported["received_at"]) < end:
                        yield exported
                    continue
                kind = item.get("item_type", {}).get("S", "version")
                if kind == "version":
                    record = _record(item)
                    if start <= record.received_at < end:
                        yield export_dict(record)
                elif kind != "token_use":
                    yield export_item(item)
            day += timedelta(days=1)

    def _query(self, **kwargs: Any) -> Iterator[dict[str, Any]]:
        paginator = self.client.get_paginator("query")
        for page in paginator.paginate(TableName=self.table_name, **kwargs):
            yield from page.get("Items", [])


def export_item(item: Mapping[str, Any]) -> dict[str, Any]:
    """An action attempt, answer, result or an override as one export line."""
    pk, sk = item["PK"]["S"], item["SK"]["S"]
    version = item.get("version", {}).get("S", "")
    out: dict[str, Any] = {
        "type": item["item_type"]["S"],
        "pk": pk,
        "sk": sk,
        "record_id": f"{pk}|V#{version}",
    }
    for name, value in item.items():
        if name in ("PK", "SK", "item_type", "day", "day_sort"):
            continue
        if "S" in value:
            out[name] = json.loads(value["S"]) if name == "data" else value["S"]
        elif "N" in value:
            out[name] = int(value["N"])
    return out


def _action_item(item: Mapping[str, Any]) -> ActionItem:
    return ActionItem(
        sk=item["SK"]["S"],
        kind=item["item_type"]["S"].removeprefix("action_"),
        attempt=int(item["attempt"]["N"]),
        data=json.loads(item["data"]["S"]),
        at=datetime.fromisoformat(item["at"]["S"]),
    )


def _override(pk: str, sk: str, item: Mapping[str, Any]) -> Override:
    return Override(
        kind=item["kind"]["S"],
        by=item["by"]["S"],
        via=item["via"]["S"],
        reason=item["reason"]["S"],
        at=datetime.fromisoformat(item["at"]["S"]),
        override_id=item["override_id"]["S"],
        record_pk=pk,
        record_sk=sk,
    )


def export_dict(record: StoredRecord) -> dict[str, Any]:
    return {
        "type": "version",
        "record_id": record.record_id,
        "reference": log_ref(record.record_id),
        "pk": record.pk,
        "sk": record.sk,
        "received_at": record.received_at.isoformat(),
        "version": record.sk.removeprefix("V#"),
        "event": record.event.model_dump(mode="json"),
        "decision": record.decision.model_dump(mode="json"),
        "escalations": {k.value: dict(v) for k, v in record.escalations.items()},
        "overrides": record.overrides,
        "correlation_id": record.correlation_id,
    }


def quarantine_export_dict(item: Mapping[str, Any]) -> dict[str, Any]:
    """A quarantined part as exported: marked `quarantine`, the raw part as it came."""
    received = datetime.fromisoformat(item["received_at"]["S"]).astimezone(UTC)
    return {
        "type": "quarantine",
        "record_id": f"{item['PK']['S']}|{item['SK']['S']}",
        "pk": item["PK"]["S"],
        "sk": item["SK"]["S"],
        "received_at": received.isoformat(),
        "quarantine": json.loads(item["quarantine"]["S"]),
        "correlation_id": item.get("correlation_id", {}).get("S", ""),
    }


def _record(item: Mapping[str, Any]) -> StoredRecord:
    escalations = {
        Escalation(k): {f: str(next(iter(v.values()))) for f, v in m["M"].items()}
        for k, m in item.get("escalations", {}).get("M", {}).items()
    }
    return StoredRecord(
        pk=item["PK"]["S"],
        sk=item["SK"]["S"],
        event=Event.model_validate_json(item["event"]["S"]),
        decision=Decision.model_validate_json(item["decision"]["S"]),
        received_at=datetime.fromisoformat(item["received_at"]["S"]),
        escalations=escalations,
        overrides=[json.loads(o["S"]) for o in item.get("overrides", {}).get("L", [])],
        correlation_id=item.get("correlation_id", {}).get("S", ""),
    )


class DynamoAuthorHistory:
    """`AuthorHistory` for one platform (author ids are per platform) over the records table."""

    def __init__(self, store: RecordStore, platform: Platform) -> None:
        self.store = store
        self.platform = platform

    def recent(self, author_id: str, since: datetime) -> Sequence[PriorPost]:
        if not author_id:
            return ()
        return self.store.author_recent(self.platform, author_id, since)
