"""Who, how and when for any clause head: small named rules over the dependency parse.

``slots_for(verb)`` is the one implementation: the analyzer calls it for the clause of every
finding, and ``benchmarks/qasrl.py`` calls it for every annotated verb. Each verdict is a
:class:`~vaguewords.model.Slot` carrying the evidence span and the name of the rule that decided,
so a wrong verdict leads to one small function here.

Evidence that overlaps a vague term ("through appropriate measures", "in the coming months") does
not count: the vague term is what needs resolving.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.tokens import Doc, Span, Token

from vaguewords.clauses import (
    attached_clauses,
    clause_tokens,
    is_clause_head,
    nearest_clause_head_above,
)
from vaguewords.model import Slot

VAGUE_SPANS_KEY = "vague"

# --- who -------------------------------------------------------------------------------------
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
PASSIVE_MARKER_DEPS = frozenset({"auxpass", "nsubjpass", "csubjpass"})
NON_FINITE_TAGS = frozenset({"VB", "VBG", "VBN"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
NOUN_POS = frozenset({"NOUN", "PROPN", "PRON"})
FINITE_AUX_TAGS = frozenset({"MD", "VBZ", "VBP", "VBD"})
# The subject of these verbs receives; whoever provides is still unnamed.
RECIPIENT_VERBS = frozenset(
    {"receive", "get", "obtain", "gain", "have", "expect", "enjoy", "benefit", "undergo", "face"}
)
# Verbs under these relations take their subject from the verb they hang from.
SUBJECT_SHARING_DEPS = frozenset({"xcomp", "conj", "advcl"})
EMPTY_SUBJECTS = frozenset({"it", "there", "this", "that", "these", "those", "what", "which"})
PERSONAL_PRONOUNS = frozenset(
    {"i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them"}
)
INDEFINITE_PRONOUNS = frozenset(
    {
        "someone",
        "somebody",
        "anyone",
        "anybody",
        "everyone",
        "everybody",
        "nobody",
        "one",
        "all",
        "some",
        "many",
        "others",
        "few",
        "none",
        "each",
        "both",
        "either",
        "neither",
    }
)
INDEFINITE_DETERMINERS = frozenset(
    {
        "a",
        "an",
        "some",
        "any",
        "certain",
        "various",
        "other",
        "another",
        "no",
        "many",
        "few",
        "several",
        "numerous",
        "multiple",
        "countless",
    }
)
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
NAMED_ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
# Names of things that cannot act: "the Olympics", "the Danube", "Hamlet", "the Act".
NAMED_THING_ENTITIES = frozenset(
    {"EVENT", "LOC", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE", "DATE", "TIME"}
)
ACTOR_PHRASE_RIGHT_DEPS = frozenset({"compound", "flat", "nmod", "appos", "cc", "conj"})
POSSESSIVE_ACTOR_PRONOUNS = frozenset({"our", "my", "his", "her", "their", "your"})

# --- how -------------------------------------------------------------------------------------
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
FUNDING_NOUNS = frozenset(
    {
        "budget",
        "fund",
        "grant",
        "levy",
        "tax",
        "revenue",
        "loan",
        "reserve",
        "reserves",
        "donation",
        "endowment",
        "subsidy",
        "allocation",
        "income",
        "savings",
        "contribution",
        "sponsorship",
        "lottery",
        "bond",
        "fee",
        "fees",
        "funding",
        "charge",
    }
)
FUNDING_PREPOSITIONS = frozenset({"from", "out"})
FUNDING_VERBS = frozenset({"fund", "finance", "pay", "sponsor", "bankroll", "underwrite"})
LEGAL_PREPOSITIONS = frozenset({"under", "pursuant"})
LEGAL_NOUNS = frozenset(
    {
        "act",
        "law",
        "regulation",
        "treaty",
        "agreement",
        "contract",
        "statute",
        "article",
        "section",
        "clause",
        "rule",
        "code",
        "charter",
        "convention",
        "resolution",
        "directive",
        "order",
        "decree",
        "protocol",
        "policy",
        "bill",
        "mandate",
        "licence",
        "license",
    }
)
ENFORCEMENT_NOUNS = frozenset(
    {
        "sanction",
        "penalty",
        "fine",
        "inspection",
        "audit",
        "tribunal",
        "arbitration",
        "veto",
        "referendum",
        "ballot",
        "vote",
        "escrow",
        "deposit",
        "warrant",
        "injunction",
        "detention",
        "exclusion",
        "suspension",
        "checkpoint",
        "verification",
    }
)
AMOUNT_ENTITIES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})

# --- when ------------------------------------------------------------------------------------
DATE_ENTITIES = frozenset({"DATE", "TIME"})
VAGUE_TIME_WORDS = frozenset(
    {
        "few",
        "several",
        "coming",
        "recent",
        "future",
        "past",
        "some",
        "many",
        "ahead",
        "later",
        "soon",
        "eventually",
        "upcoming",
        "various",
        "certain",
        "once",
    }
)
DEADLINE_PREPOSITIONS = frozenset(
    {
        "by",
        "before",
        "until",
        "till",
        "within",
        "from",
        "after",
        "since",
        "during",
        "starting",
        "throughout",
        "following",
        "ahead",
        "over",
        "for",
        "in",
        "at",
        "on",
    }
)
EVENT_PREPOSITIONS = frozenset(
    {"after", "before", "until", "till", "since", "following", "during", "upon", "throughout"}
)
EVENT_POSITION_PREPOSITIONS = frozenset({"in", "on", "at", "during"})
# Events and stretches of an event that date what happens in them.
EVENT_NOUNS = frozenset(
    {"game", "match", "half", "set", "lap", "restart", "round", "inning", "innings", "race",
     "final", "semi-final", "semifinal", "tournament", "election", "referendum", "vote",
     "ceremony", "summit", "conference", "meeting", "hearing", "trial", "debate", "interview",
     "visit", "trip", "tour", "journey", "flight", "voyage", "campaign", "attack", "bombing",
     "raid", "invasion", "battle", "siege", "riot", "protest", "strike", "storm", "earthquake",
     "flood", "outbreak", "pandemic", "epidemic", "crisis", "recession", "reign", "tenure",
     "presidency", "premiership", "childhood", "adolescence", "retirement", "funeral",
     "wedding", "festival", "exhibition", "launch", "budget", "advisory", "broadcast", "show"}
)  # fmt: skip
# Words that place an event in a sequence or a stretch of time without giving a date: the
# analyzer does not accept them as "when" (nobody can be held to "first" or "at the same time").
RELATIVE_TIME_ADVERBS = frozenset(
    {"once", "first", "firstly", "sometimes", "occasionally", "henceforth", "newly", "then",
     "already", "often", "usually", "meanwhile", "subsequently", "thereafter", "initially",
     "originally", "finally", "eventually", "ago", "still", "again", "always", "ever", "yet",
     "forever", "indefinitely", "rarely", "seldom", "frequently", "regularly", "ordinarily",
     "repeatedly", "constantly", "continually", "briefly", "temporarily", "permanently", "lately",
     "hitherto", "traditionally", "historically"}
)  # fmt: skip
RELATIVE_TIME_NOUNS = frozenset(
    {"course", "beginning", "end", "start", "close", "closing", "time", "period", "history",
     "life", "lifetime", "era", "age", "war", "moment", "stage", "phase", "meantime", "outset",
     "past", "future", "height", "dawn", "wake", "aftermath", "run-up", "hour"}
)  # fmt: skip
TIME_NOUNS = frozenset(
    {
        "second",
        "minute",
        "hour",
        "day",
        "night",
        "week",
        "fortnight",
        "month",
        "year",
        "decade",
        "century",
        "term",
        "semester",
        "quarter",
        "weekend",
        "summer",
        "winter",
        "spring",
        "autumn",
        "fall",
        "deadline",
        "holiday",
        "holidays",
        "half-term",
        "morning",
        "afternoon",
        "evening",
        "midnight",
        "noon",
        "lesson",
        "period",
        "session",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    }
)
TIME_POINT_NOUNS = frozenset({"end", "start", "beginning", "close", "middle", "start-up"})
FREQUENCY_WORDS = frozenset(
    {
        "daily",
        "weekly",
        "monthly",
        "annually",
        "yearly",
        "fortnightly",
        "hourly",
        "nightly",
        "quarterly",
        "biannually",
        "twice",
        "thrice",
    }
)
FREQUENCY_DETERMINERS = frozenset({"every", "each"})
TIME_ADVERBS = frozenset(
    {
        "today", "tomorrow", "tonight", "yesterday", "now", "immediately", "afterward",
        "afterwards", "recently", "currently", "previously", "formerly", "presently", "earlier",
        "nowadays", "overnight",
    }
)  # fmt: skip
TEMPORAL_MARKERS = frozenset(
    {"after", "before", "once", "until", "till", "when", "whenever", "while", "since", "as"}
)

# Absent-who verdicts that still found a doer, only not an accountable one ("relevant parties",
# "someone"). The analyzer asks for a name; a reader asking "who did it?" has an answer.
DOER_FOUND_RULES = frozenset({"vague_actor", "indefinite_actor", "recipient_subject"})
# Likewise for when and how: the clause says when or how, only not specifically.
TIME_FOUND_RULES = frozenset({"vague_timing_only", "relative_time_only"})
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
    """What every rule may look at: the clause head, its words, and the vague spans."""

    head: Token
    tokens: tuple[Token, ...]
    vague: tuple[Span, ...]
    actor_nouns: frozenset[str]

    def for_clause(self, head: Token, tokens: Iterable[Token] | None = None) -> ClauseContext:
        """The same document's context for another clause (by default all of ``head``'s words)."""
        return ClauseContext(
            head=head,
            tokens=tuple(clause_tokens(head) if tokens is None else tokens),
            vague=self.vague,
            actor_nouns=self.actor_nouns,
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


@lru_cache(maxsize=1)
def default_actor_nouns() -> frozenset[str]:
    from vaguewords.lexicon import load_lexicon

    return load_lexicon().actor_nouns


def slots_for(
    verb: Token,
    actor_nouns: frozenset[str] | None = None,
    vague: tuple[Span, ...] | None = None,
) -> Slots:
    """Who, how and when for the clause headed by ``verb`` (any token; normally a verb). An
    auxiliary stands for its verb: the emphatic "did" of "they did release the records".
    ``vague`` is ``vague_spans(doc)``, passed in by callers that ask about many verbs of a Doc."""
    if verb.dep_ in ("aux", "auxpass") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    if vague is None:
        vague = vague_spans(verb.doc)
    context = ClauseContext(
        head=verb,
        tokens=tuple(clause_tokens(verb)),
        vague=vague,
        actor_nouns=default_actor_nouns() if actor_nouns is None else actor_nouns,
    )
    when = find_when(context)
    if not when.present and when.rule == "no_time":
        when = (
            _time_before_when(verb, context)
            or _shared_time(verb, context)
            or _scene_time(verb, context)
            or when
        )
    return Slots(who=find_who(context), how=find_how(context), when=when)


def vague_spans(doc: Doc) -> tuple[Span, ...]:
    """The vague terms the component found (each access to a SpanGroup builds new Spans)."""
    return tuple(doc.spans[VAGUE_SPANS_KEY]) if VAGUE_SPANS_KEY in doc.spans else ()


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
            or not _is_specific_time_expression(entity)
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


def _present(name: str, span: Span, rule: str, reason: str) -> Slot:
    return Slot(name, True, span.text, span.start_char, span.end_char, rule, reason)


def _absent(name: str, rule: str, reason: str) -> Slot:
    return Slot(name, False, None, None, None, rule, reason)


def _subtree_span(token: Token) -> Span:
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


# ============================================================================ who


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


def _is_to_infinitive(token: Token) -> bool:
    """ "to celebrate", "to repair": a bare verb with its "to"."""
    return token.tag_ == "VB" and any(
        child.dep_ == "aux" and child.lower_ == "to" for child in token.children
    )


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


def is_recipient_verb(head: Token) -> bool:
    return head.lemma_.lower() in RECIPIENT_VERBS


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


# Heads that count or share out a group: "a number of actors", "most of the governors". A count
# ("thousands of teachers") finds a doer but not which ones; a share of a definite group ("most of
# the governors") is that group acting.
GROUP_COUNT_HEADS = frozenset(
    {"number", "group", "handful", "dozen", "dozens", "hundred", "hundreds", "thousand",
     "thousands", "million", "millions", "lot", "lots", "some", "many", "several", "few", "one",
     "any", "either", "neither"}
)  # fmt: skip
GROUP_SHARE_HEADS = frozenset(
    {"majority", "minority", "most", "all", "half", "rest", "each", "both", "none"}
)  # fmt: skip


GROUP_HEADS = GROUP_COUNT_HEADS | GROUP_SHARE_HEADS


def _preps(token: Token, words: Iterable[str]) -> Iterator[Token]:
    """The prepositions among ``token``'s dependents that are one of ``words``."""
    return (child for child in token.children if child.dep_ == "prep" and child.lower_ in words)


