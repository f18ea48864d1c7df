"""Is a candidate term used, in its vague sense, in a statement that commits or claims?

The lexicon matcher finds candidates ("robust", "several", "may", "officials"); this module decides,
from the parse and the cue lists in ``lexicons/cues/``, whether each one is a finding in its
sentence (``../shared/ANNOTATION.md`` is the definition). Every decision names the rule that made
it, like the who / how / when verdicts: a candidate kept because "will" commits the clause says
``future_or_modal``; one dropped because the clause tells a past story says ``past_narrative``.

Rules that drop a candidate whatever its clause (tried first):

* ``heading``: a line in capitals or a title with no verb ("STATE OF THE UNION ADDRESS");
* ``mention``: the word in quotes, talked about ("power-words such as 'robust'");
* ``deemed_sense``: "is considered a war crime" (a status, not a deliberation);
* ``resolved_on_the_spot``: "several measures, including a £2m fund": the set is listed;
* ``praise_of_person``: "the strong leadership of President X";
* ``comparative_degree``: "a more effective act", "to better serve you": a degree, not an amount;
* ``wish``, ``purpose``, ``speculation``: "May God guide us", "so that our children may live in
  peace", "it may well be that ...";
* ``forecast``: "costs are expected to reach 5%": a forecast of an amount;
* ``refers_back``: "these measures", "the many families who ...": named before, or a known group;
* ``none_more``: "we will not collect more data": none more;
* ``named_group``: "Dividend Miles partners": the group of a named body;
* ``praise_of_person`` (also said with a copula: "Malala is a strong young woman");
* ``describes_who``, ``describes_what``: an aim or a hedge inside a relative clause that says
  which people or things are meant ("people who are striving to advance", "savings that might
  otherwise not be tapped");
* ``condition``: a vague time in the "if" half of a condition ("if passed without delay");
* ``background_clause``: "As we consider these reforms, ...": a deliberation setting the time;
* ``refused_aim``: "will not seek to dominate", "has not sought to": an aim refused;
* ``defined_purpose``: "The goal of economics is to improve ...": what a kind of thing is for;
* ``hoped_for``: "I hope there will be some debates": hoped for, not promised.
* ``sorts_a_set``, ``at_large``, ``preposition_sense``: another sense of a quantity word, an
  adverb or a verb of deliberation ("some new, but others long recommended", "the public
  generally", "Considering the whole Nation, ...").
* ``rank_sense``: "the major goal of our policy is ...": the chief one, a rank, not a size;
* ``literal_sense``: "address the nation"; also read from the object's side, "I will send
  proposals to the Congress": papers handed in.
* ``effort_under_way``: "we welcome the efforts being made by many nations": an effort told as
  being made or made, described.

Then the statement the candidate sits in:

* kept: ``hedged_commitment`` ("we may share": the writer hedges its own commitment),
  ``future_or_modal`` ("will", "must", "should"), ``commitment_verb`` (promise, agree, propose,
  aim, ask...; reported ones too), ``imperative``, ``vague_source`` (a vague actor as the source of
  a claim: "officials said"), ``present_policy`` (what the writer, a named or definite actor, or an
  unnamed doer of a passive does as a rule: "we use reasonable measures", "data is shared with
  third parties"), ``claim_of_quality`` ("our systems are robust", "has never been stronger"),
  ``verbless_point`` (a point of a plan with no verb: "Robust security guarantees.");
* dropped: ``past_narrative`` ("she suffered a number of strokes"), ``possibility`` ("Influenza
  may affect other animals"), ``permission_to_reader`` ("you may opt out": the reader's choice, not
  the writer's hedge), ``others_in_general`` ("where others seek to ..., we ...", "some may
  choose ways we would not", "some insist that ... must ...", "the dreams their vision foresaw":
  what others do, might do, say or want), ``description`` (a present-tense
  description of a thing that commits no one: "the show features a variety of challenges").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from vaguewords.clauses import clause_of, is_clause_head, nearest_clause_head_above
from vaguewords.cues import Cues
from vaguewords.lexicon import Lexicon, Term
from vaguewords.slots import is_passive, subject_of
from vaguewords.slots.parse import NAMED_ACTOR_ENTITIES, _entity_of, has_modal, has_own_to

QUOTES = frozenset("'\"\u2018\u2019\u201c\u201d`") | {"``", "''"}
FIRST_PERSON = frozenset({"i", "we", "us", "me", "our", "my", "ours", "let"})
# The voice of an organisation that commits ("we collect", "our partners"), as opposed to "I".
WRITER_VOICE = frozenset({"we", "us", "our", "ours"})
# Verbs of state and perception: "we know", "we feel" describe, they do not commit.
STATIVE_VERBS = frozenset(
    {"be", "know", "think", "feel", "see", "believe", "seem", "appear", "understand", "hear"}
)
SECOND_PERSON = frozenset({"you", "your"})
# The writer speaking as one: "my", "I" (``WRITER_VOICE`` is the plural).
WRITER_SINGULAR = frozenset({"my", "i"})
# "US president Barack Obama": the country, not "us".
COUNTRY_ABBREVIATIONS = frozenset({"US", "U.S."})
PAST_TAGS = frozenset({"VBD"})
SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
PAST_AUXILIARIES = frozenset({"was", "were", "did", "had", "'d"})
PERFECT_AUXILIARIES = frozenset({"has", "have", "'ve", "'s"})
COPULAS = frozenset({"be", "become", "remain", "seem", "appear", "stay", "prove"})
POSSESSION = "have"  # "we have ...": what someone has is told, like what it is
# Climbing from a verb to the verb that frames it, for reported and proposed commitments.
FRAMING_DEPS = frozenset({"xcomp", "ccomp", "conj"})
# A verb with no tense of its own takes its governor's: "will build schools and hire teachers".
TENSE_SHARING_DEPS = frozenset({"conj", "xcomp", "advcl", "acl", "pcomp", "ccomp", "oprd", "acomp"})
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "our", "its", "their", "your"})
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom"})
SOFT_COMMITMENT = "soft_commitment"
# Terms about how and when things are done: in a present passive they state a procedure
# ("decisions are made on a case-by-case basis").
PROCEDURE_CATEGORIES = frozenset({"vague_process", "vague_timing"})
SET_LISTING_WORDS = frozenset({"including", "namely", "like"})
# Comparatives that grade the next word ("more effective", "better serve") rather than count.
COMPARATIVE_TERMS = frozenset({"more", "better"})
GRADED_POS = frozenset({"ADJ", "ADV"})
# Nouns of a plan or a process that "these" / "such" points back to ("these measures").
REFERRING_CATEGORIES = frozenset({"vague_process", "soft_commitment"})
DEMONSTRATIVES = frozenset({"these", "those", "this", "that", "such"})
# "later this month", "later that night": a period the reader can place.
DEICTIC_DETERMINERS = frozenset({"this", "that", "next"})
# Entities a term can be part of the name of: "the Enhanced Partnership Programme".
NAME_ENTITIES = frozenset({"ORG", "LAW", "WORK_OF_ART", "EVENT", "PRODUCT", "FAC"})
# Count words that describe a known group inside "the ...": "the many families who ...". Not
# "several": "the several parties" rested on one item, and "over the next several years" (a vague
# time, not a known group) is read the same way.
COUNT_ADJECTIVES = frozenset({"many", "numerous", "various", "countless", "multiple"})
# Quantity words standing alone for a part of a set of people or things ("where others seek to",
# "some may choose", "some new, but others long recommended"): they sort a set, they name no
# one who commits. Not "someone" / "one": "someone will contact you" is a vague actor.
SORTING_PRONOUNS = frozenset({"some", "others", "many", "few"})
# "some insist that ...", "there are some who say that ...": other people, whose view is told.
OPPOSING_PRONOUNS = frozenset({"some", "others"})
# "they" as the subject of an aim of their own: what a third party wants, described.
THIRD_PARTY_PRONOUNS = frozenset({"they"})
# The writer, in any case ("we", "our", "ourselves", "I", "my", "myself").
WRITER_WORDS = WRITER_VOICE | WRITER_SINGULAR | frozenset({"ourselves", "me", "myself"})
# Words for an added amount, which a negated verb turns into none ("not ... more").
ADDITIVE_TERMS = frozenset({"more", "further", "additional", "extra", "increased", "greater"})
# Entities that name a body whose group ("its partners") the reader can look up.
NAMED_GROUP_ENTITIES = frozenset({"ORG", "PRODUCT", "FAC", "GPE", "NORP"})
LISTING_WINDOW = 40
VAGUE_ACTOR = "vague_actor"
# Commitment verb kinds that commit in any tense ("promised", "agreed", "proposed").
COMMITTING_KINDS = frozenset({"commit"})
# Terms that are themselves a possibility modal, judged by who hedges ("we may share").
HEDGE_KIND = "possibility"
CONDITIONAL_KIND = "conditional"
# "he is strong": a person the pronoun stands for.
THIRD_PERSON_SINGULAR = frozenset({"he", "she"})
# Pronouns that stand for a thing: "it will be a lot of fun".
THING_PRONOUNS = frozenset({"it", "this", "that"})
# "increase spending by 5%", "increased to £20", "funding of £2m": the figure of an amount.
FIGURE_PREPOSITIONS = frozenset({"by", "to", "of"})
FIGURE_ENTITIES = frozenset({"MONEY", "PERCENT", "QUANTITY"})
# "commit ourselves to": the object of a commitment, not a deed.
REFLEXIVES = frozenset({"ourselves", "themselves", "itself", "myself", "himself", "herself"})
# The "if" half of a condition.
CONDITION_MARKS = frozenset({"if", "unless"})
# "the bigger ..., the more ...": comparatives of a rule of proportion.
COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})
PROPORTION_WORDS = frozenset({"more", "less", "fewer"})
# Phrases a "not" can turn down: "not by pouring more money", "not the short-term temptations".
DENIABLE_POS = frozenset({"ADP", "NOUN", "PROPN"})
# The one who acts in a clause: "someone will contact you".
DOER_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# What describes a person after the word: "someone on welfare", "anyone who ...".
DESCRIBING_DEPS = frozenset({"prep", "relcl", "acl", "amod"})
# Adverbials that can name the period a perfect looks back over: "over the past 12 years".
PERIOD_DEPS = frozenset({"prep", "npadvmod", "advmod"})
# Prepositions that give a perfect the stretch of time it spans: "over many weeks", "for years".
DURATION_PREPOSITIONS = frozenset({"over", "for", "during", "through", "throughout"})


@dataclass(frozen=True)
class Usage:
    """Whether a candidate is a finding here, and the rule that decided."""

    kept: bool
    rule: str
    reason: str


def _cue(lexicon: Lexicon, name: str) -> dict[str, str]:
    """The cue lists the rules read, as word -> kind (lists of one kind are grouped: the three
    lists of modals are "modal_verbs", commit / possibility / conditional)."""
    return _cue_tables(lexicon.cues)[name]


@lru_cache(maxsize=8)
def _cue_tables(cues: Cues) -> dict[str, dict[str, str]]:
    def kinds(**lists: frozenset[str]) -> dict[str, str]:
        table: dict[str, str] = {}
        for kind, words in lists.items():
            table.update(dict.fromkeys(words, kind))
        return table

    return {
        "modal_verbs": kinds(
            commit=cues.commitment_modals,
            possibility=cues.possibility_modals,
            conditional=cues.conditional_modals,
        ),
        "commitment_verbs": kinds(commit=cues.commitment_verbs, plan=cues.plan_words),
        "speech_verbs": kinds(report=cues.speech_verbs, consult=cues.consult_verbs),
        "plan_nouns": kinds(plan=cues.plan_nouns, product=cues.product_nouns),
        "mention_nouns": kinds(mention=cues.mention_nouns),
        "deeming_verbs": kinds(deem=cues.deeming_verbs),
        "evidence_nouns": kinds(evidence=cues.evidence_nouns),
        "literal_objects": kinds(literal=cues.literal_objects),
    }


def _keep(rule: str, reason: str) -> Usage:
    return Usage(True, rule, reason)


def _drop(rule: str, reason: str) -> Usage:
    return Usage(False, rule, reason)


SPEAKS_KEY = "vaguewords.speaks"


def text_speaks(tokens: Iterable[Token]) -> bool:
    """Whether the tokens speak as someone or to someone ("we", "our", "you"); needs no parse."""
    return any(
        (token.lower_ in WRITER_VOICE or token.lower_ in SECOND_PERSON)
        and token.text not in COUNTRY_ABBREVIATIONS
        for token in tokens
    )


class DocFacts:
    """What the rules ask of a whole Doc or sentence, worked out once: the sentence of a token
    (by bisection: ``Token.sent`` walks the Doc), whether the text speaks as someone, and per
    sentence whether it is a heading or a question, its verbs and its words about words. A
    100,000-character sentence with thousands of candidates stays linear."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.sentences = list(doc.sents) if len(doc) else []
        self.starts = [sentence.start for sentence in self.sentences]
        self._speaks: bool | None = None
        self._by_sentence: dict[tuple[str, int], object] = {}
        self._plan_tokens: set[int] | None = None

    def sentence(self, index: int) -> Span:
        return self.sentences[bisect_right(self.starts, index) - 1]

    @property
    def speaks(self) -> bool:
        """Whether the text speaks as someone or to someone ("we", "our", "you"): a policy, a
        plan, a speech. An encyclopedia or a news report describes; its agentless passives
        commit no one."""
        if self._speaks is None:
            # A Doc that is part of a longer text (the two-stage parse's runs) carries the
            # answer for the whole text, worked out before the parse.
            given = self.doc.user_data.get(SPEAKS_KEY)
            self._speaks = given if given is not None else text_speaks(self.doc)
        return self._speaks

    def per_sentence(self, name: str, sentence: Span, work):
        key = (name, sentence.start)
        if key not in self._by_sentence:
            self._by_sentence[key] = work(sentence)
        return self._by_sentence[key]

    def plan_tokens(self, is_plan_frame) -> set[int]:
        """Tokens of the soft commitments that frame a plan, and the tokens they hang from."""
        if self._plan_tokens is None:
            found: set[int] = set()
            for span in self.doc.spans.get("vague", ()):
                if is_plan_frame(span):
                    for token in span:
                        found.update((token.i, token.head.i))
            self._plan_tokens = found
        return self._plan_tokens


def judge_usage(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts | None = None
) -> Usage:
    """Is ``span`` (a lexicon candidate whose clause is headed by ``head``) a finding? ``facts``
    holds what is worked out once per Doc (pass the same one for every span of a Doc)."""
    facts = facts if facts is not None else DocFacts(span.doc)
    for rule in (
        _singular_sense,
        _part_of_compound,
        _rank_sense,
        _heading,
        _question,
        _mention,
        _deemed_sense,
        _literal_object,
        _degree_adverb,
        _wish_or_purpose,
        _forecast,
        _refers_back,
        _enterprise,
        _opposed_effort,
        _effort_under_way,
        _none_more,
        _named_group,
        _part_of_a_name,
        _whole_of,
        _resolved_on_the_spot,
        _date_attached,
        _figure_given,
        _praise_of_person,
        _praise_of_person_said,
        _describes_who,
        _described_person,
        _describes_what,
        _aim_names_thing,
        _describes_a_kind,
        _general_proposition,
        _defined_purpose,
        _hoped_for,
        _thing_will_be,
        _condition,
        _background_clause,
        _refused_aim,
        _belief_in_a_possibility,
        _adjective_as_noun,
        _modal_perfect,
        _likely_forecast,
        _participle_describes,
        _force_of_nature,
        _bare_plural_generic,
        _counted,
        _sorts_a_set,
        _at_large,
        _preposition_sense,
        _act_of_opening,
        _predicative_sense,
        _virtue_not_plan,
        _aim_of_others,
        _plain_comparison,
        _obligation_named,
        _comparative_correlative,
        _actor_named,
        _denied_alternative,
    ):
        usage = rule(span, head, term, lexicon, facts)
        if usage is not None:
            return _only_in_commitment(usage, span, term, lexicon)
    return _only_in_commitment(_statement(span, head, term, lexicon, facts), span, term, lexicon)


# The statement rules that find a commitment, plan or promise in the clause: a term whose lexicon
# row says ``only_in = commitment`` is a finding only when one of these kept it.
COMMITTING_RULES = frozenset(
    {"future_or_modal", "commitment_verb", "soft_commitment", "imperative", "plan_provides"}
)


def _only_in_commitment(usage: Usage, span: Span, term: Term, lexicon: Lexicon) -> Usage:
    """ "We must improve our schools" (a finding) and "exports improved in May", "we use the
    data to improve the service" (not): a word vague only when a clause commits to it (its
    lexicon row's ``only_in`` column) is dropped when the rule that kept it found no commitment
    (a policy described, a claim, a hedge). ``only_in = promise``: also when an aim or a hope
    frames it ("we aim to improve attendance"): the aim is the finding and asks what is aimed at."""
    if not term.only_in or not usage.kept:
        return usage
    if term.only_in == "promise" and _under_an_aim(span, lexicon):
        return _drop("under_an_aim", f"“{span.text}” is what an aim or a hope aims at")
    if term.only_in == OWN_PROMISE:
        return _own_promise(usage, span, lexicon)
    if term.only_in == PROMISED_THING:
        return _promised_thing(usage, span, lexicon)
    if term.only_in == PROMISED_STEP:
        return _promised_step(usage, span, lexicon)
    if usage.rule in COMMITTING_RULES:
        return usage
    return _drop(
        "only_in_commitment",
        f"“{span.text}” is vague only in a commitment; here: {usage.reason}",
    )


def _under_an_aim(span: Span, lexicon: Lexicon) -> bool:
    """The word is the verb an aim, hope or intention takes ("aim to *improve*", "hope to
    *strengthen* and extend"), through "to" and "and" (#19's cue list ``plan_words``)."""
    token = span.root
    while token.dep_ in ("xcomp", "conj") and token.head is not token:
        token = token.head
        if token.lemma_.lower() in lexicon.cues.plan_words:
            return True
    return False


# ============================================================ recall inside commitment frames (#21)

OWN_PROMISE = "own_promise"
PROMISED_THING = "promised_thing"  # an adjective on what a commitment promises
PROMISED_STEP = "promised_step"  # a step, its content unnamed, as what a commitment promises
# The statement rules under which the speaker can be promising or requiring: "we will", "we
# must", "I propose", "let us".
OWN_PROMISE_RULES = frozenset({"future_or_modal", "commitment_verb", "imperative"})
# How a word can hang on the promised verb: as the verb itself or its chained verbs ("urge the
# Congress to work to"), or inside what the verb acts on or how ("do everything we can", "do
# everything in our power"). A purpose ("advcl": "we will use it to improve the service"), a
# described thing ("acl", "relcl") or a clause of its own ("ccomp") is not the promise itself.
PROMISED_ROLE_DEPS = frozenset(
    {
        "xcomp",
        "conj",
        "dobj",
        "dative",
        "nsubjpass",
        "attr",
        "amod",
        "compound",
        "advmod",
        "prep",
        "pobj",
        "cc",
        "aux",
        "prt",
    }
)


