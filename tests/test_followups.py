"""A conversation, not a lookup: follow-ups, disambiguation and red flags, as pure behaviour."""

from __future__ import annotations

import json

import pytest
from helpers import talk

from bot.core.conversation import Conversation
from bot.core.loader import load
from bot.core.matcher import ANSWERED, NO_MATCH, SMALLTALK, UNSURE
from bot.core.safety import DOCTOR, URGENT

# -- follow-ups -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "turns, entry_id",
    [
        # the brief's conversation
        (["can magnesium cause back pain?", "why?"], "digestive-cause"),
        (["can magnesium cause back pain?", "why?", "what about glycinate?"], "glycinate"),
        (["can magnesium cause back pain?", "and if it's stress?"], "stress-anxiety"),
        # "what about X?" / "and X?" switch to X within the conversation
        (["what usually causes back pain?", "what about posture?"], "posture"),
        (
            ["what else causes back pain besides supplements?", "and dehydration?"],
            "inflammation-dehydration",
        ),
        # "how do I fix that?" leans on the topic
        (["mag oxide gives me awful cramps", "how do i fix that?"], "fix-digestive-back-pain"),
        # a pronoun stands for the topic
        (
            ["what is central sensitization?", "how does magnesium prevent it?"],
            "central-sensitization",
        ),
        # a follow-up with its own telling words goes where those words point
        (
            ["my back hurts since I started magnesium oxide", "why is that felt in my back?"],
            "why-gut-pain-felt-in-back",
        ),
        # "can that cause back pain?" is ambiguous alone; the topic decides
        (
            ["what happens if I don't get enough magnesium?", "can that cause back pain?"],
            "deficiency-spasms",
        ),
        # one part of what the last answer covered, singled out: the entry asked of it
        (
            ["what's magnesium's role in the body", "and for nerves specifically?"],
            "nerve-membranes",
        ),
        (
            ["what is magnesium's role in muscles and nerves", "and the nerves in particular?"],
            "nerve-membranes",
        ),
        (["what is magnesium's role in muscles and nerves", "and the nerves?"], "nerve-membranes"),
        # "then" takes the last answer's no as given: what is so instead, in its own words
        (
            ["is magnesium a direct cause of back pain?", "then why does my back ache?"],
            "why-gut-pain-felt-in-back",
        ),
        # a reason asked of "that" which an entry asks in its own question, word for word
        (
            ["why is magnesium a laxative", "why would that be felt in my back?"],
            "why-gut-pain-felt-in-back",
        ),
        # "mine" is the back the topic tells of: read with it, the last answer left out
        (
            ["is magnesium a direct cause of back pain?", "then why does mine ache?"],
            "digestive-cause",
        ),
    ],
)
def test_follow_ups_resolve_against_the_topic(chat, turns, entry_id):
    reply = talk(chat, *turns)
    assert reply.status in (ANSWERED, UNSURE), reply
    assert reply.entry.id == entry_id, [m.entry.id for m in reply.alternatives]


def test_a_question_that_stands_on_its_own_is_not_bent_to_the_topic(chat):
    talk(chat, "what is referred pain?")
    reply = chat.respond("does poor posture cause back pain?")
    assert reply.entry.id == "posture"


def test_why_without_a_topic_is_not_answered(chat):
    assert chat.respond("why?").status == NO_MATCH


@pytest.mark.parametrize("more", ["tell me more", "more", "go on", "what else?"])
def test_tell_me_more_walks_the_related_entries_in_order(kb, chat, more):
    first = chat.respond("what is referred pain?")
    seen = [first.entry.id]
    for _ in range(2):
        reply = chat.respond(more)
        assert reply.status == ANSWERED
        assert reply.entry.id not in seen
        assert reply.entry.id in kb.entry(seen[0]).related
        seen.append(reply.entry.id)


