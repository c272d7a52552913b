"""Find a red-flag sign in a message by its concepts, not by one fixed phrase.

Pure. A sign is a few concepts that must occur close together in one sentence ("numb" and
"saddle area" make saddle numbness; "weight" and "lose" make weight loss). A concept is a
list of short phrases, matched on stems, forgiving a typo in a long word; a phrase starting
with "!" is a use of the words that does not count ("fell asleep" is no fall). How each
mention is held (denied, gone, asked about) is `bot.negex`'s business.

Plain tuples throughout, so the compiled signs go into the start-up cache as they are:
  concept = (name, phrases, unless, context, written)  phrases: tuples of stems, "#" a
            number; a context concept ("pain") is not the symptom's own words; `written`:
            (word as written, its stem) of long first words, for typos
  sign    = (concepts, none, rival, near)  `none`: concepts that void it near by;
            `rival`: concepts that, nearer to the first one than the others, take it over
            ("taking magnesium for 3 months" is no back pain of 3 months).
"""

from __future__ import annotations

from rapidfuzz.distance import OSA, Indel
from rapidfuzz.process import extractOne

from .negex import Mention, Sentence
from .negexrules import SOFTENERS
from .text import stem

NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "couple": 2,
    "three": 3,
    "few": 3,
    "several": 4,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "many": 4,
}
UNIT_DAYS = {
    "day": 1,
    "days": 1,
    "week": 7,
    "weeks": 7,
    "wk": 7,
    "wks": 7,
    "fortnight": 14,
    "month": 30,
    "months": 30,
    "mo": 30,
    "year": 365,
    "years": 365,
    "yr": 365,
}
DURATION = "@duration"  # a concept phrase ("@duration", "21"): a span of 21 days or more
TYPO_MIN = 7  # letters a typo needs to be forgiven without a word list
KNOWN_ZIPF = 1.0  # a word this frequent in English (bot.words) is no typo


def is_number(word: str) -> bool:
    return word.isdigit() or word in NUMBER_WORDS


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
        return not known
    if len(word) >= TYPO_MIN:
        return True
    return len(word) == TYPO_MIN - 1 and Indel.distance(word, form, score_cutoff=2) <= 1


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
    """Where `phrase` ends if it starts at word i (0: it does not), a softening adverb
    inside it forgiven: "can't really feel", "didn't even feel", "couldn't quite hold"."""
    k = i + 1
    for element in phrase[1:]:
        if k < len(words) and words[k] in SOFTENERS and not _same(words[k], stems[k], element):
            k += 1
        if k >= len(words) or not _same(words[k], stems[k], element):
            return 0
        k += 1
    return k


class Catalog:
    """Every concept of a set of flags, indexed by its phrases' first words, so that a
    sentence is read once for all of them."""

    def __init__(self, concepts) -> None:
        self.number: dict[int, int] = {}  # id(concept) -> its number
        self.by_first: dict[str, list] = {}  # first element -> [(number, phrase)]
        self.unless: dict[str, list] = {}
        self.durations: list[tuple[int, int]] = []  # (number, days)
        forms: dict[str, dict[str, str]] = {}  # letter -> {word as written or stem: first}
        self._keep = []
        for concept in concepts:
            if id(concept) in self.number:
                continue
            self._keep.append(concept)  # the ids stay valid while the catalog lives
            n = self.number[id(concept)] = len(self.number)
            _name, phrases, unless, _context, written = concept
            firsts = []
            for phrase in phrases:
                if phrase[0] == DURATION:
                    self.durations.append((n, int(phrase[1])))
                    continue
                self.by_first.setdefault(phrase[0], []).append((n, phrase))
                firsts.append((phrase[0], phrase[0]))
            for phrase in unless:
                self.unless.setdefault(phrase[0], []).append((n, phrase))
            for form, first in (*written, *firsts):
                if len(form) >= 4 and form.isalpha():
                    forms.setdefault(form[0], {})[form] = first
        self.forms = {
            letter: (list(table), list(table.values())) for letter, table in forms.items()
        }

    def _starts(self, table: dict, word: str, stemmed: str, typos: bool) -> list:
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
        for i, word in enumerate(words):
            for n, phrase in self._starts(self.by_first, word, stems[i], True):
                if end := _phrase_at(words, stems, i, phrase):
                    found[n].append(Mention(i, end))
            for n, phrase in self._starts(self.unless, word, stems[i], False):
                if end := _phrase_at(words, stems, i, phrase):
                    void[n].append((i, end))
        for n, days in self.durations:
            found[n] += durations(words, days)
        for n, spans in enumerate(void):
            if spans:
                found[n] = [
                    m for m in found[n] if not any(a < m.end and m.start < b for a, b in spans)
                ]
        return lambda concept: found[self.number[id(concept)]]


def durations(words: tuple[str, ...], days: int) -> list[Mention]:
    """Spans of time of at least `days`: "6 weeks", "over a month", "for months"."""
    out = []
    for i, word in enumerate(words):
        unit = UNIT_DAYS.get(word)
        if unit is None:
            continue
        j = i - 1
        if j >= 0 and words[j] == "of":  # "a couple of weeks"
            j -= 1
        if j >= 0 and is_number(words[j]):
            count = int(words[j]) if words[j].isdigit() else NUMBER_WORDS[words[j]]
            start = j
        elif (
            word.endswith("s")
            and j >= 0
            and words[j] in ("for", "over", "past", "last", "been", "weeks", "months")
        ):
            count, start = 3, j  # "for weeks": an unsaid number, a few
        else:
            continue
        if i + 1 < len(words) and words[i + 1] == "ago":
            continue  # a point in time, not a span
        if count * unit >= days:
            out.append(Mention(start, i + 1))
    return out


def _gap(a: Mention, b: Mention) -> int:
    return max(0, b.start - a.end, a.start - b.end)


def find(lookup, sign: tuple, keep, same_side) -> tuple[Mention, ...] | None:
    """The mentions of `sign`'s concepts in the sentence (its first concept's first), if any.

    `keep(mention, shields)` says whether a mention counts (not denied, not gone); the
    shields are the sign's own phrases, whose "no" or "can't" is part of the symptom.
    `same_side(a, b)`: concepts on two sides of a "but" are not one sign.
    """
    concepts, none, rival, near = sign
    found = [lookup(c) for c in concepts]
    if not all(found):
        return None
    shields = tuple(m for ms in found for m in ms)
    found = [[m for m in ms if keep(m, shields)] for ms in found]
    if not all(found):
        return None
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
            if _voided(first, chosen, lookup, none, rival, near, keep):
                continue
            return tuple(chosen)
    return None


def _voided(first, chosen, lookup, none, rival, near, keep) -> bool:
    for concept in none:
        if any(_gap(first, m) <= near for m in lookup(concept) if keep(m, ())):
            return True
    if rival and len(chosen) > 1:
        nearest = min(_gap(first, m) for m in chosen[1:])
        for concept in rival:
            if any(_gap(first, m) < nearest for m in lookup(concept)):
                return True
    return False
