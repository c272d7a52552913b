"""How a message holds a symptom: said, denied, gone, or only asked about.

Pure and general English, nothing about one article: a NegEx-style rule set (Chapman et
al., 2001, with the ConText additions for time and hypothetical mentions). A message is cut
into sentences and clauses; a trigger word acts on the mentions in its own clause only:
  - pre-negation ("no", "not", "without", "never had", "denies") on what follows it;
  - post-negation ("went away", "cleared up", "is fine") on what comes before it, and from a
    clause of its own with only a pronoun ("but that's all gone") on the clause before;
  - past ("used to", "years ago", "back in") on the whole clause;
  - pseudo-triggers ("no reason", "not sure") look like one and are not.
A clause is hypothetical ("should I worry if I get a fever?", "is numbness in your leg
serious?") when it asks in general rather than tells: see `Sentence.asked`.
"""

from __future__ import annotations

import re

from .negexrules import (
    ADVERBS,
    AFTER_GONE,
    ASKING_CUES,
    ASKING_ONLY,
    AUXILIARIES,
    CAUSE_FILLERS,
    CAUSE_MARKERS,
    CONTRAST,
    DEFINING,
    DETERMINERS_BEFORE_SIGN,
    EVERYDAY_CAUSES,
    EXPERIENCE,
    FILLERS,
    FINE,
    FIRST_PERSON,
    GENERIC,
    HAVING,
    HYPOTHETICAL,
    NEW_SUBJECT,
    OWNING,
    PAST,
    PERFECT,
    POST_NEGATION,
    PRE_NEGATION,
    PREFERENCE,
    PRONOUN_SUBJECTS,
    PRONOUNS,
    PSEUDO_NEGATION,
    PSEUDO_PAST,
    SOFTENERS,
    TERMINATORS,
    UNRELATED,
    WH_WORDS,
)
from .text import MAX_QUERY_CHARS, normalise

MAX_WORDS = 300  # a message is read for red flags up to this many words
_SENTENCE_END = re.compile(r"(?:[.!?;]+(?!\d)|\n)+")
_CLAUSE_END = re.compile(r"[,:()\[\]]|\s[-\u2013\u2014]+\s")


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


