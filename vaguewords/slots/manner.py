"""How it went, when nothing says by what means: a manner phrase or adverb, a rank, a medium, an
event ("in a reckless manner", "significantly", "finished fifth", "said in a statement", "injured
in a collision").

Decides nothing present: each finder names why ``how`` is absent (``MANNER_FINDERS``; QA-SRL
counts these as a *how*, see ``how.MANNER_FOUND_RULES``).

Word lists: ``context.cues.medium_nouns``, ``incident_nouns``, ``manner_adverbs``, ...

May import: ``vaguewords.slots.parse``, spaCy, ``vaguewords.clauses``, ``vaguewords.cues`` (the type
of ``context.cues``) and ``vaguewords.model``. Not ``who``, ``how`` or ``when``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from vaguewords.slots.parse import (
    RANK_DEPS,
    ClauseContext,
    _is_ordinal,
    _objects_of,
    _preps,
    _subtree_span,
)

MANNER_NOUNS = frozenset({"manner", "way", "fashion", "style", "spirit"})


def _manner_phrase(context: ClauseContext) -> Span | None:
    """ "in a cavalier manner", "in a different way", "without success", "with 340,000 people
    protesting": how it went, not by what means."""
    for preposition in _preps(context.head, ("without", "in", "with")):
        if preposition.lower_ == "without" and any(
            child.dep_ in ("pobj", "pcomp") for child in preposition.children
        ):
            return _subtree_span(preposition)
        for noun in _objects_of(preposition):
            if preposition.lower_ != "without" and noun.lemma_.lower() in MANNER_NOUNS:
                return _subtree_span(preposition)
            if preposition.lower_ == "with" and any(
                part.tag_ == "VBG" and part.dep_ in ("acl", "pcomp") for part in noun.children
            ):
                return _subtree_span(preposition)  # "with a wheel leaving the ground"
    return None


def _rank_result(context: ClauseContext) -> Span | None:
    """ "finished fifth", "ranked tenth", "came in second": the place it ended in. "First" and
    "last" on their own are left out: "was built first" says when, not how it ended."""
    doc = context.head.doc
    for child in context.head.children:
        if (
            _is_ordinal(child, context.cues)
            and child.dep_ in RANK_DEPS
            and (
                child.lower_ not in ("first", "last")
                or any(grandchild.lower_ == "place" for grandchild in child.children)
            )
        ):
            return doc[child.left_edge.i : child.right_edge.i + 1]
        if child.dep_ == "prep" and child.lower_ == "in":
            objects = _objects_of(child)
            if objects and (
                _is_ordinal(objects[0], context.cues)
                or (
                    objects[0].lower_ == "place"
                    and any(_is_ordinal(word, context.cues) for word in objects[0].lefts)
                )
            ):
                return _subtree_span(child)
    return None


def _medium(context: ClauseContext) -> Span | None:
    """ "said in a statement", "conducted in English": the form or language it came in."""
    for preposition in _preps(context.head, ("in",)):
        if any(
            noun.lemma_.lower() in context.cues.medium_nouns or noun.ent_type_ == "LANGUAGE"
            for noun in _objects_of(preposition)
        ):
            return _subtree_span(preposition)
    return None


def _in_event(context: ClauseContext) -> Span | None:
    for preposition in _preps(context.head, ("in",)):
        objects = _objects_of(preposition)
        if objects and objects[0].lemma_.lower() in context.cues.incident_nouns:
            return _subtree_span(preposition)
    return None


def _manner_adverb(context: ClauseContext) -> Token | None:
    """A manner adverb on the verb ("weaken significantly", "quickly agreed", "work together")."""
    for child in context.head.children:
        word = child.lower_
        if (
            child.dep_ == "advmod"
            and child.pos_ == "ADV"
            and (word.endswith("ly") or word in context.cues.manner_adverbs)
            and word not in context.cues.not_manner_adverbs
            and word not in context.cues.time_adverbs
            and word not in context.cues.frequency_words
        ):
            return child
    return None


# How it went, when nothing says by what means (QA-SRL counts these as how: MANNER_FOUND_RULES).
MANNER_FINDERS: tuple[tuple[str, Callable[[ClauseContext], Span | Token | None], str], ...] = (
    ("manner_phrase", _manner_phrase, "says in what manner"),
    ("manner_adverb", _manner_adverb, "says in what manner"),
    ("rank_result", _rank_result, "says how it ended"),
    ("medium", _medium, "says in what form"),
    ("event_circumstance", _in_event, "says in what event"),
)
