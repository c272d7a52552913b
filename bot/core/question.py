"""A message as typed, read once: the edge builds a `Question`, every step below shares it.

Immutable. Each reading (normalised text, words, asking and telling sentences) is
computed the first time a step needs it and kept, so no step normalises the text again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

from . import negex
from .text import (
    MAX_QUERY_CHARS,
    LazyPattern,
    Parts,
    normalise,
    parts,
    split_unabbreviated,
    without_verdict_tag,
)

_CLAUSE = LazyPattern(r"[,;:]|[.!?](?=\s)|\b(?:but|so)\b", re.IGNORECASE)
_SENTENCE_MARK = LazyPattern(r"[.!?;\n]")  # where `text.split_sentences` may split
T = TypeVar("T")


class cached_property(Generic[T]):  # the name of the functools one it stands for
    """functools.cached_property without its lock, which Python 3.11 takes on every first
    read (a `Question` is read by one thread; `check` reads some 40,000 of them): computed
    on first read and kept in the instance, where later reads find it."""

    def __init__(self, function: Callable[[Any], T]):
        self.function = function
        self.name = function.__name__
        self.__doc__ = function.__doc__

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached_property[T]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...
    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.function(instance)
        return value


class Question:
    """One message (or one part of one), with its readings computed once, lazily.

    A plain class, not a dataclass: `dataclasses` imports `inspect`, which would cost
    every `magbot ask` some 20 ms of start-up.
    """

    raw: str  # as typed; set once in __init__

    def __init__(self, raw: str):
        object.__setattr__(self, "raw", raw)  # as typed

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Question is immutable: cannot set {name!r}")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Question) and other.raw == self.raw

    def __hash__(self) -> int:
        return hash(self.raw)

    def __repr__(self) -> str:
        return f"Question({self.raw!r})"

    @classmethod
    def of(cls, text: str | Question) -> Question:
        """`text` as a `Question` (itself when it is one already)."""
        return text if isinstance(text, Question) else cls(text)

    @cached_property
    def normalised(self) -> str:
        """Lower-case, accent-free words separated by single spaces (`text.normalise`)."""
        return normalise(self.raw)

    @cached_property
    def words(self) -> tuple[str, ...]:
        """The normalised words."""
        return tuple(self.normalised.split())

    @cached_property
    def parts(self) -> Parts:
        """The sentences that ask and the ones that tell around them (`text.parts`)."""
        return parts(self.raw, self.words)

    @cached_property
    def one_sentence(self) -> bool:
        """No sentence ends inside (no . ! ? ; or line break): the whole message asks, as
        `text.parts` reads it, and nothing tells (most questions: no parts to split)."""
        return _SENTENCE_MARK.search(self.raw) is None

    @cached_property
    def asks(self) -> tuple[str, ...]:
        """The asking sentences as typed (`parts.asks`), without splitting one sentence."""
        if self.one_sentence:  # as `text.split_sentences` keeps it, or the whole text
            text = self.raw[:MAX_QUERY_CHARS]
            kept = text.strip() if text.strip(" .!?;,\n\t") else ""
            return (without_verdict_tag(kept or text),)
        return self.parts.asks

    @cached_property
    def asking(self) -> str:
        """The asking sentences, joined and normalised."""
        if self.one_sentence:
            return self.normalised if "," not in self.raw else normalise(self.asks[0])
        joined = " ".join(self.parts.asks)
        return self.normalised if joined == self.raw[:MAX_QUERY_CHARS] else normalise(joined)

    @cached_property
    def asking_words(self) -> tuple[str, ...]:
        """The normalised words of the asking sentences."""
        if self.one_sentence and "," not in self.raw:
            return self.words
        return tuple(self.asking.split())

    @cached_property
    def told_words(self) -> tuple[tuple[str, ...], ...]:
        """The words of each telling sentence the sentence does not deny: "I haven't lifted
        anything heavy" tells no lifting, "doesn't feel like a pulled muscle" no strain."""
        if self.one_sentence:
            return ()
        return tuple(negex.affirmed(s) for s in self.parts.tells)

    @cached_property
    def clauses(self) -> tuple[tuple[str, ...], ...]:
        """The normalised words of each clause (split at , ; : "but", "so" and the end of
        a sentence)."""
        clauses = split_unabbreviated(_CLAUSE, self.raw)
        if len(clauses) == 1:  # one clause: the whole message
            return (self.words,)
        return tuple(tuple(normalise(c).split()) for c in clauses)

    @cached_property
    def telling_words(self) -> tuple[tuple[str, ...], ...]:
        """The normalised words of each telling sentence."""
        if self.one_sentence:
            return ()
        return tuple(tuple(normalise(s).split()) for s in self.parts.tells)
