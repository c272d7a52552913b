"""The questions a drafted entry is asked by (bot/authoring/sentences.py): drafted from the
article's sentences by English grammar, the way a reader asks them, for any subject."""

from __future__ import annotations

import pytest

from bot.authoring.phrasing import finish, is_instruction, person
from bot.authoring.sentences import ask_sentence


@pytest.mark.parametrize(
    "sentence, questions",
    [
        # an instruction: asked whether to do it, and where, when or how long
        (
            "Store the seeds in a cool, dark cupboard.",
            [
                "Should I store the seeds in a cool, dark cupboard?",
                "Where should I store the seeds?",
            ],
        ),
        (
            "Water the seedlings every morning.",
            ["Should I water the seedlings every morning?", "When should I water the seedlings?"],
        ),
        (
            "Use opened paint within 2 years.",
            ["Should I use opened paint within 2 years?", "How long can I use opened paint?"],
        ),
        # a warning is asked as what one may do
        ("Never leave a candle burning unattended.", None),
        ("Do not mix bleach with ammonia.", None),
        # a statement turned round; "may" asked as "can"; a reason asked "why"
        ("Cold weather can slow the tomatoes down.", ["Can cold weather slow the tomatoes down?"]),
        (
            "Wet wood may not burn well.",
            ["Can wet wood burn well?", "What happens with wet wood?"],
        ),
        # what a thing may lead to is asked as what happens with it
        (
            "Too much water may not meet the nutritional needs of your baby.",
            [
                "Can too much water meet the nutritional needs of my baby?",
                "What happens with too much water?",
            ],
        ),
        (
            "The glaze is cloudy because the kiln cooled too fast.",
            ["Is the glaze cloudy?", "Why is the glaze cloudy?"],
        ),
        # a verb of its own: "does ... do?"
        (
            "Vinegar dissolves the limescale in a kettle.",
            ["Does vinegar dissolve the limescale in a kettle?"],
        ),
        # a definition
        ("A sourdough starter is a mix of flour and water.", None),
        # an opening condition or purpose
        (
            "If the bread sounds hollow, take it out of the oven.",
            [
                "What should I do if the bread sounds hollow?",
                "Should I take it out of the oven if the bread sounds hollow?",
            ],
        ),
        (
            "To clean the filter, rinse it under warm water.",
            ["How do I clean the filter?", "Should I rinse it under warm water?"],
        ),
        # the reader asks about themselves
        (
            "If you are not sure the meat is cooked, check it with a thermometer.",
            None,
        ),
        # a statement turned round, its grammar kept
        (
            "You'll need a bigger pot for a double batch.",
            ["Will I need a bigger pot for a double batch?"],
        ),
        (  # the noun before the auxiliary heads the subject, and "why" keeps the "not"
            "Paper masks do not stop fumes, because the molecules are too small.",
            ["Do paper masks stop fumes?", "Why do paper masks not stop fumes?"],
        ),
        (  # an adverb between subject and auxiliary goes after the subject
            "Hard water generally is linked to limescale in kettles.",
            ["Is hard water generally linked to limescale in kettles?"],
        ),
        (  # a subject that is a clause of its own may run past six words
            "Those who grow tomatoes in pots should water them every day.",
            ["Should those who grow tomatoes in pots water them every day?"],
        ),
        (
            "Keeping your seedlings away from frost is important - young leaves are tender.",
            ["Is keeping my seedlings away from frost important?"],
        ),
        (  # after a plural that is only a noun, led by a determiner, a verb
            "Your kidneys use water to carry waste out of the body.",
            ["Do my kidneys use water to carry waste out of the body?"],
        ),
        (  # "like" after the subject's noun, with the verb to come, is no verb
            "Paper masks like those sold in shops may tear when wet.",
            ["Can paper masks like those sold in shops tear when wet?"],
        ),
        ("Most people like the taste.", ["Do most people like the taste?"]),  # there it is
        (
            "You may need to rinse the jar twice.",
            ["Do I need to rinse the jar twice?"],  # not "Can I need to ...?"
        ),
        (  # "most" leads no definition: "What are most bakes?" asks nothing
            "Most bakes are a matter of patience.",
            ["Are most bakes a matter of patience?"],
        ),
    ],
)
def test_a_sentence_is_asked_the_way_people_ask(sentence, questions):
    asked = ask_sentence(sentence)
    if questions is not None:
        assert asked[: len(questions)] == questions
    assert asked and all(q.endswith("?") and q[0].isupper() for q in asked)


