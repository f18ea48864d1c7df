"""The questions for one finding, and for a commitment that names no one."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from vaguewords.clauses import is_clause_head
from vaguewords.cues import Cues
from vaguewords.lexicon import default_cues
from vaguewords.model import Slot
from vaguewords.questions.category import (
    _bare_noun,
    _capitalised,
    _term_words,
    category_question,
    plain_term_question,
)
from vaguewords.questions.frame import (
    ACCOMPANYING_RULE,
    BENEFICIARY_RULE,
    CAPACITY_RULE,
    CONTINUED_RULE,
    EXHORTATION_RULE,
    MANNER_STANDARD_RULE,
    ONGOING_RULE,
    PROHIBITION_RULE,
    RESULT_RULE,
    STANDARD_RULE,
    STANDING_ADVERB_RULE,
    STANDING_VERB_RULE,
    STRUGGLE_RULE,
    UNPLANNED_RULES,
    Frame,
    _first_person_owner,
    _plural,
    _tense,
    asked_of_others,
    build_frame,
    gerund,
    held_open_rule,
    is_existential,
    main_verb,
    said_verb_and_target,
    standing_rule,
    undatable_rule,
)
from vaguewords.questions.phrases import noun_phrase
from vaguewords.questions.wording import (
    ASKED_WITH_RESOURCES,
    MAKE_SURE_RULE,
    PROCESS_VERB_HOW,
    RESPONSIBLE_RULE,
    SMALL_ACT,
    _core,
    how_rule,
    is_deliverable,
    plain_question,
    slot_questions,
    who_answers,
)
from vaguewords.questions.words import (
    COPULAS,
    KIND_SLOT,
    MAX_QUESTIONS,
    PARTICLE_ADVERBS,
    REASSURANCE,
    TERM_SLOT,
    THING_RULE,
    VAGUE_ACTOR,
    VAGUE_PROCESS,
    VAGUE_QUANTITY,
    VAGUE_TIMING,
    Ask,
    VagueIndex,
    _index_of,
    _span_indices,
)
from vaguewords.slots.parse import is_passive, subject_of
from vaguewords.slots.who import is_recipient_verb

# The who slot of a clause that names no one to act.
NO_ONE = Slot("who", False, None, None, None, "no_subject", "")

# Kinds whose finding claims a quality or an amount: in a clause about what is or was done, the
# kind's own question is the one to ask ("Fair by what measure ...?", "How much wealth ...?").
CLAIM_CATEGORIES = frozenset({REASSURANCE, VAGUE_QUANTITY})


def _subject_phrase(head: Token, excluded: frozenset[int]) -> str | None:
    verb = main_verb(head) or head
    subject = subject_of(verb) if is_clause_head(verb) else None
    if subject is None or subject.dep_ == "expl":
        return None
    return noun_phrase(subject, excluded)


def _copula_topic(
    head: Token, span: Span, excluded: frozenset[int], index: VagueIndex
) -> tuple[str | None, bool, str | None]:
    """What a verbless or copular clause is about, whether it is a thing that can be put in
    place, and its head noun's lemma: "There will be robust monitoring" -> (the robust
    monitoring, True, monitoring); "The plan is comprehensive" -> (the plan, False, plan); a
    noun-only finding -> its noun. A vague actor or a person is never the topic ("Who is
    responsible for the partners?")."""
    verb = main_verb(head)
    if verb is not None and is_existential(verb) and verb.lemma_.lower() not in COPULAS:
        return None, False, None  # "there will come a time of change": nothing to put in place
    if verb is not None:
        subject = subject_of(verb)
        if subject is not None and subject.dep_ != "expl":
            if subject.i in index.actors or subject.ent_type_ in ("PERSON", "NORP", "ORG", "GPE"):
                return None, False, None
            return noun_phrase(subject, excluded), False, subject.lemma_.lower()
        for child in verb.children:
            thing = child.dep_ in ("attr", "dobj") and child.pos_ in ("NOUN", "PROPN")
            if thing and child.i not in index.actors:
                return noun_phrase(child, excluded), True, child.lemma_.lower()
        return None, False, None
    token = span.root
    for _ in range(6):
        if token.pos_ in ("NOUN", "PROPN") or token.head == token:
            break
        token = token.head
    if token.pos_ not in ("NOUN", "PROPN") or token.i in index.actors:
        return None, False, None
    return noun_phrase(token, excluded), False, token.lemma_.lower()


def _topic_questions(
    topic: str | None,
    missing: tuple[str, ...],
    category: str,
    future: bool,
    thing: bool,
    timing: bool = False,
    past: bool = False,
    deliverable: bool = True,
) -> list[Ask]:
    """Questions about what a clause that cannot be worded back is about: "Who is responsible for
    the plan?" (only of a thing someone delivers, ``deliverable``: not "Who is responsible for
    the world?"), "By when will the robust monitoring be in place?" (of such a thing only), or
    plain ones."""
    asks = []
    if topic == "you":
        topic = None
    for slot in missing:
        if slot == "who" and topic is not None and future and deliverable:
            # who answers for a thing to come; "Who is responsible for certain state laws?" of
            # a description asks nothing the text left open
            asks.append(
                Ask(
                    f"Who is responsible for {topic}?", f"Say who is responsible for {topic}", "who"
                )
            )
        elif slot == "when" and topic is not None and future and thing and not deliverable:
            # "The trip offers a meaningful opportunity", "the plan sets out a number of ideas":
            # an opportunity or an idea is not put in place by a date; only a thing someone
            # delivers is (rule undelivered_thing); a timing word keeps its own date question
            if timing:
                asks.append(plain_question("when"))
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
        elif slot == "who" and category != REASSURANCE and (future or topic is None):
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
    if category == VAGUE_TIMING and "when" not in missing:
        # "as soon as possible" is the when left open, whatever other time words the clause has
        # ("for a full year from June 30"): its own date question is still the one to ask
        missing = (*missing, "when")
    if not missing:
        return []
    cues = cues if cues is not None else default_cues()
    index = index if index is not None else _index_of(span.doc)
    frame = build_frame(head, excluded | _span_indices(span, category), who, span, index, cues)
    asks = _asks(span, category, head, slots, missing, excluded, index, cues, frame)
    if _adjective_on_verb(span):
        # "plan for steady, vigorous expansion-seeking always to increase its output": the parse
        # reads a noun as a verb, so the clause worded back is not the one the words describe;
        # only the kind's plain question is asked (rule misparsed_noun)
        plain = plain_term_question(span, category)
        asks = [replace(plain, rule=MISPARSED_RULE)] if plain is not None else []
    asked_date = (
        _request_date(span, head, frame, excluded, cues) if category == VAGUE_TIMING else None
    )
    if asked_date is not None:
        asks = [asked_date if ask.slot == "when" else ask for ask in asks]
    if category == VAGUE_TIMING and _term_words(span).lower() in cues.frequency_terms:
        # "we may periodically share your data": how often, not by what date
        asks = [_how_often(frame) if ask.slot == "when" else ask for ask in asks]
    if category == VAGUE_TIMING and _term_words(span).lower() in cues.horizon_terms:
        # "we need a longer term plan": a stretch of time ahead, not a deadline; where the
        # clause cannot be worded back, over what period, not the bare "By what date?"
        lasting = standing_rule(head, cues) == STANDING_VERB_RULE
        asks = [_over_what_period(ask, lasting) for ask in asks]
    return [_unbroken(ask, span, category) for ask in asks]


# A describing word the parse hangs on a verb: the noun it describes was misread as a clause.
MISPARSED_RULE = "misparsed_noun"


def _adjective_on_verb(span: Span) -> bool:
    """Is the flagged word an adjective the parse hangs on a verb as a describing word (``amod``
    on a VERB: "vigorous expansion-seeking", the noun "seeking" read as a gerund clause)? A
    verb takes no such word, so the clause built from it is a misparse (rule misparsed_noun).
    An adverb on a verb ("vigorously seeking") or an adjective on a noun is read as usual."""
    root = span.root
    return root.dep_ == "amod" and root.pos_ == "ADJ" and root.head.pos_ in ("VERB", "AUX")


# A question that would copy text the span broke is asked plainly.
BROKEN_RULE = "broken_wording"
# ",," or " ," where words of a list were dropped; two spaces where one was
BROKEN_PUNCTUATION = re.compile(r",\s*,|\s,|\s\s|\(\s*\)")
# unassigned, private, format and control characters, and the replacement character that an
# undecodable byte of an old file became
BROKEN_CATEGORIES = frozenset({"Cc", "Cf", "Cn", "Co", "Cs"})


def _broken(text: str) -> bool:
    """Would ``text`` read as broken: a replacement character, a control character, or
    punctuation left where words were dropped ("the United States,, and Great Britain")?"""
    if "\ufffd" in text or any(unicodedata.category(c) in BROKEN_CATEGORIES for c in text):
        return True
    return BROKEN_PUNCTUATION.search(text) is not None


def _unbroken(ask: Ask, span: Span, category: str) -> Ask:
    """``ask``, or, where its wording copied broken text, the plain question for its slot or the
    kind's stock question about the flagged words (rule broken_wording)."""
    if not (_broken(ask.question) or _broken(ask.instruction)):
        return ask
    if ask.slot == "term":
        plain = plain_term_question(span, category)
        if plain is None or _broken(plain.question):
            return ask
        return replace(plain, rule=BROKEN_RULE)
    if ask.slot not in ("who", "how", "when"):
        return ask
    plain = plain_question(ask.slot)
    return replace(plain, rule=plain.rule or BROKEN_RULE)


# A timing word on a verb that asks others to act: the date is of the asking.
REQUEST_DATE_RULE = "request_date"


def _request_date(
    span: Span, head: Token, frame: Frame | None, excluded: frozenset[int], cues: Cues
) -> Ask | None:
    """ "I shortly shall ask the Congress to authorize full participation": the timing word is
    on the asking (cue list ``object_control_verbs``), not on what the Congress will do, which
    the speaker cannot date: "By what date will you ask the Congress to authorize full
    participation?" (rule request_date). None when the timing word is on the act asked for
    ("ask the Congress to act soon") or the clause cannot be worded."""
    asking = span.root.head
    if span.root.dep_ not in ("advmod", "npadvmod", "prep") or asking.i != head.i:
        return None
    if asking.lemma_.lower() not in cues.object_control_verbs or frame is None:
        return None
    act = main_verb(head)
    if act is None or act.head.i != asking.i or act.dep_ != "xcomp":
        return None
    asked = asked_of_others(asking, frame, excluded)
    if asked is None:
        return None
    asker, said = asked
    return Ask(
        f"By what date will {asker} {said}?",
        f"Give a date by which {asker} will {said}",
        "when",
        rule=REQUEST_DATE_RULE,
    )


HORIZON_RULE = "horizon_period"  # "Over what period, exactly?" ("a longer term plan")
BARE_DATE_QUESTIONS = frozenset({"By what date?", "By what date, exactly?"})


LASTING_PERIOD_RULE = "lasting_period"  # "Over what period will you continue that expansion?"
DATE_OPENER = "By what date "


def _over_what_period(ask: Ask, lasting: bool = False) -> Ask:
    """A bare date question of a horizon phrase asked over what period (rule horizon_period);
    a worded one too where the act keeps a thing going (``lasting``: "continue that expansion in
    the days ahead" has no date to be done by; rule lasting_period); any other question as it
    is."""
    if ask.slot == "when" and lasting and ask.question.startswith(DATE_OPENER):
        rest = ask.question[len(DATE_OPENER) :]
        statement = ask.instruction.removeprefix("Give a date by which ")
        return Ask(
            f"Over what period {rest}",
            f"Say over what period {statement}",
            "when",
            rule=LASTING_PERIOD_RULE,
        )
    if ask.slot != "when" or ask.question not in BARE_DATE_QUESTIONS:
        return ask
    return Ask("Over what period, exactly?", "Say over what period", "when", rule=HORIZON_RULE)


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
    if category != VAGUE_TIMING and head.i in index.timing_clauses:
        # "The board will tackle the backlog soon": "soon" asks the date, once (rule
        # timing_in_clause)
        missing = tuple(slot for slot in missing if slot != "when")
    standing = standing_rule(head, cues) if category != VAGUE_TIMING else None
    if standing == ONGOING_RULE:
        # "we continue to maintain our forces": a posture told as going on now promises no new
        # act, so neither "Until when ...?" nor "How will you maintain ...?" (rule ongoing_act)
        missing = tuple(slot for slot in missing if slot == "who")
    if standing in (
        PROHIBITION_RULE,
        STANDING_ADVERB_RULE,
        STANDARD_RULE,
        MANNER_STANDARD_RULE,
        CONTINUED_RULE,
        STRUGGLE_RULE,
    ):
        # "the violence must never return", "we will always stand by them", "labor policy must be
        # governed by the firmest principles", "we must continue to strengthen our ties": a thing
        # forbidden, a stance held for good, a standard for acts to come or work kept going has
        # no date to be done by; a timing word keeps its own question
        missing = tuple(slot for slot in missing if slot != "when")
    if standing == STANDING_VERB_RULE and (frame is None or _core(frame) is None):
        # "Our forces must remain strong": no "By what date?" of a state kept going
        missing = tuple(slot for slot in missing if slot != "when")
    undatable = undatable_rule(head, cues) if category != VAGUE_TIMING else None
    if undatable in UNPLANNED_RULES:
        # "We must not, in order to punish a few labor leaders, pass ...", "suggestions that we
        # might postpone that timetable", "without new measures, it will swamp our farmers": no
        # plan of the speaker's, asked nothing of its doing (rules forbidden_purpose,
        # reported_proposal, warning); only the kind's question
        missing = ()
    elif undatable is not None:
        # "... the balance which will be in the Treasury during the next fiscal year", "our
        # responsibility to lead the world": the time is said, or no date fits the act (rules
        # dated_clause, stance_verb)
        missing = tuple(slot for slot in missing if slot != "when")
    # the rule that takes the date question away, for the kind's question below (not a refusal:
    # the kind's question may ask the act sought instead, "we seek not to close the library, but
    # to move the books", and reads the negation itself); a rule of the act's aspect (a stance
    # held, an exhortation) is named before one of the sentence around it (a time said)
    undated_by = undatable
    if standing in (
        STANDING_ADVERB_RULE,
        STANDARD_RULE,
        MANNER_STANDARD_RULE,
        ONGOING_RULE,
        CONTINUED_RULE,
        STANDING_VERB_RULE,  # "we will continue our efforts": the slot asks until when, if any
        STRUGGLE_RULE,
    ):
        undated_by = standing
    held = held_open_rule(head, cues) if category != VAGUE_TIMING else None
    verb = main_verb(head) or head
    if category != VAGUE_TIMING and is_passive(verb) and verb.lower_ in cues.foundation_participles:
        # "All proposals are based on the free world's unity": what a thing rests on is a
        # state, not an act: "Who bases all proposals?" asks nothing (rule foundation_state)
        held = FOUNDATION_RULE
    if held in (CAPACITY_RULE, ACCOMPANYING_RULE, EXHORTATION_RULE):
        # "must be in a position to take action", "..., working with the councils", "Let us
        # weave ...": no date is promised for the act (rules capacity, accompanying_activity,
        # exhortation)
        missing = tuple(slot for slot in missing if slot != "when")
        undated_by = held
    if held == RESULT_RULE:
        undated_by = held
    if undated_by is not None and (not when.present or undated_by != undatable):
        # nor does the kind's question ask it ("Which efforts, exactly, and by what date?", "Will
        # you actually achieve peace, and by when?" of "let us seek peace"): a date is asked by
        # the same rules whichever question asks it; a rule of the act's aspect is named even
        # where a time was found, which dates the act, not the aim the kind's question asks of
        reason = "the sentence says the time, or no date fits the act"
        slots = (who, how, replace(when, present=True, rule=undated_by, reason=reason))
    if category != VAGUE_ACTOR and _purpose_clause(head):
        # "we must agree to a process ..., so that these programs will be as strong": who acts
        # is the main clause's subject; "Who is responsible for these programs?" asks what the
        # sentence says (rule purpose_clause)
        missing = tuple(slot for slot in missing if slot != "who")
    if held == RESULT_RULE:
        # "we clean up the rivers, making the town more attractive": the main clause says how,
        # and when (rule result_participle)
        missing = tuple(slot for slot in missing if slot not in ("how", "when"))
    if held in (FOUNDATION_RULE, BENEFICIARY_RULE):
        # "a chance to obtain his fair share", "help communities reduce pollution": the people
        # given the chance or the help promise nothing; nor does a thing resting on a principle;
        # only the kind's question is asked
        missing = ()
    term_ask = category_question(span, category, frame, slots, cues)
    if term_ask is not None:
        asks.append(term_ask)
    elif category == VAGUE_PROCESS and not (
        "how" in missing and frame is not None and _core(frame) is not None
    ):
        # "deal with local conflicts" where the clause cannot be worded back, or names some
        # means: the vague verb is still what a reader asks about
        unworded = frame is None or _core(frame) is None
        process_ask = _process_verb_ask(
            span, excluded, "when" in missing and unworded, how.present, cues
        )
        if process_ask is not None:
            asks.append(process_ask)
            done = ("how", "when") if process_ask.question.endswith("by when?") else ("how",)
            done = done if process_ask.slot == "how" else ()
            missing = tuple(slot for slot in missing if slot not in done)
    timing = category == VAGUE_TIMING
    if frame is None:
        verb = main_verb(head)
        topic, thing, topic_head = _copula_topic(
            head, span, excluded | _span_indices(span, category), index
        )
        future = verb is not None and _tense(verb, head) == "future"
        # A claim of quality ("The friendship is more effective than ever") is asked by what
        # measure and checked by whom; who is responsible for the thing praised is not the point.
        claim = category in CLAIM_CATEGORIES and not future
        # "Our new policy will have a strong effect": the policy is the writer's own, so "Who is
        # responsible for your new policy?" asks what the sentence says (rule writer_owned)
        owned = verb is not None and _first_person_owner(verb)
        wanted = tuple(
            slot
            for slot in missing
            if not (slot == "who" and (category == VAGUE_ACTOR or claim or owned))
        )
        deliverable = is_deliverable(topic_head, cues)
        asks.extend(
            _topic_questions(
                topic, wanted, category, future, thing, timing, deliverable=deliverable
            )
        )
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
            # "certain state laws discriminate ...": what the thing itself does now is told,
            # not promised; no one is asked to answer for it
            future = False
        # a date of what was done is asked only of a timing word ("eventually"): "When exactly?"
        # of a past effort asks nothing the text left open
        past = not future and category == VAGUE_TIMING
        deliverable = is_deliverable(frame.object_head, cues)
        asks.extend(
            _topic_questions(
                topic, missing, category, future, thing=True, past=past, deliverable=deliverable
            )
        )
        return asks
    subject = _subject_phrase(head, excluded)
    skip_who = category == VAGUE_ACTOR or who.rule == "vague_actor"
    if not frame.passive and _thing_pronoun_subject(head):
        # "It will call for a substantial reduction": "it" stands for a thing the text has
        # just named (the budget); "Who will call for ...?" asks what the text says (rule
        # thing_pronoun)
        missing = tuple(slot for slot in missing if slot != "who")
    if frame.passive and _agent_said(head):
        # "Government's efforts must be paralleled by the attitudes of individual citizens": the
        # "by" phrase says who or what does it; "Who will parallel ...?" asks what the sentence
        # says (rule agent_named)
        missing = tuple(slot for slot in missing if slot != "who")
    wanted = tuple(slot for slot in missing if not (slot == "who" and skip_who))
    if frame.lemma.split(" ")[0] in cues.mind_verbs:
        # "By when will you believe some basic things?": a belief is not scheduled nor resourced
        # (rule mind_verb); a timing word keeps its own date question
        wanted = tuple(
            slot
            for slot in wanted
            if slot == "who" or (slot == "when" and category == VAGUE_TIMING)
        )
    if frame.tense in ("past", "perfect") and category != VAGUE_TIMING:
        # "When exactly have your efforts been directed?": the date of what was done is not
        # what the vague word left open
        wanted = tuple(slot for slot in wanted if slot != "when")
    if category in CLAIM_CATEGORIES and frame.tense != "future":
        # "We are turning out far more goods", "our staff deliver a better service": a claim about
        # what is done or was done is asked how much or by what measure (the kind's own
        # question), not by what means, nor when it is done; but the writer's own present policy
        # ("we pledge the full energies of the Administration") is a promise, asked how
        policy = (
            frame.tense == "present"
            and frame.actor == "you"
            and not _progressive(head)
            # "we propose more generous support": how the proposing is done is not the point
            and frame.lemma.split(" ")[0] not in cues.proposal_verbs
        )
        wanted = tuple(slot for slot in wanted if slot == "who" or (slot == "how" and policy))
    if skip_who and "who" in missing and category != VAGUE_ACTOR:
        asks.append(_vague_actor_ask(head, index))
    indefinite = _indefinite_actor_ask(head) if who.rule == "indefinite_actor" else None
    if indefinite is not None and "who" in wanted and _made_actor(head):
        # "that a commission be established ... to explore the problems": the commission is
        # still to be set up, so there is none to name; and who explores is said (rule
        # made_actor)
        wanted = tuple(slot for slot in wanted if slot != "who")
        indefinite = None
    if indefinite is not None and "who" in wanted:
        # "a panel to explore the costs": "Who will explore the costs?" asks what the text says
        asks.append(indefinite)
        wanted = tuple(slot for slot in wanted if slot != "who")
    # a vague process that is the clause's own verb ("tackle the backlog") is the how left open;
    # one that is a noun or a phrase beside the verb ("initiatives") leaves the verb to decide
    how = how_rule(frame, category if span.root.pos_ == "VERB" else "", cues)
    if category == VAGUE_TIMING and how not in ASKED_WITH_RESOURCES:
        # "the tax indexing which will protect all Americans ... in the years ahead", "its
        # recommendations will be made at an early date": a timing word leaves open when; how
        # exactly the act is done is the sentence's own ("the tax indexing") or nothing a reader
        # needs, asked as of a small act; what it takes to build or provide a thing by a date
        # is still asked (rule date_only, after the thirteenth reading)
        how = SMALL_ACT
    # "we will maintain price controls": until when, not by when (rule standing_verb)
    lasting = standing == STANDING_VERB_RULE
    asks.extend(
        slot_questions(frame, wanted, subject, timing=timing, how=how, cues=cues, lasting=lasting)
    )
    return asks


# A "so that" clause whose main clause names who acts.
PURPOSE_RULE = "purpose_clause"


def _purpose_clause(head: Token) -> bool:
    """Is the clause headed by ``head`` a "so that" clause ("we will fix the roof so that the hall
    will be safe") hanging from a clause with a subject of its own (rule purpose_clause)?"""
    if head.dep_ != "advcl" or head.head.i == head.i:
        return False
    doc = head.doc
    marks = [c for c in head.children if c.dep_ == "mark"]
    so_that = any(
        c.lower_ == "so" or (c.lower_ == "that" and c.i > 0 and doc[c.i - 1].lower_ == "so")
        for c in marks
    )
    if not so_that:
        return False
    subject = subject_of(head.head)
    return subject is not None and subject.dep_ != "expl"


# A passive whose "by" phrase names who or what does it.
AGENT_RULE = "agent_named"


def _agent_said(head: Token) -> bool:
    """Does the clause's passive verb have a "by" phrase with a noun ("be paralleled by the
    attitudes of citizens"), not a means told by a gerund ("be met by raising taxes")?"""
    verb = main_verb(head) or head
    return any(
        child.dep_ == "agent"
        and any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in child.children)
        for child in verb.children
    )


