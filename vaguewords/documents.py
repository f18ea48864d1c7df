"""Read inputs into :class:`Document`: plain text whose blank lines separate paragraphs.

Every reader returns the text it analyses; finding offsets index that text. Input files are only
ever opened for reading.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from vaguewords.errors import InputError

PARAGRAPH_BREAK = re.compile(r"(?:[ \t]*\r?\n){2,}")
BINARY_SAMPLE_BYTES = 8192


@dataclass(frozen=True)
class Document:
    """Text to analyse, where it came from, and anything worth telling the user about reading it."""

    text: str
    source: str
    warnings: tuple[str, ...] = ()

    def paragraphs(self) -> Iterator[tuple[int, int]]:
        """(start, end) offsets of each non-blank paragraph; blank lines separate paragraphs."""
        position = 0
        for separator in PARAGRAPH_BREAK.finditer(self.text):
            yield from _trimmed(self.text, position, separator.start())
            position = separator.end()
        yield from _trimmed(self.text, position, len(self.text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield (start, end)


# ============================================================================ decoding


def decode_text(data: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """Decode bytes as UTF-8 (with or without BOM) or UTF-16 (BOM, or detected by its zero bytes),
    falling back to cp1252 with a warning. Binary data is refused."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), ()
            except UnicodeDecodeError:
                raise InputError(
                    f"{source}: starts like {encoding.upper()} text but is not valid"
                ) from None
    guessed = _guess_utf16_without_bom(data)
    if guessed:
        try:
            return data.decode(guessed), ()
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:BINARY_SAMPLE_BYTES]:
        raise InputError(f"{source}: looks like a binary file, not text")
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(f"{source}: is neither UTF-8, UTF-16 nor Windows-1252 text") from None
    if _control_character_share(text) > 0.01:
        raise InputError(f"{source}: looks like a binary file, not text")
    return text, (f"{source}: not valid UTF-8; read as Windows-1252 (cp1252)",)


def _guess_utf16_without_bom(data: bytes) -> str | None:
    sample = data[:BINARY_SAMPLE_BYTES]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_zeros = sample[0::2].count(0) / (len(sample) / 2)
    odd_zeros = sample[1::2].count(0) / (len(sample) / 2)
    if odd_zeros > 0.3 and even_zeros < 0.05:
        return "utf-16-le"
    if even_zeros > 0.3 and odd_zeros < 0.05:
        return "utf-16-be"
    return None


def _control_character_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls / len(text)


# ============================================================================ readers


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied (cannot read the file)") from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None


def read_plain_text(path: Path) -> Document:
    return plain_text_from_bytes(_read_bytes(path), str(path))


def plain_text_from_bytes(data: bytes, source: str) -> Document:
    text, warnings = decode_text(data, source)
    return Document(text=text, source=source, warnings=warnings)


def read_markdown(path: Path) -> Document:
    return markdown_from_bytes(_read_bytes(path), str(path))


def markdown_from_bytes(data: bytes, source: str) -> Document:
    """Markdown with the markup stripped: headings, list items and paragraphs become paragraphs."""
    from markdown_it import MarkdownIt

    text, warnings = decode_text(data, source)
    html = MarkdownIt("commonmark").enable("table").render(text)
    return Document(text=html_to_text(html), source=source, warnings=warnings)


def read_html(path: Path) -> Document:
    return html_from_bytes(_read_bytes(path), str(path))


def html_from_bytes(data: bytes, source: str) -> Document:
    text, warnings = decode_text(data, source)
    return Document(text=html_to_text(text), source=source, warnings=warnings)


HTML_DROPPED_TAGS = ("script", "style", "noscript", "template", "head", "svg", "iframe", "object")
HTML_BLOCK_TAGS = (
    "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "blockquote", "pre", "dt", "dd",
    "caption", "figcaption", "address", "summary",
)  # fmt: skip


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one paragraph per block element; scripts and styles dropped."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(HTML_DROPPED_TAGS):
        tag.decompose()
    for comment in soup.find_all(string=lambda s: type(s).__name__ in ("Comment", "Doctype")):
        comment.extract()
    # Inline markup joins without spaces ("<b>soon</b>."); block edges and <br> separate words.
    for tag in soup.find_all(
        [*HTML_BLOCK_TAGS, "br", "div", "section", "article", "tr", "ul", "ol"]
    ):
        tag.insert_before(" ")
        tag.insert_after(" ")
    blocks: list[str] = []
    for element in soup.find_all(HTML_BLOCK_TAGS):
        if element.find_parent(HTML_BLOCK_TAGS) is not None:
            continue  # its text is part of the enclosing block
        text = " ".join(element.get_text("").split())
        if text:
            blocks.append(text)
    if not blocks:  # a page of bare text or divs
        blocks = [
            " ".join(line.split()) for line in soup.get_text("\n").split("\n") if line.strip()
        ]
    return "\n\n".join(blocks)


