"""Turn the files of a knowledge folder, as read, into checked records, and report every
fault as a `Problem` at `file:line`.

`checked_parts` is what `bot.core.loader.collect` builds the `KnowledgeBase` from, for both
`load` (which stops at the first error) and `magbot check` (which lists them all), so the
two can never disagree about what is valid. Nothing here reads a file or builds the base.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from .article import parse_article
from .knowledge import (
    ARTICLE_FILE,
    CONVERSATION_FILE,
    ENTRIES_DIR,
    LEXICON_FILE,
    SAFETY_FILE,
    SETTINGS_FILE,
    SMALLTALK_FILE,
    Article,
    Cues,
    Entry,
    Folder,
    KnowledgeError,
    Settings,
    SmallTalk,
)
from .safety import (
    LEVELS,
    NEAR,
    SOURCES,
    Flag,
    SafetyFileError,
    compile_concepts,
    compile_flag,
)
from .text import LazyPattern, Lexicon, general_equivalents, normalise
from .tomlfile import parse_toml

ID_PATTERN = LazyPattern(r"^[a-z0-9][a-z0-9-]*$")
MIN_ALTERNATES = 4
# Beyond these, loading and matching would take seconds, and no article needs them.
MAX_ENTRIES = 20_000
MAX_PHRASINGS = 100  # alternates (and terms) of one entry
MAX_ALL_ALTERNATES = 100_000  # of all entries: ~8 s to compile, 0.5 s to answer warm
ENTRY_KEYS = ("id", "question", "alternates", "terms", "answer", "source", "related")
_TEXT_SETTINGS = (
    "name",
    "greeting",
    "disclaimer",
    "fallback",
    "flagged_fallback",
    "reminder",
    "exhausted",
    "not_said",
    "torn",
    "acknowledge",
    "nothing_to_pick",
    "no_further_reason",
    "no_more_said",
    "goes_on",
    "several",
    "not_covered",
    "unclear",
    "each_side",
    "left_over",
    "goodbye",
)
_NUMBER_SETTINGS = (
    "answer_threshold",
    "unsure_margin",
    "smalltalk_threshold",
    "unknown_word_penalty",
    "filler_word_penalty",
    "min_evidence",
    "unsure_threshold",
    "situation_threshold",
    "subject_terms",
    "synonym_nearness",
)


class Problem(NamedTuple):
    path: str
    line: int | None
    message: str
    is_error: bool = True

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {'error' if self.is_error else 'warning'}: {self.message}"


class _Locator:
    """Find the line of the n-th `[[table]]` of a file, and of a key inside it."""

    def __init__(self, raw: str, table: str):
        self.lines = raw.splitlines()
        header = re.compile(rf"^\s*\[\[\s*{re.escape(table)}\s*\]\]")
        self.starts = [i for i, line in enumerate(self.lines) if header.match(line)]

    def line(self, index: int, key: str | None = None) -> int | None:
        if index >= len(self.starts):
            return None
        start = self.starts[index]
        if key:
            end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.lines)
            pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
            for i in range(start, end):
                if pattern.match(self.lines[i]):
                    return i + 1
        return start + 1


class _Report:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def error(self, path: Path | str, line: int | None, message: str) -> None:
        self.problems.append(Problem(str(path), line, message, True))

    def warning(self, path: Path | str, line: int | None, message: str) -> None:
        self.problems.append(Problem(str(path), line, message, False))


def _text(value: object) -> bool:
    return isinstance(value, str) and value.strip() != ""


def _texts(value: object) -> bool:
    return isinstance(value, list) and all(_text(v) for v in value)


def _text_of(folder: Folder, name: str, report: _Report, required: bool = True) -> str | None:
    """The text of file `name` as `read_folder` read it; None (and maybe an error) if none."""
    path = Path(folder.path(name))
    if name in folder.problems:
        report.error(path, None, folder.problems[name])
        return None
    data = folder.files.get(name)
    if data is None:
        if required:
            report.error(path, None, "file is missing")
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        report.error(path, None, f"cannot read: not UTF-8 text ({exc.reason} at byte {exc.start})")
        return None


def _read(
    folder: Folder, name: str, report: _Report, required: bool = True
) -> tuple[dict, str] | None:
    raw = _text_of(folder, name, report, required)
    if raw is None:
        return None
    try:
        return parse_toml(Path(folder.path(name)), raw)
    except KnowledgeError as exc:
        report.error(exc.path, exc.line, exc.message)
        return None


def _entries(root: Path, folder: Folder, article: Article, report: _Report) -> list[Entry]:
    names = [
        name
        for name in folder.files.keys() | folder.problems.keys()
        if name.startswith(ENTRIES_DIR + "/")
    ]
    if ENTRIES_DIR in folder.problems:
        report.error(root / ENTRIES_DIR, None, folder.problems[ENTRIES_DIR])
    elif not names:
        report.error(root / ENTRIES_DIR, None, "no entry files (*.toml) found")
    entries: list[Entry] = []
    # ids of entries that are there but broken, or None when a whole file could not be read:
    # a `related` pointing at them is not reported again as pointing nowhere
    broken: set[str] | None = set()
    locators: dict[str, _Locator] = {}  # each file's lines, split once
    alternates = 0
    for name in sorted(names):
        path = root / name
        parsed = _read(folder, name, report)
        tables = None if parsed is None else _tables(parsed[0], "entry", path, parsed[1], report)
        if parsed is None or tables is None:
            broken = None
            continue
        if not tables:
            report.error(path, None, "no [[entry]] tables")
            continue
        where = locators[str(path)] = _Locator(parsed[1], "entry")
        for index, table in enumerate(tables):
            entry = _entry(path, index, table, where, report)
            if entry:
                entries.append(entry)
            elif broken is not None and isinstance(table.get("id"), str):
                broken.add(table["id"])
            alternates += len(entry.alternates) if entry else 0
            if len(entries) > MAX_ENTRIES or alternates > MAX_ALL_ALTERNATES:
                what = (
                    f"{MAX_ENTRIES:,} entries"
                    if len(entries) > MAX_ENTRIES
                    else f"{MAX_ALL_ALTERNATES:,} alternates in all"
                )
                report.error(
                    path,
                    where.line(index),
                    f"more than {what}; split the article into several knowledge folders",
                )
                return entries
    _cross_check(entries, article, report, broken, locators)
    return entries


def _tables(data: dict, name: str, path: Path, raw: str, report: _Report) -> list[dict] | None:
    """The `[[name]]` tables of a file; None (and an error) when `name` holds anything else."""
    value = data.get(name, [])
    if isinstance(value, list) and all(isinstance(t, dict) for t in value):
        return value
    report.error(path, _key_line(raw, name), f"`{name}` must be written as [[{name}]] tables")
    return None


def _entry(path: Path, index: int, table: dict, where: _Locator, report: _Report) -> Entry | None:
    ok = True
    for key in ("id", "question", "answer", "source"):
        if key not in table:
            report.error(path, where.line(index), f"entry is missing `{key}`")
            ok = False
        elif not _text(table[key]):
            report.error(path, where.line(index, key), f"`{key}` must be a non-empty string")
            ok = False
    for key in ("alternates", "terms", "related"):
        if key in table and not _texts(table[key]):
            report.error(
                path, where.line(index, key), f"`{key}` must be a list of non-empty strings"
            )
            ok = False
        elif key in table and len(table[key]) > MAX_PHRASINGS:
            report.error(
                path,
                where.line(index, key),
                f"`{key}` has {len(table[key]):,} items; at most {MAX_PHRASINGS}",
            )
            ok = False
    for key in table:
        if key not in ENTRY_KEYS:  # a misspelt key would silently drop what it holds
            report.warning(
                path,
                where.line(index, key),
                f"unknown key `{key}` in entry (known: {', '.join(ENTRY_KEYS)})",
            )
    if ok and not ID_PATTERN.match(table["id"]):
        report.error(
            path,
            where.line(index, "id"),
            f"id {table['id']!r} must be lower-case letters, digits and dashes",
        )
    alternates = table.get("alternates", [])
    if ok and len(alternates) < MIN_ALTERNATES:
        report.warning(
            path,
            where.line(index, "alternates"),
            f"entry {table['id']!r} has {len(alternates)} alternates; "
            f"{MIN_ALTERNATES} or more help people find it",
        )
    if not ok:
        return None
    return Entry(
        id=table["id"],
        question=table["question"].strip(),
        alternates=tuple(alternates),
        terms=tuple(table.get("terms", ())),
        answer=" ".join(table["answer"].split()),
        source=table["source"].strip(),
        related=tuple(table.get("related", ())),
        file=str(path),
        line=where.line(index) or 0,
    )


def _line_of(entry: Entry, key: str, locators: dict[str, _Locator]) -> int:
    """The line of `key` in the entry's table, from the text that was read (never re-read)."""
    where = locators.get(entry.file)
    lines = where.lines if where else []
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for i in range(entry.line - 1, len(lines)):
        if i > entry.line - 1 and lines[i].lstrip().startswith("[["):
            break
        if pattern.match(lines[i]):
            return i + 1
    return entry.line


