"""Load a knowledge folder into a `KnowledgeBase`: entries, small talk, lexicon, settings, article.

Loading validates everything (see `bot.validate`), so a broken base never half-loads:
the first error is raised as a `KnowledgeError` that names the file and line.

A folder is read by `read_folder` alone, and only the files its layout names: regular files
(never a FIFO or a device), each and all of them within a size limit, and an `entries`
folder that is not a symbolic link. The cache hashes exactly what it read.
"""

from __future__ import annotations

import os
import re
import stat
from typing import TYPE_CHECKING, NamedTuple

from .safety import Flag
from .text import Lexicon

if TYPE_CHECKING:
    from pathlib import Path

ARTICLE_FILE = "article.txt"
ENTRIES_DIR = "entries"
SMALLTALK_FILE = "smalltalk.toml"
LEXICON_FILE = "lexicon.toml"
SETTINGS_FILE = "settings.toml"
CONVERSATION_FILE = "conversation.toml"
SAFETY_FILE = "safety.toml"
TOML_FILES = (SMALLTALK_FILE, LEXICON_FILE, SETTINGS_FILE, CONVERSATION_FILE, SAFETY_FILE)

# What a knowledge folder may hold. The shipped one is about 100 KB in 5 entry files;
# 10,000 entries with their alternates fit in a few MB.
MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_FOLDER_BYTES = 32 * 1024 * 1024
MAX_ENTRY_FILES = 1000
MAX_NESTING = 32  # arrays and inline tables inside one another; deeper is an error at its line


class KnowledgeError(Exception):
    """A knowledge folder that cannot be used; str() is `file:line: message`."""

    def __init__(self, path: str | Path, line: int | None, message: str):
        self.path, self.line, self.message = str(path), line, message
        super().__init__(f"{self.path}:{line}: {message}" if line else f"{self.path}: {message}")


class Entry(NamedTuple):
    id: str
    question: str
    alternates: tuple[str, ...]
    terms: tuple[str, ...]
    answer: str
    source: str
    related: tuple[str, ...]
    file: str = ""
    line: int = 0


class SmallTalk(NamedTuple):
    id: str
    patterns: tuple[str, ...]
    answer: str
    file: str = ""
    line: int = 0


class Cues(NamedTuple):
    """Phrases that make a message lean on the conversation (see conversation.toml)."""

    more: frozenset[str] = frozenset()
    lean: frozenset[str] = frozenset()
    affirm: frozenset[str] = frozenset()
    refer: frozenset[str] = frozenset()
    explain: frozenset[str] = frozenset()
    shift: frozenset[str] = frozenset()    # "anyway", "totally unrelated": a new subject
    correct: frozenset[str] = frozenset()  # "i meant": a correction of the last question
    correct_start: frozenset[str] = frozenset()  # "sorry, sitting": a loose correction
    ask: frozenset[str] = frozenset()      # first words of a question
    me: frozenset[str] = frozenset()       # first-person words: a statement about oneself
    link: frozenset[str] = frozenset()     # "connected", "behind": is what was told the cause?
    situation: tuple[tuple[str, tuple[str, ...]], ...] = ()  # group -> phrases remembered
    situation_stems: tuple = ()  # every situation phrase as (stems, phrase, group), once


class Section(NamedTuple):
    heading: str
    text: str


class Article(NamedTuple):
    title: str
    sections: tuple[Section, ...]

    def section(self, heading: str) -> Section | None:
        return next((s for s in self.sections if s.heading == heading), None)

    @property
    def headings(self) -> tuple[str, ...]:
        return tuple(s.heading for s in self.sections)


class Settings(NamedTuple):
    name: str = "magbot"
    greeting: str = ""
    disclaimer: str = ""
    fallback: str = ""
    flagged_fallback: str = ""  # after red-flag guidance, instead of the whole fallback
    exhausted: str = ""         # "tell me more" when every related entry has been shown
    not_said: str = ""          # the topic is covered, not what is asked of it ("{aspect}")
    acknowledge: str = ""       # to a message that tells rather than asks
    nothing_to_pick: str = ""   # a number when no numbered list is shown
    no_further_reason: str = ""  # "why?" when the article gives no further reason
    several: str = ""           # before the answers to several questions ({count})
    not_covered: str = ""       # before the questions of a message the article does not cover
    left_over: str = ""         # before the questions beyond those answered in turn ({count})
    goodbye: str = ""           # when the chat ends
    answer_threshold: float = 60.0
    unsure_margin: float = 4.0
    smalltalk_threshold: float = 85.0
    unknown_word_penalty: float = 0.55
    filler_word_penalty: float = 0.92
    min_evidence: float = 1.6
    unsure_threshold: float = 75.0
    situation_threshold: float = 50.0


NO_CUES = Cues()


