"""Hostile input, timed: a question of a megabyte, of each hard kind, answered by `magbot ask
--json` in-process (target < 1 s each), and a megabyte line in piped chat (target < 2 s).

Run from the project root after the README set-up:  .venv/bin/python bench/hostile.py
The tests (tests/test_hostile.py) check that the same inputs are answered correctly; the
time lives here, where a busy machine cannot fail a build.
"""

from __future__ import annotations

import contextlib
import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_hostile import MEGABYTE, OXIDE  # noqa: E402 - the inputs the tests use

from bot.terminal.cli import main  # noqa: E402

ASK_TARGET_S, PIPE_TARGET_S = 1.0, 2.0


def _timed(argv: list[str], stdin: str | None = None) -> float:
    out = io.StringIO()
    saved = sys.stdin
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            start = time.perf_counter()
            main(argv)
            return time.perf_counter() - start
    finally:
        sys.stdin = saved


def main_bench() -> None:
    _timed(["ask", "--no-log", "hello"])  # the knowledge compiled and cached first
    for kind, make in MEGABYTE.items():
        took = _timed(["ask", "--json", "--no-log", make()])
        verdict = "ok" if took < ASK_TARGET_S else "FAILS"
        print(f"ask, a megabyte of {kind}: {took:.2f} s (target < {ASK_TARGET_S:g} s: {verdict})")
    line = MEGABYTE["random unicode"]() + f"\n{OXIDE}\n"
    took = _timed(["chat", "--json", "--no-log"], stdin=line)
    verdict = "ok" if took < PIPE_TARGET_S else "FAILS"
    print(
        f"piped chat, a megabyte line then a question: {took:.2f} s "
        f"(target < {PIPE_TARGET_S:g} s: {verdict})"
    )


if __name__ == "__main__":
    main_bench()
