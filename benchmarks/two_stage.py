"""Same findings? The two-stage analyzer against ``--full-parse`` on every text set we have.

    python benchmarks/two_stage.py                 # gold, examples, real-text, QA-SRL sentences
    python benchmarks/two_stage.py --sotu          # and every State of the Union address
    python benchmarks/two_stage.py --set gold --set examples
    python benchmarks/two_stage.py --shares        # only: how much of the text is parsed
    python benchmarks/two_stage.py --shares --ner  # and how much goes through NER (parses)
    python benchmarks/two_stage.py --cpu           # only: CPU time against plain nlp.pipe
    python benchmarks/two_stage.py --cold          # the same, one cold run per fresh process
    python benchmarks/two_stage.py --components    # only: CPU time of each model component

Each text is analysed twice with ``analyze_many``: as the CLI does (only the sentences that can
hold a finding are parsed) and with ``Settings(full_parse=True)`` (every paragraph parsed whole). Every
field of every finding is compared (term, offsets, sentence, clause, who / how / when with rule,
evidence and reason, questions, checklist) and so is the word count. Each difference is printed
with the sentence it is in; the last lines count texts, findings and differences per set.

``--shares`` prints, for the State of the Union addresses of the 1990s and the QA-SRL development
sentences (the texts of ``speed.py --real-text``), how much the second stage parses: sentences
and tokens, and how much of it each candidate test and the context around runs account for.
These counts do not depend on the machine's load, unlike the timings of ``speed.py``.
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


def sotu_1990s() -> list[str]:
    """The addresses of the 1990s, as ``speed.py --real-text`` reads them."""
    return [path.read_text(encoding="utf-8") for path in sorted(SOTU.glob("199*.txt"))]


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


# ---------------------------------------------------------------------------- shares


@dataclass
class Shares:
    """What the second stage parses of a corpus, in sentences (as the cheap stage splits them)
    and tokens."""

    sentences: int = 0
    tokens: int = 0
    parsed_sentences: int = 0
    parsed_tokens: int = 0  # tokens of the runs, context included
    # Tokens of the sentences each candidate test marks (no context, no sentence before).
    marked_by: dict[str, int] = field(default_factory=dict)
    # The runs that go through NER too (a rule read an entity), when counted (``ner=True``).
    ner_sentences: int | None = None
    ner_tokens: int | None = None

    def line(self, label: str) -> str:
        marked = " · ".join(
            f"{name} {tokens / max(1, self.tokens):.1%}" for name, tokens in self.marked_by.items()
        )
        ner = ""
        if self.ner_tokens is not None and self.ner_sentences is not None:
            ner = (
                f" {self.ner_sentences:,} ({self.ner_sentences / max(1, self.sentences):.1%}) |"
                f" {self.ner_tokens:,} (**{self.ner_tokens / max(1, self.tokens):.1%}**) |"
            )
        return (
            f"| {label} | {self.parsed_sentences:,} of {self.sentences:,} "
            f"({self.parsed_sentences / max(1, self.sentences):.1%}) | {self.parsed_tokens:,} of "
            f"{self.tokens:,} (**{self.parsed_tokens / max(1, self.tokens):.1%}**) |{ner} {marked} |"
        )


def parsed_shares(nlp, texts: Iterable[str], ner: bool = False) -> Shares:
    """How much of ``texts`` the two-stage path parses (paragraph by paragraph, as it runs).
    With ``ner``, also how much goes through NER: the runs are parsed as the analyzer parses
    them (slow: this is the second stage itself), and a run counts when a rule read an entity
    in it; its sentences count as the cheap stage splits them, its tokens with context."""
    from vaguewords.documents import Document
    from vaguewords.pipeline import parsed_runs, run_docs, runs_to_parse, sentence_splitter

    splitter = sentence_splitter(nlp)
    tests = nlp.get_pipe("vaguewords").candidate_tests
    names = [type(test).__name__ for test in tests]
    shares = Shares(marked_by=dict.fromkeys([*names, "any test"], 0))
    if ner:
        shares.ner_sentences = shares.ner_tokens = 0
    for text in texts:
        for start, end in Document(text=text, source="text").paragraphs():
            doc = splitter(nlp.make_doc(text[start:end]))
            runs = runs_to_parse(nlp, doc)
            if ner:
                starts = [sentence.start for sentence in doc.sents]
                built = [
                    (run, span) for (run, _, _), span in zip(run_docs(nlp, doc), runs, strict=True)
                ]
                for _, (first, last), recognised in parsed_runs(nlp, built):
                    if recognised:
                        shares.ner_tokens += last - first
                        shares.ner_sentences += sum(first <= s < last for s in starts)
            sentences = list(doc.sents)
            shares.sentences += len(sentences)
            shares.tokens += len(doc)
            shares.parsed_tokens += sum(last - first for first, last in runs)
            shares.parsed_sentences += sum(
                1 for sentence in sentences if any(s <= sentence.start < e for s, e in runs)
            )
            found = {name: list(test(doc)) for name, test in zip(names, tests, strict=True)}
            found["any test"] = [found_range for ranges in found.values() for found_range in ranges]
            for name, ranges in found.items():
                marked = _marked_sentences(doc, ranges)
                shares.marked_by[name] += sum(last - first for first, last in marked)
    return shares


def _marked_sentences(doc, ranges) -> list[tuple[int, int]]:
    """The sentences that hold a candidate range (no context, no sentence before)."""
    return [
        (sentence.start, sentence.end)
        for sentence in doc.sents
        if any(start < sentence.end and sentence.start < end for start, end in ranges)
    ]


def share_corpora() -> list[tuple[str, Path, object]]:
    """The input of ``--shares`` and ``--cheap``: (label, folder, read) for the addresses of the
    1990s and every QA-SRL development sentence."""
    return [
        ("State of the Union 1990s", SOTU, sotu_1990s),
        ("QA-SRL dev sentences", QASRL, lambda: [text for _, text in qasrl_sentences()]),
    ]


def print_shares(ner: bool = False, limit: int | None = None) -> None:
    from vaguewords.pipeline import load_pipeline

    nlp = load_pipeline()
    corpora = share_corpora()
    ner_head = " sentences NER'd | tokens NER'd (with context) |" if ner else ""
    print(
        f"| corpus | sentences parsed | tokens parsed (with context) |{ner_head} "
        "tokens in sentences marked by |"
    )
    print("|---|---|---|" + ("---|---|" if ner else "") + "---|")
    for label, folder, read in corpora:
        if not folder.is_dir():
            print(f"| {label} | skipped: {folder} not found | | |")
            continue
        texts = read()[:limit] if limit else read()
        print(parsed_shares(nlp, texts, ner=ner).line(label), flush=True)


# ---------------------------------------------------------------------------- CPU time


def cpu_seconds(run) -> float:
    """CPU time of this process for ``run()`` (not wall time: the machine may be shared)."""
    import time

    start = time.process_time()
    run()
    return time.process_time() - start


def ratio_cells(times: dict[str, list[float]]) -> str:
    """The table cells for CPU times of the paths: each path's median, then plain / two-stage
    with the ratio of every round."""
    import statistics

    median = {name: statistics.median(values) for name, values in times.items()}
    rounds_text = " ".join(
        f"{p / t:.2f}" for p, t in zip(times["plain"], times["two_stage"], strict=True)
    )
    return (
        f"{median['plain']:.2f} s | {median['two_stage']:.2f} s | {median['full']:.2f} s | "
        f"**{median['plain'] / median['two_stage']:.2f}** (rounds {rounds_text}) |"
    )


def cpu_corpora(addresses: int = 2, sentences: int = 300) -> list[tuple[str, Path, object]]:
    """The input of ``--cpu``, ``--cold`` and ``--stages``: (label, folder, read) for the last
    ``addresses`` of the 1990s and the first ``sentences`` QA-SRL sentences."""
    return [
        ("State of the Union 1990s", SOTU, lambda: sotu_1990s()[-addresses:]),
        ("QA-SRL dev sentences", QASRL, lambda: [t for _, t in qasrl_sentences(sentences)]),
    ]


COLD_PATHS = ("plain", "two_stage", "full")


def print_cold(addresses: int = 2, sentences: int = 300, rounds: int = 3) -> None:
    """CPU time of one cold run in a fresh process (as the CLI runs: no word seen before, empty
    caches), for each path in turn, the order rotating each round; the model load is not
    counted. The median of ``rounds`` per path."""
    import subprocess

    print(f"CPU seconds of one cold run in a fresh process, median of {rounds} rounds")
    print("| corpus | plain nlp.pipe | two-stage | full parse | plain / two-stage |")
    print("|---|---|---|---|---|")
    for index, (label, folder, _) in enumerate(cpu_corpora(addresses, sentences)):
        if not folder.is_dir():
            print(f"| {label} | skipped: {folder} not found | | | |")
            continue
        times: dict[str, list[float]] = {name: [] for name in COLD_PATHS}
        for round_number in range(rounds):
            shift = round_number % len(COLD_PATHS)
            for name in COLD_PATHS[shift:] + COLD_PATHS[:shift]:
                command = [sys.executable, __file__, "--cold-one", name, str(index)]
                command += ["--addresses", str(addresses), "--sentences", str(sentences)]
                output = subprocess.run(command, capture_output=True, text=True, check=True)
                times[name].append(float(output.stdout.split()[-1]))
        print(f"| {label} | {ratio_cells(times)}", flush=True)


def ours_and_plain():
    """(the analyzer's pipeline, as ``load_pipeline`` gives it; the same model as spaCy loads it,
    the plain baseline)."""
    import spacy

    from vaguewords.pipeline import load_pipeline

    ours = load_pipeline()
    return ours, spacy.load(ours.meta.get("lang", "en") + "_" + ours.meta["name"])


def cold_one(path: str, corpus: int, addresses: int, sentences: int) -> None:
    """Load the pipeline, then print the CPU seconds of one run of ``path`` over the corpus."""

    from vaguewords.pipeline import Settings, analyze_many, load_pipeline

    texts = cpu_corpora(addresses, sentences)[corpus][2]()
    if path == "plain":
        _, nlp = ours_and_plain()
        print(cpu_seconds(lambda: list(nlp.pipe(texts, batch_size=32))))
        return
    load_pipeline()
    settings = Settings(full_parse=path == "full")
    print(cpu_seconds(lambda: list(analyze_many(texts, settings))))


def print_cpu(addresses: int = 2, sentences: int = 300, rounds: int = 3) -> None:
    """CPU time of plain ``nlp.pipe`` (the same model, every component it enables, batches of
    32), the two-stage analyzer and the full-parse analyzer on a few State of the Union
    addresses of the 1990s (the last ``addresses``) and the first QA-SRL sentences, interleaved,
    the order rotating each round; the median of ``rounds``."""

    from vaguewords.pipeline import Settings, analyze_many, model_name

    ours, plain = ours_and_plain()
    corpora = cpu_corpora(addresses, sentences)
    print(f"CPU seconds of this process, median of {rounds} interleaved rounds; {model_name(ours)}")
    print("| corpus | words | plain nlp.pipe | two-stage | full parse | plain / two-stage |")
    print("|---|---|---|---|---|---|")
    for label, folder, read in corpora:
        if not folder.is_dir():
            print(f"| {label} | skipped: {folder} not found | | | | |")
            continue
        texts = read()
        words = sum(a.words for a in analyze_many(texts))  # also warms both paths up
        list(plain.pipe(texts[:2]))
        runs = {
            "plain": lambda texts=texts: list(plain.pipe(texts, batch_size=32)),
            "two_stage": lambda texts=texts: list(analyze_many(texts)),
            "full": lambda texts=texts: list(analyze_many(texts, Settings(full_parse=True))),
        }
        names = list(runs)
        times: dict[str, list[float]] = {name: [] for name in names}
        for index in range(rounds):
            for name in names[index % 3 :] + names[: index % 3]:
                times[name].append(cpu_seconds(runs[name]))
        print(f"| {label} | {words:,} | {ratio_cells(times)}", flush=True)


def print_cheap(rounds: int = 5) -> None:
    """CPU time of the cheap stage's decisions alone (every candidate test and
    ``kept_sentences``) over every paragraph of the ``--shares`` corpora, tokenized and split
    beforehand; the first round (the spelling caches cold) and the median of the others, with a
    digest of the candidate ranges and kept sentences, so two versions can be compared."""
    import hashlib
    import statistics

    from vaguewords.documents import Document
    from vaguewords.pipeline import load_pipeline, sentence_splitter

    nlp = load_pipeline()
    component, splitter = nlp.get_pipe("vaguewords"), sentence_splitter(nlp)
    print(f"CPU seconds of the candidate tests and kept_sentences; {max(2, rounds)} rounds")
    print("| corpus | tokens | first round | median of the others | digest |")
    print("|---|---|---|---|---|")
    for label, folder, read in share_corpora():
        if not folder.is_dir():
            print(f"| {label} | skipped: {folder} not found | | | |")
            continue
        docs = [
            splitter(nlp.make_doc(text[start:end]))
            for text in read()
            for start, end in Document(text=text, source="text").paragraphs()
        ]
        times, decided = [], []
        for _ in range(max(2, rounds)):
            for doc in docs:
                doc.user_data.clear()  # each round reads the Docs afresh (candidates.surface_of)
            times.append(cpu_seconds(lambda d=docs, out=decided: out.append(decide(component, d))))
        digest = hashlib.sha256(repr(decided[0]).encode()).hexdigest()[:12]
        print(
            f"| {label} | {sum(len(doc) for doc in docs):,} | {times[0]:.3f} s | "
            f"{statistics.median(times[1:]):.3f} s | {digest} |",
            flush=True,
        )


def decide(component, docs) -> list:
    """What the cheap stage decides for each Doc: (its candidate ranges, its kept sentences)."""
    from vaguewords.candidates import kept_sentences

    decided = []
    for doc in docs:
        ranges = component.candidate_ranges(doc)
        decided.append((sorted(set(ranges)), kept_sentences(doc, ranges)))
    return decided


def print_stages(addresses: int = 2, sentences: int = 300, rounds: int = 3) -> None:
    """CPU time of each step of the two-stage path, run one step at a time over the same input as
    ``--cpu`` (the last ``addresses`` of the 1990s, the first ``sentences`` QA-SRL sentences),
    median of ``rounds``, against the plain pipeline on every paragraph: where the time goes."""
    from vaguewords.pipeline import load_pipeline, model_name

    nlp = load_pipeline()
    print(f"CPU seconds of this process, median of {rounds} rounds; {model_name(nlp)}")
    for label, paragraphs in cpu_paragraphs(addresses, sentences):
        _print_stage_times(nlp, label, paragraphs, rounds)


def cpu_paragraphs(addresses: int, sentences: int) -> Iterator[tuple[str, list[str]]]:
    """(label, every paragraph) of each corpus of the ``--cpu`` input, as the analyzer splits
    them; a corpus whose folder is missing is printed as skipped."""
    from vaguewords.documents import Document

    for label, folder, read in cpu_corpora(addresses, sentences):
        if not folder.is_dir():
            print(f"{label}: skipped, {folder} not found")
            continue
        yield (
            label,
            [
                text[start:end]
                for text in read()
                for start, end in Document(text=text, source="text").paragraphs()
            ],
        )


def _print_stage_times(nlp, label: str, paragraphs: list[str], rounds: int) -> None:
    from result_costs import cpu_seconds  # the benchmark beside this one

    from vaguewords.pipeline import COMPONENT_NAME, NER_NAME, run_docs, sentence_splitter

    component = nlp.get_pipe(COMPONENT_NAME)
    ner = nlp.get_pipe(NER_NAME)
    splitter = sentence_splitter(nlp)

    def timed(step):
        return cpu_seconds(step, rounds)

    steps: dict[str, float] = {}
    steps["tokenizer"], _ = timed(lambda: list(nlp.tokenizer.pipe(paragraphs)))
    cheap_seconds, docs = timed(
        lambda: list(splitter.pipe(nlp.tokenizer.pipe(paragraphs), batch_size=256))
    )
    steps["senter"] = max(0.0, cheap_seconds - steps["tokenizer"])
    steps["candidate tests"], _ = timed(lambda: [component.candidate_ranges(d) for d in docs])
    plan_seconds, runs = timed(lambda: [run for d in docs for run, _, _ in run_docs(nlp, d)])
    steps["runs built (plan, Docs)"] = max(0.0, plan_seconds - steps["candidate tests"])
    steps["tok2vec, tagger, parser, lemmatizer on runs"], parsed = timed(
        lambda: list(nlp.pipe([run.copy() for run in runs], disable=[NER_NAME, COMPONENT_NAME]))
    )
    steps["component, entities unknown"], judged = timed(
        lambda: [component.without_entities(doc) for doc in parsed]
    )
    needs = [doc for doc, decided in zip(parsed, judged, strict=True) if not decided]
    steps["NER on the runs where a rule read one"], recognised = timed(
        lambda: list(ner.pipe([doc.copy() for doc in needs]))
    )
    steps["component again on those"], _ = timed(lambda: [component(doc) for doc in recognised])
    plain, _ = timed(lambda: list(nlp.pipe(paragraphs, disable=[COMPONENT_NAME])))
    total = sum(steps.values())
    tokens = sum(len(doc) for doc in docs)
    run_tokens = sum(len(run) for run in runs)
    ner_tokens = sum(len(doc) for doc in needs)
    print(
        f"{label}: {len(paragraphs):,} paragraphs, {tokens:,} tokens; runs {run_tokens:,} "
        f"tokens ({run_tokens / max(1, tokens):.1%}), NER'd {ner_tokens:,} "
        f"({ner_tokens / max(1, tokens):.1%})"
    )
    print("| step | CPU s | share of two-stage |")
    print("|---|---|---|")
    for name, seconds in steps.items():
        print(f"| {name} | {seconds:.2f} | {seconds / max(total, 1e-9):.0%} |")
    print(f"| **two-stage, sum of the steps** | **{total:.2f}** | |")
    ratio = plain / max(total, 1e-9)
    print(f"| plain pipeline, every paragraph | {plain:.2f} | ratio **{ratio:.2f}** |", flush=True)


def print_components(addresses: int = 2, sentences: int = 300, rounds: int = 3) -> None:
    """CPU time of each component of the model, run one at a time over every paragraph of the
    ``--cpu`` input, in the model as spaCy loads it and as ``load_pipeline`` gives it (the
    lemmatizer's word lists and the attribute ruler's patterns looked up: ``IndexedWords``,
    ``IndexedRulerMatcher``); median of ``rounds``, each round on fresh Docs."""
    import statistics

    from vaguewords.pipeline import COMPONENT_NAME, model_name

    ours, plain = ours_and_plain()
    print(f"CPU seconds per component, median of {rounds} rounds; {model_name(ours)}")
    for label, paragraphs in cpu_paragraphs(addresses, sentences):
        for name, nlp in (("spaCy's", plain), ("load_pipeline's", ours)):
            times: dict[str, list[float]] = {}
            for _ in range(rounds):
                docs = [nlp.make_doc(paragraph) for paragraph in paragraphs]
                for component, pipe in nlp.pipeline:
                    if component == COMPONENT_NAME:
                        continue
                    seconds = cpu_seconds(lambda pipe=pipe, docs=docs: list(pipe.pipe(docs)))
                    times.setdefault(component, []).append(seconds)
            median = {component: statistics.median(values) for component, values in times.items()}
            total = sum(median.values())
            cells = " · ".join(
                f"{component} {seconds:.2f} s ({seconds / max(total, 1e-9):.0%})"
                for component, seconds in median.items()
            )
            print(f"| {label} | {name} | {cells} | {total:.2f} s |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set", action="append", choices=sorted(SETS), help="only these sets (repeatable)"
    )
    parser.add_argument("--sotu", action="store_true", help="add every State of the Union address")
    parser.add_argument(
        "--shares", action="store_true", help="only the share of sentences and tokens parsed"
    )
    parser.add_argument(
        "--ner",
        action="store_true",
        help="with --shares: also the share that goes through NER (parses the runs: slow)",
    )
    parser.add_argument(
        "--limit", type=int, help="with --shares: only the first N addresses / sentences"
    )
    parser.add_argument(
        "--cpu",
        action="store_true",
        help="only: CPU time against plain nlp.pipe on a few addresses and sentences",
    )
    parser.add_argument(
        "--stages",
        action="store_true",
        help="only: CPU time of each step of the two-stage path on the --cpu input",
    )
    parser.add_argument(
        "--cold",
        action="store_true",
        help="only: CPU time of one cold run per fresh process against plain nlp.pipe",
    )
    parser.add_argument(
        "--components",
        action="store_true",
        help="only: CPU time of each model component on the --cpu input, spaCy's and ours",
    )
    parser.add_argument(
        "--cheap",
        action="store_true",
        help="only: CPU time of the cheap stage's candidate tests on the --shares corpora",
    )
    parser.add_argument("--cold-one", nargs=2, metavar=("PATH", "CORPUS"), help=argparse.SUPPRESS)
    parser.add_argument("--addresses", type=int, default=2, help=argparse.SUPPRESS)
    parser.add_argument("--sentences", type=int, default=300, help=argparse.SUPPRESS)
    parser.add_argument(
        "--rounds", type=int, default=3, help="with --cpu, --cold, --stages: rounds"
    )
    args = parser.parse_args()
    if args.cold_one:
        cold_one(args.cold_one[0], int(args.cold_one[1]), args.addresses, args.sentences)
        return
    if args.cold:
        print_cold(args.addresses, args.sentences, rounds=args.rounds)
        return
    if args.cpu:
        print_cpu(rounds=args.rounds)
        return
    if args.cheap:
        print_cheap(rounds=args.rounds)
        return
    if args.components:
        print_components(rounds=args.rounds)
        return
    if args.stages:
        print_stages(rounds=args.rounds)
        return
    if args.shares:
        print_shares(ner=args.ner, limit=args.limit)
        return
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
