"""A message cut into sentences and clauses, and the shape of a question: the ground the
NegEx-style rules of `bot.negex` stand on.

Pure and general English: a sentence ends at ".", "!", "?", ";" or a new line; a clause at a
comma, a colon, a bracket or a dash, and at "but" or "and" followed by a new subject; a
sentence asks when it is built like a question ("is it...", "what does...").
"""

from .askrules import (
    ADVERBS,
    ASKING_ONLY,
    AUXILIARIES,
    PERFECT,
    PRONOUN_SUBJECTS,
    WH_WORDS,
)
from .negexrules import (
    CONTRAST,
    FILLERS,
    NEW_SUBJECT,
    TERMINATORS,
)
from .text import MAX_QUERY_CHARS, LazyPattern, normalise

MAX_WORDS = 300  # a message is read for red flags up to this many words
_SENTENCE_END = LazyPattern(r"(?:[.!?;]+(?!\d)|\n)+")
_CLAUSE_END = LazyPattern(r"[,:()\[\]]|\s[-\u2013\u2014]+\s")


class Mention:
    """Where a concept was found: token positions [start, end) in one sentence."""

    __slots__ = ("end", "start")  # plain classes: a NamedTuple costs `magbot ask` start-up

    def __init__(self, start: int, end: int):
        self.start, self.end = start, end

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mention) and (self.start, self.end) == (other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.start, self.end))

    def __iter__(self):
        return iter((self.start, self.end))

    def __repr__(self) -> str:
        return f"Mention({self.start}, {self.end})"


def in_terminators(word: str) -> bool:
    return (word,) in TERMINATORS


def terminated(words: tuple[str, ...], start: int, end: int) -> bool:
    """Does a scope-ending word ("but", "and I") stand between positions start and end?"""
    for k in range(start, end):
        if (words[k],) in TERMINATORS:
            return True
        if words[k] == "and" and k + 1 < len(words) and words[k + 1] in NEW_SUBJECT:
            return True
    return False


def spans(
    words: tuple[str, ...], phrases: tuple[tuple[str, ...], ...], start: int, end: int
) -> list[tuple[int, int]]:
    """Where the phrases occur in words[start:end], as (start, end) positions."""
    by_first = _by_first(phrases)
    out = []
    for i in range(max(start, 0), min(end, len(words))):
        for phrase in by_first.get(words[i], ()):
            n = len(phrase)
            if i + n <= end and words[i : i + n] == phrase:
                out.append((i, i + n))
    return out


_INDEXED: dict[int, tuple[tuple, dict[str, list[tuple[str, ...]]]]] = {}


