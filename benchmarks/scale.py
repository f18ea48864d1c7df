"""Scaling out: 1 and 2 local Dask workers against ``--jobs 1`` / ``--jobs 2``, on one corpus.

    python benchmarks/scale.py --budget 1150      # ~1 million words, the issue's size: four
                                                  # commands, about 17 minutes on a quiet machine
    python benchmarks/scale.py --words 150000     # a quicker run
    python benchmarks/scale.py --words 60000 --processes 2 --in-process   # the task stream too

Needs the dask extra (``pip install ".[dask]"``). The corpus is the State of the Union addresses
in ``../shared/data/state-of-the-union/`` copied over and over into a temporary folder until it
holds ``--words`` words (white-space separated). No run starts that would end after ``--budget``
seconds (default 600: the machine is shared), judged by the runs made before it; the report shows
the runs that were made and names those that were not.

- Both paths are timed as a user runs them: the real command in a new process,
  ``vaguewords check DIR --jobs N --format csv -o out.csv`` and ``vaguewords check DIR --dask
  local --jobs N -o out.parquet``; its wall time (imports, the model, the children or the
  cluster, the work, the output, the shut-down), and the CPU time and peak RSS of its whole
  process tree (the command, with Dask also the client, scheduler and nannies; its analysing
  children or Dask workers and their analysing children; the reading children and their fork
  servers: read from /proc by ``process_tree.TreeSampler``, since ``getrusage`` sees only the
  children waited for). The start-up of each (the same command on one short file) is timed
  apart, to show the work after it.
- ``--in-process`` adds Dask runs in this process (``distributed.connect`` then
  ``distributed.run_dask``, what the command runs, less its imports), so that the task stream
  and the workers can be asked: from the task stream, the analysis tasks' compute time, the
  other tasks', and the workers' time not computing; the workers' own CPU and page faults per
  task; the peak RSS of each worker process.
- CPU seconds by kind of process (the command, Dask workers, analysing children, the reading
  children and their fork server), for every run: where the work goes, on a shared machine
  where wall-clock ratios say little.
- ``--dask-before`` adds Dask runs as the path ran before its workers kept their children: a
  new analysing child and reading child per task, 200,000-character batches, Dask's own timers.
  ``--dask-defaults`` adds Dask runs with Dask's own worker settings (malloc trimming, the
  profiler). ``--jobs-before`` adds ``--jobs 2`` as it dispatched before: answers taken in
  order, so a child that was done waited while the oldest batch (a long file) ran.
  ``--whole-before`` adds ``--jobs 2`` and 2 Dask workers as they ran before long files were
  cut into parts of whole paragraphs (``analysis_worker.SPLIT_CHARS``,
  ``distributed.SPLIT_BATCHES``): a long file was one process's work.
  ``--spawn-before`` adds Dask runs with spawned workers, each importing and loading the model
  itself, as before local workers were forked from the process that loaded it.
  ``--processes 1`` or ``2`` runs only that pair.
- Reading the files (each in a child process, ``IsolatedReader``) is timed apart, with one
  reader for the run (and, with the in-process runs, batch by batch through the kept reader,
  and with a new reader per batch); so is what a fresh Python pays to import the command line,
  the Dask adapter and spaCy.
- The scheduler's own cost per task: 500 no-op tasks through a one-worker local cluster.
- Rounds alternate between the paths so that a change in the machine's load hits both.

Page faults do not depend on the machine's load; CPU seconds depend on it less than wall time
does, but not nothing (processes that share a core or its caches each take longer for the
same work), so on a shared machine compare runs taken close together, and take speed figures on
a quiet one.
"""

from __future__ import annotations

import argparse
import contextlib
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

from process_tree import TreeSampler, vaguewords_kind  # noqa: E402
from speed import parallel_ceiling, run_child, vaguewords_command  # noqa: E402

NOOP_TASKS = 500
# The machine is shared: no run starts that would end after this many seconds (``--budget``).
# The default corpus takes longer than this even on a quiet machine; give ``--budget`` to run all
# of it.
BUDGET_SECONDS = 600
# Both paths run with these limits raised: on a loaded machine a long address can take longer
# than the default 20 s to analyse, and a file refused by one path would end the benchmark.
LIMITS = ("analysis_budget_seconds=3600", "time_budget_seconds=600")


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


