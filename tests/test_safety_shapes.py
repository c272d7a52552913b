"""Red flags: the shapes of a false alarm or a miss that no one phrase fixes (a time said
with "back", a symptom gone, someone else's, a figure of speech, a kind of pain denied, rest
that does not help), each by a general rule."""

from __future__ import annotations

import pytest

from bot.core.clauses import Mention
from bot.core.durations import durations, times_back
from bot.core.knowledge import KnowledgeBase
from bot.core.negex import sentences
from bot.core.question import Question
from bot.core.safety import DOCTOR, URGENT, raised_flag


def flag_of(kb: KnowledgeBase, message: str):
    return raised_flag(Question(message), kb.flags)


def assert_no_flag(kb: KnowledgeBase, message: str) -> None:
    flag = flag_of(kb, message)
    assert flag is None, (message, flag and flag.id)


def assert_flag(kb: KnowledgeBase, message: str, levels=(DOCTOR, URGENT)) -> None:
    flag = flag_of(kb, message)
    assert flag is not None and flag.level in levels and flag.reported, (message, flag)


# -- "a few weeks back" is a point in time, and no one's back -------------------------------


@pytest.mark.parametrize(
    "text, long_enough",
    [
        ("a few weeks back", False),
        ("two months back i had one", False),
        ("started two months back", True),  # as "ago": unless it goes on since
        ("six weeks back pain", True),  # "back" names a thing: the back pain of six weeks
    ],
)
def test_a_span_of_time_followed_by_back_is_a_point_in_time(text, long_enough):
    assert bool(durations(tuple(text.split()), 21)) is long_enough


def test_back_that_means_ago_is_no_back():
    words = ("a", "few", "weeks", "back", "and", "my", "back", "aches")
    assert times_back(words) == [(3, 4)]


@pytest.mark.parametrize(
    "message",
    [
        "I started magnesium a few weeks back and my back is a bit achy",
        "a couple of months back I switched to citrate, now my back aches a bit",
        "I had pins and needles in my feet a couple of weeks back but they're totally gone",
    ],
)
def test_a_time_said_with_back_raises_no_alarm(kb, message):
    assert_no_flag(kb, message)


def test_six_weeks_back_pain_still_lasts_six_weeks(kb):
    assert_flag(kb, "I've had six weeks back pain and it's no better")


@pytest.mark.parametrize(
    "text, word",
    [
        ("i had pins and needles, but theyre completely gone", "pins"),
        ("the tingling came back, but its mostly gone", "tingling"),
    ],
)
def test_a_clause_that_only_says_they_are_gone_resolves_the_one_before(text, word):
    [sentence] = sentences(text)
    at = sentence.words.index(word)
    assert sentence.resolved(Mention(at, at + 1))


# -- a span of time belongs to what it is told of -------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        # "the last few months" is no "it has lasted"
        "I've been walking a lot more over the last few months, is magnesium good for energy?",
        # told in a clause of its own, of someone doing something else
        "I've been dieting for the last few months and my back is a bit stiff",
        "I've been going to the gym for 2 months and my back is a bit sore",
    ],
)
def test_a_span_of_time_of_something_else_is_no_lasting_pain(kb, message):
    assert_no_flag(kb, message)


@pytest.mark.parametrize(
    "message",
    [
        "I've been limping for a month, my back hurts",  # the doing is the complaint
        "I've been struggling for 6 weeks, my back is killing me",
        "it's been 6 weeks and my back still hurts",
        "the back pain has lasted the last six weeks",
    ],
)
def test_a_span_of_time_of_the_complaint_still_counts(kb, message):
    assert_flag(kb, message, (DOCTOR,))


# -- someone else's sign: a relative's told with its own details, a pet's ---------------------


@pytest.mark.parametrize(
    "message",
    [
        # "her", "his" in the sign's own description do not come back to that person
        "my mum has numbness in her hands, does magnesium help with that?",
        "my uncle has numbness in his feet from his diabetes. for me, is citrate better?",
        # naming them again without telling more of them
        "my wife has sciatica, would magnesium help her?",
        "my son fell off his bike yesterday, he's fine. does magnesium help cramps?",
        # "boyfriend's" is his, and "when he sits" tells of the sign
        "my boyfriend's legs go numb when he sits on the toilet too long lol, any tips?",
        # an animal's sign is no person's red flag, whatever else is said of it
        "my dog lost control of his bladder on the rug, is magnesium safe for dogs?",
        "our dog has been limping and dragging his back leg, does magnesium help sleep?",
    ],
)
def test_someone_elses_sign_told_in_passing_raises_no_alarm(kb, message):
    assert_no_flag(kb, message)


