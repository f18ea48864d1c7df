"""Recall inside commitment frames (#21): words vague only in the speaker's own promise, and
(second pass) adjectives vague only on what a commitment promises (see PROMISED_THING below),
and (third pass) a readiness and a vague share promised (see THIRD_PASS below), and (fourth pass)
a result promised with no measure and steps promised with none named (see FOURTH_PASS and
PROMISED_STEP below), and (fifth pass) rows for round thirteen's tune misses (see FIFTH_PASS below).

The rows of ``lexicons/in_own_promise.csv`` (``only_in = own_promise``) are findings only where
the analyzer's own statement rules find a promise or a requirement (``future_or_modal``,
``commitment_verb``, ``imperative``), the one who promises is the speaker ("I", "we", "let
us"), and the word hangs on the promised verb. Everywhere else they are plain words, and the
verdict that drops them is named ``only_in_own_promise``.
"""

from __future__ import annotations

import csv

import pytest

from vaguewords.errors import LexiconError
from vaguewords.lexicon import default_lexicon_dir, load_lexicon, load_term_file

OWN_PROMISE_FILE = default_lexicon_dir() / "in_own_promise.csv"

# (sentence, the words, flagged?, the rule that decided)
DECISIONS = [
    # An effort promised by the speaker: ANNOTATION.md's "strive to", said as work or a try.
    ("We will work to open markets everywhere.", "work to", True, "own_promise"),
    ("We must work hard to bring prosperity back to the farms.", "work hard to", True, None),
    ("We shall try to avoid mistakes and hardship.", "try to", True, "own_promise"),
    (
        "Where there were mistakes, we will try very hard to correct them.",
        "try very hard to",
        True,
        "own_promise",
    ),
    (
        "Then we will begin to meet our responsibility to the young.",
        "begin to",
        True,
        "own_promise",
    ),
    ("Let us work to end this war.", "work to", True, "own_promise"),
    ("I urge the Congress to work to end the shortage.", "work to", True, "own_promise"),
    # The same words, not the speaker's promise.
    ("They work to feed their families.", "work to", False, "description"),
    ("The council will try to reduce costs.", "try to", False, "only_in_own_promise"),
    ("If you wish, you can try to log in again.", "try to", False, "only_in_own_promise"),
    ("We have tried to avoid imposing them.", "tried to", False, "only_in_own_promise"),
    (
        "As we work to make the dream real, we must also look to our families.",
        "work to",
        False,
        "only_in_own_promise",
    ),
    ("We will use your details to try to reach you.", "try to", False, "only_in_own_promise"),
    ("In 1990 we worked to rebuild the harbour.", "worked to", False, None),
    # A pledge of the most that can be done, naming no act (the lexicon's "every effort").
    (
        "We must do everything we can to keep the rate going down.",
        "everything we can",
        True,
        "own_promise",
    ),
    (
        "We must all do everything in our power to bring their ordeal to an end.",
        "everything in our power",
        True,
        "own_promise",
    ),
    ("We will do all we can for the flooded towns.", "all we can", True, "own_promise"),
    ("We must do what we can to help the refugees.", "do what we can", True, "own_promise"),
    ("They will do everything they can to stop us.", "everything they can", False, None),
    ("The agency will do everything in its power to help.", "everything in its power", False, None),
    (
        "We are doing everything we can to find the cause.",
        "everything we can",
        False,
        "only_in_own_promise",
    ),
    ("Last winter we did everything we could.", "everything we could", False, None),
    # A pledge that is a clause of its own ("whatever it takes": its verb and subject inside the
    # words) hangs on the verb above it ("do"), whose subject is the one who promises.
    ("We will do whatever it takes to win.", "whatever it takes", True, "own_promise"),
    (
        "They will do whatever it takes to win.",
        "whatever it takes",
        False,
        "only_in_own_promise",
    ),
    ("She did whatever it took to win.", "whatever it took", False, "past_narrative"),
    # The speaker's hope over a commitment (ANNOTATION.md: "hope to", "It is expected that Russia
    # will not invade"); a hope over what merely happens commits no one.
    ("I hope the States will cooperate with the Congress.", "I hope", True, "own_promise"),
    (
        "I hope that early action will be taken on these bills.",
        "I hope that",
        True,
        "own_promise",
    ),
    ("We hope you will finish that job this year.", "We hope", True, "own_promise"),
    (
        "I hope these numbers do not rise further.",
        "I hope",
        False,
        "only_in_own_promise",
    ),
    ("I hope there will be some lively debates.", "I hope", False, "only_in_own_promise"),
    ("I hope that we are now ready.", "I hope that", False, "only_in_own_promise"),
    ("The mayor said he hopes that the bill will pass.", "hopes that", False, None),
]


