"""Stories told over turns and short questions about the last answer: a relative clause that
tells, a verdict over a story no entry weighs in its words. The sentences are this file's
own."""

from __future__ import annotations

import pytest
from helpers import talk

from bot.core.conversation import NOTED, Conversation
from bot.core.corrections import same_for
from bot.core.matcher import ANSWERED, NO_MATCH, SMALLTALK
from bot.core.question import Question
from bot.core.reasons import unled
from bot.core.situation import SYMPTOMS, TAKEN_FOR
from bot.core.stranded import asked_instead, stranded
from bot.core.turns import inverted, relative, tells


@pytest.mark.parametrize(
    ("text", "at", "opens"),
    [
        ("i got a new job where i stand all day", 5, True),
        ("the week when i started oxide", 2, True),
        ("my old office chair which wobbles", 4, True),
        ("i wonder where it comes from", 2, False),  # an embedded question
        ("no idea why it hurts", 2, False),  # "why" opens no relative clause here
        ("where does it hurt", 0, False),
    ],
)
def test_a_question_word_after_a_noun_phrase_opens_a_relative_clause(text, at, opens):
    assert relative(text.split(), at) is opens


@pytest.mark.parametrize(
    "text",
    [
        "i moved to a flat where the stairs are steep",
        "i switched jobs last month, to a depot where i lift crates",
        "it began the week when i started citrate",
    ],
)
def test_a_statement_with_a_relative_clause_tells(kb, text):
    assert tells(Question(text), kb.cues, when=True)


def test_a_statement_that_wonders_still_asks(kb):
    assert not tells(Question("i wonder which form is gentler"), kb.cues, when=False)


def test_a_report_with_a_relative_clause_is_heard_as_the_story(chat):
    reply = chat.respond("and i started a warehouse job where i sit on a forklift all shift")
    assert reply.status == SMALLTALK and reply.smalltalk_id == NOTED, reply


def test_a_verdict_no_entry_weighs_in_its_words_is_the_storys_reading(chat):
    # what is taken has its trouble denied; what was done is left: a desk, so posture
    reply = talk(
        chat,
        "i use glycinate and have had zero stomach trouble",
        "also i started a new role where i'm at a desk the whole day",
        "so which one is it",
    )
    assert reply.entry is not None and reply.entry.id == "posture", reply


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("and that's worrying?", "and is that worrying?"),
        ("it's harmful then?", "is it harmful then?"),
        ("they are the gentle ones?", "are they the gentle ones?"),
        ("this is common?", "is this common?"),
        ("that hurts?", "that hurts?"),  # another verb than "be": left as typed
        ("that's fine.", "that's fine."),  # no "?": it tells
    ],
)
def test_a_question_in_the_order_of_a_statement_is_put_as_a_question(typed, asked):
    assert inverted(Question(typed)).raw == asked


@pytest.mark.parametrize("doubt", ["so that's dangerous?", "and it's a problem?", "that's true?"])
def test_a_yes_or_no_in_statement_order_asks_of_the_last_answer(chat, doubt):
    chat.respond("what is referred pain")
    reply = chat.respond(doubt)
    assert reply.entry is not None and reply.entry.id == "referred-pain", reply
    assert "In its own words" in reply.text or "own words" in reply.text, reply


@pytest.mark.parametrize(
    ("message", "left"),
    [
        ("so what does?", ("what", "does")),
        ("what else can", ("what", "can")),
        ("ok which ones are then", ("which ones", "are")),
        ("what is it", None),  # "it" asks of the last answer itself
        ("what else could it be", ("what", "could")),  # of something other than it
        ("what could it be then", ("what", "could")),
        ("what could it be", None),  # nothing asks of another
        ("what else is it", None),
        ("what causes it", None),
    ],
)
def test_a_question_word_left_with_its_verb(message, left):
    found = stranded(Question(message).normalised)
    assert (tuple(found) if found else None) == left


@pytest.mark.parametrize(
    ("previous", "message", "asked", "subject"),
    [
        ("can stress cause cramps", "so what else can", "what can cause cramps", ("stress",)),
        (
            "is citrate a harsh form",
            "which ones are then",
            "which ones is a harsh form",
            ("citrate",),
        ),
        ("does oxide upset the gut", "what does", "what does upset the gut", ("oxide",)),
        (  # a question asked through "is it likely that ...": the question it frames
            "is it likely that my supplement is causing my back pain",
            "then what is",
            "what is causing my back pain",
            ("my", "supplement"),
        ),
        (
            "How likely is it that the pills are causing my back pain?",
            "then what are",
            "what are causing my back pain",
            ("the", "pills"),
        ),
        (  # framed with no auxiliary: "did" it
            "is it likely magnesium caused my back pain?",
            "then what did",
            "what did caused my back pain",
            ("magnesium",),
        ),
    ],
)
def test_the_last_question_asked_of_what_else_fills_its_subject(previous, message, asked, subject):
    left = stranded(Question(message).normalised)
    assert left is not None
    instead = asked_instead(left, previous)
    assert instead is not None and (instead.question, instead.subject) == (asked, subject)


def test_a_question_word_after_a_what_question_asks_nothing_instead():
    left = stranded("then what is")
    assert left is not None and asked_instead(left, "what is referred pain") is None


