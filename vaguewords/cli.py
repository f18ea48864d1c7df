"""The ``vaguewords`` command: parse arguments, call the library, render, map errors to exit codes.

The library raises; only this module prints and exits. Anything that is not a
:class:`VagueWordsError` is a bug and keeps its traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from vaguewords.documents import STDIN_ARGUMENT, Document
from vaguewords.errors import ModelError, VagueWordsError
from vaguewords.limits import DEFAULT_LIMITS, ReadLimits, describe_limit
from vaguewords.service import (
    InputPlan,
    choose_rubric,
    make_settings,
    path_exists,
    plan_inputs,
    run_analysis,
)

if TYPE_CHECKING:
    from vaguewords.model import Analysis
    from vaguewords.pipeline import Settings


class ExitStatus(IntEnum):
    OK = 0
    SOME_INPUTS_FAILED = 1  # other inputs were analysed
    USAGE_ERROR = 2  # bad arguments, missing file, empty text, bad lexicon
    ENVIRONMENT_ERROR = 3  # no usable spaCy model


class OutputFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"


stderr = Console(stderr=True, highlight=False, soft_wrap=True)

app = typer.Typer(
    name="vaguewords",
    help=(
        "Find reassuring but unspecified words (robust, comprehensive, in stages, soon...) and "
        "ask who acts, how, and when.\n\n"
        'Example: vaguewords check "Robust guarantees will be provided in stages."'
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback()
def _commands() -> None:
    """Find reassuring but unspecified words and ask who acts, how, and when."""


class UsageProblem(VagueWordsError):
    """An argument-level problem: exit 2 before anything is analysed."""


def report_failure(message: str) -> None:
    stderr.print(f"vaguewords: error: {message}", markup=False)


def fail(message: str, status: ExitStatus) -> typer.Exit:
    stderr.print(f"vaguewords: error: {message}", markup=False)
    return typer.Exit(int(status))


PROGRESS_MIN_FILES = 3
PROGRESS_MIN_CHARS = 200_000


def make_limits(assignments: list[str] | None, base: ReadLimits = DEFAULT_LIMITS) -> ReadLimits:
    """The reading limits (``base``) with the --limit NAME=VALUE assignments applied."""
    try:
        return base.with_overrides(assignments or [])
    except ValueError as error:
        raise UsageProblem(str(error)) from None


def analyse_planned(
    plan: InputPlan,
    settings: Settings,
    keep_text: bool,
    jobs: int = 1,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> Iterator[Analysis]:
    """The library's run over the planned inputs, failures reported on stderr as they happen,
    with a progress bar on stderr when it is a terminal and the run is long enough to need one."""
    stream = run_analysis(
        plan, settings, keep_text=keep_text, jobs=jobs, on_failure=report_failure, limits=limits
    )
    if not _wants_progress(plan):
        yield from stream
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (
        TextColumn("[bold]analysing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files · {task.fields[words]:,} words"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=stderr, transient=True) as progress:
        task = progress.add_task("files", total=len(plan.items), words=0)
        words = 0
        for analysis in stream:
            words += analysis.words
            progress.update(task, advance=1, words=words)
            yield analysis
        progress.update(task, completed=len(plan.items))


def _wants_progress(plan: InputPlan) -> bool:
    if not stderr.is_terminal:
        return False
    if len(plan.items) >= PROGRESS_MIN_FILES:
        return True
    size = 0
    for item in plan.items:
        try:
            size += len(item.text) if isinstance(item, Document) else item.stat().st_size
        except OSError:
            continue
    return size >= PROGRESS_MIN_CHARS


InputsArgument = Annotated[
    list[str],
    typer.Argument(
        help=(
            "Text to analyse, '-' for standard input, or files and folders "
            "(.txt, .md, .html, .docx, .pdf)."
        ),
        show_default=False,
    ),
]
ModelOption = Annotated[
    str | None,
    typer.Option("--model", help="Another installed spaCy pipeline (default: en_core_web_sm)."),
]
LexiconOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--lexicon",
        help="An extra lexicon CSV (same columns as lexicons/*.csv); repeatable.",
        exists=True,
        dir_okay=False,
    ),
]
CuesOption = Annotated[
    Path | None,
    typer.Option(
        "--cues",
        help=(
            "A folder of cue list CSVs (as in lexicons/cues/); each replaces the shipped list "
            "of the same name, e.g. my_cues/funding_nouns.csv."
        ),
        exists=True,
        file_okay=False,
    ),
]
IgnoreOption = Annotated[
    list[str] | None, typer.Option("--ignore", help="A term not to flag; repeatable.")
]
OmissionsOption = Annotated[
    bool,
    typer.Option(
        "--omissions/--no-omissions",
        help="Also flag commitments that name no one ('Sanctions will be lifted.'); "
        "--no-omissions keeps to the word list.",
    ),
]
GlobOption = Annotated[
    str, typer.Option("--glob", help="Which files to take from folders, e.g. '*.docx'.")
]
JobsOption = Annotated[
    int, typer.Option("--jobs", "-j", min=1, max=64, help="Processes to parse with (2 on 2 cores).")
]
FullParseOption = Annotated[
    bool,
    typer.Option(
        "--full-parse",
        help=(
            "Parse every sentence, not only those that could hold a finding (the same findings, "
            "slower; for comparison)."
        ),
    ),
]
LimitOption = Annotated[
    list[str] | None,
    typer.Option(
        "--limit",
        help=(
            "Raise or lower a reading limit, NAME=VALUE (sizes take KB/MB/GB); repeatable. "
            "Names: "
            + ", ".join(
                f"{name} ({describe_limit(name, value)})"
                for name, value in vars(DEFAULT_LIMITS).items()
            )
            + ". See README, Limits."
        ),
        metavar="NAME=VALUE",
    ),
]
RawCsvOption = Annotated[
    bool,
    typer.Option(
        "--raw-csv",
        help=(
            "CSV: write cells as they are, for programs. By default a cell starting with = + - @ "
            "tab or CR gets a leading ' so a spreadsheet shows it instead of running it."
        ),
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to this file instead of standard output."),
]


@app.command(
    epilog=(
        'Examples: vaguewords check "Robust security guarantees will be provided in stages."  '
        "|  vaguewords check examples/peace_plan.txt --format json  "
        "|  cat notes.txt | vaguewords check -  "
        "|  vaguewords check handouts/ --format csv -o findings.csv  "
        "|  vaguewords check corpus/ --dask local --jobs 2 -o findings.parquet"
    )
)
def check(
    inputs: InputsArgument,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Output format.")
    ] = OutputFormat.text,
    model: ModelOption = None,
    lexicon: LexiconOption = None,
    cues: CuesOption = None,
    ignore: IgnoreOption = None,
    omissions: OmissionsOption = True,
    show_text: Annotated[
        bool, typer.Option("--text/--no-text", help="Print the text with highlights (text format).")
    ] = True,
    per_document: Annotated[
        bool, typer.Option("--per-document", help="CSV: one summary row per file, not per finding.")
    ] = False,
    output: OutputOption = None,
    glob: GlobOption = "**/*",
    jobs: JobsOption = 1,
    dask_address: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="ADDRESS",
            help=(
                "Run on a Dask cluster: a scheduler address (tcp://host:8786), or 'local' for a "
                "local cluster of --jobs processes. Needs -o FILE.parquet or FILE.csv and the "
                "extra: pip install 'vaguewords[dask]'."
            ),
        ),
    ] = None,
    full_parse: FullParseOption = False,
    limit: LimitOption = None,
    raw_csv: RawCsvOption = False,
) -> None:
    """Flag vague words and check whether each clause says who acts, how, and when.

    Example: vaguewords check "Robust security guarantees will be provided in stages."
    """
    with handle_errors():
        plan = plan_inputs(inputs, glob)
        if dask_address is not None:
            settings = make_settings(model, lexicon, ignore, cues, omissions, full_parse=full_parse)
            analysed = check_on_dask(
                plan,
                settings,
                make_limits(limit),
                dask_address,
                jobs,
                output,
                output_format,
                per_document,
                raw_csv,
                inputs,
            )
            raise typer.Exit(int(exit_status(plan, analysed)))
        if output is not None:
            from vaguewords.output import check_output_path

            check_output_path(output, input_paths(inputs))
        settings = make_settings(model, lexicon, ignore, cues, omissions, full_parse=full_parse)
        limits = make_limits(limit)
        if output_format is OutputFormat.text and output is None:
            from vaguewords.render.terminal import render_terminal

            console = Console(highlight=False)
            analysed = 0
            for analysis in analyse_planned(plan, settings, show_text, jobs, limits):
                render_terminal([analysis], console, show_text=show_text)
                analysed += 1
            raise typer.Exit(int(exit_status(plan, analysed)))
        analyses = list(analyse_planned(plan, settings, False, jobs, limits))
        if analyses:
            rendered = render_batch(analyses, output_format, per_document, show_text, raw_csv)
            deliver(rendered, output, inputs)
        raise typer.Exit(int(exit_status(plan, len(analyses))))


def check_on_dask(
    plan: InputPlan,
    settings: Settings,
    limits: ReadLimits,
    address: str,
    jobs: int,
    output: Path | None,
    output_format: OutputFormat,
    per_document: bool,
    raw_csv: bool,
    inputs: list[str],
) -> int:
    """``check --dask``: the planned inputs analysed on a Dask cluster, written to ``output``;
    failures go on stderr, one line each, at the end. Returns how many documents were analysed."""
    if output is None or output.suffix.lower() not in (".parquet", ".csv"):
        raise UsageProblem("--dask writes to a file: give -o FILE.parquet (a folder) or FILE.csv")
    if output_format is OutputFormat.json:
        raise UsageProblem("--dask writes Parquet or CSV (chosen by -o's ending), not JSON")
    try:
        from vaguewords.distributed import connect, run_dask
    except ImportError as error:
        raise UsageProblem(
            f"--dask needs the dask extra ({error.name} is not installed): "
            "pip install 'vaguewords[dask]'"
        ) from None
    with connect(address, jobs, settings) as client:
        analysed, failures = run_dask(
            client,
            plan.items,
            settings,
            output,
            per_document=per_document,
            progress=stderr.is_terminal,
            inputs=input_paths(inputs),
            limits=limits,
            raw_csv=raw_csv,
        )
    for message in failures:
        plan.failures.append(message)
        report_failure(message)
    if analysed:
        stderr.print(f"vaguewords: wrote {output}", markup=False)
    return analysed


def render_batch(
    analyses: list[Analysis],
    output_format: OutputFormat,
    per_document: bool,
    show_text: bool,
    raw_csv: bool = False,
) -> str:
    if output_format is OutputFormat.csv:
        from vaguewords.render.table import documents_table, findings_table, to_csv

        table = documents_table(analyses) if per_document else findings_table(analyses)
        return to_csv(table, raw=raw_csv)
    if output_format is OutputFormat.json:
        from vaguewords.render.json import render_json

        return render_json(analyses) + "\n"
    from io import StringIO

    from vaguewords.render.terminal import render_terminal

    buffer = StringIO()
    console = Console(file=buffer, highlight=False, no_color=True, width=100)
    render_terminal(analyses, console, show_text=False)
    return buffer.getvalue()


def deliver(rendered: str, output: Path | None, inputs: list[str]) -> None:
    """Print to stdout, or write the file atomically (never over an input)."""
    if output is None:
        sys.stdout.write(rendered)
        sys.stdout.flush()
        return
    from vaguewords.output import write_atomic

    write_atomic(output, rendered, input_paths(inputs))
    stderr.print(f"vaguewords: wrote {output}", markup=False)


def input_paths(inputs: list[str]) -> list[Path]:
    return [Path(item) for item in inputs if item != STDIN_ARGUMENT and path_exists(Path(item))]


@app.command(
    epilog=(
        "Examples: vaguewords report examples/ -o report.html  "
        "|  vaguewords report handouts/ --glob '*.docx' -o week3.html"
    )
)
def report(
    inputs: InputsArgument,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The HTML file to write.", show_default=False)
    ],
    title: Annotated[str, typer.Option("--title", help="The report's heading.")] = (
        "vaguewords report"
    ),
    model: ModelOption = None,
    lexicon: LexiconOption = None,
    cues: CuesOption = None,
    ignore: IgnoreOption = None,
    omissions: OmissionsOption = True,
    glob: GlobOption = "**/*",
    jobs: JobsOption = 1,
    full_parse: FullParseOption = False,
    limit: LimitOption = None,
) -> None:
    """Write one self-contained, printable HTML report for files and folders of handouts.

    Example: vaguewords report examples/ -o report.html
    """
    with handle_errors():
        from vaguewords.output import check_output_path

        plan = plan_inputs(inputs, glob)
        check_output_path(output, input_paths(inputs))
        settings = make_settings(model, lexicon, ignore, cues, omissions, full_parse=full_parse)
        analyses = list(analyse_planned(plan, settings, True, jobs, make_limits(limit)))
        if analyses:
            from vaguewords.render.html import render_report

            deliver(render_report(analyses, title=title, failures=plan.failures), output, inputs)
        raise typer.Exit(int(exit_status(plan, len(analyses))))


RubricOption = Annotated[
    Path | None,
    typer.Option("--rubric", help="A TOML rubric: slot weights, density, band thresholds."),
]


@app.command(
    epilog=(
        "Examples: vaguewords score examples/student_summary.txt  "
        "|  vaguewords score --compare examples/summary_draft.txt examples/summary_revised.txt  "
        "|  vaguewords score examples/class/ -o scores.csv --html class.html"
    )
)
def score(
    inputs: InputsArgument,
    compare_two: Annotated[
        bool,
        typer.Option("--compare", help="Compare two inputs: a draft, then its revision."),
    ] = False,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Output format.")
    ] = OutputFormat.text,
    output: OutputOption = None,
    html_output: Annotated[
        Path | None,
        typer.Option("--html", help="Class mode: also write a printable HTML overview here."),
    ] = None,
    rubric: RubricOption = None,
    model: ModelOption = None,
    lexicon: LexiconOption = None,
    cues: CuesOption = None,
    ignore: IgnoreOption = None,
    omissions: OmissionsOption = True,
    glob: GlobOption = "**/*",
    jobs: JobsOption = 1,
    full_parse: FullParseOption = False,
    limit: LimitOption = None,
    raw_csv: RawCsvOption = False,
) -> None:
    """Score how specific a text is (0-100), name the sentences that cost the most, and list
    what to fix. Several files or a folder give a class table.

    Example: vaguewords score examples/student_summary.txt
    """
    with handle_errors():
        from vaguewords.scoring import compare, score_analysis

        chosen = choose_rubric(rubric)
        plan = plan_inputs(inputs, glob)
        if compare_two and len(plan.items) != 2:
            raise UsageProblem(
                f"--compare needs exactly two inputs (a draft and its revision), got {len(plan.items)}"
            )
        for target in (output, html_output):
            if target is not None:
                from vaguewords.output import check_output_path

                check_output_path(target, input_paths(inputs))
        settings = make_settings(model, lexicon, ignore, cues, omissions, full_parse=full_parse)
        analyses = list(analyse_planned(plan, settings, True, jobs, make_limits(limit)))
        status = exit_status(plan, len(analyses))
        if compare_two:
            if len(analyses) != 2:
                raise typer.Exit(int(ExitStatus.SOME_INPUTS_FAILED if analyses else status))
            comparison = compare(analyses[0], analyses[1], chosen)
            if output_format is OutputFormat.json:
                from vaguewords.render.json import render_comparison_json

                deliver(render_comparison_json(comparison) + "\n", output, inputs)
            else:
                from vaguewords.render.score import render_comparison

                render_comparison(comparison, Console(highlight=False))
            raise typer.Exit(int(status))
        scores = [score_analysis(analysis, chosen) for analysis in analyses]
        class_mode = len(scores) > 1 or html_output is not None or output_format is OutputFormat.csv
        if html_output is not None and analyses:
            from vaguewords.output import write_atomic
            from vaguewords.render.html import render_class

            write_atomic(
                html_output,
                render_class(list(zip(analyses, scores, strict=True)), failures=plan.failures),
                input_paths(inputs),
            )
            stderr.print(f"vaguewords: wrote {html_output}", markup=False)
        if output_format is OutputFormat.json:
            from vaguewords.render.json import render_scores_json

            if scores:
                deliver(render_scores_json(scores) + "\n", output, inputs)
        elif output_format is OutputFormat.csv or (output is not None and class_mode):
            from vaguewords.render.table import scores_table, to_csv

            if scores:
                deliver(to_csv(scores_table(scores), raw=raw_csv), output, inputs)
        elif class_mode:
            from vaguewords.render.score import render_class as render_class_table

            render_class_table(scores, Console(highlight=False))
        else:
            from vaguewords.render.score import render_score

            console = Console(highlight=False)
            for one in scores:
                render_score(one, console)
        raise typer.Exit(int(status))


@app.command(
    epilog=(
        "Examples: vaguewords serve  |  vaguewords serve --open  "
        "|  vaguewords serve --host 0.0.0.0 --port 8080 --lexicon class_words.csv  "
        "|  vaguewords serve --limit max_file_bytes=20MB"
    )
)
def serve(
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (others on the network: 0.0.0.0).")
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", min=0, max=65535, help="Port to listen on (0: any free port).")
    ] = 8000,
    open_browser: Annotated[
        bool, typer.Option("--open", help="Open the page in the default web browser.")
    ] = False,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            min=1,
            max=16,
            help="Analysis processes, each with its own model "
            "(default: one per CPU core, at most 4).",
        ),
    ] = None,
    rubric: RubricOption = None,
    model: ModelOption = None,
    lexicon: LexiconOption = None,
    ignore: IgnoreOption = None,
    cues: CuesOption = None,
    limit: LimitOption = None,
) -> None:
    """Start the classroom page: paste or upload a text, see its findings and score.

    Runs on this machine only (127.0.0.1) unless --host says otherwise; nothing is stored.
    Uploads are read under the --limit reading limits, with max_file_bytes 10 MB for the page.
    Stop it with Ctrl-C.

    Example: vaguewords serve --open
    """
    with handle_errors():
        from vaguewords.web.app import SERVE_LIMITS
        from vaguewords.web.serve import run_server

        settings = make_settings(model, lexicon, ignore, cues)
        run_server(
            settings,
            choose_rubric(rubric),
            host=host,
            port=port,
            open_browser=open_browser,
            workers=workers,
            read_limits=make_limits(limit, base=SERVE_LIMITS),
            announce=lambda line: print(line, flush=True),
        )


def exit_status(plan: InputPlan, analysed: int) -> ExitStatus:
    """0 when everything was read; 1 when some inputs failed but others were analysed; 2 when
    nothing could be analysed."""
    if not plan.failures:
        return ExitStatus.OK
    return ExitStatus.SOME_INPUTS_FAILED if analysed else ExitStatus.USAGE_ERROR


class handle_errors:
    """Turn a VagueWordsError into one line on stderr and the matching exit code."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, error, traceback) -> bool:
        if error is None or not isinstance(error, VagueWordsError):
            return False
        if isinstance(error, ModelError):
            raise fail(str(error), ExitStatus.ENVIRONMENT_ERROR)
        if isinstance(error, typer.Exit):
            return False
        raise fail(str(error), ExitStatus.USAGE_ERROR)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
