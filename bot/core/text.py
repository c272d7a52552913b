"""Text normalisation: the first step every question and every knowledge string goes through.

Pure functions, no knowledge of the knowledge base: `normalise` makes text comparable,
`tokens` splits it, `stem` folds the word endings English piles on a root, and
`Lexicon.canonical` rewrites a user's words into the knowledge base's own.
"""

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from itertools import filterfalse
from typing import NamedTuple

from .literals import may_match
from .patternneeds import NEEDS

# Questions longer than this are cut before any work is done on them, so a pasted
# megabyte costs the same as a long sentence. Nobody asks a 1,000-character question.
MAX_QUERY_CHARS = 1000


class LazyPattern:
    """A regular expression compiled on its first use: a pattern only some messages need
    (a follow-up's, a story's) costs a plain `magbot ask` nothing at start-up. Until then, a
    text that holds none of the strings every match needs (`literals.needed`, read once
    into bot/core/patternneeds.py by scripts/build_pattern_needs.py) is answered without
    compiling it: no match, as the pattern would find."""

    def __init__(self, pattern: str, flags: int = 0, inner: str = ""):
        self._args: tuple[str, int] = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None
        # characters one of which every match needs before the text's last character (a
        # line break, anywhere): without one, the pattern is never compiled to find nothing
        self.inner = inner
        self.needs: tuple[str, ...] = NEEDS.get((pattern, flags), ())
        self._asked = 0  # texts looked at for `needs` so far

    def cannot_match(self, text: str) -> bool:
        """Is `text` sure to hold no match (see `inner`)? False when it is not known."""
        if not self.inner or "\n" in text:
            return False
        head = text[:-1]
        return not any(c in head for c in self.inner)

    def _absent(self, text: str) -> bool:
        """Is `text` sure to hold no match, by the strings every match needs? Asked only
        until the pattern is compiled, and only so many times: a program that asks it
        often (`check` over thousands of entries) is quicker with the pattern compiled."""
        if self._compiled is not None or not self.needs:
            return False
        self._asked += 1
        if self._asked > _PREFILTERED:
            return False
        return not may_match(text, self.needs)

    def search(self, text: str, *where: int) -> re.Match[str] | None:
        return None if self._absent(text) else self.compiled.search(text, *where)

    def match(self, text: str, *where: int) -> re.Match[str] | None:
        return None if self._absent(text) else self.compiled.match(text, *where)

    def fullmatch(self, text: str, *where: int) -> re.Match[str] | None:
        return None if self._absent(text) else self.compiled.fullmatch(text, *where)

    def finditer(self, text: str, *where: int) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(text) else self.compiled.finditer(text, *where)

    def findall(self, text: str, *where: int) -> list:
        return [] if self._absent(text) else self.compiled.findall(text, *where)

    def split(self, text: str, maxsplit: int = 0) -> list:
        return [text] if self._absent(text) else self.compiled.split(text, maxsplit)

    def sub(self, replacement, text: str, count: int = 0) -> str:
        return text if self._absent(text) else self.compiled.sub(replacement, text, count)

    def subn(self, replacement, text: str, count: int = 0) -> tuple[str, int]:
        return (text, 0) if self._absent(text) else self.compiled.subn(replacement, text, count)

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = compiled = re.compile(*self._args)
            # from now on the pattern's own methods answer, with no step between
            for name in _PATTERN_METHODS:
                setattr(self, name, getattr(compiled, name))
        return self._compiled

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)


# texts a pattern is spared for by its needs before it is compiled all the same (a compile
# costs about as much as looking for the needs in a few hundred texts)
_PREFILTERED = 200
_PATTERN_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "split", "sub", "subn")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
# a possessive "'s" goes ("magnesium's role"); the "'s" of "is" after a question word or a
# pronoun stays as chat writes it ("what's that?" is "whats that", "that's" is "thats")
_POSSESSIVE = LazyPattern(
    r"(?<!\bwhat)(?<!\bwho)(?<!\bhow)(?<!\bwhere)(?<!\bwhen)(?<!\bwhy)(?<!\bthat)"
    r"(?<!\bthere)(?<!\bhere)(?<!\bit)(?<!\bshe)(?<!\bhe)(?<!\blet)'s\b"
)
_NOT_WORD = LazyPattern(r"[\W_]+")
# "post-workout", "pre-op": the prefix said as the word it stands for (English)
_PREFIXED = LazyPattern(r"\b(post|pre)-(?=[a-z])")
_PREFIX_WORDS = {"post": "after ", "pre": "before "}


def _unprefixed(found: re.Match) -> str:
    return _PREFIX_WORDS[found.group(1)]


