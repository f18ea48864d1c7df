"""Which words the lexicon matcher finds: one table of sentences per behaviour, traps included.

Whether a candidate becomes a finding in its sentence (past narrative, mentions, headings...) is
decided by vaguewords.context and tested in test_context.py; here every candidate counts, flagged
or suppressed."""

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
    ("The state may appropriate private land.", ["may"]),  # the modal, not "appropriate"
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
    # "in time of war / peace / need" is "during": a literal sense, not a deadline left open.
    ("Food will be stored for use in time of war.", []),
    ("The bridge will be finished in time.", ["in time"]),
    ("The school needs extra staff.", ["extra"]),
    # Empty and punctuation-only input.
    ("", []),
    ("   ", []),
    ("?!...", []),
    ("\u2014\u2014", []),
]


def candidates(analysis) -> list[str]:
    """Every matched term in text order, whether it became a finding or was suppressed."""
    found = [(f.start, f.text) for f in analysis.findings if not f.is_omission]
    found += [(c.start, c.text) for c in analysis.suppressed]
    return [text for _, text in sorted(found)]


@pytest.mark.parametrize(("sentence", "expected"), FLAGGING)
def test_matched_words(analyse, sentence, expected):
    # The lexicon's matches; promises that name no one are tested in test_commitments.py.
    assert candidates(analyse(sentence)) == expected


def test_one_finding_per_occurrence(analyse):
    analysis = analyse("Soon, soon, soon.")
    assert [f.start for f in analysis.findings] == [0, 6, 12]


@pytest.mark.parametrize(
    "text",
    [
        "\u201cRobust\u201d guarantees\u2014in stages\u2014were promised.",
        "Line one.\r\n\r\nIt will happen in due course.\n\nRelevant  stakeholders   agree.",
        "Caf\u00e9 owners \U0001f600 want a robust plan soon.",
        "\t  Leading space: we need a comprehensive review.",
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
    finding = analyse("The plans will be co-ordinated.").findings[0]
    assert (finding.term, finding.category) == ("coordinated", "vague_process")
    assert finding.explanation
    assert "how" in finding.leaves_open


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The seed document writes "case‑by‑case" with non-breaking hyphens (U+2011).
        ("Cases will be handled case\u2011by\u2011case.", "case\u2011by\u2011case"),
        ("Cases will be handled case\u2010by\u2010case.", "case\u2010by\u2010case"),
        ("Cases will be handled case\u2013by\u2013case.", "case\u2013by\u2013case"),
        ("Cases will be handled case\u2212by\u2212case.", "case\u2212by\u2212case"),
        ("We will reply in\u00a0due\u202fcourse.", "in\u00a0due\u202fcourse"),
        ("We will publish a com\u00adprehensive review.", "com\u00adprehensive"),
        ("We will build a world\u2011class school.", "world\u2011class"),
    ],
)
def test_unicode_variants_match_and_offsets_stay_in_the_original(analyse, text, expected):
    analysis = analyse(text)
    terms = [f for f in analysis.findings if not f.is_omission]  # "will be handled" names no one
    assert [f.text for f in terms] == [expected]
    finding = terms[0]
    assert text[finding.start : finding.end] == expected
    assert text[finding.clause_start : finding.clause_end] == finding.clause


def test_curly_quotes_around_a_mention_are_quotes(analyse):
    text = "The words \u201crobust\u201d and \u201cneutral\u201d are undefined."
    analysis = analyse(text)
    assert analysis.findings == ()
    assert [text[c.start : c.end] for c in analysis.suppressed] == ["robust", "neutral"]
