"""Small talk: greetings, thanks, goodbyes. Recognised only when every word is small talk.

Pure functions over the matching `Index` (its normalised small-talk phrases and their
words) and the `Lexicon` (stopwords and generic words).
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from .index import Index
from .question import Question
from .text import Lexicon, max_typos, stem


def recognise(
    question: Question, index: Index, lexicon: Lexicon, threshold: float
) -> tuple[int | None, float]:
    """The number of the small-talk item `question` is, and how close; or None."""
    patterns, vocabulary = index.smalltalk, index.smalltalk_words
    text, words = question.normalised, question.words
    plain = _unaddressed(words)
    if plain != words:  # "thanks bro": the thanks, to whomever
        text, words = " ".join(plain), plain
    spelled = tuple(_CHAT_SPELLINGS.get(w, w) for w in words)
    if spelled != words:  # "r u a bot": "are you a bot"
        text, words = " ".join(spelled), spelled
    if not patterns or not words or not all_small_talk_words(words, vocabulary, lexicon):
        return None, 0.0
    best, best_score = None, 0.0
    # a question the person asks of themselves or of the thing ("can i take it at night?",
    # "is it ok ...") is small talk only as a phrase that opens alike: "take" and "night"
    # are words of "take care" and "good night", but the question asks of the night
    opening = " ".join(words[:2]) + " " if _asks_of_oneself(words) else None
    for position, pattern in enumerate(patterns):
        if opening is not None and not pattern.startswith(opening):
            continue
        # a message shorter than a phrase, or that does not say each of its words, must
        # match it whole: "how" is not "howdy", and "hi" is in "think", not said by it
        if len(text) >= len(pattern) and _says_each(pattern.split(), words):
            score = fuzz.WRatio(text, pattern, processor=None)
        else:
            score = fuzz.ratio(text, pattern, processor=None)
        if score > best_score:
            best, best_score = position, score
    if best is None or best_score < threshold:
        return None, 0.0
    return index.smalltalk_owner[best], float(best_score)


# the chat spellings of the words small talk is made of ("r u ok", "ur the best"): English chat
_CHAT_SPELLINGS = {"u": "you", "r": "are", "ya": "you", "yu": "you"}

# the words chat calls the one it speaks to ("thanks BRO", "MAN, hi"): English chat
_ADDRESS = frozenset(
    ("bro", "bruh", "brah", "bra", "man", "dude", "mate", "buddy", "bud", "pal", "fam",
     "guys", "sis", "dawg", "homie", "boss", "chief", "friend", "mister", "sir",
     "maam", "miss", "lady", "girl", "gurl", "hun", "hon", "babe")
)  # fmt: skip


def _unaddressed(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words without those calling whom they speak to, first or last ("thx bro"),
    when something else is said."""
    start, end = 0, len(words)
    while end - start > 1 and words[end - 1] in _ADDRESS:
        end -= 1
    while end - start > 1 and words[start] in _ADDRESS:
        start += 1
    return words[start:end]


# a question opened by an auxiliary and the one asking or the thing asked of ("can i",
# "is it", "should we", "does my"): English grammar
_AUXILIARIES = frozenset(
    ("can", "could", "should", "would", "will", "is", "are", "am", "does", "do", "did", "was",
     "were", "may", "might", "shall", "must")
)  # fmt: skip
_ONESELF = frozenset(("i", "it", "we", "my", "me", "im"))


def _asks_of_oneself(words: tuple[str, ...]) -> bool:
    return len(words) > 1 and words[0] in _AUXILIARIES and words[1] in _ONESELF


def asked_alike(question: Question, index: Index) -> int | None:
    """The small-talk item whose phrase opening as `question` does ("are you ...") reads
    closest to it, whatever its other words: "are you a real person?" is asked as "are you
    a bot" is, of the bot. None when no phrase opens so."""
    opening = question.words[:2]
    if opening in (("you", "are"), ("u", "r"), ("you", "r")):  # "you are a bot?": as asked
        opening = ("are", "you")
    found = [
        (fuzz.ratio(question.normalised, p, processor=None), n)
        for n, p in enumerate(index.smalltalk)
        if tuple(p.split()[:2]) == opening
    ]
    return index.smalltalk_owner[max(found)[1]] if found else None


def all_small_talk_words(
    words: tuple[str, ...], vocabulary: frozenset[str], lexicon: Lexicon
) -> bool:
    """Is every word a small-talk word, or a generic one beside a real small-talk word?

    "ok cool thanks" is small talk; "what time is it" is not, although "what", "is"
    and "it" all occur in small-talk phrases: none of them is small talk on its own.
    """
    own = [
        w in vocabulary
        or stem(w) in vocabulary
        or _typo_of_one(w, vocabulary)
        or _stretched_of(w, vocabulary)
        for w in words
    ]
    anchored = any(ok and w not in lexicon.stopwords for ok, w in zip(own, words, strict=True))
    return all(
        ok or anchored and (w.isdigit() or w in lexicon.stopwords)
        for ok, w in zip(own, words, strict=True)
    )


def _says_each(pattern: list[str], words: tuple[str, ...]) -> bool:
    """Does a message say each word of a small-talk phrase: as it is, by its stem, with a
    letter held ("thankss") or mistyped ("thnaks"), but never as another word of English
    ("think" is no typo of "thank")?"""
    from . import words as english

    said = set(words) | {stem(w) for w in words} | {_squeeze(w) for w in words}
    return all(
        p in said
        or stem(p) in said
        or _squeeze(p) in said
        or any(
            english.zipf(w) < COMMON_WORD and _typo_of_one(w, frozenset((p,)))
            for w in words
            if w[:1] == p[:1]
        )
        for p in pattern
    )


COMMON_WORD = 3.0  # Zipf: a word this frequent is said as itself, never as a typo of another


def _stretched_of(word: str, vocabulary: frozenset[str]) -> bool:
    """A small-talk word typed with a letter held ("heyy", "hii", "byee", "thankss"): the
    same letters, each run of a letter read once."""
    squeezed = _squeeze(word)
    return squeezed != word and squeezed in _squeezed(vocabulary)


def _squeeze(word: str) -> str:
    return "".join(ch for n, ch in enumerate(word) if not n or ch != word[n - 1])


@lru_cache(maxsize=4)
def _squeezed(vocabulary: frozenset[str]) -> frozenset[str]:
    return frozenset(_squeeze(w) for w in vocabulary)


def _typo_of_one(word: str, vocabulary: frozenset[str]) -> bool:
    """A typo of a small-talk word; in a 4-letter word only a dropped letter ("helo")."""
    limit = max_typos(word)
    if not limit:
        return False
    # every spelling within reach, not the first of a tie: a set's order changes from run
    # to run with the hash seed, and the answer must not
    hits = process.extract(word, vocabulary, scorer=OSA.distance, score_cutoff=limit, limit=None)
    return any(hit[0] == word[0] and (len(word) > 4 or len(hit) > len(word)) for hit, _, _ in hits)
