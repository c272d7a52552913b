"""Find a red-flag sign in a message by its concepts, not by one fixed phrase.

Pure. A sign is a few concepts that must occur close together in one sentence ("numb" and
"saddle area" make saddle numbness; "weight" and "lose" make weight loss). A concept is a
list of short phrases, matched on stems, forgiving a typo in a long word and reading through
a softener or hedge inside it ("feels kind of dead"); a phrase starting with "!" is a use of
the words that does not count ("fell asleep" is no fall), one starting with "~" counts only
with a negation attached to it, the negated opposite of the sign ("hasn't improved", "isn't
as strong"). General English idioms ("fell about laughing", "dead tired") are no mention of
anything, nor are figures of speech found by their shape ("my brain is numb", "weak for
chocolate": `bot.figurative`) or "back" that means ago ("a few weeks back"). How each
mention is held (denied, gone, asked about) is `bot.negex`'s business.

Plain tuples throughout, so the compiled signs go into the start-up cache as they are:
  concept = (name, phrases, unless, context, written)  phrases: tuples of stems, "#" a
            number, "~" first for a negated phrase; a context concept ("pain") is not the
            symptom's own words; `written`: (word as written, its stem) of long first
            words, for typos
  sign    = (concepts, none, rival, near, person)  `none`: concepts that void it near by;
            `rival`: concepts that, nearer to the first one than the others, take it over
            ("taking magnesium for 3 months" is no back pain of 3 months); `options`:
            "person" (the first concept must happen to a person: "I fell", not "my phone
            fell"), "contrast" (the concepts may stand on two sides of a "but"), "once"
            (the sign is told of one thing: voided once, by a `none` or a rival, it is
            voided on that side of a "but": "trying to lose weight, and I've lost 5kg").
"""

from __future__ import annotations

from rapidfuzz.distance import OSA, Indel
from rapidfuzz.process import extractOne

from .clauses import Mention
from .durations import ages, doing, durations, is_number, slow_rates, times_back
from .figurative import figurative_spans
from .negex import Sentence
from .phraserules import (
    ATTACHED,
    HEDGES,
    IDIOMS,
    NEGATORS,
    SOFTENERS,
)
from .text import stem
from .whose import by_person
from .whoserules import (
    PEOPLE,
)

NEGATED = "~"  # a concept phrase "~improve": counts only negated ("hasn't improved")
DURATION = "@duration"  # a concept phrase ("@duration", "21"): a span of 21 days or more
AGE = "@age"  # a concept phrase ("@age", "50"): an age of 50 years or more said of someone
PULSE = "@pulse-below"  # ("@pulse-below", "50"): a heart rate under 50 a minute told
TYPO_MIN = 7  # letters a typo needs to be forgiven without a word list
KNOWN_ZIPF = 1.0  # a word this frequent in English (bot.words) is no typo
SHORT_FORM = 5  # a concept word this short or shorter has many words one slip from it


def _typo(word: str, form: str) -> bool:
    """A typed word one slip away from a concept word ("numbnes", "feaver", "wieght").

    With the general word list (bot.words), a word that English knows is never a typo
    ("cancel" is not "cancer", "fewer" not "fever"), and one it does not know may be one
    slip from a concept word of 4 letters or more (two slips from 9). Without that list,
    only long words: any slip from 7 letters, from 6 only a letter too many or too few.
    """
    if len(word) < 4 or not word.isalpha() or word[0] != form[0]:
        return False
    limit = 1 if len(word) < 9 else 2
    if OSA.distance(word, form, score_cutoff=limit + 1) > limit:
        return False
    known = _known(word)
    if known is not None:
        # "side efect" slips from "effect", not from "erect": a slip from a short concept
        # word, which many words lie near, only when no commoner word is as near ("sadle"
        # is "saddle", though "sale" is as near)
        return not known and (len(form) > SHORT_FORM or _slip_of(word) in (None, stem(form)))
    if len(word) >= TYPO_MIN:
        return True
    return len(word) == TYPO_MIN - 1 and Indel.distance(word, form, score_cutoff=2) <= 1


def _slip_of(word: str) -> str | None:
    """The stem of the common English word `word` most likely slips from (None: none)."""
    from . import meaning  # noqa: PLC0415 - read only when a typo is possible

    mended = meaning.mend(word, frozenset())
    return None if mended is None else stem(mended)


def _known(word: str) -> bool | None:
    """Is `word` an English word (None: no word list to say)? Loaded only on a near miss."""
    from . import words  # noqa: PLC0415 - the word list is read only when a typo is possible

    if not words.available():
        return None
    return words.zipf(word) >= KNOWN_ZIPF


