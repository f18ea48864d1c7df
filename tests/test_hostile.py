"""Files built to hurt: each is refused with one line (or read) without inflating, and the rest of
a folder is still analysed. The files are built here by benchmarks/hostile.py, smaller than the
full-size ones there where size only costs time; the assertions show the guard fired before the
inflation (by the sizes the message reports, and the memory Python allocated while reading)."""

from __future__ import annotations

import csv
import io
import sys
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vaguewords.cli import app
from vaguewords.documents import IsolatedReader, document_from_bytes, html_to_text, read_document
from vaguewords.errors import InputError
from vaguewords.limits import DEFAULT_LIMITS, MB, ReadLimits
from vaguewords.render.table import FORMULA_STARTS, spreadsheet_safe

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import hostile  # noqa: E402

runner = CliRunner()


@dataclass
class Hostile:
    name: str
    build: Callable[[Path], Path]
    message: str  # the one line must contain this
    max_allocated: int = 5 * MB  # Python allocations while reading stay under this
    limits: ReadLimits = DEFAULT_LIMITS


HOSTILE = [
    Hostile(
        "zip bomb: document.xml declared at 120 MB",
        lambda folder: hostile.docx_bomb(folder / "bomb.docx", 120 * MB),
        "word/document.xml would inflate to 120 MB, over the limit max_member_bytes = 50 MB",
    ),
    Hostile(
        "zip bomb under the size limit, refused by its ratio",
        lambda folder: hostile.docx_bomb(folder / "ratio.docx", 20 * MB),
        "below the limit min_compression_ratio = 0.01",
    ),
    Hostile(
        "zip directory that declares 1 KB for 30 MB",
        lambda folder: hostile.lying_docx(folder / "lying.docx", 30 * MB),
        "word/document.xml inflates past its declared size (1 KB), over the limit max_member_bytes",
    ),
    Hostile(
        "archive over the total limit",
        lambda folder: hostile.docx_bomb(folder / "total.docx", 3 * MB),
        "over the limit max_archive_bytes = 2 MB",
        limits=replace(DEFAULT_LIMITS, max_archive_bytes=2 * MB, min_compression_ratio=1e-6),
    ),
    Hostile(
        "billion laughs",
        lambda folder: hostile.billion_laughs_docx(folder / "laughs.docx"),
        "declares a DTD or XML entities",
    ),
    Hostile(
        "PDF stream inflating to 20 MB, limit 2 MB",
        lambda folder: hostile.pdf_stream_bomb(folder / "stream.pdf", 20 * MB),
        "a compressed stream in it inflates further, over the limit max_pdf_stream_bytes = 2 MB",
        max_allocated=10 * MB,  # pypdf inflates up to the limit, then stops; not 20 MB
        limits=replace(DEFAULT_LIMITS, max_pdf_stream_bytes=2 * MB),
    ),
    Hostile(
        "200,000 nested divs",
        lambda folder: hostile.nested_html(folder / "nested.html", 200_000),
        "its elements nest more than 200 deep, over the limit max_depth = 200",
        max_allocated=20 * MB,  # the 2.2 MB file, decoded; not the 200,000 elements
    ),
    Hostile(
        "raw nested divs in Markdown",
        lambda folder: write(folder / "nested.md", "<div>" * 50_000 + "Soon." + "</div>" * 50_000),
        "over the limit max_depth = 200",
    ),
    Hostile(
        "file over the size limit",
        lambda folder: write(folder / "big.txt", "Robust support soon. " * 60_000),
        "the file is 1.3 MB, over the limit max_file_bytes = 1 MB",
        limits=replace(DEFAULT_LIMITS, max_file_bytes=1 * MB),
    ),
    Hostile(
        "PDF over the page limit",
        lambda folder: make_pages_pdf(folder / "pages.pdf", 4),
        "pages, over the limit max_pages = 3",
        limits=replace(DEFAULT_LIMITS, max_pages=3),
    ),
    Hostile(
        "Word text over the text limit",
        lambda folder: hostile.good_docx(folder / "long.docx", "Robust support soon. " * 100),
        "over the limit max_text_chars = 1000",
        limits=replace(DEFAULT_LIMITS, max_text_chars=1000),
    ),
]


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def make_pages_pdf(path: Path, count: int) -> Path:
    from conftest import make_pdf

    return make_pdf(path, [f"Robust support on page {number}." for number in range(count)])


