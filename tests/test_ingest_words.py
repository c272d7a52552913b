"""The words a draft adds to its lexicon: the short ways people type the article's words
(bot/authoring/shortforms.py), found with general English, and read by the matcher."""

from __future__ import annotations

import pytest

from bot.authoring.ingest import draft
from bot.authoring.shortforms import short_forms
from bot.core.text import general_stopwords

ARTICLE = """# Keeping your information safe

Thieves can get personal information from your phone when you use public Wi-Fi. Check
your e-mail settings and keep your documentation up to date.
"""


@pytest.fixture(scope="module")
def found() -> dict[str, str]:
    return short_forms(ARTICLE, general_stopwords())


def test_a_clipped_word_is_read_as_the_article_word(found):
    assert found["info"] == "information"
    assert found["docs"] == "documentation"


def test_a_compound_without_its_hyphen_is_read_as_its_two_words(found):
    assert found["wifi"] == "wi fi"
    assert found["email"] == "e mail"


def test_dictionary_words_and_the_article_own_words_are_not_short_forms(found):
    # "inform" and "safe..." are words of their own; "keep" is the article's
    assert "inform" not in found
    assert "keep" not in found
    assert all(short not in ARTICLE.lower().split() for short in found)


def test_the_drafted_lexicon_lists_them_and_the_draft_answers_with_them(tmp_path):
    from bot.core.loader import load
    from bot.core.matcher import ANSWERED, Matcher

    files = draft(ARTICLE)
    assert '"info" = "information"' in files["lexicon.toml"]
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    matcher = Matcher(load(tmp_path))
    query = matcher.analyse("can thieves get my info on public wifi")
    assert not query.unknown
    assert matcher.match("can thieves get my info on public wifi").status == ANSWERED


MAIL = """# Staying ahead of identity thieves

Collect your mail every day, and place a hold on your mail when you will be on vacation.
Store your Social Security card in a safe place at home, not in your wallet.
Shred old bank statements before you throw them away.
"""


def _kb(files: dict[str, str], folder):
    from bot.core.loader import load

    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return load(folder)


def test_two_key_terms_put_a_question_on_the_subject_of_a_draft(tmp_path):
    """Everyday English ("mail", "vacation") is no subject of its own; in a draft, two of
    the passages' key terms are, beside a generic word ("going") the article never uses."""
    from bot.core.matcher import ANSWERED, Matcher

    kb = _kb(draft(MAIL), tmp_path)
    assert kb.settings.subject_terms == 2
    question = "going on vacation, what do i do about my mail"
    matcher = Matcher(kb)
    assert matcher.analyse(question).filler == ("going",)
    assert matcher.match(question).status == ANSWERED
    assert "hold on your mail" in matcher.match(question).best.entry.answer
    # off the subject still: one key term among words the article never uses
    assert matcher.rank(matcher.analyse("what is the best card game")) == []
    # a base without the setting (the shipped default) reads the question as off-subject
    plain = Matcher(kb._replace(settings=kb.settings._replace(subject_terms=0.0)))
    assert plain.rank(plain.analyse(question)) == []


GARDEN = """# The community garden

## Watering

Water the beds early in the morning, before the sun is high. Do not water the leaves of
the plants, only the soil around them.

## Tools

Return every tool to the shed after use. Do not open the door of the shed to people you
do not know. Wipe the blades of the shears with a dry cloth and oil them once a month.
"""


def test_a_question_one_entry_names_in_everyday_words_is_on_the_subject(tmp_path):
    """ "open" and "door" are everyday English and no key term, beside a word the article
    never uses ("recognise"): one entry is asked in all of them, so the question is on the
    subject of the draft; a question that names nothing the article does is not."""
    from bot.core.matcher import Matcher

    kb = _kb(draft(GARDEN), tmp_path)
    matcher = Matcher(kb)
    query = matcher.analyse("should I open the door to people I don't recognise?")
    assert query.filler == ("recognise",)
    assert matcher.on_subject(query)
    assert matcher.rank(query)[0].entry.source == "Tools"
    assert not matcher.on_subject(matcher.analyse("how do I fix a flat tyre"))
    # the shipped default (no subject terms) keeps the stricter reading
    plain = Matcher(kb._replace(settings=kb.settings._replace(subject_terms=0.0)))
    assert not plain.on_subject(
        plain.analyse("should I open the door to people I don't recognise?")
    )


COMPOST = """# Compost

## Starting

Start compost in a shaded corner of the garden, on bare soil, so that worms can come up
into the heap from below.

## Feeding

Feed compost with kitchen peelings, torn cardboard and grass cuttings, in thin layers, and
keep meat and fish out of it.

## Turning

Turn compost with a fork every few weeks to let air in, and wet it with a can of water
when it feels dry.

## Using

Use finished compost within 6 months, while it is dark and crumbly, and spread it on beds
before planting.
"""


def test_what_a_question_asks_of_its_topic_is_evidence_as_a_word_is(tmp_path):
    """Every entry says "compost": a question that names only it and everyday words says
    little, but one that asks how long says what few entries say (a duration)."""
    from bot.core.matcher import ANSWERED, Matcher

    matcher = Matcher(_kb(draft(COMPOST), tmp_path))
    found = matcher.match("how long until I must use compost once it's made?")
    assert found.query.aspects == ("duration",)
    assert found.status == ANSWERED
    assert found.best.entry.source == "Using"


AGENCIES = """# Fraud alerts

Ask the credit reporting agencies to place a fraud alert on your file when your wallet is
stolen. Keep copies of every letter you send them.

## Reports

Order a free credit report every year and check every account on it.
"""


def test_a_draft_reads_a_word_a_little_less_near_as_the_article_word(tmp_path):
    """A draft says each thing one way only: "bureaus" stands for its "agencies" there,
    not in a base whose author wrote the ways people say it (the shipped default)."""
    from bot.core import words
    from bot.core.matcher import Matcher

    if not words.available():
        pytest.skip("no word vectors")
    kb = _kb(draft(AGENCIES), tmp_path)
    assert kb.settings.synonym_nearness < 0.75
    assert 0.72 <= words.similarity("bureaus", "agencies") < 0.75
    question = "what should I ask the credit bureaus to do"
    assert "bureaus" not in Matcher(kb).analyse(question).unknown
    plain = Matcher(kb._replace(settings=kb.settings._replace(synonym_nearness=0.75)))
    assert "bureaus" in plain.analyse(question).unknown
