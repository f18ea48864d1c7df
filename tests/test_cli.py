"""The ``vaguewords`` command, run with the real model: in-process through typer's CliRunner, and
once as the installed console script."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from conftest import EXAMPLES
from typer.testing import CliRunner

from vaguewords.cli import app

runner = CliRunner()


def run(*args: str, stdin: str | bytes | None = None):
    return runner.invoke(app, list(args), input=stdin, catch_exceptions=False)


def test_check_text_prints_highlighted_text_and_questions():
    result = run("check", "Robust security guarantees will be provided in stages.")
    assert result.exit_code == 0, result.output
    assert "Robust" in result.stdout and "in stages" in result.stdout
    # the clause's who is asked once, by the promise that names no one
    assert "Who will provide the robust security guarantees, and by when?" in (result.stdout)
    assert "3 findings" in result.stdout  # and "will be provided": a promise naming no one


def test_check_json_follows_the_contract():
    text = (
        "The Ministry of Education will fund a comprehensive reading programme through a "
        "£40m grant from September 2027."
    )
    result = run("check", text, "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["source"] == "text"
    assert data["words"] == 19  # spaCy splits "£40m" into two tokens
    (finding,) = data["findings"]
    assert finding["term"] == "comprehensive" and finding["category"] == "reassurance"
    assert text[finding["start"] : finding["end"]] == "comprehensive"
    assert finding["clause"].startswith("The Ministry of Education will fund")
    assert finding["sentence"] == text
    for slot, evidence in (
        ("who", "The Ministry of Education"),
        ("how", "through a £40m grant"),
        ("when", "from September 2027"),
    ):
        verdict = finding[slot]
        assert verdict["present"] is True
        assert verdict["text"] == evidence
        assert text[verdict["start"] : verdict["end"]] == evidence
    assert finding["questions"] == []


def test_several_inputs_give_a_json_array_in_input_order(tmp_path):
    first = tmp_path / "first.txt"
    first.write_text("Help will come soon.", encoding="utf-8")
    result = run("check", str(first), "Several buses are planned.", "-f", "json")
    data = json.loads(result.stdout)
    assert [item["source"] for item in data] == [str(first), "text"]


def test_stdin_is_read_with_a_dash():
    result = run("check", "-", "-f", "json", stdin="Relevant parties will act soon.\n")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["source"] == "-"
    assert [f["text"] for f in data["findings"]] == ["Relevant parties", "soon"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "handout.txt"], "handout.txt: file not found"),
        (["check", "notes/week1"], "notes/week1: file not found"),
        (["check", ""], "no text to analyse"),
        (["check", "   "], "no text to analyse"),
    ],
)
def test_usage_errors_exit_2_with_one_line(args, message):
    result = run(*args)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert "Traceback" not in result.output


def test_empty_stdin_is_an_error():
    result = run("check", "-", stdin="")
    assert result.exit_code == 2
    assert "stdin: no text to analyse" in result.stderr


def test_sentence_with_spaces_and_a_dot_is_text_not_a_path():
    result = run("check", "See notes.txt for a robust plan", "-f", "json")
    assert result.exit_code == 0
    assert [f["text"] for f in json.loads(result.stdout)["findings"]] == ["robust"]


def test_extra_lexicon_and_ignore(tmp_path):
    extra = tmp_path / "mine.csv"
    extra.write_text(
        "term,category,pos,leaves_open,explanation\n"
        "game-changer,reassurance,,how,Promises a big effect without saying which.\n",
        encoding="utf-8",
    )
    text = "This robust plan is a game-changer."
    result = run("check", text, "--lexicon", str(extra), "--ignore", "robust", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert [f["text"] for f in json.loads(result.stdout)["findings"]] == ["game-changer"]


def test_malformed_extra_lexicon_exits_2_naming_file_and_line(tmp_path):
    extra = tmp_path / "bad.csv"
    extra.write_text(
        "term,category,pos,leaves_open,explanation\nrobust,reassurance,,sometimes,x\n",
        encoding="utf-8",
    )
    result = run("check", "A robust plan.", "--lexicon", str(extra))
    assert result.exit_code == 2
    assert "bad.csv" in result.stderr and "line 2" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_unknown_ignore_term_exits_2():
    result = run("check", "A robust plan.", "--ignore", "flibbertigibbet")
    assert result.exit_code == 2
    assert "flibbertigibbet" in result.stderr


def test_unknown_model_exits_3():
    result = run("check", "A robust plan.", "--model", "no_such_model")
    assert result.exit_code == 3
    assert "no_such_model" in result.stderr
    assert "Traceback" not in result.output


def test_help_shows_examples():
    result = run("check", "--help")
    assert result.exit_code == 0
    assert "vaguewords check" in result.stdout and "--format" in result.stdout


def test_example_file_runs(tmp_path):
    result = run("check", str(EXAMPLES / "peace_plan.txt"), "-f", "json")
    data = json.loads(result.stdout)
    assert data["words"] > 100
    assert len(data["findings"]) >= 5
    # The example mixes vague promises with specific terms: some slots are filled.
    assert any(f["when"]["present"] for f in data["findings"])
    assert any(not f["who"]["present"] for f in data["findings"])


def test_installed_console_script_runs():
    command = shutil.which("vaguewords") or str(
        __import__("pathlib").Path(sys.executable).with_name("vaguewords")
    )
    completed = subprocess.run(
        [command, "check", "-", "--format", "json"],
        input="Robust guarantees will be provided in stages.",
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr
    assert [f["text"] for f in json.loads(completed.stdout)["findings"]] == [
        "Robust",
        "will be provided",
        "in stages",
    ]
