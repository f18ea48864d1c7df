"""Draw the real-text evaluation sample (run once; its output is committed beside it).

State of the Union paragraphs (25-110 words, any address in ../shared/data/state-of-the-union/) and
QA-SRL development sentences (../shared/data/qasrl-gs/*.dev.full.csv), chosen at random with a fixed
seed *before* any labels were written or the analyzer was run on them. Every item keeps where it came
from (file and line, or the QA-SRL id). Half of each set is marked "tune" (rules may be studied on
it) and half "check" (figures only; nobody reads its errors while building rules).

    python tests/data/real_text/sample.py
"""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2] / ".." / "shared" / "data"
SEED = 20261126


def sotu_paragraphs(
    count: int, seed: int = SEED, exclude: frozenset[str] = frozenset(), prefix: str = "sotu"
) -> list[dict]:
    pool = []
    for path in sorted((SHARED / "state-of-the-union").glob("*.txt")):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        for number, line in enumerate(lines, start=1):
            text = line.strip()
            words = len(text.split())
            source = f"state-of-the-union/{path.name}:{number}"
            if number <= 2 or not 25 <= words <= 110 or source in exclude:
                continue
            pool.append({"source": source, "text": text})
    rng = random.Random(seed)
    chosen = rng.sample(pool, count)
    return [
        {"id": f"{prefix}-{i:03d}", "split": "tune" if i % 2 else "check", **item}
        for i, item in enumerate(chosen, start=1)
    ]


