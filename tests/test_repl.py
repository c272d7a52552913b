"""The chat on a terminal, driven through prompt_toolkit's pipe input and a dummy output.

What each line produced is read from `bot.repl.turn`'s return value, and what the loop
printed around it from `print_formatted_text`, not from rendered bytes.
"""

from __future__ import annotations

import os
import sys

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

import bot.repl
from bot import commands
from bot.conversation import Conversation
from bot.matcher import NO_MATCH
from bot.paths import HISTORY_FILE, LOG_FILE

OXIDE = "is mag oxide poorly absorbed"
CTRL_C, CTRL_D = "\x03", "\x04"


def text_of(pieces) -> str:
    return "".join(text for _, text in pieces)


def flat(text: str) -> str:
    """Text with its wrapping undone, to compare with an answer."""
    return " ".join(text.split())


class Chat:
    """A chat session run to its end; what each line typed produced, and everything printed."""

    def __init__(self, kb, keys: str, monkeypatch, color: bool = False):
        self.turns: list[tuple[str, str]] = []
        self.printed: list[str] = []
        real_turn = bot.repl.turn

        def record_turn(chat, text, width):
            self.turns.append((text, None))
            pieces = real_turn(chat, text, width)
            self.turns[-1] = (text, text_of(pieces))
            return pieces

        def record_print(formatted, **_):
            self.printed.append(text_of(formatted))

        monkeypatch.setattr(bot.repl, "turn", record_turn)
        monkeypatch.setattr(bot.repl, "print_formatted_text", record_print)
        with create_pipe_input() as pipe:
            pipe.send_text(keys)
            self.code = bot.repl.run(kb, color=color, input=pipe, output=DummyOutput())

    @property
    def typed(self) -> list[str]:
        return [text for text, _ in self.turns]

    def shown(self, typed: str) -> str:
        return next(shown for text, shown in self.turns if text == typed)

    @property
    def all_printed(self) -> str:
        return "".join(self.printed)


@pytest.fixture
def chat(kb, monkeypatch):
    return lambda keys, **kw: Chat(kb, keys, monkeypatch, **kw)


def test_question_help_and_ctrl_d(kb, chat):
    session = chat(f"{OXIDE}\n/help\n{CTRL_D}")
    assert 0 == session.code
    assert session.typed == [OXIDE, "/help"]
    shown = session.shown(OXIDE)
    assert flat(kb.entry("oxide-absorption").answer) in flat(shown)
    assert "Source:" in shown
    for cmd in commands.commands():
        assert cmd.name in session.shown("/help")


def test_greeting_says_what_it_is_and_goodbye_ends(chat):
    session = chat(CTRL_D)
    assert 0 == session.code
    assert "not medical advice" in flat(session.printed[0])
    assert "/help" in session.all_printed
    assert "Goodbye" in session.printed[-1]
    assert session.turns == []


@pytest.mark.parametrize("quit_line", ["/quit", "/exit", "/q"])
def test_quit_command_ends_the_loop(chat, quit_line):
    session = chat(f"hello\n{quit_line}\n{OXIDE}\n")
    assert 0 == session.code
    assert session.typed == ["hello", quit_line]       # the question after it is never read


def test_ctrl_c_clears_the_line_and_the_loop_goes_on(chat):
    session = chat(f"half a questi{CTRL_C}{OXIDE}\n{CTRL_C}{CTRL_C}hello\n{CTRL_D}")
    assert 0 == session.code
    assert session.typed == [OXIDE, "hello"]


def test_blank_lines_are_skipped(chat):
    session = chat(f"\n   \nhello\n{CTRL_D}")
    assert session.typed == ["hello"]


def test_a_number_asks_the_suggestion(kb, chat):
    session = chat(f"{OXIDE}\n1\n{CTRL_D}")
    first_related = kb.entry(kb.entry("oxide-absorption").related[0])
    assert flat(first_related.answer) in flat(session.shown("1"))


def test_history_is_kept_in_the_state_folder(chat, state_home):
    session = chat(f"{OXIDE}\nhello\n{CTRL_D}")
    assert 0 == session.code
    history = (state_home / "magbot" / HISTORY_FILE).read_text(encoding="utf-8")
    assert f"+{OXIDE}\n" in history and "+hello\n" in history


