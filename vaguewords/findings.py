"""Turn the vague spans of a parsed Doc into findings; the questions come from ``questions``."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

from vaguewords.clauses import clause_of, clause_span
from vaguewords.context import DocFacts, judge_usage
from vaguewords.lexicon import Lexicon
from vaguewords.model import Candidate, Finding, Slot
from vaguewords.questions import Ask, Asked, asks_for, vague_index
from vaguewords.questions.wording import HOW_WITH_RESOURCES
from vaguewords.slots import slots_for, vague_spans


def findings_from_doc(
    doc: Doc,
    lexicon: Lexicon,
    spans_key: str = "vague",
    suppressed: list[Candidate] | None = None,
    omissions: bool = True,
) -> list[Finding]:
    """One finding per vague span in ``doc.spans[spans_key]`` that is used, in its vague sense, in
    a statement that commits or claims (:func:`vaguewords.context.judge_usage`); offsets relative
    to ``doc.text``. The candidates that are not findings go to ``suppressed`` with their rule.
    With ``omissions``, also one finding per commitment that names no one to carry it out
    (:mod:`vaguewords.commitments`). Findings are in text order."""
    # Unassigned commitments first: their "Who will ..., and by when?" is not asked again by a
    # term finding of the same clause or sentence.
    asked = Asked()
    commitments = _commitment_findings(doc, lexicon, asked) if omissions else []
    findings = _term_findings(doc, lexicon, spans_key, suppressed, asked)
    if omissions:
        findings += commitments
        findings.sort(key=lambda finding: (finding.start, finding.end))
    return findings


def _commitment_findings(doc: Doc, lexicon: Lexicon, asked: Asked) -> list[Finding]:
    from vaguewords.commitments import (
        CATEGORY,
        EXPLANATION,
        commitment_questions,
        unassigned_commitments,
    )

    findings = []
    found = unassigned_commitments(doc, lexicon.cues, vague_spans(doc))
    doc_text = doc.text if found else ""  # Doc.text joins every token: only when needed
    for head, verdict in found:
        span, slots = verdict.span, verdict.slots
        assert span is not None and slots is not None
        clause = clause_span(head)
        questions, checklist = commitment_questions(verdict, lexicon.cues)
        asked.note(
            head.sent.start, head.i, questions, ("who",) + ("when",) * (not slots[2].present)
        )
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


def _term_findings(
    doc: Doc,
    lexicon: Lexicon,
    spans_key: str,
    suppressed: list[Candidate] | None,
    asked: Asked | None = None,
) -> list[Finding]:
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
    asked = asked if asked is not None else Asked()  # no question twice in one sentence
    index = vague_index(spans)  # read once: doc.spans builds every Span on each read
    facts = DocFacts(doc)
    for span in spans:
        term = lexicon.term(span.kb_id_)
        head = clause_of(span, climbed)
        usage = judge_usage(span, head, term, lexicon, facts)
        if not usage.kept:
            if suppressed is not None:
                suppressed.append(
                    Candidate(
                        term=term.term,
                        text=span.text,
                        category=term.category,
                        start=span.start_char,
                        end=span.end_char,
                        rule=usage.rule,
                        reason=usage.reason,
                    )
                )
            continue
        sentence = sentences[bisect_right(sentence_starts, span.start) - 1]
        if head.i not in slots_by_head:
            slots_by_head[head.i] = tuple(slots_for(head, lexicon.cues, vague))
            clause_by_head[head.i] = clause_span(head)
        who, how, when = slots_by_head[head.i]
        clause = clause_by_head[head.i]
        if not clause.start <= span.start < span.end <= clause.end:
            # "If necessary": the clause trims its leading "if", the finding starts with it.
            clause = doc[min(clause.start, span.start) : max(clause.end, span.end)]
        asks = asked.pick(
            asks_for(
                span, term.category, head, (who, how, when), index.left_out, index, lexicon.cues
            ),
            sentence.start,
            head.i,
            term.category,
            term.leaves_open,
        )
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
                questions=tuple(ask.question for ask in asks),
                checklist=combined_checklist(asks),
                words=max(1, sum(not (t.is_punct or t.is_space) for t in span)),
                explanation=term.explanation,
                leaves_open=term.leaves_open,
                usage_rule=usage.rule,
                usage_reason=usage.reason,
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


# ============================================================================ checklist


def combined_checklist(asks: list[Ask]) -> tuple[str, ...]:
    """The instructions for one finding: the category's own, then the first missing slot in full
    with the others named briefly ("Say who will provide the guarantees; and say how (means and
    resources), and by when")."""
    items = [ask.instruction for ask in asks if ask.slot == "term"]
    slot_asks = [ask for ask in asks if ask.slot != "term"]
    if slot_asks:
        first, rest = slot_asks[0], slot_asks[1:]
        brief = {
            "who": "who",
            "how": "how (means and resources)",
            "when": "by when",
            "often": "how often",
        }
        if not any(ask.slot == "how" and ask.rule in HOW_WITH_RESOURCES for ask in rest):
            brief["how"] = "how exactly"  # "How exactly will you reduce ...?" (the ask's rule)
        names = [brief[ask.slot] for ask in rest]
        if not names:
            items.append(first.instruction)
        else:
            tail = names[0] if len(names) == 1 else f"{names[0]}, and {names[1]}"
            items.append(f"{first.instruction}; and say {tail}")
    return tuple(items)
