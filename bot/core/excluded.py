"""What a question sets aside: "apart from posture and lifting, what else causes back
pain?" asks of everything but posture and lifting; "should I see a doctor rather than
blame the magnesium?" asks of seeing a doctor.

The words after "apart from", "aside from", "other than", "besides", "beyond" or "except
(for)" that open a clause ("..., beyond just relaxing muscles?"), after "rather than" or
"instead of" anywhere, and after a "not" that opens a clause before a thing named (", not
the magnesium?", "and not from the pills"), up to the end of the clause, name what the
question is *not* asking about: they are no evidence for the entries that hold them.
General English; nothing here knows an article.
"""

from __future__ import annotations

import re
from functools import cache

from .text import LazyPattern, normalise

# at the start of a clause: "places other than the back" asks of those places
_SET_ASIDE = (
    r"(?:(?:^|[,;:.!?]\s*)(?:apart from|aside from|other than|besides|beyond|except for|except)"
    r"|\b(?:rather than|instead of)"
    # "what OTHER THINGS BESIDES injuries can cause it?": within the clause, after "other"
    # (after "else", `_ELSE_ASIDE`)
    r"|\bother(?:\s+[a-z]+)?\s+(?:apart from|aside from|besides|except for|except)"
    # "does it do anything for nerves BESIDES MUSCLES?": within a clause, a thing of a word
    # or two that ends it is set aside too ("places OTHER THAN the back" names where the
    # question looks: kept)
    r"|\b(?:besides|apart from|aside from)(?:\s+(?:the|my|a|an|just|only))?"
    r"(?=(?:\s+[^\s,;:.!?]+){1,2}\s*(?:[,;:.!?]|$)))"
    # up to the end of the clause, or to the words that go on to ask ("besides injuries
    # WHAT else ...", "... injuries CAN cause back pain": a comma is often left out)
    r"\b((?:\s*(?!(?:what|whats|why|how|which|who|where|when|is|are|was|can|could|does|do"
    r"|did|would|will|should|might|may)\b)[^\s,;:.!?]+)*)"
    # "is it my job, not the magnesium?", "could it be that and not the pills?": a thing
    # named after "not" at the start of a clause is the one the question turns from (up to
    # a clause of its own: "is it the dose and not the form THAT CAUSES CRAMPS?")
    # "..., not only the muscles?", "..., not just my posture?": the thing named is what
    # the question looks past
    r"|(?:[,;:]\s*|\b(?:and|but)\s+)not(?=\s+(?:(?:only|just|merely)\s+)?"
    r"(?:the|my|a|an|from|because)\b)"
    r"(?:\s+(?!(?:that|which|who|to|and|or|but)\b)[^\s,;:.!?]+)*"
    # "if not magnesium, what else ...", "what else causes it if not the pills": the thing
    # named after a conditional "not" is the one the question turns from ("if not treated"
    # names a state, not a thing, and "if not for the club" is "were it not for": kept), up
    # to the words that go on to ask
    # ... and so is the thing after "if it isn't", "if it's not": "if it isn't the
    # magnesium, what typically causes it?"
    r"|\bif (?:not|(?:it|that|this) (?:isn[\u2019']?t|is not|wasn[\u2019']?t|was not"
    r"|ain[\u2019']?t)|(?:it|that)[\u2019']?s not)"
    r"(?=\s+(?!\w+(?:ed|ing|en)\b|for\b))"  # "if not FOR the club": were it not
    r"(?:\s+(?!(?:then|what|whats|why|how|which|who|where|when|is|are|could|can|does|do|did"
    r"|would|will|should|might|may|wtf|wth)\b)"
    r"[^\s,;:.!?]+)*"
)
# "what ELSE could cause it other than magnesium": after "else" the thing named is set aside
# within the clause too ("places other than the back" names where the question looks)
# (a thing of a word or two: one word, or two that end the clause: "other than magnesium
# oxide?", "besides magnesium helps cramps")
_ELSE_ASIDE = (
    r"\s(?:other than|apart from|aside from|besides)(?:\s+(?:the|my|a|an|just|taking))?"
    r"\s+[^\s,;:.!?]+(?:\s+[^\s,;:.!?]+(?=\s*(?:[,;:.!?]|$)))?"
)

# "MY SPINE feels totally fine when I stretch. What could be going on?": a part of the
# body or a thing said to be fine is what the question turns from (a word or two after
# "my" or "the", then a verb of being or feeling, an adverb, and the word that says so)
_FINE_TOLD = (
    r"\b(?:my|the|his|her|their|our)\s+"
    # (not the pain itself: "the pain is ok in the morning" tells when it eases)
    r"(?!(?:pain|pains|ache|aches|aching|soreness|hurt|hurting|discomfort)\b)"
    r"([a-z]+(?:\s+[a-z]+)?)"
    r"\s+(?:feels?|felt|is|s|seems?|seemed|looks?|looked|was|has\s+been|have\s+been)"
    r"(?:\s+(?:totally|completely|perfectly|absolutely|actually|really|quite|pretty|all))?"
    r"\s+(?:fine|ok|okay|normal|alright|great|perfect)\b"
)
_FINE_CUES = frozenset(("fine", "ok", "okay", "normal", "alright", "great", "perfect"))

