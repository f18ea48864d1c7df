"""The questions a careful reader asks about a finding, and a check that a question reads well.

A question is built from a *frame* read off the clause's parse: the verb (its lemma, with a
particle or preposition that belongs to it: "deal with", "set aside", "keep ... to a minimum"),
its object as a noun phrase, and the actor when the clause names one. Only the head verb's own
words go in: a coordinated clause ("and families will be kept informed"), a relative clause, a
list number, brackets and quotation marks are left out, and a pronoun is never the thing asked
about (a relative pronoun is replaced by the noun it stands for; "we" and "I" become "you", the
writer being asked; any other pronoun is left out and the question is asked without it).

When the frame cannot be trusted (no verb, a copula such as "it is reasonable", an object that is
an adjective or a pronoun, a parse that reads "improvements to air quality" as the verb "air"),
the finding gets its category's plain question about the term itself ("Which measures, exactly?",
"Reasonable by what measure, and checked by whom?") and plain questions for the missing slots
("By what date?"): correct and useful beats clever and broken.

Each category has a question that fits it: a vague quantity asks how many or how much, a vague
actor who exactly, vague timing by what date, a claim of quality by what measure and checked by
whom, an unassigned commitment who will act and by when (``unassigned_commitment_questions``).
A missing "how" is asked with what resources only of building, providing or paying for something
(cue lists ``resource_verbs``, ``resource_objects``), "How exactly ...?" of a change brought about
(``means_verbs``), and not at all of a small act such as signing or sending (``how_rule``).
A claim about what is or was done ("we contribute our fair share", "we are turning out more
goods") asks only its kind's question, not by what means or when; a soft commitment that is the
clause's own verb ("seeking a fair settlement", "a panel to explore the costs") asks whether the
thing will be achieved or what will be decided, and by when (cue lists ``striving_verbs``,
``deliberation_verbs``).

``question_problems`` is the check the tests and ``benchmarks/questions.py`` run on every question.

The package, one module per step: ``words`` (grammar word sets, categories, ``Ask``,
``VagueIndex``), ``phrases`` (noun phrases said back), ``frame`` (the clause's verb, object and
actor), ``wording`` (the slot questions), ``category`` (each category's question about the term),
``finding`` (the questions for one finding, ``asks_for``) and ``check`` (``question_problems``).
"""

from vaguewords.questions.category import category_question, reassurance_rule
from vaguewords.questions.check import question_problems
from vaguewords.questions.finding import (
    Asked,
    asks_for,
    holder_question,
    unassigned_commitment_questions,
)
from vaguewords.questions.frame import Frame, build_frame, main_verb, standing_rule, third_person
from vaguewords.questions.phrases import noun_phrase
from vaguewords.questions.wording import how_rule, plain_question, slot_questions
from vaguewords.questions.words import (
    MAX_QUESTIONS,
    REASSURANCE,
    SOFT_COMMITMENT,
    UNASSIGNED_COMMITMENT,
    VAGUE_ACTOR,
    VAGUE_PROCESS,
    VAGUE_QUANTITY,
    VAGUE_TIMING,
    Ask,
    VagueIndex,
    vague_index,
)

__all__ = [
    "Asked",
    "MAX_QUESTIONS",
    "Ask",
    "Frame",
    "REASSURANCE",
    "SOFT_COMMITMENT",
    "UNASSIGNED_COMMITMENT",
    "VAGUE_ACTOR",
    "VAGUE_PROCESS",
    "VAGUE_QUANTITY",
    "VAGUE_TIMING",
    "VagueIndex",
    "asks_for",
    "build_frame",
    "category_question",
    "holder_question",
    "how_rule",
    "main_verb",
    "noun_phrase",
    "plain_question",
    "question_problems",
    "reassurance_rule",
    "slot_questions",
    "standing_rule",
    "third_person",
    "unassigned_commitment_questions",
    "vague_index",
]
