"""The questions a careful reader asks about a finding, and a check that a question reads well.

A question is built from a *frame* read off the clause's parse: the verb (its lemma, with a
particle or preposition that belongs to it: "deal with", "set aside", "keep ... to a minimum"),
its object as a noun phrase, and the actor when the clause names one. Only the head verb's own
words go in: a coordinated clause ("and families will be kept informed"), a relative clause, a
list number, brackets and quotation marks are left out, and a pronoun is never the thing asked
about (a relative pronoun is replaced by the noun it stands for; "we" and "I" become "you", the
writer being asked; any other pronoun is left out and the question is asked without it).

When the frame cannot be trusted (no verb, a copula such as "it is reasonable", an object that is
an adjective or a pronoun, a parse that reads "improvements to air quality" as the verb "air"),
the finding gets its category's plain question about the term itself ("Which measures, exactly?",
"Reasonable by what measure, and checked by whom?") and plain questions for the missing slots
("By what date?"): correct and useful beats clever and broken.

Each category has a question that fits it: a vague quantity asks how many or how much, a vague
actor who exactly, vague timing by what date, a claim of quality by what measure and checked by
whom, an unassigned commitment who will act and by when (``unassigned_commitment_questions``).

``question_problems`` is the check the tests and ``benchmarks/questions.py`` run on every question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from vaguewords.clauses import is_clause_head
from vaguewords.cues import Cues
from vaguewords.lexicon import default_cues
from vaguewords.model import Slot
from vaguewords.slots.parse import is_passive, subject_of
from vaguewords.slots.who import is_recipient_verb

# ------------------------------------------------------------------------------ grammar words

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
PARTICLE_ADVERBS = frozenset({"aside", "out", "up", "off", "down", "back", "away", "forward"})
# The nouns of a vague quantity phrase that measure something else: "a number of ideas".
MEASURE_NOUNS = frozenset(
    {"number", "range", "variety", "lot", "deal", "handful", "fraction", "portion", "share"}
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

# ------------------------------------------------------------------------------ categories

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


def vague_index(spans) -> VagueIndex:
    """The index of a Doc's vague spans (``doc.spans["vague"]``, read once)."""
    actors: dict[int, Span] = {}
    pairs: set[int] = set()
    left_out: set[int] = set()
    for span in spans:
        if span.label_ == VAGUE_ACTOR:
            for index in range(span.start, span.end):
                actors.setdefault(index, span)
        pairs.update(range(span.start, span.end - 1))
        left_out |= _span_indices(span, span.label_)
    return VagueIndex(actors, frozenset(pairs), frozenset(left_out))


def _index_of(doc) -> VagueIndex:
    return vague_index(list(doc.spans.get("vague", ())))


@dataclass(frozen=True)
class Ask:
    """One question and the checklist instruction that answers it; ``slot`` is "who", "how",
    "when" for a missing slot ("often" for a when that is a frequency: "How often ...?"), or
    "term" for the category's question about the vague words."""

    question: str
    instruction: str
    slot: str


# ============================================================================ noun phrases


def _is_pronoun(token: Token) -> bool:
    return token.pos_ == "PRON" or token.tag_ in ("PRP", "WDT", "WP", "EX")


def _is_relative_pronoun(token: Token) -> bool:
    if token.tag_ not in ("WDT", "WP") and token.lower_ != "that":
        return False
    verb = token.head
    for _ in range(6):
        if verb.dep_ in ("relcl", "ROOT") or verb.head == verb or is_clause_head(verb):
            break
        verb = verb.head
    return verb.dep_ == "relcl"


def _antecedent(token: Token) -> Token | None:
    """The noun a relative pronoun stands for: "the programs which ..." -> "programs"."""
    verb = token.head
    for _ in range(6):
        if verb.dep_ == "relcl":
            return verb.head
        if verb.head == verb:
            return None
        verb = verb.head
    return None


def _inside_brackets(token: Token) -> bool:
    """True for a word inside a bracketed aside in its sentence."""
    doc = token.doc
    for index in range(token.i - 1, max(-1, token.i - BRACKET_REACH), -1):
        text = doc[index].text
        if text in BRACKETS:
            return True
        if text in BRACKETS.values() or doc[index].is_sent_start:
            return False
    return False


def _is_list_marker(token: Token) -> bool:
    """ "5." or "(a)" opening a numbered point, or a bullet."""
    if token.tag_ == "LS" or token.dep_ == "meta":
        return True
    return token.like_num and token.i + 1 < len(token.doc) and token.nbor().text in (".", ")")


def _phrase_tokens(head: Token, excluded: frozenset[int], with_preps: bool) -> list[Token]:
    """The noun phrase of ``head``: its determiners and modifiers, "of" phrases and short
    prepositional phrases (``with_preps``), coordinated nouns; no relative clause, apposition,
    participle clause, bracketed aside, list number or punctuation other than a word's hyphen."""
    kept = [head]
    for child in head.children:
        if child.i in excluded or _is_list_marker(child):
            continue
        if child.i < head.i and child.dep_ in NOUN_PHRASE_LEFT_DEPS:
            if child.dep_ == "nummod" and child.nbor().text in (".", ")"):
                continue
            kept.extend(_phrase_tokens(child, excluded, with_preps=False))
        elif (
            child.dep_ == "advmod"
            and child.i < head.i
            and (head.pos_ == "ADJ" or (head.dep_ == "amod" and head.tag_ == "VBN"))
        ):
            words = list(child.subtree)
            if any(t.tag_ == "WRB" for t in words):
                continue  # "no matter how many innocents": "how" is not part of the thing
            kept.extend(words)  # "more effective", "a more closely integrated system"
        elif child.i > head.i and child.dep_ == "prep" and (with_preps or child.lower_ == "of"):
            objects = [c for c in child.children if c.dep_ == "pobj" and c.i not in excluded]
            if objects and _is_pronoun(objects[0]):
                continue  # "the narrow visions of those": the pronoun is left out
            small = child.right_edge.i - child.i <= 2 * MAX_PHRASE_TOKENS
            if objects and small and not any(t.i in excluded for t in child.subtree):
                kept.append(child)
                kept.extend(_phrase_tokens(objects[0], excluded, with_preps=False))
        elif (
            child.dep_ == "conj"
            and child.pos_ in ("NOUN", "PROPN")
            and all(
                c.lower_ in ("and", "or") for c in head.children if c.dep_ == "cc" and c.i < child.i
            )
        ):
            kept.extend(_phrase_tokens(child, excluded, with_preps=False))
            kept.extend(c for c in head.children if c.dep_ == "cc" and c.i < child.i)
            kept.extend(
                c for c in head.children if c.text == "," and c.dep_ == "punct" and c.i < child.i
            )
        elif child.dep_ == "punct" and child.text == "-" and not child.whitespace_:
            kept.append(child)  # "low-emission"
        elif child.dep_ in ("compound", "case") and child.i > head.i:
            kept.append(child)  # "Hallam's"
        elif child.dep_ == "conj" and head.pos_ == "ADJ" and child.pos_ == "ADJ":
            kept.append(child)  # "a robust and comprehensive response"
            kept.extend(c for c in child.children if c.dep_ == "advmod" and c.i < child.i)
            kept.extend(c for c in head.children if c.dep_ == "cc" and c.i < child.i)
    return _with_hyphenated_words(kept)