def _same(word: str, stemmed: str, element: str) -> bool:
    if element in (stemmed, word):
        return True
    if element == "#":
        return is_number(word)
    return len(element) >= 4 and _typo(word, element)


def _phrase_at(words, stems, i, phrase) -> int:
    """Where `phrase` ends if it starts at word i (0: it does not), a softening adverb or a
    hedge inside it forgiven: "can't really feel", "feels kind of dead", "gone a bit numb"."""
    k = i + 1
    for at, element in enumerate(phrase[1:], 2):
        if element == "to" and at == len(phrase) and k < len(words) and _gerund(words[k]):
            return k  # "hard to breathe" said as "hard breathing", "harder to" as "harder walking"
        if k < len(words) and not _same(words[k], stems[k], element):
            k = _past_hedge(words, k)
        if k >= len(words) or not _same(words[k], stems[k], element):
            return 0
        k += 1
    return k


def _gerund(word: str) -> bool:
    """Is `word` an "-ing" form ("breathing", "walking"), which an adjective that asks for
    "to" and a verb ("hard to breathe") may stand right before instead (English grammar)?"""
    return len(word) > 5 and word.endswith("ing")


def _past_hedge(words, k: int) -> int:
    """Where the words go on after a softener or hedge at k (k itself if none stands there)."""
    if words[k] in SOFTENERS:
        return k + 1
    if words[k] not in _HEDGE_FIRSTS:
        return k
    for hedge in HEDGES:
        if tuple(words[k : k + len(hedge)]) == hedge:
            return k + len(hedge)
    return k


def _attached_negation(sentence: Sentence, i: int) -> int | None:
    """Where the negation of the word at i starts, if one is attached to it in its clause:
    "hasn't improved", "doesn't feel as strong", "won't really take my weight"."""
    words, clause = sentence.words, sentence.clause
    k = i - 1
    while k >= 0 and clause[k] == clause[i] and i - k <= 6:
        if words[k] in NEGATORS:
            return k
        if words[k] not in ATTACHED and _past_hedge(words, k) == k:
            return None
        k -= 1
    return None


_HEDGE_FIRSTS = frozenset(hedge[0] for hedge in HEDGES)
_IDIOMS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _idiom in IDIOMS:
    _IDIOMS_BY_FIRST.setdefault(_idiom[0], []).append(_idiom)


def _idioms(words) -> list[tuple[int, int]]:
    return [
        (i, i + len(idiom))
        for i, word in enumerate(words)
        for idiom in _IDIOMS_BY_FIRST.get(word, ())
        if tuple(words[i : i + len(idiom)]) == idiom
    ]


# how `Catalog.plain` packs a word's phrases: "number word word<TAB>number word ..."
_PHRASES, _WORDS = "\t", " "


def _packed(table: _Table) -> dict[str, str]:
    """(A phrase's words are stems of `text.tokens`: never empty, never holding a space.)"""
    if isinstance(table, _Unpacked):
        return table.packed
    return {
        first: _PHRASES.join(f"{n}{_WORDS}{_WORDS.join(phrase)}" for n, phrase in phrases)
        for first, phrases in table.items()
    }


class _Unpacked:
    """A table `_packed` made, read back one word at a time, as its dict was."""

    def __init__(self, packed: dict[str, str]) -> None:
        self.packed = packed
        self._read: dict[str, list] = {}

    def get(self, word: str, default=()):
        if (read := self._read.get(word)) is None:
            if (packed := self.packed.get(word)) is None:
                return default
            read = self._read[word] = [
                (int(n), tuple(words))
                for n, *words in (phrase.split(_WORDS) for phrase in packed.split(_PHRASES))
            ]
        return read


_Table = dict[str, list] | _Unpacked