_DIGITS_LETTERS = LazyPattern(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")  # "400mg" -> "400 mg"
# a word of letters and digits that names one thing, not a number and its unit: a digit or
# two between letters ("e2e", "p2p", "h2o"). Letters before a number are parted as before:
# "b12" and "n95" are parted alike in the article and the question, and chat's "b4", "gr8"
# are no code words
_CODE_WORD = LazyPattern(r"\b[a-z]+\d{1,2}[a-z]+\b")
_MIXED_WORD = LazyPattern(r"\b\w*(?:\d[^\W\d_]|[^\W\d_]\d)\w*\b")
_DIGIT = LazyPattern(r"\d")
_PLAIN = LazyPattern(r"[a-z]+(?: [a-z]+)*")  # lower-case ASCII words, one space apart
# a letter typed three times or more ("heyyy", "sooo", "pleeease"): chat's stress, which no
# English word spells (two stay: "good", "sleep"); where a digit may not be ("1000")
_STRETCHED = LazyPattern(r"([a-z])\1\1+")
# "to much", "to many": chat's "too", typed the way it sounds (no verb takes "to much")
_TO_TOO = LazyPattern(r"\bto (?=(?:much|many)\b)")
# chat's "dose" for "does" where only the verb can stand: "how dose it work", "what dose
# calcium do", "dose magnesium cause ..." (not "what dose should i take", "dose of ...")
_DOSE_DOES = LazyPattern(
    r"(?:(?<=\bhow )|(?<=\bwhy )|(?<=\bwhere )|(?<=\bwhen ))dose(?= (?!of\b|for\b)[a-z])"
    r"|(?:^|(?<=\bwhat ))dose"
    r"(?= (?!(?:of|for|per|is|was|are|should|would|could|can|will|do|does|did|to|a|an|the"
    r"|i|you|u|we|they|he|she|it|that|this|size|amount|range|level|limit|matter|matters)\b)"
    r"[a-z]+ (?:[a-z]+ ){0,3}?(?:do|work|works|help|helps|cause|causes|make|makes|mean|affect)\b)"
)

# (suffix, replacement), longest first; the first that leaves a stem of 3+ letters wins
# (4+ for the "-ate" family, so that "bloating" keeps its "bloat").
_SUFFIXES: tuple[tuple[str, str], ...] = (
    # a verb in "-ieve" and its noun in "-ief": "relieving" and "relief", "believe" and "belief"
    ("ieving", "ief"),
    ("ieves", "ief"),
    ("ieved", "ief"),
    ("ieve", "ief"),
    ("isations", "iz"),
    ("izations", "iz"),
    ("isation", "iz"),
    ("ization", "iz"),
    ("ising", "iz"),
    ("izing", "iz"),
    ("ises", "iz"),
    ("izes", "iz"),
    ("ised", "iz"),
    ("ized", "iz"),
    ("ise", "iz"),
    ("ize", "iz"),
    ("fulness", ""),
    ("ousness", ""),
    ("iveness", ""),
    ("ically", "ic"),
    ("ations", ""),
    ("ation", ""),
    ("ments", ""),
    ("ment", ""),
    ("ities", ""),
    ("ity", ""),
    ("tions", "t"),
    ("tion", "t"),
    ("ness", ""),
    ("ously", ""),
    ("ous", ""),
    ("ively", ""),
    ("ives", ""),
    ("ive", ""),
    ("ating", ""),
    ("ated", ""),
    ("ates", ""),
    ("ate", ""),
    ("ings", ""),
    ("ing", ""),
    ("edly", ""),
    ("iest", "y"),
    ("ier", "y"),
    ("ies", "y"),
    ("ied", "y"),
    ("ed", ""),
    ("ally", "al"),
    ("ly", ""),
    ("sses", "ss"),
    ("al", ""),
)
# with the shortest stem each leaves
_RULES = tuple((s, r, 4 if s.startswith("at") else 3) for s, r in _SUFFIXES)
_ENDINGS = tuple(s for s, _ in _SUFFIXES)
_KEEP_S = ("ss", "us", "is")
_UNDOUBLE = set("bdfgkmnprt")


def normalise(text: str) -> str:
    """Lower-case, accent-free text of letters and digits separated by single spaces."""
    if len(text) <= MAX_QUERY_CHARS and _PLAIN.fullmatch(text):
        if _STRETCHED.search(text) is not None:
            text = _STRETCHED.sub(r"\1\1", text)
        text = _TO_TOO.sub("too ", text) if _said_to_much(text) else text
        return _DOSE_DOES.sub("does", text) if "dose " in text else text
    text = text[:MAX_QUERY_CHARS]
    if text.lstrip().startswith("["):  # "[Discussion] Magnesium as ...": a forum's tag
        text = _TAG.sub("", text, count=1)
    if not text.isascii():
        import unicodedata  # only for text beyond ASCII (an extension module to load)

        # an accented letter comes apart into three characters at most; a ligature may
        # into eighteen ("\ufdfa"): what it spells beyond the cut is no more read than the rest
        text = unicodedata.normalize("NFKD", text)[: 3 * MAX_QUERY_CHARS]
        if not text.isascii():  # ligatures and wide forms come apart as plain letters
            text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().translate(_APOSTROPHES)
    if "'" in text:  # each pass only where it can change something
        text = _POSSESSIVE.sub("", text).replace("'", "")
    if "%" in text:  # "10%" is ten percent, as "400mg" is 400 mg
        text = text.replace("%", " percent ")
    if "-" in text:  # "post-magnesium back pain": after it
        text = _PREFIXED.sub(_unprefixed, text)
    text = _NOT_WORD.sub(" ", text)
    if _DIGIT.search(text):
        text = _MIXED_WORD.sub(_spaced_number, text)
    if _STRETCHED.search(text) is not None:
        text = _STRETCHED.sub(r"\1\1", text)
    if _said_to_much(text):
        text = _TO_TOO.sub("too ", text)
    if "dose " in text:
        text = _DOSE_DOES.sub("does", text)
    return text.strip()


# a sum of money, or a range of sums: "$100", "$5-15", "€5 to €10", "£1,200"
_MONEY = re.compile(
    r"([$\u20ac\u00a3])\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(?:-|\u2013|to)\s?[$\u20ac\u00a3]?(\d[\d,]*(?:\.\d+)?))?"
)
_CURRENCIES = {"$": "dollars", "\u20ac": "euros", "\u00a3": "pounds"}


def sums_in_words(text: str) -> str:
    """`text` with its sums of money in words ("less than $100": "less than 100 dollars"),
    for reading what an answer says an amount of (normalising drops the sign)."""
    if "$" in text or "\u20ac" in text or "\u00a3" in text:
        return _MONEY.sub(_money, text)
    return text


def _money(found: re.Match[str]) -> str:
    """A sum of money in words: "$5-15" -> " 5 to 15 dollars ", as "10%" is 10 percent."""
    sign, low, high = found.groups()
    amount = f"{low} to {high}" if high else low
    return f" {amount} {_CURRENCIES[sign]} "


def _spaced_number(found: re.Match[str]) -> str:
    """A word of letters and digits, a number parted from its unit ("400mg" -> "400 mg"),
    a code word kept whole ("e2e": `_CODE_WORD`)."""
    word = found.group()
    return word if _CODE_WORD.fullmatch(word) else _DIGITS_LETTERS.sub(" ", word)


# a tag in brackets that opens a post ("[Question]", "[Discussion]", "[help]"): no words asked
_TAG = LazyPattern(r"^\s*\[[^\]\n]{1,30}\]")


def _said_to_much(text: str) -> bool:
    """Might `text` hold "to much" or "to many" (a cheap look before the pattern's)?"""
    return "to much" in text or "to many" in text


def tokens(text: str) -> list[str]:
    """The words of `text`, normalised."""
    return normalise(text).split()


def max_typos(word: str) -> int:
    """Edits forgiven in a word of this length: none in short words, more in long ones."""
    n = len(word)
    return 0 if n <= 3 else 1 if n <= 7 else 2 if n <= 12 else 3


class ByLength:
    """A list of words, also read by length: `near(n, limit)` is the part of it (in its
    order) that a word of n letters can be within `limit` edits of. An edit distance is at
    least the difference of the lengths, so a typo looked for there alone is found the same
    (the same nearest, ties in the same order) for a fraction of the comparisons."""

    __slots__ = ("words", "_near", "_by_letter", "_places")

    def __init__(self, words: list[str]):
        self.words = words
        self._near: dict[tuple[int, int], list[str]] = {}
        self._by_letter: dict[tuple[int, int], dict[str, list[str]]] = {}
        self._places: dict[int, list[int]] | None = None  # per length, where its words are

    def near(self, length: int, limit: int, letter: str = "") -> list[str]:
        """The words of a length within `limit` of `length` (that begin with `letter`)."""
        if letter:
            by_letter = self._by_letter.get((length, limit))
            if by_letter is None:
                by_letter = self._by_letter[length, limit] = {}
                for w in self.near(length, limit):
                    by_letter.setdefault(w[:1], []).append(w)
            return by_letter.get(letter, [])
        found = self._near.get((length, limit))
        if found is None:
            if self._places is None:  # the list is read once, whatever lengths are asked
                self._places = {}
                for place, w in enumerate(self.words):
                    self._places.setdefault(len(w), []).append(place)
            places = self._places
            words = self.words
            found = [  # in the list's order
                words[p]
                for p in sorted(
                    p for n in range(length - limit, length + limit + 1) for p in places.get(n, ())
                )
            ]
            self._near[length, limit] = found
        return found


_STEMS: dict[str, str] = {}


def stem(word: str) -> str:
    """Fold an English word to a stem shared with its inflections ("cramping" -> "cramp")."""
    found = _STEMS.get(word)
    if found is None:
        found = _stem(word)
        if len(_STEMS) < 50_000:
            _STEMS[word] = found
    return found


def _stem(word: str) -> str:
    if len(word) <= 3 or not word.isalpha():
        return word
    # most words end in no suffix of the table: one test instead of one a suffix
    for suffix, replacement, shortest in _RULES if word.endswith(_ENDINGS) else ():
        if word.endswith(suffix) and len(word) - len(suffix) + len(replacement) >= shortest:
            word = word[: -len(suffix)] + replacement
            if word.endswith("ll") and len(word) > 4:
                word = _one_l(word)
            break
    else:
        if word.endswith("s") and not word.endswith(_KEEP_S) and len(word) >= 4:
            word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] in _UNDOUBLE:
        word = word[:-1]
    if len(word) >= 4 and word.endswith("e"):
        word = word[:-1]
    return word