@pytest.mark.parametrize(
    "message",
    [
        "my nan slipped on the ice and landed on her bum",  # goes on to tell of her
        "my dad fell off a ladder, he takes magnesium, should he go to A&E?",
        "the dog knocked me over and now my back hurts",  # done to the writer
        "my husband pushed me down the stairs and my back hurts",
    ],
)
def test_someone_elses_sign_counts_when_it_is_told_of_them_or_done_to_the_writer(kb, message):
    assert_flag(kb, message, (URGENT,))


# -- figures of speech found by their shape ----------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "my head is numb from studying all night, which magnesium helps focus?",
        "my mind has gone completely numb from all this reading about supplements",
        "my brain feels dead after a long shift, is magnesium good for energy?",
        "I'm so weak for sweets, does magnesium help cravings?",
        "I have a weakness for crisps, does magnesium help?",
    ],
)
def test_a_symptom_word_used_as_a_figure_raises_no_alarm(kb, message):
    assert_no_flag(kb, message)


@pytest.mark.parametrize(
    "message",
    [
        "my head is numb and my legs are tingling",  # the legs are no figure
        "my legs have been weak for days",  # a time, not a thing liked
        "my leg is numb for no reason",
        "I feel weak for sure, and my back aches",  # a manner
        "I'm too weak for stairs with this back pain",  # what it cannot do
        "should I go to a&e for numbness between my legs",
    ],
)
def test_the_same_words_said_of_the_body_still_count(kb, message):
    flag = flag_of(kb, message)
    assert flag is not None and flag.level in (DOCTOR, URGENT), message


# -- "not a dull ache": the kind denied, not the thing ---------------------------------------


@pytest.mark.parametrize(
    "text, word, denied",
    [
        ("its not a dull ache", "ache", False),  # an ache of another kind
        ("its not a sharp pain", "sharp", True),  # the kind itself
        ("its not a constant nagging pain", "constant", True),
        ("theres no pain", "pain", True),  # no kind named: the thing
        ("its not a pain", "pain", True),
    ],
)
def test_not_a_kind_of_thing_denies_the_kind(text, word, denied):
    [sentence] = sentences(text)
    at = sentence.words.index(word)
    assert sentence.denied(Mention(at, at + 1)) is denied


def test_a_sharp_pain_told_against_a_dull_one_is_flagged(kb):
    assert_flag(kb, "it's not a dull ache, it's a sharp stab when I bend", (DOCTOR,))
    assert_no_flag(kb, "it's not a sharp pain, just a dull ache when I bend")


# -- pain that rest does not ease, told in lay words -----------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "the pain is the same whether I lie down or walk about",
        "my back hurts just as bad lying in bed",
        "after a week of rest my back hurts as much as ever",
    ],
)
def test_pain_that_rest_does_not_change_is_a_see_a_doctor_sign(kb, message):
    flag = flag_of(kb, message)
    assert flag is not None and (flag.id, flag.reported) == ("night-pain", True), message


@pytest.mark.parametrize(
    "message",
    ["I rested for a day and my back pain is much better now", "my back eases when I lie down"],
)
def test_pain_that_rest_eases_is_none(kb, message):
    assert_no_flag(kb, message)


# -- an everyday strain explains away only what it can --------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "I wet myself after running and my back hurts",
        "I fell after the gym and hurt my back",
        "I've had a fever after swimming and my back aches",
        "I lost control of my bladder from sitting, back pain",
    ],
)
def test_an_everyday_cause_never_explains_an_emergency_away(kb, message):
    assert_flag(kb, message, (URGENT,))


def test_an_everyday_cause_still_explains_numbness_away(kb):
    assert_no_flag(kb, "my legs are numb from sitting cross legged, back aches a bit")
    assert_no_flag(kb, "my bum is numb from cycling")


