"""Stories told in the person's own words: what the base knows of them is kept, whose they
are, and a question that asks what the story comes to is read with it (bot/core/situation.py,
notes.py, causes.py, story.py, conversation.py)."""

from __future__ import annotations

import pytest
from helpers import talk

from bot.core.causes import story_notes
from bot.core.conversation import NOTED, Conversation
from bot.core.matcher import NO_MATCH, SMALLTALK
from bot.core.notes import own_words
from bot.core.situation import OTHERS, SAID, Situation

GUT = {"digestive-side-effects", "colon-spasms-back", "digestive-cause", "back-pain-after-starting"}
MUSCLE = {"magnesium-for-pain", "deficiency-spasms", "calcium-channel-blocker", "intended-role"}
WEIGHED = {"structural-more-likely", "is-it-the-magnesium", "muscle-strain"}


@pytest.fixture
def chat(kb, matcher) -> Conversation:
    return Conversation(kb, matcher)


# -- whose it is ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, theirs",
    [
        ("my friend takes magnesium for nerve pain", "magnesium"),
        ("my sister says her back hurts", "back"),
    ],
)
def test_what_is_told_of_someone_else_is_not_the_persons(kb, text, theirs):
    situation = Situation(kb.cues.situation, kb.cues.situation_stems)
    assert theirs not in [phrase for _, phrase in situation.told(text)]
    situation.hear(text)
    assert any(theirs in phrases for phrases in situation.theirs.values())


def test_someone_a_deed_was_done_for_does_not_own_it(kb):
    situation = Situation(kb.cues.situation, kb.cues.situation_stems)
    told = situation.told("I helped my mate move flat and carried a sofa down the stairs")
    assert ("activities", "carried") in told


def test_a_story_only_of_someone_else_is_still_read(chat):
    talk(chat, "my mum is on magnesium for her leg cramps")
    assert not chat.situation.notes_are_own()
    assert "magnesium" in chat.situation.phrases()


def test_a_denied_symptom_of_the_persons_own_still_tells(chat):
    reply = talk(chat, "lol so if its not the mag wtf is wrecking my back")
    assert reply.entry is not None


def test_a_statement_about_someone_else_is_noted_not_answered(chat):
    talk(chat, "my back has ached for years")
    reply = talk(chat, "my friend takes magnesium for nerve pain")
    assert reply.status == SMALLTALK and reply.smalltalk_id == NOTED


# -- their own words --------------------------------------------------------------------------


def test_the_base_words_of_what_was_felt_are_kept(chat, matcher):
    talk(chat, "muscle cramps in my calves")
    assert "muscle" in " ".join(story_notes(chat.situation, matcher))
    reply = talk(chat, "could magnesium do anything for that?")
    assert reply.entry is not None and reply.entry.id in MUSCLE


def test_own_words_leave_out_the_storys_glue(chat, matcher):
    assert (
        own_words("lower back has been killing me after deadlifts", chat.situation, matcher) == ""
    )
    assert own_words("chronic lower back pain", chat.situation, matcher) == "chronic"


def test_nerves_told_in_own_words_reach_the_answer(chat):
    reply = talk(
        chat,
        "ive had chronic back pain for ages",
        "it feels like my nerves are turned up",
        "could magnesium do anything for that?",
    )
    assert reply.entry is not None and reply.entry.id in {"central-sensitization", "nmda-receptors"}


def test_context_shows_own_words_and_others(chat):
    talk(chat, "my friend takes magnesium for nerve pain", "my nerves are turned up")
    shown = dict(chat.situation.describe())
    assert "magnesium" in shown[OTHERS] and "my nerves are turned up" in shown[SAID]


# -- what was done, and the verdict -----------------------------------------------------------


def test_a_state_told_without_a_subject_is_no_deed(chat):
    # "loose" may be a verb, but at a clause's start it tells how something is
    talk(chat, "been on mag citrate for two weeks", "tummy has been rumbling and loose")
    assert not chat.situation.deeds


def test_which_one_weighs_the_causes_told(chat):
    reply = talk(
        chat,
        "i spent the weekend shoveling snow",
        "and i started taking magnesium a few days ago",
        "back is wrecked. which one is it?",
    )
    assert reply.entry is not None and reply.entry.id in WEIGHED


@pytest.mark.parametrize("verdict", ["coincidence?", "thoughts?"])
def test_one_word_after_a_story_asks_what_it_comes_to(chat, verdict):
    reply = talk(
        chat,
        "i started magnesium last week",
        "since then i feel bloated",
        "and my back hurts",
        verdict,
    )
    assert reply.entry is not None and reply.entry.id in GUT


def test_an_uncovered_question_after_a_story_is_still_declined(chat):
    reply = talk(chat, "i started magnesium last week", "is it vegan?")
    assert reply.status == NO_MATCH