class KnowledgeBase:
    """A loaded knowledge folder; built once by `load` and not changed after."""

    __slots__ = ("root", "entries", "smalltalk", "lexicon", "settings", "article", "cues",
                 "flags", "by_id")

    def __init__(self, root: Path, entries: tuple[Entry, ...], smalltalk: tuple[SmallTalk, ...],
                 lexicon: Lexicon, settings: Settings, article: Article, cues: Cues = NO_CUES,
                 flags: tuple[Flag, ...] = ()):
        self.root, self.entries, self.smalltalk = root, entries, smalltalk
        self.lexicon, self.settings, self.article, self.cues = lexicon, settings, article, cues
        self.flags = flags
        self.by_id = {e.id: e for e in entries}

    def entry(self, entry_id: str) -> Entry | None:
        return self.by_id.get(entry_id)


def parse_article(text: str) -> Article:
    """Split an article into its title and sections.

    In Markdown (an article with `#` heading lines), the `#` lines are the headings and a
    fenced code block is never split. In plain text, a heading is a short line standing
    alone between blank lines that does not end like a sentence.
    """
    blocks = _blocks(text)
    if not blocks:
        return Article("", ())
    markdown = any(_is_atx(b) for b in blocks)
    is_heading = _is_atx if markdown else _is_heading
    title = blocks[0].lstrip("#").strip()
    sections: list[Section] = []
    heading, paragraphs = title, []
    for block in blocks[1:]:
        if is_heading(block):
            if paragraphs or heading != title:
                sections.append(Section(heading, "\n\n".join(paragraphs)))
            heading, paragraphs = block.lstrip("#").strip(), []
        else:
            paragraphs.append(block)
    sections.append(Section(heading, "\n\n".join(paragraphs)))
    return Article(title, tuple(sections))


_FENCE = re.compile(r"^[ \t]*(```|~~~)")


def _blocks(text: str) -> list[str]:
    """The text's blocks, between blank lines that are not inside a fenced code block."""
    blocks, current, fenced = [], [], False
    for line in text.strip().split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
        if not line.strip() and not fenced:
            if current:
                blocks.append("\n".join(current).strip())
            current = []
        else:
            current.append(line)
    if current:
        blocks.append("\n".join(current).strip())
    return [b for b in blocks if b]


def _is_atx(block: str) -> bool:
    return "\n" not in block and re.match(r"#{1,6}\s+\S", block) is not None


def _is_heading(block: str) -> bool:
    if block.startswith("#"):
        return True
    ends_like_a_sentence = block.rstrip().endswith((".", ":", ";", ","))
    return "\n" not in block and len(block) <= 120 and not ends_like_a_sentence


class Folder(NamedTuple):
    """What `read_folder` found: the bytes of each file it read, by its name in the layout
    ("article.txt", "entries/01-intro.toml"), and why each other one could not be used."""

    root: str
    files: dict[str, bytes]
    problems: dict[str, str]  # name ("" for the folder itself) -> message

    def path(self, name: str) -> str:
        return os.path.join(self.root, name) if name else self.root


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
    import tomllib  # only when the compiled cache is out of date

    if raw is None:
        try:
            raw = read_file(os.fspath(path)).decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise KnowledgeError(path, None, f"cannot read: {exc}") from None
    line = nesting_line(raw)
    if line is not None:
        raise KnowledgeError(path, line, f"arrays or tables nested more than {MAX_NESTING} deep")
    try:
        return tomllib.loads(raw), raw
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise KnowledgeError(path, int(found.group(1)) if found else None,
                             f"TOML syntax error: {message}") from None
    except RecursionError:  # nesting_line should have caught it; never a traceback
        raise KnowledgeError(path, None, "arrays or tables nested too deep") from None


# compiled on first use (re caches it): `magbot ask` from the cache never needs it
_TOML_TOKEN = r'"""|\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*|[\[\]{}\n]'


def nesting_line(raw: str, limit: int = MAX_NESTING) -> int | None:
    """The line where arrays and inline tables first nest deeper than `limit`, else None.

    tomllib parses nesting by recursion: 500 levels would be a RecursionError.
    """
    if raw.count("[") + raw.count("{") <= limit:
        return None
    depth, line, pos = 0, 1, 0
    token = re.compile(_TOML_TOKEN)
    while found := token.search(raw, pos):
        text, pos = found.group(), found.end()
        if text in ('"""', "'''"):  # a multi-line string: skip to its end
            end = raw.find(text, pos)
            if end < 0:
                return None
            line += raw.count("\n", pos, end)
            pos = end + 3
        elif text == "\n":
            line += 1
        elif text in "[{":
            depth += 1
            if depth > limit:
                return line
        elif text in "]}":
            depth = max(depth - 1, 0)
    return None


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


def load(root: str | Path | None = None, folder: Folder | None = None) -> KnowledgeBase:
    """Load and validate a knowledge folder (from `folder` when it has been read already);
    raise `KnowledgeError` on the first error."""
    from pathlib import Path

    from .validate import collect  # validation is its own module; it imports this one

    kb, problems = collect(Path(root) if root else default_dir(), folder)
    errors = [p for p in problems if p.is_error]
    if errors:
        first = errors[0]
        raise KnowledgeError(first.path, first.line, first.message)
    assert kb is not None
    return kb