def _with_hyphenated_words(tokens: list[Token]) -> list[Token]:
    """Whole hyphenated words: "after-school" is kept as one even when the parse splits it."""
    kept = {t.i: t for t in tokens}
    doc = tokens[0].doc
    changed = True
    while changed:
        changed = False
        for index in list(kept):
            token = doc[index]
            if index + 2 < len(doc) and not token.whitespace_ and doc[index + 1].text == "-":
                hyphen = doc[index + 1]
                if not hyphen.whitespace_ and index + 2 not in kept:
                    kept[index + 1], kept[index + 2] = hyphen, doc[index + 2]
                    changed = True
            if (
                index >= 2
                and doc[index - 1].text == "-"
                and not doc[index - 1].whitespace_
                and not doc[index - 2].whitespace_
                and index - 2 not in kept
            ):
                kept[index - 1], kept[index - 2] = doc[index - 1], doc[index - 2]
                changed = True
    return sorted(kept.values(), key=lambda t: t.i)


def _render(tokens: list[Token]) -> str:
    """Join words as written, with a comma before a coordinated noun when the text had one."""
    parts: list[str] = []
    for position, token in enumerate(tokens):
        parts.append(token.text)
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if following is None:
            break
        between = token.doc[token.i + 1 : following.i]
        if following.text == ",":
            continue
        if token.whitespace_ or (between and following.text != "-"):
            parts.append(" ")
    return "".join(parts).strip()


def noun_phrase(
    token: Token, excluded: frozenset[int] = frozenset(), definite: bool = True
) -> str | None:
    """The words naming ``token`` as a question can use them ("the robust security guarantees"),
    or None when it is a pronoun the reader could not resolve, an adjective standing for a thing,
    or a phrase too long to repeat. A relative pronoun becomes its noun; "we" and "I" become
    "you"."""
    if _is_pronoun(token):
        lower = token.lower_
        if lower in FIRST_PERSON or lower == "you":
            return FIRST_PERSON.get(lower, "you")
        if _is_relative_pronoun(token):
            antecedent = _antecedent(token)
            if antecedent is not None and not _is_pronoun(antecedent):
                return noun_phrase(antecedent, excluded, definite)
        return None
    if token.pos_ not in ("NOUN", "PROPN", "NUM") or _inside_brackets(token):
        return None
    if token.right_edge.i - token.left_edge.i > RUN_ON_TOKENS:
        return None  # a run-on list, not a phrase to repeat
    tokens = _phrase_tokens(token, excluded, with_preps=True)
    if any(t.tag_ in ("WDT", "WP", "WP$") for t in tokens):
        return None  # "four of which": a relative phrase cannot be said back
    if any(RUN_TOGETHER.search(t.text) for t in tokens):
        return None  # "programs.--It": a heading run into the sentence, not a word
    if len(tokens) > MAX_PHRASE_TOKENS:
        tokens = _phrase_tokens(token, excluded, with_preps=False)
    if len(tokens) > MAX_PHRASE_TOKENS:
        tokens = [t for t in tokens if t.i <= token.i]
    if len(tokens) > MAX_PHRASE_TOKENS:
        return None
    if tokens[-1].pos_ in ("ADJ", "DET", "ADP", "CCONJ", "PUNCT") and tokens[-1] != token:
        return None  # "the development of a strong independent": the noun was lost on the way
    words = [_second_person(t) for t in tokens]
    first = tokens[0]
    # "Schools will ...": a capital that only opens the sentence, not a name, even where the
    # model tags the word as part of an entity; a proper noun tagged as one keeps its capital.
    if first.is_sent_start:
        common = first.pos_ != "PROPN" or not first.ent_type_
    else:
        common = first.pos_ != "PROPN" and not first.ent_type_
    if common and words[0] == first.text:
        words[0] = first.text[:1].lower() + first.text[1:] if first.text.istitle() else first.text
    text = _render_words(tokens, words)
    if definite and not (
        first.dep_ in ("det", "poss", "predet", "nummod", "quantmod")
        or first.pos_ in ("PROPN", "NUM", "DET", "PRON")
        or first.ent_type_
        or first.lower_ in FIRST_PERSON_POSSESSIVE
        or first.lower_ in DETERMINER_WORDS
        or (len(tokens) > 1 and first.dep_ == "advmod" and tokens[1].lower_ in DETERMINER_WORDS)
    ):
        text = f"the {text}"  # but not before "so much courage", "too many forms"
    return text


def _second_person(token: Token) -> str:
    lower = token.lower_
    if lower in FIRST_PERSON_POSSESSIVE:
        return FIRST_PERSON_POSSESSIVE[lower]
    if lower in FIRST_PERSON and token.pos_ == "PRON":
        return FIRST_PERSON[lower]
    return token.text


def _render_words(tokens: list[Token], words: list[str]) -> str:
    rendered = _render(tokens)
    # _render keeps the text's words; swap in the ones changed (case, person) in order.
    pieces = []
    position = 0
    for token, word in zip(tokens, words, strict=True):
        found = rendered.find(token.text, position)
        pieces.append(rendered[position:found])
        pieces.append(word)
        position = found + len(token.text)
    pieces.append(rendered[position:])
    return "".join(pieces)