@pytest.mark.parametrize(
    "message",
    [
        "I can barely walk after leg day, will magnesium help sore muscles?",
        "my legs are like jelly after my first spin class, back a little sore",
        "my legs felt weak after pilates, is magnesium good for recovery?",  # by its meaning
    ],
)
def test_soreness_from_exercise_is_no_red_flag(kb, message):
    assert_no_flag(kb, message)


def test_numbness_after_a_plain_walk_is_no_exercise(kb):
    assert_flag(kb, "my legs go numb after walking for 5 minutes", (DOCTOR,))


# -- weight lost on purpose, told twice ---------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "I'm trying to lose weight and I've dropped 5kg, back is a bit achy",
        "I've dropped 5kg, I'm trying to lose weight for my wedding, back is a bit sore",
        "I lost weight after going vegan, is magnesium important?",
    ],
)
def test_weight_lost_on_purpose_is_no_alarm_however_often_it_is_told(kb, message):
    assert_no_flag(kb, message)


def test_weight_lost_without_trying_after_a_diet_still_counts(kb):
    message = "I was trying to lose weight last year, but now I've lost 10kg without trying"
    assert_flag(kb, message, (URGENT,))


# -- gone, in the words people use ------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "I had a stabbing pain last week but it's settled",
        "the numbness wore off after an hour",
        "the tingling in my toes eased off and hasn't come back",
        "I had some tingling, not anymore though",
        "the tingling is completely gone, no idea what caused it",  # "gone" ends its clause
    ],
)
def test_a_symptom_gone_in_everyday_words_raises_no_alarm(kb, message):
    assert_no_flag(kb, message)


@pytest.mark.parametrize(
    "message",
    [
        "the numbness has settled into my foot and my back aches",
        "the numbness hasn't eased and my back aches",
        "my foot has gone numb, my back aches",
    ],
)
def test_the_same_words_that_do_not_say_gone_still_count(kb, message):
    assert_flag(kb, message)


# -- numbness in lay words ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "my toes feel weird and fuzzy, and my back hurts",
        "my foot has a strange buzzing feeling and my back hurts",
    ],
)
def test_an_odd_feeling_in_a_limb_is_a_see_a_doctor_sign(kb, message):
    flag = flag_of(kb, message)
    assert flag is not None and flag.id == "neurological", message


@pytest.mark.parametrize(
    "message",
    [
        "my phone keeps buzzing with reminders to take magnesium",
        "my head feels fuzzy in the mornings, is it the magnesium?",
        "my stomach feels weird after magnesium oxide",
    ],
)
def test_an_odd_feeling_elsewhere_is_none(kb, message):
    assert_no_flag(kb, message)


# -- emergencies in other words -------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "I peed the bed last night for the first time in my adult life, back's been bad",
        "I've gone down two dress sizes without dieting and my back aches",  # no intent
    ],
)
def test_emergencies_told_in_other_words_are_urgent(kb, message):
    assert_flag(kb, message, (URGENT,))


def test_a_childs_wet_bed_is_still_theirs(kb):
    assert_no_flag(kb, "my son peed the bed again, can kids take magnesium?")


def test_pain_that_takes_the_breath_away_is_debilitating(kb):
    assert_flag(kb, "the pain in my back takes my breath away", (DOCTOR,))


def test_asking_how_long_is_too_long_gets_information(kb):
    flag = flag_of(kb, "how long is too long for back pain to last?")
    assert flag is not None and (flag.id, flag.reported) == ("severe-or-persistent", False)


# -- what is gone: a faculty lost, or a symptom over -----------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "i cant tell when i need to go pee now, the feeling is just gone",
        "my legs buckled today and all the strength has gone",
        "lost control of my bowels and the sensation is completely gone",
    ],
)
def test_a_feeling_or_strength_that_is_gone_is_lost_not_better(kb, message):
    assert_flag(kb, message)


@pytest.mark.parametrize(
    "message",
    [
        "my toes tingled on monday but its just gone now",
        "had pins and needles in my calf but it's just gone away",
    ],
)
def test_just_after_it_is_is_an_adverb_and_the_sign_is_gone(kb, message):
    assert_no_flag(kb, message)


