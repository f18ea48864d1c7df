"""Promises that name no one: does this clause commit to an action, and is anyone named to carry
it out?

"Sanctions will be lifted." carries no vague word, yet it is the vaguest sentence of a plan: it
commits to an action and names nobody to take it. For every clause head of a parsed Doc,
:func:`judge_clause` decides, with the name of the rule that decided:

1. does the clause **commit**? A modal of promise or obligation ("will", "shall", "must",
   "should", "is going to": ``future_passive``, ``modal_obligation``; "would" only when reported
   or under a plan, "Under the agreement, prisoners would be exchanged"), "is to be"
   (``is_to_be``), a promise verb in the present passive ("is guaranteed", "it is agreed":
   ``agree_to``), "propose / it is vital that X be done" (``proposal_that``), "it will be
   necessary to ..." (``necessity``; also with a phrase before "to", "necessary by additional
   legislation to extend the Act"), "need / require" + a noun of action with a thing as subject
   ("programs all need constant reevaluation": ``needs_action``; a quality needed, "the road
   requires patience", is ``needed_quality``), or a present-tense clause in a
   plan's numbered point (``numbered_point``). A clause with none of these is
   ``past_narrative`` (past tense) or ``no_commitment_cue``; a question is ``question``; the "if"
   half of a condition is ``condition_if_half``, and a clause of time or purpose ("until peace
   is assured", "so that children will have access") is ``subordinate_clause``; a clause joined
   to another ("and that the deficit will be reduced") stands in the first one's frame; a clause
   opened by "when" under another
   ("when Ambassadors will be exchanged") is ``time_clause`` (or ``question``, "decide when it
   should be rebuilt"); "should / must have" looks back
   (``modal_perfect``); a hedge ("will probably be", "it is to be expected") forecasts
   (``forecast_of_likelihood``), and so does what is assumed or expected ("on the assumption
   that production will be expanded"); what a subject knows is told as a fact ("We know
   perfection will not be found here", ``known_fact``); an obligation denied ("One does not
   have to be attacked", ``no_need``) requires nothing; "do whatever must be done" names the
   governing verb's own act (``governing_act``); "it should be noted that" remarks (``remark_frame``); "will be
   seen as", "considered null and void" deem (``deemed``);
2. is **anyone named** to carry it out? The same who detector as every other finding
   (:func:`vaguewords.slots.slots_for`) decides. Not named: an agentless passive (the commitment's
   own rule; also a participle sharing it, "and its coordination assured", and a passive of
   permission, "The deficit must not be allowed to grow": who stops it?), a subject that only
   receives ("Ukraine will receive guarantees", ``recipient_subject``), a thing as subject
   (``thing_subject``: a plan or an undertaking, or any thing under "must / shall"), a place or
   service that undergoes an ergative verb ("The club will reopen", ``undergoer_subject``), a
   state required of a thing ("every school must be drug-free", ``required_state``), an
   undertaking, money or a required thing carried on ("These programs will continue in 1976",
   "that progress must continue": ``continued_act``). Named
   (``named_actor``, with the who rule in the reason; ``agent_phrase``; ``named_by_means``, "via
   the county's music service"; ``named_author``, "the proposals I send"; ``named_provider``, "receive from me") is not this
   kind of finding; neither is a forecast of things nobody decides ("Rain will spread",
   ``forecast_of_nature``; "Costs will rise", ``happens_by_itself``), an estimate ("the work should
   take three weeks", ``expectation``), a state rather than an action ("will be in the best
   interest", ``not_an_action``), a subject that points elsewhere ("This will help",
   ``unclear_subject``), a state of mind urged on a thing ("the world has to wonder",
   ``state_of_mind``), "get / have" that receive nothing (``not_receiving``), what the speaker
   will have, get or face ("Next year we will have a surplus", "We will face hard choices",
   ``forecast_of_having``), the speaker as subject of a passive ("We shall be judged by what we
   do", ``speaker_subject``), a clause a named actor sees to or vouches for ("The council will
   ensure that parents are informed", "I pledge that the money will be spent with care", "We
   are determined that control shall be maintained", ``named_guarantor``), a proposal put to a
   named body, which is asked to act ("I shall recommend to the Congress that the Chief Executive
   be given ...", ``named_addressee``), what a thing rests on
   ("Our foreign policy must be rooted in realism", ``standing_principle``), a
   wish ("letters they hope will never be sent", ``wish_frame``), a proposal turned down
   ("opposed the idea that Indians should be treated ...", ``opposed_proposal``), a maxim ("hope must be
   tempered with caution", ``maxim``), an effect with its cause given ("Because of the boom,
   the number of arrivals will be reduced", ``caused_change``), an outcome a contest decides
   ("will be decided in one game", ``decided_by_contest``), what a thing holds ("The bill will
   include reforms", ``describes_thing``), the speaker's own requirement ("We must have teachers
   of competence", ``speaker_obliged``; a supply, "we must have the tools", still asks who
   provides it), or a verb that is
   itself a vague term ("will be addressed", ``vague_verb``: that finding already asks). A thing
   due in someone's hands on a date ("will be in the hands of the leaders tomorrow") names who
   receives it, not who delivers it (``recipient_subject``). A passive before "to" is itself the
   act ("it should be forced to pay": who forces it?); an act arranged "from / by / through"
   something is promised (``arranged_act``); a change refused in something ("There will be no
   cut in bus routes") is promised; "will have to" foresees a need (``forecast_of_necessity``)
   unless it is a passive on no condition ("Some of our plans will have to be deferred");
   what comes to a subject is foreseen (``forecast_of_facing``); help from a named actor names
   who acts (``named_helper``); a passive joined to another with no "must be" of its own
   shares its "by" ("must be planned and carried out by the council": ``named_actor``); a
   participle or relative clause of doing on the clause, the thing promised, a channel or the
   form a thing is given in names who does the act ("will receive a survey, carried out by the
   estates team", "paid in notes issued by the Treasury": ``doer_in_phrase``; a funder, "a
   programme funded by the EU will be launched", is not the doer); a power of a named owner
   turned or spent by a passive ("The whole power ... of our Government should be focused":
   ``owned_faculty``) names its owner as who acts. The speaker's own plan or budget that gives
   ("Our plan will provide them") names nobody to give (``owned_plan_gives``); what the
   speaker's own country will have is a forecast (``forecast_of_having``); an act required as a
   duty nobody owns ("Repairing the roads must be the first task") is a finding
   (``duty_of_act``); "was going to" told in the past describes (``past_narrative``).

The cue words are lists in ``lexicons/cues/`` (``promise_modals``, ``promise_verbs``,
``proposal_verbs``, ``reporting_verbs``, ``obligation_verbs``, ``undertaking_nouns``,
``plan_nouns``, ``self_acting_nouns``, ``change_verbs``, ``state_participles``,
``likelihood_words``, ``requirement_modals``, ``expectation_modals``, ``ergative_verbs``,
``venue_nouns``, ``channel_prepositions``, ``remark_verbs``, ``need_verbs``, ``necessity_words``,
``deeming_verbs``, ``measure_verbs``, ``permission_verbs``, ``speaker_pronouns``,
``ensuring_words``, ``wish_words``, ``virtue_nouns``, ``cause_words``, ``contest_nouns``,
``deciding_verbs``, ``holding_nouns``, ``supply_nouns``, ``state_verbs``, ``timeless_adverbs``,
``resolve_words``, ``foundation_participles``, ``raising_participles``, ``help_nouns``,
``ability_words``, ``facing_verbs``, ``not_act_nouns``, ``building_participles``,
``subordinate_markers``, ``rejecting_verbs``, ``continuing_verbs``, ``thinking_verbs``,
``ordinal_words``, ``arguing_verbs``, ``doing_verbs``, ``giving_verbs``, ``knowing_verbs``,
``faculty_nouns``, ``directing_verbs``, ``speaker_possessives``, ``homeland_nouns``,
``duty_nouns``),
read as fields of :class:`vaguewords.cues.Cues` like every
other rule's lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from vaguewords.clauses import is_clause_head
from vaguewords.cues import Cues
from vaguewords.lexicon import default_cues
from vaguewords.model import UNASSIGNED_COMMITMENT, Slot
from vaguewords.slots import (
    ClauseContext,
    is_passive,
    judge_actor,
    slots_for,
    subject_of,
)
from vaguewords.slots.parse import has_modal, has_own_to
from vaguewords.slots.who import passive_agent

CATEGORY = UNASSIGNED_COMMITMENT
EXPLANATION = "Commits to an action without naming who will carry it out."

# Verdicts that make a finding, and the who rules that mean nobody is named.
COMMIT_RULES = frozenset(
    {"future_passive", "modal_obligation", "is_to_be", "agree_to", "numbered_point"}
)
UNASSIGNED_WHO_RULES = {
    "agentless_passive": None,  # the commitment rule stands (future_passive, is_to_be, ...)
    "recipient_subject": "recipient_subject",
    "not_an_actor": "thing_subject",
}
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
PAST_TAGS = frozenset({"VBD"})
FINITE_TAGS = PRESENT_TAGS | PAST_TAGS
CONDITION_MARKERS = frozenset({"if", "unless", "whether"})
CONDITION_PREPOSITIONS = frozenset({"without"})
# "1. ", "12) ", "(a) ", "iv. ": a plan's or an agreement's numbered point.
NUMBERED_POINT = re.compile(r"^\s*(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|\([ivx]{1,5}\)|[ivx]{1,5}\.)\s")
AUXILIARY_DEPS = frozenset({"aux", "auxpass", "neg"})
# "get this recession behind us", "get the deficit under control": the object is put somewhere.
RESULT_PREPOSITIONS = frozenset({"under", "behind", "into", "back", "out", "off", "over", "on"})
NOTHING = frozenset({"none", "nothing", "neither"})
# "No further funding will be required": the need is denied.
DENYING_DETERMINERS = frozenset({"no", "neither"})
GOING = "going"
# "when we feel it is necessary to ...", "an activity that requires personal information": in a
# clause of time, condition or description these only qualify; they require nothing.
MAIN_CLAUSE_DEPS = frozenset({"ROOT", "conj"})
# "will have been worked out" still promises; "should have been" looks back.
FUTURE_MODALS = frozenset({"will", "'ll", "wo", "shall", "sha"})
# A joined verb with one of these tags shares the first verb's modal ("will build ... and hire").
SHARING_TAGS = frozenset({"VB", "VBN"})


@dataclass(frozen=True)
class Verdict:
    """Whether the clause headed by ``head`` is an unassigned commitment, and the rule that
    decided. ``span`` (the commitment's verb phrase), ``verb`` (the verb whose action is
    promised) and ``slots`` are set when the clause commits."""

    commits: bool
    rule: str
    reason: str
    span: Span | None = None
    verb: Token | None = None
    slots: tuple[Slot, Slot, Slot] | None = None


def _not(rule: str, reason: str) -> Verdict:
    return Verdict(False, rule, reason)


def _nobody_verdict(
    rule: str,
    reason: str,
    cue_reason: str,
    span: Span,
    verb: Token,
    slots: tuple[Slot, Slot, Slot],
) -> Verdict:
    """A finding whose who slot is the rule's own "nobody is named" (``undergoer_subject``,
    ``continued_act``, ``referred_act``), on the verb the slots were read from."""
    who = _nobody(rule, reason)
    return Verdict(True, rule, f"{cue_reason}; {who.reason}", span, verb, (who, *slots[1:]))


def _auxiliaries(verb: Token) -> list[Token]:
    return [child for child in verb.children if child.dep_ in AUXILIARY_DEPS]


def _modal(verb: Token, cues: Cues) -> Token | None:
    for child in verb.children:
        if child.dep_ == "aux" and child.tag_ == "MD" and child.lower_ in cues.promise_modals:
            return child
        if (
            child.dep_ == "aux"
            and child.lower_ == "would"
            and verb.dep_ == "ccomp"
            and verb.head.lemma_.lower() in cues.reporting_verbs
            and is_passive(verb)
        ):
            return child  # "it was announced counselling would be given": a reported promise
        if child.dep_ == "aux" and child.lower_ == "would" and _under_a_plan(verb, cues):
            return child  # "Under the plan, prisoners would be exchanged": the plan's promise
    if (
        verb.lower_ == GOING
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
        and (
            not any(c.dep_ == "aux" and c.tag_ in PAST_TAGS for c in verb.children)
            or (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in cues.reporting_verbs)
        )
        and any(c.dep_ == "xcomp" and has_own_to(c) for c in verb.children)
    ):
        # "Taxes are going to be cut": a future like "will". "was going to be sold" is an
        # intention told in the past, a description (past_narrative; ANNOTATION.md: "Do not
        # flag: past events and descriptions"), as "was to be opened" is; reported ("The
        # council announced that the mill was going to be sold") it is a promise reported, as
        # "it was announced counselling would be given" is.
        return verb
    if (
        verb.tag_ == "MD"
        and verb.lower_ in cues.promise_modals
        and any(c.dep_ == "xcomp" and has_own_to(c) for c in verb.children)
    ):
        return verb  # "The old tax ought to be repealed": the parser heads the clause with it
    if (
        verb.lemma_.lower() in cues.obligation_verbs
        and verb.tag_ in ("VB", "VBZ", "VBP")
        and not any(c.lower_ == "yet" for c in verb.children)  # "has yet to be found"
        and any(c.dep_ == "xcomp" and has_own_to(c) for c in verb.children)
    ):
        return verb  # "need to be taken", "has to be paid"
    return None


PLAN_FRAME_PREPOSITIONS = frozenset({"under", "according"})
# "based on strength", "rooted in realism", "founded upon": what a thing rests on.
FOUNDATION_PREPOSITIONS = frozenset({"on", "upon", "in"})


def _under_a_plan(verb: Token, cues: Cues) -> bool:
    """ "Under the agreement, ...", "according to the plan, ...": what the clause says "would"
    happen is what the plan promises."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in PLAN_FRAME_PREPOSITIONS:
            for noun in prep.subtree:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in cues.plan_nouns:
                    return True
    return False


def _promised_verb(head: Token, cues: Cues) -> Token:
    """The verb whose action is promised: "must continue to be made" -> "made"; "must not be
    allowed to grow" -> "allowed" (the permitting is the act, ``permission_verbs``); "should be
    forced to pay" -> "forced", "will be used to start" -> "used": a passive before "to" is
    itself the act done to its subject (who forces it, who uses it?), unless it only says what
    is thought, planned or due of the subject ("is expected to announce",
    ``raising_participles``)."""
    verb = head
    for _ in range(4):
        if verb.n_rights == 0 or _done_to_subject(verb, cues):
            break
        nxt = next(
            (c for c in verb.rights if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None
        )
        if nxt is None:
            break
        verb = nxt
    return verb


def _done_to_subject(verb: Token, cues: Cues) -> bool:
    """A passive that is itself the act done to its subject: a permission ("must be allowed to
    enter") or another passive before "to" ("should be forced to pay")."""
    return _is_permission_passive(verb, cues) or _acts_on_subject(verb, cues)


def _acts_on_subject(verb: Token, cues: Cues) -> bool:
    """ "it should be forced to pay", "Most of this increase will be used to start a
    partnership": a passive participle with a verb after "to" is done to its subject by someone;
    the verb after "to" is what the subject then does or is for."""
    return (
        verb.tag_ == "VBN"
        and is_passive(verb)
        and verb.lower_ not in cues.raising_participles
        and any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in verb.children)
    )


def _is_permission_passive(verb: Token, cues: Cues) -> bool:
    """ "must not be allowed to grow", "must be permitted to enter": a passive verb of permission
    with a verb after it; who permits (or stops) it is the one who acts."""
    return (
        verb.lemma_.lower() in cues.permission_verbs
        and is_passive(verb)
        and any(c.dep_ == "xcomp" for c in verb.children)
    )


class Cue(NamedTuple):
    """Why a clause commits: the rule, its reason, and the verb whose action is promised (for
    ``necessity`` the act required, found once here and read by :func:`judge_clause`)."""

    rule: str
    reason: str
    verb: Token


