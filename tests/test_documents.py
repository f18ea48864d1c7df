"""Reading inputs: encodings, Markdown, HTML, Word (.docx) and PDF, made by the tests."""

from __future__ import annotations

import os
import re

import pytest
from conftest import EXAMPLES, make_docx, make_encrypted_pdf, make_pdf, make_scanned_pdf

from vaguewords.documents import (
    decode_text,
    document_from_bytes,
    iter_folder,
    looks_like_path,
    pdf_pages_to_text,
    read_document,
)
from vaguewords.errors import InputError

TEXT = "Robust guarantees will follow soon.\n\nThe council meets every Monday."


@pytest.mark.parametrize(
    ("data", "warned"),
    [
        (TEXT.encode("utf-8"), False),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), False),
        (TEXT.encode("utf-16"), False),  # with BOM
        (TEXT.encode("utf-16-le"), False),  # without BOM
        (TEXT.replace("\n", "\r\n").encode("utf-8"), False),
    ],
)
def test_text_encodings_decode_to_the_same_words(data, warned):
    text, warnings = decode_text(data, "x.txt")
    assert " ".join(text.split()) == " ".join(TEXT.split())
    assert bool(warnings) is warned


def test_cp1252_fallback_is_reported():
    text, warnings = decode_text("Caf\u00e9 \u201crobust\u201d plans".encode("cp1252"), "old.txt")
    assert text == "Caf\u00e9 \u201crobust\u201d plans"
    assert warnings and "cp1252" in warnings[0]


def test_binary_data_is_refused():
    with pytest.raises(InputError, match="binary"):
        decode_text(bytes(range(256)) * 20, "photo.txt")


def test_markdown_markup_is_stripped_and_blocks_become_paragraphs(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# A *robust* plan\n\n- first item soon\n- second item\n\nSome **text**.\n")
    document = read_document(path)
    assert document.text.split("\n\n") == [
        "A robust plan",
        "first item soon",
        "second item",
        "Some text.",
    ]


def test_html_keeps_visible_text_only(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>T</title><style>p{}</style></head><body>"
        "<script>alert('robust')</script><h1>Plan</h1><p>Help will come <b>soon</b>.</p>"
        '<p onclick="steal()">Second</p></body></html>'
    )
    assert read_document(path).text == "Plan\n\nHelp will come soon.\n\nSecond"
    assert "alert" not in read_document(path).text


def test_docx_reads_paragraphs_and_table_cells_in_reading_order(tmp_path):
    path = make_docx(
        tmp_path / "handout.docx",
        ["First a robust claim.", "Then a second paragraph."],
        table=[["Relevant parties", "in due course"], ["Several options", "soon"]],
    )
    before = path.read_bytes()
    document = read_document(path)
    assert document.text.split("\n\n") == [
        "First a robust claim.",
        "Then a second paragraph.",
        "Relevant parties",
        "in due course",
        "Several options",
        "soon",
        "After the table.",
    ]
    assert path.read_bytes() == before  # input files are never modified


def test_pdf_text_layer_with_running_heads_page_numbers_and_hyphenation(tmp_path):
    body = (
        "The governors will provide robust support to every family that needs it, and the "
        "school will review its behaviour policy in due course. "
    ) * 4
    path = make_pdf(tmp_path / "policy.pdf", [body, body, body], header="Kingsbridge newsletter")
    text = read_document(path).text
    assert "Kingsbridge newsletter" not in text
    assert "Page 1" not in text and "Page 3" not in text
    assert text.count("robust support") == 12
    assert "\n\n" in text  # pages are paragraphs


def test_pdf_line_end_hyphens_are_rejoined_but_real_hyphens_kept():
    pages = [
        "A long line of text that runs to the margin and then guaran-\ntees robust case-\nby-case help."
    ]
    text = pdf_pages_to_text(pages)
    assert "guarantees" in text
    assert "case-by-case" in text


@pytest.mark.parametrize(
    ("maker", "message"),
    [
        (make_scanned_pdf, "no text layer"),
        (make_encrypted_pdf, "encrypted"),
    ],
)
def test_unreadable_pdfs_get_one_clear_error(tmp_path, maker, message):
    path = maker(tmp_path / "bad.pdf")
    with pytest.raises(InputError, match=message) as error:
        read_document(path)
    assert str(error.value).startswith(str(path))
    assert "\n" not in str(error.value)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("corrupt.docx", b"PK\x03\x04 this is not really a zip", "not a readable Word document"),
        ("notzip.docx", b"hello", "not a readable Word document"),
        ("corrupt.pdf", b"%PDF-1.4 garbage garbage", "not a readable PDF|no text layer"),
        ("empty.pdf", b"", "empty"),
        ("slides.pptx", b"whatever", "unsupported file type '.pptx'"),
    ],
)
def test_bad_files_get_one_clear_error(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=message) as error:
        read_document(path)
    assert str(error.value).startswith(str(path))


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read files without read permission")
def test_unreadable_file_is_reported(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("robust")
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_document(path)


def test_folder_listing_is_sorted_recursive_and_filtered(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/two.md", "one.txt", "three.docx", "skip.png"):
        (tmp_path / name).write_text("x")
    (tmp_path / "loop").symlink_to(tmp_path)
    found = [p.relative_to(tmp_path).as_posix() for p in iter_folder(tmp_path)]
    assert found == ["b/two.md", "one.txt", "three.docx"]
    assert [p.name for p in iter_folder(tmp_path, "*.docx")] == ["three.docx"]


@pytest.mark.parametrize(
    ("argument", "is_path"),
    [
        ("notes.txt", True),
        ("handout.docx", True),
        ("week1/", True),
        ("Robust plans.", False),
        ("robust", False),
        ("see notes.txt now", False),
    ],
)
def test_looks_like_path(argument, is_path):
    assert looks_like_path(argument) is is_path


@pytest.mark.parametrize(
    "name",
    ["peace_plan.txt", "field_trip_letter.docx", "climate_policy.pdf", "student_summary.txt"],
)
def test_a_file_read_from_memory_reads_as_from_disk(name):
    """Uploads are read from bytes in memory: the same reader, the same text."""
    path = EXAMPLES / name
    from_disk = read_document(path)
    from_memory = document_from_bytes(path.read_bytes(), name)
    assert from_memory.text == from_disk.text and from_memory.text.strip()
    assert from_memory.source == name


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("notes.rtf", b"{\\rtf1 hi}", "notes.rtf: unsupported file type '.rtf'"),
        ("scan.pdf", b"%PDF-1.4 not really", "scan.pdf: not a readable PDF"),
        ("letter.docx", b"PK\x03\x04 broken", "letter.docx: not a readable Word document"),
        ("letter.docx", b"", "letter.docx: the file is empty"),
        ("blob.txt", b"\x00\x01\x02" * 100, "blob.txt: looks like a binary file"),
    ],
)
def test_a_bad_file_in_memory_is_one_line(name, data, message):
    with pytest.raises(InputError, match=re.escape(message)):
        document_from_bytes(data, name)
