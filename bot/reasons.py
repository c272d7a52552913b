"""The article's own words behind an answer: what "why?" is told when no entry goes deeper.

Pure: picks, from the article section an entry cites, the sentences closest to its answer.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .knowledge import Article, Entry

_SENTENCE = re.compile(r"(?<=[.!?])\s+")
SENTENCES = 2  # at most this many sentences are quoted


def passage(article: Article, entry: Entry) -> str:
    """The sentences of `entry`'s source section closest to its answer, in article order."""
    section = article.section(entry.source)
    if section is None:
        return ""
    sentences = [s.strip() for s in _SENTENCE.split(section.text.replace("\n", " ")) if s.strip()]
    if not sentences:
        return ""
    scored = sorted(range(len(sentences)),
                    key=lambda i: -fuzz.token_set_ratio(sentences[i], entry.answer))
    best = scored[0]
    chosen = {best}
    for other in scored[1:SENTENCES]:
        if abs(other - best) == 1:  # only a neighbour continues the same thought
            chosen.add(other)
    return " ".join(sentences[i] for i in sorted(chosen))
