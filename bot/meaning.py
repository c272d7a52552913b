"""What a word the knowledge base has never seen means to it.

A question's word that no entry and no paragraph of the article holds is one of:
  - a typo of a common English word ("shuold", "somthing"): read as that word;
  - a near-synonym of one of the base's own words ("sore" for "pain", "docs" for
    "doctors"): read as that word, weighted by how near it is;
  - a word near the base's subject that the base never discusses ("kidney", "pregnancy"):
    a topic the article does not cover, which counts against every entry;
  - an everyday word ("legit", "honestly", "mom"): it says nothing about the topic.
General English (bot/words.py) decides; nothing here is written for one article.
"""

from __future__ import annotations

from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from . import words
from .text import max_typos, stem

SYNONYM = 0.62   # a word at least this near one of the base's words stands for it
RELATED = 0.42   # ... at least this near (but not a synonym) names an uncovered topic
EVERYDAY = 4.6   # a word at least this frequent in English (Zipf) is an everyday word
MAX_VOCABULARY = 4000  # the base's words compared with, the rarest (most telling) first

KNOWN, STOP, GENERIC, UNKNOWN = "known", "stop", "generic", "unknown"


class Reading(NamedTuple):
    kind: str          # known | stop | generic | unknown
    word: str          # the word as read (after a typo is mended)
    stems: str = ""    # for `known`: the base's stem(s) it stands for, space-separated
    nearness: float = 1.0


class Vocabulary:
    """The knowledge base's words, placed in meaning space on first need."""

    def __init__(self, spellings: dict[str, str], idf: dict[str, float]):
        ranked = sorted((w for w in spellings if w.isalpha() and len(w) > 2),
                        key=lambda w: -idf.get(spellings[w], 0.0))
        self.spellings = spellings
        self.surface = ranked[:MAX_VOCABULARY]
        self._vectors: list[tuple[str, tuple[float, ...]]] | None = None

    def vectors(self) -> list[tuple[str, tuple[float, ...]]]:
        if self._vectors is None:
            found = []
            for word in self.surface:
                v = words.vector(word)
                if v is not None:
                    found.append((word, v))
            self._vectors = found
        return self._vectors

    def nearest(self, word: str) -> tuple[str, float]:
        """The base's word nearest in meaning to `word`, and how near (cosine)."""
        v = words.vector(word)
        if v is None:
            return "", 0.0
        best, best_score = "", 0.0
        for other, u in self.vectors():
            score = words.cosine(u, v)
            if score > best_score:
                best, best_score = other, score
        return best, best_score


def mend(word: str, stopwords: frozenset[str]) -> str | None:
    """The common English word (or stopword) `word` is a typo of, or None."""
    limit = max_typos(word)
    if not limit or not word.isalpha():
        return None
    hit = process.extractOne(word, words.common_words(), scorer=OSA.distance,
                             score_cutoff=limit)
    if hit and hit[0][0] == word[0]:
        return hit[0]
    hit = process.extractOne(word, stopwords, scorer=OSA.distance, score_cutoff=1)
    if hit and hit[0][0] == word[0] and len(word) > 3:
        return hit[0]
    return None


def read(word: str, vocabulary: Vocabulary, stopwords: frozenset[str], spell) -> Reading:
    """How to read a word the base does not know (`spell` is the base's own typo lookup)."""
    if not words.available():
        return Reading(UNKNOWN, word)
    if words.zipf(word) == 0.0:
        mended = mend(word, stopwords)
        if mended is not None:
            if mended in stopwords:
                return Reading(STOP, mended)
            found = spell(mended)
            if found is not None:
                return Reading(KNOWN, mended, found)
            word = mended
    near, nearness = vocabulary.nearest(word)
    if nearness >= SYNONYM:
        return Reading(KNOWN, word, vocabulary.spellings.get(near, stem(near)), nearness)
    if nearness >= RELATED and words.zipf(word) < EVERYDAY:
        return Reading(UNKNOWN, word, nearness=nearness)
    return Reading(GENERIC, word, nearness=nearness)
