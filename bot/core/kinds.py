"""An entry about one kind of a thing answers only a question that names that kind.

"What does magnesium citrate do?" is about citrate: its question and nearly all of its
phrasings name it ("mag citrate made my stomach cramp", "magnesium citrate side effects").
A question that never says "citrate" ("what are the stomach side effects of magnesium?")
may still read close to those phrasings, for all the rest of their words; it asks of
magnesium in general, and the entry that answers that is the one to give. Only a question
that asks which one ("which magnesium is easiest on the gut?", "what kind of ...",
"the best ...") asks for a kind it does not name.

The kind is read from the entry's own words, for any article: a rare word (it names what
the question asks, beside any story: `OWN_WORD`) of its question, said in nearly all of its
phrasings (`KIND_SHARE`), that is no everyday word, and that names a kind of the base's
subject: it follows a word most entries hold ("magnesium CITRATE"), as an English compound
names a kind of its first noun. "too little magnesium" (deficiency) is a state, said in
many ways, not a kind named by one word: an entry about it answers what it is asked in
other words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import forms
from .text import LazyPattern, normalise, stem

if TYPE_CHECKING:
    from .knowledge import Entry
    from .matcher import Match, Matcher, Query

KIND_SHARE = 0.7  # a word of an entry's question said in this share of its alternates ...
OWN_WORD = 2.0  # ... and this rare (idf) is the one kind of thing the entry is about
HEAD_SHARE = 0.5  # a word held by this share of the entries is the base's subject ("magnesium")
KIND_MARGIN = 20  # an entry this near the best that names no kind unsaid answers instead
# "the ONE that", "what FORMS of", "is there ANOTHER option?", "should I SWITCH?": asked for a
# kind, or for one other than the one said (General English)
_ONE_OF = frozenset(
    (
        "one", "ones", "form", "forms", "another", "other", "others", "alternative",
        "alternatives", "instead", "switch", "swap", "change", "replace", "different",
    )
)  # fmt: skip


def kind_of(matcher: Matcher, entry: Entry) -> frozenset[str]:
    """The stems that say which kind of thing `entry` is about ("citrate"); often none."""
    found = matcher.kinds.get(entry.id)
    if found is None:
        everyday = matcher.index.everyday
        named = [
            s
            for s in _after_head(matcher, entry)
            if s not in everyday and matcher.weight(s) >= OWN_WORD
        ]
        # the known stems of each phrasing (not a whole reading of each, nor a typo looked
        # for), read only for an entry whose question names a kind at all (few do)
        phrasings = [set(_known(matcher, a)) for a in entry.alternates] if named else []
        found = frozenset(
            s
            for s in named
            if phrasings and sum(s in p for p in phrasings) >= KIND_SHARE * len(phrasings)
        )
        matcher.kinds[entry.id] = found
    return found


def every_kind(matcher: Matcher) -> tuple[tuple[str, ...], ...]:
    """Per entry, in order, the stems of the kind it is about (`kind_of`), as plain data for
    the compiled cache to keep."""
    return tuple(tuple(sorted(kind_of(matcher, e))) for e in matcher.entries)


def _after_head(matcher: Matcher, entry: Entry) -> list[str]:
    """The stems of `entry`'s question that follow a word of the base's subject."""
    said = _known(matcher, entry.question, content=False)
    heads = HEAD_SHARE * len(matcher.entries)
    strong = matcher.index.strong
    return [
        now
        for was, now in zip(said, said[1:], strict=False)
        if was and now and len(strong.get(was, ())) >= heads
    ]


def _known(matcher: Matcher, text: str, content: bool = True) -> list[str]:
    """The stems of `text`'s words (`content`: its content words only) that the base knows,
    "" for the others: an entry's own words, spelled as its author wrote them."""
    lexicon, known = matcher.lexicon, matcher.known
    words = lexicon.canonical(normalise(text).split())
    if content:
        words = lexicon.content_words(words)
    return [s if (s := stem(w)) in known else "" for w in words]


def unnamed(matcher: Matcher, query: Query, entry: Entry, topic: tuple[str, ...] = ()) -> bool:
    """Is `entry` about a kind of thing that `query` (its words or its story) and the
    conversation's `topic` never name, while it does not ask which one?"""
    kind = kind_of(matcher, entry)
    if not kind or asks_which(query.words):
        return False
    return kind.isdisjoint((*query.stems, *query.context, *topic))


def asks_which(words: tuple[str, ...]) -> bool:
    """Does a question ask to choose a kind ("which ...", "the best ...", "what kind of",
    "the one that ...")? General English."""
    if forms.chosen(words) or not _ONE_OF.isdisjoint(words):
        return True
    return ("what" in words or "whats" in words) and _WHAT_ONE.search(" ".join(words)) is not None


# "what FORMS OF magnesium ...", "which versions of it": the kinds of a thing asked for
# (General English)
_KINDS_OF = LazyPattern(
    r"\b(?:what|whats|which) (?:\w+ )?(?:forms?|kinds?|types?|sorts?|versions?|varieties) of (\w+)"
)


# "WHAT MAGNESIUM won't wreck my stomach?", "what magnesium should I take": "what" before a
# thing and what is said of one of them, as "which" (General English); not "what magnesium
# does in the body", where "what" is what it does
_WHAT_ONE = LazyPattern(
    r"^(?:\w+ )?(?:what|whats) (\w+) (?:wont|doesnt|dont|wouldnt|isnt|shouldnt|should|would|"
    r"to take|to use|to try|works best|is (?:the )?(?:best|least|most|gentlest|easiest|safest))\b"
)