def _own_promise(usage: Usage, span: Span, lexicon: Lexicon) -> Usage:
    """A word vague only in the speaker's own promise (lexicon ``only_in = own_promise``): "we
    will *work to* open markets", "we must do *everything we can* to ...", "let us *work to*
    ..." (ANNOTATION.md's soft commitment: an effort in place of an act). It stays a finding only
    when the statement rule found a promise or a requirement (``OWN_PROMISE_RULES``: the
    analyzer's own commitment tests), the one who promises is the speaker ("I", "we", "let us"),
    and the word hangs on the promised verb, not on a purpose, a scene-setting clause or a deed
    told. "They work to feed their families", "the council will try to", "we will use your
    details to try to reach you" are plain."""
    if usage.rule not in OWN_PROMISE_RULES:
        return _drop(
            "only_in_own_promise",
            f"“{span.text}” is vague only in the speaker's own promise; here: {usage.reason}",
        )
    verb, word = _promising_verb(span)
    subject = subject_of(verb)
    speaker = subject.lower_ in FIRST_PERSON if subject is not None else usage.rule == "imperative"
    if not speaker:
        return _drop(
            "only_in_own_promise",
            f"“{span.text}”: promised by {subject.text if subject is not None else 'no one'}, "
            "not by the speaker",
        )
    told = _told_or_background(verb)
    if told:
        return _drop("only_in_own_promise", f"“{span.text}”: {told}")
    off = _off_the_promised_verb(word, verb, span.text, lexicon)
    if off:
        return _drop("only_in_own_promise", off)
    hoped = _hoped_without_commitment(span.root, lexicon)
    if hoped is not None:
        return _drop(
            "only_in_own_promise", f"“{span.text}”: what it frames (“{hoped.text}”) commits no one"
        )
    return _keep("own_promise", f"the speaker promises it: {usage.reason}")


def _promising_verb(span: Span) -> tuple[Token, Token]:
    """(the verb that promises, the word of ``span`` that hangs on it). A term that is a clause
    of its own ("do *what it takes*", "*whatever it takes*": its verb and subject inside the
    span) hangs on the verb above it, as ``_statement`` judges it; otherwise the span's clause
    and its root."""
    verb = clause_of(span)
    subject = subject_of(verb)
    whole = subject is not None and span.start <= subject.i < span.end
    if whole and span.start <= verb.i < span.end and verb.dep_ == "ccomp":
        above = nearest_clause_head_above(verb)
        if above is not None:
            return above, verb.head
    return verb, span.root


def _hoped_without_commitment(word: Token, lexicon: Lexicon) -> Token | None:
    """The clause a word of hoping frames when that clause commits to nothing, or None: "I hope
    the States *will* cooperate" (a soft commitment over a promise, like ANNOTATION.md's "It is
    expected that Russia will not invade") against "I hope these numbers do not rise", "I hope
    that turns out to be the lesson" (no "will", "shall" or "must": a wish about what happens)
    and "I hope there will be debates" (an existential: a forecast nobody decides). Words of
    wishing are the cue list ``wish_words``."""
    if word.lemma_.lower() not in lexicon.cues.wish_words:
        return None
    for clause in word.children:
        if clause.dep_ != "ccomp":
            continue
        modal = _modal_kind(clause, lexicon)
        if modal is None or modal[0] != "commit":
            return clause
        if any(child.dep_ == "expl" for child in clause.children):
            return clause
    return None


def _off_the_promised_verb(token: Token, verb: Token, text: str, lexicon: Lexicon) -> str:
    """Why ``token`` (a word of ``text``) does not hang on the promised ``verb``, or "": it must
    reach the verb through the roles of ``PROMISED_ROLE_DEPS`` ("do *everything we can*", "give
    *needed* relief"), not through a purpose ("use your data *to try to* reach you"), a described
    thing or a clause of its own."""
    for _ in range(12):
        if token.i == verb.i or token.head.i == token.i:
            break
        if token.dep_ == "xcomp" and _acts_on_then_purposes(token.head, lexicon):
            return f"“{text}”: the purpose of “{token.head.text}”"
        if token.dep_ not in PROMISED_ROLE_DEPS:
            return f"“{text}” ({token.dep_} of “{token.head.text}”) is not what is promised"
        token = token.head
    if token.i != verb.i:
        return f"“{text}” does not hang on the promised verb"
    return ""


def _promised_thing(usage: Usage, span: Span, lexicon: Lexicon) -> Usage:
    """An adjective vague only on what a commitment promises (lexicon ``only_in =
    promised_thing``): "I shall recommend *prompt* enactment", "we must give all *necessary*
    aid", "we will dismantle *unnecessary* regulation" (ANNOTATION.md: a quality or a timing
    claimed for what is promised, with no measure: how soon, needed by whose reckoning, who
    judges what is unnecessary?). It stays a finding only when a statement rule found a
    commitment (``COMMITTING_RULES``: the analyzer's own tests) and the word describes a thing
    the promised verb acts on (an attributive adjective on its object, through "of" and "and").
    "We will keep the process *rapid*" (no thing described), "a *prompt* reply came", "the
    *necessary* papers were filed in 1990" (told) and "we collect the information *needed* to
    process your order" (a policy described, not promised) are plain."""
    if usage.rule not in COMMITTING_RULES:
        return _drop(
            "only_in_promised_thing",
            f"“{span.text}” is vague only on what a commitment promises; here: {usage.reason}",
        )
    word = span.root
    while word.dep_ == "conj" and word.head.pos_ in ("ADJ", "VERB") and word.head.i != word.i:
        word = word.head  # "prompt and tangible actions": the first of the joined adjectives
    if word.dep_ != "amod":
        return _drop(
            "only_in_promised_thing", f"“{span.text}” does not describe a thing (“{word.dep_}”)"
        )
    off = _off_the_promised_verb(word.head, clause_of(span), span.text, lexicon)
    if off:
        return _drop("only_in_promised_thing", off)
    return _keep("promised_thing", f"said of what is promised: {usage.reason}")


def _promised_step(usage: Usage, span: Span, lexicon: Lexicon) -> Usage:
    """A noun of a step vague only as what a commitment promises (lexicon ``only_in =
    promised_step``): "we must take *serious steps* to reduce ...", "I shall propose *new
    steps*", "their challenge is to take *irreversible steps*" (ANNOTATION.md's vague process:
    "appropriate measures / steps / action": which ones?). It stays a finding only when a
    statement rule found a commitment (``COMMITTING_RULES``: the analyzer's own tests), the
    steps are taken or proposed (``_steps_as_acts``), the noun is a thing the promised verb acts
    on (``_off_the_promised_verb``), no owner or pointer says which steps ("*these* steps",
    "*our* steps": already named), and no attribute of it, nor a relative clause saying what
    they are, holds a lexicon candidate of its own ("*reasonable* steps", "steps that are
    *reasonably* necessary": that word is the finding, asked once). "We will climb the steps of
    the museum", "we take bold steps every year" and "the council will review these steps" are
    plain."""
    if usage.rule not in COMMITTING_RULES:
        return _drop(
            "only_in_promised_step",
            f"“{span.text}” is vague only as what a commitment promises; here: {usage.reason}",
        )
    noun = span.root
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "det" and child.lower_ in DEMONSTRATIVES):
            return _drop(
                "only_in_promised_step", f"“{child.text} {span.text}”: steps already named"
            )
        described = [child] if child.dep_ in ("amod", "compound") else []
        if child.dep_ == "relcl" and child.lemma_ == "be":
            described = list(child.subtree)  # "all steps that are *reasonably* necessary"
        vague = next((word for word in described if _is_candidate(word)), None)
        if vague is not None:
            return _drop(
                "only_in_promised_step", f"“{vague.text}” says what is vague about “{span.text}”"
            )
    if not _steps_as_acts(noun, lexicon):
        return _drop(
            "only_in_promised_step", f"“{span.text}” are not taken or proposed: another sense"
        )
    off = _off_the_promised_verb(noun, clause_of(span), span.text, lexicon)
    if off:
        return _drop("only_in_promised_step", off)
    return _keep("promised_step", f"steps promised, none named: {usage.reason}")


def _steps_as_acts(noun: Token, lexicon: Lexicon) -> bool:
    """Steps that are acts: what a verb of taking or proposing takes ("take *serious steps*",
    cue list ``step_taking_verbs``), or what a proposal or plan is for ("recommendations for
    *new steps*", ``proposal_nouns``, ``plan_nouns``); not stairs or paces ("climb the steps")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    cues = lexicon.cues
    if noun.dep_ in ("dobj", "nsubjpass"):
        return noun.head.lemma_.lower() in cues.step_taking_verbs
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        owner = noun.head.head.lemma_.lower()
        return owner in cues.proposal_nouns | cues.plan_nouns | cues.step_taking_verbs
    return False


def _told_or_background(verb: Token) -> str:
    """Why the promised verb is not promised after all, or "": "as we *work to* make ..., we
    must ..." (a clause that sets the scene for the promise, not the promise: the chain of
    verbs joined by "to" and "and" hangs from another clause), "we have *tried to* avoid them"
    (a perfect: what has been done, told)."""
    top = verb
    for _ in range(8):
        if top.dep_ not in ("xcomp", "conj") or top.head.i == top.i:
            break
        if top.tag_ == "VBN" and _has_perfect(top):
            break
        top = top.head
    if _has_perfect(top) and top.tag_ == "VBN":
        return f"“{top.text}”: done so far, told"
    if top.dep_ in ("advcl", "relcl", "acl", "csubj"):
        return f"“{top.text}” sets the scene or describes; it is not the promise"
    return ""


def _acts_on_then_purposes(verb: Token, lexicon: Lexicon) -> bool:
    """ "use your data to support our services": a verb with an object of its own, then "to" and
    a verb, names the purpose of its act; "urge the Congress to give" (object_control_verbs)
    asks someone to do it."""
    return verb.lemma_.lower() not in lexicon.cues.object_control_verbs and any(
        child.dep_ == "dobj" for child in verb.children
    )


# ============================================================================ candidate rules


def _plain_comparison(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "than any other advanced country", "no other nation": compared with every other one of
    its kind; "on us or on other peoples", "children in other lands ... our own children": the
    others are everyone but the speaker's own. Neither leaves a set for the reader to ask about,
    unlike "we share data with other companies" or "Russia, Ukraine and other nations"
    (comparison_words, universal_determiners)."""
    word = span.root
    if len(span) != 1 or word.lower_ not in lexicon.cues.comparison_words:
        return None
    noun = word.head if word.dep_ in ("amod", "det") else word
    if any(
        child.dep_ == "det" and child.lower_ in lexicon.cues.universal_determiners
        for child in noun.children
    ):
        return _drop("plain_comparison", f"“{span.text}”: compared with every one of its kind")
    if _against_our_own(noun):
        return _drop("plain_comparison", f"“{span.text}”: everyone but the speaker's own")
    if _everyone_else(word, noun, lexicon):
        return _drop(
            "plain_comparison", f"“{span.text} {noun.text}”: all {noun.text} but those named"
        )
    return None


def _everyone_else(word: Token, noun: Token, lexicon: Lexicon) -> bool:
    """ "help other nations", "so that other parents don't", "what other Americans get": a bare
    plural of whole peoples (whole_peoples, or a nationality) is all of them but the speaker's or
    those named, not a set left open; "Spain, Italy and other nations" (a list's open tail) and
    "other agencies" (bodies someone picks) stay findings."""
    if noun is word or noun.tag_ not in PLURAL_TAGS:
        return False
    if noun.lemma_.lower() not in lexicon.cues.whole_peoples and noun.ent_type_ != "NORP":
        return False
    return noun.dep_ != "conj" and not any(child.dep_ == "conj" for child in noun.children)


