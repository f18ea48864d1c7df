"""The question that fits a finding's kind, about the vague words themselves."""

from __future__ import annotations

from spacy.tokens import Span, Token

from vaguewords.cues import Cues
from vaguewords.lexicon import default_cues
from vaguewords.model import Slot
from vaguewords.questions.frame import (
    CAPACITY_RULE,
    CONDITION_RULE,
    CONTINUED_RULE,
    EXHORTATION_RULE,
    MANNER_STANDARD_RULE,
    ONGOING_RULE,
    PROHIBITION_RULE,
    STANDARD_RULE,
    STANDING_ADVERB_RULE,
    STRUGGLE_RULE,
    Frame,
    _plural,
    _told_past,
    asked_of_others,
    build_frame,
    gerund,
    refused_act,
    said_verb_and_target,
)
from vaguewords.questions.phrases import (
    _is_pronoun,
    _second_person,
    _with_hyphenated_words,
    noun_phrase,
    render_second_person,
)
from vaguewords.questions.wording import _core, actor_verb
from vaguewords.questions.words import (
    CONDITION_WORDS,
    COUNT_WORDS,
    FIRST_PERSON,
    MEASURE_NOUNS,
    PARTICLE_ADVERBS,
    REASSURANCE,
    RUN_TOGETHER,
    SOFT_COMMITMENT,
    VAGUE_ACTOR,
    VAGUE_PROCESS,
    VAGUE_QUANTITY,
    VAGUE_TIMING,
    Ask,
    indefinite_article,
)
from vaguewords.slots.parse import has_modal, has_own_to, is_passive, subject_of

# Quantity words that give a share of a whole: "most of our people" asks what share.
SHARE_WORDS = frozenset({"most", "much"})
SHARE_RULE = "share_word"  # "What share of your people, exactly?"


def _term_noun(span: Span) -> Token | None:
    """The noun a vague modifier is about: "several steps" -> steps, "a number of ideas" ->
    ideas, "substantial investment" -> investment."""
    for token in span:
        if token.pos_ in ("NOUN", "PROPN") and token.lower_ not in MEASURE_NOUNS:
            return token
    root = span.root
    if RUN_TOGETHER.search(root.head.text):
        return None
    while root.dep_ == "conj" and root.head.pos_ in ("DET", "ADJ", "NUM") and root.head.i < root.i:
        root = root.head  # "these and other improvements": the word it is joined to says whose
    if root.dep_ in ("amod", "det", "nummod", "quantmod", "advmod") and root.head.pos_ in (
        "NOUN",
        "PROPN",
    ):
        return root.head
    if root.lower_ == "of" or span[-1].lower_ == "of":
        objects = [c for c in span[-1].children if c.dep_ == "pobj"]
        if objects and _is_pronoun(objects[0]):
            return None  # "plenty of them": the counted thing is only a pronoun
        if objects:
            return objects[0]
    shared = root.lower_ in SHARE_WORDS and not any(c.dep_ == "det" for c in root.children)
    if root.lower_ in COUNT_WORDS or shared:
        # "many of America's social problems", "areas of several of our cities" (the count word
        # itself the object of an "of"), "most of our people", "much of the town": the noun
        # after its own "of" is what is counted or shared out (not "make the most of")
        objects = [g for c in root.children if c.lower_ == "of" for g in c.children]
        tags = ("NNS", "NNPS", "NN") if shared else ("NNS", "NNPS")
        objects = [g for g in objects if g.dep_ == "pobj" and g.tag_ in tags]
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
    # an adjective of the noun's own is a describing word (said by ``_described_noun``); one of
    # a compound is part of the compound's name: "free enterprise economy", not "enterprise
    # economy" (rule compound_modifier)
    words = [
        t
        for t in words
        if t.pos_ not in ("ADJ",) or t.dep_ == "compound" or t == token or t.head != token
    ]
    # "self-enforcing mechanisms", "cost-cutting measures": a hyphenated word is kept whole
    words = _with_hyphenated_words(words)
    if token.pos_ == "PROPN":
        return " ".join(_second_person(t) for t in words).replace(" - ", "-")
    text = " ".join(_cased(t, _second_person(t)) for t in words)
    return text.replace(" - ", "-")


def _definite(noun: Token) -> bool:
    """Is the noun said with "the"? A common noun is; a proper noun only where the text gives it
    one ("the Federal Government", but "NATO", "America": rule proper_word)."""
    if noun.pos_ != "PROPN":
        return True
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


# The entity types whose words keep their capital inside a common noun's phrase.
PROPER_ENTITIES = frozenset({"NORP", "GPE", "LOC", "ORG", "PERSON", "LAW", "EVENT", "FAC"})


def _cased(token: Token, said: str) -> str:
    """A word as a question says it inside a noun phrase: lower case, but a proper word keeps its
    capital ("the American leadership", "Social Security benefits": rule proper_word); a capital
    that only opens the sentence, or a heading's capitals, do not count."""
    proper = (
        said[:1].isupper()
        and not token.is_upper
        and (token.pos_ == "PROPN" or token.ent_type_ in PROPER_ENTITIES)
        and (not token.is_sent_start or bool(token.ent_type_))
    )
    return said if proper else said.lower()


def _compounds_of(token: Token) -> list[Token]:
    """The compounds to the left of a compound, and the plain adjectives that describe one:
    "law" in "law enforcement efforts", "free" in "free enterprise economy"."""
    found = []
    for child in token.lefts:
        if child.dep_ == "compound" or (
            child.dep_ == "amod"
            and child.tag_ == "JJ"
            and child.is_alpha
            and token.dep_ == "compound"
        ):
            found.extend([*_compounds_of(child), child])
    return found


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _term_words(span: Span) -> str:
    words = [t.text for t in span if not t.is_punct or t.text == "-"]
    text = " ".join(words).replace(" - ", "-")
    return text.lower() if not span[0].ent_type_ else text


def _pronoun_actor_act(actor: Token, frame: Frame | None) -> str | None:
    """ "said so", "will repair the roof": what a vague pronoun actor ("someone", "somebody")
    does, as the frame says it, when the pronoun is the clause's subject; None when the act
    cannot be said (no frame, a passive, nothing done to anything)."""
    if frame is None or frame.passive or actor.dep_ != "nsubj":
        return None
    verb = actor.head
    if frame.object is not None:
        thing = frame.object
    elif any(c.dep_ == "ccomp" for c in verb.children):
        thing = "so"  # "Someone said our workers are lazy": "Who said so?"
    else:
        return None
    said = actor_verb(frame)
    if said is None:
        return None
    return f"{said} {thing}"


