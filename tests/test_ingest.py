"""`magbot ingest`: an article of another subject becomes a knowledge folder that check accepts
and ask answers from (tests/fixtures/sourdough.md, written for these tests)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import drafted, run

from bot.authoring.check import check_knowledge
from bot.authoring.ingest import IngestError, Seed, draft, seed_from
from bot.core.loader import load
from bot.core.validate import MIN_ALTERNATES
from bot.terminal.cli import main

SOURDOUGH = Path(__file__).parent / "fixtures" / "sourdough.md"
TITLE = "Baking Sourdough Bread at Home"
HEADINGS = (
    TITLE,
    "Keeping a Starter Alive",
    "Mixing and Shaping the Dough",
    "Proofing and Fermentation",
    "Baking and Cooling",
)


@pytest.fixture(scope="module")
def sourdough(tmp_path_factory) -> Path:
    """The sourdough article ingested once, by the command, into a new folder."""
    out = tmp_path_factory.mktemp("ingest") / "sourdough-kb"
    assert main(["ingest", str(SOURDOUGH), "-o", str(out)]) == 0
    return out


def test_ingest_writes_a_complete_folder(sourdough):
    names = sorted(str(p.relative_to(sourdough)) for p in sourdough.rglob("*") if p.is_file())
    assert {
        "article.txt",
        "settings.toml",
        "lexicon.toml",
        "conversation.toml",
        "smalltalk.toml",
    } <= set(names)
    assert len([n for n in names if n.startswith("entries/")]) == len(HEADINGS)
    assert (sourdough / "article.txt").read_text(encoding="utf-8").strip() == SOURDOUGH.read_text(
        encoding="utf-8"
    ).strip()


def test_the_draft_passes_check_without_errors(capsys, sourdough):
    code, out, _ = run(capsys, "check", "--kb", str(sourdough))
    assert code == 0, out
    assert out.splitlines()[-1] == f"0 errors, 0 warnings in {sourdough}"


def test_one_entry_per_paragraph_with_questions_people_ask(sourdough):
    kb = load(sourdough)
    assert len(kb.entries) == 13  # 1 introduction + 4 sections of 3
    assert [e.source for e in kb.entries] == [TITLE] + [h for h in HEADINGS[1:] for _ in range(3)]
    for entry in kb.entries:
        assert len(entry.alternates) >= MIN_ALTERNATES
        assert entry.terms
        assert entry.question.endswith("?")
        assert not entry.question.startswith("What about")
        assert all(kb.entry(r) is not None for r in entry.related)
    first = kb.entries[1]
    assert first.question == "What should I know about keeping a starter alive?"  # the heading
    assert len(kb.entries[2].related) == 2 and kb.entries[2].id not in kb.entries[2].related
    # a paragraph is answered whole, not cut to four sentences
    assert kb.entries[3].answer.endswith("should be thrown away.")


def test_the_fallback_names_the_article(sourdough):
    assert TITLE in load(sourdough).settings.fallback


@pytest.mark.parametrize(
    "question, section, words",
    [
        (
            "how often do I have to feed my starter",
            "Keeping a Starter Alive",
            "once or twice a day",
        ),
        (
            "there's grey liquid sitting on my starter, is that bad",
            "Keeping a Starter Alive",
            "hooch",
        ),
        ("what's autolyse", "Mixing and Shaping the Dough", "absorb the water"),
        ("do I have to knead sourdough", "Mixing and Shaping the Dough", "stretch and folds"),
        ("how long does bulk fermentation take", "Proofing and Fermentation", "four to six hours"),
        (
            "can I leave the dough in the fridge overnight",
            "Proofing and Fermentation",
            "cold retard",
        ),
        ("why use a dutch oven", "Baking and Cooling", "traps steam"),
        ("why slash the loaf with a razor", "Baking and Cooling", "scoring"),
        ("how soon can I cut into the bread", "Baking and Cooling", "gummy"),
    ],
)
def test_ask_answers_from_the_right_section(capsys, sourdough, question, section, words):
    code, out, err = run(capsys, "ask", "--kb", str(sourdough), "--json", question)
    assert code == 0, err
    reply = json.loads(out)
    assert reply["status"] == "answered", reply
    assert reply["entry"]["source"] == section
    assert words in reply["answer"]


@pytest.mark.parametrize(
    "question", ["how do I change a car tyre", "what is the capital of france"]
)
def test_off_topic_gets_no_match(capsys, sourdough, question):
    code, out, _ = run(capsys, "ask", "--kb", str(sourdough), "--json", question)
    assert code == 1
    assert json.loads(out)["status"] == "no_match"


def test_magbot_kb_points_at_the_draft(capsys, sourdough, monkeypatch):
    monkeypatch.setenv("MAGBOT_KB", str(sourdough))
    code, out, _ = run(capsys, "ask", "--json", "what is autolyse")
    assert code == 0
    assert json.loads(out)["entry"]["source"] == "Mixing and Shaping the Dough"


# -- the command's edges -----------------------------------------------------------------


def test_refuses_a_folder_that_is_not_empty(capsys, sourdough):
    before = sorted(sourdough.rglob("*"))
    code, out, err = run(capsys, "ingest", str(SOURDOUGH), "-o", str(sourdough))
    assert code == 2
    assert out == "" and len(err.splitlines()) == 1
    assert err.startswith(f"magbot: error: ingest: {sourdough} is not an empty folder")
    assert sorted(sourdough.rglob("*")) == before


def test_an_empty_folder_is_fine(capsys, tmp_path):
    (tmp_path / "empty").mkdir()
    code, out, _ = run(capsys, "ingest", str(SOURDOUGH), "-o", str(tmp_path / "empty"))
    assert code == 0, out
    assert "Drafted 13 entries" in out


def test_the_default_folder_is_named_after_the_article(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "ingest", str(SOURDOUGH))
    assert code == 0, out
    assert load(tmp_path / "sourdough-kb").article.title == TITLE


@pytest.mark.parametrize("content", ["", "\n\n", "Only A Title\n"])
def test_an_article_with_nothing_to_draft(capsys, tmp_path, content):
    article = tmp_path / "empty.md"
    article.write_text(content, encoding="utf-8")
    code, _, err = run(capsys, "ingest", str(article), "-o", str(tmp_path / "out"))
    assert code == 2
    assert err.startswith(f"magbot: error: ingest: {article}: ") and len(err.splitlines()) == 1
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("content", [None, b"\xff\xfe not utf-8 \xc3"])
def test_an_article_that_cannot_be_read(capsys, tmp_path, content):
    article = tmp_path / "article.md"
    if content is not None:
        article.write_bytes(content)
    code, _, err = run(capsys, "ingest", str(article), "-o", str(tmp_path / "out"))
    assert code == 2
    assert err.startswith("magbot: error: ingest: ") and "Traceback" not in err


# -- the pure draft ------------------------------------------------------------------------


MARKDOWN = """\
# Tea

