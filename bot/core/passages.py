"""The article itself, as a last resort: when no entry answers, a passage may.

The article's paragraphs are cut into passages of a sentence or two, each with its section.
A question no entry answers is answered with a passage only when the passage holds nearly
all of what it asks (every telling word, weighted by rarity), says what was asked of its
topic (bot/aspects.py), and clearly beats the next passage; otherwise "I don't know" stands.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from .text import LazyPattern, Lexicon, tokens

MAX_SENTENCES = 2
_SENTENCE = LazyPattern(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")


class Passage(NamedTuple):
    text: str
    section: str


def build(article, lexicon: Lexicon) -> tuple:
    """Plain data: the passages, each one's content stems, and the stems' idf over them."""
    found: list[tuple[str, str, tuple[str, ...]]] = []
    for section in article.sections:
        for paragraph in re.split(r"\n\s*\n", section.text):
            sentences = [
                s.strip() for s in _SENTENCE.split(" ".join(paragraph.split())) if s.strip()
            ]
            for start in range(0, len(sentences), MAX_SENTENCES):
                text = " ".join(sentences[start : start + MAX_SENTENCES])
                stems = tuple(dict.fromkeys(lexicon.content(tokens(text))))
                if stems:
                    found.append((text, section.heading, stems))
    counts: dict[str, int] = {}
    for _, _, stems in found:
        for s in stems:
            counts[s] = counts.get(s, 0) + 1
    n = max(len(found), 1)
    idf = {s: math.log(1.0 + n / c) for s, c in counts.items()}
    return tuple(found), idf


class Found(NamedTuple):
    passage: Passage
    coverage: float  # share of the question's weight the passage holds (0-1)
    margin: float  # how far ahead of the next passage


def best(plain: tuple, stems: tuple[str, ...], others: int = 0) -> Found | None:
    """The passage that holds most of `stems` (weighted by rarity among passages); `others`
    words of the question that no passage can hold count against every passage."""
    if not plain or not stems:
        return None
    found, idf = plain
    rare = math.log(1.0 + max(len(found), 1))
    weights = {s: idf.get(s, rare) for s in stems}
    total = sum(weights.values()) + others * rare
    scored = sorted(
        (
            (sum(w for s, w in weights.items() if s in held) / total, i)
            for i, (_, _, held) in enumerate(found)
        ),
        reverse=True,
    )
    if not scored or scored[0][0] <= 0:
        return None
    share, index = scored[0]
    runner = scored[1][0] if len(scored) > 1 else 0.0
    text, section, _ = found[index]
    return Found(Passage(text, section), share, share - runner)
