"""What a drafted base decides: on-topic questions about what its article never says are
declined (the aspects of bot/data/aspects.toml, general English), answerable ones are not."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import drafted

from bot.core import aspects, ties
from bot.core.loader import load
from bot.core.matcher import ANSWERED, NO_MATCH, Matcher
from bot.core.text import normalise

ARTICLE = """# Looking after a sourdough starter

## Feeding

Feed your sourdough starter with equal weights of flour and water. A starter kept on the
counter wants feeding every day; a starter kept in the fridge can wait a week between
feeds.

## Where it came from

Sourdough is the oldest form of leavened bread. The San Francisco sourdough culture was
first described in 1970 by two bakers.

## Storing flour

Once a bag of flour is opened, store it in a cool, dry place with the bag tightly closed,
away from the oven and the sink. Do not store an opened bag of flour in the fridge: the damp
makes the flour cake.

Most flour needs to be used within 3 months of opening the bag (check the label). When you
first open the bag, write the date on it.

## Launching a bakery

Building a bakery around a starter takes months or years of baking for the neighbours.
"""


def _drafted(article: str, folder: Path) -> Matcher:
    """A matcher over the untouched draft of `article`, written into `folder`."""
    return Matcher(load(drafted(folder, article)))


def _kb(tmp_path: Path):
    return _drafted(ARTICLE, tmp_path)


@pytest.fixture(scope="module")
def matcher(tmp_path_factory) -> Matcher:
    return _kb(tmp_path_factory.mktemp("starter"))


@pytest.mark.parametrize(
    "question, aspect",
    [
        ("Is a starter on the counter the same as one in the fridge?", "comparison"),
        ("When did people start keeping a starter in the fridge?", "date"),
        ("how many feeds a day does a sourdough starter need", "amount"),
        ("Is a sourdough starter worth it?", "cost"),
        ("How often should I bake sourdough bread?", "frequency"),
    ],
)
def test_an_aspect_the_article_never_says_is_declined(matcher, question, aspect):
    result = matcher.match(question)
    assert result.status == NO_MATCH
    assert aspect in result.not_said


def test_kinds_the_article_never_names_are_declined_before_what_is_asked_of_them(matcher):
    # "rye flour" is not the article's flour: a topic it lacks, whatever is asked of it
    result = matcher.match("is rye flour better than wheat flour for feeding a starter")
    assert result.status == NO_MATCH
    assert "flour" in result.query.unknown


@pytest.mark.parametrize(
    "question, words",
    [
        ("When was the San Francisco sourdough culture first described?", "1970"),
        ("How long does it take to launch a bakery around a starter?", "months or years"),
        ("How often should I feed a starter kept on the counter?", "every day"),
    ],
)
def test_the_same_aspect_is_answered_where_the_article_says_it(matcher, question, words):
    result = matcher.match(question)
    assert result.status == ANSWERED
    assert result.best is not None and words in result.best.entry.answer


def test_a_runner_up_that_says_what_is_asked_answers_instead_of_the_best(matcher):
    # the bag kept closed ranks first; the passage that says how long is nearly as near
    question = "How long can flour be stored once the bag is opened?"
    ranked = matcher.rank(matcher.analyse(question))
    assert "3 months" not in ranked[0].entry.answer
    result = matcher.match(question)
    assert result.status == ANSWERED
    assert result.best is not None and "3 months" in result.best.entry.answer


CLUB = """# Running a book club

## Choosing books

Pick books that most members can find at the library. A short novel suits a first meeting
better than a long history.

Consider setting up a website for the club. A website makes the club easier to find. Use
examples of past reading to show new members what the club enjoys.

Several clubs share their reading lists online. The Riverside and Oakwood clubs are good
examples of tidy, friendly websites.

## Meetings

Meet once a month in a quiet place. Ask one member to lead the talk each time.

## Snacks

Bring tea and biscuits. A pot of coffee keeps an evening meeting awake.

## Disagreements

