"""Who, how and when for any clause head: small named rules over the dependency parse.

``slots_for(verb)`` is the one implementation: the analyzer calls it for the clause of every
finding, and ``benchmarks/qasrl.py`` calls it for every annotated verb. Each verdict is a
:class:`~vaguewords.model.Slot` carrying the evidence span and the name of the rule that decided,
so a wrong verdict leads to one small function in one module:

- ``who.py``: is the subject or agent an accountable actor (``find_who``);
- ``how.py``: means, funding, legal basis, instruments (``find_how``), with ``amounts.py`` (when a
  figure measures the action) and ``manner.py`` (how it went, when nothing says by what means);
- ``when.py``: dates, deadlines, frequencies, and times borrowed from the clause around
  (``find_when``, ``find_when_or_borrowed``);
- ``parse.py``: what they share (``ClauseContext``, ``Slots``, ``subject_of``, ``is_passive``,
  preposition and entity helpers). It imports none of the others.

The word lists the rules consult are data (``lexicons/cues/*.csv``), loaded by
``vaguewords.lexicon`` and handed to every rule as ``context.cues``. This module only wires the
rules together and keeps the names callers import from ``vaguewords.slots``; it may import the
modules above and ``vaguewords.lexicon`` (for the shipped cue lists). Evidence that overlaps a vague term ("through appropriate measures", "in the
coming months") does not count: the vague term is what needs resolving.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from vaguewords.clauses import clause_tokens
from vaguewords.cues import Cues
from vaguewords.lexicon import default_cues
from vaguewords.slots.how import (
    COUNT_ONLY_RULES,
    HOW_RULES,
    MANNER_FOUND_RULES,
    find_how,
)
from vaguewords.slots.parse import (
    VAGUE_SPANS_KEY,
    ClauseContext,
    Rule,
    Slots,
    is_non_finite,
    is_passive,
    subject_of,
    vague_spans,
)
from vaguewords.slots.when import (
    TIME_FOUND_RULES,
    WHEN_RULES,
    find_when,
    find_when_or_borrowed,
)
from vaguewords.slots.who import DOER_FOUND_RULES, find_who, judge_actor

__all__ = [
    "COUNT_ONLY_RULES",
    "DOER_FOUND_RULES",
    "HOW_RULES",
    "MANNER_FOUND_RULES",
    "TIME_FOUND_RULES",
    "VAGUE_SPANS_KEY",
    "WHEN_RULES",
    "ClauseContext",
    "Rule",
    "Slots",
    "default_actor_nouns",
    "default_cues",
    "find_how",
    "find_when",
    "find_who",
    "is_non_finite",
    "is_passive",
    "judge_actor",
    "slots_for",
    "subject_of",
    "vague_spans",
]


def default_actor_nouns() -> frozenset[str]:
    """The shipped actor nouns (``lexicons/cues/actor_nouns.csv``)."""
    return default_cues().actor_nouns


def slots_for(
    verb: Token,
    cues: Cues | frozenset[str] | None = None,
    vague: tuple[Span, ...] | None = None,
) -> Slots:
    """Who, how and when for the clause headed by ``verb`` (any token; normally a verb). An
    auxiliary stands for its verb: the emphatic "did" of "they did release the records".

    ``cues`` are the word lists the rules consult (default: the shipped ones; see
    ``vaguewords.lexicon.load_cues``); a frozenset is taken as the actor nouns, with the other
    lists as shipped (the signature before the lists became data). ``vague`` is
    ``vague_spans(doc)``, passed in by callers that ask about many verbs of a Doc."""
    if verb.dep_ in ("aux", "auxpass") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    if vague is None:
        vague = vague_spans(verb.doc)
    if cues is None:
        cues = default_cues()
    elif isinstance(cues, frozenset):
        cues = replace(default_cues(), actor_nouns=cues)
    context = ClauseContext(head=verb, tokens=tuple(clause_tokens(verb)), vague=vague, cues=cues)
    return Slots(who=find_who(context), how=find_how(context), when=find_when_or_borrowed(context))
