"""Turn the vague spans of a parsed Doc into findings, and word the questions for missing slots."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from vaguewords.clauses import clause_of, clause_span, is_clause_head
from vaguewords.lexicon import Lexicon
from vaguewords.model import Finding, Slot
from vaguewords.slots import forget_doc_ents, is_passive, slots_for, subject_of, vague_spans

THEME_DEPS = ("dobj", "attr", "oprd")
ARTICLES = frozenset({"a", "an", "the"})


def findings_from_doc(
    doc: Doc, lexicon: Lexicon, spans_key: str = "vague", omissions: bool = True
) -> list[Finding]:
    """One finding per vague span in ``doc.spans[spans_key]``, offsets relative to ``doc.text``;
    with ``omissions``, also one per commitment that names no one to carry it out
    (:mod:`vaguewords.commitments`). Findings are in text order."""
    findings = _term_findings(doc, lexicon, spans_key)
    if omissions:
        findings += _commitment_findings(doc, lexicon)
        findings.sort(key=lambda finding: (finding.start, finding.end))
    forget_doc_ents()  # hold no Doc once its findings are out (memory zones free it)
    return findings


def _commitment_findings(doc: Doc, lexicon: Lexicon) -> list[Finding]:
    from vaguewords.commitments import (
        CATEGORY,
        EXPLANATION,
        commitment_questions,
        unassigned_commitments,
    )

    findings = []
    doc_text = doc.text
    for head, verdict in unassigned_commitments(doc, lexicon.cues, vague_spans(doc)):
        span, slots = verdict.span, verdict.slots
        assert span is not None and slots is not None
        clause = clause_span(head)
        questions, checklist = commitment_questions(verdict)
        findings.append(
            Finding(
                term=span.text.lower(),
                text=span.text,
                category=CATEGORY,
                start=span.start_char,
                end=span.end_char,
                sentence=context_text(head.sent, span, doc_text),
                clause=context_text(clause, span, doc_text),
                clause_start=clause.start_char,
                clause_end=clause.end_char,
                who=slots[0],
                how=slots[1],
                when=slots[2],
                questions=tuple(questions),
                checklist=tuple(checklist),
                words=sum(not (t.is_punct or t.is_space) for t in span),
                explanation=EXPLANATION,
                leaves_open=("who",),
                rule=verdict.rule,
            )
        )
    return findings


def _term_findings(doc: Doc, lexicon: Lexicon, spans_key: str) -> list[Finding]:
    findings: list[Finding] = []
    spans = doc.spans.get(spans_key, ())
    if not spans:
        return findings
    slots_by_head: dict[int, tuple[Slot, Slot, Slot]] = {}
    clause_by_head: dict[int, Span] = {}  # findings in one clause share its verdicts
    climbed: dict[int, int] = {}
    doc_text = doc.text
    sentences = list(doc.sents)
    sentence_starts = [sentence.start for sentence in sentences]
    vague = vague_spans(doc)
    for span in spans:
        term = lexicon.term(span.kb_id_)
        head = clause_of(span, climbed)
        sentence = sentences[bisect_right(sentence_starts, span.start) - 1]
        if head.i not in slots_by_head:
            slots_by_head[head.i] = tuple(slots_for(head, lexicon.cues, vague))
            clause_by_head[head.i] = clause_span(head)
        who, how, when = slots_by_head[head.i]
        clause = clause_by_head[head.i]
        if not clause.start <= span.start < span.end <= clause.end:
            # "If necessary": the clause trims its leading "if", the finding starts with it.
            clause = doc[min(clause.start, span.start) : max(clause.end, span.end)]
        asks = asks_for(span, head, (who, how, when))
        findings.append(
            Finding(
                term=term.term,
                text=span.text,
                category=term.category,
                start=span.start_char,
                end=span.end_char,
                sentence=context_text(sentence, span, doc_text),
                clause=context_text(clause, span, doc_text),
                clause_start=clause.start_char,
                clause_end=clause.end_char,
                who=who,
                how=how,
                when=when,
                questions=tuple(question for question, _ in asks),
                checklist=combined_checklist([item for _, item in asks], (who, how, when)),
                words=max(1, sum(not (t.is_punct or t.is_space) for t in span)),
                explanation=term.explanation,
                leaves_open=term.leaves_open,
            )
        )
    return findings


MAX_CONTEXT_CHARS = 1000


def context_text(context: Span, span: Span, doc_text: str) -> str:
    """The sentence or clause around a finding; one over MAX_CONTEXT_CHARS (a run-on text with no
    punctuation) is cut to a window around the finding, with "…" where text was left out."""
    # ``doc_text`` is Doc.text fetched once: Doc.text joins every token on each call. Slicing the
    # Doc's text is O(1) per character; Span.text joins every token.
    if context.end_char - context.start_char <= MAX_CONTEXT_CHARS:
        return doc_text[context.start_char : context.end_char].strip()
    half = MAX_CONTEXT_CHARS // 2
    start = max(context.start_char, span.start_char - half)
    end = min(context.end_char, span.end_char + half)
    before = "…" if start > context.start_char else ""
    after = "…" if end < context.end_char else ""
    return f"{before}{doc_text[start:end].strip()}{after}"


# ============================================================================ questions


def third_person(verb: str) -> str:
    """'provide' -> 'provides', 'fix' -> 'fixes', 'carry' -> 'carries' (regular verbs)."""
    irregular = {"be": "is", "have": "has", "do": "does", "go": "goes"}
    if verb in irregular:
        return irregular[verb]
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if len(verb) > 1 and verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _phrase_text(span: Span) -> str:
    """Lower-case the first word unless it is a name; keep the rest as written."""
    text = span.text.strip()
    first = span[0]
    if first.pos_ != "PROPN" and not first.ent_type_ and first.text.istitle() and first.text != "I":
        text = text[0].lower() + text[1:]
    return text


def _definite(span: Span) -> str:
    """ "robust security guarantees" -> "the robust security guarantees" (a question refers back)."""
    text = _phrase_text(span)
    first = span[0]
    if (
        first.lower_ in ARTICLES
        or first.dep_ in ("det", "poss")
        or first.pos_ in ("PROPN", "PRON", "ADP")
    ):
        return text
    return f"the {text}"


def _noun_phrase(token: Token) -> Span:
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


def _theme(head: Token, span: Span) -> Span | None:
    """What the clause is about: the passive subject, else the object, else the vague phrase."""
    if is_passive(head):
        for child in head.children:
            if child.dep_ in ("nsubjpass", "csubjpass"):
                return _noun_phrase(child)
    for child in head.children:
        if child.dep_ in THEME_DEPS:
            return _noun_phrase(child)
    for child in head.children:
        if child.dep_ == "xcomp":
            return _theme(child, span)
    # "will work with relevant stakeholders": the phrase holding the vague words.
    token = span.root
    while token.head != token and token.head != head:
        token = token.head
    if token.head == head and token.dep_ == "prep" and token.i > head.i:
        return _noun_phrase(token)
    return None


def questions_for(span: Span, head: Token, slots: tuple[Slot, Slot, Slot]) -> list[str]:
    """Plain-language questions for the missing slots, worded from the clause itself:
    "Who provides the robust security guarantees?", "How will they be provided?", "By when?"."""
    return [question for question, _ in asks_for(span, head, slots)]


# Verbs that describe rather than act: the question is about their subject.
COPULAS = frozenset({"be", "have", "seem", "appear", "look", "sound", "become", "remain", "feel"})


def combined_checklist(items: list[str], slots: tuple[Slot, Slot, Slot]) -> tuple[str, ...]:
    """One instruction per finding: the first missing slot in full, the others named briefly
    ("Say who provides the robust security guarantees, how, and by when")."""
    if not items:
        return ()
    missing = [slot.name for slot in slots if not slot.present]
    if len(items) != len(missing) or len(missing) == 1:
        return (items[0],)
    brief = {"how": "how (means and resources)", "when": "by when"}
    rest = [brief[name] for name in missing[1:]]
    tail = rest[0] if len(rest) == 1 else f"{rest[0]}, and {rest[1]}"
    return (f"{items[0]}; and say {tail}",)


def asks_for(span: Span, head: Token, slots: tuple[Slot, Slot, Slot]) -> list[tuple[str, str]]:
    """(question, checklist item) for each missing slot: the question a reader asks, and the
    instruction a writer follows ("Say who provides the robust security guarantees")."""
    who, how, when = slots
    if who.present and how.present and when.present:
        return []
    verb = _main_verb(head)
    theme = _theme(verb, span) if verb is not None else None
    asks: list[tuple[str, str]] = []
    if verb is None or verb.lemma_ in COPULAS:
        subject = subject_of(verb) if verb is not None else None
        if (
            subject is not None
            and subject.pos_ in ("NOUN", "PROPN", "PRON")
            and subject.lower_ not in ("it", "there")
        ):
            topic = _definite(_noun_phrase(subject))  # "The plan is comprehensive": the plan
        elif theme is not None and theme[0].pos_ != "ADP":
            topic = _definite(theme)
        else:
            topic = _definite(_noun_phrase(span.root))
        if not who.present:
            asks.append((f"Who is responsible for {topic}?", f"Say who is responsible for {topic}"))
        if not how.present:
            asks.append(
                (
                    f"How will {topic} be achieved, and with what resources?",
                    f"Say how {topic} will be achieved, and with what resources",
                )
            )
        if not when.present:
            asks.append(
                (
                    f"By when will {topic} be in place?",
                    f"Give a date by which {topic} will be in place",
                )
            )
        return asks

    lemma = verb.lemma_.lower()
    theme_text = _definite(theme) if theme is not None else ""
    passive = is_passive(verb)
    if not who.present:
        if who.rule == "vague_actor":
            subject = subject_of(verb)
            phrase = _phrase_text(_noun_phrase(subject)) if subject is not None else span.text
            asks.append(
                (
                    f"Who exactly are \u201c{phrase}\u201d? Name them.",
                    f"Name who \u201c{phrase}\u201d are",
                )
            )
        else:
            who_part = f"{third_person(lemma)} {theme_text}".rstrip()
            asks.append((f"Who {who_part}?", f"Say who {who_part}"))
    if passive:
        core = f"will {theme_text or 'it'} be {verb.text.lower()}"
        statement = f"{theme_text or 'it'} will be {verb.text.lower()}"
    elif (actor := _actor_text(verb, who)) is not None:
        core = f"will {actor} {lemma} {theme_text}".rstrip()
        statement = f"{actor} will {lemma} {theme_text}".rstrip()
    else:
        core = "will this be done"
        statement = "this will be done"
    if not how.present:
        asks.append(
            (
                f"How {core}: by what means, and with what resources?",
                f"Say how {statement}: the means, and the resources",
            )
        )
    if not when.present:
        asks.append((f"By when {core}?", f"Give a date by which {statement}"))
    return asks


def _actor_text(verb: Token, who: Slot) -> str | None:
    """The words naming whoever acts, as they would read mid-question ("we", "the authorities")."""
    doc = verb.doc
    if who.present and who.start is not None and who.end is not None:
        span = doc.char_span(who.start, who.end)
        return _phrase_text(span) if span is not None else who.text
    subject = subject_of(verb)
    if subject is None or subject.dep_ == "expl" or subject.lower_ in ("it", "there"):
        return None
    return _phrase_text(_noun_phrase(subject))


def _main_verb(head: Token) -> Token | None:
    """The verb whose action is promised: "aims to provide" asks about "provide"."""
    if not is_clause_head(head):
        return None
    for child in head.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB":
            return _main_verb(child) or child
    return head
