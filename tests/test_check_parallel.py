"""`check` on every core: work split across forked processes gives what one process gives."""

from __future__ import annotations

from collections import Counter

import pytest
from helpers import made_up_base

from bot.authoring.check import misfiled
from bot.authoring.parallel import map_slices


def _multiples(factor: int, start: int, stop: int) -> list[int]:
    return [factor * n for n in range(start, stop)]


@pytest.mark.parametrize("workers", [1, 2, 3])
@pytest.mark.parametrize("size", [0, 1, 2, 103])
def test_slices_come_back_joined_in_order(workers, size):
    assert map_slices(_multiples, 7, size, workers) == [7 * n for n in range(size)]


def _apply(shared: dict, start: int, stop: int) -> list[int]:
    return [shared["add"](n) for n in range(start, stop)]


def test_a_worker_reads_what_the_parent_built_as_it_is():
    # inherited, never pickled: a lambda could not be sent to a worker
    assert map_slices(_apply, {"add": lambda n: n + 1}, 50, 2) == list(range(1, 51))


def test_misfiled_is_the_same_in_any_number_of_processes():
    # four alternates an entry, some of them shared by two entries, common words and ties
    base = made_up_base(2_100, 11, alternates=4)
    assert max(Counter(a for e in base.entries for a in e.alternates).values()) > 1
    alone = [(e.id, a, o, own) for e, a, o, own in misfiled(base, workers=1)]
    assert len(alone) > 100
    for workers in (2, 3):
        assert [(e.id, a, o, own) for e, a, o, own in misfiled(base, workers)] == alone


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("size", [0, 5, 103])
def test_progress_is_told_as_slices_are_done(workers, size):
    told: list[tuple[int, int]] = []
    found = map_slices(_multiples, 7, size, workers, lambda done, of: told.append((done, of)))
    assert found == [7 * n for n in range(size)]
    assert told[-1] == (size, size)
    assert [done for done, _ in told] == sorted(done for done, _ in told)
    assert len(told) > 1 or size <= 1