def test_tell_me_more_never_repeats_and_ends_by_saying_so(kb, chat):
    seen = [chat.respond("what is referred pain?").entry.id]
    for _ in range(len(kb.entries)):
        reply = chat.respond("tell me more")
        if reply.status == NO_MATCH:
            assert "all the article says" in reply.answer
            break
        assert reply.entry.id not in seen
        seen.append(reply.entry.id)
    else:
        pytest.fail(f"'tell me more' never ran out: {seen}")


def test_small_talk_in_the_middle_keeps_the_topic(chat):
    talk(chat, "can magnesium cause back pain?", "thanks!")
    assert chat.respond("why?").entry.id == "digestive-cause"


def test_off_topic_follow_up_is_still_declined(chat):
    talk(chat, "can magnesium cause back pain?")
    assert chat.respond("what about kidney stones?").status == NO_MATCH
    assert chat.respond("and zinc?").status == NO_MATCH


@pytest.mark.parametrize(
    "question",
    ["how much magnesium oxide is too much", "how much citrate is too much?"],
)
def test_a_question_of_its_own_with_too_is_not_the_last_question_asked_again(chat, question):
    # "too" there says how much, not "also": the dose the article never gives is declined,
    # not read as "can magnesium oxide cause back pain?"
    talk(chat, "can magnesium cause back pain?")
    assert chat.respond(question).status == NO_MATCH


def test_a_thing_named_with_too_still_asks_the_last_question_of_it(chat):
    talk(chat, "is magnesium citrate a laxative?")
    reply = chat.respond("oxide too?")
    assert reply.status == ANSWERED and "oxide" in reply.answer.lower()


# -- suggestions and "did you mean" ---------------------------------------------------------


@pytest.fixture
def unsure(kb_copy, add_entries, new_entry):
    """A conversation whose first question is 'unsure' between two made-up entries."""
    add_entries(
        new_entry(id="zebra-balm"),
        new_entry(
            id="zebra-balm-too",
            question="What is zebra balm for?",
            answer="The second made-up answer about zebra balm.",
        ),
    )
    chat = Conversation(load(kb_copy))
    reply = chat.respond("zebra balm")
    assert reply.status == UNSURE and reply.alternatives
    return chat, reply


@pytest.mark.parametrize("answer", ["yes", "Yes.", "yep", "ok", "1", "1)"])
def test_yes_or_one_after_did_you_mean_picks_the_first_option(unsure, answer):
    chat, reply = unsure
    picked = chat.respond(answer)
    assert picked.status == ANSWERED
    assert picked.entry.id == reply.alternatives[0].entry.id


def test_the_words_of_an_option_pick_it(unsure):
    chat, reply = unsure
    option = reply.alternatives[0].entry
    picked = chat.respond(option.question)
    assert picked.entry.id == option.id


def test_yes_without_a_did_you_mean_is_not_a_pick(chat):
    chat.respond("can magnesium cause back pain?")
    assert chat.respond("yes").status in (NO_MATCH, SMALLTALK)


@pytest.mark.parametrize("typed", ["-1", "\uff13", "1.5"])
def test_only_plain_numbers_pick_a_suggestion(chat, typed):
    chat.respond("can magnesium cause back pain?")
    assert chat.respond(typed).status == NO_MATCH


# -- safety -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message, flag, level",
    [
        ("my back hurts and I lost control of my bladder", "bladder-bowel-control", URGENT),
        ("back pain and numbness in my groin", "saddle-numbness", URGENT),
        ("I have a fever and my lower back aches", "fever", URGENT),
        (
            "I fell down the stairs and now my back hurts, is it the magnesium?",
            "fall-or-injury",
            URGENT,
        ),
        ("back pain and I'm losing weight without trying", "weight-loss", URGENT),
        ("my leg feels numb and my back hurts", "neurological", DOCTOR),
        ("sharp back pain that won't go away", "severe-or-persistent", DOCTOR),
    ],
)
def test_red_flags_put_the_doctor_first(chat, message, flag, level):
    reply = chat.respond(message)
    assert (reply.safety.id, reply.safety.level) == (flag, level)
    assert reply.answer.startswith(reply.safety.message)
    data = json.loads(json.dumps(reply.to_dict()))
    assert data["safety"] == {"id": flag, "level": level, "reported": True}


