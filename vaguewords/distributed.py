"""Run the analysis on a Dask cluster: a bag or DataFrame of texts or file paths in, Dask
DataFrames of findings (the findings CSV's columns), of documents (the per-document CSV's
columns) and of inputs that could not be read, out.

An adapter, like the command line: each task is a batch of documents that goes through the same
library functions as ``vaguewords check`` (:func:`vaguewords.service.run_analysis`, which reads
with :func:`vaguewords.service.read_planned` and analyses with
:func:`vaguewords.pipeline.analyze_many`), and its rows come from
:mod:`vaguewords.render.table`. Nothing here reads or analyses text by itself.

Each worker process loads the spaCy pipeline once: :func:`vaguewords.pipeline.load_pipeline`
caches it per process, and :class:`PipelinePlugin` loads it when a worker starts so that the
first task does not pay for it (and a missing model shows before any work is sent). A local
cluster's workers are forked from the process that starts it, once that process has loaded the
pipeline (:func:`connect`), so they start with it, as ``--jobs`` forks its children. The worker's
analysing child and reading child (the time budget and the reading limits) are kept from one task
to the next (``run_analysis(keep_processes=True)``), as ``--jobs`` keeps them for a whole run.

Files are read by the workers, from the paths they are given: on a cluster of several machines
those paths must be visible to every worker (a shared filesystem or mount).

Needs the extra: ``pip install "vaguewords[dask]"``.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import operator
import os
import shutil
import tempfile
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from multiprocessing import forkserver
from pathlib import Path
from typing import TYPE_CHECKING, Any

import dask
import pandas as pd
from distributed import Client, LocalCluster, WorkerPlugin

from vaguewords.analysis_worker import join_parts, part_document, parts_of, shared_worker
from vaguewords.documents import Document
from vaguewords.errors import InputError, OutputError, VagueWordsError
from vaguewords.limits import DEFAULT_LIMITS, ReadLimits
from vaguewords.model import Analysis
from vaguewords.pipeline import Settings, load_pipeline
from vaguewords.render.table import DOCUMENT_COLUMNS, FINDING_COLUMNS, documents_table
from vaguewords.render.table import findings_table as _findings_rows
from vaguewords.service import InputPlan, read_planned, run_analysis

if TYPE_CHECKING:
    import dask.bag as db
    import dask.dataframe as dd
    from distributed import Future

LOCAL = "local"
DEFAULT_SETTINGS = Settings()
# Characters (or bytes on disk) of input per task. A task of this size takes a few seconds on one
# core, so the scheduler's few milliseconds per task are lost in it, and a corpus of a megabyte
# still makes enough tasks to keep every worker busy to the end: with few tasks the last one runs
# alone while the other workers wait (the tail). Since a task no longer starts its own analysing
# and reading children, a small task costs little more than a large one.
BATCH_CHARS = 100_000
TASKS_PER_WORKER = 8  # at least this many tasks per worker when the corpus allows it
MIN_BATCH_CHARS = 10_000  # about a second of work: a task's few milliseconds stay small in it
# An input longer than this many batches is analysed in parts of about a batch each, on several
# workers (:class:`Piece`): one long file is otherwise one worker's work while the others wait.
SPLIT_BATCHES = 2
# Files whose size on disk is about their text's length: only these are cut by their size (a
# Word or PDF file is mostly packaging; a large one is analysed whole).
SPLIT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm")
CONNECT_TIMEOUT = "20s"

STRING = pd.StringDtype()
FINDING_DTYPES: dict[str, Any] = {
    **{column: STRING for column in FINDING_COLUMNS},
    "paragraph": "int64",
    "start": "int64",
    "end": "int64",
    "who": "bool",
    "how": "bool",
    "when": "bool",
}
DOCUMENT_DTYPES: dict[str, Any] = {
    "file": STRING,
    "words": "int64",
    "findings": "int64",
    "findings_per_100_words": "float64",
    "missing_who": "int64",
    "missing_how": "int64",
    "missing_when": "int64",
    "unresolved": "int64",
    "most_common_term": STRING,
}
FAILURE_COLUMNS = ["message"]
FAILURE_DTYPES: dict[str, Any] = {"message": STRING}


class ClusterError(VagueWordsError):
    """No scheduler at the address given, or the cluster could not be started."""


@dataclass(frozen=True)
class DaskAnalysis:
    """Lazy results of one run: nothing is computed until one of them (or several together, with
    ``dask.compute``) is. They share their tasks, so computing them together analyses each batch
    once."""

    findings: dd.DataFrame  # one row per finding: the findings CSV's columns
    documents: dd.DataFrame  # one row per analysed document: the per-document CSV's columns
    failures: dd.DataFrame  # one row per input that could not be read: "message"


# ============================================================================ one task


def _typed(frame: pd.DataFrame, dtypes: dict[str, Any]) -> pd.DataFrame:
    """The same dtypes in every partition, however few rows it has (Parquet needs one schema)."""
    return frame.astype(dtypes).reset_index(drop=True)


def _empty(columns: list[str], dtypes: dict[str, Any]) -> pd.DataFrame:
    return _typed(pd.DataFrame({column: [] for column in columns}), dtypes)


FINDINGS_META = _empty(FINDING_COLUMNS, FINDING_DTYPES)
DOCUMENTS_META = _empty(DOCUMENT_COLUMNS, DOCUMENT_DTYPES)
FAILURES_META = _empty(FAILURE_COLUMNS, FAILURE_DTYPES)


# A worker started with several threads would run batches side by side through one pipeline,
# whose memory zones free the vocabulary's new strings while another batch may be using them;
# batches in one process take turns instead (threads would not parse in parallel anyway).
_ONE_AT_A_TIME = threading.Lock()


def _after_fork() -> None:
    """In a process forked from this one (a local worker: see :func:`_local_config`): a lock of
    its own (another thread of the parent may have held this one at the fork), and no fork
    server of the parent's. The workers' reading children are started by multiprocessing's fork
    server (:class:`~vaguewords.documents.IsolatedReader`), and a forked process inherits the
    parent's record of its server, which it cannot wait for (not its child): it starts its
    own, as a spawned worker does."""
    global _ONE_AT_A_TIME
    _ONE_AT_A_TIME = threading.Lock()
    server = getattr(forkserver, "_forkserver", None)
    if getattr(server, "_forkserver_pid", None) is None:
        return
    with contextlib.suppress(OSError, TypeError):
        os.close(server._forkserver_alive_fd)  # the parent's server stops when the parent does
    server._forkserver_address = server._forkserver_alive_fd = server._forkserver_pid = None
    server._lock = threading.Lock()


os.register_at_fork(after_in_child=_after_fork)


def analyse_batch(
    items: Sequence[Document | Path | str],
    settings: Settings = DEFAULT_SETTINGS,
    *,
    paths: bool = True,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """One task: read and analyse a batch of documents with the library's own functions, in this
    process's cached pipeline. Returns (findings, documents, failures) frames. A ``str`` item is
    a file path when ``paths`` is true, otherwise a text."""
    if items and isinstance(items[0], Piece):  # one input's pieces, one after another here
        pieces = [analyse_piece(piece, settings, paths=paths, limits=limits) for piece in items]
        return join_pieces(pieces)
    plan = InputPlan(items=[_as_item(item, paths) for item in items])
    with _ONE_AT_A_TIME:
        analyses = list(
            run_analysis(plan, settings, keep_text=False, limits=limits, keep_processes=True)
        )
    return _frames_of(analyses, plan.failures)


def _frames_of(
    analyses: list[Analysis], failures: list[str]
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    return (
        _typed(_findings_rows(analyses), FINDING_DTYPES),
        _typed(documents_table(analyses), DOCUMENT_DTYPES),
        _typed(pd.DataFrame({"message": failures}, columns=FAILURE_COLUMNS), FAILURE_DTYPES),
    )


def _as_item(item: Document | Path | str, paths: bool) -> Document | Path:
    if isinstance(item, Document | Path):
        return item
    if isinstance(item, tuple) and len(item) == 2:  # (source, text)
        return Document(text=str(item[1]), source=str(item[0]))
    if not isinstance(item, str):
        raise TypeError(f"expected a path, a text or a Document, got {type(item).__name__}")
    return Path(item) if paths else Document(text=item, source="text")


@dataclass(frozen=True)
class Piece:
    """Part ``number`` of ``count`` of one long input: the worker reads the whole input and
    analyses that part's paragraphs (:func:`vaguewords.analysis_worker.parts_of`, the same cut
    in every process), so that several workers share one long file. A batch of pieces holds all
    the pieces of one input, in order; its tasks' outcomes are joined by :func:`join_pieces`."""

    item: Document | Path | str
    number: int
    count: int


