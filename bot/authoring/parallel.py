"""Work on slices of a long list, in forked processes: `check` ranks every alternate.

A forked worker inherits what the parent built (a matcher and its index) as it is, with
nothing copied or pickled on the way in; it works through its slices and sends back
their results, which are joined in order: the same list as one process would make.
Where fork is not the way processes start (Windows, macOS) or the work is small, it is
done here, in this process.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

Item = TypeVar("Item")
SLICES_PER_WORKER = 16  # small slices: the workers end close together
_work: tuple[Callable, Any] | None = None  # a worker's function and what it reads


def map_slices(
    function: Callable[[Any, int, int], list[Item]],
    shared: Any,
    size: int,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Item]:
    """`function(shared, start, stop)` over slices of range(size), joined in order, in
    `workers` processes (default: one per core this process may use, 1: here).
    `progress(done, size)` is told, in this process, each time a slice is done."""
    workers = max(1, min(available_cores() if workers is None else workers, size))
    parallel = workers > 1 and _can_fork()
    if not parallel and progress is None:
        return function(shared, 0, size)
    count = min(size, workers * SLICES_PER_WORKER) or 1
    bounds = [(size * n // count, size * (n + 1) // count) for n in range(count)]
    if not parallel:
        parts = []
        for bound in bounds:
            parts.append(function(shared, *bound))
            if progress is not None:
                progress(bound[1], size)
        return [item for part in parts for item in part]
    import gc
    import multiprocessing  # only when the work is split

    gc.freeze()  # what the workers inherit is never collected there, so never copied
    pool = multiprocessing.get_context("fork").Pool(workers, _adopt, (function, shared))
    try:
        parts = []
        done = 0
        for bound, part in zip(bounds, pool.imap(_slice, bounds, chunksize=1), strict=True):
            parts.append(part)  # in order: a slice ahead waits for the ones before it
            done += bound[1] - bound[0]
            if progress is not None:
                progress(done, size)
    finally:
        pool.close()
        pool.join()
        gc.unfreeze()
    return [item for part in parts for item in part]


def available_cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _can_fork() -> bool:
    return sys.platform.startswith("linux") or "bsd" in sys.platform


def _adopt(function: Callable, shared: Any) -> None:
    global _work
    _work = (function, shared)


def _slice(bounds: tuple[int, int]) -> list:
    assert _work is not None, "a worker's state is set when it starts"
    function, shared = _work
    return function(shared, *bounds)
