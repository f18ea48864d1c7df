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


# ---------------------------------------------------------------- real documents made by the tests


def make_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, cells in zip(grid.rows, table, strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text
        document.add_paragraph("After the table.")
    document.save(str(path))
    return path


def make_pdf(path: Path, pages: list[str], header: str | None = None) -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=20)
    for number, text in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("helvetica", size=9)
        if header:
            pdf.cell(0, 8, header, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", size=12)
        for paragraph in text.split("\n\n"):
            pdf.multi_cell(0, 7, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        pdf.set_y(-15)
        pdf.set_font("helvetica", size=9)
        pdf.cell(0, 8, f"Page {number}", align="C")
    pdf.output(str(path))
    return path


def make_scanned_pdf(path: Path) -> Path:
    """A PDF whose only page is an image: no text layer."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 200), "white")
    ImageDraw.Draw(image).text((20, 80), "Robust guarantees will follow soon.", fill="black")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(image, x=10, y=10, w=180)
    pdf.output(str(path))
    return path


def make_encrypted_pdf(path: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    plain = make_pdf(path.with_name("plain-" + path.name), ["Robust guarantees will follow soon."])
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner")
    with open(path, "wb") as stream:
        writer.write(stream)
    plain.unlink()
    return path