def test_an_urgent_flag_wins_over_a_doctor_flag(chat):
    reply = chat.respond("my legs are weak and I can't control my bladder")
    assert reply.safety.level == URGENT


@pytest.mark.parametrize(
    "message",
    [
        "can magnesium cause back pain?",
        "does magnesium help me fall asleep",
        "I fell asleep on the couch, is that why my back hurts",
        "what is referred pain",
        "how much water does magnesium draw into the gut",
    ],
)
def test_ordinary_questions_raise_no_flag(chat, message):
    assert chat.respond(message).safety is None


def test_a_flag_does_not_make_an_off_topic_question_answered(chat):
    reply = chat.respond("can zinc cause numbness in my hands")
    assert reply.status == NO_MATCH and reply.safety is not None
    assert reply.answer.startswith(reply.safety.message)


def test_the_answer_still_follows_the_guidance(chat):
    reply = chat.respond(
        "my back pain is sharp since I started magnesium, can magnesium cause back pain?"
    )
    assert reply.safety is not None and reply.entry is not None
    assert reply.answer.endswith(reply.entry.answer)


def test_guidance_the_answer_already_gives_is_said_once(chat):
    reply = chat.respond("when should I see a doctor about numbness and back pain?")
    assert reply.entry.id == "see-a-doctor" and reply.safety.id == "neurological"
    assert reply.answer == reply.entry.answer  # no second "see a doctor" before it
    assert json.loads(json.dumps(reply.to_dict()))["safety"]["level"] == DOCTOR


def test_the_words_of_a_flag_do_not_make_the_rest_off_topic(chat):
    reply = chat.respond("I lost control of my bladder and my back hurts, is it the magnesium?")
    assert reply.safety.level == URGENT
    assert reply.status in (ANSWERED, UNSURE) and "magnesium" in reply.entry.question.lower()
    assert reply.query.startswith("I lost control")  # the message as typed


# -- a question that stands on its own ----------------------------------------------------


def alone(kb, matcher, text):
    """The reply `text` gets at the start of a conversation."""
    return Conversation(kb, matcher).respond(text)


@pytest.mark.parametrize(
    "turns",
    [
        ["magnesium glycinate better than citrate?", "is it my spine or my gut"],
        ["what normally causes lower back pain", "does magnesium relax muscles"],
        [
            "how does magnesium work as a laxative",
            "got it",
            "totally unrelated but can a herniated disc cause leg pain?",
        ],
        [
            "does magnesium citrate cause bloating",
            "what about nausea",
            "switching topics, how many reactions in the body need magnesium?",
        ],
    ],
)
def test_a_self_contained_question_gets_what_it_gets_alone(kb, matcher, chat, turns):
    reply = talk(chat, *turns)
    fresh = alone(kb, matcher, turns[-1])
    if fresh.status != NO_MATCH or turns[-1].startswith(("totally", "switching")):
        fresh = alone(kb, matcher, turns[-1].split(" but ", 1)[-1].split(", ", 1)[-1])
    assert (reply.status, reply.entry) == (fresh.status, fresh.entry)


# -- "why?" with no deeper entry ----------------------------------------------------------


def test_why_without_a_deeper_entry_quotes_the_article_instead_of_repeating(kb, chat):
    # (citrate, asked before, now finds how an osmotic laxative works one related step on)
    first = chat.respond("can poor posture cause back pain")
    why = chat.respond("why")
    assert why.status == ANSWERED and why.entry == first.entry
    assert why.answer != first.answer
    # its own sentences, and what the article goes on to say after them
    assert why.answer.startswith((kb.settings.no_further_reason, kb.settings.goes_on))
    quoted = why.answer.split("\u201c", 1)[1].rstrip("\u201d")
    section = kb.article.section(first.entry.source).text.replace("\n", " ")
    assert quoted and quoted in section
    assert why.related and all(e.id in first.entry.related for e in why.related)
    assert chat.respond("1").entry == why.related[0]  # the offered questions can be picked