def analyse_piece(
    piece: Piece,
    settings: Settings = DEFAULT_SETTINGS,
    *,
    paths: bool = True,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> tuple[Document, Any, Any] | str | None:
    """One task: read a piece's input and analyse that part of it in this process's kept
    analysing child (each part within ``limits.analysis_budget_seconds``). Returns (the input,
    its text left out; the Part; its Analysis or InputError), or the message of an input that
    could not be read (from the first piece only: the others give None), or None for a piece
    past the input's last paragraph."""
    plan = InputPlan(items=[_as_item(piece.item, paths)])
    with _ONE_AT_A_TIME:
        documents = list(read_planned(plan, limits=limits, keep_processes=True))
        if not documents:
            return plan.failures[0] if piece.number == 0 and plan.failures else None
        (document,) = documents
        parts = parts_of(document, piece.count)
        if piece.number >= len(parts):
            return None
        part = parts[piece.number]
        (outcome,) = shared_worker(settings, limits).analyze_each([part_document(document, part)])
    whole = Document(text="", source=document.source, warnings=document.warnings)
    return whole, part, replace(outcome, text="") if isinstance(outcome, Analysis) else outcome


def join_pieces(
    outcomes: Sequence[tuple[Document, Any, Any] | str | None],
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The (findings, documents, failures) frames of one input from its pieces' outcomes (see
    :func:`analyse_piece`), as :func:`analyse_batch` gives them for the input whole: one
    failure if it could not be read or a part could not be analysed, else its rows."""
    failures = [outcome for outcome in outcomes if isinstance(outcome, str)]
    analysed = [outcome for outcome in outcomes if isinstance(outcome, tuple)]
    analyses = []
    if not failures and analysed:
        joined = join_parts(
            analysed[0][0], [part for _, part, _ in analysed], [out for _, _, out in analysed]
        )
        if isinstance(joined, InputError):
            failures.append(str(joined))
        else:
            analyses.append(joined)
    return _frames_of(analyses, failures[:1])


# ============================================================================ collections


def analyse_bag(
    bag: db.Bag,
    settings: Settings = DEFAULT_SETTINGS,
    *,
    paths: bool = True,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> DaskAnalysis:
    """Findings for a Dask bag whose elements are file paths (``paths=True``), texts
    (``paths=False``; their source is "text"), ``(source, text)`` pairs or Documents. Each
    partition of the bag is one task, so partition it into batches of documents
    (``db.from_sequence(items, npartitions=...)``); or use :func:`analyse_batches`."""
    work = dask.delayed(analyse_batch, nout=3)
    parts = [work(part, settings, paths=paths, limits=limits) for part in bag.to_delayed()]
    return _frames(parts)


def analyse_frame(
    frame: dd.DataFrame,
    settings: Settings = DEFAULT_SETTINGS,
    *,
    path_column: str | None = "path",
    text_column: str = "text",
    source_column: str = "source",
    limits: ReadLimits = DEFAULT_LIMITS,
) -> DaskAnalysis:
    """Findings for a Dask DataFrame with a column of file paths (``path_column``, read by the
    workers) or, when ``path_column`` is None, a column of texts (``text_column``) and an optional
    column naming each text (``source_column``). Each partition is one task."""
    work = dask.delayed(_analyse_partition, nout=3)
    parts = [
        work(part, settings, path_column, text_column, source_column, limits)
        for part in frame.to_delayed()
    ]
    return _frames(parts)


def _analyse_partition(
    part: pd.DataFrame,
    settings: Settings,
    path_column: str | None,
    text_column: str,
    source_column: str,
    limits: ReadLimits,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    if path_column is not None:
        return analyse_batch([Path(value) for value in part[path_column]], settings, limits=limits)
    sources = part[source_column] if source_column in part else ["text"] * len(part)
    documents = [
        Document(text=str(text), source=str(source))
        for source, text in zip(sources, part[text_column], strict=True)
    ]
    return analyse_batch(documents, settings, limits=limits)


def _frames(parts: list) -> DaskAnalysis:
    import dask.dataframe as dd  # here, not at the top: ``check --dask`` does without it

    return DaskAnalysis(
        findings=dd.from_delayed([part[0] for part in parts], meta=FINDINGS_META),
        documents=dd.from_delayed([part[1] for part in parts], meta=DOCUMENTS_META),
        failures=dd.from_delayed([part[2] for part in parts], meta=FAILURES_META),
    )


def analyse_batches(
    batches: Iterable[Sequence[Document | Path | str]],
    settings: Settings = DEFAULT_SETTINGS,
    *,
    paths: bool = True,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> DaskAnalysis:
    """Findings for documents already grouped into batches (see :func:`batches_of`): one task per
    batch, the batch carried inside its task, so no worker holds the inputs of another's task;
    a batch of one input's pieces is a task per piece and one that joins them."""
    work = dask.delayed(analyse_batch, nout=3)
    piece_work = dask.delayed(analyse_piece)
    join = dask.delayed(join_pieces, nout=3)
    parts = []
    for batch in batches:
        batch = list(batch)
        if batch and isinstance(batch[0], Piece):
            outcomes = [piece_work(piece, settings, paths=paths, limits=limits) for piece in batch]
            parts.append(join(outcomes))
        else:
            parts.append(work(batch, settings, paths=paths, limits=limits))
    return _frames(parts)


def submit_batches(
    client: Client,
    batches: Iterable[Sequence[Document | Path | str]],
    settings: Settings = DEFAULT_SETTINGS,
    *,
    paths: bool = True,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> DaskAnalysis:
    """:func:`analyse_batches`, started on ``client`` now, the larger batches first: they are
    submitted largest first, each with its size as its priority, so that a batch of one long
    file does not run alone at the end while the other workers wait (the tail). The frames keep
    the batches' order. (A ``dask.annotate`` priority does not reach the scheduler through
    ``dd.from_delayed``, and the scheduler starts what it is given first.)"""
    futures = _submit_largest_first(client, batches, settings, paths, limits)
    parts = [
        [client.submit(operator.getitem, future, n, priority=priority) for n in range(3)]
        for future, priority in futures
    ]
    return _frames(parts)


def _submit_largest_first(
    client: Client,
    batches: Iterable[Sequence[Document | Path | str]],
    settings: Settings,
    paths: bool,
    limits: ReadLimits,
    output: dict[str, Any] | None = None,
) -> list[tuple[Future, int]]:
    """For each batch, in the batches' order, (a future, its priority): of
    :func:`analyse_batch`, or for a batch of one input's pieces (:class:`Piece`) of
    :func:`join_pieces` over the pieces' :func:`analyse_piece` futures (each piece runs where the
    scheduler likes). With ``output`` (``per_document``, ``folder``), the batch's part of the
    output is made in the same task (:func:`analyse_batch_and_write`,
    :func:`join_pieces_and_write`). Submitted largest batch first, each with its size as its
    priority."""
    batches = [list(batch) for batch in batches]
    sizes = [sum(_weight(item, paths) for item in batch) for batch in batches]
    futures: list = [None] * len(batches)
    for number in sorted(range(len(batches)), key=lambda number: -sizes[number]):
        priority = sizes[number]
        batch = batches[number]
        writes = {} if output is None else {**output, "number": number}
        if batch and isinstance(batch[0], Piece):  # one long input: its pieces on any workers
            outcomes = [
                client.submit(
                    analyse_piece,
                    piece,
                    settings,
                    paths=paths,
                    limits=limits,
                    priority=priority,
                    pure=False,
                )
                for piece in batch
            ]
            join = join_pieces if output is None else join_pieces_and_write
            future = client.submit(join, outcomes, **writes, priority=priority, pure=False)
        else:
            work = analyse_batch if output is None else analyse_batch_and_write
            future = client.submit(
                work, batch, settings, paths=paths, limits=limits, **writes,
                priority=priority, pure=False,
            )  # fmt: skip
        futures[number] = (future, priority)
    return futures


# ============================================================================ the command's tasks
# ``check --dask`` runs one task per batch that analyses it and writes its part of the output
# (a Parquet file in the output's temporary folder, or, for CSV, the rows sent back): no frames
# of ``dask.dataframe`` (whose import costs a fresh command a third of a second), and no tasks
# besides the analysis to schedule, to move data between or to wake a worker for.


def analyse_batch_and_write(
    items: Sequence[Document | Path | str],
    settings: Settings = DEFAULT_SETTINGS,
    *,
    paths: bool = True,
    limits: ReadLimits = DEFAULT_LIMITS,
    number: int = 0,
    per_document: bool = False,
    folder: str | None = None,
) -> tuple[int, list[str], pd.DataFrame | None]:
    """:func:`analyse_batch`, then its part of the output (:func:`_output_part`)."""
    frames = analyse_batch(items, settings, paths=paths, limits=limits)
    return _output_part(frames, number, per_document, folder)


def join_pieces_and_write(
    outcomes: Sequence[tuple[Document, Any, Any] | str | None],
    *,
    number: int = 0,
    per_document: bool = False,
    folder: str | None = None,
) -> tuple[int, list[str], pd.DataFrame | None]:
    """:func:`join_pieces`, then its part of the output (:func:`_output_part`)."""
    return _output_part(join_pieces(outcomes), number, per_document, folder)


def _output_part(
    frames: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame],
    number: int,
    per_document: bool,
    folder: str | None,
) -> tuple[int, list[str], pd.DataFrame | None]:
    """(documents analysed, failure messages, the rows) of one batch; with a ``folder``, the
    rows (findings, or with ``per_document`` the documents') are written there as
    ``part.NUMBER.parquet`` (Dask's own naming) and not sent back."""
    findings, documents, failures = frames
    table = documents if per_document else findings
    messages = list(failures["message"])
    if folder is None:
        return len(documents), messages, table
    table.to_parquet(Path(folder) / f"part.{number}.parquet", index=False)
    return len(documents), messages, None


def _weight(item: Document | Path | str | Piece, paths: bool) -> int:
    """About how much work an item is: its characters, or its size on disk."""
    if isinstance(item, Piece):
        return _weight(item.item, paths) // max(1, item.count)
    if isinstance(item, tuple) and len(item) == 2:  # (source, text)
        return len(str(item[1]))
    if isinstance(item, str) and not paths:
        return len(item)
    return _size(_as_item(item, paths))


def batches_of(items: Sequence[Document | Path], workers: int = 1) -> list[list[Document | Path]]:
    """The items in their order, in batches of about ``BATCH_CHARS`` characters (file sizes on
    disk), smaller when that would leave fewer than ``TASKS_PER_WORKER`` tasks per worker. An
    item longer than ``SPLIT_BATCHES`` such batches (a text, or a file in ``SPLIT_SUFFIXES``) is
    a batch of its own, of :class:`Piece` items of about a batch each (with one worker, it is
    left whole)."""
    sizes = [_size(item) for item in items]
    target = min(BATCH_CHARS, sum(sizes) // max(1, workers * TASKS_PER_WORKER))
    target = max(target, MIN_BATCH_CHARS)
    batches: list[list] = []
    whole: list = []
    whole_sizes: list[int] = []
    for item, size in zip(items, sizes, strict=True):
        if workers > 1 and size > SPLIT_BATCHES * target and _splittable(item):
            batches.extend(_batches(whole, whole_sizes, target))
            whole, whole_sizes = [], []
            count = -(-size // target)
            batches.append([Piece(item, number, count) for number in range(count)])
        else:
            whole.append(item)
            whole_sizes.append(size)
    batches.extend(_batches(whole, whole_sizes, target))
    return batches


def _splittable(item: Document | Path) -> bool:
    return isinstance(item, Document) or Path(item).suffix.lower() in SPLIT_SUFFIXES


def _size(item: Document | Path) -> int:
    if isinstance(item, Document):
        return len(item.text)
    try:
        return Path(item).stat().st_size
    except (OSError, ValueError):
        return 0  # the worker that reads it reports the problem


def _batches(items: Sequence, sizes: Sequence[int], target: int) -> Iterator[list]:
    batch: list = []
    size = 0
    for item, item_size in zip(items, sizes, strict=True):
        if batch and size + item_size > target:
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += item_size
    if batch:
        yield batch


# ============================================================================ the cluster


class PipelinePlugin(WorkerPlugin):
    """Loads the spaCy pipeline when a worker starts (once per worker process; tasks then find it
    in :func:`~vaguewords.pipeline.load_pipeline`'s cache). A pipeline that cannot be loaded is
    left for the first task to raise, so the client gets the one-line error, not a worker log."""

    name = "vaguewords-pipeline"

    def __init__(self, settings: Settings = DEFAULT_SETTINGS) -> None:
        self.settings = settings

    def setup(self, worker) -> None:
        load_or_error(self.settings)

    def teardown(self, worker) -> None:
        """Stop the analysing and reading children the tasks kept (they also stop when the
        worker process exits, as their pipes close)."""
        from vaguewords.analysis_worker import close_shared_workers
        from vaguewords.service import close_shared_readers

        close_shared_workers()
        close_shared_readers()


def load_or_error(settings: Settings) -> VagueWordsError | None:
    """Load the pipeline in this process; the error (as data) when it cannot be loaded."""
    try:
        load_pipeline(settings)
    except VagueWordsError as error:
        return error
    return None


# Dask settings for the workers of a local cluster, chosen for long CPU-bound tasks that
# allocate a lot (spaCy's parser builds large arrays for every batch). Measured on one task of
# about 200,000 characters, in a plain process against a default worker (README, Performance):
# - The nanny starts workers with MALLOC_TRIM_THRESHOLD_=65536, which also turns off glibc's
#   adaptive mmap threshold: every array over 128 KB is mapped, zero-filled and unmapped again.
#   That took 20 times the page faults (about 430,000 instead of 22,000 per task) and a second
#   of system time per task (against 0.06 s), besides the user time the cold pages cost. Left
#   unset, the worker's memory stays close to ``--jobs``'s.
# - The statistical profiler samples the running thread every 10 ms, holding the GIL while it
#   walks the stack; it and the other threads of a worker took 8-15% of a task's CPU time on
#   top of the task, against 3-4% with both settings here. Its only reader is the dashboard,
#   which a local cluster here does not start.
# - A worker's timers wake its event loop while the task waits for the analysing child: the
#   loop's health check every 20 ms, the memory monitor every 100 ms, the system monitor every
#   500 ms. Each wake-up is cheap, but on a machine with as many workers as cores it takes the
#   core from a child that is parsing. 1 s, 1 s and 2 s keep what they are for (a blocked loop
#   still shows after the 3 s limit; the memory limit is checked every second, against tasks
#   that take seconds; the dashboard's plots are coarser).
# On a cluster started by hand, the same goes in the workers' Dask configuration:
# docs/dask-worker.yaml (a test checks that it matches this).
WORKER_CONFIG = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}


def _local_config() -> dict[str, Any]:
    """The Dask settings a local cluster is started with: WORKER_CONFIG, and workers that may
    start children (each reads its files in a child process of its own, IsolatedReader, which
    daemonic processes may not start). Where ``fork`` exists, the nannies fork the workers from
    this process, which has loaded the pipeline (:func:`connect`): a worker starts with dask,
    spaCy and the model in memory (shared with this process until written to), where a spawned
    worker imports them and loads the model itself, about 3 s of CPU each; ``--jobs`` forks its
    children from the process that loaded the model once, in the same way."""
    config: dict[str, Any] = {"distributed.worker.daemon": False, **WORKER_CONFIG}
    if _FORK:
        config["distributed.worker.multiprocessing-method"] = "fork"
    return config


_FORK = "fork" in multiprocessing.get_all_start_methods()


def _local_cluster(workers: int) -> LocalCluster:
    return LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        # The scheduler serves a few HTTP routes (health, metrics) even without a dashboard, on
        # port 8787 by default; when another cluster on this machine has that port, Dask warns
        # on stderr as it takes another. Any free port, on this machine only.
        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        # Not its start-up and shut-down chatter on stderr: under load a worker's last
        # heartbeat can race the scheduler's close and log an ERROR with a traceback.
        # Task errors still reach the client and are raised there.
        silence_logs=logging.CRITICAL,
    )


@contextmanager
def connect(
    address: str, workers: int = 1, settings: Settings = DEFAULT_SETTINGS
) -> Iterator[Client]:
    """A client of the scheduler at ``address`` (``tcp://host:8786``), or of a new local cluster
    of ``workers`` single-threaded processes when ``address`` is "local" (forked from this
    process after it loads the pipeline, where fork exists: :func:`_local_config`). The pipeline
    is loaded on every worker before this yields (and on workers that join later); when a worker
    (or, for a local cluster, this process) cannot load it, its error (ModelError, LexiconError)
    is raised here. A local cluster is closed on exit."""
    cluster = None
    try:
        if address == LOCAL:
            if _FORK:  # the workers are forked from this process: they find it loaded
                error = load_or_error(settings)
                if error is not None:
                    raise error
            with dask.config.set(_local_config()):
                cluster = _local_cluster(workers)
            client = Client(cluster)
        else:
            client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as error:
        if cluster is not None:
            cluster.close()
        raise ClusterError(f"{address}: no Dask scheduler could be reached ({error})") from None
    try:
        for error in client.run(load_or_error, settings).values():
            if error is not None:
                raise error
        client.register_plugin(PipelinePlugin(settings))
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run_dask(
    client: Client,
    items: Sequence[Document | Path],
    settings: Settings,
    output: Path,
    *,
    per_document: bool = False,
    progress: bool = False,
    inputs: Iterable[Path] = (),
    limits: ReadLimits = DEFAULT_LIMITS,
    raw_csv: bool = False,
) -> tuple[int, list[str]]:
    """Analyse ``items`` on the cluster and write the findings (or, with ``per_document``, the
    per-document rows) to ``output``: a ``.parquet`` folder of partitions written by the workers,
    or one ``.csv`` file gathered here. Returns (documents analysed, failure messages). Nothing is
    written when no document could be analysed."""
    from vaguewords.output import check_output_path

    suffix = output.suffix.lower()
    if suffix not in (".parquet", ".csv"):
        raise OutputError(f"{output}: with --dask the output must end in .parquet or .csv")
    workers = max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))
    batches = batches_of(items, workers)
    folder = None
    if suffix == ".csv":
        check_output_path(output, inputs)
    else:
        folder = _parquet_folder_beside(output, inputs)
    try:
        futures = _submit_largest_first(
            client, batches, settings, paths=True, limits=limits,
            output={"per_document": per_document, "folder": folder},
        )  # fmt: skip
        parts = _gathered(client, [future for future, _ in futures], progress)
    except BaseException:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    analysed = sum(count for count, _, _ in parts)
    failures = [message for _, messages, _ in parts for message in messages]
    if folder is None:
        if analysed:
            from vaguewords.output import write_atomic
            from vaguewords.render.table import to_csv

            rows = pd.concat([rows for _, _, rows in parts], ignore_index=True)
            write_atomic(output, to_csv(rows, raw=raw_csv), inputs)
        return analysed, failures
    if analysed:
        if output.exists():
            shutil.rmtree(output)
        Path(folder).chmod(0o755)
        Path(folder).rename(output)
    else:
        shutil.rmtree(folder, ignore_errors=True)
    return analysed, failures


