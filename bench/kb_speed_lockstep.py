"""Two versions of the matcher timed message by message, in lockstep, on one CPU.

    taskset -c 0 python bench/kb_speed_lockstep.py TREE_A TREE_B [--variants 10000] [--rounds 5]
        [--data ../shared/faq-dev]

``TREE_A`` and ``TREE_B`` are checkouts (``git worktree add`` or ``git archive``) of the
two versions. Each gets a worker process of its own that builds its matcher on a KB of
``--variants`` question variants (``bench/kb_speed.py``'s synthesis of the faq-dev KB);
then every faq-dev query is timed in both workers, one right after the other, the order
alternating from query to query and round to round. On a shared machine whose speed
drifts by tens of percent over minutes (the 10,000-variant build took 19 to 35 s in one
hour), two separate runs of ``bench/kb_speed.py`` compare the drift; here both versions
meet the same drift at the same moment, and the ratio holds where the absolute figures
do not. Run it under ``taskset`` so that both workers share one core.

Each timed match starts without the memos of recent texts, as a resident's new message
does (``--repeat`` keeps them, as the benchmark did before the eighteenth round). Prints
per version the CPU p50 and p99 over all timings, the mean of the twelve slowest queries
(each query's fastest round), and the ratios B/A.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from kb_eval import faq_dev

SLOWEST = 12


def worker(data: Path, variants: int, honest: bool) -> None:
    """Build a matcher in this process's tree and time the queries named on stdin."""
    import knowledge_base

    # the tree's own matcher, not the one installed in the environment
    imported = Path(knowledge_base.__file__).resolve().parents[1]
    if imported != Path.cwd().resolve():
        raise SystemExit(f"{Path.cwd()} holds no knowledge_base/ (it came from {imported})")
    from kb_speed import synthesise  # this script's own: both trees match the same KB

    from knowledge_base import focus, given, language, tokens
    from knowledge_base.loader import load_kb
    from knowledge_base.matcher import Matcher

    queries = [
        json.loads(line)["q"]
        for line in (data / "queries.jsonl").read_text(encoding="utf-8").splitlines()
        if line
    ]
    matcher = Matcher(synthesise(load_kb(data / "kb"), variants))
    normaliser = matcher.index.normaliser

    def forget() -> None:
        for memo in (focus.clauses, given._cut, language.language_of, tokens.words_of):
            memo.cache_clear()
        normaliser._recent.cache_clear()

    for query in queries:  # warm the per-word memos once
        matcher.match(query)
    print(f"ready {len(queries)}", flush=True)
    for line in sys.stdin:
        query = queries[int(line)]
        if honest:
            forget()
        started_cpu, started = time.thread_time(), time.perf_counter()
        matcher.match(query)
        print(f"{time.thread_time() - started_cpu} {time.perf_counter() - started}", flush=True)


def start(tree: Path, data: Path, variants: int, honest: bool) -> tuple[subprocess.Popen[str], int]:
    env = {**os.environ, "PYTHONPATH": f"{tree}{os.pathsep}{tree / 'bench'}"}
    mode = "honest" if honest else "repeat"
    command = [sys.executable, __file__, "--worker", mode, "--variants", str(variants)]
    command += ["--data", str(data)]
    process = subprocess.Popen(
        command, cwd=tree, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    ready = process.stdout.readline().split()
    if not ready or ready[0] != "ready":
        raise SystemExit(f"the worker in {tree} did not start")
    return process, int(ready[1])


def timed(process: subprocess.Popen[str], query: int) -> float:
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(f"{query}\n")
    process.stdin.flush()
    return float(process.stdout.readline().split()[0])


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("trees", nargs="*", type=Path, help="TREE_A TREE_B")
    parser.add_argument("--data", type=Path, help="a folder of kb/ and queries.jsonl (faq-dev)")
    parser.add_argument("--variants", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--repeat", action="store_true", help="keep the memos of recent texts")
    parser.add_argument("--worker", choices=("honest", "repeat"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.data, args.variants, args.worker == "honest")
        return
    if len(args.trees) != 2:
        parser.error("give two trees")
    data = (args.data or faq_dev()).resolve()
    started = [start(t.resolve(), data, args.variants, not args.repeat) for t in args.trees]
    if started[0][1] != started[1][1]:
        raise SystemExit("the two trees have different query sets")
    processes, count = [p for p, _ in started], started[0][1]
    cpu: list[list[list[float]]] = [[[] for _ in range(count)] for _ in processes]
    for round_ in range(args.rounds):
        for query in range(count):
            order = (0, 1) if (query + round_) % 2 == 0 else (1, 0)
            for side in order:
                cpu[side][query].append(timed(processes[side], query))
    for process in processes:
        assert process.stdin is not None
        process.stdin.close()
        process.wait()
    figures = []
    slowest = sorted(range(count), key=lambda q: -min(cpu[0][q]))[:SLOWEST]
    for side, tree in enumerate(args.trees):
        every = [t for per_query in cpu[side] for t in per_query]
        fastest = [min(per_query) for per_query in cpu[side]]
        row = (
            statistics.median(every) * 1000,
            percentile(every, 0.99) * 1000,
            statistics.mean(fastest[q] for q in slowest) * 1000,
        )
        figures.append(row)
        p50, p99, slow = row
        print(f"{tree}: CPU p50 {p50:.3f} ms, p99 {p99:.3f} ms, slowest {SLOWEST} {slow:.3f} ms")
    a, b = figures
    print(f"B/A: p50 {b[0] / a[0]:.3f}, p99 {b[1] / a[1]:.3f}, slowest {SLOWEST} {b[2] / a[2]:.3f}")


if __name__ == "__main__":
    main()
