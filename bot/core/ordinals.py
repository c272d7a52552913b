""" "The second one", "the latter": a thing picked by its place in the list the last answer gave.

Pure and general English. An answer that lists things ("especially magnesium citrate and
magnesium oxide") lets the next message pick one by its place: "why is the second one
worse?" asks "why is magnesium oxide worse?". A list is a coordination in one clause of
the answer: two to six short noun phrases joined by commas and a last "and" or "or".
"""

import re

from .text import LazyPattern
from .words import ADJECTIVE, NOUN, parts, zipf

# "the second one", "the 2nd", "the last form", "the latter": an ordinal picking a place
_PICKED = LazyPattern(
    r"\b(the|that)\s+(first|1st|second|2nd|third|3rd|fourth|4th|last|latter|former)"
    r"(\s+(?:one|ones|option|kind|type|form|thing))?\b",
    re.IGNORECASE,
)
_PLACES = {
    "first": 0, "1st": 0, "former": 0,
    "second": 1, "2nd": 1,
    "third": 2, "3rd": 2,
    "fourth": 3, "4th": 3,
    "last": -1, "latter": -1,
}  # fmt: skip
# an answer's clauses: its punctuation other than a list's commas
_CLAUSES = LazyPattern(r"[.;:!?()]+|\s[-\u2013\u2014]+\s")
_WORD = LazyPattern(r"[A-Za-z][A-Za-z'-]*")
MAX_ITEM_WORDS = 3  # words of one listed thing: "magnesium citrate", "poor sleep habits"
MAX_ITEMS = 6
RARE = 4.0  # a word this rare (Zipf) that English's lexicon has no part for names a thing
# grammar words English's lexicon also lists as nouns or adjectives ("a can", "that one")
_GRAMMAR = frozenset(
    ("can", "could", "will", "would", "may", "might", "must", "shall", "should", "that",
     "this", "these", "those", "it", "its", "so", "such", "also", "only", "just", "more",
     "most", "very", "which", "who", "what", "there", "then", "than", "all", "any", "each",
     "other", "own", "same", "well", "even", "still", "often", "overall")
)  # fmt: skip
# words that lead into a list without being of its first item (English grammar)
_LEADS = frozenset(
    ("especially", "particularly", "including", "like", "such", "as", "either", "both", "the",
     "a", "an", "its", "their", "your", "my", "some", "mainly", "mostly", "notably", "and",
     "or")
)  # fmt: skip


def _nominal(word: str) -> bool:
    """Can `word` be part of a noun phrase: a noun, a describing word, a verb's "-ing"
    form ("tingling", "lifting"), or a word too rare for English's lexicon ("citrate")?"""
    word = word.lower()
    found = parts(word)
    if not found:
        return zipf(word) < RARE  # "with", "from" have no part listed: common, not nominal
    if word in _GRAMMAR:
        return False  # "can", "that", "it": a grammar word, whatever else it may be
    return NOUN in found or ADJECTIVE in found or word.endswith("ing")


def _item_before(words: list[str]) -> str:
    """The noun phrase that ends `words` (at most a few words, back to a word that is no
    noun nor adjective, or one that leads into a list)."""
    taken: list[str] = []
    for word in reversed(words):
        if len(taken) == MAX_ITEM_WORDS or word.lower() in _LEADS or not _nominal(word):
            break
        taken.append(word)
    return " ".join(reversed(taken))


def _item_after(words: list[str]) -> str:
    """The noun phrase that opens `words`, as `_item_before` reads one backwards."""
    taken: list[str] = []
    for word in words:
        if word.lower() in _LEADS and not taken:
            continue
        if len(taken) == MAX_ITEM_WORDS or not _nominal(word):
            break
        taken.append(word)
    return " ".join(taken)


def listed(answer: str) -> list[list[str]]:
    """The lists of `answer`, in order: each the noun phrases of one coordination ("A, B
    and C", "A or B")."""
    out: list[list[str]] = []
    for clause in _CLAUSES.split(answer):
        for joint in _JOINT.finditer(clause):
            items = _coordination(clause[: joint.start()], clause[joint.end() :])
            if items:
                out.append(items)
    return out


_JOINT = LazyPattern(r",?\s+(?:and|or)\s+")


def _coordination(head: str, tail: str) -> list[str]:
    """The noun phrases of a list whose last "and" or "or" stands between `head` and
    `tail`; none when a piece is not one."""
    firsts = [p.strip() for p in head.split(",")]
    last = _item_after(_WORD.findall(tail.split(",")[0]))
    items = [_item_before(_WORD.findall(firsts[-1]))]
    for n in range(len(firsts) - 2, -1, -1):  # "A, B and C", back to the first piece
        if _leads(firsts[n + 1]):  # "salts, ESPECIALLY citrate and oxide": it starts there
            break
        words = _WORD.findall(firsts[n])
        item = _item_before(words)
        if not item:
            break
        items.insert(0, item)
        if len(words) - len(item.split()) > 1:  # "... such as NUMBNESS, tingling": the first
            break
    items.append(last)
    if not all(items) or not 2 <= len(items) <= MAX_ITEMS:
        return []
    if any(word in ("and", "or") for item in items for word in item.split()):
        return []  # "a bulging or herniated disc" inside a list: read as a list of its own
    return items


def _plainness(items: list[str]) -> float:
    """How everyday a list's things are (the mean Zipf of their last words): the list of
    things an answer names ("numbness, tingling or weakness") is of rarer words than one of
    what it says ("it is sharp, debilitating, or comes with ...")."""
    return sum(zipf(item.split()[-1].lower()) for item in items) / len(items)


def _leads(piece: str) -> bool:
    """Does a piece of a list open with a word that leads into it ("especially ...")?"""
    words = _WORD.findall(piece)
    return bool(words) and words[0].lower() in _LEADS - _ARTICLES


_ARTICLES = frozenset(("the", "a", "an", "its", "their", "your", "my", "some"))


def _names_after(rest: str) -> bool:
    """Does the word right after a bare ordinal name what it picks ("the first TIME")?"""
    after = _WORD.match(rest.strip())
    return after is not None and NOUN in parts(after.group(0).lower())


def resolved(text: str, answer: str) -> str:
    """`text` with an ordinal pick ("the second one") as the thing of that place in the
    first list of `answer` long enough to have it; `text` itself when it picks none, or
    the answer lists nothing that far."""
    found = _PICKED.search(text)
    if (
        found is None
        or (
            not found.group(3)
            and found.group(2).lower() not in ("latter", "former")  # these stand alone
            and _names_after(text[found.end() :])
        )
    ):
        return text  # "the first time I took it": "first" of a thing it names itself
    place = _PLACES[found.group(2).lower()]
    lists = [items for items in listed(answer) if place < len(items)]
    if not lists:
        return text
    # "the last one" picks from the list said last; another place, from the list of
    # things the answer names (the plainest: the first of them, when two are as plain)
    items = lists[-1] if place < 0 else min(lists, key=_plainness)
    return f"{text[: found.start()]}{items[place]}{text[found.end() :]}"