def _cross_check(
    entries: list[Entry],
    article: Article,
    report: _Report,
    broken: set[str] | None,
    locators: dict[str, _Locator],
) -> None:
    seen: dict[str, Entry] = {}
    for entry in entries:
        if entry.id in seen:
            first = seen[entry.id]
            report.error(
                entry.file,
                entry.line,
                f"duplicate id {entry.id!r} (first at {first.file}:{first.line})",
            )
        else:
            seen[entry.id] = entry
    headings = set(article.headings)
    for entry in entries:
        if headings and entry.source not in headings:
            report.error(
                entry.file,
                _line_of(entry, "source", locators),
                f"source {entry.source!r} is not a heading of {ARTICLE_FILE}",
            )
        for rel in entry.related:
            if rel not in seen and broken is not None and rel not in broken:
                report.error(
                    entry.file,
                    _line_of(entry, "related", locators),
                    f"related id {rel!r} of entry {entry.id!r} matches no entry",
                )
            elif rel == entry.id:
                report.warning(
                    entry.file,
                    _line_of(entry, "related", locators),
                    f"entry {entry.id!r} lists itself as related",
                )


def _invalid(table: dict, texts: tuple[str, ...], lists: tuple[str, ...]) -> list[str]:
    """The keys of `table` that are not a non-empty string (`texts`) or list of them (`lists`)."""
    return [k for k in texts if not _text(table.get(k))] + [
        k for k in lists if not table.get(k) or not _texts(table.get(k))
    ]


