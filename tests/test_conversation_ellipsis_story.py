"""Conversations as people type them: a report with its "i" left out, a correction that
names its subject beside a new question, and "when would it be a problem?" about the last
answer. The sentences are this file's own."""

from __future__ import annotations

import pytest
from helpers import talk

from bot.core.conversation import NOTED
from bot.core.matcher import ANSWERED, SMALLTALK
from bot.core.turns import drops_subject


@pytest.mark.parametrize(
    ("words", "dropped"),
    [
        ("started magnesium last week", True),
        ("switched to glycinate", True),
        ("so stopped the citrate", True),  # after a word that only leads in
        ("been taking oxide for a while", True),
        ("take it at night", False),  # a command, not a report
        ("bloated all day", False),  # a participle that describes
        ("caused by the pills", False),  # asks for a link
        ("speed matters", False),  # "ed" but no past
        ("magnesium started it", False),  # a subject of its own
    ],
)
def test_a_report_with_its_i_left_out(kb, words, dropped):
    assert drops_subject(words.split(), kb.cues) is dropped


@pytest.mark.parametrize(
    "report", ["started glycinate for sleep", "switched to citrate a few weeks ago"]
)
def test_a_report_without_i_is_acknowledged_as_telling(chat, report):
    reply = chat.respond(report)
    assert reply.status == SMALLTALK and reply.smalltalk_id == NOTED, reply
    assert chat.situation.phrases()  # what they take is remembered


def test_a_report_without_i_keeps_the_story_for_the_question(chat):
    reply = talk(
        chat,
        "work has been really stressful lately",
        "started magnesium to relax",
        "my back feels so tense all the time, why?",
    )
    assert reply.entry is not None and reply.entry.id == "stress-anxiety", reply


def test_a_question_with_a_past_verb_is_still_a_question(chat):
    reply = chat.respond("started magnesium, could that cause back pain?")
    assert reply.status != SMALLTALK


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # the words said are what the question asks about: asked with them
        ("oops i meant posture, what does the article say", "what does the article say posture"),
        # a pointer still stands for them
        ("i meant oxide, why is it worse", "why is oxide worse"),
    ],
)
def test_a_correction_beside_a_question_is_what_it_asks_about(kb, text, question):
    from bot.core.corrections import correction

    fix = correction(text, "can stress cause back pain", kb.cues, kb.lexicon.stopwords)
    assert fix is not None and fix.question == question


@pytest.mark.parametrize(
    ("asked", "fixed", "entry_id"),
    [
        ("can stress cause back pain", "no i meant posture, what does the article say", "posture"),
        (
            "can caffeine cause back pain",
            "oops i meant NMDA receptors, what does magnesium do",
            "nmda-receptors",
        ),
        (
            "is zinc a laxative",
            "no i meant referred pain, what causes the feeling",
            "referred-pain",
        ),
    ],
)
def test_a_correction_beside_a_question_answers_what_was_meant(chat, asked, fixed, entry_id):
    reply = talk(chat, asked, fixed)
    assert reply.entry is not None and reply.entry.id == entry_id, reply


@pytest.mark.parametrize(
    ("question", "points"),
    [
        ("does it stay in the back", True),
        ("when would it become a problem", True),
        ("where does that show up", True),
        ("why would it hurt", False),  # a reason, explained elsewhere
        ("when would magnesium be a problem", False),  # names its own subject
    ],
)
def test_it_right_after_the_opening_words_is_what_is_asked_of(kb, question, points):
    from bot.core.followup import points_after_opening

    assert points_after_opening(question.split(), kb.cues) is points


