"""Conversation policy: turn each message into a `Reply`, remembering what was said.

Pure: no terminal, no files. The REPL, piped `magbot chat` and `magbot ask` all go
through `Conversation.respond`, so a scripted conversation behaves like a typed one.
"""

from __future__ import annotations

from .knowledge import Entry, KnowledgeBase
from .matcher import ANSWERED, NO_MATCH, SMALLTALK, UNSURE, Matcher, MatchResult
from .reply import Reply

MAX_SUGGESTIONS = 3


class Conversation:
    def __init__(self, kb: KnowledgeBase, matcher: Matcher | None = None):
        self.kb = kb
        self.matcher = matcher or Matcher(kb)
        self.reset()

    def reset(self) -> None:
        """Forget the current topic and suggestions (the knowledge stays loaded)."""
        self.last: Entry | None = None
        self.shown: list[str] = []
        self.suggestions: tuple[Entry, ...] = ()

    def respond(self, text: str) -> Reply:
        """The reply to one message, updating the conversation's memory."""
        choice = self._numbered_choice(text)
        if choice is not None:
            return self._answer(text, self.matcher.match(choice.question), forced=choice)
        return self._answer(text, self.matcher.match(text))

    def _numbered_choice(self, text: str) -> Entry | None:
        stripped = text.strip().rstrip(".)")
        if stripped.isdigit() and 1 <= int(stripped) <= len(self.suggestions):
            return self.suggestions[int(stripped) - 1]
        return None

    def _answer(self, text: str, result: MatchResult, forced: Entry | None = None) -> Reply:
        if result.status == SMALLTALK and forced is None:
            talk = result.smalltalk
            return Reply(text, SMALLTALK, talk.answer, score=result.score, smalltalk_id=talk.id)
        if forced is None and result.status == NO_MATCH:
            return Reply(text, NO_MATCH, self.kb.settings.fallback or None, score=result.score)
        entry = forced or result.best.entry
        alternatives = ()
        status = ANSWERED if forced else result.status
        if status == UNSURE:
            alternatives = tuple(m for m in result.matches[1:MAX_SUGGESTIONS]
                                 if result.score - m.score < self.kb.settings.unsure_margin)
        related = self._related(entry, exclude={m.entry.id for m in alternatives})
        self.last = entry
        if entry.id not in self.shown:
            self.shown.append(entry.id)
        self.suggestions = alternatives and tuple(m.entry for m in alternatives) or related
        score = 100.0 if forced else result.score
        return Reply(text, status, entry.answer, entry, score, alternatives, related)

    def _related(self, entry: Entry, exclude: set[str]) -> tuple[Entry, ...]:
        out = []
        for entry_id in entry.related:
            other = self.kb.entry(entry_id)
            if other and other.id not in exclude and other.id != entry.id:
                out.append(other)
        return tuple(out[:MAX_SUGGESTIONS])