def test_warnings_definitions_and_the_reader():
    assert ask_sentence("Never leave a candle burning unattended.")[0] == (
        "Can I leave a candle burning unattended?"
    )
    assert ask_sentence("Do not mix bleach with ammonia.")[0] == "Can I mix bleach with ammonia?"
    assert "What is a sourdough starter?" in ask_sentence(
        "A sourdough starter is a mix of flour and water."
    )
    assert ask_sentence("If you are not sure the meat is cooked, check it with a thermometer.")[
        0
    ] == ("What should I do if I am not sure the meat is cooked?")


@pytest.mark.parametrize(
    "lead, question",
    [
        (
            "Here\u2019s a summary of some types of feedback you can ask for:",
            "What are some types of feedback I can ask for?",
        ),
        ("Here are the main signs to watch for:", "What are the main signs to watch for?"),
        ("This information can include:", None),  # names nothing its list is
    ],
)
def test_a_lead_in_that_names_its_list_asks_what_is_in_it(lead, question):
    assert ask_sentence(lead) == ([question] if question else [])


@pytest.mark.parametrize(
    "lead, item, question",
    [
        ("Burglars may:", "Watch your house for a few days.", "Can burglars watch my house"),
        ("To report a leak, call:", "The water company on its free number.", "How do I report"),
        ("To descale a kettle:", "Boil a mix of vinegar and water in it.", "How do I descale"),
    ],
)
def test_a_list_item_is_asked_with_the_words_that_introduce_it(lead, item, question):
    assert ask_sentence(item, lead=lead)[0].startswith(question)


@pytest.mark.parametrize(
    "sentence",
    [
        "Here are some pointers to keep in mind.",  # says nothing of its own
        "It is harmless.",  # "it" alone names nothing
        "See https://example.com for more.",  # a link
        "Bank account numbers.",  # a thing, not a sentence
    ],
)
def test_sentences_that_ask_nothing(sentence):
    assert ask_sentence(sentence) == []


def test_an_item_that_names_things_is_no_instruction():
    # a list of warning signs: "Bills for items you did not buy" is not asked as a verb
    assert ask_sentence("Bills for items you did not buy.", lead="Watch for these signs:") == []
    assert not is_instruction(["Information", "on", "your", "report"])
    assert is_instruction(["Store", "unopened", "tins", "somewhere", "dry"])


def test_the_reader_asks_about_themselves():
    assert person(["you", "are", "sure"]) == ["I", "am", "sure"]
    assert person(["they", "may", "ask", "you", "for", "your", "name"]) == [
        "they",
        "may",
        "ask",
        "me",
        "for",
        "my",
        "name",
    ]


@pytest.mark.parametrize(
    "said, asked",
    [
        ("promote your handle in everything you do", "promote my handle in everything I do"),
        ("this lets you choose", "this lets me choose"),
        ("what you want is fine", "what I want is fine"),
    ],
)
def test_you_is_the_reader_as_subject_or_object(said, asked):
    assert " ".join(person(said.split(" "))) == asked


def test_a_long_question_is_cut_where_a_phrase_starts():
    words = [
        "Should",
        "I",
        "store",
        "unopened",
        "tins",
        "of",
        "powdered",
        "milk",
        "in",
        "a",
        "cool,",
        "dry,",
        "dark",
        "place",
        "away",
        "from",
        "the",
        "sun",
    ]
    assert finish(words) == "Should I store unopened tins of powdered milk?"


