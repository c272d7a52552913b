"""How long `magbot check` takes on a synthetic knowledge folder of 10,000 entries (issue 10).

Run from the project root after the README set-up:  .venv/bin/python bench/check_speed.py
Options: --size N (default 10,000), --keep DIR (write the folder there and leave it, to
profile it or run `magbot check --kb DIR` by hand), --english (the entries are the shipped
ones copied over and over, each copy's texts with a made-up word of its own, so that no
phrasing is another entry's word for word: English sentences, about 7 alternates an entry
where the synthetic ones have 4, and hundreds of entries alike: the dearer case).

The folder is the shipped one (article, settings, lexicon, small talk, safety, without the
flags' `same_as`, which name shipped entries) with its entries replaced by bench/speed.py's
deterministic synthetic entries, written as TOML, so that the whole of `check` runs:
reading and validating the files, then the matcher's warnings. Prints the time of
`bot.authoring.check.check_knowledge` (the clock starts after the folder is written) and its
CPU time (the figure to trust on a busy machine: this process's and its workers', which
rank the alternates on every core) next to the target, and how many problems it found.
`--workers 1` ranks them all in this process.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

import speed

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 10.0  # issue 10: `magbot check` on 10,000 entries


def write_base(directory: Path, size: int, english: bool = False) -> Path:
    """The shipped folder with `size` synthetic entries instead of its own (`english`: the
    shipped ones copied, see --english); returns it."""
    sys.path.insert(0, str(ROOT))
    kb = english_kb(size) if english else speed.synthetic_kb(size)
    shutil.copytree(
        ROOT / "knowledge",
        directory,
        dirs_exist_ok=True,
        ignore=shutil.ignore_patterns("entries", "README.md"),
    )
    (directory / "entries").mkdir(exist_ok=True)
    safety = directory / "safety.toml"  # its flags name shipped entries, which are gone
    safety.write_text(
        "".join(
            line
            for line in safety.read_text("utf-8").splitlines(True)
            if not line.startswith("same_as")
        ),
        encoding="utf-8",
    )
    quote = json.dumps  # the synthetic texts are plain ASCII: a JSON string is a TOML one
    lines = []
    for entry in kb.entries:
        lines += [
            "[[entry]]",
            f"id = {quote(entry.id)}",
            f"question = {quote(entry.question)}",
            f"alternates = [{', '.join(map(quote, entry.alternates))}]",
            f"terms = [{', '.join(map(quote, entry.terms))}]",
            f"answer = {quote(entry.answer)}",
            f"source = {quote(kb.article.title)}",
            "",
        ]
    (directory / "entries" / "synthetic.toml").write_text("\n".join(lines), encoding="utf-8")
    return directory


def english_kb(size: int):
    """`size` entries: the shipped ones in turn, each copy's question and alternates ending
    in a made-up word of its own (deterministic), `related` dropped."""
    import random

    from bot.core.loader import load

    shipped = load()
    rng = random.Random(speed.SEED)
    entries = []
    for number in range(size):
        entry = shipped.entries[number % len(shipped.entries)]
        word = "".join(rng.choice(speed.SYLLABLES) for _ in range(3))
        entries.append(
            entry._replace(
                id=f"{entry.id}-{number}",
                question=f"{entry.question.rstrip('?')} {word}?",
                alternates=tuple(f"{a} {word}" for a in entry.alternates),
                related=(),
            )
        )
    return shipped._replace(entries=tuple(entries))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--keep", metavar="DIR")
    parser.add_argument("--workers", type=int, help="processes ranking the alternates")
    parser.add_argument("--english", action="store_true", help="shipped entries, copied")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = write_base(Path(args.keep or scratch), args.size, args.english)
        from bot.authoring.check import check_knowledge

        start, cpu, workers = time.perf_counter(), time.process_time(), _children_cpu()
        outcome = check_knowledge(folder, workers=args.workers)
        took, cpu = time.perf_counter() - start, time.process_time() - cpu
        workers = _children_cpu() - workers
    verdict = f"target < {TARGET_S:g} s: {'ok' if took < TARGET_S else 'FAILS'}"
    print(
        f"magbot check, {args.size:,} {'English' if args.english else 'synthetic'} entries:"
        f" {took:.2f} s (CPU {cpu + workers:.2f} s:"
        f" {cpu:.2f} s here, {workers:.2f} s in workers; {outcome.summary()}); "
        + (verdict if args.size == 10_000 else f"({verdict} at 10,000)")
    )


def _children_cpu() -> float:
    """CPU seconds of this process's ended child processes (the workers)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


if __name__ == "__main__":
    main()
