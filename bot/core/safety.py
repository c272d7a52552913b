"""Red flags: spot a message that describes symptoms needing a doctor, before anything else.

Pure. The flags are data (knowledge/safety.toml): each has a level, its guidance, and its
signs, each sign a few concepts that must occur together ("numb" + "saddle area"); see
`bot.signs`. A sign counts when the message says the person has it: not when it is denied
("no fever"), gone ("the tingling went away") or in the past, judged clause by clause by
`bot.negex`. A message that only asks about a sign ("what does saddle numbness mean?") gets
the flag's `info`, marked `reported=False`, instead of the alarm.
"""

import re
from typing import NamedTuple

from .clauses import asks_only
from .negex import sentences
from .question import Question
from .signs import AGE, DURATION, NEGATED, PULSE, Catalog, find
from .text import MAX_QUERY_CHARS, LazyPattern, general_stopwords, stem, tokens
from .whose import someone_elses

URGENT, DOCTOR = "urgent", "doctor"
LEVELS = (URGENT, DOCTOR)
SOURCES = ("article", "guidance")
SIGN_OPTIONS = ("person", "contrast", "once")
PAIN = "pain"  # the [context] concept that tells pain: someone else's sign counts beside it
NEAR = 10  # words: how far apart a sign's concepts may stand (safety.toml [settings] near)


class Flag(NamedTuple):
    id: str
    level: str  # "urgent" or "doctor"
    signs: tuple  # compiled signs (see bot.signs)
    message: str  # the guidance, to someone who has the sign
    same_as: tuple[str, ...] = ()  # entries whose answer already is this guidance
    info: str = ""  # the guidance as information, to someone who asks
    source: str = ""  # "article" or "guidance"
    examples: tuple[str, ...] = ()  # descriptions that must raise this flag
    history: bool = False  # a past episode still counts (a history of cancer)
    concern: tuple = ()  # concepts that make a question about a sign a worry
    reported: bool = True  # False: the message asks about the sign, not has it
    general: bool = False  # the warning signs in general: only asked, and only alone
    everyday: bool = False  # an everyday strain told as its cause explains it ("from sitting")
    anyone: bool = False  # an emergency whoever has it, with back pain or not ("my wife fainted")


class _Hit:
    __slots__ = ("asked", "flag", "spans", "weight")

    def __init__(self, flag: Flag, asked: bool, weight: int, spans: tuple):
        self.flag, self.asked, self.weight = flag, asked, weight
        self.spans = spans  # ((sentence, mention), ...) of the symptom's words


def phrase_stems(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in tokens(text))


def raised_flag(question: Question, flags: tuple[Flag, ...]) -> Flag | None:
    """The most pressing flag `question` raises, with `reported` set; None if it raises none.

    Urgent before doctor, a report before a question, then the more specific sign, then
    the order of the file.
    """
    hits = _hits(question.raw, flags)
    named = [h for h in hits if not h.flag.general]
    if named and not (
        # "what kind of numbness should make me go to the ER?": a sign named only as asked
        # of, less pressing than the emergency care asked of, asks the warning signs in
        # general ("is numbness serious?" asks of numbness)
        _EMERGENCY_CARE.search(question.raw)
        and all(h.asked for h in named)
        and all(_level(h.flag) > _level(g.flag) for h in named for g in hits if g not in named)
    ):
        hits = named  # a named sign is told of itself
    if not hits:
        return None
    best = min(hits, key=lambda h: (_level(h.flag), h.asked, -h.weight))
    if best.asked:
        return best.flag._replace(message=best.flag.info or best.flag.message, reported=False)
    return best.flag


# emergency care, by name: where the person would go, or whom they would call
_EMERGENCY_CARE = LazyPattern(
    r"\b(?:er|a ?& ?e|a and e|emergency|emergencies|hospital|911|999|112|ambulance|urgent care)\b",
    re.IGNORECASE,
)

# "it" after a message about pain is that pain: "can posture cause back pain?" then "it
# wakes me up at night" tells of pain that wakes them; "mine wakes me up" of their own
_PAIN = "pain|pains|painful|ache|aches|aching|hurt|hurts|hurting|sore"
_PAIN_WORDS = LazyPattern(rf"\b({_PAIN})\b")
# what "it" may stand for in the message after: pain in any of its words ("why is my back
# achy?" then "it wakes me up every night")
_PAIN_SAID = LazyPattern(rf"\b({_PAIN}|achy|achey|soreness|twinges?|throbbing|agony)\b")
_SENTENCE_END = LazyPattern(r"[.!?;]+\s+(?=\S)")
_IT = LazyPattern(r"\b(?:it(['\u2019]?s)?|(mine))\b", re.IGNORECASE)  # "it", "it's", "its", "mine"