@pytest.mark.parametrize(
    ("first", "then", "answer"),
    [
        ("is posture a cause of back pain", "what else is?", "common-causes"),
        ("can magnesium give you a sore back", "so what can then?", "common-causes"),
        ("can magnesium cause back pain?", "what else could it be?", "common-causes"),
        ("is glycinate a laxative", "which ones are then?", "osmotic-laxative"),
        (
            "is it likely that my supplement is causing my back pain",
            "then what is?",
            "common-causes",
        ),
        ("is it likely magnesium caused my back pain?", "then what did?", "common-causes"),
    ],
)
def test_then_what_is_asks_the_last_question_of_something_else(chat, first, then, answer):
    chat.respond(first)
    reply = chat.respond(then)
    assert reply.entry is not None and reply.entry.id == answer, reply


def test_that_after_the_answer_to_a_cause_told_beside_a_symptom_is_that_cause(chat):
    # the last turn told stress beside the stiff back, and was answered by it: "that" is
    # the stress, and its answer the verdict, not the next entry of its part of the article
    reply = talk(
        chat,
        "i started citrate in june",
        "my back is stiff and i've been stressed about my move",
        "could that be why?",
    )
    assert reply.entry is not None and reply.entry.id == "stress-anxiety", reply


def test_that_after_the_answer_to_a_symptom_told_still_goes_on(kb, matcher):
    # "connected", "related" name nothing of their own: each asks as "could that be why?"
    # does, of the bloating told with the oxide
    found = set()
    for question in ("could that be connected?", "could that be related?", "could that be why?"):
        reply = talk(Conversation(kb, matcher), "i take oxide", "my belly is bloated", question)
        assert reply.entry is not None, reply
        found.add(reply.entry.id)
    assert len(found) == 1 and found <= {"oxide-absorption", "digestive-side-effects"}


def test_a_why_read_with_the_story_is_answered_by_the_reading_that_gives_a_reason(chat):
    reply = talk(
        chat,
        "took two oxide tablets this morning",
        "got crampy and bloated, and now the pain is in my lower back",
        "why does my back hurt from that?",
    )
    assert reply.entry is not None and reply.entry.id == "why-gut-pain-felt-in-back", reply


@pytest.mark.parametrize(
    ("told", "taken_for", "symptoms"),
    [
        ("i take magnesium for my leg cramps", ["leg", "cramp"], []),
        ("my aunt uses oxide to ease her cramps", ["cramp"], []),
        ("started glycinate for sleep and now my back hurts", [], ["back", "hurts"]),
        ("i get cramps for days after the citrate", [], ["cramp"]),  # no thing taken before
    ],
)
def test_a_symptom_told_as_what_something_is_taken_for_is_not_the_storys(
    chat, told, taken_for, symptoms
):
    chat.situation.hear(told)
    assert chat.situation.taken_for == taken_for
    assert chat.situation.phrases((SYMPTOMS,)) == symptoms
    assert (TAKEN_FOR, taken_for) in chat.situation.describe() or not taken_for


def test_is_she_right_weighs_her_blame_not_what_she_takes_it_for(chat):
    reply = talk(
        chat,
        "my sister uses magnesium against her leg cramps",
        "she says her back is sore since and she thinks it's the supplement",
        "is she right?",
    )
    assert reply.entry is not None and reply.entry.id == "back-pain-after-starting", reply


@pytest.mark.parametrize("again", ["ok so what should i do then", "what do i do"])
def test_the_question_the_last_answer_answered_asked_again_gets_the_articles_words(chat, again):
    chat.respond("how do i stop magnesium hurting my back")
    reply = chat.respond(again)
    assert reply.entry is not None and reply.entry.id == "fix-digestive-back-pain", reply
    assert chat.kb.settings.no_more_said in reply.text  # not the same answer word for word


def test_a_why_asked_of_the_same_answer_still_goes_past_it(chat):
    chat.respond("is magnesium a laxative")
    reply = chat.respond("why?")
    assert reply.entry is not None and reply.entry.id == "how-osmotic-works", reply


@pytest.mark.parametrize(
    "plainer",
    ["can you say that in plain english please", "sorry, i don't follow", "im confused"],
)
def test_asking_for_plainer_words_leans_on_the_last_answer(chat, plainer):
    chat.respond("what is central sensitization")
    reply = chat.respond(plainer)
    assert reply.status != SMALLTALK and reply.entry is not None, reply
    assert reply.entry.id in ("central-sensitization", "nmda-receptors"), reply


def test_i_dont_get_it_before_any_answer_is_not_a_follow_up(chat):
    reply = chat.respond("i dont get it")
    assert reply.entry is None, reply


def test_why_after_an_answer_offered_beside_others_may_be_answered_by_one_of_them(chat):
    # the answer was unsure, offered beside the entry that gives the reason: "why?" asks it
    first = chat.respond("which magnesium upsets the stomach most")
    assert first.alternatives, first  # offered beside others
    reply = chat.respond("why?")
    assert reply.entry is not None and reply.entry.id == "oxide-absorption", reply


