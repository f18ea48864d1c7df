"""A learned probe (an experiment, #21): would a small model trained on the tune halves' labels
find vague commitments on text nobody studied better than the analyzer's rules?

    python benchmarks/learned_probe.py              # train, choose the threshold, print the table
    python benchmarks/learned_probe.py --explain 8  # and the weightiest features of 8 found spans

Nothing in ``vaguewords/`` uses this: it is a measurement. It needs scikit-learn, which is not a
dependency of the project (``pip install scikit-learn`` in your own environment).

* Training data: the ``tune`` items of real-text rounds one to six (``sets.json``'s ``round``),
  gold findings without ``unassigned_commitment``. No check item and nothing of round seven is
  read before the model and its threshold are fixed.
* Model: logistic regression over tokens (is this token inside a gold finding span?), with the
  features the analyzer's own spaCy model gives: word, lemma, POS, tag, dependency, the head's
  lemma and POS, the clause's modal or tense, negation, whether a lexicon candidate covers the
  token (and its category), and the model's contextual vector (``doc.tensor``, 96 values). A span
  is a run of tokens whose probability reaches the threshold.
* Threshold: chosen on the tune items only, by cross-validation over them (folds of whole items):
  the threshold whose out-of-fold spans give the best F1 on the tune items.
* Evaluation with ``real_text.py``'s span-overlap matching, on (1) all check halves of rounds one
  to six, (2) round seven, both halves (figures only), (3) the QA-SRL development sentences' flag
  rate per 100 words; for the analyzer alone, the probe alone and the union (the analyzer's
  findings plus the probe spans that overlap none of them).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import real_text  # noqa: E402  (the benchmark beside this one: reading and matching)

try:
    import numpy as np
    from scipy import sparse
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold
except ImportError:  # pragma: no cover - depends on the environment
    sys.exit(
        "learned_probe.py needs scikit-learn: pip install scikit-learn (not a project dependency)"
    )

from vaguewords.evaluation import real_text_sets  # noqa: E402

TRAIN_ROUNDS = range(1, 7)
BLIND_ROUND = 7
FOLDS = 5
THRESHOLDS = tuple(round(0.05 * step, 2) for step in range(2, 19))
C = 0.5
SEED = 23
# Feature groups left out by --drop (an ablation on the tune cross-validation): the part of a
# feature's name before "=", or "tensor".
GROUPS = ("word", "lemma", "pos", "tag", "dep", "head_lemma", "head_pos", "clause", "negated")
GROUPS += ("lexicon", "tensor")
DROPPED: set[str] = set()

MODALS = {
    "will": "will",
    "shall": "will",
    "'ll": "will",
    "wo": "will",
    "must": "must",
    "should": "should",
    "ought": "should",
    "may": "may",
    "might": "may",
    "can": "can",
    "could": "can",
    "would": "would",
    "'d": "would",
}
CLAUSE_DEPS = frozenset(
    {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "csubj", "pcomp"}
)


# ============================================================================ features


def clause_verb(token):
    """The verb heading the token's clause: up the heads to a verb or auxiliary that opens a
    clause (or the root)."""
    current = token
    for _ in range(40):
        if current.pos_ in ("VERB", "AUX") and (
            current.dep_ in CLAUSE_DEPS or current.head == current
        ):
            return current
        if current.head == current:
            return current
        current = current.head
    return current


def clause_mood(verb) -> str:
    """will / must / should / may / can / would from the clause's modal, else past / present /
    base (imperative or infinitive) from the verb's tag and its auxiliaries; xcomp clauses
    ("we need to do") take their governor's."""
    for child in verb.children:
        if child.dep_ == "aux" and child.tag_ == "MD":
            return MODALS.get(child.lower_, "modal")
    if verb.dep_ == "xcomp" and verb.head != verb:
        return clause_mood(verb.head)
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if "VBD" in tags:
        return "past"
    if tags & {"VBZ", "VBP"}:
        return "present"
    if "VBG" in tags and verb.dep_ == "ROOT":
        return "present"
    return "base"


def negated(token, verb) -> bool:
    return any(child.dep_ == "neg" for child in (*token.children, *verb.children))


