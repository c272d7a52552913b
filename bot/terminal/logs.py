"""The files the terminal keeps in the state folder: the input history and the error log."""

from __future__ import annotations

import os

from ..core.paths import ensure_state_dir, open_private

HISTORY_FILE = "history"
LOG_FILE = "magbot.log"


def log_error(message: str) -> str | None:
    """Append `message` (a traceback, say) to the error log; return its path, or None."""
    folder = ensure_state_dir()
    if folder is None:
        return None
    path = os.path.join(folder, LOG_FILE)
    try:
        with open_private(path) as log:
            log.write(message.rstrip() + "\n\n")
    except OSError:
        return None
    return path
