"""Conversations as people hold them: a bare "how come?" after an answer is no word to
swap into the last question, and asks why even after the answer to a story; the verb a
person told what they take with ("began", "switched") is part of the story read. The
sentences are this file's own."""

from __future__ import annotations

import pytest
from helpers import talk

from bot.core.corrections import same_for
from bot.core.matcher import ANSWERED, NO_MATCH, SMALLTALK, UNSURE
from bot.core.notes import taken_how
from bot.core.question import Question


@pytest.mark.parametrize("bare", ["how come?", "how so", "ok how come", "how come tho"])
def test_a_phrase_that_asks_why_is_no_word_to_ask_the_last_question_of(chat, kb, bare):
    fixed = same_for(
        Question(bare),
        "and i feel it low in my back",
        kb.cues,
        kb.lexicon.stopwords,
        chat.situation,
    )
    assert fixed.readings == []


def test_how_come_after_the_answer_to_a_story_asks_why_of_that_answer(chat):
    told = talk(chat, "the mag makes my belly cramp", "plus i can feel it low in my back")
    assert told.entry is not None
    reply = chat.respond("how come?")
    assert reply.status in (ANSWERED, UNSURE), reply
    assert reply.entry is not None and "nerve" in reply.answer.lower()


@pytest.mark.parametrize(
    ("telling", "verb"),
    [
        ("i began magnesium glycinate on friday", "began"),
        ("started taking citrate a week back", "started"),
        ("so i switched to the oxide one", "switched"),
    ],
)
def test_the_verb_told_with_what_is_taken_is_part_of_the_story(chat, telling, verb):
    chat.respond(telling)
    assert verb in taken_how(chat.situation, chat.matcher)


@pytest.mark.parametrize(
    "telling",
    [
        "i take citrate every night",  # "take": every question may hold it
        "i had a huge dose of citrate",  # "dose": a thing, not a thing done
    ],
)
def test_words_that_tell_no_start_are_not_kept(chat, telling):
    chat.respond(telling)
    assert taken_how(chat.situation, chat.matcher) == []


def test_beside_another_cause_the_start_singles_out_nothing(chat):
    talk(chat, "started glycinate on friday", "and on saturday i lifted a heavy sofa")
    assert taken_how(chat.situation, chat.matcher) == []


@pytest.mark.parametrize("asked", ["could that be it?", "related?"])
def test_a_story_that_starts_with_the_supplement_is_read_as_back_pain_after_starting(chat, asked):
    reply = talk(chat, "started taking citrate a week back", "ever since, my low back is achy")
    assert reply.entry is not None and reply.entry.id == "back-pain-after-starting", reply
    reply = chat.respond(asked)
    assert reply.status != NO_MATCH and reply.entry is not None
    linked = ("back-pain-after-starting", "magnesium-back-pain", "is-it-the-magnesium")
    assert reply.entry.id in linked


@pytest.mark.parametrize(
    "more",
    [
        "and what else besides that?",
        "anything else apart from this",
        "ok what else then",
        "what else aside from that one",
        # what comes next in what the article tells
        "and then what happens?",
        "ok so what happens after that?",
    ],
)
def test_more_in_more_words_than_a_phrase_of_more(chat, more):
    first = chat.respond("why does my lower back usually hurt?")
    assert first.entry is not None
    reply = chat.respond(more)
    assert reply.status == ANSWERED and reply.entry is not None
    assert reply.entry.id in first.entry.related, reply


@pytest.mark.parametrize(
    "asked",
    [
        "then what is?",  # what else is: not more of the same (bot/core/stranded.py)
        "what else could cause it?",  # a word of its own
        "and is it safe?",  # "and" leads any question
        "what else besides magnesium?",  # names something
    ],
)
def test_a_question_of_its_own_does_not_ask_for_more(kb, asked):
    from bot.core.turns import asks_more

    assert not asks_more(Question(asked).normalised, kb.cues, kb.lexicon.stopwords)


def test_why_finds_the_explaining_entry_one_related_step_further(chat):
    first = chat.respond("what does mag citrate do")
    assert first.entry is not None
    reply = chat.respond("ok but why is that")
    assert reply.status == ANSWERED and reply.entry is not None, reply
    assert reply.entry.question.lower().startswith(("how", "why")), reply
    assert reply.entry.id not in first.entry.related