def _commitment_cue(head: Token, cues: Cues) -> Cue | None:
    """The :class:`Cue` when the clause headed by ``head`` commits, else None."""
    verb = _promised_verb(head, cues)
    necessity = _necessity(head, cues)
    act = _necessary_act(head, cues) if necessity is not None else None
    if act is not None and head.dep_ in MAIN_CLAUSE_DEPS:
        return Cue("necessity", f"\u201c{necessity.text} to {act.text}\u201d requires an act", act)
    needed = _needed_act(head, cues)
    if needed is not None:
        return Cue(
            "needed_act",
            f"\u201c{needed[0].text}\u201d is \u201c{needed[1].text}\u201d: an act that someone has "
            "to carry out",
            verb,
        )
    modal = _modal_word(head, cues)
    if modal is not None:
        if is_passive(verb) or _elided_passive(verb):
            return Cue("future_passive", f"\u201c{modal.text}\u201d with a passive verb", verb)
        return Cue("modal_obligation", f"\u201c{modal.text}\u201d commits to an action", verb)
    if head.lemma_ == "be" and verb is not head and is_passive(verb) and has_own_to(verb):
        return Cue("is_to_be", "\u201cis to be\u201d + a passive verb: an instruction", verb)
    if verb.lemma_.lower() in cues.promise_verbs and any(
        c.dep_ == "auxpass" and c.tag_ in PRESENT_TAGS for c in verb.children
    ):
        # Present only: "far less than was promised" reports a past promise (past_narrative).
        return Cue(
            "agree_to",
            f"\u201c{verb.text}\u201d in the passive: a promise with no one behind it",
            verb,
        )
    if (
        head.dep_ == "ccomp"
        and (
            head.head.lemma_.lower() in cues.proposal_verbs
            or (_necessity(head.head, cues) and head.head.dep_ in MAIN_CLAUSE_DEPS)
            or _is_mandative(head, cues)
        )
        and is_passive(verb)
        and any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in verb.children)
        and not any(c.dep_ == "aux" for c in verb.children)
    ):
        return Cue(
            "proposal_that",
            f"\u201c{head.head.text} that ... be {verb.text}\u201d asks for an act",
            verb,
        )
    if (
        head.lemma_.lower() in cues.need_verbs
        and head.dep_ in MAIN_CLAUSE_DEPS
        and head.tag_ in PRESENT_TAGS
        and not _auxiliaries(head)
        and (action := _action_object(head, cues)) is not None
    ):
        return Cue(
            "needs_action",
            f"\u201c{head.text} {action.text}\u201d: an act that someone has to carry out",
            verb,
        )
    if (
        head.tag_ in PRESENT_TAGS
        or any(c.dep_ == "auxpass" and c.tag_ in PRESENT_TAGS for c in head.children)
    ) and _in_numbered_point(head):
        return Cue("numbered_point", "a present-tense clause in a numbered point of a plan", verb)
    return None


def _is_mandative(head: Token, cues: Cues) -> bool:
    """ "A proper requirement would be that subsidies be removed", "my advice is that the rules be
    repealed": a noun of proposal (``proposal_nouns``, ``plan_nouns``) + "is that" + a subject + a
    bare "be" + participle (no modal, no tense) asks for the act. Under another verb ("the President orders that the flag be flown") the verb decides
    (``proposal_verbs``)."""
    return (
        head.dep_ == "ccomp"
        and head.head.lemma_ == "be"  # "the requirement is that"
        and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in cues.proposal_nouns | cues.plan_nouns
            for c in head.head.children
        )
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children)
        and any(c.dep_ == "nsubjpass" for c in head.children)
        and any(c.dep_ == "auxpass" and c.tag_ == "VB" and c.lower_ == "be" for c in head.children)
        and not any(c.dep_ == "aux" for c in head.children)
    )


def _guarantor(head: Token, cues: Cues, vague: tuple[Span, ...]) -> str | None:
    """ "The council must make it clear that the rights of tenants are guaranteed", "We will
    ensure that every parent is informed", "I pledge that the money will be spent with care": the
    clause is what a named actor sees to or vouches for; who answers for it is named
    (``ensuring_words``: ensure, see, make sure / clear ...; ``promise_verbs``: pledge, promise,
    vow ...; ``resolve_words``: "We are determined that ...", "I have determined that ...").
    "It is agreed that ...", "It is resolved that ..." name nobody, and the clause is judged
    itself; "I am sure that ..." only believes."""
    that_clause = head.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in head.children
    )  # "make it clear that ...": the parser hangs the clause on "clear" as an adverbial one
    if head.dep_ != "ccomp" and not that_clause:
        return None
    governor = head.head
    resolving = False
    if governor.dep_ in ("acomp", "oprd", "ccomp") and governor.lemma_.lower() in (
        cues.ensuring_words
    ):
        governor = governor.head  # "make sure that ...": the verb is "make"
    elif governor.dep_ == "acomp" and governor.lower_ in cues.resolve_words:
        governor = governor.head  # "We are determined that ...": who is determined answers
        resolving = True
    # "I pledge that ...", "we promise that ...", "I have determined that ..."
    vouching = cues.ensuring_words | cues.promise_verbs | cues.resolve_words
    if not resolving and (
        governor.lemma_.lower() not in vouching or governor.pos_ not in ("VERB", "AUX")
    ):
        return None
    if any(c.dep_ == "neg" for c in governor.children):
        return None  # "I cannot promise you that it will come this year": nobody vouches
    who = slots_for(governor, cues, vague).who
    if who.present and who.rule != "possessor_actor":
        return who.text
    # "my plan assures that Americans will have access": an owned plan or bill is a thing that
    # cannot act (ANNOTATION.md); it vouches for nothing, and the clause is judged itself.
    subject = subject_of(governor)
    if (
        subject is not None
        and governor.lemma_.lower() in cues.resolve_words
        and judge_actor(subject, _context(governor, cues, vague), "subject").present
    ):
        return subject.text  # "We are resolved that ...": the passive's subject resolves
    return None


def _no_need(head: Token, verb: Token, cues: Cues) -> str | None:
    """ "insurance that will never be needed", "No further funding will be required": a need
    that is denied asks nobody to act. So does an obligation denied ("One does not have to be
    attacked to be a victim", "Taxes do not have to be raised", ``obligation_verbs``): "need
    not" and "not have to" say that no act is required, as "must not" forbids one (still a
    promise: "Taxes must not be raised"). ANNOTATION.md flags a clause that "commits to an
    action"; a denied obligation commits nobody to anything."""
    obligation = _modal(head, cues)
    if (
        obligation is not None
        and obligation.lemma_.lower() in cues.obligation_verbs
        and (negation := next((c for c in obligation.children if c.dep_ == "neg"), None))
    ):
        return (
            f"\u201c{negation.text} {obligation.text} to\u201d: no act is required, "
            "so nobody is asked to act"
        )
    if verb.lemma_.lower() not in cues.need_verbs or not is_passive(verb):
        return None
    negation = next(
        (c for c in (*head.children, *verb.children) if c.dep_ == "neg"),
        None,
    )
    if negation is not None:
        return f"\u201c{negation.text} ... {verb.text}\u201d: no act is asked for"
    subject = subject_of(verb)
    if subject is not None and any(
        c.dep_ == "det" and c.lower_ in DENYING_DETERMINERS for c in subject.children
    ):
        return f"\u201c{subject.text}\u201d is not needed: no act is asked for"
    return None


def _needed_act(head: Token, cues: Cues) -> tuple[Token, Token] | None:
    """(the act, the word of need) when a main clause says an act is needed: "Many readjustments
    in existing taxes will be necessary", "Action is needed now", "new legislation will be
    required". The act is a noun of action as subject; nobody is named to carry it out unless
    the clause says who (judged by the verdict)."""
    if head.dep_ not in MAIN_CLAUSE_DEPS:
        return None
    if head.lemma_.lower() in cues.need_verbs and head.tag_ == "VBN" and is_passive(head):
        need = head  # "is needed", "will be required"
    elif head.lemma_ == "be":
        need = next(
            (
                c
                for c in head.children
                if c.dep_ == "acomp" and c.lemma_.lower() in cues.necessity_words
            ),
            None,
        )  # "will be necessary"
        if need is None or any(c.dep_ == "xcomp" for c in need.children):
            return None  # "is necessary to ...": an empty subject's frame (necessity)
        if not has_modal(head):
            return None  # "Dialogue is essential": a claim of worth; "will be necessary" asks
    else:
        return None
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children):
        return None  # "was needed", "would have been necessary": the past
    if not any(c.tag_ in PRESENT_TAGS or c.tag_ == "MD" for c in _auxiliaries(head)) and (
        head.tag_ not in PRESENT_TAGS
    ):
        return None  # "was required": a past need is narrative
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or not _is_action(subject, cues):
        return None
    return subject, need


def _elided_passive(verb: Token) -> bool:
    """ "must be reviewed, and its coordination with other elements of policy assured": a
    participle with a subject of its own but no auxiliary, joined to a passive verb, shares that
    verb's "must be" (its subject is acted on, like the first one's)."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and not _auxiliaries(verb)
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ == "dobj" for c in verb.children)
        and is_passive(verb.head)
    )


def _necessity(head: Token, cues: Cues) -> Token | None:
    """ "It will be necessary to ...", "it is vital that ...": the adjective of necessity after
    an empty "it", if any."""
    if head.lemma_ != "be" or not any(
        c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children
    ):
        return None
    return next(
        (
            c
            for c in head.children
            if c.dep_ == "acomp" and c.lemma_.lower() in cues.necessity_words
        ),
        None,
    )


def _necessary_act(head: Token, cues: Cues) -> Token | None:
    """The act "it will be necessary" requires: the infinitive after it (``_promised_verb``), or,
    when a phrase stands between the two, the infinitive the parser then hangs on "be" as an
    adverbial clause or on the phrase's noun: "it will be necessary by additional legislation to
    extend the Selective Service Act", "It will be necessary, in the coming year, to raise
    taxes". ANNOTATION.md flags a clause that "commits to an action" with no one named to carry it
    out; the phrase between does not change which act is required. An infinitive with a subject
    of its own ("It will be necessary, in my judgment, for the Congress to raise taxes") names who
    and is not this one; with no infinitive ("It will be necessary in the end") there is no act."""
    verb = _promised_verb(head, cues)
    if verb is not head:
        return verb
    necessity = _necessity(head, cues)
    if necessity is None:
        return None
    nouns = (o for prep in head.children if prep.dep_ == "prep" for o in prep.children)
    hung = [
        *(c for c in head.children if c.dep_ == "advcl"),
        *(c for noun in nouns if noun.dep_ == "pobj" for c in noun.children if c.dep_ == "acl"),
    ]
    return next(
        (
            c
            for c in hung
            if c.i > necessity.i
            and c.pos_ in ("VERB", "AUX")
            and has_own_to(c)
            and not any(d.dep_ in ("nsubj", "mark") for d in c.children)
        ),
        None,
    )


def _requirement(head: Token, cues: Cues) -> Token | None:
    """The modal of requirement on the clause ("must", "shall", "need / have to"), if any."""
    modal = _modal_word(head, cues)
    if modal is not None and (
        modal.lower_ in cues.requirement_modals or modal.lemma_.lower() in cues.obligation_verbs
    ):
        return modal
    return None


def _modal_word(head: Token, cues: Cues) -> Token | None:
    """The clause's modal; "will build schools and hire teachers": the second verb shares the
    first one's."""
    modal = _modal(head, cues)
    if (
        modal is None
        and head.dep_ == "conj"
        and not _auxiliaries(head)
        and head.tag_ in SHARING_TAGS
    ):
        # Only a verb with no tense of its own shares: "must maintain a stockpile, but the
        # $8.5 billion ... is much more than we need" does not.
        modal = _modal(head.head, cues)
    return modal


def _in_numbered_point(token: Token) -> bool:
    # The component sees one paragraph at a time; a numbered point is a paragraph of its own.
    # Only its first words are read (Doc.text joins every token).
    doc = token.doc
    return bool(NUMBERED_POINT.match(doc[: min(len(doc), 6)].text + " "))


WH_WORDS = frozenset({"how", "what", "when", "which", "whether", "who", "whom", "where", "why"})


def _clause_role(head: Token) -> str:
    """The clause's dependency; a joined clause has the role of the clause it joins ("when Israel
    makes ... and when Ambassadors will be exchanged": both are adverbial)."""
    return head.head.dep_ if head.dep_ == "conj" else head.dep_


def _conditioned(head: Token) -> bool:
    """Whether the clause of ``head`` is the outcome of a condition: a clause opened by "if /
    unless" ("If we postpone this urgent work now, it will simply have to be done later") or a
    "without" and a noun ("Without such machinery, the entire world will have to remain an armed
    camp"; not a manner, "without raising taxes") hangs on it. ANNOTATION.md's "Do not flag: forecasts and schedules that nobody
    decides; ... the "if" half of a condition": what follows if the condition holds is foreseen."""
    return any(
        (
            c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKERS for m in c.children)
        )
        or (
            c.dep_ == "prep"
            and c.lower_ in CONDITION_PREPOSITIONS
            and any(o.dep_ == "pobj" for o in c.children)
        )
        for c in head.children
    )


def _past_requirement(head: Token, rule: str) -> Token | None:
    """The past-tense word that states a necessity or a proposal ("In 1950 it was necessary to
    raise the debt limit", "In my message of 1955 I urged that measures be taken", "It was vital
    that the bill be passed", "The new clinic was to be opened in March"), or None. ANNOTATION.md: "Do not flag: past events and
    descriptions"; a requirement told as past is one, as "far less than was promised" is (a
    promise verb in the passive commits only in the present, ``agree_to``). "It will be
    necessary", "I urge that", "I have urged that" and "is to be opened" are not past."""
    anchor = {"necessity": head, "proposal_that": head.head, "is_to_be": head}.get(rule)
    return anchor if anchor is not None and anchor.tag_ in PAST_TAGS else None


def _first_conjunct(head: Token) -> Token:
    """The first of the clauses ``head`` is joined to ("and that the deficit will be reduced"
    is joined to "that prices will fall"), or ``head`` itself. ANNOTATION.md: "Do not flag: ...
    forecasts and schedules that nobody decides; questions; the "if" half of a condition"; a
    clause joined to such a one ("I expect that prices will fall and that the deficit will be
    reduced", "If the tax is raised and the road is guaranteed, ...") is one of them too."""
    for _ in range(len(head.doc)):
        if head.dep_ != "conj" or head.head == head:
            break
        head = head.head
    return head


def _subordinate_marker(head: Token, cues: Cues) -> str | None:
    """The opener of an adverbial clause of time or purpose (``subordinate_markers``: "until
    peace is assured", "once the treaty is guaranteed", "so that children will have the same
    access"), or None. ANNOTATION.md: "Do not flag: ... the "if" half of a condition"; a clause
    that says until when, from when or to what end the main clause's act is done is such a
    half: what it names is the condition or the aim of that act, whose doer is judged in the
    main clause ("Sanctions will be lifted so that trade will resume" is still found, on "will
    be lifted")."""
    if head.dep_ != "advcl":
        return None
    marks = " ".join(c.lower_ for c in head.children if c.dep_ == "mark" and c.i < head.i)
    if marks in cues.subordinate_markers:
        return marks
    return None


FREE_RELATIVES = frozenset({"what", "whatever"})


def _governing_act(head: Token, verb: Token) -> Token | None:
    """ "We will do whatever must be done", "The council will take whatever steps must be
    taken": a clause whose subject is "what / whatever" (or a noun "whatever" picks) and that
    hangs on a verb of the same act only names that verb's object; who does it is that verb's
    doer, judged in the verb's own clause. ANNOTATION.md: "Do not flag: a commitment that names
    who acts" (here the governing verb's subject). Returns the governing verb, or None: "We will
    propose the reforms that must be made" is another act, and "Whatever must be done will be
    done" is still found, on "will be done"."""
    governor = head.head
    if governor == head or governor.pos_ not in ("VERB", "AUX") or governor.lemma_ != verb.lemma_:
        return None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    picked = subject.lower_ in FREE_RELATIVES or any(
        c.dep_ == "det" and c.lower_ in FREE_RELATIVES for c in subject.children
    )
    return governor if picked else None


def _thought_frame(head: Token, cues: Cues) -> Token | None:
    """The word of likelihood, expecting or assuming a clause is the content of ("the chance
    that ...", "expects that ...", "it is likely that ...", "I am confident that the bill will
    be passed", "on the assumption that production will be expanded"), or None. ANNOTATION.md:
    "Do not flag: ... forecasts and schedules that nobody decides"; what is assumed, expected or
    trusted to happen is such a forecast, whoever is to bring it about. A "that" clause the
    parser hangs on a noun as a relative clause ("a valid confidence that wise effort will be
    rewarded": "that" is its mark, not its subject) is such a content too."""
    content = head.dep_ in ("ccomp", "acl", "xcomp") or (
        head.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children)
    )
    if not content:
        return None
    governor = head.head
    frames = [governor, *(c for c in governor.children if c.dep_ in ("acomp", "attr"))]
    return next((t for t in frames if t.lemma_.lower() in cues.likelihood_words), None)


def _known_frame(head: Token, cues: Cues) -> Token | None:
    """The verb of knowing (``knowing_verbs``) whose "that" clause, or bare clause, ``head`` is,
    when the knowing is told as it stands (a main clause, present or past, no modal): "We know
    perfection will not be found here", "The peoples of Asia now know that the door to
    independence is not going to be slammed shut". ANNOTATION.md: "Do not flag: ... forecasts and
    schedules that nobody decides"; what a subject knows is told as a fact or a forecast, as what
    it believes or expects is (``_thought_frame``), and nobody commits to it. Knowing urged or
    announced ("Let the world know that aggression will be punished", "Parents should know that
    every complaint will be answered", "It is important that businessmen know now that materials
    are going to be controlled") is judged as usual, and so is a requirement known ("We know that
    the old mill must be sold": "must" still requires). Returns the verb, or None."""
    if head.dep_ != "ccomp" or _requirement(head, cues) is not None:
        return None
    verb = head.head
    if (
        verb.lemma_.lower() not in cues.knowing_verbs
        or verb.tag_ not in FINITE_TAGS
        or verb.dep_ not in MAIN_CLAUSE_DEPS  # "It is important that businessmen know that ..."
    ):
        return None
    if has_modal(verb):
        return None
    return verb