@pytest.fixture(scope="module")
def readers_imported():
    """Import the parsing libraries first, so that their import is not counted as reading."""
    import bs4  # noqa: F401
    import defusedxml.sax  # noqa: F401
    import docx  # noqa: F401
    import lxml.etree  # noqa: F401
    import markdown_it  # noqa: F401
    import pypdf  # noqa: F401


@pytest.mark.parametrize("case", HOSTILE, ids=[case.name for case in HOSTILE])
def test_a_hostile_file_is_refused_with_one_line_before_it_inflates(
    case: Hostile, tmp_path, readers_imported
):
    path = case.build(tmp_path)
    tracemalloc.start()
    try:
        with pytest.raises(InputError) as raised:
            read_document(path, case.limits)
        allocated = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith(str(path)), message
    assert case.message in message, message
    assert allocated < case.max_allocated, f"{allocated / MB:.1f} MB allocated"


def test_the_bombs_really_inflate(tmp_path):
    """The refusals above are not for a broken file: raise the limits and each reads in full."""
    roomy = replace(DEFAULT_LIMITS, min_compression_ratio=1e-6, max_text_chars=10 * MB)
    bomb = hostile.docx_bomb(tmp_path / "bomb.docx", 8 * MB)
    assert read_document(bomb, roomy).text == hostile.GOOD_TEXT
    stream = hostile.pdf_stream_bomb(tmp_path / "stream.pdf", 20 * MB)
    assert "Robust support" in read_document(stream).text
    nested = hostile.nested_html(tmp_path / "nested.html", 5_000)
    assert read_document(nested, replace(DEFAULT_LIMITS, max_depth=6_000)).text == (
        hostile.GOOD_TEXT
    )


def test_html_is_walked_without_rebuilding_the_tree():
    html = "<h1>Plan</h1><p>We <b>will</b> help<br>soon.</p><ul><li>One</li><li>Two</li></ul>"
    assert html_to_text(html) == "Plan\n\nWe will help soon.\n\nOne\n\nTwo"
    # Unclosed paragraphs end where the next begins (they do not nest 300 deep).
    sloppy = "".join(f"<p>Paragraph {number}" for number in range(300))
    assert html_to_text(sloppy).split("\n\n")[-1] == "Paragraph 299"
    assert html_to_text("<div>Bare <span>text</span></div>\n<div>Two</div>") == (
        "Bare\n\ntext\n\nTwo"
    )


def test_an_unexpected_library_error_becomes_one_line(tmp_path):
    # A page whose /Contents is a number: pypdf fails in a way the PDF reader does not expect.
    data = hostile.pdf_stream_bomb(tmp_path / "odd.pdf", 10).read_bytes()
    data = data.replace(b"/Contents 4 0 R", b"/Contents 4    ")
    odd = tmp_path / "odd.pdf"
    odd.write_bytes(data)
    with pytest.raises(InputError) as raised:
        read_document(odd)
    assert str(raised.value).startswith((f"could not read {odd}: ", f"{odd}: "))
    assert "\n" not in str(raised.value)


def test_the_time_budget_stops_a_reader_that_runs_too_long(tmp_path):
    """A Markdown file of 200,000 "[" keeps the parser busy for seconds inside one call: the
    child process reading it is stopped at the budget, and the next file is read by a new one."""
    slow = write(tmp_path / "brackets.md", "[" * 200_000 + "robust\n")
    good = write(tmp_path / "good.md", "Robust support soon.\n")
    with IsolatedReader(replace(DEFAULT_LIMITS, time_budget_seconds=0.5)) as reader:
        with pytest.raises(InputError) as raised:
            reader.read(slow)
        assert "took longer than its time budget" in str(raised.value)
        assert "time_budget_seconds = 0.5" in str(raised.value)
        process = reader._process
        assert process is None  # killed and waited for
    with IsolatedReader() as reader:
        assert reader.read(good).text == "Robust support soon."
        child = reader._process
    assert child is not None and not child.is_alive()


def test_the_reading_process_has_a_memory_cap(tmp_path):
    """40 paragraphs of 5 MB: 200 MB of XML, which lxml and python-docx hold several times over.
    Under a 300 MB cap the child runs out of memory, the parent reports one line, and the next
    file is read (by a new child if that one died)."""
    large = hostile.large_docx(tmp_path / "large.docx", 40, 5 * MB)
    good = hostile.good_docx(tmp_path / "good.docx")
    roomy = replace(
        DEFAULT_LIMITS,
        max_member_bytes=1000 * MB,
        max_archive_bytes=1000 * MB,
        max_text_chars=1000 * MB,
        min_compression_ratio=1e-6,
        max_reader_memory_bytes=300 * MB,
    )
    with IsolatedReader(roomy) as reader:
        with pytest.raises(InputError) as raised:
            reader.read(large)
        message = str(raised.value)
        assert message.startswith(f"could not read {large}: "), message
        assert "\n" not in message
        assert reader.read(good).text == hostile.GOOD_TEXT


