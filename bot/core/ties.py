"""A tie the matcher is torn over, settled by the words the question names.

Two entries that score alike are a tie; when only the best of them holds, among its own
words (question, alternates, key terms), every telling word the question names, it is the
entry asked about. When only one of them says those words together, in one sentence of its
answer or one of its phrasings, it is: "examples of good project websites" is the entry
that says "... are a few examples of excellent websites", not the one that says "examples"
and "website" apart. Nothing here is written for one article.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import meaning, words
from .text import NEGATING, normalise, stem

if TYPE_CHECKING:
    from .matcher import Match, Matcher, Query

NAMING = 1.0  # a word this telling (idf) must be among the entry's own words
TOGETHER = 2  # ... and at least this many of them, said in one sentence, settle a tie
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+")
_ASKING = frozenset(("what", "whats", "why", "how", "hows", "when", "where", "which", "who"))


def settled(matcher: Matcher, query: Query, top: list[Match], margin: float) -> bool:
    """Of the matches within `margin` of the best, does only the best name every telling
    word of `query`? (Only the best: a topic the conversation leans on may have put it
    first.)"""
    if not query.stems or matcher.evidence(query.stems) < matcher.kb.settings.min_evidence:
        return False  # "how does magnesium help with that?" says too little of its own
    tied = [m for m in top if top[0].score - m.score < margin]
    naming = [m for m in tied if matcher.names_every_word(m.entry, query, NAMING)]
    return len(tied) > 1 and naming == tied[:1]


def together(matcher: Matcher, query: Query, top: list[Match], margin: float) -> int | None:
    """Of the matches within `margin` of the best, the position of the only one that says
    every telling word of `query` in one of its sentences (of its answer) or phrasings, two
    of them at least not everyday words ("work" says nothing together); None when none or
    several do, or the question tells a story."""
    said = query.words
    if query.context or sum(w in _ASKING for w in said) > 1 or not NEGATING.isdisjoint(said):
        # a story, a question that asks two things or one that denies one ("if it's not
        # my muscles, where ...") is not one sentence's words
        return None
    idf = matcher.index.idf
    telling = {s for s in query.stems if s in idf and matcher.weight(s) >= NAMING}
    rare = {stem(w) for w in query.words if words.zipf(w) < meaning.EVERYDAY}
    if len(telling & rare) < TOGETHER:
        return None
    tied = [n for n, m in enumerate(top) if top[0].score - m.score < margin]
    saying = [n for n in tied if _says_together(matcher, top[n].entry, telling)]
    return saying[0] if len(tied) > 1 and len(saying) == 1 else None


def _says_together(matcher: Matcher, entry, telling: set[str]) -> bool:
    texts = (entry.question, *entry.alternates, *_SENTENCE.split(entry.answer))
    content = matcher.lexicon.content
    return any(telling <= set(content(normalise(text).split())) for text in texts)