def test_a_heading_that_leads_into_its_sub_heading_asks_what_to_do_in_that_case():
    from bot.authoring.phrasing import heading_questions

    heading = (
        "Take extra care of your seedlings if: The night is colder than 5 degrees, windy, or wet."
    )
    assert heading_questions(heading) == [
        "What should I do if the night is colder than 5 degrees, windy, or wet?",
        "How do I take extra care of my seedlings?",
    ]


def test_an_auxiliary_in_a_later_clause_leaves_an_instruction_one():
    # "could" belongs to "germs that could ...", not to a subject "Take extra steps"
    sentence = "Take extra steps to protect your plants from frost that could kill them"
    assert is_instruction(sentence.split(" "))
    assert not is_instruction(["Credit", "cards", "are", "easy", "to", "steal"])


@pytest.mark.parametrize(
    "sentence, question",
    [
        # what the reader is told they should, can or need to do, asked as they would
        (
            "Before you plant the bulbs, you should dig the soil over.",
            "Should I dig the soil over before I plant the bulbs?",
        ),
        ("You can often borrow a ladder from the library.", "Can I borrow a ladder"),
        ("You don't need a permit for a small shed.", "Do I need a permit for a small shed?"),
        ("You cannot repaint a glazed tile.", "Can I repaint a glazed tile?"),
        ("You don\u2019t need to prime new plaster.", "Do I need to prime new plaster?"),
        ("You may want to wear gloves when you prune roses.", "Should I wear gloves"),
        ("You may not notice the leak at first.", "Will I notice the leak at first?"),
    ],
)
def test_what_the_reader_is_told_to_do_is_asked_as_they_ask(sentence, question):
    assert any(q.startswith(question) for q in ask_sentence(sentence))


def test_a_condition_before_what_the_reader_should_do_asks_what_to_do():
    asked = ask_sentence("If the paint is still tacky, you should wait another day.")
    assert asked[0] == "What should I do if the paint is still tacky?"
    asked = ask_sentence("If your shed is on a slope, you can use a timber frame as a base.")
    assert asked[0] == "What can I do if my shed is on a slope?"


def test_a_lead_in_and_a_demonstrative_subject_ask_nothing_alone():
    assert ask_sentence("These tools can include:") == []
    # what "these" are was said before: "What happens with these spores?" names nothing
    assert ask_sentence("These spores can live in the soil for years.") == [
        "Can these spores live in the soil for years?"
    ]


def test_the_examples_an_instruction_names_are_asked_of_too():
    asked = ask_sentence("Store your papers, including your passport, in a fireproof box.")
    assert "Where should I store my papers?" in asked
    assert "Where should I store my passport?" in asked
    asked = ask_sentence("Put sharp tools, such as chisels and saws, on a high shelf.")
    assert "Where should I put chisels and saws?" in asked


@pytest.mark.parametrize(
    "sentence, question",
    [
        (
            "There is no quick way to strip old varnish.",
            "Is there a quick way to strip old varnish?",
        ),
        ("There\u2019s no need to sand the primer.", "Is there a need to sand the primer?"),
        ("There are no safe doses of lead paint.", "Are there any safe doses of lead paint?"),
        (
            "There are several ways to fill a crack, including filler and caulk.",
            "Are there several ways to fill a crack?",
        ),
    ],
)
def test_what_a_sentence_says_there_is_is_asked(sentence, question):
    assert ask_sentence(sentence)[0] == question


def test_while_grants_and_asks_nothing_of_what_happens():
    asked = ask_sentence("While the paint dries quickly, there are reasons to wait a day.")
    assert not any(q.startswith("What happens while") for q in asked)
    assert "What happens if the paint dries quickly?" in ask_sentence(
        "If the paint dries quickly, there are reasons to wait a day."
    )


def test_what_only_grants_asks_nothing_and_even_if_is_a_condition():
    asked = ask_sentence("Even if the fence is new, paint the posts every spring.")
    assert asked[0] == "What should I do if the fence is new?"
    assert ask_sentence("Although it is cheap, bleach can harm the enamel.") == [
        "Can bleach harm the enamel?"
    ]


