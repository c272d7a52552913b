"""Ellipsis: a short message about the last answer is a follow-up, each of its forms with
its own policy (bot/core/followup.py, bot/core/reasons.py)."""

from __future__ import annotations

import pytest

from bot.core.followup import FollowUps, Quote, Topic
from bot.core.matcher import ANSWERED, NO_MATCH, UNSURE
from bot.core.question import Question
from bot.core.reasons import asks_detail, asks_why, source_sentences


@pytest.fixture(scope="module")
def follow(matcher):
    return FollowUps(matcher)


def topic_of(kb, matcher, entry_id: str) -> Topic:
    entry = kb.entry(entry_id)
    return Topic(entry, tuple(matcher.question_stems(entry)), (entry_id,))


# -- asking about the last answer itself -------------------------------------------------


@pytest.mark.parametrize(
    "norm",
    [
        "is that bad",
        "so is it bad",
        "ok is that normal",
        "like what",
        "and which ones",
        "examples",
        "like what for example",  # two such asks in a row
    ],
)
def test_a_message_that_only_asks_about_the_last_answer_asks_detail(kb, norm):
    assert asks_detail(norm, kb.cues)


@pytest.mark.parametrize(
    "norm", ["is that bad for your back", "is it bad to take it at night", "what about oxide"]
)
def test_a_message_with_words_of_its_own_does_not(kb, norm):
    assert not asks_detail(norm, kb.cues)


@pytest.mark.parametrize(
    "first, entry_id",
    [
        ("what happens if you dont get enough magnesium", "deficiency-spasms"),
        ("what's central sensitization?", "central-sensitization"),
    ],
)
def test_is_that_bad_gets_the_articles_words_on_the_last_answer(kb, chat, first, entry_id):
    assert chat.respond(first).entry.id == entry_id
    reply = chat.respond("is that bad?")
    assert reply.status == ANSWERED and reply.entry.id == entry_id
    assert source_sentences(kb.article, kb.entry(entry_id)) in reply.text
    assert reply.text.startswith(kb.settings.no_more_said)


def test_like_what_quotes_the_last_answer_rather_than_moving_on(kb, follow, matcher):
    topic = topic_of(kb, matcher, "digestive-side-effects")
    reading = follow.read(matcher.match(Question("like what?")), "like what", topic)
    assert isinstance(reading, Quote) and reading.entry.id == "digestive-side-effects"
    assert "bloating" in reading.text


def test_like_what_for_example_asks_of_the_last_answer_not_of_the_bot(kb, chat):
    chat.respond("what's the most common cause of lower back pain")
    reply = chat.respond("like what for example?")
    assert reply.status == ANSWERED and reply.entry.id == "common-causes", reply
    # the article's instances come after what they are instances of: quoted too
    assert reply.text.startswith(kb.settings.goes_on)
    assert "poor posture" in reply.text and "Most instances" in reply.text


def test_is_that_bad_quotes_no_more_than_the_answers_own_words(kb, chat):
    chat.respond("what's the most common cause of lower back pain")
    reply = chat.respond("is that bad?")
    assert reply.text.startswith(kb.settings.no_more_said)
    assert "poor posture" not in reply.text


@pytest.mark.parametrize("ask", ["to what?", "to which one", "into what exactly?"])
def test_the_thing_the_last_answer_goes_to_asked_for_quotes_its_words(kb, chat, ask):
    # "switching to a more highly absorbed form": "to what?" asks for that form
    assert chat.respond("should i switch from oxide?").status == ANSWERED
    reply = chat.respond(ask)
    assert reply.status == ANSWERED and reply.text.startswith(kb.settings.no_more_said)
    assert "glycinate" in reply.text


def test_where_the_asker_would_feel_what_the_answer_names_quotes_its_words(kb, chat):
    # "where would I feel it?" after a disc "can cause pain": the article's words on where
    assert chat.respond("can a herniated disc cause pain?").entry.id == "herniated-disc"
    reply = chat.respond("where would i feel it?")
    assert reply.status == ANSWERED and reply.entry.id == "herniated-disc"
    assert "hips, or legs" in reply.text
    # what the asker would DO is no place the answer names
    chat.respond("can a herniated disc cause pain?")
    assert "hips, or legs" not in chat.respond("what would you do about it").text