def _smalltalk(root: Path, folder: Folder, report: _Report) -> list[SmallTalk]:
    path = root / SMALLTALK_FILE
    parsed = _read(folder, SMALLTALK_FILE, report, required=False)
    if parsed is None:
        return []
    data, raw = parsed
    where = _Locator(raw, "smalltalk")
    out: list[SmallTalk] = []
    for index, table in enumerate(_tables(data, "smalltalk", path, raw, report) or ()):
        bad = _invalid(table, texts=("id", "answer"), lists=("patterns",))
        for key in bad:
            report.error(path, where.line(index, key), f"small talk is missing a valid `{key}`")
        if not bad:
            out.append(
                SmallTalk(
                    table["id"],
                    tuple(table["patterns"]),
                    " ".join(table["answer"].split()),
                    str(path),
                    where.line(index) or 0,
                )
            )
    return out


def _used(article: Article, entries: list[Entry]) -> str:
    """The base's own words, lower-case, one space apart: the article's, and every entry's
    fields that are matched or shown (which of the general equivalents it says). One pass
    over all of them, as plain English words (a base of 10,000 entries is read at once)."""
    texts = [section.text for section in article.sections]
    for e in entries:
        texts += [e.question, *e.alternates, e.answer, *e.terms]
    return _NOT_LETTERS.sub(" ", "\n".join(texts).lower().replace("\u2019", "'").replace("'", ""))


