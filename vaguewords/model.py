"""Plain data: what an analysis produces. No spaCy objects, so scoring and rendering are easy to
test and the JSON shape falls out of the dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

SLOT_NAMES = ("who", "how", "when")
# The kind of finding that has no vague word: "Sanctions will be lifted." (see commitments.py).
UNASSIGNED_COMMITMENT = "unassigned_commitment"


@dataclass(frozen=True)
class Slot:
    """A who / how / when verdict for one clause, with its evidence and the rule that decided.

    When ``present`` is false, ``text``/``start``/``end`` are None and ``rule``/``reason`` say why
    (for example ``agentless_passive``: "guarantees will be provided" names nobody)."""

    name: str
    present: bool
    text: str | None
    start: int | None
    end: int | None
    rule: str
    reason: str

    def shifted(self, offset: int) -> Slot:
        if self.start is None or self.end is None or offset == 0:
            return self
        return replace(self, start=self.start + offset, end=self.end + offset)

    def to_dict(self) -> dict[str, Any]:
        return {
            "present": self.present,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "rule": self.rule,
            "reason": self.reason,
        }

    @classmethod
    def from_dict(cls, name: str, data: dict[str, Any]) -> Slot:
        return cls(name=name, **data)


@dataclass(frozen=True)
class Finding:
    """One vague term occurrence, its clause, the who / how / when verdicts and the questions."""

    term: str
    text: str
    category: str
    start: int
    end: int
    sentence: str
    clause: str
    clause_start: int
    clause_end: int
    who: Slot
    how: Slot
    when: Slot
    questions: tuple[str, ...]
    explanation: str = ""
    leaves_open: tuple[str, ...] = ()
    paragraph: int = 1
    checklist: tuple[str, ...] = ()  # one instruction per question: "Say who provides ..."
    words: int = 1  # words in the matched text (punctuation not counted), as in Analysis.words
    # Why this candidate is a finding here (vaguewords.context): "future_or_modal", ...
    usage_rule: str = ""
    usage_reason: str = ""
    rule: str = ""  # for a finding found without a lexicon term, the rule that decided it

    @property
    def is_omission(self) -> bool:
        """Found without a vague word: a commitment that names no one (see commitments.py)."""
        return self.category == UNASSIGNED_COMMITMENT

    @property
    def slots(self) -> tuple[Slot, Slot, Slot]:
        return (self.who, self.how, self.when)

    @property
    def missing(self) -> tuple[str, ...]:
        """Names of the slots the clause does not fill, in who/how/when order."""
        return tuple(slot.name for slot in self.slots if not slot.present)

    @property
    def resolved(self) -> bool:
        return not self.missing

    def shifted(self, offset: int, paragraph: int | None = None) -> Finding:
        """The same finding with every offset moved by ``offset`` (for text analysed in chunks)."""
        return replace(
            self,
            start=self.start + offset,
            end=self.end + offset,
            clause_start=self.clause_start + offset,
            clause_end=self.clause_end + offset,
            who=self.who.shifted(offset),
            how=self.how.shifted(offset),
            when=self.when.shifted(offset),
            paragraph=self.paragraph if paragraph is None else paragraph,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "term": self.term,
            "text": self.text,
            "category": self.category,
            "start": self.start,
            "end": self.end,
            "paragraph": self.paragraph,
            "sentence": self.sentence,
            "clause": self.clause,
            "clause_start": self.clause_start,
            "clause_end": self.clause_end,
            "explanation": self.explanation,
            "leaves_open": list(self.leaves_open),
            "who": self.who.to_dict(),
            "how": self.how.to_dict(),
            "when": self.when.to_dict(),
            "questions": list(self.questions),
            "checklist": list(self.checklist),
            "words": self.words,
            "usage": {"rule": self.usage_rule, "reason": self.usage_reason},
            **({"rule": self.rule} if self.rule else {}),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        values = dict(data)
        for name in SLOT_NAMES:
            values[name] = Slot.from_dict(name, values[name])
        values["questions"] = tuple(values["questions"])
        values["leaves_open"] = tuple(values.get("leaves_open", ()))
        values["checklist"] = tuple(values.get("checklist", ()))
        usage = values.pop("usage", None) or {}
        values["usage_rule"] = usage.get("rule", "")
        values["usage_reason"] = usage.get("reason", "")
        return cls(**values)


@dataclass(frozen=True)
class Candidate:
    """A lexicon term that is not a finding in its sentence, and the rule that decided
    (vaguewords.context): "past_narrative", "mention", "description", ..."""

    term: str
    text: str
    category: str
    start: int
    end: int
    rule: str
    reason: str

    def shifted(self, offset: int) -> Candidate:
        return replace(self, start=self.start + offset, end=self.end + offset)

    def to_dict(self) -> dict[str, Any]:
        return {
            "term": self.term,
            "text": self.text,
            "category": self.category,
            "start": self.start,
            "end": self.end,
            "rule": self.rule,
            "reason": self.reason,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Candidate:
        return cls(**data)


@dataclass(frozen=True)
class Analysis:
    """The result for one source text."""

    source: str
    words: int
    findings: tuple[Finding, ...]
    text: str = field(default="", repr=False)
    warnings: tuple[str, ...] = ()
    # Lexicon terms found but not flagged here, each with the rule that decided.
    suppressed: tuple[Candidate, ...] = field(default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract: source, words, findings (the text itself is left out)."""
        data: dict[str, Any] = {
            "source": self.source,
            "words": self.words,
            "findings": [finding.to_dict() for finding in self.findings],
        }
        if self.warnings:
            data["warnings"] = list(self.warnings)
        data["suppressed"] = [candidate.to_dict() for candidate in self.suppressed]
        return data
