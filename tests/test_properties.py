"""Property tests (hypothesis) over random Unicode and random mixes of lexicon terms and specific
phrases: analysis never raises, offsets always index the text, a text's result does not depend on
the batch it is in, and the JSON always has the documented shape."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from vaguewords import analyze, analyze_many
from vaguewords.lexicon import load_lexicon
from vaguewords.render.json import render_json

TERMS = sorted(term.term for term in load_lexicon().terms)
SPECIFIC = [
    "by 27 November 2026", "the Ministry of Education", "through a £40m grant", "every Monday",
    "within 100 days", "NATO", "by hiring six teachers", "600,000 personnel", "from September 2027",
    "the school's governors", "using a grant from the trust",
]  # fmt: skip
GLUE = [
    "will",
    "provide",
    "be",
    "the",
    ".",
    ",",
    "and",
    "\n\n",
    "it",
    "there is",
    "soon",
    "—",
    "“",
    "”",
]

FINDING_KEYS = {"term", "text", "category", "start", "end", "sentence", "clause", "who", "how",
                "when", "questions"}  # fmt: skip
SLOT_KEYS = {"present", "text", "start", "end"}

unicode_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=300
)
mixed_text = st.lists(
    st.one_of(st.sampled_from(TERMS), st.sampled_from(SPECIFIC), st.sampled_from(GLUE)),
    min_size=1,
    max_size=40,
).map(" ".join)
any_text = st.one_of(unicode_text, mixed_text)

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def assert_consistent(text: str, analysis) -> None:
    for finding in analysis.findings:
        assert text[finding.start : finding.end] == finding.text
        assert 0 <= finding.clause_start <= finding.start < finding.end <= len(text)
        for slot in finding.slots:
            if slot.present:
                assert 0 <= slot.start < slot.end <= len(text)
                assert text[slot.start : slot.end] == slot.text
            else:
                assert slot.start is None and slot.end is None


@SETTINGS
@given(any_text)
# Found by this test: an adjective parsed as a clausal subject fell outside every clause.
@example("00>10os vibrant 0b#I r000020")
@example("If NeCeSSARY")  # and a finding that starts with the "if" its clause trims
def test_analyze_never_raises_and_offsets_hold(nlp, text):
    analysis = analyze(text)
    assert analysis.words >= 0
    assert_consistent(text, analysis)


@SETTINGS
@given(st.lists(any_text, min_size=1, max_size=6), st.integers(0, 5))
def test_result_is_the_same_alone_or_in_a_batch(nlp, texts, position):
    position = min(position, len(texts) - 1)
    batch = list(analyze_many(texts))
    alone = analyze(texts[position])
    assert batch[position].findings == alone.findings
    assert batch[position].words == alone.words


@SETTINGS
@given(st.lists(any_text, min_size=1, max_size=3))
def test_json_always_parses_and_has_the_documented_shape(nlp, texts):
    analyses = list(analyze_many(texts))
    data = json.loads(render_json(analyses))
    objects = data if isinstance(data, list) else [data]
    assert len(objects) == len(texts)
    for text, item in zip(texts, objects, strict=True):
        assert {"source", "words", "findings"} <= set(item)
        for finding in item["findings"]:
            assert set(finding) >= FINDING_KEYS
            assert text[finding["start"] : finding["end"]] == finding["text"]
            for name in ("who", "how", "when"):
                assert set(finding[name]) >= SLOT_KEYS
                assert isinstance(finding[name]["present"], bool)
            assert all(isinstance(q, str) and q.endswith(("?", ".")) for q in finding["questions"])