def _objects_of(preposition: Token) -> list[Token]:
    return [child for child in preposition.children if child.dep_ == "pobj"]


def _counted_group(token: Token) -> Token | None:
    """ "a number of Austrian actors" -> "actors"."""
    if token.lemma_.lower() not in GROUP_HEADS:
        return None
    for preposition in _preps(token, ("of",)):
        objects = _objects_of(preposition)
        if objects:
            return objects[0]
    return None


def judge_actor(token: Token, context: ClauseContext, role: str) -> Slot:
    """Is the subject or agent ``token`` an accountable actor?"""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        token = token.head.head  # "the council, which will...": the antecedent acts
    counted = _counted_group(token)
    if counted is not None:
        counts_actors = _is_actor_noun(counted, context.actor_nouns)
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
            if token.lemma_.lower() in GROUP_COUNT_HEADS:
                return _absent("who", "indefinite_actor", f"{quoted} does not say which ones")
            return _present("who", phrase, verdict.rule, f"{quoted} is named as the {role}")
    phrase = actor_phrase(token)
    quoted = f"\u201c{phrase.text}\u201d"
    if token.dep_ == "expl" or token.lower_ in EMPTY_SUBJECTS:
        return _absent("who", "empty_subject", f"the {role} {quoted} names nobody")
    vague = context.overlaps_vague(phrase, [VAGUE_ACTOR_CATEGORY])
    if vague is not None:
        return _absent("who", "vague_actor", f"the {role} {quoted} does not say who exactly")
    if token.lower_ in INDEFINITE_PRONOUNS:
        return _absent("who", "indefinite_actor", f"the {role} {quoted} names nobody in particular")
    if token.ent_type_ in NAMED_ACTOR_ENTITIES or (
        token.pos_ == "PROPN" and token.ent_type_ not in NAMED_THING_ENTITIES
    ):
        return _present("who", phrase, "named_actor", f"{quoted} is named as the {role}")
    if token.lower_ in PERSONAL_PRONOUNS:
        return _present(
            "who", phrase, "personal_pronoun", f"{quoted} acts (check that it is clear who)"
        )
    determiners = [
        child.lower_ for child in token.children if child.dep_ in ("det", "predet", "amod")
    ]
    if _is_actor_noun(token, context.actor_nouns):
        if any(det in INDEFINITE_DETERMINERS for det in determiners):
            return _absent("who", "indefinite_actor", f"{quoted} does not say which one")
        return _present("who", phrase, "actor_noun", f"{quoted} is named as the {role}")
    for child in token.children:
        if child.dep_ == "poss" and (
            child.lower_ in POSSESSIVE_ACTOR_PRONOUNS
            or child.ent_type_ in NAMED_ACTOR_ENTITIES
            or child.pos_ == "PROPN"
            or _is_actor_noun(child, context.actor_nouns)
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


# Endings that make a noun a person ("churchgoers", "policymakers", "sportsmen", "economists",
# "historians") and the common words that end the same way without being one.
PERSON_SUFFIXES = (
    "goer", "maker", "holder", "keeper", "seeker", "giver", "taker", "dweller", "lover",
    "watcher", "man", "person", "ist", "ian", "aire",
)  # fmt: skip
NOT_PERSON_WORDS = frozenset(
    {"list", "checklist", "playlist", "wishlist", "shortlist", "blacklist", "whitelist", "wrist",
     "twist", "mist", "fist", "gist", "schist", "exist", "assist", "resist", "insist", "persist",
     "consist", "desist", "subsist", "enlist", "median", "meridian", "talisman", "caiman",
     "cayman", "ottoman", "placeholder", "candleholder", "questionnaire", "doctrinaire",
     "solitaire"}
)  # fmt: skip


def _is_actor_noun(token: Token, actor_nouns: frozenset[str]) -> bool:
    lemma = token.lemma_.lower()
    if lemma in actor_nouns or token.lower_ in actor_nouns:
        return True
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
        and lemma.endswith(PERSON_SUFFIXES)
        and lemma not in NOT_PERSON_WORDS
    ):
        return True
    compounds = [child.lower_ for child in token.lefts if child.dep_ == "compound"]
    return bool(compounds) and f"{compounds[-1]} {token.lower_}" in actor_nouns


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
    if verdict.present and not raised and is_recipient_verb(subject.head):
        return _absent(
            "who",
            "recipient_subject",
            f"\u201c{verdict.text}\u201d receives; nobody is named as providing",
        )
    return verdict


