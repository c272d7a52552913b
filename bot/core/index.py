"""The matching index: everything a question is compared with, computed once per knowledge base.

Plain data, compact enough for 100,000 entries (postings are arrays of entry numbers,
each entry's texts one string), and stored by the cache as it is (arrays as bytes).
"""

import math
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from operator import itemgetter
from typing import NamedTuple

from . import aspects as aspect_data
from . import meaning, safety
from .knowledge import KnowledgeBase
from .text import Lexicon, normalise, stem, sums_in_words, tokens

_SEP = "\n"  # between the texts of one entry (normalised text never holds a newline)
ANSWER_CREDIT = 0.5  # a word found only in an entry's answer counts this much
COMMON_DF = 2000  # a word in more entries than this (or 1/20 of them) is common
CANDIDATES = 400  # entries found through rare words, then scored for common ones
MEMBER_TABLES = 256  # common words whose `held` table a matcher keeps (one byte an entry)
_ROUNDING = 1e-9  # far above the rounding of a few sums of weights, far below a weight
READ_SLICE = 1000  # entries `build_index` reads before it posts them
BITS_CACHE = 2**28  # postings are kept as bits (one an entry) up to this many, when a
# caller caches them (32 MB)


class Texts:
    """Each entry's texts (question first), one joined string per entry."""

    __slots__ = ("joined", "_split", "_flat", "_sorted", "single")

    def __init__(self, joined: list[str], split: list[list[str]] | None = None):
        self.joined = joined
        self._split = split  # each entry's texts apart, when kept
        self._flat: tuple[list[str], list[int]] | None = None
        self._sorted: Texts | None = None
        # one text or none an entry (a base's phrasings without their alternates): then
        # `joined` is each entry's text, or "" for none
        self.single = split is not None and all(len(texts) <= 1 for texts in split)

    def __len__(self) -> int:
        return len(self.joined)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Texts) and other.joined == self.joined

    def question(self, index: int) -> str:
        return self.joined[index].partition(_SEP)[0]

    def of(self, index: int) -> list[str]:
        """The texts of one entry (question first)."""
        if self._split is not None:
            return self._split[index]
        joined = self.joined[index]
        return joined.split(_SEP) if joined else []

    def flat(self) -> tuple[list[str], list[int]]:
        """Every text of every entry, and the entry each belongs to (built once)."""
        if self._flat is None:
            self._flat = self.gather(range(len(self.joined)))
        return self._flat

    def sorted(self) -> "Texts":
        """The same texts, each with its words in order, kept apart (built once, for the
        many queries of `check`): token_sort_ratio against one of them is plain ratio
        against the other text so sorted."""
        if self._sorted is None:
            split = [[sort_words(t) for t in j.split(_SEP)] if j else [] for j in self.joined]
            self._sorted = Texts([_SEP.join(texts) for texts in split], split)
        return self._sorted

    def gather(self, indices: Iterable[int]) -> tuple[list[str], list[int]]:
        """The texts of these entries in turn, and the entry each belongs to."""
        texts: list[str] = []
        owners: list[int] = []
        split = self._split
        for index in indices:
            if split is not None:
                own = split[index]
            elif joined := self.joined[index]:
                own = joined.split(_SEP)
            else:
                continue
            texts += own
            owners += [index] * len(own)
        return texts, owners


def sort_words(text: str) -> str:
    """The words of `text` in order, one space apart (as token_sort_ratio reads it)."""
    return " ".join(sorted(text.split()))


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
    frames: tuple[str, ...] = ()  # phrases that ask, not name ("what happens": aspects.frames)
    flags: tuple = ()  # the red flags' concepts indexed (safety.catalogued), plain
    kinds: tuple = ()  # per entry: the stems of the kind it is about (kinds.py), plain