def test_a_way_said_to_be_something_is_asked_what_it_is():
    asked = ask_sentence(
        "In addition to the tips above, the best way to keep a lawn green is to water it deeply."
    )
    assert asked == ["What is the best way to keep a lawn green?"]
    asked = ask_sentence(
        "The safest method, including when the ice is thick, is to chip it with a spade."
    )
    assert asked[0] == "What is the safest method?"
    assert "What is the safest method when the ice is thick?" in asked


@pytest.mark.parametrize(
    "sentence, question",
    [
        # "it is ... to": the extraposed subject asked as it is said
        ("In most gardens, it is safe to compost eggshells.", "Is it safe to compost eggshells?"),
        ("It's perfectly normal to lose a few seedlings.", "Is it normal to lose a few seedlings?"),
        # a plural subject with a plain verb: "do ... ?"
        ("Most paints need to be stirred before use.", "Do most paints need to be stirred"),
    ],
)
def test_statements_without_an_auxiliary_up_front_are_asked(sentence, question):
    assert ask_sentence(sentence)[0].startswith(question)


def test_an_item_that_says_something_is_asked_under_a_lead_that_it_does_not_finish():
    lead = "If you grow tomatoes in pots:"
    assert ask_sentence("Blight is a fungus that spreads in wet weather.", lead=lead)[0] == (
        "What is blight?"
    )
    assert ask_sentence("Leaves with brown spots.", lead=lead) == []


def test_an_instruction_to_learn_something_asks_what_is_to_be_learnt():
    assert ask_sentence("Understand how rust spreads and how to stop it.")[:2] == [
        "How does rust spread?",
        "How do I stop it?",
    ]
    assert ask_sentence("Learn when it is safe to prune an apple tree.")[0] == (
        "When is it safe to prune an apple tree?"
    )


def test_a_second_clause_joined_by_and_is_no_part_of_what_is_asked():
    assert ask_sentence("Raw flour is not safe and can carry germs.")[0] == "Is raw flour safe?"


def test_what_the_reader_cannot_do_under_a_condition_is_not_asked_as_what_they_can_do():
    asked = ask_sentence("Once the glue has set, you cannot move the tile.")
    assert asked[0] == "Can I move the tile once the glue has set?"
    assert "What can I do once the glue has set?" not in asked


def test_two_verbs_joined_by_and_start_an_instruction():
    assert ask_sentence("Sand and prime the frame before you paint it.")[0] == (
        "Should I sand and prime the frame before I paint it?"
    )
    assert not is_instruction(["Salt", "and", "pepper", "are", "on", "the", "table"])


def test_what_an_instruction_is_for_or_how_it_is_done_is_asked():
    asked = ask_sentence("Tap the melon with a knuckle to hear if it is ripe.")
    assert "How do I hear if it is ripe?" in asked
    asked = ask_sentence("Check the oil by pulling out the dipstick.")
    assert "How do I check the oil?" in asked
    assert "How do I recover?" in ask_sentence("Use the checklist to help you recover.")


@pytest.mark.parametrize(
    "sentence, question",
    [
        # what an instruction to keep a thing in mind tells is asked as a statement is
        (
            "Remember that bakers knead the dough because it builds gluten.",
            "Why do bakers knead the dough?",
        ),
        ("Note that the kettle is hot after boiling.", "Is the kettle hot after boiling?"),
        ("Keep in mind that the glaze is fragile.", "Is the glaze fragile?"),
        # a verb of its own, with the reason it is done
        ("Bread goes stale because it loses water.", "Why does bread go stale?"),
        ("Children learn faster because they play.", "Why do children learn faster?"),
    ],
)
def test_what_is_told_with_its_reason_is_asked_why(sentence, question):
    assert question in ask_sentence(sentence)


def test_what_is_kept_in_mind_is_asked_before_keeping_it_in_mind():
    asked = ask_sentence("Remember that bakers knead the dough because it builds gluten.")
    assert asked[0] == "Do bakers knead the dough?"
    assert asked.index("Why do bakers knead the dough?") < len(asked) - 1