# A passive of what a thing rests on ("based on", "rooted in"; cue list foundation_participles).
FOUNDATION_RULE = "foundation_state"

# Pronouns that stand for a thing named before: the thing acts, no one is left unnamed.
THING_PRONOUNS = frozenset({"it", "this", "that"})


def _thing_pronoun_subject(head: Token) -> bool:
    """ "It will call for ...", "This will give ...": the clause's subject is a pronoun for a
    thing (not the "it" of "it is expected that", which the parse marks as expletive)."""
    verb = main_verb(head) or head
    subject = subject_of(verb) if is_clause_head(verb) else None
    return subject is not None and subject.dep_ == "nsubj" and subject.lower_ in THING_PRONOUNS


def _progressive(head: Token) -> bool:
    """ "we are turning out": an activity going on, told, not a policy promised."""
    verb = main_verb(head) or head
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


# A vague verb of change whose means the sentence gives: what change, and measured how.
CHANGE_MEASURE_RULE = "change_measure"


def _process_verb_ask(
    span: Span,
    excluded: frozenset[int],
    when: bool,
    means_given: bool = False,
    cues: Cues | None = None,
) -> Ask | None:
    """ "Deal with the local conflicts how, exactly?" (and "..., and by when?" with ``when``): a
    vague process verb with its object; "Which steps, exactly?" when the object is in the term
    ("take steps"). Where the sentence gives the means (``means_given``: the how slot found
    present, "recommend bills to improve educational quality"), "how, exactly?" asks what it
    says in part: a verb of change (cue list ``means_verbs``, one word: "improve", "strengthen")
    is asked how and measured how, "Improve educational quality how, and by what measure?"
    (rule change_measure); another ("deal with") keeps its "how, exactly?", the means
    given being often only a part of it ("forces to deal with local conflicts")."""
    verb = span.root
    if verb.pos_ != "VERB" or verb.lemma_.lower() in COPULAS or is_passive(verb):
        return None
    said, target = said_verb_and_target(verb, excluded)
    if target is not None and span.start <= target.i < span.end and target.pos_ == "NOUN":
        noun = _bare_noun(target, span[:0])
        return Ask(f"Which {noun}, exactly?", f"Name the {noun}", "term")
    thing = noun_phrase(target, excluded) if target is not None else None
    if thing is None or thing == "you":
        return None
    cues = cues if cues is not None else default_cues()
    if means_given and " " not in said and said in cues.means_verbs:
        return Ask(
            f"{_capitalised(said)} {thing} how, and by what measure?",
            f"Say how to {said} {thing}, and by what measure",
            "term",
            rule=CHANGE_MEASURE_RULE,
        )
    if when:
        return Ask(
            f"{_capitalised(said)} {thing} how, exactly, and by when?",
            f"Say how exactly to {said} {thing}, and by when",
            "how",
            covers=("when",),
            rule=PROCESS_VERB_HOW,
        )
    return Ask(
        f"{_capitalised(said)} {thing} how, exactly?",
        f"Say how exactly to {said} {thing}",
        "how",
        rule=PROCESS_VERB_HOW,
    )


