"""One chat turn (bot/terminal/chat.py), as the REPL and piped `magbot chat` both take it."""

from __future__ import annotations

import re

import pytest

from bot.core.conversation import Conversation
from bot.core.loader import load
from bot.core.matcher import ANSWERED, NO_MATCH
from bot.terminal import commands
from bot.terminal.chat import turn
from bot.terminal.cli import main

OXIDE = "is mag oxide poorly absorbed"


def text_of(pieces) -> str:
    return "".join(text for _, text in pieces)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def session(kb, matcher):
    return commands.Session(Conversation(kb, matcher))


def test_a_message_is_answered_and_told_to_the_hook(kb, session):
    told = []
    done = turn(session, OXIDE, told.append)
    assert done.command is None and done.reply.status == ANSWERED
    assert told == [done.reply]
    assert flat(kb.entry("oxide-absorption").answer) in flat(text_of(done.pieces))
    assert session.asked == [OXIDE]


@pytest.mark.parametrize(
    "line, command", [("/help", "/help"), ("bye", "/quit"), ("/nope", "/nope")]
)
def test_a_command_is_run_and_never_told_to_the_hook(session, line, command):
    told = []
    if command == "/quit":
        with pytest.raises(EOFError):
            turn(session, line, told.append)
    else:
        done = turn(session, line, told.append)
        assert done.command == command and done.reply is None and done.pieces
    assert told == [] and session.asked == []


@pytest.fixture
def kb_without_more(kb_copy):
    """The shipped base with no "tell me more" phrases at all."""
    path = kb_copy / "conversation.toml"
    text = path.read_text(encoding="utf-8")
    text, found = re.subn(r"(?ms)^more = \[.*?^\]\n", "more = []\n", text)
    assert found == 1
    path.write_text(text, encoding="utf-8")
    kb = load(kb_copy)
    assert not kb.cues.more
    return kb


def test_more_works_without_the_more_phrases(kb_without_more):
    kb = kb_without_more
    session = commands.Session(Conversation(kb))
    first = turn(session, OXIDE).reply
    shown = flat(text_of(turn(session, "/more").pieces))
    assert flat(first.related[0].answer) in shown
    assert "don't know" not in shown
    assert flat(first.related[1].answer) in flat(text_of(turn(session, "/m").pieces))
    assert session.asked == [OXIDE]


def test_more_after_the_last_related_entry_says_so(kb, matcher):
    conversation = Conversation(kb, matcher)
    assert conversation.more() is None
    conversation.respond(OXIDE)
    for _ in kb.entries:  # each goes on from the one before, until every one was shown
        reply = conversation.more()
        if reply.status == NO_MATCH:
            break
    assert reply.status == NO_MATCH and reply.text == kb.settings.exhausted


# -- `magbot --json`: the implied command goes before its options (issue 12, point 5) ----


@pytest.mark.parametrize(
    "argv", [["--json"], ["--no-color", "--json"], ["--json", "--no-log"], ["--kb", "KB", "--json"]]
)
def test_json_without_a_command_is_the_chat_in_json(capsys, monkeypatch, shipped_dir, argv):
    import io
    import json
    import sys

    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{OXIDE}\n"))
    argv = [str(shipped_dir) if a == "KB" else a for a in argv]
    assert main(argv) == 0, capsys.readouterr().err
    assert json.loads(capsys.readouterr().out)["query"] == OXIDE


def test_json_before_a_question_without_ask(capsys):
    import json

    assert main(["--json", "can", "magnesium", "cause", "back", "pain"]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == ANSWERED


def test_a_misspelt_option_without_a_command_is_still_named(capsys):
    assert main(["--jsno"]) == 2
    assert "did you mean --json?" in capsys.readouterr().err


def test_chat_goodbyes_are_small_talk(matcher):
    """ "ok cya", "gotta go", "have a nice day", "take care" take leave, as "bye" does."""
    from bot.core.conversation import Conversation

    for said in ("ok cya", "gotta go", "ok have a nice day", "take care"):
        reply = Conversation(matcher.kb, matcher).respond(said)
        assert reply.status == "smalltalk" and "Goodbye" in reply.text
