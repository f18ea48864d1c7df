"""How far rules over the parse can go on QA-SRL: where the missed answers are, and a ceiling.

    python benchmarks/qasrl_ceiling.py [GOLD.csv SENTENCES.csv ...]   # default: both dev files

Runs the same detectors as benchmarks/qasrl.py (``vaguewords.slots.slots_for``) and then asks two
questions per slot:

1. **Where are the answers we miss?** For every verb whose slot the detectors miss, is some gold
   answer's head token inside the verb's subtree in the parse (so a rule reading the verb's
   dependents could reach it), or only outside it (the parser attached it to another word, or it
   belongs to another clause)?

2. **An optimistic ceiling.** Each verb is described by the kinds of dependents it has (the
   dependency label; the word itself for prepositions, markers, particles and adverbs; the entity
   label of a preposition's object). Starting from the detectors' verdicts, a greedy search makes
   whichever move raises F1 most -- "mark present every verb with a dependent of kind K", or
   "drop every verdict of rule R" -- until no move helps. The moves are chosen on the very file they
   are scored on, so the figure overstates what any rule set over the verb's own dependents can
   reach on unseen text; if even it stays under a target, the target needs more than such rules.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

from qasrl import SLOTS, file_pairs, predict, read_gold, read_sentences

TARGETS = {"who": 0.85, "when": 0.80, "how": 0.65}
QUESTION_WORDS = {"who": ("who",), "when": ("when", "how long"), "how": ("how", "how much")}
WORD_DEPS = frozenset({"prep", "agent", "mark", "advmod", "prt", "npadvmod", "dative", "neg"})


def answer_ranges(path: Path) -> dict[tuple[str, int, str], list[tuple[int, int]]]:
    """Token ranges of every answer, by (sentence id, verb index, slot)."""
    ranges: dict[tuple[str, int, str], list[tuple[int, int]]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            wh = row["wh"].strip().lower()
            for slot, words in QUESTION_WORDS.items():
                if wh in words:
                    for part in row["answer_range"].split("~!~"):
                        start, end = (int(value) for value in part.split(":"))
                        ranges[(row["qasrl_id"], int(row["verb_idx"]), slot)].append((start, end))
    return ranges


def dependent_kinds(verb) -> set[str]:
    kinds = set()
    for child in verb.children:
        if child.dep_ in WORD_DEPS:
            kinds.add(f"{child.dep_}:{child.lower_}")
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and grandchild.ent_type_:
                    kinds.add(f"{child.dep_}:{child.lower_}>{grandchild.ent_type_}")
        else:
            kinds.add(f"{child.dep_}/{child.tag_}")
            if child.ent_type_:
                kinds.add(f"{child.dep_}/{child.ent_type_}")
    return kinds


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def ceiling(
    gold: dict, guess: dict, rules: dict, kinds: dict, min_support: int
) -> tuple[float, float, list[str]]:
    """Greedy add-a-kind / drop-a-rule search; returns (start F1, ceiling F1, moves). A kind must
    occur on at least ``min_support`` verbs (otherwise the search memorises single words)."""
    marked = dict(guess)
    by_kind: dict[str, list] = defaultdict(list)
    by_rule: dict[str, list] = defaultdict(list)
    for key in gold:
        for kind in kinds[key]:
            by_kind[kind].append(key)
        by_rule[rules[key]].append(key)
    by_kind = {kind: keys for kind, keys in by_kind.items() if len(keys) >= min_support}

    def counts() -> tuple[int, int, int]:
        tp = sum(marked[key] and gold[key] for key in gold)
        fp = sum(marked[key] and not gold[key] for key in gold)
        return tp, fp, sum(gold.values()) - tp

    tp, fp, fn = counts()
    start = best = f1(tp, fp, fn)
    moves: list[str] = []
    while True:
        choice = None
        for name, keys in [*(("+" + k, v) for k, v in by_kind.items()),
                           *(("-" + r, v) for r, v in by_rule.items())]:  # fmt: skip
            on = name.startswith("+")
            changed = [key for key in keys if marked[key] != on]
            gain = sum(gold[key] for key in changed)
            loss = len(changed) - gain
            new = f1(tp + gain, fp + loss, fn - gain) if on else f1(tp - gain, fp - loss, fn + gain)
            if new > best + 1e-9:
                best, choice = new, (name, keys, on)
        if choice is None:
            return start, best, moves
        name, keys, on = choice
        for key in keys:
            marked[key] = on
        moves.append(name)
        tp, fp, fn = counts()


def apply_moves(data: dict, moves: list[str]) -> float:
    """F1 on ``data`` after the moves chosen on another file."""
    marked = dict(data["guess"])
    for move in moves:
        on, name = move[0] == "+", move[1:]
        for key in data["gold"]:
            if (on and name in data["kinds"][key]) or (not on and data["rules"][key] == name):
                marked[key] = on
    gold = data["gold"]
    tp = sum(marked[key] and gold[key] for key in gold)
    fp = sum(marked[key] and not gold[key] for key in gold)
    return f1(tp, fp, sum(gold.values()) - tp)


def load(gold_path: Path, sentences_path: Path, nlp) -> dict:
    """Per slot: gold, the detectors' verdicts and rules, each verb's kinds of dependents, and
    where the missed answers are."""
    predicates = read_gold(gold_path)
    predictions = predict(predicates, read_sentences(sentences_path), nlp)
    ranges = answer_ranges(gold_path)
    kinds = {key: dependent_kinds(predictions[key]["doc"][key[1]]) for key in predicates}
    slots = {}
    for slot in SLOTS:
        data = {
            "gold": {key: predicate.gold[slot] for key, predicate in predicates.items()},
            "guess": {key: bool(predictions[key][slot]) for key in predicates},
            "rules": {key: getattr(predictions[key]["slots"], slot).rule for key in predicates},
            "kinds": kinds,
            "under": 0,
            "elsewhere": 0,
        }
        for key in predicates:
            if data["gold"][key] and not data["guess"][key]:
                doc = predictions[key]["doc"]
                verb = doc[key[1]]
                heads = [doc[start:end].root for start, end in ranges[(*key, slot)]]
                if any(head == verb or verb in head.ancestors for head in heads):
                    data["under"] += 1
                else:
                    data["elsewhere"] += 1
        slots[slot] = data
    return {"name": gold_path.name.replace(".gold.csv", ""), "n": len(predicates), "slots": slots}


def share(count: int, total: int) -> str:
    return f"{count} ({count / total:.0%})" if total else str(count)


def report(files: list[dict], min_support: int) -> None:
    searched = [
        {
            slot: ceiling(data["gold"], data["guess"], data["rules"], data["kinds"], min_support)
            for slot, data in file["slots"].items()
        }
        for file in files
    ]
    for index, file in enumerate(files):
        other = 1 - index if len(files) == 2 else None
        print(f"\n### {file['name']}: {file['n']} predicates\n")
        held = f" | moves chosen on {files[other]['name']} |" if other is not None else " |"
        print(
            "| slot | F1 now | missed | answer under the verb | only elsewhere | "
            f"ceiling F1 (moves){held} target |"
        )
        print("|---|---|---|---|---|---|" + ("---|" if other is not None else "") + "---|")
        for slot in SLOTS:
            data = file["slots"][slot]
            start, best, moves = searched[index][slot]
            missed = data["under"] + data["elsewhere"]
            cross = ""
            if other is not None:
                cross = f" {apply_moves(data, searched[other][slot][2]):.3f} |"
            print(
                f"| {slot} | {start:.3f} | {missed} | {share(data['under'], missed)} | "
                f"{share(data['elsewhere'], missed)} | {best:.3f} ({len(moves)}) |{cross} "
                f"{TARGETS[slot]:.2f} |"
            )
            print(f"<!-- {file['name']} {slot} moves: {' '.join(moves)} -->", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="GOLD.csv SENTENCES.csv [...]")
    parser.add_argument(
        "--min-support",
        type=int,
        default=5,
        help="a kind of dependent must occur on this many verbs to be a move (default 5)",
    )
    args = parser.parse_args()
    pairs = file_pairs(parser, args.files)

    from vaguewords.pipeline import load_pipeline, model_name

    nlp = load_pipeline()
    print(
        f"model: {model_name(nlp)}; detectors: vaguewords.slots.slots_for; "
        f"moves need {args.min_support}+ verbs"
    )
    report([load(gold, sentences, nlp) for gold, sentences in pairs], args.min_support)


if __name__ == "__main__":
    main()
