"""The form a question is asked in (a reason, a definition, how to), and ties between
entries settled by it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core import forms
from bot.core.matcher import ANSWERED, NO_MATCH
from bot.core.text import normalise


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Why is gut cramping felt in the back?", forms.WHY),
        ("what's the reason my back hurts", forms.WHY),
        ("how come it does that", forms.WHY),
        ("Can intestinal cramping be felt in the lower back?", forms.YES_NO),
        ("What is a laxative?", forms.WHAT_IS),
        ("What is referred pain?", forms.WHAT),
        ("How does magnesium help muscles relax?", forms.HOW),
        ("what should I do if oxide gives me back pain?", forms.HOW_TO),  # advice
        ("How can I stop magnesium causing this back discomfort?", forms.HOW_TO),
        ("how to avoid cramps", forms.HOW_TO),
        ("Is there a way to keep my bike from rusting?", forms.HOW_TO),  # how to go about it
        ("are there any ways of sleeping better", forms.HOW_TO),
        ("is there a reason for it?", forms.WHY),  # asks why; no way to do anything
        ("is there any reason it'd help with nerve pain", forms.WHY),
        ("is there a reason to take it", forms.WHY),
        ("How much oxide is too much?", "how much"),
        ("how much do i take", "how much"),
        # how far a thing does something: a degree, which any answer may tell
        ("how much does posture from sitting contribute to back pain", None),
        ("ok so why does it hurt", forms.WHY),  # a question word a few words in
        ("If it isn't the magnesium, why does my back hurt?", forms.WHY),  # the condition
        ("when I take it with food", None),  # a condition, no question
        ("What should I know about storing formula?", None),  # any answer will do
        ("Is that the sort of thing that causes back pain?", None),  # asks of the story
        # two questions in two forms: no one form
        ("How many reactions need magnesium, and how does it act on calcium?", None),
        ("magnesium citrate back pain", None),
    ],
)
def test_the_form_of_a_question(text, form):
    assert forms.form(text) == form


def test_a_how_answers_a_why_but_a_why_no_how_and_a_how_to_neither():
    assert forms.answers(forms.HOW, forms.WHY)
    assert not forms.answers(forms.WHY, forms.HOW)
    assert not forms.answers(forms.HOW_TO, forms.WHY)
    assert not forms.answers(forms.HOW_TO, forms.HOW)
    assert not forms.answers(forms.WHAT, None)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # "How does magnesium lead to back pain?" beside "What does magnesium citrate do?"
        ("how does mag affect digestion", "digestive-cause"),
        ("What does magnesium normally do for muscles?", "intended-role"),
        (  # "is there a way to ..." asks how to go about it, as "how can I stop ...?"
            "citrate cramps me up and my back aches. is there a way to avoid those side effects?",
            "fix-digestive-back-pain",
        ),
    ],
)
def test_a_tie_is_settled_by_the_entry_asked_in_the_questions_form(matcher, question, entry):
    result = matcher.match(question)
    assert (result.status, result.best.entry.id) == (ANSWERED, entry)
    runner_up = result.matches[1]
    assert result.score - runner_up.score < matcher.kb.settings.unsure_margin  # a tie


@pytest.mark.parametrize(
    "question",
    [
        "is the back pain after starting magnesium real or imagined?",
        "is back pain after starting magnesium real or all in my head",
    ],
)
def test_a_tie_is_settled_by_the_alternatives_a_question_closes_on(matcher, question):
    # "real or in my head" is what is asked; "back pain after starting magnesium" only
    # what it is asked of, which the entry on why it started names as well
    result = matcher.match(question)
    assert (result.status, result.best.entry.id) == (ANSWERED, "is-the-pain-real")
    assert result.score - result.matches[1].score < matcher.kb.settings.unsure_margin


@pytest.mark.parametrize(
    "question",
    [
        "DOES MAGNESIUM CAUSE BACK PAIN YES OR NO",  # no alternative named on one side
        # the choice is of what the question goes on to ask about
        "Is the disc or the magnesium more likely behind the radiating pain?",
    ],
)
def test_an_or_that_offers_no_alternatives_settles_no_tie(matcher, question):
    from bot.core import ties

    query = matcher.analyse(question)
    top = matcher.rank(query)
    assert ties.alternatives_asked(matcher, query, top, 100.0) is None


def test_the_entry_naming_the_cause_settles_a_tie_only_if_it_holds_what_is_brought_about(
    matcher,
):
    # "How can I stop magnesium causing this back discomfort?" names magnesium, but not
    # nerves: whether magnesium makes nerves less sensitive is not that entry's
    result = matcher.match("does magnesium make nerves less sensitive")
    assert result.best is None or result.best.entry.id != "fix-digestive-back-pain"


def test_a_yes_or_no_question_settles_no_tie(matcher):
    # "Does magnesium cause muscle tension ...?" and "Can too little magnesium cause muscle
    # spasms ...?" are both yes-or-no: the form tells neither from the other
    result = matcher.match("does magnesum make the muscles in your back tence up")
    assert result.query.form == forms.YES_NO
    assert result.status != ANSWERED


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # "what do medical professionals say about magnesium and back pain" shares the
        # topic; "When should I see a doctor about back pain?" is asked as this is
        ("When should my back pain be seen by medical professionals?", "see-a-doctor"),
    ],
)
def test_what_is_asked_outranks_what_it_is_about(matcher, question, entry):
    result = matcher.match(question)
    assert (result.status, result.best.entry.id) == (ANSWERED, entry)
    ranked = matcher.rank(result.query)
    assert ranked[0].entry.id != entry  # the topic's entry scores higher: the form decides


def test_a_question_in_no_telling_form_keeps_its_best(matcher):
    assert not forms.telling(forms.YES_NO)
    assert not forms.telling(forms.WHAT)
    # "Should I throw out formula that is left?" answers "what do I do with what is left?"
    assert not forms.telling(forms.HOW_TO)
    assert forms.telling("how much")
    assert forms.telling("when")


@pytest.mark.parametrize(
    ("sentences", "main", "condition"),
    [
        (
            ("what happens to stool when magnesium draws water in?",),
            "what happens to stool",
            "magnesium draws water in",
        ),
        (("If I take less, will the pain go away?",), "will the pain go away", "i take less"),
        (("why does it hurt because I lift a lot",), "why does it hurt", "i lift a lot"),
        (("When should I take it?",), "when should i take it", ""),  # "when" that asks
        (("is magnesium safe",), "is magnesium safe", ""),
    ],
)
def test_a_condition_is_told_from_the_clause_that_asks(sentences, main, condition):
    assert forms.conditions(sentences) == (tuple(main.split()), tuple(condition.split()))


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # "does magnesium draw water into the bowel" is asked of the osmotic pull; this asks
        # what the water does to the stool, the pull only says when
        ("what does the water do to stool when magnesium pulls it into the gut", "stool-and-bowel"),
        (
            "what happens to my stool if the magnesium draws water into my intestines",
            "stool-and-bowel",
        ),
    ],
)
def test_the_clause_that_asks_outweighs_its_condition(matcher, question, entry, monkeypatch):
    result = matcher.match(question)
    assert (result.status, result.best.entry.id) == (ANSWERED, entry)
    assert "magnesium" in result.query.conditional and "stool" not in result.query.conditional
    from bot.core import matcher as module

    monkeypatch.setattr(module, "CONDITION_WEIGHT", 1.0)  # the condition weighed in full
    assert matcher.match(question).best.entry.id != entry


def test_a_condition_no_longer_ties_what_is_asked_with_what_it_is_said_of(matcher):
    # "What is referred pain?" beside "How likely is it that my magnesium ...?": once a tie
    # the form settled, now "when it comes to magnesium supplements" only says of what
    result = matcher.match("What is referred pain when it comes to magnesium supplements?")
    assert (result.status, result.best.entry.id) == (ANSWERED, "referred-pain")
    assert result.score - result.matches[1].score >= matcher.kb.settings.unsure_margin


def test_a_main_clause_that_says_too_little_keeps_its_condition(matcher):
    # "what happens" says nothing of its own: the condition is what is asked about
    assert matcher.analyse("what happens if I take too much magnesium oxide").conditional == ()


def test_a_sentence_that_asks_nothing_has_no_condition():
    said = "my leg feels numb since I started magnesium oxide"
    told = ("my", "leg", "feels", "numb", "i", "started", "magnesium", "oxide")
    assert forms.conditions((said,)) == (told, ())


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("is the stress a more likely reason?", "stress"),
        ("Is mag oxide a laxative?", "mag oxide"),
        ("is my back pain more likely from the magnesium?", "back pain"),
        ("is it the magnesium?", ""),  # a pronoun: named before, if at all
        ("is magnesium safe", ""),  # no article or comparison ends the subject
        ("does stress cause back pain", ""),  # not "is X a Y"
    ],
)
def test_the_subject_of_is_x_a_y(sentence, subject):
    assert forms.subjects((sentence,)) == tuple(subject.split())


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # "How likely is it that my magnesium ... is causing ...?" holds "likely" and
        # "reason" too; what the question asks of is the anxiety, the stress
        ("is my anxiety a more likely reason", "stress-anxiety"),
        # ("is the stress THE REASON": a frame, bot/data/aspects.toml, weighs as everyday)
    ],
)
def test_what_a_question_asks_of_leads(matcher, question, entry, monkeypatch):
    result = matcher.match(question)
    assert (result.status, result.best.entry.id) == (ANSWERED, entry)
    from bot.core import matcher as module

    monkeypatch.setattr(module, "SUBJECT_WEIGHT", 1.0)  # the subject weighed as any word
    again = matcher.match(question)
    assert (again.status, again.best.entry.id) != (ANSWERED, entry)


@pytest.mark.parametrize(
    "question, points",
    [
        ("is that like the bad one?", True),
        ("could this be my posture?", True),
        ("is that normal?", True),
        ("ok so is that why my back hurts", True),
        ("was that bad, doc?", True),
        ("is that pill safe?", False),  # "that" picks out a noun: it names its subject
        ("is this supplement the cause?", False),
        ("is it bad?", False),  # "it" is the topic, not something told
        ("why is that?", True),  # the reason of what was told
        ("is that magnesium oxide?", False),
        ("that could be it", False),
    ],
)
def test_a_question_may_name_its_subject_only_by_pointing_back(question, points):
    assert forms.points_back((question,)) == points


@pytest.mark.parametrize(
    "question",
    [
        "why is intestinal cramping felt in the back at all",
        "so why is intestinal cramping felt in my back and not my tummy",
    ],
)
def test_words_said_together_do_not_outrank_the_entry_asked_in_the_questions_form(
    matcher, question
):
    # "Can intestinal cramping ... be felt in the lower back?" says every telling word in
    # one sentence; it answers yes or no, not why: the entry asked why answers
    result = matcher.match(question)
    assert result.query.form == forms.WHY
    assert result.status == ANSWERED
    assert forms.form(result.best.entry.question) == forms.WHY


@pytest.mark.parametrize(
    ("text", "way"),
    [
        ("does it cause headaches", "cause"),
        ("can the heat trigger a migraine", "cause"),
        ("is it used to treat pain", "ease"),
        ("will stretching relieve the ache", "ease"),
        ("how can i stop it causing cramps", "cause"),
        ("what treats what causes it", None),  # both ways: a remedy for a cause
        ("does it help", None),  # "help" is said of anything
        # said beside a cause, "help" is the other way: the question asks of both
        ("isnt it supposed to help with pain not cause it", None),
    ],
)
def test_the_way_a_question_asks_of_a_thing_and_a_state(text, way):
    assert forms.way(text.split()) == way


@pytest.mark.parametrize(
    "question", ["can magnesium cause headaches", "does magnesium trigger nerve pain"]
)
def test_an_entry_asked_the_other_way_does_not_answer(matcher, question):
    # "Is magnesium used to treat pain?" answers "Yes. ... easing headaches": read after
    # "does it cause headaches?", that says it does
    result = matcher.match(question)
    assert (
        result.status != ANSWERED or forms.way(result.best.entry.question.lower().split()) != "ease"
    )


@pytest.mark.parametrize(
    ("asked", "answer", "none"),
    [
        ("where", "Yes. Structural causes are more likely.", True),
        ("when", "No, it does not.", True),
        ("how long", "Yes, it can last.", True),
        ("where", "In the lower back or the flank.", False),  # a place
        ("when", "See a doctor if the pain persists.", False),
        ("how likely", "Not very likely.", False),  # "how likely" is answered so
        (forms.WHY, "Yes. The gut cramps are felt in the back.", False),  # a reason follows
        (forms.YES_NO, "Yes. It can.", False),
        ("who", "Yesterday's advice still holds.", False),  # a word that begins so
    ],
)
def test_a_fact_asked_is_not_answered_by_a_bare_yes_or_no(asked, answer, none):
    assert forms.answered_by_yes_or_no(asked, answer) is none


@pytest.mark.parametrize(
    "question",
    [
        "where is a muscle strain felt",
        "when does poor posture start to hurt",
        "where do structural injuries usually hurt",
    ],
)
def test_a_place_or_a_time_asked_is_not_answered_by_whether(matcher, question):
    # the entries on posture, strain and structural causes open on "Yes.": they say
    # whether, never where or when
    result = matcher.match(question)
    assert result.status != ANSWERED or not forms.answered_by_yes_or_no(
        forms.form(question), result.best.entry.answer
    )


def test_a_place_asked_is_still_answered_where_the_entry_says_one(matcher):
    result = matcher.match("when should I see a doctor about my back")
    assert result.status == ANSWERED
    assert result.best.entry.id == "see-a-doctor"


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("can magnesium make you jittery", {"jittery"}),
        ("does it make me feel really groggy", {"groggy"}),
        ("will oxide make people itchy at night", {"itchy"}),
        ("can it make my back hurt", set()),  # a body part, no state of the one it befalls
        ("does it make sense", set()),
        ("what makes you think so", set()),  # a verb, no state
    ],
)
def test_the_states_a_question_asks_a_thing_to_bring_about(text, states):
    assert forms.brought_states(tuple(text.split())) == states


@pytest.mark.parametrize(
    ("text", "things"),
    [
        ("can glycinate give you really vivid dreams", {"dreams"}),
        ("does oxide cause a rash", {"rash"}),
        ("can citrate lead to hair loss", {"hair", "loss"}),
        ("what causes most cases of back pain", set()),  # "cases" counts, no thing
        ("why do big doses cause so much trouble", set()),  # some bad outcome, no thing
        ("does it give me cramps and gas", {"cramps"}),  # up to the joining word
        ("i gave up coffee", set()),  # no thing brought about after "up"
    ],
)
def test_the_things_a_question_asks_a_thing_to_bring_about(text, things):
    assert forms.brought_things(tuple(text.split())) == things


@pytest.mark.parametrize(
    "question",
    [
        "can glycinate give you vivid dreams?",
        "can glycinate cause nightmares?",
        "does glycinate cause a rash?",
    ],
)
def test_a_thing_the_base_lacks_brought_about_by_a_form_is_declined(matcher, question):
    # the glycinate entry shares the form's name only: what is asked of it, the dreams or
    # the rash, is a topic the article never tells of
    assert matcher.match(question).status == NO_MATCH


@pytest.mark.parametrize(
    "question",
    [
        "does magnesium oxide make you itchy",
        "does citrate make you thirsty",
        "can glycinate make me drowsy",
        "can magnesium supplements make you jittery before sleep",
    ],
)
def test_a_state_the_base_lacks_asked_of_magnesium_is_declined(matcher, question):
    # an adjective tells what a thing is like, but "make you itchy" asks of an itch: not
    # the oxide entry, which shares only "oxide"
    assert matcher.match(question).status == NO_MATCH


@pytest.mark.parametrize(
    "question", ["can magnesium make you feel bloated", "does magnesium make me nauseous"]
)
def test_a_state_the_base_has_asked_so_is_still_answered(matcher, question):
    result = matcher.match(question)
    assert result.status == ANSWERED
    assert result.best.entry.id == "digestive-side-effects"


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("why do big doses cause so much trouble", True),
        ("how come it makes my stomach hurt", True),
        ("why would switching stop the cramps", False),  # the reason a remedy works
        ("why is gut cramping felt in the back", False),  # no thing brings it about
        ("can it cause back pain", False),  # whether, not why
    ],
)
def test_a_question_asks_why_a_thing_brings_a_state_about(text, asks):
    assert forms.asks_why_causes(text.split()) is asks


def test_why_a_thing_causes_trouble_is_not_answered_by_how_to_stop_it(matcher):
    # the remedy entry shares "dose" and "cause", but says what to do, not why
    result = matcher.match("why do big doses of magnesium cause so much trouble")
    assert result.status == ANSWERED
    assert not forms.remedy(result.best.entry.question)


@pytest.mark.parametrize(
    "text, deeds",
    [
        ("how do i reheat it", {"reheat"}),
        ("can i safely freeze the leaves", {"freeze"}),
        ("is it ok to microwave water", {"microwave"}),
        ("how to descale a kettle", {"descale"}),
        ("what is the best tea", set()),  # asks of a thing, not a deed
        ("does tea go stale", set()),
        ("should i pick up calls from strangers", set()),  # a verb and its particle
        ("how do i choose a kettle", set()),  # asks which kettle, as "which" does
        # the thing asked named before the auxiliary: its verb is no deed asked
        ("hi all what side effects should i expect from it", set()),
        ("which grind of coffee do you recommend", set()),
        ("what can i reheat it in", {"reheat"}),
        # "what" is the thing asked, the verb its last word: the bot's view, no deed
        ("what do you reckon", set()),
        ("so what would you suggest", set()),
    ],
)
def test_the_deed_a_question_asks_how_or_whether_to_do(text, deeds):
    assert forms.asked_deeds(tuple(text.split())) == deeds


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("am i paranoid for blaming the new pill", {"paranoid"}),
        ("or am i just being dramatic", {"dramatic"}),
        ("im a bit worried about my back", {"worried"}),
        ("am i taking too much", set()),  # a verb: what the asker does, not is
        ("is my back paranoid", set()),  # not said of the asker
    ],
)
def test_what_the_asker_is_said_to_be_names_no_topic(text, described):
    assert forms.asker_described(tuple(text.split())) == described


@pytest.mark.parametrize(
    ("text", "helper"),
    [
        ("does magnesium help lower back pain", ("magnesium",)),
        ("will reducing the dose help", ("reducing", "the", "dose")),
        ("can it ease my cramps", ("it",)),
        ("can magnesium cause back pain", ()),  # whether it causes
        ("how can i stop it", ()),
        ("why does magnesium help", ()),  # a reason asked
    ],
)
def test_what_a_yes_or_no_question_asks_does_good(text, helper):
    assert forms.helper(tuple(text.split())) == helper


def test_whether_a_thing_helps_is_not_answered_by_whether_another_causes(matcher):
    # before: "Yes. Spinal problems such as a bulging or herniated disc can cause pain ..."
    result = matcher.match("will magnesium help my herniated disc")
    assert result.status == NO_MATCH or not forms.entry_asks_whether_causes(
        result.best.entry.question
    )


def test_whether_magnesium_helps_is_not_answered_by_how_to_stop_it(matcher):
    result = matcher.match("does magnesium help lower back pain")
    assert result.best is None or not forms.remedy(result.best.entry.question)
    # the remedy itself asked to help is still answered by it
    result = matcher.match("will reducing the dose help")
    assert result.status == ANSWERED and forms.remedy(result.best.entry.question)


@pytest.mark.parametrize(
    "text",
    [
        "What are some good ways to get the bloating down?",
        "whats the easiest way to ease the cramping",
        "what are tips for sleeping better",
    ],
)
def test_ways_asked_with_what_ask_how_to_go_about_it(text):
    assert forms.form(text) == forms.HOW_TO


def test_a_way_asked_is_answered_by_no_bare_yes_or_no():
    assert forms.answered_by_yes_or_no(forms.HOW_TO, "Yes, they can play a part.")
    assert not forms.answered_by_yes_or_no(forms.HOW_TO, "Lower the dose or switch forms.")


@pytest.mark.parametrize(
    "question", ["how can i lower my stress levels", "what are easy ways to get my anxiety down"]
)
def test_a_way_to_end_a_cause_is_not_answered_by_whether_it_causes(matcher, question):
    # the base says stress can cause back pain ("Yes, ..."), never how to bring it down
    found = matcher.match(question)
    assert found.status == NO_MATCH, (found.status, found.best and found.best.entry.id)


def _subjects_clause_by_clause(sentences) -> tuple[str, ...]:
    """`forms.subjects` read plainly: every clause of every sentence split and normalised."""
    from bot.core.forms import _CLAUSE, _COPULAS, _DETERMINERS, _NO_SUBJECT, _PREDICATE
    from bot.core.text import normalise

    found: list[str] = []
    for sentence in sentences:
        for clause in _CLAUSE.split(sentence):
            words = normalise(clause).split() if clause else []
            if len(words) < 3 or words[0] not in _COPULAS:
                continue
            start = 2 if words[1] in _DETERMINERS else 1
            if words[start] in _NO_SUBJECT:
                continue
            end = next((k for k in range(start, len(words)) if words[k] in _PREDICATE), None)
            if end is not None and 0 < end - start <= forms.SUBJECT_WORDS:
                found += words[start:end]
    return tuple(found)


_PIECES = st.sampled_from(
    ["is", "IS", "isnt", "are", "was", "were", "wer", "e", "s", "the", "stress", "a", "an",
     "reason", "this", "island", "2", "_", ",", ".", " ", "'", "`", "\u2019", "\u0130", "so",
     "and", "more", "likely", "x", "isn't", "Is", "what"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(_PIECES, max_size=12).map("".join), min_size=1, max_size=3))
def test_subjects_are_read_as_clause_by_clause(sentences):
    # sentences with no copula word are passed over unsplit: the same subjects
    assert forms.subjects(sentences) == _subjects_clause_by_clause(sentences)


def test_a_sentence_with_no_copula_is_not_split_into_clauses(monkeypatch):
    # most questions ("how much should I take, and when?") name no subject of "is X a Y?"
    split = []
    clause = forms._CLAUSE

    class Spy:
        def split(self, text):
            split.append(text)
            return clause.split(text)

    monkeypatch.setattr(forms, "_CLAUSE", Spy())
    assert forms.subjects(["how much should I take, and when?"]) == ()
    assert split == []
    assert forms.subjects(["is the stress a more likely reason?"]) == ("stress",)
    assert split == ["is the stress a more likely reason?"]


@pytest.mark.parametrize(
    ("words", "chosen"),
    [
        ("how do i pick a license for my project", {"license"}),
        ("how to choose the right one", {"right"}),
        ("can i select a brand of cable", {"cable"}),
        ("should i pick up the phone", set()),  # a verb with its particle chooses nothing
        ("did you pick it", set()),  # no thing named
        ("i will choose", set()),
    ],
)
def test_a_verb_of_choosing_asked_to_be_done_chooses_the_thing_after_it(words, chosen):
    # "how do I pick a licence" asks which licence, as "which licence" does
    assert forms.chosen(tuple(words.split())) == chosen


@pytest.mark.parametrize(
    ("words", "chosen"),
    [
        ("is the gut the main route by which magnesium hurts", set()),  # relative "which"
        ("the process through which oxide pulls water", set()),
        ("in which form is it best absorbed", {"form", "absorbed"}),  # a question's "which"
        ("which magnesium is gentlest", {"magnesium"}),
    ],
)
def test_which_after_a_noun_and_its_preposition_asks_no_choice(words, chosen):
    assert forms.chosen(tuple(words.split())) == chosen


def test_a_question_with_a_relative_which_is_answered_as_asked(matcher):
    # "by which magnesium" is no "which magnesium": no kind of magnesium asked to be chosen
    result = matcher.match(
        "is the gut the main route by which magnesium could end up feeling like back pain?"
    )
    assert (result.status, result.best.entry.id) == (ANSWERED, "digestive-cause")


def test_a_thing_asked_to_be_picked_is_a_topic_not_chatter(matcher):
    # an everyday noun the base lacks, asked to be picked, is what is asked about: "how do
    # I pick a pillow" was answered, unsure, with the base's back pain
    result = matcher.match("how do i pick a pillow for my back pain")
    assert "pillow" in result.query.unknown
    assert result.status == NO_MATCH


@pytest.mark.parametrize(
    ("text", "framing"),
    [
        ("explain it in plain english", {"plain", "english"}),
        ("tell me in more detail", {"more", "detail"}),
        ("in a nutshell why", {"a", "nutshell"}),
        ("walk me through it step by step", {"step"}),
        ("explain in laymans terms", {"laymans", "terms"}),
        ("what does it do at the basic biology level", {"basic", "biology", "level"}),
        ("explain it from a chemistry standpoint", {"chemistry", "standpoint"}),
    ],
)
def test_a_phrase_that_says_how_to_answer_frames_the_question(text, framing):
    assert framing <= forms.framing(tuple(text.split()))


@pytest.mark.parametrize(
    "text",
    [
        "pain in the lower back",
        "in english class",
        "cramps in my legs",
        "in detail work",
        "on the lower back",
        "at the gym",
    ],
)
def test_a_phrase_after_in_that_names_a_thing_is_no_framing(text):
    words = tuple(text.split())
    assert not forms.framing(words) & {"back", "lower", "class", "legs", "work", "gym"}


def test_a_question_asked_at_a_level_of_detail_is_answered(matcher):
    # "at the basic biology level" says how deep to answer; "biology" is no topic the base lacks
    result = matcher.match(
        "What does magnesium actually do for a muscle at the basic biology level?"
    )
    assert "biology" not in result.query.unknown
    assert result.status == ANSWERED


def test_a_question_asked_in_plain_english_is_answered(matcher):
    result = matcher.match(
        "what does it mean that magnesium is an osmotic laxative in plain English"
    )
    assert result.status == ANSWERED
    assert result.best.entry.id in ("osmotic-laxative", "how-osmotic-works")


def test_a_how_question_tied_goes_to_the_entry_asked_how_or_why(matcher):
    # "what side effects can it cause?" names gas and cramps too, but tells no way they
    # lead to back pain
    result = matcher.match("how can gas and cramps in my belly make my back hurt")
    assert (result.status, result.best.entry.id) == (ANSWERED, "why-gut-pain-felt-in-back")


def test_a_how_question_tied_with_yes_or_no_entries_goes_to_the_one_asked_why(matcher):
    # beside "can intestinal cramping be felt in the lower back?", which explains nothing
    result = matcher.match("so how can my gut make my lower back ache?")
    assert (result.status, result.best.entry.id) == (ANSWERED, "why-gut-pain-felt-in-back")


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ("stress got me wound up", {"wound"}),
        ("it knocked me out", set()),  # "knocked" is not right before the particle
        ("i was knocked out cold", {"knocked"}),
        ("a wound on my back", set()),  # a noun: no particle after it
    ],
)
def test_a_word_right_before_a_particle_is_a_phrasal_verb(text, verbs):
    assert forms.phrasal(tuple(text.split())) == verbs


def test_a_phrasal_verb_costs_a_question_nothing_a_noun_of_it_would(matcher):
    assert matcher.match("stress got me wound up af, could that be my back pain").status == ANSWERED
    assert matcher.match("can a wound on my back cause pain").status == NO_MATCH


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        ("how do i apply it", "apply"),  # a verb that ends in "-ly"
        ("can i rely on it", "rely"),
        ("how can i safely reheat it", "reheat"),  # past an adverb
        ("should i really stop it", "stop"),
    ],
)
def test_the_deed_asked_is_read_past_an_adverb_but_not_past_a_verb_in_ly(text, deed):
    assert deed in forms.asked_deeds(tuple(text.split()))


def test_a_question_of_helping_not_causing_is_answered_by_what_it_helps(matcher):
    # asked both ways, the entry on what magnesium eases is no answer "the other way"
    result = matcher.match("wait isnt magnesium supposed to help with pain, not cause it?")
    assert result.status == ANSWERED
    assert forms.way(normalise(result.best.entry.question).split()) == "ease"


@pytest.mark.parametrize(
    "question",
    [
        "whats 'referred pain' mean in terms of magnesuim and back pain",
        "what does referred pain mean for my back on magnesium",
    ],
)
def test_a_term_asked_to_be_defined_is_answered_by_the_entry_that_defines_it(matcher, question):
    # the term's few words tie the entries on magnesium and back pain; one asks what it is
    result = matcher.match(question)
    assert (result.status, result.best.entry.id) == (ANSWERED, "referred-pain")


def test_a_term_no_tied_entry_defines_settles_nothing(matcher):
    from bot.core import ties

    query = matcher.analyse("what does magnesium mean for back pain")
    ranked = matcher.rank(query)
    assert ties.defined(matcher, query, ranked[:5], ranked[5:]) is None


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("is the switch the problem", True),
        ("is mag the culprit here", True),
        ("could the oxide be to blame", True),
        ("is there a problem with taking it at night", False),  # no "the problem": no blame
        ("how do i stop the problem", False),  # not yes-or-no, and a way to end it
    ],
)
def test_a_thing_said_to_be_the_problem_is_asked_whether_it_causes(text, asks):
    assert forms.asks_whether_causes(text.split()) is asks


def test_a_story_read_with_its_question_asks_in_the_last_clause():
    words = ["stomach", "lower", "back", "is", "the", "switch", "the", "problem"]
    assert forms.last_asking(words) == ("is", "the", "switch", "the", "problem")
    assert forms.last_asking(["sore", "back"]) == ()


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("can the supplement itself cause my back ache", ("the", "supplement", "itself")),
        ("could oxide trigger cramps", ("oxide",)),
        ("what causes back pain", ()),  # no yes or no: what, not whether
        ("how do i stop it causing cramps", ()),
    ],
)
def test_the_thing_a_question_asks_whether_it_causes(text, thing):
    assert forms.causer(text.split()) == thing


def test_a_tie_goes_to_the_entry_whose_question_names_the_thing_asked_to_cause(matcher):
    # "What usually causes lower back pain?" says the same sentence, but is not asked of
    # the supplement
    result = matcher.match("can the supplement itself cause my back ache?")
    assert result.status == ANSWERED and result.best.entry.id == "is-it-the-magnesium"


@pytest.mark.parametrize(
    "question",
    [
        "can too much magnesium cause heart problems",  # "heart" everyday, yet asked about
        "can magnesium glycinate cause headaches",  # the glycinate entry never says them
        "can magnesium give me a headache",  # "give" brings it about: not what treats it
    ],
)
def test_what_a_question_asks_brought_about_must_be_what_the_answer_tells(matcher, question):
    assert matcher.match(question).status == NO_MATCH


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("will magnesium give my back some relief", "magnesium-for-pain"),  # given to the back
        ("can too much mag cause loose stools", "digestive-side-effects"),  # no kind's entry
        ("can oxide cause stomach cramps", "oxide-absorption"),
    ],
)
def test_a_thing_brought_about_that_the_answer_tells_is_answered(matcher, question, entry):
    result = matcher.match(question)
    assert result.status == ANSWERED and result.best.entry.id == entry


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("what is wrecking my back", "wrecking"),
        ("whats messing up my stomach", "messing"),
        ("lol wtf is killing my knees", "killing"),
        ("what could be causing the ache", "causing"),
        ("what is magnesium", None),  # no thing done to anything
        ("what is the best thing for my back", None),
    ],
)
def test_what_is_doing_something_to_a_thing_asks_its_cause(text, verb):
    at = forms.doing_to(text.split())
    assert (None if at is None else text.split()[at]) == verb


def test_a_cause_asked_in_a_verb_the_base_lacks_reads_as_the_cause(matcher):
    reply = matcher.match("what is wrecking my back")
    assert reply.status == ANSWERED and reply.best is not None
    assert reply.best.entry.id == matcher.match("what is causing my back pain").best.entry.id


@pytest.mark.parametrize(
    ("text", "made"),
    [
        ("what can make your back pain", 2),
        ("are there other things that can make your back pain", 6),
        ("what else makes it ache", 2),
        ("can magnesium make my back pain", None),  # whether it does, not what does
        ("what makes a good mattress", None),  # nothing made to hurt
    ],
)
def test_what_makes_a_thing_hurt_asks_its_cause(text, made):
    assert forms.making_hurt(text.split()) == made


def test_what_else_can_make_your_back_ache_is_asked_of_the_causes(matcher):
    cause = matcher.match("what else can cause back ache").best.entry.id
    made = matcher.match("what else can make your back ache")
    assert made.status in (ANSWERED, "unsure") and made.best.entry.id == cause


@pytest.mark.parametrize(
    ("words", "asks"),
    [
        ("why would that pain my back", True),  # "hurt my back", as the base reads "hurt"
        ("how come it hurts my stomach", True),
        ("why does my back pain", False),  # no thing hurting another
        ("why would that help my back", False),
    ],
)
def test_why_a_thing_hurts_another_asks_why_it_causes(words, asks):
    assert forms.asks_why_causes(tuple(words.split())) is asks


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("what do you guys recommend", forms.HOW_TO),
        ("what would you suggest", forms.HOW_TO),
        ("what should i do", forms.HOW_TO),
        ("what is recommended for pain", forms.WHAT),  # a thing asked, no advice
    ],
)
def test_advice_asked_of_the_reader_asks_how_to_go_about_it(question, form):
    assert forms.form(question) == form


@pytest.mark.parametrize(
    ("words", "span"),
    [
        ("oxide giving me grief should i switch", (1, 4)),
        ("my stomach gives me a hard time", (2, 7)),
        ("she gave me the book", None),
    ],
)
def test_giving_someone_grief_is_causing_trouble(words, span):
    assert forms.giving_trouble(words.split()) == span


@pytest.mark.parametrize(
    ("words", "span"),
    [
        ("when should i get my back pain looked at", (3, 9)),
        ("i looked at the label", None),
        ("have it examined", (0, 3)),
    ],
)
def test_getting_a_thing_seen(words, span):
    assert forms.getting_it_seen(words.split()) == span


@pytest.mark.parametrize(
    ("answer", "asked", "words", "said"),
    [
        (
            "Yes. Poor posture strains the spine.",
            "what",
            ("what",),
            "Poor posture strains the spine.",
        ),
        (
            "Yes, some forms are. Salts of it pull water in.",
            "why",
            ("why",),
            "Salts of it pull water in.",
        ),
        (
            "Yes, muscle strain is a cause of it.",
            "what",
            ("what",),
            "Muscle strain is a cause of it.",
        ),
        (
            "Yes. Poor posture strains the spine.",
            "yes-no",
            ("can",),
            "Yes. Poor posture strains the spine.",
        ),
        # a question opening on its verb asks whether, whatever its words read as
        (
            "Yes, they play a part. Stress tenses muscles.",
            "why",
            ("might",),
            "Yes, they play a part. Stress tenses muscles.",
        ),
        ("No. It relaxes.", "why", ("why",), "No. It relaxes."),  # a no says what is not so
        ("Yes.", "what", ("what",), "Yes."),  # nothing after it
    ],
)
def test_an_answer_to_a_question_not_asked_yes_or_no_opens_on_no_yes(answer, asked, words, said):
    assert forms.without_yes(answer, asked, words) == said


@pytest.mark.parametrize(
    ("words", "entry_question", "said"),
    [
        # another subject than the entry's question: its yes says whether of that one
        (
            "is magnesium really to blame",
            "Are structural problems more likely than it?",
            "They are.",
        ),
        # the same subject, in fewer words: the yes stands
        (
            "can a slipped disc cause back pain",
            "Can a bulging or slipped disc hurt?",
            "Yes. They are.",
        ),
        (
            "is glycinate easier on the gut",
            "Is magnesium glycinate easier on the gut?",
            "Yes. They are.",
        ),
        (
            "can it cause back pain",
            "Are structural problems more likely than it?",
            "Yes. They are.",
        ),
    ],
)
def test_a_yes_or_no_is_said_only_of_the_subject_asked(words, entry_question, said):
    assert (
        forms.without_yes("Yes. They are.", "yes-no", tuple(words.split()), entry_question) == said
    )


@pytest.mark.parametrize("text", ["who's right?", "who is correct here", "so whos wrong"])
def test_who_is_right_asks_which_claim_holds_not_a_person(text):
    assert forms.form(text) == "which"


def test_who_is_right_after_two_claims_is_answered_without_a_bare_yes(chat):
    chat.respond("my physio says my posture is terrible")
    chat.respond("i also started magnesium recently")
    reply = chat.respond("my wife blames the mag for my back. who's right?")
    assert reply.status == ANSWERED and reply.entry.id == "structural-more-likely"
    assert not reply.answer.startswith("Yes")


def test_a_short_term_in_quotes_is_found():
    assert forms.quoted("someone called it 'referred pain'. what is it") == ["referred pain"]
    assert forms.quoted("it's my back and i don't know") == []  # apostrophes quote nothing


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("can anyone explain what that means", "what"),
        ("could you tell me why it hurts", "why"),
        ("can you take it at night", forms.YES_NO),
    ],
)
def test_a_question_asked_inside_a_request_to_be_told_has_its_own_form(text, form):
    assert forms.form(text) == form


def test_what_a_quoted_term_means_asks_of_the_term(matcher):
    result = matcher.match(
        "Started a mag supplement and got a new lower back ache a few days in. Someone in "
        "another thread called it 'referred pain'. Can anyone explain what that means in "
        "this context?"
    )
    assert (result.status, result.best.entry.id) == (ANSWERED, "referred-pain")


@pytest.mark.parametrize(
    "text",
    ["whats the best thing to do if it hurts", "what are good things to do about it"],
)
def test_the_best_thing_to_do_asks_how_to_go_about_it(text):
    assert forms.form(text) == forms.HOW_TO


def test_the_best_thing_to_do_is_no_best_thing_named(chat):
    reply = chat.respond(
        "whats the best thing to do if magnesium is giveing me back pain thru my stomache"
    )
    # what to do: reduce the dose or switch (not which form is best absorbed, asked alone)
    assert reply.entry is not None and "reducing the dose" in reply.answer


def test_a_word_saying_what_the_asker_is_is_no_topic_the_base_lacks(matcher):
    query = matcher.analyse("Am I paranoid for blaming the new pill for my back pain?")
    assert "paranoid" not in query.unknown and "paranoid" in query.filler


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("could lifting at the gym be it", {"gym"}),
        ("sitting at my desk all day", {"desk"}),
        ("does lifting hurt your back", set()),
        ("is it the gym", set()),  # named as what is asked, not where a deed was done
    ],
)
def test_where_a_deed_was_done_frames_it(text, place):
    assert forms.place_of_deed(tuple(text.split())) == place


def test_the_place_of_a_deed_is_no_topic_the_base_lacks(matcher):
    result = matcher.match("could lifting at the gym be what hurt my back?")
    assert "gym" not in result.query.unknown
    assert result.status == ANSWERED and result.best.entry.id == "muscle-strain"


def test_yes_or_no_asked_for_names_no_answer_that_says_yes(matcher):
    # "yes" is no word of the topic: the entry whose answer opens "Yes." is not nearer
    result = matcher.match("does magnesium cause back pain yes or no")
    assert "yes" not in result.query.stems
    assert result.status == ANSWERED and result.best.entry.id == "magnesium-back-pain"


@pytest.mark.parametrize(
    ("text", "going"),
    [
        ("what else could be going on with my back", 4),
        ("whats going on with my back", 1),
        ("what else is going on besides the pills", 3),
        ("is it going on for long", None),  # asks how long, not what causes it
        ("whats going on", None),  # asked of the story told before it
        ("what is going on at work", None),  # a place's doings, no cause asked
    ],
)
def test_what_is_going_on_asks_what_causes_it(text, going):
    assert forms.going_on(text.split()) == going


def test_what_else_could_be_going_on_is_asked_of_the_causes(matcher):
    cause = matcher.match("what else could be causing my back pain").best.entry.id
    going = matcher.match("what else could be going on with my back?")
    assert going.status in (ANSWERED, "unsure") and going.best.entry.id == cause


@pytest.mark.parametrize(
    ("premise_named", "said"),
    [(True, "No. It relaxes muscles."), (False, "It relaxes muscles.")],
)
def test_a_no_is_said_only_of_what_the_question_takes_for_granted(premise_named, said):
    # "why does it cause tension?" takes for granted what the entry's no denies; "why is
    # it useful for pain?" does not: there the no would deny what no one asked
    answer = "No. It relaxes muscles."
    assert forms.without_yes(answer, "why", ("why",), "", premise_named) == said


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("is it even likely my magnesium is the problem", "magnesium"),
        ("is it true that glycinate is gentler", "glycinate"),
        ("is it normal", None),  # no clause after "it": nothing it stands for
        ("is it likely", None),
        ("is it bad for my back", None),  # "it" itself is the subject
    ],
)
def test_it_holding_the_place_of_a_clause_gives_the_clause_its_subject(text, subject):
    assert forms.doer(tuple(text.split())) == subject


def test_a_yes_said_of_another_subject_is_dropped_when_it_only_holds_a_clause_place():
    said = forms.without_yes(
        "Yes. Structural causes are far more likely.",
        "yes-no",
        ("is", "it", "even", "likely", "my", "magnesium", "is", "the", "problem"),
        "Are structural causes more likely to be responsible for back pain?",
    )
    assert said == "Structural causes are far more likely."


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("is the back part related", "is the back related"),
        ("is that gut stuff normal", "is that gut normal"),
        ("a big part of the problem", "a big part of the problem"),  # no thing before it
        ("the part that hurts", "the part that hurts"),
    ],
)
def test_a_vague_head_after_the_thing_it_heads_is_left_out(said, kept):
    assert forms.without_vague_heads(said.split()) == kept.split()


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("could a dumb move like that do it", "could that do it"),
        ("can an injury like this cause it", "can this cause it"),
        ("is it normal to feel like that", "is it normal to feel like that"),  # no thing named
        ("things like that", "things like that"),
    ],
)
def test_a_thing_named_only_as_like_what_was_told_is_a_pointer(said, read):
    assert forms.like_that(said.split()) == read.split()


@pytest.mark.parametrize(
    "text",
    [
        "best way to fix bad posture",
        "easiest way to stop the cramps",
        "5 ways to sleep better",
        "tips for sitting at a desk all day",
    ],
)
def test_a_how_to_typed_as_a_headline_asks_how_to(text):
    assert forms.form(text) == forms.HOW_TO


@pytest.mark.parametrize(
    "message",
    [
        "EASIEST WAY TO FIX MY POSTURE FROM SITTING AT A DESK ALL DAY",
        "tips for fixing posture from sitting all day",
    ],
)
def test_a_headline_how_to_is_asked_not_told(chat, message):
    # a how-to the article never gives, typed with no question mark: declined as asked,
    # not noted as a story of sitting
    reply = chat.respond(message)
    assert reply.status == NO_MATCH, reply


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("is it true magnesium causes back pain", "magnesium causes back pain"),
        ("is it really true that oxide is worse", "oxide is worse"),
        ("so is this true glycinate is gentler", "so glycinate is gentler"),
        ("is it true", "is it true"),  # no claim after it: the words stay
        ("what is it true of", "what is it true of"),
    ],
)
def test_is_it_true_frames_the_claim_it_asks_about(text, read):
    assert " ".join(forms.without_truth_frame(text.split())) == read


def test_the_frame_of_a_claim_is_no_word_of_an_answer(matcher):
    # "true" of "is it true" is not the "true origin" of the pain
    result = matcher.match("is it true that magnesium gives you back pain?")
    assert result.best is not None and result.best.entry.id == "magnesium-back-pain"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("people take magnesium to stop cramps", "people take magnesium to help cramps"),
        ("does magnesium stop cramps", "does magnesium help cramps"),
        ("how do i stop the cramps", "how do i stop the cramps"),
        ("does it prevent cramps", "does it prevent cramps"),  # the base's own word
    ],
)
def test_what_a_thing_stops_it_helps(text, read):
    assert " ".join(forms.stopping_as_help(text.split())) == read


def test_a_yes_said_of_another_subject_goes_with_its_comma():
    # "is back pain a side effect of magnesium?" answered by the entry asked "is it
    # reasonable TO SUSPECT a new supplement ...?": its yes is of suspecting, not of the
    # side effect, and the reply opens on what follows it, comma and all
    answer = (
        "Yes, it is a natural question. Whenever a new substance goes into the body, people "
        "wonder about side effects."
    )
    said = forms.without_yes(
        answer,
        forms.YES_NO,
        _words("is back pain a side effect of magnesium"),
        "Is it reasonable to suspect a new supplement of causing my back pain?",
    )
    assert said.startswith("Whenever a new substance"), said


def test_is_it_adjective_to_do_a_thing_has_the_doing_as_its_subject():
    words = _words("is it reasonable to suspect a new supplement")
    assert forms.doer(words, doing=True) == "suspect"
    assert forms.doer(words) is None  # as a subject named, a pronoun
    assert forms.doer(_words("is it likely that magnesium is the cause")) == "magnesium"


def test_is_a_thing_a_side_effect_of_another_asks_whether_it_brings_it_about():
    assert forms.asks_whether_causes(_words("is back pain a common side effect of magnesium"))
    assert not forms.asks_whether_causes(_words("what are the side effects of magnesium"))


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split(" "))