# ``--jobs N`` as it dispatched before (``--jobs-before``): at most N batches past the oldest
# unanswered one is the old rule (answers taken in order, a free child waiting for the oldest).
JOBS_BEFORE = (
    "import sys; import vaguewords.analysis_worker as worker; "
    "worker.MAX_BATCHES_AHEAD = int(sys.argv.pop(1)); "
    "from vaguewords.cli import app; sys.argv[0] = 'vaguewords'; app()"
)


# ``--jobs N`` with every document analysed whole (``--whole-before``), as before long documents
# were cut into parts.
JOBS_WHOLE = (
    "import sys; import vaguewords.analysis_worker as worker; worker.SPLIT_CHARS = 10 ** 12; "
    "from vaguewords.cli import app; sys.argv[0] = 'vaguewords'; app()"
)


def dask_command_kind(pid: int, root: int, parents: dict[int, int | None]) -> str:
    """:func:`vaguewords_kind` for a fresh ``check --dask local``, whose workers are forked from
    the command (their command line is the command's, as an analysing child's is its parent's):
    a direct child of the command that is not one of multiprocessing's helpers is a worker."""
    kind = vaguewords_kind(pid, root, parents)
    if kind == "analysis child" and parents.get(pid) == root:
        return "Dask worker"
    return kind


def run_command(
    corpus: Path,
    jobs: int,
    output: Path,
    dask: bool = False,
    before: bool = False,
    whole: bool = False,
) -> dict:
    """The real command in a child process, as a user runs it: ``vaguewords check CORPUS --jobs
    N --format csv -o out.csv``, or with ``dask``, ``vaguewords check CORPUS --dask local --jobs
    N -o out.parquet``. Its wall time (a new Python: imports, the model, the pool or the cluster,
    the work, the output, the shut-down), the CPU time and peak RSS of its whole process tree
    (the command, its analysing children or Dask workers and their children, the reading
    children and their fork servers: read from /proc by ``process_tree.TreeSampler``, since
    ``getrusage`` sees only the children waited for) and, by kind of process, the CPU time;
    minor page faults of the processes that were waited for."""
    import subprocess

    launcher = [sys.executable, "-c", JOBS_BEFORE, str(jobs)] if before else vaguewords_command()
    if whole:
        launcher = [sys.executable, "-c", JOBS_WHOLE]
    where = (
        ["--dask", "local", "-o", str(output)] if dask else ["--format", "csv", "-o", str(output)]
    )
    command = [
        *launcher,
        "check",
        str(corpus),
        "--jobs",
        str(jobs),
        *where,
        *(argument for limit in LIMITS for argument in ("--limit", limit)),
    ]
    usage_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = TreeSampler(process.pid, dask_command_kind if dask else vaguewords_kind)
    sampler.start()
    _, errors = process.communicate()
    seconds = time.perf_counter() - start
    sampler.stop.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode != 0:
        sys.stderr.write(errors.decode(errors="replace"))
        raise SystemExit(f"{' '.join(command)} exited with {process.returncode}")
    # The command's own figure from getrusage is exact (the sampler may miss its last 50 ms).
    own = after.ru_utime + after.ru_stime - usage_before.ru_utime - usage_before.ru_stime
    by_kind = sampler.cpu_by_kind()
    return {
        "seconds": seconds,
        "peak_mb": sampler.peak_total / 1024,
        "peak_child_mb": sampler.peak_child / 1024,
        "cpu": max(own, sampler.cpu_used()),
        "by_kind": by_kind,
        "children_each": sampler.cpu_each("analysis child"),
        "faults": after.ru_minflt - usage_before.ru_minflt,
        "system": after.ru_stime - usage_before.ru_stime,
    }


def import_seconds() -> float:
    """What a fresh ``vaguewords check --dask`` pays before it starts the cluster: a new Python
    importing the command line, the Dask adapter and spaCy (the in-process Dask runs do not pay
    it; the model, which this process loads where the workers are forked, is loaded in each
    run's start-up)."""
    command = [sys.executable, "-c", "import vaguewords.cli, vaguewords.distributed, spacy"]
    return statistics.median(run_child(command)[0] for _ in range(3))