def _opposed_frame(head: Token, cues: Cues) -> Token | None:
    """The verb of rejecting a "that" clause is the content of, directly ("denied that the park
    will be sold") or through the idea it names ("opposed the idea that Indians should be treated
    at the same level", "rejected the suggestion that fees should be raised"), or None.
    ANNOTATION.md: "Do not flag: past events and descriptions": a proposal someone turns down is
    told as refused; nobody in the sentence proposes it. "supports the idea that fees should be
    raised" and "did not reject the idea that ..." are judged as usual."""
    if head.dep_ not in ("ccomp", "acl") or not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in head.children
    ):
        return None
    verb = head.head
    if head.dep_ == "acl":
        if verb.pos_ != "NOUN" or verb.dep_ != "dobj":
            return None
        verb = verb.head
    if verb.lemma_.lower() not in cues.rejecting_verbs or any(
        c.dep_ == "neg" for c in verb.children
    ):
        return None
    return verb


def _addressee(head: Token, cues: Cues, vague: tuple[Span, ...]) -> str | None:
    """Who a proposal is put to, when the clause ``head`` is what is proposed: "I shall recommend
    to the Congress that the Chief Executive be given the responsibility" asks the Congress to
    give it. ANNOTATION.md's "Do not flag: a commitment that names who acts": the body a
    proposal verb (``proposal_verbs``) addresses with "to" is the one asked to carry the act out
    (a named actor after "to": ``_named_after``). With no one addressed, "I shall propose that
    awards of merit be established", the clause still names no one."""
    if head.dep_ != "ccomp" or head.head.lemma_.lower() not in cues.proposal_verbs:
        return None
    return _named_after([head.head], ADDRESSEE_PREPOSITIONS, _context(head.head, cues, vague))


def _others_view(head: Token, cues: Cues, vague: tuple[Span, ...]) -> Token | None:
    """The verb of saying or arguing (``arguing_verbs``) whose "that" clause ``head`` is, when its
    subject names nobody in particular: "Now, some insist that any further budget savings must
    be obtained by reducing the portion spent on defense", "Others argue that taxes must be
    raised". ANNOTATION.md flags a clause that "commits to an action": here the speaker reports
    a view held by some, and nobody commits (a named speaker's demand, "The council insists
    that the road must be rebuilt", is judged as usual)."""
    if head.dep_ != "ccomp" or not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in head.children
    ):
        return None
    verb = head.head
    if verb.lemma_.lower() not in cues.arguing_verbs:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    who = judge_actor(subject, _context(verb, cues, vague), "subject")
    return verb if who.rule in ("indefinite_actor", "vague_actor") else None


def _is_embedded_question(head: Token) -> bool:
    """ "how power should be shared", "which rights should be recognized": a clause opened by a
    question word under another verb asks; it does not promise."""
    if _clause_role(head) not in ("ccomp", "csubj", "pcomp", "advcl", "xcomp", "dobj", "pobj"):
        return False
    # The clause's own first word, not that of a clause of time or concession put before its
    # subject ("--whether you're 70 or 50, ...-- Social Security will be there").
    before = {t.i for c in head.children if c.dep_ == "advcl" and c.i < head.i for t in c.subtree}
    first = next(t for t in head.subtree if t.i not in before and not t.is_punct)
    return first.lower_ in WH_WORDS or any(
        c.lower_ in WH_WORDS and c.i < head.i and c.dep_ in ("advmod", "mark", "det", "nsubjpass")
        for c in head.children
    )


def _is_as_remark(head: Token) -> bool:
    """ "As will be seen from the Budget Message, ...", "as must be clear to all": a passive
    clause opened by "as" whose missing subject is the main clause comments on it."""
    return (
        head.dep_ == "advcl"
        and is_passive(head)
        and any(c.dep_ == "mark" and c.lower_ == "as" and c.i < head.i for c in head.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubjpass") for c in head.children)
    )


def _as_standard(head: Token, cues: Cues) -> Token | None:
    """ "to govern his people as they should be governed", "run the school as it must be run": a
    clause opened by "as" with a modal of requirement or expectation says how the main clause's
    act ought to go; the main clause is judged itself. Returns the modal."""
    if head.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ == "as" and c.i < head.i for c in head.children
    ):
        return None
    return next(
        (
            c
            for c in head.children
            if c.dep_ == "aux" and c.lower_ in cues.requirement_modals | cues.expectation_modals
        ),
        None,
    )


def _is_inverted_condition(head: Token, cues: Cues) -> bool:
    """ "should it be necessary, we will ...", "Should this occur, ...": "should" before its
    subject, in a clause that is not the sentence's own, is the "if" half of a condition."""
    if head.dep_ == "ROOT":
        return False
    modal = next(
        (c for c in head.children if c.dep_ == "aux" and c.lower_ in cues.expectation_modals), None
    )
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return modal is not None and subject is not None and modal.i < subject.i


def _is_question(head: Token) -> bool:
    sentence = head.sent
    last = sentence[-1]
    while last.is_space and last.i > sentence.start:
        last = last.doc[last.i - 1]
    return last.text == "?"


def _verb_phrase(head: Token, verb: Token) -> Span:
    """From the first auxiliary or modal to the promised verb: "will not be lifted", "must
    continue to be made", "are lifted"."""
    doc = head.doc
    tokens = [head, verb, *_auxiliaries(head), *_auxiliaries(verb)]
    # "will be set up": the particle belongs to the verb.
    tokens += [c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1]
    start = min(token.i for token in tokens)
    end = max(token.i for token in tokens) + 1
    return doc[start:end]


def judge_clause(
    head: Token,
    cues: Cues,
    vague: tuple[Span, ...] = (),
) -> Verdict:
    """Does the clause headed by ``head`` commit to an action that nobody is named to carry
    out? Every verdict names its rule."""
    cue = _commitment_cue(head, cues)
    if cue is None and (quality := _needed_quality(head, cues)) is not None:
        return _not(
            "needed_quality",
            f"\u201c{head.text} {quality.text}\u201d: what a thing needs is a quality, not an act",
        )
    if cue is None:
        if head.tag_ in PAST_TAGS or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in PAST_TAGS for c in head.children
        ):
            return _not("past_narrative", "past tense: a description, not a promise")
        return _not("no_commitment_cue", "no will / shall / must / is to be / promise here")
    if (past := _past_requirement(head, cue.rule)) is not None:
        return _not(
            "past_narrative",
            f"\u201c{past.text}\u201d: a requirement stated in the past, a description, "
            "not a promise",
        )
    if _is_question(head):
        return _not("question", "a question commits to nothing")
    # "I expect that prices will fall and that the deficit will be reduced": a clause joined to
    # another stands in the same frame (a condition, a forecast, a wish, what a named actor
    # vouches for: "I pledge that ... and that the accounts will be published") as the first.
    frame = _first_conjunct(head)
    if frame.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONDITION_MARKERS for c in frame.children
    ):
        return _not("condition_if_half", "the \u201cif\u201d half of a condition")
    if (marker := _subordinate_marker(frame, cues)) is not None:
        return _not(
            "subordinate_clause",
            f"a clause opened by \u201c{marker}\u201d says when or why the main clause happens, "
            "like the \u201cif\u201d half of a condition; it promises nothing",
        )
    if _is_inverted_condition(head, cues):
        return _not(
            "condition_if_half", "\u201cshould it be ...\u201d: a condition, like \u201cif\u201d"
        )
    if _is_embedded_question(head):
        if _clause_role(head) == "advcl":
            # "when Ambassadors will be exchanged between Israel and Egypt": says when.
            return _not(
                "time_clause",
                "a clause opened by \u201cwhen / where\u201d says when or where the main clause "
                "happens, like the \u201cif\u201d half of a condition; it promises nothing",
            )
        return _not("question", "an indirect question (\u201chow it should be shared\u201d)")
    if (standard := _as_standard(head, cues)) is not None:
        return _not(
            "as_comparison",
            f"\u201cas ... {standard.text}\u201d: the standard the main clause is measured by, "
            "not a promise",
        )
    if _is_as_remark(head):
        return _not(
            "as_remark",
            f"\u201c{head.text}\u201d with \u201cas\u201d and no subject points the reader to "
            "the main clause; it promises nothing",
        )
    if (word := _thought_frame(frame, cues)) is not None:
        return _not(
            "forecast_of_likelihood",
            f"under \u201c{word.text}\u201d: a forecast or a possibility, not a promise",
        )
    if (knowing := _known_frame(frame, cues)) is not None:
        return _not(
            "known_fact",
            f"under \u201c{knowing.text}\u201d: what is known is told as a fact or a forecast, "
            "not a promise",
        )
    if (turned_down := _opposed_frame(frame, cues)) is not None:
        return _not(
            "opposed_proposal",
            f"under \u201c{turned_down.text}\u201d: a proposal turned down, not made",
        )
    if (others := _others_view(frame, cues, vague)) is not None:
        return _not(
            "others_view",
            f"under \u201c{subject_of(others).text} {others.text}\u201d: a view some hold, "
            "reported; nobody commits",
        )
    if (wish := _wish(frame, cues)) is not None and not _speakers_hope(wish, cues):
        return _not(
            "wish_frame", f"under \u201c{wish.text}\u201d: a wish, not a promise anyone carries out"
        )
    if (guarantor := _guarantor(frame, cues, vague)) is not None:
        return _not("named_guarantor", f"who sees to it is named: {guarantor}")
    if (addressee := _addressee(frame, cues, vague)) is not None:
        return _not("named_addressee", f"who is asked to act is named: {addressee}")
    rule, cue_reason, verb = cue
    if (why := _no_need(head, verb, cues)) is not None:
        return _not("no_need", why)
    if (governor := _governing_act(head, verb)) is not None:
        return _not(
            "governing_act",
            f"\u201c{governor.text} ... {verb.text}\u201d: the act is the one \u201c{governor.text}"
            "\u201d names, and who does it is judged in that clause",
        )
    modal = _modal_word(head, cues)
    if (
        modal is not None
        and modal.lower_ not in FUTURE_MODALS
        and any(c.dep_ == "aux" and c.lemma_ == "have" and c.i > modal.i for c in head.children)
    ):
        # "God should never have been expelled", "it must have been hard": the past, not a promise.
        return _not(
            "modal_perfect", f"\u201c{modal.text} have\u201d looks back; it promises nothing"
        )
    if (
        modal is not None
        and modal.lower_ in FUTURE_MODALS
        and modal.head == head
        and head.lemma_.lower() in cues.obligation_verbs
        and any(c.dep_ == "xcomp" for c in head.children)
        and not (is_passive(verb) and not _conditioned(head))
    ):
        # "If we postpone this work now, it will simply have to be done later", "the world will
        # have to remain an armed camp": a need foreseen, not an act anyone takes on now.
        return _not(
            "forecast_of_necessity",
            f"\u201c{modal.text} {head.text} to\u201d foresees a need; it promises nothing",
        )
    hedge = next(
        (
            c
            for c in (*head.children, *verb.children)
            if c.dep_ == "advmod" and c.lower_ in cues.likelihood_words
        ),
        None,
    )
    if hedge is None and verb.lemma_.lower() in cues.likelihood_words:
        hedge = verb  # "it is to be expected that ...", "will be expected to"
    subject = subject_of(verb)
    if hedge is None and subject is not None and subject.lemma_.lower() in cues.likelihood_words:
        hedge = subject  # "the chances of peace are going to be improved": a forecast
    if hedge is None and subject is not None:
        # "An estimated 1,740 million dollars will be expended in 1947": a figure estimated is
        # a forecast of a budget, not a promise (the modifier may hang on the number).
        hedge = next(
            (
                t
                for t in subject.subtree
                if t.dep_ == "amod"
                and t.head.i <= subject.i
                and _likelihood_form(t, cues)
                and AMOUNT_ENTITIES & {t.ent_type_, subject.ent_type_}
            ),
            None,
        )
    if hedge is not None:
        # "will probably be committed shortly": a forecast of what is likely, not a promise.
        return _not(
            "forecast_of_likelihood", f"\u201c{hedge.text}\u201d: a forecast, not a promise"
        )
    if _requirement(head, cues) is not None and (virtue := _bare_virtue(subject, cues)):
        # "Here hope must be tempered with caution": advice to anyone, not an act of someone's.
        return _not(
            "maxim",
            f"\u201c{virtue.text}\u201d with no owner: a maxim, not an act someone is to carry out",
        )
    if (cause := _cause_of_change(head, verb, subject, cues, vague)) is not None:
        return _not(
            "caused_change",
            f"\u201c{cause.text} ...\u201d gives the cause: a forecast of an effect nobody decides",
        )
    if (contest := _deciding_contest(verb, cues)) is not None:
        return _not(
            "decided_by_contest",
            f"\u201c{verb.text}\u201d by a \u201c{contest.text}\u201d: the contest decides, "
            "nobody acts",
        )
    if rule == "needs_action":
        return _needs_action(head, cues, vague, cue_reason)
    if rule == "needed_act":
        return _needed_act_verdict(head, cues, vague, cue_reason)
    if rule == "necessity":
        return _required_act(head, verb, cues, vague, cue_reason)
    elided = _elided_passive(verb)
    passive = is_passive(verb) or elided
    if _is_remark_frame(verb, cues):
        return _not(
            "remark_frame",
            f"\u201cit ... be {verb.text} that\u201d comments on the clause after it",
        )
    required = _requirement(head, cues) is not None
    if passive and _is_deemed(verb, cues):
        return _not(
            "deemed",
            f"\u201c{verb.text}\u201d with a description: a judgement or a name, not an act",
        )
    if (
        passive
        and (
            verb.lower_ in cues.foundation_participles
            or (verb.lower_ in cues.building_participles and _is_plan(subject, cues))
        )
        and not any(c.dep_ == "prt" for c in verb.children)  # "Crime must be rooted out": an act
        and any(c.dep_ == "prep" and c.lower_ in FOUNDATION_PREPOSITIONS for c in verb.children)
    ):
        # "Our foreign policy must be rooted in realism": what it rests on, a principle.
        return _not(
            "standing_principle",
            f"\u201c{verb.text}\u201d says what a thing rests on: a principle, not an act",
        )
    if passive and verb.lower_ in cues.state_participles and not required:
        return _not("state_participle", f"\u201c{verb.text}\u201d describes a state, not an act")
    if verb.lemma_ == "be" and not passive:
        undertaking = _existential_undertaking(verb, cues, any_noun=required)
        if undertaking is None:
            kept = None if required else _kept_state(verb, cues)
            state = _required_state(verb, cues, vague, kept) if required or kept else None
            if state is not None:
                return state
            delivered = _delivered_to_holder(head, verb, cues, vague, cue_reason)
            if delivered is not None:
                return delivered
            arranged = _arranged_act(head, verb, modal, cues, vague, cue_reason)
            if arranged is not None:
                return arranged
            if required and (act := _duty_of_act(verb, cues, vague)) is not None:
                return _nobody_verdict(
                    "duty_of_act",
                    f"\u201c{act.text} ... {verb.text} ... a {_attribute(verb).text}\u201d: an act "
                    "required as a duty; nobody is named whose duty it is",
                    cue_reason,
                    _verb_phrase(head, verb),
                    verb,
                    tuple(slots_for(verb, cues, vague)),
                )
            return _not("not_an_action", "a state (\u201cwill be\u201d + description), not an act")
        timeless = next(
            (c for c in verb.children if c.dep_ == "advmod" and c.lower_ in cues.timeless_adverbs),
            None,
        )
        if timeless is not None and not required:
            # "There always will be some frictional unemployment": a general truth.
            return _not(
                "timeless_statement",
                f"\u201c{timeless.text}\u201d: a general truth or forecast, not a promise",
            )
        if (doer := _doer_in_phrase(head, verb, (undertaking,), cues, vague)) is not None:
            # "There will be a survey of every school, carried out by the estates team."
            return _not("doer_in_phrase", doer)
        # "there will be such an agreement": promised, and nobody is named to make it.
        refused = _refused_change(undertaking, cues)
        promised = f"no {undertaking.text}" if refused else undertaking.text
        span = _verb_phrase(head, verb)
        span = head.doc[min(span.start, undertaking.head.i) : span.end]
        for child in verb.children:
            if child.dep_ == "expl":
                span = head.doc[min(span.start, child.i) : span.end]
        slots = tuple(slots_for(verb, cues, vague))
        return Verdict(
            True,
            "existential_promise",
            f"{cue_reason}; \u201c{promised}\u201d is promised and nobody is named to carry it out",
            span,
            verb,
            slots,
        )
    if head.dep_ == "relcl" and not passive:
        # "growth that will revitalize our heartland": a relative clause describes its noun.
        return _not("no_commitment_cue", "a relative clause describing its noun")
    if rule == "agree_to" and (bound := _bound_subject(verb, cues, vague)) is not None:
        return _not("named_actor", f"who is bound is named: {bound}")
    if rule == "agree_to" and any(c.dep_ == "ccomp" for c in verb.children):
        # "It is agreed that a corridor will be opened": the promised clause is judged itself.
        return _not("promise_of_clause", "what is promised is a clause of its own, judged there")
    span = _verb_phrase(head, verb)
    overlapping = [v for v in vague if v.start < span.end and span.start < v.end]
    if overlapping:
        # "will be streamlined": the vague verb is a finding of its own; this one keeps the
        # words before it ("will be"), so the two never overlap.
        span = head.doc[span.start : min(v.start for v in overlapping)]
        if not len(span):
            return _not("vague_verb", "the verb phrase is a vague term; its own finding asks")
    slots = tuple(slots_for(verb, cues, vague))
    who, how = slots[0], slots[1]
    if elided and passive_agent(verb) is None:
        # The subject of "... and its coordination assured" is acted on, like the first one's.
        who = _nobody(
            "agentless_passive",
            f"\u201c{verb.text}\u201d shares a passive; nobody is named as acting",
        )
        slots = (who, *slots[1:])
    if passive and subject is not None and subject.lower_ in cues.speaker_pronouns:
        # "We shall be judged by what we do", "we must be prepared", "we should be empowered to
        # dispose of it": the speaker is named; what it will be, or undergo, is its own state or
        # fate (as with "We'll be partners"), not an act that nobody is named to carry out.
        return _not(
            "speaker_subject",
            f"\u201c{subject.text} ... {verb.text}\u201d: the speaker is named; its own state or "
            "fate, not an unassigned act",
        )
    acted_on = _done_to_subject(verb, cues)
    if acted_on and passive_agent(verb) is None:
        # "The deficit must not be allowed to grow": its subject is let (or stopped); who lets
        # it is not named, whoever the subject is ("the inspectors must be allowed to enter").
        # "it should be forced to pay": whoever "it" is, who forces it is not named.
        who = _nobody(
            "agentless_passive",
            f"\u201c{verb.text}\u201d: nobody is named to {verb.lemma_.lower()} it",
        )
        slots = (who, *slots[1:])
    if not passive and subject is not None and _undergoes(verb, subject, cues):
        return _nobody_verdict(
            "undergoer_subject",
            f"\u201c{subject.text}\u201d undergoes \u201c{verb.text}\u201d; nobody is named as doing it",
            cue_reason,
            span,
            verb,
            slots,
        )
    if who.present and (gives := _owned_plan_gives(verb, subject, passive, who, cues)):
        return _nobody_verdict("owned_plan_gives", gives, cue_reason, span, verb, slots)
    if who.present:
        return _not("named_actor", f"who is named: {who.text} [{who.rule}]")
    if (
        who.rule == "not_an_actor"
        and not passive
        and (partner := _acting_conjunct(subject, verb, cues, vague))
    ):
        # "agriculture, business, and labor must move forward together": one of the joined
        # subjects is an actor, so who acts is named (the parser heads the list with its first).
        return _not("named_actor", f"who is named: {partner} (one of the joined subjects)")
    if who.rule == "recipient_subject" and (why := _not_receiving(verb, cues)) is not None:
        return _not("not_receiving", why)
    if who.rule == "recipient_subject" and (why := _speaker_will_have(verb, modal, cues)):
        return _not("forecast_of_having", why)
    if who.rule == "recipient_subject" and (why := _speaker_obliged(verb, modal, cues)):
        return _not("speaker_obliged", why)
    if who.rule == "recipient_subject" and verb.lemma_.lower() in cues.facing_verbs:
        # "Ukraine will face new demands": what comes to the subject, not a thing provided.
        return _not(
            "forecast_of_facing",
            f"\u201c{verb.text}\u201d: what comes to the subject, not something anyone is "
            "promised to provide",
        )
    if who.rule == "recipient_subject" and (why := _thing_has(verb, cues, vague)) is not None:
        return _not("not_receiving", why)
    if who.rule == "recipient_subject" and (provider := _provider(verb, cues, vague)) is not None:
        return _not("named_provider", f"who provides is named: from {provider}")
    if _names_an_agent(verb, slots):
        return _not("agent_phrase", "a \u201cby\u201d phrase names who acts (however vaguely)")
    if passive and (agent := _joined_agent(verb, cues, vague)) is not None:
        return _not("named_actor", f"who is named: {agent} (the \u201cby\u201d of the joined verb)")
    if passive and (doer := _same_act_doer(verb, cues, vague)) is not None:
        return _not(
            "named_actor",
            f"who is named: {doer} (who does \u201c{verb.lemma_.lower()}\u201d in the same sentence)",
        )
    if passive and (owner := _owned_faculty(verb, cues, vague)) is not None:
        return _not(
            "owned_faculty",
            f"\u201c{verb.text}\u201d turns a power of its owner's; who is named: {owner}",
        )
    if (helper := _helper(verb, cues, vague)) is not None:
        return _not("named_helper", f"who helps carry it out is named: {helper}")
    if (doer := _doer_in_phrase(head, verb, (), cues, vague)) is not None:
        return _not("doer_in_phrase", doer)
    if how.present and (actor := _actor_in_means(verb, how, cues, vague)) is not None:
        return _not("named_by_means", f"the means names who acts: {actor}")
    if not passive and subject is not None:
        if _is_time(subject, cues):
            # "1945 must see the beginning of ...", "This decade will bring ...": the time is
            # when it happens; nobody is promised to act.
            return _not(
                "time_subject",
                f"\u201c{subject.text}\u201d is a time, not one who acts: a forecast or a wish",
            )
        if subject.lemma_.lower() in cues.self_acting_nouns:
            return _not(
                "forecast_of_nature",
                f"\u201c{subject.text}\u201d changes by itself: a forecast, not a promise",
            )
        if _state_of_mind(verb, subject, cues):
            return _not(
                "state_of_mind",
                f"\u201c{verb.text}\u201d: a state of mind, not an action anyone carries out",
            )
        if who.rule == "not_an_actor" and _carried_on(verb, subject, required, cues):
            return _nobody_verdict(
                "continued_act",
                f"\u201c{subject.text} ... {verb.text}\u201d: it goes on only if someone keeps "
                "it going, and nobody is named to",
                cue_reason,
                span,
                verb,
                slots,
            )
        changes = {head.lemma_.lower(), verb.lemma_.lower()} & cues.change_verbs
        if who.rule == "not_an_actor" and changes:
            return _not(
                "happens_by_itself",
                f"\u201c{changes.pop()}\u201d happens to its subject; nobody is promised to act",
            )
        if (
            who.rule == "not_an_actor"
            and modal is not None
            and modal.lower_ in cues.expectation_modals
            and _measures(verb, cues)
        ):
            return _not(
                "expectation",
                f"\u201c{modal.text}\u201d with a measure: an estimate, not a promise",
            )
        author = _author(subject, cues, vague) if who.rule == "not_an_actor" else None
        if author is not None:
            return _not(
                "named_author",
                f"\u201c{subject.text}\u201d: made by {author}, so who carries it out is named",
            )
        if who.rule == "not_an_actor" and not required and verb.lemma_.lower() in cues.state_verbs:
            # "The bill will include reforms": what a thing holds or is, not an act.
            return _not(
                "describes_thing",
                f"\u201c{verb.text}\u201d says what \u201c{subject.text}\u201d holds or is, "
                "not an act",
            )
        if who.rule == "not_an_actor" and not required and not _is_undertaking(subject, cues):
            return _not(
                "description_of_thing",
                f"\u201c{subject.text}\u201d is not something carried out: a description, "
                "not a promise",
            )
    if who.rule == "empty_subject" and passive:
        # "there will be presented to the Congress requests": a passive with no agent.
        who = _nobody("agentless_passive", "nobody is named as acting")
        slots = (who, *slots[1:])
    if who.rule == "empty_subject" and subject is not None and _referred_act(verb, subject, cues):
        return _nobody_verdict(
            "referred_act",
            f"\u201c{subject.text} ... {verb.text}\u201d: what \u201c{subject.text}\u201d points "
            "back to is to come about or go on, and nobody is named to see to it",
            cue_reason,
            span,
            verb,
            slots,
        )
    if who.rule not in UNASSIGNED_WHO_RULES:
        return _not(
            "unclear_subject" if who.rule in ("empty_subject", "no_subject") else who.rule,
            who.reason,
        )
    rule = UNASSIGNED_WHO_RULES[who.rule] or rule
    return Verdict(True, rule, f"{cue_reason}; {who.reason}", span, verb, slots)


