"""What a question names: an entry about one kind of a thing (bot/core/kinds.py), and a
yes-or-no question whether a thing brings a state about, which a remedy does not answer
(bot/core/forms.py)."""

from __future__ import annotations

import pytest

from bot.core import forms, kinds
from bot.core.matcher import ANSWERED, NO_MATCH, UNSURE
from tests.helpers import talk


def test_the_kind_an_entry_is_about_is_read_from_its_own_words(kb, matcher):
    found = {e.id: kinds.kind_of(matcher, e) for e in kb.entries}
    assert found["citrate"] == {"citr"}
    assert found["glycinate"] == {"glycin"}
    # a state said in many ways ("too little magnesium") is no kind named by one word
    assert found["deficiency-spasms"] == frozenset()
    assert found["digestive-side-effects"] == frozenset()


@pytest.mark.parametrize(
    ("words", "which"),
    [
        ("which magnesium is gentlest on the stomach", True),
        ("what kind of magnesium is best", True),
        ("is there one that does not upset the gut", True),
        ("what forms of magnesium are laxatives", True),
        ("is there another option than oxide", True),
        ("should i switch to something gentler", True),
        ("do i have to change anything", True),
        ("what side effects does magnesium have", False),
    ],
)
def test_a_question_that_asks_which_one_asks_for_a_kind(words, which):
    assert kinds.asks_which(tuple(words.split())) is which


def test_a_question_about_the_subject_in_general_is_not_answered_by_one_kind(matcher):
    # before: unsure, led by what magnesium citrate does (its phrasing "magnesium citrate
    # side effects" reads close, for all the rest of its words)
    result = matcher.match("magnesium side effects")
    assert (result.status, result.best.entry.id) == (ANSWERED, "digestive-side-effects")
    citrate = [m for m in result.matches if m.entry.id == "citrate"]
    assert all(result.score - m.score >= kinds.KIND_MARGIN for m in citrate)


def test_what_is_set_aside_is_never_tied_with_the_answer(matcher):
    result = matcher.match("magnesium side effects")
    aside = [m for m in result.matches if kinds.unnamed(matcher, result.query, m.entry)]
    assert all(result.score - m.score >= kinds.KIND_MARGIN for m in aside)
    assert result.matches[: len(result.matches) - len(aside)] == tuple(
        m for m in result.matches if m not in aside
    )


def test_a_kind_named_or_asked_for_still_answers(matcher):
    assert matcher.match("does magnesium citrate cause side effects").best.entry.id == "citrate"
    assert matcher.match("which magnesium is gentlest on the stomach").best.entry.id == "glycinate"


def test_a_story_that_names_no_kind_is_not_answered_by_one(chat):
    # before: why magnesium oxide causes more digestive trouble, though no oxide was told
    reply = talk(chat, "my tummy cramps after magnesium and my back aches, why is that?")
    assert reply.entry is not None and reply.entry.id != "oxide-absorption"
    assert "referred" in reply.answer


@pytest.mark.parametrize(
    ("question", "whether"),
    [
        ("can that cause back pain", True),
        ("and can those make my back hurt", True),
        ("could it give me a sore back", True),
        ("how can i stop it causing back pain", False),
        ("why does it cause back pain", False),
        ("can i prevent it making my back hurt", False),
    ],
)
def test_a_yes_or_no_question_whether_a_thing_brings_a_state_about(question, whether):
    assert forms.asks_whether_causes(tuple(question.split())) is whether


def test_a_remedy_is_asked_how_to_end_a_state():
    assert forms.remedy("How can I stop magnesium causing this back discomfort?")
    assert not forms.remedy("Can intestinal cramping from magnesium be felt in the lower back?")


def test_whether_it_causes_is_not_answered_by_how_to_stop_it(chat):
    # before: "Reducing the dose, or switching to ... glycinate, often resolves ..."
    reply = talk(
        chat, "what are the digestive side effects of magnesium?", "can those cause back pain?"
    )
    assert reply.status != NO_MATCH
    assert reply.entry is not None and reply.entry.id != "fix-digestive-back-pain"