@pytest.mark.parametrize(
    ("before", "remark"),
    [
        (("i started oxide last week", "my lower back aches"), "it gets worse in the evening"),
        (("what is referred pain",), "that makes sense"),
    ],
)
def test_a_remark_on_what_was_said_tells_and_is_heard(chat, before, remark):
    reply = talk(chat, *before, remark)
    assert reply.status == SMALLTALK and reply.smalltalk_id == NOTED, reply


def test_a_remark_that_names_something_of_its_own_is_still_read(chat):
    reply = talk(
        chat, "i started oxide last week", "my lower back aches", "it hurts more when i sit"
    )
    assert reply.entry is not None and reply.entry.id == "posture", reply


@pytest.mark.parametrize("doubt", ["wait really?", "oh really?", "so really?"])
def test_really_after_a_word_that_leads_in_is_still_a_doubt(chat, doubt):
    chat.respond("what is referred pain")
    reply = chat.respond(doubt)
    assert reply.entry is not None and reply.entry.id == "referred-pain", reply
    assert chat.kb.settings.no_more_said in reply.text


def test_the_last_word_of_a_message_is_never_taken_for_one_that_leads_in(kb):
    assert unled("wait really", kb.cues) == ["really"]
    assert unled("ok so why", kb.cues) == ["why"]


@pytest.mark.parametrize(
    "before", [("is magnesium a laxative",), ("i take oxide", "my back hurts")]
)
def test_how_are_you_after_an_answer_asks_of_the_bot(chat, before):
    reply = talk(chat, *before, "how are you?")
    assert reply.status == SMALLTALK and reply.smalltalk_id != NOTED, reply


@pytest.mark.parametrize("about", ["what do you mean?", "are you sure?", "can you explain that?"])
def test_you_in_a_question_about_the_answer_still_asks_of_it(chat, about):
    chat.respond("is magnesium a laxative")
    reply = chat.respond(about)
    assert reply.status != SMALLTALK and reply.entry is not None, reply


def test_whats_going_on_after_a_story_asks_of_the_story(chat):
    reply = talk(
        chat, "i have been on citrate for two weeks", "loads of bathroom trips", "what's going on?"
    )
    assert reply.status != SMALLTALK and reply.entry is not None, reply


@pytest.mark.parametrize("other", ["and for nerves?", "what about nerves?"])
def test_and_x_swaps_in_the_word_nearest_in_meaning_when_no_group_lists_it(chat, other):
    chat.respond("how does magnesium help muscles relax")
    reply = chat.respond(other)
    assert reply.entry is not None and reply.entry.id == "intended-role", reply


def test_a_swapped_reading_no_answer_names_is_no_answer(chat):
    # "tendons" stands for "muscles", but no entry says tendons: the answer is not given
    found = same_for(
        Question("and tendons?"),
        "does magnesium help muscles relax",
        chat.kb.cues,
        chat.kb.lexicon.stopwords,
        chat.situation,
    )
    assert found.readings == ["does magnesium help tendons relax"]
    chat.respond("does magnesium help muscles relax")
    assert chat.respond("and tendons?").entry is None


def test_a_word_near_none_of_the_last_question_swaps_nothing(chat):
    found = same_for(
        Question("and for kidneys?"),
        "can stress cause back pain",
        chat.kb.cues,
        chat.kb.lexicon.stopwords,
        chat.situation,
    )
    assert found.readings == []


@pytest.mark.parametrize("other", ["what else could it be?", "could it be something other?"])
def test_what_else_after_the_story_was_answered_asks_of_other_causes(chat, other):
    reply = talk(chat, "i am on citrate", "my lower back is sore", other)
    assert reply.entry is not None, reply
    assert reply.entry.source != chat.kb.entry("citrate").source, reply


@pytest.mark.parametrize(
    "turns",
    [
        ("i use oxide daily", "my stomach has been bloated", "and now my lower back is sore"),
        ("i'm on citrate", "i've been really gassy and bloated", "now my lower back aches as well"),
    ],
)
def test_a_new_symptom_told_after_the_storys_answer_is_read_with_the_others(chat, turns):
    reply = talk(chat, *turns)
    assert reply.entry is not None and reply.entry.id == "why-gut-pain-felt-in-back", reply


def test_a_headline_part_that_matches_the_answer_before_it_is_not_asked_again(chat):
    # a part that asks nothing ("Bloating, Cramps and Back Pain") goes on to the related
    # entry that explains, as before; only a question asks the last answer again
    reply = chat.respond("Too Much Magnesium: Bloating, Cramps and Back Pain")
    assert chat.kb.settings.no_more_said not in reply.text
    assert "colon" in reply.text, reply


@pytest.mark.parametrize(
    "message",
    [
        "im breastfeeding and my lower back aches is glycinate ok to take",
        "im pregnant and my back is stiff is it safe to use magnesium glycinate",
    ],
)
def test_a_story_that_asks_whether_one_may_take_it_is_declined_not_told(chat, message):
    from bot.core.matcher import NO_MATCH

    reply = chat.respond(message)
    assert reply.status == NO_MATCH, reply


def test_a_story_that_only_tells_who_they_are_is_still_answered_from_its_symptom(chat):
    reply = chat.respond("im breastfeeding and my lower back aches since i started citrate")
    assert reply.entry is not None, reply


