"""CPU time and memory of a whole process tree, children included, read from /proc (Linux).

A run of vaguewords is several processes: the command, its analysing children (``--jobs N`` runs
N; a Dask worker one, or one per task before they were kept), a reading child behind a fork
server, and for Dask the worker processes. ``getrusage`` of the command sees only the children
it waited for, and a Dask worker's own ``getrusage`` none of its children, so the benchmarks
that compare such runs (serve.py, scale.py) sample the tree instead: :class:`TreeSampler` walks
it again every few samples, so processes started during the run count, and keeps each
process's last CPU figure, so a process that exits loses at most one interval.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from pathlib import Path


def _stat_fields(pid: int) -> list[str]:
    """The fields of /proc/PID/stat after the command name (field 3 onwards)."""
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def parent_of(pid: int) -> int | None:
    try:
        return int(_stat_fields(pid)[1])
    except (OSError, IndexError, ValueError):
        return None


def descendants(pid: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int(_stat_fields(int(entry.name))[1])
            except (OSError, IndexError, ValueError):
                continue
    found, frontier = [], [pid]
    while frontier:
        current = frontier.pop()
        children = [child for child, parent in parents.items() if parent == current]
        found.extend(children)
        frontier.extend(children)
    return found


def cpu_seconds(pid: int) -> float:
    """User + system CPU time this process has used so far (0 when it is gone)."""
    try:
        fields = _stat_fields(pid)
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime
    except (OSError, IndexError, ValueError):
        return 0.0


def command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def vaguewords_kind(pid: int, root: int, parents: dict[int, int | None]) -> str:
    """What a process of a vaguewords run is, from its command line and its parent: the
    command itself (``root``), a Dask worker (spawned by the command's nanny), the reading
    child's fork server and the readers below it, multiprocessing's resource tracker, or an
    analysing child (forked, so its command line is its parent's)."""
    if pid == root:
        return "command"
    line = command_line(pid)
    parent = parents.get(pid)
    # A reader is forked from the fork server, so its command line is the server's: the parent
    # tells them apart.
    if parent is not None and "forkserver" in command_line(parent):
        return "reader"
    if "forkserver" in line:
        return "reader fork server"
    if "resource_tracker" in line:
        return "resource tracker"
    if "spawn_main" in line and parent == root:
        return "Dask worker"
    return "analysis child"


class TreeSampler(threading.Thread):
    """Peak RSS and CPU time of a process and every process below it, found again every
    ``REFRESH`` samples: children started during the run (a worker's analysing child, started on
    its first request or again after a budget kill) count. A process's CPU time is its last
    sample, so a process that exits between two samples loses at most one interval's CPU time.
    ``kind`` (optional) names each process when first seen, for :meth:`cpu_by_kind`. The
    sampler's own CPU time (it runs in this process) is ``own_cpu``, to take off when the root
    is this process."""

    INTERVAL = 0.05
    REFRESH = 10  # samples between two walks of /proc for new processes

    def __init__(
        self, pid: int, kind: Callable[[int, int, dict[int, int | None]], str] | None = None
    ) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.kind_of = kind
        # Peak RSS in KB: all the processes together, the root alone, and the largest child of
        # the root with everything below it (a server's worker with its analysing child).
        self.peak_total = self.peak_root = self.peak_child = 0
        self.cpu: dict[int, float] = {}
        self.baseline: dict[int, float] = {}
        self.kinds: dict[int, str] = {}
        self.own_cpu = 0.0  # this thread's CPU time so far, brought up to date every sample
        self.stop = threading.Event()

    def mark(self) -> None:
        """Start counting CPU time from now (the model loading before it is not counted)."""
        self.sample(descendants(self.pid))
        self.baseline = dict(self.cpu)

    def cpu_used(self) -> float:
        return sum(seconds - self.baseline.get(pid, 0.0) for pid, seconds in self.cpu.items())

    def cpu_each(self, kind: str) -> list[float]:
        """CPU seconds since :meth:`mark` of each process of one kind, largest first: how evenly
        the work was shared (two analysing children of ``--jobs 2``, say)."""
        return sorted(
            (
                seconds - self.baseline.get(pid, 0.0)
                for pid, seconds in self.cpu.items()
                if self.kinds.get(pid) == kind
            ),
            reverse=True,
        )

    def cpu_by_kind(self) -> dict[str, tuple[int, float]]:
        """(processes, CPU seconds since :meth:`mark`) for each kind of process."""
        table: dict[str, tuple[int, float]] = {}
        for pid, seconds in self.cpu.items():
            kind = self.kinds.get(pid, "other")
            count, total = table.get(kind, (0, 0.0))
            table[kind] = (count + 1, total + seconds - self.baseline.get(pid, 0.0))
        return table

    def sample(self, tree: list[int]) -> None:
        parents = {pid: parent_of(pid) for pid in tree}
        for pid in (self.pid, *tree):
            seconds = cpu_seconds(pid)
            if seconds:
                self.cpu[pid] = max(seconds, self.cpu.get(pid, 0.0))
                if self.kind_of is not None and pid not in self.kinds:
                    self.kinds[pid] = self.kind_of(pid, self.pid, parents)
        sizes = {pid: rss_kb(pid) for pid in tree}
        children: dict[int, int] = {}
        for pid, size in sizes.items():
            top = pid
            while parents.get(top) not in (self.pid, None):
                top = parents[top]
            children[top] = children.get(top, 0) + size
        root = rss_kb(self.pid)
        self.peak_root = max(self.peak_root, root)
        self.peak_child = max([self.peak_child, *children.values()])
        self.peak_total = max(self.peak_total, root + sum(sizes.values()))

    def run(self) -> None:
        started = time.thread_time()
        tree: list[int] = []
        count = 0
        while not self.stop.is_set():
            if count % self.REFRESH == 0:
                tree = descendants(self.pid)
            self.sample(tree)
            self.own_cpu = time.thread_time() - started
            count += 1
            self.stop.wait(self.INTERVAL)
        self.sample(descendants(self.pid))
        self.own_cpu = time.thread_time() - started
