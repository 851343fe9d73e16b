"""`kommunvakt classify`: corpus-format JSONL on stdin, one decision a line on stdout."""

from __future__ import annotations

import argparse
import json
import sys

from kommunvakt.cli.io import CorpusReader, decision_json, load_engine
from kommunvakt.policy.replay import Replayer


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", default="-", help="JSONL input (default: stdin)")


def run(args: argparse.Namespace) -> int:
    engine = load_engine(args.policy)
    if engine is None:
        return 2
    replayer = Replayer(engine)
    reader = CorpusReader(args.file)
    out = sys.stdout
    try:
        for _, item in reader:
            decision = replayer.judge(item.event)
            out.write(json.dumps(decision_json(item.id, decision)) + "\n")
    except OSError as exc:
        return reader.unreadable(exc)
    out.flush()
    return 1 if reader.bad else 0