# ============================================================================ how


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


# Vehicles: "taken to hospital in an ambulance", "travel to Cardiff on a hired coach".
VEHICLE_NOUNS = frozenset(
    {"car", "ambulance", "helicopter", "boat", "ship", "plane", "aeroplane", "airplane", "bus",
     "minibus", "coach", "train", "van", "truck", "lorry", "taxi", "vehicle", "aircraft", "jet",
     "bicycle", "bike", "ferry", "tram", "motorcycle"}
)  # fmt: skip


def vehicle(context: ClauseContext) -> Iterator[Span]:
    """ "in an ambulance", "on a hired coach", "aboard a ferry": the means of transport."""
    for preposition in _preps(context.head, ("in", "on", "aboard", "onboard")):
        if any(noun.lemma_.lower() in VEHICLE_NOUNS for noun in _objects_of(preposition)):
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
                if child.dep_ == "pobj" and child.lemma_.lower() in FUNDING_NOUNS:
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
                    child.dep_ == "pobj" and child.lemma_.lower() in LEGAL_NOUNS
                ):
                    yield _subtree_span(token)
        if token.ent_type_ == "LAW" and token.dep_ == "pobj":
            yield _subtree_span(token.head)


def enforcement_mechanism(context: ClauseContext) -> Iterator[Span]:
    """A named mechanism that makes it happen: sanctions, inspections, an audit, a vote."""
    for token in context.tokens:
        if (
            token.pos_ == "NOUN"
            and token.lemma_.lower() in ENFORCEMENT_NOUNS
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
                    and child.lemma_.lower() not in TIME_NOUNS | TIME_POINT_NOUNS
                    and not _is_actor_noun(child, context.actor_nouns)
                    and child.ent_type_ not in NAMED_ACTOR_ENTITIES
                    and child.pos_ in ("NOUN", "PROPN")
                ):
                    yield _subtree_span(token)


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


