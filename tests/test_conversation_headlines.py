"""Stories told the way people head a post: short Title Case turns ("Bus Driver, 9 Hours a
Day in the Seat"), then a question that asks what the story comes to. The sentences are
this file's own."""

from __future__ import annotations

import pytest
from helpers import talk

from bot.core.conversation import NOTED
from bot.core.matcher import ANSWERED, SMALLTALK
from bot.core.question import Question
from bot.core.situation import ACTIVITIES
from bot.core.spans import PROLONGED, long_daily
from bot.core.story import asks_link_of_told
from bot.core.text import normalise


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("bus driver 9 hours a day in the seat", True),
        ("twelve hour shifts at the depot", True),
        ("about eight hrs daily at the laptop", True),
        ("10 hours per shift on the ward", True),
        ("i walk 2 hours a day", False),  # a few hours: no long period
        ("it ached for 10 hours straight", False),  # hours told once, not per day
        ("i take it three times a day", False),
        ("i sleep 8 hours a night", False),  # sleep, no long period at anything
        ("12 hour night shifts", True),
    ],
)
def test_many_hours_a_day_is_a_long_daily_span(text, found):
    assert bool(long_daily(normalise(text).split())) is found


@pytest.mark.parametrize(
    "text",
    ["Bus Driver, 9 Hours a Day in the Seat", "i do 12-hour shifts in a call centre"],
)
def test_a_long_daily_span_is_noted_as_long_periods_at_it(chat, text):
    reply = chat.respond(text)
    assert reply.status == SMALLTALK and reply.smalltalk_id == NOTED, reply
    assert PROLONGED in chat.situation.notes[ACTIVITIES]
    assert PROLONGED in chat.situation.done  # the person's own doing


@pytest.mark.parametrize(
    "text",
    [
        "my lower back aches 9 hours a day",  # how long a symptom lasts
        "my brother works 12-hour shifts",  # someone else's day
        "i no longer do 10 hour shifts",  # denied
    ],
)
def test_a_span_of_a_symptom_or_of_someone_else_is_no_long_period_of_theirs(chat, text):
    chat.respond(text)
    assert PROLONGED not in chat.situation.notes[ACTIVITIES]


def test_a_headline_story_then_a_likeliest_cause_reads_the_long_periods(chat):
    reply = talk(
        chat,
        "Bus Driver, 9 Hours a Day in the Seat",
        "Began Taking Magnesium for Night Cramps",
        "My Lower Back Is Sore Now: Most Likely Cause?",
    )
    assert reply.status == ANSWERED and reply.entry is not None, reply
    assert "periods of sitting" in reply.text, reply


def test_a_long_question_naming_only_the_story_asks_of_it(chat, matcher):
    chat.respond("i sit at a desk all day")
    chat.respond("started magnesium on monday")
    said = Question("my lower back is sore now, what is the most likely cause?")
    chat.situation.hear(said.raw)
    assert asks_link_of_told(said, chat.situation, matcher)


@pytest.mark.parametrize(
    "text",
    [
        "can stress cause back pain?",  # names a cause the story never told
        "my lower back is sore now",  # asks no link
    ],
)
def test_a_question_naming_its_own_thing_or_asking_no_link_is_not_of_the_story(chat, matcher, text):
    chat.respond("i sit at a desk all day")
    chat.respond("started magnesium on monday")
    assert not asks_link_of_told(Question(text), chat.situation, matcher)


@pytest.mark.parametrize(
    "text",
    ["Best iPhone Deals This Black Friday", "Top 10 Gadgets for Monday Mornings"],
)
def test_a_headline_that_only_names_a_day_tells_nothing_of_the_person(chat, text):
    # a time alone, in no story, is no situation to note: the message is a question
    reply = chat.respond(text)
    assert reply.status != SMALLTALK, reply


@pytest.mark.parametrize(
    "text",
    ["magnesium citrate dose mg per day", "glycinate 2 capsules a day constipation"],
)
def test_a_rate_is_no_time_told(chat, text):
    # "per day", "a day" after an amount say how much or how often, not when anything
    # happened: keywords with one ask, they tell nothing of the person
    reply = chat.respond(text)
    assert reply.status != SMALLTALK, reply
    assert not chat.situation.before


def test_a_question_after_a_fronted_condition_asks(chat):
    # "if i stop it ... is there any withdrawal": the auxiliary before its subject asks
    reply = chat.respond(
        "if i just stop the mag cold turkey is there like withdrawal or anything lol"
    )
    assert reply.status != SMALLTALK, reply
