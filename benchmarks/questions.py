"""How well the questions read: the validator's pass rate on every set, and how close our questions
come to a teacher's on the real-text gold files.

    python benchmarks/questions.py [--examples 10] [--failures]

The validator (``vaguewords.questions.question_problems``) parses each question with the same
pipeline and checks it has at most one finite verb group, no relative pronoun and no pronoun
other than "you" as subject or object, no adjective standing for a thing, no list number, no
quotation marks or brackets, no preposition without its noun (except one that ends a verb) and a
final "?". The teacher measure is defined in ``vaguewords/question_agreement.py``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from vaguewords import analyze_many, read_document
from vaguewords.evaluation import parse_gold, real_text_sets
from vaguewords.pipeline import load_pipeline, model_name
from vaguewords.question_agreement import agreement, gold_findings
from vaguewords.questions import question_problems

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
REAL = DATA / "real_text"
# gold file -> the texts it labels
GOLD_FILES = {item.gold: item.texts for item in real_text_sets(REAL) if (REAL / item.gold).exists()}


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def question_sets() -> dict[str, list[str]]:
    examples = sorted(
        path
        for path in (REPO / "examples").rglob("*")
        if path.suffix in (".txt", ".md", ".docx", ".pdf")
    )
    sets = {"examples": [read_document(path).text for path in examples]}
    for name in ("gold.tsv", "gold_holdout.tsv"):
        sets[name] = [item.sentence for item in parse_gold(DATA / name)]
    for name in GOLD_FILES.values():
        sets[name] = [item["text"] for item in read_jsonl(REAL / name)]
    return sets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=0, help="show N question pairs per file")
    parser.add_argument("--failures", action="store_true", help="list every failing question")
    args = parser.parse_args()
    nlp = load_pipeline()
    print(f"model: {model_name(nlp)}")
    print()
    print("| set | findings | questions | per finding | pass the validator | share |")
    print("|---|---|---|---|---|---|")
    failures = []
    for name, texts in question_sets().items():
        analyses = list(analyze_many(texts))
        questions = [q for a in analyses for f in a.findings for q in f.questions]
        bad = [(q, question_problems(q, nlp)) for q in questions]
        bad = [(q, problems) for q, problems in bad if problems]
        failures.extend((name, q, problems) for q, problems in bad)
        findings = sum(len(a.findings) for a in analyses)
        share = 1 - len(bad) / len(questions) if questions else 1.0
        per = len(questions) / findings if findings else 0.0
        print(
            f"| {name} | {findings} | {len(questions)} | {per:.2f} | "
            f"{len(questions) - len(bad)} | {share:.3f} |"
        )
    print()
    print("Teacher questions (blind gold), per gold finding:")
    print()
    print(
        "| gold file | split | findings | found | slots asked | same question "
        "| of found: slots asked | of found: same question |"
    )
    print("|---|---|---|---|---|---|---|---|")
    shown = []
    for gold_name, text_name in GOLD_FILES.items():
        texts = {item["id"]: item for item in read_jsonl(REAL / text_name)}
        labels = read_jsonl(REAL / gold_name)
        analyses = dict(
            zip(
                [item["id"] for item in labels],
                analyze_many(texts[item["id"]]["text"] for item in labels),
                strict=True,
            )
        )
        golds = [
            finding
            for item in labels
            for finding in gold_findings(
                texts[item["id"]]["text"],
                item["id"],
                item["findings"],
                texts[item["id"]].get("split", ""),
            )
        ]
        for split in ("all", "tune", "check"):
            chosen = [g for g in golds if split == "all" or g.split == split]
            result = agreement(
                chosen, analyses, nlp, examples=args.examples if split == "all" else 0
            )
            if split == "all":
                shown.extend((gold_name, *example) for example in result.examples)
            print(
                f"| {gold_name} | {split} | {result.findings} | "
                f"{result.share(result.found, result.findings):.3f} | "
                f"{result.share(result.slots_asked, result.slot_pairs):.3f} "
                f"({result.slots_asked}/{result.slot_pairs}) | "
                f"{result.share(result.same_question, result.findings):.3f} "
                f"({result.same_question}/{result.findings}) | "
                f"{result.share(result.slots_asked, result.found_slot_pairs):.3f} | "
                f"{result.share(result.same_question, result.found):.3f} |"
            )
    if shown:
        print()
        for gold_name, teacher, ours, verdict in shown:
            print(f"{gold_name}: teacher: {teacher}\n    ours: {ours}  [{verdict}]")
    if args.failures and failures:
        print()
        for name, question, problems in failures:
            print(f"{name}: {question}  <- {'; '.join(problems)}")


if __name__ == "__main__":
    main()
