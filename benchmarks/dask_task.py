"""One Dask task against the same batch analysed in a plain process: CPU time and page faults.

    python benchmarks/dask_task.py                  # 3 batches, 2 rounds (minutes, unloaded)
    python benchmarks/dask_task.py --batches 1 --rounds 1

Needs the dask extra. The batches are the first ``--batches`` tasks that ``--dask local`` would
send for the State of the Union corpus of ``benchmarks/scale.py`` (about 200,000 characters each).
Each variant runs in a process of its own, rounds alternate between them, and every batch is read
and analysed with the library's own steps (``read_planned``, ``analyze_many``, the frames):

- a plain process, as ``--jobs 1`` analyses;
- a plain process started with ``MALLOC_TRIM_THRESHOLD_=65536`` (what Dask's nanny sets);
- a worker of a one-worker local cluster as ``--dask local`` starts it (``WORKER_CONFIG``);
- a worker as Dask starts it by default (malloc trimming, the sampling profiler on).

For the analysis step it prints the analysing thread's user and system CPU seconds
(``getrusage(RUSAGE_THREAD)``), the CPU seconds of the process's other threads over the same time
(a worker's event loop, profiler, monitors), the minor page faults, and Python's garbage
collector's time. Page faults and system time barely move with the machine's load; user time does.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import make_corpus  # noqa: E402

VARIANTS = {
    "plain": "a plain process (as --jobs 1)",
    "plain-trim": "a plain process, MALLOC_TRIM_THRESHOLD_=65536",
    "worker": "a worker as --dask local starts it",
    "worker-defaults": "a worker with Dask's defaults",
}


def analyse_timed(batch: list) -> dict:
    """Read and analyse one batch as a task does; the analysis step's CPU, faults and GC time."""
    from dataclasses import replace

    from vaguewords import distributed
    from vaguewords.pipeline import Settings, analyze_many
    from vaguewords.render.table import findings_table
    from vaguewords.service import InputPlan, read_planned

    documents = list(read_planned(InputPlan(items=list(batch))))
    collecting: dict[str, float] = {}
    collected = [0.0]

    def on_collect(phase: str, info: dict) -> None:
        if phase == "start":
            collecting["since"] = time.thread_time()
        elif "since" in collecting:
            collected[0] += time.thread_time() - collecting.pop("since")

    gc.callbacks.append(on_collect)
    thread, process = (
        resource.getrusage(resource.RUSAGE_THREAD),
        resource.getrusage(resource.RUSAGE_SELF),
    )
    analyses = [replace(analysis, text="") for analysis in analyze_many(documents, Settings())]
    thread_end, process_end = (
        resource.getrusage(resource.RUSAGE_THREAD),
        resource.getrusage(resource.RUSAGE_SELF),
    )
    gc.callbacks.remove(on_collect)
    rows = len(distributed._typed(findings_table(analyses), distributed.FINDING_DTYPES))
    user = thread_end.ru_utime - thread.ru_utime
    system = thread_end.ru_stime - thread.ru_stime
    whole = (process_end.ru_utime + process_end.ru_stime) - (process.ru_utime + process.ru_stime)
    return {
        "user": user,
        "system": system,
        "other_threads": whole - user - system,
        "faults": thread_end.ru_minflt - thread.ru_minflt,
        "gc": collected[0],
        "rows": rows,
    }


def child(variant: str, corpus: str, batches: int) -> None:
    """Run in a process of its own: print one JSON line per batch."""
    from vaguewords import distributed
    from vaguewords.pipeline import Settings, load_pipeline
    from vaguewords.service import plan_inputs

    items = plan_inputs([corpus]).items
    work = distributed.batches_of(items, 1)[:batches]
    if variant.startswith("plain"):
        load_pipeline(Settings())
        results = [analyse_timed(batch) for batch in work]
    else:
        if variant == "worker-defaults":
            distributed.WORKER_CONFIG = {}
        with distributed.connect(distributed.LOCAL, 1) as client:
            results = [client.submit(analyse_timed, batch, pure=False).result() for batch in work]
    for result in results:
        print(json.dumps(result), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--batches", type=int, default=3, help="batches (tasks) per variant")
    parser.add_argument("--rounds", type=int, default=2, help="rounds over the variants")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        child(arguments.child[0], arguments.child[1], arguments.batches)
        return
    work = Path(tempfile.mkdtemp(prefix="vaguewords-dask-task-"))
    try:
        # Large enough that batches_of makes full-size batches (a quarter of the corpus at most).
        make_corpus(work, max(150_000, 40_000 * arguments.batches))
        print(f"load average {os.getloadavg()[0]:.1f} at start")
        results: dict[str, list[dict]] = {variant: [] for variant in VARIANTS}
        for _ in range(arguments.rounds):
            for variant in VARIANTS:
                environment = {
                    key: value
                    for key, value in os.environ.items()
                    if key != "MALLOC_TRIM_THRESHOLD_"
                }
                if variant == "plain-trim":
                    environment["MALLOC_TRIM_THRESHOLD_"] = "65536"
                command = [sys.executable, __file__, "--batches", str(arguments.batches)]
                completed = subprocess.run(
                    [*command, "--child", variant, str(work)],
                    capture_output=True,
                    text=True,
                    env=environment,
                    check=True,
                )
                lines = [line for line in completed.stdout.splitlines() if line.startswith("{")]
                results[variant].extend(json.loads(line) for line in lines)
        report(results)
        print(f"load average {os.getloadavg()[0]:.1f} at the end")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(results: dict[str, list[dict]]) -> None:
    def spread(runs: list[dict], key: str, form: str) -> str:
        values = [run[key] for run in runs]
        low, high = form.format(min(values)), form.format(max(values))
        return low if low == high else f"{low}-{high}"

    print(
        "\n| where the batch ran | user CPU | system CPU | other threads' CPU | "
        "minor page faults | garbage collector |"
    )
    print("|---|---|---|---|---|---|")
    for variant, label in VARIANTS.items():
        runs = results[variant]
        print(
            f"| {label} | {spread(runs, 'user', '{:.2f}')} s | "
            f"{spread(runs, 'system', '{:.2f}')} s | {spread(runs, 'other_threads', '{:.2f}')} s | "
            f"{spread(runs, 'faults', '{:,}')} | {spread(runs, 'gc', '{:.2f}')} s |"
        )
    rows = {run["rows"] for runs in results.values() for run in runs}
    print(
        f"\nper batch, {sum(len(runs) for runs in results.values())} batches; findings per "
        f"batch: {sorted(rows)} (the same batches in every variant)"
    )


if __name__ == "__main__":
    main()
