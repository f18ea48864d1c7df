"""The words the questions are made of: grammar word sets, the finding categories, the index of a Doc's vague spans and the Ask a finding gets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from vaguewords.clauses import clause_of

# Verbs that describe rather than act ("The plan is comprehensive", "The plan has ideas").
COPULAS = frozenset({"be", "have", "seem", "appear", "look", "sound", "become", "remain", "feel"})
MODALS = frozenset(
    {"will", "shall", "would", "must", "should", "can", "could", "may", "might", "'ll", "wo", "ca"}
)
# A preposition right after a verb that makes one verb with it when the verb has no object:
# "deal with the incidents", "commit to a response", "invest in cycling".
VERB_PREPOSITIONS = frozenset(
    {"with", "to", "on", "for", "into", "about", "in", "against", "upon", "towards", "toward"}
)
# A short phrase that completes the verb rather than saying how or when: "kept to a minimum",
# "put in place", "brought into force". Means and time prepositions never do.
COMPLEMENT_PREPOSITIONS = frozenset({"to", "in", "into", "on", "under", "at", "out"})
NOUN_PHRASE_LEFT_DEPS = frozenset(
    {"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "predet", "case", "neg"}
)
FIRST_PERSON = {"i": "you", "we": "you", "me": "you", "us": "you", "ourselves": "yourselves"}
FIRST_PERSON_POSSESSIVE = {"our": "your", "my": "your", "ours": "yours"}
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "pobj", "iobj", "dative", "attr", "oprd"})
CONDITION_WORDS = frozenset(
    {"necessary", "appropriate", "possible", "needed", "feasible", "desirable", "principle"}
)
# Adverbs the small model does not always tag as particles: "set aside", "carry out", "step up".
# Verbs whose object does the act of the infinitive after it ("make them pay", "want us to
# act", "help schools reduce waste"), beside the cue lists of asking and enabling: the act asked
# about is the infinitive's (``frame.main_verb``).
CAUSATIVE_VERBS = frozenset(
    [
        "make",
        "have",
        "get",
        "let",
        "help",
        "want",
        "need",
        "like",
        "prefer",
        "wish",
        "cause",
        "lead",
        "teach",
        "train",
        "prepare",
        "leave",
        "bring",
        "force",
        "expect",
    ]
)
PARTICLE_ADVERBS = frozenset({"aside", "out", "up", "off", "down", "back", "away", "forward"})
# The nouns of a vague quantity phrase that measure something else: "a number of ideas".
MEASURE_NOUNS = frozenset(
    {
        "number",
        "range",
        "variety",
        "lot",
        "deal",
        "handful",
        "fraction",
        "portion",
        "share",
        "plenty",
    }
)
# Words that already make a noun phrase definite or counted: no "the" before them.
DETERMINER_WORDS = frozenset(
    {"such", "these", "those", "this", "that", "all", "any", "some", "each", "every", "both",
     "many", "several", "few", "most", "no", "another", "either", "neither", "certain",
     "more", "less", "fewer", "enough", "much", "little", "numerous", "various", "plenty"}
)  # fmt: skip
MAX_PHRASE_TOKENS = 9
# A token with a heading's dash or full stop run into it ("programs.--It"): not a word to repeat.
RUN_TOGETHER = re.compile(r"--|\w\.-|\.--")
# Quantity words that count: standing alone ("how many need help") they ask how many, not how much.
COUNT_WORDS = frozenset({"many", "several", "few", "fewer", "numerous", "countless"})
# who rules (slots.py) under which the clause's own verb is not what someone does
RECIPIENT_RULE = "recipient_subject"  # "schools will receive support"
THING_RULE = "not_an_actor"  # "the plan sets out steps"
THING_RULES = frozenset({THING_RULE, "no_subject", "empty_subject", "agentless_passive"})
BRACKETS = {"(": ")", "[": "]", "{": "}"}
BRACKET_REACH = 40  # an aside in brackets is looked for this many words back
# A clause or phrase whose words span more than this is a run-on (a list with no punctuation, a
# text with no sentence ends): it gets plain questions, never a phrase of it repeated.
RUN_ON_TOKENS = 150
# A finding gets at most this many questions: its kind's question about the words first, then the
# open slots, those its term leaves open first. More reads as a form, not a reader's margin note.
MAX_QUESTIONS = 2
# The slot a kind's own question already stands for, asked after the others: "How much money,
# exactly?" is the how of a vague quantity.
TERM_SLOT = {"vague_quantity": "how"}
# The slot question that is a kind's own question: vague timing's is its "By what date ...?",
# asked first even where another finding of the clause asked "by when".
KIND_SLOT = {"vague_timing": "when"}
# Words whose first letter does not give their first sound, for "a" / "an" before them.
VOWEL_SOUNDING = ("hour", "honest", "honour", "honor", "heir")
CONSONANT_SOUNDING = ("uni", "use", "usu", "uti", "eu", "one", "once", "ewe")
REASSURANCE = "reassurance"
VAGUE_ACTOR = "vague_actor"
VAGUE_PROCESS = "vague_process"
VAGUE_TIMING = "vague_timing"
VAGUE_QUANTITY = "vague_quantity"
SOFT_COMMITMENT = "soft_commitment"
UNASSIGNED_COMMITMENT = "unassigned_commitment"


@dataclass(frozen=True)
class VagueIndex:
    """What the questions need from a Doc's vague spans, gathered once per Doc (reading
    ``doc.spans`` builds every Span again, so it is never read per finding)."""

    actors: dict[int, Span]  # token index -> the vague actor span holding it
    verb_pairs: frozenset[int]  # i where one span holds tokens i and i + 1 ("dealt with")
    left_out: frozenset[int]  # vague time and process phrases, kept out of repeated phrases
    # heads of the clauses that hold a vague timing phrase: its own "By what date ...?" asks
    # their date, so the clause's other findings do not ("By when will the board tackle ...?")
    timing_clauses: frozenset[int] = frozenset()


def vague_index(spans) -> VagueIndex:
    """The index of a Doc's vague spans (``doc.spans["vague"]``, read once)."""
    actors: dict[int, Span] = {}
    pairs: set[int] = set()
    left_out: set[int] = set()
    timing: set[int] = set()
    for span in spans:
        if span.label_ == VAGUE_TIMING:
            timing.add(clause_of(span).i)
        if span.label_ == VAGUE_ACTOR:
            for index in range(span.start, span.end):
                actors.setdefault(index, span)
        pairs.update(range(span.start, span.end - 1))
        left_out |= _span_indices(span, span.label_)
    return VagueIndex(actors, frozenset(pairs), frozenset(left_out), frozenset(timing))