def test_the_last_answer_put_back_as_a_question_is_answered_by_its_words(kb, chat):
    # "so the nerves are shared?": a statement with a question mark checks the last answer
    assert chat.respond("why are my gut cramps felt in my back").entry.id == (
        "why-gut-pain-felt-in-back"
    )
    reply = chat.respond("wait so the nerves are shared?")
    assert reply.entry.id == "why-gut-pain-felt-in-back"
    assert reply.text.startswith(kb.settings.no_more_said)


def test_a_detail_asked_before_any_answer_is_not_answered(chat):
    assert chat.respond("is that bad?").status == NO_MATCH


# -- a reason asked of "that" ----------------------------------------------------------------


@pytest.mark.parametrize(
    "norm, why",
    [
        ("why would that happen", True),  # no word of its own, "that": a why however long
        ("how come", True),
        ("how does that work", True),
        ("how much", False),  # an amount, not a reason
        ("how long does that last", False),  # a duration
        ("why is it worse at night", False),  # a time of day, which the article never says
        ("how bad can it get", False),  # how much, not how come
        ("so what", True),
    ],
)
def test_a_reason_asked_of_that_is_a_why(kb, matcher, norm, why):
    assert asks_why(norm, matcher.analyse(norm), False, kb.cues) is why


@pytest.mark.parametrize("answered, why", [(True, False), (False, True)])
def test_a_reason_asked_of_that_with_words_of_its_own_is_a_why_when_they_settle_nothing(
    kb, matcher, answered, why
):
    # its own words, when they alone answer for sure, are read on; torn or declined, the
    # reason of what "that" points at is asked, with those words
    norm = "why would that hurt my back"
    assert asks_why(norm, matcher.analyse(norm), answered, kb.cues) is why


def test_why_would_that_hurt_asks_the_reason_of_the_answers_own_clause(chat):
    # read alone the question is torn; the last answer says "... felt as pain in the lower
    # back", and the entry that gives the reason of that leads the entries it is torn with
    chat.respond("what happens with high doses of magnesium citrate")
    reply = chat.respond("and why would that hurt my back?")
    assert reply.entry.id == "why-gut-pain-felt-in-back"


@pytest.mark.parametrize("message", ["why though", "how come though?"])
def test_a_why_with_a_discourse_word_is_still_a_why(chat, message):
    chat.respond("can magnesium cause back pain")
    reply = chat.respond(message)
    assert reply.status == ANSWERED and reply.entry.id == "digestive-cause"


def test_why_would_that_happen_explains_the_last_answer(kb, chat):
    chat.respond("is it possible for gut cramps to show up as back pain")
    reply = chat.respond("why would that happen")
    assert reply.status == ANSWERED and "overlap" in reply.text


@pytest.mark.parametrize(
    "turns, said",
    [
        # "that" is the subject: how the nerve effect helps with pain
        (["does magnesium do anything for nerves", "how does that help with pain?"], "sensitiz"),
        # "that" is the object: how magnesium helps with central sensitization
        (["what's central sensitization?", "how does magnesium help with that?"], "sensitiz"),
    ],
)
def test_a_reason_asked_of_the_topic_stays_with_the_topic(chat, turns, said):
    for message in turns[:-1]:
        chat.respond(message)
    reply = chat.respond(turns[-1])
    # read alone, the last message is "is magnesium used to treat pain?"
    assert reply.status == ANSWERED and reply.entry.id != "magnesium-for-pain"
    assert said in reply.text.lower()


def test_a_reason_with_its_own_telling_words_goes_where_they_point(chat):
    chat.respond("my back hurts since I started magnesium oxide")
    assert chat.respond("why is that felt in my back?").entry.id == "why-gut-pain-felt-in-back"


def test_a_reason_asked_of_an_aspect_the_article_lacks_is_declined(chat):
    chat.respond("does magnesium oxide cause referred back pain")
    assert chat.respond("how long does that usually last?").status == NO_MATCH


# -- a reason asked with a word of its own: the topic and that word --------------------------


def test_a_follow_up_brings_the_words_its_topic_lacks(kb, follow, matcher):
    topic = topic_of(kb, matcher, "citrate")
    assert follow.new_words(matcher.analyse("what does that mean for my back"), topic.stems) == (
        "back",
    )
    # an everyday word ("show") and a word of the topic bring nothing
    said = matcher.analyse("could that show up with citrate")
    assert follow.new_words(said, topic.stems) == ()


def test_what_that_means_for_a_new_word_reads_the_topic_with_that_word(chat):
    chat.respond("what does magnesium citrate do?")
    reply = chat.respond("and what does that do to my back?")
    # not the laxative entry that explains citrate, which says nothing of the back
    assert reply.status == ANSWERED and reply.entry.id not in ("citrate", "osmotic-laxative")
    assert "back" in reply.entry.question.lower() and "referred" in reply.text


