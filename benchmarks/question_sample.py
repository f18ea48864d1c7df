"""Draw a random sample of findings with their questions from real text the rules were not built
on, for a person to read as a teacher would.

    python benchmarks/question_sample.py --count 40 --seed 7 [--privacy 10] [--out FILE]

The text is State of the Union paragraphs (25-110 words, as in tests/data/real_text/sample.py) from
../shared/data/state-of-the-union/ whose file and line no real-text set in tests/data/real_text/
uses, and, with ``--privacy N``, sentences of the privacy-policy development file
(../shared/data/privacy-vagueness/). Paragraphs are shuffled with the seed and analysed in that
order; from each paragraph that has a finding with questions, one such finding is picked (with the
same seeded generator) until ``--count`` are drawn, so the sample spreads over many speeches. The
same seed on the same code draws the same sample; a change in the rules may change which findings a
paragraph has, and so the sample.

The file written (Markdown, ``benchmarks/results/question_sample.md`` by default) lists for each
finding: where it came from, the sentence, the flagged words, the category, the slots left open,
the questions and the checklist lines, with an empty line for the reader's verdict.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from pathlib import Path

from vaguewords import analyze_many
from vaguewords.model import Finding

REPO = Path(__file__).resolve().parent.parent
REAL = REPO / "tests" / "data" / "real_text"
SHARED = REPO.parent / "shared" / "data"
SOTU = SHARED / "state-of-the-union"
PRIVACY = SHARED / "privacy-vagueness" / "privacy_vagueness.dev.jsonl"
DEFAULT_OUT = REPO / "benchmarks" / "results" / "question_sample.md"
BATCH = 40
CLASSES = (
    "teacher-like / acceptable but generic / poor / not well-formed / question on a non-finding"
)


def used_sources() -> frozenset[str]:
    """Every "file:line" a real-text set in tests/data/real_text draws on (paragraphs and cue
    sentences alike: a line any set uses is left out whole)."""
    used = set()
    for path in REAL.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                source = json.loads(line).get("source", "")
                if source:
                    used.add(source)
    return frozenset(used)


def sotu_pool(exclude: frozenset[str]) -> list[dict]:
    pool = []
    for path in sorted(SOTU.glob("*.txt")):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        for number, line in enumerate(lines, start=1):
            text = line.strip()
            source = f"state-of-the-union/{path.name}:{number}"
            if number <= 2 or not 25 <= len(text.split()) <= 110 or source in exclude:
                continue
            pool.append({"source": source, "text": text})
    return pool


def privacy_pool() -> list[dict]:
    items = []
    for line in PRIVACY.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            items.append({"source": f"privacy-vagueness/dev:{row['id']}", "text": row["text"]})
    return items


def draw(pool: list[dict], count: int, rng: random.Random) -> Iterator[tuple[dict, Finding]]:
    """One finding with questions from each paragraph in shuffled order, until ``count``."""
    order = list(pool)
    rng.shuffle(order)
    drawn = 0
    for start in range(0, len(order), BATCH):
        batch = order[start : start + BATCH]
        for item, analysis in zip(batch, analyze_many(i["text"] for i in batch), strict=True):
            asked = [f for f in analysis.findings if f.questions]
            if not asked:
                continue
            yield item, rng.choice(asked)
            drawn += 1
            if drawn == count:
                return


def render(items: list[tuple[dict, Finding]], seed: int, command: str) -> str:
    lines = [
        "# A random sample of findings and their questions, for reading",
        "",
        f"Drawn with `{command}` (seed {seed}) from real text that no real-text set in",
        "tests/data/real_text uses. For each finding, read the questions as a teacher would and",
        f"write one verdict per question ({CLASSES}) with a one-line reason.",
        "",
    ]
    for number, (item, finding) in enumerate(items, start=1):
        open_slots = ", ".join(finding.missing) or "none"
        lines += [
            f"## {number}. {item['source']}",
            "",
            f"- sentence: {finding.sentence}",
            f"- flagged: **{finding.text}** ({finding.category})",
            f"- left open: {open_slots}",
            "- questions:",
            *(f"  {i}. {q}" for i, q in enumerate(finding.questions, start=1)),
            "- checklist:",
            *(f"  - {c}" for c in finding.checklist),
            "- reading:",
            "",
        ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=40, help="findings to draw (default 40)")
    parser.add_argument("--seed", type=int, required=True, help="the random seed")
    parser.add_argument(
        "--privacy", type=int, default=0, help="of the count, how many from privacy policies"
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the Markdown file written")
    args = parser.parse_args()
    if not SOTU.is_dir():
        parser.exit(2, f"{SOTU}: State of the Union texts not found\n")
    if args.privacy and not PRIVACY.is_file():
        parser.exit(2, f"{PRIVACY}: privacy-policy sentences not found\n")
    rng = random.Random(args.seed)
    items = list(draw(sotu_pool(used_sources()), args.count - args.privacy, rng))
    if args.privacy:
        items += list(draw(privacy_pool(), args.privacy, rng))
    command = f"python benchmarks/question_sample.py --count {args.count} --seed {args.seed}"
    if args.privacy:
        command += f" --privacy {args.privacy}"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render(items, args.seed, command) + "\n", encoding="utf-8")
    questions = sum(len(f.questions) for _, f in items)
    print(f"{len(items)} findings, {questions} questions -> {args.out}")


if __name__ == "__main__":
    main()
