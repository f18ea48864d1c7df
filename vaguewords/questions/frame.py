"""The frame of a clause: its verb as it will be said, the object and the actor."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from vaguewords.clauses import is_clause_head
from vaguewords.cues import Cues
from vaguewords.lexicon import default_cues
from vaguewords.model import Slot
from vaguewords.questions.phrases import (
    _antecedent,
    _is_pronoun,
    _is_relative_pronoun,
    noun_phrase,
    render_second_person,
)
from vaguewords.questions.words import (
    CAUSATIVE_VERBS,
    COMPLEMENT_PREPOSITIONS,
    COPULAS,
    FIRST_PERSON,
    MAX_PHRASE_TOKENS,
    MEASURE_NOUNS,
    MODALS,
    NOUN_PHRASE_LEFT_DEPS,
    PARTICLE_ADVERBS,
    RUN_ON_TOKENS,
    SUBJECT_DEPS,
    VERB_PREPOSITIONS,
    VagueIndex,
    _index_of,
)
from vaguewords.slots.manner import MANNER_NOUNS
from vaguewords.slots.parse import has_modal, has_own_to, is_passive, subject_of


@dataclass(frozen=True)
class Frame:
    """What a clause-built question needs: the verb as it will be said, the object, the actor."""

    lemma: str  # "deal with", "set aside", "provide"
    participle: str | None  # "dealt with", when the text gives the participle
    object: str | None  # "the incidents"
    object_plural: bool
    complement: str  # "to a minimum", "available": said after the object or participle
    actor: str | None  # "the council", "you"
    actor_plural: bool
    tense: str  # "future", "present", "past", "perfect"
    passive: bool
    transitive: bool  # the verb has an object in the text, usable or not
    who_rule: str = ""  # the rule that judged the clause's actor (see slots.py)
    past: str | None = None  # "dealt with", when the text gives the past tense
    copula_above: bool = False  # "Our problem is to achieve": the subject does not act
    above: str | None = None  # "have sought to", said before the lemma in a past statement
    object_head: str | None = None  # the object's head noun, lower-case lemma: "programme"
    idiom: bool = False  # the verb is a light verb's idiom: "take part", "take hold"
    negated: bool = False  # "the violence must never return" (only with ``negated=True``)
    actor_head: str | None = None  # the actor's head noun, lower-case lemma: "quest"
    # the verb is followed by words of its own the frame does not say ("must go next to the
    # home", "must stand still", "must know that ..."): the verb alone is not the clause
    trailing: bool = False

    def third_person(self) -> str:
        head, _, rest = self.lemma.partition(" ")
        return f"{third_person(head)} {rest}".strip()


GAPPED_RULE = "gapped_passive"  # "more jobs created": "By when will more jobs be created?"
# The links by which a gapped clause hangs from the clause whose auxiliaries it shares.
GAPPED_DEPS = frozenset({"conj", "advcl", "parataxis"})


def gapped_passive(verb: Token) -> Token | None:
    """ "More businesses will be started, more investments made, more jobs created": a
    participle with a subject of its own and no auxiliary shares the auxiliaries of a passive
    verb before it, so it is passive too and its subject is what is acted on (rule
    gapped_passive). The verb whose auxiliaries it shares, or None."""
    if verb.tag_ != "VBN" or verb.dep_ not in GAPPED_DEPS:
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubjpass", "dobj", "mark") for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN"):
        return None  # two subjects on one participle: a misparse of a list
    donor = verb.head
    for _ in range(4):
        if donor.i == verb.i or donor.i > verb.i:
            return None
        auxiliaries = [c for c in donor.children if c.dep_ in ("aux", "auxpass")]
        if donor.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in auxiliaries):
            return donor
        if donor.dep_ not in GAPPED_DEPS or donor.head.i == donor.i:
            return None
        donor = donor.head
    return None


def shared_passive(verb: Token) -> Token | None:
    """ "The library must not be closed or sold": a participle joined to a passive verb before it
    that has a modal ("must", "will"), with no subject, auxiliary or object of its own, shares
    that verb's auxiliaries and subject (rule shared_passive). The verb it shares them with, or None."""
    if verb.tag_ != "VBN" or verb.dep_ != "conj":
        return None
    own = ("aux", "auxpass", "nsubj", "nsubjpass", "dobj", "mark")
    if any(c.dep_ in own for c in verb.children):
        return None
    first = verb.head
    if first.i > verb.i or first.tag_ != "VBN":
        return None
    if not any(c.dep_ == "auxpass" for c in first.children):
        return None
    if not any(c.dep_ == "nsubjpass" for c in first.children):
        return None
    if not has_modal(first):
        return None  # "our resources are conserved and improved": told, not promised
    return first


# Verbs in -er that may take the stress on the end, so the spelling of "-ing" hangs on it:
# "preferring", "deterring", but "offering", "suffering", "entering" (``gerund`` gives up).
STRESSED_ER_ENDINGS = ("fer", "ter")


def gerund(verb: str) -> str | None:
    """'spend' -> 'spending', 'make' -> 'making', 'run' -> 'running' (regular verbs); None where
    the spelling hangs on the stress ("commit", "deliver": doubled or not), so a caller can ask
    otherwise."""
    vowels = "aeiou"
    if not verb.isalpha() or len(verb) < 2:
        return None
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith(("ee", "oe", "ye")) or verb == "be":
        return verb + "ing"
    if verb.endswith("e"):
        return verb[:-1] + "ing"
    last, before, third = verb[-1], verb[-2], verb[-3] if len(verb) > 2 else ""
    if last in vowels or last in "wxy" or before not in vowels or (third and third in vowels):
        return verb + "ing"  # "fund", "meet", "carry"
    groups = sum(
        1 for i, c in enumerate(verb) if c in vowels and (i == 0 or verb[i - 1] not in vowels)
    )
    if groups == 1:
        return verb + last + "ing"  # "run", "plan", "stop"
    if verb.endswith(("en", "on")) or (
        verb.endswith("er") and not verb.endswith(STRESSED_ER_ENDINGS)
    ):
        # "open", "strengthen", "reckon", "consider", "deliver": the stress is not on the end
        # (but "prefer", "transfer", "deter": "preferring", "deterring")
        return verb + "ing"
    return None


def third_person(verb: str) -> str:
    """'provide' -> 'provides', 'fix' -> 'fixes', 'carry' -> 'carries' (regular verbs)."""
    irregular = {"be": "is", "have": "has", "do": "does", "go": "goes"}
    if verb in irregular:
        return irregular[verb]
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if len(verb) > 1 and verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


# Conjunctions under which a negation reaches the verb joined to the negated one: "we must not
# stockpile arms or seek an excess" refuses both acts; "we will not raise taxes but cut
# spending" cuts.
SHARED_NEGATION_CONJUNCTIONS = frozenset({"or", "nor"})


def _negated_here(verb: Token) -> bool:
    """Does a negation hang from ``verb`` or from its modal ("must not": not <- must)?"""
    near = [verb, *(c for c in verb.children if c.dep_ == "aux")]
    return any(c.dep_ == "neg" for token in near for c in token.children)


def refused_act(verb: Token, cues: Cues | None = None) -> bool:
    """Does the text refuse the act of ``verb`` (a prohibition, not a plan to do it)? A negation
    on the verb or its modal ("will not raise", "must never return"); on the "be to" of duty, the
    "going to" future or the verb of aim its infinitive hangs from ("are not to be blamed", "is
    not going to be slammed shut", "we do not intend to leave": cue lists ``plan_words``,
    ``striving_verbs``, ``promise_verbs``); or on the
    verb it is joined to by "or" or "nor" when it has no subject or modal of its own ("we must
    not stockpile arms ... or seek an excess"). "We will not hesitate to act" acts."""
    cues = cues if cues is not None else default_cues()
    aims = cues.plan_words | cues.striving_verbs | cues.promise_verbs
    for _ in range(6):
        if _negated_here(verb):
            return True
        above = verb.head
        if above.i == verb.i or above.pos_ not in ("VERB", "AUX"):
            return False
        if verb.dep_ == "xcomp" and has_own_to(verb):
            lemma = above.lemma_.lower()
            if not ((lemma == "go" and above.tag_ == "VBG") or lemma == "be" or lemma in aims):
                return False
        elif verb.dep_ == "conj":
            own = any(c.dep_ in (*SUBJECT_DEPS, "aux", "auxpass") for c in verb.children)
            joined_by = [c.lower_ for c in above.children if c.dep_ == "cc" and c.i < verb.i]
            if own or not joined_by or joined_by[-1] not in SHARED_NEGATION_CONJUNCTIONS:
                return False
        else:
            return False
        verb = above
    return False


def main_verb(head: Token) -> Token | None:
    """The verb whose action is promised: "aims to provide" asks about "provide"; but "your data
    may be used to send you offers" asks about "used": the subject of a passive does not do what
    the infinitive after it says (unless the verb only reports or forecasts: "is expected to")."""
    if not is_clause_head(head):
        return None
    if is_passive(head) and head.tag_ == "VBN":
        cues = default_cues()
        lemma = head.lemma_.lower()
        if lemma not in cues.likelihood_words and lemma not in cues.reporting_verbs:
            return head
    for child in head.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB":
            if _purpose_of_object(head, child):
                return head
            return main_verb(child) or child
        if child.dep_ == "xcomp" and child.lemma_ == "be":
            # "hope to be able to present": the promise is "present"
            for grandchild in child.children:
                if grandchild.dep_ == "acomp":
                    verbs = [c for c in grandchild.children if c.dep_ == "xcomp"]
                    if verbs and verbs[0].pos_ == "VERB":
                        return main_verb(verbs[0]) or verbs[0]
    return head