def _indefinite_actor_ask(head: Token) -> Ask | None:
    """ "A contractor will repair the roof": the actor is there but not which one, so ask which
    ("Which contractor, exactly?"); None when the subject is no noun ("someone")."""
    subject = subject_of(main_verb(head) or head)
    if subject is None or subject.pos_ != "NOUN":
        return None
    noun = _bare_noun(subject, subject.doc[0:0])
    return Ask(f"Which {noun}, exactly?", f"Name the {noun}", "who")


MADE_ACTOR_RULE = "made_actor"


def _made_actor(head: Token) -> bool:
    """Is the clause's actor a thing a verb above it makes ("a commission be established ... to
    explore", "a panel will be set up to review")? Its subject is the passive subject of another
    verb, so it acts only once made."""
    verb = main_verb(head) or head
    subject = subject_of(verb)
    return subject is not None and subject.dep_ == "nsubjpass" and subject.head.i != verb.i


def _vague_actor_ask(head: Token, index: VagueIndex) -> Ask:
    """The clause's subject is a vague actor that is not this finding: ask it to be named."""
    verb = main_verb(head) or head
    subject = subject_of(verb)
    if subject is not None and subject.i in index.actors:
        ask = category_question(index.actors[subject.i], VAGUE_ACTOR, None, ())  # type: ignore[arg-type]
        if ask is not None:
            return Ask(ask.question, ask.instruction, "who")
    return plain_question("who")


