"""Corrections as people type them: a closing "typo" after what they meant, the question
meant said after "whether" or "if", and a modifier swapped on the word it qualifies
("sorry, HIGH doses"). The sentences are this file's own."""

from __future__ import annotations

import pytest
from helpers import talk

from bot.core.corrections import corrected_questions, correction
from bot.core.matcher import ANSWERED
from bot.core.question import Question
from bot.core.text import stem


def _correction(kb, said: str, asked: str):
    """`said` read as a correction of the question `asked`, with the shipped base's cues."""
    return correction(Question(said), asked, kb.cues, kb.lexicon.stopwords)


def _fixed(chat, kb, asked: str, fix: str):
    return corrected_questions(
        Question(fix), asked, kb.cues, kb.lexicon.stopwords, chat.situation, chat.follow.distinct
    )


@pytest.mark.parametrize(
    ("fix", "instead"),
    [
        ("i meant the stomach, typo", ("the", "stomach")),
        ("stomach i meant, typo", ("stomach",)),
        ("i mean stomach. typo sorry", ("stomach",)),
    ],
)
def test_a_cue_that_closes_a_correction_is_no_word_of_what_was_meant(kb, fix, instead):
    found = correction(Question(fix), "why does the colon cramp", kb.cues, kb.lexicon.stopwords)
    assert found is not None and found.instead == instead


def test_a_closing_typo_cue_still_lets_the_corrected_question_be_answered(chat):
    reply = talk(chat, "when is neck pain a reason to see a doctor", "i meant back pain, typo")
    assert reply.status == ANSWERED and reply.entry is not None
    assert reply.entry.id == "see-a-doctor", reply


@pytest.mark.parametrize(
    ("fix", "question"),
    [
        ("sorry, i was asking whether it eases migraines", "does magnesium eases migraines"),
        ("no i meant if it is good for cramps", "is magnesium good for cramps"),
        (
            "i wanted to ask if magnesium citrate can upset the gut",
            "can magnesium citrate upset the gut",
        ),
    ],
)
def test_a_question_said_after_whether_or_if_is_asked_in_its_order(kb, fix, question):
    found = correction(
        Question(fix), "does magnesium cause migraines", kb.cues, kb.lexicon.stopwords
    )
    assert found is not None and found.question == question


def test_whether_with_its_verb_last_keeps_the_last_questions_words(chat, kb):
    fixed = _fixed(chat, kb, "can oxide cause cramps", "i meant whether citrate can")
    assert fixed.readings[:1] == ["can citrate cause cramps"]


def test_asked_whether_it_helps_is_answered_as_asked(chat):
    reply = talk(
        chat, "does magnesium give you migraines", "no, i was asking whether it helps migraines"
    )
    assert reply.status == ANSWERED and reply.entry is not None
    assert "headache" in reply.answer.lower() or "migraine" in reply.answer.lower(), reply


@pytest.mark.parametrize(
    ("asked", "fix", "reading"),
    [
        (
            "why do small doses upset the gut",
            "sorry LARGE doses",
            "why do large doses upset the gut",
        ),
        (
            "why does my upper back ache on magnesium",
            "oops lower back",
            "why does my lower back ache on magnesium",
        ),
        # a noun for a noun that names a kind of the same thing
        ("can a bad disc cause arm pain", "typo - leg pain", "can a bad disc cause leg pain"),
    ],
)
def test_a_modifier_corrected_on_its_word_stands_where_the_old_one_did(
    chat, kb, asked, fix, reading
):
    assert _fixed(chat, kb, asked, fix).readings[:1] == [reading]


def test_a_word_that_is_no_modifier_is_not_swapped_for_one(chat, kb):
    # "cause" before "back" is a verb: "lower" does not stand in for it
    fixed = _fixed(chat, kb, "can magnesium cause back pain", "sorry, lower back")
    assert "can magnesium lower back pain" not in fixed.readings


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (
            ["no", "i", "want", "to", "say", "glycinate"],
            ["no", "i", "wanted", "to", "say", "glycinate"],
        ),
        (
            ["i", "want", "to", "ask", "about", "oxide"],
            ["i", "wanted", "to", "ask", "about", "oxide"],
        ),
    ],
)
def test_a_cue_said_in_another_tense_is_read_as_the_cue(kb, typed, read):
    from bot.core.corrections import cue_spelling

    assert cue_spelling(typed, kb.cues.correct) == read


def test_a_correction_in_the_present_tense_corrects(chat):
    reply = talk(chat, "does dehydration hurt the muscles", "no, i want to say the discs")
    assert reply.status == ANSWERED and reply.entry is not None
    assert "disc" in reply.answer.lower(), reply


def test_a_correction_then_a_question_that_points_at_it_is_one_correction(chat):
    """ "i meant dehydration. does that affect the spine?": "that" is the word put right."""
    reply = talk(
        chat,
        "does hydration affect back pain?",
        "sorry typo, i meant DEhydration. does that affect the spine?",
    )
    assert reply.status == ANSWERED and reply.entry is not None
    # one answer, of the word put right (not "1. does that affect the spine?" of posture)
    assert "dehydration" in reply.entry.answer.lower(), reply
    assert not reply.answer.lower().startswith(chat.kb.settings.several.lower()[:12]), reply


