"""The specificity score: a pure function of the findings and the word count.

Formula (every number comes from the rubric; the defaults are shown):

1. Each finding's clause names some of who / how / when. Its **unresolved part** is
   ``1 - (w_who·who + w_how·how + w_when·when) / (w_who + w_how + w_when)``, with who/how/when
   1 when named and 0 when not, and weights w = 1, 1, 1. A finding whose clause names all three
   costs nothing; one that names none costs 1.
   An **unassigned commitment** ("Sanctions will be lifted.": a promise that names no one, found
   without a vague word) costs what naming who would recover, ``w_who / (w_who + w_how + w_when)``
   (1/3 by default), whatever else its clause leaves open; in a clause that also holds a vague
   term it costs nothing, because that term's part already charges the clause's missing who
   (both are shown; the clause is charged once). Its verb phrase is not a vague term: its words
   stay among the other words.
2. The **unresolved load** is the sum of those parts over all findings. The **density** is the
   load per 100 words of the rest of the text (the words that are not vague terms themselves):
   ``density = 100 · load / (words - words in vague terms)``.
3. ``score = 100 / (1 + density / half_score_at)`` with ``half_score_at = 4``: no unresolved vague
   terms scores 100, 4 unresolved terms per 100 other words scores 50, 12 scores 25. A text made
   of nothing but unresolved vague terms scores 0.
4. Bands: ``Specific`` from 75, ``Partly specific`` from 50, ``Vague`` below.
   Texts under ``min_words = 20`` words are not scored.

Worked example: 123 words with three one-word findings; the first names who and when (part 1/3),
the second names nothing (part 1), the third names all three (part 0). Load = 1.333, other words
= 120, density = 1.111 per 100 words, score = 100 / (1 + 1.111 / 4) = 78.3: "Specific".

Properties (tested): naming a missing slot never lowers the score (the part falls, the other
words grow); deleting an unresolved vague term never lowers it (the load falls by 1, the other
words stay the same); the order of paragraphs does not matter (sums only). Counting density
against the other words, not all words, is what keeps the second property exact for multi-word
terms.
"""

from __future__ import annotations

import difflib
import math
import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from vaguewords.errors import RubricError
from vaguewords.model import SLOT_NAMES, Analysis, Finding, Slot


@dataclass(frozen=True)
class Rubric:
    who: float = 1.0
    how: float = 1.0
    when: float = 1.0
    half_score_at: float = 4.0
    specific: float = 75.0
    partly_specific: float = 50.0
    min_words: int = 20

    def weight(self, slot: str) -> float:
        return getattr(self, slot)


DEFAULT_RUBRIC = Rubric()
BAND_SPECIFIC, BAND_PARTLY, BAND_VAGUE = "Specific", "Partly specific", "Vague"

RUBRIC_KEYS = {
    "weights": {"who", "how", "when"},
    "density": {"half_score_at"},
    "bands": {"specific", "partly_specific"},
    "scoring": {"min_words"},
}


