"""The spaCy factory ``vaguewords``: match lexicon terms on the parsed Doc and record findings.

The component writes two things:

* ``doc.spans["vague"]``: one span per vague term, labelled with its category and with the
  lexicon term as ``span.kb_id_``;
* ``doc._.vague_findings``: the findings (clause, who / how / when, questions) as plain dicts, so
  the Doc stays serialisable. :func:`vaguewords.findings.Finding.from_dict` turns them back.

The config names lexicon files, never holds the words.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice, product

import numpy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from vaguewords.candidates import CandidateTest, CommitmentCandidates, TermCandidates
from vaguewords.errors import MissingParseError
from vaguewords.lexicon import Lexicon, Term, hyphen_variants, load_lexicon

SPANS_KEY = "vague"
FINDINGS_ATTR = "vague_findings"
# The candidates that are not findings in their sentence, with the rule (plain dicts).
SUPPRESSED_ATTR = "vague_suppressed"
EXCEPTION_PREFIX = "exception::"
# The part of speech whose inflection (the plural) is undone in lexicon words.
PLURAL_POS = "NOUN"

if not Doc.has_extension(FINDINGS_ATTR):
    Doc.set_extension(FINDINGS_ATTR, default=None)
if not Doc.has_extension(SUPPRESSED_ATTR):
    Doc.set_extension(SUPPRESSED_ATTR, default=None)


class VagueTermMatcher:
    """Finds lexicon terms in a Doc: every inflected or lemmatised spelling through two
    PhraseMatchers (lower case and lemma), then the POS limit and the exceptions.

    PhraseMatcher looks each token up in a hash table, so the cost does not grow with the number
    of terms (a token Matcher with hundreds of ``IN`` patterns cost more than the parse)."""

    def __init__(self, nlp: Language, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.by_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.by_lemma = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.exceptions = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.terms_by_key: dict[str, Term] = {term.key: term for term in lexicon.terms}
        # Every lemma pattern, as words: the cheap stage (vaguewords.candidates) predicts from
        # them where ``by_lemma`` could match before the Doc is tagged.
        self.lemma_forms: set[tuple[str, ...]] = set()
        self.lemma_form_keys: dict[tuple[str, ...], set[str]] = {}  # form -> the terms it is of
        lemmatize = _lemma_function(nlp)
        for term in lexicon.terms:
            lower_forms: set[tuple[str, ...]] = set()
            lemma_forms: set[tuple[str, ...]] = set()
            for spelling in term.spellings:
                surfaces, lemmas = _forms_for(nlp, spelling, lemmatize, term.pos)
                lower_forms |= surfaces
                lemma_forms |= lemmas
            self.lemma_forms |= lemma_forms
            for form in lemma_forms:
                self.lemma_form_keys.setdefault(form, set()).add(term.key)
            self.by_lower.add(term.key, [_pattern(nlp, words) for words in sorted(lower_forms)])
            self.by_lemma.add(
                term.key, [_pattern(nlp, words, lemmas=True) for words in sorted(lemma_forms)]
            )
            if term.exceptions:
                exception_forms: set[tuple[str, ...]] = set()
                for phrase in term.exceptions:
                    for spelling in hyphen_variants(phrase):
                        exception_forms |= _forms_for(nlp, spelling, lemmatize, ())[0]
                self.exceptions.add(
                    term.key, [_pattern(nlp, words) for words in sorted(exception_forms)]
                )

    def __call__(self, doc: Doc) -> list[Span]:
        strings = doc.vocab.strings
        found: set[tuple[int, int, str]] = set()
        for matcher in (self.by_lower, self.by_lemma):
            for match_id, start, end in matcher(doc):
                found.add((start, end, strings[match_id]))
        exceptions: dict[str, list[tuple[int, int]]] = {}
        for match_id, start, end in self.exceptions(doc):
            exceptions.setdefault(strings[match_id], []).append((start, end))
        kept = []
        for start, end, key in sorted(found):
            term = self.terms_by_key[key]
            if term.pos and not _pos_allowed(doc[start], term.pos):
                continue
            if any(s <= start and end <= e for s, e in exceptions.get(key, ())):
                continue
            kept.append(Span(doc, start, end, label=term.category, kb_id=key))
        # Longest match wins where terms overlap ("appropriate measures" over "appropriate").
        return filter_spans(kept)


def _pos_allowed(token, allowed: Iterable[str]) -> bool:
    """The POS limit of the term's first word. Headings in capitals ("ROBUST GUARANTEES") are
    tagged PROPN whatever the word is, so a capitalised PROPN is accepted too."""
    if token.pos_ in allowed:
        return True
    if token.pos_ != "PROPN" or not (token.is_upper or token.is_title):
        return False
    # The entity last: the second stage runs NER only where a rule reads one (pipeline.py).
    return token.ent_type_ not in ("DATE", "TIME")  # "3 May 2026": a month, not the modal


MAX_FORMS_PER_SPELLING = 2000


def _forms_for(
    nlp: Language, spelling: str, lemmatize, pos: Iterable[str]
) -> tuple[set[tuple[str, ...]], set[tuple[str, ...]]]:
    """Every lower-case surface form (inflections of each word) and every lemma form of one
    spelling, as word tuples in the tokenizer's segmentation."""
    words = nlp.make_doc(spelling)
    pos = sorted(pos)
    surface_choices: list[list[str]] = []
    lemma_choices: list[list[str]] = []
    content = [token.i for token in words if token.is_alpha and not token.is_stop]
    # English inflects a phrase at its ends ("relevant bodies", "guarantees provided"); words in
    # the middle are matched through their lemmas. Spelling out every combination cost a start-up
    # of ~7,000 pattern Docs for nothing.
    inflected = {content[0], content[-1]} if content else set()
    if content and content[0] != 0:
        # "the relevant bodies", "in a timely manner": a phrase opened by a function word is a
        # noun or prepositional phrase, inflected only at its last word.
        inflected = {content[-1]}
    for token in words:
        if token.is_stop or not token.is_alpha:
            # Function words and punctuation ("in", "to", "-") do not inflect.
            lemma_choices.append([token.lower_])
            surface_choices.append([token.lower_])
            continue
        # The POS limit applies to the first word, so only its lemmas for those POS are wanted.
        lemmas = lemmatize(token, pos if token.i == 0 else ())
        lemma_choices.append(sorted(lemmas))
        if token.i in inflected and not _inside_hyphenated(token):
            surface_choices.append(
                sorted({token.lower_, *lemmas, *regular_inflections(token.lower_)})
            )
        else:
            surface_choices.append(sorted({token.lower_, *lemmas}))
    surfaces = set(islice(product(*surface_choices), MAX_FORMS_PER_SPELLING))
    lemma_forms = set(islice(product(*lemma_choices), MAX_FORMS_PER_SPELLING))
    return surfaces, lemma_forms


