"""Red flags by meaning: the sign as people describe it, denied, gone, or only asked about."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.authoring.evaluate import EvalFileError, evaluate_rows, read_rows
from bot.core.clauses import Mention
from bot.core.conversation import Conversation
from bot.core.durations import durations, slow_rates
from bot.core.knowledge import KnowledgeBase, KnowledgeError
from bot.core.loader import load
from bot.core.negex import sentences
from bot.core.question import Question
from bot.core.safety import DOCTOR, SOURCES, URGENT, raised_flag, without_flags

TUNING = Path(__file__).parent / "eval" / "redflags-tune.jsonl"


def flag_of(kb: KnowledgeBase, message: str):
    return raised_flag(Question(message), kb.flags)


# -- reported signs, in words the flag lists do not hold as phrases --------------------------


@pytest.mark.parametrize(
    "message, flag_id",
    [
        ("numb where I sit on the bike seat and my back aches", "saddle-numbness"),
        ("my bum has gone to sleep and won't wake up, plus back pain", "saddle-numbness"),
        ("I can't feel the toilet paper when I wipe", "saddle-numbness"),
        ("since monday I haven't been able to pee even though I need to", "bladder-bowel-control"),
        ("I didn't make it to the toilet and didn't feel it coming", "bladder-bowel-control"),
        ("running hot and shivery for two days and my mid back hurts", "fever"),
        ("waking up drenched in sweat every night", "fever"),
        ("I have a feaver and my back hurts", "fever"),  # a typo
        ("got rear ended at the lights yesterday, back is stiff", "fall-or-injury"),
        ("my nan slipped on the ice and landed on her bum", "fall-or-injury"),
        ("lost about 10 pounds without trying and my back aches", "weight-loss"),
        ("the weight is dropping off me for no reason", "weight-loss"),
        ("my leg is getting weaker by the day", "progressive-weakness"),
        ("my legs suddenly went weak today and i keep tripping", "progressive-weakness"),
        ("each day it's harder to lift my foot up the stairs", "progressive-weakness"),
        ("took a nasty fall down the stairs and my back pain is severe", "fall-or-injury"),
        # the aorta's sign: sudden tearing pain through the back, faint or not
        ("sudden ripping pain between my shoulder blades out of nowhere", "severe-pain-faint"),
        ("a tearing pain in my back through to my belly and i feel faint", "severe-pain-faint"),
        ("took 10 pills, my heartbeat is slow and irregular and im super weak", "heartbeat-faint"),
        # weakness that makes it hard to walk
        ("my legs feel weak and heavy today, it's hard to walk", "progressive-weakness"),
        # a person who "went down" fell: no sign that went down (eased)
        ("both my legs went weak today and i nearly went down", "progressive-weakness"),
    ],
)
def test_emergencies_are_urgent_however_they_are_told(kb, message, flag_id):
    flag = flag_of(kb, message)
    assert flag is not None, message
    assert (flag.id, flag.level, flag.reported) == (flag_id, URGENT, True)


@pytest.mark.parametrize(
    "message",
    [
        "the outside of my left foot has gone a bit numb",
        "pins n needles down my leg into my big toe",
        "I can't stand on my tiptoes on that foot anymore",
        "the pain shoots down the back of my leg to my calf",
        "it's like an electric shock in my spine when I bend",
        "hurts so bad I can't get out of bed",
        "my back has been hurting for about 6 weeks now",
        "back pain for over a month, every single day",
        "my back pain wakes me up at 3am",
        "excrutiating back pain",  # a typo
        "it burns when i pee and my lower back hurts on one side",  # an infection's sign
        "magnesium citrate has given me diarrhea every day for two weeks even after I stopped it",
        # what the person stopped is no sign gone
        "BACK PAIN KEEPS GETTING WORSE EVERY WEEK EVEN THOUGH I STOPPED THE MAGNESIUM",
    ],
)
def test_see_a_doctor_signs_are_flagged(kb, message):
    flag = flag_of(kb, message)
    assert flag is not None and flag.level in (DOCTOR, URGENT) and flag.reported, message


@pytest.mark.parametrize(
    "message",
    [
        "I finished chemo for lymphoma last year and now my spine aches",
        "had breast cancer 5 years ago, all clear since, but new back pain",
    ],
)
def test_a_history_of_cancer_is_a_see_a_doctor_sign(kb, message):
    # as clinical guidance for low back pain lists it: see a doctor soon (today), not an
    # emergency on its own; a sign of its own (weight lost, weak legs) is still urgent
    flag = flag_of(kb, message)
    assert flag is not None and (flag.id, flag.level, flag.reported) == (
        "cancer-history",
        DOCTOR,
        True,
    )


# -- no red flag: ordinary, denied, gone, in the past ----------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "my stomach gets bloated after magnesium and then my lower back aches a bit",
        "I take magnesium at night and my back aches in the morning",
        "been taking magnesium for 3 months and just started getting back pain",
        "can magnesium help me lose weight",
        "I fell asleep on the sofa and my back hurts",
        "I cancelled my gym membership and my back aches",  # "cancel" is no typo
        "my stomach cramps are sharp but my back just aches a bit",  # two sides of a "but"
        "I had an accident with the dosage and took two tablets",
        "is it normal to feel a little numb emotionally on magnesium",
        "i feel a bit numb about the whole thing honestly",  # of a mind, not a body
        "im numb to the pain at this point",
        "i have a weak stomach and magnesium makes me nauseous",  # easily upset
        "my stock portfolio took a fall and my back hurts from stress",  # money falls
        "these prices are killing me, also feeling a bit dizzy",  # no pain of the body
        "my back is killing me",  # everyday words for an ache, nothing else told
        # denied
        "my back aches but no fever, no numbness, no tingling, nothing like that",
        "peeing and pooping totally normal, no problems with my bladder",
        "I didn't fall or hurt myself, no accident or anything",
        "it's not a sharp pain, more like a dull ache, and it doesn't wake me up at night",
        "my legs are fine, no weakness, no numbness down there",
        "I haven't lost any weight",
        # gone or past
        "I used to have sciatica years ago but that's long gone",
        "had a fever with the flu in january but that's all cleared up",
        "the tingling went away last month",
        "my leg felt weak last week but it's back to normal now",
        "I was worried about saddle numbness but I don't have any, just achy",
        "I came off my bike a few months ago, got checked, back's fine now",
        # a fever gone by: last month, over now, an infection treated and gone
        "Had a fever with back pain last month, turned out to be a kidney infection and "
        "antibiotics cleared it. All good now.",
        "Had a fever last week with the flu, that's all over now. Just a bit of back soreness left",
        "had a fever two months ago, it was a kidney infection, treated and all gone",
        "had numbness in my leg years ago, still fine since",
        # tears of crying, and a muscle torn lifting, are no tearing pain of the aorta
        "tears in my eyes, sudden back pain when i bent over",
        "a sudden tearing feeling in my lower back when i lifted the box",
        "i had diarrhea for a day after the citrate",  # not lasting
        "been taking a laxative for 2 weeks",
        # "chill" of relaxing, not of a fever
        "my roommate gave me some magnesium to help me chill and now my back feels tight",
        "does mag make u tense or chill, and why does my flank hurt since starting it",
        "chilled out on the couch all day and my back hurts",
        # a slow heart rate told alone, or a usual one with dizziness, is no emergency
        "my resting heart rate is 45, i'm a runner, and my back is stiff",
        "my heart rate is 72 and i feel a bit dizzy after standing up",
        "I sleep more than the recommended eight hours and feel dizzy in the morning",
        # kidney disease in the family, or an infection gone by, is no kidney disease had
        "kidney disease runs in my family, is magnesium safe for me?",
        "i had a kidney infection last year, all cleared up, on magnesium now",
    ],
)
def test_no_flag_when_nothing_is_wrong(kb, message):
    flag = flag_of(kb, message)
    assert flag is None, (message, flag and flag.id)


@pytest.mark.parametrize(
    "message",
    [
        "i had a fever last month and it is still here",
        "had a fever years ago and now its back again",
    ],
)
def test_a_sign_of_the_past_that_goes_on_is_reported(kb, message):
    flag = flag_of(kb, message)
    assert flag is not None and flag.id == "fever" and flag.reported


# -- asking is not reporting ---------------------------------------------------------------


@pytest.mark.parametrize(
    "message, flag_id, level",
    [
        ("what does saddle numbness mean", "saddle-numbness", URGENT),
        ("should I worry if I get a fever with back pain?", "fever", URGENT),
        (
            "is numbness in your leg with back pain something to see a doctor about?",
            "neurological",
            DOCTOR,
        ),
        ("when is back pain that goes down the leg a problem?", "radiating", DOCTOR),
        ("is weight loss with back pain a bad sign?", "weight-loss", URGENT),
        # chat's lead-in before the question: "like is ...?"
        ("which signs are worrying? like is numbness a big deal?", "neurological", DOCTOR),
        # the warning signs asked of one's own pain: no sign told
        ("is my back pain an emergency?", "warning-signs", URGENT),
        ("what signs would mean my back pain is an emergency?", "warning-signs", URGENT),
        # the age asked, not told
        ("at what age should new back pain be checked?", "new-after-fifty", DOCTOR),
    ],
)
def test_a_question_about_a_sign_gets_information(kb, message, flag_id, level):
    flag = flag_of(kb, message)
    assert (flag.id, flag.level, flag.reported) == (flag_id, level, False)
    shipped = next(f for f in kb.flags if f.id == flag_id)
    assert flag.message == shipped.info != shipped.message


@pytest.mark.parametrize(
    "message",
    [
        "my groin is numb but it doesn't hurt",  # a denial of something else
        "why is my groin numb?",  # "my": a question that tells
        "numb bum and back pain after magnesium?",  # a "?" alone does not ask
        "when I wipe I can barely feel it, is that the magnesium?",
    ],
)
def test_a_question_that_tells_is_a_report(kb, message):
    flag = flag_of(kb, message)
    assert flag is not None and flag.reported and flag.level == URGENT


def test_a_sign_told_before_a_question_put_of_the_supplement_is_a_report(kb):
    # "..., could magnesium be the cause?": the later clause asks; the history before it tells
    flag = flag_of(
        kb,
        "history of breast cancer and my back started hurting recently, could magnesium be "
        "the cause?",
    )
    assert flag is not None and (flag.id, flag.reported) == ("cancer-history", True)
    # asked of the sign itself, it is still a question about it
    asked = flag_of(kb, "could a history of cancer be the cause of back pain?")
    assert asked is not None and not asked.reported


@pytest.mark.parametrize(
    "message, reported",
    [
        # told in a clause of its own, then asked about: a report
        ("got a temperature of 39 and my back aches, could the magnesium do that?", True),
        ("running a fever of 39 and my back is sore, started magnesium, is it that?", True),
        # the sign sits in the asking clause: a question, whatever was told before it
        ("my back aches, should I worry about a fever?", False),
        ("I started magnesium and my back hurts, can it give you a fever?", False),
    ],
)
def test_a_question_asks_only_about_the_signs_in_its_own_clause(kb, message, reported):
    flag = flag_of(kb, message)
    assert (flag.id, flag.reported) == ("fever", reported)


@pytest.mark.parametrize(
    "message, flag_id",
    [
        ("I can't really feel anything when I wipe", "saddle-numbness"),  # an adverb inside
        ("had an accident without even feeling it, and my back is sore", "bladder-bowel-control"),
        ("I keep having accidents and I don't feel them coming", "bladder-bowel-control"),
        ("the numbness in my foot is creeping up my leg", "progressive-weakness"),
        ("both my feet have gone numb and my back aches", "progressive-weakness"),
        # "need to go": the toilet, when it is not felt
        ("my back hurts and i cant feel when i need to go", "bladder-bowel-control"),
    ],
)
def test_new_shapes_of_an_emergency(kb, message, flag_id):
    flag = flag_of(kb, message)
    assert flag is not None and (flag.id, flag.level, flag.reported) == (flag_id, URGENT, True)


@pytest.mark.parametrize(
    "message",
    [
        "I wiped down the kitchen and my back is stiff",
        "i need to go to the gym but my back hurts",
        "i can feel when i need to go, no problems there, just back ache",
        "my legs are heavy after the gym",
        "a couple of accidents at work this year",
        "my leg goes a bit numb when I sit cross legged and my back pain is getting worse",
    ],
)
def test_look_alikes_of_the_new_shapes_raise_no_alarm(kb, message):
    flag = flag_of(kb, message)
    assert flag is None or flag.level == DOCTOR, (message, flag and flag.id)


@pytest.mark.parametrize(
    "message, flag_id, level",
    [
        # a body part and a deadened feeling, a hedge between
        ("half my leg feels kind of dead", "neurological", DOCTOR),
        ("my back is numb about 2 inches above my hip", "neurological", DOCTOR),
        ("there's a dead patch on my thigh", "neurological", DOCTOR),
        ("my bottom feels like it isn't there when I sit", "saddle-numbness", URGENT),
        # the negated opposite of a sign is the sign
        ("my left leg isn't as strong as it used to be", "neurological", DOCTOR),
        ("my leg won't take my weight", "neurological", DOCTOR),
        ("the back pain hasn't budged", "severe-or-persistent", DOCTOR),
        ("resting doesn't make my back any better", "severe-or-persistent", DOCTOR),
        ("haven't peed since this morning and my back aches", "bladder-bowel-control", URGENT),
        # a start, not a count
        ("my back has ached since the summer", "severe-or-persistent", DOCTOR),
        ("months of back pain now", "severe-or-persistent", DOCTOR),
        ("I hurt my back 5 weeks ago and it still hurts", "severe-or-persistent", DOCTOR),
        ("my back pain hasn't improved since I stopped magnesium", "severe-or-persistent", DOCTOR),
        # a foot that does not lift is urgent
        ("my foot slaps the ground when I walk", "progressive-weakness", URGENT),
        ("I keep tripping because my foot won't lift", "progressive-weakness", URGENT),
        ("it hurts even when I'm lying still", "night-pain", DOCTOR),
        # told before a question is told
        (
            "cancer survivor here, new ache in my back, could it be magnesium?",
            "cancer-history",
            DOCTOR,
        ),
        # a sign that is itself a contrast reads across its "but"
        ("I need to pee but only tiny bits come out", "bladder-bowel-control", URGENT),
        ("little leaks when I stand and I can't stop them", "bladder-bowel-control", URGENT),
        ("since my back went I can't get an erection", "sexual-function", URGENT),
        ("I can't pull my toes up towards me", "progressive-weakness", URGENT),
        ("my back pain has stopped me working for a week", "severe-or-persistent", DOCTOR),
        ("back pain every day since the start of the year", "severe-or-persistent", DOCTOR),
        ("I feel hot and my back is throbbing", "fever", URGENT),
        ("it isn't painful but numb in my foot", "neurological", DOCTOR),  # no "butt"
        ("I keep getting the urge but I can't go", "bladder-bowel-control", URGENT),
        ("got kicked by a horse in the back yesterday", "fall-or-injury", URGENT),
        ("my legs keep buckling and it's getting more frequent", "progressive-weakness", URGENT),
        ("this has been going on for well over a month", "severe-or-persistent", DOCTOR),
        ("the back pain isn't going anywhere", "severe-or-persistent", DOCTOR),
        ("my back pain radiates round to my front", "radiating", DOCTOR),
        ("it's worse when I'm lying in bed", "night-pain", DOCTOR),
        ("since then I can't tell if my bladder is full", "bladder-bowel-control", URGENT),
        ("I've got no control down below", "bladder-bowel-control", URGENT),
        ("on the toilet it feels like I'm sitting on nothing", "saddle-numbness", URGENT),
        ("I went over on my ankle and fell hard onto my back", "fall-or-injury", URGENT),
        ("I dropped the bar on my back at the gym", "fall-or-injury", URGENT),
        (
            "the numbness started in my foot and now it's up to my knee",
            "progressive-weakness",
            URGENT,
        ),
        ("it's been two months now and no improvement", "severe-or-persistent", DOCTOR),
        ("I get sudden bolts of pain in my lower back", "severe-or-persistent", DOCTOR),
        # a bladder or bowel word and a negated function: the composition, not a phrase
        ("I can't sense when my bladder is full", "bladder-bowel-control", URGENT),
        ("my bowels just let go without warning", "bladder-bowel-control", URGENT),
        ("someone ran into the back of my car", "fall-or-injury", URGENT),
        ("my foot is dropping when I walk", "progressive-weakness", URGENT),
    ],
)
def test_signs_by_composition(kb, message, flag_id, level):
    flag = flag_of(kb, message)
    assert flag is not None, message
    assert (flag.id, flag.level, flag.reported) == (flag_id, level, True)


@pytest.mark.parametrize(
    "message",
    [
        "I fell about laughing, anyway which magnesium is best",  # an idiom
        "I fell in love with glycinate",
        "my plan fell through so I'm trying magnesium",
        "my phone fell on the floor",  # a thing falls
        "I tripped over the cat but didn't hurt myself",
        "I'm dead tired and my back aches",
        "my legs are dead after leg day at the gym",
        "I felt numb with shock at the news",
        "my temperature is normal, just a backache",  # "is normal" begins inside "temperature is"
        "temp's fine, back's a bit stiff",
        "I had numbness in my leg in 2018 but it fully recovered",
        "my son has a fever and my back hurts",  # someone else's sign, the writer's back
        "my dad had prostate cancer, and my back aches",
        "I don't pee much at night",  # a habit, not retention
        "I haven't changed my dose and my back aches",
        "I dropped two dress sizes with slimming world, back a bit sore",
        "I had a tumour scare but it was benign",
        "I feel hot after taking magnesium, is that normal",  # flushing, no pain
        "magnesium gave me the runs and I nearly didn't make it to the loo",
        "I had a fever when I was a kid",
        "it's more of a dull ache than a sharp pain",  # the "than" of a preference
        "I nearly fell off my chair when I saw the price",
        "I shiver when I get out of the pool",  # a chill alone, no pain
        "the cramps radiate to my lower back",
        "I've been feeling numb since my dog died",
        "I tripped over my words explaining it to my GP",
        "I dropped a few pounds on holiday from all the walking",  # explained
        "my hay fever is bad this year",
        "my baby has a fever, sorry unrelated, does magnesium help sleep",  # not theirs
        "my daughter wet the bed last night, can kids take magnesium?",
        "I fell into a routine of taking magnesium at night",
        "my heart skipped a beat when I saw the headline, can magnesium cause back pain?",
    ],
)
def test_idioms_others_and_look_alikes_raise_no_alarm(kb, message):
    flag = flag_of(kb, message)
    assert flag is None, (message, flag and flag.id)


def test_someone_elses_sign_counts_when_the_message_is_about_them(kb):
    assert flag_of(kb, "my mum slipped on the ice and now her back hurts") is not None
    assert flag_of(kb, "my husband has a fever and back pain") is not None


def test_asking_when_to_see_a_doctor_gets_information(kb):
    flag = flag_of(kb, "how long should back pain last before I see a doctor?")
    assert flag is not None and (flag.id, flag.reported) == ("severe-or-persistent", False)


def test_a_question_needs_a_worry_to_raise_a_flag(kb):
    assert flag_of(kb, "does magnesium make you lose weight?") is None
    assert flag_of(kb, "does weight loss with back pain mean something bad?") is not None


# -- the rules underneath ---------------------------------------------------------------------


def _mention(text: str, word: str):
    [sentence] = sentences(text)
    at = sentence.words.index(word)
    return sentence, Mention(at, at + 1)


@pytest.mark.parametrize(
    "text, word, denied",
    [
        ("no fever and my legs are weak", "weak", False),  # "and my": a new clause
        ("no fever and no weakness", "weakness", True),
        ("i dont have a fever", "fever", True),
        ("for no reason i lost weight", "weight", False),  # a pseudo-negation
        ("i dont know why i have a fever", "fever", False),
        ("without any numbness", "numbness", True),
    ],
)
def test_negation_reaches_to_the_end_of_its_clause(text, word, denied):
    sentence, mention = _mention(text, word)
    assert sentence.denied(mention) is denied


@pytest.mark.parametrize(
    "text, word, resolved",
    [
        ("the tingling went away", "tingling", True),
        ("my foot has gone numb", "numb", False),  # "gone numb" is becoming numb
        ("i used to get numbness", "numbness", True),
        ("i had a fever years ago", "fever", True),
        ("i had a fever, but that has cleared up", "fever", True),
        ("i had a fever, but my back still hurts", "fever", False),
        ("my leg went numb last week, doesnt anymore", "numb", True),
        ("my leg was tingling, it isnt any more", "tingling", True),
        ("my leg goes numb and it doesnt go away anymore", "numb", False),
        ("i fell off my bike a few months ago", "fell", True),
        # a start that goes on, and a comparison with the past, are no past
        ("my back has hurt since i fell 3 months ago", "fell", False),
        ("ive had back pain ever since i fell years ago", "fell", False),
        ("my leg started going numb 2 months ago", "numb", False),
        ("my leg is just as numb as it was a month ago", "numb", False),
    ],
)
def test_gone_and_past(text, word, resolved):
    sentence, mention = _mention(text, word)
    assert sentence.resolved(mention) is resolved


@pytest.mark.parametrize(
    "text, long_enough",
    [
        ("for about 6 weeks now", True),
        ("over a month", True),
        ("for months", True),
        ("a couple of weeks", False),
        ("for 3 days", False),
        ("took one 6 weeks ago", False),  # a point in time ...
        ("started 6 weeks ago", True),  # ... unless it goes on since
        ("hurt it 2 months ago and it still aches", True),
        ("months of back pain", True),
        ("all month", True),
        ("since january", True),  # a start named, not counted
        ("since before christmas", True),
        ("since last month", True),
        ("since last week", False),
        ("since monday", False),
    ],
)
def test_durations_of_three_weeks_or_more(text, long_enough):
    assert bool(durations(tuple(text.split()), 21)) is long_enough


# -- the data ---------------------------------------------------------------------------------


def test_every_flag_recognises_its_own_examples(kb):
    for flag in kb.flags:
        assert flag.examples and flag.info and flag.source in SOURCES, flag.id
        for example in flag.examples:
            raised = raised_flag(Question(example), kb.flags)
            assert raised is not None and raised.id == flag.id, example
            assert raised.reported != flag.general, example  # the warning signs: only asked


@pytest.mark.parametrize(
    "edit, problem",
    [
        ('numb = ["numb", "!numbness"]', "would void every"),
        ('numb = "numb"', "must be a list of phrases"),
    ],
)
def test_a_broken_concept_names_its_line(kb_copy, edit, problem):
    path = kb_copy / "safety.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("\nnumb = [") + 1
    end = text.index("]\n", start) + 1
    path.write_text(text[:start] + edit + text[end:], encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load(kb_copy)
    assert problem in str(caught.value) and caught.value.line


@pytest.mark.parametrize(
    "old, new, problem",
    [
        ("\nhistory = true", '\nhistory = "yes"', "`history` must be true or false"),
        ("\nanyone = true", "\nanyone = 1", "`anyone` must be true or false"),
        ('\nsource = "article"', '\nsource = "blog"', "`source` must be one of article, guidance"),
    ],
)
def test_a_broken_flag_key_names_its_line(kb_copy, old, new, problem):
    path = kb_copy / "safety.toml"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load(kb_copy)
    assert problem in str(caught.value) and caught.value.line


def test_a_sign_naming_no_concept_is_an_error(kb_copy):
    path = kb_copy / "safety.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('"weaker + limb"', '"weaker + limbed"'),
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError, match="unknown concept: 'limbed'"):
        load(kb_copy)


# -- in the conversation ----------------------------------------------------------------------


def test_the_flag_never_replaces_the_answer(kb, matcher):
    message = "my back pain is sharp since I started magnesium, can magnesium cause back pain?"
    unflagged = kb._replace(flags=())
    plain = Conversation(unflagged, matcher).respond(message)
    flagged = Conversation(kb, matcher).respond(message)
    assert flagged.safety is not None and plain.safety is None
    assert flagged.entry == plain.entry and flagged.answer.endswith(plain.answer)


def test_without_flags_keeps_the_rest_and_its_punctuation(kb):
    rest = without_flags(
        Question("I lost control of my bladder, and my back hurts. Is it magnesium?"), kb.flags
    ).raw
    assert "bladder" not in rest and rest.endswith("my back hurts. Is it magnesium?")


def test_json_says_whether_the_sign_was_reported(kb, matcher):
    asked = Conversation(kb, matcher).respond("what does saddle numbness mean?").to_dict()
    told = Conversation(kb, matcher).respond("my groin is numb").to_dict()
    assert json.loads(json.dumps(asked))["safety"]["reported"] is False
    assert told["safety"] == {"id": "saddle-numbness", "level": URGENT, "reported": True}


def test_a_message_that_only_asks_of_a_sign_gets_its_information_and_no_more(kb, matcher):
    from bot.terminal.render import fragments

    asked = Conversation(kb, matcher).respond("what is cauda equina syndrome?")
    assert asked.safety is not None and not asked.safety.reported
    assert asked.text == ""  # no "does not cover the rest of your message": there is no rest
    assert "".join(text for _, text in fragments(asked)) == asked.safety.message + "\n"
    more = Conversation(kb, matcher).respond(
        "what is cauda equina and how much magnesium should i take"
    )
    assert more.safety is not None and more.text == kb.settings.flagged_fallback


# -- the tuning half of the red-flag set, through magbot eval's judge ---------------------------


def test_the_tuning_half_meets_the_targets(kb, matcher):
    tallies = {t.kind: t for t in evaluate_rows(kb, read_rows(TUNING), matcher).redflags()}
    assert tallies["urgent"].percent >= 95
    assert tallies["doctor"].percent >= 90
    assert tallies["none"].total - tallies["none"].right <= 0.05 * tallies["none"].total
    assert tallies["asked"].percent == 100
    assert tallies["answer kept"].percent == 100


def test_the_engineers_own_descriptions_all_come_out_right(kb, matcher):
    """Regression: every row of redflags-own.jsonl (written while building, so no measure)."""
    report = evaluate_rows(kb, read_rows(TUNING.with_name("redflags-own.jsonl")), matcher)
    assert [(m.id, m.turns[0], m.status) for m in report.miss_details()] == []


def test_a_red_flag_row_with_a_bad_level_names_its_line(tmp_path):
    path = tmp_path / "flags.jsonl"
    path.write_text(
        '{"q": "x", "expect_level": null}\n{"q": "y", "expect_level": "soon"}\n', encoding="utf-8"
    )
    with pytest.raises(EvalFileError, match=":2: `expect_level` must be"):
        read_rows(path)


def test_the_rule_set_is_written_as_messages_are_normalised():
    from bot.core import askrules, figurative, negexrules, phraserules, whoserules
    from bot.core.text import normalise

    for rules in (negexrules, askrules, phraserules, whoserules, figurative):
        for name in dir(rules):
            value = getattr(rules, name)
            if name.isupper() and isinstance(value, (tuple, frozenset)):
                for item in value:
                    text = " ".join(item) if isinstance(item, tuple) else item
                    assert text == normalise(text), (name, text)


def test_a_heart_that_skips_a_beat_on_standing_is_still_a_rhythm(kb):
    # the idiom is surprise at news: standing up is the body's own doing
    flag = flag_of(kb, "my heart skipped a beat when I stood up and my back hurts")
    assert flag is not None and flag.id == "palpitations"


def test_a_pain_that_is_there_even_at_rest_is_no_run_on_question(kb, chat):
    # "... my back is there even when I lie ..." is no "is there ...?" question run on
    reply = chat.respond(
        "the pain in my back is there even when I lie completely still, been like that 3 weeks"
    )
    assert reply.safety is not None and reply.safety.level == DOCTOR and reply.safety.reported


def test_a_concept_word_marked_as_typed_counts_in_that_form_alone():
    from bot.core.safety import _concept

    _, keep, _, _, _ = _concept("shiver", ["=chills", "shivering"])
    assert keep == (("chills",), ("shiver",))  # "=chills" unstemmed; "shivering" stemmed


@pytest.mark.parametrize(
    "message", ["my back hurts and i have chills", "got the chills, back aches"]
)
def test_chills_with_back_pain_are_a_fever(kb, message):
    flag = flag_of(kb, message)
    assert flag is not None and flag.id == "fever"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("my pulse is like 40", [(4, 5)]),
        ("heart rate dropped to 45 today", [(4, 5)]),
        ("hr 38", [(1, 2)]),
        ("it was 42 bpm", [(2, 3)]),
        ("my pulse is 72", []),  # not slow
        ("heart rate of 40 mg", []),  # a dose, not beats
        ("i take 40 and my pulse is fine", []),
        ("pulse is 2 weeks off", []),  # too low to be a rate
    ],
)
def test_a_slow_heart_rate_told_as_a_figure(text, found):
    assert [(m.start, m.end) for m in slow_rates(tuple(text.split()), 50)] == found


def test_a_condition_of_whether_one_may_take_it_is_not_set_aside(kb):
    # the kidney disease is part of what is asked ("should I avoid it?"): its guidance,
    # and no answer to the rest asked alone
    reply = Conversation(kb).respond("I have kidney disease, should I avoid magnesium supplements?")
    assert reply.safety is not None and reply.safety.id == "kidney-disease"
    assert reply.entry is None