# ============================================================================ the frame


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

    def third_person(self) -> str:
        head, _, rest = self.lemma.partition(" ")
        return f"{third_person(head)} {rest}".strip()


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
            return main_verb(child) or child
        if child.dep_ == "xcomp" and child.lemma_ == "be":
            # "hope to be able to present": the promise is "present"
            for grandchild in child.children:
                if grandchild.dep_ == "acomp":
                    verbs = [c for c in grandchild.children if c.dep_ == "xcomp"]
                    if verbs and verbs[0].pos_ == "VERB":
                        return main_verb(verbs[0]) or verbs[0]
    return head


def _tense(verb: Token, clause_head: Token) -> str:
    if verb.i != clause_head.i:
        # "aims to provide": what is promised lies ahead; "have sought to help": it is done
        above = _tense(clause_head, clause_head)
        return "past" if above in ("past", "perfect") else "future"
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return "future"  # "to find solutions"
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
    return "future"  # imperatives and bare verbs: "Fund the proposal"


def _is_misread_infinitive(verb: Token) -> bool:
    """ "improvements to air quality" read as the verb "air" with "improvements" as its subject:
    an infinitive has no subject of its own unless "for" introduces it."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return False
    return not any(c.lower_ == "for" for c in verb.children if c.i < subject.i)


def _verb_words(verb: Token, excluded: frozenset[int]) -> tuple[list[Token], Token | None]:
    """The verb's particles ("set aside") and, for a verb with no object, a preposition that
    belongs to it with that preposition's noun ("deal with the incidents")."""
    particles = [
        c
        for c in verb.children
        if c.dep_ == "prt"
        or (c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in PARTICLE_ADVERBS)
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
        if child.dep_ in ("oprd", "acomp") and child.pos_ == "ADJ":
            # "ready", not "ready to help them build ...": a clause after the adjective is its own
            clauses = [c for c in child.children if c.dep_ in ("xcomp", "ccomp", "advcl")]
            inner = {t.i for c in clauses for t in c.subtree}
            words = [
                t
                for t in child.subtree
                if t.dep_ != "punct" and t.i not in excluded and t.i not in inner
            ]
            parts.append((child.i, _render(words)))
        elif child.dep_ == "prep" and child.lower_ in COMPLEMENT_PREPOSITIONS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            subtree = list(child.subtree)
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
                parts.append((child.i, _render(subtree)))
    return " ".join(text for _, text in sorted(parts))


def build_frame(
    head: Token,
    excluded: frozenset[int],
    who: Slot,
    term: Span | None = None,
    index: VagueIndex | None = None,
    cues: Cues | None = None,
) -> Frame | None:
    """The frame of the clause headed by ``head`` (see ``_frame``); ``cues``: the word lists,
    the shipped ones by default."""
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
            return _frame(above, excluded, who, cues, term, index, object_token=subject)
        return None
    return _frame(head, excluded, who, cues, term, index)


def _frame(
    head: Token,
    excluded: frozenset[int],
    who: Slot,
    cues: Cues,
    term: Span | None = None,
    index: VagueIndex | None = None,
    object_token: Token | None = None,
) -> Frame | None:
    """The frame of the clause headed by ``head``, or None when it cannot be trusted (no verb, a
    copula, a verb of state, a misread infinitive, a heading in capitals). ``term``: the finding's
    words; a preposition in them that hangs from the verb is part of the verb ("dealt with")."""
    verb = main_verb(head)
    if verb is None or verb.lemma_.lower() in COPULAS or verb.pos_ != "VERB":
        return None
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
    if any(c.dep_ == "neg" for c in (*verb.children, *head.children)):
        return None  # "a strong America cannot neglect ...": not something anyone will do
    if verb.i != head.i and verb.tag_ == "VBG" and head.lemma_.lower() in cues.state_verbs:
        return None  # "obligations will require refinancing": the obligations do not refinance
    passive = is_passive(verb)
    particles, preposition_object = _verb_words(verb, excluded)
    if passive:
        particles, preposition_object = [p for p in particles if p.dep_ == "prt"], None
    if (
        term is not None
        and term.start <= verb.i < term.end
        and verb.i == head.i
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
    ):
        return None  # "I hope to ...": the vague verb itself, with nothing promised after it
    lemma = " ".join([verb.lemma_.lower(), *(p.lower_ for p in particles)])
    past = " ".join([verb.lower_, *(p.lower_ for p in particles)]) if verb.tag_ == "VBD" else None
    participle = None
    if verb.tag_ == "VBN":
        participle = " ".join([verb.lower_, *(p.lower_ for p in particles)])
    given_object = object_token
    transitive = False
    recipient_text = None
    if given_object is not None:
        excluded = excluded | {t.i for t in verb.subtree if t.i > given_object.right_edge.i}
    if given_object is not None:
        pass
    elif passive:
        object_token = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        retained = next((c for c in verb.children if c.dep_ == "dobj"), None)
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
        if stranded is not None and participle is not None:
            lemma = f"{lemma} {stranded.lower_}"
            participle = f"{participle} {stranded.lower_}"
    else:
        object_token = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if object_token is None:
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
    complement = _complement(
        verb,
        excluded | {p.i for p in particles},
        verb.i + len(particles),
        object_end,
        cues.state_nouns,
    )
    if recipient_text is not None:
        complement = f"{complement} to {recipient_text}".strip()
    if small_clause is not None and object_text is not None:
        words = [t for t in small_clause.subtree if t.i > object_token.right_edge.i]
        words = [t for t in words if t.dep_ not in ("punct", "cc", "conj")]
        words = [t for t in words if not any(a.dep_ == "conj" for a in t.ancestors)]
        complement = _render(words)
    controller = _controller(verb, head, cues)
    if controller is not None:
        # "I have directed all agencies to step up their efforts": the agencies act, and what
        # they were told to do lies ahead
        actor_text, actor_plural = noun_phrase(controller, excluded), _plural(controller)
        tense = "future"
    else:
        actor_text, actor_plural = _actor(verb, who, excluded)
        tense = _tense(verb, head if head.i != verb.i else verb)
    copula_above = verb.i != head.i and head.lemma_ == "be"
    if copula_above and _first_person_owner(head):
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
    )


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
    return token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token.children)