def load_rubric(path: Path | str) -> Rubric:
    """Read a rubric TOML file; any problem is one RubricError naming the file and the key."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RubricError(f"{path}: rubric file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise RubricError(f"{path}: cannot read the rubric ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise RubricError(f"{path}: not valid TOML ({error})") from None
    return rubric_from_dict(data, str(path))


def rubric_from_dict(
    data: dict[str, Any], source: str = "rubric", base: Rubric = DEFAULT_RUBRIC
) -> Rubric:
    """A rubric from TOML-shaped data (``{"weights": {"who": 2}}``); keys left out keep their
    values in ``base``. Any problem is one RubricError naming the key."""
    values: dict[str, Any] = {}
    for table, content in data.items():
        if table not in RUBRIC_KEYS:
            raise RubricError(
                f"{source}: unknown section [{table}] (expected one of "
                f"{', '.join(f'[{t}]' for t in RUBRIC_KEYS)})"
            )
        if not isinstance(content, dict):
            raise RubricError(f"{source}: {table} must be a section, e.g. [{table}]")
        for key, value in content.items():
            if key not in RUBRIC_KEYS[table]:
                raise RubricError(
                    f"{source}: unknown key {table}.{key} (expected "
                    f"{', '.join(sorted(RUBRIC_KEYS[table]))})"
                )
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise RubricError(f"{source}: {table}.{key} must be a number, got {value!r}")
            if not math.isfinite(value) or value < 0:
                raise RubricError(f"{source}: {table}.{key} must be zero or more, got {value!r}")
            values[key] = value
    rubric = Rubric(**{**base.__dict__, **values})
    if rubric.who + rubric.how + rubric.when <= 0:
        raise RubricError(f"{source}: weights.who/how/when cannot all be zero")
    if rubric.half_score_at <= 0:
        raise RubricError(f"{source}: density.half_score_at must be more than zero")
    if not 0 <= rubric.partly_specific <= rubric.specific <= 100:
        raise RubricError(
            f"{source}: bands must satisfy 0 <= partly_specific <= specific <= 100, got "
            f"{rubric.partly_specific} and {rubric.specific}"
        )
    if int(rubric.min_words) != rubric.min_words:
        raise RubricError(f"{source}: scoring.min_words must be a whole number")
    return rubric


# ============================================================================ the formula


def unresolved_part(named: dict[str, bool], rubric: Rubric = DEFAULT_RUBRIC) -> float:
    """1 minus the weighted share of who / how / when that the clause names."""
    total = sum(rubric.weight(slot) for slot in SLOT_NAMES)
    named_weight = sum(rubric.weight(slot) for slot in SLOT_NAMES if named.get(slot))
    return 1.0 - named_weight / total


def finding_part(finding: Finding, rubric: Rubric = DEFAULT_RUBRIC) -> float:
    """A vague term's unresolved part; an unassigned commitment costs what naming who would
    recover (``w_who / (w_who + w_how + w_when)``), however much else its clause leaves open."""
    if finding.is_omission:
        return unresolved_part({"who": finding.who.present, "how": True, "when": True}, rubric)
    return unresolved_part({slot.name: slot.present for slot in finding.slots}, rubric)


def finding_parts(findings: Sequence[Finding], rubric: Rubric = DEFAULT_RUBRIC) -> list[float]:
    """Each finding's part. An unassigned commitment in a clause that also holds a vague term
    costs nothing: the vague term's part already charges that clause's missing who (the two are
    shown, the clause is charged once)."""
    clauses_with_terms = {(f.clause_start, f.clause_end) for f in findings if not f.is_omission}
    return [
        0.0
        if finding.is_omission and (finding.clause_start, finding.clause_end) in clauses_with_terms
        else finding_part(finding, rubric)
        for finding in findings
    ]


def density_of(load: float, other_words: int) -> float:
    if load <= 0:
        return 0.0
    return math.inf if other_words <= 0 else 100.0 * load / other_words


def score_from_load(load: float, other_words: int, rubric: Rubric = DEFAULT_RUBRIC) -> float:
    """The score for an unresolved load over the words that are not vague terms."""
    density = density_of(load, other_words)
    return 0.0 if math.isinf(density) else 100.0 / (1.0 + density / rubric.half_score_at)


def other_words(analysis: Analysis) -> int:
    """The words that are not vague terms (a commitment's verb phrase is not a vague term)."""
    return analysis.words - term_words(analysis.findings)


def term_words(findings: Sequence[Finding]) -> int:
    return sum(finding.words for finding in findings if not finding.is_omission)


def band_for(score: float, rubric: Rubric = DEFAULT_RUBRIC) -> str:
    if score >= rubric.specific:
        return BAND_SPECIFIC
    if score >= rubric.partly_specific:
        return BAND_PARTLY
    return BAND_VAGUE


@dataclass(frozen=True)
class SentenceCost:
    sentence: str
    paragraph: int
    points: float  # how much higher the score would be if this sentence's findings were resolved
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class Score:
    source: str
    words: int
    score: float | None  # None: too short to score
    band: str | None
    load: float
    density: float
    findings: tuple[Finding, ...]
    costliest: tuple[SentenceCost, ...] = ()
    checklist: tuple[str, ...] = ()
    message: str = ""
    rubric: Rubric = field(default=DEFAULT_RUBRIC, repr=False)

    @property
    def unresolved(self) -> int:
        return sum(not finding.resolved for finding in self.findings)

    def most_missing_slot(self) -> str:
        counts = Counter(name for f in self.findings for name in f.missing)
        return counts.most_common(1)[0][0] if counts else ""

    def most_common_term(self) -> str:
        counts = Counter(f.term for f in self.findings)
        return counts.most_common(1)[0][0] if counts else ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "words": self.words,
            "score": None if self.score is None else round(self.score, 1),
            "band": self.band,
            "message": self.message,
            "formula": {
                "unresolved_load": round(self.load, 3),
                "density_per_100_words": None
                if math.isinf(self.density)
                else round(self.density, 3),
                "other_words": self.words - term_words(self.findings),
                "half_score_at": self.rubric.half_score_at,
                "weights": {slot: self.rubric.weight(slot) for slot in SLOT_NAMES},
                "bands": {
                    BAND_SPECIFIC: self.rubric.specific,
                    BAND_PARTLY: self.rubric.partly_specific,
                },
                "findings": len(self.findings),
                "unresolved_findings": self.unresolved,
            },
            "costliest_sentences": [
                {
                    "sentence": cost.sentence,
                    "paragraph": cost.paragraph,
                    "points": round(cost.points, 1),
                    "questions": [q for f in cost.findings for q in f.questions],
                }
                for cost in self.costliest
            ],
            "checklist": list(self.checklist),
            "findings": [finding.to_dict() for finding in self.findings],
        }