def _obligation_named(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "our commitments to our allies", "enlarge our commitment to the Alliance for Progress",
    "united in its commitment to freedom": the noun names an obligation or an allegiance held to
    a party, a body or a cause (its "to" takes a noun), not a deed left open; "a commitment to
    reducing emissions" (a deed: what exactly, by when?) stays a soft commitment."""
    nouns = [token for token in span if token.lemma_.lower() == "commitment"]
    if not nouns:
        return None
    # "to" as the parse hangs it: from the noun, or from the verb ("honour our commitments to")
    after = nouns[0].doc[nouns[0].i + 1] if nouns[0].i + 1 < len(nouns[0].doc) else None
    if after is None or after.lower_ != "to" or after.dep_ != "prep":
        return None
    objects = [child for child in after.children if child.dep_ in ("pobj", "pcomp")]
    if not objects or any(
        obj.dep_ == "pcomp" or obj.tag_ == "VBG" or obj.pos_ not in ("NOUN", "PROPN", "PRON")
        for obj in objects
    ):
        return None
    return _drop(
        "obligation_named",
        f"“{span.text} {objects[0].text}”: an obligation held to a party or cause, not a deed",
    )


def _comparative_correlative(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "The bigger and more complex the program, the more necessary it is ...", "the sooner we
    start, the better": two comparatives, each after "the", tie one degree to another. That is a
    rule of proportion, and nobody commits to an amount or a quality by it (ANNOTATION.md:
    "Timeless general statements that commit no one"). "We will create more jobs" (one
    comparative, no "the") is judged as usual."""
    sentence = facts.sentence(span.start)
    pairs = [token for token in sentence if _after_the_comparative(token)]
    # The first pair opens the sentence or a clause of its own: "The more ..., the more ...".
    if len(pairs) < 2 or not _opens_a_part(pairs[0].doc[pairs[0].i - 1], sentence):
        return None
    # The term is in one of the parts: from a pair's "the" to the next punctuation mark.
    if not any(_part_end(pair, sentence) > span.start >= pair.i - 1 for pair in pairs):
        return None
    return _drop(
        "comparative_correlative",
        f"“the {pairs[0].text} …, the {pairs[-1].text} …”: a rule of proportion; nobody commits",
    )


def _actor_named(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "We'll be partners in rebuilding that country" (ANNOTATION.md: "do not flag *partners*
    (the actor is named: we)"), "They want us to be partners, not partisans": a vague actor said
    of a named subject through "be" names the role that subject takes, not someone left open.
    "We will work with partners" and "the partners will be consulted" are judged as usual."""
    word = span.root
    if term.category != VAGUE_ACTOR or word.dep_ not in ("attr", "oprd"):
        return None
    if word.head.lemma_ not in COPULAS:
        return None
    subject = next((c for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    named = (
        subject.tag_ == "PRP"
        and subject.lower_ not in ("it", "they", "them")
        or (subject.ent_type_ in NAMED_ACTOR_ENTITIES or subject.pos_ == "PROPN")
    )
    if not named:
        return None
    return _drop("actor_named", f"“{subject.text} … {word.text}”: the actor is named")


def _denied_alternative(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "we must meet the challenge, not by pouring more money into a bad program, but by
    abolishing ...", "concentrate on the long-range responsibilities, and not on the short-term
    temptations": a phrase opened by "not" names the way or the thing the sentence turns down.
    Nothing is promised or planned of it (ANNOTATION.md: flag a word only in "a statement that
    promises, plans, proposes, requires, or claims", "in this sentence"). The phrase after "but"
    and "we will not collect more data" (a verb denied: none_more) are judged as usual."""
    for above in (span.root, *span.root.ancestors):
        if above.pos_ in DENIABLE_POS and _opened_by_not(above):
            return _drop("denied_alternative", f"“not … {above.text}”: turned down, not promised")
        if any(child.dep_ in DOER_DEPS for child in above.children):
            return None  # a clause of its own: "not" further up is not this phrase's
    return None


def _opened_by_not(phrase: Token) -> bool:
    """ ", not by pouring ...", ", and not on the temptations", "but not the short-term ...": the
    phrase starts with "not" (or right after it), and "not" follows a comma or a conjunction, the
    turn of "X, not Y". "This is not a robust plan" (a verb denied) and "Not all partners" (the
    sentence's first word) are not this."""
    first = phrase.left_edge
    if first.lower_ != "not":
        if first.i == 0 or first.i > phrase.i:
            return False
        first = first.doc[first.i - 1]
        if first.lower_ != "not":
            return False
    elif first.head != phrase:
        return False
    before = first.doc[first.i - 1] if first.i > 0 else None
    return before is not None and (before.is_punct or before.pos_ == "CCONJ")


def _after_the_comparative(token: Token) -> bool:
    """A comparative ("bigger", "more", "less", "better") right after "the"."""
    if token.i == 0 or token.doc[token.i - 1].lower_ != "the":
        return False
    return token.tag_ in COMPARATIVE_TAGS or token.lower_ in PROPORTION_WORDS


def _part_end(pair: Token, sentence: Span) -> int:
    """Where the part a "the + comparative" pair opens ends: the next punctuation mark."""
    for token in sentence.doc[pair.i : sentence.end]:
        if token.is_punct:
            return token.i
    return sentence.end


def _opens_a_part(the: Token, sentence: Span) -> bool:
    """ "the" is the sentence's first word, or follows a punctuation mark or a conjunction."""
    if the.i == sentence.start:
        return True
    before = the.doc[the.i - 1]
    return before.is_punct or before.pos_ == "CCONJ"


def _described_person(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "Give someone on welfare the chance to go to work", "help anyone who has lost a job":
    "someone" described by what follows it, and not the one who acts in its clause, is a person
    the sentence speaks of (a beneficiary), not a vague actor standing in "for whoever should act
    or answer" (ANNOTATION.md). "Someone will contact you" (the doer) and "we will share it with
    someone" (no description) are judged as usual."""
    word = span.root
    if term.category != VAGUE_ACTOR or len(span) != 1:
        return None
    if word.lower_ not in lexicon.cues.indefinite_pronouns or word.dep_ in DOER_DEPS:
        return None
    if word.dep_ == "pobj" and word.head.lower_ == "by":
        return None  # "reviewed by someone outside the company": the doer, in a passive
    described = [child for child in word.children if child.dep_ in DESCRIBING_DEPS]
    if not described or any(child.i < word.i for child in described):
        return None
    return _drop(
        "described_person",
        f"“{word.text} {described[0].text} …”: a person spoken of, not whoever acts",
    )


def _looks_back(anchor: Token, head: Token, lexicon: Lexicon) -> str | None:
    """ "We have had some successes", "over the past 12 years we have erected a framework": a
    perfect that tells what the writer has had, or what it did over a period now past, looks back
    (ANNOTATION.md: "Past narrative or description in which nothing is promised or assured").
    The words of the period, or None. "We have finally opened the doors" (a result now) is not
    looking back, and a quality claimed for the result ("a sound framework") stays a claim."""
    if head.lemma_ == POSSESSION:
        return f"“{anchor.text}”: what the writer has had"
    for verb in {anchor, head}:
        for child in verb.children:
            if child.dep_ not in PERIOD_DEPS:
                continue
            words = [token for token in child.subtree if token.lower_ in lexicon.cues.past_periods]
            if words:
                return f"“{words[0].text}”"
            if child.lower_ in DURATION_PREPOSITIONS and any(
                g.dep_ == "pobj" and g.lemma_.lower() in lexicon.cues.time_nouns
                for g in child.children
            ):
                # "we have given attention over many weeks and months": the perfect spans a
                # stretch of time that ends now, told as spent.
                return f"“{child.text} …”"
    return None


def _against_our_own(noun: Token) -> bool:
    """The noun stands against the speaker: coordinated with "us" ("on us or on other
    peoples"), or the sentence sets "our own" beside it ("other lands ... our own children")."""
    for token in noun.sent:
        if token.lower_ == "own" and any(c.lower_ in ("our", "my") for c in token.head.children):
            return True
    conjuncts = [noun, *noun.conjuncts]
    if noun.dep_ == "pobj":
        conjuncts += [
            child for prep in noun.head.conjuncts for child in prep.children if child.dep_ == "pobj"
        ]
    return any(c.lower_ in ("us", "ourselves") for c in conjuncts)


def _singular_sense(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """A term written in the plural ("officials", "sources", "measures") names a vague group or
    set; its singular is often another word ("an official visit", "the moisture source")."""
    written = term.term.rsplit(" ", 1)[-1].lower()
    found = span[-1]
    if (
        written.endswith("s")
        and not written.endswith(("ss", "us", "is"))
        and found.lower_ != written
        and found.tag_ not in PLURAL_TAGS
        and found.lower_ not in term.variants
    ):
        return _drop("singular_sense", f"“{found.text}” is singular; the term is a plural group")
    if _exertion(span, lexicon):
        return _drop("singular_sense", f"“{found.text}” alone, with no article: hard work")
    owner = _capacity_owned(span, lexicon)
    if owner is not None:
        return _drop("literal_sense", f"“{found.text}” of “{owner.text}”: a capacity it has")
    return None


def _exertion(span: Span, lexicon: Lexicon) -> bool:
    """ "We cannot solve them without *effort* and sacrifice", "duplication of *effort*": a noun of
    effort (cue list ``effort_nouns``) in the singular, with no article, owner or adjective, after
    a preposition, is work in general (uncountable: exertion), not an effort anyone undertakes
    (ANNOTATION.md: "Literal, technical or other senses"). "a great *effort*", "wise *effort* will
    be rewarded", "every *effort*" and "our *efforts*" are judged as usual."""
    word = span.root
    if len(span) != 1 or word.tag_ != "NN" or word.lemma_.lower() not in lexicon.cues.effort_nouns:
        return False
    if word.dep_ != "pobj":
        return False
    return all(child.dep_ in ("conj", "cc", "punct") for child in word.children)


def _part_of_compound(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "arms ... for a full-scale war", "fair-minded judges": a lexicon word written as the first
    part of a hyphened compound that is no lexicon term itself qualifies only the compound's other
    part (the scale, the mind), not a commitment: another sense of the word (ANNOTATION.md:
    "literal, technical or other senses"). A compound the lexicon knows ("high-level",
    "long-term", "third-party") is matched whole and never reaches this rule; a word that is the
    compound's last part, its head ("cost-effective"), is judged as usual."""
    doc = span.doc
    last = span[-1]
    if last.whitespace_ or last.i + 2 >= len(doc):
        return None
    hyphen, rest = doc[last.i + 1], doc[last.i + 2]
    # "more-and better": a dash typed as a hyphen before a little word is no compound
    if hyphen.text != "-" or hyphen.whitespace_ or not rest.is_alpha or rest.is_stop:
        return None
    compound = f"{span.text}-{rest.text}"
    return _drop("part_of_compound", f"“{compound}”: “{span.text}” qualifies “{rest.text}” only")


# Nouns of a fraction: "the major part of the cost" says how much of it (a quantity, not a rank).
FRACTION_NOUNS = frozenset({"part", "portion", "share", "proportion", "fraction"})


def _rank_sense(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "The *major* immediate goal of our foreign policy is to ...", "Our present *major* effort
    toward economic reconstruction is ...": a word that ranks (``rank_words``) on one thing the
    text points to (a singular noun with "the" or an owner) names the chief one, not a size:
    another sense of the word (ANNOTATION.md: "Literal, technical or other senses"). "a *major*
    effort", "*major* savings", "our *major* trade negotiations" (how large, how many) and "the
    *major* part of the cost" (how much of it) stay."""
    word = span.root
    if len(span) != 1 or word.lower_ not in lexicon.cues.rank_words or word.dep_ != "amod":
        return None
    noun = word.head
    if noun.tag_ != "NN" or noun.lemma_.lower() in FRACTION_NOUNS:
        return None
    pointed = any(
        (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) or c.dep_ == "poss"
        for c in noun.children
    )
    if not pointed and _defined_by_copula(noun) is None:
        return None
    return _drop("rank_sense", f"“{word.text} {noun.text}”: the chief one, a rank, not a size")


def _defined_by_copula(noun: Token) -> Token | None:
    """What a copula says ``noun``, its subject, is ("A *major* objective is *to maintain* ...",
    "a *major* factor will be *the development* of ..."): one of the chief ones, named; or None.
    "A major reduction can help", "a major effort is needed" say nothing of which one."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ not in COPULAS:
        return None
    return next((c for c in verb.children if c.dep_ in ("attr", "xcomp")), None)


def _heading(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    kind = facts.per_sentence("heading", facts.sentence(span.start), _heading_kind)
    if kind is not None:
        return _drop("heading", kind)
    return None


def _heading_kind(sentence: Span) -> str | None:
    words = [token for token in sentence if token.is_alpha]
    if not words or sentence[-1].text in (".", "!", "?", ":", ";"):
        return None
    outside = _outside_brackets(sentence)
    if len(outside) > 1 and all(token.is_upper for token in outside):
        return "a heading in capitals, not a statement"
    if not any(is_clause_head(token) for token in sentence) and all(
        token.is_title or token.is_stop for token in words
    ):
        return "a title line with no verb, not a statement"
    return None


def _outside_brackets(sentence: Span) -> list[Token]:
    """The words of a line outside round or square brackets: a heading in capitals keeps its
    capitals there, while a note in brackets beside it may be in lower case ("DRAFT FRAMEWORK
    (confidential working text)")."""
    words, depth = [], 0
    for token in sentence:
        if token.text in ("(", "["):
            depth += 1
        elif token.text in (")", "]"):
            depth = max(depth - 1, 0)
        elif depth == 0 and token.is_alpha:
            words.append(token)
    return words


def _question(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "Are you in favour of a Republic?": a question asks; it does not commit or claim."""
    if facts.per_sentence("question", facts.sentence(span.start), _is_question):
        return _drop("question", "a question asks; it does not promise or claim")
    return None


def _is_question(sentence: Span) -> bool:
    last = next((t for t in reversed(sentence) if not t.is_space and t.text not in QUOTES), None)
    return last is not None and last.text == "?"


def _is_quoted(span: Span) -> bool:
    doc = span.doc
    before = doc[span.start - 1].text if span.start > 0 else ""
    after = doc[span.end].text if span.end < len(doc) else ""
    return before in QUOTES and after in QUOTES


def _mention(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "power-words such as 'robust'": a quoted term in a sentence about words."""
    if not _is_quoted(span):
        return None
    nouns = _cue(lexicon, "mention_nouns")

    def word_about_words(sentence: Span) -> str | None:
        for token in sentence:
            lemma = token.lemma_.lower()
            if lemma in nouns or lemma.rsplit("-", 1)[-1] in nouns:
                return token.text
        return None

    noun = facts.per_sentence("mention", facts.sentence(span.start), word_about_words)
    if noun is not None:
        return _drop("mention", f"quoted beside “{noun}”: the word is talked about")
    return None


def _deemed_sense(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "is considered a war crime", "will be considered null and void": a status."""
    verb = span.root
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _cue(
        lexicon, "deeming_verbs"
    ):
        return None
    if any(
        child.dep_ in ("oprd", "attr", "acomp")
        or (child.dep_ == "prep" and child.lower_ == "as")
        or (child.dep_ == "xcomp" and child.lemma_ == "be")
        for child in verb.children
    ):
        return _drop("deemed_sense", "deemed to be something: a status, not a deliberation")
    return None


def _degree_adverb(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "more locally", "a more effective act", "to better serve you": a comparative grading an
    adverb, a vague adjective or (for "better") a verb says how much of that quality, not an
    amount or a result; the graded term ("effective") is judged on its own. "Must become more
    secure" keeps "more": there it is the vague claim."""
    if term.key not in COMPARATIVE_TERMS or len(span) != 1:
        return None
    root = span.root
    graded = root.head
    if root.dep_ != "advmod" or graded == root:
        return None
    allowed = GRADED_POS if term.key == "more" else GRADED_POS | {"VERB"}
    if graded.pos_ not in allowed or graded.i < root.i:
        return None
    if term.key == "more" and graded.pos_ == "ADJ" and not _is_candidate(graded):
        return None  # "must become more secure": "more" is the vague claim itself
    return _drop("comparative_degree", f"“{span.text} {graded.text}”: a degree, not an amount")


def _is_candidate(token: Token) -> bool:
    """Whether a lexicon candidate covers ``token`` ("effective" in "more effective")."""
    return any(other.start <= token.i < other.end for other in token.doc.spans.get("vague", ()))


def _wish_or_purpose(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "May God guide this country": a possibility modal before its subject, in a statement, is a
    wish; "so that our children may live in peace": a modal in a purpose clause says what the
    action is for; "it may well be that ...": a guess; "I hope it may be said, a hundred years from
    now, that ...": the possibility modal of a clause a word of wishing takes (cue list
    ``wish_words``) is the wish's own mood, and the wish is judged as itself ("I hope"). None
    hedges a commitment."""
    modal = span.root
    if modal.tag_ != "MD" or len(span) != 1:
        return None
    verb = modal.head
    subject = subject_of(verb) if verb != modal else None
    if subject is not None and subject.i > modal.i and subject.dep_ != "expl":
        return _drop("wish", f"“{modal.text} {subject.text} …”: a wish or a blessing, not a hedge")
    if (
        subject is not None
        and subject.lower_ == "it"
        and verb.lemma_ == "be"
        and any(
            c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children) for c in verb.children
        )
    ):
        return _drop("speculation", f"“it {modal.text} be that …”: a guess about what may happen")
    hoping = verb.head
    if (
        verb.dep_ == "ccomp"
        and hoping.lemma_.lower() in lexicon.cues.wish_words
        and modal.lower_ in lexicon.cues.possibility_modals
    ):
        return _drop("wish", f"“{hoping.text} … {modal.text}”: what is hoped for, not a hedge")
    marks = {child.lower_ for child in verb.children if child.dep_ == "mark"}
    if verb.dep_ == "advcl" and ("so" in marks or "order" in marks) and "that" in marks:
        return _drop("purpose", f"“so that … {modal.text}”: what the action is for, not a hedge")
    return None


def _forecast(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "Withdrawals are expected to total $1 billion", "revenue is expected to grow by 12.9%": a
    thing that cannot act, expected to come to an amount, is a forecast of a measure, not a plan
    (ANNOTATION.md: forecasts nobody decides are not commitments). So is "whatever they cost last
    year, they will cost more next year". "Talks are expected to continue" and "the treaty is
    expected to be signed" (someone decides) stay findings."""
    measured = _amount_foretold(span, lexicon)
    if measured is not None:
        return _drop("forecast", measured)
    if term.category != SOFT_COMMITMENT or span.root.lemma_.lower() != "expect":
        return None
    expected = span.root
    subject = subject_of(expected)
    if subject is None or subject.dep_ == "expl" or _is_actor(subject, lexicon):
        return None
    if subject.lower_ in RELATIVE_PRONOUNS or _person_of(subject) != "thing":
        return None
    complement = next((c for c in expected.children if c.dep_ == "xcomp"), None)
    if complement is None or is_passive(complement):
        return None
    figure = next(
        (
            t
            for c in complement.children
            if c.dep_ in ("dobj", "prep", "npadvmod")
            for t in c.subtree
            if t.like_num and t.ent_type_ != "DATE"
        ),
        None,
    )
    if complement.lemma_.lower() in lexicon.cues.measure_verbs or figure is not None:
        return _drop("forecast", f"“{subject.text} … {complement.text}”: a forecast of an amount")
    date = next(
        (t for t in complement.subtree if t.ent_type_ in ("DATE", "TIME") and t.i > complement.i),
        None,
    )
    if date is not None and not facts.speaks and _exact_date(date):
        # "Work is expected to be complete by September", "pouring is expected to take another
        # two weeks": a schedule, in a report that speaks as no one; nobody is held to it.
        return _drop("forecast", f"“{subject.text} … {date.text}”: a schedule, reported")
    return None


def _amount_foretold(span: Span, lexicon: Lexicon) -> str | None:
    """ "they will cost more next year", "the tickets will cost more": "more" or "less" as the
    measure of a verb whose object is a measure (measure_verbs), said of a thing, foretells an
    amount nobody decides. "We will spend more" (an actor) and "our plan will cost more" (the
    writer's own) are judged as usual. How the reason reads, or None."""
    word = span.root
    if word.lower_ not in PROPORTION_WORDS or word.dep_ not in ("advmod", "dobj", "npadvmod"):
        return None
    verb = word.head
    if verb.lemma_.lower() not in lexicon.cues.measure_verbs:
        return None
    modal = _modal_kind(verb, lexicon)
    subject = subject_of(verb)
    if modal is None or subject is None or _writer_voice(subject):
        return None
    if _is_actor(subject, lexicon) or _person_of(subject) not in ("thing", "third"):
        return None
    return f"“{subject.text} {modal[1].text} {verb.text} {word.text}”: a forecast of an amount"


def _exact_date(token: Token) -> bool:
    """Whether the date or time entity that ``token`` is part of is exact ("by September",
    "another two weeks"), not with a vague word of its own ("for several weeks")."""
    doc = token.doc
    start = end = token.i
    while start > 0 and doc[start - 1].ent_type_ == token.ent_type_ and doc[start].ent_iob_ != "B":
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return not any(_is_candidate(doc[i]) for i in range(start, end + 1))


def _refers_back(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "these measures", "such proposals", "such third parties": a plan's nouns or a group pointing
    back to what was named before (the first mention is the finding);
    "the many families who ...": a count word inside a definite phrase describes a known group
    rather than leaving an amount open."""
    root = span.root
    if (
        term.category in REFERRING_CATEGORIES and root.pos_ == "NOUN"
    ) or term.category == VAGUE_ACTOR:
        # "such third parties", "these partners": the group met before, asked about there.
        if not facts.speaks and term.category in REFERRING_CATEGORIES and root.tag_ in PLURAL_TAGS:
            # "The authority is overseeing the efforts", in a report: the efforts told before.
            bare_the = any(c.dep_ == "det" and c.lower_ == "the" for c in root.children)
            modified = any(c.dep_ in ("prep", "acl", "relcl") for c in root.children)
            # As the object of what someone is doing, not the subject of a promise ("The
            # proposals will be considered").
            described = root.dep_ in ("dobj", "pobj") and _modal_kind(head, lexicon) is None
            if bare_the and not modified and described:
                return _drop("refers_back", f"“the {root.text}”: told before, in a report")
        for child in root.children:
            if (
                child.dep_ in ("det", "amod", "predet")
                and child.lower_ in DEMONSTRATIVES
                and child.i < span.start
            ):
                return _drop("refers_back", f"“{child.text} {root.text}”: named before")
        return None
    pointer = _pointed_amount(span, term, lexicon)
    if pointer is not None:
        return _drop(
            "refers_back", f"“{pointer.text} {span.text} {root.head.text}”: the ones told before"
        )
    if term.category == "vague_quantity" and term.key in COUNT_ADJECTIVES and root.dep_ == "amod":
        for child in root.head.children:
            if child.dep_ in ("det", "poss") and child.i < root.i and child.lower_ in ("the",):
                return _drop(
                    "refers_back", f"“{child.text} {span.text} {root.head.text}”: a known group"
                )
    return None


# Pointers that name what was told before ("these additional tax changes", "that vast
# undertaking"). Not "such": "such additional steps as may be needed" leaves them open.
POINTERS = DEMONSTRATIVES - {"such"}


def _pointed_amount(span: Span, term: Term, lexicon: Lexicon) -> Token | None:
    """ "seeking *these additional* tax changes" (after a list of them), "the lessons of *that
    vast* undertaking", "to achieve *these greater* gains": an amount word on a noun a pointer
    opens describes what was told before (where a figure or a list, if any, was given); it leaves
    no amount open here (ANNOTATION.md: "Past narrative or description"). The word is one that
    adds to an amount or gives a size (cue lists ``counted_words``, ``size_words``). The pointer,
    or None. "other" after a pointer ("those other services") is left to the lexicon: readers of
    privacy policies mark it; so is a count word ("these various steps": the tune gold marks
    cue10-037's). The pointer must stand right before the word (a misparse hangs "those" of "for
    those now working" on the next noun). "additional funding", "such additional steps as are
    needed" stay."""
    root = span.root
    if term.category != "vague_quantity" or len(span) != 1:
        return None
    amounts = lexicon.cues.counted_words | lexicon.cues.size_words
    if root.lower_ not in amounts or root.lower_ == "other":
        return None
    if root.dep_ != "amod" or root.pos_ != "ADJ" or root.head.pos_ != "NOUN":
        return None
    return next(
        (
            child
            for child in root.head.children
            if child.dep_ == "det" and child.lower_ in POINTERS and child.i == root.i - 1
        ),
        None,
    )


def _enterprise(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "our whole intelligence effort must be reviewed", "our joint Federal-local effort must
    pursue poverty", "Government's efforts must be paralleled by ...", "your efforts will come to
    nothing unless ...", "the efforts of the United Nations have put a stop to bloodshed": a noun
    of effort (cue list ``effort_nouns``) owned by someone (a possessive, or "of" a named person
    or body) and standing as the subject names an enterprise that acts or is acted on, not an
    effort promised ("we will make every effort", "wise effort will be rewarded" stay)."""
    root = span.root
    # the effort noun decides, whatever its kind ("efforts" is a vague process, "every effort" a
    # soft commitment)
    if root.pos_ != "NOUN":
        return None
    if (
        root.dep_ not in ("nsubj", "nsubjpass")
        or root.lemma_.lower() not in lexicon.cues.effort_nouns
    ):
        return None  # "our vision is a school where ...": the plan itself, told
    owner = next((c for c in root.children if c.dep_ == "poss"), None) or next(
        (
            noun
            for c in root.children
            if c.dep_ == "prep"
            for noun in c.children
            if noun.dep_ == "pobj" and _owner(c, noun)
        ),
        None,
    )
    if owner is None or any(c.dep_ == "acl" for c in root.children):
        return None  # "our effort to cut waiting lists": an aim at an act
    return _drop("enterprise", f"“{owner.text} … {root.text}”: an enterprise named, not a promise")


def _opposed_effort(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "I will veto any effort that undercuts our national security", "condemn just as strongly
    an effort to reduce the particular federal grant": a noun of effort (``effort_nouns``) that is
    the object of a verb turning it down (``rejecting_verbs``, not negated) is somebody else's
    attempt, refused; nobody promises it (ANNOTATION.md: a finding is in a statement that
    "promises, plans, proposes"). "We will resist every effort ..." is judged the same; "we will
    not oppose the effort" and "we will support the effort" are judged as usual."""
    root = span.root
    if root.pos_ != "NOUN" or root.dep_ != "dobj":
        return None
    if root.lemma_.lower() not in lexicon.cues.effort_nouns:
        return None
    verb = root.head
    if verb.lemma_.lower() not in lexicon.cues.rejecting_verbs:
        return None
    if any(child.dep_ == "neg" for child in verb.children):
        return None
    return _drop("opposed_effort", f"“{verb.text} … {root.text}”: an effort turned down, not made")


# Verbs that make an effort: "the efforts being made", "the effort that has been undertaken".
EFFORT_MAKING_VERBS = frozenset({"make", "undertake"})


def _effort_under_way(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "We welcome the constructive efforts being made by many nations to achieve a better
    life", "We have been a participant in the effort that has been made over the past few years
    against ... disease": a noun of effort (``effort_nouns``) whose own clause tells it as being
    made or as made (a passive of "make" / "undertake", progressive, perfect or past) is an
    effort described, under way or done (ANNOTATION.md: "Past narrative or description in which
    nothing is promised or assured"). "We will support the efforts being made by ..." (a modal
    over it), "the efforts that will be made" and "we will make every effort" are judged as
    usual."""
    root = span.root
    if root.pos_ != "NOUN" or root.lemma_.lower() not in lexicon.cues.effort_nouns:
        return None
    if has_modal(head):
        return None
    for clause in root.children:
        if clause.dep_ not in ("acl", "relcl") or clause.lemma_.lower() not in EFFORT_MAKING_VERBS:
            continue
        auxiliaries = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
        passive = any(c.dep_ == "auxpass" for c in clause.children) or (
            clause.dep_ == "acl" and clause.tag_ == "VBN"
        )
        told = "being" in auxiliaries or auxiliaries & (PAST_AUXILIARIES | PERFECT_AUXILIARIES)
        if passive and told and not has_modal(clause):
            return _drop(
                "effort_under_way", f"“{root.text} … {clause.text}”: an effort described, made"
            )
    return None


def _none_more(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "We should not buy more surpluses", "will not collect further data": an added amount under
    a negated verb asks for none; no amount is left open."""
    if term.key not in ADDITIVE_TERMS:
        return None
    noun = span.root
    while noun.dep_ in ("amod", "advmod", "det") and noun.head != noun:
        noun = noun.head
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass", "attr") or verb.pos_ not in ("VERB", "AUX"):
        return None
    negation = next((c for c in verb.children if c.dep_ == "neg"), None)
    if negation is None:
        return None
    return _drop("none_more", f"“{negation.text} … {span.text}”: none more, no amount left open")


def _part_of_a_name(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "NATO's Enhanced Partnership Programme", "the Clean Air Act": a word inside the name of an
    organisation, a law or a programme names it; it claims nothing."""
    root = span.root
    # A capital opening the sentence says nothing about a name.
    opens_sentence = root.is_sent_start or root.i == facts.sentence(root.i).start
    # The entity last: the second stage runs NER only where a rule reads one (pipeline.py).
    if root.is_title and not opens_sentence and root.ent_type_ in NAME_ENTITIES:
        return _drop("part_of_a_name", f"“{root.text}” is part of a name")
    return None


def _whole_of(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "the full report", "its full text": "full" after a definite determiner means the whole of
    a known thing, not a claim of completeness ("full support", "full compliance")."""
    root = span.root
    if term.key != "full" or root.dep_ != "amod":
        return None
    if root.tag_ in SUPERLATIVE_TAGS:
        return None  # "the fullest possible accounting": as full as can be, a claim
    noun = root.head
    determiner = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("det", "poss") and c.i < root.i and c.lower_ in DEFINITE_DETERMINERS
        ),
        None,
    )
    if determiner is None:
        return None
    return _drop("whole_of", f"“{determiner.text} {span.text} {noun.text}”: the whole of it")


def _named_group(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "Dividend Miles partners", "the Rackspace affiliates", "our North Atlantic Treaty
    partners": a vague group of a named company, programme or treaty is a group the reader can
    look up, as "we" names who acts. Named: an entity, or a proper noun the entity recogniser
    missed ("our European partners" stay open)."""
    if term.category != VAGUE_ACTOR:
        return None
    root = span.root
    for child in root.children:
        if (
            child.dep_ in ("compound", "poss")
            and child.i < span.start
            and (child.ent_type_ in NAMED_GROUP_ENTITIES or _proper_name(child))
        ):
            return _drop("named_group", f"the {span.text} of {child.text}, a named body")
    return None


def _proper_name(token: Token) -> bool:
    """A proper noun compounded into the noun after it ("North Atlantic Treaty partners"), not a
    capital that only opens the sentence ("Industry partners will be consulted")."""
    return token.dep_ == "compound" and token.pos_ == "PROPN" and token.i != token.sent.start


def _literal_object(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "address the nation", "tackle the ball": the verb in its literal sense. Read from the
    object's side too (ANNOTATION.md: "Literal, technical or other senses"): "I will send
    *proposals* to the Congress", "I will offer a far-reaching set of *proposals*", "the
    *proposals* I send to the Congress": proposals handed in or made public are papers, the
    thing delivered, not a soft commitment; what they leave open is the papers' to answer.
    "We have proposals" and "proposals will be considered" stay."""
    verb = span[0]
    objects = _cue(lexicon, "literal_objects")
    delivered = _delivered_by(span.root, objects)
    if delivered is not None:
        return _drop(
            "literal_sense", f"“{delivered.text} … {span.root.text}”: the papers, handed in"
        )
    if verb.pos_ not in ("VERB", "NOUN"):
        return None
    # The object, or the one the term's own preposition names ("when you deal with us"; "the
    # companies we deal with": the noun the clause hangs from).
    own = [c for c in verb.children if c.dep_ == "prep" and span.start <= c.i < span.end]
    places = [g for c in own for g in c.children if g.dep_ == "pobj"]
    if verb.dep_ == "relcl" and any(not any(g.dep_ == "pobj" for g in c.children) for c in own):
        places += [verb.head, *verb.head.conjuncts]
    for child in [*verb.children, *places]:
        pair = f"{verb.lemma_.lower()} {child.lemma_.lower()}"
        if (child.dep_ in ("dobj", "nsubjpass", "pobj") or child in places) and pair in objects:
            return _drop("literal_sense", f"“{verb.text} … {child.text}”: the literal sense")
    return None


def _delivered_by(noun: Token, objects: dict[str, str]) -> Token | None:
    """The verb a candidate noun is the object of, when the "verb object" pair is listed
    (``literal_objects``): "send proposals", "offer a set of proposals" (the set is the object),
    "the proposals I send" (a relative clause with no object of its own)."""
    if noun.pos_ != "NOUN":
        return None
    held = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        held = noun.head.head  # "a far-reaching set of proposals"
    verbs = [held.head] if held.dep_ in ("dobj", "nsubjpass") else []
    verbs += [
        c
        for c in noun.children
        if c.dep_ == "relcl" and not any(g.dep_ == "dobj" for g in c.children)
    ]
    return next(
        (
            verb
            for verb in verbs
            if verb.pos_ == "VERB" and f"{verb.lemma_.lower()} {noun.lemma_.lower()}" in objects
        ),
        None,
    )


def _resolved_on_the_spot(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "several measures, including a £2m fund": the set the word left open is listed; "subject
    to applicable law", "subject to the terms of its licence": the condition is named."""
    if term.key == "subject to":
        last = span[-1]
        for target in last.children:
            if target.dep_ != "pobj":
                continue
            # "the terms of its licence": the instrument whose terms apply is named.
            of_what = [
                g
                for c in target.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            for named in [target, *of_what]:
                if named.lemma_.lower() in lexicon.cues.legal_nouns:
                    return _drop("resolved_on_the_spot", f"the condition is named (“{named.text}”)")
        return None
    if term.category == "vague_timing":
        return _exact_time(span, lexicon)
    step = _step_named(span)
    if step is not None:
        return _drop("resolved_on_the_spot", f"the step is named (“by {step.text} …”)")
    way = _best_way_named(span)
    if way is not None:
        return _drop("resolved_on_the_spot", f"the best way is named (“{way} …”)")
    apposition = _apposition_answers(span)
    if apposition is not None:
        return _drop("resolved_on_the_spot", apposition)
    listed_noun = term.category in REFERRING_CATEGORIES and span.root.pos_ == "NOUN"
    if term.category not in ("vague_quantity", VAGUE_ACTOR) and not listed_noun:
        return None
    noun = span.root
    while noun.dep_ in ("amod", "det", "nummod", "quantmod", "advmod") and noun.head != noun:
        noun = noun.head
    for child in noun.children:
        # "a number of measures": the listed noun is the object of "of".
        if child.dep_ == "prep" and child.lower_ == "of" and span.start <= child.i < span.end:
            noun = next((g for g in child.children if g.dep_ == "pobj"), noun)
    doc = span.doc
    # The noun phrase's words after the term, then the two words after the phrase ("in a number
    # of ways, including"), looking no further than LISTING_WINDOW words.
    last = min(len(doc), noun.right_edge.i + 3, span.end + LISTING_WINDOW)
    for token in doc[span.end : last]:
        following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if token.lower_ in SET_LISTING_WORDS or (token.lower_ == "such" and following == "as"):
            return _drop("resolved_on_the_spot", f"the set is listed (“{token.text} …”)")
        if token.text == ":":
            return _drop("resolved_on_the_spot", "the set is listed after the colon")
        if token.lower_ == "than" and term.key in COMPARATIVE_TERMS:
            # "more data than we need", "more jobs than the old scheme": the standard is given.
            return _drop("resolved_on_the_spot", "compared with a standard (“than …”)")
    listed = _range_listed(noun, lexicon)
    if listed is not None:
        return _drop("resolved_on_the_spot", f"the set is listed (“from {listed.text} to …”)")
    return None


RANGE_LINKS = frozenset({"to", "and", "or"})
RANGE_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _range_listed(noun: Token, lexicon: Lexicon) -> Token | None:
    """ "Many of our initiatives, from job training to welfare reform to health care to national
    service, will help ...", "new partners from Africa to India and Pakistan": a "from ... to
    ..." phrase hung on the noun (or on the quantity word whose "of" names it) that names three
    things or more is a listed set (ANNOTATION.md: "Resolved on the spot: the specifics follow in
    the same sentence", "a listed set"). Two ends ("more money from the Treasury to the States":
    where it goes), a span of time or figures ("from 2020 to 2025", "from year to year") and a
    vague word among the ends ("from some schools to others") leave it open. The first thing
    named, or None."""
    holders = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        holders.append(noun.head.head)  # "many of our initiatives, from ...": on "many"
    doc = noun.doc
    starts = [
        c for holder in holders for c in holder.children if c.dep_ == "prep" and c.lower_ == "from"
    ]
    # "We will fund several projects, from new parks to ...": set off by a comma after the noun,
    # the phrase is the set's even where the parse hangs it on the verb.
    after = noun.right_edge.i + 1
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ == "from":
        starts.append(doc[after + 1])
    for start in starts:
        if start.i < noun.i:
            continue
        stretch = []
        for token in doc[start.i + 1 : min(len(doc), start.i + 16)]:
            if token.is_punct or token.is_sent_start:
                break
            stretch.append(token)
        # "to" as a preposition only: "from us to verify the numbers" is a purpose, no range.
        links = [
            t for t in stretch if t.lower_ in RANGE_LINKS and (t.lower_ != "to" or t.dep_ == "prep")
        ]
        if not any(t.lower_ == "to" for t in links) or stretch[0].pos_ == "PRON":
            continue
        if any(
            token.like_num
            or token.ent_type_ in RANGE_ENTITIES
            or token.lemma_.lower() in lexicon.cues.time_nouns
            or _is_candidate(token)
            for token in stretch
        ):
            continue
        if 1 + len(links) >= 3:
            return stretch[0]
    return None


def _step_named(span: Span) -> Token | None:
    """ "We will improve the bridge by widening it", "it would strengthen French society by
    granting the simple recognition of full citizenship to homosexual couples": a verb of vague
    process whose "by" names the act that carries it out (a gerund, itself no candidate) has its
    step given (ANNOTATION.md: "Resolved on the spot: the specifics follow in the same
    sentence"). The gerund, or None: "improve the bridge" and "by being firm" leave it open."""
    verb = span.root
    if verb.pos_ != "VERB" or span.label_ != "vague_process":
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "by":
            continue
        for act in prep.children:
            if act.dep_ == "pcomp" and act.tag_ == "VBG" and act.lemma_ != "be":
                return None if _is_candidate(act) else act
    return None


# Prepositions that name the means by which something is done: "served by", "accomplished through".
MEANS_PREPOSITIONS = frozenset({"by", "through", "via"})


def _best_way_named(span: Span) -> str | None:
    """ "This can best be accomplished through universal training", "the prosperity of the whole
    world is best served by the elimination of artificial barriers to trade": a superlative adverb
    of manner whose verb names the means ("by", "through") says which way is the best one; the
    way is given, nothing is left open (ANNOTATION.md: "Resolved on the spot: the specifics follow
    in the same sentence"). "We will serve our people best" and "is best served by good schools"
    (a vague means) leave it open. The means as written, or None."""
    word = span.root
    if len(span) == 1 and word.tag_ == "JJS" and word.dep_ == "amod":
        return _best_way_defined(word)
    if len(span) != 1 or word.pos_ != "ADV" or word.dep_ != "advmod":
        return None
    superlative = word.tag_ in SUPERLATIVE_TAGS or (
        word.tag_ not in COMPARATIVE_TAGS and word.lemma_.lower() != word.lower_
    )
    verb = word.head
    if not superlative or verb.pos_ != "VERB":
        return None
    for prep in verb.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in MEANS_PREPOSITIONS:
            continue
        for means in prep.children:
            if means.dep_ not in ("pobj", "pcomp") or means.pos_ not in ("NOUN", "VERB"):
                continue
            if not any(_is_candidate(token) for token in means.subtree):
                return f"{prep.text} {means.text}"
    return None


def _best_way_defined(word: Token) -> str | None:
    """ "The best way to keep Social Security a rock-solid guarantee is not to make drastic cuts
    in benefits, ...": a superlative adjective on the subject of "be" whose complement is an act
    ("to make ...", "cutting ...") is told which one is best, as "can best be accomplished
    through ..." is (ANNOTATION.md: "Resolved on the spot: the specifics follow in the same
    sentence"). The noun says what it is the best way to do ("the best way to keep ..."): "our
    best days are still to come" is no way. "The best way is a good one" (no act), "the best
    schools are in the north" and "the best way to cut crime is to take appropriate measures"
    (a vague word in the act) leave it open."""
    noun = word.head
    copula = noun.head
    if noun.dep_ != "nsubj" or copula.lemma_ != "be":
        return None
    if not any(
        aim.dep_ in ("relcl", "acl") and any(c.lower_ == "to" for c in aim.children)
        for aim in noun.children
    ):
        return None  # "our best days are still to come": no way to do anything, and no act
    for act in copula.children:
        if act.i < noun.i or act.pos_ not in ("VERB", "AUX"):
            continue
        infinitive = act.dep_ == "xcomp" and any(c.lower_ == "to" for c in act.children)
        gerund = act.dep_ in ("attr", "acomp", "ccomp") and act.tag_ == "VBG"
        if (infinitive or gerund) and not any(_is_candidate(t) for t in act.subtree):
            return f"{copula.text} … {act.text}"
    return None


def _apposition_answers(span: Span) -> str | None:
    """ "five major corporations, Sprint, Monsanto, UPS, ...": the noun the word describes is
    followed by an apposition that names its members; "a strong space program, an increase of
    almost $2.4 billion": by one that gives its figure. ANNOTATION.md: "Resolved on the spot: the
    specifics follow in the same sentence" (a listed set, a figure). How the reason reads, or
    None."""
    word = span.root
    if word.dep_ not in ("amod", "nummod", "det", "compound") or span.label_ == SOFT_COMMITMENT:
        return None
    noun = word.head
    for apposition in (c for c in noun.children if c.dep_ == "appos" and c.i > noun.i):
        if apposition.pos_ == "PROPN" and any(c.dep_ == "conj" for c in apposition.children):
            return f"the {noun.text} are named (“{apposition.text}, …”)"
        if any(token.ent_type_ in FIGURE_ENTITIES for token in apposition.subtree):
            return f"the {noun.text} is given a figure (“{apposition.text} …”)"
    return None


def _date_attached(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "I recommend that, effective January 1, 1948, a tax credit be extended", "effective July
    1, 1976, we give our taxpayers a tax cut": a quality word whose own phrase is an exact date (a
    number in it, no vague word) tells from when a measure holds, not how good it is; the date
    answers it on the spot (ANNOTATION.md: "a date that answers exactly what the word left
    open"). "We will take effective action by June 30" stays: the date belongs to the verb."""
    word = span.root
    if term.category != "reassurance" or len(span) != 1 or word.pos_ not in GRADED_POS:
        return None
    attached = [c for c in word.children if c.dep_ in ("npadvmod", "pobj", "dobj")]
    if word.dep_ == "amod":
        attached.append(word.head)
    for date in attached:
        if _dated(date):
            return _drop("date_attached", f"“{span.text} {date.text} …”: from a given date")
    return None


def _dated(token: Token) -> bool:
    """Whether the date or time entity ``token`` is part of holds a number and no vague word
    ("January 1, 1948", "July 1"; not "the coming years", "some day")."""
    entity = _entity_of(token)
    if entity is None or entity.label_ not in ("DATE", "TIME"):
        return False
    return any(t.like_num or t.tag_ == "CD" for t in entity) and not any(
        _is_candidate(t) for t in entity
    )


def _figure_given(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "will increase spending by 5%", "fees have increased to £20", "increased funding of £2m":
    an increase with its figure leaves no amount open (ANNOTATION.md: "more or increased without
    a figure")."""
    if term.category != "vague_quantity":
        return None
    root = span.root
    about = _about_a_figure(root)
    if about is not None:
        return _drop("resolved_on_the_spot", f"“{root.text} {about}”: about a figure, given")
    holders = [root] + ([root.head] if root.dep_ == "amod" else [])
    for holder in holders:
        for child in holder.children:
            if child.dep_ != "prep" or child.lower_ not in FIGURE_PREPOSITIONS:
                continue
            figure = next((t for t in child.subtree if t.ent_type_ in FIGURE_ENTITIES), None)
            if figure is not None:
                return _drop("resolved_on_the_spot", f"the figure is given (“{figure.text}”)")
    return None


def _about_a_figure(word: Token) -> str | None:
    """ "reduce the deficit by *some* $12 billion", "*some* 300 teachers": a determiner that
    modifies a number (spaCy: ``quantmod``) means "about"; the figure that follows it is the
    amount (ANNOTATION.md, resolved on the spot: "a figure ... that answers exactly what the word
    left open"). Returns the figure's words, or None. "some teachers", "more than 300" (a
    comparative, not a determiner) are judged as usual."""
    if word.dep_ != "quantmod" or word.tag_ != "DT" or word.head.i <= word.i:
        return None
    number = word.head
    if not (number.like_num or number.pos_ == "NUM"):
        return None
    figure = list(word.doc[word.i + 1 : number.i + 1])
    if not figure or not all(t.like_num or t.pos_ in ("NUM", "SYM") for t in figure):
        return None
    return " ".join(t.text for t in figure)


def _exact_time(span: Span, lexicon: Lexicon) -> Usage | None:
    """ "five minutes later", "two years earlier", "later this month", "later that night": the
    amount of time, or the period, is given."""
    outside = [c for t in span for c in t.children if not span.start <= c.i < span.end]
    for child in outside:
        if child.dep_ in ("npadvmod", "nummod") and any(
            t.like_num or t.ent_type_ in ("DATE", "TIME", "CARDINAL") for t in child.subtree
        ):
            return _drop("resolved_on_the_spot", f"the time is given (“{child.text}”)")
    period = span.root.head
    if (
        len(span) == 1
        and span.end <= period.i <= span.end + 2
        and period.lemma_.lower() in lexicon.cues.time_nouns
        and any(c.dep_ == "det" and c.lower_ in DEICTIC_DETERMINERS for c in period.children)
    ):
        return _drop("resolved_on_the_spot", f"the period is given (“{span.text} … {period.text}”)")
    return None


def _praise_of_person(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "the strong leadership of President X": praise of a named person, not of a commitment."""
    if term.category != "reassurance":
        return None
    noun = span.root
    if noun.dep_ != "amod":
        return None
    noun = noun.head
    for child in noun.children:
        if child.dep_ == "poss" and child.ent_type_ == "PERSON":
            return _drop("praise_of_person", f"praise of {child.text}, a named person")
        if child.dep_ == "prep" and child.lower_ == "of":
            for target in child.children:
                if target.dep_ == "pobj" and target.ent_type_ == "PERSON":
                    return _drop("praise_of_person", f"praise of {target.text}, a named person")
    return None


def _praise_of_person_said(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "Malala is a strong young woman", "he is strong": a quality said of a named person (or
    "he" / "she") with a copula is praise of that person, not a claim about a commitment."""
    if term.category != "reassurance":
        return None
    root = span.root
    said_of = root.head if root.dep_ == "amod" else root
    if said_of.dep_ not in ("attr", "acomp"):
        return None
    verb = said_of.head
    subject = subject_of(verb) if verb.lemma_ in COPULAS else None
    if subject is None:
        return None
    if subject.ent_type_ == "PERSON" or subject.lower_ in THIRD_PERSON_SINGULAR:
        return _drop("praise_of_person", f"said of {subject.text}, a person")
    if said_of.dep_ == "attr" and said_of.lemma_.lower() in lexicon.cues.described_people:
        return _drop("praise_of_person", f"“{subject.text} is a … {said_of.text}”: a person")
    return None


def _relative_clause_above(head: Token) -> Token | None:
    """The relative clause ``head`` is part of ("people [who are striving to advance]"), climbing
    through verbs with no clause of their own ("intended to assist"), or None."""
    verb = head
    for _ in range(4):
        if verb.dep_ == "relcl":
            return verb
        if verb.dep_ not in ("xcomp", "conj", "aux", "auxpass") or verb.head == verb:
            return None
        verb = verb.head
    return None


def _describes_who(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "help people who are striving to advance", "those it is intended to assist": an aim or a
    hedge inside a relative clause that says which people are meant describes them; it commits
    no one (ANNOTATION.md: description, nothing promised). So does an adjective of aim after the
    people it describes: "volunteers willing to serve", "men and women, aged 18 to 79, willing to
    give 2 years". "We will work with partners who are willing to ..." names an actor and is
    judged as usual; so is the writer's own clause, and "we are willing to" (said of a subject)."""
    if term.category != SOFT_COMMITMENT:
        return None
    described = _described_by_adjective(span.root)
    if described is not None:
        return _drop("describes_who", f"“{described.text} … {span.root.text}”: says who is meant")
    clause = _relative_clause_above(span.root if span.root.dep_ == "relcl" else head)
    if clause is None:
        return None
    people = clause.head
    if (
        people.lemma_.lower() not in lexicon.cues.described_people
        and people.lower_ not in lexicon.cues.described_people
    ):
        return None
    if _writer_voice(subject_of(clause)) or _person_of(subject_of(clause)) == "second":
        return None
    return _drop("describes_who", f"describes the {people.text} meant; nobody commits")


def _described_by_adjective(word: Token) -> Token | None:
    """The noun an adjective of aim describes from behind ("volunteers willing to serve"), or
    through a participle that describes it ("men and women, aged 18 to 79, willing to give"); None
    when the adjective is said of a subject ("we are willing to") or comes first."""
    if word.pos_ != "ADJ":
        return None
    above = word.head
    if word.dep_ == "amod" and above.pos_ in ("NOUN", "PROPN") and above.i < word.i:
        return above
    participle = above.tag_ == "VBN" and above.dep_ in ("advcl", "acl") and above.i < word.i
    if word.dep_ in ("advcl", "conj") and participle:
        # "aged 18 to 79, willing to give": the participle has no subject of its own
        return None if any(c.dep_ in DOER_DEPS for c in above.children) else above
    return None


def _describes_what(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "savings that might otherwise not be tapped", "a world in which all peoples might live in
    peace": a hedge inside a relative clause that describes a thing says what that thing could be
    or allow; nobody hedges a commitment. "Partners that may receive your data" (an actor, or
    the reader's or writer's data) is judged as usual."""
    modal = span.root
    if term.category != SOFT_COMMITMENT or modal.tag_ != "MD" or modal.head == modal:
        return None
    clause = _relative_clause_above(modal.head)
    if clause is None:
        return None
    thing = clause.head
    subject = subject_of(clause)
    if _is_actor(thing, lexicon) or _person_of(thing) != "thing":
        return None
    named = subject is not None and subject.lower_ not in RELATIVE_PRONOUNS
    if named and (_is_actor(subject, lexicon) or _person_of(subject) != "thing"):
        return None
    if any(child.dep_ == "poss" for child in thing.children) or _mentions_reader(clause):
        return None
    return _drop("describes_what", f"describes the {thing.text}: what it could be or allow")


def _aim_names_thing(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "the unity we seek cannot realize its full promise", "the victory that he sought": a verb
    of aiming that heads a relative clause, with its object the noun it hangs from, names that
    thing by the aim; the clause promises nothing. "The reforms we seek to make" (an aim at an
    act) is judged as usual."""
    verb = span.root
    if term.category != SOFT_COMMITMENT or verb.pos_ != "VERB" or verb.dep_ != "relcl":
        return None
    if any(
        child.dep_ in ("dobj", "xcomp", "ccomp") and child.lower_ not in RELATIVE_PRONOUNS
        for child in verb.children
    ):
        return None
    return _drop("aim_names_thing", f"“{verb.head.text} … {verb.text}”: names a thing by the aim")


def _describes_a_kind(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "several subsidiary organs that deal with specific human rights issues": in a text that
    speaks as no one (an encyclopedia, a report), a relative clause in the plain present says
    what the thing it hangs from is or does; nobody commits (ANNOTATION.md: description). In a
    policy or a speech ("partners that deal with your data") it is judged as usual."""
    if facts.speaks or not is_clause_head(head):
        return None
    clause = _relative_clause_above(head)
    if clause is None or clause.tag_ not in PRESENT_TAGS or _modal_kind(clause, lexicon):
        return None
    if any(aux.tag_ == "MD" for aux in _finite_auxiliaries(head)):
        return None
    return _drop("describes_what", f"describes the {clause.head.text}: what it is or does")


def _general_proposition(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "some people do not evacuate in time": in a text that speaks as no one, what some or many
    people do in the plain present is a general statement about people; nobody commits
    (ANNOTATION.md: timeless general statements). "Some people say ..." stays a vague source."""
    if facts.speaks or not is_clause_head(head) or head.tag_ not in PRESENT_TAGS:
        return None
    if head.dep_ != "ROOT":
        return None  # "will support every pupil, no matter how many need help": its governor's
    subject = subject_of(head)
    if subject is None or not (
        subject.lemma_.lower() in ("people", "person")
        or subject.lower_ in lexicon.cues.indefinite_pronouns
    ):
        return None
    if (
        not any(
            child.dep_ in ("det", "amod") and child.lower_ in lexicon.cues.indefinite_determiners
            for child in subject.children
        )
        and subject.lower_ not in lexicon.cues.indefinite_pronouns
    ):
        return None
    if head.lemma_.lower() in _cue(lexicon, "speech_verbs") or _modal_kind(head, lexicon):
        return None
    return _drop("generic_statement", f"what {subject.text} do in general: nobody commits")


INDEFINITE_ARTICLES = frozenset({"a", "an"})


def _defined_purpose(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "The ultimate goal of economics is to improve the living conditions of people", "The
    general goal of a player making a full swing is to propel the clubhead": the aim of a field,
    a craft or anyone of a kind (a bare noun or "a" noun after "of"), told in the present by "is
    to", defines what the thing is for; nobody is bound to it (ANNOTATION.md: "Timeless general
    statements that commit no one"). "Our goal is to improve schools", "The aim of this plan (of
    the new office, of NATO) is to ..." name whose aim it is and are judged as usual."""
    for be in span.root.ancestors if span.root.lemma_ != "be" else (span.root,):
        if be.lemma_ == "be":
            break
    else:
        return None
    if be.tag_ not in PRESENT_TAGS or not any(
        c.dep_ == "xcomp" and has_own_to(c) for c in be.children
    ):
        return None
    purpose = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if purpose is None or purpose.lemma_.lower() not in lexicon.cues.purpose_nouns:
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ != "the") for c in purpose.children):
        return None
    owner = next(
        (
            pobj
            for prep in purpose.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ),
        None,
    )
    if owner is None or owner.pos_ != "NOUN" or owner.ent_type_:
        return None
    if any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in INDEFINITE_ARTICLES)
        for c in owner.children
    ):
        return None
    return _drop(
        "defined_purpose",
        f"“the {purpose.text} of {owner.text} is to …”: what a kind of thing is for, defined",
    )


def _hoped_for(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "I hope there will be some lively, heated debates", "we hope that there will be more jobs
    next year": what "there will be" under a word of wishing (``wish_words``) names is hoped
    for, not promised; nobody is to bring it about (ANNOTATION.md: a finding is in "a statement
    that promises, plans, proposes, requires, or claims"; the unassigned commitments read the
    same clause as a wish). "We hope to create more jobs" (the writer's own aim) and "I hope the
    Congress will enact comprehensive legislation" (an actor asked) are judged as usual."""
    if not is_clause_head(head) or head.lemma_ != "be" or head.dep_ != "ccomp":
        return None
    if not any(c.dep_ == "expl" for c in head.children):
        return None
    wish = head.head
    if wish.lemma_.lower() not in lexicon.cues.wish_words or any(
        c.dep_ == "neg" for c in wish.children
    ):
        return None
    return _drop("hoped_for", f"“{wish.text} there {head.text} …”: hoped for, not promised")


def _thing_will_be(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "it will be a lot of fun", "it will still contain lots of rainfall", "the decision will be
    the subject of some scrutiny": in a text that speaks as no one, what a thing will be or hold
    is a forecast; nobody decides an amount or a time (ANNOTATION.md: forecasts nobody decides).
    A plan, an actor, "they", or a quality claimed ("the bridge will be safe") is judged as
    usual."""
    if facts.speaks or term.category not in ("vague_quantity", "vague_timing"):
        return None
    if not is_clause_head(head) or head.lemma_ not in COPULAS | lexicon.cues.state_verbs | {"have"}:
        return None
    modal = _modal_kind(head, lexicon)
    if modal is None or modal[0] == HEDGE_KIND or modal[1].tag_ != "MD":
        return None
    subject = subject_of(head)
    if subject is None or subject.dep_ == "expl" or is_passive(head):
        return None
    if subject.lower_ not in THING_PRONOUNS:
        return None  # "the new wing will require substantial investment": what a plan needs
    if _is_actor(subject, lexicon) or _person_of(subject) != "thing":
        return None
    if subject.lemma_.lower() in _cue(lexicon, "plan_nouns"):
        return None
    if any(verb.lemma_.lower() in _cue(lexicon, "speech_verbs") for verb in _framing_verbs(head)):
        return None
    return _drop("forecast", f"“{subject.text} {modal[1].text} {head.text}”: a forecast")


def _mentions_reader(clause: Token) -> bool:
    """ "information that may identify you": the reader is concerned."""
    return any(
        token.lower_ in SECOND_PERSON or token.lower_ in WRITER_VOICE for token in clause.subtree
    )


def _condition(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "That bill, if passed without delay, means ...": a vague time inside the "if" half of a
    condition says when the condition would hold, not when anyone will act (ANNOTATION.md: the
    "if" half of a condition is not a commitment). A vague quality there stays ("if Ukraine
    launches a missile without a valid reason": who judges it valid?)."""
    if term.category != "vague_timing":
        return None
    verb = head if is_clause_head(head) else nearest_clause_head_above(head)
    for _ in range(4):
        if verb is None:
            return None
        marks = {child.lower_ for child in verb.children if child.dep_ == "mark"}
        if verb.dep_ == "advcl" and marks & CONDITION_MARKS:
            return _drop(
                "condition", f"inside “{sorted(marks & CONDITION_MARKS)[0]} …”: a condition"
            )
        if verb.dep_ not in ("conj", "xcomp"):
            return None
        verb = nearest_clause_head_above(verb)
    return None


def _background_clause(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "As we consider these reforms, we will be acting ...": a deliberation the named actor is
    in the middle of, told in a clause that sets the time of the main one ("as", "while", "when"),
    is background, not a plan. "While this issue is being considered" (no one named) stays; so
    does an aim ("as we strive to control nuclear weapons": the verb is not one of deliberating,
    cue list ``deliberation_verbs``)."""
    if term.category != SOFT_COMMITMENT or span.root.pos_ != "VERB" or span.root != head:
        return None
    deliberations = lexicon.cues.deliberation_verbs
    written = " ".join(token.lemma_.lower() for token in span)
    if head.lemma_.lower() not in deliberations and written not in deliberations:
        return None
    marks = {child.lower_ for child in head.children if child.dep_ == "mark"}
    # A clause with a mark at the top of the parse is a misparsed adverbial clause.
    if head.dep_ not in ("advcl", "ROOT") or not marks & lexicon.cues.background_marks:
        return None
    if is_passive(head):
        return None
    subject = subject_of(head)
    if not (_writer_voice(subject) or _is_actor(subject, lexicon)):
        return None
    return _drop("background_clause", f"“{sorted(marks)[0]} {subject.text} …”: sets the time")


def _refused_aim(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "The Government has not sought, and will not seek, to dominate education": an aim denied
    with a firm "will not" (or told as never held) is a refusal; nothing is left open. So is an aim
    a plan is said not to be: "our approach is not to seek agreement for agreement's sake". "We do
    not intend to sell your data" stays: a present intention is still a hedge."""
    verb = span.root
    if term.category != SOFT_COMMITMENT or verb.pos_ != "VERB":
        return None
    negation = next((c for c in verb.children if c.dep_ == "neg"), None)
    if negation is None and verb.dep_ == "xcomp" and verb.head.lemma_ == "be":
        # "our approach is not to seek agreement for its own sake": the aim is denied
        negation = next((c for c in verb.head.children if c.dep_ == "neg"), None)
        if negation is not None:
            return _drop("refused_aim", f"“{negation.text} to {verb.text}”: an aim denied")
    if negation is None:
        return None
    modal = _modal_kind(verb, lexicon)
    perfect = _has_perfect(verb)
    if (modal is not None and modal[0] != HEDGE_KIND) or _is_past(verb) or perfect:
        return _drop("refused_aim", f"“{negation.text} {verb.text}”: an aim refused, not left open")
    return None


def _belief_in_a_possibility(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "We believe that this organization can ultimately provide the framework of international
    law", "We believe that the United States can be an effective force for world peace only if
    it is strong": the writer's belief is a soft commitment over a promise ("I believe that all
    of us will respond"); over what can or could be, with no modal that commits, it is a belief
    about what is possible, a general statement that commits no one (ANNOTATION.md: "timeless
    general statements")."""
    if term.category != SOFT_COMMITMENT:
        return None
    principle = _principle_believed(span, lexicon)
    if principle is not None:
        return _drop(
            "belief_in_a_principle",
            f"“{span.text} … {principle.text} {principle.head.text}”: a principle, no one bound",
        )
    modals = _belief_modals(span)
    hedges = lexicon.cues.possibility_modals
    if not modals or any(aux.lower_ not in hedges for aux in modals):
        return None
    return _drop(
        "belief_in_a_possibility", f"“{span.text} … {modals[0].text}”: a belief in what can be"
    )


def _principle_believed(span: Span, lexicon: Lexicon) -> Token | None:
    """ "We believe that *a person should* get what he works for", "We believe that *three
    principles must* prevail": the writer's belief over what ought to be (a modal of the cue list
    ``norm_modals``) for anyone of a kind (a common noun with no name, opened by "a" / "an" or a
    number) states a principle or a value; nobody is bound to act (ANNOTATION.md: "Timeless
    general statements that commit no one"). The subject of the norm, or None. "I believe that
    all of us will respond" (a promise), "we believe that the council should publish the
    figures" (a body named), "we believe that our schools must improve" (the writer's own),
    "we believe that taxes must fall" (a policy, told with a bare plural) stay."""
    if span[0].lower_ not in ("i", "we"):
        return None
    holders = [token for token in span if token.pos_ in ("VERB", "AUX", "ADJ")]
    clauses = [c for holder in holders for c in holder.children if c.dep_ == "ccomp"]
    for clause in clauses:
        modals = [aux for aux in clause.children if aux.tag_ == "MD"]
        if not modals or any(m.lower_ not in lexicon.cues.norm_modals for m in modals):
            continue
        subject = subject_of(clause)
        if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
            continue
        before = [c for c in subject.children if c.i < subject.i and c.dep_ != "amod"]
        if before and all(
            (c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES)
            or (c.dep_ == "nummod" and c.like_num)
            for c in before
        ):
            return subject
    return None


def _capacity_owned(span: Span, lexicon: Lexicon) -> Token | None:
    """ "so far as the economic *potential* of our nation is concerned", "its *potential*": a noun
    of what someone could do or become (cue list ``capacity_nouns``) with an owner names a
    capacity they have, not a hedge on a plan (ANNOTATION.md: "Literal, technical or other
    senses"). The owner, or None. "potential benefits" (the adjective) and "unlimited potential"
    (no owner) are judged as usual."""
    word = span.root
    if len(span) != 1 or word.pos_ != "NOUN":
        return None
    if word.lemma_.lower() not in lexicon.cues.capacity_nouns:
        return None
    for child in word.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            owner = next((c for c in child.children if c.dep_ == "pobj"), None)
            if owner is not None:
                return owner
    return None


def _adjective_as_noun(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "Concrete pouring is expected to take two weeks": a quality word standing alone as the
    subject or object, modifying nothing, names a thing (the material), not a quality claimed
    (ANNOTATION.md: literal senses)."""
    root = span.root
    if term.category != "reassurance" or len(span) != 1:
        return None
    if _good_wished(root, lexicon):
        return _drop(
            "literal_sense",
            f"“{root.head.text} the {root.text}”: the good wished or wanted, not a quality",
        )
    if root.pos_ != "ADJ":
        return None
    if root.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return None
    if any(child.dep_ == "det" for child in root.children):
        return None  # "the best", "the strong": people or things of that quality
    return _drop("literal_sense", f"“{root.text}” stands as a noun: a thing, not a quality")


def _good_wished(word: Token, lexicon: Lexicon) -> bool:
    """ "you want the *best* for your country", "wish him the very *best*": a superlative standing
    alone with "the" as what a verb of the mind (cue list ``mind_verbs``: want, wish, expect)
    takes is whatever is good, wished for someone; no plan and no quality is claimed. "We will
    give our pupils the best" (a verb of doing) and "we aim for the best" (an aim) are judged as
    usual."""
    if word.tag_ not in SUPERLATIVE_TAGS or word.dep_ not in ("dobj", "advmod", "npadvmod"):
        return False
    if not any(child.dep_ == "det" and child.lower_ == "the" for child in word.children):
        return False
    return word.head.pos_ == "VERB" and word.head.lemma_.lower() in lexicon.cues.mind_verbs


# Modals that, with "have" and a past participle, look back ("should have raised"); "will have
# built" (a future perfect) still commits.
LOOKING_BACK_MODALS = frozenset({"would", "should", "could", "might", "may", "must", "'d"})


def _modal_perfect(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "I would have preferred to get more votes", "he should have raised the wage in a few days":
    a modal with "have" and a past participle is a regret, a reproach or a guess about the past;
    nothing is promised (ANNOTATION.md: past narrative)."""
    anchor = _tense_anchor(head) if is_clause_head(head) else head
    auxiliaries = _finite_auxiliaries(anchor)
    modal = next((aux for aux in auxiliaries if aux.tag_ == "MD"), None)
    if modal is None or modal.lower_ not in LOOKING_BACK_MODALS or anchor.tag_ != "VBN":
        return None
    if not any(aux.lemma_ == "have" and aux.i > modal.i for aux in auxiliaries):
        return None
    return _drop(
        "modal_perfect", f"“{modal.text} have {anchor.text}”: looks back, nothing promised"
    )


def _likely_forecast(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "Maybe they will trust us more": "will" under an adverb of likelihood (cue list
    ``likelihood_words``, kind hedge) said of someone other than the writer is a guess about
    what others will do, not a promise. "We will probably close the library" is the writer's own
    plan, and the hedge itself is judged as a term."""
    if not is_clause_head(head) or span.root.lower_ in lexicon.cues.likelihood_words:
        return None
    modal = _modal_kind(head, lexicon)
    if modal is None or modal[0] == HEDGE_KIND:
        return None
    hedge = next(
        (
            child
            for child in head.children
            if child.dep_ == "advmod" and child.lower_ in lexicon.cues.likelihood_words
        ),
        None,
    )
    subject = subject_of(head)
    if hedge is None or _writer_voice(subject) or _person_of(subject) == "first":
        return None
    if is_passive(head):
        return None  # "will probably be committed shortly": a plan, its doer unnamed
    return _drop("forecast", f"“{hedge.text} … {modal[1].text}”: a guess at what will happen")


def _participle_describes(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "wild life striving to erupt into the open": in a text that speaks as no one, an aim told
    as a participle hanging from a thing that cannot act describes that thing; nobody commits.
    "The council, seeking to cut costs, ..." (an actor) is judged as usual."""
    verb = span.root
    if facts.speaks or term.category != SOFT_COMMITMENT:
        return None
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    thing = verb.head
    if _is_actor(thing, lexicon) or _person_of(thing) != "thing":
        return None
    return _drop("describes_what", f"describes the {thing.text}: what it is doing")


def _force_of_nature(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "a strong wind", "strong cyclones do not have to be killer cyclones": the strength of a
    force of nature (cue list ``natural_forces``) is a physical measure, not a quality claimed
    (ANNOTATION.md: literal senses)."""
    if term.category != "reassurance":
        return None
    root = span.root
    said_of = root.head if root.dep_ == "amod" else None
    if root.dep_ == "acomp" and root.head.lemma_ in COPULAS:
        said_of = subject_of(root.head)
    if said_of is None or said_of.lemma_.lower() not in lexicon.cues.natural_forces:
        return None
    return _drop("literal_sense", f"“{span.text} {said_of.text}”: a force of nature, measured")


def _counted(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "four other subjects", "two more weeks", "an extra $5 billion", "a further 8 percent",
    "almost 500 advisory and other commissions": a word that adds to a set or an amount (cue list
    ``counted_words``) on a noun that carries its number leaves no amount open (ANNOTATION.md:
    resolved on the spot: a figure answers exactly what the word left open)."""
    root = span.root
    if len(span) != 1 or root.lower_ not in lexicon.cues.counted_words:
        return None
    modifier = root
    while modifier.dep_ == "conj" and modifier.head != modifier:
        modifier = modifier.head  # "40 regional and other offices": the first adjective's noun
    if modifier.dep_ not in ("amod", "advmod", "quantmod") or modifier.head == modifier:
        return None
    noun = modifier.head
    holders = [noun]
    if noun.dep_ == "conj" and noun.head.pos_ == "ADJ":
        # "500 advisory and other commissions", the first adjective parsed as the noun.
        holders.append(noun.head)
    for holder in holders:
        numbers = [holder] if holder.like_num else []
        numbers += [
            child
            for child in holder.children
            if child.i < holder.i
            and child.dep_ in ("nummod", "quantmod", "compound")
            and child.like_num
        ]
        if numbers:
            return _drop("counted", f"“{numbers[0].text} … {span.text}”: the number is given")
    return None


def _sorts_a_set(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "further reforms -- some new, but others long recommended": "some" standing for a part of a
    set already named, set against "others", sorts the set into kinds; it leaves no amount open
    (ANNOTATION.md: another sense). "Some reforms will be made" and "some new schools" (a noun
    of its own) stay."""
    root = span.root
    if len(span) != 1 or root.lower_ != "some":
        return None
    if root.dep_ == "det" and root.head.pos_ in ("NOUN", "PROPN"):
        return None
    sentence = facts.sentence(root.i)
    if not any(token.lower_ == "others" for token in sentence if token.i > root.i):
        return None
    return _drop("sorts_a_set", "“some … others”: sorts a set named before, no amount left open")


def _at_large(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "the right of the public generally to share in the benefits": an adverb set after a noun
    says the noun is meant at large ("the public at large"), not that a rule has exceptions
    (ANNOTATION.md: another sense). "We generally share data" and "the data of users generally
    stays here" (the adverb on a verb) stay."""
    root = span.root
    # Only a hedge of generality ("generally", "largely") can mean "at large": "repair the roof
    # of the pavilion soon", "treat the people of the town fairly" are the verb's.
    if len(span) != 1 or term.category != SOFT_COMMITMENT or root.pos_ != "ADV" or root.i == 0:
        return None
    before = root.doc[root.i - 1]
    if before.pos_ not in ("NOUN", "PROPN"):
        return None
    # The parse hangs the adverb on a noun before it, or on the verb when the noun ends an "of"
    # phrase ("the interests of consumers generally"): either way it qualifies the noun.
    on_noun = root.head.pos_ in ("NOUN", "PROPN") and root.head.i < root.i
    after_of = before.dep_ == "pobj" and before.head.lower_ == "of"
    if not (on_noun or after_of):
        return None
    following = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    if following is not None and following.pos_ in ("VERB", "AUX"):
        return None  # "the data of users generally stays here": the adverb is the verb's
    return _drop("at_large", f"“{before.text} {root.text}”: {before.text} at large")


def _preposition_sense(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "Considering the whole Nation, total expenditures must equal the total receipts": a verb
    of deliberation as a participle with no subject of its own, opening the sentence before its
    object, means "taken as a whole" or "given"; nobody is deliberating (ANNOTATION.md: another
    sense). "We are considering new rules" and "In considering these reforms, ..." stay."""
    root = span.root
    if len(span) != 1 or term.category != SOFT_COMMITMENT or root.tag_ != "VBG":
        return None
    if root.lemma_.lower() not in lexicon.cues.deliberation_verbs:
        return None
    if root.i != facts.sentence(root.i).start or root.dep_ not in ("prep", "advcl"):
        return None
    if any(child.dep_ in DOER_DEPS or child.dep_ in ("aux", "auxpass") for child in root.children):
        return None
    if not any(child.dep_ in ("pobj", "dobj") for child in root.children):
        return None
    return _drop("preposition_sense", f"“{root.text} …”: given, taken as a whole; no deliberation")


def _act_of_opening(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "Let a just nation throw open to them the city of promise", "the new schools will be
    opened to all children": "open" as a verb, or as what a verb does to a thing ("throw open"),
    is the act of opening a place; willingness ("we are open to proposals", "be more open to
    public scrutiny") is "open" as an adjective said of someone (ANNOTATION.md: another sense)."""
    root = span.root
    if term.category != SOFT_COMMITMENT or root.lemma_.lower() != "open":
        return None
    if root.pos_ == "VERB" or (root.dep_ in ("dobj", "prt", "advmod") and root.head.pos_ == "VERB"):
        return _drop("literal_sense", f"“{root.text} … to”: the act of opening, not willingness")
    return None


def _predicative_sense(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "cannot be deemed certain", "it is certain that": some candidate adjectives (cue list
    ``predicative_senses``) said after a verb mean sure, not which ones ("certain features");
    "your data may be subject to interception" means exposed to, not the escape clause of a
    promise ("we will refund you, subject to approval")."""
    root = span[0]
    if root.lower_ not in lexicon.cues.predicative_senses:
        return None
    if root.pos_ == "ADJ" and root.dep_ == "amod" and _sure_to(root):
        # "a war almost certain to follow": the predicate of a shortened relative clause ("a
        # war that is almost certain to follow"), sure to happen, not "certain wars".
        return _drop(
            "predicative_sense", f"“{span.text} to {_sure_to(root).text}”: sure to, another sense"
        )
    if root.pos_ != "ADJ" or root.dep_ not in ("acomp", "oprd", "attr", "xcomp", "ccomp"):
        return None
    # Said of a thing through "be" or a verb that deems ("refund you, subject to approval": the
    # escape clause of a promise, hung from its verb).
    verb = root.head.lemma_.lower()
    if verb not in COPULAS and verb not in _cue(lexicon, "deeming_verbs"):
        return None
    return _drop(
        "predicative_sense", f"“{head.text} … {span.text}”: said after a verb, another sense"
    )


def _sure_to(adjective: Token) -> Token | None:
    """The verb an adjective says is sure to happen ("certain *to follow*"), or None."""
    return next(
        (
            child
            for child in adjective.children
            if child.dep_ == "xcomp"
            and child.i > adjective.i
            and any(aux.lower_ == "to" for aux in child.children if aux.dep_ == "aux")
        ),
        None,
    )


def _virtue_not_plan(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "requires vision, courage and tolerance", "the vision and the boldness and the courage of
    those great Americans": a plan noun that aims at nothing, listed with qualities that are no
    plan, or had by someone ("those with vision", "moved by their aspirations"), is a virtue of
    people, not a soft commitment."""
    if term.category != SOFT_COMMITMENT or not _plan_noun_alone(span):
        return None
    root = span.root
    holder = root.head
    # "those with vision", "moved by their high aspirations": what someone has or is moved by.
    if root.dep_ == "pobj" and (
        holder.lower_ == "with" or (holder.lower_ == "by" and holder.head.tag_ == "VBN")
    ):
        return _drop("virtue_not_plan", f"“{holder.text} {span.text}”: a virtue, not a plan")
    commitment = _cue(lexicon, "commitment_verbs")
    listed = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        listed += [root.head] + [c for c in root.head.children if c.dep_ == "conj" and c != root]
    others = [
        token
        for token in listed
        if token.pos_ == "NOUN" and commitment.get(token.lemma_.lower()) != "plan"
    ]
    if not others:
        return None
    return _drop("virtue_not_plan", f"“{span.text}”, listed with “{others[0].text}”: a virtue")


# Possessives that may stand for the writer's own body or a thing ("its vision"): judged as usual.
THING_POSSESSIVES = frozenset({"its"})
# Entities that name people, not a body: "Lincoln's vision", "the aspirations of Americans".
PEOPLE_ENTITIES = frozenset({"PERSON", "NORP"})


def _aim_of_others(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "We remain the symbol of man's *aspiration* for liberty", "the dreams their *vision*
    foresaw", "the *aspirations* of its citizens", "reject the narrow *visions* of those who
    would tell us ...": a noun of aim (a soft commitment: "vision", "aspiration") owned by other
    people, a possessive or "of" with people (a pronoun, a person, people in general: cue list
    ``described_people``, or a noun owned in turn: "its citizens"), tells what they want or see.
    ANNOTATION.md, "Past narrative or description in which nothing is promised or assured": what
    a third party wants is described, nobody in the text commits to it (the noun of
    ``others_in_general``'s "they seek"). The writer's or the reader's ("our vision", "the
    aspirations of our people", "your ideas"), a body's or a thing's ("its vision", "the
    council's vision": a plan of a body, judged as usual) stay."""
    root = span.root
    if term.category != SOFT_COMMITMENT or len(span) != 1 or root.pos_ != "NOUN":
        return None
    owner = _other_people_owner(root, lexicon)
    if owner is None:
        return None
    return _drop("others_in_general", f"“{owner.text} … {root.text}”: what others want, described")


def _other_people_owner(noun: Token, lexicon: Lexicon) -> Token | None:
    """The people other than the writer and the reader who own ``noun`` ("man's", "their", "of
    those who ...", "of its citizens"), or None."""

    def others(token: Token) -> bool:
        # the owner's own phrase, not a clause that describes it ("those who would tell us")
        words = {token.lower_} | {
            t.lower_
            for child in token.children
            if child.dep_ not in ("relcl", "acl")
            for t in child.subtree
        }
        return not words & (WRITER_WORDS | SECOND_PERSON)

    for child in noun.children:
        if child.dep_ == "poss":
            if child.lower_ in THING_POSSESSIVES or not others(child):
                return None
            if child.pos_ == "PRON" and _may_own_subject(noun):
                return None  # "The new head will set out her vision": her own plan, set out
            return child if _people(child, lexicon) else None
    for preposition in noun.children:
        if preposition.dep_ != "prep" or preposition.lower_ != "of":
            continue
        for owner in preposition.children:
            if owner.dep_ != "pobj" or not others(owner):
                continue
            owned = any(
                c.dep_ == "poss" and c.lower_ not in WRITER_WORDS | SECOND_PERSON
                for c in owner.children
            )
            if _people(owner, lexicon) or (owned and owner.tag_ in PLURAL_TAGS):
                return owner
    return None


def _people(token: Token, lexicon: Lexicon) -> bool:
    """A pronoun, people in general (``described_people``) or a person or people named."""
    return (
        token.pos_ == "PRON"
        or token.lemma_.lower() in lexicon.cues.described_people
        or token.ent_type_ in PEOPLE_ENTITIES
    )


def _may_own_subject(noun: Token) -> bool:
    """Whether a possessive pronoun on ``noun`` may stand for the subject of its clause, someone
    other than the writer or the reader ("The new head will set out *her* vision")."""
    verb = nearest_clause_head_above(noun)
    subject = subject_of(verb) if verb is not None else None
    if subject is None or subject.i == noun.i:
        return False
    return subject.lower_ not in WRITER_WORDS | SECOND_PERSON


def _bare_plural_generic(
    span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts
) -> Usage | None:
    """ "State officials share the same interests as owners of capital": in a text that speaks as
    no one, a vague group with no determiner, as the subject of a plain-present main clause that
    reports nothing, is a general statement about such people; nobody commits (ANNOTATION.md:
    timeless general statements). "Officials say ..." stays a vague source."""
    if facts.speaks or term.category != VAGUE_ACTOR:
        return None
    root = span.root
    if root.dep_ != "nsubj" or root.tag_ not in PLURAL_TAGS or not is_clause_head(root.head):
        return None
    verb = root.head
    if verb.dep_ != "ROOT" or verb.tag_ not in PRESENT_TAGS or _finite_auxiliaries(verb):
        return None
    if any(child.dep_ == "xcomp" for child in verb.children):
        return None  # "officials have yet to confirm": about this case, not people in general
    if any(child.dep_ in ("det", "poss") for child in root.children):
        return None
    lemma = verb.lemma_.lower()
    if lemma in _cue(lexicon, "speech_verbs") or lemma in _cue(lexicon, "commitment_verbs"):
        return None  # "Relevant stakeholders agree": an agreement, not people in general
    if _modal_kind(verb, lexicon):
        return None
    return _drop("generic_statement", f"what {span.text} do in general: nobody commits")


# ============================================================================ the statement


def _has_perfect(verb: Token) -> bool:
    """ "have tried", "has sought": a perfect auxiliary ("has", "have", "'ve", "'s") of the verb's own."""
    return any(aux.lower_ in PERFECT_AUXILIARIES for aux in _finite_auxiliaries(verb))


def _finite_auxiliaries(verb: Token) -> list[Token]:
    return [
        child
        for child in verb.children
        if child.dep_ in ("aux", "auxpass") and child.lower_ not in ("to",)
    ]


def _tense_anchor(head: Token) -> Token:
    """The verb whose tense the clause has: itself, or for a verb with no tense of its own (a
    participle, an infinitive, a verb joined by "and"), the verb it hangs from."""
    verb = head
    for _ in range(8):
        if not is_clause_head(verb):
            return verb
        own_tense = verb.tag_ in PAST_TAGS | PRESENT_TAGS | {"MD"} or _finite_auxiliaries(verb)
        if own_tense or not (verb.dep_ in TENSE_SHARING_DEPS or _infinitive_relative(verb)):
            return verb
        above = nearest_clause_head_above(verb)
        if above is None:
            return verb
        verb = above
    return verb


def _infinitive_relative(verb: Token) -> bool:
    """ "weapons with which to combat subversion", "a fund to deal with floods": a relative clause
    in the infinitive has no tense of its own; it takes that of the clause holding its noun."""
    return (
        verb.dep_ == "relcl"
        and verb.tag_ == "VB"
        and any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)
    )


def _framing_verbs(head: Token):
    """``head`` and the verbs above it that frame it ("agreed to provide", "said it would")."""
    verb = head
    yield verb
    for _ in range(8):
        if verb.dep_ not in FRAMING_DEPS and verb.dep_ != "amod":
            return
        above = nearest_clause_head_above(verb)
        if above is None:
            return
        verb = above
        yield verb


def _modal_kind(verb: Token, lexicon: Lexicon) -> tuple[str, Token] | None:
    """("commit" | "possibility", the word) for "will provide", "may share", and for "have to",
    "need to", "is to", "going to" (a verb of the modal list governing a to-infinitive)."""
    modals = _cue(lexicon, "modal_verbs")
    for aux in _finite_auxiliaries(verb):
        if aux.tag_ == "MD" and aux.lower_ in modals:
            return modals[aux.lower_], aux
    lemma = verb.lemma_.lower()
    if verb.tag_ in PAST_TAGS or any(a.lower_ in PAST_AUXILIARIES for a in verb.children):
        return None  # "had to deal with": a past obligation, told
    if lemma == "have" and verb.tag_ == "VBN":
        return None  # "have had to deal with": a past obligation, told
    if any(child.dep_ == "advmod" and child.lower_ == "yet" for child in verb.children):
        return None  # "have yet to confirm": not done so far, nothing required
    if lemma == "be" and any(child.dep_ in ("acomp", "attr", "expl") for child in verb.children):
        return None  # "it is reasonable to assume": a judgement, not "is to be done"
    if (lemma in modals or lemma == "be") and any(
        child.dep_ == "xcomp"
        and any(g.lower_ == "to" and _follows_closely(g, verb) for g in child.children)
        for child in verb.children
    ):
        return modals.get(lemma, "commit"), verb
    return None


def _follows_closely(to: Token, verb: Token) -> bool:
    """ "we have to act", "we have always had to": the "to" of a modal verb comes next, after
    adverbs at most; "we have great resources to help ...": an object stands between, and the
    infinitive says what the resources are for, not what must be done."""
    between = to.doc[verb.i + 1 : to.i]
    return to.i > verb.i and all(token.pos_ in ("ADV", "PART") for token in between)


def _person_of(token: Token | None, named: bool = True) -> str:
    """ "first", "second", "actor" (a named or definite actor), "thing" or "none". With
    ``named=False``, "third" for either of "actor" and "thing" (told apart by the entities, which
    the second stage recognises only where a rule reads them: pipeline.py)."""
    if token is None:
        return "none"
    lower = token.lower_
    if lower in FIRST_PERSON:
        return "first"
    if lower in SECOND_PERSON:
        return "second"
    for child in token.children:
        if child.dep_ == "poss" and child.lower_ in FIRST_PERSON:
            return "first"
    if not named:
        return "third"
    if token.ent_type_ in NAMED_ACTOR_ENTITIES:
        return "actor"
    return "thing"


def _is_actor(token: Token | None, lexicon: Lexicon) -> bool:
    if token is None:
        return False
    if _person_of(token, named=False) == "first":
        return True
    lemma = token.lemma_.lower()
    if lemma in lexicon.actor_nouns or token.lower_ in lexicon.actor_nouns:
        return True
    return _person_of(token) == "actor"  # the entity last (pipeline.py: NER where read)


def _statement(span: Span, head: Token, term: Term, lexicon: Lexicon, facts: DocFacts) -> Usage:
    sentence = facts.sentence(span.start)
    if not is_clause_head(head):
        verbs = facts.per_sentence(
            "verbs",
            sentence,
            lambda words: [token for token in words if is_clause_head(token)],
        )
        if not verbs:
            return _keep("verbless_point", "no verb: a point of a plan or a claim, as written")
        # A noun the parse left at the top of a sentence that has verbs: the nearest verb.
        head = min(verbs, key=lambda verb: abs(verb.i - span.root.i))
    if span.start <= head.i < span.end and head.dep_ not in ("ROOT",):
        if _past_aim(head, term, lexicon):
            # "what we hoped to achieve a generation ago": the aim is told in the past tense
            # of its own; its governor ("is precisely what ...") does not make it a plan now.
            return _drop("past_narrative", f"“{head.text}”: an aim told as past; nothing promised")
        if term.category == SOFT_COMMITMENT and _others_in_general(head, span, sentence, lexicon):
            # "Where others seek to throw up barriers, we seek to ...": the aim is theirs.
            return _drop("others_in_general", "what others aim at: nobody here commits")
        if _past_deed(head):
            return _drop("past_narrative", f"“{head.text}”: a past event, told in its own clause")
        # "when conditions allow", "as needed": the term is a whole clause; judge its governor.
        above = nearest_clause_head_above(head)
        head = above if above is not None else head
    anchor = _tense_anchor(head)
    subject = subject_of(head)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and head.dep_ == "relcl":
        subject = head.head  # "the plan, which relies on ...": the plan
    person = _person_of(subject, named=False)  # "actor" or not: _hedge asks, where it matters
    passive = is_passive(head)
    speaks = facts.speaks

    if term.category == "soft_commitment" and span.root.tag_ == "MD":
        return _hedge(span.root, head, subject, person, passive, speaks, lexicon, sentence)
    if term.category == VAGUE_ACTOR and _is_modifier(span):
        return _drop("not_an_actor_here", "describes a thing (“third-party websites”)")

    commitment = _cue(lexicon, "commitment_verbs")
    speech = _cue(lexicon, "speech_verbs")
    frames = list(_framing_verbs(anchor))
    reported = any(
        verb.lemma_.lower() in speech or verb.lemma_.lower() in commitment for verb in frames[1:]
    )
    sayer = _view_of_others(span, frames[1:], speech)
    if sayer is not None:
        # "Now, some insist that any further savings must be obtained ...": their view, told.
        return _drop("others_in_general", f"what “{sayer.text}” say: a view of others, reported")
    modal = _modal_kind(head, lexicon) or _modal_kind(anchor, lexicon)
    if modal is not None:
        kind, word = modal
        if kind == CONDITIONAL_KIND and not (reported or _writer_voice(subject)):
            return _drop("hypothetical", f"“{word.text}”: a hypothetical or a past habit, told")
        if kind != HEDGE_KIND:
            if (
                not reported
                and (not speaks or _not_the_speakers(head, subject, word, lexicon))
                and _happens_by_itself(head, subject, passive, lexicon)
            ):
                return _drop("forecast", f"“{subject.text} {word.text} {head.text}”: a forecast")
            return _keep("future_or_modal", f"“{word.text}”: the clause promises or requires")
        if person == "second":
            return _keep("addressed_to_reader", "tells the reader what the service allows")
        hedged = _hedge(word, head, subject, person, passive, speaks, lexicon, sentence)
        if not hedged.kept:
            return hedged
        return _keep("hedged_commitment", f"“{word.text}” hedges a commitment: {hedged.reason}")

    if term.category == VAGUE_ACTOR and _acts_or_answers(span, speech):
        if _people_in_general(span, lexicon) and not _is_source(span, speech, lexicon):
            return _drop("people_in_general", "people at large, told as acting: nobody to answer")
        promised = commitment.get(anchor.lemma_.lower()) in COMMITTING_KINDS
        if (
            not speaks
            and not promised
            and _told_as_done(anchor)
            and not _is_source(span, speech, lexicon)
        ):
            # "Officials in France have issued an alert", in a report: a deed told, not a source.
            return _drop(
                "past_narrative", "an unnamed group told as having acted; nothing promised"
            )
        return _keep("vague_actor_role", "an unnamed group stands in for whoever acts or answers")
    if _is_past(anchor):
        if commitment.get(anchor.lemma_.lower()) in COMMITTING_KINDS and not _commits_a_deed(
            anchor
        ):
            return _keep("commitment_verb", f"“{anchor.text}”: a commitment, reported")
        if term.category == VAGUE_ACTOR and _is_source(span, speech, lexicon):
            return _source_verdict(span, term, speech, speaks)
        return _drop("past_narrative", "a past event told, nothing promised or assured")

    for verb in frames:
        kind = commitment.get(verb.lemma_.lower()) or commitment.get(verb.lower_)
        if kind is None and verb.lemma_ == "be":
            # "It is important that ...": an adjective of necessity frames a requirement.
            kind = next(
                (
                    commitment[c.lower_]
                    for c in verb.children
                    if c.dep_ == "acomp" and c.lower_ in commitment
                ),
                None,
            )
        if kind is None or (verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN"):
            continue
        if _commits_a_deed(verb):
            continue
        # A past plan or hope is a story ("they hoped to win"); a past promise is still a promise.
        if kind not in COMMITTING_KINDS and not speaks and _some_of_a_kind(verb, lexicon):
            return _drop("generic_statement", "what some of a kind aim at: nobody in particular")
        if kind not in COMMITTING_KINDS and _others_in_general(verb, span, sentence, lexicon):
            return _drop("others_in_general", "what others aim at: nobody here commits")
        if not (kind not in COMMITTING_KINDS and _is_past(verb)):
            return _keep("commitment_verb", f"framed by “{verb.text}”: promised, planned or asked")

    if _soft_commitment_frame(span, frames, commitment, facts):
        return _keep("soft_commitment", "an aim, a hope or an intention: a plan, not yet a promise")

    if _is_imperative(anchor, subject, facts):
        return _keep("imperative", "an instruction to the reader")

    if term.category in (VAGUE_ACTOR, "vague_quantity") and _is_source(span, speech, lexicon):
        return _source_verdict(span, term, speech, speaks)

    reassures = head.lemma_ in COPULAS and term.category == "reassurance"
    if any(_is_past(verb) for verb in frames[1:]) and not reassures:
        return _drop("past_narrative", "reported inside a past account; nothing promised")

    expletive = any(child.dep_ == "expl" for child in head.children)
    if _has_perfect(anchor) and anchor.tag_ == "VBN":
        if (
            head.lemma_ in COPULAS
            and term.category == "reassurance"
            and not expletive
            and _claims_quality(span, subject, speaks, lexicon)
        ):
            return _keep("claim_of_quality", "a claim of a result, with no measure")
        if _writer_voice(subject) and head.lemma_ not in STATIVE_VERBS:
            looking_back = _looks_back(anchor, head, lexicon)
            if looking_back is not None and term.category != "reassurance":
                return _drop(
                    "past_narrative", f"{looking_back}: the writer looks back; nothing promised"
                )
            return _keep("claim_of_quality", "the writer claims a result, with no measure")
        if _result_claimed(head, term, speaks, expletive):
            return _keep("claim_of_quality", "a result claimed in a perfect, with no measure")
        return _drop("past_narrative", "an event reported as done, nothing promised")

    # The plan is this verb's own subject (or shared through "and" / "to"), not that of a
    # clause the verb hangs from ("Despite ... to give dates, these schemes seem ...").
    own_subject = subject is not None and (
        subject.head == head or head.dep_ in ("conj", "xcomp", "relcl")
    )
    if (
        own_subject
        and _cue(lexicon, "plan_nouns").get(subject.lemma_.lower()) == "plan"
        and head.lemma_ not in STATIVE_VERBS
    ):
        return _keep("plan_provides", f"what the {subject.text} provides or sets out")
    required = _required_by_relative(span, lexicon)
    if required is not None:
        return required
    if head.lemma_ in COPULAS or head.lemma_ == POSSESSION:
        # "our systems are robust", "new businesses have adequate opportunities": a quality
        # claimed; "we have tremendous potential resources": what someone has, told.
        if term.category == "reassurance" and _claims_quality(span, subject, speaks, lexicon):
            return _keep("claim_of_quality", "a claim of quality, with no measure")
        return _drop("description", "says how things are; nobody commits to anything")
    if _writer_voice(subject) and head.lemma_ not in STATIVE_VERBS:
        return _keep("present_policy", "what the writer does as a rule")
    procedure = term.category in PROCEDURE_CATEGORIES and span.root.pos_ != "ADV"
    # "One of the mechanisms is believed to be ...": a belief, not a procedure.
    believed = head.lemma_ in STATIVE_VERBS
    if passive and not _agent_named(head) and (speaks or procedure) and not believed:
        return _keep("present_policy", "done as a rule by someone unnamed")
    habitual = anchor.tag_ in PRESENT_TAGS and head.tag_ != "VBG" and _is_definite(subject)
    if (
        (speaks or habitual)
        and _is_actor(subject, lexicon)
        and person != "first"
        and subject.ent_type_ != "PERSON"
        and head.lemma_ not in STATIVE_VERBS
    ):
        return _keep("present_policy", f"what {subject.text} does as a rule")
    return _drop("description", "a description of how things are; nobody commits to anything")


def _past_deed(verb: Token) -> bool:
    """The term is itself a verb in the simple past with a subject of its own, in a clause below
    the sentence's ("After years of leaders whose action *expanded* it, we will reduce it by
    252,000 people", "the councils that *expanded* the car parks"): what happened is told, as a
    main clause in the past is (ANNOTATION.md: "Past narrative or description"); the governor's
    tense does not make it a plan. "as needed", "when conditions allow" (no past tense of their
    own) are judged by their governor as before, and so is a relative clause on what a copula
    names ("This can be the Congress that *pressed forward* the rescue of our environment": a
    future looked back on, which the tenth reading accepted)."""
    if verb.tag_ != "VBD" or verb.pos_ != "VERB":
        return False
    if verb.dep_ == "relcl" and verb.head.dep_ in ("attr", "acomp"):
        return False
    subject = subject_of(verb)
    return subject is not None and subject.head == verb and subject.dep_ in ("nsubj", "nsubjpass")


def _past_aim(verb: Token, term: Term, lexicon: Lexicon) -> bool:
    """The term is itself a verb of aim, hope or intention in a past tense of its own ("we
    *hoped to* achieve", "they *had sought to*"): ANNOTATION.md's past narrative ("a past plan or
    hope is a story"). A past promise stays a promise ("we *agreed to*": a commitment kind)."""
    if term.category != SOFT_COMMITMENT or verb.pos_ not in ("VERB", "AUX"):
        return False
    commitment = _cue(lexicon, "commitment_verbs")
    # The lexicon term's own words: the tagger may lemmatise "hoped" as "hop".
    if not any(commitment.get(word) == "plan" for word in (verb.lemma_.lower(), *term.key.split())):
        return False
    own = {aux.lower_ for aux in _finite_auxiliaries(verb)}
    return verb.tag_ in PAST_TAGS or bool(own & PAST_AUXILIARIES)


def _required_by_relative(span: Span, lexicon: Lexicon) -> Usage | None:
    """ "the world-class standards our children must meet", "the robust guarantees that Ukraine
    will receive": a quality or amount said of a thing that a relative clause promises or
    requires is promised or required with it, whatever the clause that mentions the thing."""
    root = span.root
    if root.dep_ not in ("amod", "compound", "nummod") or is_clause_head(root):
        return None
    for clause in root.head.children:
        if clause.dep_ != "relcl":
            continue
        modal = _modal_kind(clause, lexicon)
        if modal is not None and modal[0] in COMMITTING_KINDS:
            return _keep(
                "required_by_relative",
                f"the {root.head.text} that “{modal[1].text} {clause.text}”: promised or required",
            )
    return None


def _happens_by_itself(head: Token, subject: Token | None, passive: bool, lexicon: Lexicon) -> bool:
    """ "Temperatures will fall sharply": a thing that cannot act, with a verb of change, in a text
    that speaks as no one: a forecast nobody decides (ANNOTATION.md). In a speech or a policy
    ("our spending will rise sharply") the writer's own affairs are meant, and it stays (the
    caller asks ``_not_the_speakers``)."""
    if passive or subject is None or head.lemma_.lower() not in lexicon.cues.change_verbs:
        return False
    if _person_of(subject) != "thing" or _is_actor(subject, lexicon):
        return False
    return subject.lemma_.lower() not in _cue(lexicon, "plan_nouns")


def _not_the_speakers(head: Token, subject: Token | None, modal: Token, lexicon: Lexicon) -> bool:
    """In a speech or a policy, a thing's change told with "will" is the world's, foretold ("By
    that process freedom will disappear", "inflation will rise sharply next year"), unless the
    clause speaks of the writer's or the reader's affairs ("our spending will rise sharply",
    "under our plan, wages will rise", "they will become our most effective sentinels"), the
    subject is a pronoun whose thing the sentence does not name, the clause describes a noun of
    the sentence ("we will do those things that will lead to lasting growth": what the writer
    will do), or the modal requires ("must", "should": a requirement, not a forecast)."""
    cues = lexicon.cues
    future = modal.lower_ in cues.promise_modals and modal.lower_ not in (
        cues.requirement_modals | cues.expectation_modals
    )
    if subject is None or not future or subject.pos_ == "PRON" or head.dep_ == "relcl":
        return False
    clause = [
        token
        for child in head.children
        if child.dep_ not in ("conj", "cc", "punct")
        for token in child.subtree
    ]
    return not any(
        token.lower_ in WRITER_VOICE
        or token.lower_ in SECOND_PERSON
        or token.lower_ in WRITER_SINGULAR
        for token in clause
    )


def _some_of_a_kind(verb: Token, lexicon: Lexicon) -> bool:
    """ "Some schools aim to combine ...", "some of these clubs aim to ...": an indefinite share of
    a kind, in a text that speaks as no one, is a general statement (ANNOTATION.md: timeless
    general statements commit no one)."""
    subject = subject_of(verb)
    if subject is None or subject.ent_type_ in NAMED_ACTOR_ENTITIES or is_passive(verb):
        return False  # "Several buses are planned": what is planned, not who plans
    cues = lexicon.cues
    if subject.lower_ in cues.indefinite_pronouns and subject.lower_ not in ("one", "a", "an"):
        return True
    return any(
        child.dep_ in ("det", "amod")
        and child.lower_ in cues.indefinite_determiners
        and child.lower_ not in ("a", "an", "another", "no", "any")
        for child in subject.children
    )


def _others_in_general(verb: Token, span: Span | None, sentence: Span, lexicon: Lexicon) -> bool:
    """ "Where others seek to throw up barriers, we seek to bring them down", "Some may choose
    forms and ways that we would not choose": a quantity word standing alone for other people
    as the subject, in the plain present or with "may", tells what some do or might do; in a
    speech as in a report nobody here commits (ANNOTATION.md: "Influenza may affect other
    animals"; timeless general statements). "Some of our partners may ..." (a part of a named
    set), "others may have access to your details" (the reader's affairs), a sentence that does
    not set the writer against them and "we seek to" stay; so does the pronoun when it is the
    candidate itself.

    Also "they" as the subject of an aim of their own, in the plain present ("They seek an end
    to injustice", "we shall give help in the measure that they strive to do their share", "the
    rulers have shown that they are willing to use this power"): ANNOTATION.md, "Past narrative
    or description in which nothing is promised or assured"; what a third party wants is
    described, and nobody in the text commits to it. An aim the sentence reports as said or
    promised ("the council says they aim to ...": "The same, reported or quoted"), one with a
    modal of its own ("they will seek") and "may" (a hedge: judged by ``_hedge``) stay."""
    subject = subject_of(verb)
    if subject is None:
        return False
    if span is not None and span.start <= subject.i < span.end:
        return False
    # "they" only for the aim itself ("they seek", "they are willing to"), not what is aimed at
    # ("they strive to do their full share" asks it of them).
    third_party = (
        subject.lower_ in THIRD_PARTY_PRONOUNS
        and span is not None
        and (
            span.start <= verb.i < span.end
            or (span.root.dep_ == "acomp" and span.root.head == verb)
        )
    )
    if subject.lower_ not in SORTING_PRONOUNS and not third_party:
        return False
    if any(child.dep_ in ("prep", "det", "amod") for child in subject.children):
        return False
    if _is_past(verb) or _has_perfect(verb):
        return False  # "others have sought to": a deed told, judged as such
    # "Others may have access to your booking details": the reader's affairs, a hedge on them.
    if any(token.lower_ in SECOND_PERSON for token in verb.subtree):
        return False
    if third_party:
        reporting = lexicon.cues.reporting_verbs
        return not has_modal(verb) and not any(
            above.lemma_.lower() in reporting for above in verb.ancestors
        )
    # The writer set against them in the sentence ("where others seek to ..., we seek to ...",
    # "forms that we would not choose"): the pronoun stands for others, not for a part of the
    # writer's own things ("Some [of our sites] may allow visitors to log in").
    return any(token.lower_ in WRITER_WORDS for token in sentence)


def _view_of_others(span: Span, frames: list[Token], speech: dict[str, str]) -> Token | None:
    """ "Now, some insist that any further budget savings must be obtained by reducing ...",
    "There are some who say that growth initiatives must await final action": a quantity word
    standing alone for other people ("some", "others") as the subject of a verb of saying
    (``speech_verbs``, directly or through "who") tells their view; what is said inside it is
    what others do or want, and nobody here commits to it (ANNOTATION.md: "Timeless general
    statements that commit no one"; "Influenza may affect other animals"). The sayers themselves
    stay a vague actor ("some insist"). "Officials say the plan will be effective", "some of our
    partners say ..." (a part of a named set) and "many say ..." (who may agree with the writer)
    are judged as reported ("The same, reported or quoted"). The sayer, or None."""
    for verb in frames:
        if speech.get(verb.lemma_.lower()) != "report":
            continue
        sayer = subject_of(verb)
        if sayer is not None and sayer.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            sayer = verb.head  # "some who say that ...": the pronoun the clause hangs from
        if (
            sayer is None
            or sayer.lower_ not in OPPOSING_PRONOUNS
            or span.start <= sayer.i < span.end
        ):
            continue
        if any(
            child.dep_ in ("prep", "det", "amod", "poss", "compound") for child in sayer.children
        ):
            continue  # "some of our partners say": a part of a named set
        return sayer
    return None


def _commits_a_deed(verb: Token) -> bool:
    """ "the mistakes historians committed", "committed a crime": "commit" with an object, or with
    no "to" complement at all ("mistakes that historians regularly committed"), is doing a deed,
    not a commitment ("committed to reform", "commit ourselves to")."""
    if verb.lemma_.lower() != "commit":
        return False
    if any(c.dep_ == "dobj" and c.lower_ not in REFLEXIVES for c in verb.children):
        return True
    return not any(
        (c.dep_ == "prep" and c.lower_ == "to") or c.dep_ in ("xcomp", "ccomp")
        for c in verb.children
    )


def _people_in_general(span: Span, lexicon: Lexicon) -> bool:
    """ "many people returned", "someone acts as a role model": people at large or anyone, told as
    acting (not a source: "some people say" stays a vague source)."""
    root = span.root
    return (
        root.lemma_.lower() in ("people", "person")
        or root.lower_ in lexicon.cues.indefinite_pronouns
    )


def _is_modifier(span: Span) -> bool:
    """ "third-party websites", "partner sites": the term modifies a noun instead of naming who."""
    root = span.root
    return root.dep_ in ("compound", "amod") and root.head.pos_ in ("NOUN", "PROPN")


def _soft_commitment_frame(
    span: Span, frames: list[Token], commitment: dict[str, str], facts: DocFacts
) -> bool:
    """The term is an aim, hope or intention ("hopes to", "in principle", "willing to"), or one
    stands in the clause or a clause framing it ("are willing to discuss a phased withdrawal").
    Hedges of the same kind ("generally", "may") are judged by their own clause instead."""
    if _frames_a_plan(span, commitment):
        return True
    plan_tokens = facts.plan_tokens(lambda other: _frames_a_plan(other, commitment))
    return any(verb.i in plan_tokens for verb in frames)


def _frames_a_plan(span: Span, commitment: dict[str, str]) -> bool:
    # The lexicon term's own words ("hope to"): the tagger may lemmatise "hopes" as "hop".
    words = [token.lemma_.lower() for token in span] + span.kb_id_.split()
    # "a global effort to combat terrorism": a noun of plan (#19's cue list plan_words: "effort",
    # a vague process in ANNOTATION.md's kinds table) frames a plan whatever its kind
    plan_noun = span.root.pos_ == "NOUN" and commitment.get(span.root.lemma_.lower()) == "plan"
    if span.label_ != SOFT_COMMITMENT and not plan_noun:
        return False
    if any(commitment.get(w) == "plan" for w in words) and not _plan_noun_alone(span):
        return True
    # "I believe that all of us will respond", "we trust that the Congress will act": the
    # writer's belief or trust over a promise is a soft commitment to it.
    return bool(_belief_modals(span))


def _belief_modals(span: Span) -> list[Token]:
    """The modals of the clause a belief or trust in the writer's voice holds ("I believe that
    all of us *will* respond", "We believe that this organization *can* provide ..."); none when
    the span is no such belief or its clause has no modal."""
    if span[0].lower_ not in ("i", "we"):
        return []
    holders = [token for token in span if token.pos_ in ("VERB", "AUX", "ADJ")]
    clauses = [c for holder in holders for c in holder.children if c.dep_ == "ccomp"]
    return [aux for clause in clauses for aux in clause.children if aux.tag_ == "MD"]


# Prepositions that open what a plan noun aims at: "efforts to cut", "a vision of a world where",
# "efforts for recovery", "efforts toward peace".
PLAN_PREPOSITIONS = frozenset({"to", "toward", "towards", "for", "at", "of", "on"})


def _plan_noun_alone(span: Span) -> bool:
    """A plan noun ("vision", "efforts", "aspirations") with nothing saying what is aimed at:
    "those with vision", "all our efforts here in Washington", "their high aspirations". It names
    a virtue or work in general, not a plan; only its clause can make it one ("we will continue
    our efforts"). "efforts to cut the flow of drugs", "a vision of a world where ..." aim at
    something, and frame a plan by themselves."""
    root = span.root
    if len(span) != 1 or root.pos_ != "NOUN":
        return False
    if root.dep_ == "nsubj" and root.head.lemma_ in COPULAS:
        return False  # "Our vision is a school where ...": the copula says what is aimed at
    for child in root.children:
        if child.dep_ in ("acl", "relcl"):
            return False
        if child.dep_ == "prep" and child.lower_ in PLAN_PREPOSITIONS:
            aim = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            if aim is not None and aim.tag_ not in ("PRP", "DT", "WP") and not _owner(child, aim):
                return False
    return True


def _owner(preposition: Token, noun: Token) -> bool:
    """ "the efforts *of the United Nations*", "the vision *of President Kennedy*": "of" with a
    named person or body names whose work or virtue it is, not what it aims at ("a vision *of a
    world* where ...", "efforts *of reform*", "a vision of our future"). Named: an entity; a noun
    of the actor list alone ("the efforts of government") is left to the clause (all check
    halves lost a finding when it counted)."""
    return (
        preposition.lower_ == "of"
        and noun.pos_ in ("NOUN", "PROPN")
        and noun.ent_type_ in NAMED_ACTOR_ENTITIES
    )


def _claims_quality(span: Span, subject: Token | None, speaks: bool, lexicon: Lexicon) -> bool:
    """ "our systems are robust", "the plan is comprehensive", "the Union has never been
    stronger": the term is said of the subject, and the subject is a plan, an organisation, or
    something of the writer's (in a text that speaks as someone). "Love is stronger than hate"
    in an encyclopedia describes."""
    if subject is None or subject.dep_ == "expl":
        return False
    if subject.left_edge.i <= span.root.i <= subject.right_edge.i:
        return False
    if subject.lemma_.lower() in _cue(lexicon, "plan_nouns") or _is_actor(subject, lexicon):
        return True
    return speaks


def _result_claimed(head: Token, term: Term, speaks: bool, expletive: bool) -> bool:
    """ "the Congress and the Executive have done much in building a *stronger*, *better*
    America": in a text that speaks as someone (a speech, a policy), a word of reassurance in a
    perfect is a claim of result told to the reader, whoever the subject is (ANNOTATION.md: "Claims
    of quality or result about a plan, product, policy, organisation or outcome, with no measure in
    the text: ... 'the reforms have been effective'"). A figure in the clause ("has grown *stronger*
    by 4 percent") is the measure; "there has been" is left to the rules for "there is"; in a text
    that speaks as no one (an encyclopedia, a report) the perfect narrates."""
    if not speaks or expletive or term.category != "reassurance":
        return False
    return not any(
        t.ent_type_ in FIGURE_ENTITIES or (t.like_num and t.ent_type_ != "DATE")
        for t in head.subtree
    )


def _told_as_done(verb: Token) -> bool:
    """ "officials issued", "have issued", "had been taken by critics": told as done."""
    anchor = _tense_anchor(verb)
    return _is_past(verb) or (_has_perfect(anchor) and anchor.tag_ == "VBN")


# Pronouns that point back to the one who speaks: "the company said it may cut jobs".
BACK_POINTING_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})


def _said_by_itself(head: Token, subject: Token | None, lexicon: Lexicon) -> Token | None:
    """ "The company said it may cut jobs": the actor who reports the hedge of itself (a pronoun
    pointing back, or the same word), or None."""
    if subject is None:
        return None
    speech = _cue(lexicon, "speech_verbs")
    commitment = _cue(lexicon, "commitment_verbs")
    for verb in list(_framing_verbs(head))[1:]:
        lemma = verb.lemma_.lower()
        if lemma not in speech and lemma not in commitment:
            continue
        speaker = subject_of(verb)
        if speaker is None or not _is_actor(speaker, lexicon):
            return None
        if subject.lower_ in BACK_POINTING_PRONOUNS or (
            speaker.lemma_.lower() == subject.lemma_.lower()
        ):
            return speaker
        return None
    return None


def _is_definite(token: Token | None) -> bool:
    """ "the school", "this council", "Oxfam": one actor the reader can hold to its words, not a
    kind ("societies", "some governments")."""
    if token is None:
        return False
    if token.ent_type_ in NAMED_ACTOR_ENTITIES:
        return True
    return any(
        child.dep_ in ("det", "poss") and child.lower_ in DEFINITE_DETERMINERS
        for child in token.children
    )


def _writer_voice(subject: Token | None) -> bool:
    if subject is None:
        return False
    if subject.lower_ in WRITER_VOICE:
        return True
    return any(child.dep_ == "poss" and child.lower_ in WRITER_VOICE for child in subject.children)


def _is_imperative(verb: Token, subject: Token | None, facts: DocFacts) -> bool:
    """ "Take appropriate measures", "Please consider": a bare verb opening its sentence."""
    if verb.tag_ != "VB" or verb.dep_ != "ROOT" or subject is not None:
        return False
    for token in verb.doc[facts.sentence(verb.i).start : verb.i]:
        if token.is_punct or token.dep_ == "advmod":
            continue
        if token.lower_ not in ("please", "let", "now", "so", "and", "then"):
            return False
    return True


def _agent_named(verb: Token) -> bool:
    return any(child.dep_ == "agent" for child in verb.children)


def _is_past(verb: Token) -> bool:
    anchor = _tense_anchor(verb)
    auxiliaries = {aux.lower_ for aux in _finite_auxiliaries(anchor)}
    return anchor.tag_ in PAST_TAGS or bool(auxiliaries & PAST_AUXILIARIES)


def _acts_or_answers(span: Span, speech: dict[str, str]) -> bool:
    """ "experts warn", "stakeholders complained", "reviewed by relevant parties", "relevant
    stakeholders were consulted": the vague group is the one that acts, or is asked to answer."""
    root = span.root
    verb = root.head
    if root.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX") and verb.lemma_ != "be":
        return True
    if root.dep_ == "pobj" and verb.dep_ == "agent":
        return True
    return root.dep_ == "nsubjpass" and speech.get(verb.lemma_.lower()) == "consult"


def _source_verdict(span: Span, term: Term, speech: dict[str, str], speaks: bool) -> Usage:
    """The verdict on an unnamed source ("officials said", "some experts blame"): a vague source,
    unless it only reports a past event in a text that speaks as no one, or it is the counting
    word of a source flagged itself."""
    if not speaks and _reports_the_past(span, speech):
        return _drop("past_narrative", "a past event, told on an unnamed source's word")
    counted = span.root.head if span.root.dep_ in ("amod", "det") else None
    if term.category == "vague_quantity" and counted is not None and _is_candidate(counted):
        # "Some experts blame ...": the unnamed experts are the finding; one phrase, one.
        return _drop("one_finding", f"counts the “{counted.text}”, flagged as the source")
    return _keep("vague_source", "an unnamed source stands behind the claim")


def _reports_the_past(span: Span, speech: dict[str, str]) -> bool:
    """ "A jet skidded off the runway, according to officials", "some scholars believe the author
    was a Jain": what the unnamed source reports is a past event or a view of history; in a text
    that speaks as no one nothing is promised or assured (ANNOTATION.md: past narrative). The
    same source of a warning or a forecast ("could hit Bermuda, according to officials") stays."""
    root = span.root
    while root.dep_ in ("amod", "det", "nummod") and root.head != root:
        root = root.head  # "Some scholars": the scholars
    if root.dep_ == "pobj":
        said = nearest_clause_head_above(root.head)
        while said is not None and said.lower_ == "according":
            said = nearest_clause_head_above(said)  # the clause "according to" hangs from
        return said is not None and said.tag_ in PAST_TAGS and not _finite_auxiliaries(said)
    verb = root.head
    contents = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(contents) and all(
        c.tag_ in PAST_TAGS or {a.lower_ for a in _finite_auxiliaries(c)} & PAST_AUXILIARIES
        for c in contents
    )


def _is_source(span: Span, speech: dict[str, str], lexicon: Lexicon | None = None) -> bool:
    """ "officials said", "according to experts", "experts are warning": the vague actor is the
    subject of a verb of saying, or the object of "according to"."""
    root = span.root
    counted = root
    while counted.dep_ in ("amod", "det", "nummod") and counted.head != counted:
        counted = counted.head  # "numerous studies": the noun the quantity counts
    if counted is not root and lexicon is not None:
        # A vague count of sources: "numerous studies have shown", "some experts blame".
        lemma = counted.lemma_.lower()
        if not (lemma in _cue(lexicon, "evidence_nouns") or _is_actor(counted, lexicon)):
            return False
        root = counted
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in speech:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in ("to", "by"):
        # "said by officials", "according to experts": a verb of saying; "studies by several
        # agencies" is a noun (the work, named by whom: nothing is claimed on their word).
        governor = root.head.head
        return governor.pos_ == "VERB" and governor.lemma_.lower() in speech
    return False


def _hedge(
    modal: Token,
    head: Token,
    subject: Token | None,
    person: str,
    passive: bool,
    speaks: bool,
    lexicon: Lexicon,
    sentence: Span,
) -> Usage:
    """ "We may share", "data may be disclosed": a hedge on the writer's (or an actor's) own
    commitment. "You may opt out" grants the reader a choice; "Influenza may affect other
    animals" describes what is possible."""
    if head.lemma_ == "expect":
        return _keep("hedged_commitment", "“can expect”: a promise to whoever may expect it")
    if person == "second":
        return _drop("permission_to_reader", f"“{modal.text}” grants the reader a choice")
    if subject is not None and subject.lemma_.lower() in _cue(lexicon, "plan_nouns"):
        return _keep("hedged_commitment", f"hedges what the {subject.text} will do")
    if _writer_voice(subject):
        return _keep("hedged_commitment", "the writer commits")
    if passive and speaks and not _agent_named(head):
        return _keep("hedged_commitment", "an unnamed doer (the writer, as a rule) commits")
    if not speaks:
        # "The Times noted that the new government may improve ties": in a report, someone's
        # guess at what an actor may do; "the council said it may close two libraries": the
        # actor's own hedge, reported.
        speaker = _said_by_itself(head, subject, lexicon)
        if speaker is None:
            return _drop("possibility", f"“{modal.text}”: a guess at what may happen, not a hedge")
        return _keep("hedged_commitment", f"{speaker.text} hedges its own commitment, reported")
    if _person_of(subject) == "actor" or (
        speaks and _is_actor(subject, lexicon) and person != "first"
    ):
        return _keep("hedged_commitment", f"{subject.text} commits")
    if _possible_state(head, subject, passive, lexicon):
        return _drop("possibility", f"“{modal.text} be”: what may be so; nobody commits to it")
    if _others_in_general(head, None, sentence, lexicon):
        return _drop("others_in_general", f"“{subject.text} {modal.text}”: what others may do")
    if speaks and person != "first":
        # A policy or a speech ("this site may contain links", "processing may take several
        # days"): the writer hedges what it tells the reader about its own affairs.
        return _keep("hedged_statement", "the writer hedges what it tells the reader")
    return _drop("possibility", f"“{modal.text}” says what is possible; nobody commits")


def _possible_state(head: Token, subject: Token | None, passive: bool, lexicon: Lexicon) -> bool:
    """ "The views of their governments may be very different from ours", "what may be a turning
    point in history", "a subject which, next to our desire for peace, may well become the major
    concern of the American people": "may" with a copula and its predicate says what is possibly
    so of the world, like "Influenza may affect other animals"; nobody's deed is hedged. Said of
    the writer's or the reader's own affairs ("our site may be unavailable", "some features may
    become unavailable to you", "the service may be ...": a plan or product, kept by the caller
    first) it stays a hedged statement, and "there may be" keeps its noun open."""
    if (
        head.lemma_ not in COPULAS
        or passive
        or subject is None
        or subject.lower_ in ("there", "it")
    ):
        return False
    if not any(child.dep_ in ("attr", "acomp") for child in head.children):
        return False
    said = [
        token
        for child in head.children
        if child.dep_ not in ("nsubj", "conj", "cc", "punct")
        for token in child.subtree
    ]
    if any(token.pos_ == "VERB" and token.dep_ not in ("amod", "compound") for token in said):
        return False  # "cookies may be necessary to provide ...": a deed is in view ("in the
        # coming years": a participle that describes is none)
    # The subject's own words, not the relative clause the verb may be ("a subject which, next
    # to our desire for peace, may ...").
    own = list(subject.subtree)
    if subject.left_edge.i <= head.i <= subject.right_edge.i:
        own = [t for t in own if not head.left_edge.i <= t.i <= head.right_edge.i]
    if any(token.lower_ in SECOND_PERSON for token in (*said, *own)):
        return False  # "some features may be unavailable to you": the reader's affairs
    predicate = [t for c in head.children if c.dep_ in ("attr", "acomp") for t in c.subtree]
    if any(t.dep_ == "poss" and t.lower_ in ("our", "my") for t in predicate):
        return False  # "projects that may be available on our web site": the writer's affairs
    return not any(token.lower_ in WRITER_VOICE or token.lower_ in WRITER_SINGULAR for token in own)