def test_what_now_after_a_red_flag_told_is_the_guidance_of_the_sign(chat):
    chat.respond("My back has been bad for about six weeks.")
    chat.respond(
        "I blamed the magnesium and stopped it, but nothing changed and it's really sharp."
    )
    reply = chat.respond("What now?")
    assert (reply.status, reply.entry.id) == (ANSWERED, "see-a-doctor")
    assert reply.safety is not None and reply.safety.reported  # the sign told before


def test_what_now_after_a_story_with_no_red_flag_is_not_the_guidance(chat):
    chat.respond("i started citrate last week")
    chat.respond("my back aches a bit")
    reply = chat.respond("What now?")
    assert reply.entry is None or reply.entry.id != "see-a-doctor"


def test_a_question_of_its_own_after_a_red_flag_is_answered_as_asked(chat):
    chat.respond("the pain in my back is really sharp since monday")
    reply = chat.respond("is magnesium oxide a laxative?")
    assert reply.entry.id == "osmotic-laxative"


def test_a_claim_reported_of_the_subject_is_answered_not_noted(chat):
    """ "my coach says magnesium blocks NMDA receptors.": put to the bot as "is that so?",
    and what it means is then a follow-up of that answer."""
    reply = chat.respond("My coach says magnesium blocks NMDA receptors.")
    assert reply.status == ANSWERED and reply.entry is not None
    assert reply.entry.id == "nmda-receptors"
    follow = chat.respond("and what does that mean for me?")
    assert follow.status == ANSWERED and follow.entry is not None
    assert follow.entry.id != "nmda-receptors"  # it goes on from that answer


def test_a_claim_reported_of_the_person_is_still_told(chat):
    reply = chat.respond("my doctor said i have a slipped disc.")
    assert reply.status == SMALLTALK and reply.smalltalk_id == NOTED


def test_a_professional_is_one_who_treats_it(chat):
    reply = chat.respond("when should back pain be checked by a professional?")
    assert reply.status == ANSWERED and reply.entry is not None
    assert reply.entry.id == "see-a-doctor"


def test_a_claim_reported_in_a_story_is_answered_too(chat):
    chat.respond("i started magnesium citrate last week")
    reply = chat.respond("My coach says magnesium blocks NMDA receptors.")
    assert reply.status == ANSWERED and reply.entry is not None
    assert reply.entry.id == "nmda-receptors"
    # "it" of what the doctor says is the person's own pain: told, not put to the bot
    told = chat.respond("my doctor says it is probably a pulled muscle")
    assert told.status == SMALLTALK and told.smalltalk_id == NOTED


def test_a_question_that_names_how_a_thing_was_taken_still_reads_the_thing(chat):
    # "the switch" names how they took it: the story read holds what they switched to, and
    # "is it the problem?" asks whether it brought this about, not how to stop it
    reply = talk(
        chat,
        "Switched from glycinate to oxide cos it was cheaper",
        "since then my stomach has been off and my lower back's achy",
        "is the switch the problem?",
    )
    assert reply.entry is not None and reply.entry.id != "fix-digestive-back-pain"
    assert "oxide" in reply.text.lower()


def test_or_something_else_asks_which_not_what_else(chat):
    # "... connected to the magnesium or something else?" weighs the story told: the water
    # they do not drink, not a cause from another part of the article
    reply = talk(
        chat,
        "i hardly drink any water, mostly coffee",
        "and i started magnesium a couple weeks back",
        "back is stiff and sore. connected to the magnesium or something else?",
    )
    assert reply.entry is not None and "dehydration" in reply.text.lower()


@pytest.mark.parametrize(
    "message",
    [
        "My parrot keeps plucking its feathers even though it has toys. What can I do?",
        "Our lawn mower keeps stalling halfway through the garden. Any idea how to fix it?",
    ],
)
def test_a_question_asked_of_a_story_of_another_topic_is_declined(chat, message):
    # the question names nothing of the article's subject: it is asked of its story, and
    # that story is of something else: no entry's way to "fix" it answers
    reply = chat.respond(message)
    assert reply.status == NO_MATCH and reply.entry is None


def test_the_same_question_after_a_story_of_the_subject_is_answered(chat):
    reply = chat.respond("My stomach has been upset since I started magnesium. What can I do?")
    assert reply.status == ANSWERED and reply.entry is not None
    # a message that announces its questions tells no story of another topic
    several = chat.respond("A few questions from a beginner: what is referred pain?")
    assert several.status == ANSWERED and several.entry is not None


@pytest.mark.parametrize(
    "typed", ["best time of day to take magnesium", "how long to take magnesium for cramps"]
)
def test_a_search_typed_phrase_that_asks_an_aspect_tells_nothing(chat, typed):
    # typed as into a search box: the time asked is no time told, and no one's story
    reply = chat.respond(typed)
    assert reply.status == NO_MATCH and reply.smalltalk_id is None


