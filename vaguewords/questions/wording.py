"""The questions for missing slots (who / how / when), worded from the frame where it can be."""

from __future__ import annotations

from vaguewords.cues import Cues
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
    RESOURCE_OBJECT, MEANS_VERB, PROCESS_VERB, SMALL_ACT. The verb decides (its whole lemma,
    "set up", else its first word), from the cue lists ``resource_verbs`` and ``means_verbs``;
    a change brought about on a thing that takes resources ("improve the bus service") is asked
    with resources too (``resource_objects``)."""
    lemma = frame.lemma
    first = lemma.split(" ")[0]
    if lemma in cues.resource_verbs or first in cues.resource_verbs:
        return RESOURCE_VERB
    means = lemma in cues.means_verbs or first in cues.means_verbs
    if means and frame.object_head is not None and frame.object_head in cues.resource_objects:
        return RESOURCE_OBJECT
    if means:
        return MEANS_VERB
    if category == VAGUE_PROCESS:
        return PROCESS_VERB
    return SMALL_ACT


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


def _who_question(frame: Frame, subject: str | None) -> tuple[str, str] | None:
    complement = f" {frame.complement}" if frame.complement else ""
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
            # "The evacuation will cost a lot of money": not "who will cost", but who answers
            return f"Who is responsible for {subject}?", f"Say who is responsible for {subject}"
        verb = {
            "present": frame.third_person(),
            "past": frame.past,
            "perfect": f"has {frame.participle}" if frame.participle else None,
        }.get(frame.tense, f"will {frame.lemma}")
        if verb is None:
            return None
        return (
            f"Who {verb} {frame.object}{complement}?",
            f"Say who {verb} {frame.object}{complement}",
        )
    if not frame.transitive and subject is not None and frame.tense == "future":
        # of a thing to come; "Who is responsible for such a treaty?" of what a treaty does now
        # asks nothing the text left open
        return (f"Who is responsible for {subject}?", f"Say who is responsible for {subject}")
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
) -> list[Ask]:
    """A question for each missing slot, worded from the frame where it can be. ``how``: the
    rule (``how_rule``) that says how the missing how is asked; SMALL_ACT leaves it unasked."""
    asks = []
    worded = _core(frame) if frame is not None else None
    for slot in missing:
        if slot == "how" and how == SMALL_ACT and frame is not None:
            continue  # "How will you sign the bill?": nothing a reader needs
        ask = None
        recipient = frame is not None and frame.who_rule == RECIPIENT_RULE and frame.object
        if frame is not None and slot == "who":
            who = _who_question(frame, subject)
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
            if frame is not None and frame.tense == "future":
                opener = "By what date" if timing else "By when"
                ask = Ask(f"{opener} {core}?", f"Give a date by which {statement}", "when")
            else:
                ask = Ask(f"When exactly {core}?", f"Say when {statement}", "when")
        if ask is None and slot == "when" and timing:
            ask = Ask("By what date, exactly?", "Give a date", "when")
        asks.append(ask or plain_question(slot))
    return asks