def plain_term_question(span: Span, category: str) -> Ask | None:
    """The kind's stock question about the flagged words alone, asked where a worded question
    would copy broken text (rule broken_wording); None for vague timing, whose date question
    is its own."""
    term = _term_words(span)
    said = _capitalised(term)
    if category == VAGUE_QUANTITY:
        return Ask(
            f"{said}: how many or how much, exactly?", f"Give a figure instead of {term}", "term"
        )
    if category == REASSURANCE:
        return Ask(
            f"{said} by what measure, and checked by whom?",
            f"Say what would show it is {term}, and who checks",
            "term",
        )
    if category == SOFT_COMMITMENT:
        return Ask(
            f"{said}: a firm promise, or only an intention?",
            f"Say whether {term} means a firm promise",
            "term",
        )
    if category == VAGUE_PROCESS:
        return Ask(f"{said}: what exactly will be done?", f"Say what exactly {term} means", "term")
    if category == VAGUE_ACTOR:
        return Ask("Who exactly, by name?", "Name who exactly", "term")
    return None


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
        most = _as_possible(span, cues)
        if most is not None:
            return most
        compared_noun = _more_adjective_noun(span)
        if compared_noun is not None:
            adjective, noun = compared_noun
            plural = noun.tag_ in ("NNS", "NNPS") and root.lower_ in ("more", "fewer")
            if plural and not any(
                c.dep_ in ("det", "poss") and c.i < span.start for c in noun.children
            ):
                # "more skilled workers": more of the workers, counted
                words = f"{root.lower_} {adjective.lower_} {_bare_noun(noun, span)}"
                return Ask(f"How many {words}, exactly?", f"Give a number for the {words}", "term")
            # "more liberal tax treatment": the treatment is more liberal, by how much
            said = f"{term} {adjective.lower_}"
            if _state_improved(adjective, cues):
                # "a more beautiful America", "a more peaceful world": a state bettered for
                # people the text does not name, as of "a better life" (rule state_for_whom)
                return _state_for_whom(said)
            return _comparison_worded(span, adjective, said, cues)[1]
        compared = root.head
        if (
            root.dep_ == "advmod"
            and compared.pos_ in ("ADJ", "ADV")
            and compared.i == span.end
            and compared.tag_ not in ("JJR", "RBR")
        ):
            # "more secure", "more rigorous": a comparison, asked by how much and measured how
            said = f"{term} {compared.lower_}"
            if _state_improved(compared, cues):
                # "a cleaner and more beautiful America" (rule state_for_whom, as below)
                return _state_for_whom(said)
            if compared.lower_ in PARTICLE_ADVERBS:
                # "tax rates could come further down": a movement of a thing that has its own
                # measure; how far is what is open (rule further_direction)
                return Ask(
                    f"How much {said}, exactly?",
                    f"Say how much {said}",
                    "term",
                    rule=DIRECTION_RULE,
                )
            return _comparison_worded(span, compared, said, cues)[1]
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
        if noun is not None and noun.i == root.i and noun.pos_ != "NOUN":
            noun = None  # "depend on many of us": the word itself, not a noun it counts
        if noun is None and root.lower_ in cues.choosing_words:
            return Ask(
                f"Which {root.lower_} ones, exactly?", f"Name the {root.lower_} ones", "term"
            )
        counted = _counted_pronoun(span)
        if noun is None and counted is not None:
            # "plenty of them", "a lot of it": how many or how much of what the pronoun stands for
            how = "How many" if counted.lower_ in PLURAL_PRONOUNS else "How much"
            return Ask(f"{how}, exactly?", f"Give a figure instead of {term}", "term")
        if noun is None and root.lower_ in COUNT_WORDS:
            # "no matter how many need help": a number of people or things, none named
            return Ask("How many, exactly?", f"Give a number instead of {term}", "term")
        if noun is None and root.tag_ in ("JJR", "RBR") and len(span) == 1:
            # "pay more", "judged more by": how much more
            return Ask(f"How much {root.lower_}, exactly?", f"Give a figure for {term}", "term")
        by_how_much = _by_how_much(span, frame) if noun is None else None
        if by_how_much is not None:
            return by_how_much
        if noun is None or noun.i == span.root.i and noun.pos_ != "NOUN":
            opener = f"{_capitalised(term)} by" if span.root.tag_ == "VBN" else f"{term}:"
            return Ask(
                f"{_capitalised(opener)} how much, exactly?",
                f"Give a figure instead of {term}",
                "term",
            )
        words = _bare_noun(noun, span)
        partitive = _definite_set(span, noun)
        if partitive is not None and root.lower_ in SHARE_WORDS:
            # "most of our people", "much of the town": what share of it (rule share_word)
            return Ask(
                f"What share of {partitive}, exactly?",
                f"Give the share of {partitive}",
                "term",
                rule=SHARE_RULE,
            )
        if partitive is not None:
            # "many of these proposals": the set is named, which of it is open
            return Ask(f"Which of {partitive}, exactly?", f"Name which of {partitive}", "term")
        # "many bureaus" counts even where the tagger took the noun for a singular
        many = (
            noun.tag_ in ("NNS", "NNPS")
            or noun.lower_ in ("people", "police")
            or root.lower_ in COUNT_WORDS
        )
        lower = term.lower()
        if (
            many
            and (root.lower_ in COUNT_WORDS or lower == "some")
            and _listed(noun, cues.kind_nouns)
        ):
            # "in many ways", "several important measures": kinds of action, not things to
            # count; which ones is what a reader asks (rule which_kind)
            return Ask(
                f"Which {words}, exactly?", f"Name the {words}", "term", rule=WHICH_KIND_RULE
            )
        if lower in cues.choosing_words or (
            lower == "some" and not many and noun.lower_ in cues.time_nouns
        ):
            # "other scientists", "certain features", "some day": which ones, not how many
            return Ask(f"Which {words}, exactly?", f"Name the {words}", "term")
        how = "How many" if many else "How much"
        if len(span) == 1 and root.lower_ in ("more", "fewer", "less") and root.i < noun.i:
            # "more wealth per worker": how much more, the comparison kept
            said = f"{how} {root.lower_} {words}"
            return Ask(f"{said}, exactly?", f"Say {said.lower()}", "term")
        article = next((c for c in noun.children if c.dep_ == "det"), None)
        amount = _listed(noun, cues.amount_nouns)
        plural = noun.tag_ in ("NNS", "NNPS") and root.lower_ not in COUNT_WORDS
        if amount and plural:
            # "vast resources", "substantial savings": an amount, not a count of things
            return Ask(
                f"How large are the {words}, exactly?",
                f"Give a figure for the {words} instead of {term}",
                "term",
            )
        sized = _size_or_rank(root, term, words, cues) if plural and len(span) == 1 else None
        if sized is not None:
            return sized
        if not many and not amount and span.root.tag_ == "JJR" and len(span) == 1:
            # "a greater role", "closer cooperation": not a size; what it would mean in practice
            said = f"{term} {words}"
            if article is not None and article.lower_ in ("a", "an"):
                said = f"{indefinite_article(said)} {said}"
            return Ask(
                f"What would {said} involve, exactly?",
                f"Say what {said} would involve",
                "term",
            )
        one_of_size = _size_of_one(span, noun, article, words, term, cues)
        if not many and not amount and one_of_size is not None:
            return one_of_size
        if not many and not amount and span.root.pos_ == "ADJ" and span.root.tag_ != "JJR":
            # "a major instrument", "considerable competition": not an amount of the thing
            return Ask(
                f"{_capitalised(term)} by what measure, exactly?",
                f"Say by what measure the {words} is {term}",
                "term",
            )
        if not many and article is not None and article.lower_ in ("a", "an"):
            # "a substantial cut": how large a cut; "a significant increase": how large an increase
            how = f"How large {indefinite_article(words)}"
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
            acted = _pronoun_actor_act(root, frame)
            if acted is not None:
                # "Someone even said our workers are lazy": "Who said so, exactly?", the act
                # said back, not the bare "Who, exactly, by name?" (rule actor_act)
                return Ask(f"Who {acted}, exactly?", f"Name who {acted}", "term")
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
        named = _reassurance_question(span, cues)
        if named is not None:
            return named
        changed = _changed_thing(span, cues)
        if changed is not None:
            # "through improved organization", "an improved farm program": the thing changed is
            # named; what changes in it is open (rule change_named)
            return Ask(
                f"What changes to {changed}, exactly?",
                f"Say what changes to {changed} are meant",
                "term",
                rule=CHANGE_NAMED_RULE,
            )
        if len(span) == 1 and span.root.tag_.startswith("VB"):
            # "modernize these plants": a change from what is now;
            # what changes, and how far, is open (rule change_word)
            return Ask(
                f"{_capitalised(term)} in what way, and by what measure?",
                f"Say in what way it is {term}, and by what measure",
                "term",
                rule=CHANGE_RULE,
            )
        return Ask(
            f"{_capitalised(term)} by what measure, and checked by whom?",
            f"Say what would show it is {term}, and who checks",
            "term",
        )
    if category == VAGUE_TIMING:
        return None  # the "when" question asks by what date
    if category == VAGUE_PROCESS:
        if span.root.pos_ == "NOUN" and _listed(span.root, cues.effort_nouns):
            # "efforts" is a vague process (ANNOTATION.md's kinds table); an effort noun is asked
            # as a planned thing is, whatever its kind: its frame decides (rule effort_noun)
            planned = _planned_noun_question(span, frame, slots, cues)
            if planned is not None:
                return planned
        words = {t.lower_ for t in span}
        if words & CONDITION_WORDS or "case" in " ".join(words):
            return Ask(
                f"{_capitalised(term)}: decided by whom, and by what rule?",
                f"Say who decides {term}, and by what rule",
                "term",
            )
        nouns = [t for t in span if t.pos_ == "NOUN"]
        if nouns and span.root.pos_ == "NOUN":
            described = _described_whole(span)
            if described is not None:
                # "the moral and legal framework for the world": which one is said; what it
                # would hold is open (rule contents_open)
                return Ask(
                    f"What would {described} include, exactly?",
                    f"Say what {described} would include",
                    "term",
                    rule=CONTENTS_RULE,
                )
            noun = _bare_noun(span.root, span[:0]) if span.root.tag_ else nouns[-1].lower_
            return Ask(f"Which {noun}, exactly?", f"Name the {noun}", "term")
        if nouns and span[0].pos_ == "ADP" and nouns[-1].tag_ == "NNS":
            noun = nouns[-1].lower_
            return Ask(
                f"Which {noun}, in what order?", f"Name the {noun} in order, with dates", "term"
            )
        if span.root.tag_ == "VBN" and span.root.dep_ in ("acl", "advcl") and len(span) == 1:
            # "I will submit a farm program tailored to the needs of the sixties": the one who
            # submits it shapes it; how is what is open (rule process_participle)
            if _clause_actor_named(span.root):
                return Ask(f"{_capitalised(term)} how, exactly?", f"Say how it is {term}", "term")
            return Ask(
                f"{_capitalised(term)} how, and by whom?",
                f"Say how it is {term}, and by whom",
                "term",
            )
        if span.root.pos_ in ("ADJ", "VERB") and span.root.dep_ in ("amod", "acomp"):
            if _agent_named(span.root.head):
                # "flexible management by the States": who manages is said, how is not
                return Ask(f"{_capitalised(term)} how, exactly?", f"Say how it is {term}", "term")
            return Ask(
                f"{_capitalised(term)} how, and by whom?",
                f"Say how it is {term}, and by whom",
                "term",
            )
        return None  # "tackle", "deal with", "in line with": the "how" question is the one
    if category == SOFT_COMMITMENT:
        planned = _planned_noun_question(span, frame, slots, cues)
        if planned is not None:
            return planned
        outcome = _outcome_question(span, frame, slots, cues) or _request_aim(span, frame, cues)
        if outcome is not None:
            return outcome
        if (
            frame is not None
            and frame.actor is not None
            and frame.object is not None
            and frame.object != frame.actor
            and not frame.passive
            and frame.tense == "future"
        ):
            # "strive to make ourselves worthy of this trust": the act with its complement, not
            # "Will you actually make yourselves?" (rule act_complement)
            act = f"{frame.lemma} {frame.object}"
            act = f"{act} {frame.complement}" if frame.complement else act
            return Ask(
                f"Will {frame.actor} actually {act}?",
                f"Say whether {frame.actor} will {act}",
                "term",
            )
        expected = _expected_act(span, frame, cues)
        if expected is not None:
            return expected
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
        possible = _possibility_question(span, cues)
        if possible is not None:
            return possible
        if span.root.tag_ == "MD":
            said = _term_words(span[:1])
            return Ask(
                f"{_capitalised(said)}: a firm promise, or only a possibility?",
                f"Say whether {said} means a firm promise",
                "term",
            )
        aim = (
            _aim_question(span, frame, slots)
            or _pledge_question(span, frame, slots)
            or _readiness_question(span, slots, cues)
            or _hoped_clause_question(span, cues)
        )
        if aim is not None:
            return aim
        other = _hedge_question(span, cues) or _told_aim(span) or _belief_question(span)
        if other is not None:
            return other
        words = list(span)
        while len(words) > 1 and (words[-1].pos_ in ("ADP", "PART") or words[-1].lower_ == "that"):
            words.pop()  # "hope to", "believe that": the word, without its dangling "to"
        start = 0
        while start < len(words) - 1 and _is_pronoun(words[start]):
            start += 1  # "We believe that": the verb, not the pronoun ("Believe: ...?")
        said = _term_words(span[words[start].i - span.start : words[-1].i - span.start + 1])
        return Ask(
            f"{_capitalised(said)}: a firm promise, or only an intention?",
            f"Say whether {said} means a firm promise",
            "term",
        )
    return None


# ============================================================================ a claim of quality

# The rules that word a claim of quality about the thing it praises (``_reassurance_question``);
# where none applies (an adverb, a pronoun, no noun to name) the kind's stock question is asked:
# "Robust by what measure, and checked by whom?".
COMPARED_RULE = (
    "comparative"  # "Safer by what measure, and by how much?", "Best compared with what"
)
JUDGEMENT_RULE = "judgement_word"  # "What would count as fair prices, and by whose judgement?"
COMPLETENESS_RULE = "completeness_word"  # "What would the full support include, exactly?"
DEGREE_RULE = "degree_word"  # "How strong an effect, and by what measure?"
SHOWN_RULE = "shown_of_thing"  # "What would show that the service is robust?"
IN_WHAT_WAY_RULE = "in_what_way"  # "Robust in what way, exactly?" (a simile, "fiscally ...")
HYPHENED_RULE = "hyphened_quality"  # "What would make the jobs high-quality, and by what measure?"
FULL_MANNER_RULE = "full_manner"  # "What would full vigor mean in practice, exactly?"
CHANGE_NAMED_RULE = "change_named"  # "What changes to the organization, exactly?"
PLEDGE_KEPT_RULE = "pledge_kept"  # "What exactly will you do to keep the commitment to ...?"
# Superlatives the small model tags as plain adverbs or adjectives ("will best serve").
SUPERLATIVE_FORMS = frozenset({"best", "worst"})

# The rules that word a vague quantity or a soft commitment by what it leaves open, not by the
# count template (issue 19, sixth blind-reading round).
SIZE_RULE = "size_word"  # "How large are the new commitments, exactly?"
ADDED_AMOUNT_RULE = "added_amount"  # "How much additional homework, exactly?"
DIRECTION_RULE = "further_direction"  # "How much further down, exactly?" ("come further down")
RANK_RULE = "rank_word"  # "Which nations count as major, exactly?"
AS_POSSIBLE_RULE = "as_possible"  # "What number of pupils is the aim, exactly?"
UTMOST_EFFORT_RULE = "utmost_effort"  # "What exactly will be done to enlist ..., and by when?"
AIM_RULE = "aim_act"  # "How exactly will you influence its course, and by when?"

# The rules of the seventh blind reading (issue 19): what a teacher asks where a template did.
WHICH_KIND_RULE = "which_kind"  # "Which ways, exactly?" (not "How many ways?")
REFUSED_AIM_RULE = "refused_aim"  # "How exactly will you make sure not to leave ...?"
REQUEST_AIM_RULE = "request_aim"  # "Will you actually ask the Congress to consider ...?"
HEDGE_RULE = "hedge"  # "Generally: what are the exceptions, exactly?"
TOLD_AIM_RULE = "told_aim"  # "What has been the outcome so far?" ("we have sought ...")
BELIEF_RULE = "belief_act"  # "What exactly will you do to that end?" ("I believe that ... will")
CHANGE_RULE = "change_word"  # "Modernize in what way, and by what measure?"
SET_GIVEN_RULE = "set_given"  # "Best by what measure, exactly?" ("the best in the world")
# After the tenth reading (issue 19, second pass): a comparative on a state, not a kind of thing.
STATE_FOR_WHOM_RULE = "state_for_whom"  # "Better by what measure, and for whom?" ("a better life")

# After the thirteenth reading (issue 19): a comparison of a quality that is no amount or level
# asks what the quality would be, not by how much.
QUALITY_COMPARED_RULE = "quality_compared"  # "Better in what way, and by what measure?"
DEGREE_ADVERB_RULE = "degree_adverb"  # "What would count as fully achievable choices, ...?"

# After the seventh reading (issue 19, second wave): a manner adverb asks about the act it says
# how of, not about itself as a quality ("Wisely by what measure, and checked by whom?").
EXPECTED_RULE = "expected_act"  # "Will the Congress actually act?" ("is expected to act")
POSSIBILITY_RULE = "possibility"  # "How likely is hard fighting, exactly?" ("there may be")
MANNER_RULE = "manner_word"  # "What would count as spending the money wisely, and by whose ...?"


# Nouns that only gather what follows their "of": the praise is of the things gathered.
# ("a fair share of the costs" praises the share: amounts are not among them.)
COLLECTION_NOUNS = frozenset({"set", "series", "package", "range", "variety", "array", "host"})


def reassurance_rule(span: Span, cues: Cues | None = None) -> str | None:
    """The rule that words the question of a claim of quality (one of the names above), or None
    when the stock question is asked."""
    worded = _reassurance_worded(span, cues if cues is not None else default_cues())
    return worded[0] if worded is not None else None


def _reassurance_question(span: Span, cues: Cues) -> Ask | None:
    worded = _reassurance_worded(span, cues)
    return worded[1] if worded is not None else None


def _quality_word(span: Span) -> Token | None:
    """The adjective or adverb that makes the claim: "robust" in "robust", "full" in "full
    support"."""
    if span.root.pos_ in ("ADJ", "ADV"):
        return span.root
    return next((t for t in span if t.pos_ == "ADJ"), None)


