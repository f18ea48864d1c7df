"""The analysing child's CPU batch by batch, in the real command, ``--jobs 1`` against Dask.

    python benchmarks/child_batches.py --words 300000 --rounds 2
    python benchmarks/child_batches.py --words 1000000 --rounds 1   # about 10 minutes, quiet

``benchmarks/scale.py`` found the analysing child of ``check --dask local --jobs 1`` using 11%
more CPU than ``check --jobs 1``'s on the same million words (142.2 against 127.5 s). This runs
both fresh commands on one corpus (copies of the State of the Union addresses, as scale.py makes
it), in the order ``--jobs``, Dask, Dask, ``--jobs`` for each round (so a drift in the machine's
load falls on both alike), with the child's ``analyze_many`` wrapped: for every batch it logs the
documents, their characters, the CPU time (user and system), the minor page faults, the garbage
collector's collections and time per generation, and the RSS; once, the objects the child
inherited and the ``gc`` callbacks. The wrapper is set in the process that runs the command,
before anything forks, so a ``--jobs`` child and a Dask worker's child (forked from a worker
forked from that process) both run it. Batches with the same documents in both paths are
compared one by one.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

LOG_VARIABLE = "VAGUEWORDS_CHILD_LOG"
LIMITS = ("analysis_budget_seconds=3600", "time_budget_seconds=600")


def logged(analyze_many):
    """``analyze_many`` as the analysing child calls it on each batch, with a line of figures per
    batch in the log (and, on the first, what the child inherited)."""
    gc_seconds, collections, started = [0.0, 0.0, 0.0], [0, 0, 0], [0.0]
    log = []

    def timed(phase: str, info: dict) -> None:
        if phase == "start":
            started[0] = time.thread_time()
            return
        gc_seconds[info["generation"]] += time.thread_time() - started[0]
        collections[info["generation"]] += 1

    def write(row: dict) -> None:
        log[0].write(json.dumps(row) + "\n")
        log[0].flush()

    def analysed(batch, settings):
        if not log:  # the first batch in this child
            log.append(open(os.environ[LOG_VARIABLE], "a"))  # noqa: SIM115 - for its life
            inherited = [repr(callback) for callback in gc.callbacks]
            write({"kind": "head", "objects": len(gc.get_objects()), "callbacks": inherited})
            gc.callbacks.append(timed)
        before = resource.getrusage(resource.RUSAGE_SELF)
        seconds_before, collections_before = list(gc_seconds), list(collections)
        analyses = list(analyze_many(batch, settings))
        after = resource.getrusage(resource.RUSAGE_SELF)
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        seconds = zip(gc_seconds, seconds_before, strict=True)
        counts = zip(collections, collections_before, strict=True)
        write(
            {
                "kind": "batch",
                "documents": [Path(document.source).name for document in batch],
                "chars": sum(len(document.text) for document in batch),
                "user": after.ru_utime - before.ru_utime,
                "system": after.ru_stime - before.ru_stime,
                "faults": after.ru_minflt - before.ru_minflt,
                "gc_seconds": [now - then for now, then in seconds],
                "collections": [now - then for now, then in counts],
                "rss_mb": pages * os.sysconf("SC_PAGE_SIZE") / 1e6,
            }
        )
        return analyses

    return analysed


def run_command(arguments: list[str]) -> None:
    """The real ``vaguewords`` command, in this process, with the child's batches logged: the
    child (``analysis_worker._worker_process``) looks ``analyze_many`` up in the pipeline module
    when it starts, after the fork, so it finds the logged one."""
    from vaguewords import pipeline
    from vaguewords.cli import app

    pipeline.analyze_many = logged(pipeline.analyze_many)
    sys.argv = ["vaguewords", *arguments]
    with contextlib.suppress(SystemExit):
        app()


def summary(path: Path) -> dict:
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    heads = [row for row in rows if row["kind"] == "head"]
    batches = [row for row in rows if row["kind"] == "batch"]
    return {
        "children": len(heads),
        "objects": [head["objects"] for head in heads],
        "callbacks": sorted({c.split(" of ")[0] for head in heads for c in head["callbacks"]}),
        "batches": {tuple(row["documents"]): row for row in batches},
        "cpu": sum(row["user"] + row["system"] for row in batches),
        "system": sum(row["system"] for row in batches),
        "faults": sum(row["faults"] for row in batches),
        "gc": sum(sum(row["gc_seconds"]) for row in batches),
        "collections": [sum(row["collections"][g] for row in batches) for g in range(3)],
        "chars": sum(row["chars"] for row in batches),
        "rss_mb": max((row["rss_mb"] for row in batches), default=0.0),
    }


def _cpu_on(run: dict, keys: set) -> float:
    return sum(run["batches"][key]["user"] + run["batches"][key]["system"] for key in keys)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=300_000)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--command", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.command:
        run_command(args.command)
        return
    from scale import make_corpus

    limits = [argument for limit in LIMITS for argument in ("--limit", limit)]
    print(f"load average {os.getloadavg()[0]:.1f} at the start")
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        corpus.mkdir()
        files, words, size = make_corpus(corpus, args.words)
        print(f"corpus: {files} files, {words:,} words, {size / 1e6:.2f} MB")
        runs: dict[str, list[dict]] = {"jobs": [], "dask": []}
        for number in range(args.rounds):
            for path in ("jobs", "dask", "dask", "jobs"):
                log = Path(folder) / f"{path}-{number}-{len(runs[path])}.jsonl"
                where = ["--dask", "local"] if path == "dask" else ["--format", "csv"]
                output = Path(folder) / ("out.parquet" if path == "dask" else "out.csv")
                command = [sys.executable, __file__, "--command", "check", str(corpus)]
                command += ["--jobs", "1", *where, "-o", str(output), *limits]
                load = os.getloadavg()[0]
                done = subprocess.run(
                    command,
                    capture_output=True,
                    text=True,
                    env={**os.environ, LOG_VARIABLE: str(log)},
                )
                if done.returncode or not log.exists():
                    sys.stderr.write(done.stderr)
                    raise SystemExit(f"the {path} run failed")
                run = summary(log)
                runs[path].append(run)
                print(
                    f"round {number + 1}: {path:4} child CPU {run['cpu']:7.2f} s (system "
                    f"{run['system']:.2f} s), {len(run['batches'])} batches, {run['chars']:,} "
                    f"characters, page faults {run['faults']:,}, gc {run['gc']:.2f} s "
                    f"(collections {run['collections']}), peak RSS {run['rss_mb']:.0f} MB, "
                    f"{run['children']} child(ren) inheriting {run['objects']} objects, gc "
                    f"callbacks {run['callbacks'] or 'none'}; load {load:.1f}",
                    flush=True,
                )
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    every = [run["batches"] for path in runs for run in runs[path]]
    common = set.intersection(*(set(batches) for batches in every))
    jobs = [_cpu_on(run, common) for run in runs["jobs"]]
    dask = [_cpu_on(run, common) for run in runs["dask"]]
    print(
        f"{len(common)} batches with the same documents in every run: child CPU on them "
        f"--jobs {', '.join(f'{s:.2f}' for s in jobs)} s, Dask {', '.join(f'{s:.2f}' for s in dask)}"
        f" s; Dask / --jobs {sum(dask) / sum(jobs):.3f}"
    )


if __name__ == "__main__":
    main()
