"""How, by figures: does a number measure the action, or count who or what takes part?

Decides the ``concrete_amount`` rule ("cut by 15%", "at a cost of £2m", "won 67 -- 33") and the
``participant_amount`` rule ("deployed 350,000 troops", "raised £4,000"), which ``how`` tries last.

Word lists: ``context.cues.measure_nouns``, ``measure_prepositions``, ``measure_verbs``.

May import: ``vaguewords.slots.parse``, spaCy, ``vaguewords.clauses``, ``vaguewords.cues`` (the type
of ``context.cues``) and ``vaguewords.model``. Not ``who``, ``how`` or ``when``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from vaguewords.slots.parse import (
    DATE_ENTITIES,
    NAMED_ACTOR_ENTITIES,
    TIME_SUFFIXES,
    ClauseContext,
    _counted_group,
    _entity_of,
    _is_actor_noun,
    _is_score,
)

AMOUNT_ENTITIES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def concrete_amount(context: ClauseContext, participants: bool = False) -> Iterator[Span]:
    """ "by 15%", "at a cost of £2m", "won 67 -- 33": a figure, not part of a date, that measures
    the action rather than counting or sizing who or what takes part ("350,000 troops",
    "raised £4,000": ``participant_amount`` does that)."""
    for token in context.tokens:
        if token.ent_type_ in AMOUNT_ENTITIES and token.ent_iob_ == "B":
            entity = _entity_of(token)
            if entity is None:
                continue
            if entity.label_ == "CARDINAL" and entity.root.dep_ not in (
                "nummod",
                "dobj",
                "pobj",
                "nsubj",
                "nsubjpass",
                "attr",
                "conj",
                "appos",
                "compound",
                "quantmod",
            ):
                continue
            if entity.label_ == "CARDINAL" and entity.root.head.ent_type_ in DATE_ENTITIES:
                continue
            if entity.end < len(entity.doc) and entity.doc[entity.end].text in TIME_SUFFIXES:
                continue  # "56 BC", "0500 UTC": a date or a time
            amount = _with_counted_noun(
                _with_currency_and_scale(_without_leading_modifiers(entity, context))
            )
            if _about_participants(amount, context, entity.label_ == "CARDINAL") == participants:
                yield amount
        if token.like_num and token.dep_ == "nummod" and not token.ent_type_:
            amount = (
                token.doc[token.i : token.head.i + 1]
                if token.head.i > token.i
                else token.doc[token.i : token.i + 1]
            )
            if _about_participants(amount, context, True) == participants:
                yield amount


def _about_participants(amount: Span, context: ClauseContext, is_count: bool) -> bool:
    """Is the figure about who or what takes part (a count of them, or a figure inside their
    phrase) rather than a measure of the action?"""
    return (is_count and _counts_participants(amount.root, context)) or not _measures_action(
        amount.root, context
    )


def participant_amount(context: ClauseContext) -> Iterator[Span]:
    """ "600,000 personnel will be deployed", "deployed 350,000 troops", "raised £4,000": a figure
    for the people or things taking part. It commits to a figure, so it counts as how; it is tried
    after every means rule, because it says how many or how much, not by what means."""
    return concrete_amount(context, participants=True)


PARTICIPANT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _counts_participants(token: Token, context: ClauseContext) -> bool:
    """ "350,000 troops", "two portraits", "Five were injured" as the subject or object: a count
    of who or what takes part, not a measure of the action ("cut by 15%", "won 67 -- 33",
    "dropped three places")."""
    if token.pos_ == "NUM" and _is_score(token):
        return False  # "defeated Mexico 67 -- 33"
    if (
        token.pos_ == "NUM"
        and token.dep_ in ("nummod", "quantmod", "compound")
        and token.head.i != token.i
    ):
        token = token.head
    if token.dep_ == "appos" and token.head.i != token.i:
        token = token.head
    if token.dep_ not in PARTICIPANT_DEPS:
        return False
    if token.pos_ == "NUM":
        return True  # "One reopened", "Five were injured"
    counted = _counted_group(token, context.cues)
    if counted is not None:
        token = counted  # "dozens of times", "thousands of teachers"
    return (
        token.ent_type_ in NAMED_ACTOR_ENTITIES
        or _is_actor_noun(token, context.cues)
        or (token.pos_ == "NOUN" and token.lemma_.lower() not in context.cues.measure_nouns)
    )


def _measures_action(token: Token, context: ClauseContext) -> bool:
    """Does the figure whose root is ``token`` measure the action ("shrank by 0.3%", "dropped three
    places", "won 67 -- 33", "built at a cost of £2m") rather than describe who or what takes
    part ("raised £4,000", "consists of 29 consonants", "a reef area of 32 by 3 metres")?"""
    if token.pos_ == "NUM" and _is_score(token):
        return True
    while token.dep_ in ("nummod", "quantmod", "compound", "appos", "conj") and token.head != token:
        token = token.head  # "three places" -> "places", "£2m and £3m" -> "£2m"
    head = context.head
    measured = head.lemma_.lower() in context.cues.measure_verbs
    if token.head == head:
        if token.dep_ in PARTICIPANT_DEPS or token.dep_ == "attr":
            counted = _counted_group(token, context.cues) or token  # "dozens of times" -> "times"
            return measured or counted.lemma_.lower() in context.cues.measure_nouns
        return True  # "fell 5%", "two days running"
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "pobj":
        token = token.head.head  # "at a cost of £2m" -> "cost"
    if token.dep_ != "pobj":
        return False
    preposition = token.head
    if preposition.lower_ not in context.cues.measure_prepositions and not measured:
        return False
    return preposition.head == head or (  # "from 2 to 5": "to" may hang on the first figure
        preposition.head.dep_ == "pobj" and preposition.head.head.head == head
    )


CURRENCY_SYMBOLS = frozenset("£$€¥₹")


SCALE_WORDS = frozenset({"m", "bn", "mn", "k", "million", "billion", "trillion", "thousand"})


def _with_currency_and_scale(entity: Span) -> Span:
    """ "2" -> "£2m": the small model often tags only the digits of an amount as MONEY."""
    doc = entity.doc
    start, end = entity.start, entity.end
    if start > 0 and (doc[start - 1].text in CURRENCY_SYMBOLS or doc[start - 1].tag_ == "$"):
        start -= 1
    if end < len(doc) and doc[end].lower_ in SCALE_WORDS:
        end += 1
    return doc[start:end]


def _without_leading_modifiers(entity: Span, context: ClauseContext) -> Span:
    """ "an extra £2m" -> "£2m": the figure is concrete even when a vague word sits beside it."""
    start = entity.start
    while start < entity.end - 1:
        token = entity.doc[start]
        if token.pos_ == "DET" or context.overlaps_vague(entity.doc[start : start + 1]) is not None:
            start += 1
        else:
            break
    return entity.doc[start : entity.end]


def _with_counted_noun(entity: Span) -> Span:
    """ "600,000" -> "600,000 personnel": include the noun the number counts."""
    head = entity.root.head
    if (
        entity.root.dep_ in ("nummod", "quantmod", "compound")
        and head.i >= entity.end
        and head.i - entity.end < 3
    ):
        return entity.doc[entity.start : head.i + 1]
    return entity
