"""The matching index: everything a question is compared with, computed once per knowledge base.

Plain data, compact enough for 100,000 entries (postings are arrays of entry numbers,
each entry's texts one string), and stored by the cache as it is (arrays as bytes).
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left, insort
from itertools import filterfalse, groupby, islice
from operator import itemgetter
from typing import NamedTuple

from . import aspects as aspect_data
from . import meaning
from .knowledge import KnowledgeBase
from .text import normalise, stem, tokens

_SEP = "\n"  # between the texts of one entry (normalised text never holds a newline)
ANSWER_CREDIT = 0.5  # a word found only in an entry's answer counts this much
COMMON_DF = 2000  # a word in more entries than this (or 1/20 of them) is common
CANDIDATES = 400  # entries found through rare words, then scored for common ones
MEMBER_TABLES = 256  # common words whose `held` table a matcher keeps (one byte an entry)
SET_CACHE_MIN = 32  # postings longer than this are kept as sets when a caller caches them


class Texts:
    """Each entry's texts (question first), one joined string per entry."""

    __slots__ = ("joined", "_flat")

    def __init__(self, joined: list[str]):
        self.joined = joined
        self._flat: tuple[list[str], list[int]] | None = None

    def __len__(self) -> int:
        return len(self.joined)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Texts) and other.joined == self.joined

    def of(self, index: int) -> list[str]:
        joined = self.joined[index]
        return joined.split(_SEP) if joined else []

    def question(self, index: int) -> str:
        return self.joined[index].partition(_SEP)[0]

    def flat(self) -> tuple[list[str], list[int]]:
        """Every text of every entry, and the entry each belongs to (built once)."""
        if self._flat is None:
            texts: list[str] = []
            owners: list[int] = []
            for index in range(len(self.joined)):
                own = self.of(index)
                texts.extend(own)
                owners.extend([index] * len(own))
            self._flat = (texts, owners)
        return self._flat


def holds(postings: dict[str, array], word: str, index: int) -> bool:
    """Is entry `index` in the (sorted) postings of `word`?"""
    found = postings.get(word)
    if not found:
        return False
    at = bisect_left(found, index)
    return at < len(found) and found[at] == index


class Index(NamedTuple):
    """What matching needs from a knowledge base."""

    strong: dict[str, array]  # stem -> entries whose question, alternates or terms hold it
    weak: dict[str, array]  # stem -> entries that hold it only in their answer
    choices: Texts  # per entry: its question, alternates and terms, as stems
    phrases: Texts  # per entry: its question and alternates, word for word
    idf: dict[str, float]
    rare_weight: float  # the weight of a word no entry has
    known: frozenset[str]  # every stem of the entries and the article
    spellings: dict[str, str]  # surface word -> stem, for typo lookup
    smalltalk: list[str]  # small-talk phrases, normalised
    smalltalk_owner: list[int]  # which small-talk item each phrase belongs to
    smalltalk_words: frozenset[str]
    key_terms: frozenset[str]  # stems of the entries' `terms`
    aspects: tuple = ()  # the general aspects a question can ask (bot/aspects.py), plain
    addressed: tuple = ()  # per entry: the ids of the aspects it addresses
    meaning: tuple = ()  # the base's words in meaning space (bot/meaning.py), plain
    everyday: frozenset = frozenset()  # stems of the base's everyday English words ("help")
    passages: tuple = ()  # the article's passages (bot/passages.py), plain
    asked_aspects: tuple = ()  # the aspects as this base's questions ask them (for_base), plain


