"""A fingerprint of every verdict, to show that a change to the rules changed nothing (or what).

    python benchmarks/verdict_hash.py [--dump verdicts.jsonl] [--reasons] [--group NAME ...]

Prints one SHA-256 per group and one over all groups:

- ``qasrl``: who / how / when from ``slots_for`` for every annotated verb of both QA-SRL
  development files (``../shared/data/qasrl-gs/*.dev.gold.csv`` for the verbs, ``*.dev.full.csv``
  for the tokens; the Doc is built from the tokens as ``benchmarks/qasrl.py`` builds it);
- ``examples``: every finding of every readable file under ``examples/``;
- ``gold``: every finding on the sentences of each gold set in ``tests/data`` (``*.tsv``);
- ``real_text``: every finding on the texts of ``tests/data/real_text/*.jsonl`` (rows with a
  ``text``; a new sample file changes this group's hash).

A verdict line holds the slot name, present, the rule and the evidence span (text and character
offsets); a finding line also holds the term, category, matched text and offsets, paragraph and
clause offsets. ``--reasons`` adds the reason of each verdict and the questions (wording changes
then show up too). ``--dump FILE`` writes the lines (JSON, one per line, in hashed order) so two
runs can be compared with ``diff``. A group whose data is missing is reported and skipped.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

import qasrl  # noqa: E402  (the benchmark's own readers: same verbs, same tokens)

TESTS_DATA = REPO / "tests" / "data"
EXAMPLES = REPO / "examples"


def slot_fields(slot, reasons: bool) -> list:
    fields = [slot.name, slot.present, slot.rule, slot.text, slot.start, slot.end]
    if reasons:
        fields.append(slot.reason)
    return fields


def finding_fields(finding, reasons: bool) -> list:
    fields = [
        finding.term,
        finding.category,
        finding.text,
        finding.start,
        finding.end,
        finding.paragraph,
        finding.clause_start,
        finding.clause_end,
        *(slot_fields(slot, reasons) for slot in finding.slots),
    ]
    if reasons:
        fields.append(list(finding.questions))
    return fields


def qasrl_lines(nlp, reasons: bool) -> Iterator[list]:
    from spacy.tokens import Doc

    from vaguewords.slots import slots_for

    for name in ("wikinews", "wikipedia"):
        gold = qasrl.DATA / f"{name}.dev.gold.csv"
        full = qasrl.DATA / f"{name}.dev.full.csv"
        if not (gold.is_file() and full.is_file()):
            raise FileNotFoundError(f"{gold} or {full}")
        predicates = qasrl.read_gold(gold)
        sentences = qasrl.read_sentences(full)
        ids = sorted({key[0] for key in predicates})
        verbs: dict[str, list[int]] = {}
        for qid, index in sorted(predicates):
            verbs.setdefault(qid, []).append(index)
        docs = (Doc(nlp.vocab, words=sentences[qid]) for qid in ids)
        for qid, doc in zip(ids, nlp.pipe(docs, batch_size=64), strict=True):
            for index in verbs[qid]:
                slots = slots_for(doc[index])
                for slot in slots:
                    yield [name, qid, index, *slot_fields(slot, reasons)]


def analysis_lines(label: str, analyses, reasons: bool) -> Iterator[list]:
    for number, analysis in enumerate(analyses):
        for finding in analysis.findings:
            yield [label, number, *finding_fields(finding, reasons)]


def examples_lines(nlp, reasons: bool) -> Iterator[list]:
    from vaguewords import analyze_many
    from vaguewords.documents import iter_folder, read_document
    from vaguewords.errors import VagueWordsError

    for path in iter_folder(EXAMPLES):
        label = str(path.relative_to(REPO))
        try:
            document = read_document(path)
        except VagueWordsError as error:
            yield [label, "unreadable", str(error).replace(str(REPO), ".")]
            continue
        yield from analysis_lines(label, analyze_many([document]), reasons)


def gold_lines(nlp, reasons: bool) -> Iterator[list]:
    from vaguewords import analyze_many
    from vaguewords.evaluation import parse_gold

    for path in sorted(TESTS_DATA.glob("*.tsv")):
        gold = parse_gold(path)
        analyses = analyze_many(item.sentence for item in gold)
        yield from analysis_lines(path.name, analyses, reasons)


def real_text_lines(nlp, reasons: bool) -> Iterator[list]:
    from vaguewords import analyze_many

    files = sorted((TESTS_DATA / "real_text").glob("*.jsonl"))
    if not files:
        raise FileNotFoundError(TESTS_DATA / "real_text")
    for path in files:
        with path.open(encoding="utf-8") as stream:
            rows = [json.loads(line) for line in stream if line.strip()]
        rows = [row for row in rows if "text" in row]  # the label files hold findings, no text
        for row, analysis in zip(rows, analyze_many(row["text"] for row in rows), strict=True):
            for finding in analysis.findings:
                yield [path.name, row["id"], *finding_fields(finding, reasons)]


GROUPS = {
    "qasrl": qasrl_lines,
    "examples": examples_lines,
    "gold": gold_lines,
    "real_text": real_text_lines,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, help="write every hashed line to this file")
    parser.add_argument("--reasons", action="store_true", help="also hash reasons and questions")
    parser.add_argument(
        "--group", action="append", choices=sorted(GROUPS), help="only these groups (repeatable)"
    )
    args = parser.parse_args()

    from vaguewords.pipeline import load_pipeline, model_name

    nlp = load_pipeline()
    print(f"model: {model_name(nlp)}; reasons: {'yes' if args.reasons else 'no'}")
    overall = hashlib.sha256()
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    try:
        for name in args.group or GROUPS:
            digest = hashlib.sha256()
            count = 0
            try:
                for fields in GROUPS[name](nlp, args.reasons):
                    line = json.dumps([name, *fields], ensure_ascii=False) + "\n"
                    digest.update(line.encode("utf-8"))
                    overall.update(line.encode("utf-8"))
                    count += 1
                    if dump:
                        dump.write(line)
            except FileNotFoundError as error:
                print(f"{name:<10} skipped: {error} not found")
                continue
            print(f"{name:<10} {count:>6} lines  {digest.hexdigest()}")
    finally:
        if dump:
            dump.close()
    print(f"{'overall':<10} {'':>6}        {overall.hexdigest()}")


if __name__ == "__main__":
    main()
