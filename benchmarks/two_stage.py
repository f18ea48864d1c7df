"""Same findings? The two-stage analyzer against ``--full-parse`` on every text set we have.

    python benchmarks/two_stage.py                 # gold, examples, real-text, QA-SRL sentences
    python benchmarks/two_stage.py --sotu          # and every State of the Union address
    python benchmarks/two_stage.py --set gold --set examples

Each text is analysed twice with ``analyze_many``: as the CLI does (only the sentences that can
hold a finding are parsed) and with ``Settings(full_parse=True)`` (every paragraph parsed whole). Every
field of every finding is compared (term, offsets, sentence, clause, who / how / when with rule,
evidence and reason, questions, checklist) and so is the word count. Each difference is printed
with the sentence it is in; the last lines count texts, findings and differences per set.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TESTS_DATA = REPO / "tests" / "data"
EXAMPLES = REPO / "examples"
SHARED = REPO.parent / "shared" / "data"
QASRL = SHARED / "qasrl-gs"
SOTU = SHARED / "state-of-the-union"


# ---------------------------------------------------------------------------- text sets


def gold_texts() -> Iterator[tuple[str, str]]:
    from vaguewords.evaluation import parse_gold

    for path in sorted(TESTS_DATA.glob("*.tsv")):
        for item in parse_gold(path):
            yield f"{path.name}:{item.line}", item.sentence


def example_texts() -> Iterator[tuple[str, object]]:
    from vaguewords.documents import iter_folder, read_document
    from vaguewords.errors import VagueWordsError

    for path in iter_folder(EXAMPLES):
        try:
            yield str(path.relative_to(REPO)), read_document(path)
        except VagueWordsError:
            continue  # not a document (the rubric, the generator script)


def real_texts() -> Iterator[tuple[str, str]]:
    for path in sorted((TESTS_DATA / "real_text").glob("*.jsonl")):
        with path.open(encoding="utf-8") as stream:
            for line in stream:
                row = json.loads(line) if line.strip() else {}
                if "text" in row:  # the texts; the label files hold no text
                    yield f"{path.name}:{row['id']}", row["text"]


def qasrl_sentences(limit: int | None = None) -> Iterator[tuple[str, str]]:
    """The development sentences of both QA-SRL files, each a document of its own."""
    count = 0
    for path in sorted(QASRL.glob("*.dev.full.csv")):
        with path.open(encoding="utf-8", newline="") as stream:
            for row in csv.DictReader(stream):
                if limit is not None and count >= limit:
                    return
                count += 1
                yield f"{path.name}:{row['qasrl_id']}", row["sentence"]


def sotu_texts() -> Iterator[tuple[str, object]]:
    from vaguewords.documents import read_document

    for path in sorted(SOTU.glob("*.txt")):
        yield path.name, read_document(path)


SETS = {
    "gold": gold_texts,
    "examples": example_texts,
    "real_text": real_texts,
    "qasrl": qasrl_sentences,
    "sotu": sotu_texts,
}
DEFAULT_SETS = ("gold", "examples", "real_text", "qasrl")


# ---------------------------------------------------------------------------- comparison


@dataclass
class Comparison:
    texts: int = 0
    findings_two_stage: int = 0
    findings_full: int = 0
    differences: list[str] = field(default_factory=list)


def compare(labelled: Iterable[tuple[str, object]], settings=None) -> Comparison:
    """Analyse every text both ways and describe each difference in one line."""
    from vaguewords.pipeline import Settings, analyze_many

    settings = settings or Settings()
    labelled = list(labelled)
    texts = [text for _, text in labelled]
    two_stage = analyze_many(texts, replace(settings, full_parse=False))
    full = analyze_many(texts, replace(settings, full_parse=True))
    result = Comparison()
    for (label, _), ours, theirs in zip(labelled, two_stage, full, strict=True):
        result.texts += 1
        result.findings_two_stage += len(ours.findings)
        result.findings_full += len(theirs.findings)
        if ours.words != theirs.words:
            result.differences.append(f"{label}: words {ours.words} (full parse {theirs.words})")
        result.differences.extend(f"{label}: {line}" for line in finding_differences(ours, theirs))
    return result


def finding_differences(ours, theirs) -> Iterator[str]:
    """One line per finding found by one path only, or found by both with different fields."""
    mine = {(f.start, f.end): f for f in ours.findings}
    full = {(f.start, f.end): f for f in theirs.findings}
    for key in sorted(set(mine) | set(full)):
        a, b = mine.get(key), full.get(key)
        if a is None:
            yield f"only in full parse: {b.text!r} ({b.term}) in {b.sentence!r}"
        elif b is None:
            yield f"only in two-stage: {a.text!r} ({a.term}) in {a.sentence!r}"
        elif a != b:
            left, right = a.to_dict(), b.to_dict()
            changed = [
                f"{name}: {_short(right[name])} -> {_short(left[name])}"
                for name in left
                if left[name] != right[name]
            ]
            yield f"{a.text!r} in {a.sentence!r}: " + "; ".join(changed)


def _short(value) -> str:
    if isinstance(value, dict):
        value = {k: v for k, v in value.items() if k in ("present", "rule", "text")}
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 160 else text[:157] + "..."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set", action="append", choices=sorted(SETS), help="only these sets (repeatable)"
    )
    parser.add_argument("--sotu", action="store_true", help="add every State of the Union address")
    args = parser.parse_args()
    names = list(args.set or DEFAULT_SETS)
    if args.sotu and "sotu" not in names:
        names.append("sotu")
    totals = []
    for name in names:
        if name == "qasrl" and not QASRL.is_dir():
            print(f"{name}: skipped, {QASRL} not found")
            continue
        if name == "sotu" and not SOTU.is_dir():
            print(f"{name}: skipped, {SOTU} not found")
            continue
        result = compare(SETS[name]())
        for line in result.differences:
            print(f"[{name}] {line}")
        totals.append((name, result))
    print()
    print("| set | texts | findings two-stage | findings full parse | differences |")
    print("|---|---|---|---|---|")
    for name, result in totals:
        print(
            f"| {name} | {result.texts:,} | {result.findings_two_stage:,} | "
            f"{result.findings_full:,} | {len(result.differences)} |"
        )
    sys.exit(1 if any(result.differences for _, result in totals) else 0)


if __name__ == "__main__":
    main()