def _gathered(client: Client, futures: list[Future], progress: bool) -> list:
    if progress:
        import sys

        from distributed import progress as progress_bar

        with contextlib.redirect_stdout(sys.stderr):  # diagnostics go to stderr
            progress_bar(futures)
            sys.stderr.write("\n")
    return client.gather(futures)


def _parquet_folder_beside(output: Path, inputs: Iterable[Path]) -> str:
    """A new temporary folder beside ``output``, to become ``output`` when the run succeeds. An
    existing ``output`` may be replaced only if it holds nothing but Parquet files."""
    parent = output.parent
    if not parent.is_dir():
        raise OutputError(f"{output}: the folder {str(parent)!r} does not exist")
    if output.exists() and not _is_parquet_folder(output):
        raise OutputError(
            f"{output}: exists and is not a folder of Parquet files; not replacing it"
        )
    resolved = output.resolve()
    for item in inputs:
        if Path(item).exists() and Path(item).resolve() == resolved:
            raise OutputError(f"{output}: is one of the inputs; refusing to overwrite it")
    try:
        return tempfile.mkdtemp(prefix=f".{output.name}.", dir=parent)
    except OSError as error:
        raise OutputError(f"{output}: cannot write here ({error.strerror or error})") from None


def _is_parquet_folder(path: Path) -> bool:
    if not path.is_dir():
        return False
    return all(
        child.is_file() and (child.suffix == ".parquet" or child.name.startswith("_"))
        for child in path.iterdir()
    )


def read_findings(path: Path | str) -> pd.DataFrame:
    """A findings (or documents) output read back into pandas, Parquet folder or CSV."""
    path = Path(path)
    if path.suffix.lower() == ".parquet":
        return pd.read_parquet(path)
    return pd.read_csv(path, keep_default_na=False)
