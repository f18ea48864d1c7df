"""The questions for one finding, and for a commitment that names no one."""

from __future__ import annotations

from spacy.tokens import Span, Token

from vaguewords.clauses import is_clause_head
from vaguewords.cues import Cues
from vaguewords.lexicon import default_cues
from vaguewords.model import Slot
from vaguewords.questions.category import _bare_noun, _capitalised, _term_words, category_question
from vaguewords.questions.frame import Frame, _tense, _verb_words, build_frame, main_verb
from vaguewords.questions.phrases import noun_phrase
from vaguewords.questions.wording import _core, plain_question, slot_questions
from vaguewords.questions.words import (
    COPULAS,
    REASSURANCE,
    THING_RULE,
    VAGUE_ACTOR,
    VAGUE_PROCESS,
    VAGUE_TIMING,
    Ask,
    VagueIndex,
    _index_of,
    _span_indices,
)
from vaguewords.slots.parse import is_passive, subject_of
from vaguewords.slots.who import is_recipient_verb


def _subject_phrase(head: Token, excluded: frozenset[int]) -> str | None:
    verb = main_verb(head) or head
    subject = subject_of(verb) if is_clause_head(verb) else None
    if subject is None or subject.dep_ == "expl":
        return None
    return noun_phrase(subject, excluded)


def _copula_topic(
    head: Token, span: Span, excluded: frozenset[int], index: VagueIndex
) -> tuple[str | None, bool]:
    """What a verbless or copular clause is about, and whether it is a thing that can be put in
    place: "There will be robust monitoring" -> (the robust monitoring, True); "The plan is
    comprehensive" -> (the plan, False); a noun-only finding -> its noun. A vague actor or a
    person is never the topic ("Who is responsible for the partners?")."""
    verb = main_verb(head)
    if verb is not None:
        subject = subject_of(verb)
        if subject is not None and subject.dep_ != "expl":
            if subject.i in index.actors or subject.ent_type_ in ("PERSON", "NORP", "ORG", "GPE"):
                return None, False
            return noun_phrase(subject, excluded), False
        for child in verb.children:
            thing = child.dep_ in ("attr", "dobj") and child.pos_ in ("NOUN", "PROPN")
            if thing and child.i not in index.actors:
                return noun_phrase(child, excluded), True
        return None, False
    token = span.root
    for _ in range(6):
        if token.pos_ in ("NOUN", "PROPN") or token.head == token:
            break
        token = token.head
    if token.pos_ not in ("NOUN", "PROPN") or token.i in index.actors:
        return None, False
    return noun_phrase(token, excluded), False


def _topic_questions(
    topic: str | None,
    missing: tuple[str, ...],
    category: str,
    future: bool,
    thing: bool,
    timing: bool = False,
    past: bool = False,
) -> list[Ask]:
    """Questions about what a clause that cannot be worded back is about: "Who is responsible for
    the plan?", "By when will the robust monitoring be in place?", or plain ones."""
    asks = []
    if topic == "you":
        topic = None
    for slot in missing:
        if slot == "who" and topic is not None:
            asks.append(
                Ask(
                    f"Who is responsible for {topic}?", f"Say who is responsible for {topic}", "who"
                )
            )
        elif slot == "when" and topic is not None and future and thing:
            opener = "By what date" if timing else "By when"
            asks.append(
                Ask(
                    f"{opener} will {topic} be in place?",
                    f"Give a date by which {topic} will be in place",
                    "when",
                )
            )
        elif slot == "when" and (timing or future):
            asks.append(plain_question("when"))
        elif slot == "when" and past:
            asks.append(Ask("When exactly?", "Say when", "when"))
        elif slot == "how" and future and category != REASSURANCE:
            asks.append(plain_question("how"))
        elif slot == "who" and category != REASSURANCE:
            asks.append(plain_question("who"))
    return asks


def asks_for(
    span: Span,
    category: str,
    head: Token,
    slots: tuple[Slot, Slot, Slot],
    excluded: frozenset[int] = frozenset(),
    index: VagueIndex | None = None,
    cues: Cues | None = None,
) -> list[Ask]:
    """The questions for one finding, category question first, then one per missing slot.
    ``excluded``: token indices (other findings' vague time and process phrases) kept out of the
    phrases the questions repeat; ``cues``: the word lists, the shipped ones by default."""
    who, how, when = slots
    missing = tuple(slot.name for slot in slots if not slot.present)
    if not missing:
        return []
    cues = cues if cues is not None else default_cues()
    index = index if index is not None else _index_of(span.doc)
    frame = build_frame(head, excluded | _span_indices(span, category), who, span, index, cues)
    asks = _asks(span, category, head, slots, missing, excluded, index, cues, frame)
    if category == VAGUE_TIMING and _term_words(span).lower() in cues.frequency_terms:
        # "we may periodically share your data": how often, not by what date
        asks = [_how_often(frame) if ask.slot == "when" else ask for ask in asks]
    return asks


def _how_often(frame: Frame | None) -> Ask:
    worded = _core(frame) if frame is not None else None
    if worded is None:
        return Ask("How often, exactly?", "Say how often", "often")
    core, statement = worded
    return Ask(f"How often {core}?", f"Say how often {statement}", "often")


