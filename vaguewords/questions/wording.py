"""The questions for missing slots (who / how / when), worded from the frame where it can be."""

from __future__ import annotations

from vaguewords.cues import Cues
from vaguewords.lexicon import default_cues
from vaguewords.questions.frame import Frame
from vaguewords.questions.words import RECIPIENT_RULE, THING_RULE, THING_RULES, VAGUE_PROCESS, Ask

# The rules that decide how a missing "how" is asked (``how_rule``): with what resources only of
# building, providing or paying for something; how exactly of bringing about a change; not at
# all of a small act ("sign the bill", "send a message", "submit the report"), whose how no reader
# needs: what is open there is what, which or by when, which the other questions ask.
RESOURCE_VERB = "resource_verb"  # build, fund, provide, deliver (cue list resource_verbs)
RESOURCE_OBJECT = "resource_object"  # improve the service, create a network (resource_objects)
MEANS_VERB = "means_verb"  # reduce, tackle, ensure (cue list means_verbs): "How exactly ...?"
PROCESS_VERB = "process_verb"  # a vague process verb the lists do not hold: by what means
SMALL_ACT = "small_act"  # sign, send, submit, publish, review: the how is not asked
STATE_OBJECT = "state_object"  # maintain a strong economy (shared_state_nouns): "How exactly ...?"
ASKED_WITH_RESOURCES = frozenset({RESOURCE_VERB, RESOURCE_OBJECT})
# how questions worded without the how_rule: the plain one ("By what means, and with what
# resources?"), one of what a recipient gets ("How will the support be provided ...?") and a vague
# process verb's own ("Deal with the conflicts how, exactly?")
PLAIN_HOW = "plain_how"
RECIPIENT_HOW = "recipient_how"
PROCESS_VERB_HOW = "process_verb_how"
# the rules whose how question asks with what resources (the checklist says "means and resources")
HOW_WITH_RESOURCES = ASKED_WITH_RESOURCES | {PLAIN_HOW, RECIPIENT_HOW}


def how_rule(frame: Frame, category: str, cues: Cues) -> str:
    """Which rule decides how the clause's missing "how" is asked: one of RESOURCE_VERB,
    RESOURCE_OBJECT, MEANS_VERB, STATE_OBJECT, PROCESS_VERB, SMALL_ACT. The verb decides (its whole lemma,
    "set up", else its first word), from the cue lists ``resource_verbs`` and ``means_verbs``;
    a change brought about on a thing that takes resources ("improve the bus service") is asked
    with resources too (``resource_objects``)."""
    lemma = frame.lemma
    first = lemma.split(" ")[0]
    if lemma in cues.resource_verbs or first in cues.resource_verbs:
        if _proposal_object(frame, cues):
            # "I will offer a far-reaching set of proposals": putting forward a proposal is a small
            # act, not one paid for (rule proposal_object)
            return SMALL_ACT
        if frame.object_head in cues.means_nouns:
            # "provide the resources": "with what resources?" asks the thing back (rule
            # means_object); how exactly is what is open
            return MEANS_VERB
        if frame.object_head in cues.shared_state_nouns and first in cues.standing_verbs:
            # "maintain a strong, growing economy": a state people share is kept by policy, not
            # paid for like a road kept up; how exactly is what is open (rule state_object)
            return STATE_OBJECT
        return RESOURCE_VERB
    means = lemma in cues.means_verbs or first in cues.means_verbs
    if means and frame.object_head is not None and frame.object_head in cues.resource_objects:
        return RESOURCE_OBJECT
    if means:
        return MEANS_VERB
    if category == VAGUE_PROCESS:
        return PROCESS_VERB
    return SMALL_ACT


def _proposal_object(frame: Frame, cues: Cues) -> bool:
    """Is the thing acted on a proposal (cue list ``proposal_nouns``), its head word or the last
    word of a collection of them ("a set of proposals")?"""
    words = (frame.object or "").lower().split()[-1:]
    heads = {frame.object_head or "", *words, *(w[:-1] for w in words if w.endswith("s"))}
    return bool(heads & cues.proposal_nouns)


def _be(frame: Frame, plural: bool) -> str:
    return {
        "present": "are" if plural else "is",
        "past": "were" if plural else "was",
        "perfect": "have been" if plural else "has been",
    }[frame.tense]


