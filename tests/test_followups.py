"""A conversation, not a lookup: follow-ups, disambiguation and red flags, as pure behaviour."""

from __future__ import annotations

import json

import pytest

from bot.conversation import Conversation
from bot.knowledge import load
from bot.matcher import ANSWERED, NO_MATCH, SMALLTALK, UNSURE
from bot.safety import DOCTOR, URGENT


@pytest.fixture
def chat(kb, matcher):
    return Conversation(kb, matcher)


def talk(chat: Conversation, *messages: str):
    """Say each message in turn; return the last reply."""
    reply = None
    for message in messages:
        reply = chat.respond(message)
    return reply


# -- follow-ups -----------------------------------------------------------------------------

@pytest.mark.parametrize("turns, entry_id", [
    # the brief's conversation
    (["can magnesium cause back pain?", "why?"], "digestive-cause"),
    (["can magnesium cause back pain?", "why?", "what about glycinate?"], "glycinate"),
    (["can magnesium cause back pain?", "and if it's stress?"], "stress-anxiety"),
    # "what about X?" / "and X?" switch to X within the conversation
    (["what usually causes back pain?", "what about posture?"], "posture"),
    (["what else causes back pain besides supplements?", "and dehydration?"],
     "inflammation-dehydration"),
    # "how do I fix that?" leans on the topic
    (["mag oxide gives me awful cramps", "how do i fix that?"], "fix-digestive-back-pain"),
    # a pronoun stands for the topic
    (["what is central sensitization?", "how does magnesium prevent it?"],
     "central-sensitization"),
    # a follow-up with its own telling words goes where those words point
    (["my back hurts since I started magnesium oxide", "why is that felt in my back?"],
     "why-gut-pain-felt-in-back"),
    # "can that cause back pain?" is ambiguous alone; the topic decides
    (["what happens if I don't get enough magnesium?", "can that cause back pain?"],
     "deficiency-spasms"),
])
def test_follow_ups_resolve_against_the_topic(chat, turns, entry_id):
    reply = talk(chat, *turns)
    assert reply.status in (ANSWERED, UNSURE), reply
    assert reply.entry.id == entry_id, [m.entry.id for m in reply.alternatives]


def test_a_question_that_stands_on_its_own_is_not_bent_to_the_topic(chat):
    talk(chat, "what is referred pain?")
    reply = chat.respond("does poor posture cause back pain?")
    assert reply.entry.id == "posture"


def test_why_without_a_topic_is_not_answered(chat):
    assert chat.respond("why?").status == NO_MATCH


@pytest.mark.parametrize("more", ["tell me more", "more", "go on", "what else?"])
def test_tell_me_more_walks_the_related_entries_in_order(kb, chat, more):
    first = chat.respond("what is referred pain?")
    seen = [first.entry.id]
    for _ in range(2):
        reply = chat.respond(more)
        assert reply.status == ANSWERED
        assert reply.entry.id not in seen
        assert reply.entry.id in kb.entry(seen[0]).related
        seen.append(reply.entry.id)


def test_tell_me_more_never_repeats_and_ends_by_saying_so(kb, chat):
    seen = [chat.respond("what is referred pain?").entry.id]
    for _ in range(len(kb.entries)):
        reply = chat.respond("tell me more")
        if reply.status == NO_MATCH:
            assert "all the article says" in reply.answer
            break
        assert reply.entry.id not in seen
        seen.append(reply.entry.id)
    else:
        pytest.fail(f"'tell me more' never ran out: {seen}")


def test_small_talk_in_the_middle_keeps_the_topic(chat):
    talk(chat, "can magnesium cause back pain?", "thanks!")
    assert chat.respond("why?").entry.id == "digestive-cause"


def test_off_topic_follow_up_is_still_declined(chat):
    talk(chat, "can magnesium cause back pain?")
    assert chat.respond("what about kidney stones?").status == NO_MATCH
    assert chat.respond("and zinc?").status == NO_MATCH


# -- suggestions and "did you mean" ---------------------------------------------------------

