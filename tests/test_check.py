"""`magbot check`: every problem of a knowledge folder at `file:line`; exit 2 on errors.

Each folder under tests/broken/ is a small, complete knowledge folder (tests/fixtures/pan-kb)
broken in one way; try one with `magbot check --kb tests/broken/NAME`.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers import made_up_base, run

from bot.authoring.check import check_knowledge, misfiled
from bot.core.knowledge import KnowledgeError
from bot.core.loader import load

TESTS = Path(__file__).parent
BROKEN = TESTS / "broken"
PAN = TESTS / "fixtures" / "pan-kb"
ENTRIES = "entries/01-pan.toml"

# folder -> (file, line, what `check` prints after `file:line: `)
CASES = {
    "toml-syntax": (ENTRIES, 19, "error: TOML syntax error: Illegal character '\\n'"),
    "duplicate-key": (ENTRIES, 19, "error: TOML syntax error: Cannot overwrite a value"),
    "missing-answer": (ENTRIES, 3, "error: entry is missing `answer`"),
    "empty-question": (ENTRIES, 5, "error: `question` must be a non-empty string"),
    "alternates-not-a-list": (
        ENTRIES,
        20,
        "error: `alternates` must be a list of non-empty strings",
    ),
    "related-wrong-type": (ENTRIES, 29, "error: `related` must be a list of non-empty strings"),
    "bad-id": (
        ENTRIES,
        18,
        "error: id 'Cleaning Tips' must be lower-case letters, digits and dashes",
    ),
    "duplicate-id": (ENTRIES, 17, "error: duplicate id 'seasoning' (first at "),
    "related-nowhere": (
        ENTRIES,
        29,
        "error: related id 'storing' of entry 'cleaning' matches no entry",
    ),
    "source-not-heading": (
        ENTRIES,
        28,
        "error: source 'Washing Up' is not a heading of article.txt",
    ),
    "entry-not-a-table": (ENTRIES, 2, "error: `entry` must be written as [[entry]] tables"),
    "settings-threshold": ("settings.toml", 5, "error: `answer_threshold` must be a number >= 0"),
    "smalltalk-no-patterns": (
        "smalltalk.toml",
        6,
        "error: small talk is missing a valid `patterns`",
    ),
    "lexicon-stopwords": ("lexicon.toml", 2, "error: `stopwords` must be a list of words"),
    "safety-level": ("safety.toml", 3, "error: `level` must be one of urgent, doctor"),
    "conversation-cues": ("conversation.toml", 2, "error: `lean` must be a list of phrases"),
    "empty-article": ("article.txt", None, "error: the source article is empty"),
}


def where(name: str, file: str, line: int | None) -> str:
    path = BROKEN / name / file
    return f"{path}:{line}" if line else str(path)


def test_every_broken_folder_has_a_case():
    assert sorted(p.name for p in BROKEN.iterdir() if p.is_dir()) == sorted([*CASES, "many-errors"])


def test_the_folder_they_break_is_clean(capsys):
    # the control: each broken folder differs from this one by the one fault it is named for
    code, out, _ = run(capsys, "check", "--kb", str(PAN))
    assert code == 0, out
    assert out.splitlines()[-1] == f"0 errors, 0 warnings in {PAN}"


@pytest.mark.parametrize("name", sorted(CASES))
def test_broken_base_names_file_and_line(capsys, name):
    file, line, message = CASES[name]
    code, out, err = run(capsys, "check", "--kb", str(BROKEN / name))
    assert code == 2, out + err
    assert f"{where(name, file, line)}: {message}" in out
    assert out.splitlines()[-1] == f"1 error, 0 warnings in {BROKEN / name}"
    assert err == ""


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_command_stops_at_the_same_error(capsys, name):
    file, line, message = CASES[name]
    with pytest.raises(KnowledgeError) as caught:
        load(BROKEN / name)
    assert str(caught.value).startswith(f"{where(name, file, line)}: ")
    code, out, err = run(capsys, "ask", "--kb", str(BROKEN / name), "how do i clean my pan")
    assert code == 2, out
    prefix = f"magbot: error: {where(name, file, line)}: {message.removeprefix('error: ')}"
    assert err.startswith(prefix) and out == ""


def test_check_lists_every_error_not_only_the_first(capsys):
    folder = BROKEN / "many-errors"
    code, out, _ = run(capsys, "check", "--kb", str(folder))
    assert code == 2, out
    assert [line.split(": error: ")[0] for line in out.splitlines() if ": error: " in line] == [
        f"{folder / ENTRIES}:5",
        f"{folder / ENTRIES}:28",
        f"{folder / 'settings.toml'}:5",
    ]
    assert out.splitlines()[-1] == f"3 errors, 0 warnings in {folder}"


def test_the_shipped_base_has_no_error(capsys, shipped_dir):
    code, out, _ = run(capsys, "check")
    assert code == 0, out
    assert ": error: " not in out
    questions = shipped_dir.parent / "tests" / "eval" / "questions.jsonl"
    assert f"questions of {questions}" in out  # the project's questions by default
    assert out.splitlines()[-1].startswith("0 errors, ")
    assert out.splitlines()[-1].endswith(f" in {shipped_dir}")


def test_a_missing_folder_is_an_error(capsys, tmp_path):
    code, out, _ = run(capsys, "check", "--kb", str(tmp_path / "nowhere"))
    assert code == 2
    assert f"{tmp_path / 'nowhere'}: error: knowledge folder not found" in out


# -- warnings: the folder loads, `check` says what to look at ---------------------------


@pytest.fixture
def pan(tmp_path: Path) -> Path:
    return Path(shutil.copytree(PAN, tmp_path / "pan"))


def add_entry(folder: Path, text: str) -> int:
    """Append an `[[entry]]` to the pan's entry file; return the line of its header."""
    path = folder / ENTRIES
    before = path.read_text(encoding="utf-8")
    path.write_text(before + "\n" + text, encoding="utf-8")
    return len(before.splitlines()) + 2