def _undated(verb: Token, cues: Cues) -> bool:
    """Is a commitment's "and by when" not to be asked: a thing forbidden or a stance held for
    good (``standing_rule``), or a time the sentence says, a stance or a thing that is no plan
    (``undatable_rule``: "A program must be initiated to ... provide new programs to achieve
    the independence we want by 1985")?"""
    return standing_rule(verb, cues) is not None or undatable_rule(verb, cues) is not None


def unassigned_commitment_questions(
    verb: Token, excluded: frozenset[int] = frozenset(), cues: Cues | None = None
) -> Ask:
    """The question for a promise that names no one ("Sanctions will be lifted"): "Who will lift
    the sanctions, and by when?". ``verb`` is the clause's verb; ``cues`` the word lists (the
    shipped ones by default) that say which verbs only receive ("Ukraine will receive ...").
    A thing forbidden, a stance held for good or a time said is not asked by when (``_undated``); a
    thing's own act, forbidden ("the violence must never return"), an idiom ("the talks will
    take place") or a verb with no object ("the quest must go forward"), is asked who will make
    sure of it, unless the thing is one someone delivers ("Who is responsible for the new
    plan?": ``who_answers``)."""
    cues = cues if cues is not None else default_cues()
    frame = build_frame(verb, excluded, NO_ONE, cues=cues, negated=True)
    when = "" if _undated(verb, cues) else ", and by when"
    held_thing = _possession_clause(verb, excluded)
    if held_thing is not None and (frame is None or frame.object is None):
        # "Every club must have a safety officer": having is no act; who sees to it that the
        # club has one is what is open, not "Who is to act?" (rule possession)
        return _make_sure(f"{held_thing}{when}", MAKE_SURE_RULE)
    refused = _refused_thing(verb, frame, excluded, cues)
    if refused is not None:
        # "No American family should be forced to choose ...": not "Who will force no American
        # family?", which reverses it; what is promised is that it does not happen, for good
        # (rule refused_thing)
        return _make_sure(refused, REFUSED_THING_RULE)
    kept = _kept_standard(verb, frame, excluded, cues)
    if kept is not None:
        # "this agreement must be adhered to": everyone is to keep to it; who sees to it that it
        # is kept is what is open, not "Who will adhere to this agreement?"; a rule kept has no
        # date to be done by (rule kept_standard)
        return _make_sure(kept, KEPT_STANDARD_RULE)
    judged = _judged_thing(verb, cues)
    if judged is not None and frame is not None and frame.passive and not frame.negated:
        # "Needless duplication of weapons must be avoided": who acts is plain enough; what
        # counts as needless is what the sentence leaves open (rule judged_thing)
        word, noun = judged
        return Ask(
            f"Who judges the {noun} {word}, and by what rule?",
            f"Say who judges the {noun} {word}, and by what rule",
            "who",
            rule=JUDGED_RULE,
        )
    own_act = frame is not None and (
        frame.negated or (frame.idiom and not frame.passive and frame.actor is not None)
    )
    held = (main_verb(verb) or verb).dep_ != "conj"  # not a verb whose subject is a guess
    if (
        frame is not None
        and frame.passive
        and frame.object is None
        and frame.actor not in (None, "you")
        and held
    ):
        # "Sanctions are to be lifted in three stages": the subject the verb above holds is
        # what the act is done to
        frame = replace(
            frame, object=frame.actor, object_plural=frame.actor_plural, transitive=True
        )
    if frame is not None and (own_act or (not frame.transitive and frame.actor is not None)):
        thing = None if own_act else frame.actor
        answered = who_answers(frame, thing, frame.actor_head, cues)
        if answered is not None:
            question, instruction, rule = answered
            return Ask(f"{question}{when}?", f"{instruction}{when}", "who", rule=rule)
        return _doer_of(verb, frame, when, cues)
    if frame is not None and frame.object is not None:
        # the frame's own complement, else what a giving passive gives "with"
        said = frame.complement or _given_with(verb, frame, excluded, cues)
        complement = f" {said}" if said else ""
        # "get the deficit under control" is not receiving it
        receives = is_recipient_verb(main_verb(verb) or verb, cues) and not frame.complement
        lemma = "provide" if receives else frame.lemma
        return Ask(
            f"Who will {lemma} {frame.object}{complement}{when}?",
            f"Say who will {lemma} {frame.object}{complement}{when}",
            "who",
        )
    return _doer_of(verb, frame, when, cues)


