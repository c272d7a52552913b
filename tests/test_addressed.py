"""A question that asks what the bot is ("are you a medical professional?") asks of the bot,
never of the article (bot/core/forms.py `about_you`, bot/core/smalltalk.py `asked_alike`)."""

from __future__ import annotations

import pytest

from bot.core import forms
from bot.core.matcher import ANSWERED, SMALLTALK


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("are you a medical professional", True),
        ("so are you an actual human", True),
        ("r u a nurse", True),
        ("are you human", True),
        ("are you sure magnesium causes back pain", False),
        ("are you able to tell me about oxide", False),
        ("are you a fan of oxide", False),
        ("is oxide a laxative", False),
        ("are you a nurse or a pharmacist", True),  # which of two it is
        ("you are wrong", False),  # no noun said of you: a remark, not what you are
        ("are you sure it is the oxide or the citrate", False),
    ],
)
def test_a_question_that_says_a_noun_of_you_asks_what_the_bot_is(text, about):
    assert forms.about_you(text) is about


@pytest.mark.parametrize(
    ("text", "asked", "about"),
    [
        ("you are a chatbot", True, True),  # "you are a chatbot?": the order of a statement
        ("u r an ai or a human", True, True),
        ("you are a lifesaver", False, False),  # typed as a statement: thanks, not a question
        ("you are a chatbot", False, False),
    ],
)
def test_a_noun_said_of_you_in_a_statements_order_asks_only_with_a_question_mark(
    text, asked, about
):
    assert forms.about_you(text, asked) is about


def test_you_are_a_lifesaver_is_not_asked_what_the_bot_is(matcher):
    assert matcher.match("you are a lifesaver").status != SMALLTALK or (
        matcher.match("you are a lifesaver").small_talk_item.id != "identity"
    )


def test_what_the_bot_is_gets_the_small_talk_asked_alike(matcher):
    # before: answered whether doctors recognise magnesium as a direct cause (92.7)
    result = matcher.match("are you a medical professional?")
    assert result.status == SMALLTALK
    assert result.small_talk_item.id == "identity"


def test_a_question_asked_through_you_still_asks_of_the_article(matcher):
    result = matcher.match("are you able to tell me why oxide upsets the stomach?")
    assert (result.status, result.best.entry.id) == (ANSWERED, "oxide-absorption")


@pytest.mark.parametrize(
    "text", ["are you a nurse or a pharmacist?", "You are a chatbot or a person?"]
)
def test_which_of_two_the_bot_is_gets_the_small_talk_asked_alike(matcher, text):
    result = matcher.match(text)
    assert result.status == SMALLTALK
    assert result.small_talk_item.id == "identity"
