"""Readings added in the round of set 33. The sentences are this file's own."""

from __future__ import annotations

import pytest
from helpers import talk

from bot.core import ties
from bot.core.conversation import Conversation
from bot.core.corrections import resolve
from bot.core.loader import load
from bot.core.matcher import ANSWERED, UNSURE, Match, Matcher
from bot.core.text import plainer_words, without_post_label

REFER = frozenset(("it", "that", "this", "they", "them"))


@pytest.fixture(scope="module")
def shipped():
    return Matcher(load(None))


def chat(shipped):
    return Conversation(shipped.kb, matcher=shipped)


# -- "what should I do?" after an answer that was advice --------------------------------------


def test_what_to_do_after_a_sign_answered_with_the_doctor_words_gives_them_again(shipped):
    reply = talk(
        chat(shipped),
        "is magnesium bad for your back",
        "the pain has become debilitating and I can't get to work",
        "what should i do",
    )
    assert reply.status == ANSWERED
    assert reply.entry is not None and reply.entry.id == "see-a-doctor"


def test_what_to_do_after_the_see_a_doctor_answer_gives_that_advice_again(shipped):
    reply = talk(chat(shipped), "when should I see a doctor about back pain?", "what should i do")
    assert reply.status == ANSWERED
    assert reply.entry is not None and reply.entry.id == "see-a-doctor"
    assert "medical consultation" in reply.answer


def test_what_to_do_after_an_answer_that_was_no_advice_is_not_that_answer(shipped):
    reply = talk(chat(shipped), "what is referred pain?", "what should i do")
    assert reply.entry is None or reply.entry.id != "referred-pain"


# -- entries tied: the one asked how to stop a thing answers "how do I get rid of it?" --------


def _tied(shipped, first: str, second: str) -> list[Match]:
    return [Match(shipped.kb.entry(first), 61.0), Match(shipped.kb.entry(second), 59.5)]


def test_a_way_to_end_a_thing_asked_is_answered_by_the_tied_entry_that_gives_one(shipped):
    query = shipped.analyse("what can a person do to get rid of back discomfort from magnesium?")
    top = _tied(shipped, "back-pain-after-starting", "fix-digestive-back-pain")
    assert ties.remedy_asked(shipped, query, top, 4.0) == 1


def test_whether_a_thing_stops_something_asks_no_way_to_end_it(shipped):
    query = shipped.analyse("does magnesium stop cramps?")
    top = _tied(shipped, "magnesium-for-pain", "fix-digestive-back-pain")
    assert ties.remedy_asked(shipped, query, top, 4.0) is None


def test_a_why_question_is_answered_by_no_way_to_end_it(shipped):
    query = shipped.analyse("why did my back start hurting after magnesium?")
    top = _tied(shipped, "back-pain-after-starting", "fix-digestive-back-pain")
    assert ties.remedy_asked(shipped, query, top, 4.0) is None


def test_does_magnesium_stop_cramps_stays_as_it_was(shipped):
    assert shipped.match("does magnesium stop cramps").status == UNSURE


# -- a verb after its adverb names no kind of the next word's thing ---------------------------


def test_a_verb_after_an_adverb_is_no_kind_of_the_thing_after_it(shipped):
    result = shipped.match("doctors generally regard magnesium as a cause of back pain?")
    assert "magnesium" not in result.query.unknown
    assert result.status == ANSWERED and result.best.entry.id == "direct-cause"


def test_a_kind_the_base_lacks_is_still_one(shipped):
    result = shipped.match("does goat milk cause back pain?")
    assert "goat" in result.query.unknown and result.status == "no_match"


# -- a short question with no word of its own, asked of the last answer -----------------------


@pytest.mark.parametrize(
    ("first", "then", "entry", "said"),
    [
        ("can a bulging disc cause pain?", "anywhere else?", "herniated-disc", "legs"),
        ("is bad posture a cause of back pain", "when, though?", "posture", "sitting"),
    ],
)
def test_a_bare_question_after_an_answer_gets_the_articles_words_behind_it(
    shipped, first, then, entry, said
):
    reply = talk(chat(shipped), first, then)
    assert reply.status == ANSWERED and reply.entry is not None and reply.entry.id == entry
    assert said in reply.answer