def qasrl_sentences(per_file: int) -> list[dict]:
    items = []
    rng = random.Random(SEED + 1)
    for name in ("wikinews", "wikipedia"):
        with open(SHARED / "qasrl-gs" / f"{name}.dev.full.csv", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        items.extend(
            {"source": f"qasrl-gs/{name}.dev.full.csv:{row['qasrl_id']}", "text": row["sentence"]}
            for row in rng.sample(rows, per_file)
        )
    return [
        {"id": f"qasrl-{i:03d}", "split": "tune" if i % 2 else "check", **item}
        for i, item in enumerate(items, start=1)
    ]


def write(path: Path, items: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")


COMMITMENT_CUE = r"\b(will|shall|must|is to be|are to be|agree[sd]?|commit(?:s|ted)?|promise[sd]?|guarantee[sd]?)\b"


def sotu_cue_sentences(
    count: int,
    exclude: set[str],
    seed: int = SEED + 2,
    skip_texts: frozenset[str] = frozenset(),
    prefix: str = "cue",
) -> list[dict]:
    """Sentences holding a surface commitment cue (a regular expression, not the analyzer), so that
    the set has enough commitments, assigned or not, to measure that kind on; the paragraphs above
    are excluded."""
    import re

    cue = re.compile(COMMITMENT_CUE, re.IGNORECASE)
    pool = []
    for path in sorted((SHARED / "state-of-the-union").glob("*.txt")):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        for number, line in enumerate(lines, start=1):
            source = f"state-of-the-union/{path.name}:{number}"
            if number <= 2 or source in exclude:
                continue
            for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z\"])", line.strip()):
                if sentence in skip_texts:
                    continue
                if 8 <= len(sentence.split()) <= 45 and cue.search(sentence):
                    pool.append({"source": source, "text": sentence})
    rng = random.Random(seed)
    chosen = rng.sample(pool, count)
    return [
        {"id": f"{prefix}-{i:03d}", "split": "tune" if i % 2 else "check", **item}
        for i, item in enumerate(chosen, start=1)
    ]


def round_two(paragraphs: list[dict], cue_sentences: list[dict]) -> None:
    """The second sample (drawn 2026-11-26, after the first round's figures were known, to give
    the rules more real text to be studied on and checked against): new paragraphs and new cue
    sentences, none from a paragraph or sentence of round one, with their own seeds."""
    used = frozenset(item["source"] for item in paragraphs + cue_sentences)
    second = sotu_paragraphs(50, seed=SEED + 10, exclude=used, prefix="sotu2")
    write(HERE / "sotu_paragraphs_2.jsonl", second)
    exclude = set(used) | {item["source"] for item in second}
    skip = frozenset(item["text"] for item in cue_sentences)
    write(
        HERE / "sotu_cue_sentences_2.jsonl",
        sotu_cue_sentences(80, exclude, seed=SEED + 12, skip_texts=skip, prefix="cue2"),
    )


def later_round(earlier: list[dict], number: int) -> None:
    """Rounds three and on: 40 paragraphs and 80 cue sentences, none from a paragraph or sentence
    of an earlier round, with the round's own seeds (SEED + 10 * (number - 1), and + 2 for the
    sentences)."""
    seed = SEED + 10 * (number - 1)
    used = frozenset(item["source"] for item in earlier)
    paragraphs = sotu_paragraphs(40, seed=seed, exclude=used, prefix=f"sotu{number}")
    write(HERE / f"sotu_paragraphs_{number}.jsonl", paragraphs)
    exclude = set(used) | {item["source"] for item in paragraphs}
    skip = frozenset(item["text"] for item in earlier if item["id"].startswith("cue"))
    write(
        HERE / f"sotu_cue_sentences_{number}.jsonl",
        sotu_cue_sentences(80, exclude, seed=seed + 2, skip_texts=skip, prefix=f"cue{number}"),
    )


def round_three(earlier: list[dict]) -> None:
    """The third sample (drawn 2026-11-27, after round two's figures were known, because the tune
    halves of rounds one and two were nearly all right while the check halves were not: the rules
    needed fresh text to be studied on)."""
    later_round(earlier, 3)


def round_four(earlier: list[dict]) -> None:
    """The fourth sample (drawn 2026-11-27 at the start of a working session, labelled blind and kept
    off main until that session's rule changes had landed, so that both of its halves measure rules
    nobody studied it for)."""
    later_round(earlier, 4)


def round_five(earlier: list[dict]) -> None:
    """The fifth sample (drawn 2026-11-27 at 10:05 UTC, at the start of a working session whose helpers
    study round four's tune half; labelled blind and kept off main until that session's rule changes
    had landed, so that both of its halves measure rules nobody studied it for)."""
    later_round(earlier, 5)


def round_six(earlier: list[dict]) -> None:
    """The sixth sample (drawn 2026-11-27 at 12:43 UTC, at the start of a working session whose helpers
    study the tune halves of rounds four and five; labelled blind and kept off main until that
    session's rule changes had landed, so that both of its halves measure rules nobody studied it
    for)."""
    later_round(earlier, 6)


def round_seven(earlier: list[dict]) -> None:
    """The seventh sample (drawn 2026-11-27 at 15:22 UTC, at the start of a working session whose
    helpers study the tune halves of rounds one to six; labelled blind and kept off main until that
    session's rule changes had landed, so that both of its halves measure rules nobody studied it
    for)."""
    later_round(earlier, 7)


def round_eight(earlier: list[dict]) -> None:
    """The eighth sample (drawn 2026-11-27 at 17:45 UTC, at the start of a working session whose
    helpers study the tune halves of rounds one to six; labelled blind and kept off main until that
    session's rule changes had landed, so that both of its halves measure rules nobody studied it
    for)."""
    later_round(earlier, 8)


def round_nine(earlier: list[dict]) -> None:
    """The ninth sample (drawn 2026-11-27 at 21:00 UTC, at the start of a working session whose
    helpers study the tune halves of rounds one to eight; labelled blind and kept off main until
    that session's rule changes had landed, so that both of its halves measure rules nobody studied
    it for)."""
    later_round(earlier, 9)


def round_ten(earlier: list[dict]) -> None:
    """The tenth sample (drawn 2026-11-27 at 23:28 UTC, at the start of a working session whose
    helpers study the tune halves of rounds one to nine; labelled blind and kept off main until
    that session's rule changes had landed, so that both of its halves measure rules nobody studied
    it for)."""
    later_round(earlier, 10)


def round_eleven(earlier: list[dict]) -> None:
    """The eleventh sample (drawn 2026-11-28 at 01:54 UTC, at the start of a working session whose
    helpers study the tune halves of rounds one to ten; labelled blind and kept off main until that
    session's rule changes had landed). Round ten was found to share 16 of its 120 items with
    paragraphs of the blind question readings (``benchmarks/results/question_sample*.md``), which
    helpers may study; from this round on those paragraphs are excluded too."""
    later_round(earlier + question_sample_paragraphs(SAMPLES_BEFORE_ROUND_ELEVEN), 11)


def round_twelve(earlier: list[dict]) -> None:
    """The twelfth sample (drawn 2026-11-28 at 04:21 UTC, at the start of a working session whose
    helpers study the tune halves of rounds one to eleven; labelled blind and kept off main until
    that session's rule changes had landed). Like round eleven, it excludes every paragraph a blind
    question reading in ``benchmarks/results/`` drew from."""
    samples = SAMPLES_BEFORE_ROUND_ELEVEN + ("question_sample_seed2741.md",)
    later_round(earlier + question_sample_paragraphs(samples), 12)


def round_thirteen(earlier: list[dict]) -> None:
    """The thirteenth sample (drawn 2026-11-28 at 10:12 UTC, at the start of a working session whose
    helpers study the tune halves of rounds one to twelve; labelled blind and kept off main until
    that session's rule changes had landed). It excludes every paragraph a blind question reading
    drew from up to the thirteenth (seed 6421)."""
    samples = SAMPLES_BEFORE_ROUND_ELEVEN + (
        "question_sample_seed2741.md",
        "question_sample_seed6421.md",
    )
    later_round(earlier + question_sample_paragraphs(samples), 13)


def round_fourteen(earlier: list[dict]) -> None:
    """The fourteenth sample (drawn 2026-11-28 at 12:48 UTC, at the start of a working session whose
    helpers study the tune halves of rounds one to thirteen; labelled blind and kept off main until
    that session's rule changes had landed). It excludes every paragraph a blind question reading
    drew from up to the fourteenth (seed 8852)."""
    samples = SAMPLES_BEFORE_ROUND_ELEVEN + (
        "question_sample_seed2741.md",
        "question_sample_seed6421.md",
        "question_sample_seed8852.md",
    )
    later_round(earlier + question_sample_paragraphs(samples), 14)


# The question samples in ``benchmarks/results/`` that existed when a round was drawn: a round
# excludes exactly these, so that a sample written later does not change an earlier round when this
# script is rerun (each later round adds the samples written since the round before it).
SAMPLES_BEFORE_ROUND_ELEVEN = (
    "question_sample.md",
    "question_sample_seed101.md",
    "question_sample_seed1919.md",
    "question_sample_seed3391.md",
    "question_sample_seed4471.md",
    "question_sample_seed4663.md",
    "question_sample_seed5309.md",
    "question_sample_seed5581.md",
    "question_sample_seed6143.md",
    "question_sample_seed7717.md",
    "question_sample_seed8363.md",
    "question_sample_seed9127.md",
)


def question_sample_paragraphs(names: tuple[str, ...]) -> list[dict]:
    """The SOTU paragraphs (file and line) the named question samples in ``benchmarks/results/``
    drew from."""
    import re

    results = HERE.parents[2] / "benchmarks" / "results"
    header = re.compile(r"^## \d+\. (state-of-the-union/\S+:\d+)", re.MULTILINE)
    return [
        {"id": "reading", "source": source}
        for name in names
        for source in header.findall((results / name).read_text(encoding="utf-8"))
    ]


def read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def drawn_in_rounds(*numbers: int) -> list[dict]:
    """The paragraphs and cue sentences of the given rounds (two on), as written by this script."""
    return [
        item
        for number in numbers
        for name in (f"sotu_paragraphs_{number}.jsonl", f"sotu_cue_sentences_{number}.jsonl")
        for item in read(HERE / name)
    ]


def main() -> None:
    paragraphs = sotu_paragraphs(60)
    write(HERE / "sotu_paragraphs.jsonl", paragraphs)
    write(HERE / "qasrl_sentences.jsonl", qasrl_sentences(60))
    exclude = {item["source"] for item in paragraphs}
    cue_sentences = sotu_cue_sentences(60, exclude)
    write(HERE / "sotu_cue_sentences.jsonl", cue_sentences)
    round_two(paragraphs, cue_sentences)
    first = paragraphs + cue_sentences
    round_three(first + drawn_in_rounds(2))
    round_four(first + drawn_in_rounds(2, 3))
    round_five(first + drawn_in_rounds(2, 3, 4))
    round_six(first + drawn_in_rounds(2, 3, 4, 5))
    round_seven(first + drawn_in_rounds(2, 3, 4, 5, 6))
    round_eight(first + drawn_in_rounds(2, 3, 4, 5, 6, 7))
    round_nine(first + drawn_in_rounds(2, 3, 4, 5, 6, 7, 8))
    round_ten(first + drawn_in_rounds(2, 3, 4, 5, 6, 7, 8, 9))
    round_eleven(first + drawn_in_rounds(2, 3, 4, 5, 6, 7, 8, 9, 10))
    round_twelve(first + drawn_in_rounds(2, 3, 4, 5, 6, 7, 8, 9, 10, 11))
    round_thirteen(first + drawn_in_rounds(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
    round_fourteen(first + drawn_in_rounds(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13))


if __name__ == "__main__":
    main()