def test_when_would_it_matter_asks_of_the_last_answer(kb, chat):
    chat.respond("do I need a doctor for back pain")
    reply = chat.respond("right, and when would it become a problem")
    assert reply.entry is not None and reply.entry.id == "see-a-doctor", reply
    assert reply.text.startswith(kb.settings.no_more_said)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("ok so should i switch", "should i switch"),
        ("yeah, when would it matter?", "when would it matter?"),
        ("hmm ok how come", "how come"),
        ("oops, oxide", "oops, oxide"),  # a correction keeps its cue
        ("right side hurts", "right side hurts"),  # no interjection: a statement
        ("ok thanks", "ok thanks"),  # nothing asked after it
        ("no i meant oxide", "no i meant oxide"),
        # the sentences after keep their marks, as typed
        ("ok so, Is oxide harsh? I ask as I buy more", "Is oxide harsh? I ask as I buy more"),
        ("hmm... why does citrate work", "why does citrate work"),
        # the questions counted, and the first named, before the first is asked
        ("okay two things, first why is oxide bad", "why is oxide bad"),
        ("a couple of questions: is it safe?", "is it safe?"),
        ("first of all, does it cause cramps", "does it cause cramps"),
        ("two things bother me", "two things bother me"),  # nothing asked after it
    ],
)
def test_interjections_before_a_question_are_not_read_as_its_words(kb, typed, read):
    from bot.core.question import Question
    from bot.core.turns import without_lead

    assert without_lead(Question(typed), kb.cues).raw == read


@pytest.mark.parametrize("lead", ["okay so", "yeah", "alright,"])
def test_a_follow_up_after_an_interjection_is_read_as_without_it(chat, lead):
    chat.respond("is magnesium glycinate easier on the gut")
    plain = chat.respond("should i switch to it then")
    chat.reset()
    chat.respond("is magnesium glycinate easier on the gut")
    reply = chat.respond(f"{lead} should i switch to it then")
    assert plain.entry is not None
    assert reply.entry == plain.entry, reply


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("can a slipped disc give me back pain", "ok should i stop then?"),
        ("can anxiety make my back hurt", "so what can i do about it"),
        ("can being low on magnesium cause cramps", "so should i quit?"),
    ],
)
def test_what_to_do_about_a_topic_is_not_answered_from_another_part(chat, first, then):
    # the only entry about what to do is about the magnesium dose: not about these
    chat.respond(first)
    reply = chat.respond(then)
    assert reply.entry is None or reply.entry.id != "fix-digestive-back-pain", reply


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("does magnesium oxide upset the stomach more", "so should i stop?"),
        ("can magnesium give me a backache", "ok what do i do then"),
        # the part of the article headed by what was asked ("... Referred Lower Back ...")
        ("what does referred pain mean", "right, so what do i do"),
        # asking for the choices one has asks what to do
        (
            "does magnesium oxide upset the stomach more",
            "i don't want to quit it, what are my options?",
        ),
        ("does magnesium oxide upset the stomach more", "ok so what could i change?"),
    ],
)
def test_what_to_do_about_a_topic_is_answered_from_its_part(chat, first, then):
    chat.respond(first)
    reply = chat.respond(then)
    assert reply.entry is not None and reply.entry.id == "fix-digestive-back-pain", reply


def test_what_to_do_about_a_topic_may_be_a_related_answer(chat):
    chat.respond("can a slipped disc give me back pain")
    reply = chat.respond("so what do i do")
    assert reply.entry is not None and reply.entry.id == "see-a-doctor", reply


@pytest.mark.parametrize(
    ("entry_id", "last_id", "headed"),
    [
        ("fix-digestive-back-pain", "referred-pain", True),  # its part's heading: "Referred"
        ("fix-digestive-back-pain", "herniated-disc", False),
    ],
)
def test_a_part_headed_by_what_was_asked_goes_on_from_it(chat, kb, entry_id, last_id, headed):
    assert chat.follow._headed_by(kb.entry(entry_id), kb.entry(last_id)) is headed


@pytest.mark.parametrize(
    ("norm", "acts"),
    [
        ("so should i stop", True),
        ("what do i do then", True),
        ("should i take glycinate instead", False),  # names a thing
        ("should i see a doctor", False),
        ("why does it stop", False),  # not the person's act
    ],
)
def test_a_question_of_the_persons_own_act(chat, norm, acts):
    assert chat.follow.acts_only(norm) is acts


