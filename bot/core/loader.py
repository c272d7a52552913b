"""Load a knowledge folder into a `KnowledgeBase`: entries, small talk, lexicon, settings, article.

Loading validates everything (see `bot.core.validate`), so a broken base never half-loads:
the first error is raised as a `KnowledgeError` that names the file and line. This module
is the one place a `KnowledgeBase` is built from a folder.

A folder is read by `read_folder` alone, and only the files its layout names: regular files
(never a FIFO or a device), each and all of them within a size limit, and an `entries`
folder that is not a symbolic link. The cache hashes exactly what it read.
"""

from __future__ import annotations

import os
import stat
from typing import TYPE_CHECKING

from .knowledge import (
    ARTICLE_FILE,
    ENTRIES_DIR,
    TOML_FILES,
    Folder,
    KnowledgeBase,
    KnowledgeError,
)

if TYPE_CHECKING:
    from pathlib import Path

    from .validate import Problem

# What a knowledge folder may hold. The shipped one is about 100 KB in 5 entry files;
# 10,000 entries with their alternates fit in a few MB.
MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_FOLDER_BYTES = 32 * 1024 * 1024
MAX_ENTRY_FILES = 1000


def load(root: str | Path | None = None, folder: Folder | None = None) -> KnowledgeBase:
    """Load and validate a knowledge folder (from `folder` when it has been read already);
    raise `KnowledgeError` on the first error."""
    from pathlib import Path

    kb, problems = collect(Path(root) if root else default_dir(), folder)
    errors = [p for p in problems if p.is_error]
    if errors:
        first = errors[0]
        raise KnowledgeError(first.path, first.line, first.message)
    assert kb is not None
    return kb


def collect(root: Path, folder: Folder | None = None) -> tuple[KnowledgeBase | None, list[Problem]]:
    """Check the knowledge folder `root` (as `folder`, when it has been read already);
    return the base (None on errors) and every problem."""
    # validation (and its imports) only when the compiled cache is out of date
    from .validate import checked_parts

    parts, problems = checked_parts(root, folder or read_folder(str(root)))
    if parts is None:
        return None, problems
    return KnowledgeBase(root=root, **parts), problems


class UnusableFile(OSError):
    """A file of the layout that is there but must not be read."""


def read_file(path: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of `path` if it is a regular file of at most `limit` bytes.

    Raises OSError when it cannot be opened; `UnusableFile`, an OSError too, when it is not a
    regular file (a FIFO would block, /dev/zero never ends) or is too large.
    """
    # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just after
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnusableFile("not a regular file")
        if info.st_size > limit:
            raise UnusableFile(f"larger than the limit of {_megabytes(limit)}")
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # it grew while being read
            raise UnusableFile(f"larger than the limit of {_megabytes(limit)}")
        return b"".join(chunks)
    finally:
        os.close(fd)


def _megabytes(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MB"


def read_folder(root: str) -> Folder:
    """Read the files the layout of a knowledge folder names, and nothing else."""
    files: dict[str, bytes] = {}
    problems: dict[str, str] = {}
    if not os.path.isdir(root):
        return Folder(root, files, {"": "knowledge folder not found"})
    names = [ARTICLE_FILE, *TOML_FILES, *_entry_names(root, problems)]
    budget = MAX_FOLDER_BYTES
    for name in names:
        try:
            data = read_file(os.path.join(root, name), min(MAX_FILE_BYTES, budget))
        except FileNotFoundError:
            continue  # a missing file is the loader's to judge: some are optional
        except UnusableFile as exc:
            message = str(exc)
            if budget < MAX_FILE_BYTES and "larger" in message:
                message = f"the knowledge folder is larger than {_megabytes(MAX_FOLDER_BYTES)}"
            problems[name] = f"cannot read: {message}"
            continue
        except OSError as exc:
            problems[name] = f"cannot read: {exc.strerror or exc}"
            continue
        files[name] = data
        budget -= len(data)
    return Folder(root, files, problems)


def _entry_names(root: str, problems: dict[str, str]) -> list[str]:
    """`entries/*.toml`, sorted; the folder itself must not be a symbolic link."""
    folder = os.path.join(root, ENTRIES_DIR)
    if os.path.islink(folder):
        problems[ENTRIES_DIR] = "is a symbolic link; the entries folder must be a real folder"
        return []
    names = []
    try:
        with os.scandir(folder) as items:
            for item in items:
                if item.name.endswith(".toml") and not item.name.startswith("."):
                    names.append(item.name)
                    if len(names) > MAX_ENTRY_FILES:
                        problems[ENTRIES_DIR] = f"more than {MAX_ENTRY_FILES} entry files"
                        return []
    except OSError:
        return []
    return [f"{ENTRIES_DIR}/{name}" for name in sorted(names)]


def read_toml(path: Path | str, raw: str | None = None) -> tuple[dict, str]:
    """Parse one TOML file (read here unless its text is given); a syntax error becomes a
    `KnowledgeError` at its line."""
    from .tomlfile import parse_toml  # only when the compiled cache is out of date

    if raw is None:
        try:
            raw = read_file(os.fspath(path)).decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise KnowledgeError(path, None, f"cannot read: {exc}") from None
    return parse_toml(path, raw)


def default_root() -> str:
    """The knowledge folder: $MAGBOT_KB, else the one shipped in the wheel, else the clone's."""
    env = os.environ.get("MAGBOT_KB")
    if env:
        return env
    here = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))  # bot/
    shipped = os.path.join(here, "knowledge")
    return shipped if os.path.isdir(shipped) else os.path.join(os.path.dirname(here), "knowledge")


def default_dir() -> Path:
    """`default_root()` as a Path."""
    from pathlib import Path

    return Path(default_root())
