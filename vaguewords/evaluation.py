"""Score the analyzer against an annotated gold set (see tests/data/gold.tsv for the format)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from vaguewords.model import SLOT_NAMES, Analysis

FLAG_PATTERN = re.compile(r"^(?P<text>.+?)\s*\[(?P<slots>[+\-?]{3})\]$")


@dataclass(frozen=True)
class GoldFlag:
    text: str
    slots: dict[str, bool | None]  # None: not scored


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
                )
            )
        sentences.append(GoldSentence(number, sentence.strip(), tuple(flags)))
    return sentences


@dataclass
class Scores:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    slot_correct: Counter = field(default_factory=Counter)
    slot_total: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

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

    def slot_accuracy(self, name: str | None = None) -> float:
        names = SLOT_NAMES if name is None else (name,)
        total = sum(self.slot_total[n] for n in names)
        return sum(self.slot_correct[n] for n in names) / total if total else 1.0


def evaluate(gold: Sequence[GoldSentence], analyses: Iterable[Analysis]) -> Scores:
    """Flag precision/recall by matched text (case-insensitive, per sentence), then slot accuracy
    over the flags found in both."""
    scores = Scores()
    for item, analysis in zip(gold, analyses, strict=True):
        predicted: dict[str, list] = {}
        for finding in analysis.findings:
            predicted.setdefault(finding.text.lower(), []).append(finding)
        for flag in item.flags:
            candidates = predicted.get(flag.text)
            if not candidates:
                scores.false_negatives += 1
                scores.errors.append(f"line {item.line}: missed {flag.text!r}: {item.sentence}")
                continue
            finding = candidates.pop(0)
            scores.true_positives += 1
            for slot in finding.slots:
                expected = flag.slots[slot.name]
                if expected is None:
                    continue
                scores.slot_total[slot.name] += 1
                if slot.present == expected:
                    scores.slot_correct[slot.name] += 1
                else:
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
