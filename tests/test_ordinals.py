"""A thing picked by its place in the list the last answer gave ("the second one")."""

from __future__ import annotations

import pytest

from bot.core.matcher import ANSWERED
from bot.core.ordinals import listed, resolved

FORMS = (
    "Yes, some forms are. Magnesium salts, especially magnesium citrate and magnesium oxide, "
    "work as osmotic laxatives."
)
SIGNS = (
    "See a doctor if back pain persists, especially if it is sharp, debilitating, or comes "
    "with symptoms such as numbness, tingling or weakness in the legs."
)
CAUSES = "Most back pain comes from poor posture, improper lifting, disc problems or dehydration."


def test_a_list_starts_where_a_word_leads_into_it():
    assert listed(FORMS) == [["magnesium citrate", "magnesium oxide"]]


def test_a_list_after_leading_words_keeps_its_first_thing():
    assert listed(CAUSES) == [["poor posture", "improper lifting", "disc problems", "dehydration"]]


@pytest.mark.parametrize(
    ("text", "answer", "read"),
    [
        ("Why is the second one worse?", FORMS, "Why is magnesium oxide worse?"),
        ("and the first one?", FORMS, "and magnesium citrate?"),
        ("is the latter common?", CAUSES, "is dehydration common?"),
        ("tell me about the third one", CAUSES, "tell me about disc problems"),
        # of two lists, the things the answer names, not what it says of the pain
        ("what does the second one mean", SIGNS, "what does tingling mean"),
    ],
)
def test_an_ordinal_picks_the_thing_of_its_place(text, answer, read):
    assert resolved(text, answer) == read


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("is the first one worse?", "Magnesium is a mineral."),  # no list
        ("and the fourth one?", FORMS),  # a list of two
        ("what about oxide?", FORMS),  # no ordinal
        ("the first time I took it", CAUSES),  # "first" that picks no thing
    ],
)
def test_without_a_list_that_long_the_text_stays(text, answer):
    assert resolved(text, answer) == text


def test_a_follow_up_picks_from_the_last_answer(chat):
    assert chat.respond("Which forms of magnesium are laxatives?").entry.id == "osmotic-laxative"
    reply = chat.respond("and the first one?")
    assert (reply.status, reply.entry.id) == (ANSWERED, "citrate")