def _purpose_of_object(head: Token, infinitive: Token) -> bool:
    """ "improve our capabilities to deal with regional crises", "strengthen our forces to meet
    any threat": an infinitive after the object of a verb of change (cue list ``means_verbs``)
    says what the changed thing is for; the act promised is the change, not the infinitive's
    (rule object_purpose). Not after a verb of using a means ("use our influence to increase
    ...", "take steps to control ...": the infinitive is the act), nor one whose object does the
    act ("urge the Congress to act", "help schools reduce waste": cue lists
    ``object_control_verbs``, ``enabling_verbs``, ``request_verbs``; ``CAUSATIVE_VERBS``)."""
    if not has_own_to(infinitive):
        return False
    if not any(c.dep_ == "dobj" and c.i < infinitive.i for c in head.children):
        return False
    cues = default_cues()
    lemma = head.lemma_.lower()
    controlling = (
        cues.object_control_verbs | cues.enabling_verbs | cues.request_verbs | CAUSATIVE_VERBS
    )
    return lemma in cues.means_verbs and lemma not in controlling


def is_existential(verb: Token) -> bool:
    """ "there will come a time of change", "there remain several gaps": the thing after the verb
    is its subject, not its object, and nothing is done to anything."""
    return any(c.dep_ == "expl" and c.lower_ == "there" for c in verb.children)


def _governing_verb(verb: Token) -> Token | None:
    """The verb a bare participle clause hangs from: "approved ten plans, combining and
    consolidating many offices" -> "approved"; "plans merging the offices" -> the verb of
    "plans". None when the participle heads its own sentence or has auxiliaries of its own."""
    token = verb
    for _ in range(6):
        if token.tag_ not in ("VBG", "VBN") or any(
            c.dep_ in ("aux", "auxpass") for c in token.children
        ):
            break
        if token.dep_ not in ("advcl", "conj", "acl") or token.head == token:
            break
        token = token.head
        if token.pos_ in ("NOUN", "PROPN") and token.head != token:
            token = token.head  # a participle describing a noun: the noun's verb
    if token.i == verb.i or token.pos_ not in ("VERB", "AUX"):
        return None
    return token


def _tense(verb: Token, clause_head: Token) -> str:
    if verb.i == clause_head.i:
        governing = _governing_verb(verb)
        if governing is not None:
            # "the board has approved ten plans, merging many offices": the merging is done
            return _tense(governing, governing)
    if verb.i != clause_head.i:
        # "aims to provide": what is promised lies ahead; "have sought to help": it is done
        above = _tense(clause_head, clause_head)
        return "past" if above in ("past", "perfect") else "future"
    if has_own_to(verb):
        return "future"  # "to find solutions"
    if _is_proposed(verb):
        return "future"  # "I ask that the board end all delays": what is asked for lies ahead
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {c.lower_ for c in auxiliaries}
    if lowers & MODALS or "going" in lowers:
        return "future"
    if any(c.lemma_ == "have" for c in auxiliaries):
        return "past" if any(c.tag_ == "VBD" for c in auxiliaries) else "perfect"
    if any(c.tag_ == "VBD" for c in auxiliaries) or verb.tag_ == "VBD":
        return "past"
    if any(c.tag_ in ("VBZ", "VBP") for c in auxiliaries) or verb.tag_ in ("VBZ", "VBP"):
        return "present"
    if (
        verb.tag_ == "VB"
        and verb.dep_ == "ROOT"
        and not auxiliaries
        and any(c.dep_ == "nsubj" for c in verb.children)
    ):
        # "our staff deliver": a present the tagger read as a bare verb; but "I urge that the
        # council settle ...": a proposal (not a main clause), still to come
        return "present"
    return "future"  # imperatives and bare verbs: "Fund the proposal"


