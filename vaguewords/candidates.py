"""The cheap stage: which sentences of a Doc that is only tokenized and split into sentences could
hold a finding. Only those are parsed (tagger, parser, NER, lemmatizer); the rest are counted and
skipped.

Every test here answers on surface forms, before any tagging, and must never miss: a sentence the
full parse would give a finding must be kept. When a test cannot tell, it keeps the sentence.
The tests are derived from the matchers that make the findings (never from a second word list),
so a term added to a lexicon is a candidate without anyone editing this module.

The component owns its tests (:attr:`vaguewords.component.VagueWords.candidate_tests`), one per
kind of finding it produces; :meth:`~vaguewords.component.VagueWords.candidate_ranges` is the one
place that asks them all.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from spacy.tokens import Doc

from vaguewords.slots.who import RESOLVED_PRONOUNS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher

TokenRange = tuple[int, int]  # [start, end) token indices in the Doc


# Spellings whose possible lemmas TermCandidates remembers (emptied when full: a bound on memory
# over a long run of new words).
LEMMA_CACHE_SIZE = 50_000


class CandidateTest(Protocol):
    """Token ranges of a tokenized, sentence-split (not tagged, not parsed) Doc that could become
    findings once parsed. A sentence that overlaps any range is parsed."""

    def __call__(self, doc: Doc) -> Iterable[TokenRange]: ...


class TermCandidates:
    """Where a phrase could match: a matcher's own lower-case PhraseMatcher (for the lexicon, its
    inflected surface forms), plus every place its lemma patterns could match whatever part of
    speech the tagger later assigns.

    The lemma check is a superset of the lemma PhraseMatcher. A token's possible lemmas are its
    text and lower case (what the lemmatizer returns for base forms, proper nouns and parts of
    speech without rules), the lemmas the attribute ruler sets for its spelling ("'nuff" ->
    "enough"), and every pattern word that one of the rule lemmatizer's suffix rules or
    exceptions, for any part of speech, turns its spelling into. A lemma the ruler sets by a
    regular expression could go to any token. The lexicon's exceptions ("more than", "the
    other") are applied, as the matcher applies them, on the surface; the POS limits are not
    (they need the tagger), so a candidate may still give no finding."""

    def __init__(
        self,
        nlp: Language,
        by_lower: PhraseMatcher,
        lemma_forms: Iterable[tuple[str, ...]] | Mapping[tuple[str, ...], Iterable[str]] = (),
        exceptions: PhraseMatcher | None = None,
    ) -> None:
        """``by_lower``: the PhraseMatcher (on LOWER, or any attribute set by the tokenizer) that
        finds the surface forms; ``lemma_forms``: the word tuples of the patterns matched on
        LEMMA, or a mapping of each to the keys (match ids) it is a pattern of. Any phrase
        matcher pair can be given (terms, commitment cues).

        ``exceptions``: a PhraseMatcher on LOWER whose match ids are those keys ("more than" for
        "more"): a match that lies inside an exception of every key it could be is no candidate,
        as the matcher drops it on the parsed Doc too (it needs no tag). Lemma patterns given
        without keys are never excepted."""
        self.by_lower = by_lower
        self.exceptions = exceptions
        self._ruler_lemmas, wildcards = _attribute_ruler_lemmas(nlp)
        # Each lemma pattern indexed by one word that is not a wildcard (its anchor, the rarest
        # as far as :func:`_anchor_of` can tell: the patterns tried at a token are those anchored
        # on one of its lemmas, so "in the world" anchored on "in" was tried at every "in"), with
        # the keys it is a pattern of (empty: unknown).
        self._anchored: dict[str, list[tuple[int, tuple[str | None, ...], frozenset[str]]]] = (
            defaultdict(list)
        )
        self._always = False  # a pattern made only of wildcards: every sentence is a candidate
        pattern_words: set[str] = set()
        keys_of = lemma_forms if isinstance(lemma_forms, Mapping) else {}
        for words in sorted(lemma_forms):
            pattern = tuple(None if word in wildcards else word for word in words)
            anchor = _anchor_of(pattern, nlp.vocab)
            if anchor is None:
                self._always = True
            else:
                keys = frozenset(keys_of.get(words, ()))
                self._anchored[pattern[anchor]].append((anchor, pattern, keys))
                pattern_words.update(word for word in pattern if word is not None)
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.component_names else None
        if lemmatizer is not None and getattr(lemmatizer, "mode", None) != "rule":
            # A lookup or trained lemmatizer: nothing to predict its lemmas from.
            self._always = self._always or bool(self._anchored)
            lemmatizer = None
        self._rule_lemmas = rule_lemmas_into(lemmatizer, pattern_words) if lemmatizer else {}
        self._lemma_cache: dict[int, tuple] = {}  # spelling (hash) -> see _spelling

    def __call__(self, doc: Doc) -> Iterator[TokenRange]:
        if self._always:
            yield (0, len(doc))
            return
        excepted = self._excepted_spans(doc)
        strings = doc.vocab.strings
        for match_id, start, end in self.by_lower(doc):
            if not _inside_exceptions(excepted, {strings[match_id]}, start, end):
                yield (start, end)
        for start, end, keys in self._lemma_ranges(doc):
            if not keys or not _inside_exceptions(excepted, keys, start, end):
                yield (start, end)

    def _excepted_spans(self, doc: Doc) -> dict[str, list[TokenRange]]:
        """Key -> the token ranges of its exceptions in ``doc``."""
        found: dict[str, list[TokenRange]] = defaultdict(list)
        if self.exceptions is not None:
            strings = doc.vocab.strings
            for match_id, start, end in self.exceptions(doc):
                found[strings[match_id]].append((start, end))
        return found

    def possible_lemmas(self, token) -> frozenset[str]:
        """The lemmas the pipeline could give this token, as far as the lemma patterns care."""
        return self._spelling(token.orth, token.vocab)[0]

    def _spelling(
        self, orth: int, vocab
    ) -> tuple[frozenset[str], tuple[tuple[int, tuple[str | None, ...], frozenset[str]], ...]]:
        """(:meth:`possible_lemmas`, the lemma patterns anchored on one of them) by spelling (its
        hash), remembered: it runs on every token of the text, and depends on the spelling
        only."""
        found = self._lemma_cache.get(orth)
        if found is None:
            if len(self._lemma_cache) >= LEMMA_CACHE_SIZE:
                self._lemma_cache.clear()
            lexeme = vocab[orth]
            text, lower = lexeme.orth_, lexeme.lower_
            lemmas = frozenset(
                {text, lower, *self._ruler_lemmas.get(lower, ()), *self._rule_lemmas.get(lower, ())}
            )
            hits = tuple(hit for lemma in lemmas for hit in self._anchored.get(lemma, ()))
            found = self._lemma_cache[orth] = (lemmas, hits)
        return found

    def _lemma_ranges(self, doc: Doc) -> Iterator[tuple[int, int, frozenset[str]]]:
        # Read off the Doc's array of spellings, not Token by Token (this runs on every token).
        vocab = doc.vocab
        spellings = [self._spelling(orth, vocab) for orth in surface_of(doc).orths]
        for index, (_, hits) in enumerate(spellings):
            for anchor, pattern, keys in hits:
                start = index - anchor
                end = start + len(pattern)
                if start < 0 or end > len(doc):
                    continue
                if all(
                    word is None or word in spellings[start + offset][0]
                    for offset, word in enumerate(pattern)
                ):
                    yield (start, end, keys)


class Surface:
    """What the cheap stage reads of a Doc's tokens, read off its arrays once (no Token objects)
    and shared by every candidate test and :func:`kept_sentences`: each token's spelling (hash)
    and lower case; on first use, its sentences (a Doc that is only tokenized has none) and
    which tokens are all letters."""

    __slots__ = ("orths", "lowers", "_sentences", "_alpha")

    def __init__(self, doc: Doc) -> None:
        from spacy.attrs import LOWER, ORTH

        strings = doc.vocab.strings
        self.orths: list[int] = doc.to_array(ORTH).tolist() if len(doc) else []
        self.lowers: list[str] = (
            [strings[lower] for lower in doc.to_array(LOWER).tolist()] if len(doc) else []
        )
        self._sentences: list[TokenRange] | None = None
        self._alpha: list[int] | None = None

    def sentences(self, doc: Doc) -> list[TokenRange]:
        """The sentences of ``doc`` (the Doc this was read from) as token ranges."""
        if self._sentences is None:
            self._sentences = [(s.start, s.end) for s in doc.sents] if len(doc) else []
        return self._sentences

    def alpha(self, doc: Doc) -> list[int]:
        """1 for each token of ``doc`` made of letters only, else 0."""
        if self._alpha is None:
            from spacy.attrs import IS_ALPHA

            self._alpha = doc.to_array(IS_ALPHA).tolist() if len(doc) else []
        return self._alpha


SURFACE_KEY = "vaguewords.surface"


def surface_of(doc: Doc) -> Surface:
    """The :class:`Surface` of ``doc``, read once and kept in its ``user_data``."""
    found = doc.user_data.get(SURFACE_KEY)
    if found is None or len(found.orths) != len(doc):
        found = doc.user_data[SURFACE_KEY] = Surface(doc)
    return found


def _anchor_of(pattern: tuple[str | None, ...], vocab) -> int | None:
    """Where to look a lemma pattern up from: its first word that is not a wildcard nor one of
    the language's stop words ("world" in "in the world"), else its longest word ("will" in "we
    will"); None for a pattern of wildcards only. Any word finds the same matches (the whole
    pattern is checked around it); a rarer one is tried at fewer tokens."""
    words = [(i, word) for i, word in enumerate(pattern) if word is not None]
    if not words:
        return None
    content = [i for i, word in words if not vocab[word].is_stop]
    if content:
        return content[0]
    return max(words, key=lambda item: (len(item[1]), -item[0]))[0]


def _inside_exceptions(
    excepted: dict[str, list[TokenRange]], keys: Iterable[str], start: int, end: int
) -> bool:
    """Whether [start, end) lies inside an exception of each of ``keys``."""
    return all(
        any(first <= start and end <= last for first, last in excepted.get(key, ())) for key in keys
    )


class CommitmentCandidates:
    """The commitment cue test (:func:`vaguewords.commitments.candidate_ranges`: every modal of
    promise, "would", "to be", "need / have to", every word that starts like a promise or
    proposal verb), less the cue words whose own sentence shows on its surface that the clause
    they open cannot be a commitment without anyone named. What each cue needs, from the rules
    of :func:`vaguewords.commitments.judge_clause`:

    * "would" commits only in a reported passive ("announced counselling would be given": a
      form of "be" or "get" after it in the sentence) or under a plan ("Under the plan, Ukraine
      would receive guarantees": "under" / "according" in the sentence);
    * a promise verb commits only in the passive ("is guaranteed", "it is agreed"): a form of
      "be" or "get" before it;
    * a proposal verb only when the clause after it has a bare "be" ("propose that awards be
      established");
    * "to be" ("to get") only after a form of "be" ("are to be lifted", "is to get rid of");
    * a modal of promise, or "need / have to", right after a personal pronoun that can only be
      a subject ("we will", "I must", "they need to"; not "toward them must") names who acts,
      unless the rest of the sentence could make the clause passive or its subject a recipient
      (a form of "be", "get" or a recipient verb after
      the cue: "we will be asked", "we will receive");
    * a modal that does not require (one of ``promise_modals`` outside ``requirement_modals``:
      "will", "should"; and "going to") commits an active clause with a subject that neither
      receives nor undergoes only when that subject is an undertaking, a plan or an amount of
      money ("The plan will start", "$4 billion will go to business"; "The council will build
      schools" names who, "The new rules will help" describes): so it is a candidate only with a
      form of "be", "get", a recipient verb, an ergative verb or a verb of coming about
      (``coming_about_verbs``) after it ("will be lifted", "there will be", "will receive", "The
      club will reopen", "but it will happen"), or a spelling of an undertaking
      or plan noun, a money word (``money_words``), a digit or a currency sign in its sentence;
    * after a modal (and "need / have to", "going to"), only a form a modal can govern counts
      as the verb of its clause: "be", "been", "being", the base form, a participle or a gerund,
      never a finite form ("is", "are", "was", "gets", "has": another clause's), nor a "be"
      with a determiner right after it (a copula: "will be a success"; and "is to be a nation
      of readers" for "to be"), except after "there" ("there will be a settlement");
    * "we" or "I" (``speaker_pronouns``) before the modal names the speaker, whatever the
      clause: in the passive it is the speaker's own fate (``speaker_subject``: "we will be
      judged"); receiving under a future it forecasts (``forecast_of_having``: "we will have a
      surplus", "we will get more jobs"); under a requirement, "need to" or "have to" it binds
      the speaker (``speaker_obliged``: "we must face facts") unless what is received is a
      supply (``supply_nouns``: "we must have the tools" asks who provides them). So a future
      after "we" or "I" is never a candidate, and any other modal only with a receiving verb
      after it and a supply noun in its sentence;
    * a verb of need ("need", "requires", "deserve"; ``need_verbs``) without "to" commits only
      with a noun of action or a gerund after it ("need careful review", "needs repainting":
      ``needs_action``; an undertaking noun, or a word in "-ment", "-tion", ... as
      ``commitments._is_action`` reads lemmas), and its participle ("needed") only after a
      form of "be" or "get" ("action is needed": ``needed_act``).

    Which spellings are forms of "be", "get" or a recipient verb is read from the model's own
    tables (the attribute ruler and the rule lemmatizer, as for the terms), never listed here.
    A cue word outside these cases is kept as the cue list has it. ``tests/test_two_stage.py``
    holds the narrowing to it: every commitment the full parse finds lies in a parsed run."""

    def __init__(self, nlp: Language, cues) -> None:
        from vaguewords.commitments import (
            FUTURE_MODALS,
            _need_forms,
            _needed_forms,
            _obligation_forms,
        )

        self.cues = cues
        self._future_modals = FUTURE_MODALS
        self._obligation_forms = _obligation_forms(cues)
        self._need_forms = _need_forms(cues)
        self._needed_forms = _needed_forms(cues)
        self._promise_stems = _stems(cues.promise_verbs)
        self._proposal_stems = _stems(cues.proposal_verbs)
        self._passive_auxiliaries = self._spellings(nlp, {BE, GET})
        self._be = self._spellings(nlp, {BE})
        self._recipient = self._spellings(nlp, set(cues.recipient_verbs) | {BE, GET})
        # For the modals that do not require ("will", "should"), what else can make their
        # clause a commitment (judge_clause: undergoer_subject, thing_subject of an undertaking).
        self._ergative = self._spellings(nlp, set(cues.ergative_verbs))
        self._undertaking = self._spellings(nlp, set(cues.undertaking_nouns) | set(cues.plan_nouns))
        self._money = self._spellings(nlp, set(cues.money_words))
        # What a modal governs is a bare verb, or (through "have", "keep", "continue to") a
        # participle or a gerund: a finite form after a modal ("we must ensure that it *is*
        # done") belongs to another clause, which its own cue (if any) is tested for.
        be, recipients = self._be, set(cues.recipient_verbs) | {BE, GET}
        self._passive_after_modal = _not_finite(self._passive_auxiliaries, {BE, GET}, be)
        self._recipient_after_modal = _not_finite(self._recipient, recipients, be)
        self._ergative_after_modal = _not_finite(self._ergative, set(cues.ergative_verbs), be)
        # "but it will happen": a pointing subject with a verb of coming about (referred_act).
        coming_about = set(cues.coming_about_verbs)
        self._coming_about_after_modal = _not_finite(
            self._spellings(nlp, coming_about), coming_about, be
        )
        self._supply = self._spellings(nlp, set(cues.supply_nouns))
        self._marked: dict[int, tuple[str, ...]] = {}  # spelling (hash) -> _names_of

    @staticmethod
    def _spellings(nlp: Language, lemmas: set[str]) -> frozenset[str]:
        """Every lower-case spelling the pipeline could lemmatize to one of ``lemmas``."""
        found = set(lemmas)
        ruler, _ = _attribute_ruler_lemmas(nlp)
        found.update(spelling for spelling, given in ruler.items() if given & lemmas)
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.component_names else None
        if lemmatizer is not None and getattr(lemmatizer, "mode", None) == "rule":
            found.update(rule_lemmas_into(lemmatizer, lemmas))
        return frozenset(found)

    def __call__(self, doc: Doc) -> Iterator[TokenRange]:
        from vaguewords.commitments import candidate_ranges

        surface = surface_of(doc)
        marks: _Marks | None = None
        for start, end in candidate_ranges(doc, self.cues, surface.lowers):
            if end - start != 1:
                yield (start, end)  # a numbered point: every clause is a candidate
                continue
            marks = marks or self._marks(doc, surface)
            if self._could_commit(surface.lowers, start, marks):
                yield (start, end)

    def _marks(self, doc: Doc, surface: Surface) -> _Marks:
        """Where the words the tests look for are in ``doc``, worked out once (a run-on text of
        thousands of cue words stays linear)."""
        sentences = surface.sentences(doc)
        names = ("passive", "be", "bare", "plan", "thing")
        names += ("passive_verb", "recipient_verb", "ergative_verb", "coming_about_verb")
        names += ("supply", "to", "act")
        found: dict[str, list[int]] = {name: [] for name in names}
        copulas = self._copulas(surface.lowers, sentences)
        for index, marked in enumerate(self._marks_of_spellings(surface.orths, doc.vocab)):
            if index in copulas:
                # A copula makes no passive and receives nothing; it is still a "be".
                found["passive"].append(index)
                found["be"].append(index)
                continue
            for name in marked:
                found[name].append(index)
        return _Marks(
            [start for start, _ in sentences], [end for _, end in sentences], found, copulas
        )

    def _marks_of_spellings(self, orths: list[int], vocab) -> list[tuple[str, ...]]:
        """What :meth:`_marks` looks for that each spelling (its hash) is, each spelling's names
        remembered: every test but the copula's depends on the spelling alone (one call per
        Doc, not per token: it runs on every token of the text)."""
        cache = self._marked
        found = []
        for orth in orths:
            marked = cache.get(orth)
            if marked is None:
                if len(cache) >= LEMMA_CACHE_SIZE:
                    cache.clear()
                marked = cache[orth] = self._names_of(vocab[orth])
            found.append(marked)
        return found

    def _names_of(self, lexeme) -> tuple[str, ...]:
        """What :meth:`_marks` looks for that a spelling is (each name once)."""
        from vaguewords.commitments import OBLIGATION_TO, PLAN_FRAME_PREPOSITIONS

        lower = lexeme.lower_
        names = [
            name
            for name, words in (
                ("passive", self._passive_auxiliaries),
                ("be", self._be),
                ("bare", {BE}),
                ("plan", PLAN_FRAME_PREPOSITIONS),
                ("thing", self._undertaking),
                ("thing", self._money),
                ("passive_verb", self._passive_after_modal),
                ("recipient_verb", self._recipient_after_modal),
                ("ergative_verb", self._ergative_after_modal),
                ("coming_about_verb", self._coming_about_after_modal),
                ("supply", self._supply),
                ("to", {OBLIGATION_TO}),
                ("act", self._undertaking),
            )
            if lower in words
        ]
        if lower.endswith(GERUND) or _could_be_nominalisation(lower):
            names.append("act")
        if self._could_be_money(lexeme):
            names.append("thing")
        return tuple(dict.fromkeys(names))

    @staticmethod
    def _copulas(lowers: list[str], sentences: list[TokenRange]) -> frozenset[int]:
        """The "be" (after a modal, or "to") that can only be a copula: "will be a success",
        "must be our goal", "is to be a nation" (a determiner right after it opens its
        complement, so no participle follows it: no passive, and the clause is a state,
        ``not_an_action``), unless "there" comes before it in its sentence ("there will be a
        settlement": an existential "be", whose noun may be the undertaking promised)."""
        found: set[int] = set()
        for start, end in sentences:
            there = False
            for index in range(start, end - 1):
                lower = lowers[index]
                there = there or lower == THERE
                following = lowers[index + 1]
                if not there and lower in NOT_FINITE_BE and following in COPULA_DETERMINERS:
                    found.add(index)
        return frozenset(found)

    @staticmethod
    def _could_be_money(token) -> bool:
        """A token that can carry an amount of money besides the money words (``money_words``,
        by spelling: "dollars", "billion"): a currency sign, or anything with a digit in it."""
        return token.is_currency or any(character.isdigit() for character in token.text)

    def _could_commit(self, lowers: list[str], index: int, marks: _Marks) -> bool:
        """Whether the cue word at ``index`` (one the cue list marks) can open a commitment
        without anyone named, as far as its sentence (tokenized only; ``lowers``: each token's
        lower case) shows."""
        sentence = bisect_right(marks.starts, index) - 1
        start, end = marks.starts[sentence], marks.ends[sentence]
        lower = lowers[index]
        following = lowers[index + 1] if index + 1 < end else ""
        previous = lowers[index - 1] if index > start else ""
        cues = self.cues

        def before(name: str) -> bool:
            found = marks.words[name]
            position = bisect_right(found, index - 1) - 1
            return position >= 0 and found[position] >= start

        def after(name: str) -> bool:
            found = marks.words[name]
            position = bisect_right(found, index)
            return position < len(found) and found[position] < end

        def within(name: str) -> bool:
            found = marks.words[name]
            position = bisect_right(found, start - 1)
            return position < len(found) and found[position] < end

        def future_could_commit() -> bool:
            """A future that does not require commits only a receiving or undergoing subject,
            a pointing one with a verb of coming about ("but it will happen"), or an
            undertaking, a plan or money (judge_clause)."""
            return (
                after("recipient_verb")
                or after("ergative_verb")
                or after("coming_about_verb")
                or within("thing")
            )

        promise_modal = lower in cues.promise_modals
        if promise_modal or (following == "to" and lower in self._obligation_forms):
            if previous in cues.speaker_pronouns:  # "we will", "I must", "we have to"
                future = lower in self._future_modals
                return not future and after("recipient_verb") and within("supply")
            # A pronoun that opens its sentence is no one's object ("You must act").
            subject = previous in SUBJECT_CASE_PRONOUNS or index - 1 == start
            if previous in cues.personal_pronouns and subject:
                return after("recipient_verb")
            if promise_modal and lower not in cues.requirement_modals:
                return future_could_commit()
            return True
        if lower == GOING and following == "to":  # "is going to": a future like "will"
            return future_could_commit()
        if lower in ("would", "'d"):  # a reported passive, or anything "under the plan"
            return after("passive_verb") or before("plan") or after("plan")
        if lower == "to":  # "to be", "to get" (the cue list marks no other "to")
            # "is to be a nation of ...": a copula, no passive to be carried out (is_to_be)
            return before("be") and index + 1 not in marks.copulas
        promise = lower.startswith(self._promise_stems)
        proposal = lower.startswith(self._proposal_stems)
        need = lower in self._need_forms  # "need", "requires", "deserve" (not "need to": above)
        needed = lower in self._needed_forms  # "needed", "required"
        if promise or proposal or need or needed:
            return (
                (promise and before("passive"))
                or (proposal and after("bare"))
                # "programs need constant reevaluation", "the pier needs repainting": a noun of
                # action or a gerund as object (needs_action), or "need, now more than ever, to"
                or (need and (after("to") or after("act")))
                or (needed and before("passive"))  # "action is needed" (needed_act)
            )
        return True  # any other cue word ("indispensable", a bare "be") as the cue list has it


@dataclass(frozen=True)
class _Marks:
    starts: list[int]  # sentence starts and ends, as token indices
    ends: list[int]
    words: dict[str, list[int]]  # what CommitmentCandidates looks for -> sorted token indices
    copulas: frozenset[int]  # CommitmentCandidates._copulas


BE, GET = "be", "get"
# The personal pronouns that can only be a subject: one of them right before a modal is its
# subject. "them", "us", "me", "him", "her" and "you" can be objects ("Every advance toward
# them must stir pride": the subject is "advance"), unless they open the sentence.
SUBJECT_CASE_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})
GOING = "going"
GERUND = "ing"


def _could_be_nominalisation(lower: str) -> bool:
    """Whether a spelling could be a noun of action as :func:`vaguewords.commitments._is_action`
    reads its lemma (longer than five letters, ending in "ment", "tion", ...): the spelling or
    its singular ("reevaluations")."""
    from vaguewords.commitments import NOMINALISATION_ENDINGS

    forms = (lower, lower[:-1]) if lower.endswith("s") else (lower,)
    return any(len(form) > 5 and form.endswith(NOMINALISATION_ENDINGS) for form in forms)


# What a modal governs is a bare verb, or (through "have", "keep", "continue to") a participle
# or a gerund: "will be", "must have been", "should keep being". Every other form of "be" is
# finite ("is", "are", "was", "'s", "'re": the spellings the model's tables give "be").
NOT_FINITE_BE = frozenset({"be", "been", "being"})
# Determiners that can only open a noun phrase (never an adverb before a participle, as "all",
# "each", "no" can be: "will be all but eliminated", "will no longer be needed").
COPULA_DETERMINERS = frozenset({"a", "an", "the", "my", "our", "your", "their", "its"})
THERE = "there"


def _not_finite(
    spellings: frozenset[str], lemmas: set[str], be_forms: frozenset[str]
) -> frozenset[str]:
    """``spellings`` (of the verbs ``lemmas``) less those that can only be finite, which no
    modal governs: the forms of "be" (``be_forms``) outside ``NOT_FINITE_BE``, and the other
    present forms in "-s" ("gets", "has", "receives", "faces": no participle or gerund ends so,
    and a base form that does is one of ``lemmas``, kept)."""
    return frozenset(
        spelling
        for spelling in spellings
        if spelling in NOT_FINITE_BE
        or spelling in lemmas - {BE}
        or not (spelling in be_forms or spelling.endswith("s"))
    )


def _stems(verbs: Iterable[str]) -> tuple[str, ...]:
    """The stems the cue test matches a verb's forms by ("propose" -> "propos")."""
    return tuple(verb[:-1] if verb.endswith("e") else verb for verb in verbs)


def rule_lemmas_into(lemmatizer, words: set[str]) -> dict[str, frozenset[str]]:
    """Spelling (lower case) -> the words of ``words`` that spaCy's rule lemmatizer can make of it,
    for any part of speech: its suffix rules run backwards ("ies" -> "y" makes "tries" of
    "try") and its exception tables ("children" -> "child"). A superset: the lemmatizer's own
    preference among its candidate forms (the index of known words) is not applied."""
    tables = {name: lemmatizer.lookups.get_table(name, {}) for name in ("lemma_rules", "lemma_exc")}
    found: dict[str, set[str]] = defaultdict(set)
    for pos in _lemmatizer_pos(lemmatizer):
        for old, new in tables["lemma_rules"].get(pos.lower(), None) or ():
            for word in words:
                if word.endswith(new):
                    found[word[: len(word) - len(new)] + old].add(word)
        for spelling, forms in (tables["lemma_exc"].get(pos.lower(), None) or {}).items():
            for form in forms:
                if form in words:
                    found[spelling].add(form)
    return {spelling: frozenset(lemmas) for spelling, lemmas in found.items()}


def _lemmatizer_pos(lemmatizer) -> tuple[str, ...]:
    """The parts of speech the lemmatizer has an index, exceptions or rules for; for any other
    it returns the text or its lower case."""
    from vaguewords.lexicon import UNIVERSAL_POS

    tables = [
        lemmatizer.lookups.get_table(name, {})
        for name in ("lemma_index", "lemma_exc", "lemma_rules")
    ]
    return tuple(
        sorted(pos for pos in UNIVERSAL_POS if any(table.get(pos.lower()) for table in tables))
    )


def _attribute_ruler_lemmas(nlp: Language) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """The lemmas the attribute ruler sets directly ("'s" -> "be", "wo" -> "will"): by the lower
    case of the token they go to, where its pattern names it ("'nuff" -> "enough"), and those
    whose pattern does not (a regular expression): such a lemma could go to any token."""
    by_lower: dict[str, set[str]] = defaultdict(set)
    anywhere: set[str] = set()
    if "attribute_ruler" not in nlp.component_names:
        return {}, frozenset()
    for rule in getattr(nlp.get_pipe("attribute_ruler"), "patterns", ()):
        lemma = rule.get("attrs", {}).get("LEMMA")
        if not lemma:
            continue
        for pattern in rule.get("patterns", ()):
            index = rule.get("index", 0)
            spec = pattern[index] if -len(pattern) <= index < len(pattern) else {}
            spellings = _literal_spellings(spec)
            if spellings is None:
                anywhere.add(lemma)
            else:
                for spelling in spellings:
                    by_lower[spelling].add(lemma)
    return {key: frozenset(value) for key, value in by_lower.items()}, frozenset(anywhere)


def _literal_spellings(spec: dict) -> set[str] | None:
    """The lower-case spellings a Matcher token pattern allows, or None if it does not list them
    (a regular expression, or no constraint on the text)."""
    for key in ("LOWER", "ORTH", "TEXT", "NORM"):
        value = spec.get(key)
        if isinstance(value, str):
            return {value.lower()}
        if isinstance(value, dict) and set(value) == {"IN"}:
            return {str(item).lower() for item in value["IN"]}
        if value is not None:
            return None
    return None


# ============================================================================ regions


# Used when the pipeline's models do not say how far a token's vector reaches.
DEFAULT_CONTEXT_TOKENS = 4


@lru_cache(maxsize=8)
def model_context(nlp: Language) -> int:
    """How many tokens on each side a token's vector depends on in this pipeline's CNN encoders
    (depth x window size; 4 for en_core_web_sm). A run parsed with that many tokens of the text
    around it gets the same vectors as in the whole Doc."""
    widest = 0

    def walk(config) -> None:
        nonlocal widest
        if isinstance(config, dict):
            depth, window = config.get("depth"), config.get("window_size")
            if isinstance(depth, int) and isinstance(window, int):
                widest = max(widest, depth * window)
            for value in config.values():
                walk(value)

    for name in nlp.component_names:
        walk(nlp.config["components"].get(name, {}))
    return widest or DEFAULT_CONTEXT_TOKENS


def sentences_to_parse(
    doc: Doc, ranges: Iterable[TokenRange], before: int = 0, after: int = 0
) -> list[TokenRange]:
    """The runs of tokens to parse: every sentence (as the cheap stage split them) that overlaps
    a candidate range, adjacent ones joined, each run widened by ``before`` and ``after`` tokens
    of the text around it (within the Doc) so that it parses as it does in the whole Doc.

    A sentence without a word ("3." of a numbered list, which the sentence splitter cuts off and
    the parser keeps) goes with the candidate sentence after it; so does the sentence before one
    that holds a pronoun the who rules resolve to an actor named there ("The council met. It
    will act soon.": :func:`vaguewords.slots.who.resolved_pronoun`), and the one before that
    too when the pronoun opens its sentence (the who rules count sentence starts back from the
    pronoun, and its own is not one of them)."""
    return widened(doc, kept_sentences(doc, ranges), before, after)


def kept_sentences(doc: Doc, ranges: Iterable[TokenRange]) -> list[TokenRange]:
    """The sentences :func:`sentences_to_parse` keeps, without context (findings are taken from
    these only: the context around them is parsed so they parse as in the whole Doc, and a
    finding in a piece of a sentence is not one the whole Doc would give)."""
    surface = surface_of(doc)
    sentences = surface.sentences(doc)
    if not sentences:
        return []
    starts = [start for start, _ in sentences]
    keep = [False] * len(sentences)
    for start, end in ranges:
        first = max(0, bisect_right(starts, start) - 1)
        last = max(0, bisect_right(starts, max(start, end - 1)) - 1)
        for index in range(first, last + 1):
            keep[index] = True
    holds_candidate = list(keep)
    lowers = surface.lowers
    for index in range(len(sentences) - 1, 0, -1):
        if not keep[index]:
            continue
        start, end = sentences[index - 1]
        wordless = not any(surface.alpha(doc)[start:end])
        pronoun = None  # where the first pronoun the who rules resolve is in this sentence
        if holds_candidate[index]:
            pronoun = next(
                (i for i in range(*sentences[index]) if lowers[i] in RESOLVED_PRONOUNS), None
            )
        if wordless or pronoun is not None or _opens_in_lower_case(surface, doc, index):
            keep[index - 1] = True
        if pronoun is not None and pronoun == sentences[index][0] and index >= 2:
            # "It discourages extra effort.": the who rules look back over two sentence starts,
            # so for a pronoun that opens its sentence, the two sentences before it.
            keep[index - 2] = True
    return [sentence for sentence, kept in zip(sentences, keep, strict=True) if kept]


def _opens_in_lower_case(surface: Surface, doc: Doc, index: int) -> bool:
    """The cheap stage's sentence ``index`` opens with a word in lower case ("[licensing] and the
    rapid selection of sites", split at a bracket): a piece of the sentence before, which the
    parser reads as one sentence with it; its subject is there (#21)."""
    first = surface.sentences(doc)[index][0]
    return (
        bool(surface.alpha(doc)[first])
        and doc.vocab.strings[surface.orths[first]] == surface.lowers[first]
    )


def widened(doc: Doc, sentences: list[TokenRange], before: int, after: int) -> list[TokenRange]:
    """The kept ``sentences``, each widened by ``before`` and ``after`` tokens (within the Doc),
    overlapping or touching ones joined."""
    runs: list[TokenRange] = []
    for start, end in sentences:
        start, end = max(0, start - before), min(len(doc), end + after)
        if runs and runs[-1][1] >= start:
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return runs
