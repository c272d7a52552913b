"""What a short follow-up leans on: the claim a bare "why?" asks the reason of, and the
thing "the latter" names in the last answer. The sentences are this file's own."""

from __future__ import annotations

import pytest
from helpers import talk

from bot.core.matcher import ANSWERED
from bot.core.text import parts


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        (
            "My belly cramps and my back aches. Why is that?",
            ("My belly cramps and my back aches.", "Why is that?"),
        ),
        ("Oxide upsets my stomach. How come?", ("Oxide upsets my stomach.", "How come?")),
        # whether the claim holds asks the claim alone: no reason is asked
        (
            "My aunt says magnesium wrecks your back. Is that true?",
            ("My aunt says magnesium wrecks your back.",),
        ),
    ],
)
def test_a_bare_why_after_a_claim_asks_the_claim_and_its_reason(text, asks):
    assert parts(text).asks == asks


def test_a_why_after_what_is_told_is_answered_by_the_reason(chat):
    reply = talk(
        chat,
        "Grandpa takes magnesium oxide.",
        "He says his lower back hurts every time his stomach cramps up. How come?",
    )
    assert reply.status == ANSWERED and reply.entry.id == "why-gut-pain-felt-in-back", reply


def test_a_thing_named_by_its_place_in_the_last_answer_is_asked_of(chat):
    # "the latter" is magnesium oxide, which the answer on laxatives lists last: the
    # question asks of oxide, not how a laxative works
    reply = talk(chat, "Is magnesium a laxative?", "why is the latter the worse one?")
    assert reply.status == ANSWERED and reply.entry.id == "oxide-absorption", reply


def test_a_story_that_leaves_a_question_as_torn_does_not_reorder_it(chat):
    # the ache told is no clue to which of the nerve entries is asked: the question's own
    # nearest entry stays first, not the one on pain signals that "ache" pulled up
    reply = talk(
        chat, "My feet ache all the time.", "What is magnesium really doing to the nerves?"
    )
    assert reply.entry is not None and reply.entry.id == "nerve-membranes", reply


def test_a_story_that_settles_a_question_still_answers_it(chat):
    reply = talk(chat, "I sit at a desk all day.", "could that be behind my back pain?")
    assert reply.status == ANSWERED and reply.entry.id == "posture", reply


@pytest.mark.parametrize("asked", ["what do they look for?", "ok and what would they do"])
def test_they_after_an_answer_asks_of_whom_it_named(chat, asked):
    # "they" are the doctors the answer sends the person to: what the article says of that
    # visit is all it has, in its own words
    reply = talk(chat, "when is back pain worth a visit to the doctor?", asked)
    assert reply.status == ANSWERED and reply.entry.id == "see-a-doctor", reply
    assert "rule out" in reply.text, reply


@pytest.mark.parametrize("asked", ["what will they prescribe?", "what do they charge?"])
def test_they_asked_a_thing_the_answer_may_not_hold_is_not_answered_by_it(chat, asked):
    reply = talk(chat, "when is back pain worth a visit to the doctor?", asked)
    assert reply.status != ANSWERED, reply