def _actor(verb: Token, who: Slot, excluded: frozenset[int]) -> tuple[str | None, bool]:
    """Who acts, as it would read mid-question: the named actor, else the subject."""
    doc = verb.doc
    token = None
    subject = subject_of(verb)
    if subject is not None and _is_pronoun(subject) and _is_relative_pronoun(subject):
        # "a welfare system that corrodes the community": the system acts, whatever the slots
        # borrowed from the clause above
        return noun_phrase(subject, excluded), _plural(_antecedent(subject))
    if who.present and who.start is not None and who.end is not None:
        span = doc.char_span(who.start, who.end, alignment_mode="expand")
        if span is not None:
            token = span.root
    if token is None:
        token = subject_of(verb)
    if token is None or token.dep_ == "expl" or token.lower_ in ("it", "there"):
        return None, False
    return noun_phrase(token, excluded), _plural(token)


# ============================================================================ slot questions


def _be(frame: Frame, plural: bool) -> str:
    return {
        "present": "are" if plural else "is",
        "past": "were" if plural else "was",
        "perfect": "have been" if plural else "has been",
    }[frame.tense]


def _core(frame: Frame) -> tuple[str, str] | None:
    """The question's verb and its words after the question word, and the same as a statement:
    ("will the guarantees be provided", "the guarantees will be provided"). None when a pronoun
    or a verb form the text does not show would have to stand in."""
    complement = f" {frame.complement}" if frame.complement else ""
    if frame.passive:
        if frame.object is None:
            return None
        if frame.object == "you" and frame.tense != "future":
            return None  # "How are you assured ...": the reader or writer is told, nothing done
        done = f"{frame.participle}{complement}"
        if frame.tense == "future":
            return f"will {frame.object} be {done}", f"{frame.object} will be {done}"
        if frame.tense == "perfect":
            have = "have" if frame.object_plural else "has"
            return f"{have} {frame.object} been {done}", f"{frame.object} {have} been {done}"
        be = _be(frame, frame.object_plural)
        return f"{be} {frame.object} {done}", f"{frame.object} {be} {done}"
    if frame.actor is None or (frame.transitive and frame.object is None):
        return None
    if frame.copula_above or (frame.object is not None and frame.object == frame.actor):
        return None  # "Our problem is to achieve", "I call on allies to join us"
    if not frame.transitive and not frame.complement and frame.who_rule not in THING_RULES:
        return None  # "How will you go?": a person's intransitive verb says nothing to ask about
    said = f" {frame.object}" if frame.object else ""
    rest = f"{frame.lemma}{said}{complement}"
    if frame.tense == "future":
        return f"will {frame.actor} {rest}", f"{frame.actor} will {rest}"
    if frame.tense == "present":
        do = "do" if frame.actor_plural else "does"
        # the statement in the plain present: "Say how the council provides ...", not "does"
        verb = frame.lemma if frame.actor_plural else frame.third_person()
        return f"{do} {frame.actor} {rest}", f"{frame.actor} {verb}{said}{complement}"
    if frame.tense == "past":
        # the statement in the text's own past: "Say how you dealt with ...", "Say how you have
        # sought to help ..."; "did" only where the text itself says it
        if frame.past is not None:
            statement = f"{frame.actor} {frame.past}{said}{complement}"
        elif frame.above is not None:
            statement = f"{frame.actor} {frame.above} {rest}"
        else:
            statement = f"{frame.actor} did {rest}"
        return f"did {frame.actor} {rest}", statement
    return None  # a perfect tense needs the participle, which an active clause may not show


def _who_question(frame: Frame, subject: str | None) -> tuple[str, str] | None:
    complement = f" {frame.complement}" if frame.complement else ""
    if frame.who_rule == RECIPIENT_RULE and frame.object is not None:
        # "Schools will receive support": the question is who gives it.
        verb = {"present": "provides", "past": "provided", "perfect": "has provided"}.get(
            frame.tense, "will provide"
        )
        return f"Who {verb} {frame.object}?", f"Say who {verb} {frame.object}"
    if frame.object is not None:
        if frame.passive and frame.tense == "past":
            be = _be(frame, frame.object_plural)
            return (
                f"By whom {be} {frame.object} {frame.participle}{complement}?",
                f"Say who {frame.participle} {frame.object}{complement}",
            )
        if frame.passive and frame.tense == "perfect":
            return (
                f"Who has {frame.participle} {frame.object}{complement}?",
                f"Say who has {frame.participle} {frame.object}{complement}",
            )
        if frame.who_rule == THING_RULE and subject is not None and not frame.passive:
            # "The evacuation will cost a lot of money": not "who will cost", but who answers
            return f"Who is responsible for {subject}?", f"Say who is responsible for {subject}"
        verb = {
            "present": frame.third_person(),
            "past": frame.past,
            "perfect": f"has {frame.participle}" if frame.participle else None,
        }.get(frame.tense, f"will {frame.lemma}")
        if verb is None:
            return None
        return (
            f"Who {verb} {frame.object}{complement}?",
            f"Say who {verb} {frame.object}{complement}",
        )
    if not frame.transitive and subject is not None:
        return (f"Who is responsible for {subject}?", f"Say who is responsible for {subject}")
    return None


def plain_question(slot: str) -> Ask:
    """The question for a missing slot when the clause cannot be worded back."""
    if slot == "who":
        return Ask("Who is responsible, by name?", "Say who is responsible, by name", "who")
    if slot == "how":
        return Ask(
            "By what means, and with what resources?",
            "Say by what means, and with what resources",
            "how",
        )
    return Ask("By what date?", "Give a date", "when")


def slot_questions(
    frame: Frame | None, missing: tuple[str, ...], subject: str | None, timing: bool = False
) -> list[Ask]:
    """A question for each missing slot, worded from the frame where it can be."""
    asks = []
    worded = _core(frame) if frame is not None else None
    for slot in missing:
        ask = None
        if frame is not None and slot == "who":
            who = _who_question(frame, subject)
            if who is not None:
                ask = Ask(*who, "who")
        elif worded is not None and slot == "how":
            core, statement = worded
            ask = Ask(
                f"How {core}, and with what resources?",
                f"Say how {statement}, and with what resources",
                "how",
            )
        elif worded is not None and slot == "when":
            core, statement = worded
            if frame is not None and frame.tense == "future":
                opener = "By what date" if timing else "By when"
                ask = Ask(f"{opener} {core}?", f"Give a date by which {statement}", "when")
            else:
                ask = Ask(f"When exactly {core}?", f"Say when {statement}", "when")
        if ask is None and slot == "when" and timing:
            ask = Ask("By what date, exactly?", "Give a date", "when")
        asks.append(ask or plain_question(slot))
    return asks


