"""A drafted base declines questions on its topic that its article does not cover: a kind
of a thing the article never names ("rain water" in an article on tap water)."""

from __future__ import annotations

import pytest
from helpers import drafted as drafted_folder

from bot.core.loader import load
from bot.core.matcher import ANSWERED, NO_MATCH, UNSURE, Matcher

TEA = """# Brewing tea at home

## Water

Use fresh water from the tap for brewing tea. Water that has been boiled twice tastes
flat, so boil it only once.

## Brewing

Pour the hot water over the leaves and let them steep for three to five minutes. Black tea
needs water just off the boil; green tea tastes best with water that has cooled for a few
minutes.

## Storing

Keep loose leaves in an airtight tin away from light and strong smells. Leaves kept this
way stay fresh for about six months.
"""


def drafted(tmp_path_factory, article: str) -> Matcher:
    folder = tmp_path_factory.mktemp("kb")
    return Matcher(load(drafted_folder(folder, article)))


@pytest.fixture(scope="module")
def tea(tmp_path_factory) -> Matcher:
    return drafted(tmp_path_factory, TEA)


@pytest.mark.parametrize(
    "question",
    [
        "Can I use rain water for brewing tea?",  # a noun the base lacks, before "water"
        "Can I use bottled water for brewing tea?",  # a participle
        "Can I use spring water for tea?",
    ],
)
def test_a_kind_the_article_never_names_is_declined(tea, question):
    found = tea.match(question)
    assert found.status == NO_MATCH, (found.status, found.score)
    assert "water" in found.query.unknown  # the kind of water, as one thing it lacks


def test_a_participle_before_a_known_thing_is_a_kind_not_chatter(tea):
    query = tea.analyse("can i use bottled water for brewing tea")
    assert "bottled" in query.unknown and "bottled" not in query.filler


@pytest.mark.parametrize(
    "question",
    [
        "Can I use tap water for brewing tea?",  # the kind it names
        "How long should green tea steep?",
        "Where should I keep loose leaves?",
    ],
)
def test_the_kinds_it_names_are_still_answered(tea, question):
    assert tea.match(question).status == ANSWERED


def test_an_adjective_the_base_lacks_tells_what_a_thing_is_like_not_its_kind(tea):
    # "a trendy tea" is the base's tea: an adjective is no kind of it
    query = tea.analyse("is green tea a trendy tea")
    assert "trendy" not in query.unknown
    assert "tea" not in query.unknown


ACCOUNTS = """# Keeping your accounts safe

## Logging in

Turn on a password manager and two-step login for every account you use.

## Passphrases

A passphrase is longer than a password, and easier to remember.
"""


@pytest.fixture(scope="module")
def accounts(tmp_path_factory) -> Matcher:
    return drafted(tmp_path_factory, ACCOUNTS)


def test_naming_two_things_together_does_not_tell_them_apart(accounts):
    found = accounts.match("What's the difference between a password manager and two-step login?")
    assert found.status == NO_MATCH
    assert found.not_said == ("difference",)
    assert found.passage is None  # the sentence naming both is no answer either


def test_an_answer_that_compares_them_tells_them_apart(accounts):
    found = accounts.match("what is the difference between a passphrase and a password")
    assert found.status == ANSWERED
    assert "longer" in found.best.entry.answer


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("whats the difference between oxide and citrate for cramps", ("oxide", "citrate")),
        ("is a fraud alert different from a credit freeze", ("a fraud alert", "a credit freeze")),
        ("how do i place a fraud alert", None),
    ],
)
def test_the_two_sides_asked(question, asked):
    from bot.core.contrast import sides

    assert sides(question) == asked


def test_a_clause_on_each_side_tells_them_apart():
    from bot.core.contrast import tells_apart

    def stems(clause: str) -> set[str]:
        return set(clause.lower().replace(".", " ").split())

    told = "Calcium makes the muscle contract; magnesium lets it relax."
    assert tells_apart(told, frozenset({"calcium"}), frozenset({"magnesium"}), stems)
    listed = "Take calcium and magnesium with food."
    assert not tells_apart(listed, frozenset({"calcium"}), frozenset({"magnesium"}), stems)


