"""Readings added in the round of set 32. The sentences are this file's own."""

from __future__ import annotations

import pytest
from helpers import talk

from bot.authoring.phrasing import ask_heading, names_a_thing
from bot.core.conversation import Conversation
from bot.core.loader import load
from bot.core.matcher import ANSWERED, NO_MATCH, Matcher
from bot.core.question import Question
from bot.core.safety import raised_flag
from bot.core.text import stem


@pytest.fixture(scope="module")
def shipped():
    return Matcher(load(None))


# -- a stem left with a doubled "l" ---------------------------------------------------------


@pytest.mark.parametrize(
    ("inflected", "base"),
    [
        ("controlling", "control"),
        ("controlled", "control"),
        ("travelled", "travel"),
        ("cancelled", "cancel"),
        ("installing", "install"),
        ("falling", "fall"),
        ("swelling", "swell"),
    ],
)
def test_an_inflection_shares_its_words_stem_whether_or_not_it_doubles_the_l(inflected, base):
    assert stem(inflected) == stem(base)


def test_trouble_controlling_the_bladder_is_a_red_flag(shipped):
    flag = raised_flag(Question("today I had trouble controlling my bladder"), shipped.kb.flags)
    assert flag is not None and flag.id == "bladder-bowel-control"


def test_controlling_a_temper_is_no_red_flag(shipped):
    assert raised_flag(Question("I had trouble controlling my temper"), shipped.kb.flags) is None


# -- a sign told with nothing else asked: the article's own doctor guidance -----------------


def test_a_sign_told_and_what_to_do_asked_is_answered_with_the_articles_guidance(shipped):
    chat = Conversation(shipped.kb, matcher=shipped)
    reply = talk(
        chat,
        "can a herniated disc cause leg pain",
        "my right leg feels weak and my foot keeps catching when I walk, what should I do?",
    )
    assert reply.safety is not None and reply.safety.level == "urgent"
    assert reply.status == ANSWERED and reply.entry.id == "see-a-doctor"
    assert "a medical consultation is necessary" in reply.answer


@pytest.mark.parametrize(
    "message",
    [
        "my leg is going numb and weak, how much magnesium should I take?",
        "My leg has been numb for weeks. Would a heating pad or physio help?",
        "I have kidney disease, should I avoid magnesium supplements?",
    ],
)
def test_a_sign_told_with_a_question_the_article_does_not_answer_is_declined(shipped, message):
    reply = talk(Conversation(shipped.kb, matcher=shipped), message)
    assert reply.safety is not None
    assert reply.status == NO_MATCH


# -- drafted questions: a heading in title case, a key phrase that names a thing -------------


@pytest.mark.parametrize(
    ("heading", "asked"),
    [
        ("Code Audit", "What should I know about code audit?"),
        ("Forward Secrecy", "What should I know about forward secrecy?"),
        ("Keep Windows Closed", "How do I keep windows closed?"),
        ("Use IdentityTheft.gov", "How do I use IdentityTheft.gov?"),
    ],
)
def test_a_title_case_heading_is_asked_as_what_it_names(heading, asked):
    assert ask_heading(heading) == asked


@pytest.mark.parametrize(
    ("phrase", "names"),
    [
        ("create another tab", False),
        ("consider following choices", False),
        ("comments placed", False),
        ("seriously jeopardize", False),
        ("merging branches", True),
        ("public speaking", True),
        ("code audit", True),
        ("cargo lockfile", True),
    ],
)
def test_a_key_phrase_is_asked_about_only_when_it_names_a_thing(phrase, names):
    assert names_a_thing(phrase) is names


# -- answers in the article's own words -----------------------------------------------------


def _plain(text):
    return " ".join(text.replace("\u2019", "'").lower().split())


@pytest.mark.parametrize(
    ("entry_id", "quoted"),
    [
        ("posture", "a common culprit is poor posture"),
        ("deficiency-spasms", "uncomfortable muscle spasms, cramps, and tension"),
        ("stress-anxiety", "stress and anxiety also play a part by increasing overall muscle"),
        ("inflammation-dehydration", "other systemic issues that can contribute to back pain"),
        ("herniated-disc", "can also cause pain that radiates into the back, hips, or legs"),
        ("common-causes", "muscle strain is another frequent cause"),
        ("osmotic-laxative", "function as osmotic laxatives"),
    ],
)
def test_an_answer_says_what_the_article_says_in_its_words(shipped, entry_id, quoted):
    article = _plain(" ".join(section.text for section in shipped.kb.article.sections))
    answer = _plain(shipped.kb.entry(entry_id).answer)
    assert quoted in article and quoted in answer


# -- a question told as what one wonders ----------------------------------------------------


def test_what_one_wonders_is_asked_beside_a_vague_question_that_follows(shipped):
    result = shipped.match(
        "Odd one, but I've been wondering whether not drinking enough water could have "
        "anything to do with back pain. Is there a connection that you know of?"
    )
    assert result.status != NO_MATCH
    assert result.matches[0].entry.id == "inflammation-dehydration"


def test_a_statement_built_like_a_question_before_one_is_still_told():
    from bot.core.text import parts

    found = parts("Doesn't feel like a pulled muscle at all. Is it the magnesium?")
    assert found.asks == ("Is it the magnesium?",)


# -- a question asked of an emergency sign just told -----------------------------------------


def test_a_question_of_an_emergency_sign_told_in_the_same_message_gets_the_guidance(shipped):
    chat = Conversation(shipped.kb, matcher=shipped)
    reply = talk(
        chat,
        "why do I feel stomach cramps in my back",
        "today I had trouble controlling my bladder with the back pain, is that referred pain too?",
    )
    assert reply.safety is not None and reply.safety.level == "urgent"
    assert reply.entry is not None and reply.entry.id == "see-a-doctor"


def test_a_question_of_an_emergency_sign_told_before_gets_the_guidance(shipped):
    chat = Conversation(shipped.kb, matcher=shipped)
    reply = talk(
        chat,
        "my back has hurt since I started magnesium",
        "also I've lost about 6 kg in two months without trying",
        "could that be connected?",
    )
    assert reply.safety is not None and reply.safety.reported
    assert reply.entry is not None and reply.entry.id == "see-a-doctor"


def test_a_question_naming_its_own_subject_beside_an_emergency_sign_is_answered(shipped):
    chat = Conversation(shipped.kb, matcher=shipped)
    reply = talk(chat, "I lost control of my bladder and my back hurts, is it the magnesium?")
    assert reply.safety is not None and reply.safety.level == "urgent"
    assert reply.entry is not None and reply.entry.id == "is-it-the-magnesium"
