"""What the bot says to one message: a `Reply`, computed once, rendered as text, style or JSON."""

from typing import TYPE_CHECKING, NamedTuple

from .knowledge import Entry
from .matcher import NO_MATCH, SMALLTALK, UNSURE, Match
from .safety import Flag
from .text import LazyPattern

if TYPE_CHECKING:
    from .passages import Passage


_SENTENCE_END = LazyPattern(r"(?<=[.!?])\s+")


def filled(words: str, slot: str, value: str) -> str:
    """The base's `words` with `slot` ("{example}") filled with `value`; with nothing to fill
    it with, without the sentence that holds the slot ("... for example: "{example}"")."""
    if value or slot not in words:
        return words.replace(slot, value).strip()
    before = words.split(slot)[0]
    kept = _SENTENCE_END.split(before)[:-1]
    return " ".join(kept).strip() if kept else before.strip()


class Reply(NamedTuple):
    query: str
    status: str  # answered | unsure | no_match | smalltalk
    text: str | None  # the answer, small talk or fallback
    entry: Entry | None = None  # the entry answered from, if any
    score: float = 0.0
    alternatives: tuple[Match, ...] = ()  # other close entries ("did you mean")
    related: tuple[Entry, ...] = ()  # numbered suggestions after an answer
    smalltalk_id: str | None = None
    safety: Flag | None = None  # a red flag the message raised
    passage: "Passage | None" = None  # no entry answered: the article's passage did

    @property
    def answer(self) -> str | None:
        """Everything the user is told: the safety guidance first, then the answer."""
        if self.safety is None or not self.safety.message:
            return self.text
        return f"{self.safety.message}\n\n{self.text}" if self.text else self.safety.message

    @property
    def suggestions(self) -> tuple[Entry, ...]:
        """The numbered questions shown after the reply, in order: the "did you mean"
        options of an unsure reply, else the related questions (none after small talk)."""
        if self.status in (UNSURE, NO_MATCH) and self.alternatives:
            return tuple(m.entry for m in self.alternatives)
        if self.status == SMALLTALK:
            return ()
        return self.related

    def to_dict(self) -> dict:
        """The JSON contract of `magbot ask --json` and `magbot chat --json`."""
        return {
            "query": self.query,
            "status": self.status,
            "answer": self.answer,
            "entry": None
            if self.entry is None
            else {
                "id": self.entry.id,
                "question": self.entry.question,
                "source": self.entry.source,
            },
            "score": self.score,
            "alternatives": [
                {"id": m.entry.id, "question": m.entry.question, "score": m.score}
                for m in self.alternatives
            ],
            "passage": None
            if self.passage is None
            else {
                "section": self.passage.section,
                "text": self.passage.text,
            },
            "safety": None
            if self.safety is None
            else {
                "id": self.safety.id,
                "level": self.safety.level,
                "reported": self.safety.reported,
            },
            "suggestions": [
                {"number": number, "id": entry.id, "question": entry.question}
                for number, entry in enumerate(self.suggestions, 1)
            ],
        }