def test_why_without_a_deeper_entry_quotes_the_reason_the_article_goes_on_to_give(kb, chat):
    chat.respond("can magnesium cause back pain directly")
    why = chat.respond("why tho")
    assert why.answer.startswith(kb.settings.goes_on)
    assert "primarily one of relaxation" in why.answer  # the article's reason, said next


@pytest.mark.parametrize(
    "turns, entry_id",
    [
        (["magnesium blocks nmda receptors?", "what does that do?"], "central-sensitization"),
        (
            ["what does magnesium do at nmda receptors?", "what does that mean for pain"],
            "central-sensitization",
        ),
        (
            ["where is referred pain from magnesium felt?", "and why there?"],
            "why-gut-pain-felt-in-back",
        ),
    ],
)
def test_a_short_message_about_the_last_answer_is_a_follow_up_not_small_talk(chat, turns, entry_id):
    reply = talk(chat, *turns)
    assert reply.status == ANSWERED and reply.entry.id == entry_id


@pytest.mark.parametrize("later", ["how much should i take then?", "how long then?"])
def test_a_follow_up_that_names_nothing_is_not_given_a_related_answer(chat, later):
    talk(chat, "magnesium citrate is giving me cramps", "so i should lower the dose?")
    assert chat.respond(later).status == NO_MATCH


# -- corrections --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "turns, asked",
    [
        (
            ["can magnesium citrate hurt my back", "wait, i take oxide, not citrate"],
            "can magnesium oxide hurt my back",
        ),
        (
            ["tell me about magnesium and the colon", "not the colon, the stomach"],
            "tell me about magnesium and the stomach",
        ),
        (
            ["is magnesium good for sleep", "sorry typo i meant is it good for spasms"],
            "is magnesium good for spasms",
        ),
        (["is glycinate a laxative", "i meant citrate"], "is citrate a laxative"),
        (
            [
                "what makes lower back pain spread to the legs",
                "sorry i meant the hips not the legs",
            ],
            "what makes lower back pain spread to the hips",
        ),
    ],
)
def test_a_correction_re_asks_the_previous_question_corrected(kb, matcher, chat, turns, asked):
    reply = talk(chat, *turns)
    assert chat.asked == asked
    fresh = alone(kb, matcher, asked)
    assert (reply.status, reply.entry) == (fresh.status, fresh.entry)
    assert reply.query == turns[-1]


def test_a_correction_may_stand_for_the_word_nearest_it_in_meaning(chat):
    # the base's lists make "spasms" and "shoulder" both of the kind of "back"; the word
    # vectors say "shoulder" is the one meant, and that reading is answered
    chat.respond("why do intestinal spasms show up in the shoulder blade")
    reply = chat.respond("oops i meant the lower back")
    assert "spasms" in chat.asked and "shoulder" not in chat.asked
    assert reply.status == ANSWERED and "back" in reply.entry.question.lower()


def test_the_corrected_question_answers_what_the_first_did_not(chat):
    assert chat.respond("is magnesium good for sleep").status == NO_MATCH
    assert chat.respond("sorry typo i meant is it good for spasms").status in (ANSWERED, UNSURE)


@pytest.mark.parametrize("text", ["i meant citrate", "not the colon, the stomach"])
def test_a_correction_with_nothing_to_correct_is_a_question(kb, matcher, chat, text):
    reply = chat.respond(text)
    assert reply.status in (ANSWERED, UNSURE)