@pytest.mark.parametrize(
    "question",
    ["Who makes airtight tins for tea leaves?", "Who should I ask about brewing green tea?"],
)
def test_who_is_not_answered_by_an_entry_that_names_no_one(tea, question):
    found = tea.match(question)
    assert found.status == NO_MATCH
    assert found.not_said == ("person",)


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("is two pills a day too much", True),  # "too much" said of an amount
        ("is that too much", True),
        ("how much magnesium oxide is too much", True),
        ("why can too much of it give cramps", False),  # excess as what causes a thing
        ("what happens if i take too much of it", False),
        ("is too much magnesium bad for my back", False),
    ],
)
def test_too_much_asks_an_amount_only_when_said_of_one(question, asks):
    from bot.core import aspects

    assert ("amount" in aspects.asked(question, aspects.load())) is asks


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("reduce it to what exactly", True),  # the amount to change it to
        ("cut it down by how much", True),
        ("what should i reduce it to", True),
        ("lower the dose to what level", True),
        ("what should i switch to", False),  # a thing to change to, no amount
        ("so reducing the dose helps", False),  # telling a change, asking no amount
        ("is there a number where the gut side effects stop", True),  # the amount it stops at
        ("the number of reactions it is part of", False),
    ],
)
def test_the_amount_to_change_a_dose_to_is_an_amount(question, asks):
    from bot.core import aspects

    assert ("amount" in aspects.asked(question, aspects.load())) is asks


def test_who_is_addressed_by_an_answer_that_names_a_person_or_a_body():
    from bot.core import aspects

    shipped = aspects.load()
    assert "person" in aspects.asked("who should i call about it", shipped)
    assert "person" not in aspects.asked("how do i call about it", shipped)
    told = aspects.addressed("", "contact your local health department", shipped)
    assert "person" in told
    assert "person" not in aspects.addressed("", "boil the water and wait", shipped)


CARD = """# Looking after your bank card

## Reporting a lost card

If your bank card is lost or stolen, report it to your bank at once: call 1-800-555-0199 at
any hour.

## Sharing card details

Never share your card number or PIN over the phone with someone who calls you.

## Checking statements

Read your card statements every month and report any payment you do not know.
"""


@pytest.fixture(scope="module")
def card(tmp_path_factory) -> Matcher:
    return drafted(tmp_path_factory, CARD)


@pytest.mark.parametrize(
    "question",
    ["what is the bank phone number for my card", "what's the phone number to report a lost card"],
)
def test_a_phone_number_is_given_by_the_entry_that_has_one(card, question):
    found = card.match(question)
    assert found.status == ANSWERED
    assert "1-800-555-0199" in found.best.entry.answer


def test_a_phone_number_the_article_never_gives_is_not_said(card):
    found = card.match("what's the phone number for checking statements")
    assert found.status == NO_MATCH
    assert found.not_said == ("phone",)


def test_a_name_the_base_lacks_is_a_topic_not_chatter(tea):
    found = tea.match("Is green tea from Target good?")
    assert "target" in found.query.unknown
    assert found.status == NO_MATCH
    # typed in lower case, the word reads as the everyday word it also is
    assert "target" in tea.analyse("is green tea from target good?").filler


@pytest.mark.parametrize(
    ("message", "named"),
    [
        ("Should I write a blog post on Medium?", {"medium"}),
        ("I called the FTC. What now?", {"ftc"}),
        ("Oxide vs Glycinate for Back Pain", set()),  # title case: every word is capitalised
        ("I think I'm fine", set()),
    ],
)
def test_the_names_a_message_writes(message, named):
    from bot.core.matcher import names

    assert names(message) == named


BREAD = """# Baking a simple loaf

## Rising

Cover the dough with a damp cloth and let it rise in a warm place until it doubles.

## Baking

Bake the loaf at 220 degrees for thirty minutes, until it sounds hollow when tapped.

## Cooling

Let the loaf cool on a rack before you slice it, or the crumb turns gummy.
"""


@pytest.fixture(scope="module")
def bread(tmp_path_factory) -> Matcher:
    return drafted(tmp_path_factory, BREAD)


def test_a_temperature_is_given_by_the_entry_that_has_one(bread):
    # "temperature" is no word of the article: it asks the aspect, it names no topic
    found = bread.match("what temperature should I bake the loaf at")
    assert found.status == ANSWERED
    assert "220 degrees" in found.best.entry.answer
    assert not found.query.unknown


@pytest.mark.parametrize(
    "question",
    [
        "how warm should the place be for the dough to rise",  # "a warm place": no degrees
        "how cold should the loaf be before I slice it",
    ],
)
def test_a_temperature_the_article_never_gives_is_not_said(bread, question):
    found = bread.match(question)
    assert found.status == NO_MATCH
    assert found.not_said == ("temperature",)


