"""The README's terminal examples are real output: every `$ vaguewords check "..."` block in
README.md is run through the command, and its findings, verdicts and questions must be the ones the
command prints today (a change to the rules or the questions that changes them updates the README)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vaguewords.cli import app

README = Path(__file__).resolve().parents[1] / "README.md"
COMMAND = re.compile(r'^\$ vaguewords check "(?P<text>[^"]+)"$')
# The lines a reader checks: a finding's number, term and kind; a who / how / when verdict; a question.
# 119 columns: the narrow layout the README shows (at 120 and over the terminal prints a table).
SHOWN = re.compile(r"^(\d+\. |[✗✓?] )")


def readme_examples() -> list[tuple[str, list[str]]]:
    examples = []
    block: list[str] | None = None
    for line in README.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            if block and COMMAND.match(block[0]):
                examples.append((COMMAND.match(block[0])["text"], block[1:]))
            block = [] if block is None else None
        elif block is not None:
            block.append(line)
    return examples


def shown(lines: list[str]) -> list[str]:
    """The lines a reader checks, whitespace collapsed; a finding's line keeps its term and kind only
    (the README may cut the description short)."""
    kept = []
    for line in lines:
        text = " ".join(line.split())
        if SHOWN.match(text):
            if re.match(r"^\d+\. ", text):
                text = " ".join(re.split(r"\s{2,}", line.strip())[:2])
            kept.append(text)
    return kept


EXAMPLES = readme_examples()


def test_the_readme_has_terminal_examples():
    assert len(EXAMPLES) >= 3


@pytest.mark.parametrize("text, lines", EXAMPLES, ids=[text[:40] for text, _ in EXAMPLES])
def test_readme_example_is_the_real_output(text, lines):
    result = CliRunner().invoke(
        app, ["check", text], env={"COLUMNS": "119"}, catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    printed = shown(result.stdout.splitlines())
    expected = shown(lines)
    # Every line the README shows is printed, in the same order ...
    position = 0
    for line in expected:
        assert line in printed[position:], f"README shows {line!r}; the command prints {printed}"
        position = printed.index(line, position) + 1
    # ... and the README leaves out no question the command asks.
    assert [q for q in printed if q.startswith("?")] == [q for q in expected if q.startswith("?")]