@pytest.mark.parametrize("then", ["what about for my teenage son?", "how long?"])
def test_a_short_question_naming_someone_or_an_aspect_is_not_the_last_answer(shipped, then):
    reply = talk(chat(shipped), "is bad posture a cause of back pain", then)
    assert reply.status == "no_match"


# -- a correction's "it" with nothing in common to align on: the thing last asked of ----------


def test_it_in_a_whole_new_question_is_what_the_last_question_asked_of(shipped):
    asked = resolve("what causes it", "how do i get rid of back pain from magnesium", REFER)
    assert asked == "what causes back pain from magnesium"


def test_it_never_stands_for_the_person_asking():
    asked = resolve("what causes it", "how do i fix my posture", REFER)
    assert asked.split()[-1] != "i"


def test_a_correction_asking_the_cause_instead_of_the_fix_gets_the_cause(shipped):
    reply = talk(
        chat(shipped),
        "how do i get rid of back pain from magnesium",
        "sorry, i mean what causes it",
    )
    assert reply.status == ANSWERED and reply.entry.id == "digestive-cause"


def test_a_pointer_with_its_noun_stands_for_nothing_asked_before():
    asked = resolve("what's a calcium channel blocker in this context", "what is nmda", REFER)
    assert "nmda" not in asked


def test_it_after_what_is_x_is_x():
    asked = resolve("why does magnesium help stop it", "what is central sensitization", REFER)
    assert asked == "why does magnesium help stop central sensitization"


# -- a forum post's or an e-mail's label before its subject line ------------------------------


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Title: oxide giving me grief", "oxide giving me grief"),
        ("Re: magnesium and back pain", "magnesium and back pain"),
        ("subject - is it the magnesium?", "is it the magnesium?"),
        ("Retinol: does it cause back pain?", "Retinol: does it cause back pain?"),
        ("Remember: I take oxide", "Remember: I take oxide"),
        ("re-reading the article, is oxide worse?", "re-reading the article, is oxide worse?"),
    ],
)
def test_a_post_label_is_no_part_of_what_is_asked(typed, read):
    assert without_post_label(typed) == read


def test_a_labelled_post_is_answered_as_its_text(shipped):
    text = "Magnesium and back pain: is there real evidence magnesium directly causes it?"
    plain = chat(shipped).respond(text)
    labelled = chat(shipped).respond(f"Re: {text}")
    assert (labelled.status, labelled.entry) == (plain.status, plain.entry)


# -- "what should I do?" right after a sign told ----------------------------------------------


@pytest.mark.parametrize(
    "turns",
    [
        ("can magnesium citrate hurt my back", "i've lost a lot of weight without trying"),
        ("my leg went numb yesterday",),
    ],
)
def test_what_to_do_right_after_a_sign_is_the_articles_doctor_words(shipped, turns):
    reply = talk(chat(shipped), *turns, "what do i do now?")
    assert reply.status == ANSWERED and reply.entry.id == "see-a-doctor"


def test_a_deed_of_its_own_after_a_sign_is_asked_as_it_is(shipped):
    reply = talk(chat(shipped), "there's tingling down my leg now", "should i stop the magnesium?")
    assert reply.entry is not None and reply.entry.id != "see-a-doctor"


@pytest.mark.parametrize(
    ("question", "previous", "resolved"),
    [
        # "the one" of kinds to choose from is no pointer at the last question's words
        (
            "why is oxide the one people say is worse",
            "does glycinate give you back pain through the laxative thing",
            "why is oxide the one people say is worse",
        ),
        # "that" after the auxiliary that opens the question is its subject, a pronoun
        ("does that cause cramps", "why does oxide hurt my back", "does oxide cause cramps"),
    ],
)
def test_which_pointers_stand_for_the_last_questions_words(question, previous, resolved):
    assert resolve(question, previous, REFER | {"one"}) == resolved


# -- plainer words asked for, however said -----------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("what does that mean in normal words", "what does that mean in plain words"),
        ("say it in everyday language pls", "say it in plain words pls"),
        ("what does that mean in medical terms", "what does that mean in medical terms"),
    ],
)
def test_plainer_words_asked_for_are_said_as_the_cues_say_them(typed, read):
    assert plainer_words(typed) == read


def test_the_last_answer_in_normal_words_is_what_it_means(shipped):
    reply = talk(chat(shipped), "what are nmda receptors?", "can you say that in everyday language")
    assert reply.status == ANSWERED and reply.entry is not None
