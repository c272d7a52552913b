"""Turn kinds and the situation memory, as pure functions of the text and the base's cues."""

from __future__ import annotations

import pytest

from bot.core.corrections import correction, resolve
from bot.core.matcher import ANSWERED
from bot.core.question import Question
from bot.core.situation import SAID, Situation
from bot.core.turns import (
    asked_part,
    is_asking,
    number,
    split_message,
    tells,
    told_parts,
    topic_fronted,
    without_close,
    without_shift,
)


@pytest.fixture(scope="module")
def cues(kb):
    return kb.cues


# -- parts of a message -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("does it hurt? why?", ["does it hurt?", "why?"]),
        ("first line\nsecond line", ["first line", "second line"]),
        ("hm ok. does stress make it worse?", ["hm ok.", "does stress make it worse?"]),
        ("i take 1.5 mg a day", ["i take 1.5 mg a day"]),
        ("why?!", ["why?!"]),
        ("  \n ?? \nwhat is it", ["what is it"]),
        # an abbreviation's full stop ends no sentence
        (
            "is oxide vs. citrate gentler? e.g. on the gut",
            ["is oxide vs. citrate gentler?", "e.g. on the gut"],
        ),
        # a numbered list: each item, whatever its punctuation
        ("1) is it safe 2) why does it hurt", ["is it safe", "why does it hurt"]),
        ("hi. 1. is it safe 2. why", ["hi.", "is it safe", "why"]),
        ("i take 2) one pill", ["i take 2) one pill"]),  # one number alone is no list
        # a lettered list too, without what joins one item to the next
        (
            "two things: (a) why does it bloat me, and (b) why is it felt in my back?",
            ["two things:", "why does it bloat me", "why is it felt in my back?"],
        ),
        ("i got a) nothing", ["i got a) nothing"]),  # one letter alone is no list
        ("a) , and b) ,", ["a) , and b) ,"]),  # marks with nothing between them
        # a headline's label and its question are one question; a label alone is not
        ("Oxide vs. Citrate: Which One Is Gentler?", ["Oxide vs. Citrate: Which One Is Gentler?"]),
        ("Gut Cramps vs Back Pain: The Connection", ["Gut Cramps vs Back Pain:", "The Connection"]),
        ("quick question: is it safe?", ["quick question:", "is it safe?"]),
        # a headline's label and its first question stay one, before the next question
        (
            "Oxide Or Citrate: Which Is Gentler? And When To Switch",
            ["Oxide Or Citrate: Which Is Gentler?", "And When To Switch"],
        ),
        # a second question after a word that orders them, and a first after a count
        (
            "two things first why is it taken and second can it hurt my back",
            ["two things first why is it taken", "can it hurt my back"],
        ),
        ("does it help, and then why does it sting", ["does it help", "why does it sting"]),
        # a question word as chat types it opens the second question too
        (
            "how does it soften stool and wich forms do that the most",
            ["how does it soften stool", "wich forms do that the most"],
        ),
    ],
)
def test_a_message_splits_into_sentences_and_lines(text, expected):
    assert [q.raw for q in split_message(Question(text))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "im breastfeeding my baby is it ok to keep taking it",
            ["im breastfeeding my baby.", "is it ok to keep taking it"],
        ),
        (
            "my neck has ached since friday could it be the glycinate",
            ["my neck has ached since friday.", "could it be the glycinate"],
        ),
        (
            "we take citrate every morning and should we stop",
            ["we take citrate every morning.", "should we stop"],
        ),
        ("im diabetic is it ok for me?", ["im diabetic.", "is it ok for me?"]),  # "im": "i am"
        # asked of a thing whether it is all right, the thing a noun or a word unknown
        ("im on dialysis is mag ok for me", ["im on dialysis.", "is mag ok for me"]),
        (
            "i have kidney stones is magnesium safe",
            ["i have kidney stones.", "is magnesium safe"],
        ),
    ],
)
def test_a_question_run_on_to_a_first_person_statement_is_a_sentence_of_its_own(text, expected):
    from bot.core.turns import run_on_marked

    marked = run_on_marked(Question(text)).raw
    assert marked == " ".join(expected)
    assert [q.raw for q in split_message(Question(marked))] == expected