def _praised_thing(span: Span, word: Token) -> tuple[Token | None, bool]:
    """The noun a claim of quality is about: the noun it describes ("a robust service"), its own
    noun ("full support"), or the subject it is said of ("the prices will be fair"). None for a
    pronoun or when there is no noun; and whether the quality is said of it ("the prices will be
    fair") rather than put before it ("fair prices")."""
    predicative = False
    if span.root.pos_ in ("NOUN", "PROPN"):
        noun = span.root
    else:
        adjective = word
        while adjective.dep_ == "conj" and adjective.head.pos_ in ("ADJ", "VERB"):
            adjective = adjective.head  # "efficient and logical organization", "proven, firm"
        predicative = adjective.dep_ != "amod"
        own = [c for c in adjective.children if c.dep_ == "nsubj"]
        if adjective.dep_ == "amod":
            noun = adjective.head
        elif own:
            noun = own[0]  # "make the buses safe", read as a small clause
        elif adjective.dep_ in ("acomp", "oprd", "ccomp", "xcomp"):
            # "keep the leadership strong": the thing kept so; "the plan is comprehensive": the
            # subject
            verb = adjective.head
            kept = [c for c in verb.children if c.dep_ == "dobj" and c.i < adjective.i]
            owner = _infinitive_owner(verb)
            # of two objects the parse gives ("keep in our armed forces balance and flexibility
            # adequate"), the one right before the adjective is the one kept so
            noun = kept[-1] if kept else owner if owner is not None else subject_of(verb)
        elif adjective.pos_ == "VERB" and adjective.tag_ == "VBN":
            noun = subject_of(adjective)  # "our faith is proven, firm and final"
        else:
            return None, predicative
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or _is_pronoun(noun):
        return None, predicative
    if RUN_TOGETHER.search(noun.text):
        return None, predicative
    if _half_of_a_hyphened_word(word, noun):
        return None, predicative  # "a full-scale war": "full" is half of the word "full-scale"
    if noun.lower_ in COLLECTION_NOUNS:
        # "a strong new set of initiatives": the initiatives are what is praised
        counted = [g for c in noun.children if c.lower_ == "of" for g in c.children]
        counted = [g for g in counted if g.dep_ == "pobj" and g.pos_ == "NOUN"]
        return (counted[0] if counted else None), predicative
    return noun, predicative


def _kinds_praised(word: Token, cues: Cues) -> str | None:
    """The plural noun of kinds (cue list ``kind_nouns``: principles, measures, methods) a
    comparative or superlative stands before ("the firmest principles"), said bare; None
    otherwise ("the best schools", "a firmer principle")."""
    if word.dep_ != "amod" or word.head.tag_ != "NNS":
        return None
    noun = word.head
    if noun.lemma_.lower() not in cues.kind_nouns:
        return None
    return noun.lower_


def _state_improved(word: Token, cues: Cues) -> bool:
    """Does the comparative ``word`` better a state people live in, rather than a thing counted
    or made? The word describes (``amod``) a singular noun of a shared state (cue list
    ``shared_state_nouns``: "a better life", "a stronger economy", "better health") or a place
    named (spaCy GPE: "a more beautiful America"), with "a" or no determiner, and no "for" says
    whom it is for ("a better life for farmers": the people are said). Things and kinds keep
    their questions ("better equipment", "better schools": by how much; "better methods":
    which)."""
    while word.dep_ == "conj" and word.head.pos_ == "ADJ":
        word = word.head  # "a cleaner and more beautiful America": the first's noun
    if word.dep_ != "amod" or word.head.tag_ not in ("NN", "NNP"):
        return False
    noun = word.head
    if noun.lemma_.lower() not in cues.shared_state_nouns and noun.ent_type_ != "GPE":
        return False
    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children):
        return False
    # "work for a better life for all": the parse may hang the "for" on the verb, after the noun
    # ("a step toward a more peaceful future for all": on the verb above the phrase it is in)
    holders = [noun]
    while holders[-1].dep_ in ("dobj", "attr", "pobj", "prep") and holders[-1].head.i != (
        holders[-1].i
    ):
        holders.append(holders[-1].head)
        if holders[-1].pos_ in ("VERB", "AUX"):
            break
    # the parse may label that "for" a dative ("give a better life for the families")
    return not any(
        c.dep_ in ("prep", "dative") and c.lower_ == "for" and c.i > noun.i
        for h in holders
        for c in h.children
    )


def _state_for_whom(said: str) -> Ask:
    """ "More beautiful by what measure, and for whom?" of a vague quantity's comparison that
    betters a shared state (``_state_improved``; rule state_for_whom)."""
    question = f"{_capitalised(said)} by what measure, and for whom?"
    return Ask(question, f"Say {question[:-1].lower()}", "term", rule=STATE_FOR_WHOM_RULE)


def _half_of_a_hyphened_word(word: Token, noun: Token) -> bool:
    """ "a full-scale war", "a strong-arm policy": the quality word and the noun it seems to
    describe are the two halves of one hyphened word that modifies another noun; the word's own
    sense is not a claim about that half ("What would the full full-scale include?" said it twice),
    so the category's plain question is asked instead."""
    return (
        noun.dep_ in ("compound", "nmod")  # "a high-quality, holistic education": nmod
        and noun.i == word.i + 2
        and word.nbor(1).text == "-"  # variants are plain hyphens by then (characters.py)
        and not word.whitespace_
        and not word.nbor(1).whitespace_
    )


def _hyphened_quality(word: Token) -> tuple[str, Token] | None:
    """The hyphened word a quality word is the first half of, and the noun that word describes:
    ("high-quality", jobs) in "high-quality jobs". None otherwise. Asked only when the finding is
    the whole hyphened word; a finding on one half ("full" of "full-scale") gets the plain
    question (`_half_of_a_hyphened_word`)."""
    half = word.head
    if word.dep_ != "amod" or not _half_of_a_hyphened_word(word, half):
        return None
    if half.head.pos_ not in ("NOUN", "PROPN") or half.head.i <= half.i:
        return None
    return word.doc[word.i : half.i + 1].text.lower(), half.head


# Prepositions of the manner an act is done in: "with full vigor", "at full speed".
MANNER_PREPOSITIONS = frozenset({"with", "at"})


def _manner_of_doing(noun: Token, cues: Cues) -> bool:
    """Is the noun, with no determiner, the object of "with" or "at" on a verb: the manner the
    act is done in ("carry forward the programs with full vigor", "run at full speed")? Not an
    amount (cue list ``amount_nouns``: "with full funding" is money, with contents to ask)."""
    if noun.dep_ != "pobj" or noun.tag_ != "NN" or noun.head.lower_ not in MANNER_PREPOSITIONS:
        return False
    if _listed(noun, cues.amount_nouns):
        return False
    if any(c.dep_ in ("det", "poss") for c in noun.children):
        return False  # "with the full support of the council": a thing someone gives
    return noun.head.head.pos_ == "VERB" and noun.head.dep_ == "prep"


def _changed_thing(span: Span, cues: Cues) -> str | None:
    """ "improved organization", "a modernized farm program": a participle of a change for the
    better (cue list ``bettering_verbs``) that stands before the noun it describes names the
    thing changed; the noun as a question says it ("the organization", "the farm program").
    None for another word ("needed supplies") or shape ("modernize the plants", "the service
    has improved")."""
    word = span.root
    if len(span) != 1 or word.tag_ != "VBN" or word.dep_ != "amod":
        return None
    if word.lemma_.lower() not in cues.bettering_verbs:
        return None
    noun = word.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i <= word.i or RUN_TOGETHER.search(noun.text):
        return None
    if any(t.pos_ not in ("ADJ", "NOUN", "PROPN", "ADV") for t in span.doc[word.i + 1 : noun.i]):
        return None
    thing = _described_noun(noun, span)
    return f"the {thing}" if _definite(noun) else thing


def _pledge_kept(word: Token, noun: Token, predicative: bool, cues: Cues) -> Ask | None:
    """ "our firm commitment to human rights", "a strong pledge to the tenants": a word of degree
    (cue list ``degree_words``) before a noun of a pledge (``pledge_nouns``) claims the pledge is
    held; what its holder will do to keep it is what is open (rule pledge_kept), not "How firm is
    the commitment, and by what measure?". The holder is the writer ("our", or no owner) or a
    noun that owns it ("the council's"); None for another pronoun ("their commitment") or when
    the quality is said of the pledge ("the commitment is firm")."""
    if predicative or word.dep_ != "amod" or word.head.i != noun.i:
        return None
    if not _listed(word, cues.degree_words) or noun.lemma_.lower() not in cues.pledge_nouns:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ in cues.speaker_possessives:
        holder, does = "you", "will you do"
    elif owner.pos_ in ("NOUN", "PROPN"):
        said = noun_phrase(owner, frozenset(t.i for t in owner.children if t.dep_ == "case"))
        if said is None or said == "you":
            return None
        holder, does = said, f"will {said} do"
    else:
        return None
    target = ""
    phrase = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("to", "for")), None)
    if phrase is not None:
        words = [t for t in phrase.subtree if t.dep_ != "punct"]
        if len(words) <= 8 and not any(_is_pronoun(t) and t.tag_ != "PRP$" for t in words):
            target = " " + render_second_person(words)
    pledge = f"the {noun.lower_}{target}"
    return Ask(
        f"What exactly {does} to keep {pledge}?",
        f"Say what exactly {holder} will do to keep {pledge}",
        "term",
        rule=PLEDGE_KEPT_RULE,
    )


def _infinitive_owner(verb: Token) -> Token | None:
    """ "our ability to remain strong", "the city's will to stay safe": an infinitive on a noun
    that has an owner, with no subject of its own, is said of the owner ("our", "the city"), not
    of the subject of the clause above ("our world leadership grows out of our ability to remain
    strong": the leadership is not what remains strong; rule owner_of_infinitive). None
    otherwise."""
    if verb.dep_ not in ("acl", "relcl") or verb.head.pos_ != "NOUN":
        return None
    if not has_own_to(verb):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "poss"), None)


def _reassurance_worded(span: Span, cues: Cues) -> tuple[str, Ask] | None:
    """A claim of quality asked about the thing it praises, by the shape of its word (cue lists
    ``judgement_words``, ``completeness_words``, ``degree_words``) and a comparison asked
    against what: see the rule names above."""
    word = _quality_word(span)
    if word is None:
        return None
    more = next((c for c in word.children if c.lower_ in ("more", "less") and c.i < word.i), None)
    said = _term_words(span) if span.root.pos_ != "NOUN" else word.lower_
    if more is not None and more.i < span.start:
        said = f"{more.lower_} {said}"
    adverb = _manner_adverb(word)
    if _simile(word) or (adverb is not None and word.tag_ not in ("JJR", "RBR")):
        # "as robust as the American experience", "fiscally responsible": the comparison or
        # the adverb already says the measure; what the quality means is open (rule in_what_way)
        said = f"{adverb.lower_} {word.lower_}" if adverb is not None else word.lower_
        return IN_WHAT_WAY_RULE, Ask(
            f"{_capitalised(said)} in what way, exactly?", f"Say in what way it is {said}", "term"
        )
    hyphened = _hyphened_quality(word)
    if hyphened is not None and span.start <= word.i and hyphened[1].i >= span.end - 1 > word.i:
        # "high-quality jobs", "a high-level commission": the quality is the whole hyphened word,
        # said of the noun after it (rule hyphened_quality)
        compound, thing = hyphened
        the = "the " if _definite(thing) else ""
        made = f"{the}{thing.text if thing.pos_ == 'PROPN' else thing.lower_} {compound}"
        return HYPHENED_RULE, Ask(
            f"What would make {made}, and by what measure?",
            f"Say what would make {made}, and how it is measured",
            "term",
        )
    compared = word.tag_ in ("JJR", "RBR") or more is not None
    # "will best serve the interests": the small model tags "best" as a plain adverb
    superlative = word.tag_ in ("JJS", "RBS") or word.lower_ in SUPERLATIVE_FORMS
    if compared or superlative:
        kinds = _kinds_praised(word, cues)
        if kinds is not None:
            # "the firmest principles", "better methods": of kinds of action or guidance, which
            # ones is what a reader asks; "compared with what" asks nothing they would answer
            # (rule which_kind)
            return WHICH_KIND_RULE, Ask(
                f"Which {kinds}, exactly?", f"Name the {kinds}", "term", rule=WHICH_KIND_RULE
            )
        if not compared and _compared_set(word, cues):
            # "among the best in the world", "the best care in the nation": the set it is best
            # of is said; by what measure is what is open (rule set_given)
            question = f"{_capitalised(said)} by what measure, exactly?"
            return SET_GIVEN_RULE, Ask(question, f"Say {question[:-1].lower()}", "term")
        if compared and _state_improved(word, cues):
            # "a better life", "a stronger economy", "better health": a state bettered for
            # people the text does not name; for whom is what a reader asks, beside the measure
            # (rule state_for_whom)
            question = f"{_capitalised(said)} by what measure, and for whom?"
            return STATE_FOR_WHOM_RULE, Ask(question, f"Say {question[:-1].lower()}", "term")
        if not compared:
            # "the best service", "best serve the interests": the best of what
            question = f"{_capitalised(said)} compared with what, and by what measure?"
            return COMPARED_RULE, Ask(question, f"Say {question[:-1].lower()}", "term")
        return _comparison_worded(span, word, said, cues)
    if word.pos_ != "ADJ" and not (word.dep_ == "amod" and word.tag_ in ("VBG", "VBN")):
        # an adverb ("robustly"); but "lasting care" is described
        degree = _degree_of_quality(span, word)
        if degree is not None:
            return DEGREE_ADVERB_RULE, degree
        manner = _manner_of_act(span, word, cues)
        return (MANNER_RULE, manner) if manner is not None else None
    noun, predicative = _praised_thing(span, word)
    if noun is None:
        return None
    bare = _described_noun(noun, span)
    if predicative:
        # "the state of our Union is strong": the subject is the noun with its "of" phrase; "How
        # strong is the state ...?" names another thing (rule of_complement)
        bare += _of_complement(noun, span)
    plural = noun.tag_ in ("NNS", "NNPS")
    the_thing = f"the {bare}" if _definite(noun) else bare
    if _listed(word, cues.judgement_words):
        # "fair prices", "an appropriate response", "adequate funding" (no article: an amount)
        counted = plural or not any(c.dep_ in ("det", "poss") for c in noun.children)
        article = "" if counted else f"{indefinite_article(said)} "
        thing = f"{article}{_in_text_order(noun, span, said, bare)}"
        return JUDGEMENT_RULE, Ask(
            f"What would count as {thing}, and by whose judgement?",
            f"Say what would count as {thing}, and who judges",
            "term",
        )
    complete = _listed(word, cues.completeness_words)
    if complete and _listed(noun, cues.actor_nouns):
        return None  # "full partners": what would people include; the stock question
    if complete and _manner_of_doing(noun, cues):
        # "carry the programs forward with full vigor", "run at full speed": how hard the act
        # is done, not a thing with contents (rule full_manner); not "What would the full vigor
        # include?"
        manner = _in_text_order(noun, span, said, bare)
        return FULL_MANNER_RULE, Ask(
            f"What would {manner} mean in practice, exactly?",
            f"Say what {manner} would mean in practice",
            "term",
            rule=FULL_MANNER_RULE,
        )
    if complete:
        ordered = _in_text_order(noun, span, said, bare)
        thing = f"the {ordered}" if _definite(noun) else ordered
        if predicative:
            thing = the_thing  # "The plan is comprehensive": what would the plan include
        return COMPLETENESS_RULE, Ask(
            f"What would {thing} include, exactly?", f"Say what {thing} would include", "term"
        )
    kept = _pledge_kept(word, noun, predicative, cues)
    if kept is not None:
        return PLEDGE_KEPT_RULE, kept
    if _listed(word, cues.degree_words):
        counted = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        if plural or predicative or noun.pos_ == "PROPN" or not counted:
            be = "are" if plural else "is"
            required = _required_state(word, cues) if predicative else _promised_state(noun)
            if required is not None:
                # "our economy is to be strong", "the fleet must be strong", "NATO will provide
                # strong support": a state the sentence requires, aims at or promises, not one
                # it says there is (rule required_state)
                modal, rest = required
                question = f"How {said} {modal} {the_thing} {rest}, and by what measure?"
            else:
                question = f"How {said} {be} {the_thing}, and by what measure?"
        else:
            # "a strong effect on the economy": how strong an effect on the economy
            question = (
                f"How {said} {indefinite_article(bare)} {bare}{_short_target(noun)}, "
                "and by what measure?"
            )
        return DEGREE_RULE, Ask(
            question, f"Say how {said} {the_thing} will be, and by what measure", "term"
        )
    be = "are" if plural else "is"
    return SHOWN_RULE, Ask(
        f"What would show that {the_thing} {be} {said}?",
        f"Say what would show that {the_thing} {be} {said}, and who checks",
        "term",
    )


