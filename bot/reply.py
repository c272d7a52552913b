"""What the bot says to one message: a `Reply`, computed once, rendered as text, style or JSON."""

from __future__ import annotations

from typing import NamedTuple

from .knowledge import Entry
from .matcher import Match


class Reply(NamedTuple):
    query: str
    status: str                           # answered | unsure | no_match | smalltalk
    answer: str | None                    # the text shown to the user
    entry: Entry | None = None            # the entry answered from, if any
    score: float = 0.0
    alternatives: tuple[Match, ...] = ()  # other close entries ("did you mean")
    related: tuple[Entry, ...] = ()       # numbered suggestions after an answer
    smalltalk_id: str | None = None

    def to_dict(self) -> dict:
        """The JSON contract of `magbot ask --json` and `magbot chat --json`."""
        return {
            "query": self.query,
            "status": self.status,
            "answer": self.answer,
            "entry": None if self.entry is None else {
                "id": self.entry.id, "question": self.entry.question, "source": self.entry.source,
            },
            "score": self.score,
            "alternatives": [
                {"id": m.entry.id, "question": m.entry.question, "score": m.score}
                for m in self.alternatives
            ],
        }