def _core(frame: Frame) -> tuple[str, str] | None:
    """The question's verb and its words after the question word, and the same as a statement:
    ("will the guarantees be provided", "the guarantees will be provided"). None when a pronoun
    or a verb form the text does not show would have to stand in."""
    complement = f" {frame.complement}" if frame.complement else ""
    if frame.passive:
        if frame.object is None:
            return None
        if frame.object == "you" and frame.tense != "future":
            return None  # "How are you assured ...": the reader or writer is told, nothing done
        done = f"{frame.participle}{complement}"
        if frame.tense == "future":
            return f"will {frame.object} be {done}", f"{frame.object} will be {done}"
        if frame.tense == "perfect":
            have = "have" if frame.object_plural else "has"
            return f"{have} {frame.object} been {done}", f"{frame.object} {have} been {done}"
        be = _be(frame, frame.object_plural)
        return f"{be} {frame.object} {done}", f"{frame.object} {be} {done}"
    if frame.actor is None or (frame.transitive and frame.object is None):
        return None
    if frame.copula_above or (frame.object is not None and frame.object == frame.actor):
        return None  # "Our problem is to achieve", "I call on allies to join us"
    if (
        not frame.transitive
        and not frame.complement
        and not frame.idiom
        and frame.who_rule not in THING_RULES
    ):
        # "How will you go?": a person's intransitive verb says nothing to ask about; but "How
        # will you take action?" does (rule light_verb_idiom)
        return None
    if not frame.transitive and not frame.complement and frame.tense != "future":
        return None  # "How does such a treaty provide?": a thing's present says nothing to ask
    if frame.trailing and not frame.transitive and not frame.complement and not frame.idiom:
        return None  # "will add greatly to our safety": not "By when will the planning add?"
    said = f" {frame.object}" if frame.object else ""
    rest = f"{frame.lemma}{said}{complement}"
    if frame.tense == "future":
        return f"will {frame.actor} {rest}", f"{frame.actor} will {rest}"
    if frame.tense == "present":
        do = "do" if frame.actor_plural else "does"
        # the statement in the plain present: "Say how the council provides ...", not "does"
        verb = frame.lemma if frame.actor_plural else frame.third_person()
        return f"{do} {frame.actor} {rest}", f"{frame.actor} {verb}{said}{complement}"
    if frame.tense == "past":
        # the statement in the text's own past: "Say how you dealt with ...", "Say how you have
        # sought to help ..."; "did" only where the text itself says it
        if frame.past is not None:
            statement = f"{frame.actor} {frame.past}{said}{complement}"
        elif frame.above is not None:
            statement = f"{frame.actor} {frame.above} {rest}"
        else:
            statement = f"{frame.actor} did {rest}"
        return f"did {frame.actor} {rest}", statement
    return None  # a perfect tense needs the participle, which an active clause may not show


# Who answers for a thing nobody is named to act on (``who_answers``): "Who is responsible for X?"
# only of an act or a thing someone carries out, provides or runs (enforcement, a plan, a
# programme, a service, a law: the cue lists in DELIVERABLE_LISTS); of anything else ("the quest", "the violence", "no
# reduction in aid") the act is asked: "Who will make sure that the quest goes forward?".
RESPONSIBLE_RULE = "responsible_for_thing"
MAKE_SURE_RULE = "make_sure_of_act"
DELIVERABLE_LISTS = (
    "act_nouns",
    "plan_nouns",
    "undertaking_nouns",
    "product_nouns",
    "proposal_nouns",
    "legal_nouns",
    "venue_nouns",
    "supply_nouns",
    "funding_nouns",
)


def is_deliverable(lemma: str | None, cues: Cues) -> bool:
    """Is the noun (lower-case lemma) an act or a thing someone carries out, provides or runs?
    (A list may hold the plural a noun is used in: "talks".)"""
    if lemma is None:
        return False
    return any(
        lemma in getattr(cues, name) or f"{lemma}s" in getattr(cues, name)
        for name in DELIVERABLE_LISTS
    )