def _index_of(doc) -> VagueIndex:
    return vague_index(list(doc.spans.get("vague", ())))


@dataclass(frozen=True)
class Ask:
    """One question and the checklist instruction that answers it; ``slot`` is "who", "how",
    "when" for a missing slot ("often" for a when that is a frequency: "How often ...?"), or
    "term" for the category's question about the vague words; ``covers``: the slots a term
    question asks about as well ("Which proposals, exactly, and by what date?" covers "when")."""

    question: str
    instruction: str
    slot: str
    covers: tuple[str, ...] = ()
    first: bool = False  # a slot question asked before the other slots' ("Who will provide ...?")
    plain: bool = False  # a slot's plain question, worded from nothing: "By what date?"
    # the rule that chose a how question's wording (``questions.wording``: RESOURCE_VERB,
    # MEANS_VERB, PLAIN_HOW ...): the checklist names the how "with resources" or "exactly" by it
    rule: str = ""


def _span_indices(span: Span, category: str) -> frozenset[int]:
    """A vague time or process phrase is kept out of the phrases a question repeats."""
    if category in (VAGUE_TIMING, VAGUE_PROCESS) and span.root.pos_ not in ("NOUN", "VERB"):
        return frozenset(range(span.start, span.end))
    return frozenset()


def indefinite_article(word: str) -> str:
    """ "a" or "an" before ``word``, by its first sound as spelled: "an instrument", "a cut",
    "a unit", "an hour"."""
    lower = word.lower()
    if lower.startswith(VOWEL_SOUNDING):
        return "an"
    if lower.startswith(CONSONANT_SOUNDING):
        return "a"
    return "an" if lower[:1] in ("a", "e", "i", "o", "u") else "a"