STORING = """[[entry]]
id = "storing"
question = "Where should I keep the pan?"
alternates = ["where should i keep it", "keep the pan somewhere dry", "paper towel in the pan",
  "ALTERNATE"]
answer = "Keep the pan somewhere dry, with a paper towel inside to take up moisture."
source = "Cleaning"
"""


def warnings(capsys, folder: Path, *extra: str) -> tuple[int, list[str]]:
    code, out, _ = run(capsys, "check", "--kb", str(folder), *extra)
    return code, [line for line in out.splitlines() if ": warning: " in line]


def test_an_alternate_closer_to_another_entry(capsys, pan):
    header = add_entry(pan, STORING.replace("ALTERNATE", "wash with hot water and a brush"))
    code, found = warnings(capsys, pan)
    assert code == 0
    assert len(found) == 1, found
    assert found[0].startswith(
        f"{pan / ENTRIES}:{header + 4}: warning: alternate 'wash with hot water and a brush' "
        "of entry 'storing' reads closer to entry 'cleaning' ("
    )


def test_misfiled_is_no_test_of_the_alternate_against_itself(pan):
    # every alternate matches its own entry word for word; that must not hide a misfiled one
    add_entry(pan, STORING.replace("ALTERNATE", "wash with hot water and a brush"))
    [(entry, alternate, other, own)] = misfiled(load(pan))
    assert (entry.id, other.entry.id) == ("storing", "cleaning")
    assert other.score > own


def test_alternates_set_aside_are_not_ranked(pan):
    # a phrasing of another entry word for word is reported as such: its ranking, the
    # dearest part of `check`, would be thrown away
    add_entry(pan, STORING.replace("ALTERNATE", "wash with hot water and a brush"))
    kb = load(pan)
    assert misfiled(kb, skip=frozenset({("storing", "wash with hot water and a brush")})) == []
    assert len(misfiled(kb)) == 1


def test_an_alternate_of_two_entries(capsys, pan):
    header = add_entry(pan, STORING.replace("ALTERNATE", "how to wash cast iron"))
    _, found = warnings(capsys, pan)
    assert (
        f"{pan / ENTRIES}:{header + 4}: warning: alternate 'how to wash cast iron' of entry "
        "'storing' is also a phrasing of entry 'cleaning'" in found
    )


def test_an_alternate_of_stopwords_only(capsys, pan):
    header = add_entry(pan, STORING.replace("ALTERNATE", "how is it"))
    _, found = warnings(capsys, pan)
    assert found == [
        f"{pan / ENTRIES}:{header + 4}: warning: alternate 'how is it' of entry "
        "'storing' has no word that points to any entry"
    ]


