"""Find the entry that answers a question, with a 0-100 confidence, or say there is none.

Two stages, both over data prepared once in `Matcher.__init__`:

1. *Coverage* — every content word of the query is looked up in the knowledge base's
   vocabulary (typos forgiven by edit distance, synonyms already folded by the lexicon).
   Each entry scores the share of the query's words it holds, each word weighted by how
   rarely it occurs across entries, so "oxide" counts for more than "magnesium". A word the
   base has never seen counts against every entry: that is what declines "can magnesium
   cause kidney stones" although three of its four words are about magnesium and pain.
2. *Closeness* — the best few entries are re-ranked by `rapidfuzz.process.extract` against
   their question, alternates and key terms, so the phrasing people actually use wins ties.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from .knowledge import Entry, KnowledgeBase, SmallTalk
from .text import normalise, stem, tokens

ANSWERED, UNSURE, NO_MATCH, SMALLTALK = "answered", "unsure", "no_match", "smalltalk"

COVERAGE_WEIGHT = 0.65   # share of the final score from coverage; the rest is closeness
ANSWER_CREDIT = 0.5      # a word found only in an entry's answer counts this much
SHORTLIST = 40           # entries re-ranked by closeness
RANKED = 5               # matches kept in a result


@dataclass(frozen=True)
class Query:
    """A question after normalisation: its words, its content stems, what the base lacks."""

    text: str
    words: tuple[str, ...]
    stems: tuple[str, ...]
    unknown: tuple[str, ...]


@dataclass(frozen=True)
class Match:
    entry: Entry
    score: float


@dataclass(frozen=True)
class MatchResult:
    query: Query
    status: str
    matches: tuple[Match, ...] = ()
    smalltalk: SmallTalk | None = None
    score: float = 0.0

    @property
    def best(self) -> Match | None:
        return self.matches[0] if self.matches else None


def max_typos(word: str) -> int:
    """Edits forgiven in a word of this length: none in short words, more in long ones."""
    n = len(word)
    return 0 if n <= 3 else 1 if n <= 5 else 2 if n <= 9 else 3


class Matcher:
    """Everything matching needs, computed once from a `KnowledgeBase`."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.lexicon = kb.lexicon
        self.entries = kb.entries
        # stem -> {entry index: credit}; 1.0 from question/alternates/terms, less from answer
        self.postings: dict[str, dict[int, float]] = {}
        self.choices: list[list[str]] = []
        for index, entry in enumerate(self.entries):
            strong_texts = (entry.question, *entry.alternates, *entry.terms)
            choices = []
            for text in strong_texts:
                stems = self.lexicon.content(tokens(text))
                choices.append(" ".join(stems))
                for s in stems:
                    self.postings.setdefault(s, {})[index] = 1.0
            for s in self.lexicon.content(tokens(entry.answer)):
                self.postings.setdefault(s, {}).setdefault(index, ANSWER_CREDIT)
            self.choices.append(list(dict.fromkeys(c for c in choices if c)))
        n = max(len(self.entries), 1)
        self.idf = {s: math.log(1.0 + n / len(p)) for s, p in self.postings.items()}
        self.rare_weight = math.log(1.0 + n)
        article_words = " ".join([kb.article.title] + [s.heading + " " + s.text
                                                       for s in kb.article.sections])
        self.known = set(self.postings) | set(self.lexicon.content(tokens(article_words)))
        self._known_list = sorted(self.known)
        self._smalltalk = self._prepare_smalltalk(kb.smalltalk)
        self._spelled: dict[str, str | None] = {}

    # -- stage 0: the query ------------------------------------------------------------

    def analyse(self, text: str) -> Query:
        """Normalise `text` and map its content words onto the base's vocabulary."""
        words = self.lexicon.canonical(tokens(text))
        stems: dict[str, None] = {}
        unknown: list[str] = []
        for raw in self.lexicon.content(words):
            found = self._spell(raw)
            if found is None:
                unknown.append(raw)
                stems.setdefault(raw, None)
            else:
                for s in found.split():
                    stems.setdefault(s, None)
        return Query(normalise(text), tuple(words), tuple(stems), tuple(unknown))

    def _spell(self, word: str) -> str | None:
        """The known stem(s) `word` stands for: itself, a near spelling, or two joined words."""
        if word in self.known:
            return word
        if word in self._spelled:
            return self._spelled[word]
        found = None
        limit = max_typos(word)
        if limit and word.isalpha():
            hit = process.extractOne(word, self._known_list, scorer=OSA.distance,
                                     score_cutoff=limit)
            if hit and (len(word) > 5 or hit[0][0] == word[0]):
                found = hit[0]
        if found is None and len(word) >= 6:
            found = next((f"{word[:i]} {word[i:]}" for i in range(3, len(word) - 2)
                          if word[:i] in self.known and word[i:] in self.known), None)
        if len(self._spelled) < 10_000:
            self._spelled[word] = found
        return found

    # -- stages 1 and 2: entries -------------------------------------------------------

    def weight(self, stem_: str) -> float:
        return self.idf.get(stem_, self.rare_weight)

    def rank(self, query: Query) -> list[Match]:
        """Entries ranked by confidence (0-100), best first."""
        if not query.stems:
            return []
        weights = {s: self.weight(s) for s in query.stems}
        total = sum(weights.values())
        covered: dict[int, float] = {}
        for s, w in weights.items():
            for index, credit in self.postings.get(s, {}).items():
                covered[index] = covered.get(index, 0.0) + w * credit
        if not covered:
            return []
        shortlist = heapq.nlargest(SHORTLIST, covered, key=covered.__getitem__)
        closeness = self._closeness(" ".join(query.stems), shortlist)
        penalty = self.kb.settings.unknown_word_penalty ** len(query.unknown)
        scored = []
        for index in shortlist:
            coverage = covered[index] / total
            score = 100.0 * COVERAGE_WEIGHT * coverage + (1 - COVERAGE_WEIGHT) * closeness[index]
            scored.append(Match(self.entries[index], round(score * penalty, 1)))
        scored.sort(key=lambda m: -m.score)
        return scored

    def _closeness(self, query: str, shortlist: list[int]) -> dict[int, float]:
        owners: list[int] = []
        texts: list[str] = []
        for index in shortlist:
            for choice in self.choices[index]:
                owners.append(index)
                texts.append(choice)
        best = dict.fromkeys(shortlist, 0.0)
        for _, score, position in process.extract(query, texts, scorer=fuzz.token_sort_ratio,
                                                  processor=None, limit=None):
            owner = owners[position]
            if score > best[owner]:
                best[owner] = score
        return best

    # -- small talk --------------------------------------------------------------------

    def _prepare_smalltalk(self, items: tuple[SmallTalk, ...]):
        patterns, owners, vocabulary = [], [], set()
        for item in items:
            for pattern in item.patterns:
                norm = normalise(pattern)
                patterns.append(norm)
                owners.append(item)
                vocabulary.update(norm.split())
        vocabulary -= {w for w in vocabulary if stem(w) in self.postings}
        return patterns, owners, vocabulary

    def smalltalk(self, query: Query) -> tuple[SmallTalk | None, float]:
        """The small-talk item `query` is, if it is made only of small-talk words."""
        patterns, owners, vocabulary = self._smalltalk
        if not patterns or not query.text:
            return None, 0.0
        for word in query.text.split():
            if word in vocabulary or word in self.lexicon.stopwords:
                continue
            limit = max_typos(word)
            if not limit or not process.extractOne(word, vocabulary, scorer=OSA.distance,
                                                   score_cutoff=limit):
                return None, 0.0
        hit = process.extractOne(query.text, patterns, scorer=fuzz.WRatio, processor=None)
        if hit is None or hit[1] < self.kb.settings.smalltalk_threshold:
            return None, 0.0
        return owners[hit[2]], float(hit[1])

    # -- the whole decision ------------------------------------------------------------

    def match(self, text: str) -> MatchResult:
        """Classify `text`: answered, unsure (the best two are close), no_match or small talk."""
        query = self.analyse(text)
        talk, talk_score = self.smalltalk(query)
        if talk is not None:
            return MatchResult(query, SMALLTALK, (), talk, round(talk_score, 1))
        return self.decide(query, self.rank(query))

    def decide(self, query: Query, ranked: list[Match]) -> MatchResult:
        """Turn a ranking into a status, using the base's thresholds."""
        settings = self.kb.settings
        top = ranked[:RANKED]
        if not top or top[0].score < settings.answer_threshold:
            return MatchResult(query, NO_MATCH, tuple(top), None, top[0].score if top else 0.0)
        close = len(top) > 1 and top[0].score - top[1].score < settings.unsure_margin
        return MatchResult(query, UNSURE if close else ANSWERED, tuple(top), None, top[0].score)
