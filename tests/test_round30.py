"""Readings added in the round of set 30. The sentences are this file's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import drafted, talk

from bot.authoring.ingest import seed_from
from bot.authoring.reader import read_markdown
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