class Catalog:
    """Every concept of a set of flags, indexed by its phrases' first words, so that a
    sentence is read once for all of them."""

    def __init__(self, concepts, plain: tuple | None = None) -> None:
        """`plain`: what `plain()` gave for the same concepts, kept in the compiled cache
        (indexing them costs every process a millisecond)."""
        self.number: dict[int, int] = {}  # id(concept) -> its number
        self._keep = []
        for concept in concepts:
            if id(concept) not in self.number:
                self._keep.append(concept)  # the ids stay valid while the catalog lives
                self.number[id(concept)] = len(self.number)
        self.by_first: _Table = {}  # first element -> [(number, phrase)]
        self.unless: _Table = {}
        self.durations: list[tuple[int, int]] = []  # (number, days)
        self.ages: list[tuple[int, int]] = []  # (number, years)
        self.pulses: list[tuple[int, int]] = []  # (number, beats a minute)
        self.forms: dict[str, tuple[list[str], list[str]]] = {}  # letter -> (forms, firsts)
        if plain is not None:
            by_first, unless, self.durations, self.forms, self.ages, self.pulses = plain
            self.by_first, self.unless = _Unpacked(by_first), _Unpacked(unless)
            return
        forms: dict[str, dict[str, str]] = {}  # letter -> {word as written or stem: first}
        for n, concept in enumerate(self._keep):
            _name, phrases, unless, _context, written = concept
            firsts = []
            for phrase in phrases:
                if phrase[0] == DURATION:
                    self.durations.append((n, int(phrase[1])))
                    continue
                if phrase[0] == AGE:
                    self.ages.append((n, int(phrase[1])))
                    continue
                if phrase[0] == PULSE:
                    self.pulses.append((n, int(phrase[1])))
                    continue
                head = phrase[1] if phrase[0] == NEGATED else phrase[0]
                starting = self.by_first.setdefault(head, [])
                if (n, phrase) not in starting:  # two spellings of one stemmed phrase
                    starting.append((n, phrase))
                firsts.append((head, head))
            for phrase in unless:
                starting = self.unless.setdefault(phrase[0], [])
                if (n, phrase) not in starting:
                    starting.append((n, phrase))
            for form, first in (*written, *firsts):
                if len(form) >= 4 and form.isalpha():
                    forms.setdefault(form[0], {})[form] = first
        self.forms = {
            letter: (list(table), list(table.values())) for letter, table in forms.items()
        }

    def plain(self) -> tuple:
        """The index as plain data (marshal), to rebuild the catalog with: `Catalog(concepts,
        plain)`. The phrases by first word are packed into one string per word (`_packed`):
        thousands of small tuples cost `magbot ask` a millisecond to load, and a message
        looks up a few words."""
        return (
            _packed(self.by_first),
            _packed(self.unless),
            self.durations,
            self.forms,
            self.ages,
            self.pulses,
        )

    def _starts(self, table: _Table, word: str, stemmed: str, typos: bool) -> list:
        out = [*table.get(stemmed, ()), *(table.get(word, ()) if word != stemmed else ())]
        if is_number(word):
            out += table.get("#", ())
        if not out and typos and len(word) >= 4 and word.isalpha() and word[0] in self.forms:
            written, firsts = self.forms[word[0]]
            limit = 1 if len(word) < 9 else 2
            best = extractOne(word, written, scorer=OSA.distance, score_cutoff=limit)
            if best is not None and _typo(word, best[0]):
                out += table.get(firsts[best[2]], ())
        return out

    def scan(self, sentence: Sentence):
        """`lookup(concept)`: the concept's mentions in the sentence, less its "!" uses."""
        words = sentence.words
        stems = tuple(stem(w) for w in words)
        found: list[list[Mention]] = [[] for _ in self.number]
        void: list[list[tuple[int, int]]] = [[] for _ in self.number]
        idioms = _idioms(words) + times_back(words) + figurative_spans(words)
        for i, word in enumerate(words):
            for n, phrase in self._starts(self.by_first, word, stems[i], True):
                if phrase[0] != NEGATED:
                    if end := _phrase_at(words, stems, i, phrase):
                        found[n].append(Mention(i, end))
                elif (end := _phrase_at(words, stems, i, phrase[1:])) and (
                    start := _attached_negation(sentence, i)
                ) is not None:
                    found[n].append(Mention(start, end))  # the negation is the sign's own
            for n, phrase in self._starts(self.unless, word, stems[i], False):
                if end := _phrase_at(words, stems, i, phrase):
                    void[n].append((i, end))
        times: list[Mention] = []  # spans of time: their words are no other concept's
        for n, days in self.durations:
            found[n] += (told := durations(words, days))
            times += told
        for n, years in self.ages:
            found[n] += ages(words, years)
        for n, beats in self.pulses:
            found[n] += slow_rates(words, beats)
        if times:  # "over the LAST few months" is no "lasted"
            timed = {n for n, _ in self.durations}
            for n, mentions in enumerate(found):
                if n not in timed:
                    found[n] = [m for m in mentions if not _within(m, times)]
        for n, spans in enumerate(void):
            spans += idioms
            if spans:
                found[n] = [
                    m for m in found[n] if not any(a < m.end and m.start < b for a, b in spans)
                ]
        return lambda concept: found[self.number[id(concept)]]


