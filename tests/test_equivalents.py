"""General English equivalents (bot/data/equivalents.toml): a base reads each group as the
member it uses, whatever article it holds. The articles here are this file's own."""

from __future__ import annotations

import pytest
from helpers import drafted

from bot.core.loader import load
from bot.core.matcher import ANSWERED, Matcher
from bot.core.text import general_equivalents

LOCKS = """# Home locks

## Changing the lock

Change the lock immediately after you lose a key. A locksmith can fit a new cylinder in
under an hour, and the old keys stop working at once.

## Kids and keys

Give children a key only when they can keep it on a lanyard and never lend it to friends.
"""


@pytest.fixture(scope="module")
def locks(tmp_path_factory) -> Matcher:
    folder = tmp_path_factory.mktemp("kb")
    return Matcher(load(drafted(folder, LOCKS)))


def test_each_group_is_read_as_the_member_the_base_uses():
    found = general_equivalents("change it immediately give children a key")
    assert found["right away"] == "immediately"
    assert found["asap"] == "immediately"
    assert found["kids"] == "children"
    assert "doctor" not in found.values()  # a group the base says nothing of does nothing


def test_the_first_member_the_base_uses_is_the_one_read():
    # an article that says "belly" and "stomach" reads both, and "tummy", as "stomach"
    found = general_equivalents("a sore belly and an upset stomach")
    assert found["belly"] == "stomach" and found["tummy"] == "stomach"
    assert "stomach" not in found


@pytest.mark.parametrize(
    "question",
    [
        "do the old keys stop working right away",  # "right away": at once, immediately
        "can my kids have a key",  # the article says children
    ],
)
def test_a_drafted_base_reads_the_equivalents_of_its_words(locks, question):
    result = locks.match(question)
    assert result.status == ANSWERED, [(m.entry.id, round(m.score, 1)) for m in result.matches]


def test_the_articles_own_lexicon_line_wins(tmp_path):
    from bot.core.text import Lexicon

    lexicon = Lexicon.build({"kids": "youngsters"}, [], general={"kids": "children"})
    assert lexicon.synonyms[("kids",)] == ("youngsters",)


SMOKE = """# Wildfire smoke

## Who is at risk

Smoke harms everyone, but particularly young children, whose lungs are still developing.
"""


def test_an_aspect_cue_the_base_says_in_other_words_is_its_own(tmp_path):
    # the article says "children": "kids" asks of its subject, not who may take a thing
    smoke = Matcher(load(drafted(tmp_path, SMOKE)))
    assert smoke.analyse("are kids more at risk from the smoke").aspects == ()
    assert smoke.analyse("are toddlers more at risk from the smoke").aspects == ("population",)


def test_chat_shorthand_is_read_as_the_word_it_shortens():
    found = general_equivalents("it is probably the supplement")
    assert found["prob"] == "probably" and found["prolly"] == "probably"
    assert found["supp"] == "supplement"


def test_swapping_is_switching(matcher):
    found = general_equivalents("switching to another form")
    assert found["swapping"] == "switching"
    assert "switch" in matcher.analyse("should i swap to glycinate").stems


@pytest.mark.parametrize("asked", ["what does this piece cover", "whats this post about"])
def test_the_text_as_people_call_it_is_the_article(matcher, asked):
    result = matcher.match(asked)
    assert result.status == ANSWERED and result.best.entry.id == "article-overview"


def test_a_gut_that_twists_is_cramping_not_an_awkward_movement(matcher):
    result = matcher.match("my guts twisting on mag, is that why my lower back aches?")
    assert result.best is not None and result.best.entry.id != "muscle-strain"
    assert "awkward" not in result.query.stems


def test_running_low_is_too_little(matcher):
    result = matcher.match("what happens to muscles when magnesium runs low?")
    assert result.status == ANSWERED and result.best.entry.id == "deficiency-spasms"


def test_enuf_is_enough(matcher):
    result = matcher.match("can not having enuf magnesium make my back and legs hurt")
    assert result.status == ANSWERED and result.best.entry.id == "deficiency-spasms"


def test_taking_too_much_is_a_high_dose(matcher):
    # too much taken is what the article calls a high dose: its side effects answer
    assert general_equivalents("a high dose")["taking too much"] == "high dose"
    result = matcher.match(
        "magnesium gave me severe cramping in my gut, is that from taking too much"
    )
    assert result.status == ANSWERED and "high doses" in result.best.entry.answer


def test_is_it_prob_the_mag_asks_how_likely_it_is(matcher):
    result = matcher.match("be honest w me, is it prob the mag or smth else making my back ache")
    assert result.status == ANSWERED and result.best.entry.id == "is-it-the-magnesium"


def test_hard_on_the_stomach_is_an_upset_stomach(matcher):
    assert general_equivalents("an upset stomach")["hard on your stomach"] == "upset stomach"
    result = matcher.match("Can Magnesium Supplements Be Hard on Your Stomach?")
    assert result.status == ANSWERED and "bloating" in result.best.entry.answer


def test_messing_with_the_stomach_is_an_upset_stomach(matcher):
    assert general_equivalents("an upset stomach")["messes with my stomach"] == "upset stomach"
    result = matcher.match("oxide messes with my stomach, why?")
    assert result.status == ANSWERED and result.best.entry.id == "oxide-absorption"


@pytest.mark.parametrize(
    "question",
    [
        "could I be short on magnesium?",
        "is a magnesium shortage why my legs cramp",
        "why do muscles cramp without magnesium?",  # done without: too little of it
    ],
)
def test_too_little_said_in_everyday_words_is_the_bases_deficiency(matcher, question):
    result = matcher.match(question)
    assert "deficiency" in result.query.stems and result.status == ANSWERED