def test_what_that_means_for_a_thing_the_base_lacks_is_declined(chat):
    chat.respond("is magnesium a laxative?")
    assert chat.respond("what does that mean for my kidneys?").status == NO_MATCH


# -- the topic's reading and the message's own -----------------------------------------------


def test_an_everyday_word_the_last_answer_says_asks_nothing_of_its_own(chat):
    chat.respond("can too little magnesium cause muscle spasms?")
    # "show" is said in that answer ("... can show up as back or leg pain"): read alone, the
    # message had been declined as asking about "show"
    reply = chat.respond("could that show up in my back?")
    assert reply.status == ANSWERED and reply.entry.id == "deficiency-spasms"
    assert "back" in reply.text


def test_an_answer_offered_with_others_is_kept_when_the_topic_reading_declines(chat):
    chat.respond("can high doses of magnesium cause intestinal cramping?")
    reply = chat.respond("and how does that end up as back pain?")
    assert reply.status in (ANSWERED, UNSURE) and "referred" in reply.text


# -- does it go further; the other one ----------------------------------------------------------


def test_asking_whether_the_last_answer_goes_further_gets_its_words(kb, chat):
    chat.respond("can a bulging disc cause back pain?")
    reply = chat.respond("and further down too?")
    assert (reply.status, reply.entry.id) == (ANSWERED, "herniated-disc")
    assert reply.text.startswith(kb.settings.no_more_said) and "legs" in reply.text


# ("really?" doubts the last answer: the article's words are its evidence, see
# test_conversation_ellipsis_story.py)
def test_a_follow_up_asking_who_is_not_answered_with_the_last_words(chat):
    chat.respond("can magnesium cause back pain?")
    assert chat.respond("is it the same for everyone?").status == NO_MATCH


def test_a_bare_when_after_an_answer_is_told_the_article_says_no_more(kb, chat):
    # ("so when?" was declined until the round of set 33: asked of the last answer with no
    # word of its own, the article's words behind it are all it has, said as such)
    chat.respond("can magnesium cause back pain?")
    reply = chat.respond("so when?")
    assert reply.status == ANSWERED and reply.text.startswith(kb.settings.no_more_said)


def test_the_other_one_is_the_one_other_option_offered(chat):
    first = chat.respond("is magnesium good for the nerves")
    assert first.status == UNSURE and len(first.alternatives) == 1
    reply = chat.respond("and the other one?")
    assert (reply.status, reply.entry) == (ANSWERED, first.alternatives[0].entry)


def test_the_other_one_after_a_sure_answer_picks_nothing(chat):
    assert chat.respond("can a bulging disc cause back pain?").status == ANSWERED
    assert chat.respond("and the other one?").status == NO_MATCH


def test_is_that_normal_after_the_answer_to_a_story_quotes_that_answer(kb, chat):
    told = [
        "i started magnesium oxide 3 days ago",
        "now my stomach is cramping and my back hurts",
    ]
    for message in told:
        answer = chat.respond(message)
    reply = chat.respond("is that normal?")
    assert reply.entry == answer.entry and reply.text.startswith(kb.settings.no_more_said)


def test_is_that_normal_after_a_red_flag_told_keeps_the_guidance(chat):
    first = chat.respond("my leg feels numb and my back hurts since i started magnesium")
    reply = chat.respond("is that normal?")
    assert first.safety is not None and reply.safety == first.safety


# -- after an answer in the article's own words -------------------------------------------------


def test_a_follow_up_after_the_articles_words_leans_on_their_topic(chat):
    reply = chat.respond("why do unabsorbed minerals cause cramping?")
    assert reply.passage is not None  # no entry answers: a passage of the article does
    # read alone, "where does the water come from?" is torn between two entries
    reply = chat.respond("where does the water come from?")
    assert reply.status == ANSWERED and "from the surrounding tissues" in reply.answer


def test_the_articles_words_are_the_topic_not_the_answer_before_them(chat):
    chat.respond("what is referred pain?")
    # (of minerals: "magnesium" is answered by how an osmotic laxative works)
    assert chat.respond("why do unabsorbed minerals cause cramping?").passage is not None
    # "why?" asks of the passage, which no entry explains: not of referred pain
    reply = chat.respond("why?")
    assert reply.entry is None or reply.entry.id != "referred-pain"


# -- a yes-or-no question about what the last answer says ------------------------------------