@pytest.mark.parametrize(
    "text",
    [
        "is it safe to take it every day",  # a question from the start
        "my doctor says i should take it",  # no question turned round
        "my gp is it",  # too little told before
        "the bloating is it getting worse",  # told of no one
        "i take oxide, is it bad",  # a mark of its own: split as typed
        "i know what is wrong",  # a question word, no question turned round
        "im sure it is fine",
        "my cat keeps throwing up what do i do",  # a question word: no story of the cat told
        "my doctor says the pain is very bad",  # "very" is no thing asked of
        "i think my back pain is muscle related",  # nothing asked of as all right
    ],
)
def test_other_sentences_are_not_split_at_a_question_word(text):
    from bot.core.turns import run_on_marked

    assert run_on_marked(Question(text)).raw == text
    assert len(split_message(Question(text))) == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2", 2),
        (" 2 ", 2),
        ("2.", 2),
        ("3)", 3),
        ("-1", None),
        ("1.5", None),
        ("\uff13", None),
        ("two", None),
        ("2 please", None),
    ],
)
def test_only_a_plain_number_is_a_pick(text, expected):
    assert number(text) == expected


# -- a new subject ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, rest",
    [
        (
            "totally unrelated but can a herniated disc cause leg pain?",
            "can a herniated disc cause leg pain?",
        ),
        ("anyway, does oxide work as a laxative?", "does oxide work as a laxative?"),
        ("different thing: why is oxide worse?", "why is oxide worse?"),
        ("what usually causes lower back pain anyway?", "what usually causes lower back pain?"),
    ],
)
def test_words_that_open_a_new_subject_are_dropped(cues, text, rest):
    assert without_shift(Question(text), cues) == (Question(rest), True)


@pytest.mark.parametrize("text", ["does it matter anyway how much i take", "why?", ""])
def test_a_message_without_them_is_kept_as_typed(cues, text):
    assert without_shift(Question(text), cues) == (Question(text), False)


def test_what_follows_a_shift_keeps_its_sentences(kb):
    rest, shift = without_shift(
        Question("By the way, my dad is on oxide and feels sick. What causes that?"), kb.cues
    )
    assert shift
    assert rest.raw == "my dad is on oxide and feels sick. What causes that?"


@pytest.mark.parametrize(
    "text, rest",
    [
        ("On a completely different note, is glycinate gentler?", "is glycinate gentler?"),
        ("ok, totally separate topic: what is referred pain?", "what is referred pain?"),
        ("Different subject - can a fall hurt my back?", "can a fall hurt my back?"),
    ],
)
def test_an_opening_clause_in_the_words_of_shift_cues_opens_a_new_subject(kb, text, rest):
    assert without_shift(Question(text), kb.cues, kb.lexicon.stopwords) == (Question(rest), True)


@pytest.mark.parametrize(
    "text",
    [
        "my question: is it safe?",  # names no other subject
        "one more question: does it last?",
        "On the other hand, could it be the dose?",  # no word a cue ends in
        "on a different note from my doctor, is it bad?",  # more than the cues' words
        "a different question about oxide and the back?",  # no clause set off
    ],
)
def test_other_opening_clauses_go_on_with_what_was_said(kb, text):
    assert without_shift(Question(text), kb.cues, kb.lexicon.stopwords) == (Question(text), False)


# -- asking or telling --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "is that bad",
        "why",
        "could it be the magnesium?",
        "tell me about oxide",
        "i lifted a heavy box last week, could that be the cause",
        "my back hurts, so is it the pills",
        "hmm how does that work",  # an interjection only leads into the question
        "ok but is that bad",
    ],
)
def test_questions_ask(cues, text):
    assert is_asking(text, cues)
    assert not tells(Question(text), cues, when=True)


@pytest.mark.parametrize(
    "text, when",
    [
        ("i started citrate last week for sleep", True),
        ("my posture at my desk is terrible lol", False),
        ("started magnesium the day after", True),
        ("i take glycinate at night", True),
        ("hmm i take oxide since monday", True),  # a lead-in makes no question of it
    ],
)
def test_statements_about_oneself_tell(cues, text, when):
    assert not is_asking(text, cues)
    assert tells(Question(text), cues, when)


