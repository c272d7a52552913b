"""Readings added in the round of set 31. The sentences are this file's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import drafted, talk

from bot.authoring.ingest import seed_from
from bot.authoring.reader import read_markdown
from bot.authoring.sentences import ask_sentence
from bot.core import forms
from bot.core.conversation import Conversation
from bot.core.loader import load
from bot.core.matcher import ANSWERED, NO_MATCH, Match, Matcher
from bot.core.text import introduced, parts, sums_in_words
from bot.core.turns import more_set_aside

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def shipped():
    return Matcher(load(None))


# -- "hard on", "rough on": trouble caused --------------------------------------------------


@pytest.mark.parametrize(
    ("said", "span"),
    [
        ("could citrate be rough on my back", (2, 5)),
        ("is oxide too harsh on the gut", (2, 5)),
        ("is glycinate really hard on you", (2, 5)),
        ("my boss gives me grief", (2, 5)),
    ],
)
def test_hard_on_a_thing_is_trouble_caused(said, span):
    assert forms.giving_trouble(said.split()) == span


@pytest.mark.parametrize("said", ["lifting is hard work", "a hard chair on the bus", "is it hard"])
def test_hard_alone_is_no_trouble_caused(said):
    assert forms.giving_trouble(said.split()) is None


def test_a_supplement_rough_on_the_back_asks_whether_it_causes_the_pain(shipped):
    result = shipped.match("Can Magnesium Pills Be Hard On Your Back?")
    assert result.status != NO_MATCH
    assert result.matches[0].entry.id == "is-it-the-magnesium"


# -- an answer that turns from the same thing -----------------------------------------------


def test_an_answer_that_says_not_what_is_set_aside_answers_the_rest(shipped):
    # the entry's answer: "its true origin is abdominal, not spinal"
    result = shipped.match("so if it's not the spine, where is the pain actually coming from?")
    assert result.status == ANSWERED
    assert result.matches[0].entry.id == "is-the-pain-real"


def test_an_entry_asked_of_what_is_set_aside_still_gives_way(shipped):
    # "apart from glycinate": the glycinate entry does not say "not glycinate"
    result = shipped.match("apart from glycinate, which form is easy on the stomach?")
    assert result.status == NO_MATCH or result.matches[0].entry.id != "glycinate"


# -- "Am I?": the claim before it, asked -----------------------------------------------------


@pytest.mark.parametrize("ask", ["Am I?", "am i", "Are we?", "Am I really?"])
def test_a_bare_am_i_asks_the_claim_told_before_it(ask):
    found = parts(f"My sister says I'm imagining the ache. {ask}")
    assert found.asks == ("My sister says I'm imagining the ache.",)
    assert found.tells == ()


def test_am_i_after_a_story_asks_whether_the_pain_is_imagined(shipped):
    said = (
        "I began citrate a week ago and my lower back aches on one side. "
        "My partner reckons I'm imagining it. Am I?"
    )
    result = shipped.match(said)
    assert result.status == ANSWERED
    assert result.matches[0].entry.id == "is-the-pain-real"


# -- a rewrite that completes a phrase --------------------------------------------------------


def test_a_rewrite_that_completes_a_phrase_is_read_again(shipped):
    lexicon = shipped.lexicon
    # "w" is "with", which completes "mess with my stomach", which completes "least likely
    # to upset": three rewrites, each of the one before
    words = ["which", "form", "is", "least", "likely", "to", "mess", "w", "my", "stomach"]
    assert lexicon.canonical(words) == lexicon.canonical(
        ["which", "form", "is", "least", "likely", "to", "upset", "stomach"]
    )


def test_a_slangy_which_is_gentlest_asks_as_the_plain_one(shipped):
    result = shipped.match("which mag is least likely to mess w my stomach tbh")
    assert result.status == ANSWERED
    assert result.matches[0].entry.id == "glycinate"


# -- "the stomach side of things" ---------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("is it from the stomach side of things", "is it from the stomach"),
        ("what about the money side of it", "what about the money"),
        ("which side of my back hurts", "which side of my back hurts"),
    ],
)
def test_the_side_of_things_names_the_thing(said, kept):
    assert forms.without_vague_heads(said.split()) == kept.split()


def test_a_correction_to_the_stomach_side_asks_of_the_stomach(shipped):
    chat = Conversation(shipped.kb, matcher=shipped)
    talk(chat, "does magnesium cause migraines")
    reply = talk(chat, "no, i meant does it cause back pain from the tummy side of things")
    assert reply.entry is not None
    assert reply.entry.id == "colon-spasms-back"


# -- "Nurse here, ...": who writes ----------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("Nurse here, why does it hurt?", "Nurse here. why does it hurt?"),
        (
            "Long-time lurker here - quick one: is it safe?",
            "Long-time lurker here. quick one: is it safe?",
        ),
        ("anyone here, is it safe?", "anyone here, is it safe?"),
        ("is anybody here, hello?", "is anybody here, hello?"),
        ("the pain is here, near my hip", "the pain is here, near my hip"),
    ],
)
def test_an_opening_that_says_who_writes_is_a_sentence_of_its_own(said, read):
    assert introduced(said) == read


def test_who_writes_is_no_topic_the_base_lacks(shipped):
    said = "Osteopath here, can someone explain why gut cramps are felt in the lower back?"
    result = shipped.match(said)
    assert result.status == ANSWERED
    assert result.matches[0].entry.id == "why-gut-pain-felt-in-back"


# -- "is there any evidence for that?" ------------------------------------------------------


@pytest.mark.parametrize(
    "ask", ["Is there any evidence for that?", "any actual basis for that?", "Any proof?"]
)
def test_asking_for_the_evidence_of_a_claim_asks_the_claim(ask):
    found = parts(f"My gym buddy says magnesium fixes cramps. {ask}")
    assert found.asks[0] == "My gym buddy says magnesium fixes cramps."


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("magnesium stops cramps is that true", "magnesium helps cramps is that true"),
        ("the ache stops when i lie down", "the ache stops when i lie down"),
        ("it all stops completely", "it all stops completely"),
        ("how it stops cramps", "how it stops cramps"),
    ],
)
def test_a_thing_said_to_stop_a_state_is_said_to_help_it(said, read):
    assert forms.stopping_as_help(said.split()) == read.split()


def test_a_claim_that_magnesium_stops_cramps_is_not_asked_how_to_stop_the_pain(shipped):
    result = shipped.match("My coach says magnesium stops cramps. Is there any evidence for that?")
    assert result.best is not None
    assert result.matches[0].entry.id != "fix-digestive-back-pain"


# -- "anything else apart from posture?" ---------------------------------------------------


@pytest.mark.parametrize(
    ("said", "aside"),
    [
        ("anything else", ()),
        ("what about the other ones", ()),
        ("anything else apart from posture", ("posture",)),
        ("what about the others not posture or lifting", ("posture", "lifting")),
        ("anything other than stress", ("stress",)),
        ("what else besides an injury can make your back hurt", None),
        ("what about glycinate", None),
    ],
)
def test_asking_for_more_may_set_aside_what_was_heard(shipped, said, aside):
    assert more_set_aside(said, shipped.kb.cues, shipped.kb.lexicon.stopwords) == aside


def test_more_apart_from_a_thing_skips_the_related_entries_that_hold_it(shipped):
    chat = Conversation(shipped.kb, matcher=shipped)
    first = talk(chat, "what else usually causes lower back pain")
    assert first.entry is not None and first.entry.id == "common-causes"
    reply = talk(chat, "anything else apart from posture?")
    assert reply.entry is not None
    assert reply.entry.id not in ("common-causes", "posture")
    reply = talk(chat, "what about the other ones, not lifting?")
    assert reply.entry is not None
    assert not shipped.holds_anywhere(Match(reply.entry, 0.0), "lift")


# -- a sum of money is an amount; "be sure" is to verify ------------------------------------

EDITIONS = """# Photo editing software