def _is_level(word: Token, cues: Cues) -> bool:
    """Is the compared word an amount or a level a figure can say (cue lists ``level_words``:
    "more affordable", "faster"; ``degree_words``: "stronger", "higher"; ``size_words``:
    "greater")? Its comparison is asked by how much; another quality's is not."""
    lists = (cues.level_words, cues.degree_words, cues.size_words)
    base = _adjective_of(word.lower_) if word.pos_ == "ADV" else None  # "more efficiently"
    return any(_listed(word, words) or base in words for words in lists)


def _comparison_worded(span: Span, word: Token, said: str, cues: Cues) -> tuple[str, Ask]:
    """A comparison with no figure and nothing it is compared with, by what the word is and
    where it stands. A quality of leaving nothing out said of a thing ("a more comprehensive
    energy tax program") asks what the thing would include (rule completeness_word). A quality
    that is no amount or level (``_is_level``) said of a thing or a place ("make it more fair",
    "make America better", "will be more honest") asks in what way, and by what measure, or by
    whose judgement for a standard someone judges (cue list ``judgement_words``; rule
    quality_compared): "by how much" asks an amount the word does not name. An amount or a
    level ("safer", "more affordable", "stronger"), an act done to a greater degree ("work more
    efficiently") and a quality put before a noun ("better schools": the teachers of the gold
    files ask "Better by what measure?", and at times by how much) are asked by what measure,
    and by how much (rule comparative)."""
    noun, predicative = _praised_thing(span, word)
    complete = _listed(word, cues.completeness_words)
    kept_out = (cues.shared_state_nouns, cues.actor_nouns)
    if complete and noun is not None and not any(_listed(noun, words) for words in kept_out):
        # "a more comprehensive energy tax program": what it would cover is what is open
        bare = _described_noun(noun, span)
        ordered = _in_text_order(noun, span, said, bare)
        thing = f"the {ordered}" if _definite(noun) else ordered
        if predicative:
            thing = f"the {bare}" if _definite(noun) else bare
        return COMPLETENESS_RULE, Ask(
            f"What would {thing} include, exactly?", f"Say what {thing} would include", "term"
        )
    level = _is_level(word, cues) or word.pos_ != "ADJ"
    if level or (word.dep_ == "amod" and not complete):
        question = f"{_capitalised(said)} by what measure, and by how much?"
        return COMPARED_RULE, Ask(question, f"Say {question[:-1].lower()}", "term")
    by = "by whose judgement" if _listed(word, cues.judgement_words) else "by what measure"
    question = f"{_capitalised(said)} in what way, and {by}?"
    return QUALITY_COMPARED_RULE, Ask(
        question, f"Say in what way it is {said}, and {by}", "term", rule=QUALITY_COMPARED_RULE
    )


def _degree_of_quality(span: Span, word: Token) -> Ask | None:
    """ "fully fruitful ends", "a truly modern service": an adverb of degree on an adjective that
    describes a noun claims the quality to the full; what the thing would be like is what is open
    ("What would count as fully achievable choices, and by what measure?", rule degree_adverb), not the adverb
    measured as a quality of its own ("Fully by what measure ...?"); with no noun the parse can
    trust, the words alone ("What would count as fully fruitful, ...?"). None for
    another adverb (on a verb, or one the parse hangs elsewhere)."""
    adjective = word.head
    if len(span) != 1 or word.dep_ != "advmod" or adjective.i != word.i + 1:
        return None
    if adjective.pos_ != "ADJ" or _in_hyphenated_word(adjective):
        return None
    first = adjective
    while first.dep_ == "conj" and first.head.pos_ == "ADJ" and first.head.i < first.i:
        first = first.head  # "difficult but fully achievable choices": the first one's noun
    noun = first.head
    if (
        first.dep_ != "amod"
        or noun.pos_ != "NOUN"
        or noun.i <= adjective.i
        or RUN_TOGETHER.search(noun.text)
    ):
        said = f"{word.lower_} {adjective.lower_}"
        return Ask(
            f"What would count as {said}, and by what measure?",
            f"Say what would count as {said}, and by what measure",
            "term",
            rule=DEGREE_ADVERB_RULE,
        )
    bare = _described_noun(noun, span.doc[word.i : adjective.i + 1])
    plural = noun.tag_ == "NNS"
    counted = plural or not any(c.dep_ in ("det", "poss") for c in noun.children)
    said = f"{word.lower_} {adjective.lower_} {bare}"
    thing = said if counted else f"{indefinite_article(said)} {said}"
    return Ask(
        f"What would count as {thing}, and by what measure?",
        f"Say what would count as {thing}, and by what measure",
        "term",
        rule=DEGREE_ADVERB_RULE,
    )


# The verb forms that say a state is aimed at: "is to be", "are to be".
AIM_FORMS = frozenset({"is", "are"})


