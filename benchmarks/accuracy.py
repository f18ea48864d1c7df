"""Accuracy of vaguewords on the project's own gold set, and of unassigned commitments on real text.

    python benchmarks/accuracy.py [GOLD.tsv] [--errors] [--commitments-only]

Prints precision / recall / F1 for flagging vague terms and accuracy per slot (who / how / when);
then, for unassigned commitments (promises that name no one): precision and recall on the gold
set, on the blind real-text State of the Union sets in tests/data/real_text/ (per split: tune,
check, all), and their rate per 100 words on the QA-SRL development sentences (descriptive prose,
where there should be almost none). ``--errors`` lists every disagreement; on real text only
those of the tune split are listed (check items are for figures only).

Item by item: on the cue-sentence sets the annotators also label each sentence's commitment
(``unassigned`` / ``assigned`` / ``none``); the analyzer's own verdict on a sentence is "found"
when it finds at least one unassigned commitment there. The confusion table of the two is printed
per split, with the item-level precision and recall of "found" against ``unassigned``; and, for
the rounds labelled twice (every round with a second annotator's file: three to eleven now), the
share of the ``unassigned`` items found and the share of the found items labelled ``assigned`` or
``none``.

Then the contrast set (``tests/data/contrast/commitment_contrast.tsv``): pairs of our own
sentences that differ in one feature (a "by" agent, will of forecast or of plan, must of requirement or of
inference, a subject that receives or acts, a condition's half, a power's named owner), labelled
by ANNOTATION.md before the analyzer ran on them; per feature, the "flag" rows found (an unassigned
commitment overlapping the row's span) and the "none" rows found wrongly (any unassigned
commitment). ``--errors`` lists its disagreements (our own sentences, so all of them).
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import Counter
from pathlib import Path

from vaguewords import analyze_many
from vaguewords.evaluation import (
    Scores,
    evaluate,
    evaluate_category,
    parse_gold,
    read_real_text,
    real_text_sets,
)
from vaguewords.model import SLOT_NAMES, UNASSIGNED_COMMITMENT
from vaguewords.pipeline import load_pipeline, model_name

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT / "tests" / "data" / "gold.tsv"
REAL_TEXT = ROOT / "tests" / "data" / "real_text"
# (name, texts, labels, round): the blind real-text sets.
REAL_TEXT_SETS = tuple(
    (item.title, item.texts, item.gold, item.round) for item in real_text_sets(REAL_TEXT)
)
CONTRAST_SET = ROOT / "tests" / "data" / "contrast" / "commitment_contrast.tsv"
QASRL = ROOT.parent / "shared" / "data" / "qasrl-gs"
QASRL_FILES = ("wikinews.dev.full.csv", "wikipedia.dev.full.csv")
SPLITS = ("tune", "check", "all")
COMMITMENT_LABELS = ("unassigned", "assigned", "none")
# The rounds whose cue sentences were labelled blind by two annotators each (a second
# annotator's file beside the gold; rounds three on): the item shares are printed for these too.
SHARE_ROUNDS = sorted(
    {
        round_
        for _, _, labels, round_ in REAL_TEXT_SETS
        if (REAL_TEXT / labels.replace(".jsonl", "_second.jsonl")).exists()
    }
)


def _pr(scores: Scores) -> str:
    return (
        f"{scores.precision:.3f} | {scores.recall:.3f} | {scores.f1:.3f} | "
        f"{scores.true_positives} / {scores.false_positives} / {scores.false_negatives}"
    )


def gold_set(path: Path, show_errors: bool, commitments_only: bool) -> None:
    gold = parse_gold(path)
    scores = evaluate(gold, analyze_many(item.sentence for item in gold))
    commitments = scores.commitments or Scores()
    flags = scores.true_positives + scores.false_negatives
    expected = commitments.true_positives + commitments.false_negatives
    print(f"gold set: {path.name}, {len(gold)} sentences, {flags} flags, {expected} commitments")
    print()
    print("| measure | value |")
    print("|---|---|")
    if not commitments_only:
        print(f"| flagging precision | {scores.precision:.3f} |")
        print(f"| flagging recall | {scores.recall:.3f} |")
        print(f"| flagging F1 | {scores.f1:.3f} |")
        for name in SLOT_NAMES:
            print(
                f"| {name} accuracy | {scores.slot_accuracy(name):.3f} "
                f"({scores.slot_correct[name]}/{scores.slot_total[name]}) |"
            )
        print(f"| slot accuracy (all) | {scores.slot_accuracy():.3f} |")
    print(f"| unassigned commitment precision | {commitments.precision:.3f} |")
    print(f"| unassigned commitment recall | {commitments.recall:.3f} |")
    print(f"| unassigned commitment F1 | {commitments.f1:.3f} |")
    if show_errors:
        print()
        for error in ([] if commitments_only else scores.errors) + commitments.errors:
            print(error)


def real_text(show_errors: bool) -> None:
    print()
    print("Unassigned commitments on blind real text (tests/data/real_text/; a finding matches a")
    print("gold one when the spans overlap):")
    print()
    print("| set | split | items | precision | recall | F1 | found right / extra / missed |")
    print("|---|---|---|---|---|---|---|")
    tune_errors: list[str] = []
    verdicts: Counter[tuple[int, str, str, bool]] = Counter()  # (round, split, label, found)
    totals = {split: Scores() for split in SPLITS}  # every set's right / extra / missed, summed
    items_in: Counter[str] = Counter()
    for name, texts, labels, round_ in REAL_TEXT_SETS:
        if not (REAL_TEXT / texts).exists() or not (REAL_TEXT / labels).exists():
            print(f"| {name} | - | not found ({labels}) | | | | |")
            continue
        items = read_real_text(REAL_TEXT / texts, REAL_TEXT / labels)
        analyses = list(analyze_many(item.text for item in items))
        commitment = _commitment_labels(REAL_TEXT / labels)
        for item, analysis in zip(items, analyses, strict=True):
            if item.id in commitment:
                found = any(f.category == UNASSIGNED_COMMITMENT for f in analysis.findings)
                verdicts[round_, item.split, commitment[item.id], found] += 1
                if item.split == "tune" and found != (commitment[item.id] == "unassigned"):
                    verdict = "found" if found else "none"
                    tune_errors.append(
                        f"item {item.id}: labelled {commitment[item.id]}, analyzer {verdict}: "
                        f"{item.text}"
                    )
        for split in SPLITS:
            chosen = [
                (item, analysis)
                for item, analysis in zip(items, analyses, strict=True)
                if split == "all" or item.split == split
            ]
            scores = evaluate_category(
                [item for item, _ in chosen], [a for _, a in chosen], UNASSIGNED_COMMITMENT
            )
            print(f"| {name} | {split} | {len(chosen)} | {_pr(scores)} |")
            total = totals[split]
            total.true_positives += scores.true_positives
            total.false_positives += scores.false_positives
            total.false_negatives += scores.false_negatives
            items_in[split] += len(chosen)
            if split == "tune":
                tune_errors += scores.errors
    for split in SPLITS:  # the figure each session reports before -> after
        print(f"| all sets | {split} | {items_in[split]} | {_pr(totals[split])} |")
    if show_errors and tune_errors:
        print()
        print("tune split disagreements:")
        for error in tune_errors:
            print(error)
    item_table(verdicts)
    item_shares(verdicts)


def _commitment_labels(labels: Path) -> dict[str, str]:
    """The annotators' ``commitment`` label of each item that has one (the cue-sentence sets)."""
    records = (
        json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines() if line.strip()
    )
    return {r["id"]: r["commitment"] for r in records if "commitment" in r}