_NOT_LETTERS = LazyPattern(r"[^a-z0-9]+")


def _lexicon(root: Path, folder: Folder, report: _Report, used: str = "") -> Lexicon:
    path = root / LEXICON_FILE
    general = general_equivalents(used)
    parsed = _read(folder, LEXICON_FILE, report, required=False)
    if parsed is None:
        return Lexicon.build({}, [], general=general)  # the general English words all the same
    data, raw = parsed
    synonyms = data.get("synonyms", {})
    stopwords = data.get("stopwords", [])
    if not isinstance(synonyms, dict) or not all(_text(v) for v in synonyms.values()):
        report.error(path, _key_line(raw, "synonyms"), "`synonyms` must map words to words")
        synonyms = {}
    if not _texts(stopwords):
        report.error(path, _key_line(raw, "stopwords"), "`stopwords` must be a list of words")
        stopwords = []
    filler = data.get("filler", "")
    if not isinstance(filler, str):
        report.error(path, _key_line(raw, "filler"), "`filler` must be a string of words")
        filler = ""
    return Lexicon.build(synonyms, stopwords, filler.split(), general)


def _key_line(raw: str, key: str) -> int | None:
    pattern = re.compile(rf"^\s*\[?{re.escape(key)}\]?\s*(=|$)")
    return next((i + 1 for i, line in enumerate(raw.splitlines()) if pattern.match(line)), None)


def _settings(root: Path, folder: Folder, report: _Report) -> Settings:
    path = root / SETTINGS_FILE
    parsed = _read(folder, SETTINGS_FILE, report, required=False)
    if parsed is None:
        return Settings()
    data, raw = parsed
    values: dict = {}
    bot = _section(data, "bot", path, raw, report)
    match = _section(data, "match", path, raw, report)
    known = {"bot": _TEXT_SETTINGS, "match": _NUMBER_SETTINGS}
    for name, table in (("bot", bot), ("match", match)):
        for key in table:
            if key not in known[name]:  # a misspelt threshold would silently keep the default
                report.warning(path, _key_line(raw, key), f"unknown setting `{key}` in [{name}]")
    for key in _TEXT_SETTINGS:
        if key in bot:
            if _text(bot[key]):
                values[key] = bot[key].strip()
            else:
                report.error(path, _key_line(raw, key), f"`{key}` must be a non-empty string")
    for key in _NUMBER_SETTINGS:
        if key in match:
            value = match[key]
            if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0:
                values[key] = float(value)
            else:
                report.error(path, _key_line(raw, key), f"`{key}` must be a number >= 0")
    return Settings(**values)


def _section(data: dict, name: str, path: Path, raw: str, report: _Report) -> dict:
    value = data.get(name, {})
    if isinstance(value, dict):
        return value
    report.error(path, _key_line(raw, name), f"`{name}` must be a [{name}] table")
    return {}


_CUE_LISTS = (
    "more",
    "lean",
    "affirm",
    "other",
    "refer",
    "explain",
    "detail",
    "examples",
    "extend",
    "shift",
    "correct",
    "correct_start",
    "lead",
    "close",
    "ask",
    "me",
    "link",
    "choose",
)


def _cues(root: Path, folder: Folder, report: _Report) -> Cues:
    path = root / CONVERSATION_FILE
    parsed = _read(folder, CONVERSATION_FILE, report, required=False)
    if parsed is None:
        return Cues()
    data, raw = parsed
    lists = {}
    for key in _CUE_LISTS:
        value = data.get(key, [])
        if not _texts(value):
            report.error(path, _key_line(raw, key), f"`{key}` must be a list of phrases")
            value = []
        lists[key] = frozenset(normalise(v) for v in value)
    groups = data.get("situation", {})
    if not isinstance(groups, dict):
        report.error(path, _key_line(raw, "situation"), "`situation` must be a [situation] table")
        groups = {}
    situation = []
    for name, value in groups.items():
        if not _texts(value):
            report.error(
                path, _key_line(raw, name), f"`situation.{name}` must be a list of phrases"
            )
            continue
        situation.append((name, tuple(dict.fromkeys(normalise(v) for v in value if normalise(v)))))
    from .situation import stemmed  # compiled once with the base, kept in the cache

    return Cues(**lists, situation=tuple(situation), situation_stems=stemmed(tuple(situation)))


