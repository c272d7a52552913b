"""An aspect is said of what is asked: an answer that names the asked thing in one sentence
and a span of time in another tells how long something else takes (bot/core/aspects.py)."""

from __future__ import annotations

import pytest
from helpers import drafted

from bot.core import aspects
from bot.core.loader import load
from bot.core.matcher import ANSWERED, NO_MATCH, Matcher
from bot.core.text import normalise, stem

BREAD = """# Baking bread at home

## Mixing the dough

Mix the flour, water, salt and yeast in a large bowl until no dry flour is left. Knead the
dough on a floured counter until it feels smooth and springs back when pressed.

## Baking the loaf

Bake the loaf on the middle shelf of a hot oven. A good crust is deep brown, and the base
sounds hollow when tapped. Wrapped in a paper bag, the bread keeps for three days.

## Storing flour

Keep flour in a sealed tin in a cool, dry cupboard, away from strong smells.
"""


@pytest.fixture(scope="module")
def bread(tmp_path_factory) -> Matcher:
    folder = tmp_path_factory.mktemp("kb")
    return Matcher(load(drafted(folder, BREAD)))


def duration() -> aspects.Aspect:
    return next(a for a in aspects.load() if a.id == "duration")


def test_a_span_of_time_said_of_another_thing_does_not_answer_how_long(bread):
    result = bread.match("How long should I bake the loaf?")
    assert result.status == NO_MATCH
    assert result.not_said == ("duration",)


@pytest.mark.parametrize(
    "question",
    [
        "How long does the bread keep?",  # the span said beside "keeps"
        "how long do I knead the dough",  # "until it feels smooth", beside "knead"
    ],
)
def test_a_span_said_beside_what_is_asked_answers(bread, question):
    assert bread.match(question).status == ANSWERED


def test_said_of_reads_the_sentence_that_names_what_is_asked():
    answer = "Even if you launched already, keep going. There is no overnight solution."
    asked = frozenset(map(stem, ("launch", "project")))
    assert not aspects.said_of("", answer, duration(), asked)
    assert aspects.said_of("", "Launches take months. Keep going.", duration(), asked)


def test_an_answer_that_names_nothing_asked_may_say_it_of_it():
    # "it" may be the thing asked: nothing tells the span is of another
    answer = "It usually works within two weeks."
    assert aspects.said_of("", answer, duration(), frozenset({"magnesium"}))


def test_an_entry_asked_so_says_it():
    question = normalise("How long does a launch take?")
    answer = "Launch when you are ready. Most take months."
    assert aspects.said_of(question, answer, duration(), frozenset({stem("launch")}))


def test_a_span_after_then_is_the_later_deeds():
    # the five minutes are the wait's, not the boiling's
    answer = "Boil the water and then wait about 5 minutes before mixing."
    assert not aspects.said_of("", answer, duration(), frozenset({stem("boil")}))
    assert aspects.said_of("", answer, duration(), frozenset({stem("wait")}))


def test_the_words_that_ask_are_not_what_is_asked_about(bread):
    # "how many MINUTES": the answer's "minutes" said beside no word asked
    result = bread.match("How many minutes should I bake the loaf?")
    assert result.status == NO_MATCH and result.not_said == ("duration",)


@pytest.mark.parametrize(
    "answer, says",
    [
        ("Babies younger than 2 months old need extra care.", False),  # an age
        ("A three year old may ask for more.", False),
        ("Use it within 2 months of opening.", True),
        ("It keeps for three days.", True),
    ],
)
def test_an_age_is_no_span_of_time(answer, says):
    assert ("duration" in aspects.addressed("", normalise(answer), aspects.load())) is says


def test_a_sentence_that_points_back_names_what_the_one_before_named():
    answer = "Proofing is the second rise. In a warm kitchen it takes two hours."
    assert aspects.said_of("", answer, duration(), frozenset({stem("proofing")}))
    told = "Proofing is the second rise. A loaf keeps for two days."
    assert not aspects.said_of("", told, duration(), frozenset({stem("proofing")}))


def test_a_count_of_minutes_is_answered_only_by_a_count(bread):
    """ "until it feels smooth" tells how long to knead, but no number of minutes."""
    result = bread.match("how many minutes do I knead the dough")
    assert result.status == NO_MATCH
    assert result.not_said == ("duration",)
    # the span the article gives in days still answers a count of days
    assert bread.match("How many days does the bread keep?").status == ANSWERED


def test_counted_reads_the_question_not_the_answer():
    asked = aspects.counted(normalise("how many minutes do i knead it"), duration())
    assert asked.answers == duration().counted_answers
    assert aspects.counted(normalise("how long do i knead it"), duration()) == duration()
    answer = "Knead the dough until it feels smooth."
    knead = frozenset({stem("knead")})
    assert aspects.said_of("", answer, duration(), knead)
    assert not aspects.said_of("", answer, asked, knead)


def test_a_share_is_answered_only_by_a_figure(tmp_path_factory):
    """ "what percentage of the flour ..." asks a figure: "most of it" is none, a percent is."""
    folder = tmp_path_factory.mktemp("kb")
    article = BREAD.replace(
        "Keep flour in a sealed tin",
        "Most of the flour's moisture is lost in a warm kitchen. Keep flour in a sealed tin",
    ).replace(
        "the bread keeps for three days.",
        "the bread keeps for three days, and loses 10% of its weight.",
    )
    matcher = Matcher(load(drafted(folder, article)))
    result = matcher.match("what percentage of the flour's moisture is lost in a warm kitchen?")
    assert result.status == NO_MATCH
    assert result.not_said == ("share",)
    assert matcher.match("what percentage of its weight does the bread lose?").status == ANSWERED