def test_when_to_worry_about_my_back_is_asked_after_another_answer(chat):
    chat.respond("what stomach side effects can magnesium have?")
    reply = chat.respond("when should I worry about my back?")
    assert reply.status == ANSWERED and reply.entry.id == "see-a-doctor", reply


@pytest.mark.parametrize("doubt", ["really?", "are you sure?", "says who?", "seriously?"])
def test_doubting_the_last_answer_gets_the_articles_words(kb, chat, doubt):
    chat.respond("can anxiety make my back hurt")
    reply = chat.respond(doubt)
    assert reply.entry is not None and reply.entry.id == "stress-anxiety", reply
    assert reply.text.startswith(kb.settings.no_more_said)


def test_asking_for_an_example_of_the_last_answer_gets_the_articles_words(kb, chat):
    chat.respond("is magnesium a laxative")
    reply = chat.respond("can you give me an example")
    assert reply.entry is not None and reply.entry.id == "osmotic-laxative", reply
    assert reply.text.startswith(kb.settings.goes_on)  # and what the article goes on to say


def test_a_question_that_grows_the_story_is_not_answered_with_a_remedy(chat):
    # the symptom told answered with how oxide upsets the gut; the back, told in the
    # question, asks why the gut is felt there: not how to switch forms
    reply = talk(
        chat,
        "i take mag oxide at bedtime",
        "and my tummy cramps quite a bit",
        "could that be why my back is sore?",
    )
    assert reply.entry is not None and reply.entry.id == "why-gut-pain-felt-in-back", reply


@pytest.mark.parametrize(
    "turns",
    [
        (
            "i take the cheapest oxide tablets",
            "my belly is gassy and bloated all week",
            "my back aches too, on the left side. is that connected?",
        ),
        (
            "been on magnesium oxide since the weekend",
            "and my stomach keeps cramping",
            "now my lower back hurts as well. could they be linked?",
        ),
    ],
)
def test_a_link_question_that_adds_a_symptom_asks_how_the_symptoms_go_together(chat, turns):
    before = talk(chat, *turns[:2])
    reply = chat.respond(turns[2])
    assert reply.entry is not None, reply
    # not the answer to the story before the back was told, nor the remedy of its part
    assert reply.entry not in (before.entry, chat.kb.entry("glycinate")), reply
    assert "back" in reply.text  # it says how the gut is felt in the back


def test_and_x_asks_the_last_question_of_x(kb):
    from bot.core.conversation import Conversation
    from bot.core.corrections import same_for
    from bot.core.question import Question

    chat = Conversation(kb)
    asked = "does magnesium citrate work as a laxative"
    fixed = same_for(
        Question("how about oxide?"), asked, kb.cues, kb.lexicon.stopwords, chat.situation
    )
    assert fixed.readings[0] == "does oxide work as a laxative"
    assert fixed.names == ("oxide",)
    # more than a thing of that kind, or nothing of its kind in the last question: none
    for later in ("how about oxide for my sleep?", "and the dose?"):
        assert not same_for(
            Question(later), asked, kb.cues, kb.lexicon.stopwords, chat.situation
        ).readings


def test_and_x_is_answered_as_the_last_question_of_x(chat):
    chat.respond("does magnesium citrate work as a laxative")
    reply = chat.respond("how about oxide?")
    assert reply.entry is not None and reply.entry.id == "osmotic-laxative", reply
    assert chat.asked == "does oxide work as a laxative"


def test_and_x_keeps_its_own_reading_when_no_answer_names_x(chat):
    chat.respond("does citrate make you bloated")
    reply = chat.respond("and glycinate?")
    assert reply.entry is not None and reply.entry.id == "glycinate", reply


def test_telling_another_thing_taken_is_not_and_x(chat):
    from bot.core.conversation import NOTED

    chat.respond("does magnesium citrate work as a laxative")
    reply = chat.respond("i also take oxide")
    assert reply.smalltalk_id == NOTED, reply


