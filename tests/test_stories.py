"""Stories told over turns: what the person says about themselves is heard (not what they
deny), and a question that leans on it is read with it (bot/core/story.py, situation.py)."""

from __future__ import annotations

import pytest
from helpers import talk

from bot.core.conversation import Conversation
from bot.core.excluded import without_other_beginnings
from bot.core.matcher import ANSWERED, UNSURE
from bot.core.question import Question
from bot.core.situation import Situation
from bot.core.story import most_told


def notes(chat: Conversation) -> dict[str, list[str]]:
    return dict(chat.situation.describe())


# -- what is heard ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, heard, denied",
    [
        ("I take glycinate, no stomach issues at all", "glycinate", "stomach"),
        ("my back hurts but i don't take oxide", "back", "oxide"),
    ],
)
def test_what_the_person_denies_is_not_noted(kb, text, heard, denied):
    situation = Situation(kb.cues.situation, kb.cues.situation_stems)
    said = [phrase for _, phrase in situation.told(text)]
    assert heard in said and denied not in said
    assert denied in [phrase for _, phrase in situation.find(text)]  # found, but denied


def test_a_phrase_that_holds_its_own_not_denies_nothing_after_it(kb):
    situation = Situation(kb.cues.situation, kb.cues.situation_stems)
    said = [phrase for _, phrase in situation.told("not drinking much water lately")]
    assert "not drinking" in said and "water" in said


def test_what_a_question_tells_around_it_is_heard(chat):
    talk(chat, "been super stressed at work")
    chat.respond("and now lower back pain. magnesium started recently too - which is it?")
    heard = notes(chat)
    assert "magnesium" in heard["taking"] and "recently" in heard["timing"]


def test_what_the_doctor_said_is_heard(chat):
    chat.respond("my doctor said my magnesium was low")
    assert notes(chat)["health"] == ["magnesium was low"]


# -- the question the story leads to ----------------------------------------------------------


@pytest.mark.parametrize(
    "turns, said",
    [
        # told over turns, the lifting is the likelier cause the article names
        (
            [
                "i lifted a heavy box at work and felt a twinge",
                "started magnesium around the same time",
                "does the timing mean it's the magnesium?",
            ],
            ("strain", "improbable"),
        ),
        # which of two told causes: the one told in this very message is heard too
        (
            [
                "been super stressed at work",
                "grinding my teeth, shoulders tight",
                "and now lower back pain. magnesium started recently too - which is it?",
            ],
            ("stress",),
        ),
    ],
)
def test_which_told_cause_it_is(chat, turns, said):
    reply = talk(chat, *turns)
    assert reply.status in (ANSWERED, UNSURE)
    assert any(word in reply.answer.lower() for word in said)


def test_a_story_that_grew_since_its_answer_is_read_afresh(chat):
    first = chat.respond("i've had cramping in my legs and back for years")
    told = chat.respond("my doctor said my magnesium was low")
    reply = chat.respond("so is that why i cramp?")
    # the first answer was already about low magnesium; the story now says so too
    assert first.entry.id == "deficiency-spasms" and told.entry is None
    assert (reply.status, reply.entry.id) == (ANSWERED, "deficiency-spasms")


def test_a_story_question_goes_on_only_within_the_same_part_of_the_article(kb, chat):
    talk(chat, "started magnesium citrate on friday", "since then i've had the runs")
    before = chat.respond("and my lower back aches")
    reply = chat.respond("are these related?")
    assert reply.entry != before.entry and reply.entry.source == before.entry.source


def test_why_after_the_answer_to_a_story_reads_the_story(chat):
    reply = talk(
        chat,
        "my stomach has been cramping",
        "since i started mag",
        "my back hurts at the same time",
        "why would that be?",
    )
    assert reply.status in (ANSWERED, UNSURE)
    assert "referred" in reply.answer or "radiating" in reply.answer


def test_what_the_person_does_not_do_is_what_they_told(chat):
    reply = talk(chat, "i don't drink much water", "my back aches", "i take magnesium too")
    assert "water" in notes(chat)["activities"]
    reply = chat.respond("what's more likely?")
    assert reply.entry.id == "inflammation-dehydration"


def test_a_question_that_names_nothing_asks_about_the_story(chat):
    reply = talk(
        chat,
        "i started magnesium citrate a week ago",
        "ive got diarrhea and cramps",
        "my lower back hurts as well",
        "so what is going on?",
    )
    assert reply.status in (ANSWERED, UNSURE)
    assert reply.entry.source == "Digestive Distress and Referred Lower Back Discomfort"


