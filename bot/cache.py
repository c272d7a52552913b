"""A compiled knowledge base on disk, so that start-up skips parsing and indexing.

The cache holds the loaded `KnowledgeBase` and its matching `Index` as plain data
(marshal), keyed by the size and time of every file of the knowledge folder and of the
modules that build it: editing either makes a new one. A cache that cannot be read or
written is not used, and nothing else changes.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import zlib

from .index import Index
from .knowledge import (
    Article,
    Cues,
    Entry,
    KnowledgeBase,
    Section,
    Settings,
    SmallTalk,
    default_root,
    load,
)
from .matcher import Matcher
from .paths import cache_dir
from .safety import Flag
from .text import Lexicon

FORMAT = 1
_CODE = ("text.py", "knowledge.py", "validate.py", "index.py", "matcher.py", "safety.py",
         "signs.py", "aspects.py", "data/aspects.toml", "words.py", "meaning.py",
         "cache.py", "__init__.py")


def _stat_files(folder: str, prefix: str = "") -> list[tuple[str, int, int]]:
    out = []
    try:
        with os.scandir(folder) as items:
            for item in items:
                if item.is_dir():
                    out += _stat_files(item.path, prefix + item.name + "/")
                else:
                    st = item.stat()
                    out.append((prefix + item.name, st.st_size, st.st_mtime_ns))
    except OSError:
        pass
    return sorted(out)


def fingerprint(root: str) -> tuple:
    """What the cache must match: the knowledge files and the code that reads them."""
    here = os.path.dirname(os.path.abspath(__file__))
    code = []
    for name in _CODE:
        try:
            st = os.stat(os.path.join(here, name))
            code.append((name, st.st_size, st.st_mtime_ns))
        except OSError:
            code.append((name, 0, 0))
    return (FORMAT, str(root), tuple(_stat_files(root)), tuple(code))


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


def _path(root: str) -> str | None:
    folder = cache_dir()
    if folder is None:
        return None
    name = f"kb-{zlib.crc32(root.encode('utf-8', 'replace')):08x}.bin"
    return os.path.join(folder, name)


def load_matcher(root: str | os.PathLike | None = None) -> Matcher:
    """A `Matcher` for the knowledge folder `root`, from the cache when it is up to date.

    Raises `KnowledgeError` exactly as `knowledge.load` does for a broken folder.
    """
    root = os.path.realpath(os.fspath(root) if root else default_root())
    key = fingerprint(root)
    path = _path(root)
    if path is not None:
        try:
            with open(path, "rb") as stored_file:
                stored = marshal.loads(stored_file.read())
            if stored.get("key") == key:
                kb, index = restore(stored["state"])
                return Matcher(kb, index)
        except (OSError, EOFError, ValueError, TypeError, KeyError, AttributeError):
            pass
    kb = load(root)
    matcher = Matcher(kb)
    if path is not None:
        _write(path, {"key": key, "state": dump(kb, matcher.index)})
    return matcher


def _write(path: str, data: dict) -> None:
    """Write atomically; a cache that cannot be written is simply not kept."""
    temp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temp, "wb") as out:
            out.write(marshal.dumps(data))
        os.replace(temp, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(temp)