def item_table(verdicts: Counter[tuple[int, str, str, bool]]) -> None:
    """The analyzer's verdict per sentence (an unassigned commitment found, or none) against the
    annotators' ``commitment`` label, per split."""
    if not verdicts:
        return
    print()
    print("Item by item on the cue-sentence sets (every round): the annotators' label")
    print("against the analyzer's verdict (at least one unassigned commitment found, or none):")
    print()
    print("| split | gold label | items | found | none |")
    print("|---|---|---|---|---|")
    for split in SPLITS:
        count: Counter[tuple[str, bool]] = Counter()
        for (_, item_split, label, found), n in verdicts.items():
            if split in ("all", item_split):
                count[label, found] += n
        for label in COMMITMENT_LABELS:
            found, none = count[label, True], count[label, False]
            print(f"| {split} | {label} | {found + none} | {found} | {none} |")
        right = count["unassigned", True]
        found_all = sum(count[label, True] for label in COMMITMENT_LABELS)
        unassigned = right + count["unassigned", False]
        precision = right / found_all if found_all else 1.0
        recall = right / unassigned if unassigned else 1.0
        print(
            f"| {split} | item precision / recall | {found_all} found | "
            f"{precision:.3f} | {recall:.3f} |"
        )


def item_shares(verdicts: Counter[tuple[int, str, str, bool]]) -> None:
    """On the cue sentences of the rounds labelled twice (``SHARE_ROUNDS``): the share of the items the annotators label
    ``unassigned`` that the analyzer calls unassigned (found), and the share of the items it
    calls unassigned that they label ``assigned`` or ``none``, per split."""
    count: Counter[tuple[str, str, bool]] = Counter()
    for (round_, split, label, found), n in verdicts.items():
        if round_ in SHARE_ROUNDS:
            for name in (split, "all"):
                count[name, label, found] += n
    if not count:
        return
    print()
    print(
        f"Rounds {SHARE_ROUNDS[0]} to {SHARE_ROUNDS[-1]} (cue sentences): of the items labelled "
        "unassigned, the share found; of the items found, the share labelled assigned / none:"
    )
    print()
    print(
        "| split | labelled unassigned: found | found: labelled assigned | found: labelled none |"
    )
    print("|---|---|---|---|")
    for split in SPLITS:
        unassigned = count[split, "unassigned", True] + count[split, "unassigned", False]
        found = sum(count[split, label, True] for label in COMMITMENT_LABELS)
        cells = [_share(count[split, "unassigned", True], unassigned)]
        cells += [_share(count[split, label, True], found) for label in ("assigned", "none")]
        print(f"| {split} | {' | '.join(cells)} |")


