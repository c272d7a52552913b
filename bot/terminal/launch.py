"""The `magbot` program's entry point (`magbot`, `python -m bot`): what runs before the rest
of magbot is imported.

`magbot ask` answers one question and exits. Everything it allocates (the modules, the
knowledge base read from the cache, the indexes) lives until the end, and none of it is a
cycle to collect: the cyclic garbage collector would only walk it again and again while it
loads, a few milliseconds of a start-up that is meant to take about as long as importing
rapidfuzz. So the collector is off while magbot starts, and `cli.main` turns it back on for
every command that runs on (a chat, `eval`, `check`, `ingest`...).
"""

from __future__ import annotations

import gc


def main() -> int:
    gc.disable()
    from .cli import main as run

    return run()