def raised_flag_after(
    question: Question,
    flags: tuple[Flag, ...],
    before: str,
    said: str = "",
    said_raised: Flag | None = None,
) -> Flag | None:
    """`raised_flag`, with "it" read as the pain when the message `before` spoke of pain
    and this one raises nothing told in its own words; and, when it raises none, with the
    message `said` just before it, for a flag the two raise together that the one before
    did not: "my mom has lower back pain" then "she also has a fever" (someone else's sign
    counts with their back pain, told in either). A message that tells of pain and raises
    nothing sentence by sentence is read as one sentence, each clause apart: a sign that
    goes with the pain ("I'm on steroids long term") told in a sentence of its own counts.
    When `said` raised a flag of its own (`said_raised`), which had its guidance, the two
    together count only for a more urgent one: "my legs feel weak with the back pain" then
    "it's getting worse every day" is weakness getting worse."""
    flag = raised_flag(question, flags)
    if not _urgent(flag) and _PAIN_WORDS.search(question.raw.lower()):
        # "had back pain since starting mag. I'm on steroids long term."; "my legs feel weak
        # with the back pain. it's getting worse every day": weakness getting worse
        one = _SENTENCE_END.sub(", ", question.raw)
        if one != question.raw:
            joined = raised_flag(Question(one), flags)
            if flag is None or joined is None or joined.id != flag.id:
                # the sign read sentence by sentence is asked of ("if I got numbness in my
                # groin, would that be serious? asking before I start"): joined, the
                # question mark lost, it would read as told
                flag = _pressing(flag, joined)
    if not _urgent(flag) and said and _PAIN_WORDS.search(f"{said} {question.raw}".lower()):
        # one sentence, its clauses apart: a sign that goes with the pain ("on steroids long
        # term") is told of the pain said just before ("had back pain since starting mag")
        joined = raised_flag(Question(f"{said.rstrip(' .!?')}, {question.raw}"), flags)
        earlier = raised_flag(Question(said), flags) if joined is not None else None
        if (
            joined is not None
            and (earlier is None or earlier.id != joined.id)
            and _pressing(flag, joined) is joined
            and (said_raised is None or _level(joined) < _level(said_raised))
        ):
            return joined
    if flag is not None or not before or not _PAIN_SAID.search(before.lower()):
        return flag
    if _PAIN_WORDS.search(question.raw.lower()) or not _IT.search(question.raw):
        return None  # it names its own pain, or points at nothing
    meant = _IT.sub(
        lambda m: "my pain" if m.group(2) else "the pain is" if m.group(1) else "the pain",
        question.raw,
        count=1,
    )
    return raised_flag(Question(meant), flags)


def _level(flag: Flag) -> int:
    return LEVELS.index(flag.level)


def _urgent(flag: Flag | None) -> bool:
    return flag is not None and flag.level == URGENT and flag.reported


def _pressing(flag: Flag | None, other: Flag | None) -> Flag | None:
    """The more pressing of two readings' flags: `flag` unless `other` is of a more urgent
    level, or `flag` is None; a report before a question at one level."""
    if other is None:
        return flag
    if flag is None:
        return other
    if (_level(other), not other.reported) < (_level(flag), not flag.reported):
        return other
    return flag


def without_flags(question: Question, flags: tuple[Flag, ...]) -> Question:
    """`question` without the words of the symptoms that raised a flag, punctuation kept.

    The flag answers for them, so they must not make the rest of the message look
    off-topic: "I lost bladder control, is it the magnesium?" still asks about magnesium.
    """
    text = question.raw
    parsed = sentences(text)
    starts = [0]
    for sentence in parsed:
        starts.append(starts[-1] + len(sentence.words))
    drop = {
        starts[s] + i
        for hit in _hits(text, flags)
        for s, m in hit.spans
        for i in range(m.start, m.end)
    }
    if not drop:
        return question
    out, position = [], 0
    for chunk in _CHUNK.finditer(text[:MAX_QUERY_CHARS]):
        count = len(tokens(chunk.group()))
        gone = count and all(position + k in drop for k in range(count))
        out.append(_NOT_WORD.sub("", chunk.group()) if gone else chunk.group())
        position += count
    return Question(" ".join(piece for piece in out if piece))


_CHUNK = LazyPattern(r"\S+")
_NOT_WORD = LazyPattern(r"[^\W_]+")  # what is left of a dropped word: its punctuation


