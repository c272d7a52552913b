"""Readings added in the round of set 22: the time of taking named by "timing", a thing
taken "along with" another, a claim it is "hyped up" for, "which ... and which one ...?" as
one question, "would that help?" of the remedy just told, a story announced as one
("backstory: ..."), and a choice whose side names a deed told in other words. The
sentences are this file's own."""

from __future__ import annotations

import pytest
from helpers import talk

from bot.core import ties
from bot.core.conversation import NOTED
from bot.core.matcher import ANSWERED, NO_MATCH, SMALLTALK, UNSURE
from bot.core.text import normalise


@pytest.mark.parametrize(
    ("message", "aspect"),
    [
        ("which timing works best for magnesium if my back is sore?", "timing"),
        ("does timing matter with magnesium glycinate?", "timing"),
        ("can i take zinc along with my magnesium?", "interaction"),
        ("is it ok taking magnesium along with my iron tablets?", "interaction"),
    ],
)
def test_an_aspect_named_in_its_own_word_is_declined_as_not_covered(matcher, message, aspect):
    result = matcher.match(message)
    assert result.status == NO_MATCH and aspect in result.query.aspects, result


def test_a_timing_that_lined_up_asks_no_time_of_day(matcher):
    # a story's coincidence is no time to take a thing
    result = matcher.match("the timing lined up with starting magnesium, is it the cause?")
    assert "timing" not in result.not_said


@pytest.mark.parametrize(
    "message", ["what is magnesium touted for?", "why is magnesium so hyped up these days"]
)
def test_a_claim_it_is_sold_on_asks_what_it_is_promoted_for(matcher, message):
    result = matcher.match(message)
    assert result.status == ANSWERED and result.best is not None
    assert result.best.entry.id == "what-magnesium-is-promoted-for"


def test_which_and_which_one_is_one_question(chat):
    reply = chat.respond("which mineral makes a muscle contract, and which one helps it relax?")
    assert reply.status == ANSWERED and reply.entry is not None, reply
    assert "2 things" not in (reply.answer or ""), reply.answer  # one answer, not two
    assert "calcium" in (reply.answer or "").lower() and "relax" in (reply.answer or "")


@pytest.mark.parametrize(
    ("said", "helps"),
    [
        ("my friend says halve it. would that help?", True),
        ("would this help", True),
        ("would magnesium help", False),
        ("is that the cause", False),
    ],
)
def test_would_that_help_asks_of_the_thing_told_last(said, helps):
    assert ties.asks_whether_that_helps(tuple(normalise(said).split())) is helps


def test_a_remedy_told_then_weighed_is_answered_by_the_way_to_go_about_it(chat):
    reply = chat.respond(
        "been on 2 oxide caps a day and my back and belly both ache. "
        "a friend says cut back to one. would that help?"
    )
    assert reply.status == ANSWERED and reply.entry is not None, reply
    assert "reducing the dose" in (reply.answer or "").lower()


@pytest.mark.parametrize(
    "said", ["ok so backstory: desk job, long hours sitting", "for context: desk job"]
)
def test_a_statement_announced_as_context_is_noted(chat, said):
    reply = chat.respond(said)
    assert reply.status == SMALLTALK and reply.smalltalk_id == NOTED, reply


def test_a_choice_naming_a_deed_in_other_words_weighs_the_story(chat):
    # "couch" names the sitting told, in a word the base lacks
    reply = talk(
        chat,
        "context: i sit at my desk 10 hours a day",
        "i started magnesium glycinate a week ago",
        "my lower back aches now. is it the mag or my office chair?",
    )
    assert reply.status == ANSWERED and reply.entry is not None, reply
    assert reply.entry.id == "posture", reply.entry.id


def test_a_question_framed_as_wondering_is_asked_not_told(chat):
    # "I'm wondering if ..." ends on a full stop and still asks; the time of day it asks
    # is what the article leaves out, and nothing of the person is told
    for message in (
        "I'm wondering if it's best to take magnesium at night or in the morning for my back.",
        "I was wondering if taking magnesium at night is better, my back is sore.",
    ):
        reply = chat.respond(message)
        assert reply.status == NO_MATCH and reply.entry is None, reply
        assert "when to take it" in (reply.answer or ""), reply.answer


