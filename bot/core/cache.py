"""A compiled knowledge base on disk, so that start-up skips parsing and indexing.

The cache holds the loaded `KnowledgeBase` and its matching `Index` as plain data
(marshal), keyed by a hash of the content of every file the loader reads (any edit of the
knowledge makes a new one, whatever its size and time) and of the size and time of the
modules that build it (as Python keys its own bytecode). The cache
folder is private (0700, this user's, never a symbolic link) and a cache file is used only
if it is a regular file of this user's that no one else can write: marshal runs no code,
but a planted cache could make magbot say anything. A cache that cannot be read, written
or trusted is not used, and nothing else changes.
"""

import contextlib
import marshal
import os
import stat
import time
from typing import NamedTuple

# hashlib.blake2b without hashlib's import of OpenSSL (2-3 ms of `magbot ask`'s ~50 ms)
try:
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

from array import array

from .. import __version__
from . import kinds
from .index import Index, Texts
from .knowledge import Article, Cues, Entry, Folder, KnowledgeBase, Section, Settings, SmallTalk
from .loader import default_root, load, read_folder
from .matcher import Matcher
from .paths import cache_dir, owned, private_dir
from .safety import Flag
from .text import Lexicon

FORMAT = 5
_CODE = tuple(
    f"core/{name}.py"
    for name in (
        "text",
        "knowledge",
        "loader",
        "validate",
        "article",
        "tomlfile",
        "index",
        "matcher",
        "kinds",
        "safety",
        "signs",
        "negex",
        "negexrules",
        "askrules",
        "phraserules",
        "whoserules",
        "whose",
        "clauses",
        "figurative",
        "durations",
        "situation",
        "aspects",
        "literals",
        "words",
        "meaning",
        "passages",
        "cache",
    )
) + ("data/aspects.toml", "data/stopwords.txt", "data/equivalents.toml", "__init__.py")
# The word data is large and changes only with the package: its size and time are its key.
_DATA = ("data/english.bin", "data/words.idx", "data/parts.bin")
_STATED = _CODE + _DATA  # the code too: as Python keys its own bytecode, by size and time


MAX_CACHE_BYTES = 256 * 1024 * 1024
STALE_TEMP_SECONDS = 600  # a temporary file this old was left by a process that died


def fingerprint(folder: Folder) -> str:
    """What the cache must match: the content of the knowledge files as read, and the code
    that builds it (each file by its size and time, as Python keys its own bytecode)."""
    digest = blake2b(f"{FORMAT}\0{__version__}\0{folder.root}\0".encode("utf-8", "replace"))
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # bot/
    for name in _STATED:
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


# The records the cache stores. A record is kept as the plain tuple of its fields, and a
# field is rebuilt by its annotation: a record, a tuple of records, a value marshal cannot
# take (below), or anything else as it is. A new field needs no change here; a new record
# type that a field holds needs its name in this list.
_RECORDS = {
    cls.__name__: cls
    for cls in (
        KnowledgeBase,
        Entry,
        SmallTalk,
        Lexicon,
        Settings,
        Article,
        Section,
        Cues,
        Flag,
        Index,
    )
}


def _pack(table: dict[str, array]) -> tuple:
    code = next(iter(table.values())).typecode if table else "I"
    return code, {s: a.tobytes() for s, a in table.items()}


def _unpack(packed: tuple) -> dict[str, array]:
    code, table = packed
    return {s: array(code, b) for s, b in table.items()}


# values marshal cannot take, by annotation: (to plain, from plain)
_CODECS = {
    "Path": (os.fspath, None),  # kept as text: `magbot ask` never imports pathlib
    "Texts": (lambda texts: texts.joined, Texts),
    "dict[str, array]": (_pack, _unpack),
}
_plans: dict[type, tuple] = {}


def _plan(cls: type[NamedTuple]) -> tuple:
    """For each field of the record type `cls`: (to plain, from plain), or None to keep it."""
    plan = _plans.get(cls)
    if plan is None:
        fields = {}
        for base in reversed(cls.__mro__):  # a record may add methods to a NamedTuple of its fields
            fields.update(base.__dict__.get("__annotations__", {}))
        plan = _plans[cls] = tuple(_codec(_text(fields[name])) for name in cls._fields)
    return plan


def _text(annotation: object) -> str:
    """An annotation as written ("tuple[Entry, ...]"), from the type itself or, quoted (a
    name defined later or only for the type checker), from its text, which NamedTuple
    keeps as a ForwardRef."""
    annotation = getattr(annotation, "__forward_arg__", annotation)
    if isinstance(annotation, str):
        return annotation
    origin, args = getattr(annotation, "__origin__", None), getattr(annotation, "__args__", ())
    if origin is not None and args:
        inner = ", ".join("..." if a is Ellipsis else _text(a) for a in args)
        return f"{_text(origin)}[{inner}]"
    return getattr(annotation, "__name__", "")


def _codec(annotation: str) -> tuple | None:
    if annotation in _CODECS:
        return _CODECS[annotation]
    if annotation in _RECORDS:
        record = _RECORDS[annotation]
        return (dump, lambda values: restore(record, values))
    of = annotation.removeprefix("tuple[").removesuffix(", ...]")
    if annotation == f"tuple[{of}, ...]" and of in _RECORDS:
        record = _RECORDS[of]
        if not any(_plan(record)):  # plain fields only, as most are: the fast way
            return (
                lambda items: tuple(map(tuple, items)),
                lambda items: tuple(map(record._make, items)),
            )
        return (
            lambda items: tuple(map(dump, items)),
            lambda items: tuple(restore(record, values) for values in items),
        )
    return None


def dump(record: NamedTuple) -> tuple:
    """A record (a NamedTuple) as marshal-able plain tuples, its records in it too."""
    plan = _plan(type(record))
    return tuple(
        value if codec is None else codec[0](value)
        for codec, value in zip(plan, record, strict=True)
    )


def restore(cls: type[NamedTuple], values: tuple):
    """The record of type `cls` that `dump` made `values` from."""
    plan = _plan(cls)
    if not any(plan):
        return cls._make(values)
    return cls._make(
        value if codec is None or codec[1] is None else codec[1](value)
        for codec, value in zip(plan, values, strict=True)
    )


def _name(root: str) -> str:
    # blake2b, already loaded for the key (zlib's crc32 would cost `ask` an extension module)
    return f"kb-{blake2b(root.encode('utf-8', 'replace'), digest_size=4).hexdigest()}.bin"


def load_matcher(root: str | os.PathLike | None = None) -> Matcher:
    """A `Matcher` for the knowledge folder `root`, from the cache when it is up to date.

    Raises `KnowledgeError` exactly as `loader.load` does for a broken folder.
    """
    root = os.path.realpath(os.fspath(root) if root else default_root())
    folder = read_folder(root)
    key = fingerprint(folder)
    cache = private_dir(cache_dir(), create=False)
    if cache is not None:
        stored = _read(os.path.join(cache, _name(root)))
        try:
            if stored is not None and stored.get("key") == key:
                kb, index = stored["state"]
                return Matcher(restore(KnowledgeBase, kb), restore(Index, index))
        except (EOFError, ValueError, TypeError, KeyError, AttributeError, IndexError):
            pass
    kb = load(root, folder)
    matcher = Matcher(kb)
    cache = private_dir(cache_dir())
    if cache is not None:
        # each entry's kind, read once here rather than by every `ask` that needs some
        matcher.index = matcher.index._replace(kinds=kinds.every_kind(matcher))
        _write(cache, _name(root), {"key": key, "state": (dump(kb), dump(matcher.index))})
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
