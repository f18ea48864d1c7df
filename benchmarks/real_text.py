"""Real text: does vaguewords flag vague commitments rather than vague words?

    python benchmarks/real_text.py                 # all three measures, one run
    python benchmarks/real_text.py --errors 20     # and the 20 worst real-text errors (tune split)
    python benchmarks/real_text.py --errors 20 --split all
    python benchmarks/real_text.py --miss-causes   # why each missed gold finding (tune) is missed

Prints, in one run:

(a) on the privacy-policy vagueness annotations (Lebanoff & Liu, EMNLP 2018; development half in
    ../shared/data/privacy-vagueness/), precision@2, recall@3 and spearman, scored exactly as that
    folder's README says (``../shared/tools/privacy_score.py`` is the reference; a test checks that
    the figures here agree with it);
(b) flags per 100 words on the QA-SRL development sentences (descriptive Wikinews and Wikipedia
    prose, which promises nothing: every flag there is a false alarm or close to one);
(c) precision and recall against the real-text gold set in tests/data/real_text/ (State of the
    Union paragraphs and QA-SRL sentences, annotated blind under ../shared/ANNOTATION.md), on the
    tune and check halves separately and together, with and without the gold findings of kind
    ``unassigned_commitment`` (promises that name no one, which no lexicon term can find).

Matching (ANNOTATION.md "Spans and matching"): a system finding matches a gold finding when their
character spans overlap; each gold finding is matched at most once.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from vaguewords.evaluation import PrecisionRecall, real_text_sets

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"
PRIVACY = SHARED_DATA / "privacy-vagueness" / "privacy_vagueness.dev.jsonl"
QASRL = SHARED_DATA / "qasrl-gs"
QASRL_FILES = ("wikinews.dev.full.csv", "wikipedia.dev.full.csv")
REAL_TEXT = ROOT / "tests" / "data" / "real_text"
# (texts, gold) per real-text set.
REAL_TEXT_SETS = {item.name: (item.texts, item.gold) for item in real_text_sets(REAL_TEXT)}
UNASSIGNED = "unassigned_commitment"
SPLITS = ("tune", "check", "all")

TARGETS = {
    "precision@2": 0.60,
    "recall@3": 0.50,
    "spearman": 0.40,
    "flags per 100 words": 0.15,
    "precision": 0.85,
    "recall": 0.80,
}

Span = tuple[int, int]


# ============================================================================ (a) privacy policies

# A token as the reference scorer cuts them: a word with inner hyphens or apostrophes, or one
# character of punctuation.
TOKEN_PATTERN = re.compile(r"\w+(?:[-']\w+)*|[^\w\s]")
MAX_VOTE = 5
CONSENSUS_VOTE = 3
SUPPORT_VOTE = 2
# The subject matter of a privacy policy, left out of recall and unsupported in precision (the
# data's README lists them).
PRIVACY_TOPIC = frozenset(
    {
        "information",
        "personal information",
        "personally identifiable information",
        "personally identifiable",
        "personal data",
        "data",
        "identifiable information",
        "personal",
        "personally",
        "services",
        "content",
        "cookies",
        "privacy policy",
        "third-party cookies",
    }
)


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def token_votes(row: dict) -> tuple[list[Span], list[int]]:
    """Each token's span and vote: the summed counts of the phrases covering it (each phrase at
    its first whole-word occurrence, case-insensitive), capped at 5."""
    text = row["text"]
    lower = text.lower()
    tokens = [match.span() for match in TOKEN_PATTERN.finditer(text)]
    votes = [0] * len(tokens)
    for phrase, count in row["phrases"].items():
        phrase = phrase.strip().lower()
        if not phrase:
            continue
        found = re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", lower)
        if found is None:
            continue
        for index, (start, end) in enumerate(tokens):
            if start < found.end() and found.start() < end:
                votes[index] += count
    return tokens, [min(vote, MAX_VOTE) for vote in votes]


def consensus_units(tokens: Sequence[Span], votes: Sequence[int]) -> list[Span]:
    """Maximal runs of tokens whose vote is at least CONSENSUS_VOTE."""
    units: list[Span] = []
    current: list[int] | None = None
    for (start, end), vote in zip(tokens, votes, strict=True):
        if vote >= CONSENSUS_VOTE:
            current = [current[0], end] if current else [start, end]
        elif current:
            units.append((current[0], current[1]))
            current = None
    if current:
        units.append((current[0], current[1]))
    return units


def rank_correlation(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Spearman's rho with tied values at their mean rank; 0.0 when either side is constant."""
    if len(xs) < 2:
        return 0.0
    # Pearson's r of the average ranks (pandas' own "spearman" needs scipy).
    x_ranks = pd.Series(list(xs), dtype=float).rank(method="average")
    y_ranks = pd.Series(list(ys), dtype=float).rank(method="average")
    value = x_ranks.corr(y_ranks)
    return 0.0 if pd.isna(value) else float(value)


