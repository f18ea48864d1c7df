"""The QA-SRL benchmark scripts: scoring and the ceiling search, on a toy and on the real files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import qasrl  # noqa: E402
import qasrl_ceiling  # noqa: E402


def toy():
    # Six verbs: the detectors found 1 and 2 (rule "r" for 2, which is wrong); 3 and 4 have a
    # dependent of kind "a" and are right; 5 has kind "a" and is wrong; 6 is missed with no kind.
    gold = {1: True, 2: False, 3: True, 4: True, 5: False, 6: True}
    guess = {1: True, 2: True, 3: False, 4: False, 5: False, 6: False}
    rules = {1: "s", 2: "r", 3: "none", 4: "none", 5: "none", 6: "none"}
    kinds = {1: set(), 2: set(), 3: {"a"}, 4: {"a"}, 5: {"a"}, 6: set()}
    return gold, guess, rules, kinds


def test_the_ceiling_search_adds_kinds_and_drops_rules_that_raise_f1():
    gold, guess, rules, kinds = toy()
    start, best, moves = qasrl_ceiling.ceiling(gold, guess, rules, kinds, min_support=1)
    assert start == pytest.approx(qasrl_ceiling.f1(1, 1, 3))
    assert set(moves) == {"+a", "-r"}
    assert best == pytest.approx(qasrl_ceiling.f1(3, 1, 1))
    data = {"gold": gold, "guess": guess, "rules": rules, "kinds": kinds}
    assert qasrl_ceiling.apply_moves(data, moves) == pytest.approx(best)


def test_a_kind_seen_on_too_few_verbs_is_not_a_move():
    gold, guess, rules, kinds = toy()
    _, _, moves = qasrl_ceiling.ceiling(gold, guess, rules, kinds, min_support=4)
    assert "+a" not in moves


@pytest.mark.skipif(not qasrl.DATA.is_dir(), reason=f"QA-SRL data not found at {qasrl.DATA}")
def test_the_benchmark_scores_what_it_predicts_on_the_real_file(nlp, tmp_path):
    gold_path = qasrl.DATA / "wikinews.dev.gold.csv"
    predicates = qasrl.read_gold(gold_path)
    sentences = qasrl.read_sentences(qasrl.DATA / "wikinews.dev.full.csv")
    some = dict(list(predicates.items())[:120])
    predictions = qasrl.predict(some, sentences, nlp)
    table = qasrl.scores(some, predictions)
    for slot in qasrl.SLOTS:
        row = table[slot]
        assert row["tp"] + row["fn"] == sum(p.gold[slot] for p in some.values())
        assert row["tp"] + row["fp"] == sum(bool(predictions[k][slot]) for k in some)
    file = qasrl_ceiling.load(gold_path, qasrl.DATA / "wikinews.dev.full.csv", nlp)
    data = file["slots"]["how"]
    missed = sum(data["gold"][k] and not data["guess"][k] for k in data["gold"])
    assert data["under"] + data["elsewhere"] == missed
    start, best, moves = qasrl_ceiling.ceiling(
        data["gold"], data["guess"], data["rules"], data["kinds"], min_support=5
    )
    assert best >= start
    assert qasrl_ceiling.apply_moves(data, moves) == pytest.approx(best)


import question_sample  # noqa: E402


@pytest.mark.skipif(
    not question_sample.SOTU.is_dir(), reason=f"SOTU texts not found at {question_sample.SOTU}"
)
def test_the_question_sample_is_reproducible_and_leaves_out_the_real_text_sets(nlp):
    used = question_sample.used_sources()
    assert len(used) >= 100  # every real-text set's paragraphs and cue sentences
    pool = question_sample.sotu_pool(used)
    assert pool and not {item["source"] for item in pool} & used
    import random

    first = list(question_sample.draw(pool, 3, random.Random(7)))
    again = list(question_sample.draw(pool, 3, random.Random(7)))
    assert [(i["source"], f.start) for i, f in first] == [(i["source"], f.start) for i, f in again]
    assert all(f.questions for _, f in first)
    text = question_sample.render(first, 7, "cmd")
    assert text.count("\n## ") == 3 and "seed 7" in text