def _gap(a: Mention, b: Mention) -> int:
    return max(0, b.start - a.end, a.start - b.end)


def find(lookup, sign: tuple, keep, same_side, words=(), clause=()) -> tuple[Mention, ...] | None:
    """The mentions of `sign`'s concepts in the sentence (its first concept's first), if any.

    `keep(mention, shields)` says whether a mention counts (not denied, not gone); the
    shields are the sign's own phrases, whose "no" or "can't" is part of the symptom.
    `same_side(a, b)`: concepts on two sides of a "but" are not one sign. A sign that
    happens to someone (a fall) needs a person, not a thing, to go with its first concept.
    `clause`: each word's clause (a span of time told of something else is not the sign's).
    """
    concepts, none, rival, near, options = sign
    found = []
    for concept in concepts:
        if not (mentions := lookup(concept)):
            return None  # most signs, most sentences: a concept is missing
        found.append(mentions)
    if "contrast" in options:
        same_side = _anywhere
    if "person" in options and words:
        found[0] = [m for m in found[0] if by_person(words, m.start)]
    if not all(found):
        return None
    shields = tuple(m for ms in found for m in ms)
    found = [[m for m in ms if keep(m, shields)] for ms in found]
    if not all(found):
        return None
    told = []  # (the sign's mentions, voided by a `none` or a rival)
    for first in found[0]:
        chosen = [first]
        for others in found[1:]:
            close = [
                m for m in others if _gap(first, m) <= near and same_side(first.start, m.start)
            ]
            if not close:
                break
            chosen.append(min(close, key=lambda m: _gap(first, m)))
        else:
            voided = _voided(first, chosen, lookup, none, rival, near, keep, clause)
            if not voided and clause and _time_of_another_doing(chosen, concepts, words, clause):
                continue
            told.append((chosen, voided))
    if "once" in options:  # one thing told twice: "trying to lose weight, I've lost 5kg"
        gone = [chosen[0].start for chosen, voided in told if voided]
        told = [t for t in told if not any(same_side(t[0][0].start, at) for at in gone)]
    return next((tuple(chosen) for chosen, voided in told if not voided), None)


def _clause_apart(rival, first, chosen, clause) -> bool:
    """Is a rival in another clause than the sign, whose concepts are all in one ("sore for
    four weeks now, mag or no mag")? When the sign spans clauses itself ("keeping me up at
    night: can magnesium cause back pain?"), a rival's clause sets it apart from nothing."""
    if not clause:
        return False
    own = clause[first.start]
    return clause[rival.start] != own and all(clause[c.start] == own for c in chosen)


def _time_of_another_doing(chosen, concepts, words, clause) -> bool:
    """Is a span of time of the sign told in a clause of its own, of someone doing something
    else ("I've been going to the gym for 2 months, and my back is sore"; not "it's been 6
    weeks and my back still hurts", nor "my back has hurt, for 6 weeks now")?"""
    for m, concept in zip(chosen, concepts, strict=True):
        others = [c for c in chosen if c is not m]
        if not is_time(concept) or all(clause[c.start] == clause[m.start] for c in others):
            continue
        rest = [
            w
            for k, w in enumerate(words)
            if clause[k] == clause[m.start] and not any(c.start <= k < c.end for c in chosen)
        ]
        if any(w in PEOPLE for w in rest) and any(doing(w) for w in rest):
            return True
    return False


def is_time(concept: tuple) -> bool:
    return any(phrase[0] == DURATION for phrase in concept[1])


def _anywhere(_a: int, _b: int) -> bool:
    return True


def _within(mention: Mention, chosen) -> bool:
    """Is `mention` part of one of the sign's own ("the START of the year" in a duration)?"""
    return any(c.start <= mention.start and mention.end <= c.end for c in chosen)


def _voided(first, chosen, lookup, none, rival, near, keep, clause=None) -> bool:
    """Is the sign voided: by a `none` near by, or by a rival nearer its first concept than
    the rest ("taking magnesium for 3 months"), unless the rival is in a clause apart from
    the whole sign ("sore for four weeks now, mag or no mag")?"""
    for concept in none:
        if any(_gap(first, m) <= near for m in lookup(concept) if keep(m, ())):
            return True
    if rival and len(chosen) > 1:
        nearest = min(_gap(first, m) for m in chosen[1:])
        for concept in rival:
            if any(
                _gap(first, m) < nearest
                and not _within(m, chosen)
                and not _clause_apart(m, first, chosen, clause)
                for m in lookup(concept)
            ):
                return True
    return False
