"""Where the policy layer spends its time per item: each view, each detector, the engine.

`python scripts/profile_detectors.py [--corpus FILE]`. The calibration line times a fixed
pure-Python workload, so figures from a loaded machine can be compared with a quiet one
(on a quiet machine of this project's kind it takes about 20 ms).
"""

from __future__ import annotations

import argparse
import time
from functools import cached_property
from pathlib import Path

from kommunvakt.policy.config import load_policy
from kommunvakt.policy.context import Context
from kommunvakt.policy.corpus import parse_line
from kommunvakt.policy.engine import Engine


def calibrate() -> float:
    start = time.perf_counter()
    total = 0
    for i in range(400_000):
        total += i % 7
    return (time.perf_counter() - start) * 1e3


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/dev.jsonl"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    events = [
        parse_line(line).event
        for line in args.corpus.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    engine = Engine.load()
    for ev in events:
        engine.decide(ev)
    n = len(events) * args.repeat
    print(f"calibration: {calibrate():.1f} ms (quiet machine ≈ 20 ms)")
    views = [k for k, v in vars(Context).items() if isinstance(v, cached_property)]
    for view in views:
        ctxs = [Context(ev, engine.policy) for ev in events for _ in range(args.repeat)]
        start = time.perf_counter()
        for c in ctxs:
            getattr(c, view)
        print(f"view {view:<28} {(time.perf_counter() - start) / n * 1e6:8.1f} µs/item")
    for det in engine.detectors:
        ctxs = [Context(ev, engine.policy) for ev in events for _ in range(args.repeat)]
        for c in ctxs:
            for view in views:
                getattr(c, view)
        start = time.perf_counter()
        for c in ctxs:
            det.analyze(c)
        per_item = (time.perf_counter() - start) / n * 1e6
        print(f"detector {type(det).__name__:<24} {per_item:8.1f} µs/item")
    bare = Engine(load_policy(), [])
    start = time.perf_counter()
    for _ in range(args.repeat):
        for ev in events:
            bare.decide(ev)
    print(
        f"engine overhead (no detectors)   {(time.perf_counter() - start) / n * 1e6:8.1f} µs/item"
    )
    start = time.perf_counter()
    for _ in range(args.repeat):
        for ev in events:
            engine.decide(ev)
    print(
        f"whole decide                     {(time.perf_counter() - start) / n * 1e6:8.1f} µs/item"
    )


if __name__ == "__main__":
    main()
