"""`kommunvakt export`: the stored records as JSONL, for a public-records request
(allmän handling): each received version of a post or comment with its decision and any
person's override. Works against the local AWS stand-in and against real AWS alike."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

import boto3
from botocore.exceptions import BotoCoreError, ClientError

from kommunvakt.adapters.dynamodb import RecordStore
from kommunvakt.domain.masking import log_ref, mask_name, mask_personal_text
from kommunvakt.local import defaults


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Write every record received in [--since, --until) as one JSON object a line. "
        "Dates without a time are whole days in the local time zone. AWS access comes from "
        "the standard AWS environment (profile, AWS_REGION, AWS_ENDPOINT_URL) unless "
        "--endpoint-url is given."
    )
    parser.add_argument(
        "--since", required=True, type=since_arg, metavar="DATE", help="YYYY-MM-DD[THH:MM], today"
    )
    parser.add_argument(
        "--until", type=until_arg, default=None, metavar="DATE", help="end, inclusive for a date"
    )
    parser.add_argument("--endpoint-url", default=None, help="e.g. http://127.0.0.1:5000 (local)")
    parser.add_argument(
        "--table",
        default=None,
        help=f"records table (default: $TABLE_NAME, else {defaults.LOCAL_TABLE_NAME})",
    )
    parser.add_argument("--region", default=None, help="AWS region (default: from the env)")
    parser.add_argument("--out", type=Path, default=None, help="output file (default: stdout)")
    parser.add_argument(
        "--unmasked",
        action="store_true",
        help=(
            "write texts, author names and quarantined bodies in clear (only for the "
            "municipality's own secrecy review); by default personal data is masked"
        ),
    )


def _parse(value: str, *, end: bool) -> datetime:
    text = value.strip().lower()
    today = date.today()
    named = {
        "today": today,
        "yesterday": today - timedelta(days=1),
        "tomorrow": today + timedelta(days=1),
    }
    try:
        day = named.get(text)
        if day is None and len(text) == 10:
            day = date.fromisoformat(text)
        if day is not None:
            if end:
                day += timedelta(days=1)
            return datetime.combine(day, time.min).astimezone()
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (use YYYY-MM-DD)") from None
    return moment if moment.tzinfo else moment.astimezone()


def since_arg(value: str) -> datetime:
    return _parse(value, end=False)


def until_arg(value: str) -> datetime:
    return _parse(value, end=True)


def _is_local(endpoint: str | None) -> bool:
    host = urlsplit(endpoint or "").hostname or ""
    return host in ("127.0.0.1", "localhost", "::1")


def _client(endpoint: str | None, region: str | None) -> Any:
    return client_for("dynamodb", endpoint, region)


def client_for(service: str, endpoint: str | None, region: str | None) -> Any:
    kwargs: dict[str, Any] = {
        "region_name": region
        or os.environ.get("AWS_REGION")
        or os.environ.get("AWS_DEFAULT_REGION")
        or defaults.REGION,
    }
    if endpoint:
        kwargs["endpoint_url"] = endpoint
    session = boto3.session.Session()
    if _is_local(endpoint) and session.get_credentials() is None:
        # moto takes any credentials; a newcomer without an AWS profile should not need one.
        kwargs |= {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}
    return session.client(service, **kwargs)  # type: ignore[call-overload]


def _progress(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    if not sys.stderr.isatty():
        yield from records
        return
    try:
        from tqdm import tqdm  # optional: only for a person watching
    except ImportError:  # tqdm is optional: the export itself never needs it
        yield from records
        return
    yield from tqdm(records, desc="exporting", unit=" records", file=sys.stderr)


def masked(record: dict[str, Any]) -> dict[str, Any]:
    """The record with personal data masked: the author's name and id, and in the text and
    any quarantined body personnummer, phone numbers, e-mail addresses, names, addresses,
    property designations and health claims. Decisions carry masked evidence already."""
    out = dict(record)
    if isinstance(out.get("event"), dict):
        event = dict(out["event"])
        if event.get("author_name"):
            event["author_name"] = mask_name(str(event["author_name"]))
        if event.get("author_id"):
            event["author_id"] = log_ref(str(event["author_id"]))
        for key in ("text", "post_text"):
            if event.get(key):
                event[key] = mask_personal_text(str(event[key]))
        out["event"] = event
    if isinstance(out.get("quarantine"), dict):
        quarantine = dict(out["quarantine"])
        quarantine["raw"] = mask_personal_text(str(quarantine.get("raw", "")))
        out["quarantine"] = quarantine
    out["masked"] = True
    return out


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=True))
        out.write("\n")
        count += 1
    return count


def run(args: argparse.Namespace) -> int:
    table = args.table or os.environ.get("TABLE_NAME") or defaults.LOCAL_TABLE_NAME
    if args.until is not None and args.until <= args.since:
        print("kommunvakt export: --until must be after --since", file=sys.stderr)
        return 2
    store = RecordStore(table, client=_client(args.endpoint_url, args.region))
    records: Iterable[dict[str, Any]] = _progress(store.iter_records(args.since, args.until))
    if not getattr(args, "unmasked", False):
        records = map(masked, records)
    try:
        if args.out is None:
            count = write_jsonl(records, sys.stdout)
            sys.stdout.flush()
        else:
            count = _write_file(args.out, records)
    except ClientError as exc:
        code = exc.response.get("Error", {}).get("Code", "")
        if code == "ResourceNotFoundException":
            print(f"kommunvakt export: no table {table!r} there", file=sys.stderr)
        else:
            print(f"kommunvakt export: AWS refused: {code}", file=sys.stderr)
        return 1
    except BotoCoreError as exc:
        print(f"kommunvakt export: {exc}", file=sys.stderr)
        return 1
    print(f"{count} record(s) exported", file=sys.stderr)
    return 0


def _write_file(path: Path, records: Iterable[dict[str, Any]]) -> int:
    # Written beside the target and renamed: a failed export never leaves half a file.
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            count = write_jsonl(records, out)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count