def _is_proposed(verb: Token) -> bool:
    """The verb of a "that" clause after a verb that asks for an action ("I urge that the
    council adopt ...", ``proposal_verbs``), or coordinated with one: a proposal, not a present."""
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp":
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.tag_ not in ("VB", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return False
    return verb.head.lemma_.lower() in default_cues().proposal_verbs


def _is_misread_infinitive(verb: Token) -> bool:
    """ "improvements to air quality" read as the verb "air" with "improvements" as its subject:
    an infinitive has no subject of its own unless "for" introduces it."""
    if not has_own_to(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return False
    return not any(c.lower_ == "for" for c in verb.children if c.i < subject.i)


def _verb_words(verb: Token, excluded: frozenset[int]) -> tuple[list[Token], Token | None]:
    """The verb's particles ("set aside") and, for a verb with no object, a preposition that
    belongs to it with that preposition's noun ("deal with the incidents")."""
    # where a particle may start: right after the verb, or right after its object ("bring the
    # rates down"); a particle with words of its own before it ("come further down", "bring the
    # rates further down") is still the verb's
    starts = {verb.i + 1}
    starts |= {c.right_edge.i + 1 for c in verb.children if c.dep_ == "dobj" and c.i > verb.i}
    particles = [
        c
        for c in verb.children
        if c.dep_ == "prt"
        or (c.dep_ == "advmod" and c.left_edge.i in starts and c.lower_ in PARTICLE_ADVERBS)
    ]
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return particles, None
    last = max([verb.i] + [p.i for p in particles])
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ not in VERB_PREPOSITIONS or child.i != last + 1:
            continue
        objects = [c for c in child.children if c.dep_ == "pobj"]
        small = child.right_edge.i - child.i <= 2 * MAX_PHRASE_TOKENS
        if objects and small and not any(t.i in excluded for t in child.subtree):
            return [*particles, child], objects[0]
    return particles, None


DOUBLE_OBJECT_RULE = (
    "double_object"  # "give the people a greater voice", "keep our schools the safest"
)
# A particle the parser reads before two objects that is the first one's preposition: "keep in
# our armed forces balance and flexibility" is keeping balance and flexibility in the forces.
OBJECT_PREPOSITIONS = frozenset({"in", "on", "at", "into", "to", "for", "with"})
# Object pronouns that, first of two objects, receive the second ("give us a system").
RECEIVING_PRONOUNS = frozenset({"us", "me", "you", "them", "him", "her", "it"})


@dataclass(frozen=True)
class TwoObjects:
    """Two noun phrases the parse gives one verb as direct objects, side by side (rule
    double_object), read as one of: ``receiver`` ("give the people a greater voice": the first
    receives the second), ``predicate`` ("keep our schools the safest places": the second says
    what the first is kept as), ``preposition`` ("keep in our armed forces balance": the first
    is the noun of the particle before it, ``particle``, and the second is what is kept)."""

    kind: str
    first: Token
    second: Token
    particle: Token | None = None


def two_objects(verb: Token, cues: Cues) -> TwoObjects | None:
    """The verb's two direct objects as the parse gives them, side by side with nothing between
    but a phrase of the verb's own ("give us at the earliest possible time a system"); None for
    one object, or two the parse split from one list or apposition ("strengthen the alliance,
    as solid a force as ...": a comma between)."""
    objects = sorted((c for c in verb.children if c.dep_ == "dobj"), key=lambda t: t.i)
    apposed = False
    if len(objects) == 1:
        # "keep in our schools a staff adequate ...": the second read as the first's apposition
        # (taken only after a particle that is the first's preposition, below: "establish a
        # standard which ..., the effort" and "the Alliance, the unity of Europe" are lists)
        beside = [c for c in objects[0].children if c.dep_ == "appos" and c.i > objects[0].i]
        objects, apposed = [objects[0], *beside], bool(beside)
    if len(objects) != 2 or any(o.pos_ not in ("NOUN", "PROPN", "PRON") for o in objects):
        return None
    first, second = objects
    if first.i < verb.i:
        return None
    adjuncts = {
        t.i
        for c in verb.children
        if c.dep_ in ("prep", "advmod", "npadvmod") and first.i < c.i < second.i
        for t in c.subtree
    }
    first_end = max(t.i for t in first.subtree if t.i < second.left_edge.i)
    between = range(first_end + 1, second.left_edge.i)
    if any(i not in adjuncts or verb.doc[i].is_punct for i in between):
        return None
    if any(verb.doc[i].is_punct for i in range(first.i, second.left_edge.i)):
        return None  # "that new foundation, a better foundation": a comma sets the second off
    particle = next(
        (
            c
            for c in verb.children
            if c.dep_ == "prt" and c.i == first.left_edge.i - 1 and c.lower_ in OBJECT_PREPOSITIONS
        ),
        None,
    )
    if particle is not None:
        return TwoObjects("preposition", first, second, particle)
    if apposed:
        return None
    if verb.lemma_.lower() in cues.giving_verbs or first.lower_ in RECEIVING_PRONOUNS:
        return TwoObjects("receiver", first, second)
    return TwoObjects("predicate", first, second)


def said_verb_and_target(verb: Token, excluded: frozenset[int]) -> tuple[str, Token | None]:
    """The verb as a question says it, lemma and particles ("deal with", "set aside"), and the
    thing it acts on: the noun of its preposition ("deal with the incidents") or its object."""
    particles, target = _verb_words(verb, excluded)
    if target is None:
        target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return " ".join([verb.lemma_.lower(), *(p.lower_ for p in particles)]), target


def asked_of_others(
    asking: Token, frame: Frame | None, excluded: frozenset[int]
) -> tuple[str, str] | None:
    """ "I shall ask the Congress to authorize full participation": who asks, and the asking
    with the act asked for, as a question says them after "will": ("you", "ask the Congress to
    authorize full participation"). ``frame`` is the frame of the act asked for (its actor the
    one asked). None when either cannot be said."""
    if frame is None or frame.passive or frame.actor is None or frame.object is None:
        return None
    subject = subject_of(asking)
    asker = noun_phrase(subject, excluded) if subject is not None else None
    if asker is None:
        return None
    complement = f" {frame.complement}" if frame.complement else ""
    said = f"{asking.lemma_.lower()} {frame.actor} to {frame.lemma} {frame.object}{complement}"
    return asker, said


RELATIVE_GAP_RULE = "relative_gap"  # "the heritage we are striving to defend": defend the heritage
# The verbs a relative clause's act may hang from: "the kind of America I hope to build".
GAP_CHAIN_DEPS = frozenset({"xcomp"})
RELATIVE_WORD_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def relative_gap(verb: Token, cues: Cues) -> Token | None:
    """The noun a relative clause with no relative word describes, when it is the thing the
    clause's verb (or the infinitive the verb governs) acts on: "the kind of America I hope to
    build" -> "kind", "the heritage we are striving to defend" -> "heritage". None when the verb
    has an object or a clause of its own, a preposition left without its noun ("the city we live
    in"), a relative word ("the plan which we adopted": said by the relative pronoun's rule), no
    subject of its own in the clause, the hearers ("you") as its subject, or the noun tells where,
    when, why or how (cue lists ``adverbial_antecedents``, ``time_nouns``: "the way we work")."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "oprd", "acomp") for c in verb.children):
        return None
    top = verb
    chain = [verb]
    while top.dep_ in GAP_CHAIN_DEPS and top.head.pos_ in ("VERB", "AUX") and len(chain) < 4:
        top = top.head
        chain.append(top)
    if top.dep_ != "relcl":
        return None
    noun = top.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() in (
        cues.adverbial_antecedents | cues.time_nouns
    ):
        return None
    clause = [t for t in top.subtree if t.i > noun.i]
    if any(t.tag_ in RELATIVE_WORD_TAGS or (t.lower_ == "that" and t.i < top.i) for t in clause):
        return None
    subject = subject_of(top)
    if subject is None or subject.i < noun.i or subject.tag_ in RELATIVE_WORD_TAGS:
        return None
    if _addresses_hearers(subject):
        return None  # "the budget you will want to examine": the hearers' act, not the writer's
    for link in chain:
        for child in link.children:
            if child.dep_ == "prep" and not any(
                c.dep_ in ("pobj", "pcomp") for c in child.children
            ):
                return None  # "the city we live in"
            if child.dep_ == "agent" or child.dep_ == "auxpass":
                return None
    return noun


def _stranded_preposition(verb: Token) -> Token | None:
    """ "will be dealt with": a preposition with no noun after a passive verb belongs to it."""
    for child in verb.children:
        if child.dep_ != "prep" or any(c.dep_ in ("pobj", "pcomp") for c in child.children):
            continue
        if child.i == verb.i + 1 or (child.i == verb.i + 2 and verb.nbor().dep_ == "prt"):
            return child
    return None


def _preposition_in_term(verb: Token, index: VagueIndex) -> Token | None:
    """ "dealt with" matched as the lexicon's "deal with": the preposition is the verb's."""
    following = verb.i + 1
    if following >= len(verb.doc) or verb.doc[following].head.i != verb.i:
        return None
    return verb.doc[following] if verb.i in index.verb_pairs else None


def _complement(
    verb: Token,
    excluded: frozenset[int],
    after: int,
    object_end: int | None = None,
    state_nouns: frozenset[str] = frozenset(),
) -> str:
    """ "made available", "kept to a minimum", "put in place", "get the deficit under control":
    the words that finish the verb, right after it, or right after its object (``object_end``)
    when they name a state (``state_nouns``: control, place, effect ...)."""
    parts = []
    for child in verb.children:
        if child.i in excluded or child.i < after:
            continue
        if child.right_edge.i - child.left_edge.i > MAX_PHRASE_TOKENS:
            continue
        if any(t.tag_ in ("WRB", "WP", "WDT") for t in child.subtree):
            continue  # "how much more secure ...": a question inside the text is not ours
        if child.dep_ in ("oprd", "acomp") and (
            child.pos_ == "ADJ" or (child.dep_ == "oprd" and child.tag_ == "VBN")
        ):  # "made available", "kept informed"
            # "ready", not "ready to help them build ...": a clause after the adjective is its own
            clauses = [c for c in child.children if c.dep_ in ("xcomp", "ccomp", "advcl")]
            inner = {t.i for c in clauses for t in c.subtree}
            words = [
                t
                for t in child.subtree
                if t.dep_ != "punct" and t.i not in excluded and t.i not in inner
            ]
            if child.pos_ != "ADJ":
                # "kept informed on an ongoing basis": the participle and its particle only
                words = [
                    t for t in words if t.i == child.i or (t.dep_ == "prt" and t.head == child)
                ]
            parts.append((child.i, render_second_person(words)))
        elif child.dep_ == "oprd" and child.pos_ in ("NOUN", "PROPN") and child.i > after:
            # "keep our parks the safest places in the county": what the thing is kept as
            said = noun_phrase(child, excluded, definite=False)
            if said is not None and said != "you":
                parts.append((child.i, said))
        elif child.dep_ == "prep" and child.lower_ in COMPLEMENT_PREPOSITIONS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            subtree = _without_next_subject(child)
            if any(_addresses_hearers(t) for t in subtree):
                # "build with your help": the text's "you" are the hearers, but the question's
                # "you" is the writer; said back, "your help" would be the writer's own (rule
                # hearers_phrase)
                continue
            determiners = [t for t in subtree if t.dep_ == "det"]
            if (
                objects
                and len(subtree) <= 3
                and (
                    child.i <= after + 1
                    or (
                        child.i == (object_end or -2) + 1
                        and objects[0].lemma_.lower() in state_nouns
                    )
                )
                and all(t.lower_ in ("a", "an") for t in determiners)
                and not objects[0].ent_type_
                and not any(t.i in excluded for t in subtree)
            ):
                parts.append((child.i, render_second_person(subtree)))
    return " ".join(text for _, text in sorted(parts))


# The text's words for its hearers, which a question to the writer cannot say back.
HEARER_WORDS = frozenset({"you", "your", "yours", "yourself", "yourselves"})


def _addresses_hearers(token: Token) -> bool:
    return token.lower_ in HEARER_WORDS and token.pos_ == "PRON"


def _next_subject(token: Token) -> bool:
    """ "kept to a minimum and families will be kept informed", "dealt with promptly and
    appropriate support will be offered": a noun the parser hung on the clause before (as a
    conjunct or a preposition's object) while it is the subject of the clause that follows (a
    verb group starts right after it)."""
    if token.dep_ not in ("conj", "pobj") or token.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.dep_ == "pobj" and any(c.dep_ == "conj" for c in token.children):
        return False  # "to a minimum and families will ...": the conjunct is the subject
    after = token.right_edge.i + 1
    return after < len(token.doc) and token.doc[after].tag_ == "MD"


def _misread_subject(verb: Token) -> Token | None:
    """The subject of a verb the parser gave none, taken as a conjunct of the clause before
    (``_next_subject``): the noun right before the verb's auxiliaries."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not auxiliaries:
        return None
    first = min(a.i for a in auxiliaries)
    before = verb.doc[first - 1] if first > 0 else None
    if before is None or not _next_subject(before):
        return None
    # the words between it and the clause it is hung on: nouns and prepositions only
    above = next((t for t in before.ancestors if t.pos_ not in ("NOUN", "PROPN", "ADP")), None)
    if (
        above is None
        or above.pos_ not in ("VERB", "AUX")
        or above.i == verb.i
        or not any(c.tag_ == "MD" for c in above.children)
    ):
        # only a noun hung on a clause of its own with a modal ("Any disruption will be kept
        # to a minimum and families ..."); not one inside a phrase that describes the real
        # subject ("boycotts intended to protect wage rates and working conditions should be")
        return None
    while before.dep_ == "conj" and before.head.dep_ == "conj":
        before = before.head  # "parents and carers will be told": the first of the subjects
    return before


def _up_to(token: Token, top: Token) -> list[Token]:
    """The ancestors of ``token`` below ``top`` (none when ``token`` is ``top``)."""
    chain: list[Token] = []
    if token.i == top.i:
        return chain
    for ancestor in token.ancestors:
        if ancestor.i == top.i:
            break
        chain.append(ancestor)
    return chain


def _without_next_subject(phrase: Token) -> list[Token]:
    """The words of ``phrase`` without a coordinated noun that is really the next clause's
    subject (``_next_subject``), nor the "and" before it."""
    cut = {
        t.i
        for conjunct in phrase.subtree
        if _next_subject(conjunct)
        for t in (*conjunct.subtree, *(c for c in conjunct.head.children if c.dep_ == "cc"))
    }
    return [t for t in phrase.subtree if t.i not in cut]


def build_frame(
    head: Token,
    excluded: frozenset[int],
    who: Slot,
    term: Span | None = None,
    index: VagueIndex | None = None,
    cues: Cues | None = None,
    negated: bool = False,
) -> Frame | None:
    """The frame of the clause headed by ``head`` (see ``_frame``); ``cues``: the word lists,
    the shipped ones by default; ``negated``: a clause the text negates ("the violence must never
    return") gets a frame too, marked so, for a question that says the negation back."""
    cues = cues if cues is not None else default_cues()
    verb = main_verb(head)
    if verb is not None and _is_misread_infinitive(verb) and verb.head.pos_ == "VERB":
        # "make significant improvements to air quality": the would-be subject of "air" is the
        # object of the verb above, and the question is about that verb.
        subject = next(c for c in verb.children if c.dep_ in SUBJECT_DEPS)
        above = verb.head
        if not any(c.dep_ == "dobj" for c in above.children) and above.lemma_ not in COPULAS:
            # the slots judged the misread subject; the verb above is what the question asks about
            who = replace(who, rule="misread_subject") if not who.present else who
            return _frame(
                above, excluded, who, cues, term, index, object_token=subject, negated=negated
            )
        return None
    return _frame(head, excluded, who, cues, term, index, negated=negated)


def _frame(
    head: Token,
    excluded: frozenset[int],
    who: Slot,
    cues: Cues,
    term: Span | None = None,
    index: VagueIndex | None = None,
    object_token: Token | None = None,
    negated: bool = False,
) -> Frame | None:
    """The frame of the clause headed by ``head``, or None when it cannot be trusted (no verb, a
    copula, a verb of state, a misread infinitive, a heading in capitals). ``term``: the finding's
    words; a preposition in them that hangs from the verb is part of the verb ("dealt with")."""
    verb = main_verb(head)
    if verb is None or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() in COPULAS and not _aims_at_thing(
        verb, _verb_words(verb, excluded)[0], cues
    ):
        return None  # "it is reasonable", "it looks good"; but "look into the complaints" acts
    if is_existential(verb):
        return None  # "there will come a time": the time is no object of anyone's act
    if verb.lemma_.lower() in cues.state_verbs:
        return None  # "the branch may require reinforcement": nothing anyone does
    if _is_misread_infinitive(verb) or not verb.lemma_.isalpha():
        return None
    if verb.is_upper and len(verb) > 1:
        return None  # "DRAFT FRAMEWORK FOR ...": a heading, not a sentence the parser reads well
    if head.right_edge.i - head.left_edge.i > RUN_ON_TOKENS:
        return None
    if verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN":
        return None  # "a new country based on an idea": a description, not an action to word
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "of":
        return None  # "the whole matter of making the best use": the matter makes nothing
    if any(
        c.dep_ in ("acomp", "oprd") and any(g.dep_ == "xcomp" for g in c.children)
        for c in verb.children
    ):
        return None  # "we stand ready to help them build": the promise is in the clause after
    negation = any(c.dep_ == "neg" for c in head.children) or refused_act(verb, cues)
    if negation and not negated:
        return None  # "a strong America cannot neglect ...": not something anyone will do
    if verb.i != head.i and verb.tag_ == "VBG" and head.lemma_.lower() in cues.state_verbs:
        return None  # "obligations will require refinancing": the obligations do not refinance
    donor = gapped_passive(verb)
    shared = shared_passive(verb)
    passive = is_passive(verb) or donor is not None or shared is not None
    particles, preposition_object = _verb_words(verb, excluded)
    if passive:
        # "set aside", "moved forward": the particle (or adverb that is one) stays; a preposition
        # with its noun ("dealt with the cases") is the subject said back, not a word of the verb
        particles, preposition_object = [p for p in particles if p.dep_ != "prep"], None
    pair = None if passive or object_token is not None else two_objects(verb, cues)
    if pair is not None and pair.particle is not None:
        # "keep in our armed forces balance": "in" is the first object's preposition
        particles = [p for p in particles if p.i != pair.particle.i]
    if (
        term is not None
        and term.start <= verb.i < term.end
        and verb.i == head.i
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
        and not (preposition_object is not None and _aims_at_thing(verb, particles, cues))
        and shared is None
    ):
        # "I hope to ...": the vague verb itself, with nothing promised after it; but "strive
        # for excellence", "look into the complaints" name the thing aimed at or weighed
        return None
    lemma = " ".join([verb.lemma_.lower(), *(p.lower_ for p in particles)])
    past = " ".join([verb.lower_, *(p.lower_ for p in particles)]) if verb.tag_ == "VBD" else None
    participle = None
    if verb.tag_ == "VBN":
        participle = " ".join([verb.lower_, *(p.lower_ for p in particles)])
    given_object = object_token
    gap = None
    idiom = None
    preposition_phrase = None
    transitive = False
    recipient_text = None
    predicate_text = None
    if given_object is not None:
        excluded = excluded | {t.i for t in verb.subtree if t.i > given_object.right_edge.i}
    if given_object is not None:
        pass
    elif passive:
        subject_deps = ("nsubjpass", "nsubj") if donor is not None else ("nsubjpass",)
        object_token = next((c for c in verb.children if c.dep_ in subject_deps), None)
        if object_token is None:
            object_token = _misread_subject(verb)
        if object_token is None and shared is not None:
            # "The library must not be closed or sold": what is sold is what is closed
            object_token = next(c for c in shared.children if c.dep_ == "nsubjpass")
        retained = next(
            (c for c in verb.children if c.dep_ == "dobj" and not _names_time(c, cues)), None
        )  # "clubs will be offered this term": a time read as the object is a time adjunct
        if object_token is not None and retained is not None:
            # "consumers should be given a full opportunity": the opportunity is what is given,
            # the consumers receive it
            recipient = noun_phrase(object_token, excluded)
            if recipient is None:
                return None
            recipient_text = recipient
            object_token = retained
        if object_token is None and verb.dep_ in ("acl", "amod"):
            object_token = verb.head  # "guarantees provided by NATO"
        stranded = _stranded_preposition(verb)
        if stranded is None:
            stranded = _preposition_in_term(verb, index or _index_of(verb.doc))
        if stranded is not None and any(p.i == stranded.i for p in particles):
            stranded = None  # "pushed forward": already said as the verb's particle
        governed = [c for c in stranded.children if c.dep_ == "pobj"] if stranded else []
        # a plain noun phrase right after it: "dealt with promptly and appropriate support" is
        # a misparse, and "with" stays with the verb
        governed = [
            c
            for c in governed
            if c.left_edge.i == stranded.i + 1
            and all(t.dep_ in NOUN_PHRASE_LEFT_DEPS for t in c.lefts)
        ]
        if governed and participle is not None:
            # "problems must be subjected to a stepped-up attack": the preposition has its noun,
            # said with it after the verb ("subject the problems to a stepped-up attack")
            said = noun_phrase(governed[0], excluded, definite=False)
            if said is None or said == "you":
                return None
            preposition_phrase = f"{stranded.lower_} {said}"
        elif stranded is not None and participle is not None:
            lemma = f"{lemma} {stranded.lower_}"
            participle = f"{participle} {stranded.lower_}"
    else:
        object_token = next((c for c in verb.children if c.dep_ == "dobj"), None)
        receiver = next(
            (
                c
                for c in verb.children
                if c.dep_ == "dative" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN", "PRON")
            ),
            None,
        )
        if receiver is not None and object_token is not None and object_token.i > receiver.i:
            # "give the parents a fair hearing": said "give a fair hearing to the parents", not
            # with the parents dropped (rule double_object)
            # (a pronoun the reader cannot resolve is left out, as before: "give them a hearing";
            # so is "you", the hearers or the writer: "I shall send you recommendations")
            said = noun_phrase(receiver, excluded)
            recipient_text = said if said != "you" else None
        if pair is not None:
            # the parse's two objects, each said where it belongs (rule double_object): "give
            # a greater voice to the people", "keep your schools the safest places", "keep
            # balance and flexibility ... in your armed forces"
            second_words = frozenset(t.i for t in pair.second.subtree)
            first = noun_phrase(
                pair.first, excluded | second_words, definite=pair.kind != "predicate"
            )
            if first is None:
                return None
            if pair.kind == "receiver":
                object_token, recipient_text = pair.second, first
            elif pair.kind == "preposition":
                object_token = pair.second
                preposition_phrase = f"{pair.particle.lower_} {first}"
            else:
                second = noun_phrase(pair.second, excluded, definite=False)
                if second is None:
                    return None
                object_token, predicate_text = pair.first, second
        idiom = _idiom_noun(verb, object_token, cues) if pair is None else None
        if idiom is not None:
            # "take hold", "take part in the talks": the bare noun is part of the verb (rule
            # light_verb_idiom); what follows its preposition, if anything, is the object
            said = " ".join(t.lower_ for t in idiom)
            lemma = f"{lemma} {said}"
            past = f"{past} {said}" if past is not None else None
            participle = f"{participle} {said}" if participle is not None else None
            particles = [*particles, *idiom]
            preposition, object_token = _idiom_preposition(verb, idiom[-1], excluded)
            if preposition is not None:
                lemma = f"{lemma} {preposition.lower_}"
                past = f"{past} {preposition.lower_}" if past is not None else None
                participle = (
                    f"{participle} {preposition.lower_}" if participle is not None else None
                )
                particles.append(preposition)
        if object_token is None and idiom is None and pair is None:
            # "the kind of America I hope to build with your help": the noun the relative
            # clause describes is what its verb acts on, and a preposition after the verb is
            # not the verb's own (rule relative_gap)
            gap = relative_gap(verb, cues)
            if gap is not None:
                object_token, preposition_object = gap, None
                moved = [p for p in particles if p.dep_ == "prep"]
                particles = [p for p in particles if p.dep_ != "prep"]
                # "defend the heritage on all fronts": the preposition's phrase follows the object
                words = [t for p in moved for t in p.subtree]
                if (
                    moved
                    and len(words) <= MAX_PHRASE_TOKENS
                    and not any(_addresses_hearers(t) for t in words)
                    and not any(_is_pronoun(t) and t.tag_ != "PRP$" for t in words)
                ):
                    preposition_phrase = render_second_person(words)
                lemma = " ".join([verb.lemma_.lower(), *(p.lower_ for p in particles)])
                if past is not None:
                    past = " ".join([verb.lower_, *(p.lower_ for p in particles)])
                if participle is not None:
                    participle = " ".join([verb.lower_, *(p.lower_ for p in particles)])
        if object_token is None and idiom is None:
            object_token = preposition_object
    small_clause = None
    if object_token is None and not passive:
        # "make the good programs more effective": a small clause as the object.
        small_clause = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("ccomp", "oprd")
                and c.pos_ == "ADJ"
                and any(g.dep_ == "nsubj" for g in c.children)
            ),
            None,
        )
        if small_clause is not None:
            object_token = next(g for g in small_clause.children if g.dep_ == "nsubj")
    transitive = object_token is not None
    object_text = noun_phrase(object_token, excluded) if object_token is not None else None
    object_end = object_token.right_edge.i if object_token is not None and not passive else None
    if gap is not None:
        object_end = None  # the object stands before the verb; nothing follows it
    if object_token is not None and any(
        t.dep_ in ("acl", "relcl") for t in object_token.subtree if t.i != object_token.i
    ):
        # "adopt legislation continuing price control in effect": the clause inside the object
        # is not said, so what follows it does not follow the object as the question says it
        object_end = None
    complement = _complement(
        verb,
        excluded | {p.i for p in particles},
        verb.i + len(particles),
        object_end,
        cues.state_nouns,
    )
    if predicate_text is not None:
        complement = f"{predicate_text} {complement}".strip()
    # "opened to dogs": the phrase the complement already holds is not said twice
    if recipient_text is not None and not complement.endswith(f"to {recipient_text}"):
        complement = f"{complement} to {recipient_text}".strip()
    if preposition_phrase is not None and not complement.endswith(preposition_phrase):
        complement = f"{complement} {preposition_phrase}".strip()
    if small_clause is not None and object_text is not None:
        words = [t for t in small_clause.subtree if t.i > object_token.right_edge.i]
        words = [t for t in words if t.dep_ not in ("punct", "cc", "conj")]
        # a conjunct inside the small clause is left out, not one the clause itself hangs under
        # ("our leadership and ability to make life better": the clause is under "ability")
        words = [t for t in words if not any(a.dep_ == "conj" for a in _up_to(t, small_clause))]
        complement = render_second_person(words)
        if not complement:
            return None  # "make life" with the state it is made into lost: not said at all
    controller = _controller(verb, head, cues)
    if controller is not None:
        # "I have directed all agencies to step up their efforts": the agencies act, and what
        # they were told to do lies ahead
        actor_text, actor_plural = noun_phrase(controller, excluded), _plural(controller)
        actor_token = controller
        tense = "future"
    else:
        actor_text, actor_plural, actor_token = _actor(verb, who, excluded)
        tense = _tense(verb, head if head.i != verb.i else verb)
        if donor is not None:
            tense = _tense(donor, donor)  # "more jobs created": the tense of "will be started"
    copula = head if verb.i != head.i and head.lemma_ == "be" else _copula_above(verb)
    copula_above = copula is not None
    if copula is not None and _first_person_owner(copula):
        # "Our goal is to create more jobs": the writer is to create them
        actor_text, actor_plural, copula_above = "you", True, False
    return Frame(
        lemma=lemma,
        participle=participle,
        object=object_text,
        object_plural=_plural(object_token),
        complement=complement,
        actor=actor_text,
        actor_plural=actor_plural,
        tense=tense,
        passive=passive and participle is not None,
        transitive=transitive,
        who_rule=who.rule,
        past=past,
        copula_above=copula_above,
        above=_verb_group(head) if verb.i != head.i and controller is None else None,
        object_head=object_token.lemma_.lower() if object_token is not None else None,
        idiom=idiom is not None,
        negated=negation,
        actor_head=actor_token.lemma_.lower() if actor_token is not None else None,
        trailing=_trailing(verb, particles, excluded),
    )


