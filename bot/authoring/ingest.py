"""Draft a knowledge folder from an article, for an author to review.

`read` reads the article the way its format means it (bot/reader.py: Markdown, HTML, plain
text; anything else is refused). `draft` is pure: it takes the article (a `Document`, or
its text) and returns the folder's files as `{relative path: text}`: the article kept as
clean Markdown (one passage per block, a lead-in joined to its list, so the passages stay
whole for answering from), entries split by meaning with drafted questions, alternates and
key terms (bot/drafter.py), and, for a health-like article, the red flags of the seed
folder. Alternates that `magbot check` would flag as reading closer to another entry are
dropped. `seed_from` reads what an existing base can lend: stopwords, generic words,
follow-up cues, small-talk patterns and red flags.
"""

from __future__ import annotations

import json
import re
import textwrap
import tomllib
from pathlib import Path
from typing import NamedTuple

from ..core.article import parse_article
from ..core.knowledge import (
    ARTICLE_FILE,
    CONVERSATION_FILE,
    ENTRIES_DIR,
    LEXICON_FILE,
    SAFETY_FILE,
    SETTINGS_FILE,
    SMALLTALK_FILE,
    Entry,
    KnowledgeBase,
    KnowledgeError,
    Settings,
)
from ..core.loader import read_toml
from ..core.situation import SYMPTOMS, TIMING
from ..core.text import Lexicon, normalise
from . import drafter, phrasing
from .check import misfiled
from .document import Document, to_text
from .health import is_health_like, symptom_synonyms, symptoms
from .reader import ReadError, read_markdown, read_text
from .shortforms import short_forms

MIN_ALTERNATES = 4
MAX_ALTERNATES = 10
SMALLTALK_IDS = ("greeting", "thanks", "goodbye")
TOPICS = 5  # section headings the fallback names
TOPIC_WORDS = 10  # ... when they are short enough to read in a list
# A drafted base's [match] settings, measured on the tuning half of the questions of every
# article of tests/fixtures/articles and on a draft of the shipped article with
# tests/eval/realistic-tune.jsonl, together: its phrasings are fewer and plainer than an
# author's, so a question shares fewer of its words, and a word it never uses says less
# against an answer than in a base written by hand. The same for a health article: on the
# two health drafts the shipped defaults declined as many right answers and answered more
# wrongly. A generic word it never uses ("difference", "travel") counts more against an
# answer: in a draft it is more often what a near-miss asks than a way of saying what an
# entry says.
# Its key terms are the words that set each passage apart: two of them put a question on
# the article's subject, even when everyday English would not ("mail", "card"). A word a
# little less near one of the article's words stands for it ("thieves" for "theft",
# "bureaus" for "agencies", "car" for "vehicles"): a draft says each thing one way only,
# where an author's alternates say it in several.
DRAFT_MATCH = {
    "answer_threshold": 50,
    "unknown_word_penalty": 0.85,
    "filler_word_penalty": 0.8,
    "subject_terms": 2,
    "synonym_nearness": 0.72,
}


class IngestError(Exception):
    """An article that cannot be drafted from; the message is shown as is."""


class Seed(NamedTuple):
    """What a draft borrows from an existing knowledge folder."""

    stopwords: tuple[str, ...] = ()
    filler: str = ""
    conversation: str = ""  # conversation.toml, verbatim
    smalltalk: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (id, patterns)
    safety: str = ""  # safety.toml, verbatim


def seed_from(root: Path) -> Seed:
    """Stopwords, generic words, cues, small talk and red flags of the folder `root`."""
    lexicon = _data(root / LEXICON_FILE)
    talk = _data(root / SMALLTALK_FILE).get("smalltalk", [])
    stopwords = lexicon.get("stopwords", [])
    filler = lexicon.get("filler", "")
    return Seed(
        tuple(w for w in stopwords if isinstance(w, str)) if isinstance(stopwords, list) else (),
        filler if isinstance(filler, str) else "",
        _raw(root / CONVERSATION_FILE),
        tuple(
            (t["id"], tuple(t["patterns"]))
            for t in talk
            if isinstance(t, dict)
            and t.get("id") in SMALLTALK_IDS
            and isinstance(t.get("patterns"), list)
        ),
        _raw(root / SAFETY_FILE),
    )


