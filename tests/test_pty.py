"""The real program in a pseudo-terminal: a question, its answer, /help, and Ctrl-D;
leaving with "bye", paging with less, editing in $EDITOR, the toolbar at 40 columns.

The REPL's behaviour is tested through prompt_toolkit's pipe input in test_repl.py; these
tests check that `python -m bot` on a real terminal is that REPL, and that with
NO_COLOR it writes no colour escape at all.
"""

from __future__ import annotations

import io
import os
import re
import shlex
import shutil
import subprocess
import sys
import time

import pytest

from bot.terminal import commands

pexpect = pytest.importorskip(
    "pexpect",
    reason="pexpect is not installed (pip install -e '.[test]'): the "
    "pseudo-terminal test of the chat needs it",
)

QUESTION = "is mag oxide poorly absorbed"
ESCAPE = re.compile(r"\x1b(\[[0-9;?]*[ -/]*[@-~]|[()][0-9A-Za-z]|[=>78])")
SGR = re.compile(r"\x1b\[([0-9;]*)m")


def colour_codes(raw: str) -> list[str]:
    """The SGR sequences in `raw` that set a colour (30-49, 90-107), not bold or reverse."""
    out = []
    for match in SGR.finditer(raw):
        numbers = [int(n) for n in match.group(1).split(";") if n]
        if any(30 <= n <= 49 or 90 <= n <= 107 for n in numbers):
            out.append(match.group(0))
    return out


def screen_text(raw: str) -> str:
    """What a person reads: escapes removed, wrapping undone."""
    return " ".join(ESCAPE.sub("", raw).replace("\r", "").split())


def test_chat_in_a_pseudo_terminal(kb, state_home, tmp_path):
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "NO_COLOR": "1",
        "PROMPT_TOOLKIT_NO_CPR": "1",  # no cursor-position query to answer
        "XDG_STATE_HOME": str(state_home),
    }
    work = tmp_path / "work"
    work.mkdir()
    child = pexpect.spawn(
        sys.executable,
        ["-m", "bot"],
        env=env,
        encoding="utf-8",
        timeout=20,
        dimensions=(40, 100),
        cwd=str(work),
    )
    child.logfile_read = transcript = io.StringIO()
    try:
        child.expect("not medical advice")
        child.expect("you>")
        child.sendline(QUESTION)
        child.expect("Source: ")
        child.expect("you>")
        child.sendline("/help")
        for cmd in commands.commands():
            child.expect_exact(cmd.name)
        child.expect("you>")
        child.sendcontrol("d")
        child.expect("Goodbye")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0, transcript.getvalue()[-2000:]
    raw = transcript.getvalue()
    assert " ".join(kb.entry("oxide-absorption").answer.split()) in screen_text(raw)
    assert colour_codes(raw) == []
    history = (state_home / "magbot" / "history").read_text(encoding="utf-8")
    assert f"+{QUESTION}\n" in history and "+/help\n" in history
    assert list(work.iterdir()) == []  # nothing written to the working folder


def spawn(state_home, tmp_path, *args: str, columns: int = 100, rows: int = 40, **env):
    """`python -m bot ARGS` in a pseudo-terminal, once its first prompt is shown."""
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "NO_COLOR": "1",
        "PROMPT_TOOLKIT_NO_CPR": "1",
        "XDG_STATE_HOME": str(state_home),
        **env,
    }
    child = pexpect.spawn(
        sys.executable,
        ["-m", "bot", *args],
        env=env,
        encoding="utf-8",
        timeout=20,
        dimensions=(rows, columns),
        cwd=str(tmp_path),
    )
    child.logfile_read = io.StringIO()
    child.expect("you>")
    return child


def finish(child) -> str:
    """Wait for the program to end; what it wrote."""
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.logfile_read.getvalue()[-2000:]
    return child.logfile_read.getvalue()


@pytest.mark.parametrize("goodbye", ["bye", "exit"])
def test_a_goodbye_leaves_the_real_chat(state_home, tmp_path, goodbye):
    child = spawn(state_home, tmp_path)
    child.sendline(goodbye)
    child.expect("Goodbye")
    child.timeout = 5  # before the fix, the prompt came back
    raw = finish(child)
    assert "you>" not in raw.rpartition("Goodbye")[2]


