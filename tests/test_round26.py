"""Readings added in the round of set 26. The sentences are this file's own."""

from __future__ import annotations

import pytest
from helpers import talk

from bot.core.turns import run_on


@pytest.mark.parametrize(
    ("sentence", "told", "asked"),
    [
        (
            "i started oxide last week what kind of magnesium should i take instead",
            "i started oxide last week",
            "what kind of magnesium should i take instead",
        ),
        (
            "my back hurts which form should i switch to",
            "my back hurts",
            "which form should i switch to",
        ),
        (
            "We publish tomorrow - what kind of feedback should I ask for now?",
            "We publish tomorrow",
            "what kind of feedback should I ask for now?",
        ),
    ],
)
def test_a_run_on_question_opens_at_its_question_word(sentence, told, asked):
    assert run_on(sentence) == [told, asked]


@pytest.mark.parametrize(
    "sentence",
    [
        "i dont know what it is",
        "i wonder how it is possible",
        "what kind of magnesium should i take",
    ],
)
def test_a_question_word_inside_a_statement_cuts_nothing(sentence):
    assert run_on(sentence) == [sentence]


def test_the_amount_asked_after_a_story_is_the_amount_the_article_lacks(chat):
    reply = talk(chat, "i take 400mg a day how much magnesium is it safe to take")
    assert reply.status == "no_match"
    assert "how much to take" in reply.text
