"""The emergencies beyond the back (chest pain, breathing, the heartbeat, fainting, confusion,
blood in the urine, belly pain with vomiting) told, denied, asked about or put down to an
everyday cause; and a red flag told in any turn of a conversation, however it is read."""

from __future__ import annotations

import json

import pytest

from bot.authoring.ingest import draft, seed_from
from bot.core.conversation import Conversation
from bot.core.figurative import figurative_spans
from bot.core.loader import load
from bot.core.matcher import NO_MATCH
from bot.core.question import Question
from bot.core.safety import DOCTOR, URGENT, raised_flag
from tests.test_cli import magbot
from tests.test_ingest import HEALTH, _write

NEW_FLAGS = {
    "chest-pain": URGENT,
    "breathing": URGENT,
    "heartbeat-faint": URGENT,
    "fainting": URGENT,
    "confusion": URGENT,
    "belly-pain-vomiting": URGENT,
    "severe-pain-faint": URGENT,
    "palpitations": DOCTOR,
    "blood-in-urine": DOCTOR,
    "painful-urination": DOCTOR,
    "lasting-diarrhoea": DOCTOR,
}


def flag_of(kb, message: str):
    return raised_flag(Question(message), kb.flags)


def test_the_new_flags_are_standard_guidance_at_their_level(kb):
    flags = {f.id: f for f in kb.flags}
    for flag_id, level in NEW_FLAGS.items():
        assert flags[flag_id].level == level
        assert flags[flag_id].source == "guidance"


@pytest.mark.parametrize(
    "message, flag_id",
    [
        ("woke up with a pressure on my chest like someone sitting on it", "chest-pain"),
        ("my chest is really tight and my jaw aches too", "chest-pain"),
        ("the pain in my chest goes down my left arm", "chest-pain"),
        ("I think I'm having a heart attack", "chest-pain"),
        ("out of nowhere a ripping pain in my chest through to my shoulder blades", "chest-pain"),
        ("I get breathless just walking to the kitchen", "breathing"),
        ("since this morning I've been struggling for breath", "breathing"),
        ("I can barely breathe and my back is killing me", "breathing"),
        ("I doubled my dose and now I feel really weak and dizzy", "heartbeat-faint"),
        ("my pulse keeps skipping and the room is spinning", "heartbeat-faint"),
        ("my heart rate is very slow and I feel woozy", "heartbeat-faint"),
        ("I blacked out on the stairs this morning", "fainting"),
        ("my husband collapsed in the garden, his back had been hurting", "fainting"),
        ("my dad has suddenly become confused and his back hurts", "confusion"),
        ("I'm disorientated and don't know where I am", "confusion"),
        ("my dad's on magnesium and now he doesn't know what day it is", "confusion"),
        ("I've been throwing up all night and my tummy pain is unbearable", "belly-pain-vomiting"),
        ("I threw up blood this morning", "belly-pain-vomiting"),
        (  # severe pain in the side or back with vomiting: the same day, blood in the pee or not
            "the flank pain is severe, I keep vomiting, and there's blood in my pee",
            "belly-pain-vomiting",
        ),
        ("my lower back pain is unbearable and I keep throwing up", "belly-pain-vomiting"),
        (
            "sudden agonising pain in my lower back and I feel like I'm going to faint",
            "severe-pain-faint",
        ),
        ("my back pain is excruciating and I've come out in a cold sweat", "severe-pain-faint"),
        ("i feel like i'm going to pass out and my back is killing me", "severe-pain-faint"),
    ],
)
def test_emergencies_beyond_the_back_are_urgent(kb, message, flag_id):
    flag = flag_of(kb, message)
    assert flag is not None, message
    assert (flag.id, flag.level, flag.reported) == (flag_id, URGENT, True)


@pytest.mark.parametrize(
    "message, flag_id",
    [
        ("I keep getting heart flutters at night", "palpitations"),
        ("my heartbeat has been erratic all week", "palpitations"),
        ("I've noticed some ectopic beats lately", "palpitations"),
        ("my wee has had blood in it since yesterday", "blood-in-urine"),
        ("pain in my flank and I'm weeing blood", "blood-in-urine"),
        ("my heart keeps fluttering sometimes, no dizziness though", "palpitations"),
        # more than a week of it (NHS: see a GP after 7 days); a few days is the
        # supplement's common effect
        ("the runs for 8 days now since the oxide", "lasting-diarrhoea"),
        ("diarrhoea for ten days straight from magnesium citrate", "lasting-diarrhoea"),
    ],
)
def test_palpitations_blood_in_the_urine_and_lasting_diarrhoea_need_a_doctor(kb, message, flag_id):
    flag = flag_of(kb, message)
    assert flag is not None, message
    assert (flag.id, flag.level, flag.reported) == (flag_id, DOCTOR, True)


