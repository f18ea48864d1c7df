"""The gold sets: every sentence annotated by hand; thresholds from the brief (flag F1 >= 0.90,
slot accuracy >= 0.85). The held-out set was written after the rules were tuned."""

from __future__ import annotations

import pytest
from conftest import DATA

from vaguewords import analyze_many
from vaguewords.evaluation import evaluate, parse_gold


@pytest.mark.parametrize("name", ["gold.tsv", "gold_holdout.tsv"])
def test_gold_set_meets_the_accuracy_thresholds(nlp, name):
    gold = parse_gold(DATA / name)
    scores = evaluate(gold, analyze_many(item.sentence for item in gold))
    report = "\n".join(scores.errors)
    assert scores.f1 >= 0.90, report
    assert scores.slot_accuracy() >= 0.85, report
    for slot in ("who", "how", "when"):
        assert scores.slot_accuracy(slot) >= 0.80, (slot, report)


def test_gold_sets_are_large_enough_and_cover_every_category(nlp):
    gold = parse_gold(DATA / "gold.tsv")
    assert len(gold) >= 80
    analyses = list(analyze_many(item.sentence for item in gold))
    categories = {f.category for a in analyses for f in a.findings}
    assert {
        "reassurance",
        "vague_actor",
        "vague_timing",
        "vague_process",
        "vague_quantity",
        "soft_commitment",
    } <= categories
    # Traps: sentences with no flag at all are part of the set.
    assert sum(not item.flags for item in gold) >= 10


def test_evaluate_counts_misses_and_extras(tmp_path, nlp):
    path = tmp_path / "g.tsv"
    path.write_text(
        "The plan is robust.\trobust [---]; plan [---]\nThe plan is comprehensive.\t\n",
        encoding="utf-8",
    )
    gold = parse_gold(path)
    scores = evaluate(gold, analyze_many(item.sentence for item in gold))
    assert scores.true_positives == 1
    assert scores.false_negatives == 1  # "plan" is not a vague term
    assert scores.false_positives == 1  # "comprehensive" was not annotated
    assert scores.precision == 0.5 and scores.recall == 0.5


def test_malformed_gold_line_names_the_line(tmp_path):
    path = tmp_path / "g.tsv"
    path.write_text("A sentence.\trobust [x]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 1"):
        parse_gold(path)


@pytest.mark.parametrize("name", ["gold.tsv", "gold_holdout.tsv"])
def test_unassigned_commitments_meet_the_targets_on_the_gold_sets(nlp, name):
    # Targets from the issue: precision >= 0.85, recall >= 0.80.
    gold = parse_gold(DATA / name)
    scores = evaluate(gold, analyze_many(item.sentence for item in gold)).commitments
    report = "\n".join(scores.errors)
    assert scores.true_positives + scores.false_negatives >= 15
    assert scores.precision >= 0.85, report
    assert scores.recall >= 0.80, report


def test_commitment_flags_match_by_overlapping_span(tmp_path, nlp):
    path = tmp_path / "g.tsv"
    path.write_text(
        "Sanctions will be lifted.\tcommitment: be lifted[---]\n"
        "The Ministry will lift the sanctions.\tcommitment: will lift[---]\n"
        "Parents will be informed.\t\n",
        encoding="utf-8",
    )
    gold = parse_gold(path)
    assert gold[0].flags[0].commitment and gold[0].flags[0].text == "be lifted"
    scores = evaluate(gold, analyze_many(item.sentence for item in gold)).commitments
    assert (scores.true_positives, scores.false_negatives, scores.false_positives) == (1, 1, 1)
