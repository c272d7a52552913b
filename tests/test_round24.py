"""Readings added in the round of set 24: a tie below `unsure_threshold` settled by the
one entry holding every telling word asked, and the red flags of bleeding in the gut. The
sentences are this file's own."""

from __future__ import annotations

import pytest
from helpers import talk

from bot.core import decision, ties
from bot.core.matcher import ANSWERED, Match, _relative_verb
from bot.core.question import Question
from bot.core.safety import raised_flag


def _tie(matcher, first: str, second: str, score: float = 62.0) -> list[Match]:
    entries = {e.id: e for e in matcher.kb.entries}
    return [Match(entries[first], score), Match(entries[second], score - 1.5)]


def test_a_tie_goes_to_the_only_entry_holding_every_word_asked(matcher):
    # "draw", "water" and "bowel" are held by the entry on how the laxative works alone
    query = matcher.analyse("how does magnesium draw water into the bowel")
    top = _tie(matcher, "glycinate", "how-osmotic-works")
    assert ties.holds_every_word(matcher, query, top, 4.0) == 1
    result = decision.decide(matcher, query, top)
    assert result.status == ANSWERED and result.best.entry.id == "how-osmotic-works"


def test_a_tie_where_each_entry_holds_every_word_is_not_settled_by_them(matcher):
    query = matcher.analyse("magnesium oxide stomach")
    top = _tie(matcher, "glycinate", "oxide-absorption")
    assert all(matcher.holds_anywhere(m, s) for m in top for s in query.stems)
    assert ties.holds_every_word(matcher, query, top, 4.0) is None


def test_a_tie_over_one_telling_word_is_not_settled_by_it(matcher):
    query = matcher.analyse("what about water?")
    top = _tie(matcher, "glycinate", "inflammation-dehydration")
    assert ties.holds_every_word(matcher, query, top, 4.0) is None


@pytest.mark.parametrize(
    ("message", "flag", "level", "reported"),
    [
        ("my stool came out black as tar this morning", "gi-bleeding", "urgent", True),
        ("my poo is jet black since yesterday", "gi-bleeding", "urgent", True),
        ("blood in my stool and my stomach pain is excruciating", "gi-bleeding", "urgent", True),
        ("some blood when I wiped after my bowel movement", "blood-in-stool", "doctor", True),
        ("is black stool something to worry about?", "gi-bleeding", "urgent", False),
        ("the worst belly pain of my life", "belly-pain-vomiting", "urgent", True),
        ("took a few extra tabs and my heart is fluttering", "heartbeat-faint", "urgent", True),
    ],
)
def test_gut_bleeding_and_the_worst_belly_pain_are_flagged(kb, message, flag, level, reported):
    found = raised_flag(Question(message), kb.flags)
    assert found is not None and (found.id, found.level, found.reported) == (flag, level, reported)


@pytest.mark.parametrize(
    "message",
    [
        "sat on a black stool at the pub and my back aches",
        "my doctor suggested a stool softener with the magnesium",
        "no blood in my stool, just loose",
        "worst back pain of my life is probably an exaggeration, it's a dull ache",
    ],
)
def test_a_stool_that_is_furniture_or_denied_raises_no_bleeding_flag(kb, message):
    found = raised_flag(Question(message), kb.flags)
    assert found is None or found.id not in ("gi-bleeding", "blood-in-stool"), found


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("isthere a way", "is there a way"),
        ("whydo people say that", "why do people say that"),
        ("howmuch is enough", "how much is enough"),
        ("canit hurt", "can it hurt"),
    ],
)
def test_two_common_words_run_on_are_parted_where_both_are_commonest(matcher, typed, meant):
    assert matcher.respaced(typed) == meant


@pytest.mark.parametrize("typed", ["overdoes", "deadlift", "takeing", "malate"])
def test_a_slip_that_keeps_every_letter_is_not_parted(matcher, typed):
    assert matcher.respaced(typed) == typed