# "i don't own a humidifier, how else can i ...", "can't take glycinate, what else helps?":
# a thing the person lacks or cannot use, named before "else", is the one the question
# turns from (a word or two, up to the end of its clause)
_LACKED_ELSE = (
    r"\b(?:dont|do not|didnt|did not|cant|can not|cannot|wont|havent|have not)"
    r"\s+(?:have|own|got|afford|find|use|take|tolerate|stand|stomach)"
    r"(?:\s+(?:a|an|any|the|my))?"
    r"(\s+[^\s,;:.!?]+(?:\s+(?!(?:so|and|but|then)\b)[^\s,;:.!?]+)?)"
    r"(?=\s*[,;:.!?]|\s+(?:so|and|but|then|how|what|which|where|is|are|can|could|should|do|does)\b)"
)


# who said what a question asks about: "my chiropractor says ...", "my dad's physical
# therapist says ...", "a friend told me that ...", "people say ...", "i heard ...", at the
# start of a sentence or clause (a reporter named by a noun alone, "doctors say", may be
# what is asked about: kept)
_REPORTED = (
    r"(?:^|(?<=[,;:.!?])|\b(?:but|and|so|because)\b)\s*"
    r"(?!(?:what|why|how|when|where|which|who|is|are|do|does|did|can|could|should|would|will)\b)"
    r"(?:(?:my|our|his|her|their|your|a|an|the|some|this|one|every)\s+(?:[a-z'\u2019-]+\s+){1,3}?"
    # "my doctor IN MY COUNTRY says": where the reporter is from or works, after it
    r"(?:(?:in|at|from)\s+(?:my|our|his|her|their|the)\s+[a-z'\u2019-]+\s+)?"
    r"|(?:i|he|she|they|people|everyone|everybody|someone|somebody)\s+)"
    r"(?:says|said|say|thinks|thought|claims|claimed|swears|swore|reckons|insists|insisted"
    r"|believes|mentioned|keeps saying|heard|read|was told"
    # "told me", "told my brother", "tells my mum": told to someone, who is named
    r"|(?:tells|told)\s+(?:me|her|him|them|us|(?:my|his|her|their|our)\s+[a-z'\u2019-]+))"
    # where it was heard or read ("i read ONLINE that", "heard ON TIKTOK that")
    r"(?:\s+(?:online|somewhere|on\s+[a-z]+|in\s+(?:a|an|the)\s+[a-z]+)(?=\s+that\b))?"
    r"(?:\s+(?:me|us))?(?:\s+that)?\b(?=\s*\S)"
)
# a headline's attribution at its end ("..., Experts Say", "... according to doctors"):
# who says it, not what it asks about
_ATTRIBUTED = (
    # ("what doctors say" asks what they say: the article may say it of professionals)
    r"(?<!what)(?:,\s*|\s+)(?:(?:top|leading|some|many|most)\s+)?"
    r"(?:experts|doctors|scientists|researchers|studies|study|research|science|specialists)"
    r"\s+(?:say|says|warn|warns|suggest|suggests|find|finds|show|shows|claim|claims)"
    r"(?=\s*[.!?]*\s*$)"
    r"|(?:,\s*|\s+)according\s+to\s+(?:(?:the|some|many|most|top|leading)\s+)?"
    r"(?:experts|doctors|scientists|researchers|studies|research|science|specialists)"
    r"(?=\s*[.!?]*\s*$)"
)
_ATTRIBUTED_CUES = frozenset(
    (
        "according",
        "experts",
        "doctors",
        "scientists",
        "researchers",
        "studies",
        "study",
        "research",
        "science",
        "specialists",
    )
)
# a word each pattern needs: most questions hold none, and skip compiling them (`ask`)
_SET_ASIDE_CUES = frozenset(
    ("apart", "aside", "other", "besides", "beyond", "except", "rather", "instead", "not", "t")
)
_REPORTED_CUES = frozenset(
    (
        *("says", "said", "say", "thinks", "thought", "claims", "claimed", "swears", "swore"),
        *("reckons", "insists", "insisted", "believes", "mentioned", "tells", "told"),
        *("saying", "heard", "read"),
    )
)


@cache
def _pattern(source: str) -> re.Pattern[str]:
    return re.compile(source, re.IGNORECASE)


def _cued(text: str, cues: frozenset[str]) -> bool:
    return not cues.isdisjoint(_WORD.findall(text.lower()))


