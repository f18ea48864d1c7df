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
from typing import TYPE_CHECKING, Any

from vaguewords.errors import VagueWordsError

if TYPE_CHECKING:
    from vaguewords.pipeline import Settings
    from vaguewords.scoring import Rubric


class WorkerStopped(VagueWordsError):
    """A worker process ended while it worked on a request."""


# Set in each worker process by _start_worker: the pipeline settings and the rubric.
_state: dict[str, Any] = {}


def default_workers() -> int:
    """One worker per CPU core, at most 4 (each holds its own model, ~200 MB)."""
    return max(1, min(4, os.cpu_count() or 1))


def _start_worker(settings: Settings, rubric: Rubric) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server stops the pool on Ctrl-C
    # Nothing but request lines is logged: libraries' warnings about a file (pypdf's "invalid
    # pdf header", spaCy's) could quote what a student uploaded.
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    _state["settings"] = settings
    _state["rubric"] = rubric


def _current_settings() -> Settings:
    return _state["settings"]


def _load() -> str:
    from vaguewords.pipeline import load_pipeline, model_name

    return model_name(load_pipeline(_current_settings()))


def _check(text: str, source: str) -> str:
    from vaguewords.render.json import render_json
    from vaguewords.service import analyze_text

    return render_json([analyze_text(text, _current_settings(), source)])


def _score(text: str, source: str, rubric_data: dict[str, Any] | None) -> str:
    from vaguewords.render.json import render_scores_json
    from vaguewords.service import score_text

    return render_scores_json([score_text(text, _current_settings(), _rubric(rubric_data), source)])


def _compare(draft: str, revised: str, rubric_data: dict[str, Any] | None) -> str:
    from vaguewords.render.json import render_comparison_json
    from vaguewords.service import compare_texts

    return render_comparison_json(
        compare_texts(draft, revised, _current_settings(), _rubric(rubric_data))
    )


def _read(data: bytes, name: str) -> dict[str, Any]:
    from vaguewords.documents import document_from_bytes
    from vaguewords.errors import InputError

    document = document_from_bytes(data, name)
    if not document.text.strip():
        raise InputError(f"{name}: no text to analyse (the file is empty)")
    return {"source": name, "text": document.text, "warnings": list(document.warnings)}


def _rubric(rubric_data: dict[str, Any] | None) -> Rubric:
    """The server's rubric, with the request's settings (if any) over it."""
    from vaguewords.scoring import rubric_from_dict

    base = _state["rubric"]
    return base if rubric_data is None else rubric_from_dict(rubric_data, "rubric", base=base)


class AnalysisPool:
    """Worker processes that analyse, score and read uploads; awaitable from the event loop."""

    def __init__(self, settings: Settings, rubric: Rubric, workers: int | None = None) -> None:
        self.settings = settings
        self.workers = workers or default_workers()
        self._initargs = (settings, rubric)
        self._executor = self._new_executor()

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

    async def _run(self, function, *args):
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

    async def check(self, text: str, source: str) -> str:
        return await self._run(_check, text, source)

    async def score(self, text: str, source: str, rubric: dict[str, Any] | None) -> str:
        return await self._run(_score, text, source, rubric)

    async def compare(self, draft: str, revised: str, rubric: dict[str, Any] | None) -> str:
        return await self._run(_compare, draft, revised, rubric)

    async def read(self, data: bytes, name: str) -> dict[str, Any]:
        return await self._run(_read, data, name)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
