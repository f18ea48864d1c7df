"""Who / how / when: one row per rule, each asserting the verdict, the rule and the evidence."""

from __future__ import annotations

import pytest

# (sentence, flagged term, slot, present, rule, evidence or None)
SLOT_CASES = [
    # who
    (
        "Robust guarantees will be provided by NATO in stages.",
        "Robust",
        "who",
        True,
        "named_actor",
        "NATO",
    ),
    ("It is important to act soon.", "soon", "who", False, "empty_subject", None),
    ("There will be robust checks.", "robust", "who", False, "empty_subject", None),
    (
        "Relevant stakeholders will review the plan soon.",
        "soon",
        "who",
        False,
        "vague_actor",
        None,
    ),
    (
        "The Ministry of Education will publish a comprehensive plan.",
        "comprehensive",
        "who",
        True,
        "named_actor",
        "The Ministry of Education",
    ),
    (
        "The school's governors will carry out a thorough review.",
        "thorough",
        "who",
        True,
        "actor_noun",
        "The school's governors",
    ),
    (
        "Robust guarantees will be provided in stages.",
        "Robust",
        "who",
        False,
        "agentless_passive",
        None,
    ),
    (
        "We will introduce robust safeguards.",
        "robust",
        "who",
        True,
        "personal_pronoun",
        "We",
    ),
    # how
    (
        "The council will fund a comprehensive programme through a £40m grant.",
        "comprehensive",
        "how",
        True,
        "means_preposition",
        "through a £40m grant",
    ),
    (
        "The trust will deliver meaningful improvements by hiring six new teachers.",
        "meaningful",
        "how",
        True,
        "by_gerund",
        "by hiring six new teachers",
    ),
    (
        "The reform will be introduced in stages.",
        "in stages",
        "how",
        False,
        "vague_manner_only",
        None,
    ),
    (
        "The government will take appropriate action.",
        "appropriate",
        "how",
        False,
        "no_means",
        None,
    ),
    # when
    (
        "The council will publish a comprehensive plan by 27 November 2026.",
        "comprehensive",
        "when",
        True,
        "date_entity",
        "by 27 November 2026",
    ),
    (
        "Staff will carry out robust checks every Monday.",
        "robust",
        "when",
        True,
        None,
        "every Monday",
    ),
    (
        "The ministry will publish a comprehensive report within 100 days.",
        "comprehensive",
        "when",
        True,
        None,
        "within 100 days",
    ),
    (
        "The ministry will publish the report in due course.",
        "in due course",
        "when",
        False,
        "vague_timing_only",
        None,
    ),
    ("The ministry will publish a robust report.", "robust", "when", False, "no_time", None),
]


@pytest.mark.parametrize(("sentence", "term", "slot", "present", "rule", "evidence"), SLOT_CASES)
def test_slot_verdict_rule_and_evidence(finding_for, sentence, term, slot, present, rule, evidence):
    finding = finding_for(sentence, term)
    verdict = getattr(finding, slot)
    assert verdict.present is present, verdict
    if rule is not None:
        assert verdict.rule == rule, verdict
    assert verdict.text == evidence
    if evidence is not None:
        # Evidence offsets index the original text.
        assert sentence[verdict.start : verdict.end] == evidence
    else:
        assert verdict.start is None and verdict.end is None
    assert verdict.reason  # every verdict says why in words


def test_a_passive_agent_is_reported_as_the_agent(finding_for):
    finding = finding_for("Robust guarantees will be provided by NATO in stages.", "Robust")
    assert "agent" in finding.who.reason


def test_a_frequency_without_a_date_counts_as_when(finding_for):
    finding = finding_for("Inspectors will make thorough visits twice a year.", "thorough")
    assert finding.when.present and finding.when.text == "twice a year"


def test_fully_specified_clause_has_no_questions(finding_for):
    finding = finding_for(
        "The Ministry of Education will fund a comprehensive reading programme through a "
        "£40m grant from September 2027.",
        "comprehensive",
    )
    assert (finding.who.present, finding.how.present, finding.when.present) == (True, True, True)
    assert finding.who.text == "The Ministry of Education"
    assert finding.how.text == "through a £40m grant"
    assert finding.when.text == "from September 2027"
    assert list(finding.questions) == []


def test_every_finding_in_the_brief_example_lacks_every_slot(analyse):
    analysis = analyse("Robust security guarantees will be provided in stages.")
    assert [f.text for f in analysis.findings] == ["Robust", "will be provided", "in stages"]
    for finding in analysis.findings:
        assert not (finding.who.present or finding.how.present or finding.when.present)