def test_on_the_low_side_is_low(matcher):
    """ "my magnesium was on the low side" says it was low: too little of it, which the
    base reads as a deficiency (not a side of anything)."""
    result = matcher.match(
        "I get night cramps in my calves and my back feels tight. My blood test said my "
        "magnesium was on the low side. Could those be connected?"
    )
    assert result.status == "answered" and result.best is not None
    assert "partially contracted" in result.best.entry.answer


def test_a_bigger_dose_is_a_high_dose(matcher):
    """ "is this because of the bigger dose?" asks of a high dose, not of bigger stools."""
    from bot.core.conversation import Conversation

    chat = Conversation(matcher.kb, matcher)
    chat.respond("I doubled my magnesium citrate from 1 to 2 tablets last week")
    chat.respond("tummy is gurgling and I've had nausea and some cramps")
    reply = chat.respond("is this because of the bigger dose?")
    assert reply.entry is not None and "high doses" in reply.entry.answer


def test_the_usual_suspects_are_the_common_causes(matcher):
    """ "the usual suspects" for back pain are its common causes, not a supplement suspected."""
    result = matcher.match("what are the usual suspects for back pain other than supplements?")
    assert result.best is not None and result.best.entry.id == "common-causes"


def test_a_stomach_that_has_been_off_is_upset(matcher):
    result = matcher.match(
        "started magnesium 5 days ago and I have a dull ache low in my back. My stomach's "
        "also been off. Could the two be linked?"
    )
    assert "distress" in result.query.context  # the base's word for an upset stomach


@pytest.mark.parametrize(
    "question",
    [
        "should i cut the dose?",
        "would cutting back help my stomach",
        "if i lower my dose will it stop",
    ],
)
def test_taking_less_said_in_everyday_words_is_reducing(matcher, question):
    # "cut the dose" is the base's "reducing the dose"; "cut" alone (a cut finger) is not
    result = matcher.match(question)
    assert result.status == ANSWERED and result.best.entry.id == "fix-digestive-back-pain"


@pytest.mark.parametrize(
    "question",
    [
        "i doubled my dose and now my stomach is a mess, why?",
        "took a double dose by mistake, is that why i'm so bloated?",
        "could the extra pills be why im queasy and bloated",
        "can hi doses cause bloating",  # "hi" before a dose: chat spelling of "high"
    ],
)
def test_more_than_the_usual_dose_is_a_high_dose(matcher, question):
    # a dose above the usual, in everyday words, is the base's "high doses"
    result = matcher.match(question)
    assert "high" in result.query.stems
    assert result.status == ANSWERED and result.best.entry.id == "digestive-side-effects"


@pytest.mark.parametrize(
    "question",
    [
        "I hurt my back moving a couch, could that be it instead of the pills",
        "hurt my back carrying boxes, is that it?",
    ],
)
def test_heavy_things_shifted_by_hand_are_lifted(matcher, question):
    # the base's lexicon: moving furniture, carrying boxes are its "lifting a heavy object"
    result = matcher.match(question)
    assert result.status == ANSWERED and result.best.entry.id == "muscle-strain"


def test_overdoing_it_is_a_high_dose(matcher):
    # "did I overdo it?": took more than one should, what the article calls a high dose
    assert general_equivalents("a high dose")["overdid it"] == "high dose"
    result = matcher.match("my stomach is bloated and i feel sick on magnesium, did i overdo it?")
    assert result.status == ANSWERED and result.best.entry.id == "digestive-side-effects"


def test_the_usual_suspect_is_the_common_culprit(matcher):
    """ "the usual suspect" for back pain is its common cause, not a supplement suspected."""
    result = matcher.match("whats the usual suspect when ur lower back hurts")
    assert result.status == ANSWERED and result.best.entry.id == "common-causes"


def test_the_everyday_causes_are_the_common_causes(matcher):
    assert general_equivalents("the common causes")["everyday causes"] == "common causes"
    result = matcher.match("what are the everyday causes of back pain I should rule out first?")
    assert (result.status, result.best.entry.id) == (ANSWERED, "common-causes")


@pytest.mark.parametrize("said", ["loo", "restroom"])
def test_the_toilet_by_another_name_is_read_as_the_base_reads_it(matcher, said):
    typed = matcher.analyse(f"why does mag have me running to the {said} every 5 mins")
    meant = matcher.analyse("why does mag have me running to the toilet every 5 mins")
    assert typed.stems == meant.stems


def test_mostly_asks_what_usually_asks(matcher):
    usually = matcher.match("what do people usually take magnesium for?")
    mostly = matcher.match("what do people mostly take magnesium for?")
    assert mostly.status == usually.status == ANSWERED
    assert mostly.best.entry.id == usually.best.entry.id


def test_what_feeds_into_a_thing_is_what_contributes_to_it(matcher):
    """ "feed into back pain": contribute to it, as the base says of its other causes."""
    result = matcher.match("what else can feed into back pain?")
    assert result.status == ANSWERED and result.best.entry.id == "common-causes"


def test_low_on_my_back_is_a_place_not_too_little(matcher):
    assert "deficiency" not in matcher.analyse("a dull ache low on my back").stems
    assert "deficiency" in matcher.analyse("my coach thinks I might be low on magnesium").stems


def test_an_ache_low_on_the_back_is_noted_as_the_lower_back(kb, matcher):
    from bot.core.conversation import Conversation

    conversation = Conversation(kb, matcher)
    conversation.situation.hear("there's a dull ache low on my back since I started it")
    assert "deficiency" not in conversation.situation.phrases()
    assert "lower back" in conversation.situation.phrases()