def test_the_answer_to_a_correction_names_what_it_brought_in(kb, matcher, chat):
    talk(chat, "does magnesium oxide upset the stomach")
    reply = chat.respond("no i meant glycinate")
    assert chat.asked == "does glycinate upset the stomach"
    # read alone, that question was first "what does magnesium citrate do?"; an entry that
    # never names what a yes-or-no question asks of no longer answers it
    first = alone(kb, matcher, chat.asked).entry
    assert first is None or "glycinate" in first.question.lower()
    assert (reply.status, reply.entry.id) == (ANSWERED, "glycinate")


def test_naming_keeps_an_answer_that_names_it_and_one_no_entry_names(kb, matcher):
    from bot.core.corrections import naming
    from bot.core.question import Question

    held = matcher.match(Question("is glycinate easier on the gut"))
    assert naming(held, ("glycinate",), matcher) == held
    assert naming(held, (), matcher) == held
    nobody = matcher.match(Question("does glycinate upset the stomach"))
    assert naming(nobody, ("zebra",), matcher) == nobody


def test_a_correction_to_something_the_article_lacks_is_declined(chat):
    talk(chat, "does magnesium citrate cause bloating")
    reply = chat.respond("sorry, i meant magnesium malate, does malate cause bloating?")
    assert reply.status == NO_MATCH


@pytest.mark.parametrize(
    "turns, asked",
    [
        (
            ["what does a herniated disc do", "i meant a bulging disc, what does that cause"],
            "what does a bulging disc cause",
        ),
        (
            ["how many reactions is calcium involved in?", "oops, magnesium I mean"],
            "how many reactions is calcium involved in magnesium",
        ),
        # the words of the correction start where they take over
        (
            ["what happens if i take too much magnesium", "i meant too little"],
            "what happens if i take too little magnesium",
        ),
        # a star marks the word that was meant, as in chat
        (["can sitting cause back pain", "standing*"], "can standing cause back pain"),
        (["what does oxide do?", "*citrate"], "what does citrate do"),
    ],
)
def test_a_correction_then_its_question_or_before_its_cue(chat, turns, asked):
    reply = talk(chat, *turns)
    assert chat.asked == asked and reply.status in (ANSWERED, UNSURE)


# -- telling and the situation ------------------------------------------------------------


def test_telling_is_acknowledged_with_an_example_and_noted(kb, chat):
    reply = chat.respond("i started citrate last week for sleep")
    assert reply.status == SMALLTALK and reply.smalltalk_id == "noted"
    lead = kb.settings.acknowledge.split("{example}")[0]
    assert reply.answer.startswith(lead)
    assert any(f'"{e.question}"' in reply.answer for e in kb.entries)
    notes = dict(chat.situation.describe())
    assert "citrate" in notes["taking"] and "last week" in notes["timing"]


def test_telling_with_no_example_to_give_drops_the_sentence_that_would_give_it(chat):
    reply = chat.respond("i work from home on a kitchen chair lol")  # nothing the base reads
    assert reply.status == SMALLTALK and reply.answer == "Got it, I'll keep that in mind."


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("Why?", 'Noted. Ask, for example: "Why?"'),
        ("", "Noted."),  # no example: its sentence goes, not a dangling quote
    ],
)
def test_a_slot_is_filled_or_its_sentence_dropped(value, said):
    from bot.core.reply import filled

    assert filled('Noted. Ask, for example: "{example}"', "{example}", value) == said
    # in its first sentence, the words before the slot are all there is to keep
    assert filled('Ask, for example: "{example}"', "{example}", "") == 'Ask, for example: "'


def test_telling_is_never_a_miss(kb, chat):
    from bot.authoring.misses import is_miss

    assert not is_miss(chat.respond("i started citrate last week for sleep"), kb)


def test_a_story_told_over_turns_answers_the_question_that_leans_on_it(kb, matcher, chat):
    assert alone(kb, matcher, "could that be connected?").status == NO_MATCH
    reply = talk(
        chat,
        "so i'm on magnesium oxide since monday",
        "and my lower back has been sore, plus bloating",
        "could that be connected?",
    )
    assert reply.status in (ANSWERED, UNSURE)
    assert reply.entry.source == "Digestive Distress and Referred Lower Back Discomfort"


