"""Who / when / how measured on annotations nobody here wrote: the QA-SRL gold standard.

    python benchmarks/qasrl.py GOLD.csv SENTENCES.csv [--predictions OUT.csv] [--errors N]
    python benchmarks/qasrl.py            # both development files in ../shared/data/qasrl-gs/

For every annotated verb, the Doc is built from the file's own tokens (so indices line up), the
pipeline runs on it, and ``vaguewords.slots.slots_for(verb)`` -- the same function the analyzer
uses for every finding's clause -- gives who / when / how. Gold presence follows the data's README:

* who: a question with wh == "who", an empty subj, and is_passive == "False" or prep == "by";
* when: a question with wh in {"when", "how long"};
* how: a question with wh in {"how", "how much"}.

QA-SRL asks whether the sentence says who did it, when and how, not whether the answer is
specific enough to hold anyone to. So a verdict that found a doer, a time or a manner but judged it
too vague to count ("relevant parties", "soon", "in stages", "significantly") counts as present
here: see ``DOER_FOUND_RULES``, ``TIME_FOUND_RULES`` and ``MANNER_FOUND_RULES`` in vaguewords.slots. The
vaguewords component runs, so vague terms are known to the rules exactly as in the analyzer.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from vaguewords.slots import (
    COUNT_ONLY_RULES,
    DOER_FOUND_RULES,
    MANNER_FOUND_RULES,
    TIME_FOUND_RULES,
    slots_for,
)

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "qasrl-gs"
SLOTS = ("who", "when", "how")
# Published per-verb F1 of deliberately naive dependency rules (the data's README).
NAIVE = {
    "wikinews.dev": {"who": 0.72, "when": 0.52, "how": 0.39},
    "wikipedia.dev": {"who": 0.59, "when": 0.49, "how": 0.40},
}


@dataclass
class Predicate:
    qasrl_id: str
    verb_idx: int
    verb: str
    gold: dict[str, bool] = field(default_factory=lambda: dict.fromkeys(SLOTS, False))
    answers: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


def read_gold(path: Path) -> dict[tuple[str, int], Predicate]:
    predicates: dict[tuple[str, int], Predicate] = {}
    with path.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            key = (row["qasrl_id"], int(row["verb_idx"]))
            predicate = predicates.setdefault(key, Predicate(key[0], key[1], row["verb"]))
            wh = row["wh"].strip().lower()
            slot = None
            if (
                wh == "who"
                and not row["subj"].strip()
                and (row["is_passive"] == "False" or row["prep"].strip() == "by")
            ):
                slot = "who"
            elif wh in ("when", "how long"):
                slot = "when"
            elif wh in ("how", "how much"):
                slot = "how"
            if slot:
                predicate.gold[slot] = True
                predicate.answers[slot].append(row["answer"])
    return predicates


def read_sentences(path: Path) -> dict[str, list[str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return {row["qasrl_id"]: row["tokens"].split(" ") for row in csv.DictReader(stream)}


def predict(predicates, sentences, nlp) -> dict[tuple[str, int], dict]:
    from spacy.tokens import Doc

    from vaguewords.slots import default_cues

    cues = default_cues()
    ids = sorted({key[0] for key in predicates})
    docs = (Doc(nlp.vocab, words=sentences[qid]) for qid in ids)
    predictions = {}
    by_sentence = defaultdict(list)
    for key in predicates:
        by_sentence[key[0]].append(key)
    for qid, doc in zip(ids, nlp.pipe(docs, batch_size=64), strict=True):
        for key in by_sentence[qid]:
            slots = slots_for(doc[key[1]], cues)
            predictions[key] = {
                "who": slots.who.present or slots.who.rule in DOER_FOUND_RULES,
                "when": slots.when.present or slots.when.rule in TIME_FOUND_RULES,
                "how": (slots.how.present and slots.how.rule not in COUNT_ONLY_RULES)
                or slots.how.rule in MANNER_FOUND_RULES,
                "doc": doc,
                "slots": slots,
            }
    return predictions


def scores(predicates, predictions) -> dict[str, dict[str, float]]:
    table = {}
    for slot in SLOTS:
        tp = fp = fn = 0
        for key, predicate in predicates.items():
            guess, truth = predictions[key][slot], predicate.gold[slot]
            tp += guess and truth
            fp += guess and not truth
            fn += truth and not guess
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[slot] = {"p": precision, "r": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}
    return table


def print_errors(predicates, predictions, limit: int) -> None:
    for slot in SLOTS:
        for kind in ("missed", "extra"):
            shown = 0
            print(f"\n## {slot}: {kind}")
            for key, predicate in predicates.items():
                guess, truth = predictions[key][slot], predicate.gold[slot]
                if (kind == "missed" and truth and not guess) or (
                    kind == "extra" and guess and not truth
                ):
                    doc = predictions[key]["doc"]
                    verdict = getattr(predictions[key]["slots"], slot)
                    gold = "; ".join(predicate.answers.get(slot, [])) or "-"
                    print(
                        f"- [{predicate.verb}] {doc.text}\n    ours: {verdict.rule} "
                        f"{verdict.text if verdict.present else verdict.reason!r}  gold: {gold}"
                    )
                    shown += 1
                    if shown >= limit:
                        break


def run(gold: Path, sentences: Path, args, nlp) -> dict:
    predicates = read_gold(gold)
    texts = read_sentences(sentences)
    missing = sorted({key[0] for key in predicates} - set(texts))
    if missing:
        raise SystemExit(f"{sentences}: no tokens for {len(missing)} ids, e.g. {missing[0]}")
    predictions = predict(predicates, texts, nlp)
    table = scores(predicates, predictions)
    name = gold.name.replace(".gold.csv", "")
    annotated = len({key[0] for key in predicates})
    print(
        f"\n### {name}: {len(predicates)} predicates in {annotated} annotated sentences "
        f"({len(texts)} in the sentence file)\n"
    )
    print("| slot | precision | recall | F1 | naive F1 | TP | FP | FN |")
    print("|---|---|---|---|---|---|---|---|")
    for slot in SLOTS:
        row = table[slot]
        naive = NAIVE.get(name, {}).get(slot)
        print(
            f"| {slot} | {row['p']:.3f} | {row['r']:.3f} | **{row['f1']:.3f}** | "
            f"{'-' if naive is None else f'{naive:.2f}'} | {row['tp']} | {row['fp']} | {row['fn']} |"
        )
    if args.predictions:
        out = Path(args.predictions)
        if len(args.pairs) > 1:
            out = out.with_name(f"{out.stem}.{name}{out.suffix}")
        with out.open("w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(["qasrl_id", "verb_idx", "who", "when", "how"])
            for (qid, index), guess in sorted(predictions.items()):
                writer.writerow([qid, index, *(str(bool(guess[slot])).lower() for slot in SLOTS)])
        print(f"\npredictions written to {out}")
    if args.errors:
        print_errors(predicates, predictions, args.errors)
    return table


def file_pairs(parser: argparse.ArgumentParser, files: list[Path]) -> list[tuple[Path, Path]]:
    """GOLD/SENTENCES pairs from the command line, or both development files; each must exist."""
    if files:
        if len(files) % 2:
            parser.error("give files in pairs: GOLD.csv SENTENCES.csv")
        pairs = list(zip(files[0::2], files[1::2], strict=True))
    else:
        pairs = [
            (DATA / f"{name}.dev.gold.csv", DATA / f"{name}.dev.full.csv")
            for name in ("wikinews", "wikipedia")
        ]
    for pair in pairs:
        for path in pair:
            if not path.is_file():
                sys.exit(f"{path}: file not found")
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="GOLD.csv SENTENCES.csv [...]")
    parser.add_argument("--predictions", help="write qasrl_id,verb_idx,who,when,how rows here")
    parser.add_argument("--errors", type=int, default=0, help="print N errors per slot and kind")
    args = parser.parse_args()
    args.pairs = file_pairs(parser, args.files)

    from vaguewords.pipeline import load_pipeline, model_name

    nlp = load_pipeline()
    print(f"model: {model_name(nlp)}; detectors: vaguewords.slots.slots_for")
    for gold, sentences in args.pairs:
        run(gold, sentences, args, nlp)


if __name__ == "__main__":
    main()
