"""Check the training corpus under training/ and (re)write its catalogue.

Each phenomenon is one file, `training/corpus/<category>/<slug>.jsonl` (category `ok` for items
with no label), and is named with a one-line definition in `training/catalogue/*.tsv`
(columns: phenomenon id `<category>.<slug>`, category, definition). This script checks every
line (fields, labels, duplicates), fills in `id` where it is missing, and writes
`training/CATALOGUE.tsv` with the item count of each phenomenon.

    python scripts/check_training_corpus.py            # check and report
    python scripts/check_training_corpus.py --write    # also normalise ids and the catalogue
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "training"
CATEGORIES = {
    "personal_case",
    "rumor",
    "abusive",
    "crime",
    "media_rights",
    "advertising",
    "spam",
    "political",
    "confidential",
    "irrelevant",
}
KINDS = {"comment", "reply", "post"}
PLATFORMS = {"facebook", "instagram"}
ATTACHMENT_TYPES = {"photo", "video", "link", "sticker"}
FIELD_ORDER = (
    "id",
    "platform",
    "kind",
    "author",
    "created_time",
    "post",
    "text",
    "attachments",
    "labels",
    "why",
)
REQUIRED = ("platform", "kind", "post", "text", "attachments", "labels", "why")


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def check_item(obj: object, folder: str) -> list[str]:
    if not isinstance(obj, dict):
        return ["not a JSON object"]
    errors = [f"missing field {f!r}" for f in REQUIRED if f not in obj]
    if errors:
        return errors
    if obj["platform"] not in PLATFORMS:
        errors.append(f"platform {obj['platform']!r}")
    if obj["kind"] not in KINDS:
        errors.append(f"kind {obj['kind']!r}")
    if not isinstance(obj["text"], str) or not obj["text"].strip():
        errors.append("text empty or not a string")
    if not isinstance(obj["post"], str):
        errors.append('post not a string (use "" for none)')
    atts = obj["attachments"]
    if not isinstance(atts, list) or any(
        not isinstance(a, dict) or a.get("type") not in ATTACHMENT_TYPES or "url" not in a
        for a in atts
    ):
        errors.append("attachments must be a list of {type, url}")
    labels = obj["labels"]
    if not isinstance(labels, list) or any(x not in CATEGORIES for x in labels):
        errors.append(f"labels {labels!r}")
    elif folder == "ok" and labels:
        errors.append("an item in ok/ must have labels []")
    elif folder != "ok" and folder not in labels and not (folder == "spam" and obj.get("author")):
        # A repetition sequence in spam/ starts with a first copy judged on its own content.
        errors.append(f"an item in {folder}/ must carry the label {folder!r}")
    return errors


@dataclass
class Scan:
    problems: list[str] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    """Items per phenomenon (`<category>.<slug>`)."""
    labels: Counter[str] = field(default_factory=Counter)
    """Items per label (`ok` for none)."""
    definitions: dict[str, tuple[str, str]] = field(default_factory=dict)
    total: int = 0
    ok: int = 0

    def phenomena_per_category(self) -> Counter[str]:
        return Counter(p.split(".")[0] for p in self.counts)


def scan(root: Path = ROOT, write: bool = False) -> Scan:
    """Check every file; with `write`, normalise ids and (re)write CATALOGUE.tsv."""
    result = Scan()
    for tsv in sorted((root / "catalogue").glob("*.tsv")):
        for n, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                result.problems.append(f"{tsv.name}:{n}: expected 3 tab-separated columns")
                continue
            result.definitions[parts[0]] = (parts[1], parts[2])

    seen_text: dict[str, str] = {}
    for path in sorted((root / "corpus").glob("*/*.jsonl")):
        folder = path.parent.name
        phenomenon = f"{folder}.{path.stem}"
        if folder != "ok" and folder not in CATEGORIES:
            result.problems.append(f"{path}: folder {folder!r} is not a category or ok")
        if phenomenon not in result.definitions:
            result.problems.append(f"{path}: phenomenon {phenomenon!r} has no catalogue line")
        out_lines = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                result.problems.append(f"{path}:{n}: not JSON ({exc.msg})")
                continue
            result.problems += [f"{path}:{n}: {err}" for err in check_item(obj, folder)]
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                continue
            key = _norm(obj["text"])
            if key in seen_text and not obj.get("author", "").startswith(("rep_", "dup_")):
                result.problems.append(f"{path}:{n}: same text as {seen_text[key]}")
            seen_text.setdefault(key, f"{path.name}:{n}")
            result.counts[phenomenon] += 1
            result.total += 1
            result.ok += not obj.get("labels")
            result.labels.update(obj.get("labels") or ["ok"])
            obj["id"] = f"{phenomenon}.{result.counts[phenomenon]:03d}"
            # The dev corpus's format: every field present, in its order.
            obj.setdefault("author", "w_" + hashlib.sha1(key.encode()).hexdigest()[:10])
            obj.setdefault("created_time", "2026-11-02T12:00:00+00:00")
            ordered = {k: obj[k] for k in FIELD_ORDER if k in obj}
            ordered.update((k, v) for k, v in obj.items() if k not in ordered)
            out_lines.append(json.dumps(ordered, ensure_ascii=False))
        if write and out_lines:
            path.write_text("\n".join(out_lines) + "\n", encoding="utf-8")
    if write:
        rows = ["phenomenon\tcategory\titems\tdefinition"]
        for ph in sorted(result.counts):
            cat, definition = result.definitions.get(ph, (ph.split(".")[0], ""))
            rows.append(f"{ph}\t{cat}\t{result.counts[ph]}\t{definition}")
        (root / "CATALOGUE.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="normalise ids, write CATALOGUE.tsv")
    args = parser.parse_args()
    result = scan(write=args.write)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    per_category = result.phenomena_per_category()
    total, ok = result.total, result.ok
    print(f"{total} items, {ok} ok ({ok / max(total, 1):.0%}), {len(result.counts)} phenomena")
    for cat in sorted(CATEGORIES | {"ok"}):
        n_ph, n_items = per_category[cat], result.labels[cat]
        print(f"  {cat:14s} phenomena {n_ph:3d}  items labelled {n_items:5d}")
    print(f"{len(result.problems)} problems", file=sys.stderr)
    return 1 if result.problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