Tea is the cured leaf of *Camellia sinensis*, brewed in hot water.

## Brewing

Brew it this way:

- Green tea wants water at **80 degrees** for two minutes.
- Black tea wants [boiling water](https://example.com) for four minutes.

```
kettle --boil
```

## Storing

Keep tea in a dark, airtight tin.
"""


def _write(files: dict[str, str], folder: Path) -> Path:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_draft_is_pure_data_and_reads_markdown(tmp_path):
    files = draft(MARKDOWN)
    assert set(files) >= {"article.txt", "settings.toml", "lexicon.toml"}
    kb = load(_write(files, tmp_path))
    answers = [e.answer for e in kb.entries]
    assert answers == [
        "Tea is the cured leaf of Camellia sinensis, brewed in hot water.",
        "Brew it this way: Green tea wants water at 80 degrees for two minutes. Black tea "
        "wants boiling water for four minutes. kettle --boil",
        "Keep tea in a dark, airtight tin.",
    ]
    assert [e.source for e in kb.entries] == ["Tea", "Brewing", "Storing"]
    assert check_knowledge(tmp_path).errors == 0


def test_the_kept_article_has_whole_passages(tmp_path):
    kb = load(_write(draft(MARKDOWN), tmp_path))
    brewing = kb.article.section("Brewing").text
    assert brewing.split("\n\n") == [
        "Brew it this way:\n- Green tea wants water at 80 degrees for two minutes.\n"
        "- Black tea wants boiling water for four minutes.",
        "```\nkettle --boil\n```",
    ]


def test_text_that_toml_must_escape_survives(tmp_path):
    article = 'Quotes\n\nShe said "stop" \\ then left.\u0007 Tabs\there; """triple""".\n'
    files = draft(article)
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    [entry] = load(tmp_path).entries
    assert entry.answer == 'She said "stop" \\ then left.\u0007 Tabs here; """triple""".'


def test_a_long_paragraph_is_split_between_sentences():
    from bot.authoring.drafter import UNIT_WORDS

    paragraph = " ".join(f"Sentence number {n} is here about topic {n}." for n in range(1, 61))
    files = draft(f"Title\n\n{paragraph}\n")
    [entries] = [t for n, t in files.items() if n.startswith("entries/")]
    assert entries.count("[[entry]]") == -(-len(paragraph.split()) // UNIT_WORDS) == 3
    assert "number 60 is here about topic 60." in entries


def test_seed_takes_stopwords_cues_and_smalltalk(shipped_dir):
    seed = seed_from(shipped_dir)
    # stopwords and everyday words are general English, shipped with the code, not copied
    assert seed.stopwords == () and not seed.filler and "more" in seed.conversation
    assert {talk_id for talk_id, _ in seed.smalltalk} == {"greeting", "thanks", "goodbye"}
    assert seed_from(shipped_dir / "nowhere") == Seed()


def test_nothing_to_draft_raises():
    with pytest.raises(IngestError):
        draft("# Just a title\n")


# -- formats -------------------------------------------------------------------------------

PAGE = """<!doctype html><html><head><title>Kettles | Example Site</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/shop">Shop</a></li>
<li><a href="/about">About us</a></li></ul></nav>
<main><article><h1>Descaling a Kettle</h1>
<p>Limescale builds up inside a kettle wherever the water is hard, and it makes the kettle
slower to boil and leaves white flakes in your tea.</p>
<h2>Using vinegar</h2>
<p>To descale a kettle with vinegar:</p>
<ul><li>Fill it halfway with equal parts of white vinegar and water.</li>
<li>Bring it to the boil and leave it to stand for an hour.</li>
<li>Rinse it out and boil fresh water twice before making tea.</li></ul>
<h2>How often to descale</h2>
<p>In a hard-water area, descale the kettle once a month; in a soft-water area, twice a
year is enough to keep it clean.</p>
</article></main>
<footer><a href="/privacy">Privacy</a> <a href="/terms">Terms</a> Copyright Example</footer>
</body></html>"""


def test_html_keeps_the_main_text_and_its_headings(capsys, tmp_path):
    page = tmp_path / "kettle.html"
    page.write_text(PAGE, encoding="utf-8")
    code, out, err = run(capsys, "ingest", str(page), "-o", str(tmp_path / "kb"))
    assert code == 0, err
    kb = load(tmp_path / "kb")
    assert kb.article.title == "Descaling a Kettle"
    assert [s.heading for s in kb.article.sections][1:] == ["Using vinegar", "How often to descale"]
    article = (tmp_path / "kb" / "article.txt").read_text(encoding="utf-8")
    assert "Shop" not in article and "Privacy" not in article
    [vinegar] = [e for e in kb.entries if e.source == "Using vinegar"]
    assert vinegar.answer.startswith("To descale a kettle with vinegar: Fill it halfway")
    assert vinegar.answer.endswith("boil fresh water twice before making tea.")
    code, out, _ = run(
        capsys,
        "ask",
        "--kb",
        str(tmp_path / "kb"),
        "--json",
        "how do I descale a kettle with vinegar",
    )
    assert json.loads(out)["entry"]["id"] == vinegar.id


def test_a_saved_page_in_markdown_loses_its_menus():
    from bot.authoring.reader import read_markdown

    menu = "\n".join(f"* [Page {n}](/page-{n}.html)" for n in range(12))
    text = (
        f"[Skip to content](#c)\n\n{menu}\n\nKettles\n=======\n\n"
        "Descale a kettle once a month where the water is hard.\n\n"
        f"{menu}\n\n* Contact us\n* Call 800-000-0000\n"
    )
    document = read_markdown(text)
    assert document.title == "Kettles"
    [section] = document.sections
    assert [b.text for b in section.blocks] == [
        "Descale a kettle once a month where the water is hard."
    ]


@pytest.mark.parametrize(
    "name, content",
    [
        ("paper.pdf", b"%PDF-1.7\n..."),
        ("notes.docx", b"PK\x03\x04..."),
        ("paper.txt", b"%PDF-1.4 renamed"),
    ],
)
def test_unsupported_formats_are_refused_clearly(capsys, tmp_path, name, content):
    article = tmp_path / name
    article.write_bytes(content)
    code, out, err = run(capsys, "ingest", str(article), "-o", str(tmp_path / "kb"))
    assert code == 2 and out == ""
    assert "Markdown" in err and "convert" in err and len(err.splitlines()) == 1
    assert not (tmp_path / "kb").exists()


def test_plain_text_quotes_and_commands_are_not_headings():
    from bot.authoring.reader import read_text

    text = (
        "Using the Shell\n\nType the command below and press Enter.\n\n"
        '$ ls -la /tmp\n\n"Always read the manual"\n\nFinding Files\n\n'
        "The find command searches a folder tree.\n"
    )
    document = read_text(text)
    assert [s.heading for s in document.sections] == ["Using the Shell", "Finding Files"]


def test_a_lead_in_never_ends_an_answer(tmp_path):
    text = (
        "# Headaches\n\n## Managing them\n\nTo manage chocolate-induced headaches:\n\n"
        "- keep a food diary\n- cut down slowly\n- drink water\n\n"
        "Most people feel better within a week.\n"
    )
    kb = load(_write(draft(text), tmp_path))
    assert all(not e.answer.rstrip().endswith(":") for e in kb.entries)
    [lead] = [e for e in kb.entries if "food diary" in e.answer]
    assert lead.answer == (
        "To manage chocolate-induced headaches: keep a food diary. cut down slowly. drink water."
    )


# -- safety ----------------------------------------------------------------------------------

HEALTH = """# Heat Exhaustion

Heat exhaustion happens when the body loses too much water and salt, often after hard
exercise in hot weather. Symptoms include a headache, dizziness, nausea, muscle cramps and
heavy sweating, and the illness can lead to dehydration.

## Treatment

Move the patient somewhere cool, give water to drink, and call a doctor or go to a hospital
if the symptoms do not improve within thirty minutes, as heatstroke is a medical emergency.
"""


def test_a_health_article_gets_red_flags(shipped_dir, tmp_path):
    files = draft(HEALTH, seed_from(shipped_dir))
    assert "safety.toml" in files
    kb = load(_write(files, tmp_path))
    assert {f.id for f in kb.flags} >= {"fever", "bladder-bowel-control"}
    assert all(not f.same_as for f in kb.flags)
    assert "safety.toml" not in draft(MARKDOWN, seed_from(shipped_dir))


def test_check_warns_about_a_health_article_without_red_flags(capsys, shipped_dir, tmp_path):
    files = draft(HEALTH, seed_from(shipped_dir))
    del files["safety.toml"]
    _write(files, tmp_path)
    code, out, _ = run(capsys, "check", "--kb", str(tmp_path))
    assert code == 0
    assert f"{tmp_path / 'safety.toml'}: warning: the article is about health" in out
    _write(draft(HEALTH, seed_from(shipped_dir)), tmp_path)
    code, out, _ = run(capsys, "check", "--kb", str(tmp_path))
    assert "about health" not in out


def test_ask_never_imports_the_parsers(shipped_dir):
    import subprocess
    import sys

    code = (
        "import sys; from bot.terminal.cli import main; main(['ask', 'magnesium']); "
        "print(sorted(m for m in ('markdown_it', 'trafilatura', 'lxml') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"MAGBOT_NO_LOG": "1", "MAGBOT_KB": str(shipped_dir), "PATH": "/usr/bin:/bin"},
        cwd=Path(__file__).parents[1],
    )
    assert done.stdout.splitlines()[-1] == "[]", done.stderr


def test_bold_headings_of_a_web_page_keep_their_words(tmp_path):
    page = PAGE.replace(
        "<h2>Using vinegar</h2>", "<h2>\n <strong>\n  Using vinegar\n </strong>\n</h2>"
    )
    page = page.replace(
        "<h1>Descaling a Kettle</h1>", "<h1>\n <span>\n  Descaling a Kettle\n </span>\n</h1>"
    )
    (tmp_path / "kettle.html").write_text(page, encoding="utf-8")
    from bot.authoring.reader import read

    document = read(tmp_path / "kettle.html")
    assert [s.heading for s in document.sections] == [
        "Descaling a Kettle",
        "Using vinegar",
        "How often to descale",
    ]


def test_a_heading_with_no_words_heads_nothing(tmp_path):
    text = "# Tea\n\nTea is a drink.\n\n## ![logo](logo.png)\n\nKeep tea in a tin.\n"
    kb = load(_write(draft(text), tmp_path))
    assert [s.heading for s in kb.article.sections] == ["Tea"]
    assert check_knowledge(tmp_path).errors == 0


def test_a_pretty_printed_page_reads_as_a_browser_shows_it(tmp_path):
    """Indented HTML is not indented code, a list of links inside sentences is not a menu,
    and UTF-8 once decoded as Latin-1 reads as it was written."""
    listing = (
        "<p>\n      To descale a kettle, use:\n     </p>\n     <ul>\n"
        '      <li>\n       White vinegar from\n       <a href="/v">\n        the shop\n'
        "       </a>\n       mixed with water\n      </li>\n"
        '      <li>\n       Citric acid, as\n       <a href="/c">\n        sold in sachets\n'
        "       </a>\n       for the purpose\n      </li>\n     </ul>\n"
        "     <p>\n      The kettle\u00e2\u0080\u0099s element stays clean.\n     </p>\n"
    )
    page = PAGE.replace("<h2>Using vinegar</h2>", "<h2>\n  Using vinegar\n</h2>\n" + listing)
    (tmp_path / "kettle.html").write_text(page, encoding="utf-8")
    from bot.authoring.document import to_text
    from bot.authoring.reader import read

    text = to_text(read(tmp_path / "kettle.html"))
    assert "```" not in text
    assert "- White vinegar from the shop mixed with water" in text
    assert "- Citric acid, as sold in sachets for the purpose" in text
    assert "The kettle\u2019s element stays clean." in text


def test_a_heading_that_asks_two_things_asks_each_alone():
    from bot.authoring.phrasing import heading_questions

    asked = heading_questions("What is limescale, and how do I remove it?")
    assert asked[0] == "What is limescale, and how do I remove it?"
    assert "What is limescale?" in asked and "How do I remove it?" in asked
    assert "How do I descale my kettle?" in heading_questions("How to descale your kettle")


def test_a_draft_sets_thresholds_for_its_plain_phrasings(tmp_path):
    from bot.authoring.ingest import DRAFT_MATCH

    kb = load(_write(draft(MARKDOWN), tmp_path))
    for key, value in DRAFT_MATCH.items():
        assert getattr(kb.settings, key) == value


def test_related_entries_share_the_words_that_set_them_apart(tmp_path):
    article = (
        "# Kettles\n\n## Limescale\n\n"
        "Limescale builds up inside a kettle where the water is hard, as a chalky crust.\n\n"
        "## Handles\n\nA kettle handle should stay cool to the touch while the water boils.\n\n"
        "## Lids\n\nA hinged lid keeps steam away from the hand that pours from the kettle.\n\n"
        "## Descaling\n\nDissolve the chalky limescale crust with vinegar, then rinse twice.\n"
    )
    kb = load(_write(draft(article), tmp_path))
    by_source = {e.source: e for e in kb.entries}
    assert by_source["Limescale"].related[0] == by_source["Descaling"].id


def test_a_heading_part_goes_to_the_passage_that_answers_it(tmp_path):
    article = (
        "# Limescale\n\n## What is limescale, and what are its warning signs?\n\n"
        + "Limescale is a hard deposit of calcium carbonate left behind by heated hard water "
        "in kettles, pipes and boilers over many months of ordinary daily use. " * 7 + "\n\n"
        "You may not notice limescale at first. Beware of these warning signs:\n\n"
        "- White flakes floating in your tea.\n- A kettle that takes longer to boil.\n"
    )
    kb = load(_write(draft(article), tmp_path))
    signs = next(e for e in kb.entries if "flakes" in e.answer)
    assert signs.question == "What are its warning signs?"
    assert all(
        e.question != "What is limescale, and what are its warning signs?" for e in kb.entries
    )


def test_drafted_alternates_and_terms_name_something():
    from bot.authoring.drafter import content, drafts, key_terms, units
    from bot.authoring.ingest import as_document
    from bot.core import words
    from bot.core.text import Lexicon

    if not words.available():
        pytest.skip("no word frequencies")
    lexicon = Lexicon.build({}, [], [])
    found = drafts(units(as_document(MARKDOWN)), lexicon)
    for d in found:
        assert all(not words.zipf(t) >= 5.3 for t in d.entry.terms)
        for text in d.candidates:
            said = content(text, lexicon)
            assert not said or any(words.zipf(w) < 5.0 for w in said), text
    assert key_terms({"without": 9.0, "kettle": 1.0}) == ["kettle"]


def test_footnote_and_emphasis_marks_stay_out_of_drafted_questions():
    from bot.authoring.phrasing import ask_heading
    from bot.authoring.sentences import ask_sentence

    assert ask_heading("*If there is an emergency*") == (
        "What should I know about if there is an emergency?"
    )
    asked = ask_sentence("*Store it* in the _fridge_.")
    assert asked[0] == "Should I store it in the fridge?"
    assert not any("*" in q or "_" in q for q in asked)


def test_a_paragraph_that_leans_on_the_one_before_is_answered_with_it(tmp_path):
    article = (
        "# Kettles\n\n## Limescale\n\n"
        "Hard water leaves a crust of limescale on the element of a kettle after a few weeks "
        "of daily boiling, and the kettle then takes longer to boil and uses more power.\n\n"
        "This crust is harmless to drink, but flakes of it end up in the tea and spoil its "
        "taste, so most people would rather remove it every month or two.\n\n"
        "Vinegar dissolves limescale: boil a mix of one part vinegar to two parts water, leave "
        "it for an hour, then rinse the kettle well and boil fresh water once before use.\n"
    )
    answers = [e.answer for e in load(drafted(tmp_path, article)).entries]
    assert len(answers) == 2  # "This crust ..." is answered with the crust it speaks of
    assert answers[0].startswith("Hard water leaves") and "This crust is harmless" in answers[0]
    assert answers[1].startswith("Vinegar dissolves")


def test_a_sentence_in_everyday_words_is_still_asked(tmp_path):
    # "What happens with too much water?" names nothing rarer than "water", but it is what
    # the passage answers; no entry matches it without its alternates, so it reads closer
    # to no other entry and is kept
    article = (
        "# Kettles\n\n## Filling\n\nFill the kettle to the line marked on its side. Too much "
        "water may take a long time to come to the boil.\n\n## Descaling\n\nDescale the "
        "element with citric acid every month. Rinse the kettle twice before you use it again.\n"
    )
    kb = load(_write(draft(article), tmp_path))
    filling = next(e for e in kb.entries if e.source == "Filling")
    assert "What happens with too much water?" in filling.alternates


def test_a_heading_asked_again_in_other_words_stays_with_the_passage_it_heads(tmp_path):
    # "How do I protect my garden from slugs?" is the heading asked again, not a part of
    # it: it goes with the heading's own passage, not the later one that shares its words
    article = (
        "# Slugs\n\n## How to protect your garden from slugs\n\n"
        "- Pick them off by torchlight after rain.\n- Sink a shallow dish of beer into the soil."
        "\n- Ring young plants with crushed eggshells.\n\n"
        "Learn other ways to protect your garden from slugs, and find out how to protect your "
        "garden from snails too.\n"
    )
    kb = load(_write(draft(article), tmp_path))
    tips = next(e for e in kb.entries if "eggshells" in e.answer)
    said = [tips.question, *tips.alternates]
    assert "How to protect your garden from slugs?" in said
    assert "How do I protect my garden from slugs?" in said


def test_a_list_of_tips_gives_the_whole_list_then_one_entry_per_tip(tmp_path):
    article = (
        "# Bikes\n\n## Keeping a bike from thieves\n\n"
        "There are many ways to keep a bike safe in a city. Riders should:\n\n"
        "- Lock the frame and the back wheel to a fixed stand with a D-lock.\n"
        "- Take the lights and the saddle bag with them whenever they leave the bike.\n"
        "- Register the frame number with the police and keep a photo of the bike.\n"
        "- Park in a busy, well lit street rather than a quiet alley at night.\n"
    )
    kb = load(_write(draft(article), tmp_path))
    # the whole list first, asked by its lead-in and heading (what the tips together
    # answer), then one entry per tip
    assert len(kb.entries) == 5
    whole = kb.entries[0]
    assert "D-lock" in whole.answer and "alley" in whole.answer
    assert whole.question == "What should I know about keeping a bike from thieves?"
    assert not any("D-lock" in t.lower() for t in (*whole.alternates, *whole.terms))
    register = next(e for e in kb.entries[1:] if "frame number" in e.answer)
    assert "Lock the frame" not in register.answer
    # each tip is asked with the sentence that leads into it, not the paragraph before it
    said = [register.question, *register.alternates]
    assert any(q.startswith("Should riders register the frame number") for q in said), said
    assert not any(q.startswith("Are there many ways") for q in said[1:])


def test_a_passage_asked_by_its_heading_reads_it_as_the_reader_would(tmp_path):
    # the second passage names nothing of its own: it is asked by its heading, as the
    # reader says it ("my shed"), not in the heading's title case ("Your Shed")
    article = (
        "# Sheds\n\n## Help People Find Your Shed\n\nA creosote coating on the cladding of a "
        "shed lasts about ten years, and longer under a tarred felt roof with a generous "
        "overlap at each joint and each ridge of the roof.\n\nNow that you have a plan for "
        "it, let's get out there and talk to your friends!\n"
    )
    kb = load(_write(draft(article), tmp_path))
    asked = [e.question for e in kb.entries]
    assert "What should I know about help people find my shed?" in asked


@pytest.mark.parametrize(
    "quote",
    [
        '<aside markdown="1" class="pquote">\n  Bake it dark: a pale loaf is a missed loaf.\n'
        '  <p class="pquote-credit">\n— A. Baker, "Crust Matters"\n  </p>\n</aside>',
        '> Bake it dark: a pale loaf is a missed loaf. — A. Baker, "Crust Matters"',
    ],
)
def test_a_pull_quote_is_an_entry_of_its_own(tmp_path, quote):
    # a quotation set apart is another's words: it joined the short paragraph after it,
    # which was then answered with the quote first, and the quote's words drew its questions
    article = (
        "# Crust\n\n## Baking\n\n"
        "Bake the loaf at a high heat for the first twenty minutes, with steam in the oven, "
        "so that the crust stays soft long enough for the loaf to rise to its full height.\n\n"
        f"{quote}\n\n"
        "Let the loaf cool for an hour before you cut it.\n"
    )
    entries = load(drafted(tmp_path, article)).entries
    quoted = [e for e in entries if e.answer.startswith("Bake it dark")]
    assert len(quoted) == 1 and "cool" not in quoted[0].answer
    assert any(e.answer.startswith("Let the loaf cool") for e in entries)
    # nor is it asked in its section's words, as a later passage of the section is: it
    # speaks of its own ("build reputation third party python" drew "how do I build a
    # reputation?" to a quote on a library)
    assert not [a for a in quoted[0].alternates if "baking" in a.lower()]


@pytest.mark.parametrize(
    "heading, question",
    [
        ("Don't overwater the seedlings", "Should I overwater the seedlings?"),  # no "do I don't"
        ("You may need help", "What can I do if I need help?"),  # the modal dropped
        ("If you are locked out", "What can I do if I am locked out?"),  # not "if if"
        ("Keep the lid closed", "How do I keep the lid closed?"),  # verb, object, how left
        ("Keep pets safe", "How do I keep pets safe?"),
        ("Water filters", "What should I know about water filters?"),  # a thing, no verb
        ("General", ""),  # a part of the document names no topic
        ("Other", ""),
        ("Overview", ""),
    ],
)
def test_a_heading_is_asked_as_its_grammar_says(heading, question):
    from bot.authoring.phrasing import ask_heading

    assert ask_heading(heading) == question


def test_a_draft_says_what_a_conversation_needs(sourdough):
    """A message that only tells gets an acknowledgement, and several questions a heading
    and the list of those the article leaves out, in a drafted base as in the shipped one."""
    from bot.core.conversation import NOTED, Conversation
    from bot.core.matcher import SMALLTALK

    kb = load(sourdough)
    for key in (
        "acknowledge",
        "several",
        "not_covered",
        "unclear",
        "left_over",
        "no_more_said",
        "each_side",
    ):
        assert getattr(kb.settings, key), key
    told = Conversation(kb).respond("i started my first starter last week")
    assert told.status == SMALLTALK and told.smalltalk_id == NOTED and told.answer, told


def test_a_draft_remembers_no_words_of_the_seed_article(sourdough):
    """The shipped base's situation words (what its readers take, feel and did) are not a
    sourdough reader's: the draft keeps only when things happened, and a baker who says
    they took a supplement and their back hurts has told it nothing to remember."""
    from bot.core.conversation import Conversation

    kb = load(sourdough)
    groups = dict(kb.cues.situation)
    assert "last week" in groups["timing"]
    assert all(not phrases for name, phrases in groups.items() if name != "timing"), groups
    chat = Conversation(kb)
    chat.respond("my starter smells of acetone since monday")
    chat.respond("i took a magnesium pill and my back hurts")
    told = set(chat.situation.phrases())
    assert not told & {"magnesium", "back"}, told