@pytest.mark.parametrize(
    "text",
    [
        "magnesium back pain",
        "write me a haiku about autumn",
        "oxide absorption",
        "if not the magnesium then what else is causing my back pain",
    ],
)
def test_keywords_and_requests_do_not_tell(cues, text):
    assert not tells(Question(text), cues, when=False)


@pytest.mark.parametrize(
    "text",
    [
        "if its not the mag then what else could it be",
        "lol so if its not the mag wtf is wrecking my back",
        "wtf is wrecking my back",
    ],
)
def test_a_question_word_after_a_condition_or_in_chat_asks(cues, text):
    from bot.core.turns import is_asking

    assert is_asking(Question(text), cues)
    assert not tells(Question(text), cues, when=False)


@pytest.mark.parametrize(
    "text",
    [
        "My mum wants to know whether stress could be making her back worse",
        "i started glycinate last week and i wonder why my back hurts",
        "my friend asked if magnesium helps with cramps",
    ],
)
def test_a_question_said_inside_a_statement_does_not_tell(cues, text):
    # it has no "?" and opens with no question word, yet it asks what it says is wanted
    assert not tells(Question(text), cues, when=True, situated=True)


@pytest.mark.parametrize(
    "text, told, asked",
    [
        (
            "and now lower back pain. magnesium started recently too - which is it?",
            ["and now lower back pain.", "magnesium started recently too"],
            "which is it?",
        ),
        ("now my back hurts. is it the magnesium?", ["now my back hurts."], "is it the magnesium?"),
        ("is it the magnesium?", [], "is it the magnesium?"),
    ],
)
def test_what_a_message_tells_around_its_question(cues, text, told, asked):
    question = Question(text)
    assert told_parts(question, cues) == told
    assert asked_part(question, cues).raw == asked


# -- corrections --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, previous, instead, wrong",
    [
        ("i meant citrate", "is glycinate a laxative", ("citrate",), ()),
        (
            "wait, i take oxide, not citrate",
            "why does citrate cause back pain",
            ("i", "take", "oxide"),
            ("citr",),
        ),
        (
            "not the colon, the stomach",
            "tell me about the colon",
            ("the", "stomach"),
            ("the", "colon"),
        ),
        (
            "sorry i meant the hips not the legs",
            "what makes pain spread to the legs",
            ("the", "hips"),
            ("the", "leg"),
        ),
    ],
)
def test_a_correction_says_what_replaces_what(cues, text, previous, instead, wrong):
    fix = correction(text, previous, cues)
    assert fix is not None and fix.question is None
    assert fix.instead == instead
    assert fix.wrong == wrong


@pytest.mark.parametrize(
    "text, previous, question",
    [
        # a whole question after the cue, its "it" what the last one asked of
        (
            "sorry typo i meant is it good for spasms",
            "is magnesium good for sleep",
            "is magnesium good for spasms",
        ),
        (
            "no i mean what pain does it CAUSE",
            "what pain does mag help with",
            "what pain does mag cause",
        ),
        # "not" inside the question asked instead is the question's, not a "not Y"
        (
            "no, I meant can NOT having enough magnesium cause back pain",
            "does magnesium cause back pain?",
            "can not having enough magnesium cause back pain",
        ),
        # what the cue says, then a question: "that" stands for it ...
        (
            "i meant a bulging disc, what does that cause",
            "what does a herniated disc do",
            "what does a bulging disc cause",
        ),
        (
            "sorry, typo, I meant glycinate. is that the gentler one to switch to?",
            "is magnesium citrate a laxative?",
            "is glycinate the gentler one to switch to",
        ),
        # ... unless the question names it itself: then "it" is what the last one asked of
        (
            "i mean tension, does it cause tension in the back?",
            "does magnesium cause inflammation in the back",
            "does magnesium cause tension in the back",
        ),
        (
            "sorry, i meant magnesium malate, does malate cause bloating?",
            "does magnesium citrate cause bloating",
            "does malate cause bloating",
        ),
        # a cue that stands alone before the question
        (
            "correction: why does the stomach thing feel like back pain",
            "why is mag oxide bad for the stomach",
            "why does the stomach thing feel like back pain",
        ),
    ],
)
def test_a_correction_may_be_a_whole_question(kb, cues, text, previous, question):
    fix = correction(text, previous, cues, kb.lexicon.stopwords)
    assert fix is not None and fix.question == question