_WORD = LazyPattern(r"[a-z]+")


def without_set_aside(asks: tuple[str, ...]) -> tuple[str, ...] | None:
    """The normalised words of the asking sentences without what they set aside (the
    cue too) and without who said what they ask about ("my trainer says magnesium ...
    is that true?" asks of the claim, not of trainers), or None when there is neither."""
    joined = " ".join(asks)
    said = frozenset(_WORD.findall(joined.lower()))  # most questions hold neither cue
    if not _ATTRIBUTED_CUES.isdisjoint(said):
        cut = _pattern(_ATTRIBUTED).sub(" ", joined)
        if cut != joined:  # "..., Experts Say": the headline without who says it
            return tuple(normalise(cut).split())
    fine = None if _FINE_CUES.isdisjoint(said) else _pattern(_FINE_TOLD).search(joined)
    if fine is not None:  # "my spine feels fine ...": not of the spine
        cut = f"{joined[: fine.start(1)]} {joined[fine.end(1) :]}"
        return without_set_aside((cut,)) or tuple(normalise(cut).split())
    if _REPORTED_CUES.isdisjoint(said) and _SET_ASIDE_CUES.isdisjoint(said) and "else" not in said:
        return None
    reporter = None if _REPORTED_CUES.isdisjoint(said) else _pattern(_REPORTED)
    aside = None if _SET_ASIDE_CUES.isdisjoint(said) else _pattern(_SET_ASIDE)
    reported = reporter is not None and reporter.search(joined) is not None
    at = joined.lower().find("else ")
    past_else = at >= 0 and _pattern(_ELSE_ASIDE).search(joined, at) is not None
    lacked = _pattern(_LACKED_ELSE).search(joined, 0, at) if at > 0 else None
    if lacked is not None:  # "i don't own a humidifier, how else ...": not the humidifier
        joined = joined[: lacked.start(1)] + " " + joined[lacked.end(1) :]
        at -= lacked.end(1) - lacked.start(1) - 1
    if (
        not reported
        and not past_else
        and lacked is None
        and (aside is None or not aside.search(joined))
    ):
        return None
    if past_else:
        joined = joined[:at] + _pattern(_ELSE_ASIDE).sub(" ", joined[at:])
    if reporter is not None and reported:
        joined = reporter.sub(" ", joined)
    if aside is not None:
        joined = aside.sub(" ", joined)
    return tuple(normalise(joined).split())


def without_reporter(words: tuple[str, ...]) -> tuple[str, ...]:
    """A told sentence's (normalised) words without who said what it tells ("my doctor
    says it's probably a pulled muscle" tells of the muscle, not of doctors)."""
    joined = " ".join(words)
    if not _cued(joined, _REPORTED_CUES):
        return words
    reporter = _pattern(_REPORTED)
    if not reporter.search(joined):
        return words
    return tuple(reporter.sub(" ", joined).split())


def reported(words: tuple[str, ...]) -> tuple[str, ...]:
    """What a told sentence's (normalised) words report someone saying: the words after who
    first said it, without who said the rest ("im nervous because i read online that
    magnesium can cause back pain": "magnesium can cause back pain"); the words as they are
    when no one is reported."""
    joined = " ".join(words)
    if not _cued(joined, _REPORTED_CUES):
        return words
    reporter = _pattern(_REPORTED)
    first = reporter.search(joined)
    if first is None:
        return words
    return tuple(reporter.sub(" ", joined[first.end() :]).split())


# beginning something: what was begun follows ("started a new job", "began taking mag")
BEGINNING = frozenset(("start", "started", "starting", "starts", "began", "begin", "begun"))
# the words between the beginning and what was begun
_BEGUN_BY = frozenset(
    (
        "a", "an", "the", "my", "our", "this", "that", "some", "new", "on", "with", "taking",
        "using", "to", "take", "use", "having", "doing", "out", "off", "up",
    )
)  # fmt: skip


def without_other_beginnings(words: tuple[str, ...], taken: frozenset[str]) -> tuple[str, ...]:
    """A told sentence's words without the beginning of a thing that is not one the person
    takes (`taken`: what a story of taking a thing names, the base's own): "I started a new
    job lifting boxes" tells of lifting, not of starting something new, which is what the
    base says of a supplement begun. With nothing `taken` known, the words as they are."""
    if not taken or BEGINNING.isdisjoint(words):
        return words
    dropped: set[int] = set()
    for k, word in enumerate(words):
        if word not in BEGINNING:
            continue
        j = k + 1
        while j < len(words) and words[j] in _BEGUN_BY:
            j += 1
        if j < len(words) and words[j] in taken:
            continue
        dropped.add(k)
        dropped.update(i for i in range(k + 1, j) if words[i] == "new")
    return tuple(w for i, w in enumerate(words) if i not in dropped)