def asks_kind_of_subject(matcher: Matcher, query: Query) -> bool:
    """Does `query` ask which kind of the thing the base's kinds are kinds of ("which types
    of magnesium make you go?", "what forms of magnesium ...", "the best magnesium for
    sleep"; not "what kinds of pain ..."). Then only an answer that names a kind answers
    it."""
    words = query.words
    chosen = set(forms.chosen(words))
    chosen.update(_KINDS_OF.findall(" ".join(words)))
    if "what" in words or "whats" in words:
        chosen.update(_WHAT_ONE.findall(" ".join(words)))
    if not chosen:
        return False
    return any(stem(w) in _heads(matcher) for w in chosen)


def _heads(matcher: Matcher) -> frozenset[str]:
    """The stems the base's kinds are kinds of: the word before a kind in its entry's
    question ("MAGNESIUM citrate"), read once per matcher."""
    if matcher.kind_heads is not None:
        return matcher.kind_heads
    found: set[str] = set()
    for entry in matcher.entries:
        kind = kind_of(matcher, entry)
        if kind:
            said = _known(matcher, entry.question, content=False)
            found.update(w for w, k in zip(said, said[1:], strict=False) if w and k in kind)
    matcher.kind_heads = frozenset(found)
    return matcher.kind_heads


def set_against_another(matcher: Matcher, entry: Entry) -> bool:
    """Is `entry` about a kind, and does its answer name another kind ("glycinate is more
    highly absorbed than OXIDE"): one kind set against another?"""
    own = kind_of(matcher, entry)
    if not own:
        return False
    others = {s for e in matcher.entries for s in kind_of(matcher, e)} - own
    return _answer_names(matcher, entry, others)


def _answer_names(matcher: Matcher, entry: Entry, stems: set[str]) -> bool:
    """Does the answer of `entry` name one of `stems` (kinds, as the base spells them)?"""
    return not stems.isdisjoint(_known(matcher, entry.answer))


def names_a_kind(matcher: Matcher, entry: Entry) -> bool:
    """Is `entry` about a kind of the base's subject, or does its answer name one ("citrate
    and oxide draw the most water")?"""
    if kind_of(matcher, entry):
        return True
    kinds = {s for e in matcher.entries for s in kind_of(matcher, e)}
    return bool(kinds) and not kinds.isdisjoint(_known(matcher, entry.answer))


# the words that open a condition ("the best form IF oxide upsets your stomach")
_CONDITION = frozenset(("if", "when", "since", "because", "as", "whenever"))
_ASKS_AGAIN = frozenset(
    ("which", "what", "whats", "how", "should", "can", "could", "would", "is", "are", "do", "does")
)


def replaced_first(matcher: Matcher, query: Query, top: list[Match]) -> list[Match]:
    """The matches with those about the kind a question names in its condition set aside,
    when it asks which kind ("Best magnesium form if OXIDE upsets your stomach?", "if
    citrate hurts my stomach, which one is better?"): the kind that does harm is the one to
    be replaced, and the entry about it is not the answer (as `named_first` sets aside)."""
    if len(top) < 2:
        return top
    main: list[str] = []
    under: list[str] = []
    told_now = False  # in a condition: from its word to a word that asks again
    for word in query.words:
        if word in _CONDITION:
            told_now = True
        elif told_now and word in _ASKS_AGAIN:
            told_now = False  # "if citrate hurts my stomach WHICH form is best"
        (under if told_now else main).append(word)
    if not under or not asks_which(tuple(main)):
        return top
    told = set(_known(matcher, " ".join(under)))
    aside = [m for m in top if (kind := kind_of(matcher, m.entry)) and kind <= told]
    if not aside or len(aside) == len(top):
        return top
    kept = [m for m in top if m not in aside]
    # of the other kinds, the one whose answer sets it against the kind that does harm
    # ("glycinate is better absorbed than OXIDE"), when one alone does, is what replaces it
    harming = set().union(*(kind_of(matcher, m.entry) for m in aside))
    against = [
        m for m in kept if kind_of(matcher, m.entry) and _answer_names(matcher, m.entry, harming)
    ]
    return _first(top, against if len(against) == 1 else kept)


def named_first(
    matcher: Matcher, query: Query, top: list[Match], topic: tuple[str, ...] = ()
) -> list[Match]:
    """The matches with those about a kind `query` never names set aside: last, and scored
    `KIND_MARGIN` below the best of the others at most, so that none of them answers, nor
    is tied with the answer or offered beside it (they are still among what was found). As
    they were when the best is such an entry and none within `KIND_MARGIN` of it is not
    (it is then judged by its score)."""
    naming = [m for m in top if not unnamed(matcher, query, m.entry, topic)]
    if not naming or len(naming) == len(top):
        return top
    if naming[0] is not top[0] and top[0].score - naming[0].score >= KIND_MARGIN:
        return top
    return _first(top, naming)


def _first(top: list[Match], kept: list[Match]) -> list[Match]:
    """`kept` first, the other matches of `top` after them, scored `KIND_MARGIN` below the
    best kept at most (in order, and never below 0)."""
    below = max(0.0, min(kept[0].score - KIND_MARGIN, kept[-1].score))
    return [*kept, *(m._replace(score=min(m.score, below)) for m in top if m not in kept)]
