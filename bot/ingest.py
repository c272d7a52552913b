"""Draft a knowledge folder from an article: one entry per paragraph, for an author to edit.

`draft` is pure: it takes the article's text (plain or Markdown, with headings) and returns
the folder's files as `{relative path: text}`. For each paragraph it drafts a question (from
the section heading for a section's first paragraph, else from the paragraph's first
sentence), the paragraph cut to four sentences as the answer, key terms and alternates from
the paragraph's distinctive words (the ones rare in the rest of the article), the heading as
the source and the neighbouring paragraphs as related entries. Alternates that `magbot check`
would flag as reading closer to another entry are dropped. `seed_from` reads what an existing
base can lend: its stopwords, generic words, follow-up cues and small-talk patterns.
"""

from __future__ import annotations

import json
import math
import re
import textwrap
from collections import Counter
from pathlib import Path
from typing import NamedTuple

from .check import misfiled
from .knowledge import (
    ARTICLE_FILE,
    CONVERSATION_FILE,
    ENTRIES_DIR,
    LEXICON_FILE,
    SETTINGS_FILE,
    SMALLTALK_FILE,
    Article,
    Entry,
    KnowledgeBase,
    KnowledgeError,
    Settings,
    parse_article,
    read_toml,
)
from .text import Lexicon, normalise, stem, tokens

MAX_SENTENCES = 4
MAX_QUESTION_WORDS = 20
MIN_ALTERNATES = 4
MAX_ALTERNATES = 8
TERMS = 6
SMALLTALK_IDS = ("greeting", "thanks", "goodbye")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")
_QUESTION_WORDS = {"why", "how", "what", "when", "where", "which", "who", "can", "does", "do",
                   "is", "are", "should", "will"}


class IngestError(Exception):
    """An article that cannot be drafted from; the message is shown as is."""


class Seed(NamedTuple):
    """What a draft borrows from an existing knowledge folder."""

    stopwords: tuple[str, ...] = ()
    filler: str = ""
    conversation: str = ""                          # conversation.toml, verbatim
    smalltalk: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (id, patterns)


class Paragraph(NamedTuple):
    heading: str
    number: int          # 1 for a section's first paragraph
    text: str            # plain text, one line


class Draft(NamedTuple):
    entry: Entry
    candidates: tuple[str, ...]   # alternates to choose from, best first


