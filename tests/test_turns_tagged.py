"""A statement closed by a tag ("..., right", "... yeah") asks whether it holds; the same
word that belongs to what comes before it ("that's right", "on the right") does not. The
sentences are this file's own."""

from __future__ import annotations

import pytest
from helpers import talk

from bot.core.matcher import ANSWERED, SMALLTALK
from bot.core.turns import is_asking


@pytest.mark.parametrize(
    ("said", "asks"),
    [
        ("the pills arent to blame right", True),
        ("citrate works as a laxative yeah", True),
        ("so glycinate is easier on the gut no", True),
        ("thats right", False),
        ("ok you are right", False),
        ("the pain is on the right", False),
        ("i started glycinate yesterday", False),
        ("yes yes", False),
    ],
)
def test_a_tag_after_a_statement_asks(kb, said, asks):
    assert is_asking(said, kb.cues) is asks


def test_a_tagged_question_after_a_story_is_answered_not_acknowledged(chat):
    reply = talk(
        chat,
        "sitting hunched over a laptop ten hours a day",
        "lower back is killing me",
        "the supplement isnt whats doing it right",
    )
    assert reply.status == ANSWERED and reply.status != SMALLTALK, reply