@pytest.mark.parametrize(
    "message",
    [
        # denied, or gone
        "no chest pain or breathlessness, just a dull ache low down",
        "I'm not short of breath at all",
        "I had palpitations years ago but none since",
        "never fainted in my life",
        "I had a panic attack before my exam",
        "my son had an asthma attack at school",
        # the words used of something else: rivals and everyday uses
        "I wear a heart rate monitor when I run",
        "do breathing exercises help back pain?",
        "I did chest day yesterday and my lower back is stiff",
        "my chest of drawers is too heavy to move on my own",
        "my blood test came back normal",
        "had a blood test and a urine test last week",
        "sorry for the confusion, I meant glycinate",
        "I'm a bit confused about which form to buy",
        "this is getting confusing",
        "now i'm confused, is it the gut or the spine?",
        "so busy at work i don't know what day it is",
        "I passed out on the couch watching tv",
        "I fainted at the sight of the needle",
        "there's a faint ache in my lower back",
        "I feel a bit sick from the oxide and have stomach cramps",
        "the oxide gives me awful cramps but I haven't been sick",
        "took too much magnesium and got the runs",
        "loose stools for a few days since starting citrate",
        "loose stools for a week from the magnesium",
        "I've had diarrhoea for 5 days",
        "my heart races when I've had too much coffee",
        "my heart was pounding after sprinting for the bus",
        "my chest aches from all this coughing",
        "my heart feels heavy since she left",
        "my pee went pink after the beetroot salad",
        "can't breathe through my nose with this cold",
    ],
)
def test_no_false_alarm(kb, message):
    assert flag_of(kb, message) is None, message


@pytest.mark.parametrize(
    "message, flag_id",
    [
        ("is chest pain something to worry about with magnesium?", "chest-pain"),
        ("when should shortness of breath worry me?", "breathing"),
    ],
)
def test_asking_about_a_sign_gets_its_information(kb, message, flag_id):
    flag = flag_of(kb, message)
    assert flag is not None and (flag.id, flag.reported) == (flag_id, False)
    assert flag.message == next(f.info for f in kb.flags if f.id == flag_id)


def test_the_warning_signs_name_the_new_emergencies(kb):
    general = next(f for f in kb.flags if f.general)
    for words in ("chest pain", "trouble breathing", "fainting", "confusion", "vomiting"):
        assert words in general.message.lower() and words in general.info.lower()


# -- the heart's own working is no figure of speech ------------------------------------------


@pytest.mark.parametrize(
    "text, figure",
    [
        ("my heart is racing", False),
        ("my heart rate is high", False),
        ("my heart feels irregular", False),
        ("my heart feels numb", True),
        ("my brain is dead", True),
        ("my heart is doing weird things", False),  # what the organ does, however said
        ("my heart is going crazy", False),
        ("my heart is heavy", True),
        ("my heart keeps fluttering", False),  # how often it does, then what it does
        ("my heart sometimes skips", False),
        ("my heart keeps breaking", True),
    ],
)
def test_a_heart_that_races_is_the_body(text, figure):
    assert bool(figurative_spans(tuple(text.split()))) == figure


# -- a red flag told in a later turn ---------------------------------------------------------

OPENINGS = [
    ["does magnesium cause back pain?"],
    ["my back aches since I started magnesium", "I take citrate, two a day"],
    ["is citrate a laxative?", "why?"],
    ["which form is gentlest on the gut?", "no, I meant oxide"],
]
LEADS = ["", "Actually, ", "Oh and ", "Wait, ", "No, actually, "]


def _told(lead: str, example: str) -> str:
    return lead + (example[0].lower() + example[1:] if lead else example)


def test_a_red_flag_in_any_turn_is_raised_whatever_the_turn_is_read_as(kb, matcher):
    """A correction, a follow-up, a story going on: the flag is the message's own."""
    for flag in kb.flags:
        if flag.general:
            continue
        for example in flag.examples:
            for lead in LEADS:
                text = _told(lead, example)
                alone = flag_of(kb, text)
                for opening in OPENINGS:
                    chat = Conversation(kb, matcher)
                    for said in opening:
                        chat.respond(said)
                    reply = chat.respond(text)
                    assert reply.safety is not None, (opening, text)
                    assert alone is not None and reply.safety.id == alone.id, (opening, text)


