"""`kommunvakt classify`: corpus-format JSONL on stdin, one decision a line on stdout."""

from __future__ import annotations

import argparse
import json
import sys

from kommunvakt.cli.io import decision_json, iter_lines
from kommunvakt.policy.config import PolicyError
from kommunvakt.policy.corpus import CorpusError, parse_line
from kommunvakt.policy.engine import Engine
from kommunvakt.policy.replay import Replayer


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", default="-", help="JSONL input (default: stdin)")


def run(args: argparse.Namespace) -> int:
    try:
        engine = Engine.load(args.policy)
    except PolicyError as exc:
        print(f"kommunvakt: {exc}", file=sys.stderr)
        return 2
    replayer = Replayer(engine)
    bad = 0
    out = sys.stdout
    for n, line in enumerate(iter_lines(path=args.file), start=1):
        if not line.strip():
            continue
        try:
            item = parse_line(line)
        except CorpusError as exc:
            bad += 1
            print(f"kommunvakt: line {n}: {exc}", file=sys.stderr)
            continue
        decision = replayer.judge(item.event)
        out.write(json.dumps(decision_json(item.id, decision)) + "\n")
    out.flush()
    return 1 if bad else 0
