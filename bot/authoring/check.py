"""`magbot check`: every fault of a knowledge folder, as `Problem`s at `file:line`.

The structural faults come from `bot.core.loader.collect`, the same code `load` uses. On top
of them, warnings only the matcher can see: an alternate that reads closer to another entry
than to its own (or that is word for word another entry's phrasing too), and an entry that
no question of an evaluation file reaches.
It returns data and prints nothing; the CLI shows it.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from ..core import words
from ..core.conversation import Conversation
from ..core.index import Read, build_index, read_entries
from ..core.knowledge import SAFETY_FILE, Entry, Folder, KnowledgeBase
from ..core.loader import collect, read_folder
from ..core.matcher import Match, Matcher
from ..core.text import normalise
from ..core.validate import Problem
from .evaluate import Row
from .health import is_health_like
from .parallel import map_slices

Progress = Callable[[int, int], None]  # (entries done, entries): see `check_knowledge`

EVAL_FILE = Path("tests") / "eval" / "questions.jsonl"
MISFILED_MARGIN = 15.0  # points by which another entry must win for an alternate to look misfiled
PARALLEL_ALTERNATES = 2000  # from this many alternates, `misfiled` ranks them on every core
Shared = tuple[Entry, str, Entry]  # an entry, its alternate, the earlier entry phrased so


class CheckReport(NamedTuple):
    kb: KnowledgeBase | None  # None when the folder has errors
    problems: list[Problem]

    @property
    def errors(self) -> int:
        return sum(p.is_error for p in self.problems)

    @property
    def warnings(self) -> int:
        return len(self.problems) - self.errors

    def summary(self) -> str:
        return f"{_count(self.errors, 'error')}, {_count(self.warnings, 'warning')}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def project_eval_file(root: Path) -> Path | None:
    """The project's question file beside a knowledge folder (a clone's), if there is one."""
    path = root.resolve().parent / EVAL_FILE
    return path if path.is_file() else None


def check_knowledge(
    root: Path,
    rows: list[Row] | None = None,
    rows_name: str = "",
    workers: int | None = None,
    progress: Progress | None = None,
) -> CheckReport:
    """Every problem of the folder `root`; `rows` (an evaluation file) adds the reach check;
    `workers`: the processes that rank the alternates (see `misfiled`); `progress(done,
    size)`: told how many entries' alternates are ranked, as they are."""
    with _uncollected():
        return _check_knowledge(root, rows, rows_name, workers, progress)


