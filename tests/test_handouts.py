"""Teachers' runs: folders of mixed documents, CSV tables, -o safety, and the HTML report
(checked as text and in a real headless browser)."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from html.parser import HTMLParser

import pandas as pd
import pytest
from conftest import EXAMPLES, make_docx, make_pdf, make_scanned_pdf
from typer.testing import CliRunner

from vaguewords.cli import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture
def mixed_folder(tmp_path):
    folder = tmp_path / "handouts"
    folder.mkdir()
    make_docx(folder / "a_letter.docx", ["Appropriate support will be provided soon."])
    make_pdf(folder / "b_policy.pdf", ["The council will publish a comprehensive plan."])
    make_scanned_pdf(folder / "c_scan.pdf")
    (folder / "d_broken.docx").write_bytes(b"PK\x03\x04 broken")
    (folder / "e_notes.txt").write_bytes(
        "Relevant parties will meet in due course.".encode("utf-16")
    )
    return folder


def test_mixed_folder_reads_the_good_files_reports_the_bad_and_exits_1(mixed_folder):
    before = {p.name: p.read_bytes() for p in mixed_folder.iterdir()}
    result = run("check", str(mixed_folder), "-f", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert [item["source"].rsplit("/", 1)[-1] for item in data] == [
        "a_letter.docx",
        "b_policy.pdf",
        "e_notes.txt",
    ]
    assert all(item["findings"] for item in data)
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert "c_scan.pdf" in errors[0] and "no text layer" in errors[0]
    assert "d_broken.docx" in errors[1] and "not a readable Word document" in errors[1]
    assert {p.name: p.read_bytes() for p in mixed_folder.iterdir()} == before


def test_glob_chooses_files_from_a_folder(mixed_folder):
    result = run("check", str(mixed_folder), "--glob", "*.txt", "-f", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"].endswith("e_notes.txt")


def test_csv_has_one_row_per_finding(mixed_folder):
    result = run("check", str(mixed_folder / "a_letter.docx"), "-f", "csv")
    assert result.exit_code == 0
    table = pd.read_csv(io.StringIO(result.stdout))
    assert list(table["term"]) == ["appropriate", "will be provided", "soon"]
    for column in ("file", "paragraph", "start", "end", "category", "clause", "who", "how",
                   "when", "who_evidence", "questions"):  # fmt: skip
        assert column in table.columns
    assert not table["who"].any()


def test_csv_per_document_summary(mixed_folder, tmp_path):
    out = tmp_path / "summary.csv"
    result = run("check", str(mixed_folder), "-f", "csv", "--per-document", "-o", str(out))
    assert result.exit_code == 1  # two bad files in the folder
    table = pd.read_csv(out)
    assert len(table) == 3
    assert set(table.columns) >= {"file", "words", "findings", "findings_per_100_words"}
    assert (table["findings"] >= 1).all()


def test_output_refuses_to_overwrite_an_input(tmp_path):
    source = tmp_path / "summary.txt"
    source.write_text("A robust plan.")
    result = run("check", str(source), "-f", "csv", "-o", str(source))
    assert result.exit_code == 2
    assert "is one of the inputs" in result.stderr
    assert source.read_text() == "A robust plan."


def test_output_in_a_missing_folder_is_an_error(tmp_path):
    result = run("check", "A robust plan.", "-f", "json", "-o", str(tmp_path / "nope" / "x.json"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_output_leaves_no_temporary_files(tmp_path):
    out = tmp_path / "out.json"
    result = run("check", "A robust plan.", "-f", "json", "-o", str(out))
    assert result.exit_code == 0
    assert json.loads(out.read_text())["findings"][0]["term"] == "robust"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


HOSTILE = '"><img src=x onerror=alert(1)><script>document.title="pwned"</script>'


class TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def hostile_folder(tmp_path):
    folder = tmp_path / f"class{HOSTILE[:12].replace('/', '')}"
    folder.mkdir()
    (folder / "plain.txt").write_text(
        f"Robust help will come soon. {HOSTILE} Relevant parties agree.\n\n"
        "The council will publish a comprehensive plan by 1 March 2027.",
        encoding="utf-8",
    )
    (folder / "weird <b onmouseover=x>name.md").write_text(
        f"# Title {HOSTILE}\n\nAppropriate steps soon."
    )
    return folder


def test_report_is_self_contained_and_escapes_everything(tmp_path):
    folder = hostile_folder(tmp_path)
    out = tmp_path / "report.html"
    result = run("report", str(folder), "-o", str(out), "--title", HOSTILE)
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    parser = TagCollector()
    parser.feed(html)
    tags = [tag for tag, _ in parser.tags]
    assert "script" not in tags and "img" not in tags
    assert not any(name.startswith("on") for _, attrs in parser.tags for name in attrs)
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in html
    marks = [attrs for tag, attrs in parser.tags if tag == "mark"]
    assert {m["data-term"] for m in marks} >= {"robust", "soon", "comprehensive", "appropriate"}
    assert "&lt;script&gt;" in html
    assert "@media print" in html and "break-before: page" in html
    assert html.count('<section class="document"') == 2


def test_report_lists_unreadable_files(tmp_path, mixed_folder):
    out = tmp_path / "r.html"
    result = run("report", str(mixed_folder), "-o", str(out))
    assert result.exit_code == 1
    html = out.read_text()
    assert "Files that could not be read" in html and "c_scan.pdf" in html


def test_report_on_the_examples_folder(tmp_path):
    out = tmp_path / "report.html"
    result = run("report", str(EXAMPLES), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    html = out.read_text()
    for name in ("peace_plan.txt", "field_trip_letter.docx", "climate_policy.pdf"):
        assert name in html


def find_browser() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


@pytest.mark.browser
def test_report_in_headless_chromium(tmp_path):
    browser = find_browser()
    if browser is None:
        pytest.skip(
            "no Chromium on this machine (apt-get install -y chromium); the report's DOM "
            "could not be checked in a browser"
        )
    folder = hostile_folder(tmp_path)
    out = tmp_path / "report.html"
    assert run("report", str(folder), "-o", str(out)).exit_code == 0
    completed = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-dev-shm-usage",
         f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", out.as_uri()],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    dom = completed.stdout
    assert "<mark" in dom, completed.stderr[-2000:]
    parser = TagCollector()
    parser.feed(dom)
    marks = [attrs for tag, attrs in parser.tags if tag == "mark"]
    assert len(marks) >= 5
    assert {m["data-term"] for m in marks} >= {"robust", "soon", "comprehensive"}
    # The handout's script did not run: it would have changed the title; no <img> was created.
    assert "pwned" not in dom.split("<title>", 1)[1].split("</title>", 1)[0]
    assert "img" not in [tag for tag, _ in parser.tags]


def test_class_overview_escapes_file_names_and_text(tmp_path):
    folder = hostile_folder(tmp_path)
    out = tmp_path / "class.html"
    result = run("score", str(folder), "--html", str(out))
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    parser = TagCollector()
    parser.feed(html)
    assert "script" not in [tag for tag, _ in parser.tags]
    assert "img" not in [tag for tag, _ in parser.tags]
    assert not any(name.startswith("on") for _, attrs in parser.tags for name in attrs)
    assert "weird &lt;b onmouseover=x&gt;name.md" in html
