"""Batch evaluation: run a file of questions through the conversation and judge each reply.

The file format is JSON Lines, one row per question (see tests/eval/README.md):
answerable rows carry `q` and `expect` (groups of words, one of each group must be in
the answer), declined ones `expect_status`, conversations `turns`; a row may name the
red-flag guidance it needs (`expect_safety`: urgent or doctor) and its `kind`, a finer
group reported beside the categories. Red-flag rows carry `expect_level` (urgent, doctor
or null: no flag) with `reported` (does the message say the person has the sign, or only
ask about it?), judged in `bot.evalflags`. Pure: returns data.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

from ..core.conversation import Conversation
from ..core.knowledge import KnowledgeBase
from ..core.matcher import ANSWERED, NO_MATCH, UNSURE, Matcher
from ..core.reply import Reply
from ..core.safety import DOCTOR, URGENT
from .evalflags import NOT_SET, FlagTally, flag_got, judge_flag, tally_flags

CATEGORY_ORDER = ("core", "followup", "smalltalk", "offtopic", "near")
OVERALL = "overall"
REDFLAG = "redflag"  # the default category of a red-flag row
BIN_WIDTH = 10  # points of confidence per bar of the histogram
# the three groups of the confidence histogram; small-talk rows are in none of them
RIGHT, WRONG, DECLINE = "answerable_right", "answerable_wrong", "should_decline"


MAX_FILE_BYTES = 64 * 1024 * 1024


class EvalFileError(Exception):
    """A question file that cannot be read; str() is `file:line: message`."""


class Row(NamedTuple):
    id: str
    category: str
    turns: tuple[str, ...]
    expect: tuple[tuple[str, ...], ...] = ()
    expect_status: str | None = None
    line: int = 0
    kind: str | None = None
    expect_safety: str | None = None
    expect_level: str | None = NOT_SET  # red-flag rows: urgent, doctor or None (no flag)
    reported: bool | str = NOT_SET  # red-flag rows: True, False, or not said

    @property
    def is_redflag(self) -> bool:
        return self.expect_level != NOT_SET

    @property
    def text(self) -> str:
        return " / ".join(self.turns)


class RowOutcome(NamedTuple):
    row: Row
    reply: Reply
    ok: bool
    plain: Reply | None = None  # red-flag rows: the reply with no red flags known

    @property
    def answer_kept(self) -> bool:
        """Did the flag leave the answer to the rest of the message as it was, or better?"""
        plain = self.plain
        if plain is None or plain.entry is None:
            return True
        return self.reply.entry is not None and (
            self.reply.entry == plain.entry or self.reply.score >= plain.score
        )


class Tally(NamedTuple):
    category: str
    right: int
    total: int

    @property
    def percent(self) -> float:
        return 100.0 * self.right / self.total if self.total else 0.0


class WrongAnswer(NamedTuple):
    """A row judged wrong, and what the bot did instead."""

    id: str
    category: str
    line: int
    turns: tuple[str, ...]
    expected: str  # "answer holding ..." or the status expected
    status: str
    entry: str | None
    score: float


class Floor(NamedTuple):
    """A `--min CATEGORY=PCT` floor and whether the report meets it."""

    category: str
    minimum: float
    percent: float
    rows: int

    @property
    def met(self) -> bool:
        return self.rows > 0 and self.percent >= self.minimum


class Report:
    """The outcome of every row of a question file."""

    def __init__(self) -> None:
        self.outcomes: list[RowOutcome] = []

    def by_category(self) -> dict[str, list[RowOutcome]]:
        groups: dict[str, list[RowOutcome]] = {}
        for outcome in self.outcomes:
            groups.setdefault(outcome.row.category, []).append(outcome)
        order = {c: i for i, c in enumerate(CATEGORY_ORDER)}
        return dict(sorted(groups.items(), key=lambda kv: order.get(kv[0], len(order))))

    def percent(self, category: str | None = None) -> float:
        chosen = [o for o in self.outcomes if category in (None, "overall", o.row.category)]
        return 100.0 * sum(o.ok for o in chosen) / len(chosen) if chosen else 0.0

    @property
    def misses(self) -> list[RowOutcome]:
        return [o for o in self.outcomes if not o.ok]

    def by_kind(self) -> dict[str, list[RowOutcome]]:
        """The rows that name a `kind`, grouped by it, in the file's order."""
        groups: dict[str, list[RowOutcome]] = {}
        for outcome in self.outcomes:
            if outcome.row.kind:
                groups.setdefault(outcome.row.kind, []).append(outcome)
        return groups

    def tallies(self) -> list[Tally]:
        """Rows right out of rows, per category in the usual order, then overall."""
        out = [
            Tally(c, sum(o.ok for o in group), len(group))
            for c, group in self.by_category().items()
        ]
        return out + [Tally(OVERALL, sum(o.ok for o in self.outcomes), len(self.outcomes))]

    def three(self) -> tuple[int, int, int, int]:
        """Rows answered right, declined wrongly (answerable, no answer), answered wrongly
        (the wrong content, or an answer where it should decline), and all rows: the three
        figures that say how a health bot does (a wrong answer is worse than none).
        Red-flag rows are left out: their figures are `redflags`."""
        right = declined = wrong = total = 0
        for outcome in self.outcomes:
            if outcome.row.is_redflag:
                continue  # judged by its flag, in `redflags`
            total += 1
            if outcome.ok:
                right += 1
            elif outcome.reply.status in (ANSWERED, UNSURE):
                wrong += 1
            elif outcome.row.expect_status is None:
                declined += 1
        return right, declined, wrong, total

    def kind_tallies(self) -> list[Tally]:
        """Rows right out of rows, per kind (only rows that name one)."""
        return [
            Tally(k, sum(o.ok for o in group), len(group)) for k, group in self.by_kind().items()
        ]

    def miss_details(self) -> list[WrongAnswer]:
        return [
            WrongAnswer(
                o.row.id,
                o.row.category,
                o.row.line,
                o.row.turns,
                expected(o.row),
                # a row that expects guidance missed it or got another level: say which
                flag_got(o.reply)
                if o.row.is_redflag or o.row.expect_safety is not None
                else o.reply.status,
                o.reply.entry.id if o.reply.entry else None,
                o.reply.score,
            )
            for o in self.misses
        ]

    def confidence(self, width: int = BIN_WIDTH) -> dict[str, list[int]]:
        """How many replies' top scores fall in each `width`-point bin, per group.

        Answerable rows answered right, answerable rows answered wrong or declined, and
        rows that should be declined: where the groups overlap, no threshold separates them.
        The last bin includes 100.
        """
        bins = -(-100 // width)
        groups: dict[str, list[int]] = {name: [0] * bins for name in (RIGHT, WRONG, DECLINE)}
        for outcome in self.outcomes:
            group = _group(outcome)
            if group is not None:
                score = min(max(outcome.reply.score, 0.0), 100.0)
                groups[group][min(int(score // width), bins - 1)] += 1
        return groups

    def redflags(self) -> list[FlagTally]:
        """Recall per level, false alarms, questions, and answers kept, for red-flag rows."""
        return tally_flags(self.outcomes)

    def floors(self, minimums: dict[str, float]) -> list[Floor]:
        """Each floor against its category's figure; a category with no rows is not met."""
        tallies = {t.category: t for t in (*self.kind_tallies(), *self.tallies())}
        out = []
        for category, minimum in minimums.items():
            tally = tallies.get(category, Tally(category, 0, 0))
            out.append(Floor(category, minimum, tally.percent, tally.total))
        return out

    def to_dict(self, minimums: dict[str, float] | None = None) -> dict:
        """The whole report as JSON-able data (the contract of `magbot eval --json`)."""
        flags = {
            t.kind: {
                "right": t.right,
                "total": t.total,
                "percent": round(t.percent, 1),
                "rule": t.rule,
            }
            for t in self.redflags()
        }
        right, declined, wrong, total = self.three()
        kinds = {
            t.category: {"right": t.right, "total": t.total, "percent": round(t.percent, 1)}
            for t in self.kind_tallies()
        }
        return {
            "summary": {
                "right": right,
                "declined_wrongly": declined,
                "answered_wrongly": wrong,
                "total": total,
            },
            "categories": {
                t.category: {"right": t.right, "total": t.total, "percent": round(t.percent, 1)}
                for t in self.tallies()
            },
            **({"kinds": kinds} if kinds else {}),
            **({"redflags": flags} if flags else {}),
            "misses": [{**m._asdict(), "turns": list(m.turns)} for m in self.miss_details()],
            "confidence": {"bin_width": BIN_WIDTH, "groups": self.confidence()},
            "floors": [
                {
                    "category": f.category,
                    "min": f.minimum,
                    "percent": round(f.percent, 1),
                    "rows": f.rows,
                    "met": f.met,
                }
                for f in self.floors(minimums or {})
            ],
        }


def _group(outcome: RowOutcome) -> str | None:
    row = outcome.row
    if row.is_redflag:
        return None
    if row.expect_status is None:
        return RIGHT if outcome.ok else WRONG
    return DECLINE if row.expect_status == NO_MATCH else None


def expected(row: Row) -> str:
    """What a row expects, in words: the status, or the strings the answer must hold."""
    if row.is_redflag:
        level = row.expect_level or "no flag"
        asked = (
            (", reported" if row.reported else ", asked") if row.reported in (True, False) else ""
        )
        return f"flag {level}{asked}" if row.expect_level else level
    if row.expect_safety is not None:
        return f"{row.expect_safety} guidance"
    if row.expect_status is not None:
        return row.expect_status
    return "answer holding " + " and ".join("/".join(group) for group in row.expect)


def read_rows(path: str | Path) -> list[Row]:
    """Parse a question file; a malformed line raises `EvalFileError`."""
    rows: list[Row] = []
    from ..core.loader import read_file

    try:  # a regular file of bounded size: never a FIFO that blocks, nor /dev/zero
        lines = read_file(str(path), MAX_FILE_BYTES).decode("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalFileError(f"{path}: cannot read: {exc}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rows.append(_row(json.loads(line), number))
        except ValueError as exc:
            raise EvalFileError(f"{path}:{number}: {exc}") from None
    return rows


def _row(data: object, number: int) -> Row:
    """One row of a question file; a row of the wrong shape raises `ValueError`."""
    if not isinstance(data, dict):
        raise ValueError("a row must be a JSON object")
    turns = data.get("turns", [data["q"]] if "q" in data else None)
    if not isinstance(turns, list) or not turns or not all(isinstance(t, str) for t in turns):
        raise ValueError("a row needs `q` (text) or `turns` (a list of texts)")
    groups = data.get("expect", [])
    if not isinstance(groups, list) or not all(
        isinstance(g, list) and g and all(isinstance(w, str) for w in g) for g in groups
    ):
        raise ValueError("`expect` must be a list of groups, each a list of strings")
    status = data.get("expect_status")
    if status is not None and not isinstance(status, str):
        raise ValueError("`expect_status` must be text")
    safety = data.get("expect_safety")
    if safety is not None and not isinstance(safety, str):
        raise ValueError("`expect_safety` must be text")
    level, reported = data.get("expect_level", NOT_SET), data.get("reported", NOT_SET)
    if level not in (NOT_SET, None, URGENT, DOCTOR):
        raise ValueError(f"`expect_level` must be {URGENT}, {DOCTOR} or null")
    if reported not in (NOT_SET, True, False):
        raise ValueError("`reported` must be true or false")
    if not groups and status is None and safety is None and level == NOT_SET:
        raise ValueError("a row needs `expect`, `expect_status`, `expect_safety` or `expect_level`")
    expect = tuple(tuple(w.lower() for w in group) for group in groups)
    kind = data.get("kind")
    category = data.get("category", REDFLAG if level != NOT_SET else "core")
    return Row(
        str(data.get("id", f"line-{number}")),
        str(category),
        tuple(turns),
        expect,
        status,
        number,
        None if kind is None else str(kind),
        safety,
        level,
        reported,
    )


def judge(row: Row, reply: Reply) -> bool:
    """Did the reply do what the row expects? The same rule as the shared scorer."""
    if row.is_redflag:
        return judge_flag(row, reply)
    if row.expect_safety is not None:
        return reply.safety is not None and reply.safety.level == row.expect_safety
    if row.expect_status is not None:
        return reply.status == row.expect_status
    text = (reply.answer or "").lower()
    return reply.status in (ANSWERED, "unsure") and all(
        any(word in text for word in group) for group in row.expect
    )


def evaluate_rows(kb: KnowledgeBase, rows: list[Row], matcher: Matcher | None = None) -> Report:
    """Run every row in a fresh conversation (turns share one) and judge the last reply."""
    matcher = matcher or Matcher(kb)
    report = Report()
    unflagged = None
    for row in rows:
        reply = _last_reply(Conversation(kb, matcher), row.turns)
        plain = None
        if row.is_redflag and reply.safety is not None:
            unflagged = unflagged or kb._replace(flags=())
            plain = _last_reply(Conversation(unflagged, matcher), row.turns)
        report.outcomes.append(RowOutcome(row, reply, judge(row, reply), plain))
    return report


def _last_reply(conversation: Conversation, turns: tuple[str, ...]) -> Reply:
    reply = None
    for turn in turns:
        reply = conversation.respond(turn)
    assert reply is not None
    return reply
