"""A compiled knowledge base on disk, so that start-up skips parsing and indexing.

The cache holds the loaded `KnowledgeBase` and its matching `Index` as plain data
(marshal), keyed by a hash of the content of every file the loader reads and of the
modules that build it: any edit makes a new one, whatever its size and time. The cache
folder is private (0700, this user's, never a symbolic link) and a cache file is used only
if it is a regular file of this user's that no one else can write: marshal runs no code,
but a planted cache could make magbot say anything. A cache that cannot be read, written
or trusted is not used, and nothing else changes.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import stat
import time
import zlib

# hashlib.blake2b without hashlib's import of OpenSSL (2-3 ms of `magbot ask`'s ~50 ms)
try:
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

from .. import __version__
from .index import Index
from .knowledge import (
    Article,
    Cues,
    Entry,
    Folder,
    KnowledgeBase,
    Section,
    Settings,
    SmallTalk,
    default_root,
    load,
    read_folder,
)
from .matcher import Matcher
from .paths import cache_dir, owned, private_dir
from .safety import Flag
from .text import Lexicon

FORMAT = 2
_CODE = tuple(f"core/{name}.py" for name in (
    "text", "knowledge", "validate", "index", "matcher", "safety", "signs", "negex", "negexrules",
    "situation", "aspects", "words", "meaning", "passages", "cache")) + (
    "data/aspects.toml", "data/stopwords.txt", "__init__.py")
# The word data is large and changes only with the package: its size and time are its key.
_DATA = ("data/english.bin", "data/words.idx")


MAX_CACHE_BYTES = 256 * 1024 * 1024
STALE_TEMP_SECONDS = 600  # a temporary file this old was left by a process that died


def fingerprint(folder: Folder) -> str:
    """What the cache must match: the content of the knowledge files as read, and the code."""
    digest = blake2b(f"{FORMAT}\0{__version__}\0{folder.root}\0".encode("utf-8", "replace"))
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # bot/
    for name in _CODE:
        try:
            with open(os.path.join(here, name), "rb") as code:
                digest.update(code.read())
        except OSError:
            digest.update(b"-")
    for name in _DATA:
        try:
            found = os.stat(os.path.join(here, name))
            digest.update(f"\0{name}\0{found.st_size}\0{found.st_mtime_ns}".encode())
        except OSError:
            digest.update(b"-")
    for name in sorted(folder.files):
        data = folder.files[name]
        digest.update(f"\0{name}\0{len(data)}\0".encode("utf-8", "replace"))
        digest.update(data)
    for name in sorted(folder.problems):
        digest.update(f"\0!{name}\0{folder.problems[name]}".encode("utf-8", "replace"))
    return digest.hexdigest()


def _values(record: tuple) -> tuple:
    return tuple(record)  # a plain tuple: marshal takes no subclasses


def dump(kb: KnowledgeBase, index: Index) -> dict:
    """The knowledge base and its index as marshal-able data."""
    return {
        "root": os.fspath(kb.root),
        "entries": [_values(e) for e in kb.entries],
        "smalltalk": [_values(s) for s in kb.smalltalk],
        "lexicon": _values(kb.lexicon),
        "settings": _values(kb.settings),
        "article": (kb.article.title, [_values(s) for s in kb.article.sections]),
        "cues": _values(kb.cues),
        "flags": [_values(f) for f in kb.flags],
        "index": index.to_plain(),
    }


def restore(state: dict) -> tuple[KnowledgeBase, Index]:
    title, sections = state["article"]
    kb = KnowledgeBase(
        state["root"], tuple(Entry(*e) for e in state["entries"]),
        tuple(SmallTalk(*s) for s in state["smalltalk"]), Lexicon(*state["lexicon"]),
        Settings(*state["settings"]), Article(title, tuple(Section(*s) for s in sections)),
        Cues(*state["cues"]), tuple(Flag(*f) for f in state["flags"]))
    return kb, Index.from_plain(state["index"])


def _name(root: str) -> str:
    return f"kb-{zlib.crc32(root.encode('utf-8', 'replace')):08x}.bin"


def load_matcher(root: str | os.PathLike | None = None) -> Matcher:
    """A `Matcher` for the knowledge folder `root`, from the cache when it is up to date.

    Raises `KnowledgeError` exactly as `knowledge.load` does for a broken folder.
    """
    root = os.path.realpath(os.fspath(root) if root else default_root())
    folder = read_folder(root)
    key = fingerprint(folder)
    cache = private_dir(cache_dir(), create=False)
    if cache is not None:
        stored = _read(os.path.join(cache, _name(root)))
        try:
            if stored is not None and stored.get("key") == key:
                kb, index = restore(stored["state"])
                return Matcher(kb, index)
        except (EOFError, ValueError, TypeError, KeyError, AttributeError, IndexError):
            pass
    kb = load(root, folder)
    matcher = Matcher(kb)
    cache = private_dir(cache_dir())
    if cache is not None:
        _write(cache, _name(root), {"key": key, "state": dump(kb, matcher.index)})
    return matcher


def _read(path: str) -> dict | None:
    """The stored cache, if it is a regular file of this user's that no one else can write."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or not owned(info) or info.st_size > MAX_CACHE_BYTES:
            return None
        with os.fdopen(os.dup(fd), "rb") as stored_file:
            stored = marshal.loads(stored_file.read())
        return stored if isinstance(stored, dict) else None
    except (OSError, EOFError, ValueError, TypeError):
        return None
    finally:
        os.close(fd)


def _write(folder: str, name: str, data: dict) -> None:
    """Write atomically through a new file of unguessable name (never an existing file or a
    link planted in its place); a cache that cannot be written is simply not kept."""
    _sweep(folder)
    temp = os.path.join(folder, f"{name}.{os.getpid()}.{os.urandom(8).hex()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(temp, flags, 0o600)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(marshal.dumps(data))
        os.replace(temp, os.path.join(folder, name))
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(temp)


def _sweep(folder: str) -> None:
    """Remove the temporary files that a process killed while writing left behind."""
    now = time.time()
    with contextlib.suppress(OSError), os.scandir(folder) as items:
        for item in items:
            if item.name.startswith("kb-") and item.name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    if now - item.stat(follow_symlinks=False).st_mtime > STALE_TEMP_SECONDS:
                        os.unlink(item.path)
