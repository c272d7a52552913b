"""A message is read once into a `Question`, and the matcher is asked through `match`."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.matcher import ANSWERED, NO_MATCH, SMALLTALK
from bot.core.question import Question
from bot.core.turns import split_message


def test_a_question_keeps_its_readings():
    question = Question("I started citrate last week. Could that be why my back hurts?")
    assert question.normalised == ("i started citrate last week could that be why my back hurts")
    assert question.words[:3] == ("i", "started", "citrate")
    assert question.parts.asks == ("Could that be why my back hurts?",)
    assert question.asking_words == ("could", "that", "be", "why", "my", "back", "hurts")
    assert question.telling_words == (("i", "started", "citrate", "last", "week"),)
    assert question.normalised is question.normalised  # computed once


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab ,\t\r'?.!;:\n\u2028\u00e9X1"), max_size=30)
    | st.text(max_size=30)
    | st.builds(lambda n: "ab " * n, st.integers(300, 400))
)
def test_one_sentence_reads_as_its_parts_say(text):
    # a message with no sentence mark skips splitting into parts: the same readings
    question, parts = Question(text), Question(text).parts
    joined = " ".join(parts.asks)
    assert question.asking == (
        question.normalised if joined == text[:1000] else Question(joined).normalised
    )
    assert question.asking_words == tuple(question.asking.split())
    assert question.telling_words == tuple(tuple(Question(s).words) for s in parts.tells)
    assert question.asks == parts.asks


def test_a_question_is_immutable_and_compares_by_its_text():
    question = Question("why?")
    with pytest.raises(AttributeError):
        question.raw = "how?"
    assert question == Question("why?") and hash(question) == hash(Question("why?"))
    assert Question.of(question) is question and Question.of("why?") == question


@pytest.mark.parametrize(
    "text, clauses",
    [
        (
            "my back hurts, so is it the pills",
            (("my", "back", "hurts"), (), ("is", "it", "the", "pills")),
        ),
        ("is that bad", (("is", "that", "bad"),)),
    ],
)
def test_a_question_splits_into_clauses(text, clauses):
    assert Question(text).clauses == clauses


def test_a_message_of_one_sentence_is_its_own_part():
    question = Question("can magnesium cause back pain")
    assert split_message(question) == [question] and split_message(question)[0] is question


@pytest.mark.parametrize(
    "text",
    [
        "can magnesium cause back pain",
        "hello",
        "can magnesium cause kidney stones",
        "",
    ],
)
def test_the_matcher_reads_a_question_or_its_text_alike(matcher, text):
    assert matcher.match(Question(text)) == matcher.match(text)


def test_a_reading_already_made_is_matched_against_the_entries_alone(matcher):
    greeting = matcher.match("hello")
    assert greeting.status == SMALLTALK
    again = matcher.match(greeting.query)
    assert again.status != SMALLTALK and again.small_talk_item is None


def test_among_limits_the_answer_to_those_entries(kb, matcher):
    plain = matcher.match("can magnesium cause back pain")
    assert plain.status == ANSWERED
    others = {e.id for e in kb.entries if e.id != plain.best.entry.id}
    among = matcher.match(plain.query, among=others)
    assert among.status == NO_MATCH or among.best.entry.id in others


@pytest.mark.parametrize(
    ("message", "pieces"),
    [
        (
            "why does my bike chain rust + how do i stop it",
            ["why does my bike chain rust", "how do i stop it"],
        ),
        ("whats a derailleur & why does it slip", ["whats a derailleur", "why does it slip"]),
        (
            "whats a derailleur and hows it adjusted",
            ["whats a derailleur", "hows it adjusted"],
        ),
        # "+" between things named, not before a question, joins them
        ("is salt + vinegar safe for chrome", ["is salt + vinegar safe for chrome"]),
    ],
)
def test_a_second_question_after_a_plus_or_an_ampersand_is_its_own(message, pieces):
    assert [q.raw for q in split_message(Question(message))] == pieces