def test_questions_are_built_from_the_finding(finding_for):
    finding = finding_for("Robust security guarantees will be provided in stages.", "Robust")
    # the kind's question, then the how the term leaves open (who and when are asked by the
    # clause's unassigned commitment, tests/test_questions.py)
    assert finding.questions == (
        "What would show that the security guarantees are robust?",
        "How will the robust security guarantees be provided, and with what resources?",
    )
    finding = finding_for("The board will publish the figures soon.", "soon")
    assert finding.questions[0] == "By what date will the board publish the figures?"


def test_a_vague_actor_is_asked_to_be_named(finding_for):
    finding = finding_for(
        "Relevant stakeholders will review the plan soon.", "Relevant stakeholders"
    )
    assert "Who exactly are the relevant stakeholders?" in finding.questions, finding.questions


def test_only_missing_slots_are_asked_about(finding_for):
    finding = finding_for(
        "The council will take appropriate action by 1 March 2027.", "appropriate"
    )
    assert finding.who.present and finding.when.present and not finding.how.present
    # the kind's question only: who and when are named, and how a small act such as taking
    # action is done is not asked (questions/wording.py, small_act)
    assert finding.questions == ("What would count as appropriate action, and by whose judgement?",)
    assert not any(q.startswith(("Who", "By when", "By what date")) for q in finding.questions)


def test_vague_word_inside_a_list_gets_the_verbs_clause(finding_for):
    finding = finding_for(
        "The county council will provide new buses, robust timetables and cheaper fares "
        "from 1 September 2027.",
        "robust",
    )
    assert finding.who.text == "The county council"
    assert finding.when.text == "from 1 September 2027"


def test_dates_in_a_relative_clause_belong_to_another_event(finding_for):
    finding = finding_for(
        "The plan, which was agreed on 3 May 2026, promises robust guarantees.", "robust"
    )
    assert not finding.when.present


def test_vague_timing_is_not_evidence_for_itself(finding_for):
    finding = finding_for("The ministry will respond soon.", "soon")
    assert not finding.when.present
    assert finding.when.rule == "vague_timing_only"


@pytest.mark.parametrize(
    ("sentence", "verb", "who", "how", "when"),
    [
        ("NATO will deploy 600,000 personnel by 2027.", "deploy", True, True, True),
        ("Funds will be released soon.", "released", False, False, False),
        ("The board meets every Monday.", "meets", True, False, True),
    ],
)
def test_slots_for_works_on_any_verb(verb_slots, sentence, verb, who, how, when):
    slots = verb_slots(sentence, verb)
    assert (slots.who.present, slots.how.present, slots.when.present) == (who, how, when)