def that_clause(frame: Frame) -> str | None:
    """The clause said as a plain present statement, for "Who will make sure that ...?": "the
    quest goes forward", "the violence does not return", "the fees are not raised"; None when it
    cannot be said (not a promise, no actor or object to say, the writer as the actor)."""
    if frame.tense != "future" or frame.copula_above:
        return None
    if frame.actor is not None and frame.actor.lower().startswith("that "):
        return None  # "make sure that that beginning starts": the demonstrative reads as "that"
    complement = f" {frame.complement}" if frame.complement else ""
    negation = " not" if frame.negated else ""
    if frame.passive:
        if frame.object is None or frame.object == "you" or frame.participle is None:
            return None
        be = "are" if frame.object_plural else "is"
        return f"{frame.object} {be}{negation} {frame.participle}{complement}"
    if frame.actor is None or frame.actor == "you":
        return None
    if frame.transitive and frame.object is None:
        return None
    if frame.participle is not None:
        return None  # "more jobs created": a participle with its "be" left out, not an act
    if frame.trailing and not frame.transitive and not frame.complement and not frame.idiom:
        return None  # "the quest must go next to the home": not "the quest goes"
    said = f" {frame.object}" if frame.object else ""
    if frame.negated:
        verb = f"{'do' if frame.actor_plural else 'does'} not {frame.lemma}"
    else:
        verb = frame.lemma if frame.actor_plural else frame.third_person()
    return f"{frame.actor} {verb}{said}{complement}"


def who_answers(
    frame: Frame | None, thing: str | None, head: str | None, cues: Cues
) -> tuple[str, str, str] | None:
    """Who answers for ``thing`` (its head noun's lemma ``head``), the subject of a clause that
    names no one to act: ("Who is responsible for the new plan", "Say who is responsible for the
    new plan", RESPONSIBLE_RULE) for a thing someone delivers, else the act the clause says
    ("Who will make sure that the quest goes forward", ..., MAKE_SURE_RULE); None when neither
    can be said."""
    negated = frame is not None and frame.negated
    if thing is not None and thing != "you" and is_deliverable(head, cues) and not negated:
        return (
            f"Who is responsible for {thing}",
            f"Say who is responsible for {thing}",
            RESPONSIBLE_RULE,
        )
    clause = that_clause(frame) if frame is not None else None
    if clause is None:
        return None
    return (
        f"Who will make sure that {clause}",
        f"Say who will make sure that {clause}",
        MAKE_SURE_RULE,
    )


def actor_verb(frame: Frame) -> str | None:
    """The verb as said after "Who": "provides", "provided", "has provided", "will provide";
    None when the text gives no past form to say."""
    return {
        "present": frame.third_person(),
        "past": frame.past,
        "perfect": f"has {frame.participle}" if frame.participle else None,
    }.get(frame.tense, f"will {frame.lemma}")


def _who_question(frame: Frame, subject: str | None, cues: Cues) -> tuple[str, str] | None:
    complement = f" {frame.complement}" if frame.complement else ""
    if frame.who_rule == RECIPIENT_RULE and frame.lemma.split(" ")[0] in cues.mind_verbs:
        return None  # "We face more cost": nobody provides what is faced or expected
    if frame.who_rule == RECIPIENT_RULE and frame.object is not None:
        # "Schools will receive support": the question is who gives it.
        verb = {"present": "provides", "past": "provided", "perfect": "has provided"}.get(
            frame.tense, "will provide"
        )
        return f"Who {verb} {frame.object}?", f"Say who {verb} {frame.object}"
    if frame.object is not None:
        if frame.passive and frame.tense == "past":
            be = _be(frame, frame.object_plural)
            return (
                f"By whom {be} {frame.object} {frame.participle}{complement}?",
                f"Say who {frame.participle} {frame.object}{complement}",
            )
        if frame.passive and frame.tense == "perfect":
            return (
                f"Who has {frame.participle} {frame.object}{complement}?",
                f"Say who has {frame.participle} {frame.object}{complement}",
            )
        if frame.who_rule == THING_RULE and subject is not None and not frame.passive:
            # "The evacuation plan will cost a lot of money": not "who will cost", but who
            # answers for the plan; of a thing nobody delivers ("the world has to wonder") the
            # plain question stands
            if not is_deliverable(frame.actor_head, cues):
                return None
            return f"Who is responsible for {subject}?", f"Say who is responsible for {subject}"
        verb = actor_verb(frame)
        if verb is None:
            return None
        return (
            f"Who {verb} {frame.object}{complement}?",
            f"Say who {verb} {frame.object}{complement}",
        )
    if not frame.transitive and subject is not None and frame.tense == "future":
        # of a thing to come; "Who is responsible for such a treaty?" of what a treaty does now
        # asks nothing the text left open; "Who will make sure that the dialogue begins?" of
        # what no one delivers
        answered = who_answers(frame, subject, frame.actor_head, cues)
        if answered is None:
            return None
        return f"{answered[0]}?", answered[1]
    return None


