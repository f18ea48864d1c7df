"""Analysis off the event loop: a pool of worker processes, each with its own spaCy pipeline.

Why processes, not threads: a spaCy ``Language`` is not documented as safe to share between
threads, and the pipeline parses inside ``nlp.memory_zone()``, which frees the strings a batch
added when it closes, so two threads in one pipeline could free each other's strings. Most of
parsing also holds the GIL, so threads would not use the second core. Each worker process loads
the pipeline once (cached by ``load_pipeline``) and handles one request at a time; the event loop
only parses HTTP and waits. Workers are started with ``spawn`` (forking a process that already
runs an event loop and threads is unsafe) and ignore Ctrl-C, which the server handles.

Every task runs a library function and renders with the CLI's own renderers, so the page and the
API answer exactly what ``check --format json`` and ``score --format json`` print.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import warnings
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from vaguewords.errors import InputError, VagueWordsError

if TYPE_CHECKING:
    from vaguewords.documents import IsolatedReader
    from vaguewords.limits import ReadLimits
    from vaguewords.pipeline import Settings
    from vaguewords.scoring import Rubric


class WorkerStopped(VagueWordsError):
    """A worker process ended while it worked on a request."""


# Set in each worker process by _start_worker: the pipeline settings and the rubric.
_state: dict[str, Any] = {}


def default_workers() -> int:
    """One worker per CPU core, at most 4 (each holds its own model, ~200 MB)."""
    return max(1, min(4, os.cpu_count() or 1))


def _start_worker(settings: Settings, rubric: Rubric, limits: ReadLimits) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server stops the pool on Ctrl-C
    # Nothing but request lines is logged: libraries' warnings about a file (pypdf's "invalid
    # pdf header", spaCy's) could quote what a student uploaded.
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    _state["settings"] = settings
    _state["rubric"] = rubric
    _state["limits"] = limits


def _current_settings() -> Settings:
    return _state["settings"]


def _load() -> str:
    from vaguewords.pipeline import load_pipeline, model_name

    return model_name(load_pipeline(_current_settings()))


def _run_batch(jobs: list[Job]) -> list[tuple[bool, Any]]:
    """Run in a worker: every text of every job through one ``nlp.pipe`` (analyze_each, in the
    library's worker process with the analysis time budget of ``read_limits``), then each job
    renders its answer with the CLI's renderer. Returns (True, JSON text) or (False, the error)
    per job, so one bad request (empty, or out of time) does not fail the others in its batch."""
    from vaguewords.documents import Document
    from vaguewords.render.json import render_comparison_json, render_json, render_scores_json
    from vaguewords.scoring import compare, score_analysis
    from vaguewords.service import analyze_each

    answers: list[tuple[bool, Any]] = [(False, None)] * len(jobs)
    runnable = []
    for number, job in enumerate(jobs):
        empty = [source for text, source in job.texts if not text.strip()]
        if empty:
            answers[number] = (
                False,
                InputError(f"{empty[0]}: no text to analyse (the text is empty)"),
            )
        else:
            runnable.append(number)
    documents = [
        Document(text=text, source=source) for n in runnable for text, source in jobs[n].texts
    ]
    analyses = iter(analyze_each(documents, _current_settings(), _state["limits"]))
    for number in runnable:
        job = jobs[number]
        mine = [next(analyses) for _ in job.texts]
        failed = [outcome for outcome in mine if isinstance(outcome, InputError)]
        if failed:
            answers[number] = (False, failed[0])
            continue
        try:
            if job.kind == "check":
                answers[number] = (True, render_json(mine))
            elif job.kind == "score":
                score = score_analysis(mine[0], _rubric(job.rubric))
                answers[number] = (True, render_scores_json([score]))
            else:
                comparison = compare(mine[0], mine[1], _rubric(job.rubric))
                answers[number] = (True, render_comparison_json(comparison))
        except VagueWordsError as error:
            answers[number] = (False, error)
    return answers


def _rubric(rubric_data: dict[str, Any] | None) -> Rubric:
    """The server's rubric, with the request's settings (if any) over it."""
    from vaguewords.scoring import rubric_from_dict

    base = _state["rubric"]
    return base if rubric_data is None else rubric_from_dict(rubric_data, "rubric", base=base)


@dataclass(frozen=True)
class Job:
    """One request's analysis: its kind, its (text, source) pairs and rubric settings."""

    kind: str  # "check", "score" or "compare"
    texts: tuple[tuple[str, str], ...]
    rubric: dict[str, Any] | None = None


# A batch is what waits while a worker is busy, up to these sizes: one nlp.pipe over several
# summaries is cheaper than one call each, and the requests are answered together.
MAX_BATCH_JOBS = 16
MAX_BATCH_CHARS = 60_000


class AnalysisPool:
    """Worker processes that analyse, score and read uploads; awaitable from the event loop.

    Requests wait in one queue; one dispatcher per worker takes what is waiting (up to
    MAX_BATCH_JOBS jobs and MAX_BATCH_CHARS characters) and sends it to a worker as one batch,
    so a worker is never idle while requests wait and a busy server batches more."""

    def __init__(
        self,
        settings: Settings,
        rubric: Rubric,
        workers: int | None = None,
        read_limits: ReadLimits | None = None,
    ) -> None:
        from vaguewords.limits import DEFAULT_LIMITS

        self.settings = settings
        self.workers = workers or default_workers()
        self.read_limits = read_limits or DEFAULT_LIMITS
        self._readers: asyncio.Queue[IsolatedReader] | None = None
        self._all_readers: list[IsolatedReader] = []
        self._initargs = (settings, rubric, self.read_limits)
        self._executor = self._new_executor()
        self._queue: asyncio.Queue[tuple[Job, asyncio.Future]] | None = None
        self._dispatchers: list[asyncio.Task] = []

    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=self._initargs,
        )

    def warm_up(self) -> str:
        """Start every worker and load its model now (a ModelError is raised here, before the
        server listens). Returns the model's name."""
        futures = [self._executor.submit(_load) for _ in range(self.workers)]
        return [future.result() for future in futures][0]

    async def _submit(self, function, *args):
        executor = self._executor
        try:
            return await asyncio.wrap_future(executor.submit(function, *args))
        except BrokenProcessPool:
            # A worker died (killed for memory, say): start a fresh pool for the next requests.
            if self._executor is executor:
                executor.shutdown(wait=False, cancel_futures=True)
                self._executor = self._new_executor()
            raise WorkerStopped(
                "the analysis stopped: a worker process ended while working on this input "
                "(too large or hostile?); the server has started a new one"
            ) from None

    async def _analyse(self, job: Job) -> str:
        if self._queue is None:
            self._queue = asyncio.Queue()
            self._dispatchers = [asyncio.create_task(self._dispatch()) for _ in range(self.workers)]
        answer: asyncio.Future = asyncio.get_running_loop().create_future()
        await self._queue.put((job, answer))
        return await answer

    async def _dispatch(self) -> None:
        assert self._queue is not None
        while True:
            batch = [await self._queue.get()]
            size = sum(len(text) for text, _ in batch[0][0].texts)
            while not self._queue.empty() and len(batch) < MAX_BATCH_JOBS:
                job, answer = self._queue.get_nowait()
                batch.append((job, answer))
                size += sum(len(text) for text, _ in job.texts)
                if size >= MAX_BATCH_CHARS:
                    break
            waiting = [(job, answer) for job, answer in batch if not answer.done()]
            if not waiting:
                continue
            try:
                results = await self._submit(_run_batch, [job for job, _ in waiting])
            except Exception as error:  # noqa: BLE001 - handed to every request of the batch
                for _, answer in waiting:
                    if not answer.done():
                        answer.set_exception(error)
                continue
            for (_, answer), (ok, value) in zip(waiting, results, strict=True):
                if answer.done():
                    continue  # the client went away
                if ok:
                    answer.set_result(value)
                else:
                    answer.set_exception(value)

    async def check(self, text: str, source: str) -> str:
        return await self._analyse(Job("check", ((text, source),)))

    async def score(self, text: str, source: str, rubric: dict[str, Any] | None) -> str:
        return await self._analyse(Job("score", ((text, source),), rubric))

    async def compare(self, draft: str, revised: str, rubric: dict[str, Any] | None) -> str:
        return await self._analyse(Job("compare", ((draft, "draft"), (revised, "revised")), rubric))

    async def read(self, data: bytes, name: str) -> dict[str, Any]:
        """An upload read by the library's IsolatedReader, under ``read_limits``: in a child
        process of its own with a time budget and a memory cap, so a hostile file costs one
        reader, never a worker or the server. As many readers as workers, each reused."""
        from vaguewords.documents import IsolatedReader

        if self._readers is None:
            self._readers = asyncio.Queue()
            self._all_readers = [IsolatedReader(self.read_limits) for _ in range(self.workers)]
            for reader in self._all_readers:
                self._readers.put_nowait(reader)
        reader = await self._readers.get()
        try:
            document = await asyncio.to_thread(reader.read_bytes, data, name)
        finally:
            self._readers.put_nowait(reader)
        if not document.text.strip():
            raise InputError(f"{name}: no text to analyse (the file is empty)")
        return {"source": name, "text": document.text, "warnings": list(document.warnings)}

    def close(self) -> None:
        for task in self._dispatchers:
            task.cancel()
        for reader in self._all_readers:
            reader.close()
        self._executor.shutdown(wait=True, cancel_futures=True)