def privacy_scores(rows: Sequence[dict], predictions: dict[str, Sequence[Span]]) -> dict:
    """precision@2, recall@3 and spearman of ``predictions`` (sentence id -> flagged spans)."""
    flags = supported = units_total = units_hit = 0
    counts, means = [], []
    for row in rows:
        tokens, votes = token_votes(row)
        spans = list(predictions.get(row["id"], ()))
        text = row["text"]
        for start, end in spans:
            flags += 1
            if text[start:end].lower() in PRIVACY_TOPIC:
                continue
            supported += any(
                vote >= SUPPORT_VOTE
                for (t_start, t_end), vote in zip(tokens, votes, strict=True)
                if t_start < end and start < t_end
            )
        for u_start, u_end in consensus_units(tokens, votes):
            if text[u_start:u_end].lower() in PRIVACY_TOPIC:
                continue
            units_total += 1
            units_hit += any(start < u_end and u_start < end for start, end in spans)
        counts.append(len(spans))
        means.append(sum(row["scores"]) / len(row["scores"]))
    return {
        "sentences": len(rows),
        "flags": flags,
        "precision@2": supported / flags if flags else 0.0,
        "consensus_units": units_total,
        "recall@3": units_hit / units_total if units_total else 0.0,
        "spearman": rank_correlation(counts, means),
    }


# ============================================================================ (b) QA-SRL prose


def qasrl_sentences(directory: Path = QASRL) -> list[str]:
    """The development sentences of QA-SRL (one row per sentence in the *.full.csv files)."""
    sentences: list[str] = []
    for name in QASRL_FILES:
        with open(directory / name, encoding="utf-8", newline="") as handle:
            sentences.extend(row["sentence"] for row in csv.DictReader(handle))
    return sentences


# ============================================================================ (c) real-text gold


@dataclass(frozen=True)
class GoldFinding:
    start: int
    end: int
    text: str
    category: str


@dataclass(frozen=True)
class GoldItem:
    id: str
    split: str
    text: str
    findings: tuple[GoldFinding, ...]


def occurrence_span(text: str, phrase: str, occurrence: int) -> Span | None:
    """Where the ``occurrence``-th (1-based) appearance of ``phrase`` is in ``text`` (exact case
    first, then ignoring case), or None."""
    for haystack, needle in ((text, phrase), (text.lower(), phrase.lower())):
        start = -1
        for _ in range(max(1, occurrence)):
            start = haystack.find(needle, start + 1)
            if start < 0:
                break
        if start >= 0:
            return start, start + len(phrase)
    return None


def read_gold(texts_path: Path, gold_path: Path) -> tuple[list[GoldItem], list[str]]:
    """The items of one real-text set with their gold findings as character spans, and a line for
    every gold finding whose text could not be found in its item."""
    texts = {item["id"]: item for item in read_jsonl(texts_path)}
    items, problems = [], []
    for entry in read_jsonl(gold_path):
        item = texts.get(entry["id"])
        if item is None:
            problems.append(f"{gold_path.name}: {entry['id']}: no such item in {texts_path.name}")
            continue
        findings = []
        for finding in entry.get("findings", ()):
            span = occurrence_span(item["text"], finding["text"], finding.get("occurrence", 1))
            if span is None:
                problems.append(
                    f"{gold_path.name}: {entry['id']}: {finding['text']!r} not found in the text"
                )
                continue
            findings.append(GoldFinding(*span, finding["text"], finding.get("category", "")))
        items.append(GoldItem(entry["id"], item["split"], item["text"], tuple(findings)))
    return items, problems


@dataclass(frozen=True)
class SystemFinding:
    start: int
    end: int
    text: str
    category: str
    rule: str = ""


@dataclass
class Match(PrecisionRecall):
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)  # kind, id, span, text

    def add(self, other: Match) -> None:
        self.true_positives += other.true_positives
        self.false_positives += other.false_positives
        self.false_negatives += other.false_negatives
        self.errors.extend(other.errors)


