"""Scaling out: 1 and 2 local Dask workers against ``--jobs 1`` / ``--jobs 2``, on one corpus.

    python benchmarks/scale.py                  # ~1 million words (long: about 15 minutes here)
    python benchmarks/scale.py --words 150000   # a quicker run

Needs the dask extra (``pip install ".[dask]"``). The corpus is the State of the Union addresses
in ``../shared/data/state-of-the-union/`` copied over and over into a temporary folder until it
holds ``--words`` words (white-space separated).

- ``--jobs N``: the real command, ``vaguewords check DIR --jobs N --format csv -o out.csv``, in a
  child process; its wall time and the peak RSS of its largest process.
- Dask with N workers: what ``vaguewords check DIR --dask local --jobs N -o out.parquet`` runs
  (``distributed.connect`` then ``distributed.run_dask``), in this process so that the task
  stream and the workers can be asked: wall time from starting the cluster (workers start and
  load the model) to the last Parquet file; the workers' time not spent computing a task, per
  analysis task; the peak RSS of each worker process.
- The scheduler's own cost per task: 500 no-op tasks through the same cluster.
- Both paths are timed end to end (start-up and model loading included) and rounds alternate
  between them so that a change in the machine's load hits both.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOTU = REPO.parent / "shared" / "data" / "state-of-the-union"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed import parallel_ceiling, run_child, vaguewords_command  # noqa: E402

NOOP_TASKS = 500


def make_corpus(folder: Path, words: int) -> tuple[int, int, int]:
    """Copies of the addresses, in order, until ``words`` words; (files, words, bytes)."""
    sources = sorted(SOTU.glob("*.txt"))
    if not sources:
        raise SystemExit(f"no State of the Union addresses in {SOTU}")
    texts = [(path.name, path.read_bytes()) for path in sources]  # one is cp1252, not UTF-8
    total = files = size = 0
    copy = 0
    while total < words:
        for name, text in texts:
            if total >= words:
                break
            target = folder / f"{copy:03}-{name}"
            target.write_bytes(text)
            total += len(text.split())
            size += target.stat().st_size
            files += 1
        copy += 1
    return files, total, size


def run_jobs(corpus: Path, jobs: int, output: Path) -> dict:
    command = [
        *vaguewords_command(),
        "check",
        str(corpus),
        "--jobs",
        str(jobs),
        "--format",
        "csv",
        "-o",
        str(output),
    ]
    seconds, peak_mb, code = run_child(command)
    if code != 0:
        raise SystemExit(f"{' '.join(command)} exited with {code}")
    return {"seconds": seconds, "peak_mb": peak_mb}


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _noop(value: int) -> int:
    return value


def run_dask(corpus: Path, workers: int, output: Path) -> dict:
    from distributed import get_task_stream

    from vaguewords import distributed
    from vaguewords.service import make_settings, plan_inputs

    settings = make_settings()
    start = time.perf_counter()
    plan = plan_inputs([str(corpus)])
    with distributed.connect(distributed.LOCAL, workers, settings) as client:
        ready = time.perf_counter()
        with get_task_stream(client) as stream:
            analysed, failures = distributed.run_dask(client, plan.items, settings, output)
        seconds = time.perf_counter() - start
        run_seconds = time.perf_counter() - ready
        if failures or not analysed:
            raise SystemExit(f"the Dask run failed: {failures}")
        tasks = stream.data
        computing = sum(
            part["stop"] - part["start"]
            for task in tasks
            for part in task["startstops"]
            if part["action"] == "compute"
        )
        analysis_tasks = sum("analyse_batch" in str(task["key"]) for task in tasks)
        memory = sorted(client.run(_peak_rss_mb).values())
        noop_start = time.perf_counter()
        client.gather(client.map(_noop, range(NOOP_TASKS), pure=False))
        noop_ms = 1000 * (time.perf_counter() - noop_start) / NOOP_TASKS
    idle_ms = 1000 * (run_seconds * workers - computing) / max(1, analysis_tasks)
    return {
        "seconds": seconds,
        "startup": ready - start,
        "tasks": analysis_tasks,
        "all_tasks": len(tasks),
        "idle_ms_per_task": idle_ms,
        "task_seconds": computing / max(1, analysis_tasks),
        "noop_ms": noop_ms,
        "worker_peak_mb": memory,
        "client_peak_mb": _peak_rss_mb(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=1_000_000, help="corpus size in words")
    parser.add_argument("--rounds", type=int, default=1, help="rounds of the four runs")
    arguments = parser.parse_args()
    began = time.perf_counter()

    work = Path(tempfile.mkdtemp(prefix="vaguewords-scale-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        files, words, size = make_corpus(corpus, arguments.words)
        print(f"corpus: {files} files, {words:,} words, {size / 1e6:.1f} MB (SOTU, repeated)")
        print(
            f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} at start; "
            f"two processes do {parallel_ceiling():.2f}x the pure-CPU work of one right now"
        )
        results: dict[str, list[dict]] = {}
        for number in range(arguments.rounds):
            for jobs in (1, 2):
                name = f"--jobs {jobs}"
                results.setdefault(name, []).append(run_jobs(corpus, jobs, work / "out.csv"))
                print(f"round {number + 1}: {name}: {results[name][-1]['seconds']:.1f} s")
                name = f"dask {jobs}"
                output = work / "out.parquet"
                results.setdefault(name, []).append(run_dask(corpus, jobs, output))
                shutil.rmtree(output, ignore_errors=True)
                print(f"round {number + 1}: {name}: {results[name][-1]['seconds']:.1f} s")
        report(results, words)
        print(f"\nload average {os.getloadavg()[0]:.1f} at the end")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"benchmark ran in {time.perf_counter() - began:.0f} s")


def report(results: dict[str, list[dict]], words: int) -> None:
    def seconds(name: str) -> float:
        return statistics.median(run["seconds"] for run in results[name])

    def rate(name: str) -> float:
        return words / seconds(name)

    print("\n| run | wall time | words/s | vs 1 process | Dask vs --jobs | memory |")
    print("|---|---|---|---|---|---|")
    for processes in (1, 2):
        jobs, dask = f"--jobs {processes}", f"dask {processes}"
        jobs_peak = max(run["peak_mb"] for run in results[jobs])
        print(
            f"| `--jobs {processes}` | {seconds(jobs):.1f} s | {rate(jobs):,.0f} | "
            f"{rate(jobs) / rate('--jobs 1'):.2f}x | | peak RSS {jobs_peak} MB (largest process) |"
        )
        last = results[dask][-1]
        workers_mb = " / ".join(f"{mb:.0f}" for mb in last["worker_peak_mb"])
        print(
            f"| Dask, {processes} local worker{'s' if processes > 1 else ''} | "
            f"{seconds(dask):.1f} s | {rate(dask):,.0f} | {rate(dask) / rate('dask 1'):.2f}x | "
            f"{rate(dask) / rate(jobs):.2f} | peak RSS per worker {workers_mb} MB; "
            f"client and scheduler {last['client_peak_mb']:.0f} MB |"
        )
    print("\n| Dask detail (last round) | 1 worker | 2 workers |")
    print("|---|---|---|")
    one, two = results["dask 1"][-1], results["dask 2"][-1]
    rows = [
        ("cluster start and model load", "startup", "{:.1f} s"),
        ("analysis tasks (batches of documents)", "tasks", "{}"),
        ("all tasks (with reading back, Parquet writes)", "all_tasks", "{}"),
        ("compute time per analysis task", "task_seconds", "{:.2f} s"),
        ("worker time not computing, per analysis task", "idle_ms_per_task", "{:.0f} ms"),
        ("scheduler round trip per no-op task", "noop_ms", "{:.2f} ms"),
    ]
    for label, key, form in rows:
        print(f"| {label} | {form.format(one[key])} | {form.format(two[key])} |")
    print(
        f"\ntargets: Dask 2 workers vs 1: {rate('dask 2') / rate('dask 1'):.2f}x (>= 1.6); "
        f"Dask vs --jobs at 1 process: {rate('dask 1') / rate('--jobs 1'):.2f}, "
        f"at 2: {rate('dask 2') / rate('--jobs 2'):.2f} (>= 0.90)"
    )


if __name__ == "__main__":
    main()