def _by_first(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """The phrases by their first word, indexed once per list (the rule lists are constants;
    the list is kept beside its index, so its id stays its own)."""
    kept = _INDEXED.get(id(phrases))
    if kept is None or kept[0] is not phrases:
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            if phrase:
                index.setdefault(phrase[0], []).append(phrase)
        if len(_INDEXED) > 256:  # lists made on the fly: never many
            _INDEXED.clear()
        kept = _INDEXED[id(phrases)] = (phrases, index)
    return kept[1]


def inside(i: int, j: int, spans: list) -> bool:
    return any(a <= i and j <= b for a, b in spans)


def split(text: str) -> list[tuple]:
    """Cut a message into sentences: (words, clause of each word, asks, side of each word)."""
    text = text[:MAX_QUERY_CHARS].replace("\u2019", "'")
    out: list[tuple] = []
    pieces = _SENTENCE_END.split(text)
    ends = [m.group() for m in _SENTENCE_END.finditer(text)]
    budget = MAX_WORDS
    for number, piece in enumerate(pieces):
        if budget <= 0:
            break
        words: list[str] = []
        clause: list[int] = []
        for c, part in enumerate(_CLAUSE_END.split(piece)):
            words += (new := normalise(part).split())
            clause += [c] * len(new)
        words, clause = words[:budget], clause[:budget]
        if not words:
            continue
        budget -= len(words)
        clause = _split_on_and(words, clause)
        marked = "?" in (ends[number] if number < len(ends) else "")
        asks = _asks(words, clause, marked)
        if marked and out and out[-1][2] and words[0] in _EXAMPLE_OPENERS:
            # "what signs are serious? like numbness?": an example of what was just asked,
            # asked too, not told
            asks = True
        out.append((tuple(words), tuple(clause), asks, _sides(words)))
    return out


# words that open an example of what was said before them ("LIKE numbness?", "SUCH AS
# fever?", "e.g. weight loss?") (English)
_EXAMPLE_OPENERS = frozenset(("like", "such", "eg", "say", "example", "maybe", "perhaps"))


def _asks(words: list[str], clause: list[int], marked: bool) -> bool:
    """Is the sentence built like a question? A "?" alone is not enough ("numb bum after
    magnesium?" tells); with one, any clause may start the question ("I was wondering,
    is numbness serious?")."""
    if marked and any(
        words[k] in AUXILIARIES and words[k + 1] in PRONOUN_SUBJECTS for k in range(len(words) - 1)
    ):
        return True  # "if it lasts six weeks, should I see someone?"
    starts = [0] + [k for k in range(1, len(words)) if clause[k] != clause[k - 1]]
    for k in starts if marked else starts[:1]:
        while k < len(words) - 1 and words[k] in FILLERS:
            k += 1
        if words[k] in WH_WORDS and (
            words[k] not in ("when", "where")
            or (k + 1 < len(words) and words[k + 1] in AUXILIARIES)
        ):
            return True  # "when is it serious", not "when I wipe I can't feel it"
        if (
            words[k] in AUXILIARIES
            and k + 1 < len(words)
            and (marked or words[k + 1] not in ADVERBS)
            and (words[k] not in PERFECT or words[k + 1] in PRONOUN_SUBJECTS)
        ):
            return True
    return False


# what opens a question's subject after its auxiliary, at the start of a clause: a pronoun,
# or a thing's owner or article ("is my magnesium doing this", "could the pills do that")
_SUBJECT_OPENERS = PRONOUN_SUBJECTS | frozenset(("my", "your", "his", "her", "our", "their", "the"))


# what follows an auxiliary as no subject of a question ("..., has NOT been", "..., was FINE")
_NOT_SUBJECTS = frozenset(("not", "never", "also", "just", "still", "really", "so", "very"))
# the verb after the subject of a question put of a thing ("could magnesium BE the cause?")
_VERB_AFTER_SUBJECT = frozenset(
    ("be", "been", "being", "cause", "causing", "do", "doing", "make", "making")
)


def question_start(words: tuple[str, ...], clause: tuple[int, ...]) -> int:
    """Where the question of a sentence that asks begins: the first clause built like a
    question ("..., is it that?"), else its first auxiliary with a subject."""
    for k in range(len(words)):
        if k and clause[k] == clause[k - 1]:
            continue
        j = k
        while j < len(words) - 1 and words[j] in FILLERS and clause[j + 1] == clause[k]:
            j += 1
        if words[j] in WH_WORDS and (
            words[j] not in ("when", "where")
            or (j + 1 < len(words) and words[j + 1] in AUXILIARIES)
        ):
            return k
        if words[j] in AUXILIARIES and j + 1 < len(words) and words[j + 1] in _SUBJECT_OPENERS:
            return k  # "..., is MY magnesium doing this?": a clause opened so asks
        if (
            k
            and words[j] in AUXILIARIES
            and j + 2 < len(words)
            and words[j + 1] not in AUXILIARIES | _NOT_SUBJECTS
            and words[j + 2] in AUXILIARIES | _VERB_AFTER_SUBJECT
        ):
            return k  # "..., could MAGNESIUM BE the cause?": a later clause put as a question
    for k in range(len(words) - 1):
        if words[k] in AUXILIARIES and words[k + 1] in PRONOUN_SUBJECTS:
            return k
    return 0


def _sides(words: list[str]) -> tuple[int, ...]:
    out, side = [], 0
    for word in words:
        if word in CONTRAST:
            side += 1
        out.append(side)
    return tuple(out)


PART = 1000  # a clause's number over this is its part of the sentence between commas


def _split_on_and(words: list[str], clause: list[int]) -> list[int]:
    """A new clause at "but" and the like, and at "and" followed by a new subject."""
    out, shift = [], 0
    for k, word in enumerate(words):
        starts = (word,) in TERMINATORS or (
            word == "and" and k + 1 < len(words) and words[k + 1] in NEW_SUBJECT
        )
        if k and starts:
            shift += 1
        out.append(clause[k] * PART + shift)
    return out


def asks_only(text: str) -> bool:
    """Does the message say outright that it only asks ("just curious", "I don't have it")?"""
    words = tuple(normalise(text).split())
    return bool(spans(words, ASKING_ONLY, 0, len(words)))