def _inside_hyphenated(token) -> bool:
    """ "case" in "case-by-case" (not its last part): a word inside a compound does not inflect."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text == "-"


def _pattern(nlp: Language, words: tuple[str, ...], lemmas: bool = False) -> Doc:
    spaces = [False] * len(words)
    if lemmas:
        return Doc(nlp.vocab, words=list(words), spaces=spaces, lemmas=list(words))
    return Doc(nlp.vocab, words=list(words), spaces=spaces)


def _lemma_function(nlp: Language):
    """Return word -> set of possible lemmas, using the pipeline's rule lemmatizer when present."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    rule_lemmatize = getattr(lemmatizer, "rule_lemmatize", None)
    if getattr(lemmatizer, "mode", None) != "rule" or rule_lemmatize is None:
        return lambda token, pos_limit=(): {token.lower_}

    def lemmas(token, pos_limit: Iterable[str] = ()) -> set[str]:
        # Lexicon words are written in their base form, except nouns that may be plural
        # ("stakeholders", "ideas"). Only the plural is undone: taking the verb lemma of an
        # adjective would make "lasting" match "last".
        found = {token.lower_}
        if not pos_limit or PLURAL_POS in pos_limit:
            token.pos_ = PLURAL_POS
            found.update(lemma.lower() for lemma in rule_lemmatize(token))
        return found

    return lemmas


def regular_inflections(word: str) -> set[str]:
    """Regular English endings of a base form, for words the lemmatizer gets wrong in context
    ("hopes" -> "hop"): hope -> hopes, hoped, hoping; try -> tries, tried."""
    if not word.isalpha() or len(word) < 3:
        return set()
    forms = {word + "s", word + "es", word + "ed", word + "ing"}
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    if word.endswith("y") and word[-2] not in "aeiou":
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    return forms


