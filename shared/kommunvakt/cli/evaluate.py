"""`kommunvakt eval FILE`: per-category precision/recall/F1, macro-F1, false alarms."""

from __future__ import annotations

import argparse
import json

from kommunvakt.cli.io import CorpusReader, load_engine, report_line
from kommunvakt.domain.models import Category
from kommunvakt.policy.evaluation import Report
from kommunvakt.policy.replay import Replayer


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="labelled JSONL corpus")
    parser.add_argument("--json", action="store_true", help="machine-readable report")
    parser.add_argument(
        "--detectors",
        choices=["all", "rules", "model", "rules+model"],
        default="all",
        help="the layer as the policy sets it (default), the rules alone, the model alone, or "
        "rules and model with the model on in every discourse category",
    )
    parser.add_argument(
        "--errors", action="store_true", help="list the items where labels and decision differ"
    )


def run(args: argparse.Namespace) -> int:
    engine = load_engine(args.policy, args.detectors)
    if engine is None:
        return 2
    replayer = Replayer(engine)
    report = Report()
    reader = CorpusReader(args.file)
    try:
        for n, item in reader:
            if item.labels is None:
                report_line(n, "field 'labels': missing")
                continue
            decision = replayer.judge(item.event)
            report.add(item.id, item.labels, frozenset(decision.categories))
    except OSError as exc:
        return reader.unreadable(exc)
    if args.json:
        print(json.dumps(report.as_dict(), indent=2))
    else:
        print(format_report(report))
    if args.errors:
        for item_id, gold, pred in report.errors:
            missed = ",".join(sorted(c.value for c in gold - pred)) or "-"
            extra = ",".join(sorted(c.value for c in pred - gold)) or "-"
            print(f"{item_id}\tmissed={missed}\textra={extra}")
    return 0


def format_report(report: Report) -> str:
    rows = [f"{'category':<15}{'precision':>10}{'recall':>10}{'F1':>8}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for c in Category:
        s = report.per_category[c]
        rows.append(
            f"{c.value:<15}{s.precision:>10.3f}{s.recall:>10.3f}{s.f1:>8.3f}"
            f"{s.tp:>5}{s.fp:>5}{s.fn:>5}"
        )
    b = report.binary
    rows += [
        "",
        f"macro-F1          {report.macro_f1:.3f}",
        f"binary F1         {b.f1:.3f}  (precision {b.precision:.3f}, recall {b.recall:.3f})",
        f"false alarms      {report.false_alarms}/{report.ok_items} ok items "
        f"({report.false_alarm_rate:.1%})",
        f"items             {report.items}",
    ]
    return "\n".join(rows)