# The rules under which a clause states a standing stance, not a thing to be done by a date
# (``standing_rule``): "By when ...?" does not fit them.
PROHIBITION_RULE = "prohibition"  # "must never return", "will not raise", "there must be no cut"
STRUGGLE_RULE = "struggle_act"  # "we must fight inflation" (cue list struggle_verbs)
STANDING_ADVERB_RULE = "standing_adverb"  # "will always stand by" (cue list standing_adverbs)
STANDING_VERB_RULE = "standing_verb"  # "must remain", "guard against" (cue list standing_verbs)
ONGOING_RULE = "ongoing_act"  # "we continue to maintain our forces": told going on now
CONTINUED_RULE = "continued_act"  # "we must continue to strengthen our ties": promised to go on
STANDARD_RULE = "standard_of_conduct"  # "must be governed by principles" (cue list standard_words)
MANNER_STANDARD_RULE = (
    "manner_standard"  # "all loans should be administered in such a way that ..."
)


def _ongoing(verb: Token, cues: Cues) -> bool:
    """ "we continue to maintain our forces", "the council keeps running the clubs": the act hangs
    from a verb of keeping on (cue list ``standing_verbs``) in the present tense, with no modal:
    a posture told as going on now, with no date to be done by (rule ongoing_act). "We will
    continue to build" is a promise, and keeps its date."""
    above = verb.head
    if verb.dep_ != "xcomp" or above.i == verb.i or above.tag_ not in ("VBP", "VBZ"):
        return False
    if any(c.dep_ == "aux" for c in above.children):
        return False
    return above.lemma_.lower() in cues.standing_verbs


