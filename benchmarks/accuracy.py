"""Accuracy of vaguewords on the project's own gold set.

    python benchmarks/accuracy.py [GOLD.tsv] [--errors]

Prints precision / recall / F1 for flagging and accuracy per slot (who / how / when).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from vaguewords import analyze_many
from vaguewords.evaluation import evaluate, parse_gold
from vaguewords.model import SLOT_NAMES
from vaguewords.pipeline import load_pipeline, model_name

DEFAULT_GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "gold.tsv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    args = parser.parse_args()

    gold = parse_gold(args.gold)
    scores = evaluate(gold, analyze_many(item.sentence for item in gold))
    flags = scores.true_positives + scores.false_negatives
    print(f"gold set: {args.gold.name}, {len(gold)} sentences, {flags} flags")
    print(f"model: {model_name(load_pipeline())}")
    print()
    print("| measure | value |")
    print("|---|---|")
    print(f"| flagging precision | {scores.precision:.3f} |")
    print(f"| flagging recall | {scores.recall:.3f} |")
    print(f"| flagging F1 | {scores.f1:.3f} |")
    for name in SLOT_NAMES:
        print(
            f"| {name} accuracy | {scores.slot_accuracy(name):.3f} "
            f"({scores.slot_correct[name]}/{scores.slot_total[name]}) |"
        )
    print(f"| slot accuracy (all) | {scores.slot_accuracy():.3f} |")
    if args.errors:
        print()
        for error in scores.errors:
            print(error)


if __name__ == "__main__":
    main()