@pytest.mark.parametrize(
    ("first", "fix", "entry_id"),
    [
        ("Why Magnesium Glycinate Upsets The Gut", "Correction: oxide", "oxide-absorption"),
        ("is glycinate a laxative", "sorry, typo. citrate", "citrate"),
    ],
)
def test_a_correction_cue_on_its_own_leads_the_sentence_after_it(chat, first, fix, entry_id):
    reply = talk(chat, first, fix)
    assert reply.status in (ANSWERED, UNSURE) and reply.entry is not None, reply
    assert reply.entry.id == entry_id


def test_only_a_part_that_is_all_cue_is_joined(kb):
    from bot.core.turns import cues_joined, split_message

    parts = cues_joined(split_message(Question("No. Is it safe? Sorry: oxide")), kb.cues)
    assert [p.raw for p in parts] == ["No. Is it safe?", "Sorry: oxide"]


@pytest.mark.parametrize(
    ("turns", "did"),
    [
        (
            (
                "i sit at a desk all day for work, like 9 hours",
                "been taking citrate for weeks, never had any belly trouble",
                "my back is stiff. is it the citrate?",
            ),
            "posture",
        ),
        (
            (
                "i lifted heavy boxes all weekend",
                "i also take oxide, no stomach problems with it",
                "my back is killing me. is it the oxide?",
            ),
            "muscle-strain",
        ),
    ],
)
def test_is_it_the_thing_the_story_leaves_out_gets_the_storys_verdict(chat, turns, did):
    reply = talk(chat, *turns)
    assert reply.status in (ANSWERED, UNSURE) and reply.entry is not None, reply
    assert reply.entry.id == did


def test_is_it_the_thing_with_the_evidence_for_it_reads_that_thing(chat):
    reply = talk(chat, "i take oxide", "my belly cramps and my back hurts", "is it the oxide?")
    assert reply.entry is not None and "oxide" in reply.entry.question.lower(), reply


@pytest.mark.parametrize(
    "asked",
    [
        "my sister has kidney disease. should she avoid magnesium?",
        "im pregnant. must i stop taking glycinate?",
    ],
)
def test_whether_someone_must_avoid_it_asks_who_may_take_it(chat, asked):
    from bot.core import forms

    assert forms.asks_may_take(Question(asked.split(". ")[1]).normalised)
    assert chat.respond(asked).status == NO_MATCH


@pytest.mark.parametrize(
    "first", ["can mag make my muscles tight", "does mag cause muscle tension"]
)
def test_a_corrected_question_that_leaves_out_what_the_base_is_about_still_asks_of_it(chat, first):
    reply = talk(chat, first, "no sorry i mean can not having enough cause spasms")
    assert reply.entry is not None and reply.entry.id == "deficiency-spasms", reply


def test_a_corrected_question_naming_its_own_subject_is_asked_as_said(chat):
    from bot.core.corrections import main_stem, with_subject

    main, asked = main_stem(chat.matcher), "does mag cause muscle tension"
    assert with_subject(["can magnesium cause cramps"], asked, main, chat.matcher) == []
    too_little = with_subject(["can too little cause cramps"], asked, main, chat.matcher)
    assert too_little == ["can too little cause cramps mag"]


@pytest.mark.parametrize("asked", ["do doctors think so?", "do doctors actually agree it does"])
def test_a_follow_up_bringing_one_word_asks_the_topic_with_it(chat, asked):
    reply = talk(chat, "could mag give you back pain", asked)
    assert reply.status == ANSWERED and reply.entry is not None, reply
    assert reply.entry.id == "direct-cause"


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("is glycinate easier on the gut", "is it expensive"),
        ("is magnesium a laxative", "is it addictive"),
        ("can stress cause back pain", "does yoga help with that"),
    ],
)
def test_a_follow_up_bringing_a_word_no_entry_goes_on_with_is_declined(chat, first, then):
    assert talk(chat, first, then).status == NO_MATCH


def test_what_about_after_a_declined_question_asks_that_question_of_it(chat):
    assert chat.respond("can magnesium help me sleep").status == NO_MATCH
    reply = chat.respond("ok what about anxiety then")
    assert reply.status == NO_MATCH, reply  # whether it helps anxiety: the article says not
    assert chat.asked == "can magnesium help me anxiety"


def test_what_about_after_a_declined_question_is_answered_when_that_reading_is(chat):
    assert chat.respond("can magnesium help me sleep").status == NO_MATCH
    reply = chat.respond("what about headaches?")
    assert reply.status == ANSWERED and reply.entry is not None, reply
    assert reply.entry.id == "magnesium-for-pain"