def token_features(doc) -> list[dict[str, float]]:
    """One feature dict per token (the sparse part); the tensor rows are added beside them."""
    lexical: dict[int, str] = {}
    for span in doc.spans.get("vague", ()):
        for index in range(span.start, span.end):
            lexical[index] = span.label_
    rows = []
    for token in doc:
        verb = clause_verb(token)
        features = {
            f"word={token.lower_}": 1.0,
            f"lemma={token.lemma_.lower()}": 1.0,
            f"pos={token.pos_}": 1.0,
            f"tag={token.tag_}": 1.0,
            f"dep={token.dep_}": 1.0,
            f"head_lemma={token.head.lemma_.lower()}": 1.0,
            f"head_pos={token.head.pos_}": 1.0,
            f"clause={clause_mood(verb)}": 1.0,
        }
        if negated(token, verb):
            features["negated"] = 1.0
        if token.i in lexical:
            features["lexicon"] = 1.0
            features[f"lexicon={lexical[token.i]}"] = 1.0
        rows.append({k: v for k, v in features.items() if k.split("=")[0] not in DROPPED})
    return rows


def tensor_names() -> list[str]:
    return [f"tensor[{index}]" for index in range(96)]


class Featuriser:
    """The sparse one-hot features (fitted on the training tokens) beside the dense tensor."""

    def __init__(self) -> None:
        self.vectoriser = DictVectorizer()
        self.scale: np.ndarray | None = None

    def fit(self, docs: Sequence) -> Featuriser:
        self.vectoriser.fit([row for doc in docs for row in token_features(doc)])
        tensors = np.vstack([doc.tensor for doc in docs])
        self.scale = tensors.std(axis=0) + 1e-6
        return self

    def transform(self, docs: Sequence):
        rows = [row for doc in docs for row in token_features(doc)]
        tensors = np.vstack([doc.tensor for doc in docs]) / self.scale
        if "tensor" in DROPPED:
            tensors = np.zeros_like(tensors)
        return sparse.hstack(
            [self.vectoriser.transform(rows), sparse.csr_matrix(tensors)], format="csr"
        )

    @property
    def names(self) -> list[str]:
        return list(self.vectoriser.get_feature_names_out()) + tensor_names()


def token_labels(doc, item: real_text.GoldItem) -> list[int]:
    gold = [g for g in item.findings if g.category != real_text.UNASSIGNED]
    return [
        int(
            not token.is_space
            and any(token.idx < g.end and g.start < token.idx + len(token) for g in gold)
        )
        for token in doc
    ]


def fit(docs: Sequence, labels: Sequence[int]) -> tuple[Featuriser, LogisticRegression]:
    featuriser = Featuriser().fit(docs)
    model = LogisticRegression(C=C, max_iter=3000, solver="liblinear", random_state=SEED)
    model.fit(featuriser.transform(docs), np.asarray(labels))
    return featuriser, model


def probabilities(featuriser: Featuriser, model: LogisticRegression, docs: Sequence) -> list:
    """One array of token probabilities per doc."""
    if not docs:
        return []
    flat = model.predict_proba(featuriser.transform(docs))[:, 1]
    out, position = [], 0
    for doc in docs:
        out.append(flat[position : position + len(doc)])
        position += len(doc)
    return out


def spans_of(doc, probs, threshold: float) -> list[real_text.SystemFinding]:
    """Runs of tokens at or above the threshold (white space and punctuation at a run's edge are
    left out)."""
    spans, run = [], []
    for token, p in zip(doc, probs, strict=True):
        if p >= threshold and not token.is_space:
            run.append(token)
        elif run:
            spans.append(run)
            run = []
    if run:
        spans.append(run)
    found = []
    for run in spans:
        while run and run[0].is_punct:
            run = run[1:]
        while run and run[-1].is_punct:
            run = run[:-1]
        if run:
            start, end = run[0].idx, run[-1].idx + len(run[-1])
            found.append(real_text.SystemFinding(start, end, doc.text[start:end], "probe"))
    return found


def union(
    analyzer: Sequence[real_text.SystemFinding], probe: Sequence[real_text.SystemFinding]
) -> list[real_text.SystemFinding]:
    """The analyzer's findings plus the probe spans that overlap none of them."""
    return [*analyzer, *(p for p in probe if not any(real_text.overlaps(p, a) for a in analyzer))]


