"""How close our questions come to a teacher's, for the same finding.

A gold file has, for each text, the findings a teacher marked (exact words, which occurrence, the
slots the text leaves open) and the one to three questions the teacher would write in the margin.
For each gold finding we take the questions vaguewords asks in the same sentence (the questions of
a sentence are not repeated across its findings, so they may sit on a neighbouring finding) when
one of our findings overlaps the gold words. Every question, ours and the teacher's, is reduced to

* its **kind**, from how it opens: *who* ("Who ...", "By whom ..."), *how* ("How ...", "By what means ...", but not "How many/much"; also a question that ends by asking it: "Deal with the backlog how, exactly?"), *when* ("By when ...", "How often ...",
  "When ...", "By what date ...", "Over what period ...", which teachers write of a stretch of
  time: "gradually", "in the short run"), *how much* ("How many/much ...") or *what* (anything else: "Which
  measures, exactly?", "Better in what measurable way?");
* its **verb** (the lemma of the main verb, with a particle: "deal with", "set aside") and its
  **object head** (the lemma of the noun the verb acts on: "guarantees"); a question without a verb
  keys on the lemma of its root word ("How many steps, exactly?" -> "step").

Three figures per gold file:

* **found**: the share of gold findings that one of our findings overlaps;
* **slots asked**: of the (gold finding, slot the teacher says is open) pairs, the share where one
  of our questions in that sentence, or a part of one ("Who will lift the sanctions, and by when?"
  asks who and when), is of that slot's kind (over all gold findings, a missed finding
  asks nothing);
* **same question**: the share of gold findings where one of our questions and one of the teacher's
  have the same kind, the same verb (or both none) and the same object head. A teacher's pronoun
  ("How should it be finished?") matches any object, since it stands for the thing we name. A
  question that asks two things ("Effective by what measure, and checked by whom?") is keyed part
  by part, and matches if a part does. When one of the two has no verb ("Which parties,
  exactly?" against "Which parties are meant?"), kind and object head (or root word) decide; but a
  timing question or part with no verb ("By when?", "By what date?", the "and by when?" of "Who
  will fund it, and by when?") names no act and matches nothing, so a bare date question never
  counts as the teacher's question. Reported over all gold findings and over the found ones
  (the second says how our questions compare where we flag the words at all).

The figures are about wording and slots, not about the words flagged: "found" shows how much the
other two are limited by the findings themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from vaguewords.model import Analysis, Finding

WHO_OPENING = re.compile(r"^(who|whom|whose|by whom)\b", re.IGNORECASE)
HOW_MUCH_OPENING = re.compile(r"^(how (many|much)|by how much)\b", re.IGNORECASE)
HOW_OPENING = re.compile(r"^(how|by what means|in what way|through what|with what)\b", re.I)
WHEN_OPENING = re.compile(
    r"^(by when|when|by what date|on what date|until when|how soon|how often|over what period)\b",
    re.I,
)
HOW_ENDING = re.compile(r"\bhow(, exactly)?\?$", re.IGNORECASE)


@dataclass(frozen=True)
class QuestionKey:
    kind: str  # "who", "how", "when", "how much", "what"
    verb: str | None
    object: str | None  # "" when the object is a pronoun (matches any object)


def question_kind(question: str) -> str:
    text = question.strip()
    if WHEN_OPENING.match(text):
        return "when"
    if HOW_MUCH_OPENING.match(text):
        return "how much"
    if WHO_OPENING.match(text):
        return "who"
    if HOW_OPENING.match(text) or HOW_ENDING.search(text):
        return "how"
    return "what"


def question_key(question: str, nlp) -> QuestionKey:
    """The kind, verb and object head of a question, parsed with ``nlp``."""
    doc = nlp.make_doc(question)
    for _, component in nlp.pipeline:
        doc = component(doc)
    kind = question_kind(question)
    verbs = [t for t in doc if t.pos_ == "VERB" and t.dep_ not in ("amod", "acl", "relcl")]
    if not verbs:
        root = next((t for t in doc if t.dep_ == "ROOT"), doc[0] if len(doc) else None)
        return QuestionKey(kind, None, root.lemma_.lower() if root is not None else None)
    verb = next((t for t in verbs if t.dep_ == "ROOT"), verbs[0])
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    lemma = " ".join([verb.lemma_.lower(), *particles])
    thing = None
    for dep in ("dobj", "nsubjpass"):
        thing = next((c for c in verb.children if c.dep_ == dep), None)
        if thing is not None:
            break
    if thing is None:
        for child in verb.children:
            if child.dep_ == "prep" and child.i == verb.i + 1:
                thing = next((c for c in child.children if c.dep_ == "pobj"), None)
    if thing is None and kind != "who":
        thing = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if thing is None:
        return QuestionKey(kind, lemma, None)
    if thing.pos_ == "PRON" and thing.lower_ not in ("who", "what", "which", "whom"):
        return QuestionKey(kind, lemma, "")
    return QuestionKey(kind, lemma, thing.lemma_.lower())


PART_BREAK = re.compile(r",? and (?=by|with|who|how|when|what|checked|decided)|: ", re.IGNORECASE)


def question_parts(question: str) -> list[str]:
    """ "Effective by what measure, and checked by whom?" asks two things: each part is keyed on
    its own, so that a teacher's "Effective by what measure?" can match the first."""
    parts = [part.strip(" ,?") for part in PART_BREAK.split(question)]
    return [f"{part}?" for part in parts if part]


