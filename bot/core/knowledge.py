"""The records of a knowledge base: entries, small talk, cues, article, settings, the base itself.

Data only; `bot.core.loader` reads a knowledge folder and builds them.
"""

import os
from functools import cached_property
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


class KnowledgeError(Exception):
    """A knowledge folder that cannot be used; str() is `file:line: message`."""

    def __init__(self, path: "str | Path", line: int | None, message: str):
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
    other: frozenset[str] = frozenset()  # "and the other one?": the one other option offered
    refer: frozenset[str] = frozenset()
    explain: frozenset[str] = frozenset()
    detail: frozenset[str] = frozenset()  # "is that bad?", "like what?": about the last answer
    examples: frozenset[str] = frozenset()  # "like what?", "for example?": instances of it
    extend: frozenset[str] = frozenset()  # "and further down too?": does it go further?
    shift: frozenset[str] = frozenset()  # "anyway", "totally unrelated": a new subject
    correct: frozenset[str] = frozenset()  # "i meant": a correction of the last question
    correct_start: frozenset[str] = frozenset()  # "sorry, sitting": a loose correction
    lead: frozenset[str] = frozenset()  # "hmm", "but": words that only lead into a message
    close: frozenset[str] = frozenset()  # "tho", "lol": words that only close a message
    ask: frozenset[str] = frozenset()  # first words of a question
    me: frozenset[str] = frozenset()  # first-person words: a statement about oneself
    link: frozenset[str] = frozenset()  # "connected", "behind": is what was told the cause?
    choose: frozenset[str] = frozenset()  # "which is it?": which told cause is the likelier
    situation: tuple[tuple[str, tuple[str, ...]], ...] = ()  # group -> phrases remembered
    situation_stems: tuple = ()  # every situation phrase as (stems, phrase, group), once

    @property
    def asking_link(self) -> tuple[str, ...]:
        """The phrases that ask for a link or a verdict (`link`, `choose`) in one fixed
        order: read joined, what their words say must not hang on how a set happens to be
        laid out in this process (its order changes with each process's string hashing)."""
        return tuple(sorted(self.link | self.choose))


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
    reminder: str = ""  # before the urgent guidance said again, on the next question
    exhausted: str = ""  # "tell me more" when every related entry has been shown
    not_said: str = ""  # the topic is covered, not what is asked of it ("{aspect}")
    torn: str = ""  # two entries fit as well and neither surely: they are offered, not answered
    acknowledge: str = ""  # to a message that tells rather than asks
    nothing_to_pick: str = ""  # a number when no numbered list is shown
    no_further_reason: str = ""  # "why?" when the article gives no further reason
    no_more_said: str = ""  # "is that bad?" when the article says no more than the last answer
    goes_on: str = ""  # "like what?": before the article's words behind it and after them
    several: str = ""  # before the answers to several questions ({count})
    not_covered: str = ""  # before the questions of a message the article does not cover
    unclear: str = ""  # before those of its questions two entries fit, neither surely
    each_side: str = ""  # before what it says of each of two things asked how they differ
    left_over: str = ""  # before the questions beyond those answered in turn ({count})
    goodbye: str = ""  # when the chat ends
    answer_threshold: float = 60.0
    unsure_margin: float = 4.0
    smalltalk_threshold: float = 85.0
    unknown_word_penalty: float = 0.55
    filler_word_penalty: float = 0.92
    min_evidence: float = 1.6
    unsure_threshold: float = 75.0
    situation_threshold: float = 50.0
    subject_terms: float = 0.0  # key terms that put a question on the subject (0: none do)
    synonym_nearness: float = 0.75  # how near a word must be to a base word to stand for it


NO_CUES = Cues()


class _Base(NamedTuple):
    root: "Path"
    entries: tuple[Entry, ...]
    smalltalk: tuple[SmallTalk, ...]
    lexicon: Lexicon
    settings: Settings
    article: Article
    cues: Cues = NO_CUES
    flags: tuple[Flag, ...] = ()


class KnowledgeBase(_Base):
    """A loaded knowledge folder; built once by `bot.core.loader` and not changed after.

    A NamedTuple (its fields are `_Base`'s), so that it is built by keyword, copied with
    `_replace` and stored by the cache field by field without a list kept by hand; not a
    dataclass, whose import would cost `magbot ask` a tenth of its start-up.
    """

    @cached_property
    def by_id(self) -> dict[str, Entry]:
        return {e.id: e for e in self.entries}

    def entry(self, entry_id: str) -> Entry | None:
        return self.by_id.get(entry_id)


class Folder(NamedTuple):
    """What `read_folder` found: the bytes of each file it read, by its name in the layout
    ("article.txt", "entries/01-intro.toml"), and why each other one could not be used."""

    root: str
    files: dict[str, bytes]
    problems: dict[str, str]  # name ("" for the folder itself) -> message

    def path(self, name: str) -> str:
        return os.path.join(self.root, name) if name else self.root