def test_a_word_of_no_kind_asked_stands_for_the_nearest_in_meaning(chat, kb):
    fixed = same_for(
        Question("what about anxiety"),
        "does glycinate help with sleep",
        kb.cues,
        kb.lexicon.stopwords,
        chat.situation,
    )
    assert fixed.readings == ["does glycinate help with anxiety"]


def _corrected(chat, kb, asked: str, fix: str):
    from bot.core.corrections import corrected_questions

    said = Question(fix)
    return corrected_questions(
        said, asked, kb.cues, kb.lexicon.stopwords, chat.situation, chat.follow.distinct
    )


def test_a_correction_before_its_question_also_corrects_the_last_question_where_it_fits(chat, kb):
    fixed = _corrected(
        chat, kb, "is the ache from posture real", "no i meant from citrate, is that ache real"
    )
    assert fixed.readings == ["is from citrate ache real"]  # its own question, asked first
    assert "is the ache from citrate real" in fixed.fallback  # "from" says where it goes


def test_its_own_question_answered_the_corrected_last_one_is_not_asked(chat):
    reply = talk(chat, "is glycinate a laxative", "wait no i meant oxide, why is that one worse")
    assert reply.entry is not None and reply.entry.id == "oxide-absorption", reply


def test_nothing_saying_where_a_correction_goes_it_is_not_put_anywhere(chat, kb):
    fixed = _corrected(
        chat, kb, "does sitting make my back ache", "i mean magnesium, does that make it ache"
    )
    assert fixed.readings == ["does magnesium make it ache"] and not fixed.fallback


def test_a_supplement_started_for_a_symptom_tells_no_onset(chat):
    chat.respond("i started glycinate for my sore back")
    assert taken_how(chat.situation, chat.matcher) == []


@pytest.mark.parametrize(
    ("said", "own"),
    [("and when should i worry", True), ("and for anxiety?", False), ("what about kids", False)],
)
def test_a_leaning_message_may_ask_its_own_question(kb, said, own):
    from bot.core.corrections import asks_of_its_own

    assert asks_of_its_own(Question(said), kb.cues) is own


def test_its_own_question_after_a_decline_is_read_alone(chat):
    assert chat.respond("can magnesium help me sleep").status == NO_MATCH
    reply = chat.respond("and when should i see a doctor about my back?")
    assert reply.entry is not None and reply.entry.id == "see-a-doctor", reply


def test_a_question_whose_verb_asks_of_the_story_reads_the_whole_story(chat):
    reply = talk(
        chat,
        "my back keeps spasming",
        "blood test says my magnesium is low",
        "would supplements help?",
    )
    assert reply.status == ANSWERED and reply.entry is not None, reply
    assert reply.entry.id == "deficiency-spasms"


@pytest.mark.parametrize("asked", ["would physio help?", "would a heating pad help?"])
def test_a_question_naming_what_no_answer_to_the_story_holds_stays_declined(chat, asked):
    reply = talk(chat, "my back keeps spasming", "blood test says my magnesium is low", asked)
    assert reply.status == NO_MATCH


def test_what_that_means_for_something_is_not_answered_far_from_the_answer(chat):
    first = chat.respond("how does magnesium act on nmda receptors")
    assert first.entry is not None and first.entry.id == "nmda-receptors"
    reply = chat.respond("ok what does that mean for my back pain")
    assert reply.status == ANSWERED and reply.entry is not None, reply
    assert reply.entry.id == "central-sensitization"  # its explanation, not common causes


@pytest.mark.parametrize("asked", ["should i see someone", "should i see someone about it"])
def test_a_question_is_no_way_of_saying_ok(chat, asked):
    reply = chat.respond(asked)
    assert reply.status != SMALLTALK, reply


@pytest.mark.parametrize(
    ("said", "talk_id"), [("i see", "acknowledge"), ("what's up", "how-are-you")]
)
def test_small_talk_said_as_such_is_small_talk(chat, said, talk_id):
    reply = chat.respond(said)
    assert reply.status == SMALLTALK and reply.smalltalk_id == talk_id