## Editions

The basic edition is free for anyone. The pro edition is moderately expensive (less than
$100), and the studio edition costs several hundred dollars. All three open the same files.

## Checking a contact

To verify that you are talking to the right person, compare the safety number shown in
both apps. If the numbers differ, do not send anything private.

## Backups

Back up your library to an external drive once a week.
"""


@pytest.fixture(scope="module")
def editions(tmp_path_factory):
    folder = tmp_path_factory.mktemp("editions")
    return Matcher(load(drafted(folder, read_markdown(EDITIONS), seed_from(ROOT / "knowledge"))))


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("less than $100", "less than 100 dollars"),
        ("$5-15 per year", "5 to 15 dollars per year"),
        ("from \u20ac5 to \u20ac10", "from 5 to 10 euros"),
        ("a $ sign", "a $ sign"),
    ],
)
def test_a_sum_of_money_is_read_in_words(said, read):
    assert " ".join(sums_in_words(said).split()) == read


@pytest.mark.parametrize("asked", ["pro edition how much", "how much is the pro edition?"])
def test_a_price_under_a_sum_answers_how_much(editions, asked):
    result = editions.match(asked)
    assert result.status == ANSWERED
    assert "$100" in result.matches[0].entry.answer


def test_a_sum_told_of_nothing_asked_still_answers_no_how_much(editions):
    assert editions.match("how much does the backup drive cost?").status == NO_MATCH


@pytest.mark.parametrize(
    "asked", ["how can I be sure I'm talking to the right person?", "can I be certain it's them?"]
)
def test_being_sure_asks_as_verifying(editions, asked):
    result = editions.match(asked)
    assert result.status == ANSWERED
    assert "safety number" in result.matches[0].entry.answer


def test_helping_a_friend_move_is_lifting_told(shipped):
    chat = Conversation(shipped.kb, matcher=shipped)
    talk(chat, "Was helping my friend move flat at the weekend.")
    talk(chat, "started magnesium on monday")
    reply = talk(chat, "now my back is sore, is it the magnesium?")
    assert reply.entry is not None and reply.entry.id == "muscle-strain"


# -- a why asked after a story ---------------------------------------------------------------


def test_a_why_asked_after_a_story_gets_the_means_not_the_yes(shipped):
    # the story's reading finds "Yes, magnesium is studied for pain": the related entry
    # that gives the means ("by blocking NMDA receptors ... pain management") answers why
    chat = Conversation(shipped.kb, matcher=shipped)
    talk(chat, "I have fibromyalgia and everything hurts more than it should")
    talk(chat, "my GP suggested trying magnesium")
    reply = talk(chat, "why would that help with pain?")
    assert reply.entry is not None and reply.entry.id == "central-sensitization"


# -- "what actually did it?"; "how are those two wired together?"; "lifesaver" ---------------


@pytest.mark.parametrize(
    ("said", "at"),
    [
        ("what do you think actually did it", 5),
        ("so what did this", 2),
        ("what did it say", None),
        ("what did it do to my back", None),
    ],
)
def test_what_did_it_asks_the_cause(said, at):
    assert forms.doing_it(said.split()) == at


def test_what_did_it_after_a_story_of_lifting_is_the_strain(shipped):
    said = (
        "I shifted heavy boxes all weekend and started magnesium on Monday. "
        "What do you think did it?"
    )
    result = shipped.match(said)
    assert result.status == ANSWERED
    assert result.matches[0].entry.id == "muscle-strain"


def test_two_things_wired_together_ask_a_link_not_taking_them_together(shipped):
    said = "why does my mag tummy ache end up in my back, how are those two even wired together"
    result = shipped.match(said)
    assert result.status != NO_MATCH
    assert result.not_said == ()


@pytest.mark.parametrize("said", ["you're a lifesaver", "you rock lol"])
def test_praise_is_thanks(shipped, said):
    assert shipped.match(said).status == "smalltalk"


# -- "what causes the cramping?": the entry that says what causes it ------------------------


@pytest.mark.parametrize(
    "asked",
    [
        "what could be causing my stomach cramps?",
        "what causes my tummy cramping?",
        "so what is causing the stomach cramps?",
    ],
)
def test_what_causes_a_thing_is_answered_by_what_causes_it(shipped, asked):
    # "Intense spasms of the colon can be perceived as discomfort ..." tells what cramps
    # do; "Excessive osmotic activity ... can cause ... severe intestinal cramping" says
    # what causes them
    result = shipped.match(asked)
    assert result.status == ANSWERED
    assert result.matches[0].entry.id == "digestive-side-effects"


def test_why_a_thing_is_likelier_to_cause_it_is_no_cause_asked(shipped):
    result = shipped.match("why is glycinate less likely to cause this?")
    assert result.best is None or result.best.entry.id != "digestive-side-effects"


def test_how_after_a_yes_reads_the_question_as_typed(shipped):
    # "nerve pain" is read as "neuropathic pain"; the reason behind the yes holds "nervous"
    chat = Conversation(shipped.kb, matcher=shipped)
    talk(chat, "is magnesium any good for nerve pain?")
    reply = talk(chat, "how does it do that?")
    assert reply.entry is not None and reply.entry.id == "central-sensitization"


# -- drafting: "either ... or ..." ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        (
            "You either already have a browser or can get one for free.",
            "Can I get a browser for free?",
        ),
        (
            "Patients either pay the full price or use their insurance.",
            "Do patients use their insurance?",
        ),
    ],
)
def test_a_choice_of_two_deeds_is_asked_of_each(sentence, asked):
    assert asked in ask_sentence(sentence)


# -- a question asked nearly word for word stands against the story -----------------------


@pytest.mark.parametrize(
    "asked", ["is the pain actually in my back then?", "so is my back actually hurt?"]
)
def test_a_question_asked_nearly_word_for_word_is_answered_as_asked_after_a_story(shipped, asked):
    chat = Conversation(shipped.kb, matcher=shipped)
    talk(chat, "I switched to magnesium citrate last week and my belly keeps cramping.")
    talk(chat, "The ache sort of spreads round to my side.")
    reply = talk(chat, asked)
    assert reply.entry is not None and reply.entry.id == "is-the-pain-real"
