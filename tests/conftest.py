"""Shared fixtures: the real spaCy model, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from vaguewords.pipeline import Settings, analyze, load_pipeline
from vaguewords.slots import slots_for

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline with the vaguewords component (cached by load_pipeline)."""
    return load_pipeline(Settings())


@pytest.fixture
def analyse(nlp):
    """Analyse one text with the session's pipeline."""
    return lambda text: analyze(text)


@pytest.fixture
def finding_for(analyse):
    """The finding whose matched text is ``term`` (case-insensitive) in ``sentence``."""

    def find(sentence: str, term: str):
        analysis = analyse(sentence)
        matches = [f for f in analysis.findings if f.text.lower() == term.lower()]
        assert matches, (
            f"{term!r} not flagged in {sentence!r}: {[f.text for f in analysis.findings]}"
        )
        return matches[0]

    return find


@pytest.fixture
def verb_slots(nlp):
    """slots_for() on the first token whose text is ``verb``."""

    def slots(sentence: str, verb: str):
        doc = nlp(sentence)
        token = next(t for t in doc if t.text == verb)
        return slots_for(token)

    return slots