def test_a_verb_the_base_lacks_before_its_object_names_no_kind(tea):
    query = tea.analyse("can i refrigerate tea leaves")  # the deed asked, not a kind of tea
    assert query.unknown == ("refrigerate",)
    assert not any("-" in s for s in query.stems)


@pytest.mark.parametrize(
    "question",
    [
        "can i refrigerate tea leaves",  # the deed asked, which the article never tells of
        "is it ok to refrigerate tea leaves",
        "Should I refrigerate the leaves?",
    ],
)
def test_a_deed_the_article_never_tells_of_is_declined(tea, question):
    found = tea.match(question)
    assert found.status == NO_MATCH, (found.status, found.score)
    assert found.query.unknown  # the deed, as a topic the base lacks


def test_a_deed_the_article_tells_of_still_answers(tea):
    found = tea.match("How long should I steep black tea?")
    assert found.status == ANSWERED, (found.status, found.score)
    assert not found.query.unknown


ROSES = """# Growing roses

## Planting

Plant roses in a sunny spot with rich, well-drained soil. Dig a hole twice as wide as the
roots and water the plant well after planting.

## Pruning

Prune roses in late winter, cutting out a few stems that are dead or crossing. Cut just
above an outward-facing bud so the bush grows open in the middle.

## Feeding

Feed roses with a balanced fertiliser in spring and again after the first flush of
flowers. Give each bush 2 cups of compost every spring.
"""


@pytest.fixture(scope="module")
def roses(tmp_path_factory) -> Matcher:
    return drafted(tmp_path_factory, ROSES)


@pytest.mark.parametrize(
    "question, said",
    [
        ("How many cups of compost should each rose bush get?", "2 cups"),
        ("How many stems should I cut out when I prune roses?", "a few stems"),  # no digit
    ],
)
def test_how_many_is_answered_by_an_entry_that_gives_a_number(roses, question, said):
    found = roses.match(question)
    assert found.status == ANSWERED, (found.status, found.score)
    assert said in found.best.entry.answer


@pytest.mark.parametrize(
    "question",
    ["How many buds should I leave when I prune roses?", "how many leaves should a rose bush have"],
)
def test_how_many_the_article_never_counts_is_not_said(roses, question):
    found = roses.match(question)
    assert found.status == NO_MATCH, (found.status, found.score)
    assert found.not_said == ("count",)


DYE = """# Dyeing wool at home

## Absorption

Absorption of the dye is much faster in hot water. Once the wool has taken up the colour,
the water in the pot turns clear.

## Rinsing

Rinse the wool in water of the same temperature as the dye bath, so the fibres do not felt.

## Patchy colour

Wool that does not absorb the dye evenly was crowded in the pot: use a bigger pot.

## Drying

Dry the wool flat in the shade, away from direct sun, which fades the colour.
"""


@pytest.mark.parametrize(
    "question",
    ["Will absorbing the dye be faster in hot water?", "Is absorbing the dye faster in hot water?"],
)
def test_a_subject_named_in_another_form_of_the_entrys_word_is_its_subject(
    tmp_path_factory, question
):
    # "absorbing" (the base's "absorb", of another entry) is the "absorption" of this one
    found = drafted(tmp_path_factory, DYE).match(question)
    assert found.status == ANSWERED, (found.status, found.score)
    assert "much faster in hot water" in found.best.entry.answer


CACTUS = """# Keeping a cactus

## Watering

Water a cactus every two weeks in summer and once a month in winter. Too much water rots
its roots, and a cactus with rotten roots turns soft and brown.

## Potting

Repot a cactus in spring, in a pot one size bigger, with gritty soil that lets water drain
away quickly. Wear thick gloves, or hold the cactus with folded newspaper.

## Light

Give a cactus the sunniest window you have. Without enough light it grows thin and pale,
leaning towards the glass.
"""


@pytest.mark.parametrize(
    "question, said",
    [
        ("What if my cactus gets too much water?", "Too much water rots"),
        ("What happens if I give my cactus too much water in the pot?", "Too much water rots"),
        ("Can a cactus get too much light?", "sunniest window"),  # not too much water
    ],
)
def test_too_much_of_a_thing_goes_to_the_entry_that_says_so(tmp_path_factory, question, said):
    found = drafted(tmp_path_factory, CACTUS).match(question)
    assert found.status == ANSWERED, (found.status, found.score)
    assert said in found.best.entry.answer


def test_storing_is_answered_by_the_entry_that_says_how_a_thing_keeps(tea):
    result = tea.match("how should I store tea leaves")
    assert result.status == ANSWERED
    assert "airtight" in result.best.entry.answer