def _needs_action(head: Token, cues: Cues, vague: tuple[Span, ...], cue_reason: str) -> Verdict:
    """ "government programs all need constant reevaluation": a thing that needs an act, and
    nobody named to carry it out. A person or body as subject ("Teachers need training") is a
    claim about them, not this kind of finding. "Designing useful syntheses always requires
    conducting the synthesis in the laboratory": with an adverb of all time, what a kind of work
    needs is a general truth, as "There always will be ..." is (ANNOTATION.md: "Timeless general
    statements that commit no one")."""
    action = _action_object(head, cues)
    assert action is not None
    timeless = next(
        (c for c in head.children if c.dep_ == "advmod" and c.lower_ in cues.timeless_adverbs),
        None,
    )
    if timeless is not None:
        return _not(
            "timeless_statement",
            f"\u201c{timeless.text} {head.text}\u201d: what a kind of thing needs, a general "
            "truth, not a promise",
        )
    slots = tuple(slots_for(head, cues, vague))
    who = slots[0]
    if who.present:
        return _not("named_actor", f"who is named: {who.text} [{who.rule}]")
    if who.rule != "not_an_actor":
        return _not("unclear_subject", who.reason)
    context = _context(head, cues, vague)
    for noun in action.subtree:
        if any(c.dep_ == "poss" for c in noun.children):
            owned = judge_actor(noun, context, "owner")
            if owned.rule == "possessor_actor":
                # "requires continuance of our aggressive attack": whose act it is, is named.
                return _not("named_actor", f"who acts is named: {owned.text}")
    start = head.i
    span = head.doc[start : action.i + 1]
    overlapping = [v for v in vague if v.start < span.end and span.start < v.end]
    if overlapping:
        span = head.doc[start : max(head.i + 1, min(v.start for v in overlapping))]
    nobody = _nobody("needs_action", f"nobody is named to carry out the {action.text}")
    return Verdict(
        True, "needs_action", f"{cue_reason}; {nobody.reason}", span, head, (nobody, *slots[1:])
    )


def _needed_act_verdict(
    head: Token, cues: Cues, vague: tuple[Span, ...], cue_reason: str
) -> Verdict:
    """ "Many readjustments in existing taxes will be necessary": the act is needed and nobody is
    named to carry it out ("action by the Congress is needed", "our action", "is needed from
    the council" name who)."""
    needed = _needed_act(head, cues)
    assert needed is not None
    action, need = needed
    amount = next((t for t in action.subtree if t.ent_type_ in AMOUNT_ENTITIES), None)
    if amount is not None:
        # "appropriations of 825 million dollars will be needed": the act sized by a sum is a
        # budget's estimate of what it will take, not a promise (no sum: "New appropriations
        # will be needed" still asks who).
        return _not(
            "budget_estimate",
            f"\u201c{action.text}\u201d sized by a sum ({amount.text} ...): an estimate, "
            "not a promise",
        )
    # "required from State and local governments": the preposition hangs on the verb.
    doer = _named_doer((*action.subtree, *head.children), _context(head, cues, vague))
    if doer is not None:
        return _not("named_actor", f"who acts is named: {doer}")
    slots = tuple(slots_for(head, cues, vague))
    doc = head.doc
    span = doc[min([head.i, *(c.i for c in _auxiliaries(head))]) : max(head.i, need.i) + 1]
    overlapping = [v for v in vague if v.start < span.end and span.start < v.end]
    if overlapping:
        span = doc[span.start : max(span.start + 1, min(v.start for v in overlapping))]
    nobody = _nobody("needed_act", f"nobody is named to carry out the {action.text}")
    return Verdict(
        True, "needed_act", f"{cue_reason}; {nobody.reason}", span, head, (nobody, *slots[1:])
    )


def _required_act(
    head: Token, verb: Token, cues: Cues, vague: tuple[Span, ...], cue_reason: str
) -> Verdict:
    """ "It will be necessary to raise the debt limit": the act is required and nobody is named
    to do it ("it is essential for the Congress to act" names who, and is an adverbial clause,
    not this one)."""
    necessity = _necessity(head, cues)
    assert necessity is not None
    doc = head.doc
    span = doc[min([head.i, *(c.i for c in _auxiliaries(head))]) : necessity.i + 1]
    overlapping = [v for v in vague if v.start < span.end and span.start < v.end]
    if overlapping:
        span = doc[span.start : max(head.i + 1, min(v.start for v in overlapping))]
    slots = tuple(slots_for(verb, cues, vague))
    nobody = _nobody("necessity", f"nobody is named to {verb.lemma_.lower()}")
    return Verdict(
        True, "necessity", f"{cue_reason}; {nobody.reason}", span, verb, (nobody, *slots[1:])
    )


def _action_object(head: Token, cues: Cues) -> Token | None:
    """The object of "need" that names an act ("reevaluation", "review", "repair"), or a gerund
    with no subject of its own ("the old pier needs repainting")."""
    return next(
        (
            c
            for c in head.children
            if (c.dep_ == "dobj" and c.pos_ == "NOUN" and _is_action(c, cues)) or _is_gerund_act(c)
        ),
        None,
    )


def _is_gerund_act(token: Token) -> bool:
    """ "repainting" in "the pier needs repainting": a gerund object that is an act, with no
    subject of its own."""
    return (
        token.dep_ in ("xcomp", "dobj")
        and token.tag_ == "VBG"
        and token.i > token.head.i
        and not any(c.dep_ in ("nsubj", "aux") for c in token.children)
    )


def _is_action(noun: Token, cues: Cues) -> bool:
    """An undertaking noun ("review", "talks") or a noun of action ("agreement",
    "reevaluation"); not a state, a feeling or a group that only ends like one
    (``not_act_nouns``: "temptation", "nation"), nor a virtue or a quality (``virtue_nouns``:
    "patience", "tolerance", "vision")."""
    lemma = noun.lemma_.lower()
    return lemma in cues.undertaking_nouns or (
        len(lemma) > 5
        and lemma.endswith(NOMINALISATION_ENDINGS)
        and lemma not in cues.not_act_nouns  # "there will be temptations": not an act
        and lemma not in cues.virtue_nouns  # "the road requires patience": a quality
    )


def _attribute(verb: Token) -> Token | None:
    """The noun after "be" ("must be the first task"), or None."""
    return next((c for c in verb.children if c.dep_ == "attr"), None)


def _duty_of_act(verb: Token, cues: Cues, vague: tuple[Span, ...]) -> Token | None:
    """The act that "must be" a duty with no owner, or None: "Equalizing of business
    opportunity ... must be a prime responsibility in the reconversion period" (round four's tune,
    cue4-037, labelled unassigned), "Repairing the roads must be the first task" (own contrast
    set, c77). ANNOTATION.md flags a clause that "commits to an action" when "no one is named to
    carry it out": a gerund or a noun of action (:func:`_is_action`) as subject, required under
    "must / shall" to be a task, a duty or a priority (``duty_nouns``) that belongs to nobody.
    Not: a duty with its owner ("must be the county council's first task", "must remain the
    primary responsibility of the people living there", round nine's tune, cue9-027, labelled
    none), a subject that is no act ("This must be our first task"), "will be in the best
    interest" (no duty noun)."""
    duty = _attribute(verb)
    if duty is None or duty.lemma_.lower() not in cues.duty_nouns:
        return None
    if any(c.dep_ == "poss" for c in duty.children):
        return None  # "the county council's first task", "our first duty"
    context = _context(verb, cues, vague)
    for owner in _prepositional_objects(duty, ("of", "for")):
        if judge_actor(owner, context, "owner").present:
            return None  # "the primary responsibility of the people"
    for child in verb.children:
        if child.i > verb.i:
            continue
        if (
            child.dep_ in ("csubj", "advcl")
            and child.tag_ == "VBG"
            and not any(c.dep_ in ("nsubj", "poss", "mark", "aux") for c in child.children)
        ):
            return child  # "Repairing the roads must be ...", "Equalizing of ... must be ..."
        if (
            child.dep_ == "nsubj"
            and _is_action(child, cues)
            and not any(c.dep_ == "poss" for c in child.children)
        ):
            return child  # "The repair of the roads must be the first task"
    return None