def score(items, found: dict) -> real_text.Match:
    total = real_text.Match()
    for item in items:
        match = real_text.match_item(item, found.get(item.id, ()))
        total.add(
            real_text.Match(match.true_positives, match.false_positives, match.false_negatives)
        )
    return total


def per_item(items, found: dict) -> np.ndarray:
    """(true positives, false positives, false negatives) per item, for the bootstrap."""
    rows = []
    for item in items:
        match = real_text.match_item(item, found.get(item.id, ()))
        rows.append((match.true_positives, match.false_positives, match.false_negatives))
    return np.asarray(rows, dtype=float)


def f1_of(counts: np.ndarray) -> np.ndarray:
    """F1 from summed (tp, fp, fn) along the last axis."""
    tp, fp, fn = counts[..., 0], counts[..., 1], counts[..., 2]
    return np.where(tp > 0, 2 * tp / np.maximum(2 * tp + fp + fn, 1), 0.0)


def bootstrap_gain(base: np.ndarray, other: np.ndarray, rounds: int = 2000) -> tuple[float, float]:
    """95% interval of F1(other) - F1(base), resampling items with replacement (paired)."""
    rng = np.random.default_rng(SEED)
    picks = rng.integers(0, len(base), size=(rounds, len(base)))
    gains = f1_of(other[picks].sum(axis=1)) - f1_of(base[picks].sum(axis=1))
    low, high = np.percentile(gains, [2.5, 97.5])
    return float(low), float(high)


def f1(match: real_text.Match) -> float:
    p, r = match.precision, match.recall
    return 2 * p * r / (p + r) if p + r else 0.0


# ============================================================================ running


def load_sets():
    """(round, item) for every item of every set, in sets.json order."""
    pairs = []
    for entry in real_text_sets(real_text.REAL_TEXT):
        items, problems = real_text.read_gold(
            real_text.REAL_TEXT / entry.texts, real_text.REAL_TEXT / entry.gold
        )
        for problem in problems:
            print(f"  note: {problem}")
        pairs.extend((entry.round, item) for item in items)
    return pairs


def choose_threshold(train_items, train_docs, analyzer_found) -> dict:
    """Out-of-fold probabilities on the tune items (folds of whole items); for every threshold the
    probe's and the union's F1 on them. Returns the thresholds and the curve."""
    labels = [token_labels(doc, item) for doc, item in zip(train_docs, train_items, strict=True)]
    oof: list = [None] * len(train_items)
    groups = np.arange(len(train_items))
    for fold_train, fold_test in GroupKFold(n_splits=FOLDS).split(groups, groups=groups):
        docs = [train_docs[i] for i in fold_train]
        flat = [label for i in fold_train for label in labels[i]]
        featuriser, model = fit(docs, flat)
        for index, probs in zip(
            fold_test,
            probabilities(featuriser, model, [train_docs[i] for i in fold_test]),
            strict=True,
        ):
            oof[index] = probs
    curve = []
    for threshold in THRESHOLDS:
        probe = {
            item.id: spans_of(doc, probs, threshold)
            for item, doc, probs in zip(train_items, train_docs, oof, strict=True)
        }
        both = {
            item.id: union(analyzer_found.get(item.id, ()), probe[item.id]) for item in train_items
        }
        curve.append((threshold, score(train_items, probe), score(train_items, both)))
    best_probe = max(curve, key=lambda row: f1(row[1]))
    best_union = max(curve, key=lambda row: f1(row[2]))
    return {"curve": curve, "probe": best_probe[0], "union": best_union[0]}