@pytest.mark.parametrize(
    "message",
    [
        "no fever its just my leg is numb",  # "just" still ends the scope of "no"
        "i dont have a fever its just that my foot feels numb",
        "my leg has less power than it had last month",
        "both arms have less strength since the weekend",
    ],
)
def test_a_sign_after_just_or_told_as_less_power_still_counts(kb, message):
    assert_flag(kb, message)


# -- "hard breathing" is "hard to breathe": an adjective that asks for "to" and a verb ------


@pytest.mark.parametrize(
    "message",
    ["since lunch i have hard breathing and my back aches", "my dad has harder breathing today"],
)
def test_an_adjective_before_the_ing_form_says_what_it_says_before_to(kb, message):
    assert_flag(kb, message, (URGENT,))


@pytest.mark.parametrize(
    "message",
    ["hard training at the gym made my back sore", "the breathing exercises were hard"],
)
def test_the_adjective_alone_says_nothing_of_the_sign(kb, message):
    assert_no_flag(kb, message)


# -- negative concord: "I don't feel nothing" says one negation twice ---------------------


@pytest.mark.parametrize(
    "message",
    [
        "I not feel nothing in the area around my private parts",
        "I don't feel nothing in my groin since yesterday",
        "i dont really feel nothing in my inner thighs",
    ],
)
def test_a_negation_beside_a_negative_sign_doubles_it_and_does_not_deny_it(kb, message):
    assert flag_of(kb, message).level == URGENT


@pytest.mark.parametrize(
    "message",
    [
        "no numbness in my groin",
        "I don't have any numbness in my groin",
        "not numb down there, just sore",
    ],
)
def test_a_negation_before_a_plain_sign_still_denies_it(kb, message):
    assert_no_flag(kb, message)


# -- a thing said to be weak, and a strain that opens the sentence -------------------------


@pytest.mark.parametrize(
    "message",
    [
        "my willpower is weak and I keep forgetting my mag, anyway does oxide upset your stomach?",
        "the wifi signal was weak so the page would not load, does magnesium cause back pain",
        "leg day wrecked me lol legs are jelly, would mag help with recovery cramps?",
        "the gym absolutely destroyed me, my legs feel weak",
        "my face goes red when i pee, weird huh",
    ],
)
def test_a_thing_said_weak_or_a_strain_told_first_raises_no_alarm(kb, message):
    assert_no_flag(kb, message)


@pytest.mark.parametrize(
    "message",
    [
        "my legs are weak and my back hurts",
        "my grip is weak and my back hurts",
        "i have weakness and back pain",
        "gym was fine but my legs went numb at night",  # the strain is set against the sign
        "lifting boxes and now my legs are numb",  # no strain told doing it
        "back hurts on one side and my pee looks kinda pinkish, been a few days",
        "my urine is pink and my side hurts",
    ],
)
def test_the_same_signs_said_of_the_body_still_count(kb, message):
    assert_flag(kb, message)


def test_not_being_able_to_hold_it_asked_of_is_urgent_information(kb):
    flag = flag_of(kb, "what does it mean if back pain comes with not being able to hold your pee?")
    assert flag is not None and flag.id == "bladder-bowel-control" and not flag.reported


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("im 58 and my back hurts", ["im 58"]),
        ("i am 61 now", ["am 61"]),
        ("my 70 year old mum", ["70 year old"]),
        ("a man in his 60 s", ["in his 60 s"]),
        ("aged 52 with back pain", ["aged 52"]),
        ("im 34 and my back hurts", []),  # younger than asked
        ("i take 60 mg of zinc", []),  # a dose, no age
        ("at 60 i started running", []),  # "at" may be a speed or a time
        ("im 500 miles away", []),  # no one is that old
    ],
)
def test_an_age_is_read_only_as_an_age(text, said):
    from bot.core.durations import ages

    words = tuple(text.split())
    assert [" ".join(words[m.start : m.end]) for m in ages(words, 50)] == said


def test_back_pain_new_after_fifty_or_with_steroids_or_worsening_needs_a_doctor(kb):
    assert_flag(
        kb, "im 61 and this back pain only started last month, is it my magnesium?", (DOCTOR,)
    )
    assert_flag(kb, "on prednisone for my arthritis and now my lower back aches", (DOCTOR,))
    assert_flag(kb, "my back pain keeps getting worse, does magnesium help?", (DOCTOR,))
    assert_no_flag(kb, "I'm 62 and my back hurts after gardening all day")  # explained
    assert_no_flag(kb, "I'm 55, does magnesium help me sleep?")  # no pain told
    assert_no_flag(kb, "I use a steroid cream for eczema and my back is itchy")
    assert_no_flag(kb, "my friend at the gym is on steroids, does magnesium help recovery?")