def _one_l(cut: str) -> str:
    """A stem left with a doubled "l" by its suffix ("controll" of "controlling",
    "travell" of "travelled"): the word with one "l" where English knows that word and
    not this one ("control", "travel"), as it does not "install" or "fall"."""
    from . import words  # the general word table, read on demand

    if words.zipf(cut) == 0 and words.zipf(cut[:-1]) > 0:
        return cut[:-1]
    return cut


@lru_cache(maxsize=1)
def general_stopwords() -> frozenset[str]:
    """English function words, true of any article (bot/data/stopwords.txt)."""
    import os

    path = os.path.join(
        os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "stopwords.txt"
    )
    with open(path, encoding="utf-8") as f:
        return frozenset(w for line in f if not line.startswith("#") for w in line.split())


@lru_cache(maxsize=1)
def _equivalent_groups() -> tuple[tuple[str, ...], ...]:
    """The groups of bot/data/equivalents.toml, normalised (read when a base is compiled)."""
    import os
    import tomllib

    path = os.path.join(
        os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "equivalents.toml"
    )
    with open(path, "rb") as f:
        groups = tomllib.load(f)["groups"]
    return tuple(tuple(normalise(m) for m in group if normalise(m)) for group in groups)


def _stem_stands_for(word: str) -> bool:
    """May `word`'s stem, typed alone, be read as `word` ("pill" as "pills", "tight" as
    "tightness")? Not when the stem is an English word of its own that means something
    else: an adverb's ("most" is no "mostly", "hard" no "hardly", "late" no "lately"), or
    one far from it in meaning ("tens" is no "tense")."""
    from . import words  # general English, read only when a base is compiled

    root = stem(word)
    if root == word or not words.zipf(root):
        return True
    if word.endswith("ly"):
        return False
    return not words.available() or words.similarity(word, root) >= _STEM_NEAR


_STEM_NEAR = 0.3  # a stem this near its word in meaning is another form of it


def general_equivalents(used: str) -> dict[str, str]:
    """General English equivalents, as the base whose words are `used` (lower-case, one
    space apart) says them:
    each other member of a group rewritten into the first member it uses ("tummy" and
    "belly" into "stomach" for a base that says "stomach"), in its own entries as in the
    questions, as its lexicon's lines are; nothing of a group the base uses no member of
    (bot/data/equivalents.toml)."""
    text = f" {used} "
    out: dict[str, str] = {}
    for group in _equivalent_groups():
        first = next((m for m in group if f" {m} " in text), None)
        if first is not None:
            out.update((m, first) for m in group if m != first)
    return out


