"""How the shipped linear model compares with fastText on our corpus (the choice in
docs/policy.md). A measurement, not part of the build: fastText is not a dependency.

    pip install fasttext-wheel   # into the project's .venv, for this script only
    python scripts/compare_fasttext.py

Both models see the same inputs (the layer's words view plus the context markers) and the same
folds, with whole phenomena held out (GroupKFold), so every item is scored by a model that never
saw its phrasing. Reported per category: average precision (threshold-free) and the best F1.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from sklearn.metrics import average_precision_score, precision_recall_curve
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_model as tm


def _best_f1(y: np.ndarray, s: np.ndarray) -> float:
    p, r, _ = precision_recall_curve(y, s)
    f = 2 * p * r / np.maximum(p + r, 1e-9)
    return float(f.max())


def _fasttext_line(item: tm.Item) -> str:
    labels = " ".join(f"__label__{c.value}" for c in sorted(item.labels)) or "__label__none"
    # Unigrams and context markers; fastText makes its own n-grams (wordNgrams, minn/maxn).
    words = [w[2:] for w in item.words if w.startswith("w:")]
    meta = [w.replace(":", "_") for w in item.words if w.startswith("m:")]
    return f"{labels} {' '.join(words + meta)}"


def main() -> int:
    import fasttext

    items = tm.load_items()
    y = tm.labels_matrix(items)
    groups = [it.phenomenon for it in items]
    splits = list(GroupKFold(n_splits=tm.FOLDS).split(items, groups=groups))
    linear = np.zeros(y.shape)
    fast = np.zeros(y.shape)
    t_lin = t_ft = 0.0
    for train, test in splits:
        start = time.perf_counter()
        vec = tm.Vectorizer([items[i] for i in train])
        xtr = vec.transform([items[i] for i in train])
        xte = vec.transform([items[i] for i in test])
        for j in range(y.shape[1]):
            if y[train, j].any():
                linear[test, j] = tm._fit(xtr, y[train, j]).predict_proba(xte)[:, 1]
        t_lin += time.perf_counter() - start

        start = time.perf_counter()
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:
            fh.write("\n".join(_fasttext_line(items[i]) for i in train) + "\n")
        model = fasttext.train_supervised(
            fh.name,
            loss="ova",
            epoch=25,
            lr=0.5,
            wordNgrams=2,
            minn=3,
            maxn=5,
            dim=50,
            bucket=200_000,
            thread=1,
            seed=tm.SEED,
            verbose=0,
        )
        for i in test:
            text = _fasttext_line(items[i]).split(" ", 1)[1]
            # The low-level call: fastText's wrapper breaks on NumPy 2 (`copy=False`).
            got = {label: prob for prob, label in model.f.predict(text, -1, 0.0, "strict")}
            for j, c in enumerate(tm.CATEGORIES):
                fast[i, j] = got.get(f"__label__{c.value}", 0.0)
        t_ft += time.perf_counter() - start

    print(
        f"{'category':15}{'AP linear':>11}{'AP fastText':>13}{'F1 linear':>11}{'F1 fastText':>13}"
    )
    aps: dict[str, list[float]] = {"linear": [], "fast": []}
    f1s: dict[str, list[float]] = {"linear": [], "fast": []}
    for j, c in enumerate(tm.CATEGORIES):
        if not y[:, j].any():
            continue
        a_l, a_f = (
            average_precision_score(y[:, j], linear[:, j]),
            average_precision_score(y[:, j], fast[:, j]),
        )
        f_l, f_f = _best_f1(y[:, j], linear[:, j]), _best_f1(y[:, j], fast[:, j])
        aps["linear"].append(a_l)
        aps["fast"].append(a_f)
        f1s["linear"].append(f_l)
        f1s["fast"].append(f_f)
        print(f"{c.value:15}{a_l:>13.3f}{a_f:>13.3f}{f_l:>13.3f}{f_f:>13.3f}")
    print(
        f"{'mean':15}{np.mean(aps['linear']):>13.3f}{np.mean(aps['fast']):>13.3f}"
        f"{np.mean(f1s['linear']):>13.3f}{np.mean(f1s['fast']):>13.3f}"
    )
    print(f"training time over {len(splits)} folds: linear {t_lin:.0f} s, fastText {t_ft:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
