"""Where magbot keeps its state (history, error log): $XDG_STATE_HOME/magbot or ~/.local/state/magbot."""

from __future__ import annotations

import os
from pathlib import Path

HISTORY_FILE = "history"
LOG_FILE = "magbot.log"


def state_dir() -> Path | None:
    """The state folder (not created), or None when there is no home to put it in."""
    base = os.environ.get("XDG_STATE_HOME")
    if base and os.path.isabs(base):
        return Path(base) / "magbot"
    try:
        home = Path.home()
    except (RuntimeError, KeyError):
        return None
    if not str(home) or str(home) == "~":
        return None
    return home / ".local" / "state" / "magbot"


def ensure_state_dir() -> Path | None:
    """The state folder, created if need be; None when it cannot be created or written."""
    folder = state_dir()
    if folder is None:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder if os.access(folder, os.W_OK) else None


def log_error(message: str) -> Path | None:
    """Append `message` (a traceback, say) to the error log; return its path, or None."""
    folder = ensure_state_dir()
    if folder is None:
        return None
    path = folder / LOG_FILE
    try:
        with path.open("a", encoding="utf-8") as log:
            log.write(message.rstrip() + "\n\n")
    except OSError:
        return None
    return path


def cache_dir() -> Path | None:
    """The cache folder (not created): $XDG_CACHE_HOME/magbot or ~/.cache/magbot."""
    base = os.environ.get("XDG_CACHE_HOME")
    if base and os.path.isabs(base):
        return Path(base) / "magbot"
    try:
        home = Path.home()
    except (RuntimeError, KeyError):
        return None
    if not str(home) or str(home) == "~":
        return None
    return home / ".cache" / "magbot"