def _flags(root: Path, folder: Folder, report: _Report) -> list[Flag]:
    path = root / SAFETY_FILE
    parsed = _read(folder, SAFETY_FILE, report, required=False)
    if parsed is None:
        return []
    data, raw = parsed
    try:
        concepts = compile_concepts(data)
    except SafetyFileError as exc:
        report.error(path, _key_line(raw, exc.key or ""), str(exc))
        return []
    settings = data.get("settings", {})
    near = settings.get("near", NEAR) if isinstance(settings, dict) else NEAR
    concern = (
        tuple(concepts[n] for n in settings.get("concern", ()) if n in concepts)
        if isinstance(settings, dict)
        else ()
    )
    where = _Locator(raw, "flag")
    out: list[Flag] = []
    for index, table in enumerate(_tables(data, "flag", path, raw, report) or ()):
        bad = _invalid(table, texts=("id", "message"), lists=())
        for key in bad:
            report.error(path, where.line(index, key), f"flag is missing a valid `{key}`")
        if table.get("level") not in LEVELS:
            report.error(
                path, where.line(index, "level"), f"`level` must be one of {', '.join(LEVELS)}"
            )
            bad.append("level")
        for key in ("same_as", "phrases", "examples"):
            if key in table and not _texts(table[key]):
                report.error(path, where.line(index, key), f"`{key}` must be a list of texts")
                bad.append(key)
        if "info" in table and not _text(table["info"]):
            report.error(path, where.line(index, "info"), "`info` must be text")
            bad.append("info")
        for key in ("history", "general", "everyday", "anyone", "asked"):
            if key in table and not isinstance(table[key], bool):
                report.error(path, where.line(index, key), f"`{key}` must be true or false")
                bad.append(key)
        if "source" in table and table["source"] not in SOURCES:
            report.error(
                path, where.line(index, "source"), f"`source` must be one of {', '.join(SOURCES)}"
            )
            bad.append("source")
        if bad:
            continue
        try:
            out.append(compile_flag(table, concepts, near, concern))
        except (ValueError, TypeError) as exc:
            report.error(path, where.line(index, "signs"), str(exc))
    return out


def checked_parts(root: Path, folder: Folder) -> tuple[dict | None, list[Problem]]:
    """Check the knowledge folder `root` as `read_folder` read it; return its parts by the
    name of their `KnowledgeBase` field (None on errors), and every problem."""
    report = _Report()
    if "" in folder.problems:
        report.error(root, None, folder.problems[""])
        return None, report.problems
    article_path = root / ARTICLE_FILE
    text = _text_of(folder, ARTICLE_FILE, report)
    article = parse_article(text) if text is not None else Article("", ())
    if text is not None and not article.sections:
        report.error(article_path, None, "the source article is empty")
    entries = _entries(root, folder, article, report)
    smalltalk = _smalltalk(root, folder, report)
    lexicon = _lexicon(root, folder, report, _used(article, entries))
    settings = _settings(root, folder, report)
    cues = _cues(root, folder, report)
    flags = _flags(root, folder, report)
    ids = {e.id for e in entries}
    for flag in flags:
        for entry_id in flag.same_as:
            if entry_id not in ids:
                report.error(
                    root / SAFETY_FILE,
                    None,
                    f"`same_as` of flag {flag.id!r} names no entry: {entry_id!r}",
                )
    if any(p.is_error for p in report.problems):
        return None, report.problems
    parts = {
        "entries": tuple(entries),
        "smalltalk": tuple(smalltalk),
        "lexicon": lexicon,
        "settings": settings,
        "article": article,
        "cues": cues,
        "flags": tuple(flags),
    }
    return parts, report.problems
