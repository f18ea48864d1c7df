"""When: does the clause give a date, deadline, duration, frequency or dating event?

Decides ``find_when``: the rules of ``WHEN_RULES`` in order (evidence overlapping a vague term or
containing the verb itself does not count), else only vague timing, only relative time, or nothing.
``find_when_or_borrowed`` adds, for a clause with no time at all, a time it takes from around it:
the time right before its "when", the time of the verb it is joined to, or a time opening the
sentence.

Word lists: ``context.cues.time_nouns``, ``deadline_prepositions`` and others (``lexicons/cues/``).

May import: ``vaguewords.slots.parse``, spaCy, ``vaguewords.clauses``, ``vaguewords.cues`` (the type
of ``context.cues``) and ``vaguewords.model``. Not ``who``, ``how``, ``amounts`` or ``manner``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from vaguewords.clauses import (
    attached_clauses,
    clause_tokens,
    is_clause_head,
    nearest_clause_head_above,
)
from vaguewords.cues import Cues
from vaguewords.model import Slot
from vaguewords.slots.parse import (
    DATE_ENTITIES,
    ERA_MARKERS,
    RANK_DEPS,
    SCORE_DASHES,
    SUBJECT_DEPS,
    TIME_POINT_NOUNS,
    VAGUE_TIMING_CATEGORY,
    ClauseContext,
    Rule,
    _absent,
    _entities_starting_in,
    _entity_of,
    _first_vague_in_clause,
    _is_ordinal,
    _is_to_infinitive,
    _present,
    _subtree_span,
)

EVENT_POSITION_PREPOSITIONS = frozenset({"in", "on", "at", "during"})


FREQUENCY_DETERMINERS = frozenset({"every", "each"})


# Likewise for when and how: the clause says when or how, only not specifically.
TIME_FOUND_RULES = frozenset({"vague_timing_only", "relative_time_only"})


def _is_specific_time_expression(span: Span, cues: Cues) -> bool:
    return not any(token.lower_ in cues.vague_time_words for token in span)


def date_entity(context: ClauseContext) -> Iterator[Span]:
    """A DATE or TIME entity: "27 November", "September 2027", "100 days", "next Monday"."""
    for entity in _entities_starting_in(context.tokens, DATE_ENTITIES):
        if (
            _is_specific_time_expression(entity, context.cues)
            and not _is_age_or_rank(entity, context.cues)
            and not _is_margin_or_score(entity)
            and context.overlaps_vague(entity) is None
        ):
            yield _with_time_preposition(entity)
    doc = context.head.doc
    for token in context.tokens:
        # "in 42 BC", "around 660 BCE", "AD 79": the small model does not tag era years as dates.
        if token.like_num and token.i + 1 < len(doc) and doc[token.i + 1].text in ERA_MARKERS:
            start = token.i - 1 if token.i and doc[token.i - 1].text in ERA_MARKERS else token.i
            if start > 0 and doc[start - 1].pos_ == "ADP":
                start -= 1
            yield doc[start : token.i + 2]
        if _is_untagged_year(token, context.cues):
            # "as early as 1742", "in 1347": a year the model left untagged.
            start = token.head.i
            if token.head.lower_ == "as":  # "as early as 1742": start at "as early"
                start = doc[start - 1].left_edge.i
            yield doc[start : token.i + 1]


def _is_untagged_year(token: Token, cues: Cues) -> bool:
    if token.shape_ != "dddd" or token.ent_type_ or not 1000 <= int(token.text) <= 2099:
        return False
    if token.dep_ != "pobj":
        return False
    preposition = token.head
    if preposition.lower_ in cues.year_prepositions:
        return True
    # "as early as 1742", "as late as 1900"
    return (
        preposition.lower_ == "as"
        and preposition.i > 0
        and preposition.doc[preposition.i - 1].lower_ in ("early", "late")
    )


def _is_age_or_rank(entity: Span, cues: Cues) -> bool:
    """ "the 52 year old", "a 7-year-old girl", "ranked eighth and ninth": tagged DATE, not a
    time."""
    doc = entity.doc
    if any(token.lower_ == "old" or token.lower_.endswith("-old") for token in entity) or (
        entity.end < len(doc) and doc[entity.end].lower_ in ("old", "-old")
    ):
        return True
    return all(
        _is_ordinal(token, cues) or token.lower_ in ("and", "or", ",") for token in entity
    ) and (entity.root.dep_ in RANK_DEPS)


def _is_margin_or_score(entity: Span) -> bool:
    """ "finished three seconds behind Santacana", "defeated Mexico 62 -- 37": a gap or a score
    the model tags as a time, not when it happened ("1704 -- 1717", "November 6 -- 24" and
    "three to four months" stay times)."""
    doc = entity.doc
    if entity.end < len(doc) and doc[entity.end].lower_ == "behind":
        return True
    numbers = [token for token in entity if token.text not in SCORE_DASHES]
    return (
        len(numbers) == 2
        and len(entity) == 3
        and all(token.text.isdigit() and int(token.text) < 1000 for token in numbers)
    )


def _with_time_preposition(entity: Span) -> Span:
    """ "27 November" -> "by 27 November" when a preposition governs it."""
    head = entity.root.head
    if entity.root.dep_ == "pobj" and head.pos_ == "ADP" and head.i == entity.start - 1:
        return entity.doc[head.i : entity.end]
    return entity


def deadline_phrase(context: ClauseContext) -> Iterator[Span]:
    """ "by the end of term", "within a week", "after the elections"."""
    for token in context.tokens:
        # "since" is tagged SCONJ and "following" VERB even when they head a prepositional phrase.
        if token.lower_ not in context.cues.deadline_prepositions or (
            token.pos_ != "ADP" and token.dep_ != "prep"
        ):
            continue
        for child in token.children:
            if (
                token.lower_ in context.cues.event_prepositions
                and child.dep_ == "pcomp"
                and child.tag_ in ("VBG", "VBN")
            ):
                # "after being extracted", "before reaching the surface": timed by an event.
                yield _subtree_span(token)
                continue
            if child.dep_ != "pobj" or _is_in_terms_of(child):
                continue
            lemma = child.lemma_.lower()
            if lemma in context.cues.time_nouns or (
                lemma in TIME_POINT_NOUNS
                and any(t.lemma_.lower() in context.cues.time_nouns for t in child.subtree)
            ):
                span = _subtree_span(token)
                if _is_specific_time_expression(span, context.cues):
                    yield span
            if token.lower_ in context.cues.event_prepositions and child.pos_ in ("NOUN", "PROPN"):
                yield _subtree_span(token)
            elif token.lower_ in EVENT_POSITION_PREPOSITIONS and lemma in context.cues.event_nouns:
                # "in the second half", "at the election", "on the final restart": a point in
                # a named event.
                yield _subtree_span(token)


def _is_in_terms_of(noun: Token) -> bool:
    """ "in terms of lives lost": not a school term."""
    return noun.lower_ == "terms" and any(
        child.dep_ == "prep" and child.lower_ == "of" for child in noun.children
    )


def frequency(context: ClauseContext) -> Iterator[Span]:
    """ "every Monday", "each term", "weekly", "twice a year"."""
    for token in context.tokens:
        if token.lower_ in context.cues.frequency_words:
            yield token.doc[token.i : token.i + 1]
        if (
            token.lower_ in FREQUENCY_DETERMINERS
            and token.head.lemma_.lower() in context.cues.time_nouns
        ):
            yield token.doc[token.i : token.head.i + 1]
        if (
            token.lower_ in ("a", "an")
            and token.head.lemma_.lower() in context.cues.time_nouns
            and token.head.dep_ == "npadvmod"
        ):
            yield token.doc[token.i : token.head.i + 1]  # "one portion a day"
        if token.lower_ == "per":
            for child in token.children:
                if child.dep_ == "pobj" and child.lemma_.lower() in context.cues.time_nouns:
                    yield token.doc[token.i : child.i + 1]  # "£5 per week"


def time_adverb(context: ClauseContext) -> Iterator[Span]:
    """ "today", "tomorrow", "now", "immediately"."""
    for token in context.tokens:
        if token.lower_ in context.cues.time_adverbs and token.pos_ in ("ADV", "NOUN"):
            yield token.doc[token.i : token.i + 1]
        if token.lower_ == "far" and token.i > 0 and token.nbor(-1).lower_ in ("so", "thus"):
            yield token.doc[token.i - 1 : token.i + 1]  # "so far", "thus far": up to now


def temporal_clause(context: ClauseContext) -> Iterator[Span]:
    """A clause that fixes the time by an event: "once the ceasefire holds", "after pupils return"."""
    for clause_head in attached_clauses(context.head):
        markers = [child for child in clause_head.children if child.dep_ in ("mark", "advmod")]
        temporal = [marker for marker in markers if marker.lower_ in context.cues.temporal_markers]
        if temporal and not all(
            _is_comment_as(marker, clause_head, context.cues) for marker in temporal
        ):
            yield _subtree_span(clause_head)


def _is_comment_as(marker: Token, clause_head: Token, cues: Cues) -> bool:
    """ "As I mentioned earlier", "as though it were over", "as opposed to": "as" that does not
    mean "while" or "at the time when"."""
    if marker.lower_ != "as":
        return False
    following = marker.nbor(1).lower_ if marker.i + 1 < len(marker.doc) else ""
    return clause_head.lemma_.lower() in cues.comment_verbs or following in (
        "though",
        "if",
        "opposed",
        "well",
        "is",
        "was",
        "are",
        "were",
    )


def _unspecific_date(context: ClauseContext) -> Span | None:
    """ "in recent years", "in the coming months": a time the parser found, with no date in it."""
    for entity in _entities_starting_in(context.tokens, DATE_ENTITIES):
        if not _is_specific_time_expression(entity, context.cues):
            return _with_time_preposition(entity)
    return None


def _relative_time(context: ClauseContext) -> Span | None:
    """ "first", "sometimes", "in the course of history", "at the same time"."""
    for token in context.tokens:
        if token.lower_ in context.cues.relative_time_adverbs and token.pos_ == "ADV":
            return token.doc[token.i : token.i + 1]
        if token.dep_ == "prep" and token.lower_ in context.cues.deadline_prepositions:
            for child in token.children:
                if (
                    child.dep_ == "pobj"
                    and child.lemma_.lower() in context.cues.relative_time_nouns
                ):
                    return _subtree_span(token)
    return None


def participle_time(context: ClauseContext) -> Iterator[Span]:
    """ "Speaking in Jerusalem on 26 August 2008, Rice criticised ...": a date in a participle
    clause with no subject of its own dates the main verb too."""
    for clause_head in attached_clauses(context.head, frozenset({"advcl"})):
        if clause_head.tag_ not in ("VBG", "VBN"):
            continue
        if any(child.dep_ in SUBJECT_DEPS for child in clause_head.children):
            continue
        for token in clause_head.subtree:
            if token.ent_type_ in DATE_ENTITIES and token.ent_iob_ == "B":
                entity = _entity_of(token)
                if entity is not None and _is_specific_time_expression(entity, context.cues):
                    yield _with_time_preposition(entity)


WHEN_RULES: tuple[tuple[str, Rule], ...] = (
    ("date_entity", date_entity),
    ("participle_time", participle_time),
    ("deadline_phrase", deadline_phrase),
    ("frequency", frequency),
    ("time_adverb", time_adverb),
    ("temporal_clause", temporal_clause),
)


WHEN_REASONS = {
    "date_entity": "gives a date or time",
    "deadline_phrase": "sets a deadline or period",
    "frequency": "says how often",
    "time_adverb": "says when",
    "temporal_clause": "ties the timing to a named event",
    "participle_time": "dates the participle clause that frames this one",
}


def find_when(context: ClauseContext) -> Slot:
    rejected: Span | None = None
    for rule_name, rule in WHEN_RULES:
        for span in rule(context):
            if span.start <= context.head.i < span.end:
                continue  # "Following the game, ...": the verb's own phrase is not its time
            vague = context.overlaps_vague(span)
            if vague is not None:
                rejected = rejected or vague
                continue
            return _present(
                "when", span, rule_name, f"\u201c{span.text}\u201d {WHEN_REASONS[rule_name]}"
            )
    timing = (
        rejected
        or _first_vague_in_clause(context, [VAGUE_TIMING_CATEGORY])
        or _unspecific_date(context)
    )
    if timing is not None:
        return _absent("when", "vague_timing_only", f"\u201c{timing.text}\u201d is not a date")
    relative = _relative_time(context)
    if relative is not None:
        return _absent(
            "when",
            "relative_time_only",
            f"\u201c{relative.text}\u201d places it in time only relative to something else",
        )
    return _absent("when", "no_time", "no date, deadline, duration or frequency in this clause")


# ---------------------------------------------------------------- a time borrowed from around

# A verb joined to another this way happens at that verb's time: "was arrested in January and
# charged", "were carried to chairs to help them", "a camera trap placed last September".
TIME_SHARING_DEPS = frozenset({"conj", "xcomp", "acl"})


def _shares_time_with_governor(verb: Token) -> bool:
    if verb.dep_ in TIME_SHARING_DEPS:
        # "plans to build ...": an infinitival acl is a plan, not the noun's event.
        return verb.dep_ != "acl" or verb.tag_ == "VBN"
    if any(child.dep_ in SUBJECT_DEPS for child in verb.children):
        return False
    if verb.dep_ == "advcl" and verb.tag_ == "VB":
        # A purpose with no subject of its own is pursued at its governor's time: "gathered
        # there at Christmas to celebrate", "working currently to determine the best method".
        return _is_to_infinitive(verb)
    if verb.tag_ not in ("VBG", "VBN"):
        return False
    # A participle with no subject and no tense of its own happens at its governor's time:
    # "..., playing all 20 minutes", "kept the game close by forcing errors".
    return verb.dep_ == "advcl" or (verb.dep_ == "pcomp" and verb.head.dep_ == "prep")


def _shared_time(verb: Token, context: ClauseContext) -> Slot | None:
    token = verb
    for _ in range(4):  # "managed to keep the game close by forcing errors": climb a short chain
        if not _shares_time_with_governor(token):
            return None
        governor = nearest_clause_head_above(token)
        if governor is None:
            return None
        shared = find_when(context.for_clause(governor))
        if shared.present and not (shared.start <= verb.idx < shared.end):
            break  # ("before reaching the surface" is not the time of "reaching")
        token = governor
    else:
        return None
    return replace(
        shared,
        rule="shared_time",
        reason=f"\u201c{shared.text}\u201d is the time of \u201c{governor.text}\u201d, which "
        "this verb is joined to",
    )


DAY_ADVERBS = frozenset({"today", "tomorrow", "tonight", "yesterday"})


def _time_before_when(verb: Token, context: ClauseContext) -> Slot | None:
    """ "in 1994, when a judge ruled", "tomorrow when they face the Netherlands": a clause opened
    by "when" right after a time happens at that time."""
    marker = next(
        (child for child in verb.children if child.lower_ == "when" and child.tag_ == "WRB"), None
    )
    if marker is None or marker.i != min(token.i for token in context.tokens):
        return None
    doc = verb.doc
    index = marker.i - 1
    while index >= 0 and doc[index].is_punct:
        index -= 1
    if index < 0:
        return None
    before = doc[index]
    if before.ent_type_ in DATE_ENTITIES:
        entity = _entity_of(before)
        if (
            entity is None
            or not _is_specific_time_expression(entity, context.cues)
            or context.overlaps_vague(entity) is not None
        ):
            return None
        span = _with_time_preposition(entity)
    elif before.lower_ in DAY_ADVERBS:
        span = doc[index : index + 1]
    else:
        return None
    return _present(
        "when",
        span,
        "time_before_when",
        f"\u201c{span.text}\u201d is the time this \u201cwhen\u201d clause happens at",
    )


def _scene_time(verb: Token, context: ClauseContext) -> Slot | None:
    """ "On Friday, Clark posted to Facebook to explain his decision": a time phrase that opens
    the sentence, ahead of the main verb and its subject, sets the scene for every event in the
    sentence that has no time of its own."""
    root = verb.sent.root
    if root == verb or not is_clause_head(root):
        return None
    if any(token.dep_ in ("ccomp", "parataxis") for token in (verb, *verb.ancestors)):
        return None  # "On Monday, the minister said the council will act": said on Monday only
    subject = next((child for child in root.children if child.dep_ in SUBJECT_DEPS), None)
    first_core = min(root.i, subject.left_edge.i if subject is not None else root.i)
    scene = find_when(
        context.for_clause(root, (t for t in clause_tokens(root) if t.i < first_core))
    )
    if scene.rule == "relative_time_only":
        return _absent("when", scene.rule, scene.reason)  # "In later years, ..."
    if not scene.present or scene.start <= verb.idx < scene.end:
        return None
    return replace(
        scene,
        rule="scene_time",
        reason=f"\u201c{scene.text}\u201d opens the sentence and dates everything in it",
    )


def find_when_or_borrowed(context: ClauseContext) -> Slot:
    """``find_when``; and when the clause has no time at all (``no_time``), the time right before
    its "when", the time of the verb it is joined to, or a time that opens the sentence."""
    when = find_when(context)
    if not when.present and when.rule == "no_time":
        verb = context.head
        when = (
            _time_before_when(verb, context)
            or _shared_time(verb, context)
            or _scene_time(verb, context)
            or when
        )
    return when