@pytest.mark.skipif(shutil.which("less") is None, reason="less is not installed")
def test_long_output_is_paged_with_less(kb, state_home, tmp_path):
    child = spawn(state_home, tmp_path, rows=24, columns=80)
    child.sendline("/topics")
    child.expect(re.escape(kb.entries[0].question))  # the first screen
    child.expect(":")  # less waits on its prompt
    child.send("q")
    child.expect("you>")
    child.sendcontrol("d")
    raw = finish(child)
    assert kb.entries[-1].question not in screen_text(raw)  # the rest was never shown


def test_no_pager_prints_everything(kb, state_home, tmp_path):
    child = spawn(state_home, tmp_path, "--no-pager", rows=24, columns=80)
    child.sendline("/topics")
    child.expect(re.escape(kb.entries[-1].question.split()[-1]))
    child.expect("you>")
    child.sendcontrol("d")
    raw = finish(child)
    assert " ".join(kb.entries[-1].question.split()) in screen_text(raw)


def test_ctrl_x_ctrl_e_edits_in_the_editor(kb, state_home, tmp_path):
    editor = tmp_path / "editor"
    editor.write_text(f"#!/bin/sh\nprintf '%s\\n' '{QUESTION}' > \"$1\"\n")
    editor.chmod(0o755)
    child = spawn(state_home, tmp_path, EDITOR=str(editor), VISUAL=str(editor))
    child.send("half a line")
    child.sendcontrol("x")
    child.sendcontrol("e")
    child.expect("Source: ")
    child.expect("you>")
    child.sendcontrol("d")
    raw = finish(child)
    assert " ".join(kb.entry("oxide-absorption").answer.split()) in screen_text(raw)


class Tmux:
    """A program in a tmux window of a given size, on a server of its own."""

    def __init__(self, command: str, columns: int, rows: int, env: dict):
        self.socket = ["-L", f"magbot-test-{os.getpid()}-{columns}"]
        exports = " ".join(f"{k}={shlex.quote(str(v))}" for k, v in env.items())
        self.tmux(
            "new-session", "-d", "-x", str(columns), "-y", str(rows), f"env {exports} {command}"
        )

    def tmux(self, *args: str) -> str:
        return subprocess.run(
            ["tmux", *self.socket, *args], capture_output=True, text=True, timeout=10, check=True
        ).stdout

    def screen(self, *flags: str) -> str:
        return self.tmux("capture-pane", "-p", *flags, "-S", "-200")

    def wait_for(self, text: str, count: int = 1, timeout: float = 15) -> str:
        """The screen (wrapped lines joined) once `text` is on it `count` times."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen("-J")
            if screen.count(text) >= count:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared {count} times:\n{self.screen()}")

    def type(self, line: str) -> None:
        self.tmux("send-keys", "-l", line)
        self.tmux("send-keys", "Enter")

    def close(self) -> None:
        subprocess.run(["tmux", *self.socket, "kill-server"], capture_output=True, timeout=10)


LONG = (
    "what about whether magnesium glycinate taken at night could cause my lower back "
    "to ache in the morning"
)


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
@pytest.mark.parametrize("columns", [40, 100])
def test_at_40_and_100_columns_nothing_the_bot_prints_is_wrapped_by_the_terminal(
    state_home, tmp_path, columns
):
    """Issue 11, point 8, in a real terminal: the terminal never has to wrap a line the
    bot printed (tmux marks such lines, and `capture-pane -J` joins them)."""
    env = {
        "NO_COLOR": "1",
        "TERM": "xterm-256color",
        "XDG_STATE_HOME": state_home,
        "XDG_CONFIG_HOME": tmp_path / "config",
        "PATH": os.environ.get("PATH", ""),
        "HOME": tmp_path,
    }
    window = Tmux(f"{shlex.quote(sys.executable)} -m bot --no-pager", columns, 50, env)
    try:
        toolbar = window.wait_for("/help commands").rstrip("\n").splitlines()[-1]
        lines = [QUESTION, "/help", "/history", LONG]
        for number, line in enumerate(lines, 2):
            window.type(line)
            window.wait_for("you>", number)
        wrapped, joined = window.screen().splitlines(), window.screen("-J").splitlines()
    finally:
        window.close()
    assert "/help commands" in toolbar and "Ctrl-D quit" in toolbar
    assert ("Ctrl-X Ctrl-E editor" in toolbar) == (columns == 100)
    assert len(toolbar.rstrip()) < columns
    text = "\n".join(joined)
    assert "Ctrl-R" in text and "I don't know" in text  # /help and LONG answered
    assert len(wrapped) == len(joined), "\n".join(wrapped)  # no line wrapped by tmux
    assert all(len(line) <= columns for line in joined)