def test_history_falls_back_to_home_without_xdg(chat, monkeypatch, tmp_path):
    monkeypatch.delenv("XDG_STATE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    chat(f"hello\n{CTRL_D}")
    assert (tmp_path / "home" / ".local" / "state" / "magbot" / HISTORY_FILE).is_file()


def test_a_turn_that_fails_is_logged_and_the_session_goes_on(chat, monkeypatch, state_home):
    real_respond = Conversation.respond

    def respond(self, text):
        if text == "explode":
            raise RuntimeError("boom from the test")
        return real_respond(self, text)

    monkeypatch.setattr(Conversation, "respond", respond)
    session = chat(f"explode\nhello\n{CTRL_D}")
    assert 0 == session.code
    log = state_home / "magbot" / LOG_FILE
    assert "RuntimeError: boom from the test" in log.read_text(encoding="utf-8")
    assert "something went wrong" in session.all_printed
    assert str(log) in session.all_printed
    assert "Traceback" not in session.all_printed
    assert session.typed == ["explode", "hello"]
    assert "Hello" in session.shown("hello")


def make_unwritable(kind: str, state_home) -> None:
    state_home.parent.mkdir(parents=True, exist_ok=True)
    if kind == "state home is a file":
        state_home.write_text("a file, not a folder\n", encoding="utf-8")
    elif kind == "magbot is a file":
        state_home.mkdir(parents=True)
        (state_home / "magbot").write_text("a file, not a folder\n", encoding="utf-8")
    else:  # a read-only folder (root ignores permissions, so this runs only as a user)
        state_home.mkdir(parents=True)
        state_home.chmod(0o500)


KINDS = ["state home is a file", "magbot is a file",
         pytest.param("read-only", marks=pytest.mark.skipif(
             sys.platform == "win32" or os.geteuid() == 0, reason="root can write anywhere"))]


@pytest.mark.parametrize("kind", KINDS)
def test_unwritable_state_folder_warns_and_the_session_works(chat, state_home, kind):
    make_unwritable(kind, state_home)
    session = chat(f"hello\n{OXIDE}\n{CTRL_D}")
    assert 0 == session.code
    warnings = [p for p in session.printed if "warning" in p]
    assert len(warnings) == 1 and "history" in warnings[0]
    assert "Hello" in session.shown("hello")
    assert "Source:" in session.shown(OXIDE)


@pytest.mark.parametrize("kind", ["state home is a file", "magbot is a file"])
def test_failing_turn_without_a_log_still_goes_on(chat, state_home, monkeypatch, kind):
    make_unwritable(kind, state_home)
    monkeypatch.setattr(Conversation, "respond", lambda self, text: 1 / 0)
    session = chat(f"hello\n/help\n{CTRL_D}")
    assert 0 == session.code
    assert session.typed == ["hello", "/help"]
    assert "something went wrong" in session.all_printed
    assert "details in" not in session.all_printed


def test_colour_session_runs(chat):
    assert 0 == chat(f"{OXIDE}\n{CTRL_D}", color=True).code


# -- the slash commands, called as the loop calls them -----------------------------------


@pytest.fixture
def session(kb, matcher):
    return commands.Session(Conversation(kb, matcher))


def run_command(session, line: str) -> str:
    return text_of(commands.run(session, line))


def test_every_command_and_alias_is_in_help(session):
    shown = run_command(session, "/help")
    for name in commands.REGISTRY:
        assert name in shown


def test_topics_lists_every_question(kb, session):
    shown = run_command(session, "/topics")
    assert all(entry.question in shown for entry in kb.entries)


def test_source_shows_the_article_passage(kb, session):
    assert "Ask a question first" in run_command(session, "/source")
    reply = session.conversation.respond(OXIDE)
    shown = run_command(session, "/s")
    assert kb.article.section(reply.entry.source).text in shown


def test_history_lists_what_was_asked(session):
    assert "Nothing asked yet" in run_command(session, "/history")
    session.asked += ["first question", "second question"]
    assert run_command(session, "/history") == "  1. first question\n  2. second question\n"


def test_more_moves_to_a_related_question(kb, session):
    first = session.conversation.respond(OXIDE)
    shown = run_command(session, "/more")
    assert flat(first.related[0].answer) in flat(shown)


def test_clear_starts_a_new_topic(session):
    session.conversation.respond(OXIDE)
    assert run_command(session, "/clear") == ""
    assert session.clear_screen
    assert session.conversation.respond("1").status == NO_MATCH


@pytest.mark.parametrize("line", ["/nope", "/HELPME", "/"])
def test_unknown_command(session, line):
    assert "Unknown command" in run_command(session, line)


@pytest.mark.parametrize("line", ["/quit", "/exit", "/q", "/QUIT"])
def test_quit_raises_eof(session, line):
    with pytest.raises(EOFError):
        commands.run(session, line)


# -- a real terminal -------------------------------------------------------------------


def test_chat_on_a_real_terminal(tmp_path):
    pexpect = pytest.importorskip("pexpect")
    env = {**os.environ, "TERM": "xterm", "NO_COLOR": "1", "PROMPT_TOOLKIT_NO_CPR": "1"}
    child = pexpect.spawn(sys.executable, ["-m", "bot"], env=env, encoding="utf-8",
                          timeout=15, dimensions=(24, 100), cwd=str(tmp_path))
    child.expect("not medical advice")
    child.expect("you>")
    child.sendline(OXIDE)
    child.expect("Source:")
    child.expect("you>")
    child.sendline("/quit")
    child.expect(pexpect.EOF)
    child.close()
    assert 0 == child.exitstatus