class Sentence:
    """One sentence of a message: its words, each word's clause, and whether it asks."""

    __slots__ = ("clause", "part", "question", "words")

    def __init__(
        self,
        words: tuple[str, ...],
        clause: tuple[int, ...],
        question: bool,
        part: tuple[int, ...] = (),
    ):
        self.words = words  # normalised tokens
        self.clause = clause  # the clause number of each token
        self.question = question  # is built like a question ("is it...", "what does...")
        self.part = part  # the number of each token's side of a "but"

    def same_side(self, a: int, b: int) -> bool:
        """Are two positions on the same side of a "but" ("sharp cramps, but my back...")?"""
        return not self.part or self.part[a] == self.part[b]

    def clause_range(self, index: int) -> tuple[int, int]:
        number = self.clause[index]
        start = index
        while start > 0 and self.clause[start - 1] == number:
            start -= 1
        end = index
        while end < len(self.words) and self.clause[end] == number:
            end += 1
        return start, end

    # -- triggers --------------------------------------------------------------------------

    def denied(self, mention: Mention, shields: tuple[Mention, ...] = ()) -> bool:
        """Is the mention denied ("no fever", "not a sharp pain") within its clause?

        `shields` are the spans of symptom phrases that hold a negation of their own
        ("can't feel", "won't go away"): a trigger inside one is part of the symptom.
        """
        start, _ = self.clause_range(mention.start)
        words = self.words
        pseudo = [*_spans(words, PSEUDO_NEGATION, start, mention.end), *shields]
        triggers = _spans(words, PRE_NEGATION, start, mention.start)
        return any(
            not _inside(i, j, pseudo) and not _terminated(words, j, mention.start)
            for i, j in triggers + _preferred(words, start, mention.start)
        ) or self._denied_after(mention)

    def _denied_after(self, mention: Mention) -> bool:
        """ "I was worried about saddle numbness, but I don't have any": the next clause, if
        it is only a negation of having "it", denies this one."""
        _, end = self.clause_range(mention.start)
        if end >= len(self.words):
            return False
        nxt, nxt_end = self.clause_range(end)
        clause = self.words[nxt:nxt_end]
        if not _spans(clause, PRE_NEGATION, 0, len(clause)):
            return False
        rest = [
            w
            for w in clause
            if (w,) not in PRE_NEGATION
            and w not in PRONOUNS
            and w not in HAVING
            and not _in_terminators(w)
        ]
        return not rest

    def resolved(self, mention: Mention, shields: tuple[Mention, ...] = ()) -> bool:
        """Is the mention gone ("the tingling went away") or in the past ("used to")?"""
        start, end = self.clause_range(mention.start)
        words = self.words
        pseudo = [*_spans(words, PSEUDO_NEGATION, start, end), *shields]
        if any(
            j > mention.end  # may begin inside the mention: "temperature IS NORMAL"
            and not _inside(i, j, pseudo)
            and not _terminated(words, mention.end, i)
            and not _becomes(words, i, j)
            and not (i and words[i - 1] in PRONOUN_SUBJECTS - {"it", "this", "that"})
            for i, j in _spans(words, POST_NEGATION, mention.start + 1, end)
        ):
            return True
        if mention.end < end and words[mention.end] in FINE:
            return True  # "temp's normal" (normalised "temp normal"), "legs fine"
        return self._past(start, end) or self._resolved_after(mention)

    def explained(self, mention: Mention) -> bool:
        """Is the sign put down to something else: said to be unrelated ("nothing to do with
        my back", "normal for me") or caused by an everyday strain told right after it
        ("numb from sitting", "weak from the gym", "in the cold")?"""
        words = self.words
        if _spans(words, UNRELATED, 0, len(words)):
            return True
        for _i, j in _spans(words, CAUSE_MARKERS, mention.end, min(len(words), mention.end + 5)):
            k = j
            while k < len(words) and k < j + 3 and words[k] in CAUSE_FILLERS:
                k += 1
            if k < len(words) and words[k] in EVERYDAY_CAUSES:
                return True
        return False

    def _past(self, start: int, end: int) -> bool:
        """Does the clause set itself in the past ("used to", "years ago", "in 2018"), not
        in a comparison ("as strong as it used to be") or a start ("since last year")?"""
        words = self.words
        pseudo = _spans(words, PSEUDO_PAST, start, end)
        return any(
            not _inside(i, j, pseudo) and not (i and words[i - 1] in ("since", "from"))
            for i, j in _spans(words, PAST, start, end)
        ) or any(words[k - 1] == "in" and _year(words[k]) for k in range(max(start, 1), end))

    def _resolved_after(self, mention: Mention) -> bool:
        """ "had a fever in January, but that's all cleared up": the next clause, if it is
        only a pronoun and a post-negation, resolves this one."""
        _, end = self.clause_range(mention.start)
        if end >= len(self.words):
            return False
        nxt, nxt_end = self.clause_range(end)
        found = _spans(self.words, POST_NEGATION, nxt, nxt_end)
        if not found:
            return False
        i = found[0][0]
        rest = [
            w
            for w in self.words[nxt:i]
            if w not in PRONOUNS
            and w not in _RECOVERED_SUBJECTS
            and not _in_terminators(w)
            and w not in SOFTENERS
        ]
        return not rest  # "but it (fully) recovered", "but I'm better now"

    def asked(self, mention: Mention, message_asks: bool) -> bool:
        """Does the sentence ask about the sign in general rather than report having it?"""
        start, end = self.clause_range(mention.start)
        clause = self.words[start:end]
        if message_asks and not _tells(clause):
            return True  # "just curious": unless this clause says "my ..."
        if self.defines(mention):
            return True  # "tell me about saddle numbness"
        if self.question and _spans(self.words, HYPOTHETICAL, 0, mention.start):
            return True
        if any(w in GENERIC for w in clause) and not any(w in FIRST_PERSON for w in clause):
            return True
        if not self.question:
            return False
        asks = _question_start(self.words, self.clause)
        if (
            mention.start < asks
            and self.clause[mention.start] != self.clause[asks]
            and not any(w in ASKING_CUES for w in self.words[:asks])
        ):
            return False  # told before the question: "cancer survivor here, could it be...?"
        return not _tells(self._telling_words(mention, end))

    def defines(self, mention: Mention) -> bool:
        """Does the mention's clause ask what the sign is ("what is foot drop?", "what does
        sciatica feel like", "tell me about saddle numbness")?"""
        start, _ = self.clause_range(mention.start)
        while start < mention.start and self.words[start] in FILLERS:
            start += 1
        k = mention.start
        while k > start and self.words[k - 1] in DETERMINERS_BEFORE_SIGN:
            k -= 1
        return self.words[start:k] in DEFINING

    def _telling_words(self, mention: Mention, end: int) -> tuple[str, ...]:
        """The words that may tell the sign: the clauses told before the question if the
        sign stands there ("running a fever and my back is pounding, is it that?"), else
        the asking clause up to the sign's ("my back aches, should I worry about fever?")."""
        asks = _question_start(self.words, self.clause)
        if mention.start < asks:
            return self.words[:asks]
        _, asks_end = self.clause_range(asks)
        if mention.start >= asks_end:  # told after the question: "what now, I have a fever"
            return self.words[self.clause_range(mention.start)[0] : max(end, mention.end)]
        return self.words[asks : max(end, mention.end)]