@pytest.mark.parametrize(
    "answer, says",
    [
        ("take one tablet once a day with food", True),
        ("water the fern once or twice a week", True),
        ("you need to do this only once", True),
        ("once a release is published you cannot change it", False),
        ("once the jar is opened keep it in the fridge", False),
    ],
)
def test_once_says_how_often_of_a_span_not_before_a_clause(answer, says):
    from bot.core import aspects

    shipped = aspects.load()
    assert ("frequency" in aspects.addressed("", answer, shipped)) is says


MOULD = """# Keeping bread fresh

## Mould on bread

Bread mould is a fungus that grows from spores in the air. Bread kept in a warm, damp
bread bin grows mould within a few days.

## Stale bread

Stale bread has dried out. Warm a stale loaf in the oven for five minutes to soften it.

## Signs of spoiled flour

Spoiled flour smells sour or musty; you may notice small bugs or clumps in the bag.
"""


@pytest.fixture(scope="module")
def mould(tmp_path_factory) -> Matcher:
    return drafted(tmp_path_factory, MOULD)


def test_signs_asked_of_a_thing_the_article_only_names_are_declined(mould):
    found = mould.match("what are the symptoms of mould on bread")
    assert found.status == NO_MATCH
    assert found.not_said == ("signs",)


def test_signs_are_answered_where_the_article_tells_them(mould):
    found = mould.match("what are the signs of spoiled flour")
    assert found.status == ANSWERED
    assert "musty" in found.best.entry.answer


LOAF = """# Baking a loaf

## Proofing the dough

Leave the shaped dough to rise under a cloth until it has doubled. Keep the kitchen at
room temperature, away from draughts, or the dough rises slowly.

## Baking the loaf

Bake the dough at 220 degrees Celsius for thirty minutes, until the crust is brown and the
base sounds hollow when tapped.
"""


@pytest.mark.parametrize(
    "question",
    ["what temperature should the dough be baked at", "which temperature for baking the dough"],
)
def test_the_word_what_asks_by_names_no_topic(tmp_path_factory, question):
    # "temperature" of "what temperature" asks the aspect: the entry that merely says
    # "room temperature" does not hold the question's topic for it
    loaf = drafted(tmp_path_factory, LOAF)
    found = loaf.match(question)
    assert not (found.status == ANSWERED and "room temperature" in found.best.entry.answer)


TALKS = """# Speaking at a gardening club

## Giving a talk

When you feel ready, offer a talk at your local gardening club. Keep it short and bring
photos of your own garden.

## Judging a show

Judges at the county flower show are paid a fee of forty pounds for the day.
"""


@pytest.fixture(scope="module")
def talks(tmp_path_factory) -> Matcher:
    return drafted(tmp_path_factory, TALKS)


def test_being_paid_is_declined_where_the_article_says_nothing_of_money(talks):
    found = talks.match("can I get paid for giving a talk at the gardening club")
    assert found.status == NO_MATCH
    assert found.not_said == ("earnings",)


def test_being_paid_is_answered_where_the_article_says_it(talks):
    found = talks.match("do judges at the flower show get paid")
    assert found.status == ANSWERED
    assert "fee" in found.best.entry.answer


KETTLE = """# Using a kettle

## Filling the kettle

Fill the kettle with fresh cold water, up to the line on its side. The default setting
boils the water in about three minutes.

## Descaling

Descale the kettle every month with a cup of white vinegar.
"""


def test_a_maximum_is_declined_where_the_article_gives_none_and_answered_where_it_does(
    tmp_path_factory,
):
    kettle = drafted(tmp_path_factory, KETTLE)
    found = kettle.match("what is the maximum strength of vinegar for descaling the kettle")
    assert found.status == NO_MATCH
    assert "limit" in found.not_said
    found = kettle.match("what is the maximum amount of water to fill the kettle with")
    assert found.status == ANSWERED
    assert "up to the line" in found.best.entry.answer


@pytest.mark.parametrize("question", ["any tips for proofing dough", "tips on baking a loaf"])
def test_asking_for_tips_names_no_topic_of_its_own(tmp_path_factory, question):
    # "tips", "advice": a request for advice on what follows, not a word the article lacks
    loaf = drafted(tmp_path_factory, LOAF)
    found = loaf.match(question)
    assert "tips" not in found.query.unknown
    assert found.status == ANSWERED