def test_piped_chat_raises_a_flag_told_in_the_third_turn():
    lines = [
        "my back has ached since I started on magnesium",
        "I take glycinate at night",
        "Actually, I've also had some chest pain and I'm short of breath since this morning",
    ]
    result = magbot("chat", "--json", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    replies = [json.loads(line) for line in result.stdout.decode().splitlines() if line.strip()]
    assert [r["safety"] and r["safety"]["level"] for r in replies] == [None, None, URGENT]
    assert replies[2]["safety"]["reported"] is True


# -- a drafted health article carries them ---------------------------------------------------


def test_a_drafted_health_article_carries_the_general_emergencies(shipped_dir, tmp_path):
    kb = load(_write(draft(HEALTH, seed_from(shipped_dir)), tmp_path))
    ids = {f.id for f in kb.flags}
    assert ids >= set(NEW_FLAGS)
    for flag in kb.flags:
        if flag.id in NEW_FLAGS:
            for example in flag.examples:
                raised = raised_flag(Question(example), kb.flags)
                assert raised is not None and raised.id == flag.id, example
    # the article's own symptoms are no alarm in its draft
    for said in ("I feel dizzy and sick after running in the heat", "I have muscle cramps"):
        assert raised_flag(Question(said), kb.flags) is None, said


@pytest.mark.parametrize(
    "message", ["can magnesium cause chest pain?", "can magnesium give you pain at night?"]
)
def test_a_question_about_a_sign_is_not_asked_again_without_it(chat, message):
    """The sign's words are what is asked: without them "can magnesium cause ...?" would
    be answered as if it asked whether magnesium causes back pain."""
    reply = chat.respond(message)
    assert reply.safety is not None and not reply.safety.reported
    assert reply.status == NO_MATCH and reply.entry is None


def test_a_question_about_a_sign_the_article_covers_is_still_answered(chat, kb):
    reply = chat.respond("how long can back pain go on before I should get a medical check?")
    assert reply.safety is not None and not reply.safety.reported
    assert reply.entry is not None and reply.entry.id in reply.safety.same_as


# -- an emergency whoever has it (`anyone = true`) -------------------------------------------


@pytest.mark.parametrize(
    "message, flag_id",
    [
        ("my wife can't breathe", "breathing"),
        ("my husband just fainted in the kitchen", "fainting"),
        ("my daughter is vomiting and says her tummy pain is unbearable", "belly-pain-vomiting"),
    ],
)
def test_someone_elses_emergency_is_raised_without_their_back_pain(kb, message, flag_id):
    flag = flag_of(kb, message)
    assert flag is not None and (flag.id, flag.level) == (flag_id, URGENT), message


@pytest.mark.parametrize(
    "message",
    [
        "my cat can't breathe properly",  # an animal's sign is no person's
        "my dad had a heart attack at 60, is magnesium safe for me?",  # family history
        "my grandmother had chest pains before she died",
        "my brother has a fever, and my back aches",  # a back-pain flag: his, not mine
    ],
)
def test_someone_elses_past_or_back_pain_sign_is_not_an_emergency(kb, message):
    assert flag_of(kb, message) is None, message


# -- thoughts of suicide or self-harm ---------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "and i feel like i want to hurt myself",
        "I've been thinking about killing myself",
        "my back hurts so bad i want to die",
        "my sister said she wants to end her life",  # whoever has it
        "honestly im suicidal lately",
    ],
)
def test_thoughts_of_suicide_or_self_harm_get_the_help_lines_first(kb, message):
    flag = flag_of(kb, message)
    assert flag is not None and (flag.id, flag.level) == ("self-harm", URGENT)
    assert "988" in flag.message and "emergency" in flag.message


@pytest.mark.parametrize(
    "message",
    [
        "I hurt myself lifting a box, can magnesium help?",  # an injury, not self-harm
        "i'm not suicidal, just sore",
        "I cut myself shaving",
    ],
)
def test_an_injury_or_a_denial_is_no_self_harm(kb, message):
    flag = flag_of(kb, message)
    assert flag is None or flag.id != "self-harm", message


