"""`cover`, the coverage step of matching, and the texts closeness reads: fast paths give what
the plain reading gives."""

from __future__ import annotations

import heapq
import random
from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from bot.core.index import (
    ANSWER_CREDIT,
    CANDIDATES,
    COMMON_DF,
    Index,
    Texts,
    build_index,
    cover,
    read_entries,
    sort_words,
)
from bot.core.text import normalise

SIZE = COMMON_DF + 1_000  # large enough for common words, whose postings are not walked


def reference(index: Index, weights: dict[str, float], size: int) -> tuple[dict, dict, float]:
    """`cover` read plainly: each posting added one by one, the best candidates taken with
    heapq.nlargest, a common word looked up in its postings as a set."""
    common_df = max(COMMON_DF, size // 20)
    df = {
        s: len(index.strong.get(s, ())) + len(index.weak.get(s, ()))
        for s in weights
        if s in index.idf
    }
    known = sum(weights[s] for s in df)
    walk = [s for s in df if df[s] <= common_df] or sorted(df, key=df.get)[:1]
    covered: dict[int, float] = {}
    present: dict[int, float] = {}
    for s in walk:
        for table, credit in ((index.strong, 1.0), (index.weak, ANSWER_CREDIT)):
            for i in table.get(s, ()):
                covered[i] = covered.get(i, 0.0) + weights[s] * credit
                present[i] = present.get(i, 0.0) + weights[s]
    rest = [s for s in df if s not in walk]
    if rest:
        candidates = heapq.nlargest(CANDIDATES, covered, key=covered.__getitem__)
        covered = {i: covered[i] for i in candidates}
        for s in rest:
            strong, weak = set(index.strong.get(s, ())), set(index.weak.get(s, ()))
            for i in candidates:
                if i in strong or i in weak:
                    covered[i] += weights[s] * (1.0 if i in strong else ANSWER_CREDIT)
                    present[i] += weights[s]
    return covered, present, known


def synthetic_index(rng: random.Random) -> Index:
    """Words from very common (in most entries) to rare, each entry holding a word in its
    own texts or only in its answer; weights that tie, so that order decides."""
    strong: dict[str, array] = {}
    weak: dict[str, array] = {}
    for number, share in enumerate((0.9, 0.5, 0.3, 0.1, 0.05, 0.02, 0.01, 0.002, 0.0005)):
        for i in range(SIZE):
            if rng.random() < share:
                table = strong if rng.random() < 0.7 else weak
                table.setdefault(f"w{number}", array("I")).append(i)
    idf = {s: 1.0 + int(s[1:]) % 3 for s in strong.keys() | weak.keys()}
    return Index(
        strong,
        weak,
        Texts([]),
        Texts([]),
        idf,
        9.0,
        frozenset(idf),
        {},
        [],
        [],
        frozenset(),
        frozenset(),
    )


def _ordered(result: tuple[dict, dict, float]) -> tuple[list, list, float]:
    covered, present, known = result
    return list(covered.items()), list(present.items()), known


@pytest.mark.parametrize("seed", range(5))
def test_cover_gives_what_the_plain_reading_gives(seed):
    rng = random.Random(seed)
    index = synthetic_index(rng)
    members: dict[str, bytearray] = {}
    for _ in range(40):
        words = rng.sample([*index.idf, "unknown"], rng.randint(1, 5))
        weights = {s: rng.choice((0.5, 1.0, 2.25)) for s in words}
        expected = _ordered(reference(index, weights, SIZE))
        # the same entries, values and order: ties are broken the same way
        assert _ordered(cover(index, weights, SIZE)) == expected
        assert _ordered(cover(index, weights, SIZE, members)) == expected
    assert members  # the common words' tables were kept and used again


@pytest.mark.parametrize("seed", range(5))
def test_the_best_entries_alone_are_the_head_of_cover(seed):
    # cover(best=k) is what rank shortlists from: the k entries nlargest takes first from
    # the whole of cover, in that order, with the same values
    rng = random.Random(seed)
    index = synthetic_index(rng)
    members: dict[str, bytearray] = {}
    bits: dict[str, tuple[int, int]] = {}
    for _ in range(40):
        words = rng.sample([*index.idf, "unknown"], rng.randint(1, 5))
        weights = {s: rng.choice((0.5, 1.0, 2.25)) for s in words}
        covered, present, known = reference(index, weights, SIZE)
        for best in (1, 16, 50):
            head = heapq.nlargest(best, covered, key=covered.__getitem__)
            fast = cover(index, weights, SIZE, members, best, bits)
            assert list(fast[0]) == head
            assert fast[0] == {i: covered[i] for i in head}
            assert fast[1] == {i: present[i] for i in head}
            assert fast[2] == known


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.text(max_size=40))
def test_words_sorted_once_score_as_token_sort_ratio(one, other):
    # `check` sorts each text's words once (Texts.sorted) and then scores with plain ratio
    one, other = normalise(one), normalise(other)
    assert fuzz.ratio(sort_words(one), sort_words(other)) == fuzz.token_sort_ratio(one, other)