def _raw(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def _data(path: Path) -> dict:
    if not path.is_file():
        return {}
    try:
        return read_toml(path)[0]
    except KnowledgeError:
        return {}


def read(path: Path) -> Document:
    """The article at `path`, read by its format; `IngestError` when it cannot be."""
    from .reader import read as read_document

    try:
        return read_document(path)
    except ReadError as exc:
        raise IngestError(str(exc)) from None


def as_document(text: str) -> Document:
    """Text whose format is not known: Markdown if it has Markdown headings, else plain."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if re.search(r"(?m)^#{1,6}\s+\S|^\S.*\n(=+|-+)[ \t]*$", text):
        return read_markdown(text)
    return read_text(text)


def draft(article: Document | str, seed: Seed | None = None) -> dict[str, str]:
    """The files of a knowledge folder drafted from `article`."""
    seed = seed or Seed()
    document = as_document(article) if isinstance(article, str) else article
    text = to_text(document)
    found = drafter.units(document)
    if not found:
        raise IngestError("the article has no paragraphs to draft entries from")
    lexicon = Lexicon.build({}, list(seed.stopwords), seed.filler.split())
    synonyms = short_forms(text, lexicon.stopwords)
    synonyms.update(
        (w, n) for w, n in symptom_synonyms(text).items() if w not in synonyms
    )  # "exhausted" as the article's "fatigue"
    lexicon = Lexicon.build(synonyms, list(seed.stopwords), seed.filler.split())
    names = phrasing.names_in(" ".join(b.text for s in document.sections for b in s.blocks))
    entries = _choose_alternates(drafter.drafts(found, lexicon, names), text, lexicon)
    health = is_health_like(text)
    files = {
        ARTICLE_FILE: text,
        SETTINGS_FILE: _settings(document, health),
        LEXICON_FILE: _lexicon(seed, synonyms),
    }
    if seed.conversation:
        files[CONVERSATION_FILE] = _conversation(seed.conversation, {SYMPTOMS: symptoms(text)})
    if seed.smalltalk:
        files[SMALLTALK_FILE] = _smalltalk(seed, document.title)
    if seed.safety and health:
        files[SAFETY_FILE] = _safety(seed.safety)
    for number, heading in enumerate(dict.fromkeys(e.source for e in entries), 1):
        own = [e for e in entries if e.source == heading]
        name = f"{ENTRIES_DIR}/{number:02d}-{drafter.slug(heading, lexicon) or 'section'}.toml"
        files[name] = _entries_file(heading, own)
    return files


def _choose_alternates(drafts: list[drafter.Draft], text: str, lexicon: Lexicon) -> list[Entry]:
    """Keep the candidates `check` would not flag as misfiled (4 at least, 10 at most)."""
    trial = tuple(d.entry._replace(alternates=d.candidates) for d in drafts)
    kb = KnowledgeBase(
        root=Path("."),
        entries=trial,
        smalltalk=(),
        lexicon=lexicon,
        settings=Settings(),
        article=parse_article(text),
    )
    # an alternate that no entry matches without the alternates (its words are its own:
    # "What happens with too much water?") reads closer to no other entry
    flagged = {(entry.id, alt) for entry, alt, other, _ in misfiled(kb) if other is not None}
    chosen = []
    owner: dict[str, str] = {normalise(d.entry.question): d.entry.id for d in reversed(drafts)}
    for entry, draft in zip(trial, drafts, strict=True):
        for text in entry.alternates:  # a phrasing two entries share points at neither
            if owner.setdefault(normalise(text), entry.id) != entry.id:
                flagged.add((entry.id, text))
        good = [t for t in entry.alternates if (entry.id, t) not in flagged]
        rest = [t for t in entry.alternates if (entry.id, t) in flagged]
        keep = (good + rest)[: max(MIN_ALTERNATES, min(len(good), MAX_ALTERNATES))]
        # what only this passage says is asked of it, whatever entry reads closer
        keep = list(dict.fromkeys([*keep, *draft.own]))
        chosen.append(entry._replace(alternates=tuple(keep)))
    return chosen


def _safety(raw: str) -> str:
    """The seed's red flags, without `same_as` (the draft has none of the seed's entries)."""
    body = re.sub(r"(?m)^same_as\s*=.*\n", "", raw)
    return (
        "# Drafted by `magbot ingest`: the article reads as a health article, so these red "
        "flags\n# were copied from the seed knowledge folder. Reword the messages for "
        "this article's readers.\n\n" + body
    )


# -- the files -------------------------------------------------------------------------------


def _toml(value: str | list[str]) -> str:
    """A TOML value: a JSON string or list of strings is one too, once DEL is escaped."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def _long(text: str) -> str:
    """A long string as a TOML multi-line string, wrapped, with line-ending backslashes."""
    body = _toml(text)[1:-1]
    lines = textwrap.wrap(body, 88, break_long_words=False, break_on_hyphens=False)
    return '"""' + " \\\n".join(lines) + '"""'