# the words that negate what follows them ("doesn't absorb", "hasn't improved"), as
# normalised (no apostrophes)
NEGATING = frozenset(
    (
        "no", "not", "never", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent",
        "havent", "hasnt", "hadnt", "wont", "wouldnt", "cant", "cannot", "couldnt",
    )
)  # fmt: skip

# the verbs that say what a thing is ("my back IS sore", "my magnesium WAS low")
COPULAS = frozenset(
    ("is", "are", "was", "were", "been", "feels", "feel", "felt", "gets", "got", "seems", "looks")
)


# words that say how much between a noun and what it is said to be ("my back is SO sore")
_HOW_MUCH = frozenset(
    ("so", "soo", "sooo", "really", "very", "super", "kinda", "pretty", "quite", "real",
     "too", "still", "also", "all", "bit", "a", "little", "extra", "mega", "crazy", "insanely")
)  # fmt: skip


def _said_so(
    said_of: dict[tuple[str, ...], tuple[str, ...]], words: Sequence[str], at: int, out: list[str]
) -> tuple[tuple[str, ...], int] | None:
    """The phrase a noun at `at` and the adjective it is said to be stand for, and where the
    words after it start: "my back IS (so) sore", or asked so, the copula before it ("why
    IS my back (so) sore?"); None when the noun is not said to be so."""
    n = at + 1
    copula = words[n] in COPULAS
    if copula:
        n += 1
    while n < len(words) and words[n] in _HOW_MUCH:
        n += 1
    if n >= len(words) or (words[at], words[n]) not in said_of:
        return None
    # asked so: "is my back sore", "why is the stomach so upset"
    if not copula and not any(w in COPULAS for w in out[-3:]):
        return None
    return said_of[(words[at], words[n])], n + 1