def _hits(text: str, flags: tuple[Flag, ...]) -> list[_Hit]:
    if not flags:
        return []
    parsed = sentences(text)
    catalog = _catalog(flags)
    lookups = [catalog.scan(s) for s in parsed]
    asks = asks_only(text)
    concerned: dict[tuple, bool] = {}
    pains = _PAINS[id(flags)]
    keepers = [
        {(h, e): _keeper(sentence, h, e) for h in (False, True) for e in (False, True)}
        for sentence in parsed
    ]
    hits = []
    for flag in flags:
        found, defined = [], False
        for sign in flag.signs:
            for s, sentence in enumerate(parsed):
                keep = keepers[s][flag.history, flag.everyday]
                chosen = find(
                    lookups[s], sign, keep, sentence.same_side, sentence.words, sentence.clause
                )
                if chosen and not someone_elses(
                    parsed, s, chosen[0], [m for c in pains for m in lookups[s](c)], flag.anyone
                ):
                    symptom = tuple(
                        (s, m) for m, c in zip(chosen, sign[0], strict=True) if not c[3]
                    )
                    # the warning signs asked of one's own pain ("is my back pain an
                    # emergency?", "what signs would mean my back pain is an emergency?")
                    # are asked all the same: no sign is told
                    asked = sentence.asked(chosen[0], asks) or (flag.general and sentence.question)
                    found.append(_Hit(flag, asked, len(sign[0]), symptom))
                    defined = defined or sentence.defines(chosen[0])
        if flag.general:
            found = [h for h in found if h.asked]  # "I went to A&E" asks nothing
        if (
            any(h.asked for h in found)
            and not defined  # "what is foot drop?" is about health
            and not _concerned(flag, lookups, concerned)
        ):
            found = [h for h in found if not h.asked]  # "does it make you lose weight?"
        if found:
            reported = [h for h in found if not h.asked]
            best = max(reported or found, key=lambda h: h.weight)
            spans = tuple(span for h in found for span in h.spans)
            hits.append(_Hit(best.flag, best.asked, best.weight, spans))
    return hits


def _keeper(sentence, history: bool, everyday: bool):
    """Does a mention count: not denied, not put down to something else (to an everyday
    strain too, for a flag it can explain), and not gone unless a past episode counts too?"""

    def keep(m, shields):
        return (
            not sentence.denied(m, shields)
            and (history or not sentence.resolved(m, shields))
            and not sentence.explained(m, everyday)
        )

    return keep


MAX_CATALOGS = 8  # a process that loads many bases keeps only the latest ones' flags
_CATALOGS: dict[int, tuple[tuple[Flag, ...], Catalog]] = {}
_PAINS: dict[int, list[tuple]] = {}  # the pain concepts of the flags of each catalog


def _catalog(flags: tuple[Flag, ...], plain: tuple | None = None) -> Catalog:
    """The concepts of `flags`, indexed once per process (the flags are kept with it), or
    from `plain` (`catalogued`) when the compiled cache kept it."""
    kept = _CATALOGS.get(id(flags))
    if kept is None or kept[0] is not flags:
        if len(_CATALOGS) > MAX_CATALOGS:
            _CATALOGS.clear()
            _PAINS.clear()
        kept = _CATALOGS[id(flags)] = (flags, Catalog(_concepts(flags), plain))
        _PAINS[id(flags)] = _pains(flags)
    return kept[1]


def catalogued(flags: tuple[Flag, ...]) -> tuple:
    """The index of the flags' concepts as plain data, for the compiled cache to keep."""
    return _catalog(flags).plain()


def use_catalogued(flags: tuple[Flag, ...], plain: tuple) -> None:
    """Read `flags` with the index `catalogued` made of them (kept in the compiled cache)."""
    if plain:
        _catalog(flags, plain)


def _concepts(flags: tuple[Flag, ...]) -> list[tuple]:
    concepts = [c for f in flags for sign in f.signs for group in sign[:3] for c in group]
    return concepts + [c for f in flags for c in f.concern]


def _pains(flags: tuple[Flag, ...]) -> list[tuple]:
    """The context concept that tells pain (safety.toml [context] pain), as the signs use it."""
    return list(
        {
            id(c): c
            for f in flags
            for sign in f.signs
            for group in sign[:3]
            for c in group
            if c[3] and c[0] == PAIN
        }.values()
    )


def _concerned(flag: Flag, lookups: list, memo: dict) -> bool:
    """Does the message worry about its health (back pain, a doctor, "serious")?"""
    if not flag.concern:
        return True
    if flag.concern not in memo:
        memo[flag.concern] = any(look(c) for look in lookups for c in flag.concern)
    return memo[flag.concern]


# -- compiling safety.toml -------------------------------------------------------------------


class SafetyFileError(ValueError):
    """A fault in safety.toml: `key` names the flag's key at fault (None: the file's)."""

    def __init__(self, index: int | None, key: str | None, message: str):
        self.index, self.key = index, key
        super().__init__(message)


