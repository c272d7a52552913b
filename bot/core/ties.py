"""A tie the matcher is torn over, settled by the words the question names.

Two entries that score alike are a tie; when only the best of them holds, among its own
words (question, alternates, key terms), every telling word the question names, it is the
entry asked about. When only one of them says those words together, in one sentence of its
answer or one of its phrasings, it is: "examples of good project websites" is the entry
that says "... are a few examples of excellent websites", not the one that says "examples"
and "website" apart; and when only one of them is asked in the question's form (a reason,
a definition: bot/forms.py), it is. And when every entry tied says the answering sentence
in the same words (an article that restates a list as a table, or says a thing again in
another section), there is no choice to make: the best answers. A question asked of the
story it tells ("... my back aches and my stomach is bloated. Is the magnesium doing
this?") is answered by the one entry that says most of what the story tells.
Nothing here is written for one article.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from . import forms, meaning, words
from .kinds import asks_kind_of_subject, kind_of
from .text import NEGATING, LazyPattern, normalise, stem

if TYPE_CHECKING:
    from .matcher import Match, Matcher, Query

NAMING = 1.0  # a word this telling (idf) must be among the entry's own words
TOGETHER = 2  # ... and at least this many of them, said in one sentence, settle a tie
SAME_SHARE = 0.8  # two sentences whose shorter has this share of its words in the longer ...
SAME_WORDS = 4  # ... and at least this many of them, say the same thing
_SENTENCE = LazyPattern(r"(?<=[.!?;:])\s+")
_ASKING = frozenset(("what", "whats", "why", "how", "hows", "when", "where", "which", "who"))
# a question that asks what a term means, the term in the group: "what does referred pain
# mean", "whats 'AQI' mean for me", "what is meant by ...", "the meaning of ...", "define
# ..." (English grammar; of normalised words)
_DEFINE_ASKED = LazyPattern(
    r"\bwhat(?:s| does| do| is| are)? (?:the |a |an )?(?P<a>(?:\w+ ){1,3}?)means?\b"
    r"|\b(?:what is meant by|meaning of|definition of|define) (?:the |a |an )?(?P<b>\w+(?: \w+)?)"
)
# an entry's phrasing that defines a term: "What is referred pain?", "what does X mean"
_DEFINES = LazyPattern(
    r"^(?:what(?:s| is| are| does| do)|define|explain) (?:the |a |an )?"
    r"(?P<t>(?:\w+ ?){1,3}?)(?: mean)?$"
)


def settled(matcher: Matcher, query: Query, top: list[Match], margin: float) -> bool:
    """Of the matches within `margin` of the best, does only the best name every telling
    word of `query`? (Only the best: a topic the conversation leans on may have put it
    first.)"""
    if not query.stems or matcher.evidence(query.stems) < matcher.kb.settings.min_evidence:
        return False  # "how does magnesium help with that?" says too little of its own
    tied = [m for m in top if top[0].score - m.score < margin]
    naming = [m for m in tied if matcher.names_every_word(m.entry, query, NAMING)]
    return len(tied) > 1 and naming == tied[:1]


ASKED_NEARLY = 75  # a question this near the best entry's own question (token sort) ...
ASKED_APART = 15  # ... and this much nearer than to any other tied entry's is the one asked


def asked_as_its_question(matcher: Matcher, query: Query, top: list[Match], margin: float) -> bool:
    """Of the matches within `margin` of the best, is the best the one whose own question
    the query nearly is, far nearer than to any other's ("is magnesium a cause of back
    pain?" beside "Can magnesium cause back pain?", not "How does magnesium lead to back
    pain?")? Word order and form apart (token sort), of the words as typed, less those
    that say nothing of the topic ("is magnesium a PROVEN cause ...?") when nearer so."""
    tied = [m for m in top if top[0].score - m.score < margin]
    if len(tied) < 2 or not query.words:
        return False
    said = " ".join(query.words)
    plain = " ".join(w for w in query.words if w not in query.filler)
    near = [
        max(fuzz.token_sort_ratio(s, normalise(m.entry.question)) for s in {said, plain})
        for m in tied
    ]
    return near[0] >= ASKED_NEARLY and all(near[0] - n >= ASKED_APART for n in near[1:])


def addresses_alone(matcher: Matcher, query: Query, top: list[Match], margin: float) -> bool:
    """Of the matches within `margin` of the best, does only the best address what the
    question asks of its topic (bot/aspects.py: "what's the phone number for ..." beside
    entries that never give one)?"""
    if not query.aspects:
        return False
    tied = [m for m in top if top[0].score - m.score < margin]
    saying = [m for m in tied if not matcher.not_addressed(query, m.entry)]
    return len(tied) > 1 and saying == tied[:1]


def _answering_tie(
    matcher: Matcher, top: list[Match], below: list[Match] | tuple = ()
) -> list[Match]:
    """The matches within `unsure_margin` of the best (of `top`, then of `below`) that reach
    `answer_threshold`: those a tie-break may choose from."""
    settings = matcher.kb.settings
    best = top[0].score
    return [
        m
        for m in (*top, *below)
        if best - m.score < settings.unsure_margin and m.score >= settings.answer_threshold
    ]


def asked_in_form(matcher: Matcher, query: Query, top: list[Match]) -> Match | None:
    """Of the matches within `unsure_margin` of the best that reach `answer_threshold`,
    the only one whose own question is asked in the form `query` is asked in ("why ...?"
    beside "can ...?"), if there is exactly one. Not of a question that says too little
    of its own ("is that the sort of thing that causes it?" after a story): its form asks
    of the story, which no entry's question is asked of. Not of a yes-or-no question
    either: any kind of fact answers one, so its form tells no entry from another."""
    settings = matcher.kb.settings
    if query.form in (None, forms.YES_NO) or matcher.evidence(query.stems) < settings.min_evidence:
        return None
    tied = _answering_tie(matcher, top)
    alike = [m for m in tied if forms.answers(forms.form(m.entry.question), query.form)]
    return alike[0] if len(tied) > 1 and len(alike) == 1 else None


def defined(matcher: Matcher, query: Query, top: list[Match], below: list[Match]) -> Match | None:
    """A question of what a term means ("whats 'referred pain' mean in terms of my back?"),
    tied between entries of which one only is asked, in one of its phrasings, what that
    very term is ("What is referred pain?"): that one, looked for below the kept ones too
    (`below`: a term's few words tie many entries). None when the question asks no
    definition, or none or several of those tied define it."""
    found = _DEFINE_ASKED.search(" ".join(query.words))
    if found is None:
        return None
    content = matcher.lexicon.content
    term = frozenset(content((found.group("a") or found.group("b") or "").split()))
    if not term:
        return None
    tied = _answering_tie(matcher, top, below)
    alike = [m for m in tied if term in _terms_defined(content, m.entry)]
    return alike[0] if len(tied) > 1 and len(alike) == 1 else None


def _terms_defined(content, entry) -> set[frozenset[str]]:
    """The terms (content stems) an entry's phrasings ask to define."""
    out = set()
    for text in (entry.question, *entry.alternates):
        if (found := _DEFINES.match(normalise(text))) is not None:
            out.add(frozenset(content(found.group("t").split())))
    return out


def names_the_cause(matcher: Matcher, query: Query, top: list[Match]) -> Match | None:
    """A question of whether a thing brings a state about ("can the supplement itself
    cause my back ache?"), tied between entries of which one only names that thing in its
    own question ("How likely is it that my magnesium supplement is causing ...?", beside
    "What usually causes lower back pain?"): that one. None when none or several do."""
    thing = forms.causer(query.words)
    if not thing:
        return None
    tied = _answering_tie(matcher, top)
    # ... and holds what it is asked to bring about ("does magnesium make NERVES less
    # sensitive?" is not what stops magnesium causing back discomfort)
    brought = [s for s in query.stems if s not in matcher._stems_of(tuple(thing))]
    naming = [
        m
        for m in tied
        if matcher._question_names(m.entry, thing)
        and all(matcher.holds_anywhere(m, s) for s in brought)
    ]
    return naming[0] if len(tied) > 1 and len(naming) == 1 else None


def of_a_kind(matcher: Matcher, query: Query, top: list[Match]) -> Match | None:
    """A question that asks which kind of the base's subject ("which magnesium form is most
    likely to cause stomach cramps?"), tied between entries of which one only is about a
    kind (the oxide entry, beside one on cramps felt in the back): that one. None when none
    or several of those tied are."""
    if not asks_kind_of_subject(matcher, query) or not _LESS.isdisjoint(query.words):
        return None  # "which is LESS likely to ...": the kind the entry is about may be the other
    tied = _answering_tie(matcher, top)
    kinds = [m for m in tied if kind_of(matcher, m.entry)]
    return kinds[0] if len(tied) > 1 and len(kinds) == 1 else None


def explained(matcher: Matcher, query: Query, top: list[Match]) -> Match | None:
    """A question of how one thing leads to another or why ("how can gas and cramps make
    my back hurt?"), tied between entries of which one only is asked how or why (not
    "what side effects can it cause?" nor "can cramping be felt in the back?", which name
    the same words and explain nothing): that one, asked "why" for "how" or "how" for
    "why". None when none or several of those tied explain."""
    settings = matcher.kb.settings
    if query.form not in _EXPLAINING:
        return None
    if matcher.evidence(query.stems) < settings.min_evidence:
        return None
    tied = _answering_tie(matcher, top)
    alike = [m for m in tied if forms.form(m.entry.question) in _EXPLAINING]
    return alike[0] if len(alike) == 1 else None


_LESS = NEGATING | forms.LESS | {"without"}  # a kind asked the other way
_EXPLAINING = frozenset((forms.WHY, forms.HOW))  # the forms that ask for an explanation


def together(matcher: Matcher, query: Query, top: list[Match], margin: float) -> int | None:
    """Of the matches within `margin` of the best, the position of the only one that says
    every telling word of `query` in one of its sentences (of its answer) or phrasings, two
    of them at least not everyday words ("work" says nothing together); None when none or
    several do, or the question tells a story."""
    said = query.words
    if query.context or sum(w in _ASKING for w in said) > 1 or not NEGATING.isdisjoint(said):
        # a story, a question that asks two things or one that denies one ("if it's not
        # my muscles, where ...") is not one sentence's words
        return None
    idf = matcher.index.idf
    telling = {s for s in query.stems if s in idf and matcher.weight(s) >= NAMING}
    rare = {stem(w) for w in query.words if words.zipf(w) < meaning.EVERYDAY}
    if len(telling & rare) < TOGETHER:
        return None
    tied = [n for n, m in enumerate(top) if top[0].score - m.score < margin]
    # "why would cramping be felt in the back?" beside "why is it felt ..." and "can
    # cramping be felt ...?": an entry asked in the question's telling form answers it, one
    # that only says its words together does not; only those asked so may be chosen
    if forms.telling(query.form):
        alike = [n for n in tied if forms.answers(forms.form(top[n].entry.question), query.form)]
        candidates = alike or tied
    else:
        candidates = tied
    saying = [n for n in candidates if _says_together(matcher, top[n].entry, telling)]
    return saying[0] if len(tied) > 1 and len(saying) == 1 else None


def _says_together(matcher: Matcher, entry, telling: set[str]) -> bool:
    texts = (entry.question, *entry.alternates, *_SENTENCE.split(entry.answer))
    content = matcher.lexicon.content
    return any(telling <= set(content(normalise(text).split())) for text in texts)


def same_saying(matcher: Matcher, query: Query, top: list[Match], margin: float) -> bool:
    """Does every match within `margin` of the best say, nearly word for word, the best's
    sentence that holds the most of the question's words? An article that restates a list
    as a table, or says one thing again in another section ("Download our handout ..."),
    puts a question between two entries that both hold its answer: that is no choice to
    be torn over, whatever else the two say."""
    tied = [m for m in top if top[0].score - m.score < margin]
    idf = matcher.index.idf
    weights = {s: matcher.weight(s) for s in query.stems if s in idf}
    if len(tied) < 2 or not weights:
        return False
    # a lead-in ("Scammers may:") that entries of one list share answers nothing itself
    first = _sentences(matcher, tied[0].entry.answer, leads=False)
    answering = max(first, key=lambda stems: sum(weights.get(s, 0.0) for s in stems), default=None)
    if answering is None or not answering.intersection(weights):
        return False
    return all(
        any(_alike(answering, o) for o in _sentences(matcher, m.entry.answer)) for m in tied[1:]
    )


def _sentences(matcher: Matcher, answer: str, leads: bool = True) -> list[frozenset[str]]:
    """The content stems of each sentence of `answer` that has `SAME_WORDS` or more (not
    of those that lead into a list, ending on a colon, with `leads=False`)."""
    content = matcher.lexicon.content
    said = [s for s in _SENTENCE.split(answer) if leads or not s.rstrip().endswith(":")]
    found = (frozenset(content(normalise(s).split())) for s in said)
    return [stems for stems in found if len(stems) >= SAME_WORDS]


def _alike(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two sentences say the same thing (the shorter's words nearly all in the longer)?"""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short & long) >= SAME_SHARE * len(short)


def most_told(matcher: Matcher, query: Query, top: list[Match], margin: float) -> int | None:
    """Of the matches within `margin` of the best that reach `answer_threshold`, the
    position of the only one holding the most of the telling words of the story a question
    points back at ("... my lower back aches and my stomach is bloated. Is the magnesium
    doing this?": what "this" is, is what the answer must explain); None when the question
    asks of nothing told, or two of them hold as much. Every word told counts alike, once:
    the story tells what happened, not which of its words matter most."""
    if not query.of_told or asks_whether_that_helps(query.words):
        return None
    told = [s for s in query.context if matcher.evidence((s,)) > 0]
    return _holding_most(matcher, top, margin, told)


def remedy_weighed(matcher: Matcher, query: Query, top: list[Match], margin: float) -> int | None:
    """Of the matches tied (`_tied`), the position of the only one asked how to stop or
    ease a thing, when the question asks whether what was just told helps ("... my buddy
    says cut back to one. would that help?"): a remedy weighed is answered by the way to
    go about it; None otherwise."""
    if not query.of_told or not asks_whether_that_helps(query.words):
        return None
    easing = [n for n in _tied(matcher, top, margin) if forms.remedy(top[n].entry.question)]
    return easing[0] if len(easing) == 1 else None


def remedy_asked(matcher: Matcher, query: Query, top: list[Match], margin: float) -> int | None:
    """Of the matches within `margin` of the best, the position of the only one asked how
    to stop or ease a thing, when the question asks that way itself ("what could someone
    do to get rid of back discomfort linked to magnesium?", not "does it stop cramps?"):
    the way to go about it answers, not what the thing is; None otherwise."""
    if query.form in (None, forms.YES_NO) or not forms.remedy(" ".join(query.words)):
        return None
    close = [n for n, m in enumerate(top) if top[0].score - m.score < margin]
    easing = [n for n in close if forms.remedy(top[n].entry.question)]
    return easing[0] if len(close) > 1 and len(easing) == 1 else None


def asks_whether_that_helps(said: tuple[str, ...]) -> bool:
    """Does the question a story ends on ask whether what was just told helps ("my buddy
    says cut back to one. WOULD THAT HELP?")? Then "that" is the thing told last, a
    remedy to weigh, not the story the answer must explain."""
    helping = forms.helper(forms.last_asking(said))
    return bool(helping) and all(w in forms.POINTED_AT for w in helping)


def _tied(matcher: Matcher, top: list[Match], margin: float) -> list[int]:
    """The positions of the matches within `margin` of the best that reach
    `answer_threshold`."""
    threshold = matcher.kb.settings.answer_threshold
    return [
        n for n, m in enumerate(top) if top[0].score - m.score < margin and m.score >= threshold
    ]


def _holding_most(
    matcher: Matcher, top: list[Match], margin: float, named: Sequence[str]
) -> int | None:
    """Of the matches tied (`_tied`), the position of the only one holding the most of
    `named` (each counted once); None when fewer than two are tied, none holds any, or two
    hold as many."""
    tied = _tied(matcher, top, margin)
    if len(tied) < 2:
        return None
    said = {n: sum(matcher.holds_anywhere(top[n], s) for s in named) for n in tied}
    most = max(said.values())
    leading = [n for n in tied if said[n] == most]
    return leading[0] if most > 0 and len(leading) == 1 else None


NAMED_WORDS = 4  # a search-box question names at least this many words to be answered alike


def _searched(matcher: Matcher, query: Query) -> bool:
    """Is a question typed as into a search box: words that name things, no question word,
    no story, no word only English's grammar needs ("and the back pain part?" is none)?"""
    stop = matcher.kb.lexicon.stopwords
    return not query.form and not query.context and not any(w in stop for w in query.words)


def most_named(matcher: Matcher, query: Query, top: list[Match], margin: float) -> int | None:
    """Of the matches within `margin` of the best that reach `answer_threshold`, the position
    of the only one holding the most of a question's words when it asks in no form, as
    words typed into a search box do ("magnesium referred pain flank lower back"): with no
    question word to tell what is asked, what is named is all there is. None when the
    question asks in a form, or two of them hold as much."""
    if not _searched(matcher, query):
        return None
    return _holding_most(matcher, top, margin, query.stems)


SIDE_WORDS = 4  # the words after "or", its second alternative, at most ("... OR all in my head")
BEFORE_WORDS = 2  # ... and before it, its first ("REAL PAIN or ...")


def alternatives_asked(
    matcher: Matcher, query: Query, top: list[Match], margin: float
) -> int | None:
    """Of the matches tied (`_tied`), the position of the only one holding the most of the
    alternatives a question offers ("is back pain after starting magnesium real pain or all
    in my head?"): what is asked is which of them holds, and the thing it is asked of is
    only what they are said of. The alternatives close the question: the words on either
    side of its "or", up to `BEFORE_WORDS` before and all (at most `SIDE_WORDS`) after,
    each naming a word; None when the question offers none, or two entries hold as much."""
    said = query.text.split()
    if "or" not in said[1:-1]:
        return None
    at = said.index("or", 1)
    if len(said) - at - 1 > SIDE_WORDS:  # "is the disc or the magnesium more likely ...?"
        return None  # the choice is of what the question goes on to ask about
    first, second = (
        [s for s in matcher._stems_of(tuple(side)) if s in query.stems]
        for side in (said[max(0, at - BEFORE_WORDS) : at], said[at + 1 : at + 1 + SIDE_WORDS])
    )
    if not first or not second:  # "... YES OR NO": no alternative named on one side
        return None
    return _holding_most(matcher, top, margin, list(dict.fromkeys((*first, *second))))


def holds_every_word(matcher: Matcher, query: Query, top: list[Match], margin: float) -> int | None:
    """Of the matches tied (`_tied`), the position of the only one holding every telling
    word the question asks with (each the base knows, not one that asks how much or how
    long): the others each lack one of them, so each answers something beside what is asked
    ("we publish tomorrow, what kind of feedback should I ask for now?" beside entries on
    feedback that never tell of publishing). None when the question names fewer than
    `EVERY_WORD` such words, or not exactly one tied entry holds them all."""
    # the words that key the base's entries ("bulging", "disc"), not a verb any of them
    # may say ("affect")
    keys = matcher.index.key_terms
    telling = [
        s for s in query.stems if s not in query.degree and s in keys and matcher.evidence((s,)) > 0
    ]
    if len(telling) < EVERY_WORD:
        return None
    tied = _tied(matcher, top, margin)
    if len(tied) < 2:
        return None
    whole = [n for n in tied if all(matcher.holds_anywhere(top[n], s) for s in telling)]
    if len(whole) != 1 or forms.answered_by_yes_or_no(query.form, top[whole[0]].entry.answer):
        return None  # "where do they hurt?" is not answered "Yes. ..."
    return whole[0]


EVERY_WORD = 2  # a question names at least this many telling words for one entry to hold all


def named_alike(matcher: Matcher, query: Query, top: list[Match], margin: float) -> bool:
    """Do the matches within `margin` of the best, reaching `answer_threshold`, each hold the
    same words of a question asked in no form (typed as into a search box), all of them
    but one at most? Then each answers what is named ("magnesium citrate osmotic laxative
    mechanism": the citrate entry and the laxative one say the same of it), and the first
    is given as the closest, not declined as a guess between them."""
    if not _searched(matcher, query) or len(query.stems) < NAMED_WORDS:
        return False
    tied = [top[n] for n in _tied(matcher, top, margin)]
    if len(tied) < 2:
        return False
    held = {frozenset(s for s in query.stems if matcher.holds_anywhere(m, s)) for m in tied}
    return len(held) == 1 and len(next(iter(held))) >= len(query.stems) - 1


def of_the_whole(matcher: Matcher, query: Query, top: list[Match], margin: float) -> int | None:
    """Of the matches within `margin` of the best that reach `answer_threshold`, when the
    best is about the kind the question names ("Is magnesium GLYCINATE easier on the
    gut?") but says none of the rest it asks, the position of the only one about no kind
    that holds all of that rest: "is the glycinate likely the cause?" asks of a kind of
    magnesium what the entry on magnesium in general ("How likely is it that my magnesium
    supplement is causing ...?") says. None otherwise."""
    threshold = matcher.kb.settings.answer_threshold
    kind = kind_of(matcher, top[0].entry) if top else frozenset()
    if not kind or not kind <= set(query.stems):
        return None
    idf = matcher.index.idf
    rest = [s for s in query.stems if s in idf and s not in kind and matcher.weight(s) >= NAMING]
    if not rest or any(matcher.holds_anywhere(top[0], s) for s in rest):
        return None
    whole = [
        n
        for n, m in enumerate(top[1:], start=1)
        if top[0].score - m.score < margin
        and m.score >= threshold
        and not kind_of(matcher, m.entry)
        and all(matcher.holds_anywhere(m, s) for s in rest)
    ]
    return whole[0] if len(whole) == 1 else None


TITLE_ALIKE = 90  # token_sort_ratio: an entry's question this near the title asks it


def of_the_title(matcher: Matcher, query: Query, top: list[Match], margin: float) -> int | None:
    """Of the matches within `margin` of the best that reach `answer_threshold`, the one
    whose question is the article's title, when the question names nothing but the
    title's words and everyday ones ("does mag mess with ur back or nah", "what's the deal
    with magnesium and back pain"): asked what the whole article asks, torn between its
    parts, the article's own answer to its title answers. Only asked whether, or what:
    not a reason or a way ("why ...?", "how ...?"), which the parts explain, nor a person,
    a place or a time ("who gets ...?"); nor one asked of something told or
    pointed at ("can either of those cause back pain?", "what does this piece look into?").
    None otherwise."""
    if (
        query.form not in (forms.YES_NO, forms.WHAT, None)
        or any(s not in matcher.index.everyday for s in query.context)  # a story told
        or not matcher.kb.cues.refer.isdisjoint(query.words)
    ):
        return None
    title = matcher.title_words
    idf = matcher.index.idf
    asked = [s for s in query.stems if s in idf]
    named = {s for s in asked if s in title}
    # the title's subject named: its first word that tells ("back pain" alone is the topic,
    # asked of nothing)
    lead = matcher.title_stems[:1]
    if (
        len(named) < 2
        or not set(lead) <= named
        or any(s not in title and s not in matcher.index.everyday for s in asked)
    ):
        return None
    threshold = matcher.kb.settings.answer_threshold
    heading = normalise(matcher.kb.article.title)
    found = [
        n
        for n, m in enumerate(top)
        if top[0].score - m.score < margin
        and m.score >= threshold
        and fuzz.token_sort_ratio(normalise(m.entry.question), heading) >= TITLE_ALIKE
    ]
    return found[0] if len(found) == 1 else None


# the words that compare: what is before them is asked of, what follows is the yardstick
_COMPARED = frozenset(("than", "vs", "versus"))


def compared_first(matcher: Matcher, query: Query, top: list[Match], margin: float) -> int | None:
    """Of the matches within `margin` of the best that reach `answer_threshold`, the one
    whose question names the thing compared and not its yardstick, when the question
    compares two things ("is glycinate better than oxide for the stomach?" torn between
    the entry asked of glycinate and the one asked of oxide): what is asked of is the
    first named, the other is what it is measured by. None otherwise."""
    at = next((n for n, w in enumerate(query.words) if w in _COMPARED), None)
    if at is None or "comparison" not in query.aspects:
        return None
    idf, everyday = matcher.index.idf, matcher.index.everyday

    def telling(said) -> set[str]:
        return {stem(w) for w in said if stem(w) in idf and stem(w) not in everyday}

    asked, yardstick = telling(query.words[:at]), telling(query.words[at + 1 :])
    asked -= yardstick
    if not asked or not yardstick:
        return None
    threshold = matcher.kb.settings.answer_threshold
    found = []
    for n, m in enumerate(top):
        if top[0].score - m.score >= margin or m.score < threshold:
            continue
        own = {s for s in matcher.question_stems(m.entry) if s in idf and s not in everyday}
        if own & asked and not own & yardstick:
            found.append(n)
    return found[0] if len(found) == 1 else None