def test_the_situation_never_overrides_a_self_contained_question(kb, matcher, chat):
    question = "does stress make back pain worse?"
    reply = talk(chat, "i take magnesium oxide since monday", "my stomach cramps", question)
    assert reply.entry == alone(kb, matcher, question).entry


def test_a_red_flag_told_before_comes_back_with_the_answer_that_leans_on_it(chat):
    first = chat.respond("my leg feels numb and my back hurts")
    reply = talk(chat, "been on magnesium oxide a week", "is this just the supplement?")
    assert first.safety is not None and reply.safety is not None
    assert reply.safety.id == first.safety.id
    assert reply.answer.startswith(reply.safety.message)


def test_reset_forgets_the_situation(chat):
    chat.respond("i started citrate last week")
    chat.reset()
    assert not chat.situation and chat.situation.describe() == []
    assert chat.respond("could that be connected?").status == NO_MATCH


@pytest.mark.parametrize(
    "message, rest",
    [
        (
            "ok new question: does dehydration affect back pain?",
            "does dehydration affect back pain?",
        ),
        (
            "different thing: why is magnesium oxide worse than other kinds?",
            "why is magnesium oxide worse than other kinds?",
        ),
    ],
)
def test_a_new_subject_after_its_own_words_is_asked_on_its_own(kb, matcher, chat, message, rest):
    talk(chat, "my back hurts after lifting boxes at work", "yeah it's been a few days")
    reply = chat.respond(message)
    fresh = alone(kb, matcher, rest)
    assert fresh.status != NO_MATCH and (reply.status, reply.entry) == (fresh.status, fresh.entry)


def test_why_is_tied_to_the_topic_by_its_telling_words_not_by_magnesium(kb, chat):
    first = chat.respond("does oxide absorb well")
    why = chat.respond("why not?")
    assert why.entry == first.entry
    assert why.answer.startswith((kb.settings.no_further_reason, kb.settings.goes_on))


@pytest.mark.parametrize(
    "turns, asked",
    [
        (["does standing cause back pain", "no sorry, sitting"], "does sitting cause back pain"),
        (["is citrate absorbed well", "oops, oxide not citrate"], "is oxide absorbed well"),
        (
            ["what does magnesium do at calcium channels", "sorry i meant nmda receptors"],
            "what does magnesium do at nmda receptors",
        ),
        (
            ["can posture cause neck pain", "i meant back pain, not neck pain"],
            "can posture cause back pain",
        ),
    ],
)
def test_more_corrections(chat, turns, asked):
    talk(chat, *turns)
    assert chat.asked == asked


@pytest.mark.parametrize("later", ["no thanks", "sorry, my bad", "no, that is all for today"])
def test_a_no_or_sorry_that_replaces_nothing_is_not_a_correction(chat, later):
    talk(chat, "does standing cause back pain", later)
    assert chat.asked == "does standing cause back pain"


def test_a_story_goes_on_over_statements_and_answers_what_leans_on_it(chat):
    reply = talk(
        chat,
        "i have been taking magnesium citrate for a week",
        "my stomach cramps a lot",
        "and now my lower back hurts",
        "is it related?",
    )
    assert reply.status in (ANSWERED, UNSURE)
    assert reply.entry.source == "Digestive Distress and Referred Lower Back Discomfort"


def test_a_statement_without_a_subject_is_heard(chat):
    chat.respond("lifted a heavy couch yesterday")
    notes = dict(chat.situation.describe())
    assert "heavy" in notes["activities"] and "yesterday" in notes["timing"]


def test_red_flag_guidance_is_not_followed_by_a_cheerful_acknowledgement(chat):
    chat.respond("i started magnesium oxide last week")
    reply = chat.respond("and now i lost control of my bladder")
    assert reply.safety is not None and reply.answer == reply.safety.message


