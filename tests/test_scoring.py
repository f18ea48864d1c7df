"""The specificity score: the formula, its properties (hypothesis), hand-written pairs, the
rubric, and the score command."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from conftest import EXAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from vaguewords.cli import app
from vaguewords.errors import RubricError
from vaguewords.model import Analysis, Finding, Slot
from vaguewords.scoring import (
    band_for,
    compare,
    load_rubric,
    rubric_from_dict,
    score_analysis,
    score_from_load,
)

runner = CliRunner()


def slot(name: str, present: bool) -> Slot:
    if present:
        return Slot(name, True, "x", 0, 1, "rule", "named")
    return Slot(name, False, None, None, None, "none", "not named")


def finding(who=False, how=False, when=False, words=1, term="robust", sentence="S.", paragraph=1):
    return Finding(
        term=term, text=term, category="reassurance", start=0, end=len(term), sentence=sentence,
        clause=sentence, clause_start=0, clause_end=len(sentence), who=slot("who", who),
        how=slot("how", how), when=slot("when", when), questions=(), paragraph=paragraph,
        words=words,
    )  # fmt: skip


def analysis(findings, words=100):
    return Analysis(source="t", words=words, findings=tuple(findings))


def test_worked_example_from_the_docstring():
    result = score_analysis(
        analysis([finding(who=True, when=True), finding(), finding(True, True, True)], words=123)
    )
    assert result.load == pytest.approx(4 / 3)
    assert result.density == pytest.approx(100 * (4 / 3) / 120)
    assert result.score == pytest.approx(78.26, abs=0.01)
    assert result.band == "Specific"


def test_no_vague_terms_scores_100_and_all_vague_scores_0():
    assert score_analysis(analysis([], words=50)).score == 100
    only_vague = analysis([finding(words=1) for _ in range(30)], words=30)
    assert score_analysis(only_vague).score == 0


def test_short_text_gets_a_message_not_a_number():
    result = score_analysis(analysis([finding()], words=12))
    assert result.score is None and result.band is None
    assert "too short" in result.message


@pytest.mark.parametrize(("value", "band"), [(100, "Specific"), (75, "Specific"),
                                             (74.9, "Partly specific"), (50, "Partly specific"),
                                             (49.9, "Vague"), (0, "Vague")])  # fmt: skip
def test_bands(value, band):
    assert band_for(value) == band


finding_states = st.tuples(st.booleans(), st.booleans(), st.booleans(), st.integers(1, 3))


@settings(max_examples=200, deadline=None)
@given(st.lists(finding_states, max_size=12), st.integers(0, 300), st.data())
def test_naming_a_missing_slot_never_lowers_the_score(states, extra_words, data):
    findings = [finding(*s[:3], words=s[3]) for s in states]
    words = sum(f.words for f in findings) + 20 + extra_words
    before = score_analysis(analysis(findings, words))
    missing = [(i, name) for i, f in enumerate(findings) for name in f.missing]
    if not missing:
        return
    index, name = data.draw(st.sampled_from(missing))
    named = findings[index]
    changed = {s.name: s.present or s.name == name for s in named.slots}
    findings[index] = finding(changed["who"], changed["how"], changed["when"], words=named.words)
    added_words = data.draw(st.integers(0, 10))  # naming it usually takes a few words
    after = score_analysis(analysis(findings, words + added_words))
    assert after.score >= before.score - 1e-9


@settings(max_examples=200, deadline=None)
@given(st.lists(finding_states, min_size=1, max_size=12), st.integers(0, 300), st.data())
def test_deleting_an_unresolved_term_never_lowers_the_score(states, extra_words, data):
    findings = [finding(*s[:3], words=s[3]) for s in states] + [
        finding(words=data.draw(st.integers(1, 4)))
    ]
    words = sum(f.words for f in findings) + 20 + extra_words
    before = score_analysis(analysis(findings, words))
    removed = findings.pop()
    after = score_analysis(analysis(findings, words - removed.words))
    if after.score is not None and before.score is not None:
        assert after.score >= before.score - 1e-9


@settings(max_examples=100, deadline=None)
@given(st.lists(finding_states, max_size=12), st.randoms())
def test_order_of_findings_does_not_matter(states, random):
    findings = [finding(*s[:3], words=s[3], paragraph=i + 1) for i, s in enumerate(states)]
    words = sum(f.words for f in findings) + 40
    shuffled = list(findings)
    random.shuffle(shuffled)
    assert score_analysis(analysis(findings, words)).score == pytest.approx(
        score_analysis(analysis(shuffled, words)).score
    )


@settings(max_examples=100, deadline=None)
@given(st.floats(0, 50), st.integers(1, 1000))
def test_score_is_between_0_and_100(load, words):
    assert 0 <= score_from_load(load, words) <= 100


# Hand-written pairs: the second text is the first made more specific, and scores higher.
PAIRS = [
    (
        "The government will provide robust support to families in the near future. Relevant "
        "stakeholders will be consulted and appropriate measures will follow in due course.",
        "The Department for Education will provide £200 to every family on free school meals "
        "by 1 March 2027. The department will consult head teachers through an online survey "
        "that closes on 15 January 2027.",
    ),
    (
        "Our club aims to offer meaningful activities for young people. Several events are "
        "planned and details will be announced soon, subject to funding.",
        "Our club will run a football session for 11 to 16 year olds every Saturday from "
        "10 January 2027, paid for by a £1,500 grant from the town council.",
    ),
    (
        "The school will take appropriate action where necessary and review the policy at a "
        "later stage. It is a comprehensive approach that should make a significant difference.",
        "The head teacher will review the behaviour policy with the governors on 3 February "
        "2027, and the school will publish the revised policy on its website by 1 March 2027.",
    ),
]


@pytest.mark.parametrize(("vague", "specific"), PAIRS)
def test_a_specific_rewrite_scores_higher(analyse, vague, specific):
    before = score_analysis(analyse(vague))
    after = score_analysis(analyse(specific))
    assert before.score is not None and after.score is not None
    assert after.score > before.score + 20, (before.score, after.score)


def test_paragraph_order_does_not_change_the_score_of_a_real_text(analyse):
    text = (
        (EXAMPLES / "class" / "hugo.txt").read_text()
        + "\n\n"
        + (EXAMPLES / "class" / "ellie.txt").read_text()
    )
    paragraphs = text.strip().split("\n\n")
    forward = score_analysis(analyse("\n\n".join(paragraphs)))
    backward = score_analysis(analyse("\n\n".join(reversed(paragraphs))))
    assert forward.score == pytest.approx(backward.score)


def test_costliest_sentences_and_checklist(analyse):
    result = score_analysis(analyse((EXAMPLES / "student_summary.txt").read_text()))
    assert 1 <= len(result.costliest) <= 3
    points = [cost.points for cost in result.costliest]
    assert points == sorted(points, reverse=True)
    assert all(cost.findings and cost.findings[0].questions for cost in result.costliest)
    assert result.checklist and all(
        item.startswith(("Say ", "Give ", "Name ")) for item in result.checklist
    )


def test_compare_finds_resolved_removed_and_new(analyse):
    draft = analyse((EXAMPLES / "summary_draft.txt").read_text())
    revised = analyse((EXAMPLES / "summary_revised.txt").read_text())
    comparison = compare(draft, revised)
    assert comparison.change > 0
    resolved_terms = {old.term for old, _ in comparison.resolved}
    assert {"robust", "in stages"} <= resolved_terms
    assert {f.term for f in comparison.removed} >= {"in due course", "soon"}


# ---------------------------------------------------------------------------- rubric


def test_example_rubric_loads():
    rubric = load_rubric(EXAMPLES / "rubric.toml")
    assert rubric.when == 1.5 and rubric.specific == 75


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"weights": {"who": -1}}, "weights.who must be zero or more"),
        ({"weights": {"how": "lots"}}, "weights.how must be a number"),
        ({"weights": {"who": 0, "how": 0, "when": 0}}, "cannot all be zero"),
        ({"weights": {"why": 1}}, "unknown key weights.why"),
        ({"colours": {"a": 1}}, "unknown section [colours]"),
        ({"density": {"half_score_at": 0}}, "half_score_at must be more than zero"),
        ({"bands": {"specific": 40, "partly_specific": 60}}, "bands must satisfy"),
        ({"weights": {"who": True}}, "must be a number"),
    ],
)
def test_invalid_rubric_names_the_key_and_the_problem(data, message):
    with pytest.raises(RubricError) as error:
        rubric_from_dict(data, "rubric.toml")
    assert message in str(error.value)
    assert str(error.value).startswith("rubric.toml: ")


def test_rubric_weights_change_the_score():
    findings = [finding(who=True), finding(who=True)]
    default = score_analysis(analysis(findings)).score
    who_heavy = score_analysis(analysis(findings), rubric_from_dict({"weights": {"who": 4}})).score
    assert who_heavy > default


# ---------------------------------------------------------------------------- command


def test_score_command_prints_score_band_costliest_and_checklist():
    result = runner.invoke(app, ["score", str(EXAMPLES / "student_summary.txt")])
    assert result.exit_code == 0, result.output
    assert "Specificity score:" in result.stdout and "/ 100" in result.stdout
    assert "cost the most points" in result.stdout
    assert "Checklist" in result.stdout and "[ ] Say who" in result.stdout


def test_score_json_shape():
    result = runner.invoke(app, ["score", str(EXAMPLES / "student_summary.txt"), "-f", "json"])
    data = json.loads(result.stdout)
    assert 0 <= data["score"] <= 100
    assert data["band"] in ("Specific", "Partly specific", "Vague")
    assert {"unresolved_load", "density_per_100_words", "half_score_at", "weights"} <= set(
        data["formula"]
    )
    assert data["findings"] and {"term", "who", "how", "when", "questions"} <= set(
        data["findings"][0]
    )


def test_short_text_is_not_scored():
    result = runner.invoke(app, ["score", "Robust plans soon."])
    assert result.exit_code == 0
    assert "too short to score" in result.stdout


def test_compare_command():
    result = runner.invoke(
        app,
        ["score", "--compare", str(EXAMPLES / "summary_draft.txt"),
         str(EXAMPLES / "summary_revised.txt")],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Resolved: 3" in result.stdout or "Resolved:" in result.stdout
    assert "Change: +" in result.stdout


def test_compare_needs_two_inputs():
    result = runner.invoke(app, ["score", "--compare", str(EXAMPLES / "summary_draft.txt")])
    assert result.exit_code == 2
    assert "exactly two inputs" in result.stderr


def test_class_mode_writes_csv_and_html(tmp_path):
    csv_path, html_path = tmp_path / "scores.csv", tmp_path / "class.html"
    result = runner.invoke(
        app,
        ["score", str(EXAMPLES / "class"), "-o", str(csv_path), "--html", str(html_path)],
    )
    assert result.exit_code == 0, result.output
    table = pd.read_csv(csv_path)
    assert len(table) >= 8
    assert list(table.columns) == ["file", "words", "score", "band", "findings", "unresolved",
                                   "most_missing_slot", "most_common_term"]  # fmt: skip
    scored = table.dropna(subset=["score"])
    assert scored["score"].max() - scored["score"].min() > 50  # submissions of varying quality
    html = html_path.read_text()
    assert "Score distribution" in html and html.count('<section class="document"') == len(table)
    assert all(f'href="#d{i}"' in html for i in range(len(table)))


def test_bad_rubric_on_the_command_line(tmp_path):
    rubric = tmp_path / "r.toml"
    rubric.write_text("[weights]\nwho = -2\n")
    result = runner.invoke(
        app, ["score", str(EXAMPLES / "student_summary.txt"), "--rubric", str(rubric)]
    )
    assert result.exit_code == 2
    assert "weights.who must be zero or more" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