@pytest.mark.parametrize(
    "told", ["my doctor said to take it for cramps", "i use them to ease my leg cramps"]
)
def test_what_it_is_taken_for_is_no_symptom_to_explain(chat, told):
    chat.respond("how does magnesium relax muscles")
    reply = chat.respond(told)
    assert reply.status == SMALLTALK, reply  # noted, not answered as cramps it brought on
    assert chat.situation.taken_for and not chat.situation.phrases(("symptoms",))


def test_what_it_is_taken_for_is_a_story_a_question_leans_on(chat):
    chat.respond("the doc said to take it for my cramps")
    assert chat.situation  # something was told
    reply = chat.respond("how does it help?")
    assert reply.status != SMALLTALK and reply.entry is not None, reply


def test_a_word_brought_is_not_taken_far_from_the_topic(chat):
    reply = talk(chat, "can bad posture give me back pain", "how do i fix my posture")
    assert reply.entry is None or reply.entry.id != "fix-digestive-back-pain", reply


@pytest.mark.parametrize(
    "shift",
    ["By the way,", "On a completely different note,", "Okay, totally separate topic:"],
)
def test_a_story_told_after_a_shift_is_what_its_question_asks_of(chat, shift):
    reply = talk(
        chat,
        "is poor posture bad for the back",
        f"{shift} my mum's on citrate and feels sick and bloated. What causes that?",
    )
    assert reply.status == ANSWERED
    assert reply.entry is not None and reply.entry.id == "digestive-side-effects"


@pytest.mark.parametrize(
    "said",
    [
        "im breastfeeding my baby is it ok to keep taking it",
        "my daughter is only eight can she have it",
    ],
)
def test_who_may_take_it_run_on_to_who_they_are_is_declined_not_acknowledged(chat, said):
    reply = talk(chat, "is magnesium oxide a laxative", said)
    assert reply.status == NO_MATCH


@pytest.mark.parametrize(
    ("last", "fix", "asked"),
    [
        (
            "is glycinate gentler than citrate",
            "wait, wrong way round: is citrate gentler than glycinate",
            "is citrate gentler than glycinate",
        ),
        ("does citrate cause cramps", "no hang on, is it a laxative?", "is citrate a laxative"),
    ],
)
def test_a_whole_question_after_a_cue_and_an_aside_is_asked_instead(chat, kb, last, fix, asked):
    fixed = _corrected(chat, kb, last, fix)
    assert fixed.readings == [asked] and fixed.whole


@pytest.mark.parametrize(
    "fix",
    [
        "wait, since monday, is it worse?",  # the aside tells when
        "sorry, my stomach too, is that normal?",  # ... of the person
        "no, the citrate one, is it worse?",  # ... names a word of the last question
        "wait, hmm",  # asks nothing after it
        "sorry, glycinate. is it worse?",  # names what tells entries apart: what was meant
    ],
)
def test_an_aside_that_tells_or_swaps_is_no_aside(chat, kb, fix):
    fixed = _corrected(chat, kb, "does citrate cause cramps", fix)
    assert not fixed.whole or fixed.readings != ["is citrate worse"]


def test_the_question_after_the_aside_is_answered(chat):
    reply = talk(
        chat,
        "why is glycinate harder on the gut than oxide",
        "oh wait backwards lol, why is oxide harder on the gut than glycinate",
    )
    assert reply.entry is not None and reply.entry.id == "oxide-absorption", reply


@pytest.mark.parametrize(
    "opening",
    ["totally unrelated question:", "completely different question:", "new topic though:"],
)
def test_a_sentence_of_shift_words_alone_opens_the_question_after_it(chat, opening):
    reply = talk(chat, "is citrate a laxative", f"{opening} can lifting hurt my back?")
    assert reply.entry is not None and reply.entry.id == "muscle-strain", reply
    assert not reply.text.startswith("You asked"), reply.text  # one question, not two


@pytest.mark.parametrize("shift", ["Moving on —", "ok. totally different:", "next question:"])
def test_a_question_after_words_that_change_the_subject_is_read_alone(chat, shift):
    chat.respond("What is central sensitization exactly?")
    reply = chat.respond(f"{shift} what should I do if magnesium citrate is giving me a back ache?")
    assert reply.entry is not None and reply.entry.id == "fix-digestive-back-pain"


def test_what_about_another_cause_after_a_question_of_one_asks_it_of_that_cause(chat):
    chat.respond("can anxiety cause back pain?")
    reply = chat.respond("what about inflammation?")
    assert reply.entry is not None and reply.entry.id == "inflammation-dehydration"