def test_is_that_true_after_a_claim_told_asks_the_claim(matcher):
    """What someone said of the subject, told in a story and acknowledged, is what "is that
    true?" asks next: "it" is what the person takes, and the person's own feelings after it
    ("and now I'm paranoid") are no part of the claim."""
    conversation = Conversation(matcher.kb, matcher)
    conversation.respond("I take magnesium for migraines.")
    told = conversation.respond("A friend said it can cause back pain and now I'm paranoid.")
    assert told.status == SMALLTALK
    reply = conversation.respond("is that true?")
    assert reply.status == ANSWERED and reply.entry is not None
    assert "not recognized" in reply.entry.answer


def test_is_that_true_after_a_story_of_ones_own_is_no_claim(matcher):
    """A doctor's word on the person's own back is their story, not a claim of the subject."""
    conversation = Conversation(matcher.kb, matcher)
    conversation.respond("started magnesium last week")
    conversation.respond("my doctor says my back is just strained")
    assert conversation.claim is None


def test_a_swap_of_one_tying_verb_for_another_asks_the_same(matcher):
    # "affect" for the entry's "cause" names no other thing: the stress entry answers
    result = matcher.match("does stress affect back pain")
    assert (result.status, result.best.entry.id) == (ANSWERED, "stress-anxiety")


def test_a_thing_swapped_in_that_the_answer_says_in_other_words_is_no_other_thing(matcher):
    # "the gut" for the entry's "my spine": its answer says the origin is abdominal
    result = matcher.match("is my back pain real if it actually comes from the gut?")
    assert (result.status, result.best.entry.id) == (ANSWERED, "is-the-pain-real")


def test_a_phrasing_shifted_along_swaps_in_no_unknown_thing(matcher):
    # "half" five words along from "magnesium" is no thing asked in its place
    result = matcher.match("low magnesium can keep muscles half-contracted, is that true?")
    assert (result.status, result.best.entry.id) == (ANSWERED, "deficiency-spasms")


def test_like_what_kind_of_a_thing_the_answer_names_asks_for_instances(chat):
    reply = talk(chat, "what causes muscle strain in the back?", "like what kind of movements?")
    assert (reply.status, reply.entry.id) == (ANSWERED, "muscle-strain")
    assert "awkward movements" in reply.text


def test_a_claim_read_somewhere_is_put_to_the_bot_without_the_feeling_around_it(chat):
    reply = talk(chat, "I'm nervous because I read online that magnesium can cause back pain.")
    assert (reply.status, reply.entry.id) == (ANSWERED, "magnesium-back-pain")


def test_a_strain_told_makes_stopping_the_magnesium_a_verdict_on_the_story(chat):
    reply = talk(
        chat,
        "Started magnesium glycinate for my leg cramps. Cramps are better!",
        "But my back has been stiff the past few days. I also tweaked it reaching for "
        "something on a high shelf.",
        "should I stop the magnesium?",
    )
    assert (reply.status, reply.entry.id) == (ANSWERED, "muscle-strain")


def test_a_symptom_said_not_to_be_had_is_no_symptom_answered(chat):
    # "no stomach problems" after a fall: the answer on what upsets the stomach would be
    # the one thing the person just said is not so; the turn is noted
    reply = talk(
        chat, "i fell off my bike on saturday", "i also take mag oxide daily, no stomach problems"
    )
    assert reply.status == SMALLTALK and reply.entry is None


def test_whether_a_story_is_linked_is_not_answered_with_what_to_do(chat):
    # "switched" lifted the entry on switching forms; "could that be it?" asks whether
    reply = talk(
        chat,
        "I switched to a cheap magnesium oxide last week.",
        "Since then I've had gassy cramps and my lower back aches too. could that be it?",
    )
    assert reply.entry is not None and reply.entry.id != "fix-digestive-back-pain"
    assert reply.entry.question.lower().startswith(("why", "is", "can", "does"))


@pytest.mark.parametrize("asked", ["what should i do?", "is there anything i can do?"])
def test_what_to_do_after_a_story_may_still_be_a_remedy(chat, asked):
    reply = talk(
        chat,
        "I switched to a cheap magnesium oxide last week.",
        f"Since then I've had gassy cramps and my lower back aches too. {asked}",
    )
    assert reply.entry is not None and reply.entry.id in ("fix-digestive-back-pain", "glycinate")


def test_a_second_question_of_it_on_a_topic_of_its_own_is_answered_apart(chat):
    # "it" is the subject, and the nervous system a topic the first part never named: two
    # answers, though the second's reading is torn between the nerve entries
    reply = chat.respond(
        "What is magnesium generally marketed for, and does it do anything for the nervous system?"
    )
    assert "sleep support" in reply.text
    assert "NMDA" in reply.text or "nerve" in reply.text.split("2.", 1)[-1]


@pytest.mark.parametrize("asked", ["what are my options?", "what are my options now?"])
def test_a_question_after_a_story_asks_of_the_story_not_of_the_bot(chat, asked):
    # "options" is a word of the capabilities small talk; after a story told in the same
    # message (or the turns before), the question asks what the person can do
    reply = talk(
        chat,
        "My back hurts every time my gut cramps up on this magnesium. I'm not ready to give "
        f"up on it because it helps me sleep. {asked}",
    )
    assert reply.status != SMALLTALK
    assert reply.entry is not None and reply.entry.id in ("fix-digestive-back-pain", "glycinate")


