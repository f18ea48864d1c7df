"""Which clause governs a word, and which words belong to that clause.

A clause is headed by a verb (or an auxiliary used as the main verb, as in "The plan is robust").
Its words are the head's dependency subtree minus the subtrees of clauses nested inside it
(relative clauses, reported speech, adverbial clauses, coordinated verbs), whose dates and
agents belong to another event.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

CLAUSE_HEAD_POS = frozenset({"VERB", "AUX"})
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
# Dependents that open a clause of their own.
NESTED_CLAUSE_DEPS = frozenset({"relcl", "ccomp", "csubj", "csubjpass", "parataxis", "advcl"})
# A verb under one of these shares its governor's commitment: "aims to provide" is one clause.
SHARED_CLAUSE_DEPS = frozenset({"xcomp"})
EDGE_DEPS_TO_TRIM = frozenset({"punct", "cc", "mark"})


def is_clause_head(token: Token) -> bool:
    return token.pos_ in CLAUSE_HEAD_POS and token.dep_ not in AUXILIARY_DEPS


def clause_of(span: Span, cache: dict[int, int] | None = None) -> Token:
    """The head of the clause that governs ``span``: the nearest verb above the span's root,
    climbing through ``xcomp`` so that "aims to provide robust support" is one clause. A span in
    a sentence with no verb gets the sentence root. ``cache`` (token index -> head index, one per
    Doc) keeps long verbless sentences from being climbed again for every finding."""
    token = _nearest_clause_head(span.root, cache)
    while token.dep_ == "amod" and token.head != token:
        # "discuss a phased withdrawal": a participle used as an adjective is not a clause.
        token = _nearest_clause_head(token.head, cache)
    while token.dep_ in SHARED_CLAUSE_DEPS and token.head != token:
        # "are willing to discuss": climb past the adjective to the verb that governs it.
        token = _nearest_clause_head(token.head, cache)
    return token


def _nearest_clause_head(token: Token, cache: dict[int, int] | None = None) -> Token:
    visited = []
    while not is_clause_head(token) and token.head != token:
        if cache is not None and token.i in cache:
            token = token.doc[cache[token.i]]
            break
        visited.append(token.i)
        token = token.head
    if cache is not None:
        for index in visited:
            cache[index] = token.i
    return token


def nearest_clause_head_above(token: Token) -> Token | None:
    """The closest verb above ``token`` (not ``token`` itself), or None at the root."""
    if token.head == token:
        return None
    head = _nearest_clause_head(token.head)
    return head if is_clause_head(head) else None


def starts_nested_clause(token: Token) -> bool:
    if token.dep_ in NESTED_CLAUSE_DEPS and not is_clause_head(token):
        # ", effective from 1 December": a verbless modifier is part of the same event (a clause
        # needs a verb; otherwise a word could fall outside every clause).
        return False
    if token.dep_ in NESTED_CLAUSE_DEPS:
        return True
    # "will build schools and hire teachers": the second verb is a clause of its own.
    return token.dep_ == "conj" and is_clause_head(token) and is_clause_head(token.head)


def clause_tokens(head: Token) -> list[Token]:
    """The words of the clause headed by ``head``, in text order."""
    tokens: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        tokens.append(token)
        stack.extend(child for child in token.children if not starts_nested_clause(child))
    tokens.sort(key=lambda token: token.i)
    return tokens


def clause_span(head: Token) -> Span:
    """A contiguous span covering the clause, without leading/trailing punctuation and
    conjunctions (a nested clause in the middle stays in the text)."""
    tokens = clause_tokens(head)
    while len(tokens) > 1 and tokens[-1].dep_ in EDGE_DEPS_TO_TRIM:
        tokens.pop()
    while len(tokens) > 1 and tokens[0].dep_ in EDGE_DEPS_TO_TRIM:
        tokens.pop(0)
    return head.doc[tokens[0].i : tokens[-1].i + 1]


def attached_clauses(head: Token, deps: frozenset[str] = frozenset({"advcl"})) -> list[Token]:
    """Heads of clauses attached to ``head`` with one of ``deps`` (by default adverbial clauses:
    "once the ceasefire holds", "using a grant")."""
    return [child for child in head.children if child.dep_ in deps]
