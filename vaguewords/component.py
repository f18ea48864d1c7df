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

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from vaguewords.errors import MissingParseError
from vaguewords.lexicon import Lexicon, Term, hyphen_variants, load_lexicon

SPANS_KEY = "vague"
FINDINGS_ATTR = "vague_findings"
EXCEPTION_PREFIX = "exception::"
# The part of speech whose inflection (the plural) is undone in lexicon words.
PLURAL_POS = "NOUN"

if not Doc.has_extension(FINDINGS_ATTR):
    Doc.set_extension(FINDINGS_ATTR, default=None)


class VagueTermMatcher:
    """Finds lexicon terms in a Doc: lemma or lower-case form per word, POS limits, exceptions."""

    def __init__(self, nlp: Language, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.matcher = Matcher(nlp.vocab, validate=True)
        self.terms_by_key: dict[str, Term] = {term.key: term for term in lexicon.terms}
        lemmatize = _lemma_function(nlp)
        for term in lexicon.terms:
            patterns = []
            for spelling in term.spellings:
                patterns.extend(_patterns_for(nlp, spelling, lemmatize, term.pos))
            self.matcher.add(term.key, patterns)
            if term.exceptions:
                exception_patterns = []
                for phrase in term.exceptions:
                    for spelling in hyphen_variants(phrase):
                        exception_patterns.extend(_patterns_for(nlp, spelling, lemmatize, ()))
                self.matcher.add(EXCEPTION_PREFIX + term.key, exception_patterns)

    def __call__(self, doc: Doc) -> list[Span]:
        vocab_strings = doc.vocab.strings
        candidates: list[Span] = []
        exceptions: dict[str, list[tuple[int, int]]] = {}
        for match_id, start, end in self.matcher(doc):
            key = vocab_strings[match_id]
            if key.startswith(EXCEPTION_PREFIX):
                exceptions.setdefault(key[len(EXCEPTION_PREFIX) :], []).append((start, end))
            else:
                term = self.terms_by_key[key]
                candidates.append(Span(doc, start, end, label=term.category, kb_id=key))
        kept = [
            span
            for span in candidates
            if not any(
                ex_start <= span.start and span.end <= ex_end
                for ex_start, ex_end in exceptions.get(span.kb_id_, ())
            )
        ]
        # Longest match wins where terms overlap ("appropriate measures" over "appropriate").
        return filter_spans(kept)


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


def _patterns_for(nlp: Language, spelling: str, lemmatize, pos: Iterable[str]) -> list[list[dict]]:
    """Token patterns for one spelling: every word by lemma, and every word by lower case.

    The lower-case pattern catches words the tagger calls PROPN (title case, headings), whose
    lemma keeps its capitals.
    """
    words = nlp.make_doc(spelling)
    pos = sorted(pos)
    lemma_pattern: list[dict] = []
    lower_pattern: list[dict] = []
    for token in words:
        # The POS limit applies to the first word, so only its lemmas for those POS are wanted.
        lemmas = sorted(lemmatize(token, pos if token.i == 0 else ()))
        cased = sorted(
            {form for lemma in lemmas for form in (lemma, lemma.capitalize(), lemma.upper())}
        )
        lemma_pattern.append({"LEMMA": {"IN": cased}})
        surface = {token.lower_, *lemmas, *regular_inflections(token.lower_)}
        lower_pattern.append({"LOWER": {"IN": sorted(surface)}})
    patterns = [lemma_pattern, lower_pattern]
    if pos:
        lemma_pattern[0]["POS"] = {"IN": pos}
        lower_pattern[0]["POS"] = {"IN": pos}
        if "PROPN" not in pos:
            # Headings in capitals ("ROBUST GUARANTEES") are tagged PROPN whatever the word is;
            # a capitalised first word is accepted as PROPN, a lower-case one never is.
            for shape in ("IS_UPPER", "IS_TITLE"):
                heading = [dict(t) for t in lower_pattern]
                heading[0]["POS"] = "PROPN"
                heading[0][shape] = True
                patterns.append(heading)
    return patterns


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

    def __init__(self, nlp: Language, name: str, lexicon: Lexicon, spans_key: str = SPANS_KEY):
        self.name = name
        self.lexicon = lexicon
        self.spans_key = spans_key
        self.term_matcher = VagueTermMatcher(nlp, lexicon)

    def __call__(self, doc: Doc) -> Doc:
        from vaguewords.findings import findings_from_doc

        if len(doc) and not doc.has_annotation("DEP"):
            raise MissingParseError(
                "the vaguewords component needs a dependency parse: add it after the 'parser' "
                "of a trained pipeline (for example en_core_web_sm)"
            )
        doc.spans[self.spans_key] = self.term_matcher(doc)
        findings = findings_from_doc(doc, self.lexicon, spans_key=self.spans_key)
        doc._.set(FINDINGS_ATTR, [finding.to_dict() for finding in findings])
        return doc


@Language.factory(
    "vaguewords",
    assigns=["doc.spans", f"doc._.{FINDINGS_ATTR}"],
    requires=["token.dep", "token.pos", "token.lemma", "doc.ents"],
    default_config={
        "lexicon_dir": None,
        "extra_lexicons": [],
        "ignore": [],
        "spans_key": SPANS_KEY,
    },
)
def make_vaguewords(
    nlp: Language,
    name: str,
    lexicon_dir: str | None,
    extra_lexicons: list[str],
    ignore: list[str],
    spans_key: str,
) -> VagueWords:
    """Build the component from lexicon files (the bundled ones unless ``lexicon_dir`` is set)."""
    lexicon = load_lexicon(lexicon_dir, extra_files=extra_lexicons, ignore=ignore)
    return VagueWords(nlp, name, lexicon, spans_key=spans_key)