def reading_seconds(corpus: Path, batches: bool = True) -> dict[str, float]:
    """Reading every file of the corpus alone: with one reader process for the whole run (as
    ``--jobs`` reads), with the batches of 2 Dask workers read one after another through the
    kept reader (as a Dask worker's tasks now read), and with a new reader for each batch (as
    they read before)."""
    from vaguewords import distributed
    from vaguewords.service import InputPlan, close_shared_readers, plan_inputs, read_planned

    items = plan_inputs([str(corpus)]).items
    start = time.perf_counter()
    list(read_planned(InputPlan(items=list(items))))
    times = {"jobs": time.perf_counter() - start}
    for keep in (True, False) if batches else ():
        start = time.perf_counter()
        for batch in distributed.batches_of(items, 2):
            # A long file's pieces each read the whole file.
            batch = [getattr(item, "item", item) for item in batch]
            list(read_planned(InputPlan(items=batch), keep_processes=keep))
        times["kept" if keep else "per batch"] = time.perf_counter() - start
    close_shared_readers()
    return times


def scheduler_round_trip_ms() -> float:
    """The scheduler's own cost per task: milliseconds per no-op task, ``NOOP_TASKS`` of them
    through a one-worker local cluster started as ``--dask local`` starts one (without the
    model: a no-op does not need it)."""
    import dask

    from vaguewords import distributed

    with dask.config.set(distributed._local_config()):
        cluster = distributed._local_cluster(1)
    try:
        with distributed.Client(cluster) as client:
            client.gather(client.map(_noop, range(10), pure=False))  # the worker is warm
            start = time.perf_counter()
            client.gather(client.map(_noop, range(NOOP_TASKS), pure=False))
            return 1000 * (time.perf_counter() - start) / NOOP_TASKS
    finally:
        cluster.close()


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


# How the Dask path ran before its workers kept their children (``--dask-before``).
BEFORE = {"BATCH_CHARS": 200_000, "TASKS_PER_WORKER": 4, "MIN_BATCH_CHARS": 20_000}
BEFORE_TIMERS = (
    "distributed.admin.tick.interval",
    "distributed.worker.memory.monitor-interval",
    "distributed.admin.system-monitor.interval",
)


def _analyse_batch_with_new_children(items, settings, *, paths=True, limits=None):
    """A task as it ran before: ``analyse_batch`` with a new analysing child and a new reading
    child for the task, stopped at its end (defined here, so it travels to the workers by
    value)."""
    import pandas as pd

    from vaguewords import distributed as d
    from vaguewords.limits import DEFAULT_LIMITS
    from vaguewords.service import InputPlan, run_analysis

    limits = limits or DEFAULT_LIMITS
    plan = InputPlan(items=[d._as_item(item, paths) for item in items])
    with d._ONE_AT_A_TIME:
        analyses = list(run_analysis(plan, settings, keep_text=False, limits=limits))
    failures = pd.DataFrame({"message": plan.failures}, columns=d.FAILURE_COLUMNS)
    return (
        d._typed(d._findings_rows(analyses), d.FINDING_DTYPES),
        d._typed(d.documents_table(analyses), d.DOCUMENT_DTYPES),
        d._typed(failures, d.FAILURE_DTYPES),
    )


@contextmanager
def dask_whole() -> Iterator[None]:
    """The Dask path with every input analysed whole, as before long ones were cut into pieces
    (for ``--whole-before``)."""
    from vaguewords import distributed

    kept = distributed.SPLIT_BATCHES
    distributed.SPLIT_BATCHES = 10**12
    try:
        yield
    finally:
        distributed.SPLIT_BATCHES = kept


def _is_analysis(task: dict) -> bool:
    """A task that reads and analyses: a batch, or a piece of a long input."""
    return any(name in str(task["key"]) for name in ("analyse_batch", "analyse_piece"))


@contextmanager
def dask_spawned() -> Iterator[None]:
    """Local workers spawned, each importing and loading the model itself, as before they were
    forked from the process that starts the cluster (for ``--spawn-before``)."""
    from vaguewords import distributed

    kept = distributed._FORK
    distributed._FORK = False
    try:
        yield
    finally:
        distributed._FORK = kept