_RECOVERED_SUBJECTS = frozenset(("i", "im", "ive", "am", "feel", "feeling"))


def _tells(words: tuple[str, ...]) -> bool:
    """Does a question say the person has something ("why is MY leg numb", "do I HAVE...")?
    A bare "I" does not: "should I worry about numbness?" asks."""
    return any(
        w in OWNING
        or w == "i"
        and k + 1 < len(words)
        and words[k + 1] in EXPERIENCE
        and not (k and words[k - 1] in AUXILIARIES)  # "could I have...?" asks
        for k, w in enumerate(words)
    )


def _preferred(words: tuple[str, ...], start: int, end: int) -> list[tuple[int, int]]:
    """ "more of a dull ache THAN a sharp pain": the "than" of a preference, which denies
    what follows it as "rather than" does (not "more than a month")."""
    return [
        (k, k + 1)
        for k in range(start, end)
        if words[k] == "than" and _spans(words, PREFERENCE, start, k)
    ]


def _year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and 1950 <= int(word) <= 2030


def _becomes(words: tuple[str, ...], i: int, j: int) -> bool:
    """ "gone numb", "gone a bit weak": "gone" that means became, not went away."""
    return words[i:j] == ("gone",) and j < len(words) and words[j] not in AFTER_GONE


def _in_terminators(word: str) -> bool:
    return (word,) in TERMINATORS


def _terminated(words: tuple[str, ...], start: int, end: int) -> bool:
    """Does a scope-ending word ("but", "and I") stand between positions start and end?"""
    for k in range(start, end):
        if (words[k],) in TERMINATORS:
            return True
        if words[k] == "and" and k + 1 < len(words) and words[k + 1] in NEW_SUBJECT:
            return True
    return False


def _spans(
    words: tuple[str, ...], phrases: tuple[tuple[str, ...], ...], start: int, end: int
) -> list[tuple[int, int]]:
    out = []
    for i in range(max(start, 0), min(end, len(words))):
        for phrase in phrases:
            n = len(phrase)
            if i + n <= end and words[i : i + n] == phrase:
                out.append((i, i + n))
    return out


def _inside(i: int, j: int, spans: list) -> bool:
    return any(a <= i and j <= b for a, b in spans)


def sentences(text: str) -> tuple[Sentence, ...]:
    """Cut a message into sentences of normalised words, each word with its clause."""
    text = text[:MAX_QUERY_CHARS].replace("\u2019", "'")
    out = []
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
        out.append(Sentence(tuple(words), tuple(clause), asks, _sides(words)))
    return tuple(out)


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


def _question_start(words: tuple[str, ...], clause: tuple[int, ...]) -> int:
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
        if words[j] in AUXILIARIES and j + 1 < len(words) and words[j + 1] in PRONOUN_SUBJECTS:
            return k
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


def _split_on_and(words: list[str], clause: list[int]) -> list[int]:
    """A new clause at "but" and the like, and at "and" followed by a new subject."""
    out, shift = [], 0
    for k, word in enumerate(words):
        starts = (word,) in TERMINATORS or (
            word == "and" and k + 1 < len(words) and words[k + 1] in NEW_SUBJECT
        )
        if k and starts:
            shift += 1
        out.append(clause[k] * 1000 + shift)
    return out


def asks_only(text: str) -> bool:
    """Does the message say outright that it only asks ("just curious", "I don't have it")?"""
    words = tuple(normalise(text).split())
    return bool(_spans(words, ASKING_ONLY, 0, len(words)))