REFUSED_THING_RULE = "refused_thing"  # "Who will make sure that no child is left behind?"


KEPT_STANDARD_RULE = "kept_standard"  # "Who will make sure that this agreement is adhered to?"


def _make_sure(state: str, rule: str) -> Ask:
    """ "Who will make sure that this agreement is adhered to?": who sees to a state the
    sentence promises, for the rules whose act has no one doer to name."""
    return Ask(
        f"Who will make sure that {state}?",
        f"Say who will make sure that {state}",
        "who",
        rule=rule,
    )


def _kept_standard(
    verb: Token, frame: Frame | None, excluded: frozenset[int], cues: Cues
) -> str | None:
    """ "this agreement must be adhered to", "the speed limit must be observed": a passive of
    keeping to a rule or an agreement (cue list ``standard_words``, kind verb: follow, observe,
    adhere to) binds whoever it applies to; said as a present statement ("this agreement is
    adhered to") for "Who will make sure that ...?". None for another clause, a negated one, or
    one whose subject cannot be said."""
    if frame is None or not frame.passive or frame.negated or frame.participle is None:
        return None
    head = main_verb(verb) or verb
    if head.lemma_.lower() not in cues.standard_words:
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    said = noun_phrase(subject, excluded, definite=True)
    if said is None or said == "you":
        return None
    # "adhered to", "abided by": the verb's own preposition, left without its noun
    stranded = [
        c.lower_
        for c in head.children
        if c.dep_ in ("prep", "agent")
        and c.i == head.i + 1
        and not any(g.dep_ == "pobj" for g in c.children)
    ]
    participle = frame.participle.split()
    stranded = [word for word in stranded if word not in participle]
    be = "are" if _plural(subject) else "is"
    return " ".join([said, be, *participle, *stranded])