def seed_from(root: Path) -> Seed:
    """Stopwords, generic words, cues and small talk of the folder `root` (what it has)."""
    lexicon = _data(root / LEXICON_FILE)
    talk = _data(root / SMALLTALK_FILE).get("smalltalk", [])
    try:
        conversation = (root / CONVERSATION_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        conversation = ""
    stopwords = lexicon.get("stopwords", [])
    filler = lexicon.get("filler", "")
    return Seed(
        tuple(w for w in stopwords if isinstance(w, str)) if isinstance(stopwords, list) else (),
        filler if isinstance(filler, str) else "",
        conversation,
        tuple((t["id"], tuple(t["patterns"])) for t in talk if isinstance(t, dict)
              and t.get("id") in SMALLTALK_IDS and isinstance(t.get("patterns"), list)),
    )


def _data(path: Path) -> dict:
    if not path.is_file():
        return {}
    try:
        return read_toml(path)[0]
    except KnowledgeError:
        return {}


def draft(text: str, seed: Seed | None = None) -> dict[str, str]:
    """The files of a knowledge folder drafted from the article `text`."""
    seed = seed or Seed()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    article = parse_article(text)
    paragraphs = _paragraphs(article)
    if not paragraphs:
        raise IngestError("the article has no paragraphs to draft entries from")
    lexicon = Lexicon.build({}, list(seed.stopwords), seed.filler.split())
    drafts = _drafts(paragraphs, lexicon)
    entries = _choose_alternates(drafts, article, lexicon)
    files = {ARTICLE_FILE: text.strip() + "\n", SETTINGS_FILE: _settings(article.title),
             LEXICON_FILE: _lexicon(seed)}
    if seed.conversation:
        files[CONVERSATION_FILE] = seed.conversation
    if seed.smalltalk:
        files[SMALLTALK_FILE] = _smalltalk(seed, article.title)
    for number, heading in enumerate(dict.fromkeys(e.source for e in entries), 1):
        own = [e for e in entries if e.source == heading]
        name = f"{ENTRIES_DIR}/{number:02d}-{_slug(heading, lexicon) or 'section'}.toml"
        files[name] = _entries_file(heading, own)
    return files


# -- paragraphs and their words ------------------------------------------------------------


def _paragraphs(article: Article) -> list[Paragraph]:
    out = []
    for section in article.sections:
        blocks = [_plain(b) for b in re.split(r"\n\s*\n", section.text) if b.strip()]
        blocks = [b for b in blocks if tokens(b)]
        out += [Paragraph(section.heading, n, b) for n, b in enumerate(blocks, 1)]
    return out


def _plain(block: str) -> str:
    """A Markdown block as one line of plain text (code blocks become empty)."""
    if block.lstrip().startswith(("```", "~~~")):
        return ""
    block = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", block)        # links, images
    block = re.sub(r"(?m)^\s*(?:>\s*)?(?:[-*+]|\d+[.)])?\s+", "", block)  # quotes, list marks
    block = re.sub(r"\*\*|__|[*`]", "", block)
    return " ".join(block.split())


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def _content(text: str, lexicon: Lexicon) -> list[str]:
    """The words of `text` that may carry its topic."""
    return [w for w in tokens(text) if w.isalpha() and len(w) > 2
            and w not in lexicon.stopwords and not lexicon.is_filler(w)]


def _distinctive(paragraphs: list[Paragraph], lexicon: Lexicon) -> list[dict[str, float]]:
    """Per paragraph, how distinctive each of its words is: frequent in it, rare elsewhere."""
    counts = [Counter(stem(w) for w in _content(p.text, lexicon)) for p in paragraphs]
    df = Counter(s for c in counts for s in c)
    n = len(paragraphs)
    out = []
    for p, stems in zip(paragraphs, counts, strict=True):
        weight: dict[str, float] = {}
        for w in _content(p.text, lexicon):
            weight.setdefault(w, stems[stem(w)] * math.log(1 + n / df[stem(w)]))
        out.append(weight)
    return out


def _top(words: list[str], weight: dict[str, float], n: int) -> list[str]:
    """The `n` most distinctive of `words` (first occurrence wins ties), most distinctive first."""
    unique = list(dict.fromkeys(words))
    stems = set()
    ranked = []
    for w in sorted(unique, key=lambda w: -weight.get(w, 0.0)):
        if stem(w) not in stems:
            stems.add(stem(w))
            ranked.append(w)
    return ranked[:n]


# -- entries ---------------------------------------------------------------------------------


def _drafts(paragraphs: list[Paragraph], lexicon: Lexicon) -> list[Draft]:
    weights = _distinctive(paragraphs, lexicon)
    ids = _ids(paragraphs, lexicon)
    drafts = []
    for i, (p, weight) in enumerate(zip(paragraphs, weights, strict=True)):
        said = sentences(p.text)[:MAX_SENTENCES]
        question = _heading_question(p.heading) if p.number == 1 else _sentence_question(said[0])
        related = [ids[j] for j in (i + 1, i - 1) if 0 <= j < len(ids)]
        top = _top(list(weight), weight, TERMS)
        entry = Entry(id=ids[i], question=question, alternates=(), terms=tuple(top),
                      answer=" ".join(said), source=p.heading, related=tuple(related))
        heading = [w for w in tokens(p.heading) if w not in lexicon.stopwords]
        candidates = _candidates(question, said, weight, heading, lexicon)
        drafts.append(Draft(entry, candidates))
    return drafts


def _ids(paragraphs: list[Paragraph], lexicon: Lexicon) -> list[str]:
    ids: list[str] = []
    for p in paragraphs:
        base = _slug(p.heading, lexicon) or "entry"
        candidate = base if p.number == 1 else f"{base}-{p.number}"
        while candidate in ids:
            candidate += "-x"
        ids.append(candidate)
    return ids


def _slug(text: str, lexicon: Lexicon, words: int = 4) -> str:
    """The first few words of `text` that carry a topic, joined by dashes."""
    ascii_words = [re.sub(r"[^a-z0-9]", "", w) for w in tokens(text)]
    ascii_words = [w for w in ascii_words if w]
    content = [w for w in ascii_words if w not in lexicon.stopwords] or ascii_words
    return "-".join(content[:words])


def _heading_question(heading: str) -> str:
    heading = heading.strip().rstrip(".:")
    if heading.endswith("?") or tokens(heading)[:1] and tokens(heading)[0] in _QUESTION_WORDS:
        return heading.rstrip("?") + "?"
    words = [w if w.isupper() or not w[1:].islower() else w.lower() for w in heading.split()]
    return f"What about {' '.join(words)}?"


def _sentence_question(sentence: str) -> str:
    """A question drafted from a sentence: the sentence, or its first long clause, asked."""
    words = sentence.rstrip(".!?").split()
    if len(words) > MAX_QUESTION_WORDS:
        cut = " ".join(words[:MAX_QUESTION_WORDS])
        clause = cut[:max(cut.rfind(","), cut.rfind(";"))].split()
        words = clause if len(clause) >= 5 else words[:MAX_QUESTION_WORDS]
    return " ".join(words).rstrip(",;:") + "?"


def _candidates(question: str, said: list[str], weight: dict[str, float], heading: list[str],
                lexicon: Lexicon) -> tuple[str, ...]:
    """Alternates to try, most useful first: each sentence's key words in its own order,
    pairs of the paragraph's key words, the heading with its key word."""
    out = []
    for sentence in said:
        words = _content(sentence, lexicon)
        chosen = set(_top(words, weight, 3))
        out.append(" ".join(w for w in dict.fromkeys(words) if w in chosen))
    top = _top(list(weight), weight, 4)
    out += [f"{top[a]} {top[b]}" for a, b in ((0, 1), (0, 2), (1, 2)) if b < len(top)]
    out += [f"{h} {top[0]}" for h in heading[:2] if top and h != top[0]]
    out += [f"what about {w}" for w in top] + [" ".join(heading)]
    seen = {normalise(question)}
    unique = []
    for text in out:
        if text.strip() and normalise(text) not in seen:
            seen.add(normalise(text))
            unique.append(text)
    return tuple(unique)


def _choose_alternates(drafts: list[Draft], article: Article, lexicon: Lexicon) -> list[Entry]:
    """Keep the candidates `check` would not flag as misfiled (4 at least, 8 at most)."""
    trial = tuple(d.entry._replace(alternates=d.candidates) for d in drafts)
    kb = KnowledgeBase(Path("."), trial, (), lexicon, Settings(), article)
    flagged = {(entry.id, text) for entry, text, _, _ in misfiled(kb)}
    chosen = []
    for entry in trial:
        good = [t for t in entry.alternates if (entry.id, t) not in flagged]
        rest = [t for t in entry.alternates if (entry.id, t) in flagged]
        keep = (good + rest)[:max(MIN_ALTERNATES, min(len(good), MAX_ALTERNATES))]
        chosen.append(entry._replace(alternates=tuple(keep)))
    return chosen


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
    out = [f"# Section: {_toml(heading)}", "# Drafted by `magbot ingest`: read every field and "
           "rewrite it the way people ask.", ""]
    for e in entries:
        out += ["[[entry]]", f"id = {_toml(e.id)}", f"question = {_toml(e.question)}",
                "alternates = ["]
        out += [f"  {_toml(a)}," for a in e.alternates]
        out += ["]", f"terms = {_toml(list(e.terms))}", f"answer = {_long(e.answer)}",
                f"source = {_toml(e.source)}", f"related = {_toml(list(e.related))}", ""]
    return "\n".join(out)


def _settings(title: str) -> str:
    name = title or "the article"
    return "\n".join([
        "# Drafted by `magbot ingest`: what the bot says around its answers.", "", "[bot]",
        'name = "magbot"',
        f"greeting = {_toml(f'Hi, I answer questions about one article, {name!r}. Ask away.')}",
        f"fallback = {_toml(f'I do not know: the article {name!r} does not cover that.')}",
        "", "# [match] thresholds: see the shipped knowledge/settings.toml.", ""])


def _lexicon(seed: Seed) -> str:
    lines = ["# Drafted by `magbot ingest`: words that carry no topic, and synonyms.", "",
             "stopwords = ["]
    lines += textwrap.wrap(", ".join(_toml(w) for w in seed.stopwords), 90,
                           initial_indent="  ", subsequent_indent="  ")
    lines += ["]", ""]
    if seed.filler.split():
        lines += ['filler = """']
        lines += textwrap.wrap(" ".join(seed.filler.split()), 90)
        lines += ['"""', ""]
    lines += ["# The way people type a word -> the article's word.", "[synonyms]",
              '# "loaf tin" = "pan"', ""]
    return "\n".join(lines)


def _smalltalk(seed: Seed, title: str) -> str:
    name = title or "the article"
    answers = {"greeting": f"Hello! Ask me anything about {name}.",
               "thanks": "You're welcome. Ask me anything else.",
               "goodbye": "Goodbye!"}
    out = ["# Drafted by `magbot ingest`: small talk, matched before the entries.", ""]
    for talk_id, patterns in seed.smalltalk:
        out += ["[[smalltalk]]", f"id = {_toml(talk_id)}", f"patterns = {_toml(list(patterns))}",
                f"answer = {_toml(answers[talk_id])}", ""]
    return "\n".join(out)
