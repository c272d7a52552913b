"""The form a question is asked in (a reason, a definition, how to), and ties between
entries settled by it."""

from __future__ import annotations

import pytest

from bot.core import forms
from bot.core.matcher import ANSWERED


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
        ("How much oxide is too much?", "how much"),
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
        # "What is referred pain?" beside "How likely is it that my magnesium ...?"
        ("What is referred pain when it comes to magnesium supplements?", "referred-pain"),
        # "How does magnesium lead to back pain?" beside "What does magnesium citrate do?"
        ("how does mag affect digestion", "digestive-cause"),
        ("What does magnesium normally do for muscles?", "intended-role"),
    ],
)
def test_a_tie_is_settled_by_the_entry_asked_in_the_questions_form(matcher, question, entry):
    result = matcher.match(question)
    assert (result.status, result.best.entry.id) == (ANSWERED, entry)
    runner_up = result.matches[1]
    assert result.score - runner_up.score < matcher.kb.settings.unsure_margin  # a tie


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