def match_item(
    item: GoldItem, found: Sequence[SystemFinding], with_unassigned: bool = False
) -> Match:
    """Overlap matching: each system finding takes the first unmatched gold finding it overlaps
    (in text order); each gold finding is matched at most once."""
    gold = [g for g in item.findings if with_unassigned or g.category != UNASSIGNED]
    system = [f for f in found if with_unassigned or f.category != UNASSIGNED]
    pairs = matched_pairs(gold, system)
    matched = set(pairs.values())
    result = Match()
    for position in in_text_order(system):
        finding = system[position]
        if position in pairs:
            result.true_positives += 1
        else:
            result.false_positives += 1
            result.errors.append(
                ("extra", item.id, f"{finding.text!r} ({finding.category})", item.text)
            )
    for index, expected in enumerate(gold):
        if index not in matched:
            result.false_negatives += 1
            result.errors.append(
                ("missed", item.id, f"{expected.text!r} ({expected.category})", item.text)
            )
    return result


def overlaps(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def in_text_order(system: Sequence[SystemFinding]) -> list[int]:
    return sorted(range(len(system)), key=lambda i: (system[i].start, system[i].end))


def matched_pairs(gold: Sequence[GoldFinding], system: Sequence[SystemFinding]) -> dict[int, int]:
    """{system index: gold index}: each system finding, in text order, takes the first unmatched
    gold finding it overlaps."""
    pairs: dict[int, int] = {}
    for position in in_text_order(system):
        finding = system[position]
        for index, expected in enumerate(gold):
            if index not in pairs.values() and overlaps(finding, expected):
                pairs[position] = index
                break
    return pairs


def gold_scores(
    items: Sequence[GoldItem],
    found: dict[str, Sequence[SystemFinding]],
    with_unassigned: bool = False,
) -> dict[str, Match]:
    """A Match per split ("tune", "check", "all")."""
    results = {split: Match() for split in SPLITS}
    for item in items:
        match = match_item(item, found.get(item.id, ()), with_unassigned)
        results[item.split].add(match)
        results["all"].add(
            Match(match.true_positives, match.false_positives, match.false_negatives)
        )
    return results


# ============================================================================ running


def analyse(texts: Iterable[str]):
    from vaguewords import analyze_many

    return analyze_many(texts)


def system_findings(analysis) -> list[SystemFinding]:
    return [
        SystemFinding(f.start, f.end, f.text, f.category, getattr(f, "rule", ""))
        for f in analysis.findings
    ]


def rejected_candidates(analysis) -> list[SystemFinding]:
    """The lexicon candidates the context rules did not keep, each with the rule that dropped it."""
    return [SystemFinding(c.start, c.end, c.text, c.category, c.rule) for c in analysis.suppressed]


def run_privacy(path: Path = PRIVACY) -> dict:
    """Each policy is analysed as one text (its sentences joined by spaces, in order), as a reader
    would paste it: whether a text speaks as "we" or to "you" is part of the context. Findings
    are mapped back to the sentence they fall in."""
    rows = read_jsonl(path)
    return privacy_scores(rows, privacy_predictions(rows))


def privacy_predictions(rows: Sequence[dict]) -> dict[str, list[Span]]:
    by_document: dict[str, list[dict]] = {}
    for row in rows:
        by_document.setdefault(str(row["doc"]), []).append(row)
    texts, placements = [], []
    for document_rows in by_document.values():
        offsets, position = [], 0
        for row in document_rows:
            offsets.append((position, row))
            position += len(row["text"]) + 1
        texts.append(" ".join(row["text"] for row in document_rows))
        placements.append(offsets)
    predictions: dict[str, list[Span]] = {row["id"]: [] for row in rows}
    for offsets, analysis in zip(placements, analyse(texts), strict=True):
        for finding in analysis.findings:
            for start, row in offsets:
                if start <= finding.start < start + len(row["text"]):
                    end = min(finding.end, start + len(row["text"]))
                    predictions[row["id"]].append((finding.start - start, end - start))
                    break
    return predictions


def run_prose(directory: Path = QASRL) -> dict:
    sentences = qasrl_sentences(directory)
    flags = words = 0
    for analysis in analyse(sentences):
        flags += len(analysis.findings)
        words += analysis.words
    return {
        "sentences": len(sentences),
        "words": words,
        "flags": flags,
        "flags per 100 words": 100 * flags / words if words else 0.0,
    }


def run_gold(
    directory: Path = REAL_TEXT, gold_directory: Path | None = None
) -> tuple[dict, list[str]]:
    """{set name: (items, system findings by id, rejected candidates by id)} for every set whose
    gold file exists."""
    runs, problems = {}, []
    for name, (texts_name, gold_name) in REAL_TEXT_SETS.items():
        gold_path = (gold_directory or directory) / gold_name
        if not gold_path.exists():
            problems.append(f"{gold_path}: not there yet, set {name!r} skipped")
            continue
        items, trouble = read_gold(directory / texts_name, gold_path)
        problems.extend(trouble)
        analyses = list(analyse(item.text for item in items))
        found = {
            item.id: system_findings(analysis)
            for item, analysis in zip(items, analyses, strict=True)
        }
        rejected = {
            item.id: rejected_candidates(analysis)
            for item, analysis in zip(items, analyses, strict=True)
        }
        runs[name] = (items, found, rejected)
    return runs, problems


def mark(value: float, target_name: str, at_most: bool = False) -> str:
    target = TARGETS[target_name]
    met = value <= target if at_most else value >= target
    return f"{value:.3f} ({'met' if met else 'not met'}: {'<=' if at_most else '>='} {target})"


def print_gold_table(runs: dict) -> None:
    print("| set | unassigned | split | gold | found | P | R |")
    print("|---|---|---|---|---|---|---|")
    for with_unassigned in (False, True):
        combined = {split: Match() for split in SPLITS}
        for name, (items, found, _) in runs.items():
            scores = gold_scores(items, found, with_unassigned)
            for split in SPLITS:
                combined[split].add(scores[split])
                row(name, with_unassigned, split, scores[split])
        for split in SPLITS:
            row("all sets", with_unassigned, split, combined[split])


def row(name: str, with_unassigned: bool, split: str, match: Match) -> None:
    gold = match.true_positives + match.false_negatives
    found = match.true_positives + match.false_positives
    print(
        f"| {name} | {'with' if with_unassigned else 'without'} | {split} | {gold} | {found} "
        f"| {match.precision:.3f} | {match.recall:.3f} |"
    )


def print_errors(runs: dict, count: int, split: str) -> None:
    errors = []
    for items, found, _ in runs.values():
        for item in items:
            if split != "all" and item.split != split:
                continue
            errors.extend(match_item(item, found.get(item.id, ())).errors)
    # Misses first, then extras; within each, by item.
    errors.sort(key=lambda error: (error[0] != "missed", error[1]))
    print(f"\nerrors on split {split!r} (without unassigned commitments), {len(errors)} in all:")
    for kind, item_id, what, text in errors[:count]:
        print(f"- {kind} {what} in {item_id}: {text}")


# ============================================================================ why a finding is missed

VOCABULARY = "(a) vocabulary: no lexicon term there"
UNMATCHED_WORD = "(a) vocabulary: a lexicon word there, not a candidate (part of speech, exception)"
REJECTED = "(b) rejected by a context rule"
SPAN = "(c) found, but its finding matched another gold finding (span)"
CATEGORY = "(c) found, but as an unassigned commitment (category)"
CAUSES = (VOCABULARY, UNMATCHED_WORD, REJECTED, SPAN, CATEGORY)


@lru_cache(maxsize=1)
def lexicon_pattern() -> re.Pattern[str]:
    """Every spelling of every lexicon term, as whole words, ignoring case."""
    from vaguewords.lexicon import load_lexicon

    spellings = {form for term in load_lexicon().terms for form in term.spellings}
    alternatives = sorted((re.escape(form) for form in spellings), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def miss_cause(
    item: GoldItem,
    expected: GoldFinding,
    found: Sequence[SystemFinding],
    rejected: Sequence[SystemFinding],
) -> tuple[str, str]:
    """Why ``expected`` (a gold finding no system finding matched) is missed: the cause and, for a
    rejected candidate, the rule that dropped it. Checked in the order (c), (b), (a): a finding
    that overlaps it, then a candidate that does, then a lexicon spelling in its span."""
    if any(overlaps(f, expected) for f in found if f.category != UNASSIGNED):
        return SPAN, ""
    if any(overlaps(f, expected) for f in found):
        return CATEGORY, ""
    for candidate in sorted(rejected, key=lambda c: (c.start, c.end)):
        if overlaps(candidate, expected):
            return REJECTED, candidate.rule
    for hit in lexicon_pattern().finditer(item.text):
        if hit.start() < expected.end and expected.start < hit.end():
            return UNMATCHED_WORD, hit.group(0).lower()
    return VOCABULARY, ""


def miss_causes(runs: dict, split: str) -> list[tuple[str, str, GoldItem, GoldFinding]]:
    """(cause, detail, item, gold finding) for every gold finding of ``split`` that no system
    finding matches, without unassigned commitments."""
    misses = []
    for items, found, rejected in runs.values():
        for item in items:
            if split != "all" and item.split != split:
                continue
            gold = [g for g in item.findings if g.category != UNASSIGNED]
            system = [f for f in found.get(item.id, ()) if f.category != UNASSIGNED]
            matched = set(matched_pairs(gold, system).values())
            for index, expected in enumerate(gold):
                if index not in matched:
                    cause, detail = miss_cause(
                        item, expected, found.get(item.id, ()), rejected.get(item.id, ())
                    )
                    misses.append((cause, detail, item, expected))
    return misses


def print_miss_causes(runs: dict, split: str, examples: int = 0) -> None:
    misses = miss_causes(runs, split)
    total = len(misses)
    print(f"\nwhy the {total} missed gold findings of split {split!r} are missed (no unassigned):")
    print("| cause | missed | share |")
    print("|---|---|---|")
    for cause in CAUSES:
        count = sum(m[0] == cause for m in misses)
        print(f"| {cause} | {count} | {count / total if total else 0:.2f} |")
    by_rule = Counter(detail for cause, detail, _, _ in misses if cause == REJECTED)
    if by_rule:
        print("\n| context rule that rejected the candidate | missed |")
        print("|---|---|")
        for rule, count in by_rule.most_common():
            print(f"| {rule} | {count} |")
    by_kind = Counter((cause[:3], missed.category) for cause, _, _, missed in misses)
    kinds = Counter(missed.category for _, _, _, missed in misses)
    print("\n| gold kind | (a) | (b) | (c) |")
    print("|---|---|---|---|")
    for kind, _ in kinds.most_common():
        cells = " | ".join(str(by_kind[(c, kind)]) for c in ("(a)", "(b)", "(c)"))
        print(f"| {kind} | {cells} |")
    if examples:
        print()
        ordered = sorted(misses, key=lambda m: (CAUSES.index(m[0]), m[1], m[2].id))
        for cause, detail, item, expected in ordered[:examples]:
            extra = f" [{detail}]" if detail else ""
            print(f"- {cause[:3]}{extra} {expected.text!r} ({expected.category}) in {item.id}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N errors")
    parser.add_argument(
        "--split", choices=SPLITS, default="tune", help="split whose errors are printed"
    )
    parser.add_argument(
        "--gold-dir", type=Path, default=None, help="folder of the *_gold.jsonl files"
    )
    parser.add_argument("--skip", choices=("privacy", "prose", "gold"), action="append", default=[])
    parser.add_argument(
        "--miss-causes",
        type=int,
        nargs="?",
        const=0,
        default=None,
        metavar="N",
        help="why each missed gold finding of --split is missed, with N examples",
    )
    args = parser.parse_args(argv)

    from vaguewords.pipeline import load_pipeline, model_name

    print(f"model: {model_name(load_pipeline())}")
    if "privacy" not in args.skip:
        if PRIVACY.exists():
            privacy = run_privacy()
            print(
                f"\n(a) privacy policies ({privacy['sentences']} sentences, {privacy['flags']} "
                f"flags, {privacy['consensus_units']} consensus units)"
            )
            print(f"  precision@2 {mark(privacy['precision@2'], 'precision@2')}")
            print(f"  recall@3    {mark(privacy['recall@3'], 'recall@3')}")
            print(f"  spearman    {mark(privacy['spearman'], 'spearman')}")
        else:
            print(f"\n(a) skipped: {PRIVACY} not found")
    if "prose" not in args.skip:
        if QASRL.is_dir():
            prose = run_prose()
            print(
                f"\n(b) QA-SRL development sentences ({prose['sentences']} sentences, "
                f"{prose['words']} words, {prose['flags']} flags)"
            )
            print(
                "  flags per 100 words "
                + mark(prose["flags per 100 words"], "flags per 100 words", at_most=True)
            )
        else:
            print(f"\n(b) skipped: {QASRL} not found")
    if "gold" not in args.skip:
        runs, problems = run_gold(gold_directory=args.gold_dir)
        print("\n(c) real-text gold (targets: P >= 0.85, R >= 0.80 without unassigned)")
        for problem in problems:
            print(f"  note: {problem}")
        if runs:
            print_gold_table(runs)
            if args.errors:
                print_errors(runs, args.errors, args.split)
            if args.miss_causes is not None:
                print_miss_causes(runs, args.split, args.miss_causes)


if __name__ == "__main__":
    main()