def test_a_correction_of_a_word_tells_nothing_of_the_person(chat):
    talk(chat, "does hydration affect back pain?", "sorry typo, i meant DEhydration")
    assert chat.situation.describe() == []  # no "dehydrated" in what they told


def test_a_correction_that_tells_what_they_take_is_heard(chat):
    talk(chat, "can citrate hurt my back", "wait, i take oxide, not citrate")
    assert "oxide" in chat.situation.phrases()


def test_a_claim_put_to_the_bot_is_no_part_of_the_story(chat):
    chat.respond("My coach says magnesium blocks NMDA receptors.")
    assert chat.situation.describe() == []


@pytest.mark.parametrize(
    ("first", "fix", "entry"),
    [
        (
            "how does oxide affect the colon",
            "actually scratch that, the stomach",
            "oxide-absorption",
        ),
        ("is oxide absorbed well", "let me rephrase: is glycinate absorbed well", "glycinate"),
        (
            "does magnesium cause inflammation",
            "i should have said dehydration",
            "inflammation-dehydration",
        ),
    ],
)
def test_more_ways_of_taking_a_word_back_correct_it(chat, first, fix, entry):
    chat.respond(first)
    reply = chat.respond(fix)
    assert reply.status == ANSWERED and reply.entry is not None
    assert reply.entry.id == entry


@pytest.mark.parametrize("text", ["what is magnesium meant to help with", "whats it meant to do"])
def test_meant_to_is_what_a_thing_is_for_not_a_correction(chat, text):
    # read as a correction with nothing before it, "to help with" was all it asked (small
    # talk's "help"), and the reply failed; it asks what magnesium is for
    reply = chat.respond(text)
    assert reply.status == ANSWERED and reply.entry is not None


@pytest.mark.parametrize(
    "fix",
    [
        "wait I take glycinate not citrate, does that one do it too?",
        "i take glycinate not citrate, does it do that too",
    ],
)
def test_a_correction_then_a_question_of_nothing_else_asks_the_last_one_again(chat, fix):
    # "does that one do it too?" names nothing of its own: the last question, of glycinate
    chat.respond("is magnesium citrate a laxative that can make my back hurt")
    reply = chat.respond(fix)
    assert reply.status == ANSWERED and reply.entry is not None
    assert reply.entry.id == "glycinate"


def test_a_number_said_again_corrects_the_number_of_the_last_question(chat):
    # "i think" says how sure, not who: no story told, a correction
    chat.respond("is magnesium part of 30 reactions in the body")
    reply = chat.respond("oops, 300 i think")
    assert reply.status == ANSWERED and reply.entry is not None
    assert reply.entry.id == "cofactor"


def test_meant_to_ask_still_corrects(chat):
    chat.respond("is glycinate a laxative")
    reply = chat.respond("i meant to ask about oxide")
    assert reply.status == ANSWERED and "oxide" in reply.text


def test_a_correction_that_narrows_the_thing_meant_is_asked_of_it(chat):
    # "foot cramps" the article never names; the cramps of a shortage it does: the thing
    # said again, with what makes it the one meant, stands in place of its other kind
    reply = talk(chat, "what causes foot cramps", "i mean cramps from low magnesium")
    assert reply.status == ANSWERED and reply.entry is not None
    assert reply.entry.id == chat.matcher.match("cramps from low magnesium").best.entry.id


def test_an_everyday_word_a_correction_brings_need_not_be_named_by_its_answer(chat):
    # "act" names nothing the answer must hold: the channels it does
    reply = talk(
        chat,
        "how does calcium block magnesium",
        "other way round, i mean how does magnesium act on calcium channels",
    )
    assert reply.status == ANSWERED and "calcium channel" in reply.text


def test_x_not_y_before_a_question_corrects_the_last_one_and_asks(chat, kb):
    fix = _correction(
        kb,
        "hang on, i use glycinate not citrate, why is glycinate gentler?",
        "does citrate upset the stomach",
    )
    assert fix is not None and fix.question == "why is glycinate gentler"
    assert "glycinate" in fix.instead and fix.wrong == (stem("citrate"),)
    reply = talk(
        chat,
        "does magnesium citrate give you cramps",
        "hang on i take oxide not citrate, why would oxide be worse?",
    )
    assert reply.status == ANSWERED and "oxide" in reply.text.lower()


def test_a_word_that_only_asks_how_is_no_word_the_answer_must_name(chat):
    # "the mechanism" asks how, as "how" does: the answer on how need not say "mechanism"
    reply = talk(
        chat,
        "How much water does magnesium pull into your gut?",
        "no, i meant HOW does it pull water into the gut - the mechanism",
    )
    how = chat.matcher.match("how does magnesium pull water into the gut").best.entry
    assert reply.status == ANSWERED and reply.entry == how


