"""What a person changed to and from ("switched from glycinate to oxide"): what they take
now, and what they no longer take. The sentences are this file's own."""

from __future__ import annotations

import pytest
from helpers import talk

from bot.core.matcher import ANSWERED, UNSURE
from bot.core.notes import known_notes
from bot.core.situation import TAKING
from bot.core.switches import changed


def _taken(words: list[str], names: tuple[str, ...]) -> list[tuple[int, int, str]]:
    return [(words.index(n), words.index(n) + 1, n) for n in names]


@pytest.mark.parametrize(
    ("sentence", "names", "now", "before"),
    [
        (
            "i switched from citrate to glycinate",
            ("citrate", "glycinate"),
            ["glycinate"],
            ["citrate"],
        ),
        ("then changed over to oxide", ("oxide",), ["oxide"], []),
        ("went back to citrate last week", ("citrate",), ["citrate"], []),
        ("i take citrate and oxide", ("citrate", "oxide"), [], []),  # no change told
        ("i switched jobs and take oxide", ("oxide",), [], []),  # no "to" after the verb
    ],
)
def test_what_a_sentence_says_was_changed_to_and_from(sentence, names, now, before):
    words = sentence.split()
    assert changed(words, _taken(words, names)) == (now, before)


def test_what_was_taken_before_a_change_is_no_longer_read_as_taken(chat):
    talk(chat, "i was on citrate for a while", "last week i changed over to oxide")
    assert chat.situation.former == ["citrate"]
    notes = known_notes(chat.situation, chat.matcher, (TAKING,))
    assert "oxide" in notes and "citrate" not in notes


def test_changing_back_takes_it_again(chat):
    talk(chat, "switched from citrate to oxide", "then went back to citrate")
    assert chat.situation.former == ["oxide"]


def test_what_the_base_is_about_is_still_taken_after_a_change(chat):
    talk(chat, "i take magnesium", "switched to the oxide kind")
    assert "magnesium" in known_notes(chat.situation, chat.matcher, (TAKING,))


def test_a_story_after_a_change_is_read_of_what_is_taken_now(chat):
    reply = talk(
        chat,
        "moved from glycinate over to oxide since it is cheaper",
        "and now my belly cramps and my back is achy",
    )
    assert reply.status in (ANSWERED, UNSURE) and reply.entry is not None, reply
    assert "oxide" in reply.entry.question.lower()
