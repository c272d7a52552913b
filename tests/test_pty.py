"""The real program in a pseudo-terminal: a question, its answer, /help, and Ctrl-D.

The REPL's behaviour is tested through prompt_toolkit's pipe input in test_repl.py; this
one test checks that `python -m bot` on a real terminal is that REPL, and that with
NO_COLOR it writes no colour escape at all.
"""

from __future__ import annotations

import io
import os
import re
import sys

import pytest

from bot import commands

pexpect = pytest.importorskip(
    "pexpect", reason="pexpect is not installed (pip install -e '.[test]'): the "
                      "pseudo-terminal test of the chat needs it")

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
    env = {**os.environ, "TERM": "xterm-256color", "NO_COLOR": "1",
           "PROMPT_TOOLKIT_NO_CPR": "1",   # no cursor-position query to answer
           "XDG_STATE_HOME": str(state_home)}
    work = tmp_path / "work"
    work.mkdir()
    child = pexpect.spawn(sys.executable, ["-m", "bot"], env=env, encoding="utf-8",
                          timeout=20, dimensions=(40, 100), cwd=str(work))
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
    assert 0 == child.exitstatus, transcript.getvalue()[-2000:]
    raw = transcript.getvalue()
    assert " ".join(kb.entry("oxide-absorption").answer.split()) in screen_text(raw)
    assert colour_codes(raw) == []
    history = (state_home / "magbot" / "history").read_text(encoding="utf-8")
    assert f"+{QUESTION}\n" in history and "+/help\n" in history
    assert list(work.iterdir()) == []            # nothing written to the working folder
