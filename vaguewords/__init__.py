"""vaguewords: find reassuring but unspecified language and ask who, how and when.

    >>> from vaguewords import analyze
    >>> analysis = analyze("Robust security guarantees will be provided in stages.")
    >>> [finding.term for finding in analysis.findings]
    ['robust', 'in stages']

Names are imported lazily so that ``vaguewords --help`` does not pay for importing spaCy.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

__version__ = "0.1.0"

_EXPORTS = {
    "analyze": "vaguewords.pipeline",
    "analyze_many": "vaguewords.pipeline",
    "load_pipeline": "vaguewords.pipeline",
    "Settings": "vaguewords.pipeline",
    "Analysis": "vaguewords.model",
    "Finding": "vaguewords.model",
    "Slot": "vaguewords.model",
    "Document": "vaguewords.documents",
    "read_document": "vaguewords.documents",
    "slots_for": "vaguewords.slots",
    "VagueWordsError": "vaguewords.errors",
}
__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from vaguewords.documents import Document, read_document
    from vaguewords.errors import VagueWordsError
    from vaguewords.model import Analysis, Finding, Slot
    from vaguewords.pipeline import Settings, analyze, analyze_many, load_pipeline
    from vaguewords.slots import slots_for


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'vaguewords' has no attribute {name!r}")
