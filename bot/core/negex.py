"""How a message holds a symptom: said, denied, gone, or only asked about.

Pure and general English, nothing about one article: a NegEx-style rule set (Chapman et
al., 2001, with the ConText additions for time and hypothetical mentions). A message is cut
into sentences and clauses; a trigger word acts on the mentions in its own clause only:
  - pre-negation ("no", "not", "without", "never had", "denies") on what follows it;
  - post-negation ("went away", "cleared up", "is fine") on what comes before it, and from a
    clause of its own with only a pronoun ("but that's all gone") on the clause before;
  - past ("used to", "years ago", "back in") on the whole clause;
  - pseudo-triggers ("no reason", "not sure") look like one and are not.
A clause is hypothetical ("should I worry if I get a fever?", "is numbness in your leg
serious?") when it asks in general rather than tells: see `Sentence.asked`.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import words as lexicon
from .askrules import (
    ASKING_CUES,
    AUXILIARIES,
    DEFINING,
    DETERMINERS_BEFORE_SIGN,
    EXPERIENCE,
    FIRST_PERSON,
    GENERIC,
    HYPOTHETICAL,
    OWNING,
    PRONOUN_SUBJECTS,
)
from .clauses import (
    PART,
    Mention,
    in_terminators,
    inside,
    question_start,
    spans,
    split,
    terminated,
)
from .excluded import BEGINNING
from .negexrules import (
    CONCORD_FILLERS,
    CONCORD_GAP,
    EXCEPTING,
    FACULTIES,
    FILLERS,
    FINE,
    HAVING,
    NEGATIVE,
    PAST,
    POST_NEGATION,
    PRE_NEGATION,
    PREFERENCE,
    PRONOUNS,
    PSEUDO_NEGATION,
    PSEUDO_PAST,
    TO_GONE,
    UNCHANGED,
)
from .phraserules import (
    AFTER_GONE,
    CAUSE_FILLERS,
    CAUSE_MARKERS,
    EVERYDAY_CAUSES,
    GUESSES,
    SOFTENERS,
    UNRELATED,
)
from .text import NEGATING as NEGATING_WORDS

# a clause that tells when a thing began is no past of it: "has hurt since i fell months
# ago", "my back started hurting 2 months ago" (it goes on)
_ONSET = BEGINNING | {"since", "appeared", "developed"}
# ... and a start said in two words ("this pain CAME ON out of nowhere last month")
_ONSET_PHRASES = frozenset((("came", "on"), ("come", "on"), ("showed", "up"), ("kicked", "in")))
# "just as bad as it was a month ago", "less power than it had last month": a comparison
# with the past, not the past
_COMPARED = frozenset(
    (a, b, c)
    for a in ("as", "than", "like")
    for b in ("it", "they", "i")
    for c in ("was", "were", "had", "did")
)


class Sentence:
    """One sentence of a message: its words, each word's clause, and whether it asks."""

    __slots__ = ("clause", "part", "question", "words")

    def __init__(
        self,
        words: tuple[str, ...],
        clause: tuple[int, ...],
        question: bool,
        part: tuple[int, ...] = (),
    ):
        self.words = words  # normalised tokens
        self.clause = clause  # the clause number of each token
        self.question = question  # is built like a question ("is it...", "what does...")
        self.part = part  # the number of each token's side of a "but"

    def same_side(self, a: int, b: int) -> bool:
        """Are two positions on the same side of a "but" ("sharp cramps, but my back...")?"""
        return not self.part or self.part[a] == self.part[b]

    def clause_range(self, index: int) -> tuple[int, int]:
        number = self.clause[index]
        start = index
        while start > 0 and self.clause[start - 1] == number:
            start -= 1
        end = index
        while end < len(self.words) and self.clause[end] == number:
            end += 1
        return start, end

    # -- triggers --------------------------------------------------------------------------

    def denied(self, mention: Mention, shields: tuple[Mention, ...] = ()) -> bool:
        """Is the mention denied ("no fever", "not a sharp pain") within its clause?

        `shields` are the spans of symptom phrases that hold a negation of their own
        ("can't feel", "won't go away"): a trigger inside one is part of the symptom.
        """
        start, _ = self.clause_range(mention.start)
        words = self.words
        pseudo = [
            *spans(words, PSEUDO_NEGATION, start, mention.end),
            *shields,
            *self._concord(shields),
        ]
        triggers = spans(words, PRE_NEGATION, start, mention.start)
        return (
            any(
                not inside(i, j, pseudo)
                and not terminated(words, j, mention.start)
                and not _kind_denied(words, i, j, mention)
                for i, j in triggers + _preferred(words, start, mention.start)
            )
            or _hurting_denied(words, mention.end, pseudo)
            or self._denied_after(mention)
        )

    def _concord(self, shields: tuple[Mention, ...]) -> list[tuple[int, int]]:
        """Negative concord: "I don't feel nothing", "I not feel nothing down there", "can't
        feel nothing" say one negation twice, as much spoken English does (and learners'): a
        negation right beside a symptom phrase that holds its own ("feel nothing", "can't
        feel") is part of it, not a denial of it. Only beside a negative phrase: "no groin
        pain" still denies the groin."""
        words = self.words
        out = []
        for a, b in shields:
            if not spans(words, NEGATIVE, a, b):
                continue
            before = spans(words, PRE_NEGATION, max(a - CONCORD_GAP - 2, 0), a)
            after = spans(words, PRE_NEGATION, b, b + CONCORD_GAP + 2)
            out += [
                (i, j)
                for i, j in before
                if all(w in CONCORD_FILLERS for w in words[j:a]) and j + CONCORD_GAP >= a
            ]
            out += [
                (i, j)
                for i, j in after
                if all(w in CONCORD_FILLERS for w in words[b:i]) and b + CONCORD_GAP >= i
            ]
        return out

    def _denied_after(self, mention: Mention) -> bool:
        """ "I was worried about saddle numbness, but I don't have any": the next clause, if
        it is only a negation of having "it", denies this one."""
        _, end = self.clause_range(mention.start)
        if end >= len(self.words):
            return False
        nxt, nxt_end = self.clause_range(end)
        clause = self.words[nxt:nxt_end]
        if not spans(clause, PRE_NEGATION, 0, len(clause)):
            return False
        rest = [
            w
            for w in clause
            if (w,) not in PRE_NEGATION
            and w not in PRONOUNS
            and w not in HAVING
            and not in_terminators(w)
        ]
        return not rest

    def resolved(self, mention: Mention, shields: tuple[Mention, ...] = ()) -> bool:
        """Is the mention gone ("the tingling went away") or in the past ("used to")?"""
        start, end = self.clause_range(mention.start)
        return self.well(mention, shields) or (
            self._past(start, end) and not self._goes_on(mention)
        )

    def _goes_on(self, mention: Mention) -> bool:
        """Is a sign set in the past said to go on or come back, later in the sentence ("had
        a fever last month and it's STILL here", "... years ago and now it's BACK AGAIN")?"""
        after = self.words[mention.end :]
        return "came back" in " ".join(after) or any(
            w in _GOING_ON and not (k + 1 < len(after) and after[k + 1] in _STILL_WELL)
            for k, w in enumerate(after)
        )  # not "still fine", "still gone"

    def well(self, mention: Mention, shields: tuple[Mention, ...] = ()) -> bool:
        """Is the mention said to be gone or well now ("the tingling went away", "my stomach
        is fine"), whatever the tense of its clause?"""
        start, end = self.clause_range(mention.start)
        words = self.words
        pseudo = [*spans(words, PSEUDO_NEGATION, start, end), *shields]
        if any(
            j > mention.end  # may begin inside the mention: "temperature IS NORMAL"
            and not inside(i, j, pseudo)
            and not terminated(words, mention.end, i)
            and not _becomes(words, i, j, end)
            and not _faculty_lost(words, i, start)
            and not (i and words[i - 1] in PRONOUN_SUBJECTS - {"it", "this", "that"})
            for i, j in spans(words, POST_NEGATION, mention.start + 1, end)
        ):
            return True
        at = mention.end  # "temp's normal" (normalised "temp normal"), "legs fine", "my
        while at < end and at - mention.end < WELL_GAP and words[at] in _WELL_LEAD:
            at += 1  # stomach is totally fine", "gut has been perfectly ok"
        if at < end and words[at] in FINE:
            return True
        return self._resolved_after(mention)

    def explained(self, mention: Mention, everyday: bool = True) -> bool:
        """Is the sign put down to something else: said to be unrelated ("nothing to do with
        my back", "normal for me") or, if `everyday`, caused by an everyday strain told
        right after it ("numb from sitting", "weak from the gym", "in the cold")?"""
        words = self.words
        if any(
            GUESSES.isdisjoint(words[max(0, i - 2) : i])
            for i, _ in spans(words, UNRELATED, 0, len(words))
        ):
            return True
        if not everyday:
            return False
        return _strain_told_first(words, mention.start) or any(
            _everyday_cause(words, j) and not _likened(words, i)
            for i, j in spans(words, CAUSE_MARKERS, mention.end, min(len(words), mention.end + 5))
        )

    def _past(self, start: int, end: int) -> bool:
        """Does the clause set itself in the past ("used to", "years ago", "in 2018"), not
        in a comparison ("as strong as it used to be") or a start ("since last year", "has
        hurt since i fell months ago")?"""
        words = self.words
        pseudo = spans(words, PSEUDO_PAST, start, end)
        return any(
            not inside(i, j, pseudo)
            and not (i and words[i - 1] in ("since", "from"))
            and _ONSET.isdisjoint(words[start:i])
            and not any(tuple(words[k : k + 2]) in _ONSET_PHRASES for k in range(start, i))
            and not any(tuple(words[k : k + 3]) in _COMPARED for k in range(start, i))
            for i, j in spans(words, PAST, start, end)
        ) or any(words[k - 1] == "in" and _year(words[k]) for k in range(max(start, 1), end))

    def _resolved_after(self, mention: Mention) -> bool:
        """ "had a fever in January, but that's all cleared up": the next clause, if it is
        only a pronoun and a post-negation, resolves this one."""
        _, end = self.clause_range(mention.start)
        if end >= len(self.words):
            return False
        nxt, nxt_end = self.clause_range(end)
        words = self.words
        # "but it's | just gone": "just" or "only" after a verb of being is its adverb,
        # not a new clause (as it is in "no fever, just an ache")
        if (
            nxt_end < len(words)
            and words[nxt_end] in ("just", "only")
            and words[nxt_end - 1] in _BEING
        ):
            nxt_end = self.clause_range(nxt_end)[1]
        found = spans(words, POST_NEGATION, nxt, nxt_end)
        if not found or spans(words, EXCEPTING, nxt, nxt_end):
            return False  # "..., but I feel fine otherwise": well apart from it
        i = found[0][0]
        if _faculty_lost(self.words, i, 0):  # "..., like the feeling is just gone"
            return False
        if words[i] == "stopped" and (
            (i and words[i - 1] in _DOERS)
            or (i + 1 < len(words) and words[i + 1] in _STOPPED_OBJECT)
            or (i + 2 < len(words) and words[i + 1] == "and" and words[i + 2] in _STARTED_AGAIN)
        ):
            # "... even though I stopped the magnesium", "6 weeks now, stopped the
            # magnesium, still no better": a thing stopped is what they did, no sign gone
            return False
        if words[i] in _FELL and _said_of_doer(words, i):
            return False  # "... and I nearly WENT DOWN": a person who went down fell
        rest = [
            w
            for w in self.words[nxt:i]
            if w not in PRONOUNS
            and w not in _RECOVERED_SUBJECTS
            and not in_terminators(w)
            and w not in SOFTENERS
            and w not in _CARED_FOR
            and not only_adverb(w)
        ]
        return not rest  # "but it (fully) recovered", "but they're completely gone"

    def asked(self, mention: Mention, message_asks: bool) -> bool:
        """Does the sentence ask about the sign in general rather than report having it?"""
        start, end = self.clause_range(mention.start)
        clause = self.words[start:end]
        part = self.clause[mention.start] // PART  # its part of the sentence between commas
        said = [w for w, c in zip(self.words, self.clause, strict=True) if c // PART == part]
        told_when = not _TOLD_WHEN.isdisjoint(said) and _ASKING_WORDS.isdisjoint(said)
        if message_asks and not _tells(clause) and not told_when:
            # "just curious": unless this clause says "my ...", or since when it has been
            # ("heart flutters now and then since starting magnesium, ... just curious")
            return True
        if self.defines(mention):
            return True  # "tell me about saddle numbness"
        if self.question and spans(self.words, HYPOTHETICAL, 0, mention.start):
            return True
        if any(w in GENERIC for w in clause) and not any(w in FIRST_PERSON for w in clause):
            return True
        if not self.question:
            return False
        asks = question_start(self.words, self.clause)
        if (
            mention.start < asks
            and self.clause[mention.start] != self.clause[asks]
            and not any(w in ASKING_CUES for w in self.words[:asks])
        ):
            return False  # told before the question: "cancer survivor here, could it be...?"
        return not _tells(self._telling_words(mention, end))

    def defines(self, mention: Mention) -> bool:
        """Does the mention's clause ask what the sign is ("what is foot drop?", "what does
        sciatica feel like", "tell me about saddle numbness")?"""
        start, _ = self.clause_range(mention.start)
        while start < mention.start and self.words[start] in FILLERS:
            start += 1
        k = mention.start
        while k > start and self.words[k - 1] in DETERMINERS_BEFORE_SIGN:
            k -= 1
        return self.words[start:k] in DEFINING

    def _telling_words(self, mention: Mention, end: int) -> tuple[str, ...]:
        """The words that may tell the sign: the clauses told before the question if the
        sign stands there ("running a fever and my back is pounding, is it that?"), else
        the asking clause up to the sign's ("my back aches, should I worry about fever?")."""
        asks = question_start(self.words, self.clause)
        if mention.start < asks:
            return self.words[:asks]
        _, asks_end = self.clause_range(asks)
        if mention.start >= asks_end:  # told after the question: "what now, I have a fever"
            return self.words[self.clause_range(mention.start)[0] : max(end, mention.end)]
        return self.words[asks : max(end, mention.end)]


_BEING = frozenset(
    ("is", "s", "its", "it", "thats", "was", "are", "were", "has", "have", "been", "they")
)
KIND_NEGATIONS = {("not",), ("isnt",), ("wasnt",), ("never",)}  # copular: what it is not
# a sign of the past that goes on, or is back
_GOING_ON = frozenset(("still", "again", "returned", "persists", "persisting", "ongoing"))
# what may stand between a symptom and the word that says it is well (English): a verb
# that says how it is, and a word that only makes it stronger
_WELL_LEAD = frozenset(
    ("is", "are", "was", "were", "been", "has", "have", "feels", "feel", "felt", "seems",
     "seem", "doing", "totally", "completely", "perfectly", "absolutely", "pretty", "really",
     "all", "just", "100%", "quite", "s")
)  # fmt: skip
WELL_GAP = 3  # words at most between them

_STILL_WELL = FINE | {"gone", "better", "clear", "fine", "good", "healthy", "normal", "ok"}
# care given before a sign went ("it was an infection, TREATED AND ALL gone")
_CARED_FOR = frozenset(("treated", "and", "all", "now"))
# who stops a thing they do ("I stopped the magnesium"), not a sign that stops
_DOERS = frozenset(("i", "we", "you", "u"))
# "stopped and RESTARTED": a thing stopped, then taken again (English)
_STARTED_AGAIN = frozenset(("restarted", "resumed", "started", "retried"))
# what follows "stopped" when a thing is stopped ("stopped THE magnesium", "stopped TAKING
# it", "stopped AND restarted"), not a sign that stopped (English)
_STOPPED_OBJECT = frozenset(
    ("the", "my", "it", "them", "that", "this", "those", "these", "taking", "using")
)
# "went down", "came down": of a sign it eased ("the fever went down"), of a person they fell
_FELL = frozenset(("went", "came"))
_ALMOST = frozenset(("nearly", "almost", "just", "practically", "kinda", "then"))
_PERSONS = _DOERS | {"he", "she", "they"}  # who may go down


# what a place that hurts is said to do, denied after it ("my back DOESN'T ACHE", "my back
# is not sore"), and the words between the negation and it (English)
_HURTING = frozenset(
    ("ache", "aches", "aching", "hurt", "hurts", "hurting", "sore", "painful", "bother")
)
_BETWEEN_HURTING = frozenset(("be", "been", "feel", "feeling", "even", "really", "too", "that"))
_AUXILIARY_BEFORE = frozenset(("does", "do", "did", "is", "was", "has", "have", "will"))


def _hurting_denied(words: tuple[str, ...], end: int, pseudo: list) -> bool:
    """Is what a mention names said not to hurt, right after it ("so my back doesn't ache",
    "my back does not hurt", "my back isn't even sore")? The mention is the place, the
    denial its predicate: that place, then, does not hurt."""
    k = end
    if k < len(words) and words[k] in _AUXILIARY_BEFORE:
        k += 1
    found = spans(words, PRE_NEGATION, k, min(k + 2, len(words)))
    if not found or found[0][0] != k or inside(*found[0], pseudo):
        return False
    k = found[0][1]
    while k < len(words) and words[k] in _BETWEEN_HURTING:
        k += 1
    return k < len(words) and words[k] in _HURTING


def _said_of_doer(words: Sequence[str], i: int) -> bool:
    """Is the verb at i said of a person ("I nearly went down", "he went down hard"), past
    an adverb of how nearly?"""
    k = i - 1
    while k >= 0 and words[k] in _ALMOST:
        k -= 1
    return k >= 0 and words[k] in _PERSONS


_RECOVERED_SUBJECTS = frozenset(
    ("i", "im", "ive", "am", "feel", "feeling", "theyre", "theyve", "hes", "shes")
)


def only_adverb(word: str) -> bool:
    """Can `word` be only an adverb ("completely", "thankfully", "mostly"), as English's
    lexicon (bot.words) says? It tells how, and no symptom of its own."""
    return lexicon.parts(word) == lexicon.ADVERB


# words that tell since when or how lately a thing has been, of a thing had (English)
_TOLD_WHEN = frozenset(("since", "lately", "recently"))
# ... in no part that asks or supposes ("what would numbness since ... mean")
_ASKING_WORDS = frozenset(
    ("what", "why", "how", "would", "could", "if", "whether", "when", "whats", "can", "should")
)


def _tells(words: tuple[str, ...]) -> bool:
    """Does a question say the person has something ("why is MY leg numb", "do I HAVE...")?
    A bare "I" does not: "should I worry about numbness?" asks."""
    return any(
        w in OWNING
        or w == "i"
        and k + 1 < len(words)
        and words[k + 1] in EXPERIENCE
        and not (k and words[k - 1] in AUXILIARIES)  # "could I have...?" asks
        for k, w in enumerate(words)
    )


def _likened(words: tuple[str, ...], at: int) -> bool:
    """Is the cause marker at `at` a likeness, not a cause ("numb, LIKE after a long bike
    ride", "as if from sitting too long"): what the sign feels like, not what brought it?"""
    before = words[max(0, at - 2) : at]
    return bool(before) and (before[-1] in _LIKE or tuple(before) in _LIKE_PAIRS)


_LIKE = frozenset(("like", "similar", "resembling"))  # English
_LIKE_PAIRS = frozenset((("as", "if"), ("as", "though"), ("just", "like"), ("kind", "like")))


def _everyday_cause(words: tuple[str, ...], k: int) -> bool:
    """Does an everyday strain follow from k ("the gym", "my first spin class", "a long
    run", "pilates")? Read through fillers and describing words; a sport or exercise is one
    by its meaning too (English's word vectors: near exercise, nearer than harm is)."""
    for _ in range(CAUSE_REACH):
        if k >= len(words):
            return False
        if any(words[k : k + len(p)] == p for p in EVERYDAY_CAUSES) or _exercise(words[k]):
            return True
        if words[k] not in CAUSE_FILLERS and lexicon.ADJECTIVE not in lexicon.parts(words[k]):
            return False
        k += 1
    return False


def _strain_told_first(words: tuple[str, ...], start: int) -> bool:
    """Does the sentence open on an everyday strain that does something ("LEG DAY wrecked
    me lol legs are jelly", "the gym destroyed me, my legs feel weak"), before the sign
    told at `start`? The strain is what the sentence is about: the sign is what it did.
    Read through the words that open a noun ("the", "my"); the strain's verb follows it."""
    k = 0
    while k < start and words[k] in CAUSE_FILLERS:
        k += 1
    for cause in EVERYDAY_CAUSES:
        end = k + len(cause)
        if words[k:end] != cause or end >= start:
            continue
        if lexicon.ADVERB in lexicon.parts(words[end]) and end + 1 < start:
            end += 1  # "the gym ABSOLUTELY destroyed me"
        # what it did, done to the person: "wrecked ME", "killed MY legs"
        done = words[end + 1 : end + 2]
        return lexicon.VERB in lexicon.parts(words[end]) and done in (("me",), ("my",), ("us",))
    return False


CAUSE_REACH = 4  # words read after "from", "after" for the strain
EXERCISE = ("exercise", "workout", "gym", "sport", "training")
HARM = ("injury", "accident", "fall", "illness", "disease", "infection")
NEAR_EXERCISE = 0.5


def _exercise(word: str) -> bool:
    """A sport or exercise named ("pilates", "football"), not a plain doing ("walking":
    legs numb after walking a little is a sign of its own)."""
    if lexicon.parts(word) == lexicon.VERB:
        return False
    near = max(lexicon.similarity(word, other) for other in EXERCISE)
    return near >= NEAR_EXERCISE and near > max(lexicon.similarity(word, o) for o in HARM)


def _kind_denied(words: tuple[str, ...], i: int, j: int, mention: Mention) -> bool:
    """ "it's NOT a DULL ache": "not a" before describing words denies the kind (dull), not
    the thing (the ache is there); a describing word right after "a" is itself denied ("not
    a sharp pain"). Describing words are those English's lexicon says can be adjectives."""
    if words[i:j] not in KIND_NEGATIONS or j >= mention.start - 1 or words[j] not in ("a", "an"):
        return False
    return all(lexicon.ADJECTIVE in lexicon.parts(w) for w in words[j + 1 : mention.start])


def _preferred(words: tuple[str, ...], start: int, end: int) -> list[tuple[int, int]]:
    """ "more of a dull ache THAN a sharp pain": the "than" of a preference, which denies
    what follows it as "rather than" does (not "more than a month")."""
    return [
        (k, k + 1)
        for k in range(start, end)
        if words[k] == "than" and spans(words, PREFERENCE, start, k)
    ]


def _year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and 1950 <= int(word) <= 2030


def _faculty_lost(words: tuple[str, ...], i: int, start: int) -> bool:
    """ "the feeling is just gone", "all my strength has gone": what is gone at i is a
    faculty, so something is lost (the sign), nothing went away. A symptom's own feeling
    is no faculty: "the numb feeling has gone" is well again."""
    k = i - 1
    while k > start and words[k] in TO_GONE:
        k -= 1
    if k < start or words[k] not in FACULTIES:
        return False
    before = words[k - 1] if k > start else ""
    return before in ("", "the", "all", "my", "any", "its", "that") or before in TO_GONE


def _becomes(words: tuple[str, ...], i: int, j: int, end: int) -> bool:
    """ "gone numb", "gone a bit weak": "gone" that means became, not went away (nor "gone"
    at the end of its clause: "it's completely gone, no idea why")."""
    return words[i:j] == ("gone",) and j < end and words[j] not in AFTER_GONE


def sentences(text: str) -> tuple[Sentence, ...]:
    """Cut a message into sentences of normalised words, each word with its clause."""
    return tuple(Sentence(*parts) for parts in split(text))


# verbs of wish or intent: "don't want to drop it" denies a wish, not what it names, which
# the person is still weighing
WISHING = frozenset(("want", "wanna", "wish", "plan", "planning", "intend", "mean", "hope"))


def affirmed(text: str) -> tuple[str, ...]:
    """The normalised words of `text` that no negation in their clause denies ("i haven't
    lifted anything heavy and my desk hasn't changed" -> "i", "and", "my", ...); what a
    negated wish names is kept ("don't want to drop it")."""
    kept: list[str] = []
    for sentence in sentences(text):
        words = sentence.words
        if any(
            w in NEGATING_WORDS and k + 1 < len(words) and words[k + 1] in WISHING
            for k, w in enumerate(words)
        ):
            kept.extend(words)
            continue
        unchanged = {
            k
            for i, j in spans(words, UNCHANGED, 0, len(words))
            for k in range(sentence.clause_range(i)[0], j)
        }  # "my desk setup hasn't changed": told as no new cause
        kept.extend(
            w
            for k, w in enumerate(words)
            if k not in unchanged
            and ((w,) in PRE_NEGATION or not sentence.denied(Mention(k, k + 1)))
        )
    return tuple(kept)