@pytest.mark.parametrize(
    ("assignment", "field", "value"),
    [
        ("max_pages=2000", "max_pages", 2000),
        ("max_file_bytes=80MB", "max_file_bytes", 80 * MB),
        ("max-depth=500", "max_depth", 500),
        ("time_budget_seconds=2.5", "time_budget_seconds", 2.5),
        ("min_compression_ratio=0.001", "min_compression_ratio", 0.001),
    ],
)
def test_limits_are_set_by_name(assignment, field, value):
    assert getattr(DEFAULT_LIMITS.with_overrides([assignment]), field) == value


@pytest.mark.parametrize(
    "assignment", ["max_pages", "pages=3", "max_pages=many", "max_pages=0", "max_depth=-1"]
)
def test_a_bad_limit_is_one_line_and_exit_2(assignment):
    result = runner.invoke(app, ["check", "Robust support soon.", "--limit", assignment])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("vaguewords: error: "), result.stderr


# ---------------------------------------------------------------- the folder, from the command line


def test_a_folder_of_hostile_files_analyses_the_good_ones_and_exits_1(tmp_path):
    folder = tmp_path / "class"
    folder.mkdir()
    refused = [
        hostile.docx_bomb(folder / "bomb.docx", 120 * MB),
        hostile.lying_docx(folder / "lying.docx", 30 * MB),
        hostile.billion_laughs_docx(folder / "laughs.docx"),
        hostile.pdf_stream_bomb(folder / "stream.pdf", 60 * MB),
        hostile.nested_html(folder / "nested.html", 200_000),
    ]
    hostile.good_docx(folder / "good.docx")
    hostile.formula_handout(folder / "formulas.txt")
    result = hostile.run(["check", str(folder), "-f", "csv"], timeout=300)
    assert result["exit"] == 1, result["stderr"]
    assert "Traceback" not in "\n".join(result["stderr"])
    assert len(result["stderr"]) == len(refused), result["stderr"]
    for path, line in zip(sorted(refused), result["stderr"], strict=True):
        assert line.startswith(f"vaguewords: error: {path}: "), line
    assert result["peak_mb"] < 1500, result["peak_mb"]
    rows = list(csv.DictReader(io.StringIO(result["stdout"])))
    files = {Path(row["file"]).name for row in rows}
    assert files == {"good.docx", "formulas.txt"}
    assert_spreadsheet_safe(result["stdout"])


# ---------------------------------------------------------------- spreadsheet-safe CSV


def assert_spreadsheet_safe(text: str) -> None:
    for row in csv.reader(io.StringIO(text)):
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS), row


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+SUM(1)", "'+SUM(1)"),
        ("-2+3", "'-2+3"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("robust", "robust"),
        ("", ""),
        (" =1", " =1"),
        (-2, -2),
        (None, None),
    ],
)
def test_a_cell_that_a_spreadsheet_would_run_gets_an_apostrophe(value, expected):
    assert spreadsheet_safe(value) == expected


@pytest.mark.parametrize(
    "arguments",
    [
        ["check", "{folder}", "-f", "csv"],
        ["check", "{folder}", "-f", "csv", "--per-document"],
        ["score", "{folder}", "-f", "csv"],
    ],
    ids=["findings", "per document", "class scores"],
)
def test_every_csv_is_spreadsheet_safe_unless_raw(arguments, tmp_path, monkeypatch):
    hostile.formula_handout(tmp_path / "formulas.txt")
    write(tmp_path / "=cmd.txt", "@robust support will come soon. " * 20)
    monkeypatch.chdir(tmp_path)  # the file column then starts with the file's name
    filled = [argument.format(folder=".") for argument in arguments]
    safe = runner.invoke(app, filled)
    assert safe.exit_code == 0, safe.output
    assert_spreadsheet_safe(safe.stdout)
    raw = runner.invoke(app, [*filled, "--raw-csv"])
    assert raw.exit_code == 0, raw.output
    cells = [cell for row in csv.reader(io.StringIO(raw.stdout)) for cell in row]
    assert any(cell.startswith(FORMULA_STARTS) for cell in cells)
    assert len(raw.stdout.splitlines()) == len(safe.stdout.splitlines())


