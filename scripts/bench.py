"""Benchmark of the policy layer (`make bench`): throughput, latency, cold start, memory.

Figures, not assertions: it prints a table and never fails on a slow machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COLD_START = r"""
import time, resource, sys, json
t0 = time.perf_counter()
from datetime import datetime, UTC
from kommunvakt.policy.engine import Engine
from kommunvakt.domain.models import Event
engine = Engine.load()
t1 = time.perf_counter()
engine.decide(Event(platform="facebook", kind="comment", object_id="c1", author_id="a1",
    created_time=datetime(2025, 9, 1, tzinfo=UTC), text=sys.argv[1]))
t2 = time.perf_counter()
print(json.dumps({"load_ms": (t1 - t0) * 1e3, "first_ms": (t2 - t1) * 1e3,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def cold_start(runs: int) -> list[dict[str, float]]:
    text = "Hej! Ring mig på 070-123 45 67, mitt personnummer är 811218-9876."
    results = []
    # The environment the functions have in Lambda (template.yaml): pydantic's entry-point
    # scan for plugins is switched off there.
    env = {**os.environ, "PYDANTIC_DISABLE_PLUGINS": "1"}
    # The layer ships compiled bytecode (shared/Makefile runs compileall), so a cold start in
    # Lambda never compiles source. Here the children keep their bytecode in a cache of their
    # own (never in the repository), filled by one discarded run first.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "kommunvakt-bench-pycache")
    subprocess.run(
        [sys.executable, "-c", COLD_START, text], check=True, capture_output=True, env=env
    )
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", COLD_START, text],
            check=True,
            capture_output=True,
            text=True,
            env=env,
        ).stdout
        row = json.loads(out)
        row["process_ms"] = (time.perf_counter() - start) * 1e3
        results.append(row)
    return results


def throughput(corpus: Path, repeat: int) -> tuple[float, list[float], float]:
    from kommunvakt.policy.corpus import parse_line
    from kommunvakt.policy.engine import Engine
    from kommunvakt.policy.replay import Replayer

    events = [
        parse_line(line).event
        for line in corpus.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    engine = Engine.load()
    Replayer(engine).judge_all(events)  # warm caches and lazily loaded data
    for _ in Replayer(engine).judge_all(events):
        pass
    latencies: list[float] = []
    start = time.perf_counter()
    for _ in range(repeat):
        replayer = Replayer(engine)
        for event in events:
            t = time.perf_counter()
            replayer.judge(event)
            latencies.append(time.perf_counter() - t)
    elapsed = time.perf_counter() - start
    # Heap growth is measured on a separate pass: tracemalloc slows every allocation.
    import tracemalloc

    tracemalloc.start()
    for _ in Replayer(engine).judge_all(events):
        pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return len(events) * repeat / elapsed, latencies, peak / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/dev.jsonl"))
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--cold-runs", type=int, default=7)
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"bench: no corpus at {args.corpus}", file=sys.stderr)
        return 2
    rate, lat, peak_mb = throughput(args.corpus, args.repeat)
    lat_us = sorted(x * 1e6 for x in lat)
    cold = cold_start(args.cold_runs)

    def med(key: str) -> float:
        return statistics.median(r[key] for r in cold)

    rows = [
        ("items/s (one process)", f"{rate:,.0f}"),
        ("per item p50", f"{lat_us[len(lat_us) // 2]:.0f} µs"),
        ("per item p99", f"{lat_us[int(len(lat_us) * 0.99)]:.0f} µs"),
        ("per item max", f"{lat_us[-1]:.0f} µs"),
        ("engine load (fresh process, median)", f"{med('load_ms'):.0f} ms"),
        ("first decision (fresh process, median)", f"{med('first_ms'):.1f} ms"),
        ("load + first decision", f"{med('load_ms') + med('first_ms'):.0f} ms"),
        ("whole process incl. interpreter", f"{med('process_ms'):.0f} ms"),
        ("peak RSS (fresh process)", f"{med('rss_mb'):.0f} MiB"),
        ("peak Python heap while judging", f"{peak_mb:.1f} MiB"),
    ]
    width = max(len(k) for k, _ in rows)
    print(f"policy layer benchmark — {len(lat)} decisions ({args.repeat}× {args.corpus.name})")
    for k, v in rows:
        print(f"  {k:<{width}}  {v:>12}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
