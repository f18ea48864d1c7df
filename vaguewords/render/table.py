"""Tables (pandas): one row per finding, or one summary row per document."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import pandas as pd

from vaguewords.model import SLOT_NAMES, Analysis

FINDING_COLUMNS = [
    "file", "paragraph", "start", "end", "term", "text", "category", "clause",
    "who", "who_evidence", "how", "how_evidence", "when", "when_evidence", "questions",
]  # fmt: skip
DOCUMENT_COLUMNS = [
    "file", "words", "findings", "findings_per_100_words", "missing_who", "missing_how",
    "missing_when", "unresolved", "most_common_term",
]  # fmt: skip


def findings_table(analyses: Iterable[Analysis]) -> pd.DataFrame:
    rows = []
    for analysis in analyses:
        for finding in analysis.findings:
            row = {
                "file": analysis.source,
                "paragraph": finding.paragraph,
                "start": finding.start,
                "end": finding.end,
                "term": finding.term,
                "text": finding.text,
                "category": finding.category,
                "clause": finding.clause,
            }
            for slot in finding.slots:
                row[slot.name] = slot.present
                row[f"{slot.name}_evidence"] = slot.text or ""
            row["questions"] = " | ".join(finding.questions)
            rows.append(row)
    return pd.DataFrame(rows, columns=FINDING_COLUMNS)


def document_summary(analysis: Analysis) -> dict:
    findings = analysis.findings
    terms = Counter(finding.term for finding in findings)
    row = {
        "file": analysis.source,
        "words": analysis.words,
        "findings": len(findings),
        "findings_per_100_words": round(100 * len(findings) / analysis.words, 2)
        if analysis.words
        else 0.0,
    }
    for name in SLOT_NAMES:
        row[f"missing_{name}"] = sum(name in finding.missing for finding in findings)
    row["unresolved"] = sum(not finding.resolved for finding in findings)
    row["most_common_term"] = terms.most_common(1)[0][0] if terms else ""
    return row


def documents_table(analyses: Iterable[Analysis]) -> pd.DataFrame:
    return pd.DataFrame([document_summary(a) for a in analyses], columns=DOCUMENT_COLUMNS)


# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """A text cell that starts with a formula character, with a leading apostrophe (as OWASP
    recommends), so a spreadsheet shows it as text; anything else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def to_csv(frame: pd.DataFrame, raw: bool = False) -> str:
    """The table as CSV. Text cells are made spreadsheet-safe (see ``spreadsheet_safe``) unless
    ``raw``: programs that read the CSV want the cells exactly as found. The header is ours and
    numbers are written as numbers."""
    if not raw:
        frame = frame.copy()
        for column in frame.columns:
            if not pd.api.types.is_numeric_dtype(frame[column]):
                frame[column] = frame[column].map(spreadsheet_safe)
    return frame.to_csv(index=False, lineterminator="\n")


SCORE_COLUMNS = [
    "file", "words", "score", "band", "findings", "unresolved", "most_missing_slot",
    "most_common_term",
]  # fmt: skip


def scores_table(scores) -> pd.DataFrame:
    """One row per scored file (class mode)."""
    rows = [
        {
            "file": score.source,
            "words": score.words,
            "score": None if score.score is None else round(score.score, 1),
            "band": score.band or "too short",
            "findings": len(score.findings),
            "unresolved": score.unresolved,
            "most_missing_slot": score.most_missing_slot(),
            "most_common_term": score.most_common_term(),
        }
        for score in scores
    ]
    return pd.DataFrame(rows, columns=SCORE_COLUMNS)