@pytest.mark.parametrize(
    "message",
    [
        "lost about 7kg in 2 months without trying and my back aches constantly, "
        "is my magnesium doing this?",
        "been running a fever for days and my back is killing me, could the pills do that?",
    ],
)
def test_a_sign_told_before_a_question_of_the_thing_is_reported(kb, message):
    # "is MY magnesium ..." opens the question (an auxiliary before a thing's owner, not
    # only before a pronoun): what comes before it is told, not asked
    assert_flag(kb, message)


@pytest.mark.parametrize(
    "message",
    [
        "what kind of numbness should make me go to the ER with back pain?",
        "what signs would mean my back pain is an emergency, like a pinched nerve thing?",
    ],
)
def test_a_sign_asked_of_beside_emergency_care_asks_the_warning_signs(kb, message):
    # a less pressing sign named only as asked of, beside emergency care asked of: the
    # warning signs in general, at their level
    flag = flag_of(kb, message)
    assert flag is not None and flag.id == "warning-signs" and flag.level == URGENT
    assert not flag.reported


@pytest.mark.parametrize(
    ("message", "flag_id"),
    [
        ("when is numbness with back pain serious?", "neurological"),  # no care named
        ("what kind of pain is this, it goes down my leg", "radiating"),  # told, not asked
    ],
)
def test_a_sign_asked_of_alone_is_its_own(kb, message, flag_id):
    flag = flag_of(kb, message)
    assert flag is not None and flag.id == flag_id and flag.level == DOCTOR


def test_what_kind_of_a_sign_asks_of_it(kb):
    flag = flag_of(kb, "what kind of tingling means my back needs a doctor")
    assert flag is not None and not flag.reported


def test_back_pain_in_someone_who_injects_drugs_needs_a_doctor(kb):
    assert_flag(kb, "i inject drugs and my back has been really sore for a week", (DOCTOR,))
    assert_flag(kb, "i use iv drugs and now my lower back hurts, i take magnesium", (DOCTOR,))
    assert_no_flag(kb, "i shot up out of bed and my back hurt a bit")  # no needle
    assert_no_flag(kb, "i had a flu injection and my back aches after the gym")


def test_a_pulsing_in_the_belly_beside_back_pain_is_urgent(kb):
    assert_flag(kb, "my back hurts and there's a pulsing feeling in my belly", (URGENT,))
    assert_flag(kb, "i can feel a pulse in my stomach and my lower back aches", (URGENT,))
    assert_no_flag(kb, "no pulsing in my belly, just a dull ache in my back after lifting")


def test_pee_the_colour_of_blood_some_words_on_is_blood_in_the_urine(kb):
    assert_flag(kb, "my pee's been really dark, almost cola coloured, and my back hurts", (DOCTOR,))


@pytest.mark.parametrize(
    "message",
    [
        "odd thing is my inner thighs and privates feel numb, like after a long cycle",
        "numb down below, kind of like after a spin class",
    ],
)
def test_a_sign_likened_to_an_everyday_strain_is_not_put_down_to_it(kb, message):
    flag = raised_flag(Question(message), kb.flags)
    assert flag is not None and flag.id == "saddle-numbness" and flag.level == URGENT, flag


# -- a sign said to go on, in words that look like a negation ------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "mag citrate gave me the runs and it hasnt stopped for 9 days now",
        "my back pain isn't letting up at all",
        "my back's been sore for four weeks and it won't stop",
    ],
)
def test_a_sign_that_has_not_stopped_goes_on(kb, message):
    assert_flag(kb, message, (DOCTOR,))


def test_what_does_not_stop_a_person_is_no_sign_going_on(kb):
    assert_no_flag(kb, "it isn't stopping me from working, just an annoying back ache")