def test_a_question_that_names_nothing_still_declines_what_is_not_covered(chat):
    reply = talk(chat, "i started magnesium citrate a week ago", "how long will it last?")
    assert reply.status == "no_match"


def test_a_question_about_oneself_after_telling_a_red_flag_carries_its_guidance(chat):
    told = chat.respond("i fell down the stairs last week")
    reply = chat.respond("does magnesium help my back muscles relax?")
    assert told.safety is not None and reply.entry is not None
    assert reply.safety is not None and reply.safety.level == told.safety.level


def test_no_guidance_is_carried_when_nothing_alarming_was_told(chat):
    chat.respond("my stomach cramps after citrate")
    reply = chat.respond("does magnesium help my back muscles relax?")
    assert reply.entry is not None and reply.safety is None


def test_a_story_question_keeps_the_thing_it_names_of_its_own(chat):
    # the story is about citrate and its symptoms; the question asks about the dose: an
    # answer about citrate (the next reading of the story) leaves out what it asks
    reply = talk(
        chat,
        "i upped my citrate dose on monday",
        "now i am bloated and nauseous with cramps in my back",
        "is the dose to blame?",
    )
    assert reply.status in (ANSWERED, UNSURE)
    assert "dose" in reply.answer.lower()


def test_a_symptom_told_in_words_the_base_lacks_beside_the_question_is_its_story(chat):
    # "sore" is no word of the base; beside "back", which is, it tells how the back feels,
    # as it would in a sentence of its own: the question is still asked
    reply = talk(
        chat, "i started taking magnesium on monday", "my back is sore, could it be the magnesium?"
    )
    assert reply.status in (ANSWERED, UNSURE) and reply.entry is not None


def test_a_symptom_the_base_lacks_altogether_still_declines(chat):
    reply = talk(
        chat, "i started taking magnesium on monday", "my neck is sore, could it be the magnesium?"
    )
    assert reply.status == "no_match"


def test_a_story_that_adds_nothing_to_the_question_leaves_its_answer(chat):
    # the message says all the story told (magnesium, the back): its own answer stands
    plain = chat.respond("my back aches. is it the magnesium?")
    chat.reset()
    reply = talk(
        chat, "i started taking magnesium on monday", "my back aches. is it the magnesium?"
    )
    assert plain.status == ANSWERED and reply.entry == plain.entry


def test_a_question_naming_what_the_person_takes_asks_if_it_explains_the_rest(chat):
    # "is it the magnesium?" names what they take: the form they take (glycinate) is not
    # the reading; the rest of the story (lifting, the back) is
    reply = talk(
        chat,
        "i started glycinate a few weeks back",
        "i moved house on saturday and lifted loads of boxes",
        "my lower back hurts now. is it the magnesium?",
    )
    assert reply.status in (ANSWERED, UNSURE) and reply.entry.id != "glycinate"
    assert "lifting" in reply.answer or "improbable" in reply.answer


# -- what the person did, in words no list holds ----------------------------------------------


@pytest.mark.parametrize(
    "text, deed",
    [
        (
            "i hauled a wardrobe up the stairs on sunday",
            "hauled a wardrobe up the stairs on sunday",
        ),
        (
            "slumped on the couch all weekend, then started magnesium",
            "slumped on the couch all weekend",
        ),
    ],
)
def test_what_the_person_did_is_remembered_in_their_words(chat, text, deed):
    chat.respond(text)
    assert deed in notes(chat)["activities"]


@pytest.mark.parametrize(
    "text",
    [
        "my knee aches",  # a thing of theirs, not a thing done
        "i felt a twinge",  # felt, not done
        "i didn't lift anything heavy",  # denied
        "i came home late",  # too everyday to say what was done
        "my dad hauled a wardrobe upstairs",  # someone else's
    ],
)
def test_what_is_not_a_deed_of_the_person_is_not_noted_as_one(chat, text):
    chat.respond(text)
    assert not chat.situation.deeds


def test_a_deed_in_words_no_list_holds_is_read_by_the_nearest_listed_activity(chat):
    # "hauled" is no word of the base's list, nor of the base: it is read as the activity
    # of the list nearest in meaning ("lifted"), and the story as one of lifting
    reply = talk(
        chat,
        "i hauled a wardrobe up the stairs on sunday",
        "started magnesium around then too",
        "does the timing mean it is the magnesium?",
    )
    assert reply.status in (ANSWERED, UNSURE)
    assert "lifting" in reply.answer or "improbable" in reply.answer