@contextmanager
def dask_as_before() -> Iterator[None]:
    """The Dask path as it was before its workers kept their analysing and reading children:
    a new pair for every task, batches of 200,000 characters (at least 4 per worker, at least
    20,000), Dask's own timers (for ``--dask-before``; the same worker settings otherwise)."""
    from vaguewords import distributed

    kept = {name: getattr(distributed, name) for name in (*BEFORE, "analyse_batch")}
    config = distributed.WORKER_CONFIG
    for name, value in BEFORE.items():
        setattr(distributed, name, value)
    distributed.analyse_batch = _analyse_batch_with_new_children
    distributed.WORKER_CONFIG = {k: v for k, v in config.items() if k not in BEFORE_TIMERS}
    try:
        yield
    finally:
        for name, value in kept.items():
            setattr(distributed, name, value)
        distributed.WORKER_CONFIG = config


# The in-process Dask runs of a change's "before", by the last word of the run's name.
IN_PROCESS_VARIANTS = {
    "defaults": dask_worker_defaults,
    "before": dask_as_before,
    "spawned": dask_spawned,
    "whole": dask_whole,
}


def run_dask(corpus: Path, workers: int, output: Path) -> dict:
    import spacy  # noqa: F401  (imported in every round alike; a fresh command's imports: apart)
    from distributed import get_task_stream

    from vaguewords import distributed
    from vaguewords.limits import DEFAULT_LIMITS
    from vaguewords.pipeline import _load_pipeline
    from vaguewords.service import make_settings, plan_inputs

    settings = make_settings()
    # Where fork exists the workers are forked from this process after it loads the model
    # (distributed.connect): each round loads it again here, within the timed start-up, as a
    # fresh ``check --dask local`` does.
    _load_pipeline.cache_clear()
    # The whole tree from this process down: the client, the scheduler and the nannies (in this
    # process), the workers, their analysing and reading children.
    sampler = TreeSampler(os.getpid(), vaguewords_kind)
    sampler.mark()
    sampler.start()
    start = time.perf_counter()
    own_start = _usage()
    plan = plan_inputs([str(corpus)])
    with distributed.connect(distributed.LOCAL, workers, settings) as client:
        ready = time.perf_counter()
        startup_own = _usage()[0] - own_start[0]
        ready_usage = client.run(_usage)
        workers_ready = _summed(ready_usage)
        tree_ready = sampler.cpu_used() - sampler.own_cpu
        # A forked worker has this process's command line: name the workers by their pids.
        for pid in client.run(os.getpid).values():
            sampler.kinds[pid] = "Dask worker"
        with get_task_stream(client) as stream:
            analysed, failures = distributed.run_dask(
                client, plan.items, settings, output, limits=DEFAULT_LIMITS.with_overrides(LIMITS)
            )
        seconds = time.perf_counter() - start
        run_seconds = time.perf_counter() - ready
        own_end = _usage()
        worker_usage = client.run(_usage)  # the workers started with the cluster: all their CPU
        sampler.stop.set()
        sampler.join()
        tree_cpu = sampler.cpu_used() - sampler.own_cpu
        by_kind = sampler.cpu_by_kind()
        count, command = by_kind.get("command", (1, 0.0))
        by_kind["command"] = (count, command - sampler.own_cpu)
        if failures or not analysed:
            raise SystemExit(f"the Dask run failed: {failures}")
        tasks = stream.data
        computing = {"analysis": 0.0, "other": 0.0, "transfer": 0.0}
        for task in tasks:
            for part in task["startstops"]:
                kind = "analysis" if _is_analysis(task) else "other"
                kind = kind if part["action"] == "compute" else "transfer"
                computing[kind] += part["stop"] - part["start"]
        analysis_tasks = sum(_is_analysis(task) for task in tasks)
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
        # All processes, the workers' children included (the workers' own getrusage, used
        # before, did not see them: it showed a fraction of the work).
        "cpu": tree_cpu,
        "cpu_after_startup": tree_cpu - tree_ready,
        "startup_cpu": tree_ready,
        "startup_own_cpu": startup_own,
        "startup_worker_cpu": sorted(usage[0] for usage in ready_usage.values()),
        "by_kind": by_kind,
        "children_each": sampler.cpu_each("analysis child"),
        "peak_total_mb": sampler.peak_total / 1024,
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
        "--dask-before",
        action="store_true",
        help="also run Dask as it ran before its workers kept their children (a new analysing "
        "and reading child per task, 200,000-character batches, Dask's timers)",
    )
    parser.add_argument(
        "--processes",
        choices=["1", "2", "both"],
        default="both",
        help="only the 1-process pair (--jobs 1, Dask 1 worker), only the 2-process pair, or both",
    )
    parser.add_argument(
        "--budget",
        type=float,
        default=BUDGET_SECONDS,
        help="seconds the benchmark may take (the machine is shared): a run that would end after "
        "them, judged by the runs made so far, is not started, and the report shows the runs "
        "made",
    )
    parser.add_argument(
        "--jobs-before",
        action="store_true",
        help="also run --jobs 2 as it dispatched before: answers taken in order, so a free child "
        "waited for the oldest batch (a long file) to be answered",
    )
    parser.add_argument(
        "--whole-before",
        action="store_true",
        help="also run --jobs 2 and 2 Dask workers with every file analysed whole, as before "
        "long files were cut into parts of whole paragraphs",
    )
    parser.add_argument(
        "--spawn-before",
        action="store_true",
        help="also run Dask with its workers spawned, each importing and loading the model "
        "itself, as before they were forked from the process that loaded it",
    )
    parser.add_argument(
        "--in-process",
        action="store_true",
        help="also run Dask in this process (what the command runs, less its imports), for the "
        "task stream's figures: compute per task, time not computing, the workers' own CPU",
    )
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
        in_process = (
            arguments.in_process
            or arguments.dask_before
            or arguments.dask_defaults
            or arguments.spawn_before
            or arguments.whole_before
        )
        # Start-up, timed apart as the same commands on one short file: a new Python importing
        # what it needs, the model, the pool of children or the local cluster, the shut-down.
        apart = {
            f"startup {name}": run_command(
                one_file, jobs, work / ("one.parquet" if dask else "one.csv"), dask=dask
            )
            for jobs in (1, 2)
            for name, dask in ((f"--jobs {jobs}", False), (f"dask {jobs}", True))
        }
        shutil.rmtree(work / "one.parquet", ignore_errors=True)
        apart["imports"] = import_seconds()
        apart["reading"] = reading_seconds(corpus, batches=in_process)
        apart["noop_ms"] = scheduler_round_trip_ms()
        print(
            "timed apart: start-up (the command on one short file) --jobs 1 / 2 "
            f"{apart['startup --jobs 1']['seconds']:.1f} / {apart['startup --jobs 2']['seconds']:.1f}"
            f" s, --dask local --jobs 1 / 2 {apart['startup dask 1']['seconds']:.1f} / "
            f"{apart['startup dask 2']['seconds']:.1f} s; a fresh Python importing the CLI, the "
            f"Dask adapter and spaCy {apart['imports']:.1f} s; reading the corpus "
            f"{apart['reading']['jobs']:.1f} s; the scheduler's round trip per no-op task "
            f"{apart['noop_ms']:.2f} ms"
        )
        results: dict[str, list[dict]] = {}
        # Two processes first: if the budget leaves a run out, it is a one-process one (the
        # comparison at two processes is the closer one).
        counts = (2, 1) if arguments.processes == "both" else (int(arguments.processes),)
        planned = [
            (number, name, jobs)
            for number in range(arguments.rounds)
            for jobs in counts
            for name in (
                f"--jobs {jobs}",
                *([f"--jobs {jobs} before"] if arguments.jobs_before and jobs > 1 else []),
                *([f"--jobs {jobs} whole"] if arguments.whole_before and jobs > 1 else []),
                f"dask {jobs}",
                *([f"dask {jobs} in-process"] if in_process else []),
                *([f"dask {jobs} spawned"] if arguments.spawn_before else []),
                *([f"dask {jobs} whole"] if arguments.whole_before and jobs > 1 else []),
                *([f"dask {jobs} defaults"] if arguments.dask_defaults else []),
                *([f"dask {jobs} before"] if arguments.dask_before else []),
            )
        ]
        skipped = []
        for number, name, jobs in planned:
            expected = expected_seconds(name, results)
            if time.perf_counter() - began + expected > arguments.budget:
                skipped.append(f"{name} (round {number + 1}, about {expected:.0f} s)")
                continue
            output = work / "out.parquet"
            if name.startswith("--jobs"):
                run = run_command(
                    corpus, jobs, work / "out.csv", before=name.endswith("before"),
                    whole=name.endswith("whole"),
                )  # fmt: skip
            elif name == f"dask {jobs}":
                run = run_command(corpus, jobs, output, dask=True)
            else:  # Dask in this process, as it runs now or as it ran before a change
                variant = IN_PROCESS_VARIANTS.get(name.split()[-1], contextlib.nullcontext)
                with variant():
                    run = run_dask(corpus, jobs, output)
            shutil.rmtree(output, ignore_errors=True)
            results.setdefault(name, []).append(run)
            print(
                f"round {number + 1}: {name}: {run['seconds']:.1f} s, CPU {run['cpu']:.1f} s "
                f"(load {os.getloadavg()[0]:.1f})",
                flush=True,
            )
        if skipped:
            print(
                f"budget of {arguments.budget:.0f} s: not run, as it would have ended after it: "
                + ", ".join(skipped)
            )
        report(results, words, apart)
        report_processes(results)
        if arguments.dask_defaults:
            report_defaults(results)
        print(f"\nload average {os.getloadavg()[0]:.1f} at the end")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"benchmark ran in {time.perf_counter() - began:.0f} s")


