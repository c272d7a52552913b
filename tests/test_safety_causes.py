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


@pytest.mark.parametrize(
    "message",
    [
        "when does back pain become an emergency?",
        "what are the warning signs with back pain",
        "when should i go to a&e for back pain",
        "is back pain ever dangerous?",
    ],
)
def test_asking_about_emergencies_in_general_gets_the_warning_signs(kb, message):
    flag = flag_of(kb, message)
    assert flag is not None, message
    assert (flag.id, flag.level, flag.reported) == ("warning-signs", "urgent", False)
    assert "bladder" in flag.message and "fever" in flag.message


@pytest.mark.parametrize(
    "message, flag_id",
    [
        ("is numbness with back pain serious?", "neurological"),  # the named sign's own
        ("i went to a&e with my back last night", None),  # told, not asked
        ("can magnesium cause serious back pain?", None),  # about the supplement
    ],
)
def test_the_warning_signs_yield_to_a_named_sign_and_need_a_question(kb, message, flag_id):
    flag = flag_of(kb, message)
    assert (flag and flag.id) == flag_id, message


@pytest.mark.parametrize(
    "message, flag_id",
    [
        ("what is foot drop?", "progressive-weakness"),
        ("what's cauda equina syndrome", "bladder-bowel-control"),
        ("what does sciatica feel like", "radiating"),
        ("tell me about saddle numbness", "saddle-numbness"),
    ],
)
def test_asking_what_a_sign_is_gets_its_information(kb, message, flag_id):
    flag = flag_of(kb, message)
    assert flag is not None and (flag.id, flag.reported) == (flag_id, False), message
    assert flag.message == next(f.info for f in kb.flags if f.id == flag_id)


@pytest.mark.parametrize(
    "message", ["what is my numbness from?", "does magnesium make you lose weight?"]
)
def test_a_definition_is_of_the_sign_itself(kb, message):
    flag = flag_of(kb, message)
    assert flag is None or flag.reported, message


@pytest.mark.parametrize(
    "message",
    [
        "pins and needles in my hands from typing, nothing to do with my back",
        "my bum went numb from sitting on a hard chair for hours",
        "my fingers go numb in the cold, thats normal for me",
        "my arms are weak from the gym yesterday lol",
        "my legs were weak after the flu last week but im better now",  # gone, not explained
    ],
)
def test_a_sign_put_down_to_something_everyday_or_gone_raises_no_alarm(kb, message):
    flag = flag_of(kb, message)
    assert flag is None, (message, flag and flag.id)


@pytest.mark.parametrize(
    "message",
    [
        "numbness in my leg from my back",  # the back is no everyday cause
        "my leg went numb after starting magnesium",
        "my legs went weak after the flu",  # weakness after an illness is still a sign
        "my leg is numb but im fine otherwise",
        "i can hardly walk",  # "hardly" is not "hard" (a hard chair)
        # only guessed to be unrelated: still told
        "part of my foot's been numb for a few days, probably unrelated",
        "my left leg feels weak, maybe unrelated to the back",
    ],
)
def test_a_sign_with_no_everyday_cause_still_counts(kb, message):
    flag = flag_of(kb, message)
    assert flag is not None and flag.reported, message