def score_analysis(
    analysis: Analysis, rubric: Rubric = DEFAULT_RUBRIC, costliest: int = 3
) -> Score:
    """Score one analysed text: the number, its band, the formula's parts, the sentences that cost
    the most points and a checklist of what to fix."""
    load = sum(finding_parts(analysis.findings, rubric))
    rest = other_words(analysis)
    density = density_of(load, rest)
    common = dict(
        source=analysis.source,
        words=analysis.words,
        load=load,
        density=density,
        findings=analysis.findings,
        rubric=rubric,
    )
    if analysis.words < rubric.min_words:
        return Score(
            score=None,
            band=None,
            message=(
                f"too short to score: {analysis.words} words (a score needs at least "
                f"{rubric.min_words}); the findings are listed below"
            ),
            **common,
        )
    value = score_from_load(load, rest, rubric)
    costs = sentence_costs(analysis, rubric, load, value)
    return Score(
        score=value,
        band=band_for(value, rubric),
        costliest=tuple(cost for cost in costs[:costliest] if cost.points > 0),
        checklist=checklist(costs),
        **common,
    )


def sentence_costs(
    analysis: Analysis, rubric: Rubric, load: float, value: float
) -> list[SentenceCost]:
    groups: dict[tuple[int, str], list[tuple[Finding, float]]] = {}
    parts = finding_parts(analysis.findings, rubric)
    for finding, finding_cost in zip(analysis.findings, parts, strict=True):
        groups.setdefault((finding.paragraph, finding.sentence), []).append((finding, finding_cost))
    costs = []
    rest = other_words(analysis)
    for (paragraph, sentence), pairs in groups.items():
        part = sum(cost for _, cost in pairs)
        findings = [finding for finding, _ in pairs]
        points = score_from_load(load - part, rest, rubric) - value
        costs.append(SentenceCost(sentence, paragraph, points, tuple(findings)))
    costs.sort(key=lambda cost: (-cost.points, cost.paragraph))
    return costs


def checklist(costs: Sequence[SentenceCost], limit: int = 8) -> tuple[str, ...]:
    """What to fix, costliest sentence first, each instruction once."""
    items: list[str] = []
    for cost in costs:
        for finding in cost.findings:
            for item in finding.checklist:
                if item not in items:
                    items.append(item)
    return tuple(items[:limit])


# ============================================================================ before / after