# ============================================================================ category questions


def _term_noun(span: Span) -> Token | None:
    """The noun a vague modifier is about: "several steps" -> steps, "a number of ideas" ->
    ideas, "substantial investment" -> investment."""
    for token in span:
        if token.pos_ in ("NOUN", "PROPN") and token.lower_ not in MEASURE_NOUNS:
            return token
    root = span.root
    if RUN_TOGETHER.search(root.head.text):
        return None
    if root.dep_ in ("amod", "det", "nummod", "quantmod", "advmod") and root.head.pos_ in (
        "NOUN",
        "PROPN",
    ):
        return root.head
    if root.lower_ == "of" or span[-1].lower_ == "of":
        objects = [c for c in span[-1].children if c.dep_ == "pobj"]
        if objects:
            return objects[0]
    for token in span:
        if token.dep_ == "pobj":
            return token
    return None


def _bare_noun(token: Token, span: Span) -> str:
    """The noun with its compounds only, and without the vague words: "public housing units",
    "law enforcement efforts" (a compound's own compounds kept)."""
    words = [t for t in token.lefts if t.dep_ in ("compound", "amod")] + [token]
    words = [w for t in words for w in ([*_compounds_of(t), t] if t != token else [t])]
    words = [t for t in words if not span.start <= t.i < span.end or t == token]
    words = [t for t in words if t.pos_ not in ("ADJ",) or t.dep_ == "compound" or t == token]
    text = " ".join(_second_person(t) for t in words)
    return text if token.pos_ == "PROPN" else text.lower()


def _compounds_of(token: Token) -> list[Token]:
    """The compounds to the left of a compound: "law" in "law enforcement efforts"."""
    found = []
    for child in token.lefts:
        if child.dep_ == "compound":
            found.extend([*_compounds_of(child), child])
    return found


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _term_words(span: Span) -> str:
    words = [t.text for t in span if not t.is_punct or t.text == "-"]
    text = " ".join(words).replace(" - ", "-")
    return text.lower() if not span[0].ent_type_ else text


