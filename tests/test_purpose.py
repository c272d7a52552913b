""" "What is it for?" asked of a base's subject alone says enough to answer: the entry that
says what the subject is taken or used for answers it. Asking it
adds no reason to decline an entry that says no purpose."""

from __future__ import annotations

import pytest

from bot.core.loader import load
from bot.core.matcher import ANSWERED, NO_MATCH, Matcher


@pytest.fixture(scope="module")
def shipped() -> Matcher:
    return Matcher(load())


@pytest.mark.parametrize(
    "question",
    [
        "what is magnesium for",
        "what is magnesium even for?",
        "what do people take magnesium for",
        "why do people even take magnesium?",
        "what does magnesium do",
        "lol why is everyone on magnesium rn, what's it even supposed to do",
    ],
)
def test_asked_of_the_shipped_subject_alone(shipped, question):
    result = shipped.match(question)
    assert result.status == ANSWERED
    assert "promoted for" in result.best.entry.answer


def test_a_form_asked_so_gets_what_the_article_says_of_it(shipped):
    # the article says of glycinate that it is better absorbed, no purpose: that answers
    result = shipped.match("what is magnesium glycinate good for")
    assert result.status == ANSWERED
    assert "glycinate" in result.best.entry.answer.lower()


@pytest.mark.parametrize("question", ["magnesium?", "tell me about magnesium", "what about it"])
def test_the_subject_named_alone_still_says_too_little(shipped, question):
    assert shipped.match(question).status == NO_MATCH