def _needed_quality(head: Token, cues: Cues) -> Token | None:
    """ "The new road requires patience", "Such a leadership requires vision, courage and
    tolerance": what a need verb (``need_verbs``) asks for is a virtue or a quality
    (``virtue_nouns``), not an act. ANNOTATION.md flags a clause that "commits to an action";
    a quality needed is no act anyone is named, or left unnamed, to carry out ("to end
    inter-service disputes requires clear organization" needs an act, and stays a finding)."""
    if head.lemma_.lower() not in cues.need_verbs:
        return None
    return next(
        (c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in cues.virtue_nouns),
        None,
    )


MEASURE_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL"})


# A sum or a measure ("1,740 million dollars", "40 tons", "5 percent"), not a count of people.
AMOUNT_ENTITIES = frozenset({"MONEY", "QUANTITY", "PERCENT"})


def _likelihood_form(token: Token, cues: Cues) -> bool:
    """ "estimated", "expected": a participle of a word of likelihood (the tagger's lemma of an
    adjective use is not always the verb's)."""
    lower = token.lower_
    return any(
        form in cues.likelihood_words
        for form in (token.lemma_.lower(), lower.removesuffix("d"), lower.removesuffix("ed"))
    )


def _measures(verb: Token, cues: Cues) -> bool:
    """ "The work should take about three weeks", "it should cost less": a verb of measure or an
    object that is an amount: an estimate."""
    if verb.lemma_.lower() in cues.measure_verbs | cues.change_verbs:
        return True
    return any(c.dep_ == "dobj" and c.ent_type_ in MEASURE_ENTITIES for c in verb.children)


# "committed to", "agreed on": what an actor in the passive of a promise verb is bound to.
BOUND_PREPOSITIONS = frozenset({"to", "on", "upon"})


def _bound_subject(verb: Token, cues: Cues, vague: tuple[Span, ...]) -> str | None:
    """ "Our people are committed to the creation of opportunity", "the council is pledged to
    act": an actor bound "to" something is who commits ("Security is guaranteed" names no one)."""
    if not any(
        (c.dep_ == "prep" and c.lower_ in BOUND_PREPOSITIONS) or c.dep_ == "xcomp"
        for c in verb.children
    ):
        return None
    # The parser sometimes hangs the subject on the auxiliary ("The governors are committed").
    subject = subject_of(verb) or next(
        (s for a in _auxiliaries(verb) for s in a.children if s.dep_ in ("nsubj", "nsubjpass")),
        None,
    )
    if subject is None:
        return None
    who = judge_actor(subject, _context(verb, cues, vague), "subject")
    return who.text if who.present else None


DESCRIPTION_DEPS = frozenset({"oprd", "acomp", "attr", "xcomp"})


def _is_deemed(verb: Token, cues: Cues) -> bool:
    """ "will be considered null and void", "will be seen as one of the great moments", "should
    be called the bill of rights": a deeming verb with what the thing is deemed to be."""
    if verb.lemma_.lower() not in cues.deeming_verbs:
        return False
    return any(
        c.dep_ in DESCRIPTION_DEPS or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children
    )


def _nobody(rule: str, reason: str) -> Slot:
    return Slot("who", False, None, None, None, rule, reason)


def _is_remark_frame(verb: Token, cues: Cues) -> bool:
    """ "It should be noted that ...", "it must be remembered that ...": a passive remark verb
    with an empty "it" and a clause of its own."""
    return (
        is_passive(verb)
        and verb.lemma_.lower() in cues.remark_verbs
        and any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in verb.children)
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


def _undergoes(verb: Token, subject: Token, cues: Cues) -> bool:
    """ "The club will reopen", "Homework clubs will run on Mondays": a place or service as the
    subject of an ergative verb with no object is what the act is done to."""
    if verb.lemma_.lower() not in cues.ergative_verbs:
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in verb.children):
        return False
    return subject.lemma_.lower() in cues.venue_nouns or subject.ent_type_ == "FAC"


def _state_of_mind(verb: Token, subject: Token, cues: Cues) -> bool:
    """ "But the world has to wonder what the dictator of Iraq is thinking", "Management must
    realize that costs matter": a state of mind (``thinking_verbs``) urged on a subject nobody names
    as acting. ANNOTATION.md flags "a clause that commits to an action"; believing, knowing or
    wondering is no action anyone can be assigned (the annotators leave "We must know that ..."
    and "we must realize clearly that ..." unflagged, "'must know' is no action"). A plan's or a
    law's "must recognize" is still the plan's act (``thing_subject``), and so is one with an
    object, which may be an act ("refuse to recognize any government", "realize major
    savings"): only what is known or wondered, a clause or nothing, is a state of mind."""
    return (
        verb.lemma_.lower() in cues.thinking_verbs
        and not _is_plan(subject, cues)
        and not any(c.dep_ in ("dobj", "dative") for c in verb.children)
    )


def _referred_act(verb: Token, subject: Token, cues: Cues) -> bool:
    """ "None of this will happen with a snap of the fingers, but it will happen", "It will remain
    so based as far ahead as we can see", "it has been necessary, and it will continue": a subject
    that only points back ("it", "this": the who detector's ``empty_subject``) with a verb that
    says nothing but that the thing comes about or goes on (``coming_about_verbs``, no object or
    complement of its own, not denied). The frame, as ANNOTATION.md's "Promises that name no
    one" words it: flag a clause that "commits to an action ... when no one is named to carry it
    out: ... a thing as subject that cannot act". What such a clause promises is what was just
    described, to be done or kept; a pointing subject with a verb of effect ("This will help",
    "It will balance the budget", "it will take time", "It will not work") claims a result and
    stays ``unclear_subject``, and so does a state it keeps ("it will remain high", "It will
    remain a problem": a forecast)."""
    return (
        verb.lemma_.lower() in cues.coming_about_verbs
        and subject.dep_ != "expl"
        and not any(
            c.dep_ in ("neg", "dobj", "ccomp", "xcomp", "attr", "acomp", "oprd")
            for c in verb.children
        )
    )


def _carried_on(verb: Token, subject: Token, required: bool, cues: Cues) -> bool:
    """ "These programs will continue in 1976", "Aid to veterans will continue at peak level",
    "that progress must continue": an act carried on (``continuing_verbs``, with no complement:
    not "continue to rise", whose verb is "rise") by a thing that cannot act. ANNOTATION.md
    flags "a thing as subject that cannot act" and leaves "forecasts and schedules that nobody
    decides": an undertaking, a plan or money (:func:`_is_undertaking`) goes on only if someone
    keeps it going, and under "must / shall" whatever is to go on is required of someone; "The
    dispute will continue" under "will" is still a forecast (``happens_by_itself``), and so is
    "Expenditures ... will continue" (an expenditure is not listed as an undertaking: with it,
    "expenditures will amount to ..." became promises)."""
    if verb.lemma_.lower() not in cues.continuing_verbs:
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd") for c in verb.children):
        return False
    return required or _is_undertaking(subject, cues)


PERSON_ENTITIES = frozenset({"PERSON", "NORP"})


def _required_state(
    verb: Token, cues: Cues, vague: tuple[Span, ...], kept: Token | None = None
) -> Verdict | None:
    """ "every school in America must be drug-free", "the process must be fair": a state
    required of a thing (not of a person or a body, who would be named by it) with nobody named
    to bring it about. With ``kept`` (the word :func:`_kept_state` found), the same test for a
    state promised with "will": "the canal will be open always" (``kept_state``)."""
    # An adjective only: "must be upon the buying power of our own people" relates, it does not
    # require a state.
    complement = kept or _state_complement(verb)
    if complement is None or any(c.dep_ == "attr" for c in verb.children):
        return None
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return None  # "must have been": a guess about the past
    subject = subject_of(verb)
    if subject is None or subject.dep_ == "expl" or subject.lower_ in ("it", "there"):
        return None
    if complement.lemma_.lower() in cues.effect_adjectives:
        return None  # "shall be liable", "shall be subject to": a legal effect, not a state to bring about
    lemma = subject.lemma_.lower()
    bearer = judge_actor(subject, _context(verb, cues, vague), "subject")
    granted = _granted_ability(complement, subject, cues)
    if (
        (bearer.present or subject.ent_type_ in PERSON_ENTITIES)
        and lemma not in cues.venue_nouns
        and not granted
    ):
        return None  # "The government must be transparent": the requirement names its bearer
    if kept is not None and any(
        _author(noun, cues, vague) is not None for noun in (subject, *subject.conjuncts)
    ):
        return None  # "materials that you post will be available": who makes it so is named
    doc = verb.doc
    modal_start = min([verb.i, *(c.i for c in _auxiliaries(verb))])
    span = doc[modal_start : complement.i + 1]
    overlapping = [v for v in vague if v.start < span.end and span.start < v.end]
    if overlapping:
        span = doc[modal_start : max(verb.i + 1, min(v.start for v in overlapping))]
    while len(span) > 1 and span[-1].dep_ in ("cc", "punct"):
        span = span[:-1]  # "must be across the board and [fair]": not the joining word
    slots = tuple(slots_for(verb, cues, vague))
    if kept is not None:
        who = _nobody("kept_state", "nobody is named to keep the state")
        reason = f"a state promised of \u201c{subject.text}\u201d; nobody is named to keep it"
    else:
        who = _nobody("required_state", "nobody is named to bring the state about")
        reason = (
            f"a state required of \u201c{subject.text}\u201d; nobody is named to bring it about"
        )
    return Verdict(True, who.rule, reason, span, verb, (who, *slots[1:]))


def _kept_state(verb: Token, cues: Cues) -> Token | None:
    """The word of a state kept ready for use (``kept_state_words``) that "will be" promises, or
    None: "They guarantee that the canal will be open always", "Social Security will be there
    when you need it", "The line of credit will be available up to the end of 1951". The frame,
    as ANNOTATION.md's "Promises that name no one" words it: flag a clause that "commits to an
    action ... when no one is named to carry it out: ... a thing as subject that cannot act". A
    thing does not keep itself open or available; someone has to, and a state promised of it
    commits that someone as "must be drug-free" does (``required_state``, which then judges the
    subject: a person or a body, "The council will be available", names who). Not a state
    denied ("will not be available": nothing to keep) nor one of quality or result ("will be
    adequate", "will be in the best interest": ``not_an_action``), nor one expected ("the new
    office should be ready by next month": "should" forecasts, as in ``expectation``)."""
    if any(c.dep_ == "neg" for c in verb.children) or not any(
        c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children
    ):
        return None
    complement = _state_complement(verb) or next(
        (c for c in verb.children if c.dep_ == "advmod" and c.lower_ in cues.kept_state_words),
        None,
    )  # "will be there": the parser hangs the adverb on "be"
    if complement is None or complement.lower_ not in cues.kept_state_words:
        return None
    return complement


# "will be from war surpluses", "will be by direct debit", "will be through the side gate": the
# source, means or way of an act.
ARRANGING_PREPOSITIONS = frozenset({"from", "by", "through", "via"})


def _arranged_act(
    head: Token,
    verb: Token,
    modal: Token | None,
    cues: Cues,
    vague: tuple[Span, ...],
    cue_reason: str,
) -> Verdict | None:
    """ "Procurement for this purpose will be from war surpluses", "Payment will be by direct
    debit": an act as the subject of "will / must be" with where it comes from or how it goes is
    an arrangement promised, and nobody is named to carry the act out. A figure ("will be from 7
    to 5 percent", "by a third") measures; an act whose doer is given ("our procurement", "procurement by the
    council") names who."""
    if modal is None or head != verb:
        return None
    subject = subject_of(verb)
    if subject is None or subject.pos_ != "NOUN" or not _is_action(subject, cues):
        return None
    preposition = next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep"
            and c.lower_ in ARRANGING_PREPOSITIONS
            and any(g.dep_ == "pobj" for g in c.children)
        ),
        None,
    )
    if preposition is None or any(
        t.like_num or t.ent_type_ in MEASURE_ENTITIES for t in preposition.subtree
    ):
        return None  # "will be from 7 to 5 percent", "will be by a third": a measure
    # "our procurement", "will be by the council", "will be from the county council": named.
    if _named_doer((*subject.subtree, *preposition.subtree), _context(verb, cues, vague)):
        return None
    slots = tuple(slots_for(verb, cues, vague))
    doc = verb.doc
    span = doc[_verb_phrase(verb, verb).start : preposition.i]
    who = _nobody("arranged_act", f"nobody is named to carry out the {subject.text}")
    return Verdict(
        True,
        "arranged_act",
        f"{cue_reason}; \u201c{subject.text}\u201d is an act arranged "
        f"\u201c{preposition.text} ...\u201d, and nobody is named to carry it out",
        span,
        verb,
        (who, *slots[1:]),
    )


def _granted_ability(complement: Token, subject: Token, cues: Cues) -> bool:
    """ "they must be able to buy health insurance", "every pupil must be able to swim": an
    ability required for someone (``ability_words`` + a verb after "to") is brought about by
    someone else, who is not named; the speaker's own ("we must be able to defend ourselves")
    binds the speaker."""
    return (
        complement.lemma_.lower() in cues.ability_words
        and any(c.dep_ == "xcomp" for c in complement.children)
        and subject.lower_ not in cues.speaker_pronouns
    )


def _state_complement(verb: Token) -> Token | None:
    """The adjective "be" requires: "must be drug-free"; and "must be across the board and
    fair", where the parser joins the adjective to the preposition's noun (an adjective is never
    a noun's conjunct, so it is the second complement of "be")."""
    complement = next((c for c in verb.children if c.dep_ == "acomp"), None)
    if complement is not None:
        return complement
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj":
                adjective = next(
                    (c for c in noun.children if c.dep_ == "conj" and c.pos_ == "ADJ"), None
                )
                if adjective is not None:
                    return adjective
    return None


def _names_an_agent(verb: Token, slots: tuple[Slot, Slot, Slot]) -> bool:
    """A passive with a "by" phrase that is neither its time nor its means ("by the end of
    term", "by means of a mission"): "will be rewarded by a harvest"."""
    agent = passive_agent(verb) if is_passive(verb) else None
    if agent is None:
        return False
    for slot in slots[1:]:
        inside = slot.start is not None and slot.end is not None
        if slot.present and inside and slot.start <= agent.idx < slot.end:
            return False
    return True


def _joined_agent(verb: Token, cues: Cues, vague: tuple[Span, ...]) -> str | None:
    """ "The program must be planned and carried out by the county council": a passive joined
    to ``verb`` with no auxiliaries of its own shares ``verb``'s "must be", and so its "by"
    phrase is ``verb``'s too. ANNOTATION.md: "Do not flag: a commitment that names who acts".
    The actor it names, or None ("must be organized at the State level and must be supported by
    the States": the second passive has its own "must be", and its own "by")."""
    joined = verb
    for _ in range(len(verb.doc)):
        joined = next((c for c in joined.children if c.dep_ == "conj" and c.tag_ == "VBN"), None)
        if joined is None or any(c.dep_ in AUXILIARY_DEPS for c in joined.children):
            return None
        agent = passive_agent(joined)
        if agent is not None:
            who = judge_actor(agent, _context(joined, cues, vague), "agent")
            return who.text if who.present else None
    return None


def _same_act_doer(verb: Token, cues: Cues, vague: tuple[Span, ...]) -> str | None:
    """ "We are spending the taxpayer's money, and it must be spent in a way which guarantees
    his money's worth": the passive's act is one the same sentence has a named actor doing (the
    same verb, active, with its own subject, not denied unless the passive is denied too), so
    who carries it out is named. ANNOTATION.md: "Do not flag: a commitment that names who
    acts". The actor it names, or None ("The council sold the old mill, and the new one must be
    sold too" still names the council, "we must use Federal bank regulators ..., but they should
    not be used to ..." the limit's actor, and "we should not pass any measure--no measure
    should be passed that threatens Social Security" names "we" for the act both halves deny;
    "Prices are rising and must be cut" has no active "cut", "We will not cut it, but it
    must be cut" only one the actor refuses, and "Every person counts, so every person must be
    counted" one with nothing it is done to: "counts" there means matters)."""
    denied = _denied_act(verb)
    for token in verb.sent:
        if token.i == verb.i or token.lemma_ != verb.lemma_ or token.pos_ != "VERB":
            continue
        if is_passive(token) or (_denied_act(token) and not denied):
            continue  # "We will not cut the budget, but it must be cut": not by us
        if not _acts_on_something(token):
            continue  # "Every person counts, so every person must be counted": another sense
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        who = judge_actor(subject, _context(token, cues, vague), "subject")
        if who.present:
            return who.text
    return None


# "your attention will be directed to the new terms": the writer turns the reader's power.
READERS_POSSESSIVES = frozenset({"your"})