def category_question(
    span: Span,
    category: str,
    frame: Frame | None,
    slots: tuple[Slot, Slot, Slot],
    cues: Cues | None = None,
) -> Ask | None:
    """The question that fits the finding's kind, about the vague words themselves; None when the
    kind's question is the one a slot question already asks (vague timing asks by what date).
    ``cues``: the word lists, the shipped ones by default."""
    cues = cues if cues is not None else default_cues()
    term = _term_words(span)
    if category == VAGUE_QUANTITY:
        root = span.root
        compared = root.head
        if (
            root.dep_ == "advmod"
            and compared.pos_ in ("ADJ", "ADV")
            and compared.i == span.end
            and compared.tag_ not in ("JJR", "RBR")
        ):
            # "more secure", "more rigorous": a comparison, asked by how much and measured how
            said = f"{term} {compared.lower_}"
            return Ask(
                f"{_capitalised(said)} by what measure, and by how much?",
                f"Say by what measure it is {said}, and by how much",
                "term",
            )
        if (
            root.lower_ == "enough"
            and root.head.i == span.start - 1
            and root.head.pos_ in ("ADJ", "ADV")
        ):
            # "strong enough to meet any threat": enough by what measure
            said = f"{root.head.lower_} enough"
            return Ask(
                f"{_capitalised(said)} by what measure?",
                f"Say by what measure it is {said}",
                "term",
            )
        noun = _term_noun(span)
        if noun is None and root.lower_ in cues.choosing_words:
            return Ask(
                f"Which {root.lower_} ones, exactly?", f"Name the {root.lower_} ones", "term"
            )
        if noun is None and root.lower_ in COUNT_WORDS:
            # "no matter how many need help": a number of people or things, none named
            return Ask("How many, exactly?", f"Give a number instead of {term}", "term")
        if noun is None and root.tag_ in ("JJR", "RBR") and len(span) == 1:
            # "pay more", "judged more by": how much more
            return Ask(f"How much {root.lower_}, exactly?", f"Give a figure for {term}", "term")
        if noun is None or noun.i == span.root.i and noun.pos_ != "NOUN":
            opener = f"{_capitalised(term)} by" if span.root.tag_ == "VBN" else f"{term}:"
            return Ask(
                f"{_capitalised(opener)} how much, exactly?",
                f"Give a figure instead of {term}",
                "term",
            )
        words = _bare_noun(noun, span)
        many = noun.tag_ in ("NNS", "NNPS") or noun.lower_ in ("people", "police")
        lower = term.lower()
        if lower in cues.choosing_words or (
            lower == "some" and not many and noun.lower_ in cues.time_nouns
        ):
            # "other scientists", "certain features", "some day": which ones, not how many
            return Ask(f"Which {words}, exactly?", f"Name the {words}", "term")
        how = "How many" if many else "How much"
        article = next((c for c in noun.children if c.dep_ == "det"), None)
        if not many and article is not None and article.lower_ in ("a", "an"):
            how = f"How large {article.lower_}"  # "a substantial cut": how large a cut
        elif not many and article is not None and article.i < span.start:
            # "every major category", "the significant role": one thing, not an amount of it
            return Ask(
                f"{_capitalised(term)} by what measure, exactly?",
                f"Say by what measure the {words} is {term}",
                "term",
            )
        return Ask(
            f"{how} {words}, exactly?", f"Give a figure for the {words} instead of {term}", "term"
        )
    if category == VAGUE_ACTOR:
        root = span.root
        if _is_pronoun(root) or root.pos_ not in ("NOUN", "PROPN"):
            return Ask("Who, exactly, by name?", f"Name who is meant by {term}", "term")
        words = [t for t in span if not (t.dep_ == "det" and t.lower_ in ("the", "a", "an"))]
        words = [t for t in words if not t.is_punct]
        text = " ".join(t.text for t in words).lower()
        if words and words[0].dep_ in ("det", "predet") and words[0].i == span.start:
            text = " ".join(t.text for t in words[1:]).lower()  # "all parties": which parties
            return Ask(f"Which {text}, exactly?", f"Name the {text}", "term")
        if root.tag_ in ("NNS", "NNPS") or root.lower_ in ("people", "police"):
            question = f"Who exactly are the {text}?"
        elif span[0].lower_ in ("a", "an"):
            question = f"Which {text}, exactly?"
        else:
            question = f"Who exactly is the {text}?"
        return Ask(question, f"Name the {text}", "term")
    if category == REASSURANCE:
        return Ask(
            f"{_capitalised(term)} by what measure, and checked by whom?",
            f"Say what would show it is {term}, and who checks",
            "term",
        )
    if category == VAGUE_TIMING:
        return None  # the "when" question asks by what date
    if category == VAGUE_PROCESS:
        words = {t.lower_ for t in span}
        if words & CONDITION_WORDS or "case" in " ".join(words):
            return Ask(
                f"{_capitalised(term)}: decided by whom, and by what rule?",
                f"Say who decides {term}, and by what rule",
                "term",
            )
        nouns = [t for t in span if t.pos_ == "NOUN"]
        if nouns and span.root.pos_ == "NOUN":
            noun = _bare_noun(span.root, span[:0]) if span.root.tag_ else nouns[-1].lower_
            return Ask(f"Which {noun}, exactly?", f"Name the {noun}", "term")
        if nouns and span[0].pos_ == "ADP" and nouns[-1].tag_ == "NNS":
            noun = nouns[-1].lower_
            return Ask(
                f"Which {noun}, in what order?", f"Name the {noun} in order, with dates", "term"
            )
        if span.root.pos_ in ("ADJ", "VERB") and span.root.dep_ in ("amod", "acomp"):
            return Ask(
                f"{_capitalised(term)} how, and by whom?",
                f"Say how it is {term}, and by whom",
                "term",
            )
        return None  # "tackle", "deal with", "in line with": the "how" question is the one
    if category == SOFT_COMMITMENT:
        if span.root.pos_ == "NOUN" or (span.root.pos_ == "ADJ" and span.root.dep_ == "amod"):
            noun = span.root if span.root.pos_ == "NOUN" else span.root.head
            if noun.pos_ == "NOUN":
                words = _bare_noun(noun, span if noun is not span.root else span[:0])
                return Ask(
                    f"Which {words}, exactly, and by what date?",
                    f"Name the {words}, and give a date for each",
                    "term",
                )
        if (
            frame is not None
            and frame.actor is not None
            and frame.object is not None
            and frame.object != frame.actor
            and not frame.passive
            and frame.tense == "future"
        ):
            return Ask(
                f"Will {frame.actor} actually {frame.lemma} {frame.object}?",
                f"Say whether {frame.actor} will {frame.lemma} {frame.object}",
                "term",
            )
        if (
            frame is not None
            and frame.passive
            and frame.object is not None
            and frame.tense == "future"
            and span.root.tag_ == "MD"
        ):
            # "more might be required", "your data may be shared": will it, or not?
            return Ask(
                f"Will {frame.object} actually be {frame.participle}?",
                f"Say whether {frame.object} will be {frame.participle}",
                "term",
            )
        if span.root.tag_ == "MD":
            said = _term_words(span[:1])
            return Ask(
                f"{_capitalised(said)}: a firm promise, or only a possibility?",
                f"Say whether {said} means a firm promise",
                "term",
            )
        words = list(span)
        while len(words) > 1 and words[-1].pos_ in ("ADP", "PART"):
            words.pop()  # "hope to", "in favour of": the word, without its dangling "to"
        said = _term_words(span[: words[-1].i - span.start + 1])
        return Ask(
            f"{_capitalised(said)}: a firm promise, or only an intention?",
            f"Say whether {said} means a firm promise",
            "term",
        )
    return None


# ============================================================================ the finding


def _subject_phrase(head: Token, excluded: frozenset[int]) -> str | None:
    verb = main_verb(head) or head
    subject = subject_of(verb) if is_clause_head(verb) else None
    if subject is None or subject.dep_ == "expl":
        return None
    return noun_phrase(subject, excluded)


def _copula_topic(
    head: Token, span: Span, excluded: frozenset[int], index: VagueIndex
) -> tuple[str | None, bool]:
    """What a verbless or copular clause is about, and whether it is a thing that can be put in
    place: "There will be robust monitoring" -> (the robust monitoring, True); "The plan is
    comprehensive" -> (the plan, False); a noun-only finding -> its noun. A vague actor or a
    person is never the topic ("Who is responsible for the partners?")."""
    verb = main_verb(head)
    if verb is not None:
        subject = subject_of(verb)
        if subject is not None and subject.dep_ != "expl":
            if subject.i in index.actors or subject.ent_type_ in ("PERSON", "NORP", "ORG", "GPE"):
                return None, False
            return noun_phrase(subject, excluded), False
        for child in verb.children:
            thing = child.dep_ in ("attr", "dobj") and child.pos_ in ("NOUN", "PROPN")
            if thing and child.i not in index.actors:
                return noun_phrase(child, excluded), True
        return None, False
    token = span.root
    for _ in range(6):
        if token.pos_ in ("NOUN", "PROPN") or token.head == token:
            break
        token = token.head
    if token.pos_ not in ("NOUN", "PROPN") or token.i in index.actors:
        return None, False
    return noun_phrase(token, excluded), False


def _topic_questions(
    topic: str | None,
    missing: tuple[str, ...],
    category: str,
    future: bool,
    thing: bool,
    timing: bool = False,
    past: bool = False,
) -> list[Ask]:
    """Questions about what a clause that cannot be worded back is about: "Who is responsible for
    the plan?", "By when will the robust monitoring be in place?", or plain ones."""
    asks = []
    if topic == "you":
        topic = None
    for slot in missing:
        if slot == "who" and topic is not None:
            asks.append(
                Ask(
                    f"Who is responsible for {topic}?", f"Say who is responsible for {topic}", "who"
                )
            )
        elif slot == "when" and topic is not None and future and thing:
            opener = "By what date" if timing else "By when"
            asks.append(
                Ask(
                    f"{opener} will {topic} be in place?",
                    f"Give a date by which {topic} will be in place",
                    "when",
                )
            )
        elif slot == "when" and (timing or future):
            asks.append(plain_question("when"))
        elif slot == "when" and past:
            asks.append(Ask("When exactly?", "Say when", "when"))
        elif slot == "how" and future and category != REASSURANCE:
            asks.append(plain_question("how"))
        elif slot == "who" and category != REASSURANCE:
            asks.append(plain_question("who"))
    return asks


