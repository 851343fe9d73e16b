"""`kommunvakt explain TEXT`: the decision for a person, evidence highlighted in place."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from kommunvakt.cli.io import load_engine
from kommunvakt.domain.models import Attachment, Decision, Event, EventKind, Platform

_ACTION_SV = {"allow": "tillåt", "review": "dölj i väntan på granskning", "remove": "ta bort"}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", help="the comment to judge ('-' reads it from stdin)")
    parser.add_argument("--post", default=None, help="the text of the post it answers")
    parser.add_argument(
        "--attachment",
        action="append",
        default=[],
        choices=["photo", "video", "link", "sticker"],
        help="an attachment of this type (repeatable)",
    )
    parser.add_argument("--kind", default="comment", choices=[k.value for k in EventKind])
    parser.add_argument(
        "--color", choices=["auto", "always", "never"], default="auto", help="highlighting"
    )


def run(args: argparse.Namespace) -> int:
    engine = load_engine(args.policy)
    if engine is None:
        return 2
    text = sys.stdin.read() if args.text == "-" else args.text
    event = Event(
        platform=Platform.FACEBOOK,
        kind=EventKind(args.kind),
        object_id="explain",
        author_id="explain",
        created_time=datetime.now(UTC),
        text=text,
        post_text=args.post,
        attachments=tuple(Attachment(type=t) for t in args.attachment),
    )
    decision = engine.decide(event)
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
    print(render(text, decision, color=color, templates=engine.policy.reply_templates))
    return 0


def highlight(text: str, decision: Decision, *, color: bool) -> str:
    """The text with every evidence span marked; personal data shown masked."""
    spans: dict[tuple[int, int], str] = {}
    for f in decision.violations:
        for ev in f.evidence:
            spans.setdefault((ev.start, ev.end), ev.masked)
    # Overlapping spans: keep the earliest-starting, longest one.
    chosen: list[tuple[int, int, str]] = []
    for (start, end), masked in sorted(spans.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
        if chosen and start < chosen[-1][1]:
            continue
        chosen.append((start, end, masked))
    out, pos = [], 0
    for start, end, masked in chosen:
        out.append(text[pos:start])
        out.append(f"\x1b[1;31m{masked}\x1b[0m" if color else f"[[{masked}]]")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def render(text: str, decision: Decision, *, color: bool, templates: dict[str, str]) -> str:
    lines = [highlight(text, decision, color=color), ""]
    if decision.ok:
        lines.append("Beslut: tillåt — inget i texten bryter mot reglerna.")
    else:
        action = _ACTION_SV.get(decision.action.value, decision.action.value)
        lines.append(f"Beslut: {action} ({decision.action.value})")
        for f in decision.violations:
            lines.append(
                f"  • {f.category.value} — regel «{f.clause}» — {f.detector} ({f.score:.2f})"
            )
            if f.detector.startswith("model:"):
                # A model finding has no single matching phrase: show what weighed most.
                words = ", ".join(f"«{ev.masked}» ({ev.start}–{ev.end})" for ev in f.evidence)
                lines.append(f"      inlärd modell, ord som vägde tyngst: {words or '–'}")
                continue
            for ev in f.evidence:
                lines.append(f"      tecken {ev.start}–{ev.end}: «{ev.masked}»")
        if decision.escalations:
            lines.append("Eskaleras till Kontaktcenter: " + ", ".join(decision.escalations))
        if decision.reply_template:
            lines += ["", "Svar att publicera:", templates.get(decision.reply_template, "")]
    lines.append(f"Policyversion: {decision.policy_version}")
    if decision.model_version:
        lines.append(f"Modellversion: {decision.model_version}")
    return "\n".join(lines)
