"""What a word the knowledge base has never seen means to it.

A question's word that no entry and no paragraph of the article holds is one of:
  - a typo of a common English word ("shuold", "somthing"): read as that word;
  - a near-synonym of one of the base's own words ("sore" for "pain", "docs" for
    "doctors"): read as that word, weighted by how near it is;
  - a word near the base's subject that the base never discusses ("kidney", "pregnancy"):
    a topic the article does not cover, which counts against every entry (a topic is
    something a noun can name: "kicked", "rough" and "lately" never are);
  - an everyday word ("legit", "honestly", "mom"): it says nothing about the topic.
General English (bot/words.py) decides; nothing here is written for one article.
"""

import heapq
from array import array
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from . import words
from .text import max_typos, stem

SYNONYM = 0.75  # a word at least this near one of the base's words stands for it; less
# near, it may be a sibling, not a synonym: "potassium" is not "magnesium"
KIN = 0.42  # a word this near one of the base's subject words is of the same kind:
# a topic the base does not cover ("zinc" beside "magnesium")
SUBJECT = 0.2  # a word this near the base's subject names a topic of it ("kidney")
FOREIGN = 0.0  # a rare word no nearer the base's subject than this (with a meaning
# known) is far from it: chatter ("tiktok"), as a common word that far is
LEANING = SUBJECT / 2  # a word this near it leans to the subject: enough beside a near word
SUBJECT_WORD = 4.0  # the base's words rarer than this in English (Zipf) make its subject
RARE = 3.0  # a word rarer than this (Zipf) is a specific word: a topic, not chatter
COMMON = 4.5  # a word this frequent names the subject only if the title has it ("sit")
EVERYDAY = 5.5  # a word more frequent than this is never a topic of its own
EVERYDAY_KEY = 5.3  # a base's word this frequent weighs little unless its title has it
MAX_VOCABULARY = 4000  # the base's words compared with, the rarest (most telling) first
ROOT_SHARE = 0.75  # two words whose common beginning is this share of the shorter (and at
# least ROOT_LETTERS long) are forms of one root: "nauseous", "nausea"
ROOT_LETTERS = 5
SPECIALISED = 1.0  # a relative this much rarer in English (Zipf: tenfold) than a common
# word is a specialised word, not the common one's other form ("physiological", "physical")
CLIPPED_LETTERS = 3  # "docs", "meds": a word cut short to its first letters (at least this many)
COMPOUND = 4.0  # the rest of a longer word this common (Zipf) makes it a compound ("bathroom")
TYPO_CHOICES = 50  # the nearest common spellings a typo is chosen among
SLIP_NEARNESS = 0.4  # a counted slip's vector is at least this near the word it slips from
SHORTLIST = 48  # the words `nearest` compares in full, of those whose signs agree most

KNOWN, STOP, GENERIC, UNKNOWN = "known", "stop", "generic", "unknown"
# words that only say how much: the word after them says how a thing is ("so FAST")
INTENSIFIERS = frozenset(("so", "too", "very", "really", "super", "extremely", "quite", "pretty"))


class Reading(NamedTuple):
    kind: str  # known | stop | generic | unknown
    word: str  # the word as read (after a typo is mended)
    stems: str = ""  # for `known`: the base's stem(s) it stands for, space-separated
    nearness: float = 1.0


