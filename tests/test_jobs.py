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


# ---------------------------------------------------------------- a long document in parts

# Paragraphs written for these tests, some with curly quotes and dashes (matched in their plain
# form, offsets mapped back), a line break inside a paragraph and blank lines with spaces.
VARIED = [
    LONG_PARAGRAPH,
    "The trust \u201cwill review\u201d its policy \u2013 where appropriate \u2013 next term.\n"
    "Governors may receive adequate training as needed.",
    "Our teachers will deliver the new curriculum by September 2027, funded from the trust's "
    "own budget.",
    "We will work hard to make significant progress on attendance in due course.",
    "The council should consider further measures to support families where possible.",
]


def long_document(paragraphs: int = 120) -> Document:
    separators = ["\n\n", "\n \n", "\n\t\n\n"]
    text = ""
    for number in range(paragraphs):
        if number:
            text += separators[number % len(separators)]
        text += VARIED[number % len(VARIED)]
    return Document(text=text, source="long")


def test_parts_are_whole_paragraphs_that_cover_the_document():
    from vaguewords.analysis_worker import parts_of

    document = long_document()
    paragraphs = list(document.paragraphs())
    for count in (1, 2, 3, 7):
        parts = parts_of(document, count)
        assert len(parts) == min(count, len(paragraphs))
        covered = []
        for part in parts:
            piece = Document(text=document.text[part.start : part.end], source="part")
            covered.extend((s + part.start, e + part.start) for s, e in piece.paragraphs())
            assert part.paragraphs_before == len(covered) - len(list(piece.paragraphs()))
        assert covered == paragraphs
        sizes = [part.end - part.start for part in parts]
        assert max(sizes) < 2 * len(document.text) / len(parts)  # about equal shares


@pytest.mark.parametrize("count", [2, 5])
def test_a_document_analysed_in_parts_and_joined_is_the_document_analysed_whole(count):
    from vaguewords.analysis_worker import join_parts, part_document, parts_of

    document = long_document()
    parts = parts_of(document, count)
    analysed = list(analyze_many([part_document(document, part) for part in parts], SETTINGS))
    joined = join_parts(document, parts, analysed)
    (whole,) = analyze_many([document], SETTINGS)
    assert joined.findings == whole.findings
    assert joined.suppressed == whole.suppressed
    assert joined.words == whole.words
    assert joined.text == document.text
    assert len({finding.paragraph for finding in joined.findings}) > 50
    assert any("\u2013" in finding.clause for finding in joined.findings)


def test_a_part_that_fails_makes_the_document_fail_once():
    from vaguewords.analysis_worker import join_parts, part_document, parts_of
    from vaguewords.errors import InputError

    document = long_document(10)
    parts = parts_of(document, 2)
    first = next(analyze_many([part_document(document, parts[0])], SETTINGS))
    error = InputError("long: analysing it took longer than its time budget")
    assert join_parts(document, parts, [first, error]) is error


def test_with_jobs_a_long_document_is_analysed_in_parts_on_every_child(monkeypatch):
    """The long document goes as parts of about PART_CHARS, spread over both children; its
    analysis is the one of the whole document, in its place among the others."""
    sent: list[tuple[int, str, int]] = []
    send = AnalysisWorker._send

    def recording_send(self, batch):
        sent.append((id(self), batch[0].source, len(batch[0].text)))
        return send(self, batch)

    monkeypatch.setattr(AnalysisWorker, "_send", recording_send)
    monkeypatch.setattr(worker_module, "SPLIT_CHARS", 16_000)  # a test-sized long document
    monkeypatch.setattr(worker_module, "PART_CHARS", 8_000)
    long = long_document(300)
    assert len(long.text) > 2 * worker_module.SPLIT_CHARS
    documents = [Document(text=SHORT[0], source="first"), long]
    documents += [Document(text=text, source=f"short-{n}") for n, text in enumerate(SHORT[1:])]
    with AnalysisWorker(SETTINGS, jobs=2) as worker:
        analyses = list(worker.analyze(documents))
    expected = list(analyze_many(documents, SETTINGS))
    assert [analysis.source for analysis in analyses] == [doc.source for doc in documents]
    assert [analysis.findings for analysis in analyses] == [e.findings for e in expected]
    assert [analysis.words for analysis in analyses] == [e.words for e in expected]
    assert analyses[1].text == long.text
    parts = [(child, size) for child, source, size in sent if source == "long"]
    assert len(parts) >= len(long.text) // worker_module.PART_CHARS
    assert all(size <= 2 * worker_module.PART_CHARS for _, size in parts)
    assert len({child for child, _ in parts}) == 2  # both children analysed parts of it
