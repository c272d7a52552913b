"""How a shortlisted entry is scored: the share of the question's weight it holds (its
coverage) and its closeness to the entry's phrasings, made one confidence (0-100).

`Matcher.scores` (every shortlisted entry) and `Matcher.leader` (only what `check`'s
warning needs) both score through these, so their figures are the same floats.
"""

from typing import NamedTuple

from rapidfuzz import fuzz, process

from .index import Texts, sort_words

COVERAGE_WEIGHT = 0.65  # share of the final score from coverage; the rest is closeness
CLOSENESS_WEIGHT = 1 - COVERAGE_WEIGHT
LACKING_COST = 0.5  # share of a known word's weight an entry without it loses


class Shortlist(NamedTuple):
    """The entries a ranking reads the closeness of, and what scores them besides."""

    entries: list[int]  # shortlisted entry numbers, in order
    covered: dict[int, float]  # entry -> weight of the query's words it holds
    present: dict[int, float]  # the same, answers counted in full
    known: float  # the weight of the query's words the base knows
    total: float  # the weight of all the query's words
    told: dict[int, float]  # entry -> weight of the story's words it holds
    vague: float  # below 1 for a question of common words only
    penalty: float  # for the words no entry has
    stems: str  # the query's stems, joined
    said: str  # the query's words, joined


def coverages(found: Shortlist) -> list[float]:
    """Per shortlisted entry, in order, its coverage's part of the confidence: the share
    of the query's weight it holds."""
    covered, present, told = found.covered, found.present, found.told
    total, known = found.total, found.known
    # a word of the base that an entry lacks costs less than a word of no entry
    return [
        100.0
        * COVERAGE_WEIGHT
        * (covered[i] / (total - (1 - LACKING_COST) * (known - present[i]) + told.get(i, 0.0)))
        for i in found.entries
    ]


def confidence(part: float, close: float, factor: float) -> float:
    """A confidence (0-100, rounded) from its coverage's part, the closeness to the
    entry's phrasings and the factor of the words no entry has (or of a vague question)."""
    return round((part + CLOSENESS_WEIGHT * close) * factor, 1)


class Closest:
    """One query's closeness by content stems to entries read one at a time, as `_best`
    reads it of a shortlist: the best token_sort_ratio over an entry's texts (0 under 1),
    and its question's (the texts' words sorted once: plain ratio)."""

    __slots__ = ("query", "table")

    def __init__(self, stems: str, table: Texts):
        self.query = sort_words(stems)
        self.table = table

    def best(self, index: int) -> float:
        found = process.extractOne(
            self.query, self.table.of(index), scorer=fuzz.ratio, processor=None
        )
        return 0.0 if found is None or found[1] < 1 else found[1]

    def question(self, index: int) -> float:
        texts = self.table.of(index)
        if not texts:  # an entry with no text at all
            return fuzz.token_sort_ratio(self.query, "", processor=None)
        return fuzz.ratio(self.query, texts[0], processor=None)