@pytest.mark.parametrize(
    ("closed", "plain"),
    [("is that bad tho", "is that bad"), ("is it serious lol", "is it serious")],
)
def test_words_that_only_close_a_message_do_not_hide_what_it_asks(kb, chat, closed, plain):
    chat.respond("can a slipped disc give me back pain")
    expected = chat.respond(plain)
    chat.reset()
    chat.respond("can a slipped disc give me back pain")
    reply = chat.respond(closed)
    assert reply.text.startswith(kb.settings.no_more_said)
    assert (reply.entry, reply.text) == (expected.entry, expected.text)


@pytest.mark.parametrize(
    ("chat_typed", "typed"),
    [("howcome", "how come"), ("wdym", "what do you mean"), ("y tho", "why")],
)
def test_chat_spellings_of_why_ask_why(chat, chat_typed, typed):
    chat.respond("can anxiety make my back hurt")
    expected = chat.respond(typed)
    chat.reset()
    chat.respond("can anxiety make my back hurt")
    reply = chat.respond(chat_typed)
    assert reply.entry is not None and (reply.entry, reply.text) == (expected.entry, expected.text)


def test_a_chat_spelt_question_word_asks(chat):
    chat.respond("is magnesium oxide hard on the stomach")
    reply = chat.respond("so shud i stop")
    assert reply.status != SMALLTALK, reply  # not acknowledged as something told


@pytest.mark.parametrize("typed", ["shoud i take it with food", "shud i take it with food"])
def test_a_slip_of_should_asks_beside_its_chat_spelling(kb, typed):
    from bot.core.turns import is_asking

    assert is_asking(typed, kb.cues)


@pytest.mark.parametrize("typed", ["right side of my back hurts?", "sure thing, thanks"])
def test_a_word_that_may_lead_in_but_opens_a_phrase_is_kept(kb, typed):
    from bot.core.question import Question
    from bot.core.turns import without_lead

    assert without_lead(Question(typed), kb.cues).raw == typed


def test_a_sentence_told_after_a_question_with_a_lead_in_stays_told(chat):
    # "before I buy more" tells when the question is asked; it asks no price
    reply = chat.respond(
        "ugh ok so is oxide the harshest one on the gut?? asking before I buy more"
    )
    assert reply.status == ANSWERED, reply
    assert reply.entry is not None and reply.entry.id == "oxide-absorption"


@pytest.mark.parametrize("typed", ["", "?!", "..."])
def test_a_message_with_no_words_has_no_interjection_to_drop(kb, typed):
    from bot.core.question import Question
    from bot.core.turns import without_lead

    assert without_lead(Question(typed), kb.cues).raw == typed


@pytest.mark.parametrize(
    "again", ["then what is?", "so what is it then?", "if not that, then what?"]
)
def test_the_question_asked_again_of_something_else_goes_on_from_the_answer(chat, again):
    # "is it the supplement?" / "then what is?": the same question of another cause, which
    # the answer's related entries go on to; never "I don't know"
    first = talk(chat, "is it likely that the supplement is causing my back pain")
    reply = talk(chat, again)
    assert reply.status == ANSWERED and reply.entry is not None
    assert first.entry is not None and reply.entry.id != first.entry.id


def test_instances_asked_in_the_articles_words_behind_the_answer_are_quoted_with_them(chat):
    # the answer says "mechanical problems"; the article behind it "mechanical issues",
    # then its instances
    talk(chat, "what's behind most lower back pain?")
    reply = talk(chat, "like what sort of mechanical issues?")
    assert reply.status == ANSWERED
    assert "a common culprit is poor posture" in reply.text.lower()  # the article's words


def test_what_is_going_on_after_a_story_answered_is_its_verdict_again(chat):
    told = talk(
        chat,
        "hardly drink any water, a glass a day at most",
        "my back has been aching all week and i also started magnesium",
    )
    again = talk(chat, "so what's going on?")
    assert told.entry is not None and again.entry is not None
    assert again.entry.id == told.entry.id, again


def test_why_would_that_help_asks_the_reason_of_the_answer_not_of_helping(chat):
    talk(chat, "is glycinate a gentler choice for the gut")
    reply = talk(chat, "why would that help though")
    assert reply.status == ANSWERED and reply.entry is not None
    assert reply.entry.id == "glycinate", reply
