"""Rebuild the example handouts examples/field_trip_letter.docx and examples/climate_policy.pdf
from the text below (our own writing). Needs the dev extra (python-docx, fpdf2):

    python examples/make_documents.py
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

LETTER_TITLE = "Year 8 field trip to the coast"
LETTER = [
    "Dear parents and carers,",
    "We are delighted to confirm that Year 8 will visit Saltmarsh Bay on Thursday 14 May 2027. "
    "The trip offers a meaningful opportunity for pupils to study coastal erosion at first hand.",
    "Appropriate supervision will be provided throughout the day. Mr Okafor will lead the group, "
    "with one adult for every eight pupils, and the coach leaves the school gates at 8:15 am.",
    "The cost is £18 per pupil, payable through the ParentPay system by 30 April 2027. Families "
    "who need support with the cost should contact the school, and help will be offered on a "
    "case-by-case basis.",
    "Further details about lunch arrangements will follow in due course. Relevant staff will be "
    "in touch soon about any medical needs.",
]
LETTER_TABLE = [
    ("What to bring", "When"),
    ("A packed lunch and a refillable water bottle", "On the day"),
    ("Signed consent form", "As soon as possible"),
    ("Suitable clothing for all weather", "On the day"),
]

POLICY_TITLE = "Draft climate action plan (consultation version)"
POLICY = [
    "The council is committed to a robust and comprehensive response to the climate emergency. "
    "Our ambition is to reach net zero across council buildings by 2035.",
    "The transport department will install 240 public charging points by December 2028, funded "
    "through a £6.2m grant from the regional transport fund. Further measures will be "
    "introduced in stages as funding allows.",
    "We will work closely with relevant stakeholders to develop an effective strategy for "
    "home insulation. Significant progress is expected in the near future, and the approach will "
    "be reviewed on a regular basis.",
    "Every secondary school will receive a solar survey within 18 months, carried out by the "
    "estates team. Where necessary, appropriate adjustments will be made to the programme.",
    "The plan sets out a number of ideas that could potentially reduce emissions from council "
    "housing. These will be explored further at a later stage, with a view to producing "
    "meaningful results.",
]


def make_docx(target: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading(LETTER_TITLE, level=1)
    for paragraph in LETTER:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=len(LETTER_TABLE), cols=2)
    for row, cells in zip(table.rows, LETTER_TABLE, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("Kind regards, Ms Patel, Head of Geography")
    document.core_properties.title = LETTER_TITLE
    document.save(str(target))


def make_pdf(target: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_title(POLICY_TITLE)

    def header() -> None:
        pdf.set_font("helvetica", size=9)
        pdf.cell(0, 8, "Riverside Council - consultation draft", new_x="LMARGIN", new_y="NEXT")

    def footer() -> None:
        pdf.set_y(-15)
        pdf.set_font("helvetica", size=9)
        pdf.cell(0, 8, f"Page {pdf.page_no()}", align="C")

    pdf.header = header
    pdf.footer = footer
    pdf.add_page()
    pdf.set_font("helvetica", style="B", size=16)
    pdf.multi_cell(0, 10, POLICY_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("helvetica", size=12)
    for paragraph in POLICY:
        pdf.multi_cell(0, 7, paragraph.replace("£", "GBP "), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.output(str(target))


if __name__ == "__main__":
    make_docx(HERE / "field_trip_letter.docx")
    make_pdf(HERE / "climate_policy.pdf")
    print("wrote", HERE / "field_trip_letter.docx", "and", HERE / "climate_policy.pdf")
