"""Which words are flagged: one table of sentences per behaviour, traps included."""

from __future__ import annotations

import pytest

# (sentence, flagged texts in order)
FLAGGING = [
    # One example per category, plus a smoke phrase in the same register that flags nothing.
    ("The plan is robust.", ["robust"]),
    ("Relevant stakeholders were consulted.", ["Relevant stakeholders"]),
    ("We will reply in due course.", ["in due course"]),
    ("Cases will be handled case-by-case.", ["case-by-case"]),
    ("Substantial funds were raised.", ["Substantial"]),
    ("The council aims to cut traffic.", ["aims to"]),
    ("The council will cut traffic on Main Street by 10% from 1 May.", []),
    # Multi-word terms, inflections and spelling variants.
    ("All parties agreed.", ["All parties"]),
    ("A stakeholder complained.", ["stakeholder"]),
    ("The council aimed to cut traffic.", ["aimed to"]),
    ("The council is aiming to cut traffic.", ["aiming to"]),
    ("The trust hopes to open a new school.", ["hopes to"]),
    ("Cases will be handled case by case.", ["case by case"]),
    ("Decisions are made on a case-by-case basis.", ["on a case-by-case basis"]),
    ("A co-ordinated response is needed.", ["co-ordinated"]),
    ("A coordinated response is needed.", ["coordinated"]),
    ("The proposals were rejected.", ["proposals"]),
    ("The proposal was rejected.", ["proposal"]),
    ("Our efforts continue.", ["efforts"]),
    ("We will endeavor to help.", ["endeavor to"]),
    ("ROBUST GUARANTEES", ["ROBUST"]),
    # Longest match wins where terms overlap.
    ("Appropriate measures will follow.", ["Appropriate measures"]),
    ("Those responsible will be found.", ["Those responsible"]),
    # Part-of-speech limits and exceptions: these must not fire.
    ("The state may appropriate private land.", []),
    ("Put the car in neutral.", []),
    ("She attends the comprehensive school in town.", []),
    ("The result was statistically significant.", []),
    ("We report robust standard errors.", []),
    ("A strong acid burns.", []),
    ("The potential energy of the ball increases.", []),
    ("The new rules are effective from 4 September.", []),
    ("He is responsible for the budget.", []),
    ("The last bus leaves at ten.", []),
    ("Spain won in extra time.", []),
    ("The school needs extra staff.", ["extra"]),
    # Empty and punctuation-only input.
    ("", []),
    ("   ", []),
    ("?!...", []),
    ("\u2014\u2014", []),
]


@pytest.mark.parametrize(("sentence", "expected"), FLAGGING)
def test_flagged_words(analyse, sentence, expected):
    # The lexicon's matches; promises that name no one are tested in test_commitments.py.
    findings = analyse(sentence).findings
    assert [f.text for f in findings if not f.is_omission] == expected


def test_one_finding_per_occurrence(analyse):
    analysis = analyse("Soon, soon, soon.")
    assert [f.start for f in analysis.findings] == [0, 6, 12]


@pytest.mark.parametrize(
    "text",
    [
        "\u201cRobust\u201d guarantees\u2014in stages\u2014were promised.",
        "Line one.\r\n\r\nIt will happen in due course.\n\nRelevant  stakeholders   agree.",
        "Caf\u00e9 owners \U0001f600 want a robust plan soon.",
        "\t  Leading space: a comprehensive review.",
    ],
)
def test_offsets_index_the_original_text(analyse, text):
    analysis = analyse(text)
    assert analysis.findings
    for finding in analysis.findings:
        assert text[finding.start : finding.end] == finding.text
        assert text[finding.clause_start : finding.clause_end] == finding.clause
        for slot in finding.slots:
            if slot.present:
                assert text[slot.start : slot.end] == slot.text


def test_paragraph_numbers_follow_blank_lines(analyse):
    analysis = analyse("A robust plan.\n\nNothing here.\n\nIt will come soon.")
    assert [(f.text, f.paragraph) for f in analysis.findings] == [("robust", 1), ("soon", 3)]


def test_category_and_lexicon_term_are_reported(analyse):
    finding = analyse("The plans were co-ordinated.").findings[0]
    assert (finding.term, finding.category) == ("coordinated", "vague_process")
    assert finding.explanation
    assert "how" in finding.leaves_open