class Vocabulary:
    """The knowledge base's words placed in meaning space: computed once when the base is
    compiled (`build`), kept in the cache as plain data, decoded on first need."""

    def __init__(self, plain: tuple, spellings: dict[str, str]):
        self.spellings = spellings
        # (surface words, their vectors, the subject's centre, stems, their vectors' signs)
        self._plain = plain
        self._flat: array | None = None  # the vectors, one after another, decoded
        self.subject_stems: frozenset[str] = plain[3] if plain else frozenset()

    @classmethod
    def build(
        cls, spellings: dict[str, str], idf: dict[str, float], title: frozenset[str] = frozenset()
    ) -> tuple:
        """The plain data: the base's words with a vector (rarest first), the centre of
        its specific words (what it is about), and its stems that name its subject: the
        title's, and words rare in general English or near that centre ("oxide", "pain";
        not "fix")."""
        if not words.available():
            return ()
        ranked = sorted(
            (w for w in spellings if w.isalpha() and len(w) > 2),
            key=lambda w: -idf.get(spellings[w], 0.0),
        )[:MAX_VOCABULARY]
        found = [(w, v) for w in ranked if (v := words.vector(w)) is not None]
        specific = [v for w, v in found if 0 < words.zipf(w) < SUBJECT_WORD]
        centre = words.unit([sum(c) for c in zip(*specific, strict=True)]) if specific else None
        if centre is None:
            return ()
        subject = (
            title
            | frozenset(spellings[w] for w in ranked if words.zipf(w) < SUBJECT_WORD)
            | frozenset(
                spellings[w]
                for w, v in found
                if words.zipf(w) < COMMON and words.cosine(v, centre) >= SUBJECT
            )
        )
        flat = array("f", [x for _, v in found for x in v])
        return (
            [w for w, _ in found],
            flat.tobytes(),
            array("f", centre).tobytes(),
            subject,
            [signs(v) for _, v in found],
        )

    def on_subject(self, word: str) -> float:
        """How near `word` is to the base's subject (cosine with its centre)."""
        v = words.vector(word)
        if v is None or not self._plain:
            return 0.0
        return words.cosine(v, array("f", self._plain[2]))

    def nearest(self, word: str) -> tuple[str, float]:
        """The base's word nearest in meaning to `word`, and how near (cosine).

        The words whose vectors' signs agree most with its own (a few bit operations a
        word: two vectors' angle grows with the share of signs they differ in) are the
        shortlist; their whole vectors decide within it. As near as comparing every
        vector whenever one is near enough to matter, for a tenth of the multiplications.
        """
        v = words.vector(word)
        if v is None or not self._plain:
            return "", 0.0
        if self._flat is None:
            self._flat = array("f", self._plain[1])
        surface, flat, size = self._plain[0], self._flat, len(v)
        mine = signs(v)
        apart = [(mine ^ other).bit_count() for other in self._plain[4]]
        best, best_score = "", 0.0
        for i in heapq.nsmallest(SHORTLIST, range(len(apart)), key=apart.__getitem__):
            score = words.cosine(flat[i * size : (i + 1) * size], v)
            if score > best_score:
                best, best_score = surface[i], score
        return best, best_score


def signs(vector) -> int:
    """The signs of a vector's dimensions, as the bits of one number (1: positive)."""
    return sum(1 << i for i, x in enumerate(vector) if x > 0)


def everyday(word: str) -> bool:
    """An everyday English word ("help", "enough", "lately"), or a number: no key to an
    entry on its own, whichever article uses it."""
    return word.isdigit() or words.zipf(word) >= EVERYDAY_KEY


def only_how(word: str) -> bool:
    """Can `word` only be an adverb ("literally", "secretly", "honestly")? It tells how a
    thing is said or done, never what is asked about: no topic the base may lack."""
    return words.parts(word) == words.ADVERB