def test_uploads_held_in_memory_are_read_within_the_same_limits(tmp_path):
    bomb = hostile.docx_bomb(tmp_path / "bomb.docx", 120 * MB).read_bytes()
    with pytest.raises(InputError) as raised:
        document_from_bytes(bomb, "upload.docx")
    assert str(raised.value).startswith("upload.docx: word/document.xml would inflate to 120 MB")
    big = b"Robust support soon. " * 1000
    with pytest.raises(InputError, match="over the limit max_file_bytes = 10 KB"):
        document_from_bytes(big, "big.txt", replace(DEFAULT_LIMITS, max_file_bytes=10_000))
    good = hostile.good_docx(tmp_path / "good.docx").read_bytes()
    with IsolatedReader() as reader:
        assert reader.read_bytes(good, "good.docx").text == hostile.GOOD_TEXT
        with pytest.raises(InputError, match="^laughs.docx: word/document.xml declares a DTD"):
            reader.read_bytes(
                hostile.billion_laughs_docx(tmp_path / "l.docx").read_bytes(), "laughs.docx"
            )


# ---------------------------------------------------------------- text built against the analysis

# One sentence with no punctuation, dense in vague words: before runs were cut, 300,000 characters
# of it took minutes and gigabytes (README, Limits).
UNPUNCTUATED = "robust support will be provided soon and the council will act in stages as needed "
SLOW_TEXT = (UNPUNCTUATED * 3000)[:200_000]  # tens of seconds to analyse anywhere
GOOD = "Robust support will be provided soon."


def good_terms() -> list[str]:
    """What GOOD gives when analysed in this process, without a worker or a budget."""
    from vaguewords import analyze

    terms = [finding.text for finding in analyze(GOOD).findings]
    assert terms
    return terms


def longest_run(text: str) -> int:
    import re

    from vaguewords.pipeline import SENTENCE_END

    return max(len(run) for run in re.split(SENTENCE_END, text))


def test_a_run_without_a_sentence_end_is_cut_into_bounded_pieces():
    from vaguewords.pipeline import MAX_RUN_CHARS, chunk_spans

    text = GOOD + " " + UNPUNCTUATED * 400 + "x" * 10_000 + " " + GOOD + "\n" + GOOD
    pieces = list(chunk_spans(text, 0, len(text)))
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    for (_, end), (start, _) in zip(pieces, pieces[1:], strict=False):
        assert end == start
    assert all(longest_run(text[start:end]) <= MAX_RUN_CHARS for start, end in pieces)
    assert text[slice(*pieces[0])] == GOOD + " "  # the sentence before the run stays whole
    assert len(pieces) > len(text) // MAX_RUN_CHARS


def test_text_with_ordinary_sentences_is_cut_as_before():
    """The cut only touches runs longer than MAX_RUN_CHARS: ordinary text (the examples, every
    gold sentence) gives the same chunks with it as without it."""
    from conftest import EXAMPLES

    from vaguewords.pipeline import chunk_spans

    texts = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.rglob("*.txt"))]
    assert texts
    for text in texts:
        for limit in (100_000, 2_000):
            cut = list(chunk_spans(text, 0, len(text), limit=limit))
            assert cut == list(chunk_spans(text, 0, len(text), limit=limit, max_run=10**9))


def test_findings_in_a_long_unpunctuated_run_keep_their_offsets():
    from vaguewords import analyze

    text = GOOD + " " + UNPUNCTUATED * 100 + GOOD
    analysis = analyze(text)
    assert len(analysis.findings) > 200
    for finding in analysis.findings:
        assert text[finding.start : finding.end] == finding.text
        assert text[finding.clause_start : finding.clause_end] == finding.clause


# ---------------------------------------------------------------- the analysis time budget

TINY_BUDGET = replace(DEFAULT_LIMITS, analysis_budget_seconds=1.0)


def assert_out_of_time(message: str, source: object) -> None:
    assert message.startswith(f"{source}: analysing it took longer than its time budget"), message
    assert "over the limit analysis_budget_seconds = 1 " in message, message
    assert "(raise it with --limit analysis_budget_seconds=VALUE" in message, message
    assert "\n" not in message