def _owned_faculty(verb: Token, cues: Cues, vague: tuple[Span, ...]) -> str | None:
    """ "The whole power and will and wisdom of our Government and of our people should be
    focused to contribute to ... international action", "Our energy must be directed to the
    schools": a power only its owner can bring to bear (``faculty_nouns``: power, will, effort,
    choice), promised to be turned or spent (``directing_verbs``: focus, direct, bring, devote),
    is turned by its owner; when the owner is named ("our", "of our Government"), so is who
    acts; the reader's own ("your attention will be directed to the new terms") is turned by the
    writer. ANNOTATION.md: "Do not flag: a commitment that names who acts". The owner it names
    (with the power), or None: "The full weight of the law must be brought to bear" (the law is no actor), "The
    whole effort should be focused on reading" (no owner), "our whole intelligence effort must
    be reviewed" (a review is done to the effort, by someone the clause does not name), "your
    ability to use some areas of our site will be limited" (a limit is set by others)."""
    if verb.lemma_.lower() not in cues.directing_verbs:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return None
    context = _context(verb, cues, vague)
    for power in (subject, *subject.conjuncts):
        if power.lemma_.lower() not in cues.faculty_nouns:
            continue
        owned = judge_actor(power, context, "subject")
        owner = next((c for c in power.children if c.dep_ == "poss"), None)
        if owned.rule == "possessor_actor" and owner.lower_ not in READERS_POSSESSIVES:
            return f"\u201c{owner.text}\u201d, whose {power.text} it is"
        for of in (c for c in power.children if c.dep_ == "prep" and c.lower_ in OF_PREPOSITIONS):
            for preposition in (of, *of.conjuncts):
                for owner in (c for c in preposition.children if c.dep_ == "pobj"):
                    if (who := judge_actor(owner, context, "owner")).present:
                        return f"\u201c{who.text}\u201d, whose {power.text} it is"
    return None


def _acts_on_something(verb: Token) -> bool:
    """Whether the active ``verb`` is done to something, as the passive's act is to its subject:
    an object ("we are spending the taxpayer's money") or, in a relative clause, the noun it
    describes ("the burdens he will bear"). Without one the verb is used in another sense ("Every
    person counts", "Sales have doubled")."""
    return verb.dep_ == "relcl" or any(c.dep_ in ("dobj", "dative") for c in verb.children)


def _denied_act(verb: Token) -> bool:
    """Whether the act of ``verb`` is said not to happen: a negation on the verb ("we should not
    pass any measure") or a denying word as what it is done to ("no measure should be passed",
    "we will pass no measure", "nothing must be sold")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    undergoer = ("nsubjpass",) if is_passive(verb) else ("dobj",)
    return any(
        c.dep_ in undergoer
        and (
            c.lower_ in NOTHING
            or any(d.dep_ == "det" and d.lower_ in DENYING_DETERMINERS for d in c.children)
        )
        for c in verb.children
    )


def _context(head: Token, cues: Cues, vague: tuple[Span, ...]) -> ClauseContext:
    return ClauseContext(head=head, tokens=tuple(head.subtree), vague=vague, cues=cues)


def _acting_conjunct(
    subject: Token | None, verb: Token, cues: Cues, vague: tuple[Span, ...]
) -> str | None:
    """The first of a coordinated subject's other members that is an accountable actor
    ("agriculture, business, and labor": business), if any."""
    if subject is None:
        return None
    context = _context(verb, cues, vague)
    for member in subject.conjuncts:
        who = judge_actor(member, context, "subject")
        if who.present:
            return who.text
    return None


def _benefits_from_act(verb: Token, cues: Cues) -> Token | None:
    """ "Every community will benefit from the construction of schools": the act the subject
    gains from (a noun of action after "from"), which nobody is named to carry out."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and _is_action(noun, cues):
                    return noun
    return None


def _not_receiving(verb: Token, cues: Cues) -> str | None:
    """Why a verb of receiving ("get", "have") receives nothing here, or None: "we will get on
    our way" (no object), "get the deficit under control" (the object is put somewhere), "we will
    have none" (nothing). "will benefit from the construction of ..." receives an act."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects and _benefits_from_act(verb, cues) is not None:
        return None
    if not objects:
        return f"\u201c{verb.text}\u201d with no object receives nothing"
    if verb.lemma_ in ("have", "get") and any(c.dep_ == "neg" for c in verb.children):
        # "We will not have the luxury of ...": what is not had is not provided by anyone.
        return f"\u201cnot {verb.text}\u201d: nothing is received"
    if any(o.lower_ in NOTHING for o in objects):
        return f"\u201c{verb.text} {objects[0].text}\u201d: nothing is received"
    for prep in [c for holder in (verb, *objects) for c in holder.children]:
        if prep.dep_ == "prep" and prep.lower_ in RESULT_PREPOSITIONS and prep.i > objects[0].i:
            return f"\u201c{verb.text} ... {prep.text}\u201d puts the object somewhere: an act"
    return None


def _speaker_will_have(verb: Token, modal: Token | None, cues: Cues) -> str | None:
    """ "Next year we will have a surplus", "I shall have proposals to send you", "we'll get more
    jobs", "We will face the problems": the speaker's forecast of what they will hold, get or face
    (any verb of ``recipient_verbs``); nobody is promised to provide it. Only a future ("will",
    "shall", "is going to"): "we must have the tools" still asks who provides them, and a third
    party's "Ukraine will receive guarantees" still asks who gives them."""
    if modal is None or verb.lemma_.lower() not in cues.recipient_verbs:
        return None
    if modal.lower_ not in FUTURE_MODALS and modal.lower_ != GOING:
        return None
    subject = subject_of(verb)
    if subject is None or not (
        subject.lower_ in cues.speaker_pronouns or _speakers_homeland(subject, cues)
    ):
        return None
    return (
        f"\u201c{subject.text} {modal.text} {verb.text}\u201d: what the speaker expects to hold, "
        "not a promise that someone provides it"
    )


def _speakers_homeland(subject: Token, cues: Cues) -> bool:
    """ "this year, our country will have the first $2 trillion economy" (round thirteen's tune,
    cue13-067, labelled none): the speaker's own country or nation (``homeland_nouns`` with a
    possessive of ``speaker_possessives``) stands for the speaker, "we", and what it will have is
    the speaker's forecast (ANNOTATION.md: "Do not flag: ... forecasts and schedules that nobody
    decides"). "Every school will have a new roof" and "Ukraine will have guarantees" still ask
    who provides them; so does "our schools" (not the whole country)."""
    return subject.lemma_.lower() in cues.homeland_nouns and _speaker_owned(subject, cues)


def _speaker_owned(noun: Token, cues: Cues) -> bool:
    """Does the speaker own the noun ("our country", "my budget": ``speaker_possessives``)?"""
    return any(c.dep_ == "poss" and c.lower_ in cues.speaker_possessives for c in noun.children)


def _owned_plan_gives(
    verb: Token, subject: Token | None, passive: bool, who: Slot, cues: Cues
) -> str | None:
    """ "Our plan will provide them for every eligible child" (round eight's tune, cue8-021), "My
    budget will give every school a new library": the speaker's own plan, budget or bill
    (``plan_nouns`` with a possessive of ``speaker_possessives``) as the subject of a verb of
    giving (``giving_verbs``: provide, give, supply, pay ...) with something given. ANNOTATION.md
    flags "a thing as subject that cannot act"; the owner is named, but who gives the thing is
    not (round two's cue annotators: "a bill or plan as subject ... counted as a thing that
    cannot act, so unassigned"; round thirteen's first cue annotator: a budget or bill "that
    does something ('will provide', 'will put police on the street')" unassigned). A claim of
    result keeps the owner ("My balanced budget will extend health coverage", cue5-043, and
    "our reduced defense budget will maintain ...", cue6-015, both labelled assigned; "will
    increase funding", "will expand prosperity": outcome verbs, claims of result for both round
    thirteen annotators), and so does a named body's plan ("the council's plan will provide")."""
    if passive or subject is None or who.rule != "possessor_actor":
        return None
    if subject.lemma_.lower() not in cues.plan_nouns:
        return None
    if not _speaker_owned(subject, cues):
        return None
    if verb.lemma_.lower() not in cues.giving_verbs:
        return None
    if not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    return (
        f"\u201c{subject.text} ... {verb.text}\u201d: the speaker's {subject.lower_} cannot give "
        "anything itself; nobody is named to give it"
    )


def _thing_has(verb: Token, cues: Cues, vague: tuple[Span, ...]) -> str | None:
    """ "Our agricultural policies should have two main objectives": a thing that "has"
    something is described; nobody is promised to provide it (a person or a body that has
    something, "we must have the tools", still receives it)."""
    if verb.lemma_ != "have":
        return None
    subject = subject_of(verb)
    if subject is None or subject.pos_ != "NOUN":
        return None
    holder = judge_actor(subject, _context(verb, cues, vague), "subject")
    if holder.rule in ("not_an_actor", "possessor_actor"):
        return f"\u201c{subject.text}\u201d is a thing: \u201c{verb.text}\u201d describes it"
    return None


def _provider(verb: Token, cues: Cues, vague: tuple[Span, ...]) -> str | None:
    """ "you will receive from me a message", "guidance from the Department": "from" names who
    provides."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return _named_after((verb, *objects), PROVIDER_PREPOSITIONS, _context(verb, cues, vague))


PROVIDER_PREPOSITIONS = frozenset({"from"})
HELPER_PREPOSITIONS = frozenset({"from", "of"})
AGENT_PREPOSITIONS = frozenset({"by", "from"})
# "recommend to the Congress that ...": who a proposal is put to.
ADDRESSEE_PREPOSITIONS = frozenset({"to"})


def _named_after(
    holders: Iterable[Token], prepositions: frozenset[str], context: ClauseContext
) -> str | None:
    """The first accountable actor named as the object of one of ``prepositions`` hung on one of
    ``holders`` ("receive from me", "help from the Coast Guard"), or None."""
    for prep in (c for holder in holders for c in holder.children):
        if prep.dep_ == "prep" and prep.lower_ in prepositions:
            for noun in prep.children:
                if noun.dep_ == "pobj" and (who := judge_actor(noun, context, "agent")).present:
                    return who.text
    return None


def _named_doer(tokens: Iterable[Token], context: ClauseContext) -> str | None:
    """Who is named as doing an act among ``tokens`` (an act noun's subtree and its verb's
    words): an owner ("our procurement", "the council's review") or an actor after "by / from"
    ("procurement by the council", "required from State and local governments")."""
    for token in tokens:
        if token.dep_ == "poss" and (owner := judge_actor(token.head, context, "owner")).present:
            return owner.text
        if token.dep_ == "prep" and token.lower_ in AGENT_PREPOSITIONS:
            agents = [c for c in token.children if c.dep_ == "pobj"]
        elif token.dep_ == "pobj" and token.head.lower_ in AGENT_PREPOSITIONS:
            agents = [token]
        else:
            continue
        for agent in agents:
            if (who := judge_actor(agent, context, "agent")).present:
                return who.text
    return None


def _helper(verb: Token, cues: Cues, vague: tuple[Span, ...]) -> str | None:
    """ "will be used to protect our borders, with help from the Coast Guard", "with the help of
    the county council": "with" a noun of help (``help_nouns``) from or of a named actor names
    who carries the act out, on the verb or on the verb after its "to"."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB")]
    helps = [
        noun
        for holder in holders
        for with_ in holder.children
        if with_.dep_ == "prep" and with_.lower_ == "with"
        for noun in with_.children
        if noun.dep_ == "pobj" and noun.lemma_.lower() in cues.help_nouns
    ]
    return _named_after(helps, HELPER_PREPOSITIONS, _context(verb, cues, vague))


RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
# A participle or relative clause on the clause or on the thing promised: "carried out by the
# estates team", "a survey that the estates team will carry out".
PHRASE_DEPS = frozenset({"acl", "advcl", "relcl"})
# "in the form of notes": the noun a chain of "of" leads to is the thing itself.
OF_PREPOSITIONS = frozenset({"of"})
# "will be paid in notes issued by ...": the form a thing is given in.
FORM_PREPOSITIONS = frozenset({"in"})


def _doer_in_phrase(
    head: Token, verb: Token, things: tuple[Token, ...], cues: Cues, vague: tuple[Span, ...]
) -> str | None:
    """ "Every school will receive a solar survey within 18 months, carried out by the estates
    team", "will receive a survey that the estates team will carry out", "will be paid in notes
    issued by the Secretary of the Treasury", "will be repaired through a scheme run by the
    council": a participle or relative clause whose act is one of ``doing_verbs`` ("carry out",
    "run", "provide", "issue" ...) names who does it, on the clause itself, on the thing promised
    (the object, or what "there will be"), on the channel ("through / via") or, with a verb of
    giving (``giving_verbs``), on the form the thing is given "in". That doer carries out the
    promised act, so someone is named. "A programme funded by the EU will be launched", "with
    money provided by the EU", "adjustments recommended by the Commission" name a funder, a
    supplier of means or an adviser, not who acts, and stay findings. The reason on the verdict,
    or None."""
    context = _context(verb, cues, vague)
    holders = [head, verb, *things]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    prepositions = set(cues.channel_prepositions)
    if verb.lemma_.lower() in cues.giving_verbs:
        prepositions |= FORM_PREPOSITIONS
    nouns = [*things, *objects, *_prepositional_objects(verb, prepositions)]
    while nouns:
        noun = nouns.pop()
        holders.append(noun)
        nouns += _prepositional_objects(noun, OF_PREPOSITIONS)
    for holder in dict.fromkeys(holders):
        for phrase in holder.children:
            if phrase.dep_ not in PHRASE_DEPS or not _is_doing(phrase, cues):
                continue
            for doer in _phrase_doers(phrase, cues):
                who = judge_actor(doer, context, "agent")
                if who.present:
                    return (
                        f"\u201c{_with_particle(phrase, phrase.text)} ... {doer.text}\u201d names "
                        f"who does it: {who.text}"
                    )
    return None


def _prepositional_objects(token: Token, prepositions: Iterable[str]) -> list[Token]:
    """The objects of ``token``'s prepositions that are among ``prepositions``."""
    return [
        noun
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in prepositions
        for noun in prep.children
        if noun.dep_ == "pobj"
    ]


def _in_other_phrase(noun: Token, verb: Token) -> bool:
    """Is ``noun`` the "by" of a participle or relative clause other than ``verb`` ("a programme
    funded by the EU")?"""
    agent = noun.head
    return agent.dep_ == "agent" and agent.head != verb and agent.head.dep_ in PHRASE_DEPS


def _is_doing(phrase: Token, cues: Cues) -> bool:
    """Is ``phrase``'s act one of ``doing_verbs``? A phrasal verb counts only with its particle
    ("carried out" is listed as "carry out"; "run" alone is "run")."""
    lemma = phrase.lemma_.lower()
    particles = [c.lower_ for c in phrase.children if c.dep_ == "prt"]
    if particles:
        return any(f"{lemma} {particle}" in cues.doing_verbs for particle in particles)
    return lemma in cues.doing_verbs


def _phrase_doers(phrase: Token, cues: Cues) -> Iterator[Token]:
    """Who a participle or relative clause says does its act: the noun after its "by" ("carried
    out by the estates team"), or the subject of an active relative clause ("that the estates
    team will carry out"; a relative pronoun there is the thing itself, not a doer). A relative
    clause of what is possible ("the best teaching that the school can provide") measures the
    thing, like "can" anywhere (ANNOTATION.md's "may affect"): it gives nobody the act."""
    possible = any(c.dep_ == "aux" and c.lower_ in cues.possibility_modals for c in phrase.children)
    for child in phrase.children:
        if child.dep_ == "agent":
            yield from (c for c in child.children if c.dep_ == "pobj")
        elif (
            child.dep_ == "nsubj"
            and phrase.dep_ == "relcl"
            and child.tag_ not in RELATIVE_TAGS
            and not is_passive(phrase)
            and not possible
        ):
            yield child


def _author(subject: Token, cues: Cues, vague: tuple[Span, ...]) -> str | None:
    """ "The revenue sharing proposals I send to the Congress", "the programs we adopt": a plan
    whose relative clause names who makes it names who carries it out."""
    for clause in subject.children:
        if clause.dep_ != "relcl" or is_passive(clause):
            continue
        context = _context(clause, cues, vague)
        for child in clause.children:
            if child.dep_ == "nsubj" and child.tag_ not in RELATIVE_TAGS:
                who = judge_actor(child, context, "subject")
                if who.present and who.text is not None:
                    return who.text
    return None


def _is_plan(subject: Token | None, cues: Cues) -> bool:
    """A plan or an undertaking as subject, or counted from one ("Many of these proposals")."""
    if subject is None:
        return False
    nouns = [subject, *(g for c in subject.children if c.lower_ == "of" for g in c.children)]
    plans = cues.plan_nouns | cues.undertaking_nouns
    return any(noun.lemma_.lower() in plans for noun in nouns)