def mend(word: str, stopwords: frozenset[str]) -> str | None:
    """The common English word (or stopword) `word` is a typo of, or None."""
    limit = max_typos(word)
    if not limit or not word.isalpha():
        return None
    # people rarely mistype a first letter; of the nearest spellings, the most frequent word
    # that begins as the word does (none is looked for when no common word near it does)
    alike = words.common_near(len(word), limit, word[0])
    found = []
    if process.extractOne(word, alike, scorer=OSA.distance, score_cutoff=limit):
        common = words.common_near(len(word), limit)
        found = process.extract(
            word, common, scorer=OSA.distance, score_cutoff=limit, limit=TYPO_CHOICES
        )
    if words.parts(word):
        return None  # a word English has a part of speech for ("bureaus") is no slip
    # a slip common enough to be counted ("definately", "recieve") is still the word it
    # slips from, one letter away and used where that word is (their vectors agree); a rare
    # word counted in its own right ("creatine", "chugging") is no slip of a word it only
    # looks like ("creating", "churning")
    counted = words.zipf(word) > 0
    same_start = [
        (distance, -words.zipf(w), w)
        for w, distance, _ in found
        if w[0] == word[0]
        and w != word
        and (not counted or distance == 1 and words.similarity(word, w) >= SLIP_NEARNESS)
    ]
    if same_start:
        return min(same_start)[2]
    hit = process.extractOne(word, stopwords, scorer=OSA.distance, score_cutoff=1)
    if hit and hit[0][0] == word[0] and len(word) > 3:
        return hit[0]
    return None


def same_root(a: str, b: str) -> bool:
    """Whether the asked word `a` and the base's word `b` begin alike enough to be forms of
    one word ("normally", "normal"), or `a` is `b` cut short ("docs" for "doctors", "meds"
    for "medicines"). A longer word is not its beginning said in full: "newsletter" is not
    "new", "homeowners" not "home"; nor is a compound the first word of it ("bath" is no
    "bathroom" cut short)."""
    short, long = a.removesuffix("s"), b.removesuffix("s")
    if (
        len(short) >= CLIPPED_LETTERS
        and len(long) > len(short) + 1
        and long.startswith(short)
        # "bathroom" is "bath" and "room", two words: a compound, no "bath" cut short
        and words.zipf(long[len(short) :]) < COMPOUND
    ):
        return True
    # as written, or as stemmed ("explained" and "explanations": "explain", "explan")
    return _alike(a, b) or _alike(stem(a), stem(b))


def _alike(a: str, b: str) -> bool:
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= max(ROOT_LETTERS, ROOT_SHARE * min(len(a), len(b)))


def joins_stopwords(word: str, stopwords: frozenset[str]) -> bool:
    """Whether `word` is two words with no meaning of their own written as one."""
    return any(word[:i] in stopwords and word[i:] in stopwords for i in range(1, len(word)))


def read(
    word: str,
    vocabulary: Vocabulary,
    stopwords: frozenset[str],
    spell,
    synonym: float = SYNONYM,
) -> Reading:
    """How to read a word the base does not know (`spell` is the base's own typo lookup;
    `synonym`: how near one of the base's words it must be to stand for it)."""
    if not words.available():
        return Reading(UNKNOWN, word)
    frequency = words.zipf(word)
    if frequency >= RARE and joins_stopwords(word, stopwords) and not _content_word(word):
        # "alot", "somehow", "anyways": a function word ("sore" is "so" + "re" too, but an
        # adjective; "water" and "shoulder" are nouns)
        return Reading(STOP, word)
    if frequency < RARE:  # not a word, or a rare one: a typo of a common word?
        mended = mend(word, stopwords)
        if mended is not None and mended not in stopwords and words.zipf(mended) < frequency + 1:
            mended = None  # a rare word in its own right, not a slip
        if mended is not None:
            if mended in stopwords:
                return Reading(STOP, mended)
            found = spell(mended)
            if found is not None:
                return Reading(KNOWN, mended, found)
            word = mended
    frequency = words.zipf(word)
    subject = vocabulary.on_subject(word)
    near, nearness = vocabulary.nearest(word)
    stems = vocabulary.spellings.get(near, stem(near))
    if nearness >= synonym and subject >= LEANING:
        return Reading(KNOWN, word, stems, nearness)
    if nearness >= KIN and same_root(word, near) and not specialised(word, near):
        # another form of the base's own word that the stemmer does not reduce to its stem
        return Reading(KNOWN, word, stems, nearness)
    degree = degree_form(word, vocabulary.spellings)
    if degree is not None:  # "sensitive" (or "oversensitive") where the base says "hypersensitive"
        return Reading(KNOWN, word, vocabulary.spellings[degree], KIN)
    if not names_a_thing(word):
        # a topic is a thing: "kidney", "pregnancy", "ibuprofen". A word that can only be a
        # verb, adjective or adverb ("kicked", "rough", "lately") tells how, not what about
        return Reading(GENERIC, word, nearness=subject)
    # near a word of the base and leaning to its subject: the same kind of thing ("neck"
    # beside "head", "zinc" beside "magnesium"), which the base does not cover
    kin = (
        nearness >= KIN
        and names_a_thing(near)  # of a kind with a thing: "intense" is near "hype", no kin
        and (stems in vocabulary.subject_stems or subject >= LEANING)
    )
    if frequency < RARE and not kin and subject <= FOREIGN and words.vector(word) is not None:
        # rare, but its meaning is known and points away from the subject: not a topic of it
        return Reading(GENERIC, word, nearness=subject)
    if frequency < EVERYDAY and (subject >= SUBJECT or kin or frequency < RARE):
        return Reading(UNKNOWN, word, nearness=subject)
    return Reading(GENERIC, word, nearness=subject)


