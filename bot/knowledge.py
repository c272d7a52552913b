"""Load a knowledge folder into a `KnowledgeBase`: entries, small talk, lexicon, settings, article.

Loading validates everything (see `bot.validate`), so a broken base never half-loads:
the first error is raised as a `KnowledgeError` that names the file and line.
"""

from __future__ import annotations

import os
import re
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
    answer_threshold: float = 60.0
    unsure_margin: float = 4.0
    smalltalk_threshold: float = 85.0
    unknown_word_penalty: float = 0.55
    filler_word_penalty: float = 0.92
    min_evidence: float = 1.6
    unsure_threshold: float = 75.0


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


def read_toml(path: Path) -> tuple[dict, str]:
    """Parse one TOML file; a syntax error becomes a `KnowledgeError` at its line."""
    import tomllib  # only when the compiled cache is out of date

    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(path, None, f"cannot read: {exc}") from None
    try:
        return tomllib.loads(raw), raw
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise KnowledgeError(path, int(found.group(1)) if found else None,
                             f"TOML syntax error: {message}") from None


def default_root() -> str:
    """The knowledge folder: $MAGBOT_KB, else the one shipped in the wheel, else the clone's."""
    env = os.environ.get("MAGBOT_KB")
    if env:
        return env
    here = os.path.dirname(os.path.realpath(__file__))
    shipped = os.path.join(here, "knowledge")
    return shipped if os.path.isdir(shipped) else os.path.join(os.path.dirname(here), "knowledge")


def default_dir() -> Path:
    """`default_root()` as a Path."""
    from pathlib import Path

    return Path(default_root())


def load(root: str | Path | None = None) -> KnowledgeBase:
    """Load and validate a knowledge folder; raise `KnowledgeError` on the first error."""
    from pathlib import Path

    from .validate import collect  # validation is its own module; it imports this one

    kb, problems = collect(Path(root) if root else default_dir())
    errors = [p for p in problems if p.is_error]
    if errors:
        first = errors[0]
        raise KnowledgeError(first.path, first.line, first.message)
    assert kb is not None
    return kb