@pytest.mark.parametrize(
    "message",
    [
        "should i take it in the morning or at night so my back doesn't ache",
        "i take it at night so that my back does not hurt",
    ],
)
def test_a_place_said_not_to_hurt_raises_no_flag(kb, message):
    from bot.core.question import Question
    from bot.core.safety import raised_flag

    assert raised_flag(Question.of(message), kb.flags) is None


def test_a_place_said_to_hurt_at_night_still_raises_its_flag(kb):
    from bot.core.question import Question
    from bot.core.safety import raised_flag

    flag = raised_flag(Question.of("my back aches at night and wakes me up"), kb.flags)
    assert flag is not None and flag.level == "doctor"


@pytest.mark.parametrize(
    "message",
    ["which form is least likely to upset my tummy?", "what magnesium is kindest to the gut"],
)
def test_least_likely_to_upset_asks_which_is_easiest_on_it(matcher, message):
    result = matcher.match(message)
    assert result.status == ANSWERED and result.best is not None
    assert result.best.entry.id == "glycinate"


@pytest.mark.parametrize(
    "message", ["will stretching help my back?", "does swimming help back pain"]
)
def test_a_doing_asked_to_help_that_the_article_never_names_is_declined(matcher, message):
    # "stretching" is what is asked of: a thing the article never names, no chatter
    result = matcher.match(message)
    assert result.status == NO_MATCH, result


@pytest.mark.parametrize(
    "message", ["did upping the dose do this?", "will reducing the dose help with the cramps?"]
)
def test_a_doing_with_its_object_asks_of_that_object(matcher, message):
    result = matcher.match(message)
    assert result.status in (ANSWERED, UNSURE), result


def test_a_framed_question_with_a_told_sentence_after_it_stays_one_question(chat):
    reply = chat.respond("Can someone explain what referred pain means? I keep seeing it online.")
    assert reply.status == ANSWERED and reply.entry is not None, reply
    assert reply.entry.id == "referred-pain"


@pytest.mark.parametrize(
    ("typed", "entry"),
    [
        ("how doe smagnesium citrate work as a laxative", "citrate"),  # the space one letter off
        ("does low magnesiu mcause cramps in my back", "deficiency-spasms"),
        ("can low magnesium cause crampsin my back", "deficiency-spasms"),  # run on with "in"
    ],
)
def test_a_space_typed_one_letter_off_is_put_back(matcher, typed, entry):
    result = matcher.match(typed)
    assert result.status == ANSWERED and result.best is not None, result
    assert result.best.entry.id == entry


@pytest.mark.parametrize("typed", ["deadlift", "overdoes", "malate", "takeing"])
def test_a_word_or_a_slip_of_one_is_not_parted(matcher, typed):
    # a compound, a slip of a word, a rare word: none is two words run together
    assert matcher.respaced(f"is it the {typed}") == f"is it the {typed}"


@pytest.mark.parametrize("said", ["thanks a ton, that actually helped!", "thanks heaps"])
def test_thanks_said_with_more_words_is_small_talk(chat, said):
    reply = chat.respond(said)
    assert reply.status == SMALLTALK, reply


def test_a_closing_word_typed_one_letter_off_still_only_closes(chat):
    reply = chat.respond("what can u do exacly")
    assert reply.status == SMALLTALK, reply


def test_a_pick_among_things_told_that_the_article_lacks_is_declined(matcher):
    # "either of those" is the acupuncture and the yoga told, which the article never names
    result = matcher.match(
        "My lower back aches. My aunt swears by acupuncture and my gym buddy says yoga. "
        "Would either of those fix it?"
    )
    assert result.status == NO_MATCH, result


def test_a_pick_among_things_the_article_names_is_answered(matcher):
    result = matcher.match("I take glycinate and citrate. Is either of those easier on the gut?")
    assert result.status == ANSWERED and result.best is not None
    assert result.best.entry.id == "glycinate"


def test_a_headline_s_second_line_goes_on_asking(matcher):
    # its subtitle names the test the article never speaks of
    result = matcher.match("Low on Magnesium? The Simple Blood Test That Checks Your Levels")
    assert result.status == NO_MATCH, result


def test_a_told_sentence_in_plain_case_asks_no_aspect_of_its_own(matcher):
    result = matcher.match("Can low magnesium cause back spasms? my blood test came back fine")
    assert "test" not in result.query.aspects