def test_small_talk_after_a_story_is_still_small_talk(chat):
    first = talk(chat, "i started magnesium last week", "thanks")
    assert first.status == SMALLTALK
    assert talk(chat, "what can you do?").status == SMALLTALK  # put to the bot
    assert Conversation(chat.kb, chat.matcher).respond("hey, how's it going").status == SMALLTALK


@pytest.mark.parametrize(
    ("story", "entry"),
    [
        (
            (
                "i work 12 hour shifts at a desk, hunched over",
                "started magnesium last month, my back has been tight since",
            ),
            "posture",
        ),
        (
            (
                "super stressed at work lately and not sleeping",
                "started taking magnesium to calm down and now my back is tight",
            ),
            "stress-anxiety",
        ),
    ],
)
@pytest.mark.parametrize(
    "asked", ["is it the pills or me?", "is it the mag or something im doing?"]
)
def test_the_supplement_or_me_weighs_the_story(chat, kb, story, entry, asked):
    # the person offered as the other side of the choice: what they told of themselves
    assert any(e.id == entry for e in kb.entries)
    reply = talk(chat, *story, asked)
    assert reply.entry is not None and reply.entry.id == entry, reply


def test_a_word_the_base_lacks_told_as_a_symptom_before_is_theirs(chat):
    # "the knots" names what the person told ("feels all knotted up"): their word for the
    # symptom, not a topic the base lacks
    reply = talk(
        chat,
        "started magnesium for cramps a while ago",
        "my lower back feels all knotted up in the evenings",
        "could low magnesium explain the knots?",
    )
    assert reply.entry is not None and reply.entry.id == "deficiency-spasms"


def test_a_word_the_base_lacks_never_told_is_still_a_topic(chat):
    reply = talk(
        chat,
        "started magnesium for cramps a while ago",
        "my lower back feels all knotted up in the evenings",
        "could low magnesium explain the hives?",
    )
    assert reply.status == NO_MATCH


def test_a_question_pointing_back_in_the_message_of_its_story_reads_that_story(chat):
    # "either of those" points at what the message told first, not at the gut entry that
    # "why my back hurts" alone finds
    reply = chat.respond(
        "I twisted lifting a heavy suitcase into the car last week and I've been stressed at "
        "work too. Could either of those be why my back hurts, not the magnesium?"
    )
    assert reply.entry is not None and reply.entry.id in ("muscle-strain", "stress-anxiety")


def test_a_relative_that_points_at_nothing_told(chat):
    from bot.core.conversation import _points_back

    cues = chat.kb.cues
    said = {
        "is magnesium something that gets studied for pain": False,
        "the magnesium that helps cramps": False,
        "could that be why": True,
        "can either of those cause it": True,
    }
    assert {text: _points_back(text.split(" "), cues) for text in said} == said


def test_it_taken_after_a_story_of_what_is_taken_is_that_thing(chat):
    # "why do people take it?" names nothing of its own: "it" is the magnesium they started
    chat.respond("I just started magnesium for sleep")
    chat.respond("the bottle says it supports muscles too")
    reply = chat.respond("what's the deal, why do people take it for so many things?")
    assert reply.status == ANSWERED and reply.entry.id == "what-magnesium-is-promoted-for"


def test_it_with_nothing_taken_told_is_not_read_as_a_supplement(chat):
    reply = chat.respond("why do people take it for so many things?")
    assert reply.status != ANSWERED


def test_a_deed_pointed_at_after_a_told_symptom_is_that_symptom(chat):
    """ "why would the laxative do that?" right after "my back hurts along with the
    cramps": what it does is what they told, not how a laxative works."""
    reply = talk(
        chat,
        "i'm taking magnesium citrate as a bowel prep before a procedure",
        "my back hurts along with the cramps",
        "why would the laxative do that?",
    )
    assert reply.status == ANSWERED and reply.entry is not None
    assert "back" in reply.entry.answer and "spasm" in reply.entry.answer, reply.entry.id


def test_a_deed_pointed_at_right_after_an_answer_is_the_answers(chat):
    """With nothing told since the last answer, "that" is what the answer said."""
    first = talk(chat, "how does magnesium work as a laxative")
    reply = talk(chat, "why would it do that?")
    assert reply.entry is None or reply.entry.id != "colon-spasms-back", (first, reply)


@pytest.mark.parametrize(
    ("words", "at"),
    [
        ("why would the laxative do that", 4),
        ("could oxide be causing this to me", 3),
        ("why does it do that to the back", None),
        ("what else could cause it", 3),
        ("why would it do it", None),  # "it" closes only a question of a cause
        ("is that normal", None),
        ("what does that mean", None),
    ],
)
def test_the_deed_a_question_points_at(words, at):
    from bot.core import forms

    assert forms.pointed_deed(words.split()) == at


@pytest.mark.parametrize(
    ("words", "read"),
    [
        ("what else could it be", "what else could cause it"),
        ("so what else could it be then", "what else could cause it"),
        ("could it be something else", "what else could cause it"),
        ("if its not the magnesium what else could it be", None),
        ("what is it then", "what else could cause it"),
        ("could it be the magnesium", None),
        ("what could it be for", None),
    ],
)
def test_what_a_pointer_is_asked_as_its_cause(words, read):
    from bot.core import forms

    found = " ".join(forms.cause_of_pointer(words.split()))
    if read is None and words.startswith("if"):
        assert found == "if its not the magnesium what else could cause it"
    else:
        assert found == (read or words)