@pytest.mark.parametrize(
    "text, instead",
    [("oops, magnesium I mean", ("magnesium",)), ("citrate, i meant", ("citrate",))],
)
def test_the_cue_may_come_last(cues, text, instead):
    fix = correction(text, "how many reactions is calcium involved in?", cues)
    assert fix is not None and fix.question is None and fix.instead == instead


def test_saying_what_was_not_meant_is_no_correction(cues):
    assert correction("no, that's not what i meant", "what is referred pain", cues) is None


@pytest.mark.parametrize(
    "text, previous",
    [
        ("why not", "can magnesium cause back pain"),
        ("does oxide cause cramps or not?", "what is referred pain"),
        ("not the colon, the stomach", "what is referred pain"),  # nothing of it to correct
        ("can magnesium cause back pain", "what is referred pain"),
    ],
)
def test_what_is_not_a_correction(cues, text, previous):
    assert correction(text, previous, cues) is None


@pytest.mark.parametrize(
    "question, previous, expected",
    [
        ("is it good for spasms", "is magnesium good for sleep", "is magnesium good for spasms"),
        (
            "does citrate work as a laxative",
            "does oxide absorb well",
            "does citrate work as a laxative",
        ),
        ("is it bad", "", "is it bad"),
        # "it" stands where the last question named its subject, in a longer change
        ("what pain does it cause", "what pain does mag help with", "what pain does mag cause"),
    ],
)
def test_a_pronoun_takes_the_place_of_the_words_it_replaces(cues, question, previous, expected):
    assert resolve(question, previous, cues.refer) == expected


# -- the situation memory -----------------------------------------------------------------

GROUPS = (
    ("taking", ("zebra balm", "balm", "pill")),
    ("symptoms", ("sore knee", "itch")),
    ("timing", ("last week", "monday")),
)


def test_the_situation_notes_the_longest_phrase_in_order():
    situation = Situation(GROUPS)
    assert situation.find("My sore knees itch since I took zebra balm last week") == [
        ("symptoms", "sore knee"),
        ("symptoms", "itch"),
        ("taking", "zebra balm"),
        ("timing", "last week"),
    ]


def test_the_situation_remembers_each_note_once_until_cleared():
    situation = Situation(GROUPS)
    assert not situation
    assert situation.hear("a pill on monday") == [("taking", "pill"), ("timing", "monday")]
    assert situation.hear("another pill") == []
    noted = [group for group in situation.describe() if group[0] != SAID]  # and as said
    assert noted == [("taking", ["pill"]), ("timing", ["monday"])]
    assert situation.phrases(("taking",)) == ["pill"]
    situation.clear()
    assert not situation and situation.describe() == []


def test_the_situation_keeps_the_last_red_flag(kb):
    situation = Situation(GROUPS)
    situation.note_flag(kb.flags[0])
    situation.note_flag(None)
    assert situation.flag == kb.flags[0]
    situation.clear()
    assert situation.flag is None


