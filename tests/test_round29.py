"""Readings added in the round of set 29. The sentences are this file's own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.authoring.ingest import draft
from bot.authoring.phrasing import ask_heading, label_question, lower_first
from bot.authoring.sentences import ask_sentence
from bot.core import words

ROOT = Path(__file__).resolve().parents[1]


def _replies_under_hash_seeds(message: str, seeds: tuple[int, ...]) -> set[str]:
    """The entry answering `message` in fresh processes, one per string-hash seed."""
    code = (
        "import sys\n"
        "from bot.core.loader import load\n"
        "from bot.core.matcher import Matcher\n"
        "from bot.core.conversation import Conversation\n"
        "kb = load(None)\n"
        "r = Conversation(kb, Matcher(kb)).respond(sys.argv[1])\n"
        "print(r.status, r.entry.id if r.entry else None)\n"
    )
    return {
        subprocess.run(
            [sys.executable, "-c", code, message],
            env={"PYTHONHASHSEED": str(seed), "PATH": ""},
            capture_output=True,
            text=True,
            check=True,
            cwd=str(ROOT),
        ).stdout
        for seed in seeds
    }


def test_a_story_question_is_answered_alike_in_every_process():
    # The words that ask for a link ("is there a link", "connected") are read joined; they
    # were joined in a set's order, which changes with each process's string hashing, so a
    # message told at length could get another entry in one process of fifteen (seed 26).
    message = (
        "The nurse at my pain clinic keeps using the phrase 'central sensitisation' and says"
        " my nervous system is 'wound up'. I've also read that magnesium might help with"
        " exactly that. Is there a link between magnesium and this sensitisation thing, and"
        " how is it supposed to work?"
    )
    seen = _replies_under_hash_seeds(message, (0, 26, 27))
    assert len(seen) == 1, seen
    assert "central-sensitization" in seen.pop()


# -- drafting ------------------------------------------------------------------------------

needs_words = pytest.mark.skipif(not words.available(), reason="word data not installed")


@needs_words
@pytest.mark.parametrize(
    "label, question",
    [
        ("Internal review:", "What is internal review?"),
        ("Margin notes:", "What are margin notes?"),
        ("Proofreading:", "What is proofreading?"),
    ],
)
def test_a_label_of_a_definition_list_asks_what_it_names(label, question):
    assert label_question(label, "It means that someone checks the work again.") == question


@needs_words
@pytest.mark.parametrize("label", ["Note:", "Example:", "Step 2:", "Install Ruby:", "Warning:"])
def test_a_document_part_or_an_instruction_is_no_label(label):
    assert label_question(label, "Run the command again.") == ""


def test_a_label_with_nothing_after_it_asks_nothing():
    assert label_question("Internal review:", "") == ""


def test_a_label_of_a_tables_value_asks_nothing():
    # a table row read as "Good Name: Max_temp_C; Avoid: Maximum Temp" labels values
    assert label_question("Good Name:", "Max_temp_C; Good Alternative: MaxTemp; Avoid: w.") == ""
    assert label_question("Good Name:", "Precipitation_mm") == ""


@needs_words
def test_a_drafted_glossary_list_is_asked_what_each_term_is(tmp_path):
    article = (
        "# Complaints\n\n## Ways to complain\n\n"
        "There are two ways to complain about a refund decision:\n\n"
        "* **Internal review:** If your refund is refused, you can ask the shop to look at"
        " its decision again. A manager who was not involved must do it.\n"
        "* **Ombudsman review:** You can take the complaint to an independent ombudsman,"
        " who decides whether the shop treated you fairly.\n"
    )
    files = draft(article)
    text = "\n".join(files.values())
    assert '"What is internal review?"' in text
    assert '"What is ombudsman review?"' in text


def test_a_heading_of_a_thing_of_the_readers_asks_about_it():
    # it was "What can I do if my right to a refund?"
    assert ask_heading("Your right to a refund") == "What should I know about my right to a refund?"
    assert ask_heading("If you are a victim") == "What can I do if I am a victim?"


@needs_words
def test_a_setting_that_names_a_place_is_asked_with_the_question():
    names = frozenset({"Windows", "Excel", "Toolkit"})
    said = ask_sentence("On Windows, you may need to install the Build Toolkit.", names)
    assert said[0] == "Do I need to install the Build Toolkit on Windows?"
    assert ask_sentence("In Excel, dates are stored as numbers.", names) == [
        "Are dates stored as numbers in Excel?"
    ]
    # a connective sets no place
    assert ask_sentence("In fact, dates are stored as numbers.", names) == [
        "Are dates stored as numbers?"
    ]
    assert ask_sentence("In addition to the steps above, restart the server.", names)[0] == (
        "Should I restart the server?"
    )


def test_a_name_ending_in_s_keeps_its_capital():
    assert lower_first(["Windows"], frozenset({"Windows"})) == ["Windows"]
    assert lower_first(["Stores"], frozenset({"Store"})) == ["stores"]


# -- red flags -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "my back is agony and my legs wont hold me up anymore",
        "both my legs feel weak since yesterday and my back aches",
    ],
)
def test_legs_that_give_way_or_weakness_in_both_legs_is_urgent(chat, message):
    reply = chat.respond(message)
    assert reply.safety is not None and reply.safety.level == "urgent", reply.safety


def test_legs_tired_after_exercise_are_no_red_flag(chat):
    reply = chat.respond("my legs feel a bit weak after leg day at the gym")
    assert reply.safety is None


# -- reading -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    ["my printer keeps jamming, how do i fix it", "ugh my car broke down, how can i fix it"],
)
def test_a_thing_of_another_subject_told_before_a_fix_asked_of_it_is_not_answered(chat, message):
    # the clause is what "it" points at, not chatter to set aside: the question names a
    # printer, and the article's answer on easing back pain would be a wrong one
    assert chat.respond(message).status == "no_match"


def test_a_fix_asked_of_the_articles_own_trouble_told_before_it_is_answered(chat):
    reply = chat.respond("been on magnesium a week and my back aches, how can i stop it")
    assert reply.status == "answered"


def test_a_question_asked_of_the_evidence_asks_whether_what_follows_holds(chat):
    # "evidence" is no topic the base lacks: it asks whether magnesium helps with pain
    reply = chat.respond("is there evidence that magnesium helps with pain?")
    assert reply.status == "answered" and reply.entry.id == "magnesium-for-pain"


@pytest.mark.parametrize(
    "words, framed",
    [
        ("does research show it works", {"research"}),
        ("what do studies say about it", {"studies"}),
        ("is there evidence that it helps", {"evidence"}),
        ("research chemicals are risky", set()),
    ],
)
def test_evidence_words_frame_only_a_question_of_what_they_show(words, framed):
    from bot.core.forms import framing

    assert {"research", "studies", "evidence"} & framing(tuple(words.split())) == framed


def test_a_things_job_in_the_body_is_its_function(chat):
    # it was read as a question of whether the pain is real ("real")
    reply = chat.respond("so what is magnesium's real job in the body")
    assert reply.entry is not None and reply.entry.id == "intended-role"


def test_a_verb_in_a_verbs_place_is_no_thing_the_base_lacks(chat):
    # "does not drinking enough water AFFECT my back" is an alternate: "matter" stands
    # where "affect" does, a verb with its object, not a thing swapped for a thing
    reply = chat.respond("does not drinking enough water matter for back pain")
    assert reply.status == "answered" and reply.entry.id == "inflammation-dehydration"


def test_a_thing_in_a_things_place_is_still_one_the_base_lacks(chat):
    assert chat.respond("can magnesium cause a rash").status == "no_match"


def test_a_question_asked_outright_after_a_story_is_answered_as_asked(chat):
    # the story (citrate, an aching back, queasiness) had pulled it to what citrate does
    chat.respond("started magnesium citrate for leg cramps last week")
    chat.respond("my lower back aches after I take it and I feel queasy")
    reply = chat.respond("is the pain actually in my back?")
    assert reply.entry is not None and reply.entry.id == "is-the-pain-real"


def test_a_link_asked_after_a_story_still_reads_the_story(chat):
    chat.respond("started magnesium citrate for leg cramps last week")
    chat.respond("my lower back aches after I take it and I feel queasy")
    reply = chat.respond("could the citrate be causing it?")
    assert reply.entry is not None and reply.entry.id != "is-the-pain-real"


def test_whether_magnesium_helps_nerve_pain_is_answered_without_a_hedge(chat):
    # an alternate tried this round ("why would magnesium help with nerve pain" on the
    # NMDA entry) left this plain question torn between the two entries
    reply = chat.respond("does magnesium help nerve pain")
    assert reply.status == "answered" and reply.entry.id == "magnesium-for-pain"