def plain_question(slot: str) -> Ask:
    """The question for a missing slot when the clause cannot be worded back."""
    if slot == "who":
        return Ask(
            "Who is responsible, by name?", "Say who is responsible, by name", "who", plain=True
        )
    if slot == "how":
        return Ask(
            "By what means, and with what resources?",
            "Say by what means, and with what resources",
            "how",
            plain=True,
            rule=PLAIN_HOW,
        )
    return Ask("By what date?", "Give a date", "when", plain=True)


def slot_questions(
    frame: Frame | None,
    missing: tuple[str, ...],
    subject: str | None,
    timing: bool = False,
    how: str = RESOURCE_VERB,
    cues: Cues | None = None,
    lasting: bool = False,
) -> list[Ask]:
    """A question for each missing slot, worded from the frame where it can be. ``how``: the
    rule (``how_rule``) that says how the missing how is asked; SMALL_ACT leaves it unasked.
    ``lasting``: the verb keeps a state going ("maintain", rule standing_verb), so its when is
    asked until when, or not at all where the clause cannot be worded back."""
    asks = []
    worded = _core(frame) if frame is not None else None
    for slot in missing:
        if slot == "how" and how == SMALL_ACT and frame is not None:
            continue  # "How will you sign the bill?": nothing a reader needs
        ask = None
        recipient = frame is not None and frame.who_rule == RECIPIENT_RULE and frame.object
        if frame is not None and slot == "who":
            who = _who_question(frame, subject, cues if cues is not None else default_cues())
            if who is not None:
                # "Schools will receive support": who gives it is the question to ask first
                ask = Ask(*who, "who", first=bool(recipient))
        elif recipient and slot == "how" and frame.tense == "future":
            # not "How will schools receive the support": how it will be given
            ask = Ask(
                f"How will {frame.object} be provided, and with what resources?",
                f"Say how {frame.object} will be provided, and with what resources",
                "how",
                rule=RECIPIENT_HOW,
            )
        elif (
            worded is not None
            and slot == "how"
            and not (
                frame is not None
                and not frame.transitive
                and not frame.complement
                and not frame.idiom
            )
        ):
            # a verb with nothing done to anything ("the cause may lie deeper", "the dialogue
            # will begin") is asked when, not by what means: its how stays plain
            core, statement = worded
            if how not in ASKED_WITH_RESOURCES:
                # "How exactly will you reduce waiting times?": a change, not a purchase
                ask = Ask(f"How exactly {core}?", f"Say how exactly {statement}", "how", rule=how)
                asks.append(ask)
                continue
            ask = Ask(
                f"How {core}, and with what resources?",
                f"Say how {statement}, and with what resources",
                "how",
                rule=how,
            )
        elif worded is not None and slot == "when":
            core, statement = worded
            if frame is not None and frame.tense == "future" and lasting and not timing:
                # "Until when will you maintain price controls?": a state kept has no deadline
                ask = Ask(f"Until when {core}?", f"Say until when {statement}", "when")
            elif lasting and not timing:
                # "When exactly do you continue your efforts?": a state kept now has no date
                continue
            elif frame is not None and frame.tense == "future":
                opener = "By what date" if timing else "By when"
                ask = Ask(f"{opener} {core}?", f"Give a date by which {statement}", "when")
            else:
                ask = Ask(f"When exactly {core}?", f"Say when {statement}", "when")
        if ask is None and slot == "when" and timing:
            ask = Ask("By what date, exactly?", "Give a date", "when")
        if ask is None and slot == "when" and lasting:
            continue  # "By what date?" of a state kept going asks nothing the text left open
        asks.append(ask or plain_question(slot))
    return asks