# ============================================================================ Word and PDF


def read_docx(path: Path) -> Document:
    """Body paragraphs and table cells of a .docx, in reading order, one paragraph each."""
    return docx_from_bytes(_read_bytes(path), str(path))


def docx_from_bytes(data: bytes, source: str) -> Document:
    """A .docx held in memory; see :func:`read_docx`."""
    import io
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    path = source  # the name every message starts with
    if not data:
        raise InputError(f"{path}: the file is empty")
    try:
        document = docx.Document(io.BytesIO(data))
        blocks: list[str] = []
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                blocks.extend(_table_cells(item))
            else:
                blocks.append(item.text)
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as error:
        raise InputError(
            f"{path}: not a readable Word document (corrupt, or not a .docx: {_short(error)})"
        ) from None
    paragraphs = [" ".join(block.split()) for block in blocks]
    return Document(text="\n\n".join(p for p in paragraphs if p), source=source)


def _table_cells(table) -> Iterator[str]:
    """Each cell's text once (merged cells repeat in python-docx), row by row."""
    seen: dict[int, object] = {}  # keeps the elements alive so their ids stay unique
    for row in table.rows:
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen[id(cell._tc)] = cell._tc
            for paragraph in cell.paragraphs:
                yield paragraph.text
            for nested in cell.tables:
                yield from _table_cells(nested)


def _short(error: BaseException) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:120]


PAGE_NUMBER = re.compile(r"^\W*(page\s*)?\d+(\s*(of|/)\s*\d+)?\W*$", re.IGNORECASE)
# "guaran-\ntees" is one word; "case-\nby-case" keeps its hyphen.
LINE_END_HYPHEN = re.compile(r"([a-z])-\n(?=[a-z]+\b(?!-))")
KEPT_HYPHEN = re.compile(r"(?<=\w)-\n(?=\w)")
SENTENCE_FINAL = tuple('.!?:;"\u201d\u2019)')


def read_pdf(path: Path) -> Document:
    """The text layer of a PDF: lines joined into paragraphs, words hyphenated across line ends
    rejoined, page numbers and headers/footers repeated on most pages dropped."""
    return pdf_from_bytes(_read_bytes(path), str(path))


def pdf_from_bytes(data: bytes, source: str) -> Document:
    """A PDF held in memory; see :func:`read_pdf`."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    path = source  # the name every message starts with
    if not data:
        raise InputError(f"{path}: the file is empty")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except Exception:  # noqa: BLE001 - pypdf raises several kinds here
                unlocked = 0
            if not unlocked:
                raise InputError(f"{path}: the PDF is encrypted (it needs a password to be read)")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise InputError(
            f"{path}: not a readable PDF (corrupt or damaged: {_short(error)})"
        ) from None
    if not any(page.strip() for page in pages):
        raise InputError(
            f"{path}: the PDF has no text layer (a scan or images only); run OCR on it first"
        )
    return Document(text=pdf_pages_to_text(pages), source=source)


def pdf_pages_to_text(pages: list[str]) -> str:
    """Join extracted PDF page texts into paragraphs separated by blank lines."""
    page_lines = [[line.strip() for line in page.splitlines()] for page in pages]
    repeated = _repeated_margin_lines(page_lines)
    paragraphs: list[str] = []
    for lines in page_lines:
        kept = [
            line
            for index, line in enumerate(lines)
            if not PAGE_NUMBER.match(line)
            and not (_margin_key(line) in repeated and _in_margin(index, lines))
        ]
        paragraphs.extend(_lines_to_paragraphs(kept))
    return "\n\n".join(paragraphs)


def _margin_key(line: str) -> str:
    return re.sub(r"\d+", "#", line.lower())


def _in_margin(index: int, lines: list[str]) -> bool:
    return index < 2 or index >= len(lines) - 2


RUNNING_HEAD_MAX_CHARS = 70


def _repeated_margin_lines(page_lines: list[list[str]]) -> set[str]:
    """Lines in the top or bottom two of at least half the pages (and 3 or more): running heads."""
    if len(page_lines) < 3:
        return set()
    counts: dict[str, int] = {}
    for lines in page_lines:
        margin = {
            _margin_key(line)
            for index, line in enumerate(lines)
            if line and len(line) <= RUNNING_HEAD_MAX_CHARS and _in_margin(index, lines)
        }
        for key in margin:
            counts[key] = counts.get(key, 0) + 1
    return {key for key, count in counts.items() if count >= max(3, len(page_lines) / 2)}


def _lines_to_paragraphs(lines: list[str]) -> list[str]:
    """A paragraph ends at a blank line, or at a line that ends a sentence and is clearly shorter
    than the page's full lines."""
    widths = sorted(len(line) for line in lines if line)
    full_width = widths[int(len(widths) * 0.8)] if widths else 0
    paragraphs: list[str] = []
    current = ""
    for index, line in enumerate(lines):
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        current = f"{current}\n{line}" if current else line
        following = lines[index + 1] if index + 1 < len(lines) else ""
        ends_sentence = line.endswith(SENTENCE_FINAL) and len(line) < 0.75 * full_width
        # A short line with no closing punctuation before a capital: a heading or running head.
        heading = (
            len(line) < 0.6 * full_width
            and not line.endswith((",", "-", "–", "—"))
            and following[:1].isupper()
        )
        if ends_sentence or heading:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    joined = [KEPT_HYPHEN.sub("-", LINE_END_HYPHEN.sub(r"\1", p)) for p in paragraphs]
    return [" ".join(p.split()) for p in joined]


