"""Readings added in the round of set 27. The sentences are this file's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import drafted, talk

from bot.authoring.ingest import seed_from
from bot.authoring.reader import read_markdown
from bot.core import words
from bot.core.conversation import Conversation
from bot.core.loader import load
from bot.core.matcher import Matcher
from bot.core.question import Question
from bot.core.turns import is_asking, without_close

ROOT = Path(__file__).resolve().parents[1]
needs_words = pytest.mark.skipif(not words.available(), reason="word data not installed")


TOOL = """# Buildkite Runner

## Caching

Enable the build cache with `runner cache on` to reuse downloaded packages between builds.
The cache lives in the runner's home folder and is cleared every thirty days.

## Timeout errors

A timeout during `runner fetch` usually means the package mirror is slow. Raise the
limit with `runner fetch --wait 120`, or switch to a mirror closer to you.
"""


@pytest.fixture(scope="module")
def tool_matcher(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tool")
    kb = load(drafted(folder, read_markdown(TOOL), seed_from(ROOT / "knowledge")))
    return Matcher(kb)


@pytest.mark.parametrize("said", ["my fetch keeps timing out", "the fetch timed out again"])
def test_a_phrasal_verb_reads_as_the_noun_the_base_writes_as_one_word(tool_matcher, said):
    assert "timeout" in tool_matcher.analyse(said).stems


@needs_words
def test_a_common_word_in_er_is_no_doer_of_a_verb_it_only_looks_like():
    matcher = Matcher(load(None))
    assert "numb" not in matcher.analyse("is there an actual number?").stems


def test_a_tag_followed_by_a_laugh_still_asks():
    said = Question("pretty sure thats not the mag right lol")
    assert is_asking(said, load(None).cues)
    assert without_close(said, load(None).cues).raw == "pretty sure thats not the mag?"


def test_a_question_word_before_right_is_no_tag():
    said = Question("my wife blames the mag for my back. who's right?")
    assert without_close(said, load(None).cues).raw == said.raw


def test_a_story_closed_by_a_tag_and_a_laugh_is_asked_not_acknowledged():
    kb = load(None)
    reply = talk(
        Conversation(kb, Matcher(kb)),
        "i lifted a heavy box yesterday and now my back hurts, pretty sure its not the "
        "magnesium right lol",
    )
    assert reply.status == "answered" and reply.entry.id == "muscle-strain"


CASES = """# Shell set-up

## Exports

To activate the new exports, restart your shell or run `. .bashrc` in it.

If you see a permission error when installing gems, install them in your home folder
instead with `gem install --user-install`.

## Caches

Clear the cache before a release.

If so, the next build takes longer.
"""


def test_a_paragraph_that_opens_a_case_of_its_own_is_an_answer_of_its_own():
    from bot.authoring.drafter import units

    texts = [u.text for u in units(read_markdown(CASES))]
    assert any(t.startswith("To activate the new exports") and "permission" not in t for t in texts)
    assert any(t.startswith("If you see a permission error") for t in texts)
    # a case that leans back goes on with the passage before it
    assert any(t.startswith("Clear the cache") and "If so" in t for t in texts)


def test_travel_means_pain_spreading_only_when_pain_travels():
    kb = load(None)
    assert (
        talk(Conversation(kb, Matcher(kb)), "Peru's Capital City: A Travel Guide to Lima").status
        == "no_match"
    )
    reply = talk(Conversation(kb, Matcher(kb)), "the pain travels down my leg, what does that mean")
    assert reply.entry is not None and reply.entry.id == "herniated-disc"


@pytest.mark.parametrize(
    "asked",
    [
        "What is this article trying to figure out?",
        "curious what this article actually sets out to look into",
    ],
)
def test_a_question_about_the_article_itself_is_on_its_subject(asked):
    kb = load(None)
    reply = talk(Conversation(kb, Matcher(kb)), asked)
    assert reply.status == "answered" and reply.entry.id == "article-overview"


def test_naming_an_article_of_ones_own_asks_nothing_of_the_base():
    kb = load(None)
    assert (
        talk(Conversation(kb, Matcher(kb)), "can you help me figure out my essay").status
        != "answered"
    )


def test_what_a_thing_is_for_asked_after_a_story_of_it_is_answered():
    kb = load(None)
    reply = talk(
        Conversation(kb, Matcher(kb)), "everyone n their mom is on magnesium rn, what's it even for"
    )
    assert reply.status == "answered" and reply.entry.id == "what-magnesium-is-promoted-for"
