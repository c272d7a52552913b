"""Shapes of conversations over several turns: a correction typed with a typo, a story
then a bare question about the person, a question that names one thing told before."""

from __future__ import annotations

import pytest
from helpers import talk

from bot.core.corrections import cue_spelling
from bot.core.matcher import NO_MATCH, SMALLTALK


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (["oops", "i", "ment", "oxide"], ["oops", "i", "meant", "oxide"]),
        (["i", "menat", "oxide"], ["i", "meant", "oxide"]),  # two letters swapped
        (["what", "do", "you", "mean"], ["what", "do", "you", "mean"]),  # a word of its own
        (["which", "type", "is", "best"], ["which", "type", "is", "best"]),  # not "typo"
    ],
)
def test_a_typo_of_a_correction_cue_is_read_as_the_cue(kb, typed, read):
    assert cue_spelling(typed, kb.cues.correct) == read


@pytest.mark.parametrize("typo", ["ment", "menat"])
def test_a_correction_with_a_typo_in_its_cue_still_corrects(chat, typo):
    reply = talk(chat, "can heavy lifting give me back pain", f"oops i {typo} sitting at a desk")
    assert reply.status != SMALLTALK  # a correction is never an acknowledgement
    assert reply.entry is not None and reply.entry.id == "posture"
    assert "sitting" in chat.asked and "lifting" not in chat.asked


def test_a_bare_question_about_the_person_after_a_story_reads_the_story(chat):
    reply = talk(
        chat,
        "been taking magnesium oxide every morning",
        "my belly feels swollen and my lower back aches",
        "do i need to change anything?",
    )
    assert reply.entry is not None
    assert reply.entry.id in {"glycinate", "fix-digestive-back-pain"}  # switch form, lower dose


def test_a_question_about_something_else_after_a_story_is_not_read_as_the_story(chat):
    reply = talk(chat, "i take magnesium citrate", "my back is sore", "should i buy a new car?")
    assert reply.status == NO_MATCH


def test_a_question_naming_one_thing_told_reads_that_thing(chat):
    reply = talk(
        chat,
        "i am not drinking enough water these days",
        "my lower back is stiff and i take magnesium too",
        "could the water thing explain it?",
    )
    assert reply.entry is not None and reply.entry.id == "inflammation-dehydration"


def test_not_drinking_water_is_remembered(chat):
    chat.respond("i am not drinking much water lately")
    told = dict(chat.situation.describe())
    assert "not drinking" in told.get("activities", [])


def test_thats_why_tells_it_does_not_ask(chat):
    chat.respond("my calves cramp up badly after runs")
    reply = chat.respond("thats why i began taking magnesium")
    assert reply.status == SMALLTALK  # noted and acknowledged, not answered as a question
    assert "magnesium" in dict(chat.situation.describe()).get("taking", [])


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("what is referred pain?", "it gets worse at night"),
        ("can magnesium cause back pain?", "it started a few days ago"),
    ],
)
def test_a_statement_of_what_the_last_answer_was_about_is_a_follow_up(chat, first, then):
    chat.respond(first)
    assert chat.respond(then).status != SMALLTALK  # "it" is the topic: never acknowledged


@pytest.mark.parametrize("then", ["i started citrate a few days ago", "that is what i thought"])
def test_a_statement_about_oneself_after_an_answer_still_tells(chat, then):
    chat.respond("can magnesium cause back pain?")
    assert chat.respond(then).status == SMALLTALK


def test_a_link_word_does_not_make_a_told_thing_stand_alone(chat):
    reply = talk(
        chat,
        "work has been really stressful",
        "my shoulders feel tense and sore",
        "i take magnesium glycinate before bed",
        "could the glycinate be the problem here?",
    )
    # read with the story (tension, stress), not as the plain question about glycinate
    considered = {reply.entry.id, *(m.entry.id for m in reply.alternatives)}
    assert "relaxation-not-tension" in considered


@pytest.mark.parametrize(
    ("asked", "fixed", "entry_id"),
    [
        (
            "can lifting cause back pain?",
            "not lifting, sitting. why is sitting particularly bad?",
            "posture",
        ),
        (
            "why does oxide give me cramps?",
            "not oxide, citrate. why is citrate particularly harsh?",
            "citrate",
        ),
    ],
)
def test_a_correction_then_the_question_again_is_answered_once(chat, asked, fixed, entry_id):
    # "not X, Y." corrects the last question though it asks nothing; the question after it,
    # with no answer of its own, asks the corrected question again: one answer, unnumbered
    reply = talk(chat, asked, fixed)
    assert reply.entry is not None and reply.entry.id == entry_id
    assert reply.answer == reply.entry.answer


@pytest.mark.parametrize(
    "asked",
    ["does posture cause back pain?", "what does magnesium do for nerves?"],
)
def test_a_corrected_question_no_entry_names_is_not_answered(chat, asked):
    # "treat stress": one entry is about treating (pain), another about stress; none about
    # what the person meant. Better "I don't know" than the answer about pain
    reply = talk(chat, asked, "no wait, i meant can magnesium treat stress")
    assert reply.status == NO_MATCH


def test_a_corrected_question_an_entry_names_is_answered(chat):
    reply = talk(chat, "is glycinate a laxative", "i meant citrate")
    assert reply.entry is not None and reply.entry.id == "citrate"


@pytest.mark.parametrize("dash", [" - ", " \u2013 ", " \u2014 ", "\u2014"])
def test_a_correction_with_a_question_of_its_own_after_a_dash_asks_it(chat, dash):
    # a dash of any kind ends the correction's clause as a comma does: what follows asks
    reply = talk(
        chat,
        "What is magnesium glycinate?",
        f"Sorry, I meant citrate{dash}why does it act like a laxative?",
    )
    assert reply.entry is not None and reply.entry.id == "citrate"


@pytest.mark.parametrize(
    "first, then, flag_id",
    [
        ("can posture cause back pain?", "it wakes me up at night", "night-pain"),
        ("my back aches", "it shoots down my leg", "radiating"),
        ("my back hurts", "its worse at night and wakes me up", "night-pain"),
        # "mine": their own of the pain asked about
        ("what causes lower back pain", "mine wakes me up every night around 3am", "night-pain"),
    ],
)
def test_it_after_a_message_about_pain_is_that_pain_for_red_flags(chat, first, then, flag_id):
    reply = talk(chat, first, then)
    assert reply.safety is not None and reply.safety.id == flag_id


def test_it_after_a_message_with_no_pain_raises_nothing(chat):
    assert talk(chat, "does magnesium help sleep?", "it keeps me up at night").safety is None


@pytest.mark.parametrize(
    ("first", "then", "entry"),
    [
        (
            "how does magnesium block sodium in muscles",
            "typo i ment calcium",
            "calcium-channel-blocker",
        ),
        (
            "why does magnesium oxide cause heartburn",
            "oops i meant bloating",
            "digestive-side-effects",
        ),
    ],
)
def test_a_correction_after_a_decline_puts_right_the_word_the_base_lacked(chat, first, then, entry):
    assert chat.respond(first).status == NO_MATCH
    reply = chat.respond(then)
    assert reply.entry is not None and reply.entry.id == entry


def test_a_why_question_is_not_answered_yes(chat):
    from helpers import talk

    reply = talk(chat, "why is magnesium a laxative?")
    assert reply.entry is not None and reply.entry.answer.startswith("Yes")
    assert not reply.text.startswith("Yes") and reply.text in reply.entry.answer
