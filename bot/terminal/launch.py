"""The `magbot` program's entry point (`magbot`, `python -m bot`): what runs before the rest
of magbot is imported, and after it is done.

`magbot ask` answers one question and exits. Everything it allocates (the modules, the
knowledge base read from the cache, the indexes) lives until the end, and none of it is a
cycle to collect: the cyclic garbage collector would only walk it again and again while it
loads, a few milliseconds of a start-up that is meant to take about as long as importing
rapidfuzz. So the collector is off while magbot starts, and `cli.main` turns it back on for
every command that runs on (a chat, `eval`, `check`, `ingest`...).

A command that never turned it back on (`ask`, `--help`, a usage error) has printed all it
has to say and holds no file open. Tearing its objects down one by one as Python exits
takes longer than answering did (about 12 ms of `ask`), and frees memory the system takes
back anyway: once its output is flushed, the process ends at once.
"""

from __future__ import annotations

import gc
import os
import sys


def main() -> int:
    gc.disable()
    from .cli import main as run

    code = run()
    if not gc.isenabled():
        _exit_at_once(code)
    return code


def _exit_at_once(code: int) -> None:
    """End the process with `code` now, its output flushed; if the output cannot be
    flushed, return, and Python's own exit says so as it always does."""
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:  # None: started with the stream closed (`>&-`)
                stream.flush()
    except (OSError, ValueError):  # a closed or broken stream: the usual way out
        return
    os._exit(code)