def _share(part: int, whole: int) -> str:
    return f"{part} / {whole} ({part / whole:.3f})" if whole else "0 / 0"


def contrast_set(show_errors: bool) -> None:
    """Right and wrong verdicts on the contrast set, per feature: of the "flag" rows, those with
    an unassigned commitment on their span; of the "none" rows, those with any."""
    if not CONTRAST_SET.exists():
        return
    with CONTRAST_SET.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader((ln for ln in handle if not ln.startswith("#")), delimiter="\t"))
    count: Counter[tuple[str, str, bool]] = Counter()  # (feature, decision, analyzer right)
    errors: list[str] = []
    for row, analysis in zip(rows, analyze_many(r["sentence"] for r in rows), strict=True):
        found = [f.text for f in analysis.findings if f.category == UNASSIGNED_COMMITMENT]
        if row["decision"] == "flag":
            right = any(row["span"] in text or text in row["span"] for text in found)
        else:
            right = not found
        for feature in (row["feature"], "all"):
            count[feature, row["decision"], right] += 1
        if not right:
            errors.append(f"{row['id']} ({row['decision']}): found {found}: {row['sentence']}")
    print()
    print(f"Contrast set ({CONTRAST_SET.name}, {len(rows)} own sentences labelled before the run):")
    print()
    print("| feature | flag rows found | none rows found (wrongly) | right |")
    print("|---|---|---|---|")
    features = sorted({feature for feature, _, _ in count} - {"all"}) + ["all"]
    for feature in features:
        flag = count[feature, "flag", True] + count[feature, "flag", False]
        none = count[feature, "none", True] + count[feature, "none", False]
        right = count[feature, "flag", True] + count[feature, "none", True]
        print(
            f"| {feature} | {count[feature, 'flag', True]} / {flag} | "
            f"{count[feature, 'none', False]} / {none} | {right} / {flag + none} |"
        )
    if show_errors and errors:
        print()
        print("contrast set disagreements:")
        for error in errors:
            print(error)


def qasrl_rate() -> None:
    print()
    if not QASRL.is_dir():
        print(f"QA-SRL development sentences not found at {QASRL}; rate not measured")
        return
    print("Unassigned commitments per 100 words on QA-SRL development sentences (target <= 0.10):")
    print()
    print("| file | sentences | words | findings | per 100 words |")
    print("|---|---|---|---|---|")
    all_words = all_findings = 0
    for name in QASRL_FILES:
        with (QASRL / name).open(encoding="utf-8", newline="") as stream:
            sentences = [row["sentence"] for row in csv.DictReader(stream)]
        words = findings = 0
        for analysis in analyze_many(sentences):
            words += analysis.words
            findings += sum(f.category == UNASSIGNED_COMMITMENT for f in analysis.findings)
        rate = 100 * findings / words if words else 0.0
        print(f"| {name} | {len(sentences)} | {words} | {findings} | {rate:.3f} |")
        all_words += words
        all_findings += findings
    rate = 100 * all_findings / all_words if all_words else 0.0
    print(f"| both | | {all_words} | {all_findings} | {rate:.3f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    parser.add_argument(
        "--commitments-only", action="store_true", help="only the unassigned-commitment figures"
    )
    args = parser.parse_args()
    print(f"model: {model_name(load_pipeline())}")
    gold_set(args.gold, args.errors, args.commitments_only)
    real_text(args.errors)
    contrast_set(args.errors)
    qasrl_rate()


if __name__ == "__main__":
    main()