@dataclass(frozen=True)
class Comparison:
    before: Score
    after: Score
    resolved: tuple[tuple[Finding, Finding], ...]  # (draft finding, its now-specific revision)
    removed: tuple[Finding, ...]  # unresolved in the draft, gone from the revision
    remaining: tuple[tuple[Finding, Finding], ...]  # still missing something
    new: tuple[Finding, ...]  # vague terms the revision introduced

    @property
    def change(self) -> float | None:
        if self.before.score is None or self.after.score is None:
            return None
        return self.after.score - self.before.score

    def to_dict(self) -> dict[str, Any]:
        def brief(finding: Finding) -> dict[str, Any]:
            return {
                "term": finding.term,
                "text": finding.text,
                "sentence": finding.sentence,
                "missing": list(finding.missing),
            }

        return {
            "before": self.before.to_dict(),
            "after": self.after.to_dict(),
            "change": None if self.change is None else round(self.change, 1),
            "resolved": [
                {**brief(old), "now": {s.name: s.text for s in new.slots if s.present}}
                for old, new in self.resolved
            ],
            "removed": [brief(f) for f in self.removed],
            "remaining": [brief(new) for _, new in self.remaining],
            "new": [brief(f) for f in self.new],
        }


def compare(before: Analysis, after: Analysis, rubric: Rubric = DEFAULT_RUBRIC) -> Comparison:
    """Pair each draft finding with the revision's finding of the same term in the most similar
    sentence, then sort the pairs into resolved, removed, remaining and new."""
    unmatched = list(after.findings)
    resolved, removed, remaining = [], [], []
    for old in before.findings:
        if old.is_omission:
            _sort_commitment(old, after, unmatched, resolved, removed, remaining)
            continue
        candidates = [f for f in unmatched if f.term == old.term]
        if not candidates:
            if not old.resolved:
                removed.append(old)
            continue
        new = max(
            candidates,
            key=lambda f: difflib.SequenceMatcher(None, old.sentence, f.sentence).ratio(),
        )
        unmatched.remove(new)
        if new.resolved and not old.resolved:
            resolved.append((old, new))
        elif not new.resolved:
            remaining.append((old, new))
    return Comparison(
        before=score_analysis(before, rubric),
        after=score_analysis(after, rubric),
        resolved=tuple(resolved),
        removed=tuple(removed),
        remaining=tuple(remaining),
        new=tuple(unmatched),
    )


# Words too common to tell two clauses apart when matching a commitment across revisions.
COMMON_WORDS = frozenset(
    {"the", "and", "will", "shall", "must", "should", "be", "been", "being", "was", "were", "are",
     "is", "for", "with", "from", "that", "this", "into", "have", "has", "not", "all", "its",
     "their", "our", "who", "which", "by", "to", "of", "in", "on", "at", "an", "a"}
)  # fmt: skip
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
SAME_CLAUSE_SHARE = 0.5  # share of the draft clause's words a revised sentence must keep


def _stems(text: str) -> set[str]:
    """Content words cut to four letters, so "lifted" and "lift" match."""
    return {
        word[:4]
        for word in re.findall(r"[a-z0-9]+", text.lower())
        if len(word) > 1 and word not in COMMON_WORDS
    }


def _share_kept(clause: str, sentence: str) -> float:
    wanted = _stems(clause)
    return len(wanted & _stems(sentence)) / len(wanted) if wanted else 0.0


def _sort_commitment(
    old: Finding,
    after: Analysis,
    unmatched: list[Finding],
    resolved: list[tuple[Finding, Finding]],
    removed: list[Finding],
    remaining: list[tuple[Finding, Finding]],
) -> None:
    """A draft commitment that named no one is *remaining* if the revision still has it (an
    unassigned commitment in a clause that keeps most of its words), *resolved* if the revision
    keeps the clause's words in a sentence that is no longer an unassigned commitment (so it now
    names who), and *removed* if the revision has no such sentence."""
    candidates = [
        f
        for f in unmatched
        if f.is_omission and _share_kept(old.clause, f.clause) >= SAME_CLAUSE_SHARE
    ]
    if candidates:
        new = max(candidates, key=lambda f: _share_kept(old.clause, f.clause))
        unmatched.remove(new)
        remaining.append((old, new))
        return
    sentences = [s.strip() for s in SENTENCE_SPLIT.split(after.text) if s.strip()]
    kept = max(sentences, key=lambda s: _share_kept(old.clause, s), default="")
    if not kept or _share_kept(old.clause, kept) < SAME_CLAUSE_SHARE:
        removed.append(old)
        return
    who = Slot(
        "who", True, kept, None, None, "named_in_revision", "the revision names who carries it out"
    )
    resolved.append(
        (old, replace(old, sentence=kept, clause=kept, who=who, questions=(), checklist=()))
    )
