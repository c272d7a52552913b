"""A story that says a part is well ("my stomach is fine", "the cramps went away") tells
no symptom of it: what the person has now is read, not what they say is gone. The
sentences are this file's own."""

from __future__ import annotations

import pytest
from helpers import talk

from bot.core.situation import SYMPTOMS


@pytest.mark.parametrize(
    ("said", "well"),
    [
        ("my belly is fine", "belly"),
        ("the cramps went away", "cramp"),
        ("stomach feels fine now", "stomach"),
    ],
)
def test_a_symptom_said_to_be_well_is_not_noted(chat, said, well):
    chat.respond(said)
    assert well not in chat.situation.phrases((SYMPTOMS,))
    assert well in chat.situation.denials((SYMPTOMS,))


def test_a_symptom_back_again_is_still_noted(chat):
    chat.respond("the ache is back in my hips")
    assert "hip" in chat.situation.phrases((SYMPTOMS,))


def test_a_story_with_a_well_gut_is_read_as_its_strain(chat):
    reply = talk(
        chat,
        "I've been taking magnesium oxide for three weeks.",
        "My stomach is fine.",
        "But my lower back has been sore since I started a warehouse job lifting sacks.",
        "Is it the job or the oxide?",
    )
    assert reply.entry is not None, reply
    assert reply.entry.id in ("muscle-strain", "structural-more-likely"), reply