def _is_undertaking(subject: Token, cues: Cues) -> bool:
    """Something somebody has to carry out: "the plan", "talks", "this bill" (an undertaking or a
    plan noun), or an amount of money to be spent ("about $4 billion will go to business"; not
    "the debt limit of $300 billion", a thing the amount measures)."""
    if {subject.lemma_.lower(), subject.lower_} & (cues.undertaking_nouns | cues.plan_nouns):
        return True  # "This bill will establish a commission": a plan's act is someone's
    # The amount itself (or the amount it is put as: "one-fourth of the cut, about $4 billion"),
    # not a thing it measures: "The debt limit of 300 billion dollars will provide an ample
    # margin" claims a result of a limit; nobody is to spend it.
    amounts = [subject, *(c for c in subject.children if c.dep_ == "appos")]
    return any(amount.ent_type_ == "MONEY" for amount in amounts)


NOMINALISATION_ENDINGS = ("ment", "tion", "sion", "ance", "ence", "al")


def _existential_undertaking(verb: Token, cues: Cues, any_noun: bool = False) -> Token | None:
    """ "there will be such an agreement": the promised undertaking after an existential "be"
    (an undertaking noun or a noun of action such as "agreement", "investigation"). Under a
    requirement (``any_noun``: "there must be a new approach to farm policy") any noun but one
    of likelihood ("there must be some doubt") is required of someone."""
    if not any(c.dep_ == "expl" for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "attr" and child.pos_ == "NOUN":
            if _is_action(child, cues) or _refused_change(child, cues):
                return child
            if any_noun and child.lemma_.lower() not in cues.likelihood_words:
                return child
    return None


# "no cut in bus routes", "no new tax on fuel": what the refused change is in or on.
REFUSED_CHANGE_PREPOSITIONS = frozenset({"in", "on"})


def _refused_change(noun: Token, cues: Cues) -> bool:
    """ "There will be no cut in bus routes", "there will be no increase in fees": a change
    refused in something is promised (someone has to see that it does not happen), whatever the
    noun; "there will be no easy answers" (no "in / on") foresees, and so does "no doubt about"
    or "no rain in the north" (``likelihood_words``, ``self_acting_nouns``)."""
    lemma = noun.lemma_.lower()
    return (
        any(c.dep_ == "det" and c.lower_ in DENYING_DETERMINERS for c in noun.children)
        and any(c.dep_ == "prep" and c.lower_ in REFUSED_CHANGE_PREPOSITIONS for c in noun.children)
        and lemma not in cues.likelihood_words | cues.self_acting_nouns | cues.not_act_nouns
    )


def _actor_in_means(verb: Token, how: Slot, cues: Cues, vague: tuple[Span, ...]) -> str | None:
    """ "funded from the school's capital budget": the means belongs to a named actor;
    "delivered via the county's music service": the act goes through an accountable body. Either
    way who acts is named."""
    if how.start is None or how.end is None:
        return None
    evidence = verb.doc.char_span(how.start, how.end, alignment_mode="expand")
    if evidence is None:
        return None
    context = ClauseContext(head=verb, tokens=tuple(evidence), vague=vague, cues=cues)
    for token in evidence:
        if token.dep_ == "pobj" and _in_other_phrase(token, verb):
            # "A programme funded by the EU will be launched": the funder of the thing, not who
            # launches it; a doer named so is judged by doer_in_phrase alone.
            continue
        if token.dep_ == "pobj":
            verdict = judge_actor(token, context, "means")
            if verdict.present and verdict.rule in ("possessor_actor", "named_actor"):
                return verdict.text
            if (
                verdict.present
                and verdict.rule == "actor_noun"
                and token.head.lower_ in cues.channel_prepositions
            ):
                # "via the county's music service", "through the local councils": the body the
                # act goes through carries it out.
                return verdict.text
    return None


def _wish(head: Token, cues: Cues) -> Token | None:
    """ "We hope the rains will come", "a letter servicemen write and hope will never be sent":
    a clause under a word of wishing (``wish_words``) is a wish. The word is the clause's
    governor, or (when the parser hangs the clause elsewhere) the word just before it."""
    if head.dep_ in ("ccomp", "xcomp", "acl") and head.head.lemma_.lower() in cues.wish_words:
        return head.head
    start = head.left_edge.i
    if head.dep_ != "ROOT" and start > 0:
        before = head.doc[start - 1]
        if before.lemma_.lower() in cues.wish_words or before.lower_ in cues.wish_words:
            return before
    return None


def _speakers_hope(wish: Token, cues: Cues) -> bool:
    """Whether ``wish`` is the speaker's own hope, said now ("I hope that early action will be
    taken to authorize these Federal programs", "We hope that the old rules will be repealed
    soon"): a main-clause verb of wishing in the present, with "I" or "we" as subject
    (``speaker_pronouns``), not negated and with no modal. ANNOTATION.md flags "Promises, plans,
    proposals, requirements ... in any tense that commits", and "hope to" is itself a soft
    commitment: the speaker who hopes that an act will be done proposes it, and the clause is
    judged itself (who is to take the action?). Others' hopes are reported wishes
    (``wish_frame``): "a letter servicemen write and hope will never be sent", "Parents hope the
    old rules will be repealed", "I express the hope that ..." (a noun, not a verb)."""
    return (
        wish.pos_ == "VERB"
        and wish.dep_ in MAIN_CLAUSE_DEPS
        and wish.tag_ in PRESENT_TAGS
        and any(c.dep_ == "nsubj" and c.lower_ in cues.speaker_pronouns for c in wish.children)
        and not has_modal(wish)
        and not any(c.dep_ == "neg" for c in wish.children)
    )


def _is_time(subject: Token, cues: Cues) -> bool:
    """A year, a date or a stretch of time as subject ("1945", "the coming decade")."""
    return subject.ent_type_ == "DATE" or (
        subject.pos_ == "NOUN" and subject.lemma_.lower() in cues.time_nouns
    )


def _bare_virtue(subject: Token | None, cues: Cues) -> Token | None:
    """ "hope must be tempered with caution", "patience must be shown": under a requirement, a
    virtue or a feeling (``virtue_nouns``) standing alone as subject is advice to anyone.
    "Our patience", "continued vigilance", "the head's caution" are someone's, or an act kept up."""
    if subject is None or subject.lemma_.lower() not in cues.virtue_nouns:
        return None
    if any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in subject.children):
        return None
    return subject


def _cause_of_change(
    head: Token, verb: Token, subject: Token | None, cues: Cues, vague: tuple[Span, ...]
) -> Token | None:
    """ "Because of the high prosperity ..., the number of immigrants will be reduced", "With the
    coming of unity ..., the assistance will be multiplied": a change (a passive, or a verb of
    ``change_verbs``) whose cause the clause gives (``cause_words``) is a forecast of an effect.
    A cause that is an act, a plan, an amount or an actor ("because of the budget cuts",
    "thanks to the council") leaves the promise standing."""
    if not (is_passive(verb) or verb.lemma_.lower() in cues.change_verbs):
        return None
    context = _context(head, cues, vague)
    for holder in {head, verb}:
        for prep in holder.children:
            if prep.dep_ != "prep":
                continue
            if prep.lower_ in cues.cause_words:
                marker = prep  # "because (of)", "owing (to)", "due (to)"
                # The cause itself, not the places and times inside it ("in Germany").
                causes = [t for t in prep.subtree if t.dep_ == "pobj"][:1]
            elif prep.lower_ in ("with", "as"):
                causes = [
                    t
                    for t in prep.children
                    if t.dep_ == "pobj" and t.lemma_.lower() in cues.cause_words
                ]
                marker = prep
                # "with the coming of unity": the cause is what comes.
                causes = [t for noun in causes for t in noun.subtree if t.dep_ == "pobj"][:1]
                if not causes:
                    continue
            else:
                continue
            if causes and not any(_is_acting_cause(t, context, cues) for t in causes):
                return marker
    return None


def _is_acting_cause(noun: Token, context: ClauseContext, cues: Cues) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in cues.undertaking_nouns | cues.plan_nouns | cues.amount_nouns:
        return True
    return judge_actor(noun, context, "agent").present


CONTEST_PREPOSITIONS = frozenset({"in", "by", "at", "through", "on"})


def _deciding_contest(verb: Token, cues: Cues) -> Token | None:
    """ "The competition will be decided in one game", "the seat will be settled by a vote": a
    passive of deciding (``deciding_verbs``) whose decider is a contest (``contest_nouns``)."""
    if not is_passive(verb) or verb.lemma_.lower() not in cues.deciding_verbs:
        return None
    for prep in verb.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in CONTEST_PREPOSITIONS:
            for noun in prep.subtree:
                if noun.pos_ == "NOUN" and noun.lemma_.lower() in cues.contest_nouns:
                    return noun
    return None


def _speaker_obliged(verb: Token, modal: Token | None, cues: Cues) -> str | None:
    """ "We must have teachers of competence", "we must face the world as it is": the speaker
    binds itself to get or face it; who acts is named (the speaker), as with "We'll be partners".
    Only a requirement ("must", "should", "need to"): "we will receive" forecasts
    (``forecast_of_having`` for "have"), and a third party's "must have" still asks. A supply
    handed over by someone else (``supply_nouns``: "we must have the tools") still asks who
    provides it."""
    if modal is None or modal.lower_ in FUTURE_MODALS or modal.lower_ == GOING:
        return None
    if not (
        modal.lower_ in cues.requirement_modals | cues.expectation_modals
        or modal.lemma_.lower() in cues.obligation_verbs
    ):
        return None
    subject = subject_of(verb)
    if subject is None or subject.lower_ not in cues.speaker_pronouns:
        return None
    for thing in verb.children:
        if thing.dep_ == "dobj" and {thing.lower_, thing.lemma_.lower()} & cues.supply_nouns:
            return None  # "we must have the tools to do the job": who provides them?
    return (
        f"\u201c{subject.text} {modal.text} {verb.text}\u201d: the speaker binds itself to it; "
        "who acts is named"
    )


HOLDING_PREPOSITIONS = frozenset({"in", "into"})


def _delivered_to_holder(
    head: Token, verb: Token, cues: Cues, vague: tuple[Span, ...], cue_reason: str
) -> Verdict | None:
    """ "The broad principles of that bill will be in the hands of the leaders tomorrow": a
    thing due in someone's hands (``holding_nouns``) on a given time; the holder only receives,
    and who delivers is not named. Without a time ("the future will be in the hands of our
    children") it forecasts who will hold it; nothing is scheduled."""
    subject = subject_of(verb)
    if subject is None:
        return None
    context = _context(verb, cues, vague)
    if judge_actor(subject, context, "subject").present:
        return None  # "The minister will be in the hands of his advisers": a person, described
    for of, holder in _holders(verb, cues):
        if judge_actor(holder, context, "agent").present:
            slots = tuple(slots_for(verb, cues, vague))
            if not slots[2].present:
                return None  # no time: who will hold it, not a delivery due
            doc = verb.doc
            start = min([verb.i, *(c.i for c in _auxiliaries(verb))])
            span = doc[start : of.i + 1]
            who = _nobody(
                "recipient_subject",
                f"\u201c{holder.text}\u201d only receives \u201c{subject.text}\u201d; nobody is "
                "named to deliver it",
            )
            return Verdict(
                True,
                "recipient_subject",
                f"{cue_reason}; {who.reason}",
                span,
                verb,
                (who, *slots[1:]),
            )
    return None