# Nouns a number measures rather than counts: "dropped three places", "scored 2 points".
MEASURE_NOUNS = frozenset(
    {"point", "place", "position", "spot", "rank", "goal", "run", "seat", "vote", "percent",
     "percentage", "time", "degree", "notch", "level", "stage", "step", "grade", "mark", "try",
     "basket", "wicket", "stroke", "shot"}
)  # fmt: skip
SCORE_DASHES = frozenset({"-", "--", "–", "—", "to"})


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
    counted = _counted_group(token)
    if counted is not None:
        token = counted  # "dozens of times", "thousands of teachers"
    return (
        token.ent_type_ in NAMED_ACTOR_ENTITIES
        or _is_actor_noun(token, context.actor_nouns)
        or (token.pos_ == "NOUN" and token.lemma_.lower() not in MEASURE_NOUNS)
    )


# Prepositions that attach a figure to the action itself: "cut by 15%", "rose from 2 to 5",
# "tied at 26 -- 26", "finished with ten", "more than 40".
MEASURE_PREPOSITIONS = frozenset(
    {"by", "from", "to", "at", "with", "than", "up", "down", "over", "under"}
)
# Verbs whose object is a measure, not a thing taking part: "will cost £2m", "exceeded 10%",
# "accounts for 70 percent".
MEASURE_VERBS = frozenset(
    {"cost", "weigh", "measure", "total", "exceed", "amount", "account", "last", "number", "reach",
     "average", "equal", "top", "surpass", "span"}
)  # fmt: skip


