"""Readings added in the round of set 30. The sentences are this file's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import drafted, talk

from bot.authoring.ingest import seed_from
from bot.authoring.phrasing import is_instruction, person
from bot.authoring.reader import read_markdown
from bot.authoring.sentences import ask_sentence
from bot.core import words
from bot.core.conversation import Conversation
from bot.core.loader import load
from bot.core.matcher import Matcher

ROOT = Path(__file__).resolve().parents[1]

GINGER = """# Ginger for an upset stomach

## Does ginger help with nausea?

Yes. Ginger is one of the most widely used home remedies for nausea, and many travellers
take it for motion sickness. Studies of people after surgery report less nausea with ginger
than without it.

## What is in ginger?

Ginger root holds oils and sharp-tasting compounds called gingerols. By calming the muscles
of the stomach and speeding up emptying, gingerols help ease nausea.

## Can ginger upset the stomach?

In large amounts ginger can cause heartburn and a burning feeling in the mouth. People who
take blood thinners should ask a pharmacist first.

## How should ginger be stored?

Fresh ginger keeps for about three weeks in the fridge. Dried ginger keeps for months in a
sealed jar away from light.
"""


@pytest.fixture(scope="module")
def ginger(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ginger")
    return Matcher(load(drafted(folder, read_markdown(GINGER), seed_from(ROOT / "knowledge"))))


@pytest.fixture(scope="module")
def shipped():
    return Matcher(load(None))


# -- a why asked of a yes ---------------------------------------------------------------


def test_why_of_a_yes_is_answered_by_the_related_entry_that_gives_the_means(ginger):
    # "Yes, ginger is used for nausea" says whether; the related answer says how ("by
    # calming the muscles of the stomach ..., gingerols help ease nausea")
    result = ginger.match("why would ginger help with nausea?")
    assert result.status == "answered"
    assert "By calming the muscles" in result.best.entry.answer


def test_whether_is_still_answered_by_the_yes(ginger):
    result = ginger.match("does ginger help with nausea?")
    assert result.best.entry.answer.startswith("Yes.")


def test_why_nerve_pain_gets_the_mechanism_not_the_bare_yes(shipped):
    for message in (
        "why would magnesium help with nerve pain",
        "how would magnesium help nerve pain?",
    ):
        result = shipped.match(message)
        assert result.status == "answered", message
        assert "NMDA" in result.best.entry.answer, message


def test_a_reason_must_hold_what_is_asked(shipped):
    # the NMDA answer holds "magnesium" and "helps" but nothing of cramps
    result = shipped.match("why would magnesium help with cramps")
    assert "NMDA" not in result.best.entry.answer


def test_a_no_is_not_replaced_by_a_reason(shipped):
    # "why does magnesium cause back pain?" asks of what is not so: never a mechanism
    result = shipped.match("why does magnesium cause back pain")
    assert "NMDA" not in result.best.entry.answer


def test_why_after_a_yes_on_nerve_pain_gives_the_mechanism(shipped):
    chat = Conversation(shipped.kb, shipped)
    assert talk(chat, "does magnesium help nerve pain").entry.answer.startswith("Yes.")
    reply = talk(chat, "why though")
    assert "NMDA" in reply.text


def test_any_others_after_an_answer_goes_on_to_a_related_entry(shipped):
    chat = Conversation(shipped.kb, shipped)
    first = talk(chat, "What are common causes of back pain?")
    reply = talk(chat, "any others?")
    assert reply.status == "answered"
    assert reply.entry is not None and reply.entry.id in first.entry.related


# -- red flags -----------------------------------------------------------------------------


def test_tripping_again_and_again_is_a_weak_foot_not_a_fall(shipped):
    chat = Conversation(shipped.kb, shipped)
    talk(chat, "lifted a heavy box wrong and my back still hurts after two weeks")
    reply = talk(chat, "and my foot feels weak, I keep tripping over it")
    assert reply.safety is not None
    assert reply.safety.id != "fall-or-injury"


def test_a_trip_that_ends_in_a_fall_is_still_a_fall(shipped):
    chat = Conversation(shipped.kb, shipped)
    talk(chat, "my back hurts")
    reply = talk(chat, "I tripped over the cat and fell down the stairs")
    assert reply.safety is not None and reply.safety.id == "fall-or-injury"


# -- a price is an amount ------------------------------------------------------------------

LIBRARY = """# Using the city library

## Library cards

Anyone who lives in the city can get a library card at any branch. Bring a photo ID and a
letter that shows your address. A replacement card costs $5 if you lose yours.

## Borrowing books

You can borrow up to 20 books at a time. Loans last three weeks and can be renewed twice
online.

## Late returns

The library no longer charges late fees on children's books. Adult books returned late are
blocked from renewal until they come back.
"""


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    folder = tmp_path_factory.mktemp("library")
    return Matcher(load(drafted(folder, read_markdown(LIBRARY), seed_from(ROOT / "knowledge"))))


def test_how_much_a_thing_costs_is_answered_by_its_price(library):
    result = library.match("how much does a replacement library card cost?")
    assert result.status == "answered"
    assert "$5" in result.best.entry.answer


def test_a_price_of_another_thing_answers_no_how_much(library):
    # the only sum in the base is a card's; renewing a book is told, its price is not
    assert library.match("how much does it cost to renew a book?").status == "no_match"


# -- drafting ------------------------------------------------------------------------------


def test_you_before_a_verb_after_a_noun_is_the_subject():
    sentence = "The software you received with your camera may cover your needs"
    assert " ".join(person(sentence.split())).startswith("The software I received with my camera")


@pytest.mark.skipif(not words.available(), reason="word data not installed")
def test_a_name_of_two_capitalised_words_then_a_verb_is_no_instruction():
    sentence = "Sublime Text is cheap, but comes with a long free trial"
    assert not is_instruction(sentence.split())
    assert ask_sentence("Sublime Text is cheap.") == ["Is Sublime Text cheap?"]


def test_a_reason_told_first_asks_nothing_of_its_own():
    # "Is Because FTP inherently insecure, I should ...?" was drafted from it
    asked = ask_sentence("Because FTP is inherently insecure, you should make sure to use SFTP.")
    assert asked == ["Should I make sure to use SFTP?"]


# -- reading -------------------------------------------------------------------------------


def test_the_first_time_counts_an_occasion_and_names_no_time(shipped):
    message = (
        "Sunday I took magnesium for the first time. Monday I woke up and could barely bend."
        " What caused it?"
    )
    query = shipped.analyse(message)
    assert not any(s.startswith("tim") for s in (*query.stems, *query.context))
    # "time" had pulled the story to the entry that says "backache at the same time"
    assert shipped.match(message).best.entry.id != "colon-spasms-back"


def test_wat_do_starts_a_question_as_well_as_asking_what_to_do(shipped):
    # "wat do" read as "what should I do" took "wat do ppl usually take it for?"
    asked = shipped.match("wat do ppl usually take magnesium for anyway?")
    assert asked.best.entry.id == "what-magnesium-is-promoted-for"
    assert "fix" in shipped.analyse("my back still hurts, wat do i do").stems