def cover(
    index: Index,
    weights: dict[str, float],
    size: int,
    members: dict[str, bytearray] | None = None,
    best: int | None = None,
    bits: dict[str, tuple[int, int]] | None = None,
) -> tuple[dict, dict, float]:
    """Per entry, the weight of the query's words it holds (half for a word only in its
    answer), the same counting answers in full, and the weight of all known words.

    In a large base a common word's postings are long: entries are first found through
    the rarer words, and only the best of them are then looked up for the common ones
    (in `members`, a cache of `held` tables kept by the caller, when it gives one).
    With `best`, only the `best` entries `heapq.nlargest` would take first are kept, in
    that order (see `_best_covered`; `bits` caches postings as bits).
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
        return (*_best_covered(index, weights, walk, rest, best, size, bits), known)
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
    bits: dict[str, tuple[int, int]] | None,
) -> tuple[dict, dict]:
    """`cover`'s `covered` and `present` for only its `best` first entries, without walking
    every posting. Postings are read as sets of entries, the bits of Python integers: an
    entry in one posting list holds that list's value, so only the entries met in several
    are told apart (split by the lists they are in, the values summed in walk order as
    `cover` sums them). Ties fall as there: by the first list an entry is met in, then by
    entry number; with common words, among the first CANDIDATES so ordered."""
    blocks = _bit_blocks(index, weights, walk, size, bits)
    several = seen = 0
    for b, _, _ in blocks:
        several |= seen & b
        seen |= b
    parts: list[tuple] = []  # (entries, covered, present, first list met)
    if several:
        alone = ~several
        for number, (b, credit, w) in enumerate(blocks):
            if once := b & alone:  # met in this list alone: they hold its value
                parts.append((once, credit, w, number))
        met: list[tuple] = [(several, 0.0, 0.0, None)]
        for number, (b, credit, w) in enumerate(blocks):
            met = _split(met, b, credit, w, number)
        parts += met
    else:  # no entry in two lists (a query of rare words): each list is a part
        parts = [(b, credit, w, number) for number, (b, credit, w) in enumerate(blocks)]
    runs = _runs(parts)
    if not rest:
        return _head(runs, best)
    candidates = _candidates(runs, best, sum(weights[s] for s in rest))
    for b, credit, w in _bit_blocks(index, weights, rest, size, bits):
        candidates = _split(candidates, b, credit, w, None)
    return _head(_runs(candidates), best)


def _candidates(runs: list, best: int, reach: float) -> list[tuple]:
    """The first CANDIDATES entries of the runs, in run order, which the common words are
    looked up for: (entries, covered, present, their run's rank). The common words add at
    most `reach`: once `best` entries are found, the runs that `reach` cannot lift to the
    value of the last of them are left out, as none of theirs could come among the first
    `best` (the same head, for less to split)."""
    left = CANDIDATES
    floor = None  # the value of the best-th entry
    found = 0
    out: list[tuple] = []
    for rank, (joined, members) in enumerate(runs):
        value = members[0][1]
        if floor is not None and value + reach + _ROUNDING < floor:
            break
        count = joined.bit_count()
        if count < left:
            out += [(x, c, p, rank) for x, c, p in members]
            left -= count
        else:
            first = _first_bits(joined, left)
            out += [(x & first, c, p, rank) for x, c, p in members if x & first]
            break
        found += count
        if floor is None and found >= best:
            floor = value
    return out


def _bit_blocks(
    index: Index, weights: dict[str, float], words: list[str], size: int, bits: dict | None
) -> list[tuple[int, float, float]]:
    """The words' posting lists in order, as bits: (entries, value for `covered`, for
    `present`); a word's two lists kept in `bits` (as long as it holds under BITS_CACHE)."""
    blocks = []
    for s in words:
        w = weights[s]
        both = None if bits is None else bits.get(s)
        if both is None:
            both = (_posting_bits(index.strong, s, size), _posting_bits(index.weak, s, size))
            if bits is not None and (len(bits) + 1) * 2 * size <= BITS_CACHE:
                bits[s] = both
        strong, weak = both
        if strong:
            blocks.append((strong, w, w))
        if weak:
            blocks.append((weak, w * ANSWER_CREDIT, w))
    return blocks


def _posting_bits(table: dict[str, array], word: str, size: int) -> int:
    found = table.get(word)
    return _as_bits(found, size) if found else 0


def _as_bits(postings: array, size: int) -> int:
    if len(postings) < 16:  # a few entries: sooner bit by bit than through a whole table
        x = 0
        for i in postings:
            x |= 1 << i
        return x
    table = bytearray((size + 7) >> 3)
    for i in postings:
        table[i >> 3] |= 1 << (i & 7)
    return int.from_bytes(table, "little")


