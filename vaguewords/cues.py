"""The word lists the who / how / when rules consult ("cue lists"), as data: ``lexicons/cues/*.csv``.

Each list is one CSV file (UTF-8), named after the list, that opens in any spreadsheet:

    # Sources of money: "from the school's sports budget" says how it is paid for (how: ...).
    word
    allocation
    bond

Line 1 is the description: what the list is for, after a ``#``. Line 2 is the header: a ``word``
column, and optional ``kind`` and ``notes`` columns the rules do not read. Then one word or
phrase per row, compared in lower case with single spaces. Every row is checked when the list is
loaded (by ``vaguewords.lexicon``, which knows where the files are), and a bad one raises
:class:`~vaguewords.errors.LexiconError` naming the file and the line.

The shipped lists are loaded once per process (``default_cues``). A folder of the user's own
lists (``load_cues(overrides=[folder])``, ``vaguewords check --cues FOLDER``) replaces a shipped
list by a file of the same name; lists it has no file for stay as shipped; a file that names no
list is refused (a typo would otherwise be ignored in silence).

To add a list: write ``lexicons/cues/NAME.csv`` and add the line ``NAME: frozenset[str]`` to
:class:`Cues`; the rules read it as ``context.cues.NAME``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields


@dataclass(frozen=True, eq=False)
class Cues:
    """Every cue list, one field per file ``lexicons/cues/<field>.csv``.

    A field typed ``tuple[str, ...]`` is loaded as a sorted tuple (for ``str.endswith``); every
    other field as a frozenset."""

    # --- who: lexicons/cues/ and vaguewords/slots/who.py, parse.py
    actor_nouns: frozenset[str]
    recipient_verbs: frozenset[str]
    personal_pronouns: frozenset[str]
    indefinite_pronouns: frozenset[str]
    indefinite_determiners: frozenset[str]
    group_count_heads: frozenset[str]
    group_share_heads: frozenset[str]
    person_suffixes: tuple[str, ...]
    not_person_words: frozenset[str]
    agreement_nouns: frozenset[str]
    act_or_body_nouns: frozenset[str]
    # --- how: vaguewords/slots/how.py, amounts.py, manner.py
    funding_nouns: frozenset[str]
    legal_nouns: frozenset[str]
    enforcement_nouns: frozenset[str]
    vehicle_nouns: frozenset[str]
    not_instrument_nouns: frozenset[str]
    with_complement_verbs: frozenset[str]
    not_means_nouns: frozenset[str]
    not_means_verbs: frozenset[str]
    measure_nouns: frozenset[str]
    measure_prepositions: frozenset[str]
    measure_verbs: frozenset[str]
    medium_nouns: frozenset[str]
    incident_nouns: frozenset[str]
    manner_adverbs: frozenset[str]
    not_manner_adverbs: frozenset[str]
    # also commitments.py: a point of a plan that lists an act (listed_act)
    ordinal_words: frozenset[str]
    # --- when: vaguewords/slots/when.py
    time_nouns: frozenset[str]
    time_adverbs: frozenset[str]
    frequency_words: frozenset[str]
    vague_time_words: frozenset[str]
    deadline_prepositions: frozenset[str]
    event_prepositions: frozenset[str]
    event_nouns: frozenset[str]
    relative_time_adverbs: frozenset[str]
    relative_time_nouns: frozenset[str]
    temporal_markers: frozenset[str]
    year_prepositions: frozenset[str]
    comment_verbs: frozenset[str]
    # --- is a candidate a finding in its sentence: vaguewords/context.py
    commitment_modals: frozenset[str]
    possibility_modals: frozenset[str]
    conditional_modals: frozenset[str]
    commitment_verbs: frozenset[str]
    plan_words: frozenset[str]
    speech_verbs: frozenset[str]
    consult_verbs: frozenset[str]
    plan_nouns: frozenset[str]
    product_nouns: frozenset[str]
    mention_nouns: frozenset[str]
    deeming_verbs: frozenset[str]
    evidence_nouns: frozenset[str]
    literal_objects: frozenset[str]
    described_people: frozenset[str]
    background_marks: frozenset[str]
    natural_forces: frozenset[str]
    counted_words: frozenset[str]
    predicative_senses: frozenset[str]
    past_periods: frozenset[str]
    purpose_nouns: frozenset[str]
    # --- unassigned commitments: vaguewords/commitments.py
    promise_modals: frozenset[str]
    promise_verbs: frozenset[str]
    proposal_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    obligation_verbs: frozenset[str]
    undertaking_nouns: frozenset[str]
    self_acting_nouns: frozenset[str]
    change_verbs: frozenset[str]
    state_participles: frozenset[str]
    likelihood_words: frozenset[str]
    requirement_modals: frozenset[str]
    expectation_modals: frozenset[str]
    ergative_verbs: frozenset[str]
    venue_nouns: frozenset[str]
    channel_prepositions: frozenset[str]
    remark_verbs: frozenset[str]
    need_verbs: frozenset[str]
    necessity_words: frozenset[str]
    effect_adjectives: frozenset[str]
    permission_verbs: frozenset[str]
    speaker_pronouns: frozenset[str]
    ensuring_words: frozenset[str]
    proposal_nouns: frozenset[str]
    # commitments.py: wishes, maxims, caused changes, contests, holders (issue 15)
    wish_words: frozenset[str]
    cause_words: frozenset[str]
    contest_nouns: frozenset[str]
    deciding_verbs: frozenset[str]
    virtue_nouns: frozenset[str]
    holding_nouns: frozenset[str]
    supply_nouns: frozenset[str]
    timeless_adverbs: frozenset[str]
    # commitments.py: a named actor's resolve, what a thing rests on (issue 15, round five)
    resolve_words: frozenset[str]
    foundation_participles: frozenset[str]
    # commitments.py: a passive before "to" that is itself the act (issue 15, round five's tune)
    raising_participles: frozenset[str]
    help_nouns: frozenset[str]
    ability_words: frozenset[str]
    facing_verbs: frozenset[str]
    not_act_nouns: frozenset[str]
    building_participles: frozenset[str]
    # commitments.py: clauses of time or purpose (issue 15, eighth session)
    subordinate_markers: frozenset[str]
    # commitments.py: a proposal turned down (issue 21, round nine)
    rejecting_verbs: frozenset[str]
    # commitments.py: an act carried on, not a change that happens (issue 15, round seven's tune)
    continuing_verbs: frozenset[str]
    # commitments.py: a state of mind urged, no act (issue 15, the eighth blind reading)
    thinking_verbs: frozenset[str]
    # commitments.py: a view some hold, reported (issue 15, round seven's tune)
    arguing_verbs: frozenset[str]
    # commitments.py: a doer named in a participle or relative phrase (issue 15, #15's tenth)
    doing_verbs: frozenset[str]
    giving_verbs: frozenset[str]
    # commitments.py: what is known is told as a fact (issue 15, round nine's tune, reading ten)
    knowing_verbs: frozenset[str]
    # commitments.py: a state a thing is promised to be kept in (issue 15, rounds eight and ten's tune)
    kept_state_words: frozenset[str]
    # commitments.py: what a pointing subject says will come about (issue 15, rounds six and nine's tune)
    coming_about_verbs: frozenset[str]
    # commitments.py: a power whose named owner turns it (issue 15, round twelve's tune, own contrast set)
    faculty_nouns: frozenset[str]
    directing_verbs: frozenset[str]
    # commitments.py: the speaker's own plan that gives, the speaker's country that will have
    # (issue 15, rounds eight and thirteen's tune, own contrast set); questions: pledge_kept
    speaker_possessives: frozenset[str]
    homeland_nouns: frozenset[str]
    # commitments.py: an act required as a duty nobody owns (issue 15, round four's tune, contrast)
    duty_nouns: frozenset[str]
    # --- questions: vaguewords/questions/
    state_verbs: frozenset[str]
    choosing_words: frozenset[str]
    object_control_verbs: frozenset[str]
    state_nouns: frozenset[str]
    frequency_terms: frozenset[str]
    horizon_terms: frozenset[str]
    amount_nouns: frozenset[str]
    deliberation_verbs: frozenset[str]
    striving_verbs: frozenset[str]
    resource_verbs: frozenset[str]
    resource_objects: frozenset[str]
    means_verbs: frozenset[str]
    judgement_words: frozenset[str]
    completeness_words: frozenset[str]
    degree_words: frozenset[str]
    mind_verbs: frozenset[str]
    light_verb_idioms: frozenset[str]
    standing_verbs: frozenset[str]
    stance_verbs: frozenset[str]
    standing_adverbs: frozenset[str]
    act_nouns: frozenset[str]
    # questions, issue 19 (sixth blind-reading round)
    size_words: frozenset[str]
    rank_words: frozenset[str]
    kind_nouns: frozenset[str]
    shared_state_nouns: frozenset[str]
    whole_sets: frozenset[str]
    request_verbs: frozenset[str]
    utmost_words: frozenset[str]
    effort_nouns: frozenset[str]
    capacity_words: frozenset[str]
    opportunity_nouns: frozenset[str]
    enabling_verbs: frozenset[str]
    # questions, issue 19 (eighth blind-reading round)
    means_nouns: frozenset[str]
    excess_words: frozenset[str]
    # questions, issue 19 (after the tenth blind reading)
    standard_words: frozenset[str]
    # questions, issue 19 (after the twelfth blind reading)
    adverbial_antecedents: frozenset[str]
    struggle_verbs: frozenset[str]
    # questions, issue 19 (after the thirteenth blind reading)
    level_words: frozenset[str]
    # questions, issue 19 (after the fourteenth blind reading)
    pledge_nouns: frozenset[str]
    bettering_verbs: frozenset[str]
    # --- context: vaguewords/context.py (plain_comparison)
    comparison_words: frozenset[str]
    universal_determiners: frozenset[str]
    whole_peoples: frozenset[str]
    # --- context: #21 round sixteen (belief_in_a_principle, literal_sense)
    norm_modals: frozenset[str]
    capacity_nouns: frozenset[str]
    # --- context: recall inside commitment frames (#21, fourth pass: promised_step)
    step_taking_verbs: frozenset[str]
    # --- the cheap stage: vaguewords/candidates.py
    money_words: frozenset[str]
    # Not a list: each list's description and the file it came from, for messages and docs.
    descriptions: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    origins: dict[str, str] = field(default_factory=dict, compare=False, repr=False)


def cue_list_names() -> tuple[str, ...]:
    """The names of the cue lists, which are also their file names without ``.csv``."""
    return tuple(f.name for f in fields(Cues) if f.name not in ("descriptions", "origins"))


def is_ordered(name: str) -> bool:
    """Is the list ``name`` a tuple (kept sorted) rather than a frozenset?"""
    return str(next(f.type for f in fields(Cues) if f.name == name)).startswith("tuple")