def _given_with(verb: Token, frame: Frame, excluded: frozenset[int], cues: Cues) -> str:
    """ "You'll each be provided with a detailed copy of the program": the receiver is the
    passive's subject and the thing given its "with" phrase (a verb of giving, cue list
    ``giving_verbs``, whose "with" phrase is what it is about, ``with_complement_verbs``: provide,
    supply); said back, "with a detailed copy of the program", so that the question does not
    stop at "Who will provide you?" (rule given_with). Empty otherwise ("incidents will be dealt
    with", "connected to the network, with computers")."""
    head = main_verb(verb) or verb
    lemma = head.lemma_.lower()
    if not frame.passive or lemma not in cues.with_complement_verbs:
        return ""
    if lemma not in cues.giving_verbs:
        return ""
    with_ = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    given = next((c for c in with_.children if c.dep_ == "pobj"), None) if with_ else None
    if given is None:
        return ""
    said = noun_phrase(given, excluded, definite=False)
    return f"with {said}" if said not in (None, "you") else ""


def _refused_thing(
    verb: Token, frame: Frame | None, excluded: frozenset[int], cues: Cues
) -> str | None:
    """ "No child should be left behind", "No one will be forced to move": the passive clause
    whose subject "no" refuses, said as a present statement ("no child is left behind"); None
    for any other clause, or one whose participle or subject cannot be said."""
    if frame is None or not frame.passive or frame.participle is None or frame.negated:
        return None
    head = main_verb(verb) or verb
    subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return None
    no = any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)
    pronoun = subject.lower_ in cues.indefinite_pronouns and not any(
        c.dep_ == "prep" for c in subject.children
    )
    if pronoun and (no or subject.lower_.startswith("no")):
        # "No one will be left behind", "Nobody will be forced to move": a pronoun of the cue
        # list ``indefinite_pronouns`` that refuses the act to all, said "no one" (a pronoun
        # is no thing a question may name); not "none of the schools"
        thing = "no one"
    elif subject.pos_ in ("NOUN", "PROPN") and no:
        said = noun_phrase(subject, excluded, definite=False)
        if said is None or said == "you":
            return None
        thing = said if said.split(" ")[0] == "no" else f"no {said}"
    else:
        return None
    be = "are" if _plural(subject) else "is"
    words = [frame.participle]
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if after is not None and after.head.i == head.i and after.i not in excluded:
        # "left behind", "set aside": the verb's own particle or adverb, right after it
        timed = after.lower_ in cues.time_adverbs or after.lower_ in cues.vague_time_words
        if after.dep_ == "prt" or (
            after.dep_ == "advmod" and not timed and not list(after.children)
        ):
            words.append(after.lower_)
    infinitive = next((c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if infinitive is not None and any(a.lower_ == "to" for a in infinitive.children):
        words.append(f"to {infinitive.lower_}")  # "forced to choose"
    elif frame.complement:
        words.append(frame.complement)
    return f"{thing} {be} {' '.join(words)}"


JUDGED_RULE = "judged_thing"  # "Who judges the duplication needless, and by what rule?"


def _judged_thing(verb: Token, cues: Cues) -> tuple[str, str] | None:
    """ "Needless duplication must be avoided": the word of excess (cue list ``excess_words``) on
    the thing the passive verb acts on, and the noun it judges; None when there is none."""
    head = main_verb(verb) or verb
    subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    word = next(
        (c for c in subject.children if c.dep_ == "amod" and c.lower_ in cues.excess_words), None
    )
    if word is None:
        return None
    return word.lower_, subject.lower_


# Verbs too light to be named as the act: "Who will do the doing?" says nothing.
LIGHT_VERBS = frozenset({"be", "do", "have", "get", "make", "take", "give", "go", "keep"})
DOER_RULE = "doer_of_act"  # "it should be vigorously enforced": "Who will do the enforcing?"


def _doer_of(verb: Token, frame: Frame | None, when: str, cues: Cues) -> Ask:
    """ "Who is to act?" names no act; a passive verb whose thing cannot be said ("it should be
    vigorously enforced", "some should be terminated") still names one: "Who will do the
    enforcing?" (rule doer_of_act). Not of a verb refused ("will not be won"), a light verb
    ("this will be done") or a state ("will be required", cue lists ``state_verbs``,
    ``need_verbs``); there the plain question stays."""
    head = main_verb(verb) or verb
    lemma = head.lemma_.lower()
    own_clause = any(c.dep_ == "auxpass" for c in head.children)  # not "the funds allocated"
    named = (
        head.tag_ == "VBN"
        and is_passive(head)
        and (own_clause or head.dep_ not in ("acl", "amod"))
        and not any(c.dep_ == "neg" for c in head.children)
        and not (frame is not None and frame.negated)
        and lemma not in LIGHT_VERBS
        # "will be required", "will still be needed": a state, nobody's act
        and lemma not in cues.state_verbs
        and lemma not in cues.need_verbs
    )
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    # "will be set aside", "swept away": an adverb that is a particle (PARTICLE_ADVERBS) is the
    # verb's own, said with it ("the setting aside")
    particle_adverb = (
        following is not None
        and following.head.i == head.i
        and following.dep_ == "advmod"
        and following.lower_ in PARTICLE_ADVERBS
    )
    if (
        following is not None
        and following.head.i == head.i
        and following.dep_ == "advmod"
        and following.tag_ == "RB"
        and not following.lower_.endswith("ly")
        and not particle_adverb
    ):
        # an adverb that may be the verb's own; not a degree ("explored further") nor a
        # manner ("introduced gradually")
        named = False
    doing = gerund(lemma) if named else None
    if doing is None:
        return Ask(f"Who is to act{when}?", f"Say who is to act{when}", "who")
    particles = [
        c.lower_
        for c in head.children
        if c.i == head.i + 1 and (c.dep_ == "prt" or (particle_adverb and c.i == following.i))
    ]
    subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    thing = noun_phrase(subject) if subject is not None else None
    if thing is not None and thing != "you" and subject.pos_ in ("NOUN", "PROPN"):
        # "food subsidies must be continued": the thing acted on can be said
        act = " ".join([lemma, *particles, thing])
        return Ask(f"Who will {act}{when}?", f"Say who will {act}{when}", "who", rule=DOER_RULE)
    doing = " ".join([doing, *particles])  # "the carrying out"
    return Ask(
        f"Who will do the {doing}{when}?",
        f"Say who will do the {doing}{when}",
        "who",
        rule=DOER_RULE,
    )


def _possession_clause(verb: Token, excluded: frozenset[int]) -> str | None:
    """ "every club has a safety officer": a clause of a thing that must have something, said
    back in the present tense; None unless the verb is "have" with a noun subject and a noun
    object that can both be said."""
    if verb.lemma_.lower() != "have" or verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = subject_of(verb)
    held = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subject is None or held is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    owner = noun_phrase(subject, excluded)
    thing = noun_phrase(held, excluded, definite=False)
    if owner is None or thing is None or owner == "you":
        return None
    has = "have" if _plural(subject) else "has"
    return f"{owner} {has} {thing}"


REFUSED_RESTRICTED_RULE = (
    "refused_restricted"  # "there will be no program which ...": "Who is to act?"
)


def holder_question(verb: Token, holder: Token, named: str, cues: Cues | None = None) -> Ask:
    """The question for a promise whose thing is named but not who delivers it: "there must be
    X" (``holder`` is X) or "X will start" (a thing as the subject, no object). "Who is
    responsible for the new plan, and by when?" of a thing someone delivers; else the act:
    "Who will make sure that there is no cut in aid to schools?", "Who will make sure that the
    quest goes forward, and by when?" (``who_answers``); no "by when" of a thing forbidden or a
    stance held for good (``standing_rule``). ``named``: the holder as the question says it."""
    cues = cues if cues is not None else default_cues()
    when = "" if _undated(verb, cues) else ", and by when"
    lemma = holder.lemma_.lower()
    responsible = Ask(
        f"Who is responsible for {named}{when}?",
        f"Say who is responsible for {named}{when}",
        "who",
        rule=RESPONSIBLE_RULE,
    )
    if holder.dep_ == "attr" or is_existential(verb):
        refused = any(c.dep_ == "det" and c.lower_ == "no" for c in holder.children)
        if is_deliverable(lemma, cues) and not refused:
            return responsible
        if refused and any(t.dep_ in ("relcl", "acl") for t in holder.subtree):
            # "there will be no program which makes idleness pay", "no cut in taxes that is not
            # offset": the clause that says which
            # programs cannot be left out under "no" ("no program" at all is another promise),
            # and a question cannot say it back (rule refused_restricted)
            return Ask(
                f"Who is to act{when}?",
                f"Say who is to act{when}",
                "who",
                rule=REFUSED_RESTRICTED_RULE,
            )
        clause = f"there {'are' if _plural(holder) else 'is'} {named}"
        return _make_sure(f"{clause}{when}", MAKE_SURE_RULE)
    frame = build_frame(verb, frozenset(), NO_ONE, cues=cues, negated=True)
    answered = who_answers(frame, named, lemma, cues)
    if answered is None:
        # "The world must know that ...": neither a thing delivered nor an act to word
        return Ask(f"Who is to act{when}?", f"Say who is to act{when}", "who")
    question, instruction, rule = answered
    return Ask(f"{question}{when}?", f"{instruction}{when}", "who", rule=rule)


# ============================================================================ one sentence's questions


def _questions(asks: list[Ask]) -> set[str]:
    return {ask.question for ask in asks}


def _slot_key(ask: Ask) -> str:
    return "when" if ask.slot == "often" else ask.slot


@dataclass
class Asked:
    """What a Doc's findings have asked so far, so that no question is asked twice in one
    sentence: the questions by sentence start, and the slots asked about by clause head (the
    who of one clause is asked once, whichever of its findings asks it)."""

    questions: dict[int, set[str]] = field(default_factory=dict)
    slots: dict[int, set[str]] = field(default_factory=dict)

    def note(self, sentence: int, clause: int, questions, slots) -> None:
        """Record questions asked in the sentence starting at token ``sentence`` and the slots
        they ask about in the clause headed by token ``clause``."""
        self.questions.setdefault(sentence, set()).update(questions)
        self.slots.setdefault(clause, set()).update(slots)

    def pick(
        self,
        asks: list[Ask],
        sentence: int,
        clause: int,
        category: str = "",
        leaves_open: tuple[str, ...] = (),
    ) -> list[Ask]:
        """At most MAX_QUESTIONS of ``asks``, none asked before in the sentence or about a slot
        of the clause already asked: the kind's own question first, then the slot questions,
        one marked ``first`` ahead, then those for the slots the term leaves open (but a vague
        quantity's how last: its own question asks it), then who, how, when; a slot's plain
        question ("By what date?") only when the finding has no question of its own kind. What is picked is recorded."""
        said = self.questions.get(sentence, set())
        done = self.slots.get(clause, set())
        kind = KIND_SLOT.get(category)

        def own(ask: Ask) -> bool:
            return ask.slot == "term" or _slot_key(ask) == kind

        fresh = [
            ask
            for ask in asks
            if ask.question not in said and (own(ask) or _slot_key(ask) not in done)
        ]
        # "Which nations, exactly?" as the kind's question and again as the who: asked once
        fresh = [ask for n, ask in enumerate(fresh) if ask.question not in _questions(fresh[:n])]
        last = TERM_SLOT.get(category)
        first = [slot for slot in leaves_open if slot != last]
        rest = [slot for slot in ("who", "how", "when") if slot not in first and slot != last]
        order = [*first, *rest, *([last] if last else [])]
        terms = [ask for ask in fresh if own(ask)]
        answered = {slot for ask in terms for slot in (*ask.covers, _slot_key(ask))}
        slots = sorted(
            (ask for ask in fresh if not own(ask) and _slot_key(ask) not in answered),
            key=lambda ask: (
                not ask.first,
                order.index(_slot_key(ask)) if _slot_key(ask) in order else len(order),
            ),
        )
        if terms:
            # after the kind's own question a plain "By what date?" adds a form, not a reading
            slots = [ask for ask in slots if not ask.plain]
        chosen = (terms + slots)[:MAX_QUESTIONS]
        covered = {_slot_key(ask) for ask in chosen if ask.slot != "term"}
        covered |= {slot for ask in chosen for slot in ask.covers}
        self.note(sentence, clause, (ask.question for ask in chosen), covered)
        return chosen
