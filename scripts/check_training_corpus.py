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
import json
import re
import sys
from collections import Counter
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="normalise ids, write CATALOGUE.tsv")
    args = parser.parse_args()

    definitions: dict[str, tuple[str, str]] = {}
    for tsv in sorted((ROOT / "catalogue").glob("*.tsv")):
        for n, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                print(f"{tsv.name}:{n}: expected 3 tab-separated columns", file=sys.stderr)
                continue
            definitions[parts[0]] = (parts[1], parts[2])

    problems = 0
    counts: Counter[str] = Counter()
    seen_text: dict[str, str] = {}
    label_counts: Counter[str] = Counter()
    total = ok = 0
    for path in sorted((ROOT / "corpus").glob("*/*.jsonl")):
        folder = path.parent.name
        phenomenon = f"{folder}.{path.stem}"
        if folder != "ok" and folder not in CATEGORIES:
            print(f"{path}: folder {folder!r} is not a category or ok", file=sys.stderr)
            problems += 1
        if phenomenon not in definitions:
            print(f"{path}: phenomenon {phenomenon!r} has no catalogue line", file=sys.stderr)
            problems += 1
        out_lines = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"{path}:{n}: not JSON ({exc.msg})", file=sys.stderr)
                problems += 1
                continue
            for err in check_item(obj, folder):
                print(f"{path}:{n}: {err}", file=sys.stderr)
                problems += 1
            if isinstance(obj, dict) and isinstance(obj.get("text"), str):
                key = _norm(obj["text"])
                if key in seen_text and not obj.get("author"):
                    print(f"{path}:{n}: same text as {seen_text[key]}", file=sys.stderr)
                    problems += 1
                seen_text.setdefault(key, f"{path.name}:{n}")
                counts[phenomenon] += 1
                total += 1
                ok += not obj.get("labels")
                label_counts.update(obj.get("labels") or ["ok"])
                obj["id"] = f"{phenomenon}.{counts[phenomenon]:03d}"
                obj.setdefault("author", f"t_{path.stem[:12]}_{counts[phenomenon]:03d}")
                obj.setdefault("created_time", "2026-03-01T12:00:00+00:00")
                out_lines.append(json.dumps(obj, ensure_ascii=False))
        if args.write and out_lines:
            path.write_text("\n".join(out_lines) + "\n", encoding="utf-8")

    per_category: Counter[str] = Counter(p.split(".")[0] for p in counts)
    print(f"{total} items, {ok} ok ({ok / max(total, 1):.0%}), {len(counts)} phenomena")
    for cat in sorted(CATEGORIES | {"ok"}):
        n_ph, n_items = per_category[cat], label_counts[cat]
        print(f"  {cat:14s} phenomena {n_ph:3d}  items labelled {n_items:5d}")
    if args.write:
        rows = ["phenomenon\tcategory\titems\tdefinition"]
        for ph in sorted(counts):
            cat, definition = definitions.get(ph, (ph.split(".")[0], ""))
            rows.append(f"{ph}\t{cat}\t{counts[ph]}\t{definition}")
        (ROOT / "CATALOGUE.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{problems} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