def _measures_action(token: Token, context: ClauseContext) -> bool:
    """Does the figure whose root is ``token`` measure the action ("shrank by 0.3%", "dropped three
    places", "won 67 -- 33", "built at a cost of £2m") rather than describe who or what takes
    part ("raised £4,000", "consists of 29 consonants", "a reef area of 32 by 3 metres")?"""
    if token.pos_ == "NUM" and _is_score(token):
        return True
    while token.dep_ in ("nummod", "quantmod", "compound", "appos", "conj") and token.head != token:
        token = token.head  # "three places" -> "places", "£2m and £3m" -> "£2m"
    head = context.head
    measured = head.lemma_.lower() in MEASURE_VERBS
    if token.head == head:
        if token.dep_ in PARTICIPANT_DEPS or token.dep_ == "attr":
            counted = _counted_group(token) or token  # "dozens of times" -> "times"
            return measured or counted.lemma_.lower() in MEASURE_NOUNS
        return True  # "fell 5%", "two days running"
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "pobj":
        token = token.head.head  # "at a cost of £2m" -> "cost"
    if token.dep_ != "pobj":
        return False
    preposition = token.head
    if preposition.lower_ not in MEASURE_PREPOSITIONS and not measured:
        return False
    return preposition.head == head or (  # "from 2 to 5": "to" may hang on the first figure
        preposition.head.dep_ == "pobj" and preposition.head.head.head == head
    )


def _is_score(number: Token) -> bool:
    doc = number.doc
    after = doc[number.i + 1 : number.i + 3]
    before = doc[max(0, number.i - 2) : number.i]
    return (len(after) == 2 and after[0].text in SCORE_DASHES and after[1].like_num) or (
        len(before) == 2 and before[1].text in SCORE_DASHES and before[0].like_num
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


def _entity_of(token: Token) -> Span | None:
    for entity in doc_ents(token.doc):
        if entity.start <= token.i < entity.end:
            return entity
    return None


_ENTS_CACHE: tuple[tuple, tuple[Span, ...]] = ((), ())


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per Doc and entity annotation: spaCy rebuilds every entity Span
    on each access, and the rules ask thousands of times per long Doc. The cache is checked
    against the Doc's entity arrays, so a Doc whose entities change is never given stale ones."""
    global _ENTS_CACHE
    key = (id(doc), len(doc), doc.to_array([ENT_IOB, ENT_TYPE]).tobytes())
    cached_key, ents = _ENTS_CACHE
    if cached_key != key:
        ents = tuple(doc.ents)
        _ENTS_CACHE = (key, ents)
    return ents


def forget_doc_ents() -> None:
    """Drop the cached entities (and with them the last Doc)."""
    global _ENTS_CACHE
    _ENTS_CACHE = ((), ())


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


# "with the aim of", "with regard to": not an instrument.
NOT_INSTRUMENT_NOUNS = frozenset(
    {"aim", "view", "exception", "regard", "respect", "reference", "intention", "goal", "hope",
     "purpose", "result", "consequence", "effect", "exclusion", "emphasis"}
)  # fmt: skip
MANNER_NOUNS = frozenset({"manner", "way", "fashion", "style", "spirit"})
# Verbs whose "with" phrase is what they are about, not what they are done with: "charged with
# assault", "diagnosed with cancer", "dealt with the complaint", "provided schools with laptops".
WITH_COMPLEMENT_VERBS = frozenset(
    {"charge", "arm", "diagnose", "struggle", "help", "deal", "cope", "agree", "disagree", "meet",
     "compete", "replace", "provide", "supply", "equip", "fill", "cover", "associate", "connect",
     "compare", "combine", "begin", "start", "end", "finish", "escape", "credit", "face", "present",
     "concern", "preoccupy", "satisfy", "please", "disappoint", "familiarise", "familiarize",
     "comply", "interfere", "collide", "clash", "side", "part", "merge", "trade", "negotiate",
     "communicate", "cooperate", "co-operate", "collaborate", "work", "live", "stay", "play",
     "identify", "infect", "load", "pack", "crowd", "line", "decorate", "populate", "experiment",
     "tamper", "fight", "argue", "engage", "sympathise", "sympathize", "reconcile"}
)  # fmt: skip


def with_instrument(context: ClauseContext) -> Iterator[Span]:
    """ "support schools with a £2m grant", "responded with a formal complaint": the thing the
    verb is done with (not a person it is done with, and not "with 17 laps remaining")."""
    if context.head.lemma_.lower() in WITH_COMPLEMENT_VERBS:
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
            or _is_actor_noun(noun, context.actor_nouns)
            or noun.lemma_.lower() in NOT_INSTRUMENT_NOUNS
            or noun.lemma_.lower() in MANNER_NOUNS
            or any(grandchild.tag_ in ("VBG", "VBN") for grandchild in noun.children)
        ):
            continue
        yield _subtree_span(preposition)


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