def _split(parts: list, b: int, credit: float, w: float, number: int | None) -> list:
    """Each part (entries, covered, present, key) split into its entries in `b`, which gain
    `credit` and `w` (and `number` for key if they have none yet), and the others."""
    out = []
    for part in parts:
        x, c, p, key = part
        inside = x & b
        if inside:
            out.append((inside, c + credit, p + w, number if key is None else key))
            if x := x ^ inside:
                out.append((x, c, p, key))
        else:
            out.append(part)
    return out


def _runs(parts: list) -> list[tuple[int, list[tuple[int, float, float]]]]:
    """The parts by value (highest first), then key; those of one value and key joined
    into a run: (its entries, its parts as (entries, covered, present))."""
    runs: list[tuple[int, list[tuple[int, float, float]]]] = []
    last = None
    parts.sort(key=_KEY)  # a reversed sort keeps ties in order: by value, then key
    parts.sort(key=_VALUE, reverse=True)
    for x, c, p, key in parts:
        if (c, key) == last:
            joined, members = runs[-1]
            runs[-1] = (joined | x, members)
        else:
            members = []
            runs.append((x, members))
            last = c, key
        members.append((x, c, p))
    return runs


_VALUE, _KEY = itemgetter(1), itemgetter(3)


def _head(runs: list, best: int) -> tuple[dict, dict]:
    """The first `best` entries of the runs (each run's in entry order): covered, present."""
    covered: dict[int, float] = {}
    present: dict[int, float] = {}
    for joined, members in runs:
        need = best - len(covered)
        if need <= 0:
            break
        if len(members) == 1:
            _, c, p = members[0]
            for i in _lowest(joined, need):
                covered[i] = c
                present[i] = p
            continue
        first = _first_bits(joined, need)
        found = sorted((i, c, p) for x, c, p in members for i in _positions(x & first))
        for i, c, p in found:
            covered[i] = c
            present[i] = p
    return covered, present


def _positions(x: int) -> list[int]:
    """The set bits of `x`, lowest first (read from the top: each step leaves a shorter
    number, where taking the lowest bit would copy the whole of it)."""
    out = []
    while x:
        i = x.bit_length() - 1
        out.append(i)
        x ^= 1 << i
    out.reverse()
    return out


def _lowest(x: int, n: int) -> list[int]:
    """The `n` lowest set bits of `x`, lowest first: of a part of many entries (a tie of
    hundreds), only the few lowest words of the number are read."""
    count = x.bit_count()
    if count <= n:
        return _positions(x)
    x = _window(x, n, count)  # a short number: its lowest bit is taken off cheaply
    out = []
    for _ in range(n):
        low = x & -x
        out.append(low.bit_length() - 1)
        x ^= low
    return out


def _first_bits(x: int, n: int) -> int:
    """`x` with only its `n` lowest bits set."""
    count = x.bit_count()
    if count <= n:
        return x
    x = _window(x, n, count)
    low, high = n, x.bit_length()  # the fewest lowest bits that hold n of x's
    while low < high:
        middle = (low + high) // 2
        if (x & ((1 << middle) - 1)).bit_count() >= n:
            high = middle
        else:
            low = middle + 1
    return x & ((1 << low) - 1)