def test_the_compiled_cache_holds_every_entrys_kind(tmp_path, monkeypatch, matcher):
    # read once when the cache is compiled, not by each `ask` that needs some
    from bot.core.cache import load_matcher

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    compiled = load_matcher()
    expected = {e.id: kinds.kind_of(matcher, e) for e in matcher.entries}
    assert compiled.kinds == expected and any(expected.values())

    def unread(*args):
        raise AssertionError("an entry's words read again")

    monkeypatch.setattr(kinds, "_known", unread)
    cached = load_matcher()
    assert cached.kinds == expected
    assert all(kinds.kind_of(cached, e) == expected[e.id] for e in cached.entries)


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("what versions of magnesium send you running to the loo", True),
        ("which types of magnesium upset digestion", True),
        ("what sorts of cramps does it bring on", False),  # kinds of cramps, not of magnesium
        ("what kinds of pain can it ease", False),
        ("does magnesium help sleep", False),
    ],
)
def test_a_question_may_ask_which_kind_of_the_thing_the_kinds_are_of(matcher, question, asks):
    assert kinds.asks_kind_of_subject(matcher, matcher.analyse(question)) is asks


def test_an_entry_names_a_kind_by_being_about_one_or_saying_one(kb, matcher):
    by_id = {e.id: e for e in kb.entries}
    assert kinds.names_a_kind(matcher, by_id["citrate"])
    assert not kinds.names_a_kind(matcher, by_id["stool-and-bowel"])


@pytest.mark.parametrize(
    "question",
    ["which types of magnesium make stool softer", "what versions of magnesium help you poop"],
)
def test_which_kind_is_not_answered_by_an_entry_that_names_none(matcher, question):
    # the stool entry tells how stool softens and names no kind: it does not say which
    found = matcher.match(question)
    assert found.status == NO_MATCH, (found.status, found.best and found.best.entry.id)


@pytest.mark.parametrize(
    "question",
    [
        "Best Magnesium Form If Citrate Hurts Your Stomach",
        "if citrate hurts my stomach, which form is best?",
        "what form is better if citrate gives me cramps",
    ],
)
def test_the_kind_a_condition_names_is_the_one_to_replace(matcher, question):
    # it asks which kind to take instead: the citrate entry, which its words are nearest,
    # is about the kind that hurts
    result = matcher.match(question)
    assert result.status == ANSWERED and result.best.entry.id == "glycinate"


def test_a_kind_named_in_a_condition_of_no_choice_still_answers(matcher):
    result = matcher.match("why does oxide upset my stomach if it is the best form")
    assert result.status == ANSWERED and result.best.entry.id == "oxide-absorption"


def test_which_kind_most_likely_is_the_one_kind_tied(matcher):
    """Asked which kind is most likely to do a thing, and tied between the entry on a kind
    and one on the thing felt, the kind's entry answers; asked which is LESS likely, it
    does not (that kind may be the other one)."""
    result = matcher.match("which magnesium form is most likely to cause stomach cramps?")
    assert result.status == ANSWERED and result.best is not None
    assert result.best.entry.id == "oxide-absorption"
    less = matcher.match("which magnesium form is less likely to cause stomach cramps?")
    assert less.best is None or less.best.entry.id != "oxide-absorption" or less.status != ANSWERED


@pytest.mark.parametrize(
    "question",
    [
        "what magnesium won't wreck my stomach?",
        "what magnesium should i take if oxide upsets my stomach",
        "which magnesium should i take if oxide upsets me",
    ],
)
def test_what_before_a_thing_asks_which_one_and_the_other_kind_answers(matcher, question):
    """ "What magnesium won't ...", like "which magnesium ...", asks to choose a kind; when
    the question's condition names the kind that harms, the kind whose answer sets itself
    against that one replaces it (not another kind that harms too)."""
    result = matcher.match(question)
    assert result.status in (ANSWERED, UNSURE) and result.best is not None
    assert result.best.entry.id == "glycinate"


def test_what_a_thing_does_asks_no_kind(matcher):
    assert not kinds.asks_kind_of_subject(
        matcher, matcher.analyse("what magnesium does in the body")
    )