def _verdict(analyse, sentence: str, words: str):
    analysis = analyse(sentence)
    found = [f for f in analysis.findings if f.text.lower() == words.lower()]
    dropped = [c for c in analysis.suppressed if c.text.lower() == words.lower()]
    return found, dropped


def _assert_decision(analyse, sentence, words, flagged, rule, kept_as: str, reason: str):
    """A row of a decision table: flagged by ``rule`` (``kept_as`` when None) with ``reason`` in
    its verdict, or not flagged and dropped by ``rule`` (not checked when None)."""
    found, dropped = _verdict(analyse, sentence, words)
    if flagged:
        assert found, (
            f"{words!r} not flagged in {sentence!r}: {[(c.text, c.rule) for c in dropped]}"
        )
        assert found[0].usage_rule == (rule or kept_as)
        assert reason in found[0].usage_reason
    else:
        assert not found, f"{words!r} flagged in {sentence!r} ({found[0].usage_rule})"
        if rule is not None:
            assert dropped and dropped[0].rule == rule, [(c.text, c.rule) for c in dropped]


@pytest.mark.parametrize(("sentence", "words", "flagged", "rule"), DECISIONS)
def test_own_promise_decisions(analyse, sentence, words, flagged, rule):
    _assert_decision(analyse, sentence, words, flagged, rule, "own_promise", "speaker promises")


def test_hope_to_stays_its_own_row(analyse):
    """ "I hope to ...": the plain row "hope to" decides, not the speaker's hope over a clause."""
    found, _ = _verdict(analyse, "I hope to finish the job this year.", "hope to")
    assert found and found[0].usage_rule != "own_promise"
    _, dropped = _verdict(analyse, "I hope there will be some lively debates.", "I hope")
    assert "commits no one" in dropped[0].reason


def test_dropped_verdict_says_why(analyse):
    _, dropped = _verdict(analyse, "The council will try to reduce costs.", "try to")
    assert dropped[0].rule == "only_in_own_promise"
    assert "council" in dropped[0].reason


@pytest.mark.parametrize(
    ("sentence", "words", "question"),
    [
        (
            "We must do what we can to help the refugees.",
            "do what we can",
            "What exactly will be done to help the refugees, and by when?",
        ),
        ("We will do all we can.", "all we can", "What exactly will you do, and by when?"),
    ],
)
def test_pledge_asks_what_will_be_done(analyse, sentence, words, question):
    """Like "every effort", a pledge of the most names no act: the question asks what exactly
    will be done, not whether "can" is a firm promise."""
    found, _ = _verdict(analyse, sentence, words)
    assert found[0].questions[0] == question


def test_pledge_question_leaves_other_soft_commitments(analyse):
    found, _ = _verdict(analyse, "We will try to avoid mistakes.", "try to")
    assert not found[0].questions[0].startswith("What exactly will")


def test_rows_are_own_promise_with_a_source():
    with OWN_PROMISE_FILE.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 2
    for row in rows:
        assert row["only_in"] == "own_promise", row["term"]
        assert row["source"], row["term"]
    loaded = {term.key: term for term in load_lexicon().terms}
    for row in rows:
        assert loaded[row["term"].lower()].only_in == "own_promise"


