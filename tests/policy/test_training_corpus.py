"""The training corpus in training/: its shape (volume, phenomena, hard negatives), its
catalogue, and its independence from the dev corpus, which is a test set."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.scripts import load_script

_ROOT = Path(__file__).resolve().parents[2]
_DEV = _ROOT.parent / "shared" / "corpus" / "dev.jsonl"


@pytest.fixture(scope="module")
def scan() -> object:
    return load_script("check_training_corpus").scan()


def test_every_line_is_valid_and_every_phenomenon_is_catalogued(scan: object) -> None:
    problems = scan.problems  # type: ignore[attr-defined]
    assert not problems, "\n".join(problems[:20])


def test_the_corpus_is_large_with_many_phenomena_and_hard_negatives(scan: object) -> None:
    total, ok = scan.total, scan.ok  # type: ignore[attr-defined]
    assert total >= 6000
    assert ok / total >= 0.40
    per_category = scan.phenomena_per_category()  # type: ignore[attr-defined]
    thin = {c: n for c, n in per_category.items() if c != "ok" and n < 15}
    assert not thin, f"categories with fewer than 15 phenomena: {thin}"
    assert len(per_category) == 11  # ten categories and ok


def test_the_catalogue_counts_what_the_files_hold(scan: object) -> None:
    rows = (_ROOT / "training/CATALOGUE.tsv").read_text(encoding="utf-8").splitlines()[1:]
    listed = {r.split("\t")[0]: int(r.split("\t")[2]) for r in rows}
    assert listed == dict(scan.counts)  # type: ignore[attr-defined]
    assert all(r.split("\t")[3].strip() for r in rows), "every phenomenon has a definition"


def _grams(text: str) -> set[str]:
    w = re.findall(r"\w+", text.lower())
    return {" ".join(w[i : i + 4]) for i in range(len(w) - 3)}


@pytest.mark.skipif(not _DEV.is_file(), reason=f"the dev corpus is not beside the repo ({_DEV})")
def test_no_training_item_echoes_a_dev_sentence() -> None:
    index: dict[str, set[int]] = {}
    for i, line in enumerate(_DEV.read_text(encoding="utf-8").splitlines()):
        if line.strip():
            for g in _grams(json.loads(line)["text"]):
                index.setdefault(g, set()).add(i)
    echoes = []
    for path in sorted((_ROOT / "training/corpus").glob("*/*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            grams = _grams(json.loads(line)["text"])
            if len(grams) < 3:
                continue
            shared: dict[int, int] = {}
            for g in grams:
                for i in index.get(g, ()):
                    shared[i] = shared.get(i, 0) + 1
            if shared and max(shared.values()) / len(grams) >= 0.5:
                echoes.append(f"{path.relative_to(_ROOT)}:{n}")
    assert not echoes, f"training lines that repeat a dev sentence: {echoes[:10]}"