def _window(x: int, n: int, count: int) -> int:
    """The lowest bits of `x` (`count` of them set) that hold `n` or more of its set bits,
    as few as it takes to find them fast: about twice as many as `n` would need if they
    were spread evenly, doubled until they do (short numbers are quicker to read)."""
    width = max(64, 2 * n * x.bit_length() // count)
    while True:
        low = x & ((1 << width) - 1)
        if low.bit_count() >= n:
            return low
        width <<= 1


def held(index: Index, word: str, size: int) -> bytearray:
    """Per entry, 1 if `word` is one of its own words, 2 if only in its answer, else 0."""
    table = bytearray(size)
    for i in index.strong.get(word, ()):
        table[i] = 1
    for i in index.weak.get(word, ()):
        table[i] = 2
    return table


def _post(postings: dict[str, array], stems: Iterable[str], index: int) -> None:
    """Add entry `index` to the postings of `stems` (a new array only for a new stem)."""
    for s in stems:
        found = postings.get(s)
        if found is None:
            postings[s] = array("I", (index,))
        else:
            found.append(index)


def _own(word: str, known, lexicon: Lexicon) -> bool:
    """Is `word` one of the base's own words, as typed or as the base says it ("kids" in a
    base that says "children", which its lexicon or the general equivalents rewrite)?"""
    said = lexicon.synonyms.get((word,))
    return stem(word) in known or (said is not None and all(stem(w) in known for w in said))


def _passages(kb: KnowledgeBase, lexicon) -> tuple:
    from . import passages  # only when a base is compiled

    return passages.build(kb.article, lexicon)


class Read(NamedTuple):
    """What the entries of a slice of a base say, read once (see `read_entries`)."""

    held: list[tuple[str, ...]]  # per entry: the content stems of its own phrasings and terms
    answered: list[tuple[str, ...]]  # per entry: the content stems only its answer holds
    choices: list[str]  # per entry: its phrasings' and terms' stems, joined (`Texts`)
    phrases: list[str]  # per entry: its phrasings, canonical words, joined
    asked: list[tuple[str, str]]  # per entry: its question and its answer, normalised
    surface: set[str]  # every word as typed
    key_terms: set[str]  # the stems of the entries' `terms`


def read_entries(kb: KnowledgeBase, start: int = 0, stop: int | None = None) -> Read:
    """The words of entries numbered start to stop: the part of `build_index` that reads
    each entry on its own, and so can be read in slices apart (`check` reads a large base
    so, on every core) and joined in order."""
    lexicon = kb.lexicon
    out = Read([], [], [], [], [], set(), set())
    surface, key_terms = out.surface, out.key_terms
    for entry in kb.entries[start:stop]:
        own, held, asked = [], set(), []
        phrasings = 1 + len(entry.alternates)  # then the terms
        question = ""
        for number, text in enumerate((entry.question, *entry.alternates, *entry.terms)):
            said = normalise(text)
            words = said.split()
            surface.update(words)
            stems = lexicon.content(words)
            own.append(" ".join(stems))
            held.update(stems)
            if number == 0:
                question = said
            if number < phrasings:
                asked.append(" ".join(lexicon.canonical(words)))
            else:
                key_terms.update(stems)
        answer = normalise(entry.answer)
        words = answer.split()
        surface.update(words)
        out.held.append(tuple(held))
        out.answered.append(tuple(set(lexicon.content(words)) - held))
        out.choices.append(_SEP.join(dict.fromkeys(c for c in own if c)))
        out.phrases.append(_SEP.join(dict.fromkeys(asked)))
        # the answer as aspects read it (a sum of money in words), normalised once more only
        # when it holds one
        summed = sums_in_words(entry.answer)
        out.asked.append((question, answer if summed == entry.answer else normalise(summed)))
    return out


def build_index(
    kb: KnowledgeBase, *, rank_only: bool = False, read: Iterable[Read] | None = None
) -> Index:
    """Pre-process every entry once: the work no question should repeat. `rank_only`: what
    `Matcher.rank` reads alone, without the aspects and passages only `match` reads (for
    `check`, which ranks every alternate of a base); `read`: the entries' words, read in
    slices by `read_entries` already (in order), else read here."""
    lexicon = kb.lexicon
    strong: dict[str, array] = {}
    weak: dict[str, array] = {}
    choices: list[str] = []
    phrases: list[str] = []
    surface: set[str] = set()
    key_terms: set[str] = set()  # stems of the entries' `terms`
    aspects = () if rank_only else aspect_data.load()
    addressed = []
    index = 0
    if read is None:  # a thousand entries at a time: little read and not yet posted at once
        size = len(kb.entries)
        read = (read_entries(kb, i, i + READ_SLICE) for i in range(0, size, READ_SLICE))
    for part in read:
        for held, answered, (question, answer) in zip(
            part.held, part.answered, part.asked, strict=True
        ):
            _post(strong, held, index)
            _post(weak, answered, index)
            if aspects:
                addressed.append(aspect_data.addressed(question, answer, aspects))
            index += 1
        choices += part.choices
        phrases += part.phrases
        surface |= part.surface
        key_terms |= part.key_terms
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
        tuple(addressed),
        meaning.Vocabulary.build(spellings, idf, title),
        frozenset(s for w, s in spellings.items() if meaning.everyday(w)) - title
        | {s for s in idf if s in lexicon.filler},
        () if rank_only else _passages(kb, lexicon),
        asked_aspects=tuple(
            tuple(a) for a in aspect_data.for_base(aspects, lambda word: _own(word, known, lexicon))
        ),
        frames=aspect_data.frames() if aspects else (),
        flags=safety.catalogued(kb.flags) if aspects else (),
    )