@pytest.mark.parametrize(
    "first",
    [
        "why does oxide upset the stomach",
        "can stress cause back pain",
        "can dehydration hurt my back",
    ],
)
@pytest.mark.parametrize("then", ["what causes that?", "wait why", "can you explain?"])
def test_a_follow_up_never_repeats_the_last_answer_word_for_word(kb, chat, first, then):
    before = chat.respond(first)
    reply = chat.respond(then)
    assert reply.status == ANSWERED and reply.answer != before.answer
    if reply.entry == before.entry:  # the article's words, and what it goes on to say
        assert reply.answer.startswith((kb.settings.no_further_reason, kb.settings.goes_on))


def test_a_correction_after_a_follow_up_corrects_the_follow_up(chat):
    talk(chat, "does magnesium oxide cause cramps", "what about glycinate?")
    reply = chat.respond("sorry, i meant citrate")
    # "what about glycinate?" asked the question again of glycinate (corrections.same_for)
    assert chat.asked == "does citrate cause cramps" and reply.entry.id == "citrate"


def test_a_story_question_goes_on_from_the_answer_just_given(chat):
    told = talk(
        chat,
        "so im on magnesium oxide since monday",
        "and my lower back has been sore, plus bloating",
    )
    reply = chat.respond("could that be connected?")
    assert told.entry is not None and reply.entry != told.entry
    assert reply.status in (ANSWERED, UNSURE)


def test_in_a_story_a_symptom_told_without_i_is_telling(chat):
    talk(chat, "been super stressed at work lately")
    reply = chat.respond("shoulders and back feel tight all the time")
    assert reply.status != NO_MATCH
    assert "tight" in dict(chat.situation.describe())["symptoms"]


def test_what_was_told_counts_whatever_sentence_it_came_in(matcher):
    # what was told is joined with the words that ask for a link: a told sentence among them
    # ("my back feels tense.") must not make the words before it a story of their own
    from bot.core.followup import FollowUps

    follow = FollowUps(matcher)
    query = matcher.analyse("is the supplement doing that?")
    assert follow.stands_alone(query)
    assert not follow.stands_alone(query, ("supplement", "my back feels tense.", "why"))


def test_how_come_is_never_answered_by_how_to_stop_it(kb):
    # after why oxide is worse, "how come?" asks its reason: the related entry asked "how
    # can I stop ...?" starts with "how", but gives a remedy, not a reason
    chat = Conversation(kb)
    chat.respond("is magnesium oxide worse than other forms for causing back discomfort?")
    reply = chat.respond("how come?")
    assert reply.entry is not None and reply.entry.id != "fix-digestive-back-pain"
    assert "absorption" in reply.text


@pytest.mark.parametrize(
    "where",
    ["so where's it actually from then?", "where does that come from?", "where's it coming from"],
)
def test_where_it_comes_from_asks_the_reason_of_the_last_answer(chat, where):
    first = chat.respond("why did my back start hurting after I began magnesium?")
    assert first.status == ANSWERED and first.entry is not None
    reply = chat.respond(where)
    assert reply.status == ANSWERED and reply.entry is not None
    # the answer that explains it goes on to the gut, where the pain comes from
    assert "digest" in reply.text.lower() or "intestin" in reply.text.lower()


def test_how_given_a_premise_asks_the_reason_of_the_last_answer(chat):
    # "if my spine is fine" is the person's premise, no topic to look up
    first = chat.respond("can magnesium make my lower back ache")
    assert first.status in (ANSWERED, UNSURE)
    reply = chat.respond("but how if nothing is wrong with my spine?")
    assert reply.status == ANSWERED and reply.entry is not None
    assert reply.entry != first.entry


