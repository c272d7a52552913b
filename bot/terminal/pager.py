"""Long output through a pager, as pgcli and litecli do: $PAGER, by default `less -SRXF`.

Only the chat on a terminal pages, and only output taller than the screen; a pager that
cannot be started is skipped (the text is printed instead).
"""

from __future__ import annotations

import os
import shlex
import signal
import subprocess


def command(setting) -> list[str] | None:
    """The pager's argv from the effective `pager` setting (False, or a command), or None."""
    if not isinstance(setting, str):
        return None
    try:
        argv = shlex.split(setting)
    except ValueError:
        return None
    return argv or None


def page(text: str, argv: list[str]) -> bool:
    """Show `text` through the pager; False if the pager could not be run."""
    env = dict(os.environ)
    if os.path.basename(argv[0]) == "less":
        env.setdefault("LESS", "-SRXF")  # keep colours, quit when it fits, leave the screen
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C belongs to the pager
    except ValueError:  # not the main thread
        previous = None
    try:
        completed = subprocess.run(
            argv, input=text.encode("utf-8", "replace"), env=env, check=False
        )
    except OSError:
        return False
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    return completed.returncode != 127  # 127: a shell could not find it