def test_a_misspelt_key(capsys, pan):
    header = add_entry(
        pan,
        STORING.replace("ALTERNATE", "pan cupboard").replace("source =", "realted = []\nsource ="),
    )
    _, found = warnings(capsys, pan)
    assert len(found) == 1 and found[0].startswith(
        f"{pan / ENTRIES}:{header + 6}: warning: unknown key `realted` in entry"
    )


def test_a_misspelt_setting(capsys, pan):
    path = pan / "settings.toml"
    path.write_text(
        path.read_text(encoding="utf-8") + "\n[match]\nanswer_treshold = 70\n", encoding="utf-8"
    )
    _, found = warnings(capsys, pan)
    assert found == [f"{path}:5: warning: unknown setting `answer_treshold` in [match]"]


def write_questions(path: Path, *questions: str) -> Path:
    rows = [{"id": f"q{n}", "q": q, "expect_status": "answered"} for n, q in enumerate(questions)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_an_entry_no_question_reaches(capsys, pan, tmp_path):
    questions = write_questions(
        tmp_path / "q.jsonl",
        "how do i wash my skillet",
        "what is seasoning",
        "what is the capital of france",
    )
    code, found = warnings(capsys, pan, "--eval", str(questions))
    assert code == 0
    assert found == []
    questions = write_questions(tmp_path / "q.jsonl", "how do i wash my skillet")
    _, found = warnings(capsys, pan, "--eval", str(questions))
    assert found == [
        f"{pan / ENTRIES}:3: warning: entry 'seasoning' is reached by no question of q.jsonl"
    ]


def test_without_an_evaluation_file_check_says_so(capsys, pan):
    code, out, _ = run(capsys, "check", "--kb", str(pan))
    assert code == 0
    assert (
        "note: entries no question reaches are not looked for: no "
        "tests/eval/questions.jsonl beside the knowledge folder" in out
    )


def test_the_project_questions_are_used_by_default(shipped_dir):
    from bot.authoring.check import project_eval_file

    expected = shipped_dir.parent / "tests" / "eval" / "questions.jsonl"
    assert project_eval_file(shipped_dir) == expected


@pytest.mark.parametrize("content", ["not json\n", '{"id": "x", "q": "hi"}\n'])
def test_a_bad_evaluation_file_is_a_usage_error(capsys, pan, tmp_path, content):
    path = tmp_path / "q.jsonl"
    path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "check", "--kb", str(pan), "--eval", str(path))
    assert code == 2
    assert err.startswith(f"magbot: error: {path}:1: ") and len(err.splitlines()) == 1


def test_warnings_never_stop_loading(pan):
    add_entry(pan, STORING.replace("ALTERNATE", "how is it"))
    outcome = check_knowledge(pan)
    assert outcome.errors == 0 and outcome.warnings == 1
    assert load(pan).entry("storing") is not None


def test_check_output_has_no_control_characters(capsys, pan):
    add_entry(pan, STORING.replace("ALTERNATE", "how is it \\u001b[2J"))
    code, out, _ = run(capsys, "check", "--kb", str(pan))
    assert code == 0
    assert "\x1b" not in out


@pytest.mark.parametrize("command", ["check", "ingest", "misses"])
def test_the_authoring_commands_have_help_with_an_example(capsys, command):
    code, out, _ = run(capsys, command, "--help")
    assert code == 0
    assert out.startswith(f"usage: magbot {command}")
    assert "example" in out and "--kb DIR" in out
    code, out, _ = run(capsys, "--help")
    assert command in out


def _plain_misfiled(kb):
    """`misfiled` read plainly: every alternate analysed whole and ranked over every entry."""
    from bot.authoring.check import MISFILED_MARGIN
    from bot.core.matcher import Matcher

    matcher = Matcher(kb._replace(entries=tuple(e._replace(alternates=()) for e in kb.entries)))
    out = []
    for entry in kb.entries:
        for alternate in entry.alternates:
            ranked = matcher.rank(matcher.analyse(alternate))
            if not ranked:
                out.append((entry, alternate, None, 0.0))
                continue
            own = next((m.score for m in ranked if m.entry.id == entry.id), 0.0)
            if ranked[0].entry.id != entry.id and ranked[0].score - own >= MISFILED_MARGIN:
                out.append((entry, alternate, ranked[0], own))
    return out


