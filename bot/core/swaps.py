"""A question asked as one of an entry's phrasings with a word swapped for another.

"can magnesium cause foot pain" is the back-pain entry's "can magnesium cause back pain"
with "foot" for "back": it asks about the foot, which the base never names, so it is a
topic the article does not cover (`for_unknown`). "how does magnesium affect digestion"
is the nerve entry's "how does magnesium affect nerves" with "digestion" for "nerves":
the base knows digestion, but that entry does not hold it, so it is not the answer
(`for_known`). Only things swap (nouns of the base's subject), word for word, in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from . import meaning, words
from .index import holds
from .text import LazyPattern, stem

if TYPE_CHECKING:
    from .knowledge import Entry
    from .matcher import Matcher, Query

_WORD = LazyPattern(r"[A-Za-z]{4,}")
SWAP_CLOSENESS = 70  # a question this close to one of an entry's phrasings may be it,
# with a word swapped
MIN_CONTENT = 3  # content words a question needs for a content-word swap to be told
MAX_UNKNOWN_SWAPS = 2  # words a thing the base lacks takes the place of ("back pain" -> "a
# rash"); more swapped is a phrasing shifted along ("magnesium" -> "half" five words on)
# verbs that tie a cause to what it does (general English): one of them for another ("does
# stress AFFECT back pain" beside "can stress CAUSE back pain") asks the same tie, of no
# other thing, though each can be a noun too
_TYING = frozenset(
    ("cause", "causes", "caused", "affect", "affects", "affected", "trigger", "triggers",
     "impact", "impacts", "influence", "influences", "worsen", "worsens", "aggravate",
     "aggravates", "contribute", "contributes")
)  # fmt: skip


def swapped(matcher: Matcher, query: Query, entry: Entry) -> list[tuple[str, str]]:
    """The words of the nearest of `entry`'s phrasings (within SWAP_CLOSENESS) that
    `query` replaces word for word, in the same places: (theirs, ours)."""
    said = " ".join(query.words)
    phrasings = matcher.index.phrases.gather((matcher.index_of[entry.id],))[0]
    found = process.extractOne(
        said,
        phrasings,
        scorer=fuzz.token_sort_ratio,
        processor=None,
        score_cutoff=SWAP_CLOSENESS,
    )
    if found is None:
        return []
    theirs, ours = found[0].split(), said.split()
    return [
        (theirs[op.src_start + k], ours[op.dest_start + k])
        for op in Levenshtein.opcodes(theirs, ours)
        if op.tag == "replace" and op.src_end - op.src_start == op.dest_end - op.dest_start
        for k in range(op.src_end - op.src_start)
    ]


# words that open a verb's object ("affect MY back", "cause THE pain"): English
_OBJECT_LEADS = frozenset(
    ("my", "your", "the", "a", "an", "his", "her", "their", "our", "it", "me")
)


def for_unknown(matcher: Matcher, query: Query, entry: Entry) -> str | None:
    """The word of `query` that stands where the phrasing of `entry` it is asked like
    names a thing of the subject, if it is a thing the base never names: "foot" in "can
    magnesium cause foot pain" against "can magnesium cause back pain"."""
    stopwords = matcher.lexicon.stopwords
    subject = matcher.subject_stems
    pairs = swapped(matcher, query, entry)
    if len(pairs) > MAX_UNKNOWN_SWAPS:  # a phrasing shifted along, not a thing in its place
        return None
    for was, now in pairs:  # "back pain" -> "a rash"
        if (
            was not in stopwords
            and stem(was) in subject
            and meaning.names_a_thing(was)
            and now not in stopwords
            and not matcher.graded(now, query.words)  # says how, not what: "so FAST"
            and len(now) > 2
            and words.zipf(now) > 0  # an English word, not a typo or a token
            and meaning.names_a_thing(now)
            and matcher.spell(now) is None
            and matcher.read(now).kind in (meaning.GENERIC, meaning.UNKNOWN)
            and words.similarity(now, was) < meaning.KIN  # not another word for it
            # "does it AFFECT MY back" -> "does it MATTER FOR back pain": a word that takes
            # an object (a determiner or a pronoun after it) is a verb there, no thing in a
            # thing's place (read last: the phrasings are gathered again only for a swap)
            and was not in _taking_objects(matcher, entry)
        ):
            return now
    return None


def _taking_objects(matcher: Matcher, entry: Entry) -> set[str]:
    """The words of `entry`'s phrasings that a determiner or a pronoun follows: verbs
    with their objects, there ("AFFECT my back")."""
    phrasings = matcher.index.phrases.gather((matcher.index_of[entry.id],))[0]
    return {
        word
        for phrasing in phrasings
        for word, after in zip(phrasing.split(), phrasing.split()[1:], strict=False)
        if after in _OBJECT_LEADS
    }


def swapped_content(matcher: Matcher, query: Query, entry: Entry) -> list[tuple[str, str]]:
    """`swapped` over content words alone, as stems: "how magnesium affects your
    digestion" is "how does magnesium affect nerves" with "digestion" for "nerves", once
    the function words and the endings are set aside. The phrasing's content words must
    line up with the question's one for one, all but one the same."""
    ours = matcher.lexicon.content_words(list(query.words))
    if len(ours) < MIN_CONTENT:
        return []
    phrasings = matcher.index.phrases.gather((matcher.index_of[entry.id],))[0]
    found = []
    for phrasing in phrasings:
        theirs = matcher.lexicon.content_words(phrasing.split())
        if len(theirs) != len(ours):
            continue
        pairs = [(a, b) for a, b in zip(theirs, ours, strict=True) if stem(a) != stem(b)]
        if len(pairs) == 1:
            found.append(pairs[0])
    return found[:1]


def for_known(matcher: Matcher, query: Query, entry: Entry) -> bool:
    """Is `query` one of `entry`'s phrasings with a thing of the subject swapped, word
    for word, for another thing of the subject that the entry never names?"""
    pairs = swapped(matcher, query, entry)
    if len(pairs) != 1:  # word for word, or else content word for content word
        pairs = swapped_content(matcher, query, entry)
    if len(pairs) != 1:  # one word in its place, not a phrasing shifted along
        return False
    (was, now), index, subject = pairs[0], matcher.index_of[entry.id], matcher.subject_stems
    found = matcher.spell(now)
    if found is None or was in query.words or stem(was) not in subject:
        return False
    if was in _TYING and now in _TYING:
        return False
    stems = found.split()
    return (
        meaning.names_a_thing(was)
        and meaning.names_a_thing(now)
        and all(s in subject for s in stems)
        and not any(
            holds(matcher.index.strong, s, index) or holds(matcher.index.weak, s, index)
            for s in stems
        )
        and not _said_near(now, entry)
    )


NEAR_THING = 0.5  # a word of the entry this near the one swapped in says it in other words


def _said_near(word: str, entry: Entry) -> bool:
    """Does `entry`'s answer say `word` in another word ("the gut" where it says
    "abdominal")? Then the question swapped in what the entry tells of, not another thing
    ("is my back pain real if it comes from the gut?" of "... or is it coming from my
    spine?", whose answer says its origin is abdominal). Read only for a word swapped."""
    if not words.available():
        return False
    said = {w.lower() for w in _WORD.findall(entry.answer)}
    return any(words.similarity(word, w) >= NEAR_THING for w in said if w != word)