def _said_of(
    table: dict[tuple[str, ...], tuple[str, ...]], stopwords: frozenset[str]
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The phrases of `table` that are an adjective and a noun ("low magnesium", "sore
    back"), keyed by (noun, adjective): what they mean when the noun is said to be so."""
    from . import words  # parts of speech: only when the base is compiled

    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key, value in table.items():
        if (
            len(key) == 2
            and not set(key) & stopwords
            and words.ADJECTIVE in words.parts(key[0])
            and words.NOUN in words.parts(key[1])
            and (key[1], key[0]) not in table
        ):
            out[(key[1], key[0])] = value
    return out


def without_asking_idioms(words: Sequence[str]) -> list[str]:
    """`words` without the word of a question idiom that names nothing: "how come" asks
    why, and its "come" is no topic ("how come I feel it in my back" is not about coming).
    General English, for any article. So is "in the first place", which stresses why a
    thing was ever done ("why take it in the first place?"): no place, nothing first; and
    "all of a sudden", which tells when ("why is everyone taking it all of a sudden?"), no
    sudden thing; and "the first time", "every time", which count occasions; and chat's
    "real talk", which is "honestly"."""
    out = [w for i, w in enumerate(words) if not (w == "come" and i and words[i - 1] == "how")]
    for i in range(len(out) - 3, -1, -1):
        if out[i : i + 4] in (["in", "the", "first", "place"], ["all", "of", "a", "sudden"]):
            del out[i : i + 4]
    for i in range(len(out) - 2, -1, -1):
        # "I took it for the FIRST TIME", "the LAST TIME I took it": which occasion, no
        # time asked of and nothing first ("at the same time" is left: it tells when)
        if i + 1 < len(out) and out[i + 1] in ("time", "times") and out[i] in _OCCASIONS:
            del out[i : i + 2]
    for i in range(len(out) - 1, -1, -1):
        # "ok real talk, what ...": chat for "honestly", where a message opens
        if out[i : i + 2] == ["real", "talk"] and (not i or out[i - 1] in _OPENING_CHAT):
            del out[i : i + 2]
    return out


_OPENING_CHAT = frozenset(("ok", "okay", "so", "but", "and", "ngl", "lol", "bro", "yo", "like"))
_IDIOM_WORDS = frozenset(("come", "place", "sudden", "talk", "time", "times"))  # of each idiom
# the words that count occasions: "the first time", "every time", "last time" (English)
_OCCASIONS = frozenset(
    ("first", "second", "third", "last", "next", "every", "each", "one", "two", "few", "many")
)


# "too much water", "too many bottles", "too little sleep": the excess or the shortage of a
# thing is what is said of it, though "much" and "little" alone are function words. Read
# as one more word, the degree joined to the thing ("toomuchwater"), in entries and
# questions alike: "too much light" is not "too much water". General English.
EXCESS, SHORTAGE = "toomuch", "toolittle"
DEGREES = (EXCESS, SHORTAGE)
_DEGREES = {"much": EXCESS, "many": EXCESS, "little": SHORTAGE, "few": SHORTAGE}
_DEGREE_REACH = 3  # the thing is named within this many words ("too much of the powder")


def with_degrees(words: Sequence[str], stop: Callable[[str], bool]) -> list[str]:
    """`words` with "too much X" and "too many X" read as one more word (`EXCESS` + X,
    X the next word that is no `stop` word), "too little X" and "too few X" so too
    (`SHORTAGE` + X); "too much" said of nothing named is dropped."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] == "too" and i + 1 < len(words) and words[i + 1] in _DEGREES:
            degree = _DEGREES[words[i + 1]]
            reach = words[i + 2 : i + 2 + _DEGREE_REACH]
            thing = next((w for w in reach if not stop(w)), None)
            if thing is not None and thing.isalpha():
                out.append(degree + thing)
            i += 2
            continue
        out.append(words[i])
        i += 1
    return out


# the particles of English phrasal verbs, which may stand after the verb's object
PARTICLES = frozenset(("out", "up", "down", "off"))
PHRASAL_OBJECT = 2  # words of an object held between a phrasal verb and its particle


CANONICAL_PASSES = 4  # a rewrite may complete a phrase, which may complete another


class Lexicon(NamedTuple):
    """How users' words relate to the knowledge base's.

    `synonyms` rewrite a user's word or phrase into the base's; `stopwords` carry no
    meaning and are dropped; `filler` words are generic ("once", "lately", "checked"):
    unknown to the base, they do not make a question off-topic the way "kidney" does.
    """

    synonyms: dict[tuple[str, ...], tuple[str, ...]] = {}  # noqa: RUF012 - never mutated
    stopwords: frozenset[str] = frozenset()
    filler: frozenset[str] = frozenset()
    starts: dict[str, tuple[int, ...]] = {}  # noqa: RUF012 - first word -> phrase lengths
    # "magnesium is low" for "low magnesium": (noun, adjective) -> what the phrase is
    said_of: dict[tuple[str, ...], tuple[str, ...]] = {}  # noqa: RUF012 - never mutated

    @classmethod
    def build(
        cls,
        synonyms: dict[str, str],
        stopwords: list[str],
        filler: Sequence[str] = (),
        general: dict[str, str] | None = None,
    ) -> "Lexicon":
        """The article's lexicon, over the general English stopwords and (`general`) the
        equivalents its text settles (bot/data; the article's own lines win)."""
        table = {tuple(tokens(k)): tuple(tokens(v)) for k, v in synonyms.items() if tokens(k)}
        for said, meant in (general or {}).items():
            table.setdefault(tuple(said.split()), tuple(meant.split()))
        for key, value in list(table.items()):  # "pills" is "supplement": so is "pill"
            if len(key) == 1 and _stem_stands_for(key[0]):
                table.setdefault((stem(key[0]),), value)
        starts: dict[str, set[int]] = {}
        for phrase in table:
            starts.setdefault(phrase[0], set()).add(len(phrase))
        words = general_stopwords() | frozenset(w for s in stopwords for w in tokens(s))
        generic = frozenset(w for s in filler for w in tokens(s)) - words
        return cls(
            table,
            words,
            generic | frozenset(stem(w) for w in generic),
            {w: tuple(sorted(n, reverse=True)) for w, n in starts.items()},
            _said_of(table, words),
        )

    def is_filler(self, word: str) -> bool:
        """A generic word: one of `filler`, or a number ("3 days", "400 mg")."""
        return word.isdigit() or word in self.filler or stem(word) in self.filler

    def canonical(self, words: Sequence[str]) -> list[str]:
        """Rewrite `words` with the synonym table, longest phrase first, left to right; a
        phrase of an adjective and its noun also when the noun is said to be so ("my
        magnesium is low" as "low magnesium"). A phrase that a rewrite completes is read
        once more ("mess W my stomach": "with" first, then "mess with my stomach"; "least
        likely to MESS WITH MY STOMACH": "upset stomach", then "least likely to upset")."""
        out = list(words)
        for _ in range(CANONICAL_PASSES):
            again = self._canonical(out)
            if again == out or len(again) > len(out):
                return again if again == out or out == list(words) else out
            out = again
        return out

    def _canonical(self, words: Sequence[str]) -> list[str]:
        said_of = self.said_of if self._said_of(words) else None
        starts = self.starts
        if said_of is None and starts.keys().isdisjoint(words):
            return list(words)  # most questions: no phrase starts here
        synonyms = self.synonyms
        out: list[str] = []
        i, size = 0, len(words)
        while i < size:
            word = words[i]
            if said_of is not None and i + 1 < size:
                found = _said_so(said_of, words, i, out)
                if found is not None:
                    said, i = found
                    out.extend(said)
                    continue
            for n in starts.get(word, ()):
                replacement = synonyms.get(tuple(words[i : i + n]))
                if replacement is not None:
                    out.extend(replacement)
                    i += n
                    break
            else:
                split = self._split_phrasal(words, i)
                if split is not None:  # "chill your muscles out": "chill out" your muscles
                    replacement, held = split
                    out.extend((*replacement, *words[i + 1 : i + 1 + held]))
                    i += held + 2
                    continue
                out.append(word)
                i += 1
        return out

    def _split_phrasal(self, words: Sequence[str], i: int) -> tuple[tuple[str, ...], int] | None:
        """A phrasal verb of the table said with its object between verb and particle
        ("CHILL your muscles OUT", "LOOSEN my back UP"): its replacement, and how many
        words stand between (at most `PHRASAL_OBJECT`); None when none is said so."""
        if 2 not in self.starts.get(words[i], ()):  # no phrase of two words starts here
            return None
        for held in range(1, PHRASAL_OBJECT + 1):
            end = i + 1 + held
            if end >= len(words) or words[end] not in PARTICLES:
                continue
            found = self.synonyms.get((words[i], words[end]))
            if found is not None and PARTICLES.isdisjoint(words[i + 1 : end]):
                return found, held
        return None

    def _said_of(self, words: Sequence[str]) -> bool:
        """Is a noun of `said_of` followed, within a few words, by its adjective?"""
        if not self.said_of:
            return False
        pairs = self.said_of.keys()
        return any(
            not pairs.isdisjoint(zip(words, words[gap:], strict=False)) for gap in (1, 2, 3, 4)
        )

    def content_words(self, words: list[str]) -> list[str]:
        """The canonical words that carry a topic, in order, without repeats.

        Synonyms apply twice: to the words as typed ("what should i do"), then to the
        content words alone, so "upset my stomach" meets the phrase "upset stomach".
        """
        stop = self.stopwords.__contains__
        if not _IDIOM_WORDS.isdisjoint(words):  # rare: most questions pass untouched
            words = without_asking_idioms(words)
        if "too" in words:
            words = with_degrees(words, stop)
        if self.starts.keys().isdisjoint(words):  # no phrase starts here: both keep them all
            return list(dict.fromkeys(filterfalse(stop, words)))
        content = list(filterfalse(stop, self.canonical(words)))
        return list(dict.fromkeys(filterfalse(stop, self.canonical(content))))

    def content(self, words: list[str]) -> list[str]:
        """The stems of the words that carry a topic, in order, without repeats."""
        return list(dict.fromkeys(map(stem, self.content_words(words))))


# -- messages as people type them: which part asks --------------------------------------

# a full stop after a common abbreviation ends no sentence: "Glycinate vs. Oxide", "e.g. a
# laxative", "Dr. Smith" (general English)
_ABBREVIATIONS = (
    "vs.", "v.", "e.g.", "i.e.", "eg.", "ie.", "dr.", "mr.", "mrs.", "ms.", "approx.", "esp.",
    "incl.", "st.",
)  # fmt: skip
_ABBREVIATION_ENDS = frozenset(a[-2] for a in _ABBREVIATIONS)
_SENTENCE_END = LazyPattern(r"(?<=[.!?;\n])\s+|\n+|(?<=\?)(?=\S)", inner=".!?;")


def split_unabbreviated(pattern: re.Pattern[str] | LazyPattern, text: str) -> list[str]:
    """`pattern.split(text)`, but not at the full stop of an abbreviation ("vs.", "e.g.",
    "Dr."), just before or inside the separator found; a line break always splits. (As a
    lookbehind in each pattern, the abbreviations cost every process a millisecond to
    compile.)"""
    if isinstance(pattern, LazyPattern) and pattern.cannot_match(text):
        return [text]  # most questions: one sentence, nothing to split
    pieces, start = [], 0
    for found in pattern.finditer(text):
        said = found.group()
        if (
            "\n" not in said
            and (
                (said[:1].isspace() and _abbreviated(text, found.start()))  # the space after it
                or (said == "." and _abbreviated(text, found.end()))  # its full stop
                or (said[:1].isspace() and _paused(text, found.start()))
            )
        ):
            continue
        pieces.append(text[start : found.start()])
        start = found.end()
    pieces.append(text[start:])
    return pieces


def _paused(text: str, end: int) -> bool:
    """Does text[:end] end with an ellipsis after a word that cannot end a sentence: a pause
    in the middle of one ("is that like... the bad one?", "it's the... citrate one"), not
    its end ("i take oxide... is that bad?")?"""
    head = text[max(0, end - 40) : end].rstrip()
    if not (head.endswith("...") or head.endswith("\u2026")):
        return False
    said = normalise(head).split()
    return bool(said) and said[-1] in general_stopwords()


def _abbreviated(text: str, end: int) -> bool:
    """Does text[:end] end with an abbreviation, as a word of its own?"""
    if end < 2 or text[end - 1] != "." or text[end - 2].lower() not in _ABBREVIATION_ENDS:
        return False
    head = text[max(0, end - 8) : end].lower()
    for abbreviation in _ABBREVIATIONS:
        if head.endswith(abbreviation):
            before = end - len(abbreviation) - 1
            if before < 0 or not (text[before].isalnum() or text[before] == "_"):
                return True
    return False


_ASKING_START = frozenset(
    (
        "what",
        "whats",
        "why",
        "how",
        "hows",
        "when",
        "where",
        "which",
        "who",
        "whom",
        "whose",
        "is",
        "isnt",
        "are",
        "arent",
        "was",
        "were",
        "am",
        "do",
        "does",
        "doesnt",
        "did",
        "didnt",
        "dont",
        "can",
        "cant",
        "could",
        "couldnt",
        "should",
        "shouldnt",
        "would",
        "wouldnt",
        "will",
        "wont",
        "shall",
        "may",
        "might",
        "must",
        "has",
        "have",
        "had",
        "any",
        "anyone",
        "anybody",
        "explain",
    )
)
# the words that join a sentence to the one before it, before what it says: "and is that
# why ...", "so what do I do", "but also could it ..." open as their question does
_JOINING = frozenset(("and", "but", "or", "so", "also", "plus", "then"))
_ASKING_INSIDE = (
    "wonder",
    "wondering",
    "curious",
    "any idea",
    "anyone know",
    "do you think",
    "is it possible",
    "tell me",
    "please explain",
    "you explain",  # "can you explain", not "I couldn't explain it"
)


TAGGED_CLAIM = 3  # a claim before a tag that asks whether it holds has this many words
# A question that only asks whether what was just said holds ("is that true?", "is this
# right", "how come?", "what's the reasoning?") asks about the sentence before it: pointing
# words, verdict words and words that ask for the reason of a claim
_POINTING = frozenset(("that", "this", "it", "thats", "its", "he", "she", "they"))
_REASON = frozenset(
    ("reason", "reasons", "reasoning", "explanation", "logic", "science", "basis", "evidence",
     "proof")
)  # fmt: skip
_ONLY_VERDICT = (
    _POINTING
    | _REASON
    | frozenset(
        (
            "is", "isnt", "was", "true", "right", "correct", "real", "accurate", "legit",
            "so", "really", "actually", "even", "the", "case", "a", "fact", "myth", "or",
            "not", "just", "how", "come", "why", "do", "does", "you", "think", "make",
            "makes", "sense", "any", "truth", "in", "to", "there", "are", "things", "thing",
            "what", "whats", "behind", "then", "am", "i", "we", "were", "actual", "for", "any",
        )
    )
)  # fmt: skip
# "what does that mean for my nerves?": the claim before it is asked about, with its words
# (not "the signs that mean ...": the pointing word follows the verb that asks)
_MEANS = LazyPattern(
    r"\b(?:does|do|did|would|could|will|might|can|should) (?:that|this)(?: \w+)? (?:mean|imply)\b"
)


def points_back(sentence: str) -> bool:
    """Does this asking sentence only ask whether the sentence before it holds ("is that
    true?", "how come?", "what's the reasoning?"), with nothing of its own to ask about?"""
    words = normalise(sentence).split()
    if not words or not set(words) <= _ONLY_VERDICT:
        return False
    return (
        bool(_POINTING.intersection(words) or _REASON.intersection(words))
        or words[:2] in (["how", "come"], ["am", "i"], ["are", "we"])
        or len(words) < 3
    )


def asks_reason(sentence: str) -> bool:
    """Does a sentence that points back ask, in the form "why", the reason of the claim
    before it ("why?", "why is that?", "how come?"), not whether it holds ("is that
    true?")? "What's the reasoning?" names the reason as a thing: it asks the claim alone."""
    words = normalise(sentence).split()
    return "why" in words or words[:2] == ["how", "come"]


_VERDICTS = frozenset(("true", "right", "correct", "real", "accurate", "legit", "false", "wrong"))


# "Title: oxide giving me grief", "Re: magnesium and back pain", "Subject - ...": the label a
# forum post or an e-mail puts before its subject line (English convention)
_POST_LABEL = LazyPattern(r"^\s*(?:title|subject|topic|re|fwd?)\s*(?::|-(?=\s))\s*", re.IGNORECASE)


def without_post_label(text: str) -> str:
    """`text` without the label a forum post or an e-mail puts before its subject line
    ("Title: ...", "Re: ..."), which says nothing of what is asked."""
    if ":" not in text[:12] and "-" not in text[:12]:
        return text  # most messages (the pattern is compiled only for one that may)
    return _POST_LABEL.sub("", text, count=1) or text


# "in normal words", "in simple english", "in everyday language": plainer words asked for,
# however said (English; not "in medical terms", which asks the other way)
_PLAINER = LazyPattern(
    r"\bin (?:more )?(?:normal|simple|simpler|plain|plainer|everyday|easy|easier|basic|"
    r"regular|ordinary|human|normie|non ?technical|layman'?s|laymen'?s|lay) "
    r"(?:words|terms|language|english|speak)\b",
    re.IGNORECASE,
)


def plainer_words(text: str) -> str:
    """`text` with plainer words asked for however said ("in normal words", "in simple
    english") said as "in plain words", as the cues for it are."""
    if " in " not in text.lower():
        return text  # most messages (the pattern is compiled only for one that may)
    return _PLAINER.sub("in plain words", text)


def without_verdict_tag(sentence: str) -> str:
    """The claim of a sentence that ends by asking whether it holds, after a comma
    ("magnesium causes back pain, is that true?", "oxide absorbs badly, true or false?"),
    with its question mark: the tag asks of the claim and names nothing of its own ("true"
    is no topic). The sentence as it is when it ends otherwise."""
    head, comma, tail = sentence.rpartition(",")
    words = normalise(tail).split()
    if (
        not comma
        or len(normalise(head).split()) < TAGGED_CLAIM
        or not set(words) <= _ONLY_VERDICT | _VERDICTS
        or not _VERDICTS.intersection(words)
    ):
        return sentence
    return f"{head.rstrip()}?" if sentence.rstrip().endswith("?") else head.rstrip()


def asks_what_it_means(sentence: str) -> bool:
    """Does this sentence ask what the claim before it means ("what does that mean for
    my nerves?"): a pointing word and a word of meaning?"""
    return bool(_MEANS.search(normalise(sentence)))


class Parts(NamedTuple):
    """A message split into what it asks and what it tells around the asking."""

    asks: tuple[str, ...]  # the sentences that ask, in order
    tells: tuple[str, ...]  # the other sentences (the story around the question)


HEADLINE_WORDS = 4  # a headline has at least this many words ...
HEADLINE_LETTERS = 4  # ... and each of its words this long begins with a capital


def headline(text: str) -> bool:
    """Is `text` written as a headline ("Is Your Magnesium Supplement Wrecking Your Back?"):
    a line whose longer words all begin with a capital, not all in capitals?"""
    found = [w for w in text.split() if w[:1].isalpha()]
    long = [w for w in found if len(w) >= HEADLINE_LETTERS]
    return (
        len(found) >= HEADLINE_WORDS
        and "\n" not in text.strip()
        and bool(long)
        and all(w[0].isupper() for w in long)
        and not text.isupper()
    )


# a yes-or-no question that begins inside a line with no mark before it ("my back hurts is
# that normal", "my kid has back pain can he take it"): an auxiliary and a pronoun subject
# (English grammar; a noun after it may be the statement's own: "magnesium did the trick")
_RUN_ON = LazyPattern(
    r"(?<=\w)\s+(?=(?:is|are|was|were|can|could|should|would|will|does|do|did|may|might)"
    r"\s+(?:i|you|he|she|it|we|they|there|this|that|anyone|anybody|someone)\b)",
    re.IGNORECASE,
)
RUN_ON_WORDS = 3  # the statement before a run-on question, and the question, this long
# the words after "is there" that make it a place or a time, not "is there a ...?"
_THERE_WHERE = frozenset(
    ("even", "when", "whenever", "while", "all", "always", "still", "constantly", "every",
     "most", "only", "too", "now", "again", "at", "in", "on", "day", "night", "24", "since")
)  # fmt: skip
_PRONOUN_SUBJECTS = frozenset(("i", "you", "he", "she", "it", "we", "they", "there"))
# a line that opens with one of these is a clause of the question that ends it ("if it
# lasts six weeks should i see someone"), and a verb of saying or meaning takes the
# question as its object ("sorry i meant is it good for spasms"): no sentence ends there
_SUBORDINATING = frozenset(
    ("if", "when", "whenever", "since", "because", "although", "though", "after", "before",
     "once", "unless", "until", "while", "as", "whether")
)  # fmt: skip
_TAKES_A_QUESTION = frozenset(
    ("mean", "meant", "say", "says", "said", "ask", "asks", "asked", "asking", "wonder",
     "wondering", "wondered", "think", "thought", "know", "knew", "guess", "suppose", "question")
)  # fmt: skip
_QUESTION_WORDS = frozenset(
    ("what", "whats", "why", "how", "hows", "when", "where", "which", "who")
)


def run_on_questions(sentence: str) -> list[str]:
    """A line that tells, then asks with no mark between ("my back hurts is that normal",
    "i started citrate last week is that why my back hurts"), cut where its question
    begins: after a word that carries meaning (a pronoun or "and" before "is" makes a
    statement: "it is", "and is"), in a line with no question word before it ("at what
    point should i ..." is one question), where the words after "is that" do not begin a
    clause ("the reason is that i sit" tells). A comma before the question is left to the
    clauses: "my neck is sore, could it be the magnesium?" is read as one already.
    [sentence] when there is none."""
    if _RUN_ON.search(sentence) is None:
        return [sentence]
    first = normalise(sentence).split()[:1]
    if not first or first[0] in _ASKING_START or first[0] in _SUBORDINATING:
        return [sentence]
    stop = general_stopwords()
    for found in _RUN_ON.finditer(sentence):
        head, tail = sentence[: found.start()], sentence[found.end() :]
        before, after = normalise(head).split(), normalise(tail).split()
        if (
            len(before) >= RUN_ON_WORDS
            and len(after) >= RUN_ON_WORDS
            and before[-1] not in stop
            and before[-1] not in _TAKES_A_QUESTION
            and _QUESTION_WORDS.isdisjoint(before)  # "at what point should i ...": one question
            and not (after[1] in ("that", "this") and after[2] in _PRONOUN_SUBJECTS)
            # "the pain in my back is there even when I lie still": "there" is where
            and not (after[1] == "there" and after[2] in _THERE_WHERE)
        ):
            return [head, *run_on_questions(tail)]
    return [sentence]


# "Physio student here, can someone explain ...", "Long-time lurker here - ...": who writes,
# introduced in a clause of its own before the message (English chat): a sentence of its own
_INTRODUCED = LazyPattern(
    r"^\s*(?!(?:is|are|was|were|anyone|anybody|someone|somebody|who|any|anything)\b)"
    r"((?:(?!(?:is|are|am|was|were|im|its|be|been|hurts?|feels?)\b)[a-z][\w'-]*\s+){0,3}"
    r"(?!(?:is|are|am|was|were|im|its|be|been|hurts?|feels?)\b)[a-z][\w'-]*\s+here)\s*(?:,|:|\s[-\u2013\u2014]+)\s+(?=\S)",
    re.IGNORECASE,
)


def introduced(text: str) -> str:
    """`text` with an opening clause that says who writes ("Nurse here, ...") ended as a
    sentence of its own ("Nurse here. ..."); `text` itself when it opens otherwise."""
    found = _INTRODUCED.search(text)
    if found is None:
        return text
    return f"{found.group(1)}. {text[found.end() :]}"


def split_sentences(text: str) -> list[str]:
    """The sentences of a message, split at . ! ? ; and line breaks (raw, not normalised)."""
    text = text[:MAX_QUERY_CHARS]
    pieces = split_unabbreviated(_SENTENCE_END, text)
    return [s.strip() for s in pieces if s and s.strip(" .!?;,\n\t")]


def sentence_asks(sentence: str, words: tuple[str, ...] | None = None) -> bool:
    """Does this sentence ask something (a question mark, or the way questions start)?
    `words`: its normalised words, when they are known already."""
    if sentence.rstrip().endswith("?"):
        return True
    if words is None:
        words = tuple(normalise(sentence).split())
    if not words:
        return False
    opening = next((w for w in words if w not in _JOINING), "")
    if opening in _ASKING_START:  # "and is that why ...": a question joined to the last
        return True
    line = f" {' '.join(words)} "
    return any(f" {cue} " in line for cue in _ASKING_INSIDE)


def parts(text: str, words: tuple[str, ...] | None = None) -> Parts:
    """Split a message into its asking sentences and its telling ones (`words`: the
    message's normalised words, when they are known already).

    A message with no sentence that asks ("magnesium citrate back pain") is all asking:
    people type search queries and headlines as questions.
    """
    found = split_sentences(text)
    if words is not None and found == [text.strip()]:  # one sentence: the message's words
        asking = [s for s in found if sentence_asks(s, words)]
    else:
        asking = [s for s in found if sentence_asks(s)]
        if any(s.endswith("?") for s in asking):
            # a writer who marks questions with "?" ends a statement with "." even when it
            # opens as a question would: "Doesn't feel like a pulled muscle at all."
            # It asks, though, when it says what one wonders: "I've been wondering whether
            # water has to do with it. Is there a connection?"
            asking = [
                s for s in asking if s.endswith("?") or not s.endswith(".") or _WONDERS.search(s)
            ]
    if not asking:
        return Parts((without_verdict_tag(" ".join(found) or text),), ())
    tells = [s for s in found if s not in asking]
    for n, sentence in enumerate(found):  # "X said <claim>. Is that true?" asks the claim
        if not n or found[n - 1] not in tells or sentence not in asking:
            continue
        if points_back(sentence) and asks_reason(sentence):
            # "... tummy cramps. Why?" asks the claim, and asks why: the claim and its form
            asking.insert(asking.index(sentence), found[n - 1])
            tells.remove(found[n - 1])
        elif points_back(sentence):
            asking[asking.index(sentence)] = found[n - 1]
            tells.remove(found[n - 1])
        elif asks_what_it_means(sentence):  # the claim and what is asked of it
            asking.insert(asking.index(sentence), found[n - 1])
            tells.remove(found[n - 1])
    for n, sentence in enumerate(found):  # "is it fake? or actually real": one choice asked
        if n and sentence in tells and found[n - 1] in asking and _OR_OPENS.match(sentence):
            asking.insert(asking.index(found[n - 1]) + 1, sentence)
            tells.remove(sentence)
    return Parts(tuple(without_verdict_tag(s) for s in asking), tuple(tells))


_OR_OPENS = LazyPattern(r"or\b", re.IGNORECASE)  # a sentence that goes on with the choice
# a question told as what one wonders (English)
_WONDERS = LazyPattern(
    r"\b(?:wonder|wondering|wondered|curious) (?:whether|if|why|how|what)\b", re.IGNORECASE
)