@pytest.mark.parametrize("kb", ["shipped", "made-up"])
def test_misfiled_gives_what_ranking_every_entry_gives(kb):
    # the check reads only what can decide (the shortlist, no aspects): exactly the same
    base = load() if kb == "shipped" else made_up_base(2_100, 7)
    found = misfiled(base)
    assert [(e.id, a, o, own) for e, a, o, own in found] == [
        (e.id, a, o, own) for e, a, o, own in _plain_misfiled(base)
    ]
    assert found


@pytest.mark.parametrize("kb", ["shipped", "made-up"])
@pytest.mark.parametrize("bare", [True, False])
def test_the_leader_is_the_head_of_the_ranking(kb, bare):
    # Matcher.leader reads the closeness by stems of only the entries that can come first:
    # the same first entry and confidence (ties included), and the same confidence of any
    # entry, as the whole ranking gives, with or without the alternates indexed
    from bot.core.index import build_index
    from bot.core.matcher import Matcher

    base = load() if kb == "shipped" else made_up_base(300, 3, alternates=3)
    if bare:
        asked = base._replace(entries=tuple(e._replace(alternates=()) for e in base.entries))
        matcher = Matcher(asked, build_index(asked, rank_only=True), shortlist_only=True)
    else:
        matcher = Matcher(base)
    tied = 0
    for number, entry in enumerate(base.entries):
        for text in (entry.question, *entry.alternates):
            query = matcher.analyse(text, asked=False)
            ranked = matcher.scores(query)
            if not ranked:
                assert matcher.leader(query, number) is None
                continue
            tied += len(ranked) > 1 and ranked[0][1] == ranked[1][1]
            scores = dict(ranked)
            for own in {number, ranked[0][0], ranked[-1][0]}:
                assert matcher.leader(query, own) == (*ranked[0], scores.get(own, 0.0))
                # with a margin: the first, where it beats a ranked own by the margin
                mine = scores.get(own)
                for margin in (0.0, 5.0, 15.0):
                    beaten = mine is None or ranked[0][1] - mine >= margin
                    expected = (*ranked[0], scores.get(own, 0.0)) if beaten else (own, mine, mine)
                    assert matcher.leader(query, own, margin) == expected
    # first places shared (made-up words tie), decided by the question's closeness or the order
    assert tied or kb == "shipped"


@pytest.mark.parametrize("terminal", [True, False])
def test_check_shows_its_progress_on_a_terminal_only(capsys, monkeypatch, terminal):
    # ranking the alternates of thousands of entries takes seconds: a terminal is told how
    # far it is on one line of stderr, rewritten and cleared; a pipe or a file gets nothing
    import bot.authoring.check
    import bot.terminal.author

    monkeypatch.setattr(bot.authoring.check, "PARALLEL_ALTERNATES", 1)
    monkeypatch.setattr(bot.terminal.author, "_interactive", lambda stream: terminal)
    monkeypatch.setattr(bot.terminal.author._Progress, "EVERY_S", 0.0)
    from bot.terminal.cli import main

    code = main(["check"])
    out, err = capsys.readouterr()
    assert code == 0
    assert "\r" not in out and "checking the alternates" not in out
    if terminal:
        assert "checking the alternates of " in err and err.endswith(" \r")
        assert "\x1b" not in err
        assert f"of {len(load().entries):,} entries" in err
    else:
        assert err == ""


def test_check_runs_without_the_cycle_collector_and_restores_it(pan, monkeypatch):
    # reading a large folder makes a million objects and no cyclic garbage: full
    # collections walking them all would cost a tenth of the time before ranking
    import gc

    import bot.authoring.check as check

    seen = []
    collect = check.collect
    monkeypatch.setattr(check, "collect", lambda *a: (seen.append(gc.isenabled()), collect(*a))[1])
    assert gc.isenabled()
    check_knowledge(pan)
    assert seen == [False]
    assert gc.isenabled()
    gc.disable()
    try:  # a caller's choice is kept
        check_knowledge(pan)
        assert not gc.isenabled()
    finally:
        gc.enable()