def _entries_file(heading: str, entries: list[Entry]) -> str:
    out = [
        f"# Section: {_toml(heading)}",
        "# Drafted by `magbot ingest`: read every field and rewrite it the way people ask.",
        "",
    ]
    for e in entries:
        out += [
            "[[entry]]",
            f"id = {_toml(e.id)}",
            f"question = {_toml(e.question)}",
            "alternates = [",
        ]
        out += [f"  {_toml(a)}," for a in e.alternates]
        out += [
            "]",
            f"terms = {_toml(list(e.terms))}",
            f"answer = {_long(e.answer)}",
            f"source = {_toml(e.source)}",
            f"related = {_toml(list(e.related))}",
            "",
        ]
    return "\n".join(out)


def _settings(document: Document, health: bool) -> str:
    name = document.title or "the article"
    topics = [
        s.heading
        for s in document.sections
        if s.heading != document.title and len(s.heading.split()) <= TOPIC_WORDS
    ]
    fallback = f"I do not know: the article {name!r} does not cover that."
    if topics:
        shown = [t.rstrip("?.!:*") for t in topics[:TOPICS]]
        fallback += f" I can tell you about: {'; '.join(shown)}."
    greeting = f"Hi, I answer questions about one article, {name!r}. Ask away."
    lines = [
        "# Drafted by `magbot ingest`: what the bot says around its answers.",
        "",
        "[bot]",
        'name = "magbot"',
        f"greeting = {_toml(greeting)}",
        f"fallback = {_toml(fallback)}",
    ]
    disclaimer = (
        "Information from one article, not medical advice."
        if health
        else f"Answers come from one article, {name!r}, and nothing else."
    )
    lines += [f"disclaimer = {_toml(disclaimer)}", f"goodbye = {_toml('Goodbye.')}"]
    not_said = f"I do not know: the article {name!r} does not say {{aspect}}."
    torn = (
        "I'm not sure the article answers that as you asked it. These are the closest "
        "questions it does answer: ask one, or ask again in other words."
    )
    lines += [f"not_said = {_toml(not_said)}", f"torn = {_toml(torn)}"]
    lines += [f"{key} = {_toml(words)}" for key, words in _conversation_words(name)]
    lines += [
        "",
        "# How sure the bot must be before it answers: see knowledge/settings.toml.",
        "# Set for a draft's plain phrasings; an author who adds alternates may raise them.",
        "[match]",
        *(f"{key} = {value}" for key, value in DRAFT_MATCH.items()),
    ]
    return "\n".join([*lines, ""])


def _conversation_words(name: str) -> list[tuple[str, str]]:
    """What the bot says around its answers in a conversation, in words true of any
    article (knowledge/settings.toml says when each is said): without them a message that
    only tells gets an empty reply, and several questions their answers with no heading."""
    return [
        ("flagged_fallback", f"The article {name!r} does not cover the rest of your message."),
        ("reminder", "Before your question, about what you told me earlier:"),
        (
            "exhausted",
            "That is all the article says on this topic. Ask something else, or type /topics "
            "to see what I can answer.",
        ),
        (
            "acknowledge",
            'Got it, I\'ll keep that in mind. Ask me anything about it, for example: "{example}"',
        ),
        (
            "nothing_to_pick",
            "There is nothing numbered to pick from right now. Ask a question, or type "
            "/topics to see what I can answer.",
        ),
        ("no_further_reason", "The article gives no further reason than this. In its own words:"),
        ("no_more_said", "The article says no more about it than this. In its own words:"),
        ("goes_on", "In the article's own words:"),
        ("several", "You asked {count} things; here they are in turn."),
        ("not_covered", f"The article {name!r} does not cover:"),
        ("unclear", "I'm not sure which of its answers these mean; ask one of the closest:"),
        (
            "each_side",
            "The article does not compare them directly; here is what it says of each:",
        ),
        ("left_over", "I answered the first {count}; ask these again on their own:"),
    ]