def test_a_phrase_meant_stands_for_the_phrase_asked_modifier_and_all(chat, kb):
    # "muscle cramps" for "nerve pain": "muscle" stands where "nerve" did, not beside it
    fixed = _fixed(chat, kb, "does magnesium help nerve pain", "wait i meant muscle cramps")
    assert "does magnesium help muscle cramps" in fixed.readings


def test_a_correction_bringing_several_words_is_answered_by_one_holding_all_but_one(chat):
    # "lifting injuries, like muscle strain": the strain entry never says "injuries"
    chat.respond("how does a herniated disc cause pain?")
    reply = chat.respond("oops meant to ask about lifting injuries, like muscle strain")
    assert reply.status == ANSWERED and reply.entry.id == "muscle-strain"


def test_a_correction_whose_telling_word_no_answer_holds_is_still_declined(chat):
    # of three words brought in, the one that tells ("anxiety") is the one no answer holds
    chat.respond("can stress cause back tension")
    reply = chat.respond("no wait i meant can magnesium treat anxiety itself")
    assert reply.status != ANSWERED or reply.entry.id != "magnesium-for-pain"


def test_a_whole_question_meant_then_what_it_is_not_asks_the_question_alone(kb, chat):
    """ "i meant can it cause back problems, not headaches": what it is not, said apart
    after the question, is no part of what is asked."""
    found = _correction(
        kb, "i meant can it cause back problems, not headaches", "can stress cause headaches"
    )
    assert found is not None and found.question == "can stress cause back problems"
    fix = "i meant can it cause back pain, not headaches"
    reply = talk(chat, "can stress cause headaches", fix)
    assert reply.status == ANSWERED and reply.entry is not None
    assert reply.entry.id == "stress-anxiety", reply


@pytest.mark.parametrize(
    ("fix", "asked", "instead", "wrong"),
    [
        # the words that open a correction are not what was meant
        ("wait not sleep, spasms", "does magnesium help with sleep", ("spasms",), ("sleep",)),
        ("hold on, no, not the colon, the gut", "why does the colon cramp", ("the", "gut"), None),
    ],
)
def test_the_words_opening_a_correction_are_no_part_of_it(kb, fix, asked, instead, wrong):
    found = _correction(kb, fix, asked)
    assert found is not None and found.instead == instead
    if wrong is not None:
        assert found.wrong == tuple(stem(w) for w in wrong)


def test_what_is_not_meant_said_apart_before_the_cue_is_what_it_corrects(chat, kb):
    asked = "what's the link between magnesium and anxiety"
    found = _correction(kb, "sorry, not anxiety, i meant the link to sleep", asked)
    assert found is not None and found.wrong == (stem("anxiety"),)
    readings = _fixed(chat, kb, asked, "sorry, not anxiety, i meant the link to sleep").readings
    assert readings[0] == "whats the link between magnesium and sleep"


@pytest.mark.parametrize(
    ("asked", "fix"),
    [
        # what is not meant is no part of the question asked after it
        (
            "why does magnesium oxide cause cramps",
            "no i meant citrate not oxide, is it a laxative too",
        ),
        # "that" asked after a correction is the correction, not the word taken back
        (
            "can glycinate upset my stomach",
            "oh wait, i'm on citrate not glycinate, does that change anything?",
        ),
    ],
)
def test_a_question_asked_beside_what_is_not_meant_is_of_what_is_meant(chat, asked, fix):
    reply = talk(chat, asked, fix)
    assert reply.status == ANSWERED and reply.entry is not None
    assert reply.entry.id == "citrate", reply


@pytest.mark.parametrize(
    "fix", ["no, I take oxide", "actually no, it's magnesium oxide I take", "actually I'm on oxide"]
)
def test_saying_what_one_takes_instead_corrects_the_last_question(chat, fix):
    reply = talk(chat, "why does magnesium glycinate cause cramping", fix)
    assert reply.status == ANSWERED and reply.entry is not None
    assert reply.entry.id == "oxide-absorption", reply


def test_what_one_takes_told_after_a_question_of_nothing_taken_is_told(chat):
    # no form in the last question to put it in place of: the situation, acknowledged
    reply = talk(chat, "can poor posture cause back pain", "sorry, I take oxide")
    assert reply.entry is None


def test_a_question_after_a_mended_degree_points_at_the_last_questions_things(kb):
    # "less sensitive" mends how the nerves were said to be; "it" and "them" are still
    # magnesium and the nerves
    found = correction(
        Question("sorry, less sensitive I mean - does it calm them?"),
        "does magnesium make nerves more sensitive",
        kb.cues,
        kb.lexicon.stopwords,
    )
    assert found is not None and found.question == "does magnesium calm nerves"


def test_a_correction_asking_how_it_affects_a_thing_is_answered_of_that_thing(chat):
    # "affect" frames what is asked: the answer names calcium and muscles, what was meant
    reply = talk(
        chat,
        "what does magnesium do to nmda",
        "typo, i meant how does it affect calcium in muscles",
    )
    assert reply.status == ANSWERED and reply.entry is not None
    assert reply.entry.id == "calcium-channel-blocker", reply.entry.id