ORDER = (
    "--jobs 1",
    "dask 1",
    "dask 1 in-process",
    "dask 1 before",
    "dask 1 spawned",
    "--jobs 2 before",
    "--jobs 2 whole",
    "--jobs 2",
    "dask 2",
    "dask 2 in-process",
    "dask 2 before",
    "dask 2 whole",
    "dask 2 spawned",
)
LABELS = {
    "--jobs 1": "`check --jobs 1`",
    "--jobs 2": "`check --jobs 2`",
    "dask 1": "`check --dask local --jobs 1`",
    "dask 2": "`check --dask local --jobs 2`",
    "dask 1 in-process": "Dask, 1 worker, in this process",
    "dask 2 in-process": "Dask, 2 workers, in this process",
    "--jobs 2 before": "`--jobs 2`, before",
    "dask 1 before": "Dask, 1 worker, before",
    "dask 1 spawned": "Dask, 1 worker, spawned (before)",
    "dask 2 spawned": "Dask, 2 workers, spawned (before)",
    "--jobs 2 whole": "`--jobs 2`, files whole",
    "dask 2 whole": "Dask, 2 workers, files whole",
    "dask 2 before": "Dask, 2 workers, before",
}


def expected_seconds(name: str, results: dict[str, list[dict]]) -> float:
    """How long a run will take, judged by the runs made so far: the same run's median; else a
    run with as many processes (Dask takes about as long as ``--jobs``); else, for one process,
    twice a two-process run's time; 0 when nothing is known yet."""
    processes = _processes(name)
    same_count = [other for other in results if _processes(other) == processes]
    known = [name] if name in results else same_count
    if known:
        return statistics.median(run["seconds"] for run in results[known[0]])
    two = [other for other in results if _processes(other) == 2]
    if processes == 1 and two:
        return 2 * statistics.median(run["seconds"] for run in results[two[0]])
    return 0.0


