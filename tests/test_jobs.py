"""``--jobs N``: several analysing children, each kept busy, answers in the documents' order."""

from __future__ import annotations

import pytest

import vaguewords.analysis_worker as worker_module
from vaguewords.analysis_worker import AnalysisWorker
from vaguewords.documents import Document
from vaguewords.pipeline import Settings, analyze_many

SETTINGS = Settings()
SHORT = [
    "The council will review the plan soon.",
    "Staff may receive appropriate support where possible.",
    "The school will publish its results on 3 May 2027.",
    "Parents will be consulted in due course.",
    "We will improve outcomes for most pupils.",
    "The trust plans to hire two new teachers next year.",
    "Significant changes will be made as needed.",
    "The head teacher will write to every family by Friday.",
]
# A long document of paragraphs written for this test: many times the work of a short one.
LONG_PARAGRAPH = (
    "The board will consider several options over the coming months. Where appropriate, the "
    "team will make improvements to the service, and the council will provide adequate "
    "funding in due course. Staff will be trained as soon as practicable."
)


@pytest.fixture
def documents() -> list[Document]:
    long_text = "\n\n".join(LONG_PARAGRAPH for _ in range(200))  # about 49,000 characters
    return [Document(text=long_text, source="long")] + [
        Document(text=text, source=f"short-{number}") for number, text in enumerate(SHORT)
    ]


def test_a_free_child_takes_the_next_batch_while_a_long_one_runs(documents, monkeypatch):
    """The long document is the first batch; each short one is a batch of its own. The other
    child analyses the short ones while the long one runs (answers taken only in order left it
    idle after one), and the analyses come back in the documents' order, as one process gives
    them."""
    monkeypatch.setattr(worker_module, "BATCH_CHARS_PER_PROCESS", 1)  # a batch each
    sent: list[tuple[int, str]] = []
    send = AnalysisWorker._send

    def recording_send(self, batch):
        sent.append((id(self), batch[0].source))
        return send(self, batch)

    monkeypatch.setattr(AnalysisWorker, "_send", recording_send)
    with AnalysisWorker(SETTINGS, jobs=2) as worker:
        analyses = list(worker.analyze(documents))
    assert [analysis.source for analysis in analyses] == [doc.source for doc in documents]
    expected = list(analyze_many(documents, SETTINGS))
    assert [analysis.findings for analysis in analyses] == [e.findings for e in expected]
    assert [analysis.words for analysis in analyses] == [e.words for e in expected]
    assert sum(len(analysis.findings) for analysis in analyses) > 150
    long_child = sent[0][0]
    assert sent[0][1] == "long"
    # The long document takes many times as long as all the short ones: the other child takes
    # every short batch while it runs.
    assert [child for child, _ in sent[1:]] == [sent[1][0]] * len(SHORT), sent
    assert sent[1][0] != long_child


def test_batches_sent_ahead_of_the_oldest_unanswered_one_are_bounded(documents, monkeypatch):
    """With the bound at 2, the short batches wait for the long one once two are out."""
    monkeypatch.setattr(worker_module, "BATCH_CHARS_PER_PROCESS", 1)  # a batch each
    monkeypatch.setattr(worker_module, "MAX_BATCHES_AHEAD", 2)
    sent: list[str] = []
    send = AnalysisWorker._send

    def recording_send(self, batch):
        sent.append(batch[0].source)
        return send(self, batch)

    monkeypatch.setattr(AnalysisWorker, "_send", recording_send)
    with AnalysisWorker(SETTINGS, jobs=2) as worker:
        outcomes = worker.outcomes(documents)
        first = next(outcomes)  # the long one: the bound kept the third batch back till now
        assert first.source == "long"
        assert sent == ["long", "short-0"]
        rest = list(outcomes)
    assert [analysis.source for analysis in rest] == [doc.source for doc in documents[1:]]
