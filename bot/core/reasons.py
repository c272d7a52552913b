"""Asking why: is a message a "why?", which related entry explains the last answer, and
else the article's own words behind it, what "why?" is told when no entry goes deeper.

Pure: the cues are the knowledge base's (conversation.toml `explain`).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from . import forms
from .knowledge import Article, Cues, Entry
from .matcher import ANSWERED, UNSURE, Matcher, MatchResult, Query
from .text import LazyPattern, normalise, stem

_SENTENCE = LazyPattern(r"(?<=[.!?])\s+")
SENTENCES = 2  # at most this many sentences are quoted


def source_sentences(
    article: Article, entry: Entry, against: bool = False, ahead: bool = False
) -> str:
    """The sentences of `entry`'s source section closest to its answer, in article order;
    with `against`, and the sentence after them when it turns against what they say
    ("However, excessive osmotic activity ... can lead to side effects"): what the article
    says of it beside that, asked "is that bad?"; with `ahead`, and the sentences that go on
    from them (asked "like what?": the article's instances come after what they are of)."""
    section = article.section(entry.source)
    if section is None:
        return ""
    sentences = [s.strip() for s in _SENTENCE.split(section.text.replace("\n", " ")) if s.strip()]
    if not sentences:
        return ""
    scored = sorted(
        range(len(sentences)), key=lambda i: -fuzz.token_set_ratio(sentences[i], entry.answer)
    )
    best = scored[0]
    chosen = {best}
    for other in scored[1:SENTENCES]:
        if abs(other - best) == 1:  # only a neighbour continues the same thought
            chosen.add(other)
    after = max(chosen) + 1
    if against:  # the turn, a sentence or two on (with the one between, which leads to it)
        turn = next(
            (
                i
                for i in range(after, after + TURN_AHEAD)
                if i < len(sentences) and _TURNING.match(sentences[i])
            ),
            None,
        )
        chosen.update(range(after, turn + 1) if turn is not None else ())
    if ahead:
        chosen.update(range(after, min(after + EXAMPLES_AHEAD, len(sentences))))
    return " ".join(sentences[i] for i in sorted(chosen))


# the words that open a sentence turning against the one before (English)
_TURNING = LazyPattern(
    r"(?:however|but|yet|still|that said|on the other hand|nevertheless|nonetheless)\b",
    re.IGNORECASE,
)


TURN_AHEAD = 2  # sentences after the answer's own within which the article may turn on it
EXAMPLES_AHEAD = 2  # sentences after the answer's own quoted to "like what?"
SHORT = 3  # words: "and why there?" is a why; "how much should i take" is not
COMMON_SHARE = 5  # a stem in the questions of 1 entry in this many ties nothing together


def reason_cues(explain: frozenset[str]) -> frozenset[str]:
    """The one-word cues that ask for a reason ("why", "how"): a question that starts with
    one of them explains."""
    return frozenset(cue for cue in explain if " " not in cue)


def names(query: Query) -> bool:
    """Does the message name anything: a word that is not generic ("wait", "own")?"""
    generic = {stem(w) for w in query.filler}
    return any(s not in generic for s in query.stems)


# words that only stress a question, asking nothing of their own: "where's it ACTUALLY from
# THEN?" (general English)
_STRESS = frozenset(("actually", "really", "exactly", "even", "then", "ever", "precisely"))


_CONDITION_OPENERS = frozenset(("if", "when", "since", "given", "though", "although", "even"))


def asks_given(norm: str, cues: Cues) -> bool:
    """Does a bare "how?" or "why?" go on with what it is asked given ("but how, IF nothing's
    wrong with my spine?")? The condition is the person's premise, not a topic asked."""
    words = unled(norm, cues)
    return (
        len(words) > 1 and words[0] in reason_cues(cues.explain) and words[1] in _CONDITION_OPENERS
    )


def asks_why(norm: str, query: Query, answered: bool, cues: Cues) -> bool:
    """ "why?", "how come?", "what does that do?", "and why there?"; "what does that mean
    for pain?" too, when its own words answer nothing for sure (`answered`), and "why would
    that happen?", a reason asked of "that", with no word of its own or with words that
    alone answer nothing for sure ("why would that hurt my back?"). Not a question that asks
    an aspect of its own: "how much?", "why is it worse at night?"."""
    if query.aspects:
        return False
    if norm in cues.explain:
        return True
    has_stems = names(query)
    phrases = frozenset(cue for cue in cues.explain if " " in cue)
    plain = " ".join(w for w in norm.split() if w not in _STRESS)
    if not answered and any(f" {p} " in f" {plain} " for p in phrases):
        return True  # "so where's it ACTUALLY from then?" asks where it is from
    words = unled(norm, cues)
    if not words or words[0] not in reason_cues(cues.explain):
        return False
    if asks_given(norm, cues):
        return True  # "but how, if nothing's wrong with my spine?": how, given that
    # "why would that happen": a verb after the reason word; "how bad can it get" asks how much
    pointing = len(words) > 1 and words[1] in cues.ask and any(w in cues.refer for w in words)
    if has_stems:
        # "why would that hurt my back?": the reason of what "that" points at, asked with
        # words of its own that alone settle on no answer
        return pointing and not answered
    # "why is it like this?": only words of grammar, however many, ask of the last answer
    return len(words) <= SHORT or pointing or not query.stems and not query.filler


def reason_first(reading: MatchResult, explain: frozenset[str], margin: float) -> MatchResult:
    """Of the entries a reading is torn between (within `margin` of the best), the first
    asked as a reason ("Why is ...?", "How does ...?") leads: a "why?" is answered by the
    one that gives the reason, also over a tie a plain question's reading settled another
    way (by words said together, bot/core/ties.py)."""
    if reading.status not in (UNSURE, ANSWERED):
        return reading
    starts = reason_cues(explain)
    torn = [m for m in reading.matches if reading.score - m.score < margin]
    first = next(
        (m for m in torn if (normalise(m.entry.question).split() or [""])[0] in starts), None
    )
    if first is None or first == reading.matches[0]:
        return reading
    rest = (first, *(m for m in reading.matches if m != first))
    return reading._replace(matches=rest, score=first.score)


def asks_detail(norm: str, cues: Cues) -> bool:
    """ "is that bad?", "like what?", "so is it normal?": a message that asks about the last
    answer itself, and nothing else ("like what, for example?": two such asks in a row).
    "really?" is a lean word on its own: whole, it asks."""
    return norm in cues.detail or _made_of(tuple(unled(norm, cues)), cues.detail)


def asks_examples(norm: str, cues: Cues) -> bool:
    """ "like what?", "for example?": a message about the last answer (`asks_detail`) that
    asks for instances of what it says."""
    line = f" {norm} "
    return asks_detail(norm, cues) and any(f" {cue} " in line for cue in cues.examples)


def _made_of(words: tuple[str, ...], phrases: frozenset[str]) -> bool:
    """Are `words`, whole, one or more of `phrases` one after another?"""
    if not words:
        return False
    if " ".join(words) in phrases:
        return True
    return any(
        " ".join(words[:n]) in phrases and _made_of(words[n:], phrases)
        for n in range(1, len(words))
    )


def leading(cues: Cues) -> frozenset[str]:
    """The words that may only lead into a message ("and", "ok", "wait", "hmm", "but")."""
    return cues.lean | cues.affirm | cues.correct_start | cues.lead


def unled(norm: str, cues: Cues) -> list[str]:
    """The words of a message without those that lead into it ("and why?", "ok how?",
    "wait why", "so is that bad") and those that only close it ("is that bad tho")."""
    words = norm.split()
    while len(words) > 1 and words[-1] in cues.close:
        words = words[:-1]
    lead = leading(cues)
    # the last word stays: "wait, really?" asks "really", a lean word that asks when alone
    while len(words) > 1 and words[0] in lead and words[0] not in cues.explain:
        words = words[1:]
    return words


def distinct_stems(entries: tuple[Entry, ...], question_stems) -> frozenset[str]:
    """Stems in the questions of some entries but not of many ("oxide", not "magnesium"):
    the words that tie an explaining entry to the topic."""
    counts: dict[str, int] = {}
    for entry in entries:
        for s in set(question_stems(entry)):
            counts[s] = counts.get(s, 0) + 1
    many = max(2, len(entries) // COMMON_SHARE)
    return frozenset(s for s, n in counts.items() if n < many)


def explaining_entry(
    norm: str,
    candidates: list[Entry],
    topic: set[str],
    mentioned: set[str],
    question_stems,
    explain: frozenset[str],
    distinct: frozenset[str] = frozenset(),
) -> Entry | None:
    """Of `candidates` (related entries not yet shown), the one that explains the last answer.

    "Why?" and "how come?" go to one that asks why or how about the `topic` ("How does...?");
    "what does that do?" to one about a thing the last answer `mentioned` (by its
    `distinct` words, when its question has any).
    """
    starts = reason_cues(explain)
    words = norm.split()
    why = any(w in starts for w in words[:2])
    for entry in candidates:
        own = set(question_stems(entry))
        telling = (own & distinct) or own
        if why:
            # about the topic, or about what the last answer says of it ("works as an
            # osmotic laxative": "How does an osmotic laxative work?")
            first = normalise(entry.question).split()[:1]
            if (
                first
                and first[0] in starts
                and (topic & own or telling <= mentioned)
                and forms.form(entry.question) != forms.HOW_TO  # "how can I stop it?": no reason
            ):
                return entry
        else:
            if len(telling & mentioned) * 2 > len(telling):
                return entry
    return None


# the words that give a means or a reason inside a sentence ("BY BLOCKING these receptors,
# magnesium helps prevent ...", "... BECAUSE it draws water"): general English
_MEANS = LazyPattern(
    r"\b(?:by (?!far\b)\w+ing|because|thereby|due to|as a result of|so that)\b", re.IGNORECASE
)
REASON_MISSES = 1  # a reason's answer may miss this many of the asked words ("a MINERAL") ...
REASON_WORDS = 4  # ... when at least this many are asked
MEANS_WORDS = 2  # the sentence that says the means holds at least this many of them


def reason_behind(
    matcher: Matcher, stems: tuple[str, ...], entry: Entry, typed: str = ""
) -> Entry | None:
    """The entry related to `entry` (or one step further) that gives the means or reason of
    what `stems` ask why or how of (`typed`: the question as typed). "Why would magnesium
    help with nerve pain?" is answered "Yes, it is studied for neuropathic pain" by `entry`;
    the related "... nervous system ... BY BLOCKING NMDA receptors, magnesium helps prevent
    central sensitization ... pain management" gives the why. It says a means ("by ...ing",
    "because") in a sentence of its answer that holds two or more of the asked words, and
    its whole answer holds all of them but `REASON_MISSES` (of `REASON_WORDS` or more),
    as read or as typed ("nerve" in "nervous"). None when `entry` gives a reason itself,
    or no related entry does, or only says whether ("Yes, ...", "No, ...")."""
    asked = set(stems)
    if _MEANS.search(entry.answer) is not None or len(asked) < 2:
        return None
    need = len(asked) - (REASON_MISSES if len(asked) >= REASON_WORDS else 0)
    # the words as typed, not read as another ("nerve" of "nerve pain", read "neuropathic")
    stop = matcher.lexicon.stopwords
    as_typed = {stem(w) for w in normalise(typed).split() if w not in stop} - asked
    near = [e for e in map(matcher.kb.entry, entry.related) if e is not None]
    further = [
        e
        for e in map(matcher.kb.entry, (r for e in near for r in e.related))
        if e is not None and e != entry and e not in near
    ]
    for candidate in (*near, *dict.fromkeys(further)):
        if forms.opens_yes_or_no(candidate.answer):
            continue  # whether, not why
        sentences = _SENTENCE.split(candidate.answer.replace("\n", " "))
        means = [s for s in sentences if _MEANS.search(s) is not None]
        if not means:
            continue
        words = normalise(candidate.answer).split()
        said = matcher._stems_of(tuple(words)) | {stem(w) for w in words}
        held = len(asked & said) + len(as_typed & said)
        in_means = max(len(asked & matcher._stems_of(tuple(normalise(s).split()))) for s in means)
        if held >= need and in_means >= MEANS_WORDS:
            return candidate
    return None
