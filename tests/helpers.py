"""Helpers shared by the test modules (plain functions; fixtures live in conftest.py)."""

from __future__ import annotations

from bot.terminal.cli import main

# the keys of every reply in JSON (`Reply.to_dict`, `magbot ask --json`)
REPLY_KEYS = {
    "query",
    "status",
    "answer",
    "entry",
    "score",
    "alternatives",
    "passage",
    "safety",
    "suggestions",
}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """Run `magbot ARGV...` in this process: its exit code, stdout and stderr."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