def _required_state(word: Token, cues: Cues) -> tuple[str, str] | None:
    """ "must be strong" -> ("must", "be"); "is to be strong" -> ("is", "to be"): the state an
    adjective said of its subject is required or aimed at, not told (a modal on its "be", or
    "is to" before it); "keep our leadership strong", "to make the roads safe" -> ("will",
    "be"): the state an act of keeping or seeing to (cue lists ``standing_verbs``,
    ``ensuring_words``), in its plain form, is to set on its object (rule kept_state_aimed).
    None when the sentence says the state is ("we have made the office strong")."""
    adjective = word
    while adjective.dep_ == "conj" and adjective.head.pos_ == "ADJ":
        adjective = adjective.head  # "strong and healthy"
    copula = adjective.head
    small_clause = adjective.dep_ == "oprd" or (
        adjective.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in adjective.children)
    )
    setting = cues.standing_verbs | cues.ensuring_words
    if small_clause and copula.tag_ == "VB" and copula.lemma_.lower() in setting:
        return "will", "be"
    if adjective.dep_ != "acomp" or copula.lemma_ != "be" or copula.tag_ != "VB":
        return None
    modal = next((c for c in copula.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    if modal is not None and modal.lower_ in ("must", "should", "will", "shall"):
        return modal.lower_, "be"
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in copula.children)
    above = copula.head
    if to and copula.dep_ == "xcomp" and above.lower_ in AIM_FORMS and above.i < copula.i:
        return above.lower_, "to be"
    return None


# The modals under which a thing described is promised or required, not told.
PROMISING_MODALS = frozenset({"will", "shall", "must", "should", "'ll"})


def _promised_state(noun: Token) -> tuple[str, str] | None:
    """ "NATO will provide strong support", "we must continue to build strong partnerships": a
    noun the clause's act promises to bring about or give, under "will", "shall", "must" or
    "should" (on its verb or the verb its infinitive hangs from) -> ("will", "be"); None when the
    sentence tells of the thing as it is, or the noun is no object of the act ("we must act in
    the firm assurance that ...": a manner, held now)."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "strong schools and better roads"
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lower_ in COLLECTION_NOUNS
    ):
        noun = noun.head.head  # "propose a strong new set of initiatives": the set is proposed
    if noun.dep_ != "dobj":
        return None
    verb = _verb_above(noun)
    for _ in range(3):
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        if any(c.dep_ == "aux" and c.lower_ in PROMISING_MODALS for c in verb.children):
            return "will", "be"
        if verb.dep_ != "xcomp":
            return None
        verb = verb.head
    return None


def _manner_of_act(span: Span, word: Token, cues: Cues) -> Ask | None:
    """ "spend the money wisely", "the program will be fully funded": an adverb of manner on a
    verb says how the act is done, so the act is asked about, not the adverb as a quality: what
    what would count as doing it so: what it includes (cue list ``completeness_words``: "What
    would count as funding the program fully, exactly?"), by whose judgement
    (``judgement_words``: "... spending the money wisely, and by whose judgement?") or by what
    measure (rule manner_word). None when the adverb is not on
    a verb after its subject ("Effectively, the plan failed") or the act cannot be said."""
    first = word
    while first.dep_ == "conj" and first.head.pos_ == "ADV" and first.head.i != first.i:
        first = first.head  # "manage the budget wisely and fairly"
    verb = first.head
    if len(span) != 1 or first.dep_ != "advmod" or verb.pos_ != "VERB" or verb.i == first.i:
        return None
    subject = subject_of(verb)
    if subject is not None and word.i < subject.i:
        return None  # a sentence adverb: "Effectively, the plan failed"
    if word.i + 1 < len(word.doc) and word.doc[word.i + 1].is_punct and word.i < verb.i:
        return None
    if refused_act(verb, cues):
        return None
    if is_passive(verb):
        if verb.tag_ != "VBN" or subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            return None
        thing = noun_phrase(subject, definite=False)
        verb_words = said_verb_and_target(verb, frozenset())[0]  # "roll out"
        act = f"{verb_words} {thing}" if thing not in (None, "you") else None
    elif verb.tag_ == "VBN" and not any(c.lemma_ == "have" for c in verb.children):
        return None  # "we will be fully prepared": a state, read as a participle
    else:
        act = _act_phrase(verb)
        # "work effectively": the verb alone; not "provide fully for the needs", whose
        # preposition the act needs
        alone = not any(c.dep_ in ACT_COMPLEMENT_DEPS for c in verb.children)
        if act is None and alone and said_verb_and_target(verb, frozenset())[1] is None:
            act = verb.lemma_.lower()  # "work effectively with our partners": the act is the verb
    if act is None:
        return None
    lemma, _, rest = act.partition(" ")
    doing = gerund(lemma)
    if doing is None:
        return None
    said = f"{doing} {rest}".strip()
    adverb = word.lower_
    base = _adjective_of(adverb)
    if base is not None and base in cues.completeness_words:
        # "What would funding the program fully include?" is what a teacher writes, but the
        # small model reads a gerund subject as a second clause; "count as" says the same
        return Ask(
            f"What would count as {said} {adverb}, exactly?",
            f"Say what {said} {adverb} would include",
            "term",
        )
    judged = base is not None and base in cues.judgement_words
    by = "by whose judgement" if judged else "by what measure"
    return Ask(
        f"What would count as {said} {adverb}, and {by}?",
        f"Say what would count as {said} {adverb}, and {by}",
        "term",
    )


# What a verb needs said beside it to be the act: its object, a clause, a complement.
ACT_COMPLEMENT_DEPS = frozenset(
    {"dobj", "ccomp", "xcomp", "oprd", "acomp", "dative", "prt", "attr", "agent", "prep"}
)


def _expected_act(span: Span, frame: Frame | None, cues: Cues) -> Ask | None:
    """ "The Congress is expected to act soon", "prices are expected to rise": what is expected of
    others, or forecast, names the act; whether it will happen is what is open, not whether the
    word is a firm promise (rule expected_act, cue list ``raising_participles``). Only for an act
    with no object (one with an object is asked "Will the allies actually contribute ...?"
    already) and a subject that can be said."""
    participle = next(
        (t for t in span if t.tag_ == "VBN" and t.lower_ in cues.raising_participles), None
    )
    if participle is None or not any(c.dep_ == "auxpass" for c in participle.children):
        return None
    if frame is None or frame.actor is None or frame.passive or frame.object is not None:
        return None
    if frame.transitive or frame.trailing or frame.lemma in ("be", "have"):
        return None
    complement = f" {frame.complement}" if frame.complement else ""
    return Ask(
        f"Will {frame.actor} actually {frame.lemma}{complement}?",
        f"Say whether {frame.actor} will {frame.lemma}{complement}",
        "term",
        rule=EXPECTED_RULE,
    )


def _possibility_question(span: Span, cues: Cues) -> Ask | None:
    """ "There may be hard fighting", "the choices may well shape the state of the Union": a modal
    of possibility whose clause is not the writer's own act says what could happen, not a
    promise; how likely it is is what is open ("How likely is hard fighting, exactly?", "May:
    how likely, exactly?"; rule possibility, cue list ``possibility_modals``). None for the
    writer's own act ("we may share your data": a hedged promise) or another word."""
    modal = span.root
    if modal.tag_ != "MD" or len(span) != 1 or modal.lower_ not in cues.possibility_modals:
        return None
    verb = modal.head
    if verb.i == modal.i or refused_act(verb, cues):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    before = modal.doc[modal.i - 1] if modal.i > 0 else None
    if subject is None and before is not None and before.pos_ in ("NOUN", "PROPN"):
        # "what future generations may endure": the parse took the subject for an object; the
        # word before the modal is who or what may
        subject = before
    if subject is None or subject.lower_ in FIRST_PERSON or subject.lower_ == "you":
        return None
    if subject.i > modal.i and subject.dep_ != "expl":
        return None  # "may I say": a wish or a courtesy, the modal before its subject
    said = _capitalised(_term_words(span))
    if subject.dep_ == "expl" and verb.lemma_ == "be":
        held = next((c for c in verb.children if c.dep_ == "attr"), None)
        named = noun_phrase(held, definite=False) if held is not None else None
        described = held is not None and any(c.dep_ in ("relcl", "acl") for c in held.children)
        if named is not None and named != "you" and held.pos_ == "NOUN" and not described:
            be = "are" if held.tag_ == "NNS" else "is"
            question = f"How likely {be} {named}, exactly?"
            return Ask(question, f"Say how likely {named} {be}", "term", rule=POSSIBILITY_RULE)
    return _how_likely(said, POSSIBILITY_RULE)


def _how_likely(said: str, rule: str) -> Ask:
    """ "Probably: how likely, exactly?", "May: how likely, exactly?" (rules hedge, possibility)."""
    question = f"{said}: how likely, exactly?"
    return Ask(question, f"Say how likely it is instead of {said.lower()}", "term", rule=rule)


def _adjective_of(adverb: str) -> str | None:
    """The adjective an adverb in -ly is made from, as the cue lists write it: "fully" ->
    "full", "wisely" -> "wise", "reasonably" -> "reasonable", "readily" -> "ready"; None for
    another adverb."""
    if not adverb.endswith("ly") or len(adverb) < 5:
        return None
    stem = adverb[:-2]
    if adverb.endswith("lly") and not adverb.endswith("ully"):
        return stem  # "fiscally" -> "fiscal"
    if adverb.endswith("ully") and len(adverb) == 5:
        return stem + "l"  # "fully" -> "full"
    if adverb.endswith("ily"):
        return stem[:-1] + "y"  # "readily" -> "ready"
    if adverb.endswith(("ably", "ibly")):
        return adverb[:-1] + "e"  # "reasonably" -> "reasonable"
    return stem


def _compared_set(word: Token, cues: Cues) -> bool:
    """Does the text say what a superlative compares within? A phrase on the word itself ("the
    best in the world", "the finest of all"), "in" a whole or a whole as owner on the noun it
    describes (cue list ``whole_sets``: "the best care in the nation", "the world's best care"),
    or a relative clause of all time ("the best investment we ever made"); not "the best use of
    our resources"."""
    for child in word.children:
        if child.dep_ != "prep" or child.lower_ not in ("in", "of", "among") or child.i < word.i:
            continue
        objects = [g for g in child.children if g.dep_ == "pobj"]
        if child.lower_ == "of":
            # "the strongest of all nations", "the finest of our schools"; not the idiom "the
            # best of times", "the best of intentions"
            objects = [
                g
                for g in objects
                if g.lower_ == "all" or any(c.dep_ in ("det", "poss", "predet") for c in g.children)
            ]
        if objects:
            return True
    while word.dep_ == "conj" and word.head.pos_ == "ADJ":
        word = word.head  # "the richest and strongest nation in the world": the first's noun
    if word.dep_ != "amod":
        return False
    noun = word.head
    while noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "the best quality health care in the world": the care
    if any(c.dep_ == "poss" and _listed(c, cues.whole_sets) for c in noun.children):
        return True  # "the world's best medical care": the whole it is best of owns it
    if any(c.dep_ == "relcl" and any(t.lower_ == "ever" for t in c.subtree) for c in noun.children):
        return True  # "the best investment we ever made": best of all that ever were
    # "offer the best care in the nation": the parse may hang the "in" on the verb, right after
    holders = [noun, *([noun.head] if noun.dep_ in ("dobj", "attr") else [])]
    return any(
        child.dep_ == "prep"
        and child.lower_ in ("in", "on")  # "in the world", "on Earth"
        and child.i > noun.i
        and (holder == noun or child.i == noun.right_edge.i + 1)
        and any(g.dep_ == "pobj" and _listed(g, cues.whole_sets) for g in child.children)
        for holder in holders
        for child in holder.children
    )


def _listed(token: Token, words: frozenset[str]) -> bool:
    """Is the word in a cue list, as written or as its lemma ("fairer" by "fair")? A plural noun
    is also looked up by its regular singular, where the lemmatiser read another word ("taxes"
    lemmatised "taxis")."""
    if token.lower_ in words or token.lemma_.lower() in words:
        return True
    if token.tag_ not in ("NNS", "NNPS"):
        return False
    lower = token.lower_
    return any(lower.endswith(end) and lower[: -len(end)] in words for end in ("es", "s"))


def _in_hyphenated_word(token: Token) -> bool:
    """ "wide" in "nation-wide": a piece of a word the tokenizer split at its hyphen."""
    doc = token.doc
    before = token.i > 0 and doc[token.i - 1].text == "-"
    after = token.i + 1 < len(doc) and doc[token.i + 1].text == "-"
    return before or after


def _by_how_much(span: Span, frame: Frame | None) -> Ask | None:
    """ "We will reduce waiting times significantly": an adverb of amount on the clause's verb
    asks by how much the verb's act goes ("By how much will you reduce the waiting times?");
    None when the clause cannot be worded back."""
    root = span.root
    if root.pos_ != "ADV" or root.dep_ != "advmod" or root.head.pos_ != "VERB":
        return None
    if frame is None or root.head.lemma_.lower() != frame.lemma.split(" ")[0]:
        return None
    worded = _core(frame)
    if worded is None:
        return None
    core, statement = worded
    return Ask(f"By how much {core}?", f"Say by how much {statement}", "term")


def _short_target(noun: Token) -> str:
    """ "on the economy" after "a strong effect": a short phrase of the noun's that says what
    it bears on, with a space before it; "" when there is none or it is long."""
    for child in noun.rights:
        if child.dep_ != "prep" or child.lower_ not in ("on", "upon", "in"):
            continue
        words = list(child.subtree)
        if len(words) <= 4 and all(t.is_alpha and not _is_pronoun(t) for t in words):
            return " " + " ".join(_second_person(t) if t.i else t.text for t in words).lower()
    return ""


# The longest "of" phrase said back after the noun it completes: "of your Union".
MAX_OF_COMPLEMENT = 4


def _of_complement(noun: Token, span: Span) -> str:
    """ "of our Union" after "the state": the short "of" phrase right after the noun that says
    which one it is, with a space before it, the writer's "our" said "your"; "" when there is none,
    it is long, or it holds the vague words or a pronoun standing for a thing."""
    after = noun.i + 1
    if after >= len(noun.doc) or noun.doc[after].lower_ != "of" or noun.doc[after].head != noun:
        return ""
    preposition = noun.doc[after]
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    words = list(preposition.subtree)
    if (
        not objects
        or objects[0].pos_ not in ("NOUN", "PROPN")
        or len(words) > MAX_OF_COMPLEMENT
        or any(span.start <= t.i < span.end for t in words)
        or not all(t.is_alpha for t in words)
        or any(_is_pronoun(t) and t.tag_ != "PRP$" for t in words)
    ):
        return ""
    return " " + " ".join(t.text if t.pos_ == "PROPN" else _second_person(t).lower() for t in words)


def _definite_set(span: Span, noun: Token) -> str | None:
    """ "many of these proposals", "some of our schools": a vague share of a set the text has
    named (a demonstrative, "the" or a possessive on it), said back as "these proposals", "your
    schools"; None otherwise."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.i not in range(span.start, span.end):
        return None
    marker = next((c for c in noun.children if c.dep_ in ("det", "poss")), None)
    if marker is None or marker.lower_ not in ("these", "those", "this", "the", "our", "your"):
        return None
    return f"{_second_person(marker).lower()} {_described_noun(noun, span)}"


def _in_text_order(noun: Token, span: Span, said: str, described: str) -> str:
    """The quality word said among the noun's other describing words in the text's order: "a
    clear, comprehensive energy policy" -> "clear comprehensive energy policy" (not
    "comprehensive clear ..."). ``described``: the noun as ``_described_noun`` says it, which
    opens with the describing words that come before the vague words."""
    before = [t for t in _describing(noun, span) if t.i < span.start]
    if not before or noun.pos_ == "PROPN" or span.start > noun.i:
        return f"{said} {described}"
    words = " ".join(t.lower_ for t in before)
    return f"{words} {said} {described[len(words) + 1 :]}"


def _describing(noun: Token, span: Span) -> list[Token]:
    """The plain adjectives that describe the noun, outside the vague words (see
    ``_described_noun``)."""
    return [
        t
        for t in noun.lefts
        if t.dep_ == "amod"
        and t.is_alpha
        and not _in_hyphenated_word(t)
        and t.tag_ in ("JJ", "JJR")
        and t.lower_ not in ("more", "less")
        and not span.start <= t.i < span.end
        and not any(c.dep_ == "conj" for c in t.children)
        # "Where necessary, appropriate adjustments": an adjective with a "where", "if" or
        # "when" of its own is a clause without a verb, misread as describing the noun
        and not any(c.dep_ in ("advmod", "mark") and c.tag_ in ("WRB", "IN") for c in t.children)
    ]


def _described_noun(noun: Token, span: Span) -> str:
    """The noun with its compounds and the plain adjectives that describe it, without the vague
    words: "medical care" in "adequate medical care", "older policies"."""
    described = _describing(noun, span)
    bare = _bare_noun(noun, span)
    if not described or noun.pos_ == "PROPN":
        return bare
    return f"{' '.join(_cased(t, t.text) for t in described)} {bare}"


# Pronouns that stand for several things: "plenty of them" asks how many.
PLURAL_PRONOUNS = frozenset({"them", "those", "these", "us", "you", "they", "we"})


def _counted_pronoun(span: Span) -> Token | None:
    """The pronoun a measure phrase counts: "plenty of them" -> them; None otherwise."""
    last = span[-1]
    if last.lower_ != "of":
        return None
    objects = [c for c in last.children if c.dep_ == "pobj"]
    return objects[0] if objects and _is_pronoun(objects[0]) else None


def _more_adjective_noun(span: Span) -> tuple[Token, Token] | None:
    """ "more skilled workers", "more liberal tax treatment": a comparative quantity word right
    before an adjective that describes the noun after it, whichever of the two the parse hung
    the quantity word on. Returns (adjective, noun), or None."""
    root = span.root
    if len(span) != 1 or root.lower_ not in ("more", "fewer", "less"):
        return None
    if span.end >= len(span.doc):
        return None
    adjective = span.doc[span.end]
    if adjective.tag_ not in ("JJ", "VBN") or adjective.dep_ != "amod":
        return None
    noun = adjective.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i <= adjective.i:
        return None
    if root.head.i not in (adjective.i, noun.i):
        return None
    return adjective, noun


# The rules under which no date fits an act, nor the outcome it aims at: an exhortation, a thing
# forbidden, a stance held for good, a standard, a capacity, a posture going on, an act on a
# condition (vaguewords/questions/frame.py).
ENDLESS_RULES = frozenset(
    {
        EXHORTATION_RULE,
        PROHIBITION_RULE,
        STANDING_ADVERB_RULE,
        STANDARD_RULE,
        MANNER_STANDARD_RULE,
        CAPACITY_RULE,
        ONGOING_RULE,
        CONTINUED_RULE,
        CONDITION_RULE,
        STRUGGLE_RULE,
    }
)


def _outcome_question(
    span: Span, frame: Frame | None, slots: tuple[Slot, ...], cues: Cues
) -> Ask | None:
    """When the soft commitment is the clause's own verb ("seeking a fair settlement", "a panel
    to explore the costs"), asking whether the seeking or exploring will happen repeats the
    sentence: ask what will be decided (``deliberation_verbs``) or whether the thing will be
    achieved (``striving_verbs``), and by when, unless the when is taken as answered ("let us
    seek peace": no date fits an exhortation)."""
    if frame is None or frame.tense not in ("future", "present"):
        return None
    thing = frame.object if frame.object is not None else _object_after_but(span.root)
    verbs = {t.lemma_.lower() for t in span if t.pos_ == "VERB"}
    lemma = frame.lemma.split(" ")[0]
    if lemma not in verbs:
        return None
    deliberation = frame.lemma in cues.deliberation_verbs or lemma in cues.deliberation_verbs
    if thing is None and not (deliberation and frame.passive):
        return None
    actor = frame.actor if frame.actor is not None and frame.actor != frame.object else None
    if thing is None:
        # "These will be explored further": what is explored cannot be said (a pronoun), what
        # is open can: the decision
        worded = ("What will be decided", "Say what will be decided")
    elif deliberation:
        worded = (
            (
                f"What will {actor} decide about {thing}",
                f"Say what {actor} will decide about {thing}",
            )
            if actor is not None and not frame.passive
            else (f"What will be decided about {thing}", f"Say what will be decided about {thing}")
        )
    elif frame.lemma in cues.striving_verbs or lemma in cues.striving_verbs:
        worded = (
            (f"Will {actor} actually achieve {thing}", f"Say whether {actor} will achieve {thing}")
            if actor is not None and not frame.passive
            else (f"Will {thing} actually be achieved", f"Say whether {thing} will be achieved")
        )
    else:
        return None
    question, instruction = worded
    # the outcome is not dated by the time of the seeking or the weighing ("we will seek a treaty
    # this year", "is now exploring ways"); it is left undated only where no date fits at all
    # ("let us seek peace": ``ENDLESS_RULES``)
    if not _when_open(slots) and slots[2].rule in ENDLESS_RULES:
        return Ask(f"{question}?", instruction, "term", covers=("when",))
    return Ask(f"{question}, and by when?", f"{instruction}, and by when", "term", covers=("when",))


def _object_after_but(verb: Token) -> str | None:
    """ "we seek not the victory of one nation but a victory of man": the negated object gives
    way to the one joined to it by "but" (rule aim_act, for an object); None otherwise."""
    negated = next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj" and any(g.dep_ == "neg" and g.i < c.i for g in c.children)
        ),
        None,
    )
    if negated is None:
        return None
    joined = next((c for c in negated.children if c.dep_ == "conj" and c.pos_ == "NOUN"), None)
    return noun_phrase(joined) if joined is not None else None


def _verb_above(token: Token) -> Token:
    """The nearest verb at or above ``token``'s head (at most eight steps up), or where the walk
    stopped: the root, or the eighth head."""
    verb = token.head
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb


def _when_open(slots: tuple[Slot, ...]) -> bool:
    """Is the when of the finding still open (no slots judged counts as open)?"""
    return not slots or len(slots) < 3 or not slots[2].present


def _clause_actor_named(participle: Token) -> bool:
    """Does the clause a participle hangs in ("we will submit a plan tailored to ...") have a
    subject that acts on the thing described (not the thing itself: "a plan tailored to ...
    will help")?"""
    verb = _verb_above(participle)
    subject = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    if subject is None or subject.dep_ != "nsubj":
        return False
    return subject.i != participle.head.i and subject.pos_ in ("PRON", "NOUN", "PROPN")


def _agent_named(noun: Token) -> bool:
    """ "management by the States": the noun of an act names who does it with "by" right after
    it (wherever the parse hung the "by")."""
    if noun.pos_ != "NOUN" or noun.i + 1 >= len(noun.doc):
        return False
    after = noun.doc[noun.i + 1]
    return after.lower_ == "by" and any(
        g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in after.children
    )


def _in_past_clause(token: Token) -> bool:
    """Is ``token`` in a clause told in the past ("our efforts were directed", "we have made
    efforts")? The nearest verb above it decides: a past tense, or "have" with a participle."""
    verb = _verb_above(token)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    for _ in range(4):
        # "has helped to stimulate new efforts": an infinitive is told in its governing verb's
        # tense (rule undated_effort)
        # ("directed every department to step up its efforts": the act is the department's, to
        # come)
        above = verb.head
        told = verb.dep_ == "xcomp" and above.pos_ in ("VERB", "AUX")
        told = told and not any(c.dep_ == "dobj" for c in above.children)
        if not told or not any(c.lower_ == "to" for c in auxiliaries):
            break
        verb = verb.head
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return _told_past(verb)


def _size_or_rank(root: Token, term: str, words: str, cues: Cues) -> Ask | None:
    """A word of rank or size before a plural noun, which is no count: "the major European
    nations" asks which count as major (rule rank_word); "substantial new commitments" how large
    they are, "greater opportunities" by what measure and by how much (rule size_word)."""
    if _listed(root, cues.rank_words):
        # "would": the small model reads a plural right after "Which" as a verb when a bare
        # verb follows ("Which initiatives count ...": two finite verbs to the validator)
        question = f"Which {words} would count as {term}, exactly?"
        instruction, rule = f"Name the {words} that would count as {term}", RANK_RULE
    elif _listed(root, cues.size_words) and root.tag_ == "JJR":
        question = f"{_capitalised(term)} by what measure, and by how much?"
        instruction = f"Say by what measure the {words} are {term}, and by how much"
        rule = SIZE_RULE
    elif _listed(root, cues.size_words):
        question = f"How large are the {words}, exactly?"
        instruction, rule = f"Give a figure for the {words} instead of {term}", SIZE_RULE
    else:
        return None
    return Ask(question, instruction, "term", rule=rule)


def _size_of_one(
    span: Span, noun: Token, article: Token | None, words: str, term: str, cues: Cues
) -> Ask | None:
    """A word of size or of adding before one thing, said in the singular: "a massive attack"
    asks how large an attack (rule size_word); "considerable carryover", "additional homework"
    how much of it (rules size_word, added_amount), not "Massive by what measure, exactly?".
    None for another word ("a major instrument": which, by what measure), a plural, a noun with
    a determiner other than "a" ("the massive economic task") or words of its own before it."""
    root = span.root
    if len(span) != 1 or root.pos_ != "ADJ" or root.tag_ != "JJ" or noun.tag_ != "NN":
        return None
    if root.dep_ != "amod" or root.head.i != noun.i:
        return None
    if any(c.dep_ in ("poss", "nummod") for c in noun.children):
        return None
    sized = _listed(root, cues.size_words)
    added = _listed(root, cues.counted_words) and root.lower_ not in COMPARATIVE_COUNT_WORDS
    if article is not None and article.lower_ in ("a", "an") and sized:
        return Ask(
            f"How large {indefinite_article(words)} {words}, exactly?",
            f"Give the size of the {words} instead of {term}",
            "term",
            rule=SIZE_RULE,
        )
    if article is not None or not (sized or added):
        return None
    said = words if sized else f"{term} {words}"
    return Ask(
        f"How much {said}, exactly?",
        f"Give a figure for the {words} instead of {term}",
        "term",
        rule=SIZE_RULE if sized else ADDED_AMOUNT_RULE,
    )


# Words of adding that compare and have questions of their own ("more", "greater": by how much;
# "other": which ones).
COMPARATIVE_COUNT_WORDS = frozenset({"more", "greater", "other"})


def _simile(word: Token) -> bool:
    """ "as robust as the American experience": the quality is said by a comparison."""
    before = any(c.dep_ == "advmod" and c.lower_ == "as" and c.i < word.i for c in word.children)
    after = any(c.dep_ == "prep" and c.lower_ == "as" and c.i > word.i for c in word.children)
    return before and after


def _manner_adverb(word: Token) -> Token | None:
    """ "fiscally responsible", "environmentally sound": an adverb in -ly right before the
    adjective that says in which respect; None otherwise (and for "more", "very")."""
    if word.pos_ != "ADJ" or word.i == 0:
        return None
    before = word.doc[word.i - 1]
    if before.head.i != word.i or before.dep_ != "advmod" or not before.lower_.endswith("ly"):
        return None
    return before if before.lower_ not in ("only", "really", "fully", "truly") else None


def _as_possible(span: Span, cues: Cues) -> Ask | None:
    """ "as many of the complaints as possible", "as much money as we can": a pledge of the
    most that can be done has no number to give; ask which of a named set, or what number is
    the aim (rule as_possible). None when the words are not such a pledge."""
    root = span.root
    doc = span.doc
    if root.lower_ not in ("many", "much") or span.start == 0:
        return None
    if doc[span.start - 1].lower_ != "as":
        return None
    sentence_end = root.sent.end
    after = [t for t in doc[span.end : sentence_end] if t.lower_ == "as"]
    if not after:
        return None
    following = doc[after[0].i + 1 : min(after[0].i + 3, sentence_end)]
    if not following or not (
        following[0].lower_ in ("possible", "practicable", "feasible")
        or (len(following) > 1 and following[1].lemma_.lower() in ("can", "be"))
    ):
        return None
    of_objects = [
        g for c in root.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
    ]
    if of_objects and not _is_pronoun(of_objects[0]):
        named = _definite_set(span, of_objects[0])
        if named is not None:
            return Ask(
                f"Which of {named}, exactly?",
                f"Name which of {named}",
                "term",
                rule=AS_POSSIBLE_RULE,
            )
    noun = root.head if root.dep_ == "amod" and root.head.pos_ == "NOUN" else None
    measure = "number" if root.lower_ == "many" else "amount"
    if noun is not None:
        words = _bare_noun(noun, span)
        return Ask(
            f"What {measure} of {words} is the aim, exactly?",
            f"Give the {measure} of {words} aimed at",
            "term",
            rule=AS_POSSIBLE_RULE,
        )
    return Ask(
        f"What {measure} is the aim, exactly?",
        f"Give the {measure} aimed at",
        "term",
        rule=AS_POSSIBLE_RULE,
    )


def _act_phrase(verb: Token) -> str | None:
    """The act a verb names, as a question can say it after "to": "enlist the required number
    of young men", "reopen the library", "adapt"; None when its object cannot be said."""
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return None
    return _own_act_phrase(verb)


def _own_act_phrase(verb: Token) -> str | None:
    """The act of ``verb`` as said after "to", whatever negates it (``_act_phrase``)."""
    said, target = said_verb_and_target(verb, frozenset())
    if any(c.dep_ in ("ccomp", "xcomp", "oprd", "acomp", "dative") for c in verb.children):
        return None  # "keep the pool open": the verb alone is not the act
    if target is None:
        return None  # "as good as we can hope to obtain": the verb alone may lack its object
    thing = noun_phrase(target, definite=False)
    if thing is None or thing == "you":
        return None
    return f"{said} {thing}"


def _purpose_of(noun: Token) -> Token | None:
    """The verb an effort is made for: "every effort to reopen the library" (the noun's own
    infinitive), "Every effort will be made to enlist ..." (the infinitive on the verb), "spare
    no effort in seeking to promote ..." (a gerund after "in", and the act it seeks)."""
    for holder in (noun, noun.head):
        for child in holder.children:
            clause = child.dep_ in ("acl", "relcl", "advcl", "xcomp") and child.pos_ == "VERB"
            if clause and has_own_to(child):
                return _sought(child)
            if child.dep_ == "prep" and child.lower_ == "in" and child.i > noun.i:
                gerund = next((g for g in child.children if g.dep_ == "pcomp"), None)
                if gerund is not None and gerund.tag_ == "VBG":
                    return _sought(gerund)
    return None


def _sought(verb: Token) -> Token:
    """ "seeking to promote a fair solution": the act sought, not the seeking (cue list
    ``striving_verbs``)."""
    inner = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    striving = default_cues().striving_verbs
    if inner is not None and (verb.lemma_.lower() in striving or verb.lemma_.lower() == "try"):
        return inner
    return verb


UNDATED_RULE = "undated_effort"  # "Which efforts, exactly?" ("your efforts will come to nothing")


CONTENTS_RULE = "contents_open"  # "What would the moral and legal framework include, exactly?"


def _described_whole(span: Span) -> str | None:
    """ "the moral and legal framework for the world", "a new framework": a singular process noun
    the sentence already describes (an adjective of its own outside the finding), said back with
    its adjectives; None for a bare noun ("a framework") or a plural ("initiatives": which ones
    is still open)."""
    noun = span.root
    if noun.tag_ != "NN" or noun.pos_ != "NOUN":
        return None
    own = [c for c in noun.children if c.dep_ == "amod" and not span.start <= c.i < span.end]
    if not own:
        return None
    said = noun_phrase(noun, frozenset(), definite=True)
    if said is None or said == "you" or len(said.split()) > 8:
        return None
    return said


def _planned_noun_question(
    span: Span, frame: Frame | None, slots: tuple[Slot, ...], cues: Cues
) -> Ask | None:
    """ "Which proposals, exactly, and by what date?": a noun of a thing planned or striven for
    (a soft commitment's noun, or an effort noun of any kind), asked which, and by what date
    when a date can be asked of it; None when the finding is no noun."""
    root = span.root
    if not (root.pos_ == "NOUN" or (root.pos_ == "ADJ" and root.dep_ == "amod")):
        return None
    noun = root if root.pos_ == "NOUN" else root.head
    if noun.pos_ != "NOUN":
        return None
    words = _bare_noun(noun, span if noun is not root else span[:0])
    utmost = _utmost_effort(noun, frame, slots, cues)
    if utmost is not None:
        return utmost
    which = Ask(f"Which {words}, exactly?", f"Name the {words}", "term")
    if _in_past_clause(noun):
        # "we have directed our efforts to ...": a date for past efforts is beside the point;
        # which ones is not
        return which
    proposed = noun.head.lemma_.lower() in cues.proposal_verbs
    named = _named_effort(noun, span, slots, cues, proposed)
    if named is not None:
        return named
    if slots[2].present and not proposed:
        # "This week we begin anew our efforts": the date is in the sentence; which efforts is
        # what is open (rule date_given); but "Tonight I propose an effort" dates the proposing,
        # not the effort
        return which
    if not _dated_noun(noun, cues):
        # "your efforts will come to nothing", "they are efforts to resist ...": what the
        # efforts do, or what a thing is, is told; no date is promised (rule undated_effort)
        return Ask(which.question, which.instruction, "term", covers=("when",), rule=UNDATED_RULE)
    # "Name the effort, and give a date for it": "for each" only of several (rule one_thing)
    each = "each" if noun.tag_ == "NNS" else "it"
    return Ask(
        f"Which {words}, exactly, and by what date?",
        f"Name the {words}, and give a date for {each}",
        "term",
        covers=("when",),
    )


# After the thirteenth reading (issue 19): an effort the sentence names by its goal.
NAMED_EFFORT_RULE = "named_effort"  # "The renewed effort to check inflation: through what steps?"
# The words that may open an effort said back ("this effort to ..."); any other is said "the".
KEPT_DETERMINERS = frozenset({"this", "these", "that", "those"})
# Pronouns of others, which a goal said back at the head of a question leaves unresolved.
OTHERS_WORDS = frozenset({"their", "them", "its", "his", "her", "him", "they", "it"})
# The writer's own, said to the writer as "your" ("our efforts": "your efforts").
FIRST_PERSON_OWNERS = frozenset({"our", "my"})
# The most words of the act an effort is named by that a question repeats.
MAX_GOAL_WORDS = 12


def _named_effort(
    noun: Token, span: Span, slots: tuple[Slot, ...], cues: Cues, proposed: bool
) -> Ask | None:
    """ "renewed effort to check the inflation", "our efforts to overcome economic paralysis": an
    effort (cue list ``effort_nouns``) with an infinitive of its own names which effort by its
    goal; what is open is what it involves, and who makes it or by when when the sentence leaves
    that open: "The renewed effort to check the inflation: through what steps, and by whom?" (rule
    named_effort), not "Which renewed effort, exactly?". None for an effort named by no goal
    ("our efforts will continue"), one whose goal cannot be said in a few words, or a past one."""
    if not _listed(noun, cues.effort_nouns):
        return None
    goal = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.i > noun.i and has_own_to(c)
        ),
        None,
    )
    if goal is None:
        return None
    act = _act_phrase(_sought(goal))
    if act is None or len(act.split()) > MAX_GOAL_WORDS:
        return None
    if set(act.split()) & OTHERS_WORDS:
        return None  # "any effort to destroy their freedom": whose, the question cannot say
    marker = next((c for c in noun.children if c.dep_ in ("det", "poss") and c.i < noun.i), None)
    if marker is not None and marker.lower_ in FIRST_PERSON_OWNERS:
        opening = _second_person(marker)  # "our efforts": "your efforts"
    elif marker is not None and marker.dep_ == "poss":
        # "every department to step up its efforts to cut waste": an owner the question would
        # have to name; the clause's own questions ask it
        return None
    elif marker is not None and marker.lower_ in KEPT_DETERMINERS:
        opening = marker.lower_
    else:
        opening = "the"
    effort = f"{opening} {_described_noun(noun, span)} to {act}"
    asked = ["through what steps"]  # a how: the effort's means, asked as its steps
    covers = ["how"]
    if not slots[0].present and opening != "your":
        asked.append("by whom")  # "Most important of all is renewed effort to ...": whose
        covers.append("who")
    if (not slots[2].present or proposed) and _dated_noun(noun, cues):
        asked.append("by what date")
        covers.append("when")
    said = ", ".join(asked[:-1]) + f", and {asked[-1]}" if len(asked) > 1 else asked[0]
    if len(asked) == 1:
        said += ", exactly"
    involves = "involve" if noun.tag_ == "NNS" else "involves"
    told = [f"what steps {effort} {involves}"]
    told += ["who takes them"] if "who" in covers else []
    told += ["by what date"] if "when" in covers else []
    instruction = ", ".join(told[:-1]) + f", and {told[-1]}" if len(told) > 1 else told[0]
    return Ask(
        f"{_capitalised(effort)}: {said}?",
        f"Say {instruction}",
        "term",
        covers=tuple(covers),
        rule=NAMED_EFFORT_RULE,
    )


