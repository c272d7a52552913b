"""A red flag told in a correction: the words that open it ("no wait, ...") take back the
last question and deny nothing of what follows; "no numbness" still denies. The sentences
are this file's own."""

from __future__ import annotations

import pytest
from helpers import talk

from bot.core.corrections import without_opening_cue
from bot.core.question import Question


@pytest.mark.parametrize(
    ("said", "rest"),
    [
        ("no wait i meant my foot has gone numb", "i meant my foot has gone numb"),
        ("nope, my leg is weak", "my leg is weak"),
        ("no i mean my foot is numb", "i mean my foot is numb"),
        ("no numbness at all", "no numbness at all"),  # a denial, not a correction
        ("sorry my foot is numb", "sorry my foot is numb"),
    ],
)
def test_the_words_that_open_a_correction_are_set_apart(kb, said, rest):
    assert without_opening_cue(Question(said), kb.cues).raw == rest


def test_a_sign_told_in_a_correction_raises_its_flag(chat):
    reply = talk(
        chat,
        "why does citrate cause bloating",
        "no wait i meant why has my foot gone numb and tingly with the back pain",
    )
    assert reply.safety is not None, reply


def test_a_sign_denied_after_no_raises_none(chat):
    reply = talk(chat, "why does citrate cause bloating", "no numbness or tingling though")
    assert reply.safety is None, reply


def test_urgent_guidance_is_said_again_on_the_next_question_that_raises_none(chat, kb):
    from bot.core.safety import URGENT

    first = chat.respond("since yesterday i cant feel my bum or inner thighs and my back hurts")
    assert first.safety is not None and first.safety.level == URGENT
    later = chat.respond("anyway, is glycinate gentler than oxide?")
    assert later.safety is not None and later.safety.level == URGENT
    assert later.safety.message.startswith(kb.settings.reminder)
    assert "glycinate" in later.text.lower()  # the question is still answered


def test_no_reminder_after_what_only_tells_or_thanks(chat):
    chat.respond("since yesterday i cant feel my bum or inner thighs and my back hurts")
    assert chat.respond("ok thanks").safety is None