def test_the_kind_that_makes_it_more_likely_is_no_answer_to_less_likely(matcher):
    """ "Which form is LESS likely to upset my gut?" is not answered by the oxide entry, which
    says oxide makes it MORE likely; asked which is MOST likely, it is."""
    less = matcher.match("what form of magnesium is less likely to upset my gut?")
    assert less.status == NO_MATCH or less.best.entry.id != "oxide-absorption"
    most = matcher.match("which form of magnesium is most likely to upset my gut?")
    assert most.status == ANSWERED and most.best.entry.id == "oxide-absorption"


@pytest.mark.parametrize(
    ("words", "answer", "opposite"),
    [
        ("which is less likely to upset", "It makes cramping more likely.", True),
        ("which is most likely to upset", "It is the least absorbed.", True),
        ("which is less likely to upset", "It is less likely to upset the gut.", False),
        ("which upsets the gut", "It makes cramping more likely.", False),  # no degree asked
    ],
)
def test_an_answer_of_the_other_degree(words, answer, opposite):
    assert forms.opposite_degree(tuple(words.split()), answer) is opposite


@pytest.mark.parametrize(
    ("word", "describes"),
    [
        ("gurgly", True),  # "-y" made of "gurgle": how a thing is, not which
        ("burny", True),
        ("squishy", True),  # an adjective only
        ("goat", False),  # "goat milk": a kind of milk
        ("epsom", False),  # a name the lexicon lacks
        ("chelated", False),
        ("whey", False),
    ],
)
def test_a_word_that_only_describes_names_no_kind(word, describes):
    from bot.core.matcher import _describes

    assert _describes(word) is describes


def test_a_described_symptom_keeps_the_word_for_it(matcher):
    # "gurgly cramps" are cramps: the base's word is still evidence, not a kind it lacks
    query = matcher.analyse("i get gurgly cramps after the citrate")
    assert "cramp" in query.stems and "cramps" not in query.unknown


@pytest.mark.parametrize(
    "words",
    [
        "why is everybody and their dog on magnesium these days",
        "everyone n their mom takes magnesium now why",
    ],
)
def test_everyone_and_their_mom_is_everyone(words):
    read = forms.without_everyone_and_theirs(words.split())
    assert "everyone" in read or "everybody" in read
    assert not {"dog", "mom", "their"} & set(read)


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        (
            "Is that true? My friend says cutting back the magnesium dose gets rid of the "
            "backache from cramping.",
            "fix-digestive-back-pain",
        ),
        ("Fact or fiction? My cousin says magnesium oxide is badly absorbed.", "oxide-absorption"),
    ],
)
def test_a_claim_checked_in_the_same_message_is_what_is_asked(chat, message, entry_id):
    # the check comes first or last; what it asks of is the claim the message reports
    reply = chat.respond(message)
    assert reply.status == ANSWERED and reply.entry is not None, message
    assert reply.entry.id == entry_id


@pytest.mark.parametrize(
    ("words", "doer"),
    [
        ("does magnesium stop cramps", ("magnesium",)),
        ("how does magnesium help with spasms", ("magnesium",)),
        ("does taking less magnesium stop the back pain", ("taking", "less", "magnesium")),
        ("and how does magnesium stop cramps", ("magnesium",)),  # after a joining word
        ("how do i stop the cramps", ()),  # the person stops them: a way to end them
        ("how can i stop magnesium causing this", ()),
        ("what stops cramps", ()),  # no auxiliary: no doer named
    ],
)
def test_the_thing_a_question_says_stops_or_eases_a_state(words, doer):
    assert forms.stopper(words.split()) == doer


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        # what a thing stops, it eases: not how to stop that thing causing trouble
        ("how does magnesium stop cramps", "calcium-channel-blocker"),
        # the person's own stopping is the remedy still
        ("how can I stop magnesium from hurting my back", "fix-digestive-back-pain"),
        ("does taking less magnesium stop the back pain", "fix-digestive-back-pain"),
    ],
)
def test_a_thing_that_stops_a_state_is_asked_as_a_help(matcher, question, entry_id):
    result = matcher.match(question)
    assert result.status == ANSWERED and result.best is not None
    assert result.best.entry.id == entry_id