def asks_for(
    span: Span,
    category: str,
    head: Token,
    slots: tuple[Slot, Slot, Slot],
    excluded: frozenset[int] = frozenset(),
    index: VagueIndex | None = None,
    cues: Cues | None = None,
) -> list[Ask]:
    """The questions for one finding, category question first, then one per missing slot.
    ``excluded``: token indices (other findings' vague time and process phrases) kept out of the
    phrases the questions repeat; ``cues``: the word lists, the shipped ones by default."""
    who, how, when = slots
    missing = tuple(slot.name for slot in slots if not slot.present)
    if not missing:
        return []
    cues = cues if cues is not None else default_cues()
    index = index if index is not None else _index_of(span.doc)
    frame = build_frame(head, excluded | _span_indices(span, category), who, span, index, cues)
    asks = _asks(span, category, head, slots, missing, excluded, index, cues, frame)
    if category == VAGUE_TIMING and _term_words(span).lower() in cues.frequency_terms:
        # "we may periodically share your data": how often, not by what date
        asks = [_how_often(frame) if ask.slot == "when" else ask for ask in asks]
    return asks


def _how_often(frame: Frame | None) -> Ask:
    worded = _core(frame) if frame is not None else None
    if worded is None:
        return Ask("How often, exactly?", "Say how often", "often")
    core, statement = worded
    return Ask(f"How often {core}?", f"Say how often {statement}", "often")


def _asks(
    span: Span,
    category: str,
    head: Token,
    slots: tuple[Slot, Slot, Slot],
    missing: tuple[str, ...],
    excluded: frozenset[int],
    index: VagueIndex,
    cues: Cues,
    frame: Frame | None,
) -> list[Ask]:
    who, how, when = slots
    asks: list[Ask] = []
    term_ask = category_question(span, category, frame, slots, cues)
    if term_ask is not None:
        asks.append(term_ask)
    elif category == VAGUE_PROCESS and not (
        "how" in missing and frame is not None and _core(frame) is not None
    ):
        # "deal with local conflicts" where the clause cannot be worded back, or names some
        # means: the vague verb is still what a reader asks about
        unworded = frame is None or _core(frame) is None
        process_ask = _process_verb_ask(span, excluded, "when" in missing and unworded)
        if process_ask is not None:
            asks.append(process_ask)
            done = ("how", "when") if process_ask.question.endswith("by when?") else ("how",)
            done = done if process_ask.slot == "how" else ()
            missing = tuple(slot for slot in missing if slot not in done)
    timing = category == VAGUE_TIMING
    if frame is None:
        verb = main_verb(head)
        topic, thing = _copula_topic(head, span, excluded | _span_indices(span, category), index)
        future = verb is not None and _tense(verb, head) == "future"
        # A claim of quality ("The friendship is more effective than ever") is asked by what
        # measure and checked by whom; who is responsible for the thing praised is not the point.
        claim = category == REASSURANCE and not future
        wanted = tuple(
            slot for slot in missing if not (slot == "who" and (category == VAGUE_ACTOR or claim))
        )
        asks.extend(_topic_questions(topic, wanted, category, future, thing, timing))
        return asks
    if (
        frame.who_rule == THING_RULE
        and not frame.passive
        and frame.tense in ("present", "past", "perfect")
        and frame.object is not None
    ):
        # "The plan sets out several steps": the plan describes, the steps are what is promised;
        # but "Many measures ... demand attention": the finding's own noun is the topic.
        future = frame.tense == "present"
        topic = frame.object
        subject_token = subject_of(main_verb(head) or head)
        if subject_token is not None and subject_token.left_edge.i <= span.start <= (
            subject_token.right_edge.i
        ):
            topic = _subject_phrase(head, excluded) or topic
        asks.extend(_topic_questions(topic, missing, category, future, thing=True, past=not future))
        return asks
    subject = _subject_phrase(head, excluded)
    skip_who = category == VAGUE_ACTOR or who.rule == "vague_actor"
    wanted = tuple(slot for slot in missing if not (slot == "who" and skip_who))
    if skip_who and "who" in missing and category != VAGUE_ACTOR:
        asks.append(_vague_actor_ask(head, index))
    asks.extend(slot_questions(frame, wanted, subject, timing=timing))
    return asks


def _process_verb_ask(span: Span, excluded: frozenset[int], when: bool) -> Ask | None:
    """ "Deal with the local conflicts how, exactly?" (and "..., and by when?" with ``when``): a
    vague process verb with its object; "Which steps, exactly?" when the object is in the term
    ("take steps")."""
    verb = span.root
    if verb.pos_ != "VERB" or verb.lemma_.lower() in COPULAS or is_passive(verb):
        return None
    particles, target = _verb_words(verb, excluded)
    if target is None:
        target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if target is not None and span.start <= target.i < span.end and target.pos_ == "NOUN":
        noun = _bare_noun(target, span[:0])
        return Ask(f"Which {noun}, exactly?", f"Name the {noun}", "term")
    thing = noun_phrase(target, excluded) if target is not None else None
    if thing is None or thing == "you":
        return None
    said = " ".join([verb.lemma_.lower(), *(p.lower_ for p in particles)])
    if when:
        return Ask(
            f"{_capitalised(said)} {thing} how, exactly, and by when?",
            f"Say how exactly to {said} {thing}, and by when",
            "how",
        )
    return Ask(
        f"{_capitalised(said)} {thing} how, exactly?", f"Say how exactly to {said} {thing}", "how"
    )