READERS: dict[str, Callable[[Path], Document]] = {
    ".txt": read_plain_text,
    ".text": read_plain_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".docx": read_docx,
    ".pdf": read_pdf,
}


BYTES_READERS: dict[str, Callable[[bytes, str], Document]] = {
    ".txt": plain_text_from_bytes,
    ".text": plain_text_from_bytes,
    ".md": markdown_from_bytes,
    ".markdown": markdown_from_bytes,
    ".html": html_from_bytes,
    ".htm": html_from_bytes,
    ".docx": docx_from_bytes,
    ".pdf": pdf_from_bytes,
}


def supported_suffixes() -> tuple[str, ...]:
    return tuple(READERS)


def document_from_bytes(data: bytes, name: str) -> Document:
    """Read a file held in memory (an upload) by the reader its name's extension picks; nothing
    is written to disk. Raises InputError with one clear line, as :func:`read_document` does."""
    suffix = Path(name).suffix.lower()
    reader = BYTES_READERS.get(suffix)
    if reader is None:
        raise InputError(
            f"{name}: unsupported file type {suffix or '(none)'!r} "
            f"(supported: {', '.join(sorted(BYTES_READERS))})"
        )
    return reader(data, name)


def read_document(path: Path | str) -> Document:
    """Read a supported file into a Document; raise InputError with one clear line otherwise."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise InputError(
            f"{path}: unsupported file type {path.suffix or '(none)'!r} "
            f"(supported: {', '.join(sorted(READERS))})"
        )
    if path.is_dir():
        raise InputError(f"{path}: is a folder")
    return reader(path)


# ============================================================================ command-line inputs

STDIN_ARGUMENT = "-"


def looks_like_path(argument: str) -> bool:
    """True for "notes.txt", "handouts/", "./a" (no spaces, a known extension or a separator)."""
    if not argument or any(ch.isspace() for ch in argument):
        return False
    suffix = Path(argument).suffix.lower()
    return suffix in READERS or suffix in EXTRA_PATH_SUFFIXES or "/" in argument or "\\" in argument


# Extensions that are clearly file names even though we cannot read them yet.
EXTRA_PATH_SUFFIXES = (".doc", ".rtf", ".odt", ".csv", ".json", ".toml")


def iter_folder(folder: Path, pattern: str = "**/*") -> Iterator[Path]:
    """Supported files under ``folder`` (recursive by default), sorted, not following symlink loops."""
    seen: set[Path] = set()
    for path in sorted(folder.glob(pattern)):
        try:
            resolved = path.resolve(strict=True)
        except (OSError, RuntimeError):
            continue  # a broken link or a symlink loop
        if resolved in seen or not path.is_file():
            continue
        seen.add(resolved)
        if path.suffix.lower() in READERS:
            yield path
