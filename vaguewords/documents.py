"""Read inputs into :class:`Document`: plain text whose blank lines separate paragraphs.

Every reader returns the text it analyses; finding offsets index that text. Input files are only
ever opened for reading.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from vaguewords.errors import InputError
from vaguewords.limits import DEFAULT_LIMITS, Budget, ReadLimits, describe_size, over_limit

PARAGRAPH_BREAK = re.compile(r"(?:[ \t]*\r?\n){2,}")
BINARY_SAMPLE_BYTES = 8192
READ_CHUNK = 1 << 16


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
#
# Every reader takes the file and a ReadLimits policy (vaguewords.limits) and checks each limit
# before the work it bounds: the file's size before reading it, a .docx's zip directory before
# inflating anything, nesting depth while parsing. Whatever a parsing library raises beyond the
# errors handled here becomes one line in read_document().


def _read_bytes(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> bytes:
    """The file's bytes, refused if larger than ``limits.max_file_bytes`` (checked on the open
    file, and again while reading, so a file that grows meanwhile is still bounded)."""
    try:
        with path.open("rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > limits.max_file_bytes:
                raise over_limit(
                    path, f"the file is {describe_size(size)}", "max_file_bytes", limits
                )
            data = stream.read(size + 1)
            while len(data) > size and len(data) <= limits.max_file_bytes:  # it grew meanwhile
                more = stream.read(READ_CHUNK)
                if not more:
                    break
                data += more
    except FileNotFoundError:
        raise InputError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied (cannot read the file)") from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
    if len(data) > limits.max_file_bytes:
        raise over_limit(path, "the file is larger", "max_file_bytes", limits)
    return data


def _check_size(data: bytes, source: str, limits: ReadLimits) -> None:
    """The file-size limit for bytes already in memory (an upload)."""
    if len(data) > limits.max_file_bytes:
        raise over_limit(
            source, f"the file is {describe_size(len(data))}", "max_file_bytes", limits
        )


def _checked_text(text: str, source: str, limits: ReadLimits) -> str:
    if len(text) > limits.max_text_chars:
        raise over_limit(
            source, f"it has {len(text):,} characters of text", "max_text_chars", limits
        )
    return text


def read_plain_text(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> Document:
    return plain_text_from_bytes(_read_bytes(path, limits), str(path), limits)


def plain_text_from_bytes(
    data: bytes, source: str, limits: ReadLimits = DEFAULT_LIMITS
) -> Document:
    _check_size(data, source, limits)
    text, warnings = decode_text(data, source)
    return Document(text=_checked_text(text, source, limits), source=source, warnings=warnings)


def read_markdown(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> Document:
    return markdown_from_bytes(_read_bytes(path, limits), str(path), limits)


def markdown_from_bytes(data: bytes, source: str, limits: ReadLimits = DEFAULT_LIMITS) -> Document:
    """Markdown with the markup stripped: headings, list items and paragraphs become paragraphs."""
    from markdown_it import MarkdownIt

    budget = Budget(source, limits)
    _check_size(data, source, limits)
    text, warnings = decode_text(data, source)
    html = MarkdownIt("commonmark").enable("table").render(text)
    budget.check()
    text = html_to_text(html, limits, source=source)
    budget.check()
    return Document(text=_checked_text(text, source, limits), source=source, warnings=warnings)


def read_html(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> Document:
    return html_from_bytes(_read_bytes(path, limits), str(path), limits)


def html_from_bytes(data: bytes, source: str, limits: ReadLimits = DEFAULT_LIMITS) -> Document:
    budget = Budget(source, limits)
    _check_size(data, source, limits)
    text, warnings = decode_text(data, source)
    text = html_to_text(text, limits, source=source)
    budget.check()
    return Document(text=_checked_text(text, source, limits), source=source, warnings=warnings)


HTML_DROPPED_TAGS = ("script", "style", "noscript", "template", "head", "svg", "iframe", "object")
HTML_BLOCK_TAGS = (
    "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "blockquote", "pre", "dt", "dd",
    "caption", "figcaption", "address", "summary",
)  # fmt: skip
# Tags whose edges separate words ("<b>soon</b>." joins; "<li>a</li><li>b</li>" does not).
HTML_SEPARATING_TAGS = frozenset(
    (*HTML_BLOCK_TAGS, "br", "div", "section", "article", "tr", "ul", "ol")
)


class _TooDeep(Exception):
    def __init__(self, depth: int) -> None:
        super().__init__(depth)
        self.depth = depth


def _depth_limited_soup(html: str, max_depth: int):
    """BeautifulSoup over lxml's HTML parser (linear, and it closes <p> and <li> the way browsers
    do), stopped as soon as elements nest deeper than ``max_depth``."""
    from bs4 import BeautifulSoup

    class DepthLimitedSoup(BeautifulSoup):
        def pushTag(self, tag) -> None:  # noqa: N802 - BeautifulSoup's name
            super().pushTag(tag)
            if len(self.tagStack) > max_depth:
                raise _TooDeep(len(self.tagStack))

    return DepthLimitedSoup(html, "lxml")


def html_to_text(html: str, limits: ReadLimits = DEFAULT_LIMITS, source: object = "html") -> str:
    """Visible text of an HTML page, one paragraph per block element; scripts and styles dropped.
    One walk over the tree, so the time is linear in the page; deeper nesting than
    ``limits.max_depth`` is refused while parsing."""
    from bs4 import NavigableString

    try:
        soup = _depth_limited_soup(html, limits.max_depth)
    except _TooDeep as error:
        raise over_limit(
            source, f"its elements nest more than {error.depth - 1} deep", "max_depth", limits
        ) from None
    blocks: list[str] = []
    loose: list[str] = []  # text outside any block element: used when the page has no blocks
    current: list[str] | None = None  # the text of the outermost block element being walked
    owner = None
    stack: list[tuple[object, bool]] = [(soup, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            if current is not None and node.name in HTML_SEPARATING_TAGS:
                current.append(" ")
            if node is owner:
                text = " ".join("".join(current).split())
                if text:
                    blocks.append(text)
                current, owner = None, None
            continue
        if isinstance(node, NavigableString):
            if type(node) is NavigableString:  # not a comment, doctype, script or style string
                (loose if current is None else current).append(str(node))
            continue
        if node.name in HTML_DROPPED_TAGS:
            continue
        if current is not None and node.name in HTML_SEPARATING_TAGS:
            current.append(" ")
        if current is None and node.name in HTML_BLOCK_TAGS:
            current, owner = [], node
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node.contents))
    if blocks:
        return "\n\n".join(blocks)
    # A page of bare text or divs: each line of text is a paragraph.
    return "\n\n".join(
        " ".join(line.split()) for piece in loose for line in piece.split("\n") if line.strip()
    )


# ============================================================================ Word and PDF

# A .docx stores its members either as they are or deflated; anything else is not from Word, and
# zipfile's bzip2 and lzma readers inflate a whole compressed block before any size check.
ZIP_METHODS = {0: "stored", 8: "deflated"}


def check_docx_archive(data: bytes, path: str, limits: ReadLimits, budget: Budget) -> None:
    """Refuse a .docx that would inflate past the limits, before python-docx or lxml sees it.

    First the zip directory: each member's declared size, its compression ratio and method, and
    the declared total. Then every member is inflated in chunks and counted (zipfile itself stops
    at the declared size and fails the CRC check on a member that claims less than it holds), and
    every XML member goes through an expat parser that refuses DTDs and entity declarations (no
    entity expansion, no external resources) and counts nesting depth as it goes."""
    import io
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as error:
        raise InputError(
            f"{path}: not a readable Word document (corrupt, or not a .docx: {_short(error)})"
        ) from None
    total = 0
    for member in members:
        name = member.filename
        if member.compress_type not in ZIP_METHODS:
            raise InputError(
                f"{path}: not a Word document: {name} is compressed with method "
                f"{member.compress_type}, which Word never uses"
            )
        if member.file_size > limits.max_member_bytes:
            raise over_limit(
                path,
                f"{name} would inflate to {describe_size(member.file_size)}",
                "max_member_bytes",
                limits,
            )
        if (
            member.file_size > limits.ratio_grace_bytes
            and member.compress_size < member.file_size * limits.min_compression_ratio
        ):
            raise over_limit(
                path,
                f"{name} would inflate {member.file_size / max(member.compress_size, 1):,.0f} "
                f"times (to {describe_size(member.file_size)}), compression ratio "
                f"{member.compress_size / member.file_size:.4f}",
                "min_compression_ratio",
                limits,
            )
        total += member.file_size
        if total > limits.max_archive_bytes:
            raise over_limit(
                path,
                f"its members would inflate to more than {describe_size(total)}",
                "max_archive_bytes",
                limits,
            )
    actual_total = 0
    for member in members:
        is_xml = member.filename.lower().endswith((".xml", ".rels"))
        parser = _SafeXmlCheck(path, member.filename, limits) if is_xml else None
        actual = 0
        try:
            with archive.open(member) as stream:
                while chunk := stream.read(READ_CHUNK):
                    actual += len(chunk)
                    actual_total += len(chunk)
                    if actual > min(member.file_size, limits.max_member_bytes):
                        raise over_limit(
                            path,
                            f"{member.filename} inflates past its declared size",
                            "max_member_bytes",
                            limits,
                        )
                    if actual_total > limits.max_archive_bytes:
                        raise over_limit(
                            path, "its members inflate further", "max_archive_bytes", limits
                        )
                    if parser is not None:
                        parser.feed(chunk)
                    budget.check()
            if parser is not None:
                parser.close()
        except (zipfile.BadZipFile, NotImplementedError, OSError, EOFError) as error:
            if isinstance(error, zipfile.BadZipFile) and _inflates_past(archive, member):
                raise over_limit(
                    path,
                    f"{member.filename} inflates past its declared size "
                    f"({describe_size(member.file_size)})",
                    "max_member_bytes",
                    limits,
                ) from None
            raise InputError(
                f"{path}: not a readable Word document (corrupt: {_short(error)})"
            ) from None


def _inflates_past(archive, member) -> bool:
    """True when ``member`` (a ZipInfo of ``archive``) inflates to more than the size the zip
    directory declares for it (zipfile stops at the declared size and then fails the CRC check,
    as for a damaged member)."""
    import copy
    import zipfile

    probe = copy.copy(member)
    probe.file_size = member.file_size + 1
    del probe.CRC  # no CRC check: only whether more comes out than declared
    inflated = 0
    try:
        with archive.open(probe) as stream:
            while inflated <= member.file_size and (chunk := stream.read(READ_CHUNK)):
                inflated += len(chunk)
    except (zipfile.BadZipFile, NotImplementedError, OSError, EOFError):
        pass  # the CRC check fails at the end either way
    return inflated > member.file_size


class _SafeXmlCheck:
    """Feed an XML member through defusedxml's expat reader: a DTD, an entity declaration or an
    external reference is refused, and so is nesting deeper than ``limits.max_depth``."""

    def __init__(self, path: str, member: str, limits: ReadLimits) -> None:
        from xml.sax.handler import ContentHandler

        from defusedxml.sax import make_parser

        self.path, self.member, self.limits = path, member, limits
        check = self

        class DepthCounter(ContentHandler):
            depth = 0

            def startElementNS(self, name, qname, attributes) -> None:  # noqa: N802 - SAX's name
                self.depth += 1
                if self.depth > limits.max_depth:
                    raise over_limit(
                        check.path,
                        f"{check.member} nests elements more than {limits.max_depth} deep",
                        "max_depth",
                        limits,
                    )

            def endElementNS(self, name, qname) -> None:  # noqa: N802 - SAX's name
                self.depth -= 1

        self.parser = make_parser()
        self.parser.forbid_dtd = True
        self.parser.forbid_entities = True
        self.parser.forbid_external = True
        self.parser.setFeature("http://xml.org/sax/features/namespaces", True)
        self.parser.setContentHandler(DepthCounter())

    def feed(self, chunk: bytes) -> None:
        self._guard(self.parser.feed, chunk)

    def close(self) -> None:
        self._guard(self.parser.close)

    def _guard(self, call, *arguments) -> None:
        from xml.sax import SAXException

        from defusedxml import DefusedXmlException

        try:
            call(*arguments)
        except DefusedXmlException as error:
            raise InputError(
                f"{self.path}: {self.member} declares a DTD or XML entities ({type(error).__name__}),"
                " which Word documents never do; refused (entity expansion)"
            ) from None
        except SAXException as error:
            raise InputError(
                f"{self.path}: not a readable Word document ({self.member} is not well-formed "
                f"XML: {_short(error)})"
            ) from None


def read_docx(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> Document:
    """Body paragraphs and table cells of a .docx, in reading order, one paragraph each."""
    return docx_from_bytes(_read_bytes(path, limits), str(path), limits)


def docx_from_bytes(data: bytes, source: str, limits: ReadLimits = DEFAULT_LIMITS) -> Document:
    """A .docx held in memory; see :func:`read_docx`. The zip archive is checked against
    ``limits`` (:func:`check_docx_archive`) before python-docx opens it."""
    import io
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    path = source  # the name every message starts with
    budget = Budget(path, limits)
    if not data:
        raise InputError(f"{path}: the file is empty")
    _check_size(data, source, limits)
    check_docx_archive(data, path, limits, budget)
    try:
        # python-docx reads the same bytes again; zipfile cannot inflate a member past the size
        # its directory declares, and those sizes were checked above.
        document = docx.Document(io.BytesIO(data))
        budget.check()
        blocks: list[str] = []
        size = 0
        for item in document.iter_inner_content():
            texts = list(_table_cells(item)) if isinstance(item, Table) else [item.text]
            blocks.extend(texts)
            size += sum(len(text) for text in texts)
            if size > limits.max_text_chars:
                raise over_limit(path, "it has more characters of text", "max_text_chars", limits)
        budget.check()
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


def read_pdf(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> Document:
    """The text layer of a PDF: lines joined into paragraphs, words hyphenated across line ends
    rejoined, page numbers and headers/footers repeated on most pages dropped."""
    return pdf_from_bytes(_read_bytes(path, limits), str(path), limits)


def pdf_from_bytes(data: bytes, source: str, limits: ReadLimits = DEFAULT_LIMITS) -> Document:
    """A PDF held in memory; see :func:`read_pdf`. pypdf stops inflating any stream past
    ``limits.max_pdf_stream_bytes`` (its own safety limits set from ours); pages and extracted
    text are counted against their limits as they come."""
    import io

    import pypdf
    from pypdf.errors import LimitReachedError, PdfReadError

    path = source  # the name every message starts with
    budget = Budget(path, limits)
    if not data:
        raise InputError(f"{path}: the file is empty")
    _check_size(data, source, limits)
    stream_limit = limits.max_pdf_stream_bytes
    configuration = {
        "maximum_declared_stream_length": stream_limit,
        "array_based_stream_maximum_output_length": stream_limit,
        "zlib_maximum_output_length": stream_limit,
        "lzw_maximum_output_length": stream_limit,
        "run_length_maximum_output_length": stream_limit,
        "brotli_maximum_output_length": stream_limit,
        "jbig2_maximum_output_length": stream_limit,
        "image_maximum_buffer_size": stream_limit,
        "jbig2dec_binary": None,  # never start another program for a student's file
    }
    pages: list[str] = []
    try:
        with pypdf.apply_configuration(**configuration):
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                try:
                    unlocked = reader.decrypt("")
                except Exception:  # noqa: BLE001 - pypdf raises several kinds here
                    unlocked = 0
                if not unlocked:
                    raise InputError(
                        f"{path}: the PDF is encrypted (it needs a password to be read)"
                    )
            count = len(reader.pages)
            if count > limits.max_pages:
                raise over_limit(path, f"it has {count:,} pages", "max_pages", limits)
            size = 0
            for page in reader.pages:
                budget.check()
                pages.append(page.extract_text() or "")
                size += len(pages[-1])
                if size > limits.max_text_chars:
                    raise over_limit(
                        path, "it has more characters of text", "max_text_chars", limits
                    )
            budget.check()
    except InputError:
        raise
    except LimitReachedError as error:
        if "decompress" in str(error).lower():
            raise over_limit(
                path, "a compressed stream in it inflates further", "max_pdf_stream_bytes", limits
            ) from None
        raise InputError(
            f"{path}: the PDF passes one of pypdf's safety limits ({_short(error)}); refused"
        ) from None
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


READERS: dict[str, Callable[[Path, ReadLimits], Document]] = {
    ".txt": read_plain_text,
    ".text": read_plain_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".docx": read_docx,
    ".pdf": read_pdf,
}


BYTES_READERS: dict[str, Callable[[bytes, str, ReadLimits], Document]] = {
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


def document_from_bytes(data: bytes, name: str, limits: ReadLimits = DEFAULT_LIMITS) -> Document:
    """Read a file held in memory (an upload) by the reader its name's extension picks, within
    ``limits``; nothing is written to disk. Raises InputError with one clear line, as
    :func:`read_document` does."""
    suffix = Path(name).suffix.lower()
    reader = BYTES_READERS.get(suffix)
    if reader is None:
        raise InputError(
            f"{name}: unsupported file type {suffix or '(none)'!r} "
            f"(supported: {', '.join(sorted(BYTES_READERS))})"
        )
    return _one_line_errors(name, lambda: reader(data, name, limits))


def read_document(path: Path | str, limits: ReadLimits = DEFAULT_LIMITS) -> Document:
    """Read a supported file into a Document within ``limits``; raise InputError with one clear
    line otherwise."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise InputError(
            f"{path}: unsupported file type {path.suffix or '(none)'!r} "
            f"(supported: {', '.join(sorted(READERS))})"
        )
    if path.is_dir():
        raise InputError(f"{path}: is a folder")
    return _one_line_errors(path, lambda: reader(path, limits))