def test_sorted_texts_keep_each_entry_and_its_texts_in_place():
    texts = Texts(["b a\nz y x", "", "c"])
    assert texts.sorted().joined == ["a b\nx y z", "", "c"]
    assert texts.sorted().gather([2, 0]) == (["c", "a b", "x y z"], [2, 0, 0])


def test_an_index_to_rank_only_is_the_index_without_what_match_alone_reads(kb):
    # `check` ranks every alternate: it reads no aspect and no passage of the article
    full, rank_only = build_index(kb), build_index(kb, rank_only=True)
    left_out = {"aspects", "addressed", "passages", "asked_aspects", "frames", "flags"}
    assert all(getattr(full, f) for f in left_out)
    assert not any(getattr(rank_only, f) for f in left_out)
    assert all(getattr(full, f) == getattr(rank_only, f) for f in full._fields if f not in left_out)


# -- the entries read in slices (as `check` reads a large base, on every core) -----------


@pytest.mark.parametrize("cuts", [(0,), (1,), (7, 20), (3, 4, 5)])
def test_an_index_of_entries_read_in_slices_is_the_index_read_at_once(kb, cuts):
    size = len(kb.entries)
    bounds = [0, *(c for c in cuts if c < size), size]
    read = [read_entries(kb, a, b) for a, b in zip(bounds, bounds[1:], strict=False)]
    whole, sliced = build_index(kb), build_index(kb, read=read)
    assert dict(sliced.strong) == dict(whole.strong) and len(whole.strong) > 100
    assert dict(sliced.weak) == dict(whole.weak)
    assert sliced.choices == whole.choices and sliced.phrases == whole.phrases
    assert sliced.idf == whole.idf and sliced.spellings == whole.spellings
    assert sliced.key_terms == whole.key_terms and sliced.addressed == whole.addressed


def test_an_index_is_read_a_slice_at_a_time_not_all_at_once(kb, monkeypatch):
    import bot.core.index as index_module

    seen: list[tuple[int, int | None]] = []
    reader = index_module.read_entries

    def spy(kb_, start=0, stop=None):
        seen.append((start, stop))
        return reader(kb_, start, stop)

    monkeypatch.setattr(index_module, "read_entries", spy)
    monkeypatch.setattr(index_module, "READ_SLICE", 10)
    build_index(kb)
    assert seen[:2] == [(0, 10), (10, 20)] and len(seen) == -(-len(kb.entries) // 10)


@pytest.mark.parametrize("seed", range(20))
def test_the_lowest_bits_of_parts_large_and_small(seed):
    # a part of a few entries, or a tie of hundreds in a base of ten thousand
    from bot.core.index import _lowest

    rng = random.Random(seed)
    for count in (0, 1, 3, 16, 17, 40, 300):
        chosen = sorted(rng.sample(range(10_000), count))
        x = sum(1 << i for i in chosen)
        for n in (1, 5, 16, 500):
            assert _lowest(x, n) == chosen[:n]
