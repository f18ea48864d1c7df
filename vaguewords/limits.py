"""How much reading and analysing one file may cost: the limits policy every face (CLI, web page,
Dask) passes to the readers in :mod:`vaguewords.documents` (and, for the analysis time budget, to
:mod:`vaguewords.analysis_worker`).

A file over a limit is refused with an :class:`~vaguewords.errors.InputError` whose one line names
the file, the limit and how to raise it; the other files of a run are not affected.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, fields, replace

from vaguewords.errors import InputError

MB = 1_000_000


@dataclass(frozen=True)
class ReadLimits:
    """Limits for reading one input file and analysing its text. The defaults suit classroom
    handouts (a 100-page Word file or PDF is well inside every one of them); change them with
    ``--limit NAME=VALUE`` or ``dataclasses.replace(DEFAULT_LIMITS, max_pages=2000)``."""

    max_file_bytes: int = 50 * MB
    """Size of the file on disk."""
    max_member_bytes: int = 50 * MB
    """Uncompressed size of any one member of a .docx (a zip archive), declared or actual."""
    max_archive_bytes: int = 200 * MB
    """Uncompressed size of all the members of a .docx together."""
    min_compression_ratio: float = 0.01
    """Compressed / uncompressed size below which a .docx member is refused (0.01: it would grow
    more than 100 times), for members larger than ``ratio_grace_bytes``. Office suites refuse
    archives the same way."""
    ratio_grace_bytes: int = 1 * MB
    """Members up to this uncompressed size are not held to ``min_compression_ratio``."""
    max_pdf_stream_bytes: int = 50 * MB
    """Decompressed size of any one PDF stream (a page's content, an image, a font)."""
    max_pages: int = 500
    """Pages of a PDF."""
    max_text_chars: int = 300_000
    """Characters of text a file may yield (about 50,000 words, 100 pages). The analysis time
    grows with it: on a shared 2-core machine spaCy parses about 10,000 characters a second."""
    max_depth: int = 200
    """Nesting depth of HTML and XML elements (a real handout stays under 30)."""
    time_budget_seconds: float = 20.0
    """Wall-clock time for reading one file."""
    analysis_budget_seconds: float = 20.0
    """Wall-clock time for analysing one file's text, in a worker process that is stopped when it
    runs out (``AnalysisWorker``, which the command line, the web page and the library's
    ``service`` functions use). A handout of 30 pages takes a few seconds; 300,000 characters
    (``max_text_chars``) about 10 s on a quiet 2-core machine, 30 s on a busy one."""
    max_reader_memory_bytes: int = 1000 * MB
    """Address space of the child process that reads files (``IsolatedReader``, which the
    command line uses); a reader that needs more is stopped with a MemoryError."""

    def __post_init__(self) -> None:
        for item in fields(self):
            value = getattr(self, item.name)
            if not isinstance(value, int | float) or isinstance(value, bool) or value <= 0:
                raise ValueError(f"limit {item.name} must be a positive number, got {value!r}")
        if self.min_compression_ratio >= 1:
            raise ValueError("limit min_compression_ratio must be below 1 (0.01 means 1:100)")

    def with_overrides(self, assignments: list[str] | tuple[str, ...]) -> ReadLimits:
        """A copy with ``NAME=VALUE`` assignments applied ("max_pages=2000", "max_file_bytes=80MB",
        "time_budget_seconds=60"); raises ValueError naming the bad assignment."""
        names = {item.name: item for item in fields(self)}
        changes: dict[str, int | float] = {}
        for assignment in assignments:
            name, equals, value = assignment.partition("=")
            name = name.strip().replace("-", "_")
            if not equals or name not in names:
                raise ValueError(
                    f"--limit {assignment!r}: expected NAME=VALUE with NAME one of "
                    f"{', '.join(names)}"
                )
            number = _parse_number(value)
            if number is None:
                raise ValueError(f"--limit {assignment!r}: {value!r} is not a number")
            changes[name] = number if names[name].type in (float, "float") else int(number)
        return replace(self, **changes)


DEFAULT_LIMITS = ReadLimits()

_NUMBER = re.compile(r"^\s*([0-9]+(?:\.[0-9]*)?|\.[0-9]+)\s*(kb|mb|gb|k|m|g)?\s*$", re.IGNORECASE)
_UNITS = {None: 1, "k": 1_000, "kb": 1_000, "m": MB, "mb": MB, "g": 1000 * MB, "gb": 1000 * MB}


def _parse_number(text: str) -> float | None:
    match = _NUMBER.match(text.replace("_", ""))
    if match is None:
        return None
    unit = match.group(2).lower() if match.group(2) else None
    return float(match.group(1)) * _UNITS[unit]


def describe_size(size: int | float) -> str:
    """A size for a message: "1.2 GB", "50 MB", "812 KB", "96 bytes"."""
    for unit, scale in (("GB", 1000 * MB), ("MB", MB), ("KB", 1_000)):
        if size >= scale:
            shown = f"{size / scale:.1f}".removesuffix(".0")
            return f"{shown} {unit}"
    return f"{int(size)} bytes"


def describe_limit(name: str, value: int | float) -> str:
    """A limit's value as people read it: "50 MB" for sizes, "0.01", "500"."""
    return describe_size(value) if name.endswith("_bytes") else f"{value:,g}".replace(",", "")


def over_limit(source: object, what: str, name: str, limits: ReadLimits) -> InputError:
    """The one-line error for a file over a limit: the file, what is too big, the limit by name and
    value, and how to raise it."""
    shown = describe_limit(name, getattr(limits, name))
    below = name.startswith("min_")
    return InputError(
        f"{source}: {what}, {'below' if below else 'over'} the limit {name} = {shown} "
        f"({'lower' if below else 'raise'} it with --limit {name}=VALUE if you trust this file)"
    )


class Budget:
    """The time budget of reading one file, checked between stages: every stage is itself bounded
    by the size limits, so a file cannot run far past its budget."""

    def __init__(self, source: object, limits: ReadLimits) -> None:
        self.source = source
        self.limits = limits
        self.deadline = time.monotonic() + limits.time_budget_seconds

    def check(self) -> None:
        if time.monotonic() > self.deadline:
            raise over_limit(
                self.source,
                "reading it took longer than its time budget",
                "time_budget_seconds",
                self.limits,
            )
