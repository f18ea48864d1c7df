"""The README's terminal examples are real output: every `$ vaguewords check "..."` block in
README.md is run through the command, and its findings, verdicts and questions must be the ones the
command prints today (a change to the rules or the questions that changes them updates the README).
Its table of the own gold sets is checked the same way against what `benchmarks/accuracy.py`
computes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vaguewords import analyze_many
from vaguewords.cli import app
from vaguewords.evaluation import Scores, evaluate, parse_gold
from vaguewords.model import SLOT_NAMES

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


# The README's table of the own gold sets: "| measure | tuning set (...) | held-out set (...) |"
# and one row per measure, each value as `benchmarks/accuracy.py` prints it (three decimals).
GOLD_TABLE_HEADER = re.compile(
    r"^\| measure \| tuning set \((?P<tune>[^)]*)\) \| held-out set \((?P<held>[^)]*)\) \|$"
)
GOLD_FILES = {"tune": "gold.tsv", "held": "gold_holdout.tsv"}


def readme_gold_table() -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    lines = README.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        header = GOLD_TABLE_HEADER.match(line)
        if header:
            rows = {}
            for row in lines[number + 2 :]:
                if not row.startswith("|"):
                    break
                name, tune, held = (cell.strip() for cell in row.strip("|").split("|"))
                rows[name] = (tune, held)
            return {"tune": header["tune"], "held": header["held"]}, rows
    raise AssertionError("README.md has no own-gold table")


def gold_figures(name: str) -> tuple[str, dict[str, str]]:
    """What `benchmarks/accuracy.py` prints for one gold file: its size line and its measures."""
    gold = parse_gold(README.parent / "tests" / "data" / name)
    scores = evaluate(gold, analyze_many(item.sentence for item in gold))
    commitments = scores.commitments or Scores()
    size = (
        f"{len(gold)} sentences, {scores.true_positives + scores.false_negatives} flags, "
        f"{commitments.true_positives + commitments.false_negatives} commitments"
    )
    figures = {
        "flagging precision": scores.precision,
        "flagging recall": scores.recall,
        "flagging F1": scores.f1,
        **{f"{slot} accuracy": scores.slot_accuracy(slot) for slot in SLOT_NAMES},
        "slot accuracy (all)": scores.slot_accuracy(),
        "unassigned commitment precision": commitments.precision,
        "unassigned commitment recall": commitments.recall,
        "unassigned commitment F1": commitments.f1,
    }
    return size, {measure: f"{value:.3f}" for measure, value in figures.items()}


def test_readme_gold_table_is_what_the_benchmark_prints():
    """The own-gold table once went stale for a day (flag F1 0.974 shown, 0.960 printed): it is
    checked against the same computation as `benchmarks/accuracy.py`, row by row."""
    sizes, rows = readme_gold_table()
    for column, position in (("tune", 0), ("held", 1)):
        size, figures = gold_figures(GOLD_FILES[column])
        assert sizes[column] == size, f"README says {sizes[column]!r}, the gold file has {size!r}"
        assert set(rows) == set(figures), f"README rows {sorted(rows)} != {sorted(figures)}"
        for measure, value in figures.items():
            shown_value = rows[measure][position]
            assert shown_value == value, (
                f"README shows {measure} {shown_value} for {GOLD_FILES[column]}; "
                f"accuracy.py prints {value}"
            )