def cover(
    index: Index,
    weights: dict[str, float],
    size: int,
    members: dict[str, bytearray] | None = None,
    best: int | None = None,
    sets: dict[str, frozenset[int]] | None = None,
) -> tuple[dict, dict, float]:
    """Per entry, the weight of the query's words it holds (half for a word only in its
    answer), the same counting answers in full, and the weight of all known words.

    In a large base a common word's postings are long: entries are first found through
    the rarer words, and only the best of them are then looked up for the common ones
    (in `members`, a cache of `held` tables kept by the caller, when it gives one).
    With `best`, only the `best` entries `heapq.nlargest` would take first are kept, in
    that order (see `_best_covered`; `sets` caches postings as sets).
    """
    common_df = max(COMMON_DF, size // 20)
    df = {
        s: len(index.strong.get(s, ())) + len(index.weak.get(s, ()))
        for s in weights
        if s in index.idf
    }
    known = sum(weights[s] for s in df)
    walk = [s for s in df if df[s] <= common_df] or sorted(df, key=df.__getitem__)[:1]
    if best is not None:
        rest = [s for s in df if s not in walk]
        return (*_best_covered(index, weights, walk, rest, best, size, members, sets), known)
    covered: dict[int, float] = {}
    present: dict[int, float] = {}
    covered_of, present_of = covered.get, present.get  # the hot loop of a large base
    for s in walk:
        w = weights[s]
        half = w * ANSWER_CREDIT
        for i in index.strong.get(s, ()):
            covered[i] = covered_of(i, 0.0) + w
            present[i] = present_of(i, 0.0) + w
        for i in index.weak.get(s, ()):
            covered[i] = covered_of(i, 0.0) + half
            present[i] = present_of(i, 0.0) + w
    rest = [s for s in df if s not in walk]
    if rest:
        # what heapq.nlargest returns (ties in insertion order), sorted in C
        candidates = sorted(covered, key=covered.__getitem__, reverse=True)[:CANDIDATES]
        covered = {i: covered[i] for i in candidates}
        for s in rest:
            w = weights[s]
            if members is None:
                states = [
                    1 if holds(index.strong, s, i) else 2 if holds(index.weak, s, i) else 0
                    for i in candidates
                ]
            else:
                table = members.get(s)
                if table is None:
                    table = held(index, s, size)
                    if len(members) < MEMBER_TABLES:
                        members[s] = table
                states = [table[i] for i in candidates]
            for i, state in zip(candidates, states, strict=True):
                if state == 1:
                    covered[i] += w
                    present[i] += w
                elif state == 2:
                    covered[i] += w * ANSWER_CREDIT
                    present[i] += w
    return covered, present, known


def _best_covered(
    index: Index,
    weights: dict[str, float],
    walk: list[str],
    rest: list[str],
    best: int,
    size: int,
    members: dict[str, bytearray] | None,
    sets: dict[str, frozenset[int]] | None,
) -> tuple[dict, dict]:
    """`cover`'s `covered` and `present` for only its `best` first entries, without walking
    every posting: an entry met in one posting list holds that list's value, so only the
    entries met in several (set intersections) are summed, and of the others only the
    first of each list can come first. Sums are made in the order `cover` makes them, and
    ties fall as there (by the first list an entry is met in, then by entry number)."""
    blocks = _blocks(index, weights, walk, sets)
    several: set[int] = set()
    for a, (_, one, _, _) in enumerate(blocks):
        for _, other, _, _ in blocks[a + 1 :]:
            several |= one & other
    sums = dict.fromkeys(several, 0.0)
    first: dict[int, int] = {}
    for number, (_, as_set, credit, _) in enumerate(blocks):
        for i in several.intersection(as_set):
            sums[i] += credit  # in walk order, as `cover` adds
            first.setdefault(i, number)
    # runs of entries of one value, keyed (-covered, first list met in) as nlargest ranks
    # them; the entries met once are read from their postings only as far as needed
    keyed = sorted((-c, first[i], i) for i, c in sums.items())
    runs = [(*key, [i for *_, i in group]) for key, group in groupby(keyed, itemgetter(0, 1))]
    runs += [(-credit, number, None) for number, (_, _, credit, _) in enumerate(blocks)]
    runs.sort(key=itemgetter(0, 1))

    def take(run: tuple, n: int) -> list[int]:
        if run[2] is not None:
            return run[2][:n]
        return list(islice(filterfalse(several.__contains__, blocks[run[1]][0]), n))

    for at in range(len(runs) - 1, 0, -1):  # a value met once and summed alike: one run
        if runs[at][:2] == runs[at - 1][:2]:
            joined = sorted(take(runs[at - 1], size) + take(runs[at], size))
            runs[at - 1 : at + 1] = [(*runs[at][:2], joined)]
    tables = [(_table(index, s, size, members), weights[s]) for s in rest]
    order = _with_rest(runs, take, tables, best) if rest else _first(runs, take, best)
    covered = dict(order)
    present = {}
    for i in covered:
        p = 0.0
        for _, as_set, _, w in blocks:
            if i in as_set:
                p += w
        for table, w in tables:
            if table[i]:
                p += w
        present[i] = p
    return covered, present


def _blocks(index: Index, weights: dict[str, float], walk: list[str], sets: dict | None) -> list:
    """The walk words' posting lists in walk order: (postings, as a set, value for
    `covered`, for `present`); long ones kept as sets in `sets`."""
    blocks = []
    for s in walk:
        w = weights[s]
        for table, credit, key in ((index.strong, w, s), (index.weak, w * ANSWER_CREDIT, "~" + s)):
            found = table.get(s)
            if found:
                as_set = None if sets is None else sets.get(key)
                if as_set is None:
                    as_set = frozenset(found)
                    if sets is not None and len(found) > SET_CACHE_MIN:
                        sets[key] = as_set
                blocks.append((found, as_set, credit, w))
    return blocks


def _first(runs: list, take, best: int) -> list[tuple[int, float]]:
    """The first `best` entries of the runs, with their values."""
    out: list[tuple[int, float]] = []
    for run in runs:
        out += [(i, -run[0]) for i in take(run, best - len(out))]
        if len(out) >= best:
            break
    return out


def _with_rest(runs: list, take, tables: list[tuple[bytearray, float]], best: int) -> list:
    """The first CANDIDATES entries of the runs with the common words added, the `best`
    highest first (ties in run order, as nlargest keeps them); a run that could not reach
    them even holding every common word is not read, nor any after it."""
    reach = sum(w for _, w in tables) + 1e-9  # the slack covers rounding
    out: list[tuple[int, float]] = []
    floor: list[float] = []  # the `best` highest totals so far, lowest first
    left = CANDIDATES
    for run in runs:
        c = run[0]
        if left <= 0 or (len(floor) >= best and -c + reach < floor[0]):
            break  # runs are sorted: no later one reaches either
        entries = take(run, left)
        left -= len(entries)
        totals = [-c] * len(entries)
        for table, w in tables:  # added word by word, in `cover`'s order
            half = w * ANSWER_CREDIT
            totals = [
                t + w if state == 1 else t + half if state == 2 else t
                for t, state in zip(totals, map(table.__getitem__, entries), strict=True)
            ]
        out += zip(entries, totals, strict=True)
        if len(totals) == 1:
            insort(floor, totals[0])
            del floor[:-best]
        else:
            floor = sorted(floor + totals)[-best:]
    return sorted(out, key=itemgetter(1), reverse=True)[:best]


def _table(index: Index, word: str, size: int, members: dict[str, bytearray] | None) -> bytearray:
    """`held(word)`, from `members` when cached there (and kept there if there is room)."""
    table = None if members is None else members.get(word)
    if table is None:
        table = held(index, word, size)
        if members is not None and len(members) < MEMBER_TABLES:
            members[word] = table
    return table


def held(index: Index, word: str, size: int) -> bytearray:
    """Per entry, 1 if `word` is one of its own words, 2 if only in its answer, else 0."""
    table = bytearray(size)
    for i in index.strong.get(word, ()):
        table[i] = 1
    for i in index.weak.get(word, ()):
        table[i] = 2
    return table


def _passages(kb: KnowledgeBase, lexicon) -> tuple:
    from . import passages  # only when a base is compiled

    return passages.build(kb.article, lexicon)


def build_index(kb: KnowledgeBase) -> Index:
    """Pre-process every entry once: the work no question should repeat."""
    lexicon = kb.lexicon
    strong: dict[str, array] = {}
    weak: dict[str, array] = {}
    choices: list[str] = []  # joined per entry as we go: no list of lists at the peak
    phrases: list[str] = []
    surface: set[str] = set()
    key_terms: set[str] = set()  # stems of the entries' `terms`
    for index, entry in enumerate(kb.entries):
        own, held = [], set()
        texts = (entry.question, *entry.alternates, *entry.terms)
        for number, text in enumerate(texts):
            words = tokens(text)
            surface.update(words)
            stems = lexicon.content(words)
            own.append(" ".join(stems))
            held.update(stems)
            if number >= len(texts) - len(entry.terms):
                key_terms.update(stems)
        for s in held:
            strong.setdefault(s, array("I")).append(index)
        words = tokens(entry.answer)
        surface.update(words)
        for s in set(lexicon.content(words)) - held:
            weak.setdefault(s, array("I")).append(index)
        choices.append(_SEP.join(dict.fromkeys(c for c in own if c)))
        phrases.append(
            _SEP.join(
                dict.fromkeys(
                    " ".join(lexicon.canonical(tokens(text)))
                    for text in (entry.question, *entry.alternates)
                )
            )
        )
    n = max(len(kb.entries), 1)
    idf = {
        s: math.log(1.0 + n / (len(strong.get(s, ())) + len(weak.get(s, ()))))
        for s in strong.keys() | weak.keys()
    }
    article = tokens(
        " ".join([kb.article.title] + [f"{s.heading} {s.text}" for s in kb.article.sections])
    )
    surface.update(article)
    known = frozenset(idf) | frozenset(lexicon.content(article))
    # surface words, so that a typo is compared with what people type, not with a stem
    spellings = {
        w: stem(w) for w in sorted(surface) if w not in lexicon.stopwords and stem(w) in known
    }
    talk, owners = [], []
    for number, item in enumerate(kb.smalltalk):
        for pattern in item.patterns:
            talk.append(normalise(pattern))
            owners.append(number)
    talk_words = frozenset(x for p in talk for w in p.split() for x in (w, stem(w)))
    title = frozenset(lexicon.content(tokens(kb.article.title)))
    aspects = aspect_data.load()
    addressed = tuple(
        aspect_data.addressed(normalise(e.question), normalise(e.answer), aspects)
        for e in kb.entries
    )
    return Index(
        strong,
        weak,
        Texts(choices),
        Texts(phrases),
        idf,
        math.log(1.0 + n),
        known,
        spellings,
        talk,
        owners,
        talk_words,
        frozenset(key_terms),
        tuple(tuple(a) for a in aspects),
        addressed,
        meaning.Vocabulary.build(spellings, idf, title),
        frozenset(s for w, s in spellings.items() if meaning.everyday(w)) - title
        | {s for s in idf if s in lexicon.filler},
        _passages(kb, lexicon),
        asked_aspects=tuple(
            tuple(a) for a in aspect_data.for_base(aspects, lambda word: stem(word) in known)
        ),
    )