def _continued(verb: Token, cues: Cues) -> bool:
    """ "We must continue to strengthen our security efforts", "we shall continue to help small
    business": a change or a service with no end of its own (cue list ``means_verbs``) hanging
    from a verb of keeping on (``standing_verbs``) under a modal or "will": a promise that work
    going on goes on, with no end to reach by a date (rule continued_act). Its how is still
    open. Not an act that makes or runs a thing (``resource_verbs``: "we must continue to build
    the food bank" has an end, by a date)."""
    above = verb.head
    if verb.dep_ != "xcomp" or above.i == verb.i or above.lemma_.lower() not in cues.standing_verbs:
        return False
    lemma = verb.lemma_.lower()
    if lemma not in cues.means_verbs or lemma in cues.resource_verbs:
        return False
    return has_modal(above)


# Rules of a clause whose act is not the one promised, so that its who, how or when is not asked
# of it (``held_open_rule``): "must be in a position to take action" promises a capacity, "a
# chance to obtain his fair share" and "help communities reduce pollution" an act of others, and
# "we must become better neighbours, working with the councils" an activity that goes along.
CAPACITY_RULE = "capacity"
BENEFICIARY_RULE = "beneficiary"
ACCOMPANYING_RULE = "accompanying_activity"
RESULT_RULE = "result_participle"  # "We clean up the rivers, making the town more attractive"
EXHORTATION_RULE = "exhortation"  # "Let us weave these threads into a community that can ..."