@pytest.mark.parametrize(
    "table, problem",
    [
        ('[situation]\ntaking = "oxide"\n', "`situation.taking` must be a list of phrases"),
        ('situation = ["oxide"]\n', "`situation` must be a [situation] table"),
        ('correct_start = "no"\n', "`correct_start` must be a list of phrases"),
    ],
)
def test_a_broken_situation_or_cue_names_its_file_and_line(kb_copy, table, problem):
    from bot.core.knowledge import KnowledgeError
    from bot.core.loader import load

    path = kb_copy / "conversation.toml"
    path.write_text('more = ["more"]\n' + table, encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load(kb_copy)
    assert str(caught.value) == f"{path}:{1 + len(table.splitlines())}: {problem}"


@pytest.mark.parametrize(
    "text", ["sorry, my back hurts", "no, i take it at night", "actually, why?"]
)
def test_a_no_or_sorry_before_a_statement_or_question_is_not_a_correction(cues, text):
    assert correction(text, "can magnesium cause cramps", cues) is None


@pytest.mark.parametrize(
    ("message", "asking"),
    [
        ("shoud i take magnesium at night", True),  # "should", one slip away
        ("shuold i stop the citrate", True),
        ("shout at the pharmacist", False),  # an English word of its own, not a slip
        ("should i take magnesium at night", True),
    ],
)
def test_a_mistyped_question_word_still_asks(kb, message, asking):
    from bot.core.turns import is_asking

    assert is_asking(message, kb.cues) is asking


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "How many reactions need magnesium, and what does it do at NMDA receptors?",
            ["How many reactions need magnesium", "what does it do at NMDA receptors?"],
        ),
        ("is oxide harsh, and why?", ["is oxide harsh", "why?"]),
        # no comma, no question mark: the question words say where the second begins
        (
            "what are the causes of low back pain and when do I need a doctor",
            ["what are the causes of low back pain", "when do I need a doctor"],
        ),
        (
            "Does a disc cause leg pain, and can bad posture cause back pain?",
            ["Does a disc cause leg pain", "can bad posture cause back pain?"],
        ),
        # "and" between two things asked about in one question is not a second question
        ("can magnesium and calcium cause back pain?", None),
        # a statement that goes on with "and what": not a question, one part
        ("I lifted a box, and what happened next was pain.", None),
        ("my back and legs hurt, and it started monday?", None),
    ],
)
def test_a_question_joined_to_a_second_with_and_what_is_two(message, parts):
    found = [q.raw for q in split_message(Question(message))]
    assert found == (parts or [message])


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        # a question said after a verb of knowing or asking, with no "?", goes on to a second
        (
            "My sister would like to know why oxide upsets the gut, and how glycinate differs.",
            ["My sister would like to know why oxide upsets the gut", "how glycinate differs."],
        ),
        (
            "I wonder when a backache is serious and what the usual causes are",
            ["I wonder when a backache is serious", "what the usual causes are"],
        ),
        (
            "I don't know if citrate is gentle, and why it works as a laxative.",
            ["I don't know if citrate is gentle", "why it works as a laxative."],
        ),
        # a sentence that only knows or tells: one part
        ("I know what magnesium does, and how it works.", None),
        ("My doctor told me what to take and when to take it.", None),
    ],
)
def test_a_question_said_not_asked_goes_on_to_a_second(message, parts):
    found = [q.raw for q in split_message(Question(message))]
    assert found == (parts or [message])


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        # a preposition may lead the question word of the second question
        (
            "What does glycinate do for sleep, and for how long should I take it?",
            ["What does glycinate do for sleep", "for how long should I take it?"],
        ),
        (
            "is oxide absorbed poorly and in which part of the gut does it act?",
            ["is oxide absorbed poorly", "in which part of the gut does it act?"],
        ),
        # a preposition before no question word begins none
        ("can stress cause pain and in the morning is it worse?", None),
    ],
)
def test_a_second_question_may_open_with_a_preposition(message, parts):
    found = [q.raw for q in split_message(Question(message))]
    assert found == (parts or [message])


@pytest.mark.parametrize(
    ("sentence", "opens"),
    [
        ("In which form is magnesium gentlest?", True),
        ("and for how long does it last", True),
        ("in the evening my back aches", False),
    ],
)
def test_a_question_word_after_a_preposition_opens_a_question(sentence, opens):
    from bot.core.turns import opens_question

    assert opens_question(sentence) is opens


@pytest.mark.parametrize(
    ("sentence", "embeds"),
    [
        ("my dad wants to know how oxide is absorbed", True),
        ("I've been wondering whether stress matters", True),
        ("can you tell me what referred pain is", True),
        ("no idea why my back hurts", True),
        ("I know how it works", False),
        ("she told me to take it", False),
        ("tell me about magnesium", False),
    ],
)
def test_a_question_said_after_a_verb_of_knowing_asks(sentence, embeds):
    from bot.core.turns import embeds_question

    assert embeds_question(sentence) is embeds


