"""Readings added in the round of set 26. The sentences are this file's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import drafted, talk

from bot.authoring.ingest import seed_from
from bot.core.conversation import Conversation
from bot.core.loader import load
from bot.core.matcher import Matcher
from bot.core.turns import run_on

ROOT = Path(__file__).resolve().parents[1]


def drafted_base(tmp_path_factory, name: str, article: str):
    """The knowledge base `magbot ingest` drafts from `article`, seeded as the CLI seeds it."""
    return load(drafted(tmp_path_factory.mktemp(name), article, seed_from(ROOT / "knowledge")))


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


POLLEN = """# Living with pollen season

## What pollen does

Pollen in the air can bring on sneezing, itchy eyes and headaches. Some people also notice
fatigue on days when the count is high.

## When to see a doctor

See a doctor if you have difficulty breathing or wheezing that does not settle.
"""


def test_a_drafted_base_lists_the_symptoms_its_article_names_and_how_people_say_them():
    from bot.authoring.health import symptom_synonyms, symptoms

    felt = symptoms(POLLEN)
    assert {"difficulty breathing", "headaches", "fatigue", "sneezing"} <= set(felt)
    assert "exhausted" in felt  # near the article's "fatigue"
    assert symptom_synonyms(POLLEN)["exhausted"] == "fatigue"
    assert "headaches" not in symptom_synonyms(POLLEN)  # the article's own word


@pytest.mark.parametrize(
    "text",
    [
        "Our users' pain points guide the roadmap. We ship every week.",
        # no symptom: a stem of another meaning
        "Exhaust fans pull air out of the kitchen while you cook.",
    ],
)
def test_an_article_that_tells_of_no_symptoms_drafts_none(text):
    from bot.authoring.health import symptom_synonyms, symptoms

    assert symptoms(text) == []
    assert symptom_synonyms(text) == {}


@pytest.fixture(scope="module")
def smoke_chat(tmp_path_factory):
    article = (ROOT / "tests/fixtures/articles/wildfire-smoke/article.md").read_text("utf-8")
    kb = drafted_base(tmp_path_factory, "smoke", article)
    return lambda: Conversation(kb, Matcher(kb))


@pytest.mark.parametrize(
    "message",
    [
        # "exhausted" is the article's "fatigue", not its "exhaust" fans
        "i have been coughing and i'm exhausted. could that be from the smoke?",
        "the smoke rolled in on monday and since then i've had headaches and felt exhausted. "
        "is that the smoke?",
    ],
)
def test_symptoms_told_to_a_drafted_base_are_what_its_question_asks_of(smoke_chat, message):
    reply = smoke_chat().respond(message)
    assert reply.status == "answered"
    assert "headaches, fatigue" in reply.text


@pytest.mark.parametrize(
    ("message", "felt"),
    [
        ("every morning i get crampy after my magnesium", "cramp"),
        ("my stomach has been bloaty since i started oxide", "bloating"),
    ],
)
def test_a_symptom_told_as_an_adjective_is_remembered(chat, message, felt):
    chat.respond(message)
    assert felt in chat.situation.notes["symptoms"]


def test_a_word_that_only_begins_like_a_symptom_is_not_one(chat):
    chat.respond("sorry, i sort of started magnesium last week")
    assert chat.situation.notes["symptoms"] == []


GARDEN = """# Keeping a garden through winter

A garden can come through the cold months in good shape. Spread mulch over the beds, put row
covers over tender plants, and grow salad greens in a cold frame.

## Mulch

A thick layer of mulch keeps the soil from freezing and thawing over and over, which heaves
young roots out of the ground. Spread it after the first hard frost.

## Row covers

Light fabric laid over tender plants traps the warmth the ground gives off at night. It can
keep the air underneath a few degrees warmer than the air outside, enough to save lettuce and
spinach from a light frost.

## Cold frames

A cold frame is a bottomless box with a clear lid that sits on the soil. On sunny days, open
the lid a little so the plants do not overheat.
"""


@pytest.fixture(scope="module")
def garden(tmp_path_factory):
    return drafted_base(tmp_path_factory, "garden", GARDEN)


def test_an_articles_opening_does_not_take_the_phrases_of_what_later_passages_say(garden):
    opening = garden.entries[0]
    assert "Spread mulch" in opening.answer
    assert not any("row covers" in a for a in opening.alternates)


@pytest.mark.parametrize(
    "message", ["what's the point of row covers?", "why bother with row covers"]
)
def test_a_topic_the_opening_previews_is_answered_by_its_own_passage(garden, message):
    reply = Conversation(garden, Matcher(garden)).respond(message)
    assert reply.status == "answered"
    assert reply.text.startswith("Light fabric")


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("is e2e encryption on by default", "is e2e encryption on by default"),
        ("p2p apps and h2o", "p2p apps and h2o"),
        ("400mg a day", "400 mg a day"),  # a number and its unit, as before
        ("should i take it b4 bed", "should i take it b 4 bed"),  # chat's "b4": as before
        ("2x a day at 10am", "2 x a day at 10 am"),
    ],
)
def test_a_word_with_digits_between_letters_is_kept_whole(said, read):
    from bot.core.text import normalise

    assert normalise(said) == read


def test_whether_it_would_help_after_a_story_asks_of_what_they_take_for_what_they_have(chat):
    reply = talk(
        chat,
        "i've got chronic pain from an old fall",
        "my doctor suggested magnesium",
        "how would that help?",
    )
    assert reply.status == "answered"
    assert reply.entry.id == "central-sensitization"


def test_that_kind_of_pain_is_still_the_kind_told_when_the_condition_is_listed(chat):
    reply = talk(
        chat,
        "i have chronic pain, everything hurts more than it should",
        "my gp brought up magnesium",
        "how would magnesium help with that kind of pain?",
    )
    assert reply.entry.id == "central-sensitization"
