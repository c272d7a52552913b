"""Readings added in the round of set 28. The sentences are this file's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import drafted, talk

from bot.authoring.ingest import seed_from
from bot.authoring.reader import read_markdown
from bot.authoring.sentences import ask_sentence
from bot.authoring.statements import stated
from bot.core import aspects, words
from bot.core.conversation import Conversation
from bot.core.loader import load
from bot.core.matcher import Matcher
from bot.core.text import normalise
from bot.core.turns import is_asking

ROOT = Path(__file__).resolve().parents[1]
needs_words = pytest.mark.skipif(not words.available(), reason="word data not installed")


TOOL = """# Pkgtool FAQ

## Why run our own registry rather than use GitHub?

A central registry gives one place to search for packages and download them, and it keeps
old versions available even when the repository they came from is deleted.

## Why does the build run again?

Pkgtool runs the build again when a file that the build reads has changed since the last
run. Check the build log to see which file changed. The fix is to stop the build from
writing into the files it reads.

## Mirrors

On Alpine Linux you need to run apk add pkgtool-mirror before the first sync.

The mirror is slower than the main registry. The cache keeps a copy of every package you
download, so a second download is fast.

## Checksum errors

A checksum mismatch in the package index means the index file was only partly downloaded.
Delete the index file and run the sync again.
"""


@pytest.fixture(scope="module")
def tool_matcher(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pkgtool")
    kb = load(drafted(folder, read_markdown(TOOL), seed_from(ROOT / "knowledge")))
    return Matcher(kb)


@needs_words
def test_asking_for_a_fix_names_no_topic_the_base_lacks(tool_matcher):
    query = tool_matcher.analyse("alpine linux mirror sync workaround")
    assert query.unknown == ()
    assert tool_matcher.match("alpine linux mirror sync workaround").status == "answered"


def test_vs_is_a_word_between_two_things_not_a_thing(tool_matcher):
    query = tool_matcher.analyse("mirror vs cache for downloads")
    # a word of no topic: neither unknown nor filler that costs confidence
    assert "vs" not in query.unknown + query.filler
    assert not any(s.startswith("vs") for s in query.stems)
    assert {"mirror", "cach"} <= set(query.stems)


@needs_words
def test_an_entry_asked_with_the_same_thing_set_aside_still_answers(tool_matcher):
    result = tool_matcher.match("why run our own package registry rather than just use github?")
    assert result.status == "answered"
    assert "central registry" in result.best.entry.answer


@needs_words
def test_a_deed_asked_of_a_message_told_before_asks_of_that_message(tool_matcher):
    result = tool_matcher.match(
        "Error: checksum mismatch in the package index after the download. How do I fix it?"
    )
    assert result.status == "answered"
    assert "Delete the index file" in result.best.entry.answer


@needs_words
def test_a_polite_instruction_is_asked_as_an_instruction():
    asked = ask_sentence("Please report any problems you encounter to the maintainers.")
    assert "Should I report any problems I encounter to the maintainers?" in asked
    assert not any("please" in q.lower() or " me encounter" in q for q in asked)


def _words(text: str) -> list[str]:
    return text.split()


@needs_words
def test_a_sentence_that_opens_on_a_phrase_has_no_subject_to_ask_of():
    said = _words("In this case the runner will keep retrying the download")
    assert stated(said, frozenset()) == []
    # one that opens on its subject is still asked
    assert "What is the best way to share a build?" in stated(
        _words("The best way to share a build is to upload it"), frozenset()
    )


def test_a_release_tells_when_a_thing_was_added():
    found = aspects.addressed(
        "does the offline flag exist",
        normalise("The --offline flag was added in Pkgtool 2.14.0 and works everywhere."),
        aspects.load(),
    )
    assert "date" in found


@needs_words
def test_a_slip_from_a_common_word_is_no_slip_from_a_short_sign_word(kb, matcher):
    reply = talk(
        Conversation(kb, matcher), "could magnesium give me back ache, is that a side efect"
    )
    assert reply.safety is None
    # a slip from a longer sign word is still read as it ("sadle" as "saddle")
    reply = talk(Conversation(kb, matcher), "what does sadle numbness mean?")
    assert reply.safety is not None and reply.safety.id == "saddle-numbness"


@pytest.mark.parametrize(
    "said",
    [
        "my right foot has been numb since this morning and my lower back is sore",
        "my back hurts and suddenly i cant stand on my tiptoes with my left foot",
        "lower back pain all week, then yesterday my leg went weak on the stairs",
    ],
)
def test_numbness_or_weakness_that_came_on_at_once_is_urgent(chat, said):
    reply = talk(chat, said)
    assert reply.safety is not None and reply.safety.level == "urgent"


def test_an_adverb_before_a_question_does_not_hide_it(kb):
    cues = kb.cues
    assert is_asking("statistically is magnesium likely to be behind it", cues)
    assert not is_asking("barely any sleep this week", cues)


def test_a_correction_that_opens_on_an_adverb_asks_its_own_question(chat):
    reply = talk(
        chat,
        "are bulging discs a common reason for back pain?",
        "no, i meant: honestly, how likely is it that the supplement is the cause?",
    )
    # read as a question of its own, not as the question about discs answered again
    assert reply.status == "answered" and reply.entry.id == "is-it-the-magnesium"


def test_asked_whether_the_supplement_after_another_cause_told_answers_that_cause(chat):
    reply = talk(
        chat,
        "spent saturday carrying heavy boxes up three flights of stairs",
        "started taking magnesium on thursday",
        "my lower back is sore now - could it be the pills?",
    )
    assert reply.status == "answered" and reply.entry.id == "muscle-strain"
    # its "Yes" says whether of the strain, not of the pills asked about
    assert not reply.text.startswith("Yes")


def test_asked_whether_the_supplement_after_gut_trouble_told_reads_the_story(chat):
    reply = talk(
        chat,
        "i began magnesium citrate ten days ago",
        "since then my stomach cramps and everything is loose",
        "could it be the supplement?",
    )
    # not "statistically improbable" of back pain, which was never told
    assert reply.status == "answered" and reply.entry.id == "citrate"


def test_severe_belly_pain_that_stops_one_standing_is_urgent(chat):
    reply = talk(
        chat,
        "my gut pain from the oxide is terrible now, i can hardly stand up",
    )
    assert reply.safety is not None and reply.safety.level == "urgent"


def test_an_example_given_after_a_question_is_asked_not_told(kb, matcher):
    asked = talk(Conversation(kb, matcher), "which back symptoms are worrying? like tingling?")
    assert asked.safety is not None and not asked.safety.reported
    # told after a statement, it is still told
    told = talk(Conversation(kb, matcher), "my back is sore. like tingling?")
    assert told.safety is not None and told.safety.reported
