"""The knowledge loader: the shipped base is sound, and a broken base fails at `file:line`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.core.article import parse_article
from bot.core.knowledge import KnowledgeError
from bot.core.loader import collect, load
from bot.core.text import normalise

ARTICLE_TITLE = "Can Magnesium Cause Back Pain?"


# -- the shipped base ------------------------------------------------------------------


def test_shipped_base_has_25_to_40_entries(kb):
    assert 25 <= len(kb.entries) <= 40


def test_shipped_base_loads_without_warnings(shipped_dir):
    _, problems = collect(shipped_dir)
    assert [str(p) for p in problems] == []


def test_entry_ids_are_unique(kb):
    ids = [e.id for e in kb.entries]
    assert len(ids) == len(set(ids))


def test_every_entry_has_at_least_4_alternates(kb):
    short = {e.id: len(e.alternates) for e in kb.entries if len(e.alternates) < 4}
    assert short == {}


def test_related_ids_exist_and_are_not_the_entry_itself(kb):
    bad = [(e.id, r) for e in kb.entries for r in e.related if kb.entry(r) is None or r == e.id]
    assert bad == []


def test_sources_are_article_headings(kb):
    headings = set(kb.article.headings)
    assert {e.id: e.source for e in kb.entries if e.source not in headings} == {}


def test_every_article_section_is_cited(kb):
    cited = {e.source for e in kb.entries}
    assert [h for h in kb.article.headings if h not in cited] == []


def test_article_title_is_parsed(kb):
    assert kb.article.title == ARTICLE_TITLE
    assert kb.article.headings[0] == ARTICLE_TITLE  # the introduction sits under the title
    assert len(kb.article.sections) >= 5
    assert all(section.text for section in kb.article.sections)


@pytest.mark.parametrize("phrase", ["hello", "thanks", "bye", "who are you", "what can you do"])
def test_smalltalk_covers(kb, phrase):
    patterns = {normalise(p) for item in kb.smalltalk for p in item.patterns}
    assert phrase in patterns


def test_smalltalk_items_have_ids_and_answers(kb):
    assert kb.smalltalk
    assert all(item.id and item.answer and item.patterns for item in kb.smalltalk)
    assert len({item.id for item in kb.smalltalk}) == len(kb.smalltalk)


def test_settings_say_it_is_not_medical_advice(kb):
    assert "not medical advice" in kb.settings.disclaimer
    assert kb.settings.fallback
    assert 0 < kb.settings.answer_threshold <= 100


# -- parse_article ---------------------------------------------------------------------

PLAIN = """\
A Plain Title?

The introduction, in two sentences. Here is the second.

First Heading

The first section's text.

Its second paragraph,
which wraps.

Second Heading

The second section's text.
"""

MARKDOWN = """\
# A Markdown Title

Intro paragraph.

## Part one

Text of part one.

## Part two: with a colon:

Text of part two.
"""


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_parse_plain_article(newline):
    article = parse_article(PLAIN.replace("\n", newline))
    assert article.title == "A Plain Title?"
    assert article.headings == ("A Plain Title?", "First Heading", "Second Heading")
    assert article.section("A Plain Title?").text.startswith("The introduction")
    first = article.section("First Heading").text.replace("\r", "")
    assert first == "The first section's text.\n\nIts second paragraph,\nwhich wraps."
    assert article.section("Second Heading").text == "The second section's text."
    assert article.section("No Such Heading") is None


def test_parse_markdown_article():
    article = parse_article(MARKDOWN)
    assert article.title == "A Markdown Title"
    assert article.headings == ("A Markdown Title", "Part one", "Part two: with a colon:")
    assert article.section("Part one").text == "Text of part one."
    assert article.section("Part two: with a colon:").text == "Text of part two."


@pytest.mark.parametrize("text", ["", "\n\n  \n"])
def test_parse_empty_article(text):
    article = parse_article(text)
    assert article.title == "" and article.sections == ()


def test_shipped_article_parses_into_the_loaded_one(kb, shipped_dir):
    article = parse_article((shipped_dir / "article.txt").read_text(encoding="utf-8"))
    assert article == kb.article


# -- broken bases ----------------------------------------------------------------------


def load_error(root: Path) -> KnowledgeError:
    with pytest.raises(KnowledgeError) as caught:
        load(root)
    return caught.value


def test_a_valid_extra_entry_loads(kb, new_entry, kb_copy, add_entries):
    # the control for the tests below: what breaks them is the one change each one makes
    add_entries(new_entry())
    loaded = load(kb_copy)
    assert loaded.entry("zebra-balm") is not None
    assert len(loaded.entries) == len(kb.entries) + 1


def entry_file(kb_copy: Path) -> Path:
    return sorted((kb_copy / "entries").glob("*.toml"))[1]


@pytest.mark.parametrize(
    "bad_line", ['question = "no closing quote', "this is not toml", "id = = 'twice'", "[[entry]"]
)
def test_toml_syntax_error_names_file_and_line(kb_copy, bad_line):
    path = entry_file(kb_copy)
    lines = path.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines, 1) if line.startswith("question ="))
    lines[number - 1] = bad_line
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    error = load_error(kb_copy)
    assert str(error).startswith(f"{path}:{number}: "), str(error)
    assert (error.path, error.line) == (str(path), number)
    assert "TOML" in error.message


@pytest.mark.parametrize("name", ["smalltalk.toml", "lexicon.toml", "settings.toml", "entry"])
def test_syntax_error_in_any_toml_file(kb_copy, name):
    path = entry_file(kb_copy) if name == "entry" else kb_copy / name
    text = path.read_text(encoding="utf-8")
    number = len(text.splitlines()) + 1
    path.write_text(text.rstrip("\n") + "\n= no key here\n", encoding="utf-8")
    assert str(load_error(kb_copy)).startswith(f"{path}:{number}: ")


@pytest.mark.parametrize("missing", ["id", "question", "answer", "source"])
def test_missing_field(new_entry, kb_copy, add_entries, missing):
    fields = new_entry()
    del fields[missing]
    path, [where] = add_entries(fields)
    error = load_error(kb_copy)
    assert str(error).startswith(f"{path}:{where['[[entry]]']}: "), str(error)
    assert f"`{missing}`" in error.message


@pytest.mark.parametrize(
    "key, value",
    [("question", ""), ("alternates", "not a list"), ("related", [""]), ("id", "Not An Id")],
)
def test_bad_field_value_names_its_line(new_entry, kb_copy, add_entries, key, value):
    path, [where] = add_entries(new_entry(**{key: value}))
    assert str(load_error(kb_copy)).startswith(f"{path}:{where[key]}: ")


def test_duplicate_id(kb, new_entry, kb_copy, add_entries):
    taken = kb.entries[0]
    path, [where] = add_entries(new_entry(id=taken.id))
    error = load_error(kb_copy)
    assert str(error).startswith(f"{path}:{where['[[entry]]']}: ")
    assert "duplicate id" in error.message and taken.id in error.message
    assert Path(taken.file).name in error.message  # says where the first one is


def test_duplicate_id_within_one_file(new_entry, kb_copy, add_entries):
    path, [_, second] = add_entries(new_entry(), new_entry(question="Zebra again?"))
    assert str(load_error(kb_copy)).startswith(f"{path}:{second['[[entry]]']}: duplicate id")


def test_related_pointing_nowhere(new_entry, kb_copy, add_entries):
    path, [where] = add_entries(new_entry(related=["no-such-entry"]))
    error = load_error(kb_copy)
    assert str(error).startswith(f"{path}:{where['related']}: ")
    assert "no-such-entry" in error.message


def test_source_that_is_not_a_heading(new_entry, kb_copy, add_entries):
    path, [where] = add_entries(new_entry(source="A Heading The Article Lacks"))
    error = load_error(kb_copy)
    assert str(error).startswith(f"{path}:{where['source']}: ")
    assert "A Heading The Article Lacks" in error.message


def test_missing_entries_folder(kb_copy):
    shutil.rmtree(kb_copy / "entries")
    error = load_error(kb_copy)
    assert error.path == str(kb_copy / "entries")
    assert "no entry files" in error.message


def test_missing_knowledge_folder(tmp_path):
    error = load_error(tmp_path / "nowhere")
    assert str(error) == f"{tmp_path / 'nowhere'}: knowledge folder not found"


def test_missing_article(kb_copy):
    (kb_copy / "article.txt").unlink()
    assert load_error(kb_copy).path == str(kb_copy / "article.txt")


def test_bad_threshold_in_settings(kb_copy):
    path = kb_copy / "settings.toml"
    lines = path.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines, 1) if line.startswith("answer_threshold"))
    lines[number - 1] = 'answer_threshold = "high"'
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert str(load_error(kb_copy)).startswith(f"{path}:{number}: ")


def test_few_alternates_is_a_warning_not_an_error(new_entry, kb_copy, add_entries):
    path, [where] = add_entries(new_entry(alternates=["zebra balm"]))
    loaded, problems = collect(kb_copy)
    assert loaded is not None and loaded.entry("zebra-balm") is not None
    assert [(p.path, p.line, p.is_error) for p in problems] == [
        (str(path), where["alternates"], False)
    ]


def test_magbot_kb_environment_variable_chooses_the_folder(
    new_entry, kb_copy, add_entries, monkeypatch
):
    add_entries(new_entry())
    monkeypatch.setenv("MAGBOT_KB", str(kb_copy))
    assert load().entry("zebra-balm") is not None
