"""benchmarks/real_text.py: the privacy scoring agrees with the reference scorer, and real-text
gold matching follows ANNOTATION.md (overlap, each gold finding matched at most once)."""

from __future__ import annotations

import importlib.util
import random
import re
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import real_text  # noqa: E402

REFERENCE = real_text.ROOT.parent / "shared" / "tools" / "privacy_score.py"


def reference_scorer():
    spec = importlib.util.spec_from_file_location("privacy_score", REFERENCE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(
    not (REFERENCE.exists() and real_text.PRIVACY.exists()),
    reason=f"reference scorer or privacy data not found ({REFERENCE}, {real_text.PRIVACY})",
)
def test_privacy_scores_agree_with_the_reference_scorer():
    reference = reference_scorer()
    rows = real_text.read_jsonl(real_text.PRIVACY)[:300]
    rng = random.Random(7)
    predictions = {}
    for row in rows:
        words = [m.span() for m in re.finditer(r"\w+", row["text"])]
        # Some sentences get no flag, others one to three words or two-word phrases.
        chosen = rng.sample(words, min(len(words), rng.choice([0, 0, 1, 2, 3])))
        predictions[row["id"]] = [
            (start, end if rng.random() < 0.7 else min(len(row["text"]), end + 6))
            for start, end in chosen
        ]
    ours = real_text.privacy_scores(rows, predictions)
    theirs = reference.score(rows, predictions)
    for key in ("flags", "consensus_units", "precision@2", "recall@3", "spearman"):
        assert ours[key] == pytest.approx(theirs[key], abs=1e-12), key
    assert ours["flags"] > 100 and ours["consensus_units"] > 50


def test_consensus_units_are_maximal_runs_of_three_votes():
    row = {"text": "We may share it with third parties.", "phrases": {"may": 3, "third parties": 4}}
    tokens, votes = real_text.token_votes(row)
    units = real_text.consensus_units(tokens, votes)
    assert [row["text"][s:e] for s, e in units] == ["may", "third parties"]


def item(text, *findings, split="tune"):
    gold = tuple(
        real_text.GoldFinding(*real_text.occurrence_span(text, phrase, 1), phrase, category)
        for phrase, category in findings
    )
    return real_text.GoldItem("x", split, text, gold)


def found(text, phrase, category="reassurance"):
    start = text.index(phrase)
    return real_text.SystemFinding(start, start + len(phrase), phrase, category)


def test_a_gold_finding_is_matched_at_most_once():
    text = "We will take appropriate measures soon."
    gold = item(text, ("appropriate measures", "vague_process"))
    match = real_text.match_item(
        gold, [found(text, "appropriate"), found(text, "measures"), found(text, "soon")]
    )
    assert (match.true_positives, match.false_positives, match.false_negatives) == (1, 2, 0)


def test_unassigned_commitments_count_only_when_asked_for():
    text = "Sanctions will be lifted soon."
    gold = item(text, ("will be lifted", "unassigned_commitment"), ("soon", "vague_timing"))
    system = [found(text, "soon", "vague_timing")]
    without = real_text.match_item(gold, system)
    with_them = real_text.match_item(gold, system, with_unassigned=True)
    assert (without.true_positives, without.false_negatives) == (1, 0)
    assert (with_them.true_positives, with_them.false_negatives) == (1, 1)


def test_each_missed_finding_gets_one_cause():
    text = (
        "We will take appropriate measures and finish the job; a strong wind blew. "
        "Sanctions will be lifted soon."
    )
    gold = item(
        text,
        ("appropriate", "reassurance"),
        ("measures", "vague_process"),  # the finding "appropriate measures" matched the first
        ("finish the job", "vague_process"),  # no lexicon term
        ("strong", "reassurance"),  # a candidate a rule dropped
        ("lifted", "vague_process"),  # found only as an unassigned commitment
        ("soon", "vague_timing"),  # found
    )
    system = [
        found(text, "appropriate measures", "vague_process"),
        found(text, "will be lifted", "unassigned_commitment"),
        found(text, "soon", "vague_timing"),
    ]
    strong = text.index("strong")
    rejected = [
        real_text.SystemFinding(strong, strong + 6, "strong", "reassurance", "literal_sense")
    ]
    runs = {"set": ([gold], {"x": system}, {"x": rejected})}
    misses = real_text.miss_causes(runs, "tune")
    causes = {missed.text: (cause, detail) for cause, detail, _, missed in misses}
    assert causes == {
        "measures": (real_text.SPAN, ""),
        "finish the job": (real_text.VOCABULARY, ""),
        "strong": (real_text.REJECTED, "literal_sense"),
        "lifted": (real_text.CATEGORY, ""),
    }
    assert real_text.miss_causes(runs, "check") == []


def test_occurrence_counts_from_one_and_falls_back_to_any_case():
    text = "More jobs, more schools."
    assert real_text.occurrence_span(text, "more", 1) == (11, 15)
    assert real_text.occurrence_span(text, "More", 1) == (0, 4)
    assert real_text.occurrence_span(text, "MORE", 2) == (11, 15)
    assert real_text.occurrence_span(text, "fewer", 1) is None


def test_every_gold_finding_is_found_in_its_text():
    checked = 0
    for texts_name, gold_name in real_text.REAL_TEXT_SETS.values():
        gold_path = real_text.REAL_TEXT / gold_name
        if not gold_path.exists():
            continue  # a set whose blind labels are not committed yet
        checked += 1
        items, problems = real_text.read_gold(real_text.REAL_TEXT / texts_name, gold_path)
        assert items and not problems
    assert checked >= 3  # the three first-round sets are committed


# ------------------------------------------------------------------ two annotators (agreement.py)


def test_the_second_annotation_reads_whole_and_covers_the_same_items():
    import agreement

    sets = {item.name: item for item in real_text.real_text_sets(real_text.REAL_TEXT)}
    for name, second_name in agreement.SECOND.items():
        record = sets[name]
        first, _ = real_text.read_gold(
            real_text.REAL_TEXT / record.texts, real_text.REAL_TEXT / record.gold
        )
        second, problems = real_text.read_gold(
            real_text.REAL_TEXT / record.texts, real_text.REAL_TEXT / second_name
        )
        assert problems == []
        assert [item.id for item in second] == [item.id for item in first]


def test_an_annotation_agrees_with_itself_and_not_with_an_empty_one():
    import agreement

    record = {item.name: item for item in real_text.real_text_sets(real_text.REAL_TEXT)}["sotu3"]
    first, _ = real_text.read_gold(
        real_text.REAL_TEXT / record.texts, real_text.REAL_TEXT / record.gold
    )
    same = agreement.score(first, {i.id: agreement.as_system(i) for i in first}, True)["all"]
    assert same.precision == same.recall == 1.0
    empty = agreement.score(first, {}, True)["all"]
    assert empty.recall == 0.0 and empty.false_negatives == sum(len(i.findings) for i in first)


def test_kappa_is_one_for_identical_labels_and_zero_for_chance():
    import agreement

    assert agreement.kappa([("a", "a"), ("b", "b")]) == (1.0, 1.0)
    # Each labels half a and half b, independently: observed agreement 0.5, as chance expects.
    observed, kappa = agreement.kappa([("a", "a"), ("a", "b"), ("b", "a"), ("b", "b")])
    assert observed == 0.5 and kappa == 0.0
