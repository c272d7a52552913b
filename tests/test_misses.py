"""Learning from misses: unanswered questions are kept in the state folder; `magbot misses`
lists them."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from helpers import run
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

import bot.terminal.repl
from bot.authoring import misses
from bot.core.matcher import ANSWERED, NO_MATCH, UNSURE
from bot.core.reply import Reply
from bot.core.text import MAX_QUERY_CHARS

KIDNEY = "can magnesium cause kidney stones"
FRANCE = "what is the capital of france"
OXIDE = "is mag oxide poorly absorbed"


@pytest.fixture(autouse=True)
def author(monkeypatch):
    """These tests are the author's side, who asks for misses to be kept (MAGBOT_LOG=1);
    whoever just asks the shipped article keeps none by default (see test_security.py)."""
    monkeypatch.setenv("MAGBOT_LOG", "1")


def logged(state_home: Path) -> list[dict]:
    path = state_home / "magbot" / misses.MISSES_FILE
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_question_without_an_answer_is_kept(capsys, state_home, shipped_dir):
    code, _, _ = run(capsys, "ask", KIDNEY)
    assert code == 1
    [row] = logged(state_home)
    assert (row["question"], row["status"], row["kb"]) == (KIDNEY, NO_MATCH, str(shipped_dir))
    assert row["entry"] is None and row["time"].endswith("Z")


def test_an_answered_question_is_not_kept(capsys, state_home):
    assert run(capsys, "ask", OXIDE)[0] == 0
    assert run(capsys, "ask", "thanks")[0] == 0
    assert logged(state_home) == []


def test_an_unsure_reply_is_kept(capsys, state_home, kb_copy, add_entries, new_entry):
    # asked alike, answered apart: a tie (the same answer twice would be no choice)
    add_entries(
        new_entry(id="zebra-balm"),
        new_entry(id="zebra-balm-too", answer="Rub zebra balm in twice a day, the tests say."),
    )
    code, out, _ = run(capsys, "ask", "--kb", str(kb_copy), "--json", "zebra balm")
    assert code == 0 and json.loads(out)["status"] == UNSURE
    [row] = logged(state_home)
    assert (row["status"], row["entry"]) == (UNSURE, "zebra-balm")
    assert row["kb"] == str(kb_copy.resolve())


@pytest.mark.parametrize(
    "how", ["--no-log", "--no-log after ask", "MAGBOT_NO_LOG=1", "MAGBOT_NO_LOG=yes"]
)
def test_logging_can_be_turned_off(capsys, monkeypatch, state_home, how):
    argv = ["ask", KIDNEY]
    if how == "--no-log":
        argv = ["--no-log", *argv]
    elif how == "--no-log after ask":
        argv = ["ask", "--no-log", KIDNEY]
    else:
        monkeypatch.setenv("MAGBOT_NO_LOG", how.partition("=")[2])
    assert run(capsys, *argv)[0] == 1
    assert logged(state_home) == []


def test_magbot_no_log_0_keeps_logging(capsys, monkeypatch, state_home):
    monkeypatch.setenv("MAGBOT_NO_LOG", "0")
    run(capsys, "ask", KIDNEY)
    assert len(logged(state_home)) == 1


def test_piped_chat_keeps_its_misses(capsys, monkeypatch, state_home):
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{OXIDE}\n{KIDNEY}\nhello\n{FRANCE}\n"))
    assert run(capsys, "chat", "--json")[0] == 0
    assert [r["question"] for r in logged(state_home)] == [KIDNEY, FRANCE]


def test_piped_chat_with_no_log(capsys, monkeypatch, state_home):
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{KIDNEY}\n"))
    assert run(capsys, "chat", "--no-log")[0] == 0
    assert logged(state_home) == []


def test_the_repl_keeps_its_misses(kb, state_home):
    told = []

    def keep(reply):
        told.append(reply.status)
        misses.record(reply, kb)

    with create_pipe_input() as pipe:
        pipe.send_text(f"{OXIDE}\n{KIDNEY}\n/help\n\x04")
        pipe.close()  # a session that does not end on Ctrl-D then fails instead of hanging
        assert (
            bot.terminal.repl.run_repl(
                kb, color=False, input=pipe, output=DummyOutput(), on_reply=keep
            )
            == 0
        )
    assert told == [ANSWERED, NO_MATCH]
    assert [r["question"] for r in logged(state_home)] == [KIDNEY]


@pytest.mark.parametrize("argv, wanted", [(["chat"], True), (["chat", "--no-log"], False)])
def test_chat_on_a_terminal_hands_the_logger_to_the_repl(
    capsys, monkeypatch, state_home, argv, wanted
):
    seen = {}

    def fake_run(kb, **options):
        seen.update(options)
        options["on_reply"](Reply(KIDNEY, NO_MATCH, kb.settings.fallback))
        return 0

    monkeypatch.setattr(bot.terminal.repl, "run_repl", fake_run)
    monkeypatch.setattr(sys, "stdin", io.StringIO())
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert run(capsys, *argv)[0] == 0
    assert "on_reply" in seen
    assert len(logged(state_home)) == (1 if wanted else 0)


def test_running_out_of_related_entries_is_not_a_miss(kb):
    assert misses.is_miss(Reply("x", NO_MATCH, kb.settings.fallback), kb)
    assert misses.is_miss(Reply("x", UNSURE, "an answer"), kb)
    assert not misses.is_miss(Reply("tell me more", NO_MATCH, "That is all the article says."), kb)
    assert not misses.is_miss(Reply("x", ANSWERED, "an answer"), kb)


def test_a_long_question_is_kept_cut(kb, state_home):
    misses.record(Reply("kidney " * 1000, NO_MATCH, kb.settings.fallback), kb)
    [row] = logged(state_home)
    assert len(row["question"]) == MAX_QUERY_CHARS


@pytest.mark.parametrize("blocker", ["state is a file", "magbot is a file", "misses is a folder"])
def test_an_unwritable_state_folder_is_silently_skipped(capsys, monkeypatch, tmp_path, blocker):
    state = tmp_path / "blocked"
    if blocker == "state is a file":
        state.write_text("a file, not a folder", encoding="utf-8")
    elif blocker == "magbot is a file":
        state.mkdir()
        (state / "magbot").write_text("a file, not a folder", encoding="utf-8")
    else:
        (state / "magbot" / misses.MISSES_FILE).mkdir(parents=True)
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    code, out, err = run(capsys, "ask", KIDNEY)
    assert code == 1 and err == "" and out
    code, out, err = run(capsys, "misses")
    assert code == 0 and err == ""
    assert out.startswith("No missed questions")


# -- magbot misses -----------------------------------------------------------------------


def test_misses_lists_the_most_frequent_first(capsys, kb):
    for question in (FRANCE, KIDNEY, "Can magnesium cause KIDNEY stones?", KIDNEY + "  "):
        run(capsys, "ask", question)
    code, out, _ = run(capsys, "misses")
    assert code == 0, out
    lines = out.splitlines()
    assert lines[0].split() == ["3x", "no_match", *(KIDNEY + "  ").split()]
    assert lines[1].strip().startswith("closest: ")
    assert lines[2].split() == ["1x", "no_match", *FRANCE.split()]
    assert "2 questions." in out


def test_misses_json_names_the_closest_entry_and_its_score(capsys, kb, matcher):
    run(capsys, "ask", KIDNEY)
    run(capsys, "ask", KIDNEY)
    code, out, _ = run(capsys, "misses", "--json")
    assert code == 0
    [miss] = [json.loads(line) for line in out.splitlines()]
    best = matcher.rank(matcher.analyse(KIDNEY))[0]
    assert miss["question"] == KIDNEY and miss["count"] == 2
    assert miss["status"] == miss["now"] == NO_MATCH
    assert miss["closest"]["id"] == best.entry.id
    assert miss["closest"]["score"] == round(best.score, 1)
    assert miss["closest"]["file"] == best.entry.file


def test_misses_are_per_knowledge_folder(capsys, kb_copy):
    run(capsys, "ask", KIDNEY)
    run(capsys, "ask", "--kb", str(kb_copy), FRANCE)
    _, out, _ = run(capsys, "misses", "--kb", str(kb_copy), "--json")
    assert [json.loads(line)["question"] for line in out.splitlines()] == [FRANCE]


def test_misses_are_judged_again_with_the_current_knowledge(
    capsys, kb_copy, add_entries, new_entry
):
    run(capsys, "ask", "--kb", str(kb_copy), "what does zebra balm do")
    add_entries(new_entry())  # the author adds the missing entry
    _, out, _ = run(capsys, "misses", "--kb", str(kb_copy))
    assert "(now answered)" in out.splitlines()[0]
    assert "closest: zebra-balm (" in out


def test_no_misses(capsys):
    code, out, _ = run(capsys, "misses")
    assert code == 0
    assert out.startswith("No missed questions recorded for ")


def test_a_damaged_misses_file_is_read_around(capsys, state_home):
    run(capsys, "ask", KIDNEY)
    path = state_home / "magbot" / misses.MISSES_FILE
    path.write_bytes(b"not json\n\xff\xfe\n[1, 2]\n" + path.read_bytes() + b'{"question": 5}\n')
    code, out, _ = run(capsys, "misses", "--json")
    assert code == 0
    assert [json.loads(line)["question"] for line in out.splitlines()] == [KIDNEY]


def test_hostile_questions_are_listed_harmlessly(capsys):
    run(capsys, "ask", "kidney \x1b]0;owned\x07 stones \x1b[2J")
    code, out, _ = run(capsys, "misses")
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out
    assert "kidney ]0;owned stones [2J" in out


def test_a_question_torn_between_entries_is_a_miss(kb, matcher):
    from bot.authoring.misses import is_miss
    from bot.core.conversation import Conversation
    from bot.core.matcher import NO_MATCH

    reply = Conversation(kb, matcher).respond("does magnesium help me sleep")
    assert reply.status == NO_MATCH and reply.alternatives  # offered, not answered
    assert is_miss(reply, kb)