When members disagree about a book, let each one speak in turn. Nobody has to finish a book
they dislike.

## Money

Most clubs need no money at all. A small fee can pay for a room when the library is closed.

## Growing the club

Put a notice up in the local café. Friends of members are the most likely to join. It
takes a year or two to reach twenty members.

## Reading pace

Members who finish a book quickly can lend their copy to new members of the club. Audiobooks
help those who commute.
"""


@pytest.fixture(scope="module")
def club(tmp_path_factory) -> Matcher:
    return _drafted(CLUB, tmp_path_factory.mktemp("club"))


def test_a_tie_goes_to_the_entry_that_says_the_words_together(club):
    # both passages say "examples" and "website"; only one says them in one sentence
    question = "are there examples of websites"
    ranked = club.rank(club.analyse(question))
    assert "Riverside" not in ranked[0].entry.answer
    assert ranked[0].score - ranked[1].score < club.kb.settings.unsure_margin
    result = club.match(question)
    assert result.status == ANSWERED
    assert result.best is not None and "Riverside" in result.best.entry.answer


@pytest.mark.parametrize(
    "question",
    [
        "if not for the club, are there examples of websites",  # denies a thing
        "why share examples, and how do websites help",  # asks two things
    ],
)
def test_words_said_together_settle_no_tie_of_a_question_that_is_not_one_sentence(club, question):
    query = club.analyse(question)
    assert ties.together(club, query, club.rank(query), 100.0) is None


def test_the_word_that_asks_how_long_is_not_the_topic(club):
    # "quickly" asks a duration: it weighs as an everyday word, not as the rare word that
    # singles out the passage saying "quickly" of something else
    query = club.analyse("How quickly does a club reach new members?")
    assert query.degree == ("quick",)
    as_asked = {m.entry.id: m.score for m in club.rank(query)}
    as_topic = {m.entry.id: m.score for m in club.rank(query._replace(degree=()))}
    saying = next(m.entry.id for m in club.rank(query) if "quickly" in m.entry.answer)
    assert as_asked[saying] < as_topic[saying]


@pytest.mark.parametrize(
    "question, words",
    [
        ("how long does it last", ("long",)),
        ("How often should I feed it and how soon", ("soon", "often")),
        ("how do I feed it", ()),
        ("what happens if I add too much water", ("happens",)),
        # "is there a reason it'd help?" asks why: "reason" names nothing
        ("is there a reason it would help", ("reason",)),
    ],
)
def test_degree_words_are_the_word_after_how_that_asks_an_aspect(question, words):
    said = aspects.degree_words(normalise(question), aspects.load(), aspects.frames())
    assert set(said) == set(words)


POND = """# Keeping a garden pond

## Cleaning the pond

Scoop fallen leaves out of the pond every week in autumn. Rotting leaves feed the algae and
make the water green.

## Water in a drought

When the mains water is restricted, top the pond up with rainwater from a water butt. If you
must use tap water, leave it to stand in a bucket for two days first. Let the standing water
reach the temperature of the pond before pouring it in. Always pour slowly at the edge so the
fish are not startled.

## Fish

Feed the fish once a day in summer and not at all in winter. Goldfish and orfe live well
together.

## At a glance

Situation: a drought when the mains water is restricted; What to do: If you have no
rainwater, leave tap water to stand in a bucket for two days first; Let the standing water
reach the temperature of the pond before pouring it in; Always pour slowly at the edge so the
fish are not startled.
"""


@pytest.fixture(scope="module")
def pond(tmp_path_factory) -> Matcher:
    return _drafted(POND, tmp_path_factory.mktemp("pond"))


def test_a_tie_between_entries_that_say_the_same_is_answered(pond):
    # the table restates the list: both hold the answer, so there is nothing to be torn over
    question = "how long should tap water stand in a bucket"
    ranked = pond.rank(pond.analyse(question))
    assert ranked[0].score - ranked[1].score < pond.kb.settings.unsure_margin
    result = pond.match(question)
    assert result.status == ANSWERED
    assert result.best is not None and "two days" in result.best.entry.answer


def test_entries_that_restate_each_other_tie_where_the_answer_is_not_restated(pond):
    # the list's first sentence is not in the table: the two do not say the same there
    query = pond.analyse("can I top the pond up with rainwater from a water butt")
    ranked = pond.rank(query)[:2]
    assert not ties.same_saying(pond, query, ranked, 100.0)
    query = pond.analyse("how long should tap water stand in a bucket")
    assert ties.same_saying(pond, query, pond.rank(query)[:2], 100.0)


SHED = """# The garden shed