def held_open_rule(head: Token, cues: Cues | None = None) -> str | None:
    """Is the clause headed by ``head`` an act the text does not promise as such? ``capacity``:
    the infinitive of a word of being able (cue list ``capacity_words``: "be in a position to
    take action", no "By when will ... take action?"); ``beneficiary``: the act of those given a
    chance (``opportunity_nouns``: "a chance to obtain his share") or helped (``enabling_verbs``
    with the helped named: "help communities reduce pollution"), not asked who, how or when;
    ``accompanying_activity``: a participle with no object of its own beside the main verb
    ("..., working with the councils"), not asked by when; ``result_participle``: a participle
    after the main verb that says the state it brings about ("..., making the town more
    attractive"), whose means and time are the main clause's, not asked how or by when; ``exhortation``: a clause under "let
    us" ("Let us weave these threads into a community that can stand strong"), an aspiration
    the speaker calls for, not asked by when. None otherwise."""
    cues = cues if cues is not None else default_cues()
    verb = head
    if _exhorted(verb):
        return EXHORTATION_RULE
    modals = [c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"]
    if modals and all(m in cues.capacity_words for m in modals):
        # "Only from strength can we negotiate a balanced agreement": what can be done, not a
        # promise to do it by a date (rule capacity, the modal "can")
        return CAPACITY_RULE
    if verb.pos_ not in ("VERB", "AUX") or verb.head.i == verb.i:
        return None
    above = verb.head
    above_lemma = above.lemma_.lower()
    infinitive = has_own_to(verb)
    if infinitive and verb.dep_ in ("relcl", "acl", "xcomp", "advcl"):
        if above_lemma in cues.capacity_words or above.lower_ in cues.capacity_words:
            return CAPACITY_RULE
        if above.pos_ == "NOUN" and above_lemma in cues.opportunity_nouns:
            return BENEFICIARY_RULE
    if verb.dep_ in ("ccomp", "xcomp") and above_lemma in cues.enabling_verbs:
        helped = any(c.dep_ == "nsubj" for c in verb.children) or any(
            c.dep_ == "dobj" for c in above.children
        )
        if helped:
            return BENEFICIARY_RULE
    bare_participle = (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and not any(c.dep_ in ("aux", "auxpass", "mark", "nsubj") for c in verb.children)
    )
    if not bare_participle:
        return None
    if verb.i > above.i and any(c.dep_ in ("ccomp", "oprd") for c in verb.children):
        # "we are cleaning up our air and water, making our surroundings more attractive": the
        # main clause is how the result comes about, and its time is the result's
        return RESULT_RULE
    if not any(c.dep_ == "dobj" for c in verb.children):
        return ACCOMPANYING_RULE
    return None


def _exhorted(verb: Token) -> bool:
    """Is ``verb`` "let" followed by "us" ("Let us weave", "let's build"), or a verb under one?"""
    doc = verb.doc
    for token in (verb, *verb.ancestors):
        if token.lemma_.lower() != "let" or token.tag_ != "VB" or token.i + 1 >= len(doc):
            continue
        if doc[token.i + 1].lower_ in ("us", "'s", "’s") and not any(
            c.dep_ in ("nsubj", "aux") for c in token.children
        ):
            return True
    return False


def _standard(verb: Token, cues: Cues) -> bool:
    """Does ``verb`` set a standard for acts to come rather than an act (cue list
    ``standard_words``)? A passive participle of being ruled by one ("must be governed by the
    firmest principles", "must be reasonably related to productivity"), or a verb of keeping to
    one with the standard's noun as its object ("should follow the general principle of ...",
    "must have the primary objective of ..."); not a standard set once ("adopt a new standard":
    the verb is not in the list)."""
    if verb.tag_ == "VBN" and (is_passive(verb) or verb.dep_ == "acomp"):
        return verb.lower_ in cues.standard_words
    if verb.lemma_ == "be":  # "must be related to": the participle read as an adjective
        return any(c.dep_ == "acomp" and c.lower_ in cues.standard_words for c in verb.children)
    if verb.lemma_.lower() not in cues.standard_words:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in cues.standard_words for c in verb.children)


def _manner_standard(verb: Token, cues: Cues) -> bool:
    """Does ``verb`` set how a whole class of acts is to be done, rather than promise one act?
    Read from the parse: the verb, or one it is joined to by "and"/"or", takes a manner phrase
    ("in" + a manner noun, ``MANNER_NOUNS``) whose noun has a clause of its own ("in such a way
    that they are brought into accord", "in a manner which keeps costs down"); the group has a
    modal; and the thing acted on (the passive subject or the object) is taken whole by a
    determiner of cue list ``universal_determiners`` ("all loans", "every new school"). Such a
    clause is a standard for acts to come and has no date (rule manner_standard). One act done
    in a manner ("the excess taxes must be refunded in a manner which corrects distortions")
    keeps its date."""
    group = [verb, *verb.conjuncts]
    if not any(has_modal(v) for v in group):
        return False
    framed = any(
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(
            noun.dep_ == "pobj"
            and noun.lemma_.lower() in MANNER_NOUNS
            and any(c.dep_ in ("relcl", "acl", "ccomp", "advcl") for c in noun.children)
            for noun in prep.children
        )
        for v in group
        for prep in v.children
    )
    if not framed:
        return False
    patients = [c for v in group for c in v.children if c.dep_ in ("nsubjpass", "dobj")]
    patients += [conj for p in patients for conj in p.conjuncts]
    return any(
        d.dep_ in ("det", "predet") and d.lower_ in cues.universal_determiners
        for p in patients
        for d in p.children
    )


def standing_rule(head: Token, cues: Cues | None = None) -> str | None:
    """Does the clause headed by ``head`` forbid something, or hold to a stance for good rather
    than promise an act with an end? One of the rule names above, or None. Decided from the
    parse (a negation on the verb, "no" on the thing an existential clause promises) and the cue
    lists ``standing_adverbs`` and ``standing_verbs``: a negation or an adverb on the clause's
    verb or the verb its infinitive hangs from ("we must never try to ..."), a standing verb as
    the act itself ("we will maintain ..."; but "we will continue to build ..." builds); a
    standard set for acts to come ("must be governed by the firmest principles": ``_standard``)."""
    cues = cues if cues is not None else default_cues()
    verbs = [head, *([v] if (v := main_verb(head)) is not None and v.i != head.i else [])]
    for verb in verbs:
        if refused_act(verb, cues):
            return PROHIBITION_RULE
        if is_existential(verb) and any(
            c.dep_ == "attr" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
            for c in verb.children
        ):
            return PROHIBITION_RULE
    for verb in verbs:
        if any(c.dep_ == "advmod" and c.lower_ in cues.standing_adverbs for c in verb.children):
            return STANDING_ADVERB_RULE
    if len(verbs) > 1 and _ongoing(verbs[-1], cues):
        return ONGOING_RULE
    if len(verbs) > 1 and _continued(verbs[-1], cues):
        return CONTINUED_RULE
    if _standard(verbs[-1], cues):
        return STANDARD_RULE
    if _manner_standard(verbs[-1], cues):
        return MANNER_STANDARD_RULE
    if _kept_participle(head, cues):
        return STANDING_VERB_RULE
    for verb in verbs[-1:]:  # the act asked about: "continue pushing to eliminate" ends
        lemma = verb.lemma_.lower()
        following = [c.lower_ for c in verb.children if c.dep_ in ("prep", "prt") and c.i > verb.i]
        if lemma in cues.standing_verbs or any(
            f"{lemma} {word}" in cues.standing_verbs for word in following[:1]
        ):
            return STANDING_VERB_RULE
        if lemma in cues.struggle_verbs and any(c.dep_ == "dobj" for c in verb.children):
            # "we must fight inflation": a struggle against a thing has no date to be done by
            return STRUGGLE_RULE
    return None


def _kept_participle(head: Token, cues: Cues) -> bool:
    """ "would maintain the best equipped, best trained, and best prepared military": a
    participle with no subject or auxiliary of its own that the parse hangs as a clause of a verb
    of keeping on (cue list ``standing_verbs``) describes what is kept; the act is the keeping
    (rule standing_verb), not a "trained" to be done by a date."""
    if head.tag_ != "VBN" or head.dep_ not in ("ccomp", "xcomp", "conj") or head.head.i == head.i:
        return False
    own = ("nsubj", "nsubjpass", "aux", "auxpass", "dobj")
    if any(c.dep_ in own for c in head.children):
        return False
    return head.head.lemma_.lower() in cues.standing_verbs


# The rules under which "By when ...?" cannot be asked of a clause for what the sentence says
# around it (``undatable_rule``), beside the standing stances above.
DATED_CLAUSE_RULE = (
    "dated_clause"  # "... which will be in the Treasury during the next fiscal year"
)
FORBIDDEN_PURPOSE_RULE = "forbidden_purpose"  # "We must not, in order to punish a few, pass ..."
STANCE_VERB_RULE = "stance_verb"  # "our responsibility to lead the world" (cue list stance_verbs)
REPORTED_PROPOSAL_RULE = "reported_proposal"  # "I have seen suggestions that we might postpone it"
WARNING_RULE = "warning"  # "Without new measures, it will someday swamp our farmers"
UNPLANNED_RULES = frozenset({FORBIDDEN_PURPOSE_RULE, REPORTED_PROPOSAL_RULE, WARNING_RULE})
CONDITION_RULE = "conditional_act"  # "If the hostages are harmed, a severe price will be paid"
# the words of a clause that sets when an act is to happen: on a condition, an event, a time
CONDITION_MARKS = frozenset({"if", "when", "whenever", "once", "until", "after"})
# the words that make a clause a warning of what comes if a thing is not done
WARNING_MARKS = frozenset({"unless", "without"})
# prepositions of a stretch of time said as long as it lasts ("for two years"), not when
DURATION_PREPOSITIONS = frozenset({"for"})


def _told_past(verb: Token) -> bool:
    """Is ``verb`` told in the past ("proved", "have suggested")?"""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" or c.lower_ == "to" for c in auxiliaries):
        return False
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxiliaries):
        return True
    return verb.tag_ == "VBN" and any(c.lemma_ == "have" for c in auxiliaries)


def _names_time(token: Token, cues: Cues) -> bool:
    """Does a phrase headed by ``token`` name a time ("the next fiscal year", "this year", "the
    eighties", "January 1")? A date entity or a noun of a unit of time (cue list ``time_nouns``),
    not one placed in the past ("after the last war": cue list ``past_periods``) nor a vague one
    ("in the coming years": ``vague_time_words``)."""
    if token.ent_type_ not in ("DATE", "TIME") and token.lemma_.lower() not in cues.time_nouns:
        return False
    if token.lower_ == "terms" and any(c.lower_ == "of" for c in token.children):
        return False  # "in terms of our competitiveness": a respect, not a school term
    # "in the coming years" leaves the time open (cue list vague_time_words)
    # (the phrase's own words: not "so many of our families" of a clause inside it)
    unsaid = (*cues.past_periods, *cues.vague_time_words)
    return not any(t.lower_ in unsaid for t in (token, *token.children))


