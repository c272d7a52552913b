"""Where magbot keeps its state (history, misses, error log) and its cache, and how files
in them are opened.

State: $XDG_STATE_HOME/magbot, else ~/.local/state/magbot. Cache: $XDG_CACHE_HOME/magbot,
else ~/.cache/magbot. Both folders are private: created 0700, files in them 0600, and a
folder that belongs to someone else (a shared $XDG_CACHE_HOME, say) is not used at all.
Plain `os.path` strings: `magbot ask` must not pay for pathlib.
"""

from __future__ import annotations

import contextlib
import os
import stat


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


def _uid() -> int | None:
    return os.getuid() if hasattr(os, "getuid") else None


def owned(info: os.stat_result) -> bool:
    """Is this ours alone: owned by this user, and writable by no one else?"""
    uid = _uid()
    return (uid is None or info.st_uid == uid) and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def private_dir(folder: str | None, create: bool = True) -> str | None:
    """`folder` if it is a real folder of this user's (made 0700 if need be), else None.

    Never a symbolic link, never another user's: what is in it is read back and trusted.
    """
    if folder is None:
        return None
    try:
        info = os.lstat(folder)
    except FileNotFoundError:
        if not create:
            return None
        try:
            os.makedirs(os.path.dirname(folder), exist_ok=True)
            with contextlib.suppress(FileExistsError):  # another magbot made it just now
                os.mkdir(folder, 0o700)
            info = os.lstat(folder)
        except OSError:
            return None
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode):
        return None
    uid = _uid()
    if uid is not None and info.st_uid != uid:
        return None
    if stat.S_IMODE(info.st_mode) & 0o077:  # made by an older magbot, or by hand: tighten it
        try:
            os.chmod(folder, 0o700)
        except OSError:
            return None
    return folder if os.access(folder, os.W_OK) else None


def ensure_state_dir() -> str | None:
    """The state folder, created if need be; None when it cannot be created, written or trusted."""
    return private_dir(state_dir())


def open_private(path: str, mode: str = "a"):
    """Open a state file for text writing ("a" or "w"), 0600, never through a symbolic link."""
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)  # no link, no FIFO wait
    flags |= os.O_APPEND if mode == "a" else os.O_TRUNC
    fd = os.open(path, flags, 0o600)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(f"{path} is not a regular file")
        if stat.S_IMODE(info.st_mode) & 0o077:  # an older file: tighten it
            os.fchmod(fd, 0o600)
        return open(fd, mode, encoding="utf-8")
    except BaseException:
        os.close(fd)
        raise
