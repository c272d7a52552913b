"""Readings added in the round of set 25. The sentences are this file's own."""

from __future__ import annotations

import pytest
from helpers import talk

from bot.core import forms
from bot.core.loader import load
from bot.core.matcher import ANSWERED
from bot.core.question import Question
from bot.core.safety import raised_flag
from bot.core.turns import is_asking

CUES = load().cues


@pytest.mark.parametrize(
    "message",
    [
        "i sit at a desk ten hrs a day lol could that be it",
        "been taking oxide for a week tbh is that why my stomach hurts",
        "i lift boxes all day at work could that be why my back hurts",
    ],
)
def test_an_unpunctuated_question_after_what_is_told_asks(message):
    assert is_asking(Question(message), CUES)


@pytest.mark.parametrize(
    "message",
    [
        "the thing is that it hurts every morning",
        "nor does it help my back",
        "my husband did it too",
        "the doctor said i should stop it",
    ],
)
def test_a_statement_with_an_auxiliary_inside_does_not_ask(message):
    assert not is_asking(Question(message), CUES)


def test_a_told_story_that_ends_asking_without_a_mark_is_answered(chat):
    reply = talk(chat, "ngl i sit hunched at my desk like 10hrs a day lol could that be it")
    assert reply.entry is not None and reply.entry.id == "posture"


@pytest.mark.parametrize(
    ("message", "flag", "level"),
    [
        (
            "a ripping pain in my back came on an hour ago, like nothing i've ever felt",
            "severe-pain-faint",
            "urgent",
        ),
        (
            "magnesium has given me the runs for four days and now i'm really dizzy",
            "lasting-diarrhoea",
            "doctor",
        ),
        (
            "diarrhea since monday from the citrate and i'm so thirsty all the time",
            "lasting-diarrhoea",
            "doctor",
        ),
        ("i get diarrhea now and then from magnesium, and felt dizzy standing up once", None, None),
        ("a tearing feeling in my calf during football, never felt anything like it", None, None),
    ],
)
def test_red_flags_of_this_round(message, flag, level):
    found = raised_flag(Question(message), load().flags)
    assert (found.id if found else None) == flag
    assert (found.level if found else None) == level


@pytest.mark.parametrize(
    ("typed", "spaced"),
    [
        ("mostbackpain comes from what", "most back pain comes from what"),
        ("whydoesmybackhurt", "why does my back hurt"),
        ("canmagnesiumcause back pain", "can magnesium cause back pain"),
    ],
)
def test_three_words_or_more_run_on_are_parted(matcher, typed, spaced):
    assert matcher.respaced(typed) == spaced


@pytest.mark.parametrize("typed", ["asdfghjkl", "hahahaha", "helloooo", "magnesium"])
def test_letters_that_part_into_no_common_words_stay(matcher, typed):
    assert matcher.respaced(typed) == typed


def test_a_second_embedded_question_after_and_whether_is_asked_in_turn(chat):
    reply = talk(
        chat,
        "wondering what people usually take magnesium for, and whether doctors think it "
        "can cause back pain",
    )
    assert reply.text.count("\n\n1. ") == 1 and "\n\n2. " in reply.text
    assert "promoted" in reply.text and "not recognized" in reply.text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "my brother took heaps of magnesium and felt bloated and queasy. was that the dose?",
            "digestive-side-effects",
        ),
        ("should i cut my dose if my back hurts from magnesium", "fix-digestive-back-pain"),
        ("can poor hydration hurt ur back", "inflammation-dehydration"),
        ("is lack of hydration bad for discs", "inflammation-dehydration"),
    ],
)
def test_readings_of_this_round(matcher, question, entry):
    result = matcher.match(question)
    assert result.status == ANSWERED and result.best.entry.id == entry


def test_whether_a_dose_was_the_cause_asks_no_amount(matcher):
    assert "amount" not in matcher.match("was it the dose?").query.aspects
    assert "amount" in matcher.match("magnesium citrate dose").query.aspects


def test_too_little_of_a_thing_the_base_has_no_lack_word_for_stays(matcher):
    assert "postur" in matcher.analyse("can poor posture cause back pain").stems


@pytest.mark.parametrize(
    ("words", "read"),
    [
        (
            "is it likely my magnesium is the problem here",
            "is it likely my magnesium is causing it here",
        ),
        ("could posture be the real culprit", "could posture be causing it"),
        ("what is the problem with oxide", "what is the problem with oxide"),
        ("is the switch the problem", "is the switch the problem"),
        ("the problem is my back", "the problem is my back"),
    ],
)
def test_a_thing_said_to_be_the_problem_is_said_to_cause_it(words, read):
    assert " ".join(forms.the_problem_as_causing(words.split())) == read


def test_whether_the_supplement_is_the_problem_asks_how_likely_it_causes_it(matcher):
    result = matcher.match("IS IT EVEN LIKELY MY MAGNESIUM IS THE PROBLEM HERE")
    assert result.status == ANSWERED and result.best.entry.id == "is-it-the-magnesium"


def test_that_kind_of_a_thing_told_reads_as_told(chat):
    # the kind of pain told ("chronic") is what "that kind of pain" asks about
    reply = talk(
        chat,
        "i have had chronic pain for years and everything hurts more than it ought to",
        "my pain specialist mentioned magnesium",
        "how could magnesium help with that kind of pain?",
    )
    assert reply.entry is not None and reply.entry.id == "central-sensitization"


def test_this_pain_after_a_told_pain_is_still_read_alone(chat):
    reply = talk(chat, "i get a sharp pain in my side", "can magnesium cause this pain?")
    assert reply.entry is not None and reply.entry.id == "magnesium-back-pain"