def _holders(verb: Token, cues: Cues) -> Iterator[tuple[Token, Token]]:
    """("of", the holder) for "be in the hands of the leaders" on ``verb``."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in HOLDING_PREPOSITIONS:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lower_ not in cues.holding_nouns:
                continue
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            holder = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
            if of is not None and holder is not None:
                yield of, holder


def _opens_a_point(doc: Doc, cues: Cues) -> bool:
    """A paragraph that opens as a point of a list: "3. ", "(b) " (``NUMBERED_POINT``) or an
    ordinal word and a comma ("Fourth, ...", ``ordinal_words``)."""
    if not len(doc):
        return False
    if NUMBERED_POINT.match(doc[: min(len(doc), 6)].text + " "):
        return True
    return _opens_with_ordinal(doc, cues)


def _opens_with_ordinal(doc: Doc, cues: Cues) -> bool:
    """ "Fourth, the balancing of the budget ...": an ordinal word and a comma open the paragraph."""
    return len(doc) > 2 and doc[0].lower_ in cues.ordinal_words and doc[1].text == ","


def listed_act(doc: Doc, cues: Cues, vague: tuple[Span, ...] = ()) -> tuple[Token, Verdict] | None:
    """ "Fourth, the balancing of the budget in the next fiscal year and the achieving of a
    substantial surplus ...", "Third, continuation of an aggressive program of home
    construction", "3. Lifting of all sanctions.": a point of a plan that is only a noun of an
    act, with no verb. ANNOTATION.md counts "a numbered point of a plan or agreement" among the
    ways a clause commits, and flags it "when no one is named to carry it out": the point lists
    an act and names nobody. Only a point the paragraph opens with (a point is a paragraph of
    its own), whose head noun is an act (an undertaking, a noun of action, ``act_nouns``, or a
    gerund "the balancing of") with words of its own ("First, programs." is a heading), and
    whose words name no doer ("the promotion by the States of ..."): (the noun, its verdict)."""
    if not _opens_a_point(doc, cues):
        return None
    # The point's first word after its marker ("3", ".", "(b)", "Fourth", ","), up to its root.
    root = next(
        (
            t
            for t in doc[: min(len(doc), 8)]
            if not (t.is_punct or t.tag_ == "LS" or t.dep_ == "meta" or t.is_digit)
            and t.lower_ not in cues.ordinal_words
            and not (t.i < 3 and len(t) == 1 and t.is_alpha)
        ),
        None,
    )
    if root is None:
        return None
    root = root.sent.root
    if (
        root.dep_ != "ROOT"
        or root.pos_ != "NOUN"
        or not any(c.dep_ == "prep" for c in root.children)
    ):
        return None
    lemma = root.lemma_.lower()
    gerund = root.lower_.endswith("ing") and any(c.lower_ == "of" for c in root.children)
    if not (_is_action(root, cues) or lemma in cues.act_nouns or gerund):
        return None
    context = ClauseContext(head=root, tokens=tuple(root.subtree), vague=vague, cues=cues)
    # Its own owner or "by / from" ("our promotion of", "the promotion by the States of"), not
    # one of a noun further in ("aid to the States to meet the needs of our schools").
    if (doer := _named_doer((root, *root.children), context)) is not None:
        return root, _not("named_actor", f"who is named: {doer}")
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    end = of.right_edge.i + 1 if of is not None else root.i + 1
    # A vague word inside ("of an aggressive program") is a finding of its own: the two never
    # overlap, as for a verb phrase.
    end = min([end, *(v.start for v in vague if root.i < v.start < end)])
    if any(v.start <= root.i < v.end for v in vague):
        return None  # the noun is a vague term itself; its own finding asks
    span = doc[root.i : end]
    who = _nobody(
        "listed_act",
        f"\u201c{root.text}\u201d is a point of a plan; nobody is named to carry it out",
    )
    slots = tuple(slots_for(root, cues, vague))
    return root, Verdict(
        True,
        "listed_act",
        f"a point of a plan that lists an act (\u201c{root.text}\u201d); {who.reason}",
        span,
        root,
        (who, *slots[1:]),
    )


def _listed_phrase(root: Token, span: Span, cues: Cues) -> str:
    """ "the balancing of the budget", "a major increase in taxes": the listed act's noun with
    its own words before it (not the point's marker or a comma) to the end of its finding or of
    its first phrase, "the" put before a bare noun ("the lifting of all sanctions")."""
    before = [
        c
        for c in root.lefts
        if c.dep_ not in ("advmod", "npadvmod", "punct", "meta", "nummod")
        and c.lower_ not in cues.ordinal_words
    ]
    start = min((c.left_edge.i for c in before), default=root.i)
    prep = next((c for c in root.children if c.dep_ == "prep"), None)
    end = span.end if span.end > root.i + 1 or prep is None else prep.right_edge.i + 1
    phrase = root.doc[start:end].text
    if root.doc[start].pos_ != "PROPN":
        phrase = f"{phrase[0].lower()}{phrase[1:]}"  # "(b) The withdrawal of ..."
    if not any(c.dep_ in ("det", "poss") for c in before):
        phrase = f"the {phrase[0].lower()}{phrase[1:]}"
    return phrase


def clause_heads(doc: Doc) -> Iterator[Token]:
    """Every token heading a clause of its own ("aims to provide" is one clause: the xcomp is
    judged with its governor)."""
    for token in doc:
        # "our pledged word": a participle used as an adjective is not a clause.
        if is_clause_head(token) and token.dep_ not in ("xcomp", "amod"):
            yield token


def candidate_heads(doc: Doc, cues: Cues) -> Iterator[Token]:
    """The clause heads that carry a commitment cue, found from the cue words upwards (every
    clause of a numbered point is a candidate). :func:`judge_clause` on any other clause head
    says ``no_commitment_cue`` or ``past_narrative``; this only skips that work."""
    if len(doc) and _in_numbered_point(doc[0]):
        yield from clause_heads(doc)
        return
    wanted: set[int] = set()
    for token in doc:
        lower = token.lower_
        if token.dep_ == "aux" and (lower in cues.promise_modals or lower == "would"):
            head = token.head
            wanted.add(head.i)
            wanted.update(c.i for c in head.children if c.dep_ == "conj")
        elif lower == "to" and token.dep_ == "aux":
            wanted.add(token.head.i)
            wanted.add(token.head.head.i)  # "are to be lifted", "need to be taken", "going to"
        elif token.lemma_.lower() in cues.necessity_words and token.dep_ == "acomp":
            wanted.add(token.head.i)  # "it will be necessary to raise the debt limit"
        elif token.lemma_.lower() in cues.need_verbs and token.tag_ in PRESENT_TAGS:
            wanted.add(token.i)  # "programs all need constant reevaluation"
        elif token.lemma_.lower() in cues.need_verbs and token.tag_ == "VBN":
            wanted.add(token.i)  # "action is needed now"
        elif token.lemma_.lower() in cues.promise_verbs or (
            token.dep_ == "ccomp"
            and (
                token.head.lemma_.lower() in cues.proposal_verbs
                or _necessity(token.head, cues) is not None
                or _is_mandative(token, cues)
            )
        ):
            wanted.add(token.i)
    for index in sorted(wanted):
        token = doc[index]
        if is_clause_head(token) and token.dep_ not in ("xcomp", "amod"):
            yield token


# ============================================================================ the cheap test
# Which tokens of a Doc that is only tokenized (no tags, no parse) could start a commitment. It
# must never miss one the full parse finds (tests/test_commitments.py holds it to that), so it
# keeps whatever it cannot rule out from the surface: every modal of the cue list, "would", "to
# be", "need / have to", every word that starts like a promise or proposal verb, and a whole
# numbered point.

OBLIGATION_TO = "to"
SENTENCE_ENDS = frozenset({".", "!", "?", ";"})
MAX_INFLECTION_CHARS = 4  # "commit" -> "committing"
# Words before a "be" that is not a mandative subjunctive ("to be", "not be", "let it be"); with
# every modal of the cue lists (``promise_modals``, ``conditional_modals``,
# ``possibility_modals``: "will be", "can be"), see :func:`_bare_be_before`. Any other "be"
# ("that the rules be repealed") is kept. "cannot" is split by the tokenizer ("can" + "not").
NOT_MODAL_BEFORE_BE = frozenset({"to", "not", "n't", "never", "let"})
# "we'd be": the contracted "would" (also "had", so it is not in conditional_modals, which
# context.py reads as "would" only).
CONTRACTED_WOULD = "'d"
MANDATIVE_WINDOW = 40


def candidate_ranges(
    doc: Doc, cues: Cues | None = None, lowers: list[str] | None = None
) -> Iterator[tuple[int, int]]:
    """[start, end) token ranges of ``doc`` (tokenized only) that could hold an unassigned
    commitment once parsed; a sentence that overlaps none cannot. ``lowers``: each token's lower
    case, when the caller has read it already."""
    cues = cues or default_cues()
    if not len(doc):
        return
    if NUMBERED_POINT.match(doc[: min(len(doc), 6)].text + " "):
        yield (0, len(doc))
        return
    if _opens_with_ordinal(doc, cues):
        # "Fourth, the balancing of the budget ...": a point that may list an act (listed_act)
        end = next((t.i for t in doc if t.text in SENTENCE_ENDS), len(doc))
        yield (0, max(end, 2))
    stems = tuple(
        verb[:-1] if verb.endswith("e") else verb
        for verb in (*cues.promise_verbs, *cues.proposal_verbs)
    )
    # The word sets once per Doc, not once per token (this runs over every token of the text).
    obligation_forms = _obligation_forms(cues) | {GOING}
    need_forms = _need_forms(cues)
    needed_forms = _needed_forms(cues)
    bare_be_before = _bare_be_before(cues)
    if lowers is None:
        lowers = [token.lower_ for token in doc]
    for index, lower in enumerate(lowers):
        following = lowers[index + 1] if index + 1 < len(lowers) else ""
        if (
            lower in cues.promise_modals
            or lower in cues.conditional_modals
            or lower == CONTRACTED_WOULD
            or (lower == OBLIGATION_TO and following in ("be", "get"))  # "is to get rid of"
            or (following == OBLIGATION_TO and lower in obligation_forms)
            or lower in need_forms
            or lower in needed_forms  # "action is needed"
            # "that subsidies be removed": a bare "be" after no "to" and no modal (mandative)
            or (lower == "be" and index and _after_that(lowers, index, bare_be_before))
            or (
                lower.startswith(stems)
                and any(
                    lower.startswith(stem) and len(lower) <= len(stem) + MAX_INFLECTION_CHARS
                    for stem in stems
                )
            )
        ):
            yield (index, index + 1)
        elif lower in cues.necessity_words:
            # "it is vital that the old wing be repaired": the promise is in the clause after it.
            end = next((t.i for t in doc[index:] if t.text in SENTENCE_ENDS), len(doc))
            yield (index, max(end, index + 1))


def _bare_be_before(cues: Cues) -> frozenset[str]:
    """The words after which a "be" is not a mandative one: every modal of the cue lists, the
    contracted "would", and "to", "not", "never", "let"."""
    modals = cues.promise_modals | cues.conditional_modals | cues.possibility_modals
    return frozenset(modals | NOT_MODAL_BEFORE_BE | {CONTRACTED_WOULD})


def _after_that(lowers: list[str], index: int, bare_be_before: frozenset[str]) -> bool:
    """ "is that subsidies be removed": the "be" at ``index`` follows neither "to" nor a modal,
    and a "that" comes before it in its sentence (within MANDATIVE_WINDOW words)."""
    if lowers[index - 1] in bare_be_before:
        return False
    for lower in reversed(lowers[max(0, index - MANDATIVE_WINDOW) : index]):
        if lower in SENTENCE_ENDS:
            return False
        if lower == "that":
            return True
    return False


def _need_forms(cues: Cues) -> frozenset[str]:
    """ "need", "needs", "require", "requires": the present forms of the verbs of need."""
    return frozenset(cues.need_verbs | {f"{verb}s" for verb in cues.need_verbs})


def _needed_forms(cues: Cues) -> frozenset[str]:
    """ "needed", "required", "deserved": the participles of the verbs of need."""
    return frozenset(f"{verb}d" if verb.endswith("e") else f"{verb}ed" for verb in cues.need_verbs)


def _obligation_forms(cues: Cues) -> frozenset[str]:
    """ "need", "needs", "have", "has": the forms that take "to" as an obligation."""
    forms = set(cues.obligation_verbs)
    forms |= {f"{verb}s" for verb in cues.obligation_verbs} | {"has"}
    return frozenset(forms)


def unassigned_commitments(
    doc: Doc,
    cues: Cues | None = None,
    vague: tuple[Span, ...] = (),
) -> list[tuple[Token, Verdict]]:
    """(clause head, verdict) for every clause of ``doc`` that commits with no one named."""
    cues = cues or default_cues()
    found = []
    listed = listed_act(doc, cues, vague)
    if listed is not None and listed[1].commits:
        found.append(listed)
    for head in candidate_heads(doc, cues):
        verdict = judge_clause(head, cues, vague)
        if verdict.commits:
            found.append((head, verdict))
    return found


# ============================================================================ questions
# One place to word this kind's questions (to be replaced by the shared question builder).


def commitment_questions(verdict: Verdict, cues: Cues | None = None) -> tuple[list[str], list[str]]:
    """The reader's question ("Who will lift the sanctions, and by when?") and the writer's
    checklist item, from the shared question builder; "and by when" is left out when the clause
    gives a time ("The school day will be extended from next September")."""
    from vaguewords.questions import (
        holder_question,
        noun_phrase,
        standing_rule,
        unassigned_commitment_questions,
    )
    from vaguewords.questions.frame import DATED_CLAUSE_RULE, undatable_rule
    from vaguewords.questions.words import _index_of

    assert verdict.verb is not None and verdict.slots is not None
    verb = verdict.verb
    holder = None  # "The plan will start", "there will be an agreement": who is behind it?
    if verdict.rule == "existential_promise":
        holder = next((c for c in verb.children if c.dep_ == "attr"), None)
    elif verdict.rule == "thing_subject" and not any(
        c.dep_ in ("dobj", "attr") for c in verb.children
    ):
        holder = subject_of(verb)
    # The shared builder's noun phrase: relative clauses, list markers and pronouns left out.
    named = noun_phrase(holder) if holder is not None else None
    own = _own_question(verdict, noun_phrase, cues)
    undated = verdict.slots[2].present
    if own is not None:
        question, checklist = f"Who will {own}, and by when?", f"Say who will {own}, and by when"
        # worded here, so "by when" is left out here: not of a thing forbidden or a stance held
        # for good ("must never return": #19, standing_rule), nor where the clause or one it
        # hangs from names its time ("offered this term": #19); the shared builder below does
        # the same for its own questions
        undated = undated or (
            standing_rule(verb, cues) is not None or undatable_rule(verb, cues) == DATED_CLAUSE_RULE
        )
    elif named is not None and holder is not None:
        # "Who is responsible for the plan?" of a thing someone delivers; else the act (#19)
        ask = holder_question(verb, holder, named, cues)
        question, checklist = ask.question, ask.instruction
    else:
        # the clause's vague time and process phrases are asked by their own findings:
        # "Who will consult the stakeholders, and by when?", not "... in due course, and by when?"
        ask = unassigned_commitment_questions(verb, _index_of(verb.doc).left_out, cues=cues)
        question, checklist = ask.question, ask.instruction
    if undated:
        question = question.replace(", and by when?", "?")
        checklist = checklist.replace(", and by when", "")
    return [question], [checklist]


def _own_question(verdict: Verdict, noun_phrase, cues: Cues | None = None) -> str | None:
    """What nobody is named to do, for the rules whose verb is not the act itself: "carry out
    the reevaluation" (needs_action), "reopen the club" (undergoer_subject), "make sure that
    every school is drug-free" (required_state; kept_state: "that the canal is open"). Not of
    a pointing subject ("but it will happen", referred_act): the question cannot name what "it"
    stands for, and the question check refuses a pronoun, so the shared builder asks "Who is
    to act?"."""
    # One reading of number for every question ("people", "a lot of schools", coordinated
    # subjects): the questions package's, not a second copy here.
    from vaguewords.questions.frame import _plural

    verb = verdict.verb
    assert verb is not None
    cues = cues or default_cues()
    if verdict.rule == "needed_act":
        needed = _needed_act(verb, default_cues())
        named = noun_phrase(needed[0]) if needed is not None else None
        return f"carry out {named}" if named else None
    if verdict.rule == "listed_act" and verdict.span is not None:
        # "Fourth, the balancing of the budget ...": the act as the point words it, with its
        # article and modifiers but not the point's marker ("Fourth,").
        return f"carry out {_listed_phrase(verb, verdict.span, cues)}"
    if verdict.rule == "needs_action":
        action = _action_object_any(verb)
        if action is not None and _is_gerund_act(action):
            return f"carry out the {action.text.lower()}"  # "needs repainting"
        named = noun_phrase(action) if action is not None else None
        return f"carry out {named}" if named else None
    if verdict.rule == "duty_of_act" and (act := _duty_of_act(verb, cues, ())) is not None:
        if act.tag_ == "VBG" and any(c.dep_ == "dobj" for c in act.children):
            # "Repairing the roads must be the first task": "Who will repair the roads?"
            return f"{act.lemma_.lower()} {verb.doc[act.i + 1 : act.right_edge.i + 1].text}"
        named = noun_phrase(act)  # "The repair of the roads", "Equalizing of ... opportunity"
        return f"carry out {named}" if named else None
    if verdict.rule == "recipient_subject" and (act := _benefits_from_act(verb, cues)):
        named = noun_phrase(act)  # "will benefit from the construction of schools"
        return f"carry out {named}" if named else None
    subject = subject_of(verb)
    named = noun_phrase(subject) if subject is not None else None
    if named is None:
        return None
    if verdict.rule == "arranged_act":
        return f"carry out {named}"  # "procurement for this purpose will be from war surpluses"
    if verdict.rule == "undergoer_subject":
        return f"{_with_particle(verb, verb.lemma_.lower())} {named}"
    if verdict.rule == "recipient_subject" and verb.lemma_ == "be":
        # "will be in the hands of the leaders": who puts it there.
        holder = next((h for _, h in _holders(verb, cues)), None)
        holder_named = noun_phrase(holder) if holder is not None else None
        return f"deliver {named} to {holder_named}" if holder_named else None
    if verdict.rule in ("required_state", "kept_state"):
        # "the canal will be open always": "Who will make sure that the canal is open?"
        complement = _state_complement(verb) or _kept_state(verb, cues)
        if complement is None:
            return None
        state = verb.doc[complement.left_edge.i : complement.right_edge.i + 1].text
        return f"make sure that {named} {'are' if _plural(subject) else 'is'} {state}"
    negation = _negation_words(verb)
    bare = noun_phrase(subject, definite=False)  # "make sure that inflation does not ..."
    if bare is None:
        return None
    if (
        verdict.rule in ("future_passive", "is_to_be")
        and negation is None
        and f"{verb.lemma_.lower()} {subject.lemma_.lower()}" in cues.light_verb_idioms
    ):
        # "early action will be taken": the idiom "take action" is one act, its noun said bare
        # ("Who will take early action?", not "the early action": the question check refuses it)
        return f"{_with_particle(verb, verb.lemma_.lower())} {bare}"
    if verdict.rule == "future_passive" and (
        _is_permission_passive(verb, cues) or (negation is None and _acts_on_subject(verb, cues))
    ):
        # "must not be allowed to grow": who stops it; "must be allowed to enter": who lets them;
        # "Employers will be required to offer sick pay": who requires them to.
        infinitive = _infinitive_words(verb)
        if infinitive is None:
            return None
        if negation is not None:  # a permission only (a negated other passive is asked below)
            does = "do" if _plural(subject) else "does"
            return f"make sure that {bare} {does} not {infinitive}"
        return f"{verb.lemma_.lower()} {named} to {infinitive}"
    if verdict.rule in ("future_passive", "is_to_be") and negation is not None:
        # "Aggression will not be tolerated": not "who will tolerate it?" but who sees to it.
        return (
            f"make sure that {bare} {'are' if _plural(subject) else 'is'} {negation} "
            f"{_with_particle(verb, verb.text.lower())}"
        )
    return None


def _with_particle(verb: Token, said: str) -> str:
    """``said`` (the verb as a question says it) with the verb's particles, which are part of the
    act: "left behind", "shut down", "carried out" (#19: "that children are not left?" said
    less than the sentence)."""
    particles = [child.lower_ for child in verb.children if child.dep_ == "prt"]
    return " ".join([said, *particles])


def _negation_words(verb: Token) -> str | None:
    """ "not", "never", "no longer" on ``verb`` ("will not be tolerated"), as a question says
    them; None when the verb is not negated."""
    for child in verb.children:
        if child.dep_ == "neg":
            return "not" if child.lower_ in ("not", "n't") else child.lower_
        if child.dep_ == "advmod" and any(c.dep_ == "neg" for c in child.children):
            return f"no {child.lower_}"  # "no longer"
    return None


def _infinitive_words(verb: Token) -> str | None:
    """The verb after "to" with its words ("grow", "hold you back"), said to the writer; None
    when it is long or holds a pronoun the reader could not resolve."""
    from vaguewords.questions.words import FIRST_PERSON, FIRST_PERSON_POSSESSIVE, MAX_PHRASE_TOKENS

    infinitive = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if infinitive is None:
        return None
    tokens = [
        t
        for t in infinitive.subtree
        if not (t.dep_ == "aux" and t.lower_ == "to" and t.head == infinitive)
    ]
    if len(tokens) > MAX_PHRASE_TOKENS or any(t.is_punct for t in tokens):
        return None
    words = []
    for token in tokens:
        lower = token.lower_
        if token.pos_ == "PRON" and lower in FIRST_PERSON:
            word = FIRST_PERSON[lower]  # "hold us back": the writer is asked
        elif lower in FIRST_PERSON_POSSESSIVE:
            word = FIRST_PERSON_POSSESSIVE[lower]
        elif token.pos_ == "PRON" or token.tag_ in ("WDT", "WP", "WP$"):
            return None  # "to shackle them": who they are is not said here
        else:
            word = token.text
        words.append(word + token.whitespace_)
    return "".join(words).strip()


def _action_object_any(verb: Token) -> Token | None:
    return next(
        (c for c in verb.children if c.dep_ == "dobj" or _is_gerund_act(c)),
        None,
    )