def _time_adjunct(verb: Token, cues: Cues) -> Token | None:
    """The time phrase a verb not told in the past has as its own adjunct ("will be in the
    Treasury *during the next fiscal year*", "take *this year* bold steps"), or None. A time
    phrase on a noun ("the promise of a better day") is none."""
    if verb.pos_ not in ("VERB", "AUX") or _told_past(verb):
        return None
    for child in verb.children:
        if child.dep_ in ("npadvmod", "tmod") and _names_time(child, cues):
            return child
        if child.dep_ == "dobj" and is_passive(verb) and _names_time(child, cues):
            return child  # "will be offered this term": a passive verb's time misread as object
        if child.dep_ != "prep" or child.lower_ not in cues.deadline_prepositions:
            continue
        if child.lower_ in DURATION_PREPOSITIONS:
            continue
        for phrase in child.children:
            if phrase.dep_ == "pobj" and _names_time(phrase, cues):
                return phrase
    return None


def _verbs_above(head: Token, cues: Cues) -> list[Token]:
    """The verbs ``head``'s clause hangs from, nearest first (its governing clauses), up to a verb
    of saying, proposing or asking: "Tonight I propose that we build ..." dates the proposing,
    not the building (cue lists ``proposal_verbs``, ``speech_verbs``, ``object_control_verbs``)."""
    said = (*cues.proposal_verbs, *cues.speech_verbs, *cues.object_control_verbs)
    verbs = []
    for token in head.ancestors:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        if token.lemma_.lower() in said:
            break
        verbs.append(token)
    return verbs


def _forbidden_purpose(head: Token) -> bool:
    """ "We must not, in order to punish a few labor leaders, pass vindictive laws": the act is the
    purpose of a thing the speaker forbids ("in order to", "so as to", an infinitive of purpose
    on a negated verb); it is no plan of his, to be asked how or by when."""
    if not has_own_to(head) or head.dep_ not in ("acl", "advcl", "xcomp"):
        return False
    above = head.head
    if above.lower_ == "order" and above.dep_ == "pobj":
        above = above.head.head  # "in order to": order <- in <- the governing verb
    elif head.dep_ == "xcomp":
        return False  # "we must not hesitate to act": the act itself is promised
    if above.pos_ not in ("VERB", "AUX"):
        return False
    return _negated_here(above)


def _reported_proposal(head: Token, cues: Cues) -> bool:
    """ "I have seen suggestions that we might postpone that timetable": the act is the content
    of others' proposal (cue list ``proposal_nouns``), not the speaker's plan. The speaker's own
    ("our proposal that ...", "I make the suggestion that ...") is his."""
    noun = head.head
    if head.dep_ not in ("acl", "ccomp", "appos") or noun.pos_ != "NOUN":
        return False
    if noun.lemma_.lower() not in cues.proposal_nouns:
        return False
    if any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in noun.children):
        return False
    verb = noun.head
    # "I make the suggestion that ...": the speaker proposes it
    proposing = (*cues.proposal_verbs, "make")
    return not (verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in proposing)


def _thing_subject(subject: Token, cues: Cues) -> bool:
    """Is ``subject`` a thing, not one who acts ("it", "our efforts"; not "we", "the council",
    "the Congress": cue list ``actor_nouns``, a name of a person, a body or a place)?"""
    if subject.lower_ in FIRST_PERSON or subject.lower_ in ("you", "he", "she", "they"):
        return False
    if subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subject.pos_ == "PROPN":
        return False
    return subject.lemma_.lower() not in cues.actor_nouns


def _warning(head: Token, cues: Cues) -> bool:
    """ "Without new, realistic measures, it will someday swamp our farmers", "all of our efforts
    will fail unless we also take bold steps": what will happen if a thing is not done, foretold
    with "will" under "without" or "unless" (``WARNING_MARKS``); a warning, no plan, with no
    date or means to ask of it: the subject is a thing, not one who acts ("The council will cut
    taxes unless the Congress objects" is the council's plan)."""
    verb = main_verb(head) or head
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children):
        return False
    subject = subject_of(verb)
    if subject is None or not _thing_subject(subject, cues):
        return False  # "The council will cut taxes unless the Congress objects": its plan
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in WARNING_MARKS:
            return True
        if child.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in WARNING_MARKS for c in child.children
        ):
            return True
    return False


def _conditioned(head: Token, cues: Cues) -> bool:
    """Is the act of the clause headed by ``head`` set to happen on a condition or an event a
    clause of its own names ("*If* the hostages are harmed, a severe price will be paid", "*Once*
    the survey closes, the results will be published", "*Until* the measures are worked out, we
    will not weaken ...")? Then its time is the condition's, and "By when ...?" asks nothing the
    sentence left open. The clause hangs from the act's verb, its verb group, or a verb the
    clause hangs from (not across a verb of saying: ``_verbs_above``); "if ... is to" states a
    purpose ("if our economy is to remain healthy, wages must ..."), not a time, "even if" a
    concession, and an "if" that tells a state ("if the Government wants an agreement, there
    will be one": ``_stative``) leaves the time open (rule conditional_act)."""
    verbs = [head, *([v] if (v := main_verb(head)) is not None else []), *_verbs_above(head, cues)]
    for verb in verbs:
        for child in verb.children:
            if child.dep_ != "advcl" or child.i == head.i:
                continue
            marks = [c for c in child.children if c.dep_ == "mark"]
            if not marks or marks[0].lower_ not in CONDITION_MARKS:
                continue
            if any(c.lower_ == "even" and c.i < marks[0].i for c in child.children):
                continue  # "even if the vote fails, the school will be rebuilt": whatever comes
            purpose = child.lemma_ == "be" and any(
                c.dep_ == "xcomp" and has_own_to(c) for c in child.children
            )
            if purpose:
                continue
            if marks[0].lower_ == "if" and _stative(child, cues):
                continue  # "if the Government wants an agreement": a state, not a time
            return True
    return False


def _stative(verb: Token, cues: Cues) -> bool:
    """Does ``verb`` tell a state rather than an event ("wants", "is a success", "allows", "have
    stronger families"; cue lists ``mind_verbs``, ``state_verbs``, ``permission_verbs`` and the
    copulas), so that a condition it tells sets no time?"""
    lemma = verb.lemma_.lower()
    if is_passive(verb):
        return False  # "if the hostages are harmed": an event
    stative = (*cues.mind_verbs, *cues.state_verbs, *cues.permission_verbs)
    return lemma in COPULAS or lemma in stative


def _own_clause(head: Token) -> list[Token]:
    """The verbs of the clause headed by ``head`` and the clauses inside it, without clauses
    coordinated with it ("strengthen the programme ... and maintain its momentum by following
    through in the early years": the date of the last act is its own)."""
    verbs, stack = [], [head]
    while stack:
        token = stack.pop()
        if token.pos_ in ("VERB", "AUX"):
            verbs.append(token)
        stack.extend(c for c in token.children if c.dep_ not in ("conj", "cc"))
    return verbs


def _stance(verb: Token, cues: Cues) -> bool:
    """Is ``verb`` a stance held or a search (cue lists ``stance_verbs``: "lead the world",
    ``striving_verbs``: "seek settlements", "work for better opportunities")? Not when it carries
    out an undertaking ("lead a major effort": cue lists ``effort_nouns``,
    ``undertaking_nouns``), which has an end."""
    lemma = verb.lemma_.lower()
    following = [c.lower_ for c in verb.children if c.dep_ in ("prep", "prt") and c.i > verb.i]
    searching = lemma in cues.striving_verbs or any(
        f"{lemma} {word}" in cues.striving_verbs for word in following[:1]
    )
    if lemma not in cues.stance_verbs and not searching:
        return False
    undertakings = (*cues.effort_nouns, *cues.undertaking_nouns)
    return not any(c.dep_ == "dobj" and c.lemma_.lower() in undertakings for c in verb.children)


def undatable_rule(head: Token, cues: Cues | None = None) -> str | None:
    """Can "By when ...?" not be asked of the act of the clause headed by ``head``, for what the
    sentence says about it? ``dated_clause``: the clause, a clause inside it or a clause it hangs
    from names its time ("a balance which will be in the Treasury during the next fiscal year",
    "this year 25,000 young people will earn college money ... to improve the lives of their
    neighbours"); ``forbidden_purpose``: the act is the purpose of a thing forbidden ("We must
    not, in order to punish a few labor leaders, pass ..."), no plan; ``reported_proposal``: the
    act is what others propose ("suggestions that we might postpone that timetable");
    ``warning``: what will happen if a thing is not done ("Without new measures, it will someday
    swamp our farmers"); ``conditional_act``: the act is to happen on a condition or an event a
    clause names ("If the hostages are harmed, a severe price will be paid": ``_conditioned``);
    ``stance_verb``: the act is a stance or a role held, or a search, with
    no end to reach (cue list ``stance_verbs``: "lead the world", "seek settlements"). None
    otherwise."""
    cues = cues if cues is not None else default_cues()
    if _forbidden_purpose(head):
        return FORBIDDEN_PURPOSE_RULE
    if _reported_proposal(head, cues):
        return REPORTED_PROPOSAL_RULE
    if _warning(head, cues):
        return WARNING_RULE
    if _stance(main_verb(head) or head, cues):
        return STANCE_VERB_RULE
    verbs = (*_own_clause(head), *_verbs_above(head, cues))
    if any(_time_adjunct(v, cues) is not None for v in verbs):
        return DATED_CLAUSE_RULE
    if _conditioned(head, cues):
        return CONDITION_RULE
    return None