@pytest.mark.parametrize(
    "message",
    [
        "Started mag on Monday, back started hurting Wednesday, so I stopped it, but the "
        "pain is still here. What else could it be?",
        "my back hurts since i started magnesium. what else could cause it?",
        "my lower back aches. could it be something else?",
    ],
)
def test_what_else_it_could_be_after_a_told_symptom_asks_its_other_causes(chat, message):
    reply = chat.respond(message)
    assert reply.status == ANSWERED and reply.entry.id == "common-causes", reply


def test_why_right_after_the_answer_to_a_story_asks_why_of_that_answer(chat):
    """The story's answer was how colon cramps are felt in the back: "why?" asks the
    reason of that, not again of the citrate the story began with."""
    reply = talk(
        chat,
        "citrate for constipation for a few days now",
        "now my stools are really soft and I get sharp colon cramps that I feel in my back",
        "why?",
    )
    assert reply.entry is not None and reply.entry.id == "why-gut-pain-felt-in-back", reply


def test_a_symptom_denied_in_the_story_counts_against_the_reading_that_says_it(chat):
    # the way through the gut, when the gut is fine: not the answer that says it
    reply = talk(
        chat,
        "i began magnesium glycinate a few days ago",
        "my stomach is totally fine, zero bloating",
        "yet my back aches. might it still be the magnesium?",
    )
    assert reply.entry is not None and reply.entry.id == "is-it-the-magnesium", reply


@pytest.mark.parametrize(
    "told",
    ["my gut is totally fine", "stomach has been perfectly ok", "my belly feels fine honestly"],
)
def test_a_symptom_said_to_be_well_with_words_between_is_denied(chat, told):
    reply = talk(chat, "i started magnesium oxide on monday", told)
    assert reply.status == SMALLTALK and reply.smalltalk_id == NOTED, reply  # no answer of it
    assert not chat.situation.phrases((SYMPTOMS,))
    assert chat.situation.denials((SYMPTOMS,))


def test_is_she_right_asks_of_what_she_said_whatever_came_between(chat):
    reply = talk(
        chat,
        "my sister swears magnesium wrecks your back",
        "been taking it for a year myself, no problems, it even sorted my migraines",
        "so is she right?",
    )
    plain = talk(Conversation(chat.kb, chat.matcher), "magnesium wrecks your back")
    assert reply.entry is not None and plain.entry is not None
    assert reply.entry.id == plain.entry.id, reply


def test_a_question_naming_the_change_told_is_of_what_is_taken_now(chat):
    reply = talk(
        chat,
        "last month i changed from citrate over to oxide to save money",
        "since then my tummy has been much worse and my lower back aches again",
        "how come changing made it worse?",
    )
    assert reply.entry is not None and reply.entry.id == "oxide-absorption", reply


def test_which_of_those_weighs_the_causes_told(chat):
    reply = talk(
        chat,
        "on sunday i carried a bunch of heavy boxes up to the attic",
        "i'd also started magnesium the week before, and now my back is stiff",
        "which of those would you bet on?",  # "bet": a word the base lacks, in a verdict
    )
    assert reply.entry is not None
    assert "muscle strain" in reply.text.lower(), reply  # the thing done, not the magnesium


@pytest.mark.parametrize(
    "asked", ["why would the laxative be doing that?", "how come the laxative does that?"]
)
def test_a_deed_pointed_at_in_any_tense_after_a_told_symptom_is_that_symptom(chat, asked):
    reply = talk(
        chat,
        "i'm taking magnesium citrate as a bowel prep before a procedure",
        "my back hurts along with the cramps",
        asked,
    )
    assert reply.entry is not None
    assert "back" in reply.entry.answer and "spasm" in reply.entry.answer, reply.entry.id


def test_asking_whether_to_blame_it_after_a_sign_told_is_no_what_to_do(chat):
    # after pain told spreading to the hip (a see-a-doctor sign), "should i blame it?"
    # asks whether it is the cause; "what should i do?" would get the sign's guidance
    reply = talk(
        chat,
        "a scan showed a slipped disc two years ago",
        "now i take magnesium and the pain shoots into my hip again",
        "should i blame the magnesium?",
    )
    assert reply.entry is not None and reply.entry.id != "see-a-doctor", reply


def test_a_side_named_by_a_word_of_the_clause_that_told_the_deed_is_that_deed(chat):
    # "deadlifted heavy" is noted by its listed word ("heavy"); "the deadlift" names it
    reply = talk(
        chat,
        "gym rat here, i take mag to recover",
        "deadlifted heavy on monday, lower back seized up tuesday",
        "mag or the deadlift?",
    )
    assert reply.entry is not None and "muscle strain" in reply.text.lower(), reply


def test_a_history_told_with_when_it_was_is_noted_not_declined(chat):
    # no "my" in it: "years ago" says it tells what happened, and when
    reply = talk(chat, "an mri found a herniated disc three years ago")
    assert reply.status == SMALLTALK and reply.smalltalk_id == NOTED, reply
    assert chat.situation.phrases()