def test_the_supplement_named_in_a_clause_of_its_own_does_not_take_over_a_span_of_time(kb):
    # "mag or no mag" says nothing of the four weeks: they are the pain's
    assert_flag(kb, "My back's been sore for about four weeks now, mag or no mag", (DOCTOR,))
    assert_flag(kb, "my back has hurt for 3 months, since I started magnesium", (DOCTOR,))
    # the weeks of the supplement, in its own clause, are no pain of weeks
    assert_no_flag(kb, "I've been taking magnesium for 3 months and my back hurts")
    # a sign across clauses, the supplement nearer its first: "up at night" is the question's
    assert_no_flag(
        kb, "This question has been keeping me up at night: can magnesium cause back pain?"
    )


def test_thoughts_of_suicide_said_without_the_word_are_an_emergency(kb):
    message = "this back pain has me so low, everyone would be better off without me"
    assert_flag(kb, message, (URGENT,))
    assert flag_of(kb, message).id == "self-harm"


def test_a_sign_asked_of_stays_asked_when_another_sentence_follows(kb):
    from bot.core.safety import raised_flag_after

    message = (
        "if i got numbness in my groin with back pain would that be serious? "
        "asking before i start magnesium"
    )
    flag = raised_flag_after(Question(message), kb.flags, "")
    assert flag is not None and flag.level == URGENT and not flag.reported


def test_a_thing_stopped_is_what_was_done_not_a_sign_gone(kb):
    assert_flag(kb, "my back has hurt for 6 weeks now, stopped the magnesium, still no better")
    assert_flag(kb, "back pain 2 months straight now, stopped and restarted it, nothing changes")
    assert_no_flag(kb, "had a fever last week, it stopped")


def test_waking_up_drenched_in_sweat_is_a_night_sweat(kb):
    assert_flag(kb, "waking up drenched in sweat most nights lately, along with my back ache")
    assert_no_flag(kb, "i go to sleep on the sofa most nights and wake up with a stiff back")


@pytest.mark.parametrize(
    "message",
    [
        "my heart keeps fluttering, but i feel fine otherwise, no dizziness",
        "my heart keeps fluttering but other than that i'm fine",
        "heart fluttering, otherwise fine",
    ],
)
def test_well_otherwise_is_well_apart_from_the_sign(kb, message):
    assert flag_of(kb, message).id == "palpitations"


def test_a_sign_said_to_be_fine_now_is_still_gone(kb):
    assert_no_flag(kb, "my heart was fluttering yesterday but it's fine now")
    assert_no_flag(kb, "I had a fever but I feel fine now")


@pytest.mark.parametrize(
    "message",
    [
        "my heart's racing and I almost passed out getting up just now",
        "my heart is racing and i feel like i'm going to pass out",
    ],
)
def test_nearly_fainting_with_a_racing_heart_is_an_emergency(kb, message):
    flag = flag_of(kb, message)
    assert flag is not None and flag.id == "heartbeat-faint" and flag.level == URGENT


def test_it_after_an_achy_back_is_that_pain(kb):
    from bot.core.safety import raised_flag_after

    message = "it wakes me up every night and lying down doesn't help at all"
    assert raised_flag_after(Question(message), kb.flags, "") is None
    flag = raised_flag_after(Question(message), kb.flags, "why is my back achy")
    assert flag is not None and flag.id == "night-pain" and flag.reported


@pytest.mark.parametrize(
    "message",
    [
        "my heart fluttered",
        "my heart is fluttery",
        "my heart does this fluttery thing a few times a day since I started magnesium",
    ],
)
def test_a_heart_that_flutters_in_any_tense_is_no_figure_of_speech(kb, message):
    assert flag_of(kb, message).id == "palpitations"


@pytest.mark.parametrize("message", ["my heart is heavy", "my heart keeps breaking over this"])
def test_the_heart_as_a_figure_still_raises_nothing(kb, message):
    assert_no_flag(kb, message)


def test_an_urge_felt_is_no_question_of_urgent_care(kb):
    assert_no_flag(
        kb, "my poop is loose and I feel urgent, plus my lower back hurts, is that connected?"
    )
    assert_no_flag(kb, "I have an urgent need to go and my back hurts, is that from the mag?")
    flag = flag_of(kb, "my back aches, is it urgent?")
    assert flag is not None and flag.id == "warning-signs" and not flag.reported