def test_the_items_of_a_numbered_list_are_each_answered(kb, matcher):
    from bot.core.conversation import Conversation

    reply = Conversation(kb, matcher).respond(
        "1) can magnesium cause back pain 2) when should I see a doctor 3) what does that mean"
    )
    assert reply.text.count("\n\n") >= 2  # two answers at least, none dropped or joined
    assert "see a doctor" in reply.text.lower()


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("What I should do if oxide upsets me?", "What should I do if oxide upsets me?"),
        ("so how we can ease the cramps", "so how can we ease the cramps"),
        ("when it will stop hurting?", "when will it stop hurting?"),
        # no modal after the subject, or no pronoun: read as typed
        ("what it does to the nerves", None),
        ("how much I take", None),
        ("what doctors should check", None),
    ],
)
def test_a_question_word_then_statement_order_is_read_as_a_question(typed, asked):
    from bot.core.turns import wh_inverted

    assert wh_inverted(Question(typed)).raw == (asked or typed)


def test_a_run_on_question_is_read_as_if_typed_with_its_full_stop():
    from bot.core.turns import run_on_marked

    typed = Question("hm. my son gets leg cramps can he take it?\nthanks")
    assert run_on_marked(typed).raw == "hm. my son gets leg cramps. can he take it?\nthanks"
    plain = Question("can my son take it for leg cramps?")
    assert run_on_marked(plain) is plain


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("I was wondering if glycinate is gentler?", "if glycinate is gentler?"),
        ("can you tell me what referred pain is", "what referred pain is?"),
        ("I'd really like to know how oxide differs", "how oxide differs?"),
        ("any idea why my back aches", "why my back aches?"),
        ("Im not sure whether oxide is worse", "whether oxide is worse?"),
        (
            "Can someone explain in plain words what magnesium's role in nerves is?",
            "what magnesium's role in nerves is?",
        ),
        (  # a greeting, and whom it greets, frame it too
            "Hello forum - can someone explain in simple terms why citrate loosens stool?",
            "why citrate loosens stool?",
        ),
        # a frame that tells who asks, or what the person knows: read as typed
        ("my dad wants to know if he can take it", None),
        ("I know why my back hurts, it's the oxide", None),
        ("I think that is why it hurts", None),
        # what was framed is asked, though typed with a full stop; one told after it stays
        ("I'm wondering if it's better at night.", "if it's better at night?"),
        (
            "can you explain what oxide does? i keep reading it",
            "what oxide does? i keep reading it",
        ),
    ],
)
def test_a_question_said_in_a_frame_of_wanting_to_know_is_read_from_its_question_word(typed, asked):
    from bot.core.turns import without_frame

    assert without_frame(Question(typed)).raw == (asked or typed)


def test_a_message_longer_than_is_read_is_marked_only_where_it_is_read():
    from bot.core.text import MAX_QUERY_CHARS
    from bot.core.turns import run_on_marked

    long = "my back hurts since monday is it the magnesium " + "blah " * 1000
    marked = run_on_marked(Question(long)).raw
    assert marked.startswith("my back hurts since monday. is it the magnesium")
    assert len(marked) <= MAX_QUERY_CHARS + 2  # the rest, never read, is not split


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("how many tho", "how many"),
        ("is that bad though?", "is that bad?"),
        ("why lol", "why"),
        ("what should i do, honestly??", "what should i do?"),
    ],
)
def test_words_that_only_close_a_question_are_set_aside(kb, text, read):
    assert without_close(Question(text), kb.cues).raw == read


@pytest.mark.parametrize("text", ["though", "it hurts though", "my back lol", "how many"])
def test_a_message_asking_nothing_by_its_form_keeps_its_closing_words(kb, text):
    assert without_close(Question(text), kb.cues).raw == text


def test_a_follow_up_with_a_closing_word_is_read_as_without_it(chat):
    chat.respond("is mag a co-factor for a bunch of reactions")
    reply = chat.respond("how many tho")
    assert reply.status == ANSWERED and "300" in reply.answer


