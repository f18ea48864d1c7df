"""Round nine of #21 (recall): verbs of change with no step named ("improve", "strengthen") are
vague only where a clause promises or requires them (lexicons/in_commitment.csv, ``only_in =
promise``): not where they are told or described, and not under an aim or a hope, where the aim is
the finding.
Our own sentences, both ways; the tune items that show the class: cue4-041, cue6-069 (strengthen),
sotu2-045 (improve the lives)."""

from __future__ import annotations

import pytest
from test_context import decision  # the candidate's verdict and the rule that decided

from vaguewords.lexicon import load_lexicon, load_term_file

CHANGE_VERBS = ("improve", "strengthen")

DECISIONS = [
    # A promise, a requirement, a proposal, an exhortation: the change is vowed, the step not named.
    ("We will improve our schools.", "improve", True),
    ("We must strengthen our defenses.", "strengthen", True),
    ("I propose to strengthen the Social Security system.", "strengthen", True),
    ("Let us strengthen the alliance.", "strengthen", True),
    # Told, described, or a purpose of a practice: nothing is vowed.
    ("Exports improved in May.", "improved", False),
    ("The medicine strengthens the heart muscle.", "strengthens", False),
    ("The wind strengthened overnight.", "strengthened", False),
    ("We use the data to improve the service.", "improve", False),
    ("The company has improved its software.", "improved", False),
    # Under an aim or a hope: "aim to" / "hope to" is the finding (gold.tsv: "We aim to improve
    # attendance." flags "aim to" alone).
    ("We aim to improve reading in every school.", "improve", False),
    ("We hope to strengthen our ties with Canada.", "strengthen", False),
    ("We hope to strengthen our ties with Canada.", "hope to", True),
]


@pytest.mark.parametrize(("sentence", "text", "flagged"), DECISIONS)
def test_a_change_verb_is_vague_only_where_it_is_vowed(analyse, sentence, text, flagged):
    found, rule = decision(analyse(sentence), text)
    assert found is flagged, (sentence, rule)


def test_change_verbs_are_commitment_only_terms_with_a_source():
    lexicon = load_lexicon()
    for word in CHANGE_VERBS:
        term = lexicon.term(word)
        assert term.only_in == "promise"
        assert term.pos == frozenset({"VERB"})
        assert "29148" in term.source


def test_under_an_aim_names_its_rule(analyse):
    analysis = analyse("We aim to improve reading in every school.")
    assert [(c.text, c.rule) for c in analysis.suppressed] == [("improve", "under_an_aim")]


def test_the_participle_improved_keeps_its_own_term(analyse):
    # "improved" has its own row (a result claimed, like "increased"): the verb's row lists it as
    # an exception, or the verb's commitment-only row would take the match and drop it.
    analysis = analyse("It is the city's duty to see that our parks are kept clean and improved.")
    assert [(f.term, f.text) for f in analysis.findings] == [("improved", "improved")]


def test_only_in_promise_is_a_valid_value(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "term,category,leaves_open,explanation,only_in\nbolster,vague_process,how,How?,promise\n",
        encoding="utf-8",
    )
    assert [term.only_in for term in load_term_file(path)] == ["promise"]