def _dated_noun(noun: Token, cues: Cues) -> bool:
    """Can a date be asked of a planned thing? Only where its clause promises or proposes it: a
    modal or "will" ("The council will continue its efforts"), a clause of its own that does
    ("the effort that must be made"), an infinitive ("asked every
    department to step up its efforts"), a verb of proposing ("I propose a new effort"), the
    writer's own present ("we pledge our efforts"). Not of one a copula says another thing is
    ("they are efforts to resist ..."), nor of the subject of its clause, whose doing or undergoing
    is told ("your efforts will come to nothing", "Government's efforts must be paralleled by
    ..."), nor one a clause only tells of ("a statute that curtails their efforts")."""
    promised = any(
        c.dep_ == "relcl" and any(a.tag_ == "MD" for a in c.children) for c in noun.children
    )
    if promised:
        return True  # "the total effort that must be made": its own clause promises it
    if noun.dep_ in ("attr", "nsubj", "nsubjpass"):
        return False
    verb = _verb_above(noun)
    if verb.pos_ not in ("VERB", "AUX"):
        return True  # a heading or a noun alone: nothing tells of it
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" or c.lower_ == "to" for c in auxiliaries):
        return True
    if verb.lemma_.lower() in cues.proposal_verbs or verb.tag_ == "VB":
        return True
    subject = subject_of(verb)
    # "we pledge our efforts", "we are developing proposals": the writer's own act, now
    return subject is not None and subject.lower_ in FIRST_PERSON and verb.tag_ in ("VBP", "VBG")