def test_a_message_that_counts_its_questions_parts_them_at_a_comma():
    text = "3 qs: does mag cause back pain, why does oxide wreck my stomach, and is it the posture"
    assert [q.raw for q in split_message(Question(text))] == [
        "3 qs:",
        "does mag cause back pain",
        "why does oxide wreck my stomach",
        "is it the posture",
    ]
    # uncounted, two whole questions part at a comma too; a clause of one question does not,
    # nor does a question that points back at the one before
    two = "does mag cause back pain, why does oxide wreck my stomach"
    assert len(split_message(Question(two))) == 2
    for once in ("how come, when i take it, does my back hurt", "what about salts, do those help"):
        assert len(split_message(Question(once))) == 1


def test_a_question_turned_on_after_if_not_is_asked(cues):
    from bot.core.turns import is_asking

    assert is_asking(Question("IF NOT WHAT CAUSES MOST BACK PAIN"), cues)
    assert not is_asking(Question("if not for my back i would run more"), cues)


@pytest.mark.parametrize(
    ("text", "fronted"),
    [
        ("mag oxide why so harsh on the gut", True),
        ("magnesium what does it do", True),
        ("back pain why is it worse", True),
        ("this is why i started", False),  # it tells
        ("thats why i took it", False),
        ("took it why does it hurt", False),  # a verb is no label
        ("oxide why", False),  # nothing asked after the question word
    ],
)
def test_a_question_asked_after_its_topic_as_a_label(text, fronted, cues):
    assert topic_fronted(text.split()) is fronted
    assert is_asking(Question(text), cues) is fronted


def test_plus_before_a_question_word_parts_two_questions():
    parts = split_message(Question("MAG OXIDE WHY SO HARSH ON THE GUT + WHAT IS REFERRED PAIN"))
    assert [p.raw for p in parts] == ["MAG OXIDE WHY SO HARSH ON THE GUT", "WHAT IS REFERRED PAIN"]
    assert len(split_message(Question("i take oxide & my back hurts"))) == 1


def test_a_labelled_question_and_a_second_after_plus_are_both_answered(chat):
    reply = chat.respond("MAG OXIDE WHY SO HARSH ON THE GUT + WHAT IS REFERRED PAIN")
    assert "low absorption rate" in reply.answer and "Referred pain is" in reply.answer


@pytest.mark.parametrize("lead", ["also, ", "and ", "oh ", "ok "])
def test_a_shift_cue_after_a_joining_word_still_opens_a_new_subject(cues, lead):
    text = f"{lead}different topic - when should I see a doctor about back pain?"
    rest, shifted = without_shift(Question(text), cues)
    assert shifted and rest.normalised == "when should i see a doctor about back pain"


def test_also_before_a_question_is_no_shift(cues):
    said = Question("also, when should I see a doctor?")
    assert without_shift(said, cues) == (said, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "my belly has been bloated and crampy since the magnesium, is that what is making "
            "my back ache?",
            [
                "my belly has been bloated and crampy since the magnesium.",
                "is that what is making my back ache?",
            ],
        ),
        (
            "i started magnesium oxide last week, could that be why my back hurts?",
            ["i started magnesium oxide last week.", "could that be why my back hurts?"],
        ),
        ("i take oxide, is it bad", ["i take oxide, is it bad"]),  # too short a story: whole
    ],
)
def test_a_question_after_a_comma_that_points_back_at_a_story_is_a_sentence_of_its_own(
    text, expected
):
    from bot.core.turns import run_on_marked

    marked = run_on_marked(Question(text)).raw
    assert [q.raw for q in split_message(Question(marked))] == expected


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("didnt lift anything weird", False),  # the "i" left out: a report
        ("dont have any numbness, just sore", False),
        ("doesnt magnesium help cramps", True),  # its subject named: a question
        ("didnt you say it was the gut", True),
        ("was taking 250mg of oxide and doubled it", False),
        ("was it the oxide", True),
    ],
)
def test_a_negative_auxiliary_then_a_verb_reports_what_was_not_done(kb, text, asks):
    from bot.core.turns import is_asking

    assert is_asking(Question(text), kb.cues) is asks


def test_anything_else_like_that_asks_for_more_of_the_kind(chat):
    from helpers import talk

    talk(chat, "can not drinking enough water cause back pain")
    reply = talk(chat, "anything else like that?")
    assert reply.entry is not None and reply.entry.id == "stress-anxiety", reply