def compile_concepts(data: dict) -> dict[str, tuple]:
    """The `[concepts]` (symptoms) and `[context]` tables as compiled concepts by name."""
    out = {}
    for table, is_context in (("concepts", False), ("context", True)):
        value = data.get(table, {})
        if not isinstance(value, dict):
            raise SafetyFileError(None, table, f"`{table}` must be a table of phrase lists")
        for name, phrases in value.items():
            if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
                raise SafetyFileError(None, name, f"concept `{name}` must be a list of phrases")
            out[name] = _concept(name, phrases, is_context)
    return out


def _stem(word: str) -> str:
    """A concept word's stem, or the word itself where its stem is a function word ("butt"
    would be "but") or an adverb's stem says something else ("hardly" is not "hard", as
    in "a hard chair"; "barely" not "bar")."""
    global _STOPWORDS
    if _STOPWORDS is None:
        _STOPWORDS = general_stopwords()
    stemmed = stem(word)
    adverb = word.endswith("ly") and not stemmed.endswith("l")
    return word if stemmed != word and (adverb or stemmed in _STOPWORDS) else stemmed


_STOPWORDS: frozenset[str] | None = None


AS_TYPED = "="  # a concept word so marked counts only as typed: no other form, no typo


def _concept(name: str, phrases: list[str], is_context: bool = False) -> tuple:
    keep: list[tuple[str, ...]] = []
    unless: list[tuple[str, ...]] = []
    written: dict[str, str] = {}
    for text in phrases:
        if text.startswith("@"):
            word, _, days = text.partition(" ")
            if word not in (DURATION, AGE, PULSE) or not days.strip().isdigit():
                raise SafetyFileError(None, name, f"unknown built-in concept {text!r}")
            keep.append((word, days.strip()))
            continue
        target = unless if text.startswith("!") else keep
        found: list[str] = [NEGATED] if text.startswith(NEGATED) else []
        for word in text.lstrip("!" + NEGATED).split():
            if word.startswith(AS_TYPED):  # "=chills": not "chill" ("tense or chill")
                found += tokens(word[1:])
            else:
                found += ["#"] if word == "#" else [_stem(w) for w in tokens(word)]
        if found in ([], [NEGATED]):
            continue
        if target is unless and tuple(found) in keep:
            raise SafetyFileError(None, name, f"{text!r} would void every {text[1:]!r}")
        target.append(tuple(found))
        first = tokens(text.lstrip("!" + NEGATED + AS_TYPED))[:1]
        head = found[1] if found[0] == NEGATED else found[0]
        if target is keep and first and first[0] != head:
            written[first[0]] = head
    return (name, tuple(keep), tuple(unless), is_context, tuple(written.items()))


def compile_sign(spec: object, concepts: dict[str, tuple], near: int) -> tuple:
    """One sign: "a + b", or a table {all = [...], none = [...], rival = [...], near = N,
    person = true (the first concept must happen to a person: "I fell", not "my phone fell"),
    contrast = true (its concepts may stand on two sides of a "but": "I need to pee but
    nothing comes out"), once = true (one thing told: voided once, voided on its side of a
    "but")}."""
    if isinstance(spec, str):
        spec = {"all": [part.strip() for part in spec.split("+")]}
    if not isinstance(spec, dict) or not isinstance(spec.get("all"), list) or not spec["all"]:
        raise ValueError('a sign is "concept + concept" or a table with `all`')

    def named(key: str) -> tuple:
        names = spec.get(key, [])
        missing = [n for n in names if n not in concepts]
        if missing:
            raise ValueError(f"sign names an unknown concept: {missing[0]!r}")
        return tuple(concepts[n] for n in names)

    options = tuple(key for key in SIGN_OPTIONS if spec.get(key, False))
    return (named("all"), named("none"), named("rival"), int(spec.get("near", near)), options)


def compile_flag(table: dict, concepts: dict[str, tuple], near: int, concern: tuple) -> Flag:
    """A `[[flag]]` table, already checked for its id, level and message."""
    signs = [compile_sign(spec, concepts, near) for spec in table.get("signs", [])]
    if table.get("phrases"):  # plain phrases: any one of them is the sign
        signs.append(((_concept(table["id"], table["phrases"]),), (), (), near, ()))
    if not signs:
        raise ValueError("flag has no `signs` or `phrases`")
    return Flag(
        table["id"],
        table["level"],
        tuple(signs),
        " ".join(table["message"].split()),
        tuple(table.get("same_as", ())),
        " ".join(str(table.get("info", "")).split()),
        str(table.get("source", "")),
        tuple(table.get("examples", ())),
        bool(table.get("history", False)),
        () if table.get("asked", False) else concern,  # `asked`: any question about it counts
        general=bool(table.get("general", False)),
        everyday=bool(table.get("everyday", False)),
        anyone=bool(table.get("anyone", False)),
    )