def test_how_one_would_know_asks_the_signs(mould):
    found = mould.match("how would i know if my flour has spoiled")
    assert found.status == ANSWERED
    assert "musty" in found.best.entry.answer
    found = mould.match("how would i know if the mould spores are in the air")
    assert found.status == NO_MATCH
    assert found.not_said == ("signs",)


@pytest.mark.parametrize(
    "question",
    [
        "Can I give my parrot green tea from the tap?",
        "Should my grandson use black tea leaves?",
        "can we give our puppy green tea",
    ],
)
def test_another_given_the_thing_asks_who_may_take_it(tea, question):
    found = tea.match(question)
    assert found.status == NO_MATCH, (found.status, found.score)
    assert "population" in found.not_said


def test_who_is_given_it_is_a_noun_the_base_does_not_name():
    from bot.core import aspects

    shipped = aspects.load()
    own = {"leaves", "water", "tin"}.__contains__
    assert aspects.asked_of_others("can i give my hamster tea", shipped, own) == ("population",)
    assert aspects.asked_of_others("could my aunt try green tea", shipped, own) == ("population",)
    # the base's own words name no one; a thing given ("a rest") is no one given it
    assert not aspects.asked_of_others("can i give my leaves more water", shipped, own)
    assert not aspects.asked_of_others("can my water take the heat", shipped, own)
    assert not aspects.asked_of_others("should i give my kettle a clean", shipped, own)
    assert not aspects.asked_of_others("my aunt gave me tea", shipped, own)


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("is green tea ok for my 4 yr old", True),
        ("can our two year old drink black tea", True),
        ("should his 80 years old father brew it weaker", True),
        ("the tin is 3 years old, is it fine", False),  # a thing's age names no one
        ("is it safe for toddlers to wear a mask", True),  # the plural names them too
        ("can newborns have it", True),
        ("do teens need more of it", True),
    ],
)
def test_someone_named_by_age_asks_who_may_take_it(question, asks):
    from bot.core import aspects
    from bot.core.text import normalise

    assert ("population" in aspects.asked(normalise(question), aspects.load())) is asks


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # when a symptom comes is no time to take a thing
        ("my grandma gets cramps at night from low magnesium, is that real?", "deficiency-spasms"),
        # two things of the body working together are not taken together
        ("how do magnesium and calcium work together in the muscle?", "calcium-channel-blocker"),
        ("what job does magnesium do alongside calcium in a muscle?", "calcium-channel-blocker"),
    ],
)
def test_a_phrase_of_an_aspect_used_of_something_else_asks_nothing_of_it(matcher, question, entry):
    result = matcher.match(question)
    assert result.status in (ANSWERED, UNSURE) and result.best.entry.id == entry


@pytest.mark.parametrize(
    "question",
    [
        "should I take magnesium at night?",
        "can I take magnesium and ibuprofen together?",
        "is it fine to have mag alongside my iron tablets?",
        "my back hurts at night, should I take magnesium in the morning instead?",
    ],
)
def test_the_phrase_of_an_aspect_asked_of_taking_still_declines(matcher, question):
    assert matcher.match(question).status == NO_MATCH


def test_one_entry_naming_both_sides_is_no_answer_for_each(accounts):
    from bot.core.conversation import Conversation

    # the one sentence that names both answers each side alone: it tells neither apart
    reply = Conversation(accounts.kb, accounts).respond(
        "What's the difference between a password manager and two-step login?"
    )
    assert reply.status == NO_MATCH


@pytest.mark.parametrize(
    "question",
    [
        "can i take magnesium with my thyroid tablets",
        "is it ok to mix magnesium with antidepressants",
        "can I take mag with my blood pressure pills?",
    ],
)
def test_taking_it_with_a_medicine_named_by_its_kind_asks_how_they_interact(matcher, question):
    result = matcher.match(question)
    assert result.status == NO_MATCH
    assert "interaction" in result.query.aspects


@pytest.mark.parametrize(
    "question",
    ["could low magnesium explain the hives?", "is low magnesium a possible reason for the rash?"],
)
def test_a_thing_asked_explained_is_what_is_asked_about(matcher, question):
    # what a thing would account for is asked about, however everyday its word reads: an
    # article that never names it does not answer it
    assert matcher.match(question).status == NO_MATCH


def test_a_thing_asked_explained_that_the_base_names_is_answered(matcher):
    result = matcher.match("could low magnesium explain the cramps?")
    assert result.status == ANSWERED and result.best.entry.id == "deficiency-spasms"