def test_the_analysis_budget_stops_a_batch_and_only_the_slow_text_fails(monkeypatch):
    """The slow text shares a batch with two short ones: the batch runs out, the worker is
    killed, and each text runs again alone; only the slow one is reported."""
    import vaguewords.analysis_worker as worker_module
    from vaguewords import Document
    from vaguewords.analysis_worker import AnalysisWorker
    from vaguewords.service import make_settings

    monkeypatch.setattr(worker_module, "BATCH_CHARS_PER_PROCESS", 10 * len(SLOW_TEXT))
    documents = [
        Document(text=GOOD, source="first"),
        Document(text=SLOW_TEXT, source="slow"),
        Document(text=GOOD, source="last"),
    ]
    with AnalysisWorker(make_settings(), TINY_BUDGET) as worker:
        first, slow, last = worker.analyze_each(documents)
        process = worker._process
    assert isinstance(slow, InputError)
    assert_out_of_time(str(slow), "slow")
    assert [f.text for f in first.findings] == [f.text for f in last.findings] == good_terms()
    assert first.text == GOOD
    assert process is not None and not process.is_alive()  # closed, nothing left running


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_folder_with_a_file_too_slow_to_analyse_exits_1_with_one_line(tmp_path, jobs):
    folder = tmp_path / "class"
    folder.mkdir()
    write(folder / "a.txt", GOOD)
    slow = write(folder / "b.txt", SLOW_TEXT)
    write(folder / "c.txt", "The council will act in stages.")
    result = hostile.run(
        ["check", str(folder), "-f", "csv", "--jobs", jobs,
         "--limit", "analysis_budget_seconds=1"],
        timeout=300,
    )  # fmt: skip
    assert result["exit"] == 1, result["stderr"]
    assert len(result["stderr"]) == 1, result["stderr"]
    assert result["stderr"][0].startswith("vaguewords: error: "), result["stderr"]
    assert_out_of_time(result["stderr"][0].removeprefix("vaguewords: error: "), slow)
    rows = list(csv.DictReader(io.StringIO(result["stdout"])))
    assert {Path(row["file"]).name for row in rows} == {"a.txt", "c.txt"}
    assert result["peak_mb"] < 1500, result["peak_mb"]


def test_the_library_layer_holds_pasted_text_to_the_budget_and_the_text_limit():
    """service.analyze_text and analyze_each are what the web page's workers call."""
    from vaguewords import Document
    from vaguewords.service import analyze_each, analyze_text, make_settings

    settings = make_settings()
    with pytest.raises(InputError) as raised:
        analyze_text(SLOW_TEXT, settings, "pasted", TINY_BUDGET)
    assert_out_of_time(str(raised.value), "pasted")
    short = replace(DEFAULT_LIMITS, max_text_chars=100)
    too_long, good = analyze_each(
        [Document(text=GOOD * 10, source="long"), Document(text=GOOD, source="good")],
        settings,
        short,
    )
    assert str(too_long).startswith("long: it has 370 characters, over the limit max_text_chars")
    assert [f.text for f in good.findings] == good_terms()
    assert analyze_text(GOOD, settings, "after", TINY_BUDGET).findings  # a new worker, same call


def test_a_text_argument_or_stdin_over_the_text_limit_is_one_line(tmp_path):
    good = write(tmp_path / "good.txt", GOOD)
    result = runner.invoke(
        app,
        ["check", GOOD * 10, str(good), "-", "--limit", "max_text_chars=100", "-f", "csv"],
        input=GOOD * 5,
    )
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert lines == [
        "vaguewords: error: text: it has 370 characters, over the limit max_text_chars = 100 "
        "(raise it with --limit max_text_chars=VALUE if you trust this file)",
        "vaguewords: error: -: it has 185 characters, over the limit max_text_chars = 100 "
        "(raise it with --limit max_text_chars=VALUE if you trust this file)",
    ]
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {Path(row["file"]).name for row in rows} == {"good.txt"}


def test_the_web_pool_answers_a_slow_text_with_its_one_line_and_goes_on():
    import asyncio
    import json

    from vaguewords.service import choose_rubric, make_settings
    from vaguewords.web.pool import AnalysisPool

    pool = AnalysisPool(make_settings(), choose_rubric(), workers=1, read_limits=TINY_BUDGET)
    try:
        pool.warm_up()

        async def requests():
            slow = pool.check(SLOW_TEXT, "pasted")
            good = pool.check(GOOD, "pasted too")
            answers = await asyncio.gather(slow, good, return_exceptions=True)
            return [*answers, await pool.check(GOOD, "after")]

        # One event loop: the pool's queue and dispatchers belong to the loop that made them.
        slow, good, after = asyncio.run(requests())
        assert isinstance(slow, InputError), slow
        assert_out_of_time(str(slow), "pasted")
        findings = json.loads(good)["findings"]
        assert [finding["text"] for finding in findings] == good_terms()
        assert json.loads(after)["findings"]
    finally:
        pool.close()
