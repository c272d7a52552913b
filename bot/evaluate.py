"""Batch evaluation: run a file of questions through the conversation and judge each reply.

The file format is JSON Lines, one row per question (see tests/eval/README.md):
answerable rows carry `q` and `expect` (groups of words, one of each group must be in
the answer), declined ones `expect_status`, conversations `turns`. Pure: returns data.
"""

from __future__ import annotations

import json
from typing import NamedTuple
from pathlib import Path

from .conversation import Conversation
from .knowledge import KnowledgeBase
from .matcher import ANSWERED, Matcher
from .reply import Reply

CATEGORY_ORDER = ("core", "followup", "smalltalk", "offtopic", "near")


class EvalFileError(Exception):
    """A question file that cannot be read; str() is `file:line: message`."""


class Row(NamedTuple):
    id: str
    category: str
    turns: tuple[str, ...]
    expect: tuple[tuple[str, ...], ...] = ()
    expect_status: str | None = None
    line: int = 0

    @property
    def text(self) -> str:
        return " / ".join(self.turns)


class Outcome(NamedTuple):
    row: Row
    reply: Reply
    ok: bool


class Report:
    """The outcome of every row of a question file."""

    def __init__(self) -> None:
        self.outcomes: list[Outcome] = []

    def by_category(self) -> dict[str, list[Outcome]]:
        groups: dict[str, list[Outcome]] = {}
        for outcome in self.outcomes:
            groups.setdefault(outcome.row.category, []).append(outcome)
        order = {c: i for i, c in enumerate(CATEGORY_ORDER)}
        return dict(sorted(groups.items(), key=lambda kv: order.get(kv[0], len(order))))

    def percent(self, category: str | None = None) -> float:
        chosen = [o for o in self.outcomes if category in (None, "overall", o.row.category)]
        return 100.0 * sum(o.ok for o in chosen) / len(chosen) if chosen else 0.0

    @property
    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.ok]


def read_rows(path: str | Path) -> list[Row]:
    """Parse a question file; a malformed line raises `EvalFileError`."""
    rows: list[Row] = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalFileError(f"{path}: cannot read: {exc}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            turns = tuple(data["turns"]) if "turns" in data else (data["q"],)
            expect = tuple(tuple(str(w).lower() for w in group) for group in data.get("expect", ()))
            if not turns or not all(isinstance(t, str) for t in turns):
                raise ValueError("`q` or `turns` must be text")
            if not expect and "expect_status" not in data:
                raise ValueError("a row needs `expect` or `expect_status`")
            rows.append(Row(str(data.get("id", f"line-{number}")), str(data.get("category", "core")),
                            turns, expect, data.get("expect_status"), number))
        except (ValueError, KeyError, TypeError) as exc:
            raise EvalFileError(f"{path}:{number}: {exc}") from None
    return rows


def judge(row: Row, reply: Reply) -> bool:
    """Did the reply do what the row expects? The same rule as the shared scorer."""
    if row.expect_status is not None:
        return reply.status == row.expect_status
    text = (reply.answer or "").lower()
    return reply.status in (ANSWERED, "unsure") and all(
        any(word in text for word in group) for group in row.expect)


def run(kb: KnowledgeBase, rows: list[Row], matcher: Matcher | None = None) -> Report:
    """Run every row in a fresh conversation (turns share one) and judge the last reply."""
    matcher = matcher or Matcher(kb)
    report = Report()
    for row in rows:
        conversation = Conversation(kb, matcher)
        reply = None
        for turn in row.turns:
            reply = conversation.respond(turn)
        assert reply is not None
        report.outcomes.append(Outcome(row, reply, judge(row, reply)))
    return report