def explain(featuriser, model, doc, span, probs, count: int = 6) -> str:
    """The features that weighed most for a found span: each feature's weight times its value,
    summed over the span's tokens (the 96 tensor values together as one line)."""
    start = next(t.i for t in doc if t.idx == span.start)
    end = next(t.i for t in doc if t.idx + len(t) == span.end) + 1
    matrix = featuriser.transform([doc])[start:end]
    weights = model.coef_[0]
    contributions = np.asarray(matrix.multiply(weights).sum(axis=0)).ravel()
    names = featuriser.names
    sparse_count = len(names) - 96
    named = [(contributions[i], names[i]) for i in range(sparse_count) if contributions[i]]
    named.append((contributions[sparse_count:].sum(), "tensor (96 values)"))
    named.sort(key=lambda pair: -abs(pair[0]))
    top = ", ".join(f"{name} {value:+.2f}" for value, name in named[:count])
    mean = float(np.mean(probs[start:end]))
    return f"{span.text!r} (p {mean:.2f}): {top}"


def row(name: str, match: real_text.Match) -> str:
    found = match.true_positives + match.false_positives
    gold = match.true_positives + match.false_negatives
    return (
        f"| {name} | {gold} | {found} | {match.precision:.3f} | {match.recall:.3f} "
        f"| {f1(match):.3f} |"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--explain", type=int, default=5, metavar="N", help="explain N found spans")
    parser.add_argument(
        "--drop",
        choices=GROUPS,
        action="append",
        default=[],
        help="leave a feature group out (an ablation: read its tune cross-validation line)",
    )
    args = parser.parse_args(argv)
    DROPPED.update(args.drop)

    from vaguewords.pipeline import load_pipeline, model_name

    nlp = load_pipeline()
    print(f"model: {model_name(nlp)}; scikit-learn logistic regression, C={C}")
    if DROPPED:
        print(f"left out: {', '.join(sorted(DROPPED))}")
    pairs = load_sets()
    train = [item for rnd, item in pairs if rnd in TRAIN_ROUNDS and item.split == "tune"]
    check = [item for rnd, item in pairs if rnd in TRAIN_ROUNDS and item.split == "check"]
    blind = [item for rnd, item in pairs if rnd == BLIND_ROUND]
    every = train + check + blind
    analyzer_found = {
        item.id: real_text.system_findings(analysis)
        for item, analysis in zip(every, real_text.analyse(i.text for i in every), strict=True)
    }
    # Unassigned commitments are left out of the scores; they are left out of "overlaps none" too.
    scored = {
        key: [f for f in found if f.category != real_text.UNASSIGNED]
        for key, found in analyzer_found.items()
    }
    train_docs = list(nlp.pipe(item.text for item in train))

    # 1. The threshold, on the tune items only.
    chosen = choose_threshold(train, train_docs, scored)
    print(f"\ntune items: {len(train)}; {FOLDS}-fold cross-validation over them (whole items)")
    print("| threshold | probe P | probe R | probe F1 | union P | union R | union F1 |")
    print("|---|---|---|---|---|---|---|")
    for threshold, probe, both in chosen["curve"]:
        print(
            f"| {threshold:.2f} | {probe.precision:.3f} | {probe.recall:.3f} | {f1(probe):.3f} "
            f"| {both.precision:.3f} | {both.recall:.3f} | {f1(both):.3f} |"
        )
    print(f"chosen: probe {chosen['probe']:.2f}, union {chosen['union']:.2f}")

    # 2. The final model on all tune items; nothing below changes it.
    labels = [
        label
        for doc, item in zip(train_docs, train, strict=True)
        for label in token_labels(doc, item)
    ]
    featuriser, model = fit(train_docs, labels)
    print(f"\ntraining tokens: {len(labels)}, inside a gold finding: {sum(labels)}")

    def probe_on(items, threshold):
        docs = list(nlp.pipe(item.text for item in items))
        probs = probabilities(featuriser, model, docs)
        return {
            item.id: spans_of(doc, p, threshold)
            for item, doc, p in zip(items, docs, probs, strict=True)
        }

    print(
        "\n| data | system | gold | found | P | R | F1 | F1 gain over the analyzer, 95% (items resampled) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for label, items in (
        ("tune, in-sample (rounds 1-6)", train),
        ("check halves (rounds 1-6)", check),
        ("round seven, both halves", blind),
    ):
        probe = probe_on(items, chosen["probe"])
        probe_u = probe_on(items, chosen["union"])
        both = {item.id: union(scored.get(item.id, ()), probe_u[item.id]) for item in items}
        base = per_item(items, scored)
        gains = {
            "probe": bootstrap_gain(base, per_item(items, probe)),
            "union": bootstrap_gain(base, per_item(items, both)),
        }
        print(row(f"{label} | analyzer", score(items, scored)) + " |")
        for name, found in (("probe", probe), ("union", both)):
            low, high = gains[name]
            print(
                row(f"{label} | {name} ({chosen[name]:.2f})", score(items, found))
                + f" {low:+.3f} .. {high:+.3f} |"
            )

    # 3. Descriptive prose: flags per 100 words (words counted as the analyzer counts them).
    sentences = real_text.qasrl_sentences()
    trained_on = {item.text for item in train}
    docs = list(nlp.pipe(sentences))
    analyses = list(real_text.analyse(sentences))
    flags = {"analyzer": 0, "probe": 0, "union": 0}
    unseen = {"analyzer": 0, "probe": 0, "union": 0, "words": 0}
    words = 0
    probe_probs = probabilities(featuriser, model, docs)
    prose_spans = []
    by_threshold = dict.fromkeys(THRESHOLDS, 0)
    for sentence, doc, p, analysis in zip(sentences, docs, probe_probs, analyses, strict=True):
        system = real_text.system_findings(analysis)
        probe = spans_of(doc, p, chosen["probe"])
        both = union(system, spans_of(doc, p, chosen["union"]))
        counts = {"analyzer": len(system), "probe": len(probe), "union": len(both)}
        for threshold in THRESHOLDS:
            by_threshold[threshold] += len(spans_of(doc, p, threshold))
        n = analysis.words
        words += n
        for key, value in counts.items():
            flags[key] += value
        if sentence not in trained_on:
            unseen["words"] += n
            for key, value in counts.items():
                unseen[key] += value
        prose_spans.extend((doc, span, p) for span in probe)
    print(f"\nQA-SRL development sentences: {len(sentences)}, {words} words (line: 0.15 per 100)")
    print("| system | flags | per 100 words | per 100 words, sentences not trained on |")
    print("|---|---|---|---|")
    for key in flags:
        print(
            f"| {key} | {flags[key]} | {100 * flags[key] / words:.3f} "
            f"| {100 * unseen[key] / unseen['words']:.3f} |"
        )
    print(
        "probe alone by threshold (final model; descriptive only, it chooses nothing): "
        + ", ".join(f"{t:.2f}: {100 * n / words:.3f}" for t, n in by_threshold.items())
    )

    # 4. What the model weighs.
    names = featuriser.names
    weights = model.coef_[0]
    order = np.argsort(weights)
    print(
        "\nheaviest features for 'inside a finding': "
        + ", ".join(f"{names[i]} {weights[i]:+.2f}" for i in order[::-1][:15])
    )
    print("heaviest against: " + ", ".join(f"{names[i]} {weights[i]:+.2f}" for i in order[:10]))
    tune_probs = probabilities(featuriser, model, train_docs)
    flagged = np.concatenate(tune_probs) >= chosen["probe"]
    contributions = featuriser.transform(train_docs)[flagged].multiply(weights).tocsr()
    magnitude = abs(contributions)
    tensor_share = magnitude[:, -96:].sum() / magnitude.sum()
    print(
        f"on the {int(flagged.sum())} tune tokens the probe flags, share of the summed absolute "
        f"contributions from the 96 tensor values: {tensor_share:.2f} (the rest: named features)"
    )
    if args.explain:
        print(
            f"\n{args.explain} probe spans on QA-SRL prose (descriptive: each one a false alarm or close):"
        )
        step = max(1, len(prose_spans) // args.explain)
        for doc, span, p in prose_spans[::step][: args.explain]:
            print("- " + explain(featuriser, model, doc, span, p))
        tune_spans = [
            (doc, span, p)
            for doc, p in zip(train_docs, tune_probs, strict=True)
            for span in spans_of(doc, p, chosen["probe"])
        ]
        print(f"\n{args.explain} probe spans on tune items (in-sample):")
        step = max(1, len(tune_spans) // args.explain)
        for doc, span, p in tune_spans[::step][: args.explain]:
            print("- " + explain(featuriser, model, doc, span, p))


if __name__ == "__main__":
    main()