def _asks(
    span: Span,
    category: str,
    head: Token,
    slots: tuple[Slot, Slot, Slot],
    missing: tuple[str, ...],
    excluded: frozenset[int],
    index: VagueIndex,
    cues: Cues,
    frame: Frame | None,
) -> list[Ask]:
    who, how, when = slots
    asks: list[Ask] = []
    term_ask = category_question(span, category, frame, slots, cues)
    if term_ask is not None:
        asks.append(term_ask)
    elif category == VAGUE_PROCESS and not (
        "how" in missing and frame is not None and _core(frame) is not None
    ):
        # "deal with local conflicts" where the clause cannot be worded back, or names some
        # means: the vague verb is still what a reader asks about
        unworded = frame is None or _core(frame) is None
        process_ask = _process_verb_ask(span, excluded, "when" in missing and unworded)
        if process_ask is not None:
            asks.append(process_ask)
            done = ("how", "when") if process_ask.question.endswith("by when?") else ("how",)
            done = done if process_ask.slot == "how" else ()
            missing = tuple(slot for slot in missing if slot not in done)
    timing = category == VAGUE_TIMING
    if frame is None:
        verb = main_verb(head)
        topic, thing = _copula_topic(head, span, excluded | _span_indices(span, category), index)
        future = verb is not None and _tense(verb, head) == "future"
        # A claim of quality ("The friendship is more effective than ever") is asked by what
        # measure and checked by whom; who is responsible for the thing praised is not the point.
        claim = category == REASSURANCE and not future
        wanted = tuple(
            slot for slot in missing if not (slot == "who" and (category == VAGUE_ACTOR or claim))
        )
        asks.extend(_topic_questions(topic, wanted, category, future, thing, timing))
        return asks
    if (
        frame.who_rule == THING_RULE
        and not frame.passive
        and frame.tense in ("present", "past", "perfect")
        and frame.object is not None
    ):
        # "The plan sets out several steps": the plan describes, the steps are what is promised;
        # but "Many measures ... demand attention": the finding's own noun is the topic.
        future = frame.tense == "present"
        topic = frame.object
        subject_token = subject_of(main_verb(head) or head)
        if subject_token is not None and subject_token.left_edge.i <= span.start <= (
            subject_token.right_edge.i
        ):
            topic = _subject_phrase(head, excluded) or topic
        asks.extend(_topic_questions(topic, missing, category, future, thing=True, past=not future))
        return asks
    subject = _subject_phrase(head, excluded)
    skip_who = category == VAGUE_ACTOR or who.rule == "vague_actor"
    wanted = tuple(slot for slot in missing if not (slot == "who" and skip_who))
    if skip_who and "who" in missing and category != VAGUE_ACTOR:
        asks.append(_vague_actor_ask(head, index))
    asks.extend(slot_questions(frame, wanted, subject, timing=timing))
    return asks


def _process_verb_ask(span: Span, excluded: frozenset[int], when: bool) -> Ask | None:
    """ "Deal with the local conflicts how, exactly?" (and "..., and by when?" with ``when``): a
    vague process verb with its object; "Which steps, exactly?" when the object is in the term
    ("take steps")."""
    verb = span.root
    if verb.pos_ != "VERB" or verb.lemma_.lower() in COPULAS or is_passive(verb):
        return None
    particles, target = _verb_words(verb, excluded)
    if target is None:
        target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if target is not None and span.start <= target.i < span.end and target.pos_ == "NOUN":
        noun = _bare_noun(target, span[:0])
        return Ask(f"Which {noun}, exactly?", f"Name the {noun}", "term")
    thing = noun_phrase(target, excluded) if target is not None else None
    if thing is None or thing == "you":
        return None
    said = " ".join([verb.lemma_.lower(), *(p.lower_ for p in particles)])
    if when:
        return Ask(
            f"{_capitalised(said)} {thing} how, exactly, and by when?",
            f"Say how exactly to {said} {thing}, and by when",
            "how",
        )
    return Ask(
        f"{_capitalised(said)} {thing} how, exactly?", f"Say how exactly to {said} {thing}", "how"
    )


def _vague_actor_ask(head: Token, index: VagueIndex) -> Ask:
    """The clause's subject is a vague actor that is not this finding: ask it to be named."""
    verb = main_verb(head) or head
    subject = subject_of(verb)
    if subject is not None and subject.i in index.actors:
        ask = category_question(index.actors[subject.i], VAGUE_ACTOR, None, ())  # type: ignore[arg-type]
        if ask is not None:
            return Ask(ask.question, ask.instruction, "who")
    return plain_question("who")


def unassigned_commitment_questions(
    verb: Token, excluded: frozenset[int] = frozenset(), cues: Cues | None = None
) -> Ask:
    """The question for a promise that names no one ("Sanctions will be lifted"): "Who will lift
    the sanctions, and by when?". ``verb`` is the clause's verb; ``cues`` the word lists (the
    shipped ones by default) that say which verbs only receive ("Ukraine will receive ...")."""
    cues = cues if cues is not None else default_cues()
    empty = Slot("who", False, None, None, None, "no_subject", "")
    frame = build_frame(verb, excluded, empty, cues=cues)
    if frame is not None and frame.object is not None:
        complement = f" {frame.complement}" if frame.complement else ""
        # "get the deficit under control" is not receiving it
        receives = is_recipient_verb(main_verb(verb) or verb, cues) and not frame.complement
        lemma = "provide" if receives else frame.lemma
        return Ask(
            f"Who will {lemma} {frame.object}{complement}, and by when?",
            f"Say who will {lemma} {frame.object}{complement}, and by when",
            "who",
        )
    if frame is not None and not frame.transitive and frame.actor is not None:
        return Ask(
            f"Who is responsible for {frame.actor}, and by when?",
            f"Say who is responsible for {frame.actor}, and by when",
            "who",
        )
    return Ask("Who is to act, and by when?", "Say who is to act, and by when", "who")