# the [situation] group true of any article: when a thing happened, not what the seed's
# readers take, feel or did
_ANY_ARTICLE = frozenset((TIMING,))
_TABLE = re.compile(r"(?m)^\[([^\]]+)\][ \t]*$")


def _conversation(seed: str, drafted: dict[str, list[str]] | None = None) -> str:
    """The seed's conversation.toml for a draft: its cues as they are (words of English,
    not of its article), its `[situation]` groups other than the time of things emptied.
    What the seed's readers take, feel and did ("magnesium", "back pain", "lifting") is
    not what another article's readers tell; its author lists those. `drafted` fills a
    group from the article itself (a health article's symptoms, `health.symptoms`)."""
    drafted = drafted or {}
    tables = list(_TABLE.finditer(seed))
    at = next((n for n, t in enumerate(tables) if t.group(1).strip() == "situation"), None)
    if at is None:
        return seed
    start = tables[at].start()
    end = tables[at + 1].start() if at + 1 < len(tables) else len(seed)
    try:
        groups = tomllib.loads(seed[start:end]).get("situation", {})
    except tomllib.TOMLDecodeError:
        return seed
    lines = [
        "[situation]",
        "# Drafted: the words of what this article's readers take, feel and did are for",
        "# its author to list, each group as the shipped knowledge/conversation.toml does.",
    ]
    for name, phrases in groups.items():
        kept = phrases if name in _ANY_ARTICLE and isinstance(phrases, list) else []
        kept = drafted.get(name) or kept
        if not kept:
            lines.append(f"{name} = []")
            continue
        lines += [f"{name} = [", *_wrapped([_toml(p) for p in kept]), "]"]
    rest = seed[end:]
    return seed[:start] + "\n".join(lines) + "\n" + ("\n" + rest if rest else "")


def _wrapped(items: list[str], width: int = 88) -> list[str]:
    """`items` joined by commas into indented lines of at most `width` characters, never
    cutting an item."""
    lines: list[str] = []
    for item in items:
        if lines and len(lines[-1]) + len(item) + 2 <= width:
            lines[-1] += f" {item},"
        else:
            lines.append(f"  {item},")
    return lines


def _lexicon(seed: Seed, synonyms: dict[str, str]) -> str:
    lines = [
        "# Drafted by `magbot ingest`: words that carry no topic, and synonyms.",
        "",
        "stopwords = [",
    ]
    lines += textwrap.wrap(
        ", ".join(_toml(w) for w in seed.stopwords), 90, initial_indent="  ", subsequent_indent="  "
    )
    lines += ["]", ""]
    if seed.filler.split():
        lines += ['filler = """']
        lines += textwrap.wrap(" ".join(seed.filler.split()), 90)
        lines += ['"""', ""]
    lines += [
        "# The way people type a word -> the article's word. Drafted: the article's words",
        "# clipped or written without their hyphen; add the ones its readers use.",
        "[synonyms]",
        *(f"{_toml(short)} = {_toml(word)}" for short, word in synonyms.items()),
        '# "loaf tin" = "pan"',
        "",
    ]
    return "\n".join(lines)


def _smalltalk(seed: Seed, title: str) -> str:
    name = title or "the article"
    answers = {
        "greeting": f"Hello! Ask me anything about {name}.",
        "thanks": "You're welcome. Ask me anything else.",
        "goodbye": "Goodbye!",
    }
    out = ["# Drafted by `magbot ingest`: small talk, matched before the entries.", ""]
    for talk_id, patterns in seed.smalltalk:
        out += [
            "[[smalltalk]]",
            f"id = {_toml(talk_id)}",
            f"patterns = {_toml(list(patterns))}",
            f"answer = {_toml(answers[talk_id])}",
            "",
        ]
    return "\n".join(out)
