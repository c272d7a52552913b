"""Red flags: what the words stand for (pain that lingers, not anything that does), causes
told beside a sign, and questions about warning signs in general."""

from __future__ import annotations

import pytest

from bot.core.knowledge import KnowledgeBase
from bot.core.question import Question
from bot.core.safety import raised_flag


def flag_of(kb: KnowledgeBase, message: str):
    return raised_flag(Question(message), kb.flags)


@pytest.mark.parametrize(
    "message",
    [
        "the magnesium hasnt improved my sleep",
        "my mood is no better since I switched brands",
        "the cramps are still there but milder",
    ],
)
def test_something_else_that_lingers_is_no_persistent_pain(kb, message):
    flag = flag_of(kb, message)
    assert flag is None, (message, flag and flag.id)


@pytest.mark.parametrize(
    "message",
    ["my back pain hasn't improved in weeks", "it won't go away", "the ache is still there"],
)
def test_pain_that_lingers_is_persistent(kb, message):
    flag = flag_of(kb, message)
    assert flag is not None and flag.id == "severe-or-persistent", message
