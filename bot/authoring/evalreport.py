"""`magbot eval` as text: per-category accuracy, the misses, and the confidence histogram.

Only rendering: the figures come from `bot.evaluate.Report`.
"""

from __future__ import annotations

from collections.abc import Sequence

from .evaluate import BIN_WIDTH, DECLINE, RIGHT, WRONG, FlagTally, Floor, Report, WrongAnswer

BAR = 16  # characters of the longest histogram bar
HEADINGS = {
    RIGHT: "answerable: right",
    WRONG: "answerable: wrong/declined",
    DECLINE: "should decline",
}


def render(report: Report, threshold: float | None = None, floors: Sequence[Floor] = ()) -> str:
    """The whole report as plain text, one block per section."""
    answers = any(not o.row.is_redflag for o in report.outcomes)
    blocks = [
        accuracy(report),
        *([summary(report)] if answers else []),
        misses(report.miss_details()),
    ]
    flags = report.redflags()
    if flags:
        blocks.append(redflags(flags))
    if answers:
        blocks.append(histogram(report.confidence(), threshold))
    if floors:
        blocks.append(floor_lines(floors))
    return "\n\n".join(blocks) + "\n"


def accuracy(report: Report) -> str:
    lines = [f"{t.category:10s} {t.percent:5.1f}%  ({t.right}/{t.total})" for t in report.tallies()]
    kinds = report.kind_tallies()
    if kinds:
        lines += ["", "by kind:"] + [
            f"  {t.category:12s} {t.percent:5.1f}%  ({t.right}/{t.total})" for t in kinds
        ]
    return "\n".join(lines)


def redflags(tallies: Sequence[FlagTally]) -> str:
    """Recall per level and false alarms of the red-flag rows."""
    lines = ["red flags, rows by what the message describes:"]
    for t in tallies:
        lines.append(f"  {t.kind:12s} {t.percent:5.1f}%  ({t.right}/{t.total})  {t.rule}")
    return "\n".join(lines)


def summary(report: Report) -> str:
    right, declined, wrong, total = report.three()
    share = (lambda n: 100.0 * n / total) if total else (lambda n: 0.0)
    return (
        f"answered right {share(right):5.1f}%   declined wrongly {share(declined):5.1f}%   "
        f"answered wrongly {share(wrong):5.1f}%   (of {total} rows)"
    )


def misses(details: list[WrongAnswer]) -> str:
    if not details:
        return "misses: none"
    lines = [f"misses ({len(details)}):"]
    for miss in details:
        asked = " / ".join(f'"{turn}"' for turn in miss.turns)
        got = miss.status + (f" {miss.entry}" if miss.entry else "")
        lines.append(f"  {miss.id} (line {miss.line}, {miss.category}): {asked}")
        lines.append(f"      expected {miss.expected}; got {got}, score {miss.score:.1f}")
    return "\n".join(lines)


def histogram(groups: dict[str, list[int]], threshold: float | None) -> str:
    """One row per bin, highest first, a bar per group; a rule where the threshold falls."""
    names = (RIGHT, WRONG, DECLINE)
    tallest = max((n for name in names for n in groups[name]), default=0) or 1
    width = max(BAR + 5, *(len(h) + 2 for h in HEADINGS.values()))
    title = f"confidence of the top match, rows per {BIN_WIDTH}-point bin"
    header = "  score    " + "".join(f"{HEADINGS[name]:{width}s}" for name in names).rstrip()
    lines = [title + ":", header]
    bins = len(groups[RIGHT])
    for number in reversed(range(bins)):
        low = number * BIN_WIDTH
        high = 100 if number == bins - 1 else low + BIN_WIDTH - 1
        cells = []
        for name in names:
            count = groups[name][number]
            bar = "#" * max(1, round(BAR * count / tallest)) if count else ""
            cells.append(f"{(bar + ' ' + str(count)).strip():{width}s}")
        lines.append(f"  {low:>3}-{high:<3}  " + "".join(cells).rstrip())
        if threshold is not None and threshold > 0 and low <= threshold < low + BIN_WIDTH:
            where = "the bins above reach it" if threshold == low else "it falls in the bin above"
            lines.append(f"  {'-' * 7}  answer_threshold {threshold:g} (settings.toml): {where}")
    return "\n".join(lines)


def floor_lines(floors: Sequence[Floor]) -> str:
    return "\n".join(
        f"--min {f.category}={f.minimum:g}: {f.percent:.1f}% "
        f"{'met' if f.met else 'NOT MET' if f.rows else 'NOT MET (no rows)'}"
        for f in floors
    )


def shortfall(floors: Sequence[Floor]) -> str:
    """One line naming every floor not met."""
    return "; ".join(
        f"{f.category} {f.percent:.1f}% < {f.minimum:g}%" if f.rows else f"{f.category} has no rows"
        for f in floors
        if not f.met
    )