def _fresh(name: str) -> bool:
    """A run of the real command in a new process (not Dask in this process)."""
    return name.startswith("--jobs") or name in ("dask 1", "dask 2")


def _startup_key(name: str) -> str:
    """Where the start-up of a fresh command is in the figures timed apart (a ``--jobs`` run of
    before starts as ``--jobs`` does); in-process runs time their own."""
    if name.startswith("--jobs"):
        return f"startup --jobs {_processes(name)}"
    return f"startup {name}"


def _processes(name: str) -> int:
    return int(name.split()[1])


def report(results: dict[str, list[dict]], words: int, apart: dict) -> None:
    """The tables of the runs that were made (a run left out by the budget or ``--processes``
    leaves its column and the ratios that need it out)."""

    def seconds(name: str) -> float:
        return statistics.median(run["seconds"] for run in results[name])

    def cpu(name: str) -> float:
        return statistics.median(run["cpu"] for run in results[name])

    def rate(name: str) -> float:
        return words / seconds(name)

    def startup(name: str, run: dict | None = None) -> float:
        """Start-up of a fresh command: the same command on one short file (timed apart); of
        an in-process Dask run: starting the cluster and loading the model (timed in it)."""
        if _startup_key(name) in apart:
            return apart[_startup_key(name)]["seconds"]
        if run is not None:
            return run["startup"]
        return statistics.median(run["startup"] for run in results[name])

    def after_startup(name: str) -> float:
        return seconds(name) - startup(name)

    def ratio(top: str, bottom: str, form: str = "{:.2f}") -> str:
        return form.format(rate(top) / rate(bottom)) if {top, bottom} <= results.keys() else ""

    def one_process(name: str) -> str:
        return "--jobs 1" if name.startswith("--jobs") else name.replace(" 2", " 1", 1)

    print(
        "\n| run | wall time | words/s | vs 1 process | Dask vs --jobs | CPU, all processes "
        "| memory |"
    )
    print("|---|---|---|---|---|---|---|")
    for name in ORDER:
        if name not in results:
            continue
        processes = _processes(name)
        last = results[name][-1]
        against = "" if name.startswith("--") else ratio(name, f"--jobs {processes}")
        if "peak_child_mb" in last:
            largest = (
                "an analysing child" if name.startswith("--") else "a worker with its children"
            )
            memory = (
                f"peak RSS {last['peak_mb']:.0f} MB (all its processes together); "
                f"largest child of the command ({largest}) {last['peak_child_mb']:.0f} MB"
            )
        elif "worker_peak_mb" in last:
            workers_mb = " / ".join(f"{mb:.0f}" for mb in last["worker_peak_mb"])
            memory = (
                f"peak RSS {last['peak_total_mb']:.0f} MB (all its processes together); per "
                f"worker process {workers_mb} MB; client and scheduler "
                f"{last['client_peak_mb']:.0f} MB"
            )
        else:
            memory = f"peak RSS {last['peak_mb']:.0f} MB (all its processes together)"
        print(
            f"| {LABELS[name]} | {seconds(name):.1f} s | {rate(name):,.0f} | "
            f"{ratio(name, one_process(name), '{:.2f}x') if processes > 1 else ''} | {against} | "
            f"{cpu(name):.1f} s | {memory} |"
        )

    runs = {name: results[name][-1] for name in ORDER if name in results}
    print(
        "\n| where the time goes (last round) | " + " | ".join(LABELS[name] for name in runs) + " |"
    )
    print("|---|" + "---|" * len(runs))

    def row(label: str, cell) -> None:
        print(f"| {label} | " + " | ".join(cell(name, run) for name, run in runs.items()) + " |")

    def in_process_only(form: str, key: str):
        return lambda name, run: form.format(run[key]) if key in run else ""

    row("wall time", lambda name, run: f"{run['seconds']:.1f} s")
    row(
        "start-up: a new process's imports, the model, the children or the cluster, the "
        "shut-down (fresh commands: the command on one short file); in this process: the "
        "cluster and the model",
        lambda name, run: f"{startup(name, run):.1f} s",
    )
    row(
        "importing in a fresh process (not in the in-process runs' wall time)",
        lambda name, run: "in start-up" if _fresh(name) else f"{apart['imports']:.1f} s",
    )
    row(
        "reading the files alone (timed apart; one reader for the run / the kept reader, "
        "batch by batch)",
        lambda name, run: (
            f"{apart['reading'][_reading_key(name)]:.1f} s"
            if _reading_key(name) in apart["reading"]
            else ""
        ),
    )
    row(
        "wall time after start-up (read, analyse, write)",
        lambda name, run: f"{run['seconds'] - startup(name, run):.1f} s",
    )
    row(
        "- analysis tasks' compute, summed over workers",
        in_process_only("{:.1f} s", "analysis_compute"),
    )
    row(
        "- other tasks' compute (frames, Parquet writes)",
        in_process_only("{:.1f} s", "other_compute"),
    )
    row("- moving data between workers", in_process_only("{:.1f} s", "transfer"))
    row(
        "- workers' time not computing (scheduling, the tail)",
        in_process_only("{:.1f} s", "not_computing"),
    )
    row("CPU seconds, all processes (user + system)", lambda name, run: f"{run['cpu']:.1f} s")
    row(
        "CPU seconds after start-up",
        lambda name, run: (
            f"{run['cpu'] - apart[_startup_key(name)]['cpu']:.1f} s"
            if _startup_key(name) in apart
            else f"{run['cpu_after_startup']:.1f} s"
        ),
    )
    row(
        "CPU seconds of each analysing child (how evenly the work was shared)",
        lambda name, run: (
            " / ".join(f"{seconds:.1f}" for seconds in run["children_each"][:4])
            + (" ..." if len(run["children_each"]) > 4 else "")
            + " s"
        ),
    )
    row(
        "minor page faults (the processes waited for / in this process: the Dask worker "
        "processes and this one)",
        lambda name, run: f"{run['faults']:,}",
    )

    dask_runs = [name for name in runs if name.startswith("dask") and not _fresh(name)]
    if dask_runs:
        print("\n| Dask detail (last round) | " + " | ".join(LABELS[n] for n in dask_runs) + " |")
        print("|---|" + "---|" * len(dask_runs))
        rows = [
            ("analysis tasks (batches of documents)", "tasks", "{}"),
            ("all tasks (with reading back, Parquet writes)", "all_tasks", "{}"),
            ("compute time per analysis task", "task_seconds", "{:.2f} s"),
            ("the worker process's own CPU per analysis task (not its children)", "task_cpu",
             "{:.2f} s"),
            ("of which system time (page faults, memory mapping)", "task_system", "{:.2f} s"),
            ("worker minor page faults per analysis task", "task_faults", "{:,.0f}"),
            ("worker time not computing, per analysis task", "idle_ms_per_task", "{:.0f} ms"),
            ("scheduler round trip per no-op task", "noop_ms", "{:.2f} ms"),
            ("CPU to start the cluster, all processes (workers forked from this process, or "
             "spawned)", "startup_cpu", "{:.2f} s"),
            ("- of which this process (the model, the scheduler, the nannies)",
             "startup_own_cpu", "{:.2f} s"),
        ]  # fmt: skip
        for label, key, form in rows:
            print(f"| {label} | " + " | ".join(form.format(runs[n][key]) for n in dask_runs) + " |")
        print(
            "| - of which each worker process | "
            + " | ".join(
                " / ".join(f"{cpu:.2f}" for cpu in runs[n]["startup_worker_cpu"]) + " s"
                for n in dask_runs
            )
            + " |"
        )
    print()
    for two, one in (("dask 2", "dask 1"), ("dask 2 in-process", "dask 1 in-process")):
        if {one, two} <= results.keys():
            print(f"target: {LABELS[two]} vs {LABELS[one]}: {ratio(two, one)}x (>= 1.6)")
    for processes in (1, 2):
        jobs = f"--jobs {processes}"
        for dask in (f"dask {processes}", f"dask {processes} in-process"):
            if {jobs, dask} <= results.keys():
                print(
                    f"target: {LABELS[dask]} vs {LABELS[jobs]}: {ratio(dask, jobs)} (>= 0.90); "
                    f"with start-up left out: {after_startup(jobs) / after_startup(dask):.2f}; "
                    f"CPU, all processes: {cpu(dask) / cpu(jobs):.2f} of --jobs's"
                )