def _utmost_marked(noun: Token, cues: Cues) -> bool:
    """ "every effort", "our best efforts", "an all-out effort", "spare no effort": an effort
    pledged to the most (cue list ``utmost_words``)."""
    for child in noun.children:
        if child.dep_ in ("det", "amod", "predet") and _listed(child, cues.utmost_words):
            return True
    before = noun.doc[noun.left_edge.i : noun.i]
    if "all-out" in before.text.lower().replace(" ", ""):
        return True
    refused = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    return refused and noun.head.lemma_.lower() == "spare"  # "we shall spare no effort"


def _utmost_effort(
    noun: Token, frame: Frame | None, slots: tuple[Slot, ...], cues: Cues
) -> Ask | None:
    """ "every effort will be made to enlist ...", "our best efforts": a pledge of the most that
    can be done names no effort to count or list; what exactly will be done is open, and by
    when (rule utmost_effort). None for another effort ("the efforts of the council")."""
    if not _listed(noun, cues.effort_nouns):
        return None
    if not _utmost_marked(noun, cues):
        # "our effort to connect every classroom": teachers ask which effort, concretely (an
        # effort named only by its purpose kept "Which efforts ...?": the blind gold questions
        # ask it)
        return None
    return _what_exactly_done(noun, _purpose_of(noun), frame, slots)


# Pronouns that pledge the whole of what can be done: "do everything we can", "all we can".
PLEDGE_PRONOUNS = frozenset({"everything", "all", "what", "whatever"})


def _pledge_question(span: Span, frame: Frame | None, slots: tuple[Slot, ...]) -> Ask | None:
    """ "we must do everything we can to keep the rate down", "do all we can", "do what we can"
    (#21): like "every effort", a pledge of the most that can be done names no act, so it asks
    what exactly will be done to that end, and by when (rule utmost_effort). None for words that
    pledge nothing."""
    pledge = next((t for t in span if t.lower_ in PLEDGE_PRONOUNS and t.pos_ == "PRON"), None)
    if pledge is None:
        return None
    done = next((t for t in (pledge.head, pledge.head.head) if t.lemma_.lower() == "do"), None)
    if done is None:
        return None
    purpose = next(
        (
            _sought(c)
            for c in done.children
            if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and has_own_to(c)
        ),
        None,
    )
    return _what_exactly_done(pledge, purpose, frame, slots)


def _what_exactly_done(
    noun: Token, purpose: Token | None, frame: Frame | None, slots: tuple[Slot, ...]
) -> Ask:
    """ "What exactly will you do to keep down the rate, and by when?": the question of a pledge
    of the most that can be done (``noun``: the effort or the pledge), for the act it is made
    for (``purpose``)."""
    act = _act_phrase(purpose) if purpose is not None else None
    to = f" to {act}" if act is not None else ""
    when = ", and by when" if _when_open(slots) else ""
    actor = frame.actor if frame is not None and not frame.passive else None
    if actor is not None and frame is not None and frame.actor_head == noun.lemma_.lower():
        actor = None  # "The effort to meet the problems must go on": the effort does nothing
    if _in_past_clause(noun):
        question, instruction = f"What exactly was done{to}", f"Say what exactly was done{to}"
        when = ""
    elif actor is not None:
        question = f"What exactly will {actor} do{to}"
        instruction = f"Say what exactly {actor} will do{to}"
    else:
        question, instruction = (
            f"What exactly will be done{to}",
            f"Say what exactly will be done{to}",
        )
    covers = ("how", "when") if when else ("how",)
    return Ask(
        f"{question}{when}?", f"{instruction}{when}", "term", covers=covers, rule=UTMOST_EFFORT_RULE
    )


# The who slot handed to the frame of a hoped-for clause: its own subject, if any, is the actor.
_UNJUDGED = Slot("who", False, None, None, None, "", "")


