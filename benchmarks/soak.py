"""Soak run: many generated texts of random length and content through one process.

    python benchmarks/soak.py [--texts 10000] [--seed 1]

Reports crashes (must be 0) and memory growth: the peak RSS after the first thousand texts against
the peak after the last thousand (must stay under 10%). Texts mix random Unicode (emoji, right-to-
left and CJK scripts, control characters), lexicon terms, specific phrases and our own sentences.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
import traceback
from pathlib import Path

from vaguewords import analyze_many
from vaguewords.lexicon import load_lexicon
from vaguewords.model import Analysis

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "gold.tsv"
SPECIFIC = [
    "by 27 November 2026", "the Ministry of Education", "through a £40m grant", "every Monday",
    "within 100 days", "NATO", "by hiring six teachers", "600,000 personnel", "from September 2027",
]  # fmt: skip
ALPHABETS = [
    "abcdefghijklmnopqrstuvwxyz ", "ABCDEFGHIJ .,;:!?-—“”'\"()", "0123456789 £$%",
    "سيتم تقديم دعم قوي قريبا", "我们将很快提供有力的支持", "😀🚀💪👩‍👩‍👧🇬🇧", "\t\n\r\x0b\x0c\u200b\u00a0",
]  # fmt: skip


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float | None:
    """Resident memory now (Linux); the peak alone cannot tell growth from one large text."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def vocabulary_size() -> int:
    from vaguewords.pipeline import load_pipeline

    return len(load_pipeline().vocab.strings)


def make_text(rng: random.Random, terms: list[str], sentences: list[str]) -> str:
    parts = []
    for _ in range(rng.choice([0, 1, 3, 10, 40, 150])):
        kind = rng.random()
        if kind < 0.3:
            parts.append(rng.choice(terms))
        elif kind < 0.5:
            parts.append(rng.choice(SPECIFIC))
        elif kind < 0.8:
            parts.append(rng.choice(sentences))
        else:
            alphabet = rng.choice(ALPHABETS)
            parts.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60))))
        parts.append(rng.choice([" ", " ", ". ", "\n", "\n\n", ", "]))
    return "".join(parts)


def check(text: str, analysis: Analysis) -> None:
    for finding in analysis.findings:
        assert text[finding.start : finding.end] == finding.text
        for slot in finding.slots:
            if slot.present:
                assert text[slot.start : slot.end] == slot.text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    terms = [term.term for term in load_lexicon().terms]
    sentences = [
        line.split("\t", 1)[0]
        for line in GOLD.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith(("#", "sentence\t"))
    ]
    crashes, words, findings = 0, 0, 0
    first_thousand = last_thousand_start = None
    start = time.perf_counter()
    block = 1000
    for block_start in range(0, args.texts, block):
        texts = [
            make_text(rng, terms, sentences) for _ in range(min(block, args.texts - block_start))
        ]
        try:
            for text, analysis in zip(texts, analyze_many(texts), strict=True):
                check(text, analysis)
                words += analysis.words
                findings += len(analysis.findings)
        except Exception:  # noqa: BLE001 - counting crashes is the point
            crashes += 1
            traceback.print_exc()
            # Retry one by one so a single bad text does not hide the others.
            for text in texts:
                try:
                    check(text, next(analyze_many([text])))
                except Exception:  # noqa: BLE001
                    crashes += 1
                    print("crash on:", repr(text[:200]))
        if block_start == 0:
            first_thousand = peak_rss_mb()
        if block_start + block >= args.texts:
            last_thousand_start = peak_rss_mb()
        current = current_rss_mb()
        print(
            f"{block_start + len(texts):>6} texts · {words:,} words · {findings:,} findings · "
            f"peak RSS {peak_rss_mb():.0f} MB · "
            + (f"RSS now {current:.0f} MB · " if current is not None else "")
            + f"{vocabulary_size():,} strings · {time.perf_counter() - start:.0f} s",
            flush=True,
        )
    growth = (last_thousand_start - first_thousand) / first_thousand * 100
    print()
    print(f"texts: {args.texts:,}; words: {words:,}; findings: {findings:,}")
    print(f"crashes: {crashes}")
    print(
        f"peak RSS after the first 1,000 texts: {first_thousand:.0f} MB; after the last: "
        f"{last_thousand_start:.0f} MB; growth {growth:+.1f}% (limit 10%)"
    )
    raise SystemExit(1 if crashes or growth >= 10 else 0)


if __name__ == "__main__":
    main()