def _reading_key(name: str) -> str:
    if name.startswith("--"):
        return "jobs"
    return "per batch" if name.endswith("before") else "kept"


def report_processes(results: dict[str, list[dict]]) -> None:
    """CPU seconds of each kind of process, from the start of the run to its end (last round):
    where the work of a run goes, its start-up included. On a shared machine these move less
    with the load than wall times do."""
    runs = {name: results[name][-1] for name in ORDER if name in results}
    if not runs:
        return
    kinds = [
        "command",
        "Dask worker",
        "analysis child",
        "reader fork server",
        "reader",
        "resource tracker",
        "other",
    ]
    print(
        "\n| CPU seconds by process (processes), last round | "
        + " | ".join(LABELS[name] for name in runs)
        + " |"
    )
    print("|---|" + "---|" * len(runs))
    for kind in kinds:
        cells = []
        for run in runs.values():
            count, cpu = run["by_kind"].get(kind, (0, 0.0))
            cells.append(f"{cpu:.1f} s ({count})" if count else "")
        if any(cells):
            label = (
                "command (Dask: also the client, scheduler, nannies)" if kind == "command" else kind
            )
            print(f"| {label} | " + " | ".join(cells) + " |")
    print("| all | " + " | ".join(f"{run['cpu']:.1f} s" for run in runs.values()) + " |")


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