@pytest.fixture
def unsure(kb_copy, add_entries, new_entry):
    """A conversation whose first question is 'unsure' between two made-up entries."""
    add_entries(new_entry(id="zebra-balm"),
                new_entry(id="zebra-balm-too", question="What is zebra balm for?",
                          answer="The second made-up answer about zebra balm."))
    chat = Conversation(load(kb_copy))
    reply = chat.respond("zebra balm")
    assert reply.status == UNSURE and reply.alternatives
    return chat, reply


@pytest.mark.parametrize("answer", ["yes", "Yes.", "yep", "ok", "1", "1)"])
def test_yes_or_one_after_did_you_mean_picks_the_first_option(unsure, answer):
    chat, reply = unsure
    picked = chat.respond(answer)
    assert picked.status == ANSWERED
    assert picked.entry.id == reply.alternatives[0].entry.id


def test_the_words_of_an_option_pick_it(unsure):
    chat, reply = unsure
    option = reply.alternatives[0].entry
    picked = chat.respond(option.question)
    assert picked.entry.id == option.id


def test_yes_without_a_did_you_mean_is_not_a_pick(chat):
    chat.respond("can magnesium cause back pain?")
    assert chat.respond("yes").status in (NO_MATCH, SMALLTALK)


@pytest.mark.parametrize("typed", ["-1", "\uff13", "1.5"])
def test_only_plain_numbers_pick_a_suggestion(chat, typed):
    chat.respond("can magnesium cause back pain?")
    assert chat.respond(typed).status == NO_MATCH


# -- safety -----------------------------------------------------------------------------------

@pytest.mark.parametrize("message, flag, level", [
    ("my back hurts and I lost control of my bladder", "bladder-bowel-control", URGENT),
    ("back pain and numbness in my groin", "saddle-numbness", URGENT),
    ("I have a fever and my lower back aches", "fever", URGENT),
    ("I fell down the stairs and now my back hurts, is it the magnesium?", "fall-or-injury",
     URGENT),
    ("back pain and I'm losing weight without trying", "weight-loss", URGENT),
    ("my leg feels numb and my back hurts", "neurological", DOCTOR),
    ("sharp back pain that won't go away", "severe-or-persistent", DOCTOR),
])
def test_red_flags_put_the_doctor_first(chat, message, flag, level):
    reply = chat.respond(message)
    assert (reply.safety.id, reply.safety.level) == (flag, level)
    assert reply.answer.startswith(reply.safety.message)
    data = json.loads(json.dumps(reply.to_dict()))
    assert data["safety"] == {"id": flag, "level": level, "reported": True}


def test_an_urgent_flag_wins_over_a_doctor_flag(chat):
    reply = chat.respond("my legs are weak and I can't control my bladder")
    assert reply.safety.level == URGENT


@pytest.mark.parametrize("message", [
    "can magnesium cause back pain?", "does magnesium help me fall asleep",
    "I fell asleep on the couch, is that why my back hurts", "what is referred pain",
    "how much water does magnesium draw into the gut",
])
def test_ordinary_questions_raise_no_flag(chat, message):
    assert chat.respond(message).safety is None


def test_a_flag_does_not_make_an_off_topic_question_answered(chat):
    reply = chat.respond("can zinc cause numbness in my hands")
    assert reply.status == NO_MATCH and reply.safety is not None
    assert reply.answer.startswith(reply.safety.message)


def test_the_answer_still_follows_the_guidance(chat):
    reply = chat.respond("my back pain is sharp since I started magnesium, can magnesium "
                         "cause back pain?")
    assert reply.safety is not None and reply.entry is not None
    assert reply.answer.endswith(reply.entry.answer)


def test_guidance_the_answer_already_gives_is_said_once(chat):
    reply = chat.respond("when should I see a doctor about numbness and back pain?")
    assert reply.entry.id == "see-a-doctor" and reply.safety.id == "neurological"
    assert reply.answer == reply.entry.answer  # no second "see a doctor" before it
    assert json.loads(json.dumps(reply.to_dict()))["safety"]["level"] == DOCTOR


def test_the_words_of_a_flag_do_not_make_the_rest_off_topic(chat):
    reply = chat.respond("I lost control of my bladder and my back hurts, is it the magnesium?")
    assert reply.safety.level == URGENT
    assert reply.status in (ANSWERED, UNSURE) and "magnesium" in reply.entry.question.lower()
    assert reply.query.startswith("I lost control")  # the message as typed