## Building the base

Level the ground and lay paving slabs on a bed of sharp sand, checking each with a spirit
level. Leave a gap of two centimetres between the slabs for rain to drain away. Our free
printable plan shows every measurement of the base and the frame.

## Raising the frame

Bolt the four wall panels to each other before you fix any of them to the base, and check
the corners are square with a builder's tape. Our free printable plan shows every
measurement of the base and the frame.
"""


def test_a_tie_over_a_sentence_the_article_says_twice_is_answered(tmp_path_factory):
    # the two sections end on the same sentence: whichever answers, the answer is the same
    shed = _drafted(SHED, tmp_path_factory.mktemp("shed"))
    question = "is there a printable plan with every measurement"
    ranked = shed.rank(shed.analyse(question))
    assert ranked[0].score - ranked[1].score < shed.kb.settings.unsure_margin
    result = shed.match(question)
    assert result.status == ANSWERED
    assert "printable plan" in result.best.entry.answer


def test_a_shared_lead_in_is_no_answer_two_entries_both_give(pond):
    # items of one list answer with the line that leads into them: that line is no answer
    from bot.core.matcher import Match

    entry = pond.entries[0]
    lead = "Keep the pond clean and clear in autumn this way:"
    scoop = entry._replace(id="scoop", answer=f"{lead} Scoop fallen leaves out every week.")
    net = entry._replace(id="net", answer=f"{lead} Net the water against falling leaves.")
    query = pond.analyse("how do I keep the pond clean in autumn")
    assert not ties.same_saying(pond, query, [Match(scoop, 80.0), Match(net, 79.0)], 4.0)


KILN = """# Kiln FAQ

## My kiln keeps tripping the breaker!

A kiln draws more current than a household circuit allows. Have an electrician fit a
dedicated circuit with its own breaker rated for the kiln.

## How hot does a glaze firing get?

A stoneware glaze firing reaches about 1,230 degrees Celsius.
"""


@pytest.mark.parametrize(
    "said",
    [
        "my kiln keeps tripping the breaker",
        "the kiln i bought keeps tripping my breaker",
    ],
)
def test_a_problem_stated_as_a_statement_is_answered_not_noted(tmp_path, shipped_dir, said):
    # a statement that tells nothing of the person's situation is a problem to solve, as
    # the article's own heading states it: never an acknowledgement of nothing
    from bot.authoring.ingest import seed_from
    from bot.core.conversation import Conversation

    matcher = Matcher(load(drafted(tmp_path, KILN, seed_from(shipped_dir))))
    reply = Conversation(matcher.kb, matcher).respond(said)
    assert reply.status == ANSWERED
    assert "dedicated circuit" in (reply.answer or "")


LAMBS = """# Caring for newborn lambs

## Warmth

Lambs born prematurely need a heat lamp for their first nights in the barn.

## Who needs extra care

Lambs born prematurely (before 140 days of pregnancy) or weighing under 3 kg need feeding
every two hours.

## Tagging

Lambs born prematurely are tagged a week later than the others.
"""


def test_what_a_bracket_defines_is_asked_of_the_passage_that_defines_it(tmp_path):
    matcher = _drafted(LAMBS, tmp_path)
    result = matcher.match("what counts as premature")
    assert result.status == ANSWERED
    assert "140 days" in result.best.entry.answer
