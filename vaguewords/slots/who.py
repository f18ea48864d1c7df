"""Who: does the clause name an accountable actor?

Decides ``find_who``: the passive agent or the subject (borrowed from the verb above for "aims to
provide"), or the doer of a nominalisation ("the Ministry's review"), judged by ``judge_actor``:
a named person or body, a definite actor noun, a personal pronoun, a possessor, are present; an
empty subject, an agentless passive, a vague or indefinite actor, a recipient, a thing, are not.

Word lists: ``context.cues.actor_nouns``, ``indefinite_pronouns`` and others (``lexicons/cues/``).

May import: ``vaguewords.slots.parse``, spaCy, ``vaguewords.clauses``, ``vaguewords.cues`` (the type
of ``context.cues``) and ``vaguewords.model``. Not ``how`` or ``when``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from vaguewords.cues import Cues
from vaguewords.model import Slot
from vaguewords.slots.parse import (
    FINITE_TAGS,
    NAMED_ACTOR_ENTITIES,
    NOUN_POS,
    RELATIVE_PRONOUNS,
    VAGUE_ACTOR_CATEGORY,
    ClauseContext,
    _absent,
    _counted_group,
    _is_actor_noun,
    _objects_of,
    _preps,
    _present,
    is_passive,
    subject_of,
)

EMPTY_SUBJECTS = frozenset({"it", "there", "this", "that", "these", "those", "what", "which"})


# Names of things that cannot act: "the Olympics", "the Danube", "Hamlet", "the Act".
NAMED_THING_ENTITIES = frozenset(
    {"EVENT", "LOC", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE", "DATE", "TIME"}
)


ACTOR_PHRASE_RIGHT_DEPS = frozenset({"compound", "flat", "nmod", "appos", "cc", "conj"})


POSSESSIVE_ACTOR_PRONOUNS = frozenset({"our", "my", "his", "her", "their", "your"})


# Absent-who verdicts that still found a doer, only not an accountable one ("relevant parties",
# "someone"). The analyzer asks for a name; a reader asking "who did it?" has an answer.
DOER_FOUND_RULES = frozenset({"vague_actor", "indefinite_actor", "recipient_subject"})


def is_recipient_verb(head: Token, cues: Cues) -> bool:
    return head.lemma_.lower() in cues.recipient_verbs


def passive_agent(head: Token) -> Token | None:
    """The noun in "by X" when ``head`` is passive ("provided by NATO")."""
    for child in head.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def actor_phrase(token: Token) -> Span:
    """The noun phrase of an actor: its left modifiers and its name ("the Ministry of Education",
    "the school's governors"), without trailing relative clauses."""
    right = token.i
    for child in token.rights:
        if child.dep_ in ACTOR_PHRASE_RIGHT_DEPS or (child.dep_ == "prep" and child.lower_ == "of"):
            right = max(right, child.right_edge.i)
    return token.doc[token.left_edge.i : right + 1]


def judge_actor(token: Token, context: ClauseContext, role: str) -> Slot:
    """Is the subject or agent ``token`` an accountable actor?"""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        token = token.head.head  # "the council, which will...": the antecedent acts
    counted = _counted_group(token, context.cues)
    if counted is not None:
        counts_actors = _is_actor_noun(counted, context.cues)
        if counted.pos_ == "NOUN" and not counts_actors:
            return _absent(
                "who",
                "not_an_actor",
                f"the {role} \u201c{actor_phrase(token).text}\u201d is a thing, not someone who "
                "can be held to account",
            )  # "One of the runways reopened", "all of the money went"
        if counts_actors or counted.ent_type_ in NAMED_ACTOR_ENTITIES:
            verdict = judge_actor(counted, context, role)
            if not verdict.present:
                return verdict  # "some of the relevant parties"
            phrase = actor_phrase(token)
            quoted = f"\u201c{phrase.text}\u201d"
            if token.lemma_.lower() in context.cues.group_count_heads:
                return _absent("who", "indefinite_actor", f"{quoted} does not say which ones")
            return _present("who", phrase, verdict.rule, f"{quoted} is named as the {role}")
    phrase = actor_phrase(token)
    quoted = f"\u201c{phrase.text}\u201d"
    if token.dep_ == "expl" or token.lower_ in EMPTY_SUBJECTS:
        return _absent("who", "empty_subject", f"the {role} {quoted} names nobody")
    vague = context.overlaps_vague(phrase, [VAGUE_ACTOR_CATEGORY])
    if vague is not None:
        return _absent("who", "vague_actor", f"the {role} {quoted} does not say who exactly")
    if token.lower_ in context.cues.indefinite_pronouns:
        return _absent("who", "indefinite_actor", f"the {role} {quoted} names nobody in particular")
    if token.ent_type_ in NAMED_ACTOR_ENTITIES or (
        token.pos_ == "PROPN" and token.ent_type_ not in NAMED_THING_ENTITIES
    ):
        return _present("who", phrase, "named_actor", f"{quoted} is named as the {role}")
    if token.lower_ in context.cues.personal_pronouns:
        return _present(
            "who", phrase, "personal_pronoun", f"{quoted} acts (check that it is clear who)"
        )
    determiners = [
        child.lower_ for child in token.children if child.dep_ in ("det", "predet", "amod")
    ]
    if _is_actor_noun(token, context.cues):
        if any(det in context.cues.indefinite_determiners for det in determiners):
            return _absent("who", "indefinite_actor", f"{quoted} does not say which one")
        return _present("who", phrase, "actor_noun", f"{quoted} is named as the {role}")
    for child in token.children:
        if child.dep_ == "poss" and (
            child.lower_ in POSSESSIVE_ACTOR_PRONOUNS
            or child.ent_type_ in NAMED_ACTOR_ENTITIES
            or child.pos_ == "PROPN"
            or _is_actor_noun(child, context.cues)
        ):
            return _present("who", phrase, "possessor_actor", f"{quoted} belongs to a named actor")
    for child in token.children:
        # "The 52 year old, David Coleman Headley, pleaded": the apposition names the actor.
        if child.dep_ == "appos":
            verdict = judge_actor(child, context, role)
            if verdict.present:
                return verdict
    return _absent(
        "who",
        "not_an_actor",
        f"the {role} {quoted} is a thing, not someone who can be held to account",
    )


def find_who(context: ClauseContext) -> Slot:
    head = context.head
    agent = passive_agent(head)
    if agent is not None:
        return judge_actor(agent, context, "agent")
    subject = subject_of(head)
    if subject is None and head.pos_ in NOUN_POS:
        # "the Ministry's review", "a review by the governors": a nominalisation with its doer.
        doer = next((child for child in head.children if child.dep_ == "poss"), None)
        if doer is None:
            doer = next((noun for by in _preps(head, ("by",)) for noun in _objects_of(by)), None)
        if doer is not None:
            verdict = judge_actor(doer, context, "doer")
            if verdict.present or verdict.rule in DOER_FOUND_RULES:
                return verdict
    if subject is None:
        if is_passive(head):
            return _absent(
                "who", "agentless_passive", "the verb is passive and nobody is named as acting"
            )
        if not any(token.pos_ in ("VERB", "AUX") for token in context.tokens):
            return _absent("who", "no_verb", "there is no verb, so nobody is said to act")
        return _absent("who", "no_subject", "the clause names nobody who acts")
    # "is expected to announce": the passive subject is the one who announces (raising); "had
    # been involved in building a hospital": an active verb below a passive one borrows its
    # subject as its doer.
    # "was arrested and pleaded guilty": a finite active verb joined to a passive one has the
    # shared subject as its doer.
    raised = any(child.dep_ == "xcomp" for child in subject.head.children) or (
        subject.head != head
        and (head.tag_ in ("VB", "VBG") or (head.dep_ == "conj" and head.tag_ in FINITE_TAGS))
        and not is_passive(head)
    )
    if subject.head != head and is_passive(head):
        # "She failed to return and was found dead": the borrowed subject is the one acted on.
        return _absent(
            "who", "agentless_passive", "the verb is passive and nobody is named as acting"
        )
    if subject.dep_ in ("nsubjpass", "csubjpass") and not raised:
        quoted = f"\u201c{actor_phrase(subject).text}\u201d"
        return _absent(
            "who", "agentless_passive", f"{quoted} is acted on; nobody is named as acting"
        )
    verdict = judge_actor(subject, context, "subject")
    if verdict.present and not raised and is_recipient_verb(subject.head, context.cues):
        return _absent(
            "who",
            "recipient_subject",
            f"\u201c{verdict.text}\u201d receives; nobody is named as providing",
        )
    return verdict