@pytest.mark.parametrize(
    "verb, read",
    [
        ("hauled", "lifted"),
        ("slumped", "slouching"),
        ("drink", ""),  # nearest to "water", a thing, not a thing done
        ("painted", ""),  # near no listed thing done
    ],
)
def test_a_deed_is_read_as_the_nearest_listed_thing_done(matcher, verb, read):
    from bot.core.notes import did

    assert did(verb, matcher) == read


def test_a_deed_far_from_any_listed_one_does_not_change_the_answer(chat):
    plain = chat.respond("my back hurts, is it the magnesium?")
    chat.reset()
    reply = talk(chat, "i drink a lot of coffee", "my back hurts, is it the magnesium?")
    assert reply.entry == plain.entry


# -- what is denied, and the base's other words for what is listed ------------------------------


def test_the_lexicons_word_for_a_listed_phrase_is_heard_as_that_phrase(chat):
    chat.respond("my tummy has been hurting")  # the lexicon reads "tummy" as "stomach"
    assert "stomach" in notes(chat)["symptoms"]


def test_what_the_person_denies_is_remembered_until_they_tell_it(chat):
    chat.respond("i take glycinate, no tummy trouble at all")
    assert chat.situation.denials(("symptoms",)) == ["stomach"]
    assert "stomach" not in notes(chat).get("symptoms", [])
    chat.respond("ok now my stomach hurts")
    assert chat.situation.denials(("symptoms",)) == []


# -- weighing the causes a story tells ----------------------------------------------------------

OTHER_CAUSES = "Identifying Common Non-Supplement Causes of Back Pain"


def weighed(chat: Conversation, *turns: str) -> tuple[str, ...]:
    from bot.core.causes import outweighed

    talk(chat, *turns)
    return outweighed(chat.situation, chat.matcher)


@pytest.mark.parametrize(
    "taken, left_out",
    [
        ("i take citrate", True),  # nothing told for it but the back pain the lifting explains
        ("i take citrate and i'm really bloated", False),  # a symptom its reading alone says
        ("i take citrate and get cramps", False),
        ("i take citrate, a bit bloated but no cramps at all", True),  # a denial counts against
    ],
)
def test_a_thing_taken_is_left_out_beside_a_thing_done_unless_a_symptom_speaks_for_it(
    chat, taken, left_out
):
    left = weighed(chat, "i lifted boxes at work", taken, "my back hurts")
    assert ("taking" in left) is left_out


def test_a_thing_done_is_the_persons_when_they_tell_it_so(chat):
    talk(chat, "i fell off my bike on saturday", "someone at the gym said to rest")
    assert chat.situation.done == {"fell"}  # not "gym": that is someone else's saying


def test_without_a_thing_done_nothing_is_weighed(chat):
    assert weighed(chat, "i take citrate", "my back hurts") == ()
    chat.reset()  # "gym" is heard, but it is no deed of the person's, nor read by the base
    assert weighed(chat, "my calves cramp at night", "someone at the gym said magnesium") == ()


def test_a_story_of_a_thing_done_and_a_supplement_with_no_gut_trouble_reads_the_deed(chat):
    reply = talk(
        chat,
        "i carried a sofa up three flights of stairs on saturday",
        "i take magnesium glycinate every night, never had any stomach issues",
        "now my lower back is killing me. could that be the cause?",
    )
    assert reply.status in (ANSWERED, UNSURE) and reply.entry.source == OTHER_CAUSES


def test_a_symptom_told_after_a_deed_is_read_with_the_deed_not_the_supplement(chat):
    talk(chat, "been taking glycinate for a while, no tummy issues")
    reply = chat.respond("my back went right after i twisted to pick up my kid")
    assert reply.entry is not None and reply.entry.source == OTHER_CAUSES


# -- a question that sets two told causes against each other ------------------------------------


@pytest.mark.parametrize(
    "turns",
    [
        # read alone, "moving" is a bowel movement: the citrate entry
        (
            "helped my brother move house on sunday",
            "i also take magnesium oxide, no gut trouble",
            "back's sore now. the magnesium or the moving?",
        ),
        # "the gym" names a thing told, not a topic the base lacks
        (
            "i lift weights five days a week",
            "i also started magnesium citrate last month",
            "my lower back aches, is it the gym or the mag?",
        ),
        # a fall the base has no word for still speaks for the person's doing
        (
            "i fell off my bike on saturday",
            "i also take mag oxide daily, no stomach problems",
            "now my back hurts, is it the fall or the mag?",
        ),
    ],
)
def test_two_told_causes_set_against_each_other_are_weighed_by_the_story(chat, turns):
    reply = talk(chat, *turns)
    assert reply.status in (ANSWERED, UNSURE) and reply.entry.source == OTHER_CAUSES