# Nouns that a "to" clause completes rather than serves: "plans to build", "efforts to reduce".
NOT_MEANS_NOUNS = frozenset(
    {"plan", "aim", "goal", "decision", "effort", "attempt", "bid", "promise", "pledge",
     "proposal", "intention", "ability", "right", "need", "time", "way", "chance", "opportunity",
     "obligation", "commitment", "order", "call", "move", "desire", "wish", "refusal", "failure",
     "agreement", "willingness", "readiness", "determination", "ambition", "mission", "mandate",
     "power", "authority", "permission", "freedom", "duty", "responsibility", "campaign", "push",
     "drive", "pressure", "demand", "request", "offer", "threat", "vote", "motion", "bill",
     "reason", "place", "thing", "one", "first", "last", "attempts", "tendency", "potential"}
)  # fmt: skip


# Verbs whose "to" clause is their complement or a destination's purpose, not something they
# achieve: "is common to", "worked to determine", "went on to destroy", "took four minutes to",
# "gathered to celebrate".
NOT_MEANS_VERBS = frozenset(
    {"be", "work", "continue", "go", "come", "take", "help", "call", "try", "seek", "aim", "plan",
     "want", "need", "hope", "wish", "decide", "agree", "promise", "refuse", "fail", "manage",
     "begin", "start", "expect", "return", "gather", "arrive", "travel", "meet", "wait", "stay",
     "remain", "struggle", "strive", "fight", "vote", "move", "set", "prepare", "ask", "urge"}
)  # fmt: skip


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
        and (governor.lemma_.lower() not in NOT_MEANS_VERBS)
    ):
        objects = [child for child in governor.children if child.dep_ == "dobj"]
        end = max([governor.i] + [obj.right_edge.i for obj in objects if obj.i < head.i])
        yield head.doc[governor.i : end + 1]
    elif (
        head.dep_ in ("acl", "relcl")
        and governor.pos_ == "NOUN"
        and governor.lemma_.lower() not in NOT_MEANS_NOUNS
        and governor.lemma_.lower() not in TIME_NOUNS
        and not _is_actor_noun(governor, context.actor_nouns)
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


RANK_DEPS = frozenset({"advmod", "npadvmod", "dobj", "attr", "oprd", "acomp"})


def _rank_result(context: ClauseContext) -> Span | None:
    """ "finished fifth", "ranked tenth", "came in second": the place it ended in. "First" and
    "last" on their own are left out: "was built first" says when, not how it ended."""
    doc = context.head.doc
    for child in context.head.children:
        if (
            _is_ordinal(child)
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
                _is_ordinal(objects[0])
                or (
                    objects[0].lower_ == "place"
                    and any(_is_ordinal(word) for word in objects[0].lefts)
                )
            ):
                return _subtree_span(child)
    return None


# Forms a message comes in: "said in a statement", "wrote in a letter to parents".
MEDIUM_NOUNS = frozenset(
    {"statement", "interview", "letter", "speech", "email", "e-mail", "message", "post", "tweet",
     "broadcast", "press release", "release", "note", "article", "editorial", "column", "video",
     "address", "blog", "newsletter", "memo", "text", "announcement", "podcast", "report"}
)  # fmt: skip


def _medium(context: ClauseContext) -> Span | None:
    """ "said in a statement", "conducted in English": the form or language it came in."""
    for preposition in _preps(context.head, ("in",)):
        if any(
            noun.lemma_.lower() in MEDIUM_NOUNS or noun.ent_type_ == "LANGUAGE"
            for noun in _objects_of(preposition)
        ):
            return _subtree_span(preposition)
    return None


# Incidents something can happen in: "killed in a shooting", "injured in a crash".
INCIDENT_NOUNS = frozenset(
    {"shooting", "attack", "crash", "accident", "explosion", "fire", "blast", "collision", "raid",
     "fight", "clash", "bombing", "firing", "ambush", "riot", "stampede", "storm", "flood",
     "earthquake", "landslide", "avalanche", "airstrike", "strike", "shootout", "stabbing",
     "incident", "derailment", "fall"}
)  # fmt: skip


def _in_event(context: ClauseContext) -> Span | None:
    for preposition in _preps(context.head, ("in",)):
        objects = _objects_of(preposition)
        if objects and objects[0].lemma_.lower() in INCIDENT_NOUNS:
            return _subtree_span(preposition)
    return None


NOT_MANNER_ADVERBS = frozenset(
    {"only", "really", "also", "actually", "nearly", "mostly", "early", "likely", "fully", "merely",
     "simply", "probably", "possibly", "certainly", "finally", "initially", "originally", "largely",
     "mainly", "partly", "especially", "particularly", "reportedly", "allegedly", "apparently",
     "respectively"}
)  # fmt: skip


# Manner adverbs without -ly: "worked together", "played well", "ran aground".
MANNER_ADVERBS = frozenset(
    {"together", "well", "hard", "fast", "alone", "apart", "aground", "straight", "better", "best",
     "worse", "worst", "loud", "slow"}
)  # fmt: skip


def _manner_adverb(context: ClauseContext) -> Token | None:
    """A manner adverb on the verb ("weaken significantly", "quickly agreed", "work together")."""
    for child in context.head.children:
        word = child.lower_
        if (
            child.dep_ == "advmod"
            and child.pos_ == "ADV"
            and (word.endswith("ly") or word in MANNER_ADVERBS)
            and word not in NOT_MANNER_ADVERBS
            and word not in TIME_ADVERBS
            and word not in FREQUENCY_WORDS
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


def _first_vague_in_clause(context: ClauseContext, categories: Iterable[str]) -> Span | None:
    wanted = set(categories)
    indices = {token.i for token in context.tokens}
    for span in context.vague:
        if span.label_ in wanted and span.start in indices:
            return span
    return None


# ============================================================================ when


def _is_specific_time_expression(span: Span) -> bool:
    return not any(token.lower_ in VAGUE_TIME_WORDS for token in span)


def date_entity(context: ClauseContext) -> Iterator[Span]:
    """A DATE or TIME entity: "27 November", "September 2027", "100 days", "next Monday"."""
    indices = {token.i for token in context.tokens}
    for entity in doc_ents(context.head.doc):
        if (
            entity.label_ in DATE_ENTITIES
            and entity.start in indices
            and _is_specific_time_expression(entity)
            and not _is_age_or_rank(entity)
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
        if _is_untagged_year(token):
            # "as early as 1742", "in 1347": a year the model left untagged.
            start = token.head.i
            if token.head.lower_ == "as":  # "as early as 1742": start at "as early"
                start = doc[start - 1].left_edge.i
            yield doc[start : token.i + 1]


# Prepositions that make a bare four-digit number a year ("by", "from" and "to" also take amounts).
YEAR_PREPOSITIONS = frozenset(
    {"in", "since", "until", "till", "before", "after", "during", "around", "circa"}
)


def _is_untagged_year(token: Token) -> bool:
    if token.shape_ != "dddd" or token.ent_type_ or not 1000 <= int(token.text) <= 2099:
        return False
    if token.dep_ != "pobj":
        return False
    preposition = token.head
    if preposition.lower_ in YEAR_PREPOSITIONS:
        return True
    # "as early as 1742", "as late as 1900"
    return (
        preposition.lower_ == "as"
        and preposition.i > 0
        and preposition.doc[preposition.i - 1].lower_ in ("early", "late")
    )


ORDINAL_WORDS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
     "eleventh", "twelfth"}
)  # fmt: skip


def _is_age_or_rank(entity: Span) -> bool:
    """ "the 52 year old", "a 7-year-old girl", "ranked eighth and ninth": tagged DATE, not a
    time."""
    doc = entity.doc
    if any(token.lower_ == "old" or token.lower_.endswith("-old") for token in entity) or (
        entity.end < len(doc) and doc[entity.end].lower_ in ("old", "-old")
    ):
        return True
    return all(_is_ordinal(token) or token.lower_ in ("and", "or", ",") for token in entity) and (
        entity.root.dep_ in RANK_DEPS
    )


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


def _is_ordinal(token: Token) -> bool:
    """ "fifth", "12th": the model tags them ORDINAL, DATE or nothing."""
    word = token.lower_
    return (
        token.ent_type_ == "ORDINAL"
        or word in ORDINAL_WORDS
        or (word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th"))
    )


ERA_MARKERS = frozenset({"BC", "BCE", "AD", "CE", "B.C.", "A.D.", "B.C.E.", "C.E."})
TIME_SUFFIXES = ERA_MARKERS | {"UTC", "GMT", "BST", "CET", "EST", "EDT", "PST", "PDT"}


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
        if token.lower_ not in DEADLINE_PREPOSITIONS or (
            token.pos_ != "ADP" and token.dep_ != "prep"
        ):
            continue
        for child in token.children:
            if (
                token.lower_ in EVENT_PREPOSITIONS
                and child.dep_ == "pcomp"
                and child.tag_ in ("VBG", "VBN")
            ):
                # "after being extracted", "before reaching the surface": timed by an event.
                yield _subtree_span(token)
                continue
            if child.dep_ != "pobj" or _is_in_terms_of(child):
                continue
            lemma = child.lemma_.lower()
            if lemma in TIME_NOUNS or (
                lemma in TIME_POINT_NOUNS
                and any(t.lemma_.lower() in TIME_NOUNS for t in child.subtree)
            ):
                span = _subtree_span(token)
                if _is_specific_time_expression(span):
                    yield span
            if token.lower_ in EVENT_PREPOSITIONS and child.pos_ in ("NOUN", "PROPN"):
                yield _subtree_span(token)
            elif token.lower_ in EVENT_POSITION_PREPOSITIONS and lemma in EVENT_NOUNS:
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
        if token.lower_ in FREQUENCY_WORDS:
            yield token.doc[token.i : token.i + 1]
        if token.lower_ in FREQUENCY_DETERMINERS and token.head.lemma_.lower() in TIME_NOUNS:
            yield token.doc[token.i : token.head.i + 1]
        if (
            token.lower_ in ("a", "an")
            and token.head.lemma_.lower() in TIME_NOUNS
            and token.head.dep_ == "npadvmod"
        ):
            yield token.doc[token.i : token.head.i + 1]  # "one portion a day"
        if token.lower_ == "per":
            for child in token.children:
                if child.dep_ == "pobj" and child.lemma_.lower() in TIME_NOUNS:
                    yield token.doc[token.i : child.i + 1]  # "£5 per week"


def time_adverb(context: ClauseContext) -> Iterator[Span]:
    """ "today", "tomorrow", "now", "immediately"."""
    for token in context.tokens:
        if token.lower_ in TIME_ADVERBS and token.pos_ in ("ADV", "NOUN"):
            yield token.doc[token.i : token.i + 1]
        if token.lower_ == "far" and token.i > 0 and token.nbor(-1).lower_ in ("so", "thus"):
            yield token.doc[token.i - 1 : token.i + 1]  # "so far", "thus far": up to now


def temporal_clause(context: ClauseContext) -> Iterator[Span]:
    """A clause that fixes the time by an event: "once the ceasefire holds", "after pupils return"."""
    for clause_head in attached_clauses(context.head):
        markers = [child for child in clause_head.children if child.dep_ in ("mark", "advmod")]
        temporal = [marker for marker in markers if marker.lower_ in TEMPORAL_MARKERS]
        if temporal and not all(_is_comment_as(marker, clause_head) for marker in temporal):
            yield _subtree_span(clause_head)


# "as I mentioned", "as the report notes": a comment on the source, not a time.
COMMENT_VERBS = frozenset(
    {"mention", "note", "say", "state", "declare", "report", "describe", "explain", "show",
     "suggest", "see", "relate", "write", "tell", "point", "expect", "know", "predict", "argue",
     "claim", "put", "coincide"}
)  # fmt: skip


def _is_comment_as(marker: Token, clause_head: Token) -> bool:
    """ "As I mentioned earlier", "as though it were over", "as opposed to": "as" that does not
    mean "while" or "at the time when"."""
    if marker.lower_ != "as":
        return False
    following = marker.nbor(1).lower_ if marker.i + 1 < len(marker.doc) else ""
    return clause_head.lemma_.lower() in COMMENT_VERBS or following in (
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
    indices = {token.i for token in context.tokens}
    for entity in doc_ents(context.head.doc):
        if (
            entity.label_ in DATE_ENTITIES
            and entity.start in indices
            and not _is_specific_time_expression(entity)
        ):
            return _with_time_preposition(entity)
    return None


def _relative_time(context: ClauseContext) -> Span | None:
    """ "first", "sometimes", "in the course of history", "at the same time"."""
    for token in context.tokens:
        if token.lower_ in RELATIVE_TIME_ADVERBS and token.pos_ == "ADV":
            return token.doc[token.i : token.i + 1]
        if token.dep_ == "prep" and token.lower_ in DEADLINE_PREPOSITIONS:
            for child in token.children:
                if child.dep_ == "pobj" and child.lemma_.lower() in RELATIVE_TIME_NOUNS:
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
                entity = next(e for e in doc_ents(token.doc) if e.start == token.i)
                if _is_specific_time_expression(entity):
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