def same_question(ours: QuestionKey, gold: QuestionKey) -> bool:
    if ours.kind != gold.kind:
        return False
    if ours.verb is None or gold.verb is None:
        if ours.kind == "when":
            return False  # "By when?", "By what date?": no act named, nothing to compare
        # "Which parties, exactly?" and "Which parties are meant?": the same thing asked about
        return ours.object is not None and ours.object == gold.object
    if ours.verb != gold.verb:
        return False
    return gold.object == "" or ours.object == gold.object


@dataclass(frozen=True)
class GoldFinding:
    item: str  # the text's id
    start: int
    end: int
    category: str
    missing: tuple[str, ...]
    questions: tuple[str, ...]
    split: str = ""


def gold_findings(text: str, item: str, findings: Iterable[dict], split: str = "") -> list:
    """Gold findings with character offsets: the ``occurrence``-th appearance of ``text``."""
    located = []
    for finding in findings:
        start = -1
        for _ in range(int(finding.get("occurrence", 1))):
            start = text.find(finding["text"], start + 1)
            if start < 0:
                raise ValueError(f"{item}: {finding['text']!r} not found in the text")
        located.append(
            GoldFinding(
                item=item,
                start=start,
                end=start + len(finding["text"]),
                category=finding["category"],
                missing=tuple(finding.get("missing", ())),
                questions=tuple(finding.get("questions", ())),
                split=split,
            )
        )
    return located


@dataclass(frozen=True)
class Agreement:
    findings: int
    found: int
    slot_pairs: int
    slots_asked: int
    same_question: int
    found_slot_pairs: int = 0  # slot pairs of the found gold findings
    examples: tuple[tuple[str, str, str], ...] = ()  # (gold question, our question, verdict)

    def share(self, part: int, whole: int) -> float:
        return part / whole if whole else 0.0


SLOT_KINDS = {"who": "who", "how": "how", "when": "when"}


def agreement(
    golds: Sequence[GoldFinding], analyses: dict[str, Analysis], nlp, examples: int = 0
) -> Agreement:
    """Compare our questions with the teacher's for each gold finding (see the module doc)."""
    found = slot_pairs = slots_asked = same = found_pairs = 0
    shown: list[tuple[str, str, str]] = []
    cache: dict[str, QuestionKey] = {}

    def key(question: str) -> QuestionKey:
        if question not in cache:
            cache[question] = question_key(question, nlp)
        return cache[question]

    for gold in golds:
        slot_pairs += len(gold.missing)
        analysis = analyses[gold.item]
        ours = [f for f in analysis.findings if f.start < gold.end and gold.start < f.end]
        if not ours:
            continue
        found += 1
        found_pairs += len(gold.missing)
        questions = _sentence_questions(ours[0], analysis.findings)
        kinds = {question_kind(part) for q in questions for part in question_parts(q)}
        slots_asked += sum(SLOT_KINDS[slot] in kinds for slot in gold.missing)
        pairs = [(g, q) for g in gold.questions for q in questions]
        matched = next(
            (
                (g, q)
                for g, q in pairs
                if any(
                    same_question(key(ours), key(theirs))
                    for ours in question_parts(q)
                    for theirs in question_parts(g)
                )
            ),
            None,
        )
        if matched is not None:
            same += 1
        if len(shown) < examples and gold.questions:
            first = matched or (gold.questions[0], questions[0] if questions else "")
            shown.append((first[0], first[1], "same" if matched else "different"))
    return Agreement(len(golds), found, slot_pairs, slots_asked, same, found_pairs, tuple(shown))


def _sentence_questions(finding: Finding, findings: Sequence[Finding]) -> list[str]:
    return [
        q
        for other in findings
        if other.paragraph == finding.paragraph and other.sentence == finding.sentence
        for q in other.questions
    ]
