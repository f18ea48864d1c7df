"""Noun phrases a question can say back: "the robust security guarantees", never a pronoun."""

from __future__ import annotations

from spacy.tokens import Token

from vaguewords.clauses import is_clause_head
from vaguewords.questions.words import (
    BRACKET_REACH,
    BRACKETS,
    DETERMINER_WORDS,
    FIRST_PERSON,
    FIRST_PERSON_POSSESSIVE,
    MAX_PHRASE_TOKENS,
    NOUN_PHRASE_LEFT_DEPS,
    RUN_ON_TOKENS,
    RUN_TOGETHER,
)


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
            joining = [c for c in head.children if c.dep_ == "cc" and c.i < child.i]
            before = head.doc[child.left_edge.i - 1]
            if not joining and before.lower_ in ("and", "or", ",") and before.i > head.i:
                # "the training of skilled workers for these fields and the quest": the parse
                # hung the "and" on the last noun before it; it still joins the two ("A, B and
                # C": a comma joins B)
                joining = [before]
            if not joining:
                continue  # a noun with no word joining it would be run into the phrase
            kept.extend(_phrase_tokens(child, excluded, with_preps=False))
            kept.extend(joining)
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
                if _is_spaced_dash(hyphen):
                    continue  # "program-a program": a dash between phrases, not a word's hyphen
                if not hyphen.whitespace_ and index + 2 not in kept:
                    kept[index + 1], kept[index + 2] = hyphen, doc[index + 2]
                    changed = True
                elif not hyphen.whitespace_ and index + 1 not in kept:
                    # "high-quality": both halves kept by the parse, the hyphen between them too
                    kept[index + 1] = hyphen
                    changed = True
            if (
                index >= 2
                and doc[index - 1].text == "-"
                and not _is_spaced_dash(doc[index - 1])
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
    if token.lower_ in ("one", "ones"):
        return None  # "a plan, one which will cut ...": the word stands for a noun said elsewhere
    if token.lower_ == "others" and all(c.dep_ in ("det", "punct") for c in token.children):
        # "eliminate those we can and reform the others": "the others" stands for a noun said
        # before it, which is said back (rule other_ones); with none, it is left out; "help
        # others" names other people, said bare
        if any(c.dep_ == "det" for c in token.children):
            return _other_ones(token)
        return token.lower_
    if any(child.dep_ == "neg" and child.i < token.i for child in token.children):
        return (
            None  # "We seek not fidelity to ..., but ...": the negated noun is not the thing meant
        )
    if token.right_edge.i - token.left_edge.i > RUN_ON_TOKENS:
        return None  # a run-on list, not a phrase to repeat
    tokens = _phrase_tokens(token, excluded, with_preps=True)
    refused = _refused_conjuncts(token)
    if refused:
        # "private business and not the Government": the thing meant is the first, alone (rule
        # refused_conjunct)
        tokens = [t for t in tokens if t.i not in refused]
    if any(_is_stray_symbol(t) for t in tokens):
        return None  # "the framework of government �": a broken character, not a word to repeat
    if any(t.tag_ in ("WDT", "WP", "WP$") for t in tokens):
        return None  # "four of which": a relative phrase cannot be said back
    if any(RUN_TOGETHER.search(t.text) for t in tokens):
        return None  # "programs.--It": a heading run into the sentence, not a word
    marker = next((c for c in token.children if c.dep_ in ("det", "poss") and c.i < token.i), None)
    if marker is not None:
        # "More and more our programs": a noun phrase opens with its determiner or possessive
        # (or "all" before it); words the parse hung before that are not part of it
        tokens = [
            t
            for t in tokens
            if t.i >= marker.left_edge.i or t.dep_ == "predet" or t.lower_ in ("all", "both")
        ]
    if len(tokens) > MAX_PHRASE_TOKENS:
        tokens = _phrase_tokens(token, excluded, with_preps=False)
    if len(tokens) > MAX_PHRASE_TOKENS:
        tokens = [t for t in tokens if t.i <= token.i]
    if len(tokens) > MAX_PHRASE_TOKENS:
        return None
    if tokens[-1].pos_ in ("ADJ", "DET", "ADP", "CCONJ", "PUNCT") and tokens[-1] != token:
        return None  # "the development of a strong independent": the noun was lost on the way
    covered = token.doc[min(t.i for t in tokens) : max(t.i for t in tokens) + 1]
    if any(_is_spaced_dash(t) for t in covered):
        return None  # "capacity use - help": the parse ran a phrase across a dash between clauses
    words = [_second_person(t) for t in tokens]
    first = tokens[0]
    # "Schools will ...": a capital that only opens the sentence, not a name, even where the
    # model tags the word as part of an entity; a proper noun tagged as one keeps its capital.
    following = tokens[1] if len(tokens) > 1 else None
    # "Head Start", "Sure Start": a name of two capitalised words, whatever the first is tagged
    name = (
        first.text.istitle()
        and first.pos_ not in ("DET", "PRON")
        and following is not None
        and following.pos_ == "PROPN"
        and following.text.istitle()
    )
    if first.is_sent_start:
        common = (first.pos_ != "PROPN" or not first.ent_type_) and not name
    else:
        common = first.pos_ != "PROPN" and not first.ent_type_
    if common and words[0] == first.text:
        words[0] = first.text[:1].lower() + first.text[1:] if first.text.istitle() else first.text
    text = _render_words(tokens, words)
    if definite and not (
        name
        or first.dep_ in ("det", "poss", "predet", "nummod", "quantmod")
        or first.pos_ in ("PROPN", "NUM", "DET", "PRON")
        or first.ent_type_
        or first.lower_ in FIRST_PERSON_POSSESSIVE
        or first.lower_ in DETERMINER_WORDS
        or (len(tokens) > 1 and first.dep_ == "advmod" and tokens[1].lower_ in DETERMINER_WORDS)
        or _mass_use(token)
        or _generic_subject(token)
    ):
        text = f"the {text}"  # but not before "so much courage", "too many forms"
    return text


def _other_ones(token: Token) -> str | None:
    """ "the others" after "inefficient and burdensome regulations": "the other regulations",
    the nearest plural common noun before it in its sentence; None when there is none."""
    determiner = next(c for c in token.children if c.dep_ == "det")
    if determiner.lower_ not in ("the", "these", "those"):
        return None
    for before in reversed(token.doc[token.sent.start : token.i]):
        if before.tag_ == "NNS" and before.pos_ == "NOUN" and before.is_alpha:
            return f"{determiner.lower_} other {before.lower_}"
    return None


def _refused_conjuncts(token: Token) -> set[int]:
    """The indices of the conjuncts of ``token`` the text negates ("and not the Government", ",
    not the council"), with the word that joins each; empty when there is none."""
    refused: set[int] = set()
    for conj in token.children:
        if conj.dep_ != "conj" or not any(c.dep_ == "neg" for c in conj.children):
            continue
        joins = [c.i for c in token.children if c.dep_ in ("cc", "punct") and c.i < conj.i]
        start = max(joins) if joins else conj.left_edge.i
        refused.update(range(start, conj.right_edge.i + 1))
    return refused


def _mass_use(token: Token) -> bool:
    """ "fight inflation", "promote sound growth": a singular common noun the text uses with no
    determiner as an object is used as a mass noun (a singular count noun takes one), and is said
    back bare, not "the inflation" (rule mass_noun). A subject keeps "the" ("By what date will the
    meaningful dialogue begin?"): said bare after "will" it reads as a second verb group."""
    return (
        token.tag_ == "NN"
        and token.dep_ in ("dobj", "pobj")
        and not any(c.dep_ in ("det", "poss", "nummod", "predet") for c in token.children)
    )


def _generic_subject(token: Token) -> bool:
    """ "Man must create the framework", "Government must act": a singular common noun standing
    alone as the subject, with no determiner and no word of its own, names a kind or a mass, and
    is said back bare, not "the man" (rule generic_noun); "Meaningful dialogue must begin" and
    "Procurement for the new wing will be ..." keep their "the" (said bare, the adjective and noun
    after "will" read as a second verb group; a noun with words of its own is the one meant)."""
    return (
        token.tag_ == "NN"
        and token.dep_ in ("nsubj", "nsubjpass")
        and not any(child.dep_ not in ("punct", "cc", "conj") for child in token.children)
    )


# Symbols a noun phrase may hold: "low-emission", "AT & T", "Hallam's", "50%", "$4 billion".
PHRASE_SYMBOLS = frozenset({"-", "&", ",", "'", "’", "%", "$", "£", "€", "/", "."})


def _is_spaced_dash(token: Token) -> bool:
    """A dash standing between words ("use - help"), not a word's own hyphen ("low-emission")."""
    if token.text not in ("-", "--", "–", "—"):
        return False
    if token.i > 0 and token.i + 1 < len(token.doc):
        before, after = token.doc[token.i - 1], token.doc[token.i + 1]
        if before.pos_ == "NOUN" and after.lower_ in ("a", "an", "the"):
            return True  # "a program-a program which ...": a dash typed without its spaces
    return bool(token.whitespace_) or (token.i > 0 and bool(token.doc[token.i - 1].whitespace_))


def _is_stray_symbol(token: Token) -> bool:
    """A token that is no word, number or symbol a phrase holds: a broken character ("�") or a
    stray mark the text ran into the phrase."""
    text = token.text
    return "\ufffd" in text or (not any(ch.isalnum() for ch in text) and text not in PHRASE_SYMBOLS)


def _second_person(token: Token) -> str:
    lower = token.lower_
    if lower in FIRST_PERSON_POSSESSIVE:
        return FIRST_PERSON_POSSESSIVE[lower]
    if (
        lower == "your"
        and token.dep_ == "poss"
        and token.head.is_title
        and not token.head.is_sent_start
    ):
        # "Your Government is now exploring ways": the speaker's words to his hearers name the
        # institution they share; asked back of the speaker it is "the Government" (rule
        # addressed_institution)
        return "the"
    if lower in FIRST_PERSON and token.pos_ == "PRON":
        return FIRST_PERSON[lower]
    return token.text


def render_second_person(tokens: list[Token]) -> str:
    """Words as written, the writer's "our", "we" said to the writer ("your", "you"), as a noun
    phrase says them: "adequate for your purposes", not "adequate for our purposes" after "How
    will you keep ...?"."""
    return _render_words(tokens, [_second_person(t) for t in tokens])


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