@pytest.mark.parametrize(
    "sentence, question",
    [
        ("Usually, the dough is ready after an hour.", "Is the dough ready after an hour?"),
        (
            "Most of the time, it is safe to mix flour with tap water.",
            "Is it safe to mix flour with tap water?",
        ),
        (
            "Typically, you should water the fern once a week.",
            "Should I water the fern once a week?",
        ),
    ],
)
def test_an_opening_of_how_often_something_holds_is_no_part_of_what_is_asked(sentence, question):
    assert question in ask_sentence(sentence)


def test_most_people_is_a_subject_not_an_opening_of_how_often():
    assert "Should I descale a kettle?" not in ask_sentence(
        "Most people, however, never descale a kettle."
    )


@pytest.mark.parametrize(
    "sentence, questions",
    [
        (
            "Lambs born prematurely (before 140 days) need a heat lamp.",
            ["What counts as premature?"],
        ),
        ("A lamb is weak (under 3 kg) when it is born early.", ["What counts as weak?"]),
        ("Very warm water (around 40 C) soothes the lamb.", []),  # a noun: no term defined
        ("Give the ewe hay (see box) every day.", []),
    ],
)
def test_a_measure_in_brackets_after_a_describing_word_defines_it(sentence, questions):
    from bot.authoring.sentences import defined_terms

    assert defined_terms(sentence) == questions


def test_a_long_question_keeps_the_way_a_thing_is_done():
    # "by mixing it with tap water" is what "is it safe to ..." asks: another cut will do
    said = "Is it safe to prepare the dough by mixing it with warm water and leaving it to rise"
    words = [*said.split(" "), "overnight", "on", "the", "counter"]
    assert finish(words) == "Is it safe to prepare the dough by mixing it with warm water?"
    # ... and when none will, the way is cut off after all
    said = "Is it safe to proof the dough by leaving it in the fridge overnight and baking"
    words = [*said.split(" "), "it", "cold", "the", "next", "morning"]
    assert finish(words) == "Is it safe to proof the dough?"


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        # a verb whose own "-s" is no inflection opens an instruction too
        (
            "Focus on kneading the dough before you shape it.",
            "Should I focus on kneading the dough before I shape it?",
        ),
        ("Discuss the recipe with your baker.", "Should I discuss the recipe with my baker?"),
        # "Generally speaking," says how a thing is said, not what: what follows is asked
        (
            "Generally speaking, focus on the crust before the crumb.",
            "Should I focus on the crust before the crumb?",
        ),
        ("Broadly speaking, the dough should rest overnight.", "Should the dough rest overnight?"),
    ],
)
def test_an_instruction_that_opens_on_a_verb_ending_in_s_is_asked(sentence, question):
    assert ask_sentence(sentence)[0] == question


def test_a_plural_opening_a_sentence_is_still_no_instruction():
    # "Bills", "Microwaves": an "-s" of inflection opens a thing named, not an instruction
    assert not is_instruction(["Bills", "for", "items", "you", "did", "not", "buy."])
    assert not is_instruction(["Microwaves", "heat", "milk", "unevenly."])


@pytest.mark.parametrize(
    "word, verb",
    [("rates", "rate"), ("uses", "use"), ("watches", "watch"), ("applies", "apply"), ("has", "")],
)
def test_the_plain_verb_of_a_third_person_verb(word, verb):
    from bot.authoring.statements import verb_s

    assert verb_s(word) == verb


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        # the "of" of a quantity holds what is asked; a relative clause is a phrase of its own
        (
            "Is air pollution generally linked to a large variety of chronic conditions which "
            "reduce your health and well-being",
            "Is air pollution generally linked to a large variety of chronic conditions?",
        ),
        (
            "Can the new policy affect a number of people who live near the coast this year",
            "Can the new policy affect a number of people?",
        ),
    ],
)
def test_a_long_question_keeps_what_a_quantity_is_of(sentence, asked):
    assert finish(sentence.split()) == asked
