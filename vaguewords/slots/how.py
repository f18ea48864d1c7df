"""How: does the clause say by what means (money, law, mechanism, instrument, figure)?

Decides ``find_how``: the means rules of ``HOW_RULES`` in order (the first evidence that does not
overlap a vague term wins), then, when nothing says by what means, why not: only vague manner or a
vague count, or a manner, result, event or medium (``manner.MANNER_FINDERS``), or nothing.

Word lists: ``context.cues.funding_nouns``, ``legal_nouns`` and others (``lexicons/cues/``).

May import: ``vaguewords.slots.parse``, ``.amounts``, ``.manner``, spaCy, ``vaguewords.clauses``,
``vaguewords.cues`` (the type of ``context.cues``) and ``vaguewords.model``. Not ``who`` or
``when``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Span, Token

from vaguewords.clauses import attached_clauses, is_clause_head
from vaguewords.model import Slot
from vaguewords.slots.amounts import (
    concrete_amount,
    participant_amount,
)
from vaguewords.slots.manner import (
    MANNER_FINDERS,
    MANNER_NOUNS,
)
from vaguewords.slots.parse import (
    DATE_ENTITIES,
    NAMED_ACTOR_ENTITIES,
    SUBJECT_DEPS,
    TIME_POINT_NOUNS,
    VAGUE_MANNER_CATEGORIES,
    VAGUE_QUANTITY_CATEGORY,
    ClauseContext,
    Rule,
    _absent,
    _first_vague_in_clause,
    _is_actor_noun,
    _is_to_infinitive,
    _objects_of,
    _preps,
    _present,
    _subtree_span,
)

MEANS_PREPOSITIONS = frozenset({"through", "via"})


MEANS_PHRASES = (
    ("by", "means", "of"),
    ("by", "way", "of"),
    ("with", "the", "help", "of"),
    ("with", "the", "support", "of"),
    ("thanks", "to"),
    ("funded", "by"),
    ("paid", "for", "by"),
)


USING_VERBS = frozenset({"use", "employ", "draw"})


FUNDING_PREPOSITIONS = frozenset({"from", "out"})


FUNDING_VERBS = frozenset({"fund", "finance", "pay", "sponsor", "bankroll", "underwrite"})


LEGAL_PREPOSITIONS = frozenset({"under", "pursuant"})


MANNER_FOUND_RULES = frozenset(
    {
        "vague_manner_only",
        "manner_adverb",
        "manner_phrase",
        "rank_result",
        "event_circumstance",
        "medium",
    }
)


# The other way round: present-how verdicts that are a number of people or things ("600,000
# personnel will be deployed"). The analyzer takes a figure as a commitment; a reader asking "how
# was it done?" has not been told, only "how many".
COUNT_ONLY_RULES = frozenset({"participant_amount"})


def _phrase_at(tokens: Iterable[Token], phrase: tuple[str, ...]) -> Token | None:
    first = phrase[0]
    for token in tokens:
        if token.lower_ != first:
            continue
        doc = token.doc
        if (
            token.i + len(phrase) <= len(doc)
            and tuple(t.lower_ for t in doc[token.i : token.i + len(phrase)]) == phrase
        ):
            return token
    return None


def _without_trailing_time(span: Span) -> Span:
    """ "through a £40m grant from September 2027" -> "through a £40m grant": a date phrase
    hanging off the means is when-evidence, not part of the how."""
    for token in span[1:]:
        if token.dep_ == "prep" and any(
            child.dep_ == "pobj" and child.ent_type_ in ("DATE", "TIME") for child in token.children
        ):
            end = token.i
            while end > span.start + 1 and token.doc[end - 1].is_punct:
                end -= 1
            return token.doc[span.start : end]
    return span


def means_preposition(context: ClauseContext) -> Iterator[Span]:
    """ "through a £40m grant", "via the county council", "by means of a levy"."""
    for token in context.tokens:
        if token.lower_ in MEANS_PREPOSITIONS and token.pos_ == "ADP":
            yield _without_trailing_time(_subtree_span(token))
    for phrase in MEANS_PHRASES:
        start = _phrase_at(context.tokens, phrase)
        if start is not None:
            last = start.doc[start.i + len(phrase) - 1]
            yield start.doc[start.i : max(last.right_edge.i, start.right_edge.i) + 1]


def vehicle(context: ClauseContext) -> Iterator[Span]:
    """ "in an ambulance", "on a hired coach", "aboard a ferry": the means of transport."""
    for preposition in _preps(context.head, ("in", "on", "aboard", "onboard")):
        if any(
            noun.lemma_.lower() in context.cues.vehicle_nouns for noun in _objects_of(preposition)
        ):
            yield _subtree_span(preposition)


def by_gerund(context: ClauseContext) -> Iterator[Span]:
    """ "by opening two hubs", "by hiring teachers"."""
    for token in context.tokens:
        if token.lower_ == "by" and token.dep_ != "agent":
            for child in token.children:
                if child.tag_ == "VBG" and child.dep_ in ("pcomp", "pobj"):
                    yield _subtree_span(token)


def using_clause(context: ClauseContext) -> Iterator[Span]:
    """ "using a grant", "drawing on reserves": a means given as a participle clause."""
    candidates = list(context.tokens) + attached_clauses(context.head, frozenset({"advcl", "acl"}))
    for token in candidates:
        if token.lemma_ in USING_VERBS and token.tag_ == "VBG" and token != context.head:
            yield _subtree_span(token)


def funding_source(context: ClauseContext) -> Iterator[Span]:
    """ "from the school's sports budget", "funded by the Wellcome Trust"."""
    for token in context.tokens:
        if token.lower_ in FUNDING_PREPOSITIONS and token.pos_ == "ADP":
            for child in token.subtree:
                if child.dep_ == "pobj" and child.lemma_.lower() in context.cues.funding_nouns:
                    yield _subtree_span(token)
        if token.lemma_ in FUNDING_VERBS and token != context.head:
            for child in token.children:
                if child.dep_ == "agent":
                    yield token.doc[token.i : child.right_edge.i + 1]


def legal_basis(context: ClauseContext) -> Iterator[Span]:
    """ "under the Education Act", "pursuant to Article 5"."""
    for token in context.tokens:
        if token.lower_ in LEGAL_PREPOSITIONS and token.pos_ in ("ADP", "VERB", "ADJ"):
            for child in token.subtree:
                if child.ent_type_ == "LAW" or (
                    child.dep_ == "pobj" and child.lemma_.lower() in context.cues.legal_nouns
                ):
                    yield _subtree_span(token)
        if token.ent_type_ == "LAW" and token.dep_ == "pobj":
            yield _subtree_span(token.head)


def enforcement_mechanism(context: ClauseContext) -> Iterator[Span]:
    """A named mechanism that makes it happen: sanctions, inspections, an audit, a vote."""
    for token in context.tokens:
        if (
            token.pos_ == "NOUN"
            and token.lemma_.lower() in context.cues.enforcement_nouns
            and token.dep_ not in SUBJECT_DEPS
        ):
            yield _subtree_span(token)


def by_means(context: ClauseContext) -> Iterator[Span]:
    """ "by bus", "by a vote of the governors": "by" + something that is not a time or an agent."""
    for token in context.tokens:
        if token.lower_ == "by" and token.dep_ == "prep":
            for child in token.children:
                if (
                    child.dep_ == "pobj"
                    and child.ent_type_ not in DATE_ENTITIES
                    and child.lemma_.lower() not in context.cues.time_nouns
                    and child.lemma_.lower() not in TIME_POINT_NOUNS
                    and not _is_actor_noun(child, context.cues)
                    and child.ent_type_ not in NAMED_ACTOR_ENTITIES
                    and child.pos_ in ("NOUN", "PROPN")
                ):
                    yield _subtree_span(token)


def with_instrument(context: ClauseContext) -> Iterator[Span]:
    """ "support schools with a £2m grant", "responded with a formal complaint": the thing the
    verb is done with (not a person it is done with, and not "with 17 laps remaining")."""
    if context.head.lemma_.lower() in context.cues.with_complement_verbs:
        return
    for preposition in _preps(context.head, ("with",)):
        objects = _objects_of(preposition)
        if len(objects) != 1:
            continue
        noun = objects[0]
        if (
            noun.pos_ != "NOUN"
            or noun.ent_type_ in NAMED_ACTOR_ENTITIES
            or noun.ent_type_ in DATE_ENTITIES
            or _is_actor_noun(noun, context.cues)
            or noun.lemma_.lower() in context.cues.not_instrument_nouns
            or noun.lemma_.lower() in MANNER_NOUNS
            or any(grandchild.tag_ in ("VBG", "VBN") for grandchild in noun.children)
        ):
            continue
        yield _subtree_span(preposition)


def purpose_means(context: ClauseContext) -> Iterator[Span]:
    """ "deployed 350,000 troops to protect voters", "a £2m fund to repair roofs": a purpose is
    achieved by the action or the thing it is attached to."""
    head = context.head
    if not _is_to_infinitive(head):
        return
    governor = head.head
    if governor == head or any(child.dep_ in ("nsubj", "mark") for child in head.children):
        return  # "called for the government to present evidence": a subject of its own
    if (
        head.dep_ == "advcl"
        and is_clause_head(governor)
        and (governor.lemma_.lower() not in context.cues.not_means_verbs)
    ):
        objects = [child for child in governor.children if child.dep_ == "dobj"]
        end = max([governor.i] + [obj.right_edge.i for obj in objects if obj.i < head.i])
        yield head.doc[governor.i : end + 1]
    elif (
        head.dep_ in ("acl", "relcl")
        and governor.pos_ == "NOUN"
        and governor.lemma_.lower() not in context.cues.not_means_nouns
        and governor.lemma_.lower() not in context.cues.time_nouns
        and not _is_actor_noun(governor, context.cues)
    ):
        yield head.doc[governor.left_edge.i : governor.i + 1]


HOW_RULES: tuple[tuple[str, Rule], ...] = (
    ("means_preposition", means_preposition),
    ("by_gerund", by_gerund),
    ("using_clause", using_clause),
    ("funding_source", funding_source),
    ("legal_basis", legal_basis),
    ("enforcement_mechanism", enforcement_mechanism),
    ("concrete_amount", concrete_amount),
    ("by_means", by_means),
    ("with_instrument", with_instrument),
    ("vehicle", vehicle),
    ("purpose_means", purpose_means),
    ("participant_amount", participant_amount),
)


HOW_REASONS = {
    "means_preposition": "names the means",
    "by_gerund": "says what will be done to achieve it",
    "using_clause": "names what will be used",
    "funding_source": "names where the money comes from",
    "legal_basis": "names the rule or law that applies",
    "enforcement_mechanism": "names a mechanism that makes it happen",
    "concrete_amount": "gives a concrete amount",
    "by_means": "names the means",
    "with_instrument": "names what it is done with",
    "vehicle": "names the means of transport",
    "purpose_means": "is what is done to achieve it",
    "participant_amount": "gives a concrete figure for who or what takes part",
}


def find_how(context: ClauseContext) -> Slot:
    rejected: Span | None = None
    for rule_name, rule in HOW_RULES:
        for found in rule(context):
            span = _without_trailing_time(found)
            vague = context.overlaps_vague(span)
            if vague is not None:
                rejected = rejected or vague
                continue
            return _present(
                "how", span, rule_name, f"\u201c{span.text}\u201d {HOW_REASONS[rule_name]}"
            )
    manner = rejected or _first_vague_in_clause(context, VAGUE_MANNER_CATEGORIES)
    if (
        manner is not None
        and manner.label_ == VAGUE_QUANTITY_CATEGORY
        and manner.root.pos_ != "ADV"
    ):
        # "several schools", "a variety of instruments": how many is vague, and nothing says how.
        return _absent(
            "how",
            "vague_quantity_only",
            f"\u201c{manner.text}\u201d does not say how many, nor by what means",
        )
    if manner is not None:
        return _absent(
            "how", "vague_manner_only", f"\u201c{manner.text}\u201d does not say by what means"
        )
    for rule_name, finder, says in MANNER_FINDERS:
        found = finder(context)
        if found is not None:
            return _absent("how", rule_name, f"\u201c{found.text}\u201d {says}, not by what means")
    return _absent("how", "no_means", "no means, mechanism, funding or amount in this clause")