# prefixes that say how much of a quality there is ("HYPERsensitive", "OVERactive"): an
# adjective and its form with one are the same quality, to a degree (English)
DEGREE_PREFIXES = ("hyper", "over", "super")
DEGREE_ROOT = 5  # the adjective a prefix is taken off is at least this long


def degree_form(word: str, spellings: dict[str, str]) -> str | None:
    """The base's word that is `word`, an adjective, with a prefix of degree, or with
    another one in place of its own ("sensitive", "oversensitive": "hypersensitive"); None
    when the base has none. Only an adjective: a noun so prefixed is another thing
    ("weight", "overweight")."""
    if words.ADJECTIVE not in words.parts(word):
        return None
    roots = {word} | {
        word[len(p) :]
        for p in DEGREE_PREFIXES
        if word.startswith(p) and len(word) - len(p) >= DEGREE_ROOT
    }
    return next(
        (p + root for root in sorted(roots) for p in DEGREE_PREFIXES if p + root in spellings),
        None,
    )


def specialised(word: str, relative: str) -> bool:
    """Is the base's `relative` of a common `word` a specialised one, and not what the
    word says? An everyday word has senses its far rarer relative lacks ("physical" is
    not "physiological": "physical therapy"), unless the two are the same in meaning, as
    a synonym is (`SYNONYM`)."""
    frequency = words.zipf(word)
    return (
        frequency >= COMMON
        and frequency - words.zipf(relative) >= SPECIALISED
        and words.similarity(word, relative) < SYNONYM
    )


def _content_word(word: str) -> bool:
    """Can `word` be a noun, a verb or an adjective (not only an adverb or nothing known)?"""
    found = words.parts(word)
    return any(p in found for p in (words.NOUN, words.VERB, words.ADJECTIVE))


def names_a_thing(word: str) -> bool:
    """Can `word` be a noun? True too when English's lexicon does not hold it: a rare word,
    a brand, a drug ("threonate", "turmeric") may name a topic. Not a number or a word
    that counts or picks out what was said ("could THE TWO be related?", "BOTH"): they
    stand for things named elsewhere, as a pronoun does."""
    if word in _COUNTING or word.isdigit():
        return False
    found = words.parts(word)
    if not found and word.endswith("in") and len(word) > 4:
        found = words.parts(f"{word}g")  # "TALKIN", "goin": chat's dropped g
    return not found or words.NOUN in found


# numbers and the words that count or pick out things said before (English grammar)
_COUNTING = frozenset(
    ("one", "two", "three", "four", "five", "both", "either", "neither", "other", "others",
     "rest", "same", "former", "latter", "first", "second", "last", "ones")
)  # fmt: skip
