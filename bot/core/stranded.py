"""A question word left alone with its verb: "then what is?", "so what does?", "which ones
do?" after a yes-or-no question.

Pure, and English grammar only. Such a question leaves out all the last question said after
its subject, and asks what else fills that subject: after "is magnesium a direct cause of
back pain?" (answered no), "then what is?" asks "what is a direct cause of back pain?", of
something other than magnesium. `stranded` reads the form; `asked_instead` puts the
question word in place of the last question's subject.
"""

from __future__ import annotations

from typing import NamedTuple

from .text import normalise
from .words import ADJECTIVE, NOUN, VERB, parts

# the words that open a yes-or-no question and may be left standing at a question's end
AUXILIARIES = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "does",
        "do",
        "did",
        "can",
        "could",
        "will",
        "would",
        "should",
        "might",
        "may",
    }
)
_BE = frozenset({"is", "are", "was", "were"})
_ASKING = frozenset({"what", "which", "who"})  # the question words that stand for a subject
_KIND = frozenset({"one", "ones", "kind", "kinds", "type", "types", "form", "forms"})
# words around the stranded pair that ask nothing ("then what is?", "what else does?")
_AROUND = frozenset({"then", "else", "instead", "so", "and", "but", "ok", "okay", "well"})
# what ends a subject and begins what is said of it ("a", "from", "in"): English grammar
_PREDICATE_START = frozenset(
    {"a", "an", "the", "from", "in", "on", "for", "to", "at", "of", "with", "by", "more"}
)
SUBJECT_WORDS = 3  # a subject named in at most this many words
POINTERS = frozenset({"it", "that", "this"})  # "what else could IT be"
_OTHER = frozenset({"else", "instead", "then"})  # ... asks of something other than it


class Stranded(NamedTuple):
    """The question word (with a kind named: "which ones") and its verb left standing."""

    asking: str
    verb: str


class Instead(NamedTuple):
    """The last question asked of what the question word stands for, and the subject it
    stood for there (what is asked of something else than)."""

    question: str
    subject: tuple[str, ...]
    plainer: str  # the same, without the words that only describe ("direct")


def stranded(norm: str) -> Stranded | None:
    """The question word and verb of a message that is only those ("then what is?", "what
    else does", "so which ones are?"), or those and "it be" when it asks of something else
    ("what else could it be?", "what could it be then?": the subject a thing else would
    fill); None for any other message."""
    said = norm.split()
    words = [w for w in said if w not in _AROUND]
    if (
        len(words) == 4
        and words[2] in POINTERS
        and words[3] == "be"
        and words[1] not in _BE
        and not _OTHER.isdisjoint(said)
    ):
        words = words[:2]  # "what else could it be": "what else could"
    if len(words) == 2 and words[0] in _ASKING and words[1] in AUXILIARIES:
        return Stranded(words[0], words[1])
    if len(words) == 3 and words[0] in _ASKING and words[1] in _KIND and words[2] in AUXILIARIES:
        return Stranded(f"{words[0]} {words[1]}", words[2])
    return None


def asked_instead(left: Stranded, previous: str) -> Instead | None:
    """The `previous` question with `left`'s question word for its subject: "is magnesium a
    direct cause of back pain" -> "what is a direct cause of back pain" (magnesium). None
    when the previous question opens with no auxiliary (it asked "what", not yes or no),
    or its subject cannot be told from what it says of it."""
    words = _unframed(normalise(previous).split())
    if len(words) < 3 or words[0] not in AUXILIARIES:
        return None
    verb = words[0]
    end = _subject_end(words, verb in _BE)
    if end is None:
        return None
    subject, said = tuple(words[1:end]), words[end:]
    asked = f"{left.asking} {verb} {' '.join(said)}"
    plain = [w for w in said if not _describes(w)]
    plainer = f"{left.asking} {verb} {' '.join(plain)}" if plain != said and plain else ""
    return Instead(asked, subject, plainer)


def _unframed(words: list[str]) -> list[str]:
    """A question asked through "is it likely that ..." ("how likely is it that", "is it
    true that") as the yes-or-no question it frames: "is it likely that my supplement is
    causing my back pain" -> "is my supplement causing my back pain" (its first auxiliary
    put first). The words as they are when no such frame opens them."""
    how = words[:2] in (["how", "likely"], ["how", "probable"])
    at = 2 if how else 0
    if words[at : at + 2] not in (["is", "it"], ["was", "it"]):
        return words
    at += 2
    if not how:  # "is it (really) likely ...": the frame's word
        while at < len(words) and words[at] in _FRAME_HEDGES:
            at += 1
        if at >= len(words) or words[at] not in _FRAMES:
            return words
        at += 1
    if at < len(words) and words[at] == "that":
        at += 1
    clause = words[at:]
    verb = next(
        (n for n in range(1, min(len(clause), SUBJECT_WORDS + 1)) if clause[n] in AUXILIARIES),
        None,
    )
    if verb is None:  # "... that magnesium caused my back pain": asked as "did it cause"
        return ["did", *clause] if len(clause) > 1 else words
    return [clause[verb], *clause[:verb], *clause[verb + 1 :]]


_FRAMES = frozenset({"likely", "possible", "probable", "true", "plausible"})
_FRAME_HEDGES = frozenset({"really", "very", "at", "all", "actually", "even", "more", "most"})


def _subject_end(words: list[str], be: bool) -> int | None:
    """Where the subject after the opening auxiliary ends: at a word that begins what is
    said of it (a determiner, a preposition; after "do" or "can", its verb)."""
    for at in range(2, min(len(words), 2 + SUBJECT_WORDS)):
        word = words[at]
        kinds = parts(word)
        if word in _PREDICATE_START or not be and VERB in kinds:
            return at
        if be and kinds and NOUN not in kinds:  # "is glycinate easier ...": a description
            return at
    return None


def _describes(word: str) -> bool:
    """Does `word` only describe ("direct", "gentle"), never name a thing?"""
    kinds = parts(word)
    return ADJECTIVE in kinds and NOUN not in kinds
