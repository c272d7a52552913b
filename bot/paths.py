"""Where magbot keeps its state (history, misses, error log) and its cache.

State: $XDG_STATE_HOME/magbot, else ~/.local/state/magbot. Cache: $XDG_CACHE_HOME/magbot,
else ~/.cache/magbot. Plain `os.path` strings: `magbot ask` must not pay for pathlib.
"""

from __future__ import annotations

import os

HISTORY_FILE = "history"
LOG_FILE = "magbot.log"


def _folder(variable: str, *fallback: str) -> str | None:
    base = os.environ.get(variable)
    if base and os.path.isabs(base):
        return os.path.join(base, "magbot")
    home = os.path.expanduser("~")
    if not home or home == "~" or not os.path.isabs(home):
        return None
    return os.path.join(home, *fallback, "magbot")


def state_dir() -> str | None:
    """The state folder (not created), or None when there is no home to put it in."""
    return _folder("XDG_STATE_HOME", ".local", "state")


def cache_dir() -> str | None:
    """The cache folder (not created), or None when there is no home to put it in."""
    return _folder("XDG_CACHE_HOME", ".cache")


def ensure_state_dir() -> str | None:
    """The state folder, created if need be; None when it cannot be created or written."""
    folder = state_dir()
    if folder is None:
        return None
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        return None
    return folder if os.access(folder, os.W_OK) else None


def log_error(message: str) -> str | None:
    """Append `message` (a traceback, say) to the error log; return its path, or None."""
    folder = ensure_state_dir()
    if folder is None:
        return None
    path = os.path.join(folder, LOG_FILE)
    try:
        with open(path, "a", encoding="utf-8") as log:
            log.write(message.rstrip() + "\n\n")
    except OSError:
        return None
    return path
