"""A short "what about when ...?" after an answer: the last question asked of the condition
told instead of what it named. The sentences are this file's own."""

from __future__ import annotations

import pytest
from helpers import talk

from bot.core.matcher import ANSWERED, NO_MATCH
from bot.core.question import Question
from bot.core.reasked import asked_on_condition


def test_what_about_when_asks_the_last_question_of_the_condition(chat):
    reply = talk(
        chat,
        "Can slouching cause back pain, especially if you sit at a laptop all day?",
        "what about when you haul heavy crates up wrongly?",
    )
    assert reply.status == ANSWERED and reply.entry is not None, reply
    assert reply.entry.id != "posture" and "heavy" in reply.text, reply


def test_the_last_questions_added_condition_is_not_asked_again(chat, matcher):
    # "..., particularly if you sit at a desk" is the old question's own condition: the
    # new one takes its place, and "sit" does not pull the reading back to posture
    chat.respond("Can bad posture hurt the back, especially if you sit at a desk all day?")
    assert chat.last is not None
    found = asked_on_condition(
        Question("and when you lift heavy boxes badly?"),
        chat.asked,
        chat.last,
        chat.follow.distinct,
        matcher,
    )
    assert found is not None and found[1].best is not None
    assert found[1].best.entry != chat.last


@pytest.mark.parametrize(
    "text",
    [
        "what about oxide?",  # no condition: the last question asked of a thing instead
        "what about when?",  # a condition that says nothing
        "what about when you flurble the gronk?",  # words the base lacks
    ],
)
def test_no_condition_told_is_no_question_on_a_condition(chat, matcher, text):
    chat.respond("can slouching at a desk hurt my back?")
    assert chat.last is not None
    assert (
        asked_on_condition(Question(text), chat.asked, chat.last, chat.follow.distinct, matcher)
        is None
    )


def test_a_condition_that_finds_the_last_answer_again_is_none(chat, matcher):
    chat.respond("can slouching at a desk hurt my back?")
    assert chat.last is not None
    said = Question("what about when you slouch at a desk?")
    assert asked_on_condition(said, chat.asked, chat.last, chat.follow.distinct, matcher) is None


def test_a_condition_the_base_does_not_answer_is_still_declined(chat):
    reply = talk(chat, "can slouching at a desk hurt my back?", "what about when you flurble?")
    assert reply.status == NO_MATCH, reply