def test_a_yes_no_question_about_the_last_answer_gets_its_words(kb, chat):
    chat.respond("can a herniated disc cause back pain")
    reply = chat.respond("does it stay in the back?")
    assert reply.status == ANSWERED and reply.entry.id == "herniated-disc"
    assert "radiates" in reply.text and reply.text.startswith(kb.settings.no_more_said)


@pytest.mark.parametrize(
    "first, then",
    [
        ("can magnesium help with muscle cramps", "does it help with sleep?"),  # tells, unsaid
        ("can a herniated disc cause back pain", "is it safe for my 10 yr old"),  # an aspect
    ],
)
def test_a_yes_no_question_that_brings_its_own_thing_is_not_about_the_answer(chat, first, then):
    chat.respond(first)
    assert chat.respond(then).status == NO_MATCH


# -- words that only lead into a message ---------------------------------------------------


@pytest.mark.parametrize("norm", ["ok but is that bad", "hmm is it normal", "oh like what"])
def test_an_interjection_or_but_before_a_follow_up_only_leads_into_it(kb, norm):
    assert asks_detail(norm, kb.cues)


def test_hmm_how_does_that_work_is_a_follow_up_not_small_talk(chat):
    chat.respond("can too little magnesium cause muscle spasms")
    reply = chat.respond("hmm how does that work")
    assert reply.status == ANSWERED and reply.entry.id == "calcium-channel-blocker"


# -- "is that common?": a word that only describes what the last answer spoke of -----------


@pytest.mark.parametrize(
    "first, entry_id",
    [
        ("can mag cause bloating", "digestive-side-effects"),
        ("can a herniated disc cause back pain", "herniated-disc"),
    ],
)
def test_is_that_common_asks_of_the_last_answer_not_of_another_entry(kb, chat, first, entry_id):
    assert chat.respond(first).entry.id == entry_id
    reply = chat.respond("is that common?")
    assert reply.status == ANSWERED and reply.entry.id == entry_id
    assert reply.text.startswith(kb.settings.no_more_said)


@pytest.mark.parametrize(
    "first, second, entry_id",
    [
        ("what is referred pain", "is it real?", "is-the-pain-real"),  # a related entry
        ("what does magnesium citrate do", "is it a laxative?", "osmotic-laxative"),  # a thing
    ],
)
def test_a_word_a_related_entry_answers_or_a_thing_named_is_still_asked(
    chat, first, second, entry_id
):
    chat.respond(first)
    assert chat.respond(second).entry.id == entry_id


@pytest.mark.parametrize("message", ["which form, please?", "what form?", "ok which form"])
def test_which_of_a_thing_the_last_answer_named_quotes_that_answer(kb, follow, matcher, message):
    """ "which form?" after "... a better absorbed form such as glycinate": the answer's own
    words say which, and no entry is found for "form" alone."""
    topic = topic_of(kb, matcher, "fix-digestive-back-pain")
    plain = matcher.match(Question(message))
    assert plain.status == NO_MATCH
    reading = follow.read(plain, Question(message).normalised, topic)
    assert isinstance(reading, Quote) and reading.entry.id == "fix-digestive-back-pain"
    assert "glycinate" in reading.text


@pytest.mark.parametrize(
    "message",
    [
        "what dose?",  # an amount: the answer says to reduce it, not how much
        "which form is cheapest?",  # a word of its own, which the answer does not say
        "what about it?",  # points at the answer, names no thing of it
    ],
)
def test_which_of_something_else_is_no_question_of_the_answer(kb, follow, matcher, message):
    topic = topic_of(kb, matcher, "fix-digestive-back-pain")
    plain = matcher.match(Question(message))
    norm = Question(message).normalised
    assert not follow.asks_which_of_answer(plain.query, norm, topic.last)


def test_a_phrase_put_before_its_clause_is_read_with_it():
    from bot.core.followup import _CLAUSE, fronted_joined

    said = _CLAUSE.split("By blocking NMDA receptors, magnesium helps prevent it, which is good.")
    assert "By blocking NMDA receptors magnesium helps prevent it" in fronted_joined(said)


def test_what_the_subject_has_to_do_with_the_topic_is_asked_of_how_the_answer_says_it(chat):
    # the answer says "By blocking NMDA receptors, magnesium helps prevent it": the clause
    # that names magnesium is read with how, not as "magnesium helps prevent" alone
    chat.respond("what is central sensitization")
    reply = chat.respond("so what does magnesium have to do with it")
    assert reply.status == ANSWERED and "nmda" in reply.text.lower()