def _idiom_noun(verb: Token, noun: Token | None, cues: Cues) -> list[Token] | None:
    """ "take hold", "take effective action": the bare noun (with the words before it that
    describe it) a light verb makes one act with (cue list ``light_verb_idioms``), or None when
    the object is a thing acted on ("take the hold of a ship", "take a part")."""
    if noun is None or noun.pos_ != "NOUN" or noun.i < verb.i:
        return None
    if f"{verb.lemma_.lower()} {noun.lemma_.lower()}" not in cues.light_verb_idioms:
        return None
    lefts = list(noun.lefts)
    if any(c.dep_ not in ("amod", "advmod", "compound") or not c.is_alpha for c in lefts):
        return None  # "take the lead", "take a part", "take our place": an article of its own
    return [*lefts, noun]


def _idiom_preposition(
    verb: Token, noun: Token, excluded: frozenset[int]
) -> tuple[Token | None, Token | None]:
    """The preposition right after an idiom's noun and its object: "take part in the talks" ->
    (in, talks), hung on the verb or the noun; (None, None) when none follows."""
    following = noun.i + 1
    if following >= len(verb.doc):
        return None, None
    preposition = verb.doc[following]
    if preposition.dep_ != "prep" or preposition.head.i not in (verb.i, noun.i):
        return None, None
    if preposition.lower_ not in (*VERB_PREPOSITIONS, "of"):
        return None, None
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    small = preposition.right_edge.i - preposition.i <= 2 * MAX_PHRASE_TOKENS
    if not objects or not small or any(t.i in excluded for t in preposition.subtree):
        return None, None
    return preposition, objects[0]


TRAILING_DEPS = frozenset({"prep", "advmod", "npadvmod", "acomp", "oprd", "ccomp", "xcomp"})
# Prepositions that complete a verb even after its adverb: "add greatly to our wealth".
COMPLEMENT_AFTER_ADVERB = frozenset({"to", "with", "on", "upon", "into", "from", "against"})


def _trailing(verb: Token, said: list[Token], excluded: frozenset[int] = frozenset()) -> bool:
    """Does a word of the verb's own follow it that the frame does not say (``said``: its
    particles and idiom words)? "go next to the home", "stand still", "know that ...". A vague
    time or process phrase (in ``excluded``: "begin in due course") is asked about elsewhere."""
    last = max([verb.i, *(t.i for t in said)])
    if last + 1 >= len(verb.doc):
        return False
    if any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children):
        return True  # "the world has to wonder what ...": the clause after the verb is lost
    following = verb.doc[last + 1]
    while following.dep_ == "advmod" and following.lower_.endswith("ly"):
        if following.i in excluded:
            return False  # "apply shortly to every school": the timing word is asked about
        # "go forward quickly": a manner adverb can be left out; but not what comes after it
        # ("add immensely to our wealth": not "the conservation adds")
        if following.i + 1 >= len(verb.doc):
            return False
        following = verb.doc[following.i + 1]
        if following.dep_ != "prep" or following.lower_ not in COMPLEMENT_AFTER_ADVERB:
            return False  # "increase sharply in 1947": a time or place can be left out too
    if following.i in excluded:
        return False
    while following.head.i > following.i and following.head.i != verb.i:
        # "go much further", "stay well ahead of them": a word that leads a phrase of the
        # verb's own; the phrase is what follows the verb, and it is lost all the same
        following = following.head
    return following.head.i == verb.i and following.dep_ in TRAILING_DEPS


def _aims_at_thing(verb: Token, words: list[Token], cues: Cues) -> bool:
    """ "strive for", "work towards", "look into": a verb of trying or weighing whose thing
    follows its preposition (``striving_verbs``, ``deliberation_verbs``)."""
    said = " ".join([verb.lemma_.lower(), *(w.lower_ for w in words)])
    return said in cues.striving_verbs or said in cues.deliberation_verbs


# The links by which an act hangs from the "be" of "the answer is not to build ..., but to
# remain competitive by improving ...": its infinitive, one joined to it, the preposition after
# it, the gerund the preposition takes.
COPULA_CHAIN_DEPS = frozenset({"xcomp", "prep", "pcomp", "conj"})
# "The general objective is to find the way to settle the dispute": an infinitive on a noun the
# aimed act names is still under the copula (rule copula_above)
NOUN_CHAIN_DEPS = frozenset({"dobj", "pobj", "acl", "relcl"})


def _copula_above(verb: Token) -> Token | None:
    """ "The answer to the competition is to remain competitive by improving our technology":
    the "be" an act hangs from through an infinitive (and "by" + gerund below it), whose subject
    names the aim, not who acts (rule copula_above, as "Our problem is to achieve"); None when
    the act hangs from no "be"."""
    token = verb
    infinitive = False
    for _ in range(7):
        if token.head.i == token.i:
            return None
        if token.dep_ in ("acl", "relcl") and not has_own_to(token):
            return None  # "a school that will serve the town": the clause's own subject acts
        if token.dep_ not in COPULA_CHAIN_DEPS and token.dep_ not in NOUN_CHAIN_DEPS:
            return None
        if token.dep_ == "xcomp":
            infinitive = infinitive or has_own_to(token)
        token = token.head
        if token.lemma_ == "be" and token.pos_ in ("AUX", "VERB"):
            return token if infinitive else None
    return None


def _first_person_owner(head: Token) -> bool:
    """ "Our goal is ...", "My purpose is ...": the subject of ``head`` belongs to the writer."""
    subject = subject_of(head)
    if subject is None:
        return False
    return any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subject.children)


def _controller(verb: Token, head: Token, cues: Cues) -> Token | None:
    """The object of the verb above that is to do what ``verb`` says ("directed all agencies to
    step up"), or None when the subject above does it ("we aim to step up")."""
    if verb.i == head.i or verb.dep_ != "xcomp":
        return None
    above = verb.head
    if above.lemma_.lower() not in cues.object_control_verbs:
        return None
    return next((c for c in above.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _verb_group(head: Token) -> str | None:
    """The words of the verb above an infinitive, as a statement can say them: "have sought to"
    in "we have sought to help"; None when they are not a plain verb group."""
    if head.pos_ != "VERB" or head.lemma_ in COPULAS:
        return None
    words = [c for c in head.children if c.dep_ in ("aux", "neg") and c.i < head.i]
    if any(_is_pronoun(c) or c.i < head.i - 3 for c in words):
        return None
    return " ".join([*(c.lower_ for c in words), head.lower_, "to"])


def _plural(token: Token | None) -> bool:
    if token is None:
        return False
    if token.lower_ in FIRST_PERSON or token.lower_ == "you":
        return True
    if token.lower_ in MEASURE_NOUNS:
        # "a lot of people", "a number of schools": the counted noun decides
        counted = [c for p in token.children if p.lower_ == "of" for c in p.children]
        if counted:
            return _plural(counted[0])
    if token.lower_ in ("people", "police"):
        return True  # plural nouns the tagger may read as singular
    return token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token.children)


def _actor(
    verb: Token, who: Slot, excluded: frozenset[int]
) -> tuple[str | None, bool, Token | None]:
    """Who acts, as it would read mid-question: the named actor, else the subject; whether it is
    plural, and its head word."""
    doc = verb.doc
    token = None
    subject = subject_of(verb)
    if subject is not None and _is_pronoun(subject) and _is_relative_pronoun(subject):
        # "a welfare system that corrodes the community": the system acts, whatever the slots
        # borrowed from the clause above
        antecedent = _antecedent(subject)
        return noun_phrase(subject, excluded), _plural(antecedent), antecedent
    if who.present and who.start is not None and who.end is not None:
        span = doc.char_span(who.start, who.end, alignment_mode="expand")
        if span is not None:
            token = span.root
    if token is None:
        token = subject_of(verb)
        if token is not None and _acted_on_above(token, verb):
            # "attention should be given to the proposal to develop a system to provide a voice":
            # what is given attention does not provide the voice (rule passive_subject_above)
            return None, False, None
    if token is None or token.dep_ == "expl" or token.lower_ in ("it", "there"):
        return None, False, None
    return noun_phrase(token, excluded), _plural(token), token


def _acted_on_above(subject: Token, verb: Token) -> bool:
    """Is ``subject`` borrowed, through an infinitive on a noun ("a system to provide ..."), from
    a passive verb above ``verb``, whose subject is acted on, not an actor? Not for an infinitive
    of the passive verb itself ("the program is designed to build"), nor a verb that only
    reports or forecasts ("is expected to")."""
    if subject.head.i == verb.i or subject.dep_ != "nsubjpass":
        return False
    token, through_noun = verb, False
    for _ in range(8):
        if token.i == subject.head.i or token.head.i == token.i:
            break
        if token.dep_ in ("acl", "relcl") and token.head.pos_ in ("NOUN", "PROPN"):
            through_noun = True
        token = token.head
    if not through_noun or token.i != subject.head.i:
        return False
    cues = default_cues()
    lemma = subject.head.lemma_.lower()
    return lemma not in cues.likelihood_words and lemma not in cues.reporting_verbs