def _vague_actor_ask(head: Token, index: VagueIndex) -> Ask:
    """The clause's subject is a vague actor that is not this finding: ask it to be named."""
    verb = main_verb(head) or head
    subject = subject_of(verb)
    if subject is not None and subject.i in index.actors:
        ask = category_question(index.actors[subject.i], VAGUE_ACTOR, None, ())  # type: ignore[arg-type]
        if ask is not None:
            return Ask(ask.question, ask.instruction, "who")
    return plain_question("who")


def _span_indices(span: Span, category: str) -> frozenset[int]:
    """A vague time or process phrase is kept out of the phrases a question repeats."""
    if category in (VAGUE_TIMING, VAGUE_PROCESS) and span.root.pos_ not in ("NOUN", "VERB"):
        return frozenset(range(span.start, span.end))
    return frozenset()


def unassigned_commitment_questions(
    verb: Token, excluded: frozenset[int] = frozenset(), cues: Cues | None = None
) -> Ask:
    """The question for a promise that names no one ("Sanctions will be lifted"): "Who will lift
    the sanctions, and by when?". ``verb`` is the clause's verb; ``cues`` the word lists (the
    shipped ones by default) that say which verbs only receive ("Ukraine will receive ...")."""
    cues = cues if cues is not None else default_cues()
    empty = Slot("who", False, None, None, None, "no_subject", "")
    frame = build_frame(verb, excluded, empty, cues=cues)
    if frame is not None and frame.object is not None:
        complement = f" {frame.complement}" if frame.complement else ""
        # "get the deficit under control" is not receiving it
        receives = is_recipient_verb(main_verb(verb) or verb, cues) and not frame.complement
        lemma = "provide" if receives else frame.lemma
        return Ask(
            f"Who will {lemma} {frame.object}{complement}, and by when?",
            f"Say who will {lemma} {frame.object}{complement}, and by when",
            "who",
        )
    if frame is not None and not frame.transitive and frame.actor is not None:
        return Ask(
            f"Who is responsible for {frame.actor}, and by when?",
            f"Say who is responsible for {frame.actor}, and by when",
            "who",
        )
    return Ask("Who is to act, and by when?", "Say who is to act, and by when", "who")


# ============================================================================ the check

FINITE_TAGS = frozenset({"MD", "VBZ", "VBP", "VBD"})
LIST_MARKER = re.compile(r"(?:^|\s)\(?\d+[.)](?:\s|$)")
QUOTES_AND_BRACKETS = re.compile(r"[\"“”‘«»()\[\]{}]|``|''")
ALLOWED_PRONOUNS = frozenset({"you", "yourselves", "yourself"})
QUESTION_WORDS = frozenset({"who", "whom", "what", "which", "whose", "how", "when"})
NOUN_PHRASE_STARTS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})


def question_problems(question: str, nlp) -> list[str]:
    """What is wrong with a question, as short phrases (empty when it reads well). The question
    is parsed with ``nlp`` (the same pipeline as the text) and must have: at most one finite verb
    group; no relative pronoun, and no pronoun other than "you", as a subject or object; no
    adjective standing for a thing ("the reasonable"); no list number; no quotation marks or
    brackets; no preposition left without its noun, except one that ends a verb ("dealt with");
    and a final "?"."""
    problems = []
    text = question.strip()
    if not text.endswith("?"):
        problems.append("does not end with '?'")
    if LIST_MARKER.search(text):
        problems.append("list number")
    if QUOTES_AND_BRACKETS.search(text):
        problems.append("quotation marks or brackets")
    doc = nlp.make_doc(text)
    for _, component in nlp.pipeline:
        doc = component(doc)
    for token in doc[1:]:
        if token.tag_ in ("WRB", "WDT", "WP") and doc[token.i - 1].tag_ in ("DT", "PDT"):
            problems.append(f"question word '{token.text}' inside a noun phrase")
        elif (
            token.tag_ == "WRB"
            and doc[token.i - 1].pos_ not in ("ADP", "CCONJ", "PUNCT")
            and (token.i + 1 == len(doc) or doc[token.i + 1].text not in (",", "?"))
        ):
            # "How will the nations chart their futures how much more secure ...?"
            problems.append(f"a second question word '{token.text}' inside the question")
    groups = set()
    for token in doc:
        if token.tag_ in FINITE_TAGS:
            if token.tag_ == "VBD" and any(t.lemma_ in ("be", "have") for t in doc[: token.i]):
                continue  # "is ... expected": a participle the tagger took for a past tense
            group = token.head if token.dep_ in ("aux", "auxpass") else token
            groups.add(group.i)
    if len(groups) > 1:
        problems.append(f"{len(groups)} finite verb groups")
    for token in doc:
        role = token.dep_ in SUBJECT_DEPS or token.dep_ in OBJECT_DEPS
        if not role:
            continue
        if token.tag_ in ("WDT", "WP") and token.lower_ in QUESTION_WORDS:
            previous = doc[token.i - 1] if token.i > 0 else None
            opening = previous is None or previous.pos_ in ("ADP", "CCONJ", "PUNCT", "ADV")
            if not opening:
                problems.append(f"'{token.text}' is a relative pronoun inside the question")
        elif token.tag_ in ("WDT", "WP") or (
            _is_pronoun(token) and token.lower_ not in ALLOWED_PRONOUNS
        ):
            if token.lower_ not in QUESTION_WORDS:
                problems.append(f"pronoun '{token.text}' as {token.dep_}")
        elif token.pos_ == "ADJ" and any(c.dep_ == "det" for c in token.children):
            problems.append(f"adjective '{token.text}' used as a thing")
    for token in doc:
        if token.pos_ != "ADP" or token.dep_ not in ("prep", "agent", "dative"):
            continue
        if any(c.dep_ != "punct" for c in token.children):
            continue  # "by what measure", "as appropriate"
        if token.i + 1 < len(doc) and doc[token.i + 1].tag_ in ("WRB", "WP", "WDT"):
            continue  # "By when", "by whom"
        if token.i + 1 < len(doc) and doc[token.i + 1].pos_ in NOUN_PHRASE_STARTS:
            continue  # "of those nations": the noun follows, the parse only lost it
        head = token.head
        ends_verb = head.pos_ == "VERB" and (
            token.i == head.i + 1 or (token.i == head.i + 2 and doc[head.i + 1].dep_ == "prt")
        )
        if not ends_verb:
            problems.append(f"preposition '{token.text}' without its noun")
    return problems
