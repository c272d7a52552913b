"""`count`: "how many" a thing is answered by an answer that gives a number of that thing."""

from __future__ import annotations

import pytest

from bot.core import counts


@pytest.mark.parametrize(
    "question, stems",
    [
        ("how many drops should i use", {"drop", "should"}),
        ("how many github stars do i need", {"github", "star"}),
        ("what is it", set()),
    ],
)
def test_the_thing_asked_how_many_of(question, stems):
    assert counts.counted(question) == stems


@pytest.mark.parametrize(
    "answer, says",
    [
        ("Put a few drops on your wrist.", True),
        ("Use 2 drops.", True),
        ("Add three large drops of oil.", True),
        ("A few examples are Yeoman and Vagrant.", False),  # counts something else
        ("Wait 2 hours, then test a drop.", False),
    ],
)
def test_an_answer_says_how_many_of_that_thing(answer, says):
    assert counts.of_thing("how many drops should i use", answer) is says


@pytest.mark.parametrize(
    "question, says",
    [
        ("how many reactons is it involved in", True),  # a letter left out
        ("how many reactoins need it", True),  # two swapped
        ("how many enzymes need it", False),  # another thing
    ],
)
def test_the_thing_counted_may_be_typed_with_a_slip(question, says):
    answer = "It is a co-factor for over 300 biochemical reactions."
    assert counts.of_thing(question, answer) is says
