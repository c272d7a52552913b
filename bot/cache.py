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
from pathlib import Path

from .index import Index
from .knowledge import (
    Article,
    Cues,
    Entry,
    KnowledgeBase,
    Section,
    Settings,
    SmallTalk,
    default_dir,
    load,
)
from .matcher import Matcher
from .paths import cache_dir
from .safety import Flag
from .text import Lexicon

FORMAT = 1
_CODE = ("text.py", "knowledge.py", "validate.py", "index.py", "matcher.py", "safety.py",
         "cache.py", "__init__.py")


def _stat_files(folder: Path, prefix: str = "") -> list[tuple[str, int, int]]:
    out = []
    try:
        with os.scandir(folder) as items:
            for item in items:
                if item.is_dir():
                    out += _stat_files(Path(item.path), prefix + item.name + "/")
                else:
                    st = item.stat()
                    out.append((prefix + item.name, st.st_size, st.st_mtime_ns))
    except OSError:
        pass
    return sorted(out)


def fingerprint(root: Path) -> tuple:
    """What the cache must match: the knowledge files and the code that reads them."""
    here = Path(__file__).parent
    code = []
    for name in _CODE:
        try:
            st = os.stat(here / name)
            code.append((name, st.st_size, st.st_mtime_ns))
        except OSError:
            code.append((name, 0, 0))
    return (FORMAT, str(root), tuple(_stat_files(root)), tuple(code))


def _values(record: tuple) -> tuple:
    return tuple(record)  # a plain tuple: marshal takes no subclasses


def dump(kb: KnowledgeBase, index: Index) -> dict:
    """The knowledge base and its index as marshal-able data."""
    return {
        "root": str(kb.root),
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
        Path(state["root"]), tuple(Entry(*e) for e in state["entries"]),
        tuple(SmallTalk(*s) for s in state["smalltalk"]), Lexicon(*state["lexicon"]),
        Settings(*state["settings"]), Article(title, tuple(Section(*s) for s in sections)),
        Cues(*state["cues"]), tuple(Flag(*f) for f in state["flags"]))
    return kb, Index.from_plain(state["index"])


def _path(root: Path) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    return folder / f"kb-{zlib.crc32(str(root).encode('utf-8', 'replace')):08x}.bin"


def load_matcher(root: str | Path | None = None) -> Matcher:
    """A `Matcher` for the knowledge folder `root`, from the cache when it is up to date.

    Raises `KnowledgeError` exactly as `knowledge.load` does for a broken folder.
    """
    root = Path(root).resolve() if root else default_dir().resolve()
    key = fingerprint(root)
    path = _path(root)
    if path is not None:
        try:
            stored = marshal.loads(path.read_bytes())
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


def _write(path: Path, data: dict) -> None:
    """Write atomically; a cache that cannot be written is simply not kept."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temp.write_bytes(marshal.dumps(data))
        os.replace(temp, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError, UnboundLocalError):
            temp.unlink(missing_ok=True)
