"""Follow-ups that point at the last answer: a yes-or-no question about what it says is
answered with the article's words behind it, not with an entry it leads to, and a reason
asked with a word of the message's own goes to the related reason that names it. The
sentences are this file's own."""

from __future__ import annotations

import pytest
from helpers import talk

from bot.core.matcher import ANSWERED


@pytest.mark.parametrize(
    "then",
    ["would that also sort out my back ache?", "ok would that fix the backache as well"],
)
def test_whether_the_last_answer_holds_is_answered_from_it(chat, then):
    first = talk(chat, "what should i do if magnesium gives me tummy cramps")
    assert first.entry is not None and first.entry.id == "fix-digestive-back-pain"
    reply = chat.respond(then)
    assert reply.status == ANSWERED and reply.entry is not None
    assert reply.entry.id == "fix-digestive-back-pain", reply


@pytest.mark.parametrize(
    ("said", "whether"),
    [
        ("would that settle my back too", True),
        ("ok does it spread anywhere", True),
        ("is that why my back hurts", False),  # asks the reason
        ("does magnesium help cramps", False),  # points at nothing
        ("what does that do", False),  # no yes or no
    ],
)
def test_a_yes_or_no_question_of_the_answer_opens_with_its_verb_and_points(chat, said, whether):
    assert chat.follow._whether_of_answer(said) is whether


@pytest.mark.parametrize(
    "then", ["how come its felt in the back then", "why would it end up in my back"]
)
def test_a_reason_asked_with_its_own_word_goes_to_the_reason_that_names_it(chat, then):
    first = talk(chat, "whats referred pain")
    assert first.entry is not None and first.entry.id == "referred-pain"
    reply = chat.respond(then)
    assert reply.entry is not None and reply.entry.id == "why-gut-pain-felt-in-back", reply


@pytest.mark.parametrize("then", ["meaning what exactly?", "meaning what tho?"])
def test_a_cue_closed_by_a_word_that_only_closes_still_leans_on_the_answer(chat, then):
    first = talk(chat, "is magnesium a calcium channel blocker")
    assert first.entry is not None
    reply = chat.respond(then)
    assert reply.status == ANSWERED and reply.entry == first.entry, reply


@pytest.mark.parametrize("then", ["Why it is like this?", "why is it that it does this"])
def test_a_why_of_only_grammar_words_asks_the_reason_of_the_answer(chat, then):
    talk(chat, "Mag citrate is laxative?")
    reply = chat.respond(then)
    assert reply.status == ANSWERED and reply.entry is not None, reply
    assert "water" in (reply.text or "").lower(), reply


def test_a_question_in_the_words_the_last_question_asked_is_of_that_answer(chat):
    first = talk(chat, "is the back ache from magnesium real pain")
    assert first.entry is not None
    reply = chat.respond("so where is it coming from then?")
    assert reply.status == ANSWERED and reply.entry == first.entry, reply