def test_a_question_about_suicide_gets_the_help_lines_and_no_guess(chat):
    # `asked = true`: no worry word is needed; after urgent guidance the rest of the
    # message gets no "closest" guess
    reply = chat.respond("can magnesium cause suicidal thoughts?")
    assert reply.safety is not None and reply.safety.id == "self-harm"
    assert "988" in reply.answer
    assert reply.status == NO_MATCH and reply.entry is None and not reply.alternatives


def test_someone_elses_sign_told_after_their_back_pain_is_raised(chat):
    # the back pain in one message, the fever in the next: together, an emergency
    chat.respond("my mom has lower back pain")
    reply = chat.respond("she also has a fever")
    assert reply.safety is not None and reply.safety.id == "fever"


def test_a_sign_that_goes_with_the_pain_told_just_before_is_raised(chat):
    # steroid use is a sign beside back pain: the pain told in one message, the steroids
    # in the next
    chat.respond("had back pain since starting mag")
    reply = chat.respond("and i'm on steroids long term for my asthma, does that change anything")
    assert reply.safety is not None and reply.safety.id == "steroid-use"


def test_a_sign_that_goes_with_the_pain_told_just_after_it_is_raised(chat):
    # the steroids first, the back pain in the next message
    assert chat.respond("i'm on steroids for asthma").safety is None
    reply = chat.respond("my back hurts since starting mag")
    assert reply.safety is not None and reply.safety.id == "steroid-use"


def test_a_sign_that_goes_with_the_pain_in_a_sentence_of_its_own_is_raised(chat):
    reply = chat.respond("had back pain since starting mag. I'm on steroids long term.")
    assert reply.safety is not None and reply.safety.id == "steroid-use"
    # each sentence keeps its own denial
    assert chat.respond("I don't have a fever. My back hurts after the gym.").safety is None


def test_a_sign_said_to_get_worse_in_its_next_sentence_is_the_worse_sign(chat):
    # "it" is the weakness: weakness getting worse is an emergency, weakness alone is not
    reply = chat.respond("my legs feel weak with the back pain. its getting worse every day")
    assert reply.safety is not None and reply.safety.id == "progressive-weakness"


def test_a_sign_said_to_get_worse_in_the_next_message_is_raised_again_as_urgent(chat):
    first = chat.respond("my legs feel weak with the back pain")
    assert first.safety is not None and first.safety.level == DOCTOR
    reply = chat.respond("its getting worse every day, now im stumbling")
    assert reply.safety is not None and reply.safety.id == "progressive-weakness"
    assert reply.safety.level == URGENT


def test_a_flag_already_given_is_not_raised_again_by_the_next_message(chat):
    first = chat.respond("i have back pain and a fever")
    assert first.safety is not None and first.safety.id == "fever"
    assert chat.respond("thanks").safety is None


def test_information_asked_for_does_not_come_back_with_every_later_answer(chat):
    chat.respond("started magnesium citrate last week")
    chat.respond("since then my stomach is upset and my lower back hurts")
    asked = chat.respond("is it dangerous")
    assert asked.safety is not None and not asked.safety.reported
    assert chat.respond("what can i do").safety is None
    # a sign told comes back with the answers to the story, as before
    chat.respond("i have back pain and a fever")
    assert chat.respond("what can i do").safety is not None


@pytest.mark.parametrize(
    "message",
    [
        "my back pain is unbearable and I'm so sleepy",  # tired, not faint
        "does magnesium make you dizzy? my back pain is excruciating",  # dizzy only asked
        "excruciating back pain last year, no dizziness now",
    ],
)
def test_severe_pain_without_faintness_told_is_no_emergency(kb, message):
    flag = flag_of(kb, message)
    assert flag is None or flag.level != URGENT, (message, flag and flag.id)


def test_a_question_that_names_the_subject_beside_an_urgent_sign_is_answered(chat):
    reply = chat.respond("i have a fever and my back hurts since starting mag. could that be it?")
    assert reply.safety is not None and reply.safety.id == "fever"
    named = chat.respond("i have a fever and my back hurts. could that be the magnesium?")
    assert named.safety is not None and named.entry is not None


@pytest.mark.parametrize(
    ("message", "reported"),
    [
        # told since when, in a part that asks nothing: had, however calmly
        ("heart flutters now and then since starting magnesium, no dizziness, just curious", True),
        ("just curious what numbness since starting magnesium would mean", False),
        ("just curious, can magnesium cause palpitations?", None),
    ],
)
def test_a_sign_told_since_when_is_reported_though_only_curious(kb, message, reported):
    flag = flag_of(kb, message)
    assert (flag.reported if flag is not None else None) is reported
