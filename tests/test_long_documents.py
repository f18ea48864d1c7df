"""Texts longer than spaCy's max_length are cut at paragraph, then sentence, boundaries; every
finding keeps offsets into the original text."""

from __future__ import annotations

import random

import pytest
from conftest import DATA, EXAMPLES

from vaguewords import Document, analyze, analyze_many
from vaguewords.pipeline import CHUNK_CHARS, chunk_spans


def own_paragraphs() -> list[str]:
    pool = []
    for path in sorted(EXAMPLES.glob("*.txt")) + sorted((EXAMPLES / "class").glob("*.txt")):
        pool.extend(p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip())
    sentences = [
        line.split("\t", 1)[0]
        for line in (DATA / "gold.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith(("#", "sentence\t"))
    ]
    pool.extend(" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3))
    return pool


@pytest.mark.slow
def test_three_megabyte_text_matches_its_paragraphs_analysed_one_by_one():
    rng = random.Random(3)
    pool = own_paragraphs()
    # One paragraph longer than a chunk: sentences joined by single newlines, no blank line.
    long_paragraph = "\n".join(rng.choice(pool).replace("\n\n", " ") for _ in range(800))
    assert len(long_paragraph) > CHUNK_CHARS
    paragraphs: list[str] = []
    size = 0
    while size < 3_000_000:
        paragraph = rng.choice(pool)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    paragraphs.insert(len(paragraphs) // 2, long_paragraph)
    text = "\n\n".join(paragraphs)
    assert len(text) > 3_000_000

    (whole,) = analyze_many([Document(text=text, source="big")], n_process=2)

    alone_cache: dict[str, object] = {}
    expected = []
    expected_words = 0
    offset = 0
    for number, paragraph in enumerate(paragraphs, start=1):
        if paragraph not in alone_cache:
            alone_cache[paragraph] = analyze(paragraph)
        alone = alone_cache[paragraph]
        expected.extend(finding.shifted(offset, paragraph=number) for finding in alone.findings)
        expected_words += alone.words
        offset += len(paragraph) + 2
    assert len(whole.findings) == len(expected) > 1000
    for got, want in zip(whole.findings, expected, strict=True):
        assert got == want
        assert text[got.start : got.end] == got.text
    assert whole.words == expected_words


def test_chunks_cut_at_sentence_ends_and_cover_the_text():
    text = ("This sentence is robust. " * 2000) + ("word " * 30000)
    pieces = list(chunk_spans(text, 0, len(text), limit=10_000))
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    for (_, end), (start, _) in zip(pieces, pieces[1:], strict=False):
        assert end == start
    assert all(e - s <= 10_000 for s, e in pieces)
    assert text[: pieces[0][1]].endswith("robust. ")


def test_small_chunks_keep_every_offset(monkeypatch):
    import vaguewords.pipeline as pipeline

    text = " ".join(["The plan offers robust support soon."] * 400)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 1_000)
    analysis = analyze(text)
    assert [f.text for f in analysis.findings] == ["robust", "soon"] * 400
    for finding in analysis.findings:
        assert text[finding.start : finding.end] == finding.text
        assert text[finding.clause_start : finding.clause_end] == finding.clause


def test_batches_are_bounded_by_characters_and_count_and_keep_order():
    from vaguewords.pipeline import _batches

    lengths = [10, 10, 10, 95, 10, 300, 10, 10, 10, 10, 10]
    chunks = [("x" * n, (0, i, i)) for i, n in enumerate(lengths)]
    batches = list(_batches(chunks, max_chunks=3, max_chars=100))
    assert [chunk for batch in batches for chunk in batch] == chunks  # nothing lost, in order
    for batch in batches:
        assert len(batch) <= 3
        assert len(batch) == 1 or sum(len(text) for text, _ in batch) <= 100
    # A chunk longer than the limit goes on its own; short ones are grouped.
    assert [len(batch) for batch in batches] == [3, 1, 1, 1, 3, 2]


def test_a_text_gives_the_same_findings_whatever_the_batch_size():
    texts = [p.strip() for p in (EXAMPLES / "peace_plan.txt").read_text().split("\n\n")]
    texts = [t for t in texts if t] * 3
    one = [a.findings for a in analyze_many(texts, batch_size=1)]
    many = [a.findings for a in analyze_many(texts)]
    assert one == many and any(one)