@pytest.mark.parametrize("question", ["what is the reason for", "can you explain"])
def test_a_reason_asked_of_nothing_reads_without_error(matcher, question):
    assert matcher.match(question).status in (NO_MATCH, ANSWERED, UNSURE)


@pytest.mark.parametrize(
    "question",
    [
        "can carrying a toddler all day hurt your back",
        "can lifting a toddler all day hurt your back",
    ],
)
def test_a_child_acted_on_is_no_one_who_may_take_it(matcher, question):
    # the toddler is what is lifted: the question asks of lifting, not who may take it
    assert "population" not in matcher.analyse(question).aspects


def test_a_question_of_lifting_a_child_is_answered(matcher):
    result = matcher.match("can lifting a toddler all day hurt your back")
    assert result.status == ANSWERED and result.best.entry.id == "muscle-strain"


@pytest.mark.parametrize("question", ["is magnesium safe for toddlers", "can my toddler take it"])
def test_a_child_who_would_take_it_is_still_asked_of(matcher, question):
    assert "population" in matcher.analyse(question).aspects


@pytest.mark.parametrize(
    "question", ["what does magnesium even do inside the body?", "what's mag for within your body"]
)
def test_what_a_thing_does_inside_the_body_asks_its_purpose(matcher, question):
    result = matcher.match(question)
    assert result.status in (ANSWERED, UNSURE) and result.best is not None
    assert result.best.entry.id == "intended-role", result.best.entry.id


@pytest.mark.parametrize(
    ("question", "tied"),
    [
        ("whats the link between magnesium and sleep", ("magnesium", "sleep")),
        ("any connection between oxide and cramps for runners", ("oxide", "cramps")),
        ("is there a link to sleep", None),
    ],
)
def test_the_two_things_a_link_is_asked_between(question, tied):
    from bot.core.contrast import linked

    assert linked(question) == tied


def test_a_link_asked_is_answered_only_by_an_entry_telling_of_both(matcher):
    # the entry on magnesium and back pain is asked "is there a link between ...", but
    # says nothing of sleep: no answer to the link between magnesium and sleep
    asked = matcher.match("what's the link between magnesium and sleep?")
    assert asked.status == NO_MATCH or asked.best.entry.id != "magnesium-back-pain"
    kept = matcher.match("is there a link between magnesium and back pain?")
    assert kept.status == ANSWERED and kept.best.entry.id == "magnesium-back-pain"


@pytest.mark.parametrize(
    ("adjective", "forms"),
    [
        ("pricey", ("pricier",)),
        ("safe", ("safer", "safest")),
        ("big", ("bigger", "biggest")),
        ("cheap", ("cheaper", "cheapest")),
        ("expensive", ()),  # no "expensiver": more expensive
        ("magnesium", ()),  # no adjective
    ],
)
def test_the_degrees_of_an_adjective_are_the_forms_english_knows(adjective, forms):
    from bot.core import words

    assert words.degrees(adjective) == forms


def test_a_comparative_asks_what_its_adjective_asks(matcher):
    from bot.core import aspects

    assert "cost" in aspects.asked("is it pricier than citrate", aspects.load())
    # after an answer on glycinate, "is it pricier than citrate?" asks a price the article
    # never gives: not the entry on citrate
    assert matcher.match("is glycinate pricier than citrate?").status == NO_MATCH


@pytest.mark.parametrize(
    "question",
    ["can i have my coffee with magnesium glycinate or nah", "can i drink wine while on magnesium"],
)
def test_a_drink_had_with_it_asks_how_they_interact(matcher, question):
    from bot.core import aspects

    assert "interaction" in aspects.asked(question, aspects.load())
    assert matcher.match(question).status == NO_MATCH


@pytest.mark.parametrize(
    "question",
    [
        "who wrote the article about magnesium and back pain",
        "who wrote this article",
        "who published this",
    ],
)
def test_who_made_the_text_is_asked_of_a_person(matcher, question):
    from bot.core import aspects
    from bot.core.text import normalise

    assert "person" in aspects.asked(normalise(question), aspects.load())
    assert matcher.match(question).status == NO_MATCH


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("whats the right amount of magnesium for muscle cramps", True),
        ("what is the ideal daily intake", True),
        ("if i halve my dose, how low can i go and still sleep well", True),
        ("I drink a normal amount of water and my back still hurts", False),
        ("is the amount of magnesium in oxide low", False),
    ],
)
def test_the_right_amount_named_asks_how_much(question, asks):
    from bot.core import aspects
    from bot.core.text import normalise

    assert ("amount" in aspects.asked(normalise(question), aspects.load())) is asks