def test_two_causes_in_a_question_of_its_own_leave_it_its_own_answer(chat):
    asked = "is it the citrate or the lifting that causes back pain in general?"
    plain = chat.respond(asked)
    chat.reset()  # "back pain in general" is no thing of the story: the question stands alone
    reply = talk(chat, "i lifted boxes and i take citrate", "my back hurts", asked)
    assert reply.entry == plain.entry


@pytest.mark.parametrize(
    "asked, sides",
    [
        ("is it the mag or my lifting", True),
        ("the magnesium or the moving", True),  # "moving": the deed "move house"
        ("citrate or oxide", False),  # two things taken: not two causes
        ("is it the magnesium", False),
    ],
)
def test_a_question_opposes_two_causes_when_its_sides_name_two_groups(chat, asked, sides):
    from bot.core.causes import opposed

    talk(chat, "helped my brother move house on sunday", "i lifted boxes and take magnesium")
    assert opposed(asked, chat.situation) is sides


# -- a reason asked of what was told ------------------------------------------------------------


def test_a_reason_asked_of_what_is_felt_reads_the_symptoms_told(chat):
    reply = talk(
        chat,
        "since i started magnesium citrate my stomach cramps",
        "and weirdly i feel it in my lower back",
        "how come it does that?",
    )
    assert reply.status in (ANSWERED, UNSURE) and reply.entry.id == "why-gut-pain-felt-in-back"


def test_a_question_that_points_at_the_story_at_its_end_reads_the_whole_story(chat):
    # "here" is the story: read as context only, "help" would lead to how to stop the
    # back pain that magnesium causes
    reply = talk(
        chat,
        "my legs cramp up at night",
        "my lower back is tight as well",
        "would magnesium help here?",
    )
    assert reply.status in (ANSWERED, UNSURE) and reply.entry.id == "deficiency-spasms"


def test_a_question_that_points_at_a_weak_story_keeps_its_own_reading(chat):
    reply = talk(
        chat,
        "my neck and shoulders feel tight all the time",
        "i work at a desk",
        "would magnesium help with that?",
    )
    assert reply.entry is not None and reply.entry.id == "magnesium-for-pain"


def test_whether_the_story_is_linked_is_answered_by_the_entry_that_says_most_of_it(kb, matcher):
    situation = Situation(kb.cues.situation)
    situation.hear("i took a big dose of magnesium citrate")
    situation.hear("had horrible cramps and my back was killing me")
    told = " ".join(situation.phrases())
    story = matcher.match(Question("cramps back was that from the magnesium?"), story=True)
    # torn between how to stop it (the dose, the back), what citrate does (all of it) and
    # how gut cramps from magnesium are felt in the back: the one that says most leads,
    # but not the entry that answered this story last
    assert story.best.entry.id == "fix-digestive-back-pain"
    assert most_told(story, told, matcher).best.entry.id == "citrate"
    again = kb.entry("citrate")
    assert most_told(story, told, matcher, again=again).best.entry.id == "colon-spasms-back"


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        ("my back started hurting after i moved furniture", "moved furniture"),
        (
            "it began when i spent the weekend painting the ceiling",
            "spent the weekend painting the ceiling",
        ),
    ],
)
def test_a_deed_told_in_a_clause_of_when_is_noted(chat, text, deed):
    # "after", "when", "since" open a clause of its own: the deed is in it, not in the pain
    chat.respond(text)
    assert deed in chat.situation.deeds


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        ("i started a new job lifting boxes", "i a job lifting boxes"),
        ("i started taking mag last week", "i started taking mag last week"),
        ("began a new supplement", "began a new supplement"),
        ("my back started hurting", "my back hurting"),
    ],
)
def test_beginning_something_not_taken_tells_nothing_begun(words, kept):
    taken = frozenset(("mag", "magnesium", "supplement"))
    assert " ".join(without_other_beginnings(tuple(words.split()), taken)) == kept
    assert without_other_beginnings(tuple(words.split()), frozenset()) == tuple(words.split())


def test_a_new_job_is_no_supplement_started(chat):
    # lifting at a new job, asked "is it the magnesium?": not the answer about back pain
    # soon after starting magnesium, which the words "started" and "new" alone point to
    reply = talk(
        chat,
        "I started magnesium glycinate last month to help me sleep.",
        "I also started a new warehouse job lifting boxes and now my back aches. "
        "is it the magnesium?",
    )
    assert reply.entry is not None and reply.entry.id != "back-pain-after-starting", reply