def _hoped_clause_question(span: Span, cues: Cues) -> Ask | None:
    """ "I trust that progress toward statehood can be made this Session", "we hope that the
    library will reopen": a soft verb with a that-clause asks whether the hoped-for thing will
    actually happen ("Will progress toward statehood actually be made this Session?", rule
    aim_act), not whether "trust" is a firm promise. None when the clause cannot be worded."""
    verb = span.root
    if verb.pos_ != "VERB" or verb.tag_ in ("VBD", "VBN"):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    clause = next(
        (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None
    )
    if clause is None or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    hoped = build_frame(clause, frozenset(), _UNJUDGED, cues=cues)
    if hoped is None or hoped.negated or (hoped.trailing and not hoped.passive):
        return None  # "the plan will work": an act without its object or words says nothing
    complement = f" {hoped.complement}" if hoped.complement else ""
    if hoped.passive and hoped.object not in (None, "you") and hoped.participle is not None:
        said = f"{hoped.object} actually be {hoped.participle}{complement}"
        statement = f"{hoped.object} will be {hoped.participle}{complement}"
    elif (
        not hoped.passive
        and hoped.actor is not None
        and hoped.object is not None
        and hoped.object != hoped.actor
    ):
        said = f"{hoped.actor} actually {hoped.lemma} {hoped.object}{complement}"
        statement = f"{hoped.actor} will {hoped.lemma} {hoped.object}{complement}"
    else:
        return None
    return Ask(f"Will {said}?", f"Say whether {statement}", "term", rule=AIM_RULE)


# A readiness for whatever may come: "ready to meet any challenge" (rule standing_readiness).
STANDING_READINESS_RULE = "standing_readiness"
# the determiners of an act's object that make it whatever may come ("any challenge"; not "every
# American", all of a known set)
ANY_DETERMINERS = frozenset({"any", "whatever"})


def _readiness_question(
    span: Span, slots: tuple[Slot, ...], cues: Cues | None = None
) -> Ask | None:
    """ "we must be willing to look at new ideas", "the council is ready to open the hall": a
    word of readiness with an act of its own asks whether the act will happen, and by when
    (rule aim_act), not whether "willing" is a firm promise. A word of being able or ready (cue
    list ``capacity_words``) to act on whatever may come ("ready to meet *any* challenge", or
    ready *always*: cue list ``standing_adverbs``) is a state kept, with no date and no single act
    to promise: what it rests on is asked, "Ready with what, exactly, to meet any challenge?"
    (rule standing_readiness). None when the act cannot be said."""
    cues = cues if cues is not None else default_cues()
    word = span.root
    if word.pos_ != "ADJ" or word.dep_ not in ("acomp", "ROOT"):
        return None
    copula = word.head if word.dep_ == "acomp" else word
    if copula.tag_ in ("VBD", "VBN") or any(c.dep_ == "neg" for c in copula.children):
        return None  # "we were ready to ...": told; "we are not willing to ...": refused
    infinitive = next((c for c in word.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    subject = subject_of(copula)
    if infinitive is None or subject is None or subject.dep_ == "expl":
        return None
    actor = noun_phrase(subject)
    acts = [infinitive, *(g for g in infinitive.children if g.dep_ == "conj" and g.pos_ == "VERB")]
    worded = [a for a in (_act_phrase(act) for act in acts) if a is not None]
    if worded and word.lower_ in cues.capacity_words and _standing_readiness(copula, acts, cues):
        said = f"{word.lower_} to {worded[0]}"
        return Ask(
            f"{_capitalised(word.lower_)} with what, exactly, to {worded[0]}?",
            f"Say with what {actor or 'you'} will be {said}",
            "term",
            covers=("how", "when"),
            rule=STANDING_READINESS_RULE,
        )
    when = ", and by when" if _when_open(slots) else ""
    if actor is not None and not worded and _bare_act(infinitive):
        # "we're ready to act now": the act names nothing done; what the actor is ready to do is
        # what is open, not whether "ready" is a firm promise (rule bare_act)
        be = "are" if actor == "you" or _plural(subject) else "is"
        said = f"{be} {actor} {word.lower_} to do"
        return Ask(
            f"What exactly {said}{when}?",
            f"Say what exactly {actor} {be} {word.lower_} to do{when}",
            "term",
            covers=("how", "when") if when else ("how",),
            rule=BARE_ACT_RULE,
        )
    if actor is None or not worded:
        return None
    return Ask(
        f"Will {actor} actually {worded[0]}{when}?",
        f"Say whether {actor} will {worded[0]}{when}",
        "term",
        covers=("when",) if when else (),
        rule=AIM_RULE,
    )


def _standing_readiness(copula: Token, acts: list[Token], cues: Cues) -> bool:
    """Is the readiness of ``copula`` ("be ready to ...") held for whatever may come: an act on
    "any" thing ("meet any challenge", "respond to any crisis"; not "guarantee every American
    the same care"), or the readiness held always ("must always be ready": cue list
    ``standing_adverbs``)?"""
    if any(c.dep_ == "advmod" and c.lower_ in cues.standing_adverbs for c in copula.children):
        return True
    for act in acts:
        things = [c for c in act.children if c.dep_ == "dobj"]
        things += [
            g for c in act.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
        ]
        for thing in things:
            if any(d.dep_ == "det" and d.lower_ in ANY_DETERMINERS for d in thing.children):
                return True
    return False


def _request_aim(span: Span, frame: Frame | None, cues: Cues) -> Ask | None:
    """ "I also intend to ask the Congress to consider measures": the aim is to ask (cue list
    ``request_verbs``); what the Congress will do is not the writer's to promise, so the asking
    is what is asked: "Will you actually ask the Congress to consider the measures, and by
    when?" (rule request_aim). None when no request verb stands between the soft word and the
    act, or the asking cannot be said."""
    if frame is None:
        return None
    for asking in (t for t in span.root.children if t.dep_ == "xcomp" and t.pos_ == "VERB"):
        if asking.lemma_.lower() not in cues.request_verbs:
            continue
        acts = [c for c in asking.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        if not acts or acts[0].lemma_.lower() != frame.lemma.split(" ")[0]:
            continue
        asked = asked_of_others(asking, frame, frozenset())
        if asked is None:
            return None
        asker, said = asked
        return Ask(
            f"Will {asker} actually {said}, and by when?",
            f"Say whether {asker} will {said}, and by when",
            "term",
            covers=("when",),
            rule=REQUEST_AIM_RULE,
        )
    return None


def _hedge_question(span: Span, cues: Cues) -> Ask | None:
    """ "must be generally available", "depends largely on": a soft adverb that hedges how far
    the claim holds asks for the exceptions; one of likelihood ("probably", cue list
    ``likelihood_words``) asks how likely; "agreed in principle" what is still to be settled
    (rule hedge). Not "Generally: a firm promise,
    or only an intention?". None for other words ("in favour of" names what is favoured)."""
    root = span.root
    said = _capitalised(_term_words(span))
    if root.pos_ == "ADP" and span[-1].pos_ == "NOUN" and span[-1].dep_ == "pobj":
        if any(c.dep_ == "prep" for c in span[-1].children):
            return None  # "in favour of other people"
        # "agreed in principle": the details are what is left to agree
        question = f"{said}: what is still to be settled, exactly?"
        return Ask(question, "Say what is still to be settled", "term", rule=HEDGE_RULE)
    if root.pos_ != "ADV" or len(span) != 1:
        return None
    if _listed(root, cues.likelihood_words):
        return _how_likely(said, HEDGE_RULE)
    question = f"{said}: what are the exceptions, exactly?"
    return Ask(question, f"Name the exceptions instead of {said.lower()}", "term", rule=HEDGE_RULE)


def _told_aim(span: Span) -> Ask | None:
    """ "We have repeatedly sought passage of enterprise zones", "our nation has striven to live
    up to it": a soft verb told of the past asks what came of it, not whether it is a firm
    promise (rule told_aim). None for a verb not told in the past."""
    verb = span.root
    if verb.pos_ != "VERB":
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in auxiliaries):
        return None
    if any(c.lemma_ == "have" for c in auxiliaries):
        question = "What has been the outcome so far?"
    elif verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxiliaries):
        question = "What was the outcome, exactly?"
    else:
        return None
    return Ask(question, "Say what came of it", "term", rule=TOLD_AIM_RULE)


def _belief_question(span: Span) -> Ask | None:
    """ "I believe that all of us will respond to it", "We are confident that the Congress will
    act": the writer's belief in what will or should be done, where the clause cannot be said
    back, asks what the writer will do toward it (rule belief_act). None when the believer is not
    the writer or the clause promises nothing (no modal: "we believe that government has a
    purpose")."""
    for word in span:
        clause = next((c for c in word.children if c.dep_ == "ccomp"), None)
        if clause is None or word.pos_ not in ("VERB", "ADJ"):
            continue
        holder = word if word.pos_ == "VERB" else word.head
        subject = subject_of(holder)
        if subject is None or subject.lower_ not in ("i", "we"):
            return None
        if not has_modal(clause):
            return None
        return Ask(
            "What exactly will you do to that end?",
            "Say what exactly you will do to that end",
            "term",
            rule=BELIEF_RULE,
        )
    return None


def _refused_aim(verb: Token) -> Ask | None:
    """ "We do not intend to leave an open road for despotism": a soft verb that disclaims an
    act is weaker than "we will not"; what a reader asks is how the act will be kept from
    happening ("How exactly will you make sure not to leave an open road for despotism?", rule
    refused_aim). A verb refused under a modal, with no infinitive, is the act itself, a rule
    of conduct ("we must not stockpile arms or seek an excess of power": "make sure not to seek
    an excess of power"); "we do not seek material prosperity because ..." only disclaims a
    motive. None when the act or the actor cannot be said."""
    infinitive = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    ruled = verb.head if verb.dep_ == "conj" else verb
    modal = any(c.tag_ == "MD" for c in (*verb.children, *ruled.children))
    if (
        infinitive is None
        and modal
        and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
    ):
        infinitive = verb
    subject = subject_of(verb)
    if infinitive is None or subject is None or subject.dep_ == "expl":
        return None
    actor = noun_phrase(subject)
    act = _act_phrase(infinitive) if infinitive.i != verb.i else _own_act_phrase(verb)
    if actor is None or act is None:
        return None
    return Ask(
        f"How exactly will {actor} make sure not to {act}?",
        f"Say how exactly {actor} will make sure not to {act}",
        "term",
        covers=("how",),
        rule=REFUSED_AIM_RULE,
    )


BARE_ACT_RULE = "bare_act"  # "What exactly are you ready to do?" ("we're ready to act now")
# ("seeking to weaken or subvert it": a verb joined to another shares its object)
# What a verb naming no thing done to may have: "act now", "assist in establishing ...".
BARE_ACT_DEPS = frozenset({"aux", "advmod", "prep", "npadvmod"})


def _bare_act(verb: Token) -> bool:
    """Does the verb name an act with no thing done to ("act", "assist in establishing ...",
    "help"), whose bare lemma can be said after "to"? Not a verb whose object or clause the parse
    holds ("obtain" in "as good as we can hope to obtain" has lost its object: its lemma alone
    misleads), nor a copula."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in ("be", "do", "have", "get", "make"):
        return False
    if any(c.dep_ not in BARE_ACT_DEPS for c in verb.children):
        return False
    # "as good as we can hope to obtain": a clause of comparison or condition holds the object
    above = verb.head
    return not any(c.dep_ == "mark" for c in (*verb.children, *above.children))


def _aim_question(span: Span, frame: Frame | None, slots: tuple[Slot, ...]) -> Ask | None:
    """ "we seek not to stifle change, but to influence its course": a soft commitment verb
    with an infinitive of its own asks how exactly the aimed-at act will be done, and by when
    (rule aim_act), not whether the verb "seek" is a firm promise; a negated infinitive gives
    way to the one joined to it by "but". None when the act cannot be said."""
    verb = span.root
    if verb.pos_ != "VERB" or verb.tag_ in ("VBD", "VBN"):
        return None  # "we sought to ...": told, not aimed at
    if refused_act(verb):
        return _refused_aim(verb)
    infinitives = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    if not infinitives:
        return None
    subject = subject_of(verb)
    if subject is None or subject.dep_ == "expl":
        return None
    actor = noun_phrase(subject)
    if actor is None:
        return None
    joined = (g for c in infinitives for g in c.children if g.dep_ == "conj" and g.pos_ == "VERB")
    acts = [a for a in (*infinitives, *joined) if not any(c.dep_ == "neg" for c in a.children)]
    act = _act_phrase(acts[0]) if acts else None
    when = ", and by when" if _when_open(slots) else ""
    covers = ("how", "when") if when else ("how",)
    refused = any(any(c.dep_ == "neg" for c in i.children) for i in infinitives)
    if act is None and not refused and acts and _bare_act(acts[0]):
        # "we hope to assist in establishing a climate ...": the verb names no thing done to; what
        # the actor will do to that end is open, not whether "hope" is a firm promise (rule
        # bare_act)
        return Ask(
            f"What exactly will {actor} do to that end{when}?",
            f"Say what exactly {actor} will do to that end{when}",
            "term",
            covers=covers,
            rule=BARE_ACT_RULE,
        )
    if act is None and not refused:
        return None  # an act that cannot be said: the kind's plain question
    if act is None:
        # "we seek not to extend the power of America but the progress of humanity": what the
        # aim will be turned into is what a reader asks
        return Ask(
            f"What exactly will {actor} do{when}?",
            f"Say what exactly {actor} will do{when}",
            "term",
            covers=covers,
            rule=AIM_RULE,
        )
    return Ask(
        f"How exactly will {actor} {act}{when}?",
        f"Say how exactly {actor} will {act}{when}",
        "term",
        covers=covers,
        rule=AIM_RULE,
    )