def _one_line_errors(source: object, read: Callable[[], Document]) -> Document:
    """Run a reader. An exception a parsing library raises that the reader did not expect also
    becomes one line ("could not read FILE: ...") rather than a traceback: a student's file can be
    built to break any parser, and one such file must not stop a class set."""
    try:
        return read()
    except InputError:
        raise
    except MemoryError:
        raise InputError(f"could not read {source}: it needs more memory than there is") from None
    except RecursionError:
        raise InputError(f"could not read {source}: its structure nests too deeply") from None
    except Exception as error:  # noqa: BLE001 - see the docstring
        raise InputError(f"could not read {source}: {_problem_kind(error)}") from None


def _problem_kind(error: BaseException) -> str:
    """ "XMLSyntaxError: Maximum entity amplification factor exceeded" as one short line."""
    detail = _short(error)
    kind = type(error).__name__
    return kind if detail == kind else f"{kind}: {detail}"


# ============================================================================ reading in a child process


class IsolatedReader:
    """Read files in a child process, so that no file can hold a run longer than
    ``limits.time_budget_seconds`` or take more memory than ``limits.max_reader_memory_bytes``.

    ``read_document`` checks the time budget between stages, but a parser busy inside C code (lxml,
    zlib, a regular expression) cannot be interrupted from Python. Here the parent waits for the
    child's answer at most the time budget; when it does not come, the child is killed and waited
    for (no zombie, no work left running) and the next file gets a new child. The child's address
    space is capped, so a reader that would need more memory gets a MemoryError, reported as one
    line like any unreadable file. Use it as a context manager (the child is stopped on exit)::

        with IsolatedReader(limits) as reader:
            document = reader.read("handout.docx")  # Document, or InputError
    """

    def __init__(self, limits: ReadLimits = DEFAULT_LIMITS) -> None:
        self.limits = limits
        self._process = None
        self._connection = None

    def __enter__(self) -> IsolatedReader:
        return self

    def __exit__(self, *exception: object) -> None:
        self.close()

    def read(self, path: Path | str) -> Document:
        """The file at ``path``, read in the child (see :func:`read_document`)."""
        return self._ask(Path(path), (str(path), None, self.limits))

    def read_bytes(self, data: bytes, name: str) -> Document:
        """A file held in memory (an upload), read in the child (see :func:`document_from_bytes`)."""
        return self._ask(name, (name, data, self.limits))

    def _ask(self, path: object, request: tuple) -> Document:
        if self._process is None:
            self._start()
        try:
            self._connection.send(request)
            answered = self._connection.poll(self.limits.time_budget_seconds)
        except OSError:
            answered = False
        if not answered:
            self._stop()
            raise over_limit(
                path,
                "reading it took longer than its time budget",
                "time_budget_seconds",
                self.limits,
            )
        try:
            kind, payload = self._connection.recv()
        except (EOFError, OSError):
            code = self._process.exitcode if self._process is not None else None
            self._stop()
            raise InputError(
                f"could not read {path}: the reading process stopped (exit code {code})"
            ) from None
        if kind == "error":
            raise InputError(payload)
        return payload

    def _start(self) -> None:
        import multiprocessing

        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        parent, child = context.Pipe()
        self._process = context.Process(
            target=_reader_process,
            args=(child, self.limits.max_reader_memory_bytes),
            name="vaguewords-reader",
            daemon=True,
        )
        self._process.start()
        child.close()
        self._connection = parent

    def _stop(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join()
            self._connection.close()
        self._process = None
        self._connection = None

    def close(self) -> None:
        """Ask the child to finish; kill it if it does not within a second."""
        if self._process is None:
            return
        import contextlib

        with contextlib.suppress(OSError):
            self._connection.send(None)
        self._process.join(timeout=1)
        self._stop()


def _reader_process(connection, memory_bytes: int) -> None:
    """The child: read each path it is sent, answer with the Document or the error's line."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    except (ImportError, ValueError, OSError):
        pass  # no address-space limit on this system; the time budget still holds
    # Readers report problems as InputError only. pypdf also logs ("EOF marker not found") and
    # parsers warn; those lines would reach the user's stderr or the server's log, quoting a file.
    import logging
    import warnings

    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        name, data, limits = request
        try:
            if data is None:
                answer = ("document", read_document(name, limits))
            else:
                answer = ("document", document_from_bytes(data, name, limits))
        except InputError as error:
            answer = ("error", str(error))
        connection.send(answer)


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