@contextmanager
def _uncollected() -> Iterator[None]:
    """The cyclic garbage collector off while a folder is checked: reading a large one
    makes some million objects, none of them garbage in a cycle, and each full collection
    walks all made so far (a tenth of the CPU time before the alternates are ranked, when
    nothing else runs). Reference counting still frees all the rest as it goes."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _check_knowledge(
    root: Path,
    rows: list[Row] | None,
    rows_name: str,
    workers: int | None,
    progress: Progress | None,
) -> CheckReport:
    folder = read_folder(str(root))
    kb, problems = collect(root, folder)
    if kb is None:
        return CheckReport(None, problems)
    lines = _Lines(folder)
    shared = _shared(kb)
    problems = (
        problems
        + shared_phrasings(kb, lines, shared)
        + misleading_alternates(kb, lines, shared, workers, progress)
        + missing_flags(kb)
    )
    if rows is not None:
        problems += unreached_entries(kb, Matcher(kb), rows, rows_name)
    problems.sort(key=lambda p: (p.path, p.line or 0))
    return CheckReport(kb, problems)


def missing_flags(kb: KnowledgeBase) -> list[Problem]:
    """A health article with no red flags: symptoms that need a doctor would go unnoticed."""
    article = " ".join([kb.article.title, *(f"{s.heading} {s.text}" for s in kb.article.sections)])
    if kb.flags or not is_health_like(article):
        return []
    return [
        Problem(
            str(kb.root / SAFETY_FILE),
            None,
            "the article is about health but no red flags are defined: add [[flag]] "
            "tables (see knowledge/safety.toml) so that symptoms needing a doctor get "
            "the see-a-doctor guidance first",
            False,
        )
    ]


def shared_phrasings(
    kb: KnowledgeBase, lines: _Lines | None = None, shared: list[Shared] | None = None
) -> list[Problem]:
    """Alternates that are, word for word, a phrasing of an earlier entry too (`shared`:
    `_shared(kb)`, when it is known already)."""
    lines = lines or _Lines(read_folder(str(kb.root)))
    return [
        _warning(
            entry,
            text,
            lines,
            f"alternate {text!r} of entry {entry.id!r} is also a phrasing of entry {first.id!r}",
        )
        for entry, text, first in (_shared(kb) if shared is None else shared)
    ]


def _shared(kb: KnowledgeBase) -> list[Shared]:
    owner: dict[str, Entry] = {}
    out = []
    for entry in kb.entries:
        for text in (entry.question, *entry.alternates):
            first = owner.setdefault(normalise(text), entry)
            if first.id != entry.id and text in entry.alternates:
                out.append((entry, text, first))
    return out


def misfiled(
    kb: KnowledgeBase,
    workers: int | None = None,
    skip: frozenset[tuple[str, str]] = frozenset(),
    progress: Progress | None = None,
) -> list[tuple[Entry, str, Match | None, float]]:
    """Alternates that read closer to another entry than to their own: (entry, alternate,
    the other entry's match or None if no entry matches at all, its own score).

    Each alternate is asked of the entries without their alternates (question, key terms and
    answer): with them, every alternate matches its own entry word for word, which tests
    nothing. It is flagged when another entry scores MISFILED_MARGIN points or more above its
    own. Many alternates are ranked in `workers` processes (default: one per core). The
    (entry id, alternate) pairs in `skip` are not ranked: what they would say is said
    otherwise (a phrasing of another entry word for word, reported as such).
    """
    large = sum(len(e.alternates) for e in kb.entries) - len(skip) >= PARALLEL_ALTERNATES
    if large:
        words.read_whole()  # many thousands of words to look up, here and in the workers
    elif workers is None:
        workers = 1  # sooner done here than in processes started for it
    bare = kb._replace(entries=tuple(e._replace(alternates=()) for e in kb.entries))
    read = map_slices(_read_slice, bare, len(bare.entries), workers)  # each entry on its own
    matcher = Matcher(bare, build_index(bare, rank_only=True, read=read), shortlist_only=True)
    found = map_slices(
        _misfiled_among, (kb, matcher, skip), len(kb.entries), workers, progress if large else None
    )
    return [
        (
            kb.entries[number],
            alternate,
            None if other is None else Match(bare.entries[other], score),
            own,
        )
        for number, alternate, other, score, own in found
    ]


def _read_slice(kb: KnowledgeBase, start: int, stop: int) -> list[Read]:
    return [read_entries(kb, start, stop)]


def _misfiled_among(
    work: tuple[KnowledgeBase, Matcher, frozenset[tuple[str, str]]], start: int, stop: int
) -> list[tuple[int, str, int | None, float, float]]:
    """`misfiled` for the entries numbered start to stop, by number: (entry, alternate,
    other entry or None, its score, own score)."""
    kb, matcher, skip = work
    out: list[tuple[int, str, int | None, float, float]] = []
    for number in range(start, stop):
        entry = kb.entries[number]
        for alternate in entry.alternates:
            if skip and (entry.id, alternate) in skip:
                continue
            query = matcher.analyse(alternate, asked=False)
            found = matcher.leader(query, number, MISFILED_MARGIN)
            if found is None:
                out.append((number, alternate, None, 0.0, 0.0))
                continue
            top, score, own = found
            if top != number and score - own >= MISFILED_MARGIN:
                out.append((number, alternate, top, score, own))
    return out


def misleading_alternates(
    kb: KnowledgeBase,
    lines: _Lines | None = None,
    shared: list[Shared] | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
) -> list[Problem]:
    """`misfiled` alternates as warnings (a word-for-word shared one is reported apart)."""
    lines = lines or _Lines(read_folder(str(kb.root)))
    apart = frozenset(
        (entry.id, text) for entry, text, _ in (_shared(kb) if shared is None else shared)
    )
    out = []
    for entry, alternate, other, own in misfiled(kb, workers, skip=apart, progress=progress):
        if other is None:
            message = (
                f"alternate {alternate!r} of entry {entry.id!r} has no word that points "
                "to any entry"
            )
        else:
            message = (
                f"alternate {alternate!r} of entry {entry.id!r} reads closer to entry "
                f"{other.entry.id!r} ({other.score:.1f}) than to its own ({own:.1f})"
            )
        out.append(_warning(entry, alternate, lines, message))
    return out


def unreached_entries(
    kb: KnowledgeBase, matcher: Matcher, rows: list[Row], rows_name: str
) -> list[Problem]:
    """Entries that no row of an evaluation file is answered from, at any of its turns."""
    reached: set[str] = set()
    for row in rows:
        conversation = Conversation(kb, matcher)
        for turn in row.turns:
            reply = conversation.respond(turn)
            if reply.entry is not None:
                reached.add(reply.entry.id)
    name = rows_name or "the evaluation file"
    return [
        Problem(
            e.file, e.line or None, f"entry {e.id!r} is reached by no question of {name}", False
        )
        for e in kb.entries
        if e.id not in reached
    ]


class _Lines:
    """The lines of each file of a folder as it was read, split once (never read again)."""

    def __init__(self, folder: Folder):
        self.folder = folder
        self.split: dict[str, list[str]] = {}

    def of(self, file: str) -> list[str]:
        if file not in self.split:
            data = self.folder.files.get(os.path.relpath(file, self.folder.root), b"")
            self.split[file] = data.decode("utf-8", "replace").splitlines()
        return self.split[file]


def _warning(entry: Entry, alternate: str, lines: _Lines, message: str) -> Problem:
    return Problem(
        entry.file, _line_of_alternate(entry, alternate, lines.of(entry.file)), message, False
    )


def _line_of_alternate(entry: Entry, alternate: str, lines: list[str]) -> int | None:
    """The line of the entry's file that holds `alternate` (else its `alternates` key)."""
    if not lines:
        return entry.line or None
    start = max(entry.line - 1, 0)
    key = None
    for i in range(start, len(lines)):
        line = lines[i]
        if i > start and line.lstrip().startswith("[["):
            break
        if key is None and line.lstrip().startswith("alternates"):
            key = i + 1
        if key is not None and alternate in line:
            return i + 1
    return key or entry.line or None
