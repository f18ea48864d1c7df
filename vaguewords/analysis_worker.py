"""Analysis in a worker process that can be stopped: the per-file time budget of analysis.

A check of the clock between batches cannot stop one ``nlp.pipe`` call that runs too long (the
parser works inside compiled code), so the analysis runs in a child process that keeps the model
loaded. The parent sends it a batch of documents and waits at most
``ReadLimits.analysis_budget_seconds``; when no answer comes, the child (its process group) is
killed and waited for, and a new child is started for what comes next; ``--jobs N`` runs N such
children. A batch of several documents that runs out is analysed again one document at a time, so
only a document that runs out alone is reported, like an unreadable file, with one line that
names it, the limit and how to raise it.

Where ``fork`` exists the child is forked from this process after the model is loaded, so it
starts at once and shares the model's memory; elsewhere it is spawned and loads the model itself.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from vaguewords.errors import InputError, VagueWordsError
from vaguewords.kept import Kept
from vaguewords.limits import DEFAULT_LIMITS, ReadLimits, over_limit

if TYPE_CHECKING:
    from vaguewords.documents import Document
    from vaguewords.model import Analysis
    from vaguewords.pipeline import Settings

# Documents go to the worker in batches of at most this many characters per process (a longer
# document goes on its own): several short files share one ``nlp.pipe`` run, as they do without a
# worker, and a batch stays far inside the time budget (16,000 characters take about 3 s on a
# busy 2-core machine).
BATCH_CHARS_PER_PROCESS = 32_000
MAX_BATCH_DOCUMENTS = 256
# With ``jobs`` > 1, batches sent past the oldest one not yet answered (their answers wait for
# it): enough for the other children to go on through a long file's time (a 170,000-character
# address is five or six batches of short ones), few enough that the waiting answers stay small.
MAX_BATCHES_AHEAD = 32
# With ``jobs`` > 1, a document longer than this is analysed in parts of about ``PART_CHARS``
# characters, cut between paragraphs, on all the children at once; the parts' analyses are joined
# into the document's (offsets and paragraph numbers mapped back: the analysis of a paragraph
# does not depend on the paragraphs around it). Otherwise a file that is most of a corpus is one
# child's work while the others wait. A document of at most two batches is left whole.
SPLIT_CHARS = 2 * BATCH_CHARS_PER_PROCESS
PART_CHARS = BATCH_CHARS_PER_PROCESS


class AnalysisWorker:
    """Analyse documents in a child process, each within ``limits.analysis_budget_seconds``.
    ``jobs`` > 1 runs that many children, a batch on each at a time. Use it as a context manager (the child is stopped on exit)::

        with AnalysisWorker(settings, limits) as worker:
            for analysis in worker.analyze(documents, on_failure=print):
                ...

    Not for use from several threads at once."""

    def __init__(
        self, settings: Settings, limits: ReadLimits = DEFAULT_LIMITS, jobs: int = 1
    ) -> None:
        self.settings = settings
        self.limits = limits
        self.jobs = max(1, jobs)
        self._process = None
        self._connection = None
        self._helpers: list[AnalysisWorker] | None = None  # with jobs > 1, one child per job

    def __enter__(self) -> AnalysisWorker:
        return self

    def __exit__(self, *exception: object) -> None:
        self.close()

    def analyze(
        self, documents: Iterable[Document], on_failure: Callable[[str], None] | None = None
    ) -> Iterator[Analysis]:
        """One Analysis per document, in order, as each batch is done. A document whose analysis
        runs past the budget is handed to ``on_failure`` (its one line) and skipped."""
        for outcome in self.outcomes(documents):
            if isinstance(outcome, InputError):
                if on_failure is not None:
                    on_failure(str(outcome))
                continue
            yield outcome

    def analyze_each(self, documents: Sequence[Document]) -> list[Analysis | InputError]:
        """An Analysis, or the InputError of a document past its budget, for each document."""
        return list(self.outcomes(documents))

    def outcomes(self, documents: Iterable[Document]) -> Iterator[Analysis | InputError]:
        """An Analysis or an InputError per document, in order. The next batch is gathered
        (its files read) while the worker analyses the one before."""
        from vaguewords.pipeline import load_pipeline

        load_pipeline(self.settings)  # a ModelError is raised here, before any child starts
        if self.jobs > 1:
            yield from self._outcomes_in_parallel(documents)
            return
        batches = _batches(documents, BATCH_CHARS_PER_PROCESS, MAX_BATCH_DOCUMENTS)
        batch = next(batches, None)
        while batch is not None:
            deadline = self._send(batch)
            answered = False
            try:
                following = next(batches, None)
                yield from self._receive(batch, deadline)
                answered = True
            finally:
                if not answered:
                    # Stopped half-way (the caller stopped early, Ctrl-C): the worker's answer
                    # would be read as the next batch's.
                    self._stop()
            batch = following

    def _outcomes_in_parallel(
        self, documents: Iterable[Document]
    ) -> Iterator[Analysis | InputError]:
        """``jobs`` children of one process each, a batch in flight on each; a child that answers
        gets the next batch at once, and answers are given back in the documents' order. (Taking
        answers only in order left a child idle while the oldest batch was still running: a batch
        of one long document held the other child up until it ended, and ``--jobs 2`` ran little
        faster than ``--jobs 1`` on a corpus with one long file among short ones.) At most
        ``MAX_BATCHES_AHEAD`` batches are sent past the oldest unanswered one, so the answers that
        wait for it stay few. (One child running ``jobs`` processes per batch gained nothing: a
        batch of one long document is one process's work.) Each batch keeps its own budget from
        when it was sent: a child that is still busy past it is over budget whatever the others
        do. A document longer than ``SPLIT_CHARS`` goes as parts of whole paragraphs
        (:func:`parts_of`), each a batch of its own, so that every child takes some of it; their
        analyses are joined into the document's (:func:`join_parts`), and its parts share one
        budget, from when the first was sent."""
        import time
        from multiprocessing.connection import wait

        if self._helpers is None:
            self._helpers = [AnalysisWorker(self.settings, self.limits) for _ in range(self.jobs)]
        free = deque(self._helpers)
        busy: dict = {}  # connection -> (worker, batch number, batch, deadline)
        answers: dict[int, list[Analysis | InputError]] = {}  # answered, waiting for their turn
        # A long document goes as parts (each a batch of its own), joined again below; its
        # parts share one deadline, from when its first part was sent: the budget is the file's.
        wholes: deque = deque()  # (document, its parts, their outcomes so far), in order
        # id(a part's document) -> (that document, kept alive till joined; the whole document)
        whole_of: dict[int, tuple[Document, Document]] = {}
        deadlines: dict[int, float] = {}  # id(document) -> its parts' deadline
        pieces = _pieces(documents, wholes, whole_of)
        batches = _batches(
            pieces, BATCH_CHARS_PER_PROCESS, MAX_BATCH_DOCUMENTS, alone=whole_of.__contains__
        )
        sent = given = 0  # batches sent; batches whose answers were given back
        more = True
        answered = False
        try:
            while True:
                while more and free and sent - given < MAX_BATCHES_AHEAD:
                    batch = next(batches, None)
                    if batch is None:
                        more = False
                        break
                    worker = free.popleft()
                    deadline = worker._send(batch)
                    if id(batch[0]) in whole_of:  # a part: alone in its batch
                        key = id(whole_of[id(batch[0])][1])
                        deadline = deadlines.setdefault(key, deadline)
                    busy[worker._connection] = (worker, sent, batch, deadline)
                    sent += 1
                while given in answers:
                    for outcome in answers.pop(given):
                        yield from _joined(outcome, wholes, whole_of, deadlines)
                    given += 1
                if not busy:  # every batch sent is answered and given back
                    if more:
                        continue
                    break
                soonest = min(deadline for _, _, _, deadline in busy.values())
                ready = wait(list(busy), timeout=max(0.0, soonest - time.monotonic()))
                if not ready:  # a batch is past its budget: _receive stops its child
                    now = time.monotonic()
                    ready = [key for key, value in busy.items() if value[3] <= now]
                for connection in ready:
                    worker, number, batch, deadline = busy.pop(connection)
                    answers[number] = list(worker._receive(batch, deadline))
                    free.append(worker)
            answered = True
        finally:
            if not answered:
                # Stopped half-way: answers still in the pipes would be read as the next ones.
                for worker in self._helpers:
                    worker._stop()

    def _send(self, batch: list[Document]) -> float:
        import time

        if self._process is None:
            self._start()
        self._connection.send(list(batch))
        return time.monotonic() + self.limits.analysis_budget_seconds

    def _receive(self, batch: list[Document], deadline: float) -> Iterator[Analysis | InputError]:
        import time

        answer = None
        try:
            if self._connection.poll(max(0.0, deadline - time.monotonic())):
                answer = self._connection.recv()
        except (EOFError, OSError):
            answer = ("stopped", self._process.exitcode if self._process is not None else None)
        if answer is None or answer[0] == "stopped":
            self._stop()
            if len(batch) > 1:
                # Which document ran out? Each alone, with a budget of its own.
                for document in batch:
                    yield from self._receive([document], self._send([document]))
                return
            (document,) = batch
            if answer is None:
                yield over_limit(
                    document.source,
                    "analysing it took longer than its time budget",
                    "analysis_budget_seconds",
                    self.limits,
                )
            else:
                yield InputError(
                    f"could not analyse {document.source}: the analysing process stopped "
                    f"(exit code {answer[1]})"
                )
            return
        kind, payload = answer
        if kind == "error":
            raise payload
        if kind == "bug":
            raise RuntimeError(f"the analysing process failed:\n{payload}")
        for document, analysis in zip(batch, payload, strict=True):
            yield replace(analysis, text=document.text)

    def _start(self) -> None:
        import multiprocessing

        fork = "fork" in multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if fork else "spawn")
        parent, child = context.Pipe()
        self._process = context.Process(
            target=_worker_process,
            args=(child, self.settings),
            name="vaguewords-analysis",
            daemon=True,  # one process; with --jobs there is one such child per job
        )
        self._process.start()
        child.close()
        self._connection = parent

    def _stop(self) -> None:
        """Kill the child (its own process group), and wait for it."""
        if self._process is None:
            return
        try:
            os.killpg(self._process.pid, signal.SIGKILL)
        except (AttributeError, ProcessLookupError, PermissionError):
            self._process.kill()
        self._process.join()
        self._connection.close()
        self._process = None
        self._connection = None

    def close(self) -> None:
        """Ask the child (each child, with jobs > 1) to finish; kill it if it does not within a
        few seconds."""
        for helper in self._helpers or ():
            helper.close()
        if self._process is None:
            return
        with contextlib.suppress(OSError):
            self._connection.send(None)
        self._process.join(timeout=5)
        self._stop()


def _batches(
    documents: Iterable[Document],
    max_chars: int,
    max_documents: int,
    alone: Callable[[int], bool] | None = None,
) -> Iterator[list[Document]]:
    """Consecutive documents, up to ``max_chars`` characters and ``max_documents`` together; a
    longer document on its own, and so is a document whose ``id`` ``alone`` is true of.
    Documents are taken from ``documents`` one at a time, as needed."""
    batch: list[Document] = []
    size = 0
    for document in documents:
        if alone is not None and alone(id(document)):
            if batch:
                yield batch
            yield [document]
            batch, size = [], 0
            continue
        if batch and (size + len(document.text) > max_chars or len(batch) >= max_documents):
            yield batch
            batch, size = [], 0
        batch.append(document)
        size += len(document.text)
    if batch:
        yield batch


# ============================================================================ parts


@dataclass(frozen=True)
class Part:
    """Where one part of a document lies in it: ``text[start:end]``, whole paragraphs, after
    ``paragraphs_before`` paragraphs of the document."""

    start: int
    end: int
    paragraphs_before: int


def parts_of(document: Document, count: int) -> list[Part]:
    """``document`` cut between paragraphs into at most ``count`` parts of about equal length (a
    paragraph is never cut, so fewer parts when it has fewer paragraphs; one, the whole text,
    when ``count`` is 1). The same document always gives the same parts, in any process. A part
    runs from its first paragraph's first character to its last paragraph's last: analysed on its
    own it has the document's paragraphs, each the same text, moved by ``start``."""
    paragraphs = list(document.paragraphs()) if count > 1 else []
    if len(paragraphs) <= 1:
        return [Part(0, len(document.text), 0)]
    share = len(document.text) / count
    parts: list[Part] = []
    first = 0  # the first paragraph of the part being made
    for number, (_, end) in enumerate(paragraphs):
        last = number == len(paragraphs) - 1
        if last or (end >= share * (len(parts) + 1) and len(parts) < count - 1):
            parts.append(Part(paragraphs[first][0], end, first))
            first = number + 1
    return parts


def part_count(document: Document, split_chars: int, part_chars: int) -> int:
    """How many parts to analyse ``document`` in: one up to ``split_chars`` characters, else
    about one per ``part_chars``."""
    length = len(document.text)
    return 1 if length <= split_chars else -(-length // part_chars)


def part_document(document: Document, part: Part) -> Document:
    """The text of one part, as a document of the same source."""
    from vaguewords.documents import Document

    return Document(text=document.text[part.start : part.end], source=document.source)


def join_parts(
    document: Document, parts: Sequence[Part], outcomes: Sequence[Analysis | InputError]
) -> Analysis | InputError:
    """The document's Analysis from its parts' (in order): findings and suppressed terms moved to
    the document's offsets and paragraph numbers, words added up; the document's text and
    warnings. A part that could not be analysed (its time budget, a stopped process) makes the
    document's outcome that part's error, as a document analysed whole would have failed."""
    from vaguewords.model import Analysis

    for outcome in outcomes:
        if isinstance(outcome, InputError):
            return outcome
    findings = []
    suppressed = []
    for part, analysis in zip(parts, outcomes, strict=True):
        findings.extend(
            finding.shifted(part.start, paragraph=finding.paragraph + part.paragraphs_before)
            for finding in analysis.findings
        )
        suppressed.extend(candidate.shifted(part.start) for candidate in analysis.suppressed)
    return Analysis(
        source=document.source,
        words=sum(analysis.words for analysis in outcomes),
        findings=tuple(findings),
        text=document.text,
        warnings=document.warnings,
        suppressed=tuple(suppressed),
    )


def _pieces(
    documents: Iterable[Document],
    wholes: deque[tuple[Document, list[Part], list[Analysis | InputError]]],
    whole_of: dict[int, tuple[Document, Document]],
) -> Iterator[Document]:
    """Each document, or a long one's parts (``PART_CHARS``); each document, its parts and a list
    for their outcomes are noted in ``wholes`` (in order), each part's document in ``whole_of``."""
    for document in documents:
        parts = parts_of(document, part_count(document, SPLIT_CHARS, PART_CHARS))
        wholes.append((document, parts, []))
        if len(parts) == 1:
            yield document
            continue
        for part in parts:
            piece = part_document(document, part)
            whole_of[id(piece)] = (piece, document)
            yield piece


def _joined(
    outcome: Analysis | InputError,
    wholes: deque[tuple[Document, list[Part], list[Analysis | InputError]]],
    whole_of: dict[int, tuple[Document, Document]],
    deadlines: dict[int, float],
) -> Iterator[Analysis | InputError]:
    """Given the pieces' outcomes in order, one at a time: a whole document's outcome at once, a
    long document's once its last part's is in (joined by :func:`join_parts`)."""
    document, parts, gathered = wholes[0]
    gathered.append(outcome)
    if len(gathered) < len(parts):
        return
    wholes.popleft()
    if len(parts) == 1:
        yield outcome
        return
    for key in [key for key, (_, whole) in whole_of.items() if whole is document]:
        del whole_of[key]
    deadlines.pop(id(document), None)
    yield join_parts(document, parts, gathered)


def _worker_process(connection, settings: Settings) -> None:
    """The child: analyse each batch it is sent, answer with the analyses (without their text,
    which the parent has), a library error, or the traceback of a bug."""
    import traceback

    # A group of its own: the parent kills the whole group, and Ctrl-C in the terminal reaches the
    # parent only, which stops the group.
    with contextlib.suppress(AttributeError, OSError):
        os.setpgid(0, 0)
    from vaguewords.pipeline import analyze_many, load_pipeline

    load_pipeline(settings)
    while True:
        try:
            batch = connection.recv()
        except (EOFError, OSError):
            return
        if batch is None:
            return
        try:
            analyses = analyze_many(batch, settings)
            answer = ("analyses", [replace(analysis, text="") for analysis in analyses])
        except VagueWordsError as error:
            answer = ("error", error)
        except Exception:  # noqa: BLE001 - a bug: its traceback goes to the parent
            answer = ("bug", traceback.format_exc())
        connection.send(answer)


def _new_worker(key: tuple[Settings, ReadLimits]) -> AnalysisWorker:
    return AnalysisWorker(*key)


_SHARED: Kept[tuple[Settings, ReadLimits], AnalysisWorker] = Kept(_new_worker)


def shared_worker(settings: Settings, limits: ReadLimits = DEFAULT_LIMITS) -> AnalysisWorker:
    """One worker per settings and limits for this process, started on first use and kept for
    the next call (the web page's workers and library calls analyse one text at a time)."""
    return _SHARED.get((settings, limits))


def close_shared_workers() -> None:
    """Stop the workers ``shared_worker`` started."""
    _SHARED.close()