def test_which_one_is_worse_after_a_list_asks_the_one_the_article_calls_the_worst(chat):
    chat.respond("which kinds of magnesium are laxatives?")
    reply = chat.respond("ok which one is worse?")
    assert reply.status == ANSWERED and "oxide" in reply.text.lower()
    # a comparative not asked to choose is no superlative: "getting worse" names no form
    assert "worse" in chat.matcher.match("my back is getting worse").query.filler


def test_a_follow_up_asked_as_another_entry_is_asked_gets_that_entry(chat):
    # after how the laxative works, "what does the water do?" is asked as the entry on the
    # water in the bowel is: not the last answer's explanation again
    chat.respond("how does an osmotic laxative work?")
    reply = chat.respond("and what does the water do?")
    assert reply.status == ANSWERED and reply.entry is not None
    assert reply.entry == chat.matcher.match("what does the water do?").best.entry


def test_is_that_bad_quotes_what_the_article_says_against_the_answer(matcher):
    """ "is that bad?" after how magnesium draws water into the gut: the article's words
    behind the answer, on to where it turns against them ("However, excessive osmotic
    activity ... side effects"), not those words alone."""
    chat = Conversation(matcher.kb, matcher)
    chat.respond("how does magnesium help with constipation")
    reply = chat.respond("is that bad tho?")
    assert "However, excessive osmotic activity" in reply.text
    plain = Conversation(matcher.kb, matcher)
    plain.respond("can magnesium cause back pain")
    assert "However" not in plain.respond("is that normal?").text  # no turn follows there


@pytest.mark.parametrize("scope", ["only at high doses or always?", "just at high doses?"])
def test_how_far_the_last_answer_holds_is_asked_of_it(chat, scope):
    # "only at high doses?" after an answer that says "especially at high doses": how far
    # that holds, which the article's own words behind it say; not another entry
    first = chat.respond("can magnesium make you bloated")
    assert first.entry is not None
    reply = chat.respond(scope)
    assert reply.entry is not None and reply.entry.id == first.entry.id
    assert "high dosages" in reply.text  # the article's own words


def test_a_limiting_word_beside_a_thing_of_its_own_is_its_own_question(chat):
    chat.respond("why does magnesium oxide cause cramps")
    reply = chat.respond("even at low doses?")  # "low" is no word of that answer
    assert "In its own words" not in reply.text


def test_that_after_a_definition_is_the_thing_defined(chat):
    # "that" is central sensitization: magnesium helps with it by blocking NMDA receptors,
    # not the general answer on magnesium and pain
    chat.respond("whats central sensitization?")
    reply = chat.respond("and magnesium helps with that?")
    assert reply.entry is not None and reply.entry.id == "nmda-receptors"


def test_that_as_a_subject_after_a_definition_still_asks_of_the_answer(chat):
    chat.respond("what is referred pain")
    reply = chat.respond("is that bad?")
    assert reply.entry is not None and reply.entry.id == "referred-pain"


def test_it_opening_a_follow_up_of_new_things_is_the_articles_subject(chat):
    # "it" is magnesium, asked of nerves the last answer (on sleep) never spoke of
    chat.respond("what does magnesium do for sleep")
    reply = chat.respond("how does it calm down oversensitive nerves")
    assert reply.entry is not None
    assert reply.entry.id in ("central-sensitization", "nerve-membranes", "nmda-receptors")


def test_yes_or_no_after_an_answer_asks_it_of_that_answer(chat):
    # asked for the answer's yes or no: the article's words behind it, not "I don't know"
    reply = talk(chat, "is magnesium a laxative", "yes or no?")
    assert reply.status == ANSWERED and reply.entry is not None
    assert reply.entry.id == "osmotic-laxative"


def test_a_word_of_the_answer_its_sources_do_not_say_is_quoted_with_what_follows(chat):
    # the article's words behind what high doses do say nothing of the back; the sentence
    # after them does, and is quoted too
    reply = talk(chat, "can taking a lot of magnesium cause cramping?", "is that bad for my back?")
    assert reply.status == ANSWERED and "lower back" in reply.text