@pytest.mark.parametrize(
    ("sentence", "verb", "slot", "present", "rule", "evidence"),
    [
        ("He was arrested in January and charged with assault.", "charged", "when", True,
         "shared_time", "in January"),
        ("The crew returned after being extracted from the capsule.", "returned", "when", True,
         "deadline_phrase", "after being extracted from the capsule"),
        ("Speaking in Leeds on 3 May 2026, the minister announced the plan.", "announced", "when",
         True, "participle_time", "on 3 May 2026"),
        ("The council will first review the plan.", "review", "when", False,
         "relative_time_only", None),
        ("The waves weaken quickly near the coast.", "weaken", "how", False,
         "manner_adverb", None),
        ("The solicitor representing the singer has said he is innocent.", "representing", "who",
         True, "actor_noun", "The solicitor"),
        ("The soldier had been involved in building a hospital in Africa.", "building", "who",
         True, "actor_noun", "The soldier"),
        ("The Olympics will attract thousands of visitors.", "attract", "who", False,
         "not_an_actor", None),
        ("The historians have recorded the events of the past.", "recorded", "who", True,
         "actor_noun", "The historians"),
        ("In the second half, the visitors kept the game close by forcing errors.", "forcing",
         "when", True, "shared_time", "In the second half"),
        ("The team scored twice during the final.", "scored", "when", True, "deadline_phrase",
         "during the final"),
        ("Both men have been recovering in hospital since the attack.", "recovering", "when",
         True, "deadline_phrase", "since the attack"),
        ("On Friday, the mayor wrote to parents, who welcomed the decision.", "welcomed", "when",
         True, "scene_time", "On Friday"),
        # A purpose with no subject of its own shares its governor's time.
        ("On Friday, the mayor wrote to parents to explain the decision.", "explain", "when",
         True, "shared_time", "On Friday"),
        ("The family gathered there at Christmas to celebrate its completion.", "celebrate",
         "when", True, "shared_time", "at Christmas"),
        ("The crew is currently working to determine the best method.", "determine", "when",
         True, "shared_time", "currently"),
        ("The board met in May so that staff could review the plan.", "review", "when", False,
         "no_time", None),
        # A year the model leaves untagged still dates the clause; an amount does not.
        ("The term had been used by at least one author as early as 1742.", "used", "when", True,
         "date_entity", "as early as 1742"),
        ("Sales rose from 1500 to 2000 units.", "rose", "when", False, "no_time", None),
        ("On Friday, the mayor said the council would act to protect the park.", "protect",
         "when", False, "no_time", None),
        ("On Monday, the minister said the council will provide robust support.", "provide",
         "when", False, "no_time", None),
        ("The probe slowed before reaching the surface.", "reaching", "when", False, "no_time",
         None),
        ("The city was founded in 42 BC.", "founded", "when", True, "date_entity", "in 42 BC"),
        ("China has made many foreign investments in recent years.", "made", "when", False,
         "vague_timing_only", None),
        ("The volcano may erupt again.", "erupt", "when", False, "relative_time_only", None),
        ("The council will support schools with a grant of £2m.", "support", "how", True,
         "concrete_amount", "£2m"),  # "with a grant of £2m": the figure measures the support
        ("The council supported the schools with a new minibus.", "supported", "how", True,
         "with_instrument", "with a new minibus"),
        ("He was charged with assault.", "charged", "how", False, "no_means", None),
        ("The government deployed 350,000 troops to protect voters.", "protect", "how", True,
         "purpose_means", "deployed 350,000 troops"),
        ("The council set up a fund to repair school roofs.", "repair", "how", True,
         "purpose_means", "a fund"),
        ("The council plans to repair school roofs.", "repair", "how", False, "no_means", None),
        ("The family gathered at Christmas to celebrate.", "celebrate", "how", False,
         "no_means", None),
        ("She failed to return and was found dead the next day.", "found", "who", False,
         "agentless_passive", None),
        ("He was arrested in January and charged with assault.", "charged", "who", False,
         "agentless_passive", None),
        ("Several towns, including Leeds, will receive funding.", "including", "who", False,
         "no_subject", None),
        ("The policymakers met in Brussels.", "met", "who", True, "actor_noun",
         "The policymakers"),
        ("The minister acted in a reckless manner.", "acted", "how", False, "manner_phrase",
         None),
        ("The Welsh team finished fifth in the relay.", "finished", "how", False, "rank_result",
         None),
        ("The team came in second.", "came", "how", False, "rank_result", None),
        ("The bridge was built first.", "built", "how", False, "no_means", None),
        ("The pupils worked together on the project.", "worked", "how", False, "manner_adverb",
         None),
        ("A cyclist was injured in a collision on the ring road.", "injured", "how", False,
         "event_circumstance", None),
        ("The army deployed 350,000 troops.", "deployed", "how", True, "participant_amount",
         "350,000 troops"),
        ("The council will recruit 40 teachers.", "recruit", "how", True, "participant_amount",
         "40 teachers"),
        ("The economy shrank by 0.3% last year.", "shrank", "how", True, "concrete_amount",
         "0.3%"),
        # A figure that is what was raised, not a measure of the raising: present for the
        # analyzer (a figure is a commitment), but it says how much, not how.
        ("The school raised £4,000 for the library.", "raised", "how", True, "participant_amount",
         "£4,000"),
        # A participle used as an adjective: "-ed" is a reduced passive (nobody named), "-ing"
        # is done by the noun it modifies.
        ("Mandela underwent an arranged medical check-up.", "arranged", "who", False,
         "agentless_passive", None),
        ("The city repaired its damaged water system.", "damaged", "who", False,
         "agentless_passive", None),
        ("The budget does not help working families.", "working", "who", True, "actor_noun",
         "working families"),
        ("The police want to curb rising crime rates.", "rising", "who", False, "not_an_actor",
         None),
        # A gap or a score the model tags as a time is not when; date ranges stay dates.
        ("Busch finished second, three seconds behind Gordon.", "finished", "when", False,
         "no_time", None),
        ("The Gliders defeated Mexico 62 -- 37.", "defeated", "when", False, "no_time", None),
        ("The exhibition was held November 6 -- 24, 1962.", "held", "when", True, "date_entity",
         "November 6 -- 24, 1962"),
        ("The first version (1704 -- 1717) was translated into French.", "translated", "when",
         True, "date_entity", "1704 -- 1717"),
        ("The hall was built at a cost of £2m.", "built", "how", True, "concrete_amount", "£2m"),
        ("Real wages dropped by 25 percent between 1933 and 1938.", "dropped", "how", True,
         "concrete_amount", "25 percent"),
        ("The fleet grew from two ships to 86.", "grew", "how", True, "concrete_amount",
         "two ships"),
        ("The renovation will cost £40,000.", "cost", "how", True, "concrete_amount", "£40,000"),
        ("Tourism accounts for 70 percent of the budget.", "accounts", "how", True,
         "concrete_amount", "70 percent"),
        ("The fishing fleet consisted of some 4 million vessels.", "consisted", "how", True,
         "participant_amount", "4 million vessels"),
        ("The alphabet consists of 29 consonants and 7 vowels.", "consists", "how", True,
         "participant_amount", "29 consonants"),
        ("The ship has a crew of 80.", "has", "how", True, "participant_amount", "80"),
        ("They stole valves worth $35,000 from the restaurants.", "stole", "how", True,
         "participant_amount", "$35,000"),
        ("Most of the governors will review the policy.", "review", "who", True, "actor_noun",
         "Most of the governors"),
        ("Thousands of teachers marched through the city.", "marched", "who", False,
         "indefinite_actor", None),
        ("Some of the relevant parties will meet.", "meet", "who", False, "vague_actor", None),
        ("Most of the money will repair roofs.", "repair", "who", False, "not_an_actor", None),
        ("One of the runways reopened on Sunday.", "reopened", "who", False, "not_an_actor",
         None),
        ("The Ministry's review of school funding.", "review", "who", True, "named_actor",
         "The Ministry"),
        ("A review of school funding.", "review", "who", False, "no_verb", None),
        ("One of the teachers will lead the trip.", "lead", "who", False, "indefinite_actor",
         None),
        ("The ship-owners loaded the boats.", "loaded", "who", True, "actor_noun",
         "The ship-owners"),
        ("The minister announced a package of measures to support small shops.", "support",
         "who", True, "actor_noun", "The minister"),
        ("In the end the board did release the records.", "did", "who", True, "actor_noun",
         "the board"),
        ("The school flooded in 2019, when the river burst its banks.", "burst", "when", True,
         "time_before_when", "in 2019"),
        ("They play again tomorrow when they face the Netherlands.", "face", "when", True,
         "time_before_when", "tomorrow"),
        ("We will act when the report arrives.", "arrives", "when", False, "no_time", None),
        ("Following the game, the coach praised the team.", "Following", "when", False,
         "no_time", None),
        ("Following the game, the coach praised the team.", "praised", "when", True,
         "deadline_phrase", "Following the game"),
        ("As I mentioned earlier, the council will review the policy.", "review", "when", False,
         "no_time", None),
        ("As the storm moved inland, the schools closed.", "closed", "when", True,
         "temporal_clause", "As the storm moved inland"),
        ("The war had a huge cost in terms of lives lost.", "had", "when", False, "no_time",
         None),
        ("Several schools will take part.", "take", "how", False, "vague_quantity_only", None),
        ("The 52 year old pleaded guilty.", "pleaded", "when", False, "no_time", None),
        ("The pupils eat one portion of fruit a day.", "eat", "when", True, "frequency",
         "a day"),
        ("The club charges £5 per week.", "charges", "when", True, "frequency", "per week"),
        ("Nobody has been convicted thus far.", "convicted", "when", True, "time_adverb",
         "thus far"),
        ("The head teacher was impressed with the plan and encouraged its development.",
         "encouraged", "who", True, "actor_noun", "The head teacher"),
        ("The minister was questioned by MPs and promised a review.", "promised", "who", True,
         "actor_noun", "The minister"),
        ("The 52 year old, David Coleman Headley, pleaded guilty.", "pleaded", "who", True,
         "named_actor", "David Coleman Headley"),
        ("The 52 year old pleaded guilty on Monday.", "pleaded", "when", True, "date_entity",
         "on Monday"),
        ("Switzerland and Italy ranked eighth and ninth respectively.", "ranked", "when", False,
         "no_time", None),
        ("Switzerland and Italy ranked eighth and ninth respectively.", "ranked", "how", False,
         "rank_result", None),
        ("The school ranked 12th in the county.", "ranked", "how", False, "rank_result", None),
        ("The firefighters searched the building without success.", "searched", "how", False,
         "manner_phrase", None),
        ("The city was besieged in 56 BC.", "besieged", "how", False, "no_means", None),
        ("The pupils will travel to Cardiff in a hired coach.", "travel", "how", True, "vehicle",
         "in a hired coach"),
        ("The head teacher said in a statement that the school would reopen.", "said", "how",
         False, "medium", None),
        ("The lessons are taught in English.", "taught", "how", False, "medium", None),
        ("The artist painted two portraits of the mayor.", "painted", "how", True,
         "participant_amount", "two portraits"),
        ("Five were injured in the crash.", "injured", "how", True, "participant_amount", "Five"),
        ("The team climbed three places in the table.", "climbed", "how", True,
         "concrete_amount", "three places"),
        ("She was stabbed dozens of times.", "stabbed", "how", True, "concrete_amount", "dozens"),
        ("Costs rose substantially.", "rose", "how", False, "vague_manner_only", None),
        ("The pupils sat exams in the spring term.", "sat", "when", True, "deadline_phrase",
         "in the spring term"),
    ],
)  # fmt: skip
def test_rules_for_any_verb(verb_slots, sentence, verb, slot, present, rule, evidence):
    verdict = getattr(verb_slots(sentence, verb), slot)
    assert (verdict.present, verdict.rule, verdict.text) == (present, rule, evidence), verdict


