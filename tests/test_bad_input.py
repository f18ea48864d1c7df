"""Bad input, one row each: the exact result, or one clear line and the exit code. Nothing the
user owns is modified, and no traceback is ever printed."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import make_encrypted_pdf, make_scanned_pdf
from typer.testing import CliRunner

from vaguewords.cli import app

runner = CliRunner()
LEXICON_HEADER = "term,category,pos,leaves_open,explanation\n"


@dataclass
class Case:
    """``make`` builds the input under tmp_path and returns the command-line arguments."""

    name: str
    make: Callable[[Path], list[str]]
    exit_code: int
    message: str | None = None  # the one stderr line must contain this
    check: Callable[[dict | list], None] | None = None  # on the JSON output, when exit 0/1
    stdin: bytes | None = None


def write(path: Path, data: bytes | str) -> Path:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def text_file(name: str, data: bytes | str) -> Callable[[Path], list[str]]:
    return lambda tmp: ["check", str(write(tmp / name, data)), "-f", "json"]


def lexicon_case(body: str) -> Callable[[Path], list[str]]:
    return lambda tmp: [
        "check", "A robust plan.", "--lexicon", str(write(tmp / "mine.csv", body)), "-f", "json",
    ]  # fmt: skip


def cue_case(name: str, body: bytes | str) -> Callable[[Path], list[str]]:
    def make(tmp: Path) -> list[str]:
        (tmp / "cues").mkdir()
        write(tmp / "cues" / name, body)
        return ["check", "A robust plan.", "--cues", str(tmp / "cues"), "-f", "json"]

    return make


def rubric_case(body: str) -> Callable[[Path], list[str]]:
    summary = "The council will provide robust support soon. " * 5
    return lambda tmp: ["score", summary, "--rubric", str(write(tmp / "r.toml", body))]


def flagged(*terms: str) -> Callable[[dict], None]:
    def check(data: dict) -> None:
        # The lexicon's terms (the input was read); promises naming no one are not the point here.
        found = [f["term"] for f in data["findings"] if f["category"] != "unassigned_commitment"]
        assert found == list(terms), data["findings"]

    return check


def flagged_but_at_cuts(text: str, *terms: str) -> Callable[[dict], None]:
    """Every term, in order, except at most one where each cut of a run without a sentence end
    (pipeline.MAX_RUN_CHARS) splits a phrase ("robust | plans")."""
    from vaguewords.pipeline import MAX_RUN_CHARS

    def check(data: dict) -> None:
        found = [f["term"] for f in data["findings"] if f["category"] != "unassigned_commitment"]
        expected = iter(terms)
        assert all(term in expected for term in found), "not a subsequence, in order"
        assert len(found) >= len(terms) - len(text) // MAX_RUN_CHARS, (len(found), len(terms))

    return check


def offsets_hold(text: str) -> Callable[[dict], None]:
    def check(data: dict) -> None:
        for finding in data["findings"]:
            assert text[finding["start"] : finding["end"]] == finding["text"]

    return check


def no_findings(data: dict) -> None:
    assert data["findings"] == []


SENTENCE = "Robust guarantees will be provided soon."
EMOJI = "We promise robust 💪 support soon 🚀 for everyone 👩‍👩‍👧."
MIXED_SCRIPTS = "Robust support soon. سيتم تقديم دعم قوي قريبا. 我们将很快提供有力的支持。"
LONG_SENTENCE = " ".join(["robust plans and comprehensive measures for every school"] * 1700)


def symlink_loop(tmp: Path) -> list[str]:
    loop = tmp / "loop.txt"
    loop.symlink_to(loop)
    return ["check", str(loop)]


def folder_loop(tmp: Path) -> list[str]:
    folder = tmp / "notes"
    folder.mkdir()
    write(folder / "a.txt", SENTENCE)
    (folder / "again").symlink_to(folder)
    return ["check", str(folder), "-f", "json"]


def folder_without_text(tmp: Path) -> list[str]:
    folder = tmp / "pictures"
    folder.mkdir()
    write(folder / "a.png", b"\x89PNG")
    return ["check", str(folder)]


def output_over_input(tmp: Path) -> list[str]:
    source = write(tmp / "essay.txt", SENTENCE)
    return ["check", str(source), "-f", "csv", "-o", str(source)]


CASES = [
    Case("empty text", lambda tmp: ["check", ""], 2, "no text to analyse"),
    Case("whitespace only", lambda tmp: ["check", "  \n\t "], 2, "no text to analyse"),
    Case("empty stdin", lambda tmp: ["check", "-"], 2, "stdin: no text", stdin=b""),
    Case("empty file", text_file("empty.txt", ""), 2, "the file is empty"),
    Case("single word", lambda tmp: ["check", "robust", "-f", "json"], 0, check=flagged("robust")),
    Case(
        "5 MB without a space",
        # Past the limits for handouts on purpose: the text limit, and the analysis time budget
        # (a few seconds here, more on a busy machine).
        lambda tmp: [
            *text_file("blob.txt", "x" * 5_000_000)(tmp),
            *("--limit", "max_text_chars=6M", "--limit", "analysis_budget_seconds=600"),
        ],
        0,
        check=no_findings,
    ),
    Case(
        "5 MB without a space, over the text limit",
        text_file("blob.txt", "x" * 5_000_000),
        2,
        "over the limit max_text_chars = 300000 (raise it with --limit max_text_chars=VALUE",
    ),
    Case(
        "100,000-character sentence, no punctuation",
        # 5,100 findings in 100,000 characters: denser than any handout, about 8 s of work, more
        # than the analysis time budget on a busy machine; that budget is tested in test_hostile.
        lambda tmp: [
            *text_file("long.txt", LONG_SENTENCE)(tmp),
            *("--limit", "analysis_budget_seconds=600"),
        ],
        0,
        check=lambda data: (
            flagged_but_at_cuts(LONG_SENTENCE, *["robust", "comprehensive", "measures"] * 1700)(
                data
            ),
            offsets_hold(LONG_SENTENCE)(data),
            # A run-on "sentence" is cut to a window around each finding, not copied 5,100 times.
            max(len(f["sentence"]) for f in data["findings"]) <= 1100 or pytest.fail("sentence"),
        ),
    ),
    Case("binary renamed .txt", text_file("photo.txt", bytes(range(256)) * 40), 2, "binary"),
    Case(
        "invalid UTF-8 (read as cp1252, with a note)",
        text_file("old.txt", b"A robust caf\xe9 plan \x93soon\x94."),
        0,
        check=lambda data: (
            flagged("robust", "soon")(data),
            data["warnings"] and "cp1252" in data["warnings"][0],
        ),
    ),
    Case(
        "bytes valid in no supported encoding",
        text_file("bad.txt", b"robust \x81\x8d\x8f\x90\x9d plan"),
        2,
        "neither UTF-8",
    ),
    Case(
        "UTF-16 with BOM",
        text_file("u16.txt", SENTENCE.encode("utf-16")),
        0,
        check=flagged("robust", "soon"),
    ),  # fmt: skip
    Case(
        "UTF-16 without BOM",
        text_file("u16le.txt", SENTENCE.encode("utf-16-le")),
        0,
        check=flagged("robust", "soon"),
    ),  # fmt: skip
    Case(
        "Windows line endings",
        text_file("crlf.txt", "Robust plans.\r\n\r\nHelp will come soon.\r\n"),
        0,
        check=lambda data: (
            flagged("robust", "soon")(data),
            [f["paragraph"] for f in data["findings"]] == [1, 2] or pytest.fail("paragraphs"),
        ),
    ),
    Case("emoji", text_file("emoji.txt", EMOJI), 0, check=offsets_hold(EMOJI)),
    Case(
        "right-to-left and CJK",
        text_file("mixed.txt", MIXED_SCRIPTS),
        0,
        check=offsets_hold(MIXED_SCRIPTS),
    ),  # fmt: skip
    Case("missing file", lambda tmp: ["check", str(tmp / "nope.txt")], 2, "file not found"),
    Case("folder with no supported files", folder_without_text, 2, "no supported files"),
    Case("symlink loop as the argument", symlink_loop, 2, "loop.txt"),
    Case("symlink loop inside a folder", folder_loop, 0, check=flagged("robust", "soon")),
    Case(
        "corrupt .docx",
        lambda tmp: ["check", str(write(tmp / "bad.docx", b"PK\x03\x04broken"))],
        2,
        "not a readable Word document",
    ),
    Case(
        "encrypted PDF",
        lambda tmp: ["check", str(make_encrypted_pdf(tmp / "locked.pdf"))],
        2,
        "encrypted",
    ),
    Case(
        "scanned PDF",
        lambda tmp: ["check", str(make_scanned_pdf(tmp / "scan.pdf"))],
        2,
        "no text layer",
    ),
    Case(
        "HTML with scripts and event handlers",
        text_file(
            "page.html",
            '<p onclick="alert(1)">Robust help <script>var soon = 1;</script>will come.</p>'
            "<img src=x onerror=alert(2)><style>.soon{}</style>",
        ),
        0,
        check=flagged("robust"),
    ),
    Case("unsupported extension", text_file("slides.pptx", "robust"), 2, "unsupported file type"),
    Case(
        "lexicon with a missing column",
        lexicon_case("term,category,pos,explanation\nrobust,reassurance,,x\n"),
        2,
        "line 1: missing column 'leaves_open'",
    ),
    Case(
        "lexicon with an empty term",
        lexicon_case(LEXICON_HEADER + ",reassurance,,how,Something.\n"),
        2,
        "line 2: empty term",
    ),
    Case(
        "lexicon with a duplicate term",
        lexicon_case(LEXICON_HEADER + "zesty,reassurance,,how,A.\nzesty,reassurance,,how,B.\n"),
        2,
        "line 3: duplicate term 'zesty'",
    ),
    Case(
        "lexicon with an unknown part-of-speech tag",
        lexicon_case(LEXICON_HEADER + "zesty,reassurance,ADJECTIVE,how,A.\n"),
        2,
        "unknown part-of-speech tag 'ADJECTIVE'",
    ),
    Case(
        "cue list without its description row",
        cue_case("funding_nouns.csv", "word\nbudget\n"),
        2,
        "funding_nouns.csv: line 1: expected a description row starting with '#'",
    ),
    Case(
        "cue list with an empty description",
        cue_case("funding_nouns.csv", "#\nword\nbudget\n"),
        2,
        "funding_nouns.csv: line 1: the description after '#' is empty",
    ),
    Case(
        "cue list without a word column",
        cue_case("funding_nouns.csv", "# Money.\nterm\nbudget\n"),
        2,
        "funding_nouns.csv: line 2: missing column 'word'",
    ),
    Case(
        "cue list with an empty word",
        cue_case("funding_nouns.csv", "# Money.\nword,notes\nbudget,\n,a note\n"),
        2,
        "funding_nouns.csv: line 4: empty word",
    ),
    Case(
        "cue list with a duplicate word",
        cue_case("funding_nouns.csv", "# Money.\nword\nbudget\ngrant\nBudget\n"),
        2,
        "funding_nouns.csv: line 5: duplicate word 'budget' (first on line 3)",
    ),
    Case(
        "cue list with too many cells",
        cue_case("funding_nouns.csv", "# Money.\nword\nbudget,grant\n"),
        2,
        "funding_nouns.csv: line 3: more cells than the header has columns",
    ),
    Case(
        "cue list that is not UTF-8",
        cue_case("funding_nouns.csv", "# Money.\nword\nbudg\xe9t\n".encode("latin-1")),
        2,
        "funding_nouns.csv: not UTF-8",
    ),
    Case(
        "cue list named after no list",
        cue_case("fundng_nouns.csv", "# Money.\nword\nbudget\n"),
        2,
        "fundng_nouns.csv: no cue list is named 'fundng_nouns'",
    ),
    Case(
        "rubric with a negative weight",
        rubric_case("[weights]\nhow = -1\n"),
        2,
        "weights.how must be zero or more",
    ),  # fmt: skip
    Case(
        "rubric with a non-numeric weight",
        rubric_case('[weights]\nwhen = "high"\n'),
        2,
        "weights.when must be a number",
    ),  # fmt: skip
    Case("rubric that is not TOML", rubric_case("[weights\n"), 2, "not valid TOML"),
    Case("-o pointing at an input", output_over_input, 2, "is one of the inputs"),
    Case(
        "-o in a folder that does not exist",
        lambda tmp: ["check", SENTENCE, "-f", "csv", "-o", str(tmp / "missing" / "out.csv")],
        2,
        "does not exist",
    ),
]


def snapshot(folder: Path) -> dict[str, bytes]:
    files = {}
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        files[str(path)] = path.read_bytes()
    return files


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_input(case: Case, tmp_path):
    arguments = case.make(tmp_path)
    before = snapshot(tmp_path)
    result = runner.invoke(app, arguments, input=case.stdin, catch_exceptions=False)
    assert "Traceback" not in result.output
    assert result.exit_code == case.exit_code, (result.stdout[-500:], result.stderr)
    if case.message is not None:
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith("vaguewords: error: ")
        assert case.message in lines[0], lines[0]
    if case.check is not None:
        case.check(json.loads(result.stdout))
    created = {path for path in snapshot(tmp_path) if path not in before}
    assert {p: b for p, b in snapshot(tmp_path).items() if p in before} == before
    assert not created, created  # a failed run leaves nothing behind


@pytest.mark.skipif(
    os.geteuid() == 0, reason="running as root: a file without read permission is still readable"
)
def test_file_without_read_permission(tmp_path):
    path = write(tmp_path / "secret.txt", SENTENCE)
    path.chmod(0)
    try:
        result = runner.invoke(app, ["check", str(path)])
    finally:
        path.chmod(0o644)
    assert result.exit_code == 2
    assert "permission denied" in result.stderr