def test_unknown_only_in_value_is_refused(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "term,category,leaves_open,explanation,only_in\n"
        "work to,soft_commitment,how,Working is not doing.,own_promises\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match=r"mine\.csv: line 2: only_in 'own_promises'"):
        load_term_file(path)


# A manner promised and left open ("in a way that ..."): a row of lexicons/in_commitment.csv
# (only_in = commitment), kept only by the rules that find a commitment.
MANNER = [
    (
        "The money must be spent in a way that protects the taxpayer.",
        "in a way that",
        True,
        "future_or_modal",
    ),
    (
        "We will support the program in a way that will not discourage private capital.",
        "in a way that",
        True,
        "future_or_modal",
    ),
    (
        "We must dispose of the surplus in ways which will not cause disruption.",
        "in ways which",
        True,
        "future_or_modal",
    ),
    ("She spoke in a way that made everyone laugh.", "in a way that", False, "past_narrative"),
    ("The machine works in a way that surprises engineers.", "in a way that", False, "description"),
]


# Recall inside commitment frames, second pass (#21): an adjective vague only on what a commitment
# promises (lexicons/in_promised_thing.csv, only_in = promised_thing). Kept only by the statement
# rules that find a commitment, and only as an attribute of a thing the promised verb acts on.
PROMISED_THING_FILE = default_lexicon_dir() / "in_promised_thing.csv"

PROMISED_THING = [
    # How soon, left open (ANNOTATION.md's vague timing: soon, as soon as possible).
    ("I shall ask the Congress for prompt action on this bill.", "prompt", True, None),
    ("We must ensure the speedy return of the prisoners.", "speedy", True, None),
    ("The new law will allow the rapid approval of small loans.", "rapid", True, None),
    ("A prompt reply came from the ministry.", "prompt", False, "past_narrative"),
    ("The city has grown at a rapid pace since 1990.", "rapid", False, "past_narrative"),
    ("If the reply is prompt, we will act.", "prompt", False, "condition"),
    # Needed by whose reckoning (ANNOTATION.md: appropriate, adequate, sufficient; as needed).
    ("We will give the cities the necessary help.", "necessary", True, None),
    ("The bill must provide needed repairs to the schools.", "needed", True, None),
    ("We will find it necessary to raise taxes.", "necessary", False, "only_in_promised_thing"),
    ("We will keep the process rapid.", "rapid", False, "only_in_promised_thing"),
    ("The necessary papers were filed in 1990.", "necessary", False, "past_narrative"),
    (
        "We collect the information needed to process your order.",
        "needed",
        False,
        "only_in_promised_thing",
    ),
    # Judged by whom (ANNOTATION.md's hard case: "without a valid reason", who judges it valid?).
    ("We will cut wasteful spending.", "wasteful", True, None),
    ("We must end unfair practices in hiring.", "unfair", True, None),
    ("The old rules were unfair to farmers.", "unfair", False, "past_narrative"),
    ("The judge ruled that the fine was excessive.", "excessive", False, "past_narrative"),
    # Third pass: "legitimate" (who judges it legitimate?), like "valid" and "unfair".
    ("The aid must be limited to legitimate needs.", "legitimate", True, None),
    ("We will meet the legitimate demands of the farmers.", "legitimate", True, None),
    ("The court found the claim legitimate.", "legitimate", False, "past_narrative"),
    ("Legitimate businesses pay their taxes.", "Legitimate", False, "description"),
    ("We will keep the process legitimate.", "legitimate", False, "only_in_promised_thing"),
]


@pytest.mark.parametrize(("sentence", "words", "flagged", "rule"), PROMISED_THING)
def test_promised_thing_decisions(analyse, sentence, words, flagged, rule):
    _assert_decision(
        analyse, sentence, words, flagged, rule, "promised_thing", "said of what is promised"
    )


@pytest.mark.parametrize(
    ("sentence", "words"),
    [("It is necessary that we act now.", "necessary"), ("Water is needed for life.", "needed")],
)
def test_be_necessary_is_not_a_candidate(analyse, sentence, words):
    """ "be necessary", "is needed": the rows' exceptions, so an unassigned commitment keeps its
    whole span ("Many repairs will be necessary")."""
    found, dropped = _verdict(analyse, sentence, words)
    assert not found and not dropped, (found, dropped)


def test_promised_thing_dropped_verdict_says_why(analyse):
    _, dropped = _verdict(analyse, "We will keep the process rapid.", "rapid")
    assert dropped[0].rule == "only_in_promised_thing"
    assert "does not describe a thing" in dropped[0].reason


def test_promised_thing_keeps_the_longer_phrase(analyse):
    """ "necessary measures" stays one finding of its own row (a fixed phrase, ANNOTATION.md)."""
    analysis = analyse("We will take necessary measures.")
    assert [(f.text, f.category) for f in analysis.findings] == [
        ("necessary measures", "vague_process")
    ]


def test_rows_are_promised_thing_with_a_source():
    with PROMISED_THING_FILE.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 2
    loaded = {term.key: term for term in load_lexicon().terms}
    for row in rows:
        assert row["only_in"] == "promised_thing", row["term"]
        assert row["source"], row["term"]
        assert loaded[row["term"].lower()].only_in == "promised_thing"


# Recall inside commitment frames, third pass (#21): rows of lexicons/in_commitment.csv (only_in =
# commitment), kept only by the statement rules that find a commitment (COMMITTING_RULES).
# "prepared to": ready to act in place of acting (ANNOTATION.md's soft commitment, beside the
# lexicon's "willing to" / "ready to"); "some of" (and "portions of"): a share promised without
# saying which or how many (ANNOTATION.md's vague quantity, "some").
THIRD_PASS = [
    ("I am prepared to use my authority to limit imports.", "prepared to", True, "commitment_verb"),
    (
        "Our negotiators will be prepared to meet with theirs at once.",
        "prepared to",
        True,
        "future_or_modal",
    ),
    (
        "The soldiers were prepared to die for their country.",
        "prepared to",
        False,
        "past_narrative",
    ),
    ("Those who are prepared to work hard find jobs.", "prepared to", False, "describes_who"),
    ("Some of our plans will have to be deferred.", "Some of", True, "future_or_modal"),
    ("We will sell some of the land next year.", "some of", True, "future_or_modal"),
    ("Some of the prisoners were released in 1990.", "Some of", False, "past_narrative"),
    ("We will reorganize portions of the program.", "portions of", True, "future_or_modal"),
    ("Portions of the coast are rocky.", "Portions of", False, "description"),
    (
        "Some of our customers say the service is slow.",
        "Some of",
        False,
        "only_in_commitment",
    ),
]


def _assert_kept_or_dropped(analyse, sentence, words, flagged, rule):
    """Flagged with ``rule`` as its verdict, or dropped with ``rule``; returns what was found."""
    found, dropped = _verdict(analyse, sentence, words)
    if flagged:
        assert found and found[0].usage_rule == rule, (found, dropped)
    else:
        assert not found and dropped and dropped[0].rule == rule, (found, dropped)
    return found


@pytest.mark.parametrize(("sentence", "words", "flagged", "rule"), MANNER + THIRD_PASS)
def test_only_in_a_commitment(analyse, sentence, words, flagged, rule):
    _assert_kept_or_dropped(analyse, sentence, words, flagged, rule)


# Recall inside commitment frames, fourth pass (#21): "under control" (lexicons/in_commitment.csv,
# only_in = commitment): a result promised with no measure of how far, or by when (ANNOTATION.md:
# a claim of quality or result with no measure). Kept only by the statement rules that find a
# commitment; a state described, a past told or a policy the writer follows as a rule stay plain.
FOURTH_PASS = [
    ("We must get runaway spending under control.", "under control", True, "future_or_modal"),
    (
        "This budget brings federal spending under control.",
        "under control",
        True,
        "plan_provides",
    ),
    (
        "Let us bring the cost of health care under control.",
        "under control",
        True,
        "commitment_verb",
    ),
    (
        "The council says it will bring rents under control.",
        "under control",
        True,
        "future_or_modal",
    ),
    (
        "The fire was brought under control after midnight.",
        "under control",
        False,
        "past_narrative",
    ),
    ("The situation is under control.", "under control", False, "description"),
    ("We keep our costs under control.", "under control", False, "only_in_commitment"),
]


def test_under_control_is_a_commitment_row():
    loaded = load_lexicon()
    term = loaded.term("under control")
    assert term.only_in == "commitment"
    assert term.source


# Recall inside commitment frames, fourth pass (#21): "steps" (lexicons/in_promised_step.csv,
# only_in = promised_step), ANNOTATION.md's vague process "appropriate measures / steps / action":
# steps a commitment takes or proposes with none named. Kept only by the statement rules that find
# a commitment, when the steps are taken or proposed (cue list step_taking_verbs, or a proposal's
# "for"), hang on the promised verb, are not pointed back to, and carry no vague word of their own.
PROMISED_STEP_FILE = default_lexicon_dir() / "in_promised_step.csv"

PROMISED_STEP = [
    ("We must take serious steps to reduce violence.", "steps", True, "promised_step"),
    ("Let us take bold steps to end the shortage.", "steps", True, "promised_step"),
    ("I shall propose new steps to protect the parks.", "steps", True, "promised_step"),
    (
        "I shall propose new steps that should be taken promptly.",
        "steps",
        True,
        "promised_step",
    ),
    (
        "I will send the Congress my recommendations for new steps that should be taken.",
        "steps",
        True,
        "promised_step",
    ),
    # Not taken or proposed: stairs, paces.
    ("We will climb the steps of the museum.", "steps", False, "only_in_promised_step"),
    (
        "The children will walk up the steep steps to the temple.",
        "steps",
        False,
        "only_in_promised_step",
    ),
    # A vague word of their own says it once; an owner says which.
    (
        "We will take reasonable steps to protect your data.",
        "steps",
        False,
        "only_in_promised_step",
    ),
    (
        "We will take all steps that are reasonably necessary to protect your data.",
        "steps",
        False,
        "only_in_promised_step",
    ),
    ("I shall propose our steps to the board.", "steps", False, "only_in_promised_step"),
    # No commitment: a policy the writer follows as a rule, a past told.
    ("We take bold steps every year.", "steps", False, "only_in_promised_step"),
    ("Our company took bold steps in 1990.", "steps", False, "past_narrative"),
]


FOURTH_PASS_KINDS = {"under control": "reassurance", "steps": "vague_process"}


@pytest.mark.parametrize(("sentence", "words", "flagged", "rule"), FOURTH_PASS + PROMISED_STEP)
def test_fourth_pass_decisions(analyse, sentence, words, flagged, rule):
    found = _assert_kept_or_dropped(analyse, sentence, words, flagged, rule)
    if flagged:
        assert found[0].category == FOURTH_PASS_KINDS[words]


def test_promised_step_dropped_verdict_says_why(analyse):
    _, dropped = _verdict(analyse, "We will climb the steps of the museum.", "steps")
    assert "not taken or proposed" in dropped[0].reason


def test_rows_are_promised_step_with_a_source():
    with PROMISED_STEP_FILE.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    loaded = {term.key: term for term in load_lexicon().terms}
    for row in rows:
        assert row["only_in"] == "promised_step", row["term"]
        assert row["source"], row["term"]
        assert loaded[row["term"].lower()].only_in == "promised_step"


# Recall inside commitment frames, fifth pass (#21): rows whose class recurs in the tune halves.
# "enduring" (lexicons/reassurance.csv, beside "lasting"); "earliest possible", "at the earliest
# date possible", "within the shortest possible time" (spellings of the row "at the earliest
# possible date": ANNOTATION.md's "as soon as possible"), "as quickly as possible" and its like
# (spellings of the row "as soon as possible"); "hard decisions" and its variants
# (lexicons/vague_process.csv: which decisions?); "make a difference" (lexicons/in_commitment.csv,
# only_in = commitment: what will be done, and what would show the difference?); "the world
# community" (a spelling of "the international community"). Each is judged by the statement rules
# as before: a past told, a description or a possibility stays plain.
FIFTH_PASS = [
    ("We will work for an enduring peace in the region.", "enduring", True, "future_or_modal"),
    (
        "The enduring popularity of the novel surprised its publisher in 1850.",
        "enduring",
        False,
        "past_narrative",
    ),
    ("I urge the earliest possible passage of this bill.", "earliest possible", True, None),
    (
        "The bill should be passed at the earliest date possible.",
        "at the earliest date possible",
        True,
        "future_or_modal",
    ),
    (
        "We will finish the repairs within the shortest possible time.",
        "within the shortest possible time",
        True,
        "future_or_modal",
    ),
    (
        "The earliest possible date for the fossil is 1200 BC.",
        "earliest possible",
        False,
        "description",
    ),
    (
        "The council must make hard decisions about the budget.",
        "hard decisions",
        True,
        "future_or_modal",
    ),
    (
        "She made tough decisions during the war in 1943.",
        "tough decisions",
        False,
        "past_narrative",
    ),
    (
        "Our volunteers will make a real difference in the lives of these children.",
        "make a real difference",
        True,
        "future_or_modal",
    ),
    (
        "The new lights made a difference to the street in 1990.",
        "made a difference",
        False,
        "past_narrative",
    ),
    (
        "Small details make a difference in design.",
        "make a difference",
        False,
        "description",
    ),
    (
        "We will repair the bridge as quickly as possible.",
        "as quickly as possible",
        True,
        "future_or_modal",
    ),
    (
        "In 1990 the children ran home as fast as possible.",
        "as fast as possible",
        False,
        "past_narrative",
    ),
    (
        "The world community will respond firmly to any aggression.",
        "The world community",
        True,
        "future_or_modal",
    ),
    (
        "In 1990 the world community of chess players met in Oslo.",
        "the world community",
        False,
        "past_narrative",
    ),
]

FIFTH_PASS_KINDS = {
    "enduring": "reassurance",
    "earliest possible": "vague_timing",
    "at the earliest date possible": "vague_timing",
    "within the shortest possible time": "vague_timing",
    "as quickly as possible": "vague_timing",
    "hard decisions": "vague_process",
    "make a real difference": "vague_process",
    "the world community": "vague_actor",
}


@pytest.mark.parametrize(("sentence", "words", "flagged", "rule"), FIFTH_PASS)
def test_fifth_pass_decisions(analyse, sentence, words, flagged, rule):
    found, dropped = _verdict(analyse, sentence, words)
    if flagged:
        assert found, (sentence, [(c.text, c.rule) for c in dropped])
        assert rule is None or found[0].usage_rule == rule, found[0].usage_rule
        assert found[0].category == FIFTH_PASS_KINDS[words.lower()]
    else:
        assert not found and dropped and dropped[0].rule == rule, (found, dropped)


@pytest.mark.parametrize(
    ("term", "only_in"),
    [
        ("enduring", ""),
        ("hard decisions", ""),
        ("make a difference", "commitment"),
        ("at the earliest possible date", ""),
        ("as soon as possible", ""),
        ("the international community", ""),
    ],
)
def test_fifth_pass_rows_have_a_source(term, only_in):
    row = load_lexicon().term(term)
    assert row.only_in == only_in
    assert row.source


def test_make_a_difference_asks_what_will_be_done(analyse):
    found, _ = _verdict(analyse, "We will make a difference.", "make a difference")
    assert found[0].questions[0] == "How exactly will you make a difference?"
