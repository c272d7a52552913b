"""What the person has said about themselves over a conversation: the situation memory.

Pure. The groups and their phrases are the knowledge base's (`[situation]` in
conversation.toml): what they take, their symptoms, what they did, when. Each message is
heard once; a phrase is noted when its words occur in it, stems compared, the longest
phrase first. The conversation uses the notes to read a question that leans on them
("could that be connected?"), `/context` shows them and `/clear` forgets them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from .deeds import NEGATION, deeds, the_persons
from .safety import Flag
from .text import LazyPattern, split_sentences, stem, tokens

SYMPTOMS = "symptoms"  # the [situation] group whose mention makes a statement a question
TIMING = "timing"  # the [situation] group that says when, not what: never matched
ACTIVITIES = "activities"  # the [situation] group of what the person did: their deeds too
TAKING = "taking"  # the [situation] group of what the person takes
# the groups of what the person did, takes and when: the others tell what they have (a
# symptom, a condition)
NOT_HAD = frozenset((ACTIVITIES, TAKING, TIMING))
TAKEN_FOR = "taken for"  # how `describe` names the symptoms told as what something is taken for
OTHERS = "others"  # how `describe` names what was told of someone else
SAID = "said"  # how `describe` names the clauses told in the person's own words
_CLAUSE = LazyPattern(r"[,;:.!?()]+|\s[-\u2013\u2014]+\s|\s(?:but|because|while)\s")


Notes = list[tuple[str, str]]  # (group, phrase) pairs
# how English makes an adjective of a feeling ("crampy", "numbish"): said of a listed
# symptom of at least `_FELT_ROOT` letters, the symptom is told
_FELT_SUFFIXES = ("y", "ish")
_FELT_ROOT = 4


def _taken_for(words: tuple[str, ...], at: int, found: list[tuple[int, int, str, str]]) -> bool:
    """Is the symptom at `at` told as what something is taken for: after a word that says
    so ("for", "against", "to treat"), with at most a few words that name or own it between
    ("magnesium for her leg cramps", "oxide to ease my cramps"), and after a thing taken
    told in the same sentence? English grammar: what it is for is what it treats, not
    something it brought on ("started magnesium for sleep and now my back hurts": the
    back is told)."""
    from .words import ADJECTIVE, NOUN, parts

    k = at - 1
    while k >= 0 and at - k <= _PURPOSE_GAP and words[k] not in _PURPOSE:
        word = words[k]
        if word not in _OWNERS and not set(parts(word)) & {NOUN, ADJECTIVE}:
            return False
        k -= 1
    if k < 0 or words[k] not in _PURPOSE:
        return False
    j = k - 1 if k >= 1 and words[k - 1] == "to" else k
    if j >= 1 and words[j - 1] in _TAKEN:  # "take it for cramps": what it stands for
        return True
    return any(group == TAKING and end <= k for _, end, group, _ in found)


# words that say what a thing taken is for ("for", "to treat"), and the words that own what
# follows them ("her leg cramps"): English grammar
_PURPOSE = frozenset({"for", "against", "treat", "ease", "relieve", "prevent"})
_OWNERS = frozenset({"my", "her", "his", "their", "our", "your", "the", "a", "an", "some", "any"})
_PURPOSE_GAP = 3  # words between "for" and the symptom it is taken for
# the words that stand for a thing taken, told before ("take it for cramps"): English grammar
_TAKEN = frozenset({"it", "them", "this", "these"})


def _stems(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in tokens(_ago(text)))


def _ago(text: str) -> str:
    """`text` with "a couple weeks BACK" said as the time ago it is."""
    return _TIME_BACK.sub(r"\1 ago", text) if "back" in text else text


# "a couple of weeks back", "a while back": "back" right after a span of time says how long
# ago, not what hurts (English; "a few weeks, back feels achy" is a back)
_TIME_BACK = LazyPattern(r"(?i)\b(days?|weeks?|months?|years?|while)\s+back\b")


def stemmed(groups: tuple) -> tuple:
    """Every phrase of `groups` as (stems, phrase, group), longest first: the work done
    once when the knowledge base is compiled, not once per conversation."""
    phrases = [(_stems(p), p, name) for name, ps in groups for p in ps if _stems(p)]
    phrases.sort(key=lambda t: -len(t[0]))
    return tuple(phrases)


@lru_cache(maxsize=8)
def _prepared(
    groups: tuple, stems: tuple = (), variants: tuple = ()
) -> tuple[tuple, dict[str, list]]:
    """The phrases as stems (`stems` when compiled already), and by their first stem; with
    the `variants` of the base's lexicon that stand for a listed phrase ("tummy" for
    "stomach"), which are noted as that phrase."""
    phrases = stems or stemmed(groups)
    listed = {p: name for name, ps in groups for p in ps}
    extra = [
        (_stems(variant), phrase, listed[phrase])
        for variant, phrase in variants
        if phrase in listed and variant not in listed and _stems(variant)
    ]
    if extra:
        phrases = tuple(sorted((*phrases, *extra), key=lambda t: -len(t[0])))
    by_first: dict[str, list] = {}
    for item in phrases:
        by_first.setdefault(item[0][0], []).append(item)
    return phrases, by_first


def _copied(groups: dict[str, list[str]]) -> dict[str, list[str]]:
    """A copy of notes per group, each list its own (the lists are appended to)."""
    return {group: list(said) for group, said in groups.items()}


class Situation:
    """The phrases heard so far, per group, in the order they were first said."""

    def __init__(
        self,
        groups: tuple[tuple[str, tuple[str, ...]], ...],
        stems: tuple = (),
        me: frozenset[str] = frozenset(),
        stopwords: frozenset[str] = frozenset(),
        asks: Callable[[str], bool] = lambda clause: False,
        variants: tuple[tuple[str, str], ...] = (),
    ):
        self.groups = tuple(name for name, _ in groups)
        self._phrases, self._by_first = _prepared(groups, stems, variants)
        # for the deeds told in no listed words: the first person, the words that say
        # nothing, and whether a clause asks
        self.me, self.stopwords, self.asks = me, stopwords, asks
        self.clear()

    def clear(self) -> None:
        self.notes: dict[str, list[str]] = {name: [] for name in self.groups}
        # what they deny ("no stomach issues at all"), per group
        self.denied: dict[str, list[str]] = {name: [] for name in self.groups}
        self.deeds: set[str] = set()  # the notes of ACTIVITIES told in no listed words
        self.done: set[str] = set()  # the notes of ACTIVITIES told as the person's doing
        # the clauses the person told in their own words, each with the groups its listed
        # phrases fall in ((), none): what they say beside the listed phrases ("muscle"
        # cramps, "chronic" pain) is read by the base's own words (bot/core/notes.py)
        self.said: list[tuple[str, tuple[str, ...]]] = []
        # what they told of someone else ("my friend takes magnesium"), per group: not theirs
        self.theirs: dict[str, list[str]] = {name: [] for name in self.groups}
        # the symptoms told as what something is taken for ("magnesium for my leg cramps"):
        # what it treats, not what the story has to explain
        self.taken_for: list[str] = []
        # what they took before they changed to what they take now ("switched from
        # glycinate to oxide"): told, but no longer taken (bot/core/switches.py)
        self.former: list[str] = []
        self.flag: Flag | None = None  # the last red flag the person described
        self.before = False  # was anything noted before the latest message?
        self.raised: Flag | None = None  # the red flag of the latest message

    def __bool__(self) -> bool:
        return any(self.notes.values()) or any(self.theirs.values()) or bool(self.taken_for)

    def snapshot(self) -> tuple:
        """What was heard so far, to `restore` when a message turns out to tell nothing of
        the person ("sorry typo, i meant dehydration" corrects a question's word)."""
        return (
            _copied(self.notes), _copied(self.denied), set(self.deeds), set(self.done),
            list(self.said), _copied(self.theirs), list(self.taken_for), list(self.former),
        )  # fmt: skip

    def restore(self, state: tuple) -> None:
        notes, denied, deeds, done, said, theirs, taken_for, former = state
        self.notes, self.denied, self.theirs = _copied(notes), _copied(denied), _copied(theirs)
        self.deeds, self.done, self.said = set(deeds), set(done), list(said)
        self.taken_for, self.former = list(taken_for), list(former)

    def notes_are_own(self) -> bool:
        """Is the story read from what the person told of themselves?"""
        return any(self.notes.values())

    def _story(self) -> dict[str, list[str]]:
        """The notes a story is read from: the person's own; someone else's when the person
        told only of them ("my mum is on magnesium for her leg cramps", "does it work?")."""
        return self.notes if any(self.notes.values()) else self.theirs

    def find(self, text: str) -> list[tuple[str, str]]:
        """The (group, phrase) pairs `text` mentions, in the order they occur."""
        return [(group, said) for _, _, group, said in self._mentions(_stems(text))]

    def _mentions(self, words: tuple[str, ...]) -> list[tuple[int, int, str, str]]:
        """(start, end, group, phrase) of each phrase among the stems `words`, in order."""
        taken = [False] * len(words)
        found: list[tuple[int, int, str, str]] = []
        present = set(words)
        candidates = [p for p in self._phrases if p[0][0] in present]
        for phrase, said, group in candidates:
            n = len(phrase)
            for i in range(len(words) - n + 1):
                if words[i : i + n] == phrase and not any(taken[i : i + n]):
                    taken[i : i + n] = [True] * n
                    if group != TIMING or not _rate(words, i):
                        found.append((i, i + n, group, said))
        for i, word in enumerate(words):
            if not taken[i] and word.endswith(_FELT_SUFFIXES):
                said = self._felt_as(word)
                if said:  # "crampy": the listed "cramp", said as how it feels
                    found.append((i, i + 1, SYMPTOMS, said))
        return sorted(found)

    def _felt_as(self, word: str) -> str:
        """The listed one-word symptom `word` is an adjective of ("crampy": "cramp",
        "bloaty": "bloat"), or ""."""
        for suffix in _FELT_SUFFIXES:
            root = word.removesuffix(suffix)
            if len(root) >= _FELT_ROOT:
                for phrase, said, group in self._by_first.get(root, ()):
                    if group == SYMPTOMS and len(phrase) == 1:
                        return said
        return ""

    def told(self, text: str) -> list[tuple[str, str]]:
        """The (group, phrase) pairs `text` says of the person: not those it denies ("no
        stomach issues at all", "i don't take oxide")."""
        return self.read(text)[0]

    def read(self, text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """The (group, phrase) pairs `text` says of the person, and those it denies (not those
        it tells of someone else: "my friend takes magnesium")."""
        told, denied, _, _ = self._whose(text)
        return told, denied

    def _whose(self, text: str) -> tuple[Notes, Notes, Notes, list[str]]:
        """The (group, phrase) pairs `text` says of the person, those it denies, and those it
        tells of someone else ("my friend takes magnesium", "her back hurts"): the nearest
        person named before a phrase in its clause is whose it is. And the symptoms it tells
        as what something taken is for ("started magnesium for her leg cramps")."""
        from .clauses import Mention  # with the red flags, already loaded
        from .negex import sentences
        from .negexrules import PRE_NEGATION
        from .whose import OTHER_OWNED, owner

        out: Notes = []
        denied: Notes = []
        others: Notes = []
        purposes: list[str] = []
        for sentence in sentences(_ago(text)):
            words = tuple(stem(w) for w in sentence.words)
            found = self._mentions(words)
            # "not drinking" says what the person does: its "not" denies nothing after it
            shields = tuple(
                Mention(start, end)
                for start, end, _, _ in found
                if any(sentence.words[start:end][: len(t)] == t for t in PRE_NEGATION)
            )
            for start, end, group, said in found:
                if group == SYMPTOMS and _taken_for(sentence.words, start, found):
                    purposes.append(said)
                elif sentence.denied(Mention(start, end), shields) or (
                    # "my stomach is fine", "the cramps went away": no symptom they have now
                    group == SYMPTOMS and sentence.well(Mention(start, end), shields)
                ):
                    denied.append((group, said))
                elif group != TIMING and owner(sentence, start) == OTHER_OWNED:
                    others.append((group, said))
                else:
                    out.append((group, said))
        return out, denied, others, purposes

    def note_flag(self, flag: Flag | None) -> None:
        """Remember the red flag a message raised (a later one replaces it)."""
        self.raised = flag  # the latest message's own flag, if any
        if flag is not None:
            self.flag = flag

    def hear(self, text: str) -> list[tuple[str, str]]:
        """Note what `text` says about the person; return the notes that are new."""
        new = []
        told, denied, others, purposes = self._whose(text)
        for said in purposes:
            if said not in self.taken_for:
                self.taken_for.append(said)
        for group, said in others:
            if said not in self.theirs[group]:
                self.theirs[group].append(said)
        for group, said in denied:
            if said not in self.denied[group]:
                self.denied[group].append(said)
        before = list(self.notes[TAKING]) if TAKING in self.notes else []
        for group, said in told:
            if said not in self.notes[group]:
                self.notes[group].append(said)
                new.append((group, said))
        self._hear_change(text, before)
        new.extend(self._hear_spans(text))
        if self.me and ACTIVITIES in self.notes:
            # what they did in words no list holds: a clause that asks tells none, nor one
            # that tells something listed (but when), which is told by that
            for deed in deeds(text, self.me, self.stopwords, self._not_a_deed):
                if deed not in self.notes[ACTIVITIES]:
                    self.notes[ACTIVITIES].append(deed)
                    self.deeds.add(deed)
                    new.append((ACTIVITIES, deed))
            for sentence in split_sentences(text):  # "i fell", not "someone at the gym said"
                if the_persons(sentence, self.me, self.stopwords):
                    self.done.update(p for g, p in self.told(sentence) if g == ACTIVITIES)
        self._keep_said(text)
        return new

    def spans_told(self, text: str) -> bool:
        """Does `text` tell a long daily span of the person's ("bus driver, 9 hours a day in
        the seat")? What `hear` notes as long periods at a thing."""
        from .negex import sentences
        from .spans import long_daily

        return any(long_daily(sentence.words) for sentence in sentences(text))

    def _hear_spans(self, text: str) -> list[tuple[str, str]]:
        """Note the long daily spans `text` tells of the person ("truck driver, 10 hours a
        day behind the wheel", "12-hour shifts on my feet") as what they did: long periods
        at it, whatever it is (bot/core/spans.py). Not the span of a symptom or of what they
        take ("my back aches 8 hours a day"), nor one denied or told of someone else."""
        from .clauses import Mention
        from .negex import sentences
        from .spans import PROLONGED, long_daily
        from .whose import OTHER_OWNED, owner

        if ACTIVITIES not in self.notes:
            return []
        for sentence in sentences(_ago(text)):
            found = self._mentions(tuple(stem(w) for w in sentence.words))
            for at in long_daily(sentence.words):
                start, end = sentence.clause_range(at)
                if any(
                    group in (SYMPTOMS, TAKING) and start <= k < end for k, _, group, _ in found
                ) or sentence.denied(Mention(at, at + 2), ()):
                    continue
                if owner(sentence, at) == OTHER_OWNED:
                    if PROLONGED not in self.theirs[ACTIVITIES]:
                        self.theirs[ACTIVITIES].append(PROLONGED)
                    continue
                self.done.add(PROLONGED)
                if PROLONGED not in self.notes[ACTIVITIES]:
                    self.notes[ACTIVITIES].append(PROLONGED)
                    return [(ACTIVITIES, PROLONGED)]
        return []

    def _hear_change(self, text: str, before: list[str]) -> None:
        """Note what `text` says the person took before they changed to something else:
        what it names after "from", else what they told they take before it."""
        from .negex import sentences
        from .switches import changed

        for sentence in sentences(_ago(text)):
            found = self._mentions(tuple(stem(w) for w in sentence.words))
            taken = [(start, end, said) for start, end, group, said in found if group == TAKING]
            now, former = changed(sentence.words, taken)
            if not now:
                continue
            for said in former or [p for p in before if p not in now]:
                if said not in self.former:
                    self.former.append(said)
            self.former = [p for p in self.former if p not in now]

    def _keep_said(self, text: str) -> None:
        """Keep each clause of `text` told of the person in words of its own: not one that
        asks, denies, tells a deed (read by its verb) or tells only of someone else."""
        clauses = [
            clause
            for sentence in split_sentences(text)
            if not self.asks(sentence)  # "coincidence?"
            for clause in _CLAUSE.split(sentence)
        ]
        for clause in clauses:
            words = [w for w in tokens(clause) if w not in self.stopwords]
            if not words or self.asks(clause) or NEGATION & set(tokens(clause)):
                continue
            if self.me and deeds(clause, self.me, self.stopwords, self._not_a_deed):
                continue
            told, _, others, _ = self._whose(clause)
            if others and all(g == TIMING for g, _ in told):  # "my wife started citrate"
                continue
            groups = tuple(dict.fromkeys(g for g, _ in told if g != TIMING))
            said = (clause.strip(), groups)
            if said not in self.said:
                self.said.append(said)

    def _not_a_deed(self, clause: str) -> bool:
        return self.asks(clause) or any(g != TIMING for g, _ in self.find(clause))

    def phrases(self, groups: tuple[str, ...] | None = None) -> list[str]:
        """Every noted phrase (of `groups`, or of all), in group order."""
        notes = self._story()
        return [p for name in self.groups if groups is None or name in groups for p in notes[name]]

    def denials(self, groups: tuple[str, ...]) -> list[str]:
        """Every phrase of `groups` the person denied and has not told since."""
        return [
            p
            for name in self.groups
            if name in groups
            for p in self.denied[name]
            if p not in self.notes[name]
        ]

    def describe(self) -> list[tuple[str, list[str]]]:
        """The groups that hold a note, each with its phrases, then what was told of someone
        else and the clauses told in the person's own words (what `/context` shows)."""
        out = [(name, list(self.notes[name])) for name in self.groups if self.notes[name]]
        theirs = [p for name in self.groups if name != TIMING for p in self.theirs[name]]
        if theirs:
            out.append((OTHERS, theirs))
        if self.taken_for:
            out.append((TAKEN_FOR, list(self.taken_for)))
        if self.said:
            out.append((SAID, [clause for clause, _ in self.said]))
        return out


# what a rate is counted in ("400 mg a day", "twice a day"): general English
_COUNTED = ("mg", "mcg", "g", "gram", "pill", "tablet", "capsule", "times", "twice", "once")


@lru_cache(maxsize=1)
def _counted() -> frozenset[str]:
    return frozenset(stem(w) for w in _COUNTED)  # as `_stems` spells them


def _rate(words: tuple[str, ...], at: int) -> bool:
    """Is the time phrase at `at` (of the stems `words`) a rate, not a time told: "mg PER
    DAY", "twice A DAY", "each day" say how often or how much, not when anything happened."""
    before = words[at - 1] if at else ""
    if before in ("per", "each"):
        return True
    ahead = words[at - 2] if at > 1 else ""
    return before == "a" and (ahead.isdigit() or ahead in _counted())
