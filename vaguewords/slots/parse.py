"""What the who, how and when rules share: the clause context, the verdict helpers, and questions
about the parse that more than one slot asks.

Decides nothing on its own. It answers: what is the subject of this verb (``subject_of``, which
climbs "aims to provide" to the subject of "aims"), is it passive (``is_passive``), which
prepositions and objects hang on a word (``_preps``, ``_objects_of``), which entity a token is in
(``_entity_of``, read from its own marks), is a noun a person or body that can act
(``_is_actor_noun``), is a word an ordinal or part of a score.

May import: spaCy, ``vaguewords.clauses``, ``vaguewords.cues`` (the type of ``context.cues``) and
``vaguewords.model``. Imports nothing from ``who``, ``how``, ``when``, ``amounts`` or ``manner``
(they import it). Names with a leading underscore are shared inside ``vaguewords.slots`` only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from vaguewords.clauses import clause_tokens, nearest_clause_head_above
from vaguewords.cues import Cues
from vaguewords.model import Slot

VAGUE_SPANS_KEY = "vague"


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


PASSIVE_MARKER_DEPS = frozenset({"auxpass", "nsubjpass", "csubjpass"})


NON_FINITE_TAGS = frozenset({"VB", "VBG", "VBN"})


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


NOUN_POS = frozenset({"NOUN", "PROPN", "PRON"})


FINITE_AUX_TAGS = frozenset({"MD", "VBZ", "VBP", "VBD"})


# Verbs under these relations take their subject from the verb they hang from.
SUBJECT_SHARING_DEPS = frozenset({"xcomp", "conj", "advcl"})


RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})


NAMED_ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})


DATE_ENTITIES = frozenset({"DATE", "TIME"})


TIME_POINT_NOUNS = frozenset({"end", "start", "beginning", "close", "middle", "start-up"})


VAGUE_ACTOR_CATEGORY = "vague_actor"


VAGUE_TIMING_CATEGORY = "vague_timing"


VAGUE_QUANTITY_CATEGORY = "vague_quantity"


VAGUE_MANNER_CATEGORIES = frozenset({"vague_process", VAGUE_QUANTITY_CATEGORY})


@dataclass(frozen=True)
class Slots:
    who: Slot
    how: Slot
    when: Slot

    def __iter__(self):
        return iter((self.who, self.how, self.when))


@dataclass(frozen=True)
class ClauseContext:
    """What every rule may look at: the clause head, its words, the vague spans, and the cue lists
    (``cues.funding_nouns``, ...: ``lexicons/cues/*.csv``)."""

    head: Token
    tokens: tuple[Token, ...]
    vague: tuple[Span, ...]
    cues: Cues

    @property
    def actor_nouns(self) -> frozenset[str]:
        return self.cues.actor_nouns

    def for_clause(self, head: Token, tokens: Iterable[Token] | None = None) -> ClauseContext:
        """The same document's context for another clause (by default all of ``head``'s words)."""
        return ClauseContext(
            head=head,
            tokens=tuple(clause_tokens(head) if tokens is None else tokens),
            vague=self.vague,
            cues=self.cues,
        )

    def overlaps_vague(self, span: Span, categories: Iterable[str] | None = None) -> Span | None:
        wanted = None if categories is None else set(categories)
        for vague in self.vague:
            if (
                vague.start < span.end
                and span.start < vague.end
                and (wanted is None or vague.label_ in wanted)
            ):
                return vague
        return None


Rule = Callable[[ClauseContext], Iterator[Span]]


def vague_spans(doc: Doc) -> tuple[Span, ...]:
    """The vague terms the component found (each access to a SpanGroup builds new Spans)."""
    return tuple(doc.spans[VAGUE_SPANS_KEY]) if VAGUE_SPANS_KEY in doc.spans else ()


def _present(name: str, span: Span, rule: str, reason: str) -> Slot:
    return Slot(name, True, span.text, span.start_char, span.end_char, rule, reason)


def _absent(name: str, rule: str, reason: str) -> Slot:
    return Slot(name, False, None, None, None, rule, reason)


def _subtree_span(token: Token) -> Span:
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


def is_passive(head: Token) -> bool:
    if any(child.dep_ in PASSIVE_MARKER_DEPS for child in head.children):
        return True
    if (
        head.dep_ == "conj"
        and head.tag_ == "VBN"
        and head.head != head
        and not any(child.dep_ in ("aux", "nsubj", "dobj") for child in head.children)
        and is_passive(head.head)
    ):
        # "was arrested and charged": the second participle is passive too; with an object of
        # its own it is active ("was impressed with the engine and encouraged its development").
        return True
    # "guarantees provided by NATO", "an arranged check-up": a participle modifying a noun is a
    # reduced passive.
    return head.dep_ in ("acl", "amod") and head.tag_ == "VBN"


def is_non_finite(token: Token) -> bool:
    """ "to provide", "providing", "committed": a verb with no tense of its own."""
    if token.tag_ not in NON_FINITE_TAGS:
        return False
    return not any(
        child.dep_ in ("aux", "auxpass") and child.tag_ in FINITE_AUX_TAGS
        for child in token.children
    )


def has_own_to(verb: Token) -> bool:
    """Does the verb have its own "to" ("to find", "to be taken", "to serve")? The one test of an
    infinitive's marker for the slots, the commitments and the questions."""
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


def has_modal(verb: Token) -> bool:
    """Does the verb have a modal of its own ("must be sold", "will continue", "should know")? The
    one test of a modal auxiliary for the commitments and the questions."""
    return any(child.dep_ == "aux" and child.tag_ == "MD" for child in verb.children)


def _is_to_infinitive(token: Token) -> bool:
    """ "to celebrate", "to repair": a bare verb with its "to"."""
    return token.tag_ == "VB" and has_own_to(token)


def subject_of(head: Token) -> Token | None:
    """The subject of ``head``. A verb without its own subject borrows the subject of the verb it
    hangs from when it shares it: "aims to provide", "will build schools and hire teachers",
    "take action to tackle crime", "are committed to providing"."""
    token = head
    for _ in range(8):  # bounded climb; parses are trees, but be safe
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
        if token.dep_ in ("acl", "amod") and token.tag_ == "VBG" and token.head.pos_ in NOUN_POS:
            # "a solicitor representing the presenter", "working families": the noun acts
            return token.head
        if token.dep_ == "prep":
            return None  # "including", "following", "according": a participle used as a preposition
        if (
            token.dep_ in SUBJECT_SHARING_DEPS
            or (is_non_finite(token) and token.dep_ not in ("acl", "relcl", "ROOT"))
            or (token.dep_ == "acl" and token.tag_ == "VB")
            or _is_infinitive_relative(token)
        ):
            above = nearest_clause_head_above(token)
            if above is None and token.dep_ == "conj":
                above = token.head  # "Edison was impressed ... and encouraged": an adjective head
            if above is None:
                return None
            token = above
            continue
        return None
    return None


def _is_infinitive_relative(token: Token) -> bool:
    """ "engaged engineers to derive a formula", "measures to support small business": an
    infinitive after a noun, with no subject or relative pronoun of its own (the small model calls
    it a relative clause), is done by the one who acts in the clause above."""
    return (
        token.dep_ == "relcl"
        and token.tag_ == "VB"
        and any(child.tag_ == "TO" for child in token.children)
        and not any(child.lower_ in RELATIVE_PRONOUNS for child in token.subtree)
    )


def _preps(token: Token, words: Iterable[str]) -> Iterator[Token]:
    """The prepositions among ``token``'s dependents that are one of ``words``."""
    return (child for child in token.children if child.dep_ == "prep" and child.lower_ in words)


def _objects_of(preposition: Token) -> list[Token]:
    return [child for child in preposition.children if child.dep_ == "pobj"]


def _counted_group(token: Token, cues: Cues) -> Token | None:
    """ "a number of Austrian actors" -> "actors"; "most of the governors" -> "governors"."""
    lemma = token.lemma_.lower()
    if lemma not in cues.group_count_heads and lemma not in cues.group_share_heads:
        return None
    for preposition in _preps(token, ("of",)):
        objects = _objects_of(preposition)
        if objects:
            return objects[0]
    return None


def _is_actor_noun(token: Token, cues: Cues) -> bool:
    """A person or body that can act: an actor noun ("the ministry", "the head teacher"), its
    hyphenated form ("ship-owners"), an age ("the 24-year-old"), or a person ending
    ("policymakers", "economists")."""
    actor_nouns = cues.actor_nouns
    lemma = token.lemma_.lower()
    if lemma in actor_nouns or token.lower_ in actor_nouns:
        return not _names_the_act(token, cues)
    if "-" in lemma and token.pos_ in ("NOUN", "PROPN"):
        # "ship-owners", "English-speakers", "hunter-gatherers": the last part names the person.
        tail = lemma.rsplit("-", 1)[1]
        if tail in actor_nouns or (tail.endswith("s") and tail[:-1] in actor_nouns):
            return True
    if token.lower_.endswith(("-year-old", "-year-olds")):
        return True  # "the 24-year-old": a person
    if (
        token.pos_ == "NOUN"
        and len(lemma) > 4
        and lemma.endswith(cues.person_suffixes)
        and lemma not in cues.not_person_words
    ):
        return True
    compounds = [child.lower_ for child in token.lefts if child.dep_ == "compound"]
    return bool(compounds) and f"{compounds[-1]} {token.lower_}" in actor_nouns


def _names_the_act(token: Token, cues: Cues) -> bool:
    """ "the establishment of a fund", "the administration of justice": a noun that names a body
    or the act of making one (``act_or_body_nouns``) is the act when "of" follows with something
    that is not a person or a body ("the administration of President Carter" is the body)."""
    if token.lemma_.lower() not in cues.act_or_body_nouns:
        return False
    for preposition in token.children:
        if preposition.dep_ != "prep" or preposition.lower_ != "of":
            continue
        for noun in preposition.children:
            if noun.dep_ != "pobj":
                continue
            if (noun.pos_ == "PROPN" and noun.text[:1].isupper()) or (
                noun.ent_type_ in NAMED_ACTOR_ENTITIES
            ):
                return False  # a name ("of President Carter"); "of justice" tagged PROPN is not
            # "the organisation of teachers" is a body; "of the work" is the act.
            return noun.lemma_.lower() not in cues.actor_nouns and (
                noun.lower_ not in cues.actor_nouns
            )
    return False


SCORE_DASHES = frozenset({"-", "--", "–", "—", "to"})


def _is_score(number: Token) -> bool:
    doc = number.doc
    after = doc[number.i + 1 : number.i + 3]
    before = doc[max(0, number.i - 2) : number.i]
    return (len(after) == 2 and after[0].text in SCORE_DASHES and after[1].like_num) or (
        len(before) == 2 and before[1].text in SCORE_DASHES and before[0].like_num
    )


def _entity_of(token: Token) -> Span | None:
    """The entity ``token`` is in, as ``doc.ents`` has it, read from the entity marks of that
    entity's own tokens only, not from every entity of the Doc: a rule's entity reads stay local
    to the tokens it asks about (what NER only where a rule reads one relies on, README #20)."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=doc[start].ent_type_)


def _entities_starting_in(tokens: Iterable[Token], labels: frozenset[str]) -> Iterator[Span]:
    """The entities with one of ``labels`` that start at one of ``tokens``, in text order, read
    token by token (the same as filtering ``doc.ents``, reading only these tokens' marks)."""
    for token in sorted(tokens, key=lambda token: token.i):
        if token.ent_type_ in labels and token.ent_iob_ == "B":
            entity = _entity_of(token)
            if entity is not None:
                yield entity


RANK_DEPS = frozenset({"advmod", "npadvmod", "dobj", "attr", "oprd", "acomp"})


def _first_vague_in_clause(context: ClauseContext, categories: Iterable[str]) -> Span | None:
    wanted = set(categories)
    indices = {token.i for token in context.tokens}
    for span in context.vague:
        if span.label_ in wanted and span.start in indices:
            return span
    return None


def _is_ordinal(token: Token, cues: Cues) -> bool:
    """ "fifth", "12th": the model tags them ORDINAL, DATE or nothing."""
    word = token.lower_
    return (
        token.ent_type_ == "ORDINAL"
        or word in cues.ordinal_words
        or (word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th"))
    )


# The one word list of more than 8 that stays in Python: these are matched on the exact token
# text, case and full stops included ("AD" is an era, "ad" an advert; "EST" a time zone, "est"
# not), and cue files are compared in lower case.
ERA_MARKERS = frozenset({"BC", "BCE", "AD", "CE", "B.C.", "A.D.", "B.C.E.", "C.E."})
TIME_SUFFIXES = ERA_MARKERS | {"UTC", "GMT", "BST", "CET", "EST", "EDT", "PST", "PDT"}
