"""How far two blind annotators agree, against how far the analyzer agrees with either.

The real-text targets (precision >= 0.85, recall >= 0.80 against one annotator's labels) only mean
something next to the agreement of two people applying ANNOTATION.md to the same text. Rounds three
to thirteen of the real-text sets (tests/data/real_text/, `sotu3` to `sotu13`, `sotu_cue3` to `sotu_cue13`)
were labelled twice, each by two separate annotating sessions that each saw only ANNOTATION.md and the texts; the second labels are
`*_second.jsonl`. This script scores the second annotator against the first with the matching
`benchmarks/real_text.py` uses (spans overlap; each finding matched at most once), and the analyzer
against each annotator, per split:

    python benchmarks/agreement.py

For the cue sentences it also prints how often the two agree on the sentence's `commitment`
(assigned / unassigned / none), with Cohen's kappa.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import real_text  # noqa: E402  (the benchmark beside this one: reading and matching)

from vaguewords.evaluation import real_text_sets  # noqa: E402

# The sets labelled twice: set name -> the second annotator's labels.
SECOND = {
    "sotu3": "sotu_gold_3_second.jsonl",
    "sotu_cue3": "cue_gold_3_second.jsonl",
    "sotu4": "sotu_gold_4_second.jsonl",
    "sotu_cue4": "cue_gold_4_second.jsonl",
    "sotu5": "sotu_gold_5_second.jsonl",
    "sotu_cue5": "cue_gold_5_second.jsonl",
    "sotu6": "sotu_gold_6_second.jsonl",
    "sotu_cue6": "cue_gold_6_second.jsonl",
    "sotu7": "sotu_gold_7_second.jsonl",
    "sotu_cue7": "cue_gold_7_second.jsonl",
    "sotu8": "sotu_gold_8_second.jsonl",
    "sotu_cue8": "cue_gold_8_second.jsonl",
    "sotu9": "sotu_gold_9_second.jsonl",
    "sotu_cue9": "cue_gold_9_second.jsonl",
    "sotu10": "sotu_gold_10_second.jsonl",
    "sotu_cue10": "cue_gold_10_second.jsonl",
    "sotu11": "sotu_gold_11_second.jsonl",
    "sotu_cue11": "cue_gold_11_second.jsonl",
    "sotu12": "sotu_gold_12_second.jsonl",
    "sotu_cue12": "cue_gold_12_second.jsonl",
    "sotu13": "sotu_gold_13_second.jsonl",
    "sotu_cue13": "cue_gold_13_second.jsonl",
    "sotu14": "sotu_gold_14_second.jsonl",
    "sotu_cue14": "cue_gold_14_second.jsonl",
}
SPLITS = ("tune", "check", "all")


def as_system(item: real_text.GoldItem) -> list[real_text.SystemFinding]:
    """One annotator's findings in the shape the matcher takes for a system's."""
    return [real_text.SystemFinding(f.start, f.end, f.text, f.category) for f in item.findings]


def score(
    reference: list[real_text.GoldItem],
    other: dict[str, list[real_text.SystemFinding]],
    with_unassigned: bool,
) -> dict[str, real_text.Match]:
    return real_text.gold_scores(reference, other, with_unassigned)


def kappa(pairs: list[tuple[str, str]]) -> tuple[float, float]:
    """Observed agreement and Cohen's kappa of two labellings."""
    if not pairs:
        return 0.0, 0.0
    total = len(pairs)
    observed = sum(a == b for a, b in pairs) / total
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[label] * second[label] for label in first) / (total * total)
    return observed, (observed - expected) / (1 - expected) if expected < 1 else 1.0


def cell(match: real_text.Match) -> str:
    return f"{match.precision:.3f} / {match.recall:.3f} / {match.f1:.3f}"


def main() -> None:
    directory = real_text.REAL_TEXT
    sets = {item.name: item for item in real_text_sets(directory)}
    print(
        "Each cell: precision / recall / F1 of the second against the first (spans overlap).\n"
        "The first annotator's labels are the ones every other benchmark scores against.\n"
    )
    rows = []
    labels: list[tuple[str, str]] = []
    for name, second_name in SECOND.items():
        record = sets[name]
        first, problems = real_text.read_gold(directory / record.texts, directory / record.gold)
        second, more = real_text.read_gold(directory / record.texts, directory / second_name)
        for problem in problems + more:
            print(f"warning: {problem}")
        second_found = {item.id: as_system(item) for item in second}
        analyses = real_text.analyse([item.text for item in first])
        tool = {
            item.id: real_text.system_findings(a) for item, a in zip(first, analyses, strict=True)
        }
        second_as_reference = {item.id: item for item in second}
        second_items = [second_as_reference[item.id] for item in first]
        for with_unassigned in (False, True):
            humans = score(first, second_found, with_unassigned)
            tool_first = score(first, tool, with_unassigned)
            tool_second = score(second_items, tool, with_unassigned)
            for split in SPLITS:
                rows.append(
                    (
                        record.title,
                        "with" if with_unassigned else "without",
                        split,
                        humans[split],
                        tool_first[split],
                        tool_second[split],
                    )
                )
        first_labels = _commitment_labels(directory / record.gold)
        second_labels = _commitment_labels(directory / second_name)
        labels.extend(
            (first_labels[key], second_labels[key])
            for key in first_labels
            if key in second_labels and first_labels[key] and second_labels[key]
        )
    print(
        "| set | unassigned commitments | split | second annotator vs first "
        "| analyzer vs first | analyzer vs second |"
    )
    print("|---|---|---|---|---|---|")
    for title, unassigned, split, humans, tool_first, tool_second in rows:
        print(
            f"| {title} | {unassigned} | {split} | {cell(humans)} | {cell(tool_first)} "
            f"| {cell(tool_second)} |"
        )
    if labels:
        observed, k = kappa(labels)
        print(
            f"\nSentence commitment (assigned / unassigned / none), {len(labels)} cue sentences: "
            f"the annotators agree on {observed:.3f}, Cohen's kappa {k:.3f}"
        )
        print(f"pairs (first, second): {dict(Counter(labels))}")


def _commitment_labels(path: Path) -> dict[str, str]:
    with open(path, encoding="utf-8") as handle:
        entries = [json.loads(line) for line in handle if line.strip()]
    return {entry["id"]: entry.get("commitment", "") for entry in entries}


if __name__ == "__main__":
    main()
