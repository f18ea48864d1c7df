"""The analysing child's own CPU time for the same documents, sent the ways the faces send them.

    python benchmarks/child_cpu.py --words 30000 --rounds 2
    python benchmarks/child_cpu.py --words 30000 --variants jobs,jobs-thread --env MALLOC_ARENA_MAX=1

A ``--jobs 1`` run's analysing child used less CPU time than a Dask worker's for the same corpus
(benchmarks/scale.py: 37.7 s against 44.7 s at 150,000 words). Each variant below runs in a
fresh Python process, analyses the same documents (read beforehand, so reading is left out) and
reports the CPU seconds (user + system) and minor page faults of the analysing child alone, read
from /proc just before it is closed. Rounds alternate the variants, so a change in the machine's
load hits them all.

- ``jobs``: one AnalysisWorker, every document in one call, from the main thread (``--jobs 1``).
- ``tasks``: the documents in Dask's batches (``distributed.batches_of`` for one worker), one
  call per batch through the kept worker (``run_analysis(keep_processes=True)``), main thread.
- ``jobs-thread`` / ``tasks-thread``: the same from a second thread, as a Dask worker runs its
  tasks (its executor thread forks the child).
- ``dask``: a real local cluster of one worker (``distributed.connect``), ``analyse_batches``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

VARIANTS = ("jobs", "tasks", "jobs-thread", "tasks-thread", "dask")


def child_usage(pid: int) -> dict:
    """CPU seconds (user + system), system seconds and minor page faults of one process."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    tick = os.sysconf("SC_CLK_TCK")
    return {
        "cpu": (int(fields[11]) + int(fields[12])) / tick,
        "system": int(fields[12]) / tick,
        "faults": int(fields[7]),
    }


def kept_child_usage() -> dict:
    """The usage of this process's kept analysing child (run on a Dask worker too)."""
    from vaguewords.analysis_worker import _SHARED

    (worker,) = _SHARED._kept.values()
    return child_usage(worker._process.pid)


def _documents(corpus: Path):
    from vaguewords.service import InputPlan, plan_inputs, read_planned

    return list(read_planned(InputPlan(items=plan_inputs([str(corpus)]).items)))


def run_variant(variant: str, corpus: Path) -> dict:
    from vaguewords import distributed
    from vaguewords.analysis_worker import AnalysisWorker
    from vaguewords.limits import DEFAULT_LIMITS
    from vaguewords.pipeline import load_pipeline
    from vaguewords.service import InputPlan, make_settings, run_analysis

    settings = make_settings()
    limits = DEFAULT_LIMITS.with_overrides(("analysis_budget_seconds=3600",))
    documents = _documents(corpus)
    load_pipeline(settings)
    result: dict = {}

    def jobs() -> None:
        with AnalysisWorker(settings, limits) as worker:
            analyses = list(worker.analyze(documents))
            result.update(child_usage(worker._process.pid))
        result["findings"] = sum(len(analysis.findings) for analysis in analyses)

    def tasks() -> None:
        findings = 0
        for batch in distributed.batches_of(documents, 1):
            plan = InputPlan(items=list(batch))
            analyses = run_analysis(plan, settings, keep_text=False, limits=limits,
                                    keep_processes=True)  # fmt: skip
            findings += sum(len(analysis.findings) for analysis in analyses)
        result.update(kept_child_usage())
        result["findings"] = findings

    start = time.perf_counter()
    if variant in ("jobs", "tasks"):
        (jobs if variant == "jobs" else tasks)()
    elif variant in ("jobs-thread", "tasks-thread"):
        thread = threading.Thread(target=jobs if variant == "jobs-thread" else tasks)
        thread.start()
        thread.join()
    else:
        with distributed.connect(distributed.LOCAL, 1, settings) as client:
            start = time.perf_counter()
            work = distributed.analyse_batches(
                distributed.batches_of(documents, 1), settings, paths=False, limits=limits
            )
            (frame,) = client.compute([work.findings], sync=True)
            (result_usage,) = client.run(kept_child_usage).values()
            result.update(result_usage)
            result["findings"] = len(frame)
    result["seconds"] = time.perf_counter() - start
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=30_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--env", action="append", default=[], help="NAME=VALUE for the variants")
    parser.add_argument("--variant", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.variant:
        print(json.dumps(run_variant(args.variant, Path(args.corpus))))
        return
    from scale import make_corpus

    environment = dict(os.environ, **dict(item.split("=", 1) for item in args.env))
    variants = args.variants.split(",")
    print(f"load average {os.getloadavg()[0]:.1f} at start; env {args.env or 'as is'}")
    with tempfile.TemporaryDirectory() as folder:
        files, words, size = make_corpus(Path(folder), args.words)
        print(f"corpus: {files} files, {words:,} words, {size / 1e6:.2f} MB")
        results: dict[str, list[dict]] = {variant: [] for variant in variants}
        for number in range(args.rounds):
            for variant in variants:
                command = [sys.executable, __file__, "--variant", variant, "--corpus", folder]
                done = subprocess.run(command, capture_output=True, text=True, env=environment)
                if done.returncode:
                    sys.stderr.write(done.stderr)
                    raise SystemExit(f"{variant} failed")
                row = json.loads(done.stdout.strip().splitlines()[-1])
                results[variant].append(row)
                print(
                    f"round {number + 1}: {variant:13} child CPU {row['cpu']:6.2f} s "
                    f"(system {row['system']:.2f} s), page faults {row['faults']:>9,}, "
                    f"{row['seconds']:6.1f} s wall, {row['findings']} findings",
                    flush=True,
                )
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    for variant, rows in results.items():
        best = min(row["cpu"] for row in rows)
        print(f"{variant:13} least child CPU {best:6.2f} s")


if __name__ == "__main__":
    main()