class VagueWords:
    """The pipeline component: spans in ``doc.spans[spans_key]``, findings in ``doc._.vague_findings``."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        lexicon: Lexicon,
        spans_key: str = SPANS_KEY,
        omissions: bool = True,
    ):
        self.name = name
        self.omissions = omissions
        self.lexicon = lexicon
        self.spans_key = spans_key
        self.term_matcher = VagueTermMatcher(nlp, lexicon)
        # The cheap stage's tests, one per kind of finding this component makes: a sentence that
        # none of them marks is never parsed by analyze() / analyze_many(). A new kind of finding
        # adds its test here, derived from the matcher that finds its candidates (for a cue
        # list: TermCandidates(nlp, cue_matcher_on_lower, cue_lemma_forms)).
        self.candidate_tests: tuple[CandidateTest, ...] = (
            TermCandidates(
                nlp,
                self.term_matcher.by_lower,
                self.term_matcher.lemma_form_keys,
                exceptions=self.term_matcher.exceptions,
            ),
        )
        if omissions:
            # Commitments that name no one: their cue words (will, must, promise, a numbered
            # point...) on the surface, from the same cue lists the detector reads, less those
            # whose sentence shows they cannot commit anyone unnamed ("we will act").
            self.candidate_tests += (CommitmentCandidates(nlp, lexicon.cues),)

    def candidate_ranges(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges of a tokenized, sentence-split Doc (no tags, no parse) that could become
        findings once parsed: the union of every candidate test."""
        return [found for test in self.candidate_tests for found in test(doc)]

    def __call__(self, doc: Doc) -> Doc:
        from vaguewords.findings import findings_from_doc

        if len(doc) and not doc.has_annotation("DEP"):
            raise MissingParseError(
                "the vaguewords component needs a dependency parse: add it after the 'parser' "
                "of a trained pipeline (for example en_core_web_sm)"
            )
        doc.spans[self.spans_key] = self.term_matcher(doc)
        suppressed = []
        findings = findings_from_doc(
            doc,
            self.lexicon,
            spans_key=self.spans_key,
            suppressed=suppressed,
            omissions=self.omissions,
        )
        doc._.set(FINDINGS_ATTR, [finding.to_dict() for finding in findings])
        doc._.set(SUPPRESSED_ATTR, [candidate.to_dict() for candidate in suppressed])
        return doc

    def without_entities(self, doc: Doc) -> bool:
        """Run on a parsed Doc that NER has not seen yet: True when every rule decided without
        reading an entity (the findings are then those of the whole pipeline), else False, for
        NER to run and this component again. The Doc is left with no entity annotation."""
        mark_entities_unknown(doc)
        if len(doc) and not _unknown_entity_raises(doc[0]):
            clear_entities(doc)  # a spaCy that reads unknown labels quietly: NER everywhere
            return False
        try:
            self(doc)
        except (KeyError, ValueError) as error:
            if not reads_unknown_entity(error):
                raise
            return False
        finally:
            clear_entities(doc)  # no entity annotation: NER has not run
        return True


# Entities not recognised yet (the second stage runs NER only where a rule reads an entity):
# every token is marked as the start of an entity whose label is this hash, which no StringStore
# holds, so reading a token's ``ent_type_`` raises a KeyError naming it and ``doc.ents`` a
# ValueError naming it.
UNKNOWN_ENTITY = 0xFFFF_FFFF_FFFF_FFF1


def mark_entities_unknown(doc: Doc) -> None:
    """Make every read of ``doc``'s entity labels raise (see ``UNKNOWN_ENTITY``)."""
    from spacy.attrs import ENT_IOB, ENT_TYPE

    marks = numpy.zeros((len(doc), 2), dtype="uint64")
    marks[:, 0] = 3  # "B"
    marks[:, 1] = UNKNOWN_ENTITY
    doc.from_array([ENT_IOB, ENT_TYPE], marks)


def _unknown_entity_raises(token) -> bool:
    try:
        token.ent_type_  # noqa: B018
    except KeyError as error:
        return reads_unknown_entity(error)
    return False


def clear_entities(doc: Doc) -> None:
    """Back to no entity annotation at all, as before NER runs."""
    from spacy.attrs import ENT_IOB, ENT_TYPE

    doc.from_array([ENT_IOB, ENT_TYPE], numpy.zeros((len(doc), 2), dtype="uint64"))


def reads_unknown_entity(error: Exception) -> bool:
    """Whether ``error`` is a rule reading a label marked by :func:`mark_entities_unknown`."""
    return str(UNKNOWN_ENTITY) in str(error)


@Language.factory(
    "vaguewords",
    assigns=["doc.spans", f"doc._.{FINDINGS_ATTR}"],
    requires=["token.dep", "token.pos", "token.lemma", "doc.ents"],
    default_config={
        "lexicon_dir": None,
        "extra_lexicons": [],
        "ignore": [],
        "cues_dir": None,
        "spans_key": SPANS_KEY,
        "omissions": True,
    },
)
def make_vaguewords(
    nlp: Language,
    name: str,
    lexicon_dir: str | None,
    extra_lexicons: list[str],
    ignore: list[str],
    cues_dir: str | None,
    spans_key: str,
    omissions: bool,
) -> VagueWords:
    """Build the component from lexicon files (the bundled ones unless ``lexicon_dir`` is set);
    ``cues_dir`` is a folder of cue lists, each replacing the shipped list of the same name;
    ``omissions`` also reports commitments that name no one (findings without a vague word)."""
    lexicon = load_lexicon(
        lexicon_dir, extra_files=extra_lexicons, ignore=ignore, cues_dir=cues_dir
    )
    return VagueWords(nlp, name, lexicon, spans_key=spans_key, omissions=omissions)
