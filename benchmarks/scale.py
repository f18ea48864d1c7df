"""Scaling out: 1 and 2 local Dask workers against ``--jobs 1`` / ``--jobs 2``, on one corpus.

    python benchmarks/scale.py                  # ~1 million words (long: about 15 minutes here)
    python benchmarks/scale.py --words 150000   # a quicker run

Needs the dask extra (``pip install ".[dask]"``). The corpus is the State of the Union addresses
in ``../shared/data/state-of-the-union/`` copied over and over into a temporary folder until it
holds ``--words`` words (white-space separated).

- ``--jobs N``: the real command, ``vaguewords check DIR --jobs N --format csv -o out.csv``, in a
  child process; its wall time, the peak RSS of its largest process, and the CPU time and minor
  page faults of all its processes.
- Dask with N workers: what ``vaguewords check DIR --dask local --jobs N -o out.parquet`` runs
  (``distributed.connect`` then ``distributed.run_dask``), in this process so that the task
  stream and the workers can be asked: wall time from starting the cluster (workers start and
  load the model) to the last Parquet file; the CPU time and page faults of the workers and of
  this process (client, scheduler, nannies) over that time; from the task stream, the analysis
  tasks' compute time (each reads and analyses a batch of files), the other tasks' (Parquet
  writes, frames), and the workers' time not computing; the peak RSS of each worker process.
- Like with like: both are timed end to end, start-up and model loading included. The start-up
  of ``--jobs`` (a new process: imports, the model, for ``--jobs 2`` the pool) is timed apart as
  the same command on one short file; the Dask runs start with dask and vaguewords already
  imported in this process, and what a fresh ``check --dask`` pays to import them is timed apart
  too. Reading the files (each in a child process, ``IsolatedReader``) is timed apart, once the
  way ``--jobs`` reads (one reader for the run) and once the way Dask tasks do (a reader per
  batch).
- The scheduler's own cost per task: 500 no-op tasks through the same cluster.
- Rounds alternate between the paths so that a change in the machine's load hits both.

Page faults do not depend on the machine's load; CPU seconds depend on it less than wall time
does, but not nothing (processes that share a core or its caches each take longer for the
same work), so on a shared machine compare runs taken close together, and take speed figures on
a quiet one. ``--dask-defaults`` also runs Dask with its own worker settings (malloc trimming,
the profiler), for the comparison in the README.
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
from collections.abc import Iterator
from contextlib import contextmanager
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


def _cpu_and_faults(usage: resource.struct_rusage) -> tuple[float, int]:
    return usage.ru_utime + usage.ru_stime, usage.ru_minflt


def run_jobs(corpus: Path, jobs: int, output: Path) -> dict:
    """``vaguewords check`` in a child process; CPU time and page faults of all its processes
    (those that were waited for: the file readers' own children are not, for either path)."""
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
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds, peak_mb, code = run_child(command)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    (cpu_before, faults_before), (cpu_after, faults_after) = map(_cpu_and_faults, (before, after))
    if code != 0:
        raise SystemExit(f"{' '.join(command)} exited with {code}")
    return {
        "seconds": seconds,
        "peak_mb": peak_mb,
        "cpu": cpu_after - cpu_before,
        "faults": faults_after - faults_before,
        "system": after.ru_stime - before.ru_stime,
    }


def import_seconds() -> float:
    """What a fresh ``vaguewords check --dask`` pays before it starts the cluster: a new Python
    importing the command line and the Dask adapter (the in-process Dask runs do not pay it)."""
    command = [sys.executable, "-c", "import vaguewords.cli, vaguewords.distributed"]
    return statistics.median(run_child(command)[0] for _ in range(3))


def reading_seconds(corpus: Path) -> dict[str, float]:
    """Reading every file of the corpus alone, as each path reads: one reader process for the
    whole run (``--jobs``), or a new reader for each batch (a Dask task)."""
    from vaguewords import distributed
    from vaguewords.service import InputPlan, plan_inputs, read_planned

    items = plan_inputs([str(corpus)]).items
    start = time.perf_counter()
    list(read_planned(InputPlan(items=list(items))))
    times = {"jobs": time.perf_counter() - start}
    for workers in (1, 2):
        start = time.perf_counter()
        for batch in distributed.batches_of(items, workers):
            list(read_planned(InputPlan(items=list(batch))))
        times[f"dask {workers}"] = time.perf_counter() - start
    return times


def _usage() -> tuple[float, int, float, float]:
    """This process's CPU seconds (user + system), minor page faults, peak RSS in MB and system
    CPU seconds."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime, usage.ru_minflt, usage.ru_maxrss / 1024, usage.ru_stime


def _noop(value: int) -> int:
    return value


def _summed(usages: dict) -> tuple[float, int, float]:
    """CPU seconds, page faults and system CPU seconds of several processes together."""
    return tuple(sum(usage[index] for usage in usages.values()) for index in (0, 1, 3))


@contextmanager
def dask_worker_defaults() -> Iterator[None]:
    """Local workers as Dask starts them by default, not with ``distributed.WORKER_CONFIG``
    (for ``--dask-defaults``). The nanny writes its pre-spawn variables into this process's
    environment, so they are taken out again: later runs must not inherit them."""
    from vaguewords import distributed

    kept, environment = distributed.WORKER_CONFIG, dict(os.environ)
    distributed.WORKER_CONFIG = {}
    try:
        yield
    finally:
        distributed.WORKER_CONFIG = kept
        os.environ.clear()
        os.environ.update(environment)


def run_dask(corpus: Path, workers: int, output: Path) -> dict:
    from distributed import get_task_stream

    from vaguewords import distributed
    from vaguewords.service import make_settings, plan_inputs

    settings = make_settings()
    start = time.perf_counter()
    own_start = _usage()
    plan = plan_inputs([str(corpus)])
    with distributed.connect(distributed.LOCAL, workers, settings) as client:
        ready = time.perf_counter()
        own_ready = _usage()
        workers_ready = _summed(client.run(_usage))
        with get_task_stream(client) as stream:
            analysed, failures = distributed.run_dask(client, plan.items, settings, output)
        seconds = time.perf_counter() - start
        run_seconds = time.perf_counter() - ready
        own_end = _usage()
        worker_usage = client.run(_usage)  # the workers started with the cluster: all their CPU
        if failures or not analysed:
            raise SystemExit(f"the Dask run failed: {failures}")
        tasks = stream.data
        computing = {"analysis": 0.0, "other": 0.0, "transfer": 0.0}
        for task in tasks:
            for part in task["startstops"]:
                kind = "analysis" if "analyse_batch" in str(task["key"]) else "other"
                kind = kind if part["action"] == "compute" else "transfer"
                computing[kind] += part["stop"] - part["start"]
        analysis_tasks = sum("analyse_batch" in str(task["key"]) for task in tasks)
        noop_start = time.perf_counter()
        client.gather(client.map(_noop, range(NOOP_TASKS), pure=False))
        noop_ms = 1000 * (time.perf_counter() - noop_start) / NOOP_TASKS
    workers_cpu, workers_faults, workers_system = _summed(worker_usage)
    tasks_count = max(1, analysis_tasks)
    busy = computing["analysis"] + computing["other"]
    return {
        "seconds": seconds,
        "startup": ready - start,
        "tasks": analysis_tasks,
        "all_tasks": len(tasks),
        "analysis_compute": computing["analysis"],
        "other_compute": computing["other"],
        "transfer": computing["transfer"],
        "not_computing": run_seconds * workers - busy,
        "idle_ms_per_task": 1000 * (run_seconds * workers - busy) / tasks_count,
        "task_seconds": computing["analysis"] / tasks_count,
        "task_cpu": (workers_cpu - workers_ready[0]) / tasks_count,
        "task_faults": (workers_faults - workers_ready[1]) / tasks_count,
        "task_system": (workers_system - workers_ready[2]) / tasks_count,
        "cpu": workers_cpu + own_end[0] - own_start[0],
        "cpu_after_startup": workers_cpu - workers_ready[0] + own_end[0] - own_ready[0],
        "faults": workers_faults + own_end[1] - own_start[1],
        "system": workers_system + own_end[3] - own_start[3],
        "noop_ms": noop_ms,
        "worker_peak_mb": sorted(usage[2] for usage in worker_usage.values()),
        "client_peak_mb": _usage()[2],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=1_000_000, help="corpus size in words")
    parser.add_argument("--rounds", type=int, default=1, help="rounds of the four runs")
    parser.add_argument(
        "--dask-defaults",
        action="store_true",
        help="also run Dask with its own worker defaults (malloc trimming, the profiler on)",
    )
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
        one_file = work / "one-file"
        one_file.mkdir()
        shortest = min(corpus.iterdir(), key=lambda path: path.stat().st_size)
        shutil.copy(shortest, one_file / shortest.name)
        apart = {
            "startup 1": run_jobs(one_file, 1, work / "one.csv"),
            "startup 2": run_jobs(one_file, 2, work / "one.csv"),
            "imports": import_seconds(),
            "reading": reading_seconds(corpus),
        }
        print(
            f"timed apart: --jobs start-up (one short file) {apart['startup 1']['seconds']:.1f} s"
            f" / {apart['startup 2']['seconds']:.1f} s; a fresh Python importing the CLI and the "
            f"Dask adapter {apart['imports']:.1f} s; reading the corpus "
            f"{apart['reading']['jobs']:.1f} s"
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
                if arguments.dask_defaults:
                    name = f"dask {jobs} defaults"
                    with dask_worker_defaults():
                        results.setdefault(name, []).append(run_dask(corpus, jobs, output))
                    shutil.rmtree(output, ignore_errors=True)
                    print(f"round {number + 1}: {name}: {results[name][-1]['seconds']:.1f} s")
        report(results, words, apart)
        if arguments.dask_defaults:
            report_defaults(results)
        print(f"\nload average {os.getloadavg()[0]:.1f} at the end")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"benchmark ran in {time.perf_counter() - began:.0f} s")


def report(results: dict[str, list[dict]], words: int, apart: dict) -> None:
    def seconds(name: str) -> float:
        return statistics.median(run["seconds"] for run in results[name])

    def rate(name: str) -> float:
        return words / seconds(name)

    def startup(name: str) -> float:
        if name.startswith("--jobs"):
            return apart[f"startup {name[-1]}"]["seconds"]
        return statistics.median(run["startup"] for run in results[name])

    def after_startup(name: str) -> float:
        return seconds(name) - startup(name)

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

    print(
        "\n| where the time goes (last round) | `--jobs 1` | Dask, 1 worker | `--jobs 2` | Dask, 2 workers |"
    )
    print("|---|---|---|---|---|")
    runs = {name: results[name][-1] for name in ("--jobs 1", "dask 1", "--jobs 2", "dask 2")}

    def row(label: str, cell) -> None:
        print(f"| {label} | " + " | ".join(cell(name, run) for name, run in runs.items()) + " |")

    def dask_only(form: str, key: str):
        return lambda name, run: form.format(run[key]) if name.startswith("dask") else ""

    row("wall time", lambda name, run: f"{run['seconds']:.1f} s")
    row(
        "start-up: process or cluster start, model load",
        lambda name, run: f"{startup(name) if name.startswith('--') else run['startup']:.1f} s",
    )
    row(
        "importing in a fresh process (not in the Dask runs' wall time)",
        lambda name, run: "in start-up" if name.startswith("--") else f"{apart['imports']:.1f} s",
    )
    row(
        "reading the files alone (timed apart; one reader / a reader per task)",
        lambda name, run: f"{apart['reading']['jobs' if name.startswith('--') else name]:.1f} s",
    )
    row(
        "wall time after start-up (read, analyse, write)",
        lambda name, run: (
            f"{run['seconds'] - (startup(name) if name.startswith('--') else run['startup']):.1f} s"
        ),
    )
    row("- analysis tasks' compute, summed over workers", dask_only("{:.1f} s", "analysis_compute"))
    row("- other tasks' compute (frames, Parquet writes)", dask_only("{:.1f} s", "other_compute"))
    row("- moving data between workers", dask_only("{:.1f} s", "transfer"))
    row(
        "- workers' time not computing (scheduling, the tail)",
        dask_only("{:.1f} s", "not_computing"),
    )
    row(
        "CPU seconds, all processes (user + system)",
        lambda name, run: f"{run['cpu']:.1f} s",
    )
    row("- of which system time", lambda name, run: f"{run['system']:.1f} s")
    row(
        "CPU seconds after start-up",
        lambda name, run: (
            f"{run['cpu'] - apart[f'startup {name[-1]}']['cpu']:.1f} s"
            if name.startswith("--")
            else f"{run['cpu_after_startup']:.1f} s"
        ),
    )
    row("minor page faults, all processes", lambda name, run: f"{run['faults']:,}")

    print("\n| Dask detail (last round) | 1 worker | 2 workers |")
    print("|---|---|---|")
    one, two = runs["dask 1"], runs["dask 2"]
    rows = [
        ("analysis tasks (batches of documents)", "tasks", "{}"),
        ("all tasks (with reading back, Parquet writes)", "all_tasks", "{}"),
        ("compute time per analysis task", "task_seconds", "{:.2f} s"),
        ("worker CPU time per analysis task (user + system)", "task_cpu", "{:.2f} s"),
        ("of which system time (page faults, memory mapping)", "task_system", "{:.2f} s"),
        ("worker minor page faults per analysis task", "task_faults", "{:,.0f}"),
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
    print(
        "start-up left out (wall time after start-up): Dask vs --jobs at 1 process: "
        f"{after_startup('--jobs 1') / after_startup('dask 1'):.2f}, at 2: "
        f"{after_startup('--jobs 2') / after_startup('dask 2'):.2f}; 2 workers vs 1: "
        f"{after_startup('dask 1') / after_startup('dask 2'):.2f}x"
    )


def report_defaults(results: dict[str, list[dict]]) -> None:
    print(
        "\n| Dask workers: ours against Dask's defaults (last round) | wall time | after start-up "
        "| CPU after start-up | CPU per analysis task | page faults per analysis task |"
    )
    print("|---|---|---|---|---|---|")
    for processes in (1, 2):
        for name, label in (
            (f"dask {processes}", "ours"),
            (f"dask {processes} defaults", "Dask's"),
        ):
            run = results[name][-1]
            print(
                f"| {processes} worker{'s' if processes > 1 else ''}, {label} | "
                f"{run['seconds']:.1f} s | {run['seconds'] - run['startup']:.1f} s | "
                f"{run['cpu_after_startup']:.1f} s | {run['task_cpu']:.2f} s | "
                f"{run['task_faults']:,.0f} |"
            )


if __name__ == "__main__":
    main()