def test_a_question_read_alone_too_thin_is_read_with_the_story_its_message_told(chat):
    reply = talk(
        chat,
        "My office chair is awful and I'm hunched over a screen all day. I began magnesium "
        "three weeks ago and my back has been sore. Could the sitting be the real cause instead?",
    )
    assert reply.status == ANSWERED and reply.entry is not None and reply.entry.id == "posture"


def test_a_brand_new_thing_asks_no_brand(matcher):
    assert "cost" not in matcher.analyse("is it fair to blame a brand new supplement?").aspects
    assert "cost" in matcher.analyse("which brand of magnesium should I get?").aspects


@pytest.mark.parametrize("message", ["is 600 too high?", "are 3 pills too many?"])
def test_a_number_asked_to_be_too_high_asks_an_amount(matcher, message):
    assert "amount" in matcher.analyse(message).aspects


@pytest.mark.parametrize("fix", ["not the colon, the nerves i mean", "no, the nerves I meant"])
def test_i_mean_said_after_what_is_meant_corrects_as_before_it(chat, fix):
    reply = talk(chat, "what does magnesium do in the colon", fix)
    assert reply.entry is not None and reply.entry.id == "nerve-membranes", reply


def test_the_verb_of_a_relative_clause_is_no_topic_the_base_lacks(matcher):
    query = matcher.analyse("cramps in my gut that sort of wrap round into my back, linked?")
    assert "wrap" in query.filler and "wrap" not in query.unknown, query
    # a thing named after "that" with nothing after it is still one: no verb of a clause
    assert not _relative_verb("wrap", ["is", "that", "wrap", "good", "for", "my", "back"])


def test_a_question_run_on_with_its_opening_word_is_heard_as_a_question(chat):
    reply = talk(
        chat,
        "doesdehydration do anything to the discs in your back or is that a myth my trainer "
        "made up",
    )
    assert reply.status == ANSWERED and reply.entry is not None, reply
    assert reply.entry.id == "inflammation-dehydration"
    assert reply.score >= 80  # read as the question it is, not as a story around one


@pytest.mark.parametrize("word", ["proven", "documented", "supposed"])
def test_a_participle_of_how_sure_names_no_kind_of_thing(matcher, word):
    query = matcher.analyse(f"does magnesium have any {word} benefit for muscle cramps?")
    assert word in query.filler and word not in query.unknown, query
    # "distilled water" is still a kind of water the base may lack
    assert "distilled" in matcher.analyse("is distilled water better").unknown


def test_a_reason_asked_after_a_comma_asks_of_what_the_words_before_it_told(chat):
    reply = talk(chat, "the mag has got me gassy and crampy all week, why is my back sore too")
    assert reply.status == ANSWERED and reply.entry is not None, reply
    assert "referred" in (reply.answer or "").lower(), reply.answer


@pytest.mark.parametrize("message", ["why is my back sore", "my lower back is so sore, why?"])
def test_a_sore_back_is_back_pain(chat, message):
    reply = talk(chat, message)
    assert reply.status in (ANSWERED, "unsure") and reply.entry is not None, reply


@pytest.mark.parametrize(
    "typed", ["is my back sore", "why is my back so sore lately", "my back is really sore"]
)
def test_a_noun_asked_or_said_to_be_so_reads_as_the_phrase(matcher, typed):
    assert "pain" in matcher.lexicon.canonical(typed.split())


def test_a_condition_before_the_comma_is_part_of_the_question():
    from bot.core.question import Question
    from bot.core.turns import run_on_marked

    said = "If I take my magnesium at night, how long before it helps?"
    assert run_on_marked(Question(said)).raw == said
    told = "the mag has got me gassy and crampy all week, why is my back sore too"
    assert run_on_marked(Question(told)).raw != told  # told, then asked


def test_a_tie_is_settled_by_key_words_not_by_a_verb_every_entry_may_say(chat):
    reply = talk(
        chat, "how does anxiety affect the back", "sorry, i meant how does a bulging disc affect it"
    )
    assert reply.status == ANSWERED and reply.entry is not None, reply
    assert reply.entry.id == "herniated-disc"
