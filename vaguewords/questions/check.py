"""The check that a question reads well (``question_problems``)."""

from __future__ import annotations

import re

from vaguewords.cues import Cues
from vaguewords.lexicon import default_cues
from vaguewords.questions.phrases import _is_pronoun
from vaguewords.questions.words import OBJECT_DEPS, SUBJECT_DEPS

FINITE_TAGS = frozenset({"MD", "VBZ", "VBP", "VBD"})
LIST_MARKER = re.compile(r"(?:^|\s)\(?\d+[.)](?:\s|$)")
QUOTES_AND_BRACKETS = re.compile(r"[\"“”‘«»()\[\]{}]|``|''")
ALLOWED_PRONOUNS = frozenset({"you", "yourselves", "yourself"})
QUESTION_WORDS = frozenset({"who", "whom", "what", "which", "whose", "how", "when"})
NOUN_PHRASE_STARTS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})


def _idiom_said_with_article(noun, idioms: frozenset[str]) -> bool:
    """ "take the hold", "give the way": a light verb's idiom noun (cue list
    ``light_verb_idioms``) with an article or possessive of its own; but "take the place of the
    old rules" names a thing ("of" after it)."""
    if f"{noun.head.lemma_.lower()} {noun.lemma_.lower()}" not in idioms:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    return any(c.dep_ in ("det", "poss") for c in noun.children)


def question_problems(question: str, nlp, cues: Cues | None = None) -> list[str]:
    """What is wrong with a question, as short phrases (empty when it reads well). The question
    is parsed with ``nlp`` (the same pipeline as the text) and must have: at most one finite verb
    group (and one clause opened by "that"); no relative pronoun, and no pronoun other than "you", as a subject or object; no
    adjective standing for a thing ("the reasonable"); no list number; no quotation marks or
    brackets; no preposition left without its noun, except one that ends a verb ("dealt with");
    no negation inside a noun phrase ("the not fidelity"); no idiom's noun said back with an
    article ("take the hold", cue list ``light_verb_idioms``; ``cues``: the shipped lists by
    default); and a final "?"."""
    idioms = (cues if cues is not None else default_cues()).light_verb_idioms
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
            and doc[token.i - 1].pos_ not in ("ADP", "SCONJ", "CCONJ", "PUNCT")
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
    # "Who will make sure that every school is drug-free?": one clause that "that" opens, the
    # object of the question's verb, is part of what is asked
    that_clauses = [
        i
        for i in sorted(groups)
        # the parser labels it a clausal subject at times ("make sure that a level of high
        # inflation continues"): the same clause
        if doc[i].dep_ in ("ccomp", "csubj")
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in doc[i].children)
    ]
    if len(groups) - len(that_clauses[:1]) > 1:
        problems.append(f"{len(groups)} finite verb groups")
    inside = {t.i for i in that_clauses[:1] for t in doc[i].subtree}
    modals = [t for t in doc if t.tag_ == "MD" and t.i not in inside]
    if len(modals) > 1:
        # "By when will any disruption will be kept ...": two clauses pasted into one
        problems.append(f"{len(modals)} modal verbs")
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
        if token.dep_ == "neg" and token.head.pos_ in ("NOUN", "PROPN") and token.i < token.head.i:
            # "achieve the not fidelity to an iron faith": a negation said inside a noun phrase
            problems.append(f"'{token.text}' inside a noun phrase")
        if token.dep_ == "dobj" and _idiom_said_with_article(token, idioms):
            # "Who will take the hold?": the idiom "take hold" read as a verb and its object
            problems.append(f"the idiom '{token.head.lemma_} {token.lemma_}' said with an article")
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
