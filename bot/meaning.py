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

SYNONYM = 0.55   # a word at least this near one of the base's words stands for it ...
SUBJECT = 0.2    # ... if it is this near the base's subject; a word this near names a
                 # topic of the subject that the base does not cover ("kidney")
SUBJECT_WORD = 4.0  # the base's words rarer than this in English (Zipf) make its subject
RARE = 3.0       # a word rarer than this (Zipf) is a specific word: a topic, not chatter
EVERYDAY = 5.0   # a word more frequent than this is never a topic of its own
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
        self._subject: tuple[float, ...] | None = None

    def vectors(self) -> list[tuple[str, tuple[float, ...]]]:
        if self._vectors is None:
            found = []
            for word in self.surface:
                v = words.vector(word)
                if v is not None:
                    found.append((word, v))
            self._vectors = found
        return self._vectors

    def subject(self) -> tuple[float, ...] | None:
        """The centre of the base's specific words: what it is about, in meaning space."""
        if self._subject is None:
            specific = [v for w, v in self.vectors() if 0 < words.zipf(w) < SUBJECT_WORD]
            if not specific:
                return None
            total = [sum(column) for column in zip(*specific, strict=True)]
            self._subject = words.unit(total) or ()
        return self._subject or None

    def on_subject(self, word: str) -> float:
        """How near `word` is to the base's subject (cosine with its centre)."""
        v, centre = words.vector(word), self.subject()
        return words.cosine(v, centre) if v and centre else 0.0

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
    frequency = words.zipf(word)
    if frequency < RARE:  # not a word, or a rare one: a typo of a common word?
        mended = mend(word, stopwords)
        if mended is not None and mended not in stopwords and words.zipf(mended) < frequency + 1:
            mended = None  # a rare word in its own right, not a slip
        if mended is not None:
            if mended in stopwords:
                return Reading(STOP, mended)
            found = spell(mended)
            if found is not None:
                return Reading(KNOWN, mended, found)
            word = mended
    frequency = words.zipf(word)
    subject = vocabulary.on_subject(word)
    near, nearness = vocabulary.nearest(word)
    if nearness >= SYNONYM and subject >= SUBJECT / 2:
        return Reading(KNOWN, word, vocabulary.spellings.get(near, stem(near)), nearness)
    if frequency < EVERYDAY and (subject >= SUBJECT or frequency < RARE):
        return Reading(UNKNOWN, word, nearness=subject)
    return Reading(GENERIC, word, nearness=subject)