def test_a_question_naming_two_symptoms_told_asks_their_link_not_the_story(chat):
    # the gut pain and the back both named: how one is felt in the other, not why oxide
    # upsets the gut
    for said in (
        "i take a magnesium complex, mostly oxide",
        "a couple of days in my gut pain started wrapping round to my back",
    ):
        chat.respond(said)
    reply = chat.respond("why would the gut pain show up in my back?")
    assert reply.entry is not None and reply.entry.id == "why-gut-pain-felt-in-back", reply


def test_a_question_naming_only_the_back_still_asks_of_the_story(chat):
    for said in ("started oxide last week", "my gut is crampy and my back aches"):
        chat.respond(said)
    reply = chat.respond("why would my back hurt?")
    assert reply.entry is not None
    assert reply.entry.id in ("why-gut-pain-felt-in-back", "colon-spasms-back", "digestive-cause")


@pytest.mark.parametrize("told", ["i just bought the same one, it's citrate", "i ordered some too"])
def test_a_thing_bought_is_no_deed_of_the_body(chat, told):
    # "bought" is no activity: it is not read as the nearest one ("pulled" a muscle)
    chat.respond("friend said her magnesium gave her the runs")
    chat.respond(told)
    assert "activities" not in dict(chat.situation.describe())


def test_a_verdict_asked_of_a_story_without_symptoms_weighs_the_supplement_not_its_kind(chat):
    # which kind they take says nothing of a twinge told after a lift: the answer weighs
    # magnesium against the lift, not what glycinate is
    reply = talk(
        chat,
        "started magnesium glycinate",
        "bent over to pick up a heavy bag of dog food and felt a twinge",
        "mag or the bag?",
    )
    assert reply.status == ANSWERED and reply.entry is not None
    assert reply.entry.id != "glycinate"
    assert "strain" in reply.text


def test_a_dose_lowered_is_no_lift(chat):
    # "lowered the dose" is a change in what they take: never read as a thing lifted
    reply = talk(
        chat,
        "took magnesium oxide for a week, back got sore",
        "switched to glycinate and lowered the dose",
        "soreness is mostly gone. was it the gut thing then?",
    )
    assert reply.status == ANSWERED and reply.entry is not None
    assert reply.entry.id != "muscle-strain", reply.entry.id
    assert "gut" in reply.text or "digestive" in reply.text


def test_a_symptom_told_before_a_link_question_grows_the_story(chat):
    """The new symptom is told in a sentence of its own before "could that be
    connected?": as when told in the question, it asks how it goes with the belly's
    trouble the last answer explained, not again what oxide does."""
    reply = talk(
        chat,
        "started magnesium oxide last week",
        "my belly's been cramping and bloated since",
        "and now my lower back aches. could that be connected?",
    )
    assert reply.entry is not None and reply.entry.id == "why-gut-pain-felt-in-back", reply


def test_a_first_symptom_is_no_symptom_grown(chat):
    # "a couple weeks back" tells a time ago, not a back: the first symptom told is the
    # story's, and its verdict stands
    reply = talk(
        chat,
        "i barely drink water these days, it's all energy drinks",
        "and i started magnesium a couple weeks back",
        "my back is stiff and sore. connected to the magnesium or something else?",
    )
    assert reply.entry is not None and reply.entry.id == "inflammation-dehydration", reply


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("i started magnesium a couple weeks back", {"taking", "timing"}),
        ("a while back my back started hurting", {"symptoms", "timing"}),
    ],
)
def test_a_span_of_time_back_is_a_time_ago(chat, text, groups):
    assert {group for group, _ in chat.situation.find(text)} == groups


@pytest.mark.parametrize("message", ["is it true?", "is this normal?", "are you sure?"])
def test_a_check_with_nothing_before_it_has_nothing_to_check(chat, message):
    # no answer, story or claim before it: declined, not answered by an entry that happens
    # to say "true" ("its true origin") or "normal"
    reply = chat.respond(message)
    assert reply.status == NO_MATCH and reply.entry is None, reply


def test_a_check_after_an_answer_still_asks_of_it(chat):
    talk(chat, "can magnesium cause back pain")
    reply = talk(chat, "is it true?")
    assert reply.entry is not None and reply.entry.id == "magnesium-back-pain"


@pytest.mark.parametrize("said", ["just started magnesium", "recently switched to glycinate"])
def test_a_report_with_its_i_and_a_time_adverb_left_out_tells(chat, said):
    # "just started magnesium" is "I just started magnesium": told, not asked
    reply = chat.respond(said)
    assert reply.status == SMALLTALK and reply.smalltalk_id == NOTED, reply


def test_how_does_that_happen_after_the_answer_to_a_story_asks_its_reason(chat):
    # the story's answer said what citrate does; "how does that even happen?" asks how,
    # not for the same answer again
    first = talk(
        chat,
        "i take magnesium citrate before bed",
        "every morning i get cramps and loose stools and then my lower back aches",
    )
    reply = talk(chat, "how does that even happen")
    assert first.entry is not None and reply.entry is not None
    assert reply.entry != first.entry
    assert reply.entry.question.lower().startswith(("how", "why")), reply.entry.question