def test_a_count_of_participants_is_a_commitment_but_not_a_manner(verb_slots):
    """The analyzer counts "350,000 troops" as how; QA-SRL's how (manner, means, how much) does
    not, so the benchmark leaves COUNT_ONLY_RULES out and takes MANNER_FOUND_RULES in."""
    from vaguewords.slots import COUNT_ONLY_RULES, MANNER_FOUND_RULES

    counted = verb_slots("The army deployed 350,000 troops.", "deployed").how
    ranked = verb_slots("The Welsh team finished fifth in the relay.", "finished").how
    assert counted.present and counted.rule in COUNT_ONLY_RULES
    assert not ranked.present and ranked.rule in MANNER_FOUND_RULES


def test_a_participle_used_as_an_adjective_is_judged_in_the_clause_above():
    from vaguewords import analyze

    analysis = analyze("Both countries are willing to discuss a phased withdrawal.")
    (phased,) = [finding for finding in analysis.findings if finding.text == "phased"]
    assert "discuss" in phased.clause
    assert (phased.who.present, phased.who.text) == (True, "Both countries")


# Who as a reader sees it (issue #21): parties named for agreements and talks, and a pronoun
# subject resolved to the actor named before it. (sentence, flagged term, who rule, evidence)
WHO_AS_A_READER_SEES_IT = [
    (
        "A comprehensive agreement will be concluded between Russia, Ukraine and Europe.",
        "comprehensive",
        "named_parties",
        "between Russia, Ukraine and Europe",
    ),
    ("Talks will be held with Iran in due course.", "in due course", "named_parties", "with Iran"),
    (
        "The council says it will work with relevant stakeholders.",
        "relevant stakeholders",
        "resolved_pronoun",
        "The council",
    ),
    (
        "The ministry met on Monday. It will publish a comprehensive plan.",
        "comprehensive",
        "resolved_pronoun",
        "The ministry",
    ),
    (
        "The governors met on Monday. They will publish a comprehensive plan.",
        "comprehensive",
        "resolved_pronoun",
        "The governors",
    ),
]


@pytest.mark.parametrize(("text", "term", "rule", "evidence"), WHO_AS_A_READER_SEES_IT)
def test_who_as_a_reader_sees_it(finding_for, text, term, rule, evidence):
    finding = finding_for(text, term)
    assert (finding.who.present, finding.who.rule, finding.who.text) == (True, rule, evidence)
    assert text[finding.who.start : finding.who.end] == evidence


@pytest.mark.parametrize(
    ("text", "term", "rule"),
    [
        # "it" with nothing accountable before it stays empty; an expletive is not resolved.
        ("It will be a comprehensive review.", "comprehensive", "empty_subject"),
        ("The storm passed. It will bring several days of rain.", "several", "empty_subject"),
        # "with" for talks only when every party is named.
        ("Talks will be held with relevant parties soon.", "soon", "agentless_passive"),
    ],
)
def test_pronouns_and_parties_that_name_no_one(finding_for, text, term, rule):
    finding = finding_for(text, term)
    assert (finding.who.present, finding.who.rule) == (False, rule)
