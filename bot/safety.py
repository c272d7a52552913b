"""Red flags: spot a message that describes symptoms needing a doctor, before anything else.

Pure. The flags are data (knowledge/safety.toml); a flag fires when one of its phrases
occurs in the message word for word, after normalisation and stemming.
"""

from __future__ import annotations

from typing import NamedTuple

from .text import stem, tokens

URGENT, DOCTOR = "urgent", "doctor"
LEVELS = (URGENT, DOCTOR)


class Flag(NamedTuple):
    id: str
    level: str                           # "urgent" or "doctor"
    phrases: tuple[tuple[str, ...], ...]  # each phrase as stems
    message: str
    same_as: tuple[str, ...] = ()         # entries whose answer already is this guidance


def phrase_stems(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in tokens(text))


def _contains(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(words[i : i + n] == phrase for i in range(len(words) - n + 1))


def without_flags(text: str, flags: tuple[Flag, ...]) -> str:
    """`text` (normalised) without the words that raised a flag.

    The flag answers for them, so they must not make the rest of the message look
    off-topic: "I lost bladder control, is it the magnesium?" still asks about magnesium.
    """
    words = tokens(text)
    stems = [stem(w) for w in words]
    drop = [False] * len(words)
    for flag in flags:
        for phrase in flag.phrases:
            n = len(phrase)
            for i in range(len(stems) - n + 1):
                if tuple(stems[i : i + n]) == phrase:
                    drop[i : i + n] = [True] * n
    return " ".join(w for w, gone in zip(words, drop, strict=True) if not gone)


def check(text: str, flags: tuple[Flag, ...]) -> Flag | None:
    """The most pressing flag `text` raises: the first urgent one, else the first one."""
    words = phrase_stems(text)
    present = set(words)
    fired = [f for f in flags
             if any(p[0] in present and _contains(words, p) for p in f.phrases)]
    return next((f for f in fired if f.level == URGENT), fired[0] if fired else None)
