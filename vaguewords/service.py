"""The library layer every face calls: turn inputs into documents, build the settings, run the
analysis, score.

The command line (``cli.py``) and the web page (``web/``) are thin adapters over these functions:
they parse their own input, call these, and render. Nothing here prints or exits; problems are
raised as :class:`~vaguewords.errors.VagueWordsError` or handed to an ``on_failure`` callback when
the run should go on without the failed input.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING

from vaguewords.documents import (
    STDIN_ARGUMENT,
    Document,
    IsolatedReader,
    decode_text,
    iter_folder,
    looks_like_path,
)
from vaguewords.errors import InputError
from vaguewords.kept import Kept
from vaguewords.limits import DEFAULT_LIMITS, ReadLimits, over_limit

if TYPE_CHECKING:
    from vaguewords.analysis_worker import AnalysisWorker
    from vaguewords.model import Analysis
    from vaguewords.pipeline import Settings
    from vaguewords.scoring import Comparison, Rubric, Score

FailureCallback = Callable[[str], None]


@dataclass
class InputPlan:
    """What the arguments ask for: documents to read (lazily), in order, and problems met."""

    items: list[Document | Path] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def plan_inputs(
    arguments: list[str], glob: str = "**/*", stdin: IO[bytes] | None = None
) -> InputPlan:
    """Turn arguments into documents: '-' is standard input (``stdin``, default the process's),
    an existing path is a file or folder, a path-like argument that does not exist is an error,
    anything else is text. Raises InputError for an argument nothing can be made of."""
    plan = InputPlan()
    for argument in arguments:
        if argument == STDIN_ARGUMENT:
            text, warnings = decode_text(_read_stdin(stdin), "stdin")
            if not text.strip():
                raise InputError("stdin: no text to analyse (standard input was empty)")
            plan.items.append(Document(text=text, source=STDIN_ARGUMENT, warnings=warnings))
            continue
        if not argument.strip():
            raise InputError("text: no text to analyse (the argument is empty)")
        path = Path(argument)
        if path_exists(path):
            if path.is_dir():
                files = list(iter_folder(path, glob))
                if not files:
                    raise InputError(
                        f"{path}: no supported files in this folder (pattern {glob!r})"
                    )
                plan.items.extend(files)
            else:
                plan.items.append(path)
        elif looks_like_path(argument):
            raise InputError(f"{argument}: file not found")
        else:
            plan.items.append(Document(text=argument, source="text"))
    return plan


def _read_stdin(stdin: IO[bytes] | None) -> bytes:
    if stdin is not None:
        return stdin.read()
    if hasattr(sys.stdin, "buffer"):
        return sys.stdin.buffer.read()
    return sys.stdin.read().encode()


def path_exists(path: Path) -> bool:
    """True for an existing path or a (possibly broken) symlink; False for a text too long or odd
    to be a path."""
    try:
        return path.exists() or path.is_symlink()
    except (OSError, ValueError):
        return False


def read_planned(
    plan: InputPlan,
    on_failure: FailureCallback | None = None,
    limits: ReadLimits = DEFAULT_LIMITS,
    *,
    keep_processes: bool = False,
) -> Iterator[Document]:
    """Read each planned file as it is needed, within ``limits``, in a child process (see
    :class:`~vaguewords.documents.IsolatedReader`). A file that cannot be read, passes a limit or
    holds no text, or a text argument or standard input longer than ``limits.max_text_chars``, is
    added to ``plan.failures`` (and passed to ``on_failure``) and skipped. With
    ``keep_processes`` the reader is this process's shared one (:func:`shared_reader`), kept for
    the next call, instead of a new child stopped at the end."""
    if not keep_processes:
        with IsolatedReader(limits) as reader:
            yield from _read_with(reader, plan, on_failure, limits)
        return
    reader = shared_reader(limits)
    try:
        yield from _read_with(reader, plan, on_failure, limits)
    except GeneratorExit:
        raise  # the caller stopped between two files: the reader is idle, keep it
    except BaseException:
        reader.close()  # stopped inside a read (Ctrl-C): its answer must not be the next one's
        raise


_READERS: Kept[ReadLimits, IsolatedReader] = Kept(IsolatedReader)


def shared_reader(limits: ReadLimits = DEFAULT_LIMITS) -> IsolatedReader:
    """One reader per limits for this process, its child started on first use and kept for the
    next call: a process that reads many small batches (a Dask worker's tasks) starts one reading
    child, not one per batch. A reader whose child was killed (a file past its time budget)
    starts a new one on its next read, as it does in a single run."""
    return _READERS.get(limits)


def close_shared_readers() -> None:
    """Stop the readers ``shared_reader`` started."""
    _READERS.close()


def _read_with(
    reader: IsolatedReader,
    plan: InputPlan,
    on_failure: FailureCallback | None,
    limits: ReadLimits,
) -> Iterator[Document]:
    for item in plan.items:
        if isinstance(item, Document):
            if len(item.text) > limits.max_text_chars:
                error = over_limit(
                    item.source,
                    f"it has {len(item.text):,} characters",
                    "max_text_chars",
                    limits,
                )
                _record_failure(plan, str(error), on_failure)
                continue
            yield item
            continue
        try:
            document = reader.read(item)
        except InputError as error:
            _record_failure(plan, str(error), on_failure)
            continue
        if not document.text.strip():
            _record_failure(plan, f"{item}: no text to analyse (the file is empty)", on_failure)
            continue
        yield document


def _record_failure(plan: InputPlan, message: str, on_failure: FailureCallback | None) -> None:
    plan.failures.append(message)
    if on_failure is not None:
        on_failure(message)


def make_settings(
    model: str | None = None,
    lexicon: list[Path] | tuple[Path, ...] | None = None,
    ignore: list[str] | tuple[str, ...] | None = None,
    cues: Path | str | None = None,
    omissions: bool = True,
    *,
    full_parse: bool = False,
) -> Settings:
    """The pipeline settings: the model, extra lexicon files, terms not to flag, a folder of cue
    lists replacing shipped ones of the same name, whether to flag commitments that name no one
    (``omissions``; off keeps to the word list), and whether to parse every sentence
    (``full_parse``) instead of only those that could hold a finding."""
    from vaguewords.pipeline import Settings

    return Settings(
        model=model,
        lexicons=tuple(str(path) for path in lexicon or ()),
        ignore=tuple(ignore or ()),
        cues=None if cues is None else str(cues),
        omissions=omissions,
        full_parse=full_parse,
    )


def choose_rubric(path: Path | str | None = None) -> Rubric:
    """The rubric in ``path`` (a TOML file), or the default one."""
    from vaguewords.scoring import DEFAULT_RUBRIC, load_rubric

    return DEFAULT_RUBRIC if path is None else load_rubric(path)


def run_analysis(
    plan: InputPlan,
    settings: Settings,
    *,
    keep_text: bool,
    jobs: int = 1,
    on_failure: FailureCallback | None = None,
    limits: ReadLimits = DEFAULT_LIMITS,
    keep_processes: bool = False,
) -> Iterator[Analysis]:
    """Analyse the planned inputs, in order, one Analysis per readable input, each file within
    ``limits.analysis_budget_seconds`` (in a worker process, see
    :class:`~vaguewords.analysis_worker.AnalysisWorker`; ``jobs`` processes parse inside it). A
    file that runs out is recorded like an unreadable one. The model is loaded before this
    returns, so a ModelError is raised here, not during iteration. With ``keep_text`` False the
    analyses do not carry the document text.

    With ``keep_processes`` the analysing child and the reading child are this process's shared
    ones (:func:`~vaguewords.analysis_worker.shared_worker`, :func:`shared_reader`), left running
    for the next call: for a process that runs many small batches one after another, such as a
    Dask worker, which would otherwise start (and warm up) two new children per batch. Only with
    ``jobs`` 1."""
    from vaguewords.pipeline import load_pipeline

    if keep_processes and jobs > 1:
        raise ValueError("keep_processes runs one analysing child: jobs must be 1")
    load_pipeline(settings)
    stream = _analysed(plan, settings, max(1, jobs), on_failure, limits, keep_processes)
    return stream if keep_text else (replace(analysis, text="") for analysis in stream)


def _analysed(
    plan: InputPlan,
    settings: Settings,
    jobs: int,
    on_failure: FailureCallback | None,
    limits: ReadLimits,
    keep_processes: bool = False,
) -> Iterator[Analysis]:
    from vaguewords.analysis_worker import AnalysisWorker, shared_worker

    documents = read_planned(plan, on_failure, limits, keep_processes=keep_processes)
    if keep_processes:
        # Not closed here: the next call finds it. (A caller that stops half-way leaves it
        # stopped; AnalysisWorker.outcomes sees to that, and the next batch starts a new child.)
        yield from _outcomes_of(shared_worker(settings, limits), documents, plan, on_failure)
        return
    with AnalysisWorker(settings, limits, jobs) as worker:
        yield from _outcomes_of(worker, documents, plan, on_failure)


def _outcomes_of(
    worker: AnalysisWorker,
    documents: Iterator[Document],
    plan: InputPlan,
    on_failure: FailureCallback | None,
) -> Iterator[Analysis]:
    for outcome in worker.outcomes(documents):
        if isinstance(outcome, InputError):
            _record_failure(plan, str(outcome), on_failure)
        else:
            yield outcome


def analyze_each(
    documents: Sequence[Document], settings: Settings, limits: ReadLimits = DEFAULT_LIMITS
) -> list[Analysis | InputError]:
    """Texts analysed in this process's shared worker (one ``nlp.pipe`` for all of them), each
    within ``limits.analysis_budget_seconds``: an Analysis, or the InputError of a text that is
    empty, longer than ``limits.max_text_chars`` or ran out of time, for each, in order."""
    from vaguewords.analysis_worker import shared_worker

    outcomes: list[Analysis | InputError | None] = [None] * len(documents)
    runnable: list[int] = []
    for number, document in enumerate(documents):
        if not document.text.strip():
            outcomes[number] = InputError(
                f"{document.source}: no text to analyse (the text is empty)"
            )
        elif len(document.text) > limits.max_text_chars:
            outcomes[number] = over_limit(
                document.source,
                f"it has {len(document.text):,} characters",
                "max_text_chars",
                limits,
            )
        else:
            runnable.append(number)
    analysed = shared_worker(settings, limits).analyze_each([documents[n] for n in runnable])
    for number, outcome in zip(runnable, analysed, strict=True):
        outcomes[number] = outcome
    return outcomes  # type: ignore[return-value]  (every place is filled)


def analyze_text(
    text: str, settings: Settings, source: str = "text", limits: ReadLimits = DEFAULT_LIMITS
) -> Analysis:
    """One pasted text, analysed within ``limits`` (see :func:`analyze_each`); raises InputError
    when it holds no text, is too long or runs out of time."""
    return analyze_texts([Document(text=text, source=source)], settings, limits)[0]


def analyze_texts(
    documents: Sequence[Document], settings: Settings, limits: ReadLimits = DEFAULT_LIMITS
) -> list[Analysis]:
    """Several pasted texts through one ``nlp.pipe`` (cheaper than one call each), in order,
    within ``limits`` (see :func:`analyze_each`); raises the InputError of the first that holds
    no text, is too long or runs out of time."""
    outcomes = analyze_each(documents, settings, limits)
    for outcome in outcomes:
        if isinstance(outcome, InputError):
            raise outcome
    return outcomes  # type: ignore[return-value]  (no errors left)


def score_text(
    text: str,
    settings: Settings,
    rubric: Rubric,
    source: str = "text",
    limits: ReadLimits = DEFAULT_LIMITS,
) -> Score:
    """One pasted text, analysed and scored."""
    from vaguewords.scoring import score_analysis

    return score_analysis(analyze_text(text, settings, source, limits), rubric)


def compare_texts(
    draft: str,
    revised: str,
    settings: Settings,
    rubric: Rubric,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> Comparison:
    """A draft and its revision, analysed and compared (what ``score --compare`` shows)."""
    from vaguewords.scoring import compare

    draft_analysis, revised_analysis = analyze_texts(
        [Document(text=draft, source="draft"), Document(text=revised, source="revised")],
        settings,
        limits,
    )
    return compare(draft_analysis, revised_analysis, rubric)
