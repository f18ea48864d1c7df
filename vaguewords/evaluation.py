"""Score the analyzer against an annotated gold set (see tests/data/gold.tsv for the format)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from vaguewords.model import SLOT_NAMES, UNASSIGNED_COMMITMENT, Analysis, Finding, Slot

FLAG_PATTERN = re.compile(r"^(?P<text>.+?)\s*\[(?P<slots>[+\-?]{3})\]$")
# "commitment: will be lifted[---]": a promise that names no one (found without a vague word).
COMMITMENT_PREFIX = "commitment:"


@dataclass(frozen=True)
class GoldFlag:
    text: str
    slots: dict[str, bool | None]  # None: not scored
    commitment: bool = False  # an unassigned commitment, matched by overlapping span


@dataclass(frozen=True)
class GoldSentence:
    line: int
    sentence: str
    flags: tuple[GoldFlag, ...]


def parse_gold(path: Path) -> list[GoldSentence]:
    sentences = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#") or raw.startswith("sentence\t"):
            continue
        sentence, _, flags_text = raw.partition("\t")
        flags = []
        for item in filter(None, (part.strip() for part in flags_text.split(";"))):
            commitment = item.lower().startswith(COMMITMENT_PREFIX)
            if commitment:
                item = item[len(COMMITMENT_PREFIX) :].strip()
            match = FLAG_PATTERN.match(item)
            if match is None:
                raise ValueError(f"{path}: line {number}: cannot read flag {item!r}")
            marks = match["slots"]
            flags.append(
                GoldFlag(
                    text=match["text"].lower(),
                    slots={
                        name: None if mark == "?" else mark == "+"
                        for name, mark in zip(SLOT_NAMES, marks, strict=True)
                    },
                    commitment=commitment,
                )
            )
        sentences.append(GoldSentence(number, sentence.strip(), tuple(flags)))
    return sentences


class PrecisionRecall:
    """Precision, recall and F1 from ``true_positives``, ``false_positives`` and
    ``false_negatives`` (an empty side scores 1.0)."""

    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores(PrecisionRecall):
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    slot_correct: Counter = field(default_factory=Counter)
    slot_total: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    # Unassigned commitments, scored apart from the vague terms (None: not scored).
    commitments: Scores | None = None

    def score_slots(
        self, found: Iterable[Slot], expected: Mapping[str, bool | None]
    ) -> list[tuple[Slot, bool]]:
        """Count each found slot against its expected verdict (None: not annotated); returns the
        wrong ones with what was expected, for the caller to describe."""
        wrong = []
        for slot in found:
            want = expected[slot.name]
            if want is None:
                continue
            self.slot_total[slot.name] += 1
            if slot.present == want:
                self.slot_correct[slot.name] += 1
            else:
                wrong.append((slot, want))
        return wrong

    def slot_accuracy(self, name: str | None = None) -> float:
        names = SLOT_NAMES if name is None else (name,)
        total = sum(self.slot_total[n] for n in names)
        return sum(self.slot_correct[n] for n in names) / total if total else 1.0


def evaluate(gold: Sequence[GoldSentence], analyses: Iterable[Analysis]) -> Scores:
    """Flag precision/recall by matched text (case-insensitive, per sentence), then slot accuracy
    over the flags found in both. Unassigned commitments are scored apart, in
    ``scores.commitments``: a finding matches a gold commitment when their spans overlap."""
    scores = Scores(commitments=Scores())
    for item, analysis in zip(gold, analyses, strict=True):
        predicted: dict[str, list] = {}
        for finding in analysis.findings:
            if finding.category != UNASSIGNED_COMMITMENT:
                predicted.setdefault(finding.text.lower(), []).append(finding)
        _score_commitments(item, analysis, scores.commitments)
        for flag in item.flags:
            if flag.commitment:
                continue
            candidates = predicted.get(flag.text)
            if not candidates:
                scores.false_negatives += 1
                scores.errors.append(f"line {item.line}: missed {flag.text!r}: {item.sentence}")
                continue
            finding = candidates.pop(0)
            scores.true_positives += 1
            for slot, expected in scores.score_slots(finding.slots, flag.slots):
                scores.errors.append(
                    f"line {item.line}: {flag.text!r} {slot.name} expected "
                    f"{'present' if expected else 'absent'}, got "
                    f"{'present' if slot.present else 'absent'} [{slot.rule}: {slot.reason}]: "
                    f"{item.sentence}"
                )
        for text, leftovers in predicted.items():
            for _ in leftovers:
                scores.false_positives += 1
                scores.errors.append(f"line {item.line}: extra {text!r}: {item.sentence}")
    return scores


def _score_commitments(item: GoldSentence, analysis: Analysis, scores: Scores) -> None:
    lowered = item.sentence.lower()
    gold_spans: list[tuple[int, int, GoldFlag]] = []
    for flag in item.flags:
        if flag.commitment:
            start = lowered.find(flag.text)
            if start < 0:
                raise ValueError(f"line {item.line}: {flag.text!r} is not in the sentence")
            gold_spans.append((start, start + len(flag.text), flag))
    found = [f for f in analysis.findings if f.category == UNASSIGNED_COMMITMENT]
    match_spans(
        [(start, end) for start, end, _ in gold_spans],
        found,
        scores,
        label=f"line {item.line}",
        context=item.sentence,
        slots=[flag.slots for _, _, flag in gold_spans],
    )


def match_spans(
    gold: Sequence[tuple[int, int]],
    found: Sequence[Finding],
    scores: Scores,
    label: str,
    context: str,
    slots: Sequence[dict[str, bool | None]] | None = None,
) -> None:
    """Pair gold spans with findings whose spans overlap (each used once), then count true and
    false positives and misses into ``scores``; with ``slots``, also slot accuracy."""
    unused = list(found)
    for index, (start, end) in enumerate(gold):
        match = next((f for f in unused if f.start < end and start < f.end), None)
        if match is None:
            scores.false_negatives += 1
            scores.errors.append(f"{label}: missed {context[start:end]!r}: {context}")
            continue
        unused.remove(match)
        scores.true_positives += 1
        for slot, expected in (
            scores.score_slots(match.slots, slots[index]) if slots is not None else ()
        ):
            scores.errors.append(
                f"{label}: {match.text!r} {slot.name} expected "
                f"{'present' if expected else 'absent'} [{slot.rule}]: {context}"
            )
    for finding in unused:
        scores.false_positives += 1
        scores.errors.append(f"{label}: extra {finding.text!r} [{finding.rule}]: {context}")


# ============================================================================ real text


@dataclass(frozen=True)
class RealTextItem:
    """One item of a real-text set (tests/data/real_text/): its text, split and gold spans."""

    id: str
    split: str
    text: str
    gold: tuple[tuple[int, int, str], ...]  # (start, end, category)


def _nth(text: str, needle: str, occurrence: int) -> int:
    start = -1
    for _ in range(max(1, occurrence)):
        start = text.find(needle, start + 1)
        if start < 0:
            return -1
    return start


@dataclass(frozen=True)
class RealTextSet:
    """One blind-labelled real-text set, as listed in ``tests/data/real_text/sets.json``."""

    name: str
    title: str
    round: int
    texts: str
    gold: str


def real_text_sets(directory: Path) -> list[RealTextSet]:
    """The real-text sets listed in ``directory/sets.json`` (the one list every benchmark and test
    reads, so a new set is added in one place)."""
    import json

    return [RealTextSet(**record) for record in json.loads((directory / "sets.json").read_text())]


def read_real_text(texts: Path, labels: Path) -> list[RealTextItem]:
    """Join a texts file (``id``, ``split``, ``text``) with its labels (``id``, ``findings``:
    ``text``, ``occurrence``, ``category``), locating every gold finding in its text."""
    import json

    by_id = {}
    for line in texts.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            by_id[record["id"]] = record
    items = []
    for number, line in enumerate(labels.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        record = json.loads(line)
        source = by_id.get(record["id"])
        if source is None:
            raise ValueError(f"{labels}: line {number}: no text with id {record['id']!r}")
        spans = []
        for finding in record.get("findings", ()):
            start = _nth(source["text"], finding["text"], finding.get("occurrence", 1))
            if start < 0:
                raise ValueError(
                    f"{labels}: line {number}: {finding['text']!r} is not in {record['id']}"
                )
            spans.append((start, start + len(finding["text"]), finding["category"]))
        items.append(
            RealTextItem(record["id"], source.get("split", ""), source["text"], tuple(spans))
        )
    return items


def evaluate_category(
    items: Sequence[RealTextItem], analyses: Iterable[Analysis], category: str
) -> Scores:
    """Precision and recall for one kind of finding on real text: a finding of ``category``
    matches a gold finding of that kind when their spans overlap (each gold finding once)."""
    scores = Scores()
    for item, analysis in zip(items, analyses, strict=True):
        gold = [(start, end) for start, end, kind in item.gold if kind == category]
        found = [f for f in analysis.findings if f.category == category]
        match_spans(gold, found, scores, label=item.id, context=item.text)
    return scores
