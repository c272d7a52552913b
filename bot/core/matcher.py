"""Find the entry that answers a question, with a 0-100 confidence, or say there is none.

Over the `Index` built once per knowledge base (bot/index.py):

1. *Words* — the sentences that ask are the question, the others its story (`context`).
   Content words are mapped onto the base's vocabulary: synonyms folded by the lexicon,
   typos forgiven by edit distance, "backpain" split in two. A word no entry or article
   paragraph has is read with general English (bot/meaning.py): a typo of a common word,
   a near-synonym of a base word, an *unknown* topic near the base's subject, or an
   everyday word. What the question asks of its topic ("how much", "how long") is noted
   (bot/aspects.py).
2. *Coverage* — each entry scores the share of the query's weight it holds, each word
   weighted by how few entries hold it ("oxide" counts for more than "magnesium"); the
   story's words only help. An unknown word counts against every entry and multiplies the
   confidence by a penalty: that is what declines "can magnesium cause kidney stones"
   although three of its four words are about magnesium and pain. A question of common
   words only ("magnesium?") is scaled down, unless an entry is asked exactly that way;
   one whose only known words are everyday ones is not on the subject at all.
3. *Closeness* — the best entries are re-ranked by `rapidfuzz.process.extract` against
   their phrasings, by content stems (what it is about) and word for word (how it is
   asked), so the phrasing people actually use wins.
4. *Decision* — an aspect the best entry does not address is declined, naming it (unless
   an entry nearly as near addresses it: that one is the answer); under
   `answer_threshold`, no match; two close entries, unsure (or no match when neither
   reaches `unsure_threshold`); else answered. With no entry, a passage of the article
   may answer (bot/passages.py).
"""

import heapq
import math
import re
from collections.abc import Sequence
from functools import cached_property
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from . import (
    aspects,
    contrast,
    counts,
    excluded,
    forms,
    meaning,
    negated,
    preamble,
    safety,
    smalltalk,
    ties,
    words,
)
from .askrules import FIRST_PERSON
from .index import Index, Texts, build_index, cover, holds, sort_words
from .knowledge import Entry, KnowledgeBase, SmallTalk
from .question import Question
from .scoring import (
    CLOSENESS_WEIGHT,
    Closest,
    Shortlist,
    confidence,
    coverages,
)
from .text import (
    DEGREES,
    MAX_QUERY_CHARS,
    PARTICLES,
    ByLength,
    LazyPattern,
    introduced,
    max_typos,
    normalise,
    stem,
    tokens,
)
from .words import ADJECTIVE
from .words import parts as word_parts
from .words import zipf as word_zipf

if TYPE_CHECKING:
    from .passages import Passage

ANSWERED, UNSURE, NO_MATCH, SMALLTALK = "answered", "unsure", "no_match", "smalltalk"

CONTEXT_WEIGHT = 0.5  # a word of the current topic counts this much of a typed one
STORY_WEIGHT = 0.5  # a word of the story around a question, this much of an asked one
SUBJECT_WEIGHT = 2.0  # a word of the subject of "is X a Y?", this much
CONDITION_WEIGHT = 0.5  # a word said only in a condition ("when ...", "if ..."), this much
DOER_NEAR = 0.3  # a noun in "-er" at least this near its verb in meaning may be its doer
DOER_LETTERS = 6  # a noun of a doer this long may be read as its verb ("user": no)
STATE_LETTERS = 7  # "-ness" on an adjective of three letters at least ("soreness")
KNOWN_FILLER_WEIGHT = 1.0  # at most this for a generic word the base uses, unless a key term
FILLER_WEIGHT = 0.3  # weight of a generic word the base does not know
VERBATIM_SCAN = 2000  # a vague query looks for a word-for-word phrasing among this many
VERBATIM = 95  # token_sort_ratio at which a query is one of an entry's phrasings
SHORTLIST = 16  # entries re-ranked by closeness
PASSAGE_WORDS = 2  # a passage answers only a question of this many telling words ...
PASSAGE_COVERAGE = 0.99  # ... all of which it holds ...
PASSAGE_MARGIN = 0.4  # ... by this share more than any other passage
COUNT = "count"  # the aspect "how many" asks (bot/data/aspects.toml), of a thing named
POPULATION = "population"  # the aspect of who may take a thing (bot/data/aspects.toml)
JOINED_LETTERS = 6  # a word this long may be two of the base's words typed as one
# two words a space apart, together long enough to be one word typed in two
_TWO_WORDS = LazyPattern(r"(?<![A-Za-z'])([A-Za-z]{2,}) (?=([A-Za-z]{2,})(?![A-Za-z']))")
MENDED_LETTERS = 4  # a word of a synonym phrase this long may be typed one letter off
SPACED_ZIPF = 3.0  # a word this common in English (Zipf) is a word as typed, no slip of space
SPACED_LETTERS = 6  # a word this long that is none may be two typed without their space
RUN_ON_LETTERS = 4  # ... and one this long that English never uses, two common ones run on
RUN_ON_ZIPF = 4.5  # a word this common in English (Zipf) is common enough to be run on
COMMONEST_ZIPF = 5.0  # words all this common may run on with no function word among them
MAX_RUN_ON = 30  # letters: longer than this, a run of letters is parted into no words
LABEL_WORDS = 3  # at most this many words before a comma may only open the question
_LABEL_BUT = LazyPattern(r"\bbut\b", re.IGNORECASE)  # "dumb question but ..."
_PRONOUNS = frozenset(
    ("i", "im", "ive", "me", "my", "we", "our", "you", "your", "he", "his", "she", "her", "it",
     "its", "they", "their", "this", "that")
)  # fmt: skip
_WH = frozenset(("why", "how", "what", "whats", "when", "where", "which", "who"))
_POINTERS = frozenset(("it", "that", "this", "them", "they", "those", "these"))


CAUSE = stem("causing")  # the stem of a question that asks what brings a thing about
# nouns that say only that something is wrong with the thing named before them
_TROUBLE = frozenset(
    ("trouble", "troubles", "problem", "problems", "issue", "issues", "complaint", "complaints")
)
# endings of adjectives that sort a thing into a kind, more than they say how it is
_SORTING = ("al", "ic", "ar", "ary", "ical")


_IRREGULAR_MOST = {"worse": "worst", "better": "best", "less": "least", "more": "most"}


def _describes(word: str) -> bool:
    """Is `word` one that only describes a thing, never names one: an adjective and no noun
    in the English lexicon ("squishy"), or a word it lacks made an adjective by "-y" from
    a word it holds ("gurgly" from "gurgle", "burny" from "burn")?"""
    found = words.parts(word)
    if found:
        return words.NOUN not in found and words.ADJECTIVE in found
    if len(word) < 5 or not word.endswith("y") or word.endswith("ey"):
        return False
    base = word[:-1]
    return any(words.parts(b) for b in (base, base + "e", base[:-1]) if len(b) >= 3)


def _superlative(word: str) -> str | None:
    """The superlative of a comparative ("worse": "worst", "gentler": "gentlest"), if
    `word` is one."""
    if word in _IRREGULAR_MOST:
        return _IRREGULAR_MOST[word]
    if len(word) > 5 and word.endswith("er") and ADJECTIVE in word_parts(word):
        return word[:-2] + "est"
    return None


def _unmarked_label(sentence: str) -> int:
    """Where the question of "okay so question why would ..." begins after a label typed
    with no comma: up to `LABEL_WORDS` words, none a pronoun or an auxiliary (a clause the
    question word belongs to: "tell me why", "i wonder how", "is it why"), then a question
    word that opens a question; 0 when none does. `_without_label` keeps a label that names
    the subject ("back pain why ...")."""
    words = normalise(sentence).split()
    for at in range(1, min(LABEL_WORDS, len(words) - 2) + 1):
        if words[at] in _WH:
            before = words[:at]
            if _PRONOUNS.isdisjoint(before) and not any(forms.auxiliary(w) for w in before):
                return at if forms.opens(words[at:]) else 0
            return 0
    return 0


# the question words a clause asking what a thing is for opens with, after a story
_PURPOSE_OPENERS = frozenset(("what", "whats", "why"))

# what a reader calls the text they are reading ("this article", "the page"): English
_DOCUMENT = frozenset(("article", "page", "post", "piece", "guide", "text", "faq", "document"))
_POINTING_AT = frozenset(("this", "the", "your"))
DOCUMENT_REACH = 4  # "this magnesium back pain page": the pointer this many words before


def names_own_document(words: Sequence[str]) -> bool:
    """Does a question name the text the bot answers from ("this article", "the page",
    "this magnesium/back pain page")? It asks of the base, whatever its other words."""
    return any(
        w in _DOCUMENT and not _POINTING_AT.isdisjoint(words[max(0, i - DOCUMENT_REACH) : i])
        for i, w in enumerate(words)
    )


def _verb_roots(word: str) -> list[str]:
    """The plain forms a verb form may have by the regular rules ("timing": "time",
    "backed": "back", "setting": "set", "logs": "log"), the word itself first."""
    out = [word]
    for ending in ("ing", "ed", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            root = word[: -len(ending)]
            out += [root, root + "e"]
            if len(root) > 2 and root[-1] == root[-2]:
                out.append(root[:-1])  # "setting": "set"
    return out


_NONE: frozenset[str] = frozenset()
_NOTHING_TOLD: dict[int, float] = {}  # no story: no entry holds any of its words (never set)


_SENTENCES = LazyPattern(r"(?<=[.!?])\s+")
_TOKEN = LazyPattern(r"[A-Za-z][\w'.-]*")


HEADLINE_WORDS = 3  # a title of this many words at least, each long word capitalised


def _headline(sentence: str) -> bool:
    """Is `sentence` written as a title ("The Blood Test That Tells You"): every word of four
    letters or more capitalised, not all in capitals? A headline's second line goes on
    asking what its first asked, though it opens no question."""
    said = re.findall(r"[A-Za-z']+", sentence)
    long = [w for w in said if len(w) >= 4]
    return (
        len(said) >= HEADLINE_WORDS
        and bool(long)
        and all(w[0].isupper() and not w.isupper() for w in long)
    )


def _doing_asked_of(word: str, said: list[str]) -> bool:
    """Is `word` a verb's "-ing" form standing alone as what a question asks of, the verb
    of the question right after it ("will STRETCHING help?", "does WALKING make it
    worse?")? Then it names a doing, a thing of its own; not one with its object after it
    ("did UPPING the dose do this?", "would CHANGING to another form fix it?"), which asks
    of that object. English grammar (word data)."""
    if len(word) <= 5 or not word.endswith("ing") or words.VERB not in words.parts(word):
        return False
    at = said.index(word) if word in said else -1
    after = said[at + 1] if 0 <= at < len(said) - 1 else ""
    return bool(after) and words.VERB in words.parts(after) and not after.endswith("ing")


def _present_verb(word: str, said: Sequence[str], stopwords: frozenset[str]) -> bool:
    """Is `word` a verb of the present said of the noun before it, with its object after
    it ("the nervous system HANDLES pain", "magnesium BLOCKS the receptors"): what a thing
    does, no topic of its own ("door handles" is a thing: nothing follows)? English grammar
    (word data)."""
    if not word.endswith("s") or word.endswith("ss") or words.VERB not in words.parts(word):
        return False
    at = next((n for n, w in enumerate(said) if w == word), None)
    if at is None or not at or at + 1 >= len(said):
        return False
    before, after = said[at - 1], said[at + 1]
    return (
        before not in stopwords
        and words.NOUN in words.parts(before)
        and (after in _OBJECT_OPENERS or words.NOUN in words.parts(after))
        and after not in _CLAUSE_VERBS
    )


def _verb_after_adverb(said: Sequence[str], n: int) -> bool:
    """Is `said[n]`, which can be a verb, said right after an adverb ("doctors GENERALLY
    regard magnesium as ...")? Then it is that verb, never a noun naming a kind of the next
    word's thing. English grammar (word data)."""
    return bool(n) and meaning.only_how(said[n - 1]) and words.VERB in words.parts(said[n])


def _relative_verb(word: str, said: Sequence[str]) -> bool:
    """Is `word` the verb of a relative clause, with a particle after it ("cramps that
    (kind of) WRAP round to my back", "a pain which SHOOTS down my leg"): what the thing
    before does, no topic of its own ("is that wrap any good?" names a thing: no noun
    before "that", no particle after)? English grammar (word data)."""
    if words.VERB not in words.parts(word):
        return False
    at = next((n for n, w in enumerate(said) if w == word), None)
    if at is None or at + 1 >= len(said) or said[at + 1] not in _PARTICLES:
        return False
    n = at - 1
    while n >= 1 and said[n] in _HEDGES:  # "that KIND OF wraps", "which JUST shoots"
        n -= 1
    if said[n] == "of" and n >= 2 and said[n - 1] in ("kind", "sort"):
        n -= 2
    return n >= 1 and said[n] in _RELATIVES and words.NOUN in words.parts(said[n - 1])


_RELATIVES = frozenset(("that", "which", "who"))
# the participles that tell how sure a thing is, not what kind it is ("any PROVEN benefit",
# "the SUPPOSED link"; "DISTILLED water" is a kind): English
_HOW_SURE = frozenset(
    ("proven", "unproven", "documented", "established", "reported", "claimed", "supposed",
     "alleged", "purported", "rumored", "rumoured", "confirmed", "verified", "demonstrated",
     "researched", "studied", "touted", "believed", "suspected")
)  # fmt: skip
_HEDGES = frozenset(("kinda", "sorta", "just", "really", "also", "sometimes", "always", "still"))
# the particles a verb of motion takes ("wraps ROUND", "shoots DOWN"): English
_PARTICLES = frozenset(
    ("round", "around", "to", "into", "through", "thru", "down", "up", "out", "across", "over",
     "along", "back", "toward", "towards", "under", "from")
)  # fmt: skip

# the words that open a verb's object ("handles THE pain"): English
_OBJECT_OPENERS = frozenset(("the", "a", "an", "my", "your", "our", "their", "his", "her", "its"))

# the verbs that follow the subject of a clause ("mag IS ...", "the pills HAVE ..."): English
_CLAUSE_VERBS = frozenset(
    ("is", "are", "was", "were", "has", "have", "had", "isnt", "arent", "wasnt", "hasnt", "s")
)


def _subject_and_verb(word: str, after: str) -> bool:
    """Are `word`, a plural noun, and the verb `after` it a subject and what it does
    ("EXPERTS SAY", "studies show"), not a kind of a thing ("goat milk" names a kind with a
    noun in the singular)? English grammar."""
    return (
        word.endswith("s")
        and not word.endswith("ss")
        and words.NOUN in words.parts(word)
        and words.VERB in words.parts(after)
    )


def names(raw: str) -> frozenset[str]:
    """The (normalised) words a message writes as names: capitalised inside a sentence
    ("a blog post on Medium", "the FTC"), not "I", not the first word, and not in a
    sentence written in title case ("Oxide vs Glycinate for Back Pain"), where every word
    is. A name the base lacks is a thing asked about (a brand, a place, someone), never
    chatter, however its letters read as an everyday word."""
    found: set[str] = set()
    for sentence in _SENTENCES.split(raw):
        tokens = _TOKEN.findall(sentence)
        capital = [t for t in tokens[1:] if t[0].isupper() and t not in ("I", "I'm", "I've")]
        if not capital or 2 * len(capital) >= len(tokens) - 1:
            continue
        found.update(normalise(t) for t in capital)
    return frozenset(found)


# "it" as the one doing what a question asks, after the auxiliary that opens it ("what does
# it do", "can it cause", "how would it help"); not "is it ..." (English grammar)
_IT_DOES = LazyPattern(
    r"\b(?:does|do|did|can|could|will|would|might|may|should)\s+it\s+(?!be\b)\w",
    re.IGNORECASE,
)
# the marks that end a clause: words on either side of one name no one thing together
_CLAUSE_MARK = LazyPattern(r"[,;:.!?()/]+")


# known stems a sentence told before "how do I fix it?" needs to be what "it" names: a
# message or an error, not a symptom or two ("cramps from oxide. how do I stop it?" reads
# the story as context)
TOLD_THING = 5


class _Said(NamedTuple):
    """What a question says around its words, read when one of them is unknown to the
    base (most questions: none is): what it asks about ("the best MATTRESS", "does
    COFFEE block it?"), the words it writes as names, its framing words ("the anatomy of
    why ...", the verb of "WOUND up": no topic) and the states it asks a thing to bring
    about ("can it make you DIZZY?": a topic, an adjective though) and the deeds it asks
    how or whether to do ("how do I REHEAT it")."""

    chosen: frozenset[str]
    names: frozenset[str]
    framing: frozenset[str]
    states: frozenset[str]
    deeds: frozenset[str]
    things: frozenset[str]  # "can it give you vivid DREAMS?": the nouns asked brought about

    @classmethod
    def of(cls, question: Question, words: list[str]) -> "_Said":
        said = tuple(words)
        doer = forms.doer(said)
        chosen = forms.chosen(said) | forms.versus(said) | ({doer} if doer else set())
        return cls(
            chosen,
            names(question.raw[:MAX_QUERY_CHARS]),
            forms.framing(said) | forms.phrasal(said),
            forms.brought_states(said),
            forms.asked_deeds(said),
            forms.brought_things(said),
        )


class Query(NamedTuple):
    """A question after normalisation: its words, its content stems, what the base lacks.

    A message that tells a story around its question ("I started citrate last week. Could
    that be why my back hurts?") is read in two parts: the sentences that ask give `words`
    and `stems`; the others give `context`, stems that can only help an entry.
    """

    text: str
    words: tuple[str, ...]
    stems: tuple[str, ...]  # content stems, as the knowledge base spells them
    unknown: tuple[str, ...]  # words the base has never seen, that name a topic
    filler: tuple[str, ...] = ()  # words the base has never seen, that are generic
    context: tuple[str, ...] = ()  # known stems of the sentences that do not ask
    aspects: tuple[str, ...] = ()  # what the question asks of its topic (bot/aspects.py)
    soft: tuple[tuple[str, float], ...] = ()  # stems read from a near-synonym, and how near
    degree: tuple[str, ...] = ()  # stems that ask an aspect ("how QUICKLY"), not a topic
    form: str | None = None  # the kind of answer it wants: a reason, yes or no (bot/forms.py)
    conditional: tuple[str, ...] = ()  # stems said only in a condition ("when ...", "if ...")
    subject: tuple[str, ...] = ()  # stems of the subject asked of ("is THE STRESS a reason")
    points_back: bool = False  # asked of "that" told before ("I take oxide. Is that bad?")
    of_told: bool = False  # asked of what it tells, pointed at ("... Is magnesium doing this?")
    brought: tuple[str, ...] = ()  # stems of what it asks a thing to bring about ("HEADACHES")
    aside: tuple[str, ...] = ()  # known stems it sets aside ("apart from CRAMPS, what else ...")
    echo: bool = False  # its words are words told before it, the rest a pronoun (`_echoes`)


class Closeness(NamedTuple):
    best: dict[int, float]  # entry index -> closeness to its nearest phrasing (0-100)
    question: dict[int, float]  # entry index -> closeness to its question
    verbatim: set[int]  # entries asked (nearly) word for word as the query asks


class Match(NamedTuple):
    entry: Entry
    score: float


class MatchResult(NamedTuple):
    query: Query
    status: str
    matches: tuple[Match, ...] = ()
    small_talk_item: SmallTalk | None = None  # the item recognised, when small talk
    score: float = 0.0
    not_said: tuple[str, ...] = ()  # aspects asked that the best entry does not address
    passage: "Passage | None" = None  # no entry answers; this passage of the article does

    @property
    def best(self) -> Match | None:
        return self.matches[0] if self.matches else None


COMMONER = 0.3  # Zipf: this much commoner (twice as frequent) is the likelier slip


def _likeliest(hits: Sequence[tuple[str, float, int]]) -> str | None:
    """Of the spellings nearest a typo, the one English uses most ("comon" is "common", one
    letter from "colon" too): as likely a slip, the commoner word is the likelier meant."""
    if not hits:
        return None
    nearest = min(h[1] for h in hits)
    return max((h[0] for h in hits if h[1] == nearest), key=words.zipf)


class Matcher:
    """Matches questions against a `KnowledgeBase`, using its pre-processed `Index`.

    `match` is the one call that decides; `analyse`, `rank` (and `scores`, `leader`, its
    parts `check` reads), `evidence`, `question_stems`, `spell`, `read`, `names_every_word`,
    `subject_stems` and `aspect_names` only read.
    """

    def __init__(self, kb: KnowledgeBase, index: Index | None = None, *, shortlist_only=False):
        self.kb = kb
        # `rank` reads only the entries it may shortlist (exact; for `check`'s many questions)
        self.shortlist_only = shortlist_only
        self._bits: dict[str, tuple[int, int]] = {}  # postings as bits, when shortlist_only
        self.lexicon = kb.lexicon
        self.entries = kb.entries
        self.index = index or build_index(kb)
        self.index_of = {e.id: i for i, e in enumerate(kb.entries)}
        self.known = self.index.known
        self.spellings = self.index.spellings
        self._by_length = ByLength(list(self.spellings))
        self._spelled: dict[str, str | None] = {}
        self._members: dict[str, bytearray] = {}  # common words' `held` tables (bot/index.py)
        self._readings: dict[str, meaning.Reading] = {}
        self._no_words: dict[str, bool] = {}  # a word as typed that is none (`respaced`)
        # word -> the synonym phrases it is in, and where (`_phrase_typos`), on first use
        self._in_phrases: dict[str, list[tuple[tuple[str, ...], int]]] | None = None
        self._aspect_weights: dict[str, float] = {}
        self.kind_heads: frozenset[str] | None = None  # what kinds are of (kinds._heads)
        # entry id -> the kind it is about (kinds.py), as the compiled cache holds them
        self.kinds: dict[str, frozenset[str]] = (
            {e.id: frozenset(k) for e, k in zip(kb.entries, self.index.kinds, strict=True)}
            if len(self.index.kinds) == len(kb.entries) and kb.entries
            else {}
        )
        safety.use_catalogued(kb.flags, self.index.flags)  # red flags read without indexing
        self.aspects = tuple(aspects.Aspect(*a) for a in self.index.aspects)
        self.aspect_names = {a.id: a.name for a in self.aspects}
        self.aspect_names[contrast.ASPECT] = contrast.NAME
        # as this base asks them, worked out when the base was compiled (stems cost start-up)
        asked_aspects = tuple(aspects.Aspect(*a) for a in self.index.asked_aspects)
        self.asked_aspects = tuple(a for a in asked_aspects if a.declines)
        # what a question may ask that only says it says enough ("what is it for?")
        self.telling_enough = tuple(a for a in asked_aspects if not a.declines)
        self.telling_aspects = tuple(a for a in self.asked_aspects if a.told)
        self.vocabulary = meaning.Vocabulary(self.index.meaning, self.spellings)
        if shortlist_only:  # its many queries read them: sorted now, before any worker forks
            self.index.choices.sorted()
            self.index.phrases.sorted()

    # -- stage 0: the query ------------------------------------------------------------

    @property
    def subject_stems(self) -> frozenset[str]:
        """The stems of the base's subject (see `meaning.Vocabulary`)."""
        return self.vocabulary.subject_stems

    @cached_property
    def _taken(self) -> frozenset[str]:
        """The one-word things a person takes, as conversation.toml's situation names them
        ("taking": "magnesium", "pills"); none when the base names none."""
        from .situation import TAKING  # the group's name, where the situation is kept

        groups = dict(self.kb.cues.situation)
        return frozenset(p for p in groups.get(TAKING, ()) if " " not in p)

    @cached_property
    def title_stems(self) -> tuple[str, ...]:
        """The content words of the article's title, as the base spells them, in order."""
        return tuple(dict.fromkeys(self.lexicon.content(tokens(self.kb.article.title))))

    @cached_property
    def title_words(self) -> frozenset[str]:
        """The content words of the article's title, as the base spells them."""
        return frozenset(self.title_stems)

    def analyse(self, question: Question | str, *, asked: bool = True) -> Query:
        """Map the content words of `question` onto the base's vocabulary (`asked=False`:
        without the aspects it asks, which only `match` reads, not `rank`)."""
        question = Question.of(question)
        if (rejoined := self._rejoined(question.raw)) != question.raw:
            question = Question.of(rejoined)
        if (respaced := self.respaced(question.raw)) != question.raw:
            question = Question.of(respaced)
        if (intro := introduced(question.raw)) != question.raw:
            question = Question.of(intro)  # "Nurse here, ...": who writes, told
        kept = excluded.without_set_aside(question.asks) or self._without_label(question)
        words = self.lexicon.canonical(
            self._phrase_typos(question.asking_words if kept is None else kept)
        )
        words = forms.without_vague_heads(words)  # "is the back PART related?": the back
        words = forms.like_that(words)  # "could a dumb move LIKE THAT do it?": could that
        words = forms.without_everyone_and_theirs(words)  # "everyone n their mom": everyone
        words = forms.without_truth_frame(words)  # "IS IT TRUE magnesium causes it?": does it
        words = forms.stopping_as_help(words)  # "does magnesium STOP cramps?": help them
        at = forms.doing_to(words)
        if at is not None and stem(words[at]) not in self.known and CAUSE in self.known:
            # "what is wrecking my back?" asks what causes it, in a verb the base never uses
            words = [*words[:at], "causing", *words[at + 1 :]]
        giving = forms.giving_trouble(words) if CAUSE in self.known else None
        if giving is not None:  # "oxide GIVING ME GRIEF" says it causes me trouble
            start, end = giving
            words = [*words[:start], "causing", "trouble", *words[end:]]
        seen = forms.getting_it_seen(words)
        if seen is not None:  # "get my back pain LOOKED AT": have it examined, as the base says
            start, end = seen
            thing = [w for w in words[start + 1 : end] if w not in forms.SEEING_WORDS]
            thing = [w for w in thing if w not in self.lexicon.stopwords]
            checked = self.lexicon.canonical(["get", "it", "checked"])
            words = [*words[:start], *checked, *thing, *words[end:]]
        going = forms.going_on(words) if CAUSE in self.known else None
        if going is not None:  # "what else could be GOING ON with my back?": what causes it
            words = [*words[:going], "causing", *words[going + 2 :]]
        words = forms.too_little_as_de(words, self.known)  # "poor hydration": dehydration
        if CAUSE in self.known:  # "is my magnesium THE PROBLEM?": is it causing it
            words = forms.the_problem_as_causing(words)
        made = forms.making_hurt(words) if CAUSE in self.known else None
        if made is not None:  # "what else can MAKE your back ache?" asks what causes it
            words = [*words[:made], "cause", *words[made + 1 :]]
        did = forms.doing_it(words) if CAUSE in self.known else None
        if did is not None:  # "what do you think actually DID it?": what caused it
            words = [*words[:did], "caused", *words[did + 1 :]]
        stems: dict[str, None] = {}
        unknown: list[str] = []
        filler: list[str] = []
        soft: dict[str, float] = {}
        mended: dict[str, str] = {}  # typos, as the words they are: "stomache" -> "stomach"
        known = self.known
        said: _Said | None = None  # read only for a word the base does not know
        for word in self.lexicon.content_words(words):
            own = stem(word)
            if own in known:  # most words: `spell`'s first answer, without the call
                stems.setdefault(own, None)
                continue
            if word.startswith(DEGREES):
                continue  # "too much" of a thing no entry says so: the words around it ask
            found = self.spell(word)
            if found is not None and found != own and word_zipf(word) < meaning.RARE:
                # "how LOMG does it last": a slip of the base's own word, mended, asks as
                # that word does (an aspect: "how long")
                slip = meaning.mend(word, self.lexicon.stopwords)
                if slip is not None:
                    mended[word] = slip
            if found is None and "which" in words and (most := _superlative(word)) is not None:
                # "which one is WORSE?" of things the base ranks as "the worst": asked to
                # choose, one asks what the other says, of two things or of more
                found = self.spell(most)
            if found is None and self._hedges((word,)):
                # "NORMALLY taken for" is no "normal": an adverb the base lacks tells how
                # often or how surely, never a near word of the base (filler, at no cost)
                filler.append(word)
                continue
            if found is None:
                said = said or _Said.of(question, words)
                chosen, as_names, framing, states, deeds, things = said
                reading = self.read(word)
                if reading.word != word:
                    mended[word] = reading.word
                if reading.kind == meaning.STOP:
                    continue
                if reading.kind == meaning.KNOWN:
                    found = reading.stems
                    for s in found.split():
                        soft[s] = max(soft.get(s, 0.0), reading.nearness)
                elif (
                    word in framing
                    or self.graded(word, words)
                    or _present_verb(word, words, self.lexicon.stopwords)
                    or _relative_verb(word, words)
                    or (reading.kind == meaning.GENERIC or meaning.everyday(word))
                    and not (
                        self._chosen_thing(word, chosen)
                        or (word in chosen and _doing_asked_of(word, words))
                        or self._deed_asked(word, deeds)
                        or self._kind_of(word, words)
                        or (word in as_names and not meaning.everyday(word))
                        or (word in states and self._a_state_of_its_own(word))
                        or word in things  # a thing asked brought about, however everyday
                    )
                ):
                    filler.append(word)  # says nothing about the topic: no stem of its own
                    continue
                else:
                    unknown.append(word)
                    stems.setdefault(stem(word), None)
                    continue
            for s in found.split():
                stems.setdefault(s, None)
        if filler and kept is None:
            for clause in preamble.leading_clauses(question.asks):
                # "been curious about this for ages, how does ...": chatter, not evidence
                content = self.lexicon.content_words(self.lexicon.canonical(clause))
                filler = preamble.only_chatter(content, filler)
        deeds = said.deeds if said is not None else frozenset()
        kinds = [w for w in unknown if w not in deeds]
        for kind, head in self._kinds_named(kinds, words, question) if kinds else ():
            # "RAIN water" is not the article's water: the two are one thing the base
            # lacks, which no entry holds (a hyphened stem no text of the base can have)
            for s in (self.spell(head) or "").split():
                stems.pop(s, None)
            unknown.append(head)
            stems.setdefault(f"{kind}-{stem(head)}", None)
        opposite = negated.negative_forms(words, self.lexicon.stopwords, self.spell, self.index.idf)
        if opposite:  # "doesn't absorb" as the base's "unabsorbed"
            stems = dict.fromkeys(opposite.get(s, s) for s in stems)
        context: dict[str, None] = {}
        # "my sister gets itchy skin from her vitamins. is that normal?" asks of the skin: a
        # question asked of "that" told before asks of what it tells, and a sentence that
        # tells nothing of the base's subject tells of topics the base lacks (one that does,
        # "felt a twinge in my back", describes what the base knows in words of its own)
        leans = bool(question.told_words) and forms.points_back(question.asks)
        # "... a chiropractor, ... a massage. Would EITHER OF THOSE help?": asked of the
        # things told, whatever else the sentence that told them says
        picks = bool(question.told_words) and forms.picks_among_told(question.asks)
        leans = leans or picks
        subject = self.subject_stems
        # "I took two capsules of citrate. I dropped to one capsule and it's gone. Why did
        # that work?": a word told beside the subject before is no other topic told again
        beside: set[str] = set()
        says_little = bool(question.told_words) and not leans and subject.isdisjoint(stems)
        for sentence in question.told_words:
            lacking: list[str] = []
            elsewhere: list[str] = []
            named = False
            sentence = excluded.without_reporter(sentence)
            # "I started a new job lifting boxes": no supplement begun, lifting told
            sentence = excluded.without_other_beginnings(sentence, self._taken)
            for word in self.lexicon.content_words(self.lexicon.canonical(sentence)):
                found = self.spell(word)
                for s in (found or "").split():
                    named = named or s in subject
                    if s not in stems:
                        context.setdefault(s, None)
                if found is None and leans and self._names_unknown_topic(word):
                    lacking.append(word)
                if found is None and says_little and self._far_from_subject(word):
                    elsewhere.append(word)
            if named:
                beside.update(stem(w) for w in sentence)
            if not named or picks:
                unknown += [w for w in lacking if stem(w) not in beside or picks]
                if says_little:
                    # "my cat keeps shredding the couch. what can I do?": a question that
                    # names nothing of the base's subject is asked of its story, which here
                    # tells of things far from it: words of another topic
                    filler += [w for w in elsewhere if w not in filler]
        if (
            len(context) >= TOLD_THING
            and len(stems) <= 1
            and forms.deed_on_pointer(tuple(question.asking_words))
            # a sentence that tells of a person ("my back has ached since") is no message
            and not any(FIRST_PERSON.intersection(told) for told in question.told_words)
        ):
            # "Only one package in the graph may specify the same links value. How do I fix
            # it?": a deed asked of a thing told at length (an error, a message) asks of
            # that thing, whose words are the question's
            stems.update(dict.fromkeys(context))
            context.clear()
        quoted = self._quoted_asked(question)
        if quoted:
            # "Someone called it 'referred pain'. Can anyone explain what that means?":
            # what is asked is the term quoted, whatever else the story tells
            stems.update(dict.fromkeys(quoted))
            context.clear()
        if context and question.told_words:
            # "I started magnesium after my coach said ... What does IT do inside the
            # muscle?": "it", doing what the question asks, is the one thing of the
            # article's own subject the story named
            for s in self._agent_told(question, context):
                stems.setdefault(s, None)
                context.pop(s, None)
        asked_aspects = self._aspects_asked(question, tuple(stems), mended) if asked else ()
        if asked_aspects and unknown:
            # "WHAT TEMPERATURE should I bake it at": the word asks the aspect, whether or
            # not the article uses it; what the aspect asks is read as an aspect, not a topic
            asking = aspects.asking_words(question.asking, self.asked_aspects, asked_aspects)
            for word in [w for w in unknown if w in asking]:
                unknown.remove(word)
                stems.pop(stem(word), None)
        echo = not leans and self._echoes(question, stems)
        return Query(
            question.normalised,
            tuple(words),
            tuple(stems),
            tuple(unknown),
            tuple(filler),
            tuple(context),
            asked_aspects,
            tuple((s, n) for s, n in soft.items() if n < 1.0 and s in stems),
            tuple(
                dict.fromkeys(
                    s
                    for w in (
                        *aspects.degree_words(
                            question.asking, self.asked_aspects, self.index.frames
                        ),
                        *self._hedges(words),
                    )
                    if (s := stem(w)) in stems
                )
            ),
            forms.form(" ".join(question.asks)) if asked else None,
            self._conditional(question, stems),
            self._subject(question, stems),
            (leans or echo) and bool(context),
            bool(context) and (leans or forms.asks_of_told(question.asks)),
            self._brought(words, stems) if asked else (),
            self._aside(question, kept),
            echo and not leans and bool(context),
        )

    def _quoted_asked(self, question: Question) -> tuple[str, ...]:
        """The known stems of a term told in quotes ("called it 'referred pain'") when the
        question asks what "that" or "it" means: the term is what it asks of."""
        if not question.told_words or not forms.asks_meaning_of_pointer(question.asking_words):
            return ()
        found: list[str] = []
        for told in question.parts.tells:
            for term in forms.quoted(told):
                for word in self.lexicon.content_words(
                    self.lexicon.canonical(normalise(term).split())
                ):
                    found += [s for s in (self.spell(word) or "").split() if s]
        return tuple(dict.fromkeys(found))

    def _echoes(self, question: Question, stems: dict[str, None]) -> bool:
        """Does a question ask of what was told before it by saying its words again, with a
        pronoun for the rest ("She said oxide 'pulls water'. Pulls IT from where?")? Then
        its own words are the story's, and it is read only as asked of the story."""
        if not stems or not question.told_words:
            return False
        said = question.asking_words
        told = {stem(w) for sentence in question.told_words for w in sentence}
        # the pointer the object of the word said again ("PULLS IT"), not a subject of
        # its own ("could it be the lifting?")
        return told.issuperset(stems) and any(
            w in _POINTERS and k and stem(said[k - 1]) in told for k, w in enumerate(said)
        )

    def _aside(self, question: Question, kept: tuple[str, ...] | None) -> tuple[str, ...]:
        """The known stems of the words a question sets aside ("apart from muscle CRAMPS
        and SPASMS, what are the other signs ...?"): those of its asking words that the
        reading without them lacks."""
        if kept is None:
            return ()
        left = {stem(w) for w in kept}
        return tuple(
            dict.fromkeys(
                s
                for w in question.asking_words
                if (s := stem(w)) not in left and s in self.index.idf
            )
        )

    def _brought(self, words: list[str], stems: dict[str, None]) -> tuple[str, ...]:
        """The known stems of the things a question asks a thing to bring about ("can
        glycinate cause HEADACHES?"): the words of `forms.brought_things`, as spelled."""
        if not forms.asks_whether_causes(words):
            return ()  # "what would you switch to if it's giving you gut problems?" asks what
        things = forms.brought_things(tuple(words))
        return tuple(
            dict.fromkeys(s for w in things for s in (self.spell(w) or "").split() if s in stems)
        )

    def _agent_told(self, question: Question, context: dict[str, None]) -> tuple[str, ...]:
        """The stems of the one noun of the article's title the told sentences name, when
        the question asks what "it" does ("what does it do ...", "can it cause ..."): "it"
        stands for that. None when no "it" does in the question, or the story names none
        or several of the title's nouns."""
        if not any(_IT_DOES.search(sentence) for sentence in question.asks):
            return ()
        named = {
            found
            for sentence in question.told_words
            for word in self.lexicon.canonical(list(sentence))
            if (found := self.spell(word)) in self.title_words and words.NOUN in words.parts(word)
        }
        if len(named) != 1:
            return ()
        (found,) = named
        return tuple(s for s in found.split() if s in context)

    def _only_named_by(self, entry: Entry, words: tuple[str, ...]) -> bool:
        """Are `words` a thing the entry's question names, and no more ("magnesium", not
        "taking less magnesium")?"""
        stems = set(self.analyse(" ".join(words)).stems)
        return bool(stems) and stems <= set(self.question_stems(entry))

    def _question_names(self, entry: Entry, words: tuple[str, ...]) -> bool:
        """Does the entry's question name a thing of `words` ("Is it normal to suspect a new
        SUPPLEMENT ...?" of "would supplements help?")?"""
        return not set(self.analyse(" ".join(words)).stems).isdisjoint(self.question_stems(entry))

    def _subject_named(self, query: Query, top: Match) -> tuple[str, ...]:
        """The telling stems of the subject a yes-or-no question opens on ("does OXIDE make
        you poop?"), as the base spells them: the thing it asks of; none when the entry
        `top` names them all (then its parts of speech need not be read: most questions)."""
        if query.form != forms.YES_NO or query.words[:1] in (("did",), ("was",), ("were",)):
            # what a thing does, not what happened: "did deadlifts this week + started mag"
            # tells a story, its subject dropped
            return ()
        maybe = self._telling_stems(query, forms.doers(query.words, by_parts=False))
        if not maybe or self._holds_all(top, maybe):
            return ()  # the subject as read with parts of speech is some of these words
        return self._telling_stems(query, forms.doers(query.words))

    def _telling_stems(self, query: Query, words: tuple[str, ...]) -> tuple[str, ...]:
        found = []
        for word in words:
            for s in (self.spell(word) or "").split():
                if (
                    s in query.stems
                    and s in self.index.idf
                    and s not in query.degree  # "does it USUALLY ...": no subject
                    and self.weight(s) >= ties.NAMING
                ):
                    found.append(s)
        return tuple(found)

    def _hedges(self, said) -> tuple[str, ...]:
        """The words of a question ending in "-ly" that can only be adverbs and key no entry
        ("usually", "generally", "especially"): they tell how often or how surely, never
        what is asked about, however rare a word of the base they share a stem with."""
        keys = self.index.key_terms
        return tuple(
            w
            for w in said
            # most adverbs end so: the parts-of-speech table is read for few questions
            if w.endswith("ly") and stem(w) not in keys and words.parts(w) == words.ADVERB
        )

    def _holds_all(self, match: Match, stems: tuple[str, ...]) -> bool:
        return all(self.holds_anywhere(match, s) for s in stems)

    def _names_all(self, match: Match, stems: tuple[str, ...]) -> bool:
        """`_holds_all`, or names each in another form of its word ("RESOLVING dependencies"
        in an entry on dependency RESOLUTION): the same thing named, not another."""
        if self._holds_all(match, stems):
            return True
        entry = match.entry
        said = normalise(" ".join((entry.question, *entry.alternates, *entry.terms, entry.answer)))
        own = {stem(w) for w in said.split()}
        return all(
            self.holds_anywhere(match, s) or any(meaning.same_root(s, o) for o in own)
            for s in stems
        )

    def holds_anywhere(self, match: Match, stem_: str) -> bool:
        """Does the entry of `match` hold `stem_`, in its own words or its answer?"""
        index = self.index_of[match.entry.id]
        return holds(self.index.strong, stem_, index) or holds(self.index.weak, stem_, index)

    def _chosen_thing(self, word: str, chosen: frozenset[str]) -> bool:
        """Is `word` a thing the question asks to choose one of ("what's the best MATTRESS
        for back pain?")? Then it is what is asked about, a topic the base lacks, however
        everyday a word: never chatter around a question on back pain."""
        return word in chosen and meaning.names_a_thing(word) and not meaning.only_how(word)

    def _deed_asked(self, word: str, deeds: frozenset[str]) -> bool:
        """Is `word`, which the base never uses, the deed the question asks how or whether
        to do ("can I REHEAT it?", "how do I PUBLISH it?")? Then it is what is asked, a
        topic the base lacks, not chatter around one: an article that never tells of
        reheating does not say whether to. Not an everyday verb ("change", "get"), which
        says too little of what is done to be missed."""
        return word in deeds and words.VERB in words.parts(word) and not meaning.everyday(word)

    def _kinds_named(
        self, unknown: list[str], said: list[str], question: Question | None = None
    ) -> list[tuple[str, str]]:
        """The words the base lacks that name a kind of a thing it knows, each with that
        thing's word ("RAIN water", "GOAT milk"): the base's water is not rain water, so
        its word is no evidence that an entry answers. Not a verb of the present with its
        object ("the nervous system HANDLES pain": a kind is named by a noun, not by "-s"
        of a verb, nor one after its plural subject: "how do nerves HANDLE pain"), nor two words
        of two clauses ("my back is COOKED. MAG or ...")."""
        lacking = set(unknown)
        candidates = [
            n
            for n, word in enumerate(said[:-1])
            if word in lacking
            and not (word.endswith("s") and words.VERB in words.parts(word))
            and not _subject_and_verb(word, said[n + 1])
            # "how do nerves HANDLE pain": a verb after its plural subject names no kind
            and not (n and _subject_and_verb(said[n - 1], word))
            and not _verb_after_adverb(said, n)
            # "gut trouble SHOW UP as": a verb with its particle heads no thing
            and forms.PARTICLES.isdisjoint(said[n + 2 : n + 3])
            # "GURGLY cramps", "SQUISHY stools": a word that describes names no kind
            and not _describes(word)
        ]
        if not candidates:
            return []
        together = self._side_by_side(question) if question is not None else None
        return [
            (said[n], said[n + 1])
            for n in candidates
            if (together is None or (said[n], said[n + 1]) in together)
            and self._head_after(said, n)
        ]

    def _side_by_side(self, question: Question) -> frozenset[tuple[str, str]]:
        """The pairs of words side by side within one clause of the question's asking
        sentences, with no mark between them ("cooked. mag", "pain, water" are none)."""
        pairs: set[tuple[str, str]] = set()
        for sentence in question.asks:
            for clause in _CLAUSE_MARK.split(sentence):
                said = self.lexicon.canonical(self._phrase_typos(tokens(clause)))
                pairs.update(zip(said, said[1:], strict=False))
        return frozenset(pairs)

    def _head_after(self, said: list[str], n: int) -> tuple[str, ...]:
        """The known stems of the thing `said[n + 1]` names, if it names one."""
        after = said[n + 1]
        if forms.names_cause(after):  # "a PROVEN cause": how sure, no kind of cause
            return ()
        if said[n + 2 : n + 3] and said[n + 2] in _CLAUSE_VERBS:
            # "kinda scared MAG IS lowkey messing up my back": the thing opens a clause of
            # its own, as its subject; the word before it says nothing of its kind
            return ()
        parts = words.parts(after)
        # a noun, not an adjective that may say what the thing is ("is a vpn SAFE")
        if after in self.lexicon.stopwords or words.NOUN not in parts or words.ADJECTIVE in parts:
            return ()
        found = self.spell(after)
        if found and all(s in self.index.idf for s in found.split()):
            return tuple(found.split())
        return ()

    def _kind_of(self, word: str, said: list[str]) -> bool:
        """Does `word`, generic to the base, name a kind of the thing the next word names
        ("GOAT milk", "DISTILLED water")? Then it is what is asked about, a topic the base
        lacks, never chatter: an article on milk or water that never names that kind does
        not answer it. A noun, a participle or a name; not a verb before its object
        ("PREVENT identity theft"), an adjective, which tells what a thing is like ("a
        HEAVY box", "a TRENDY supplement"), an everyday word ("the RIGHT way"), a number,
        a typo or a word whose meaning points away from the base's subject ("the CHANEL
        blocker")."""
        parts = words.parts(word)
        if meaning.everyday(word) or words.ADJECTIVE in parts or word in _HOW_SURE:
            return False
        if parts and words.NOUN not in parts and not word.endswith(("ed", "en")):
            return False
        reading = self.read(word)
        if reading.word != word or reading.nearness <= meaning.FOREIGN:
            return False
        return any(
            self._head_after(said, n)
            for n, w in enumerate(said[:-1])
            if w == word
            and not (n and _subject_and_verb(said[n - 1], word))
            and not _verb_after_adverb(said, n)
        )  # "how do nerves HANDLE pain": a verb after its plural subject names no kind

    def _a_state_of_its_own(self, word: str) -> bool:
        """Is the state a question asks a thing to bring about ("make you DIZZY") one the
        base lacks: not an everyday word ("make you feel bad"), nor an adjective made with
        "-y" of a word the base has ("GASSY" of "gas", "CRAMPY" of "cramp")?"""
        if meaning.everyday(word) or not word.endswith("y"):
            return not meaning.everyday(word)
        root = word[:-1]  # the base's own word as it is, never a near spelling of it
        return not any(stem(r) in self.known for r in (root, root[:-1]) if len(r) >= 3)

    def _names_unknown_topic(self, word: str) -> bool:
        """Does `word`, which the base does not spell, name a topic it lacks (not a typo of
        a word it knows, a near-synonym, a function word or an everyday word)?"""
        reading = self.read(word)
        if reading.kind in (meaning.STOP, meaning.KNOWN, meaning.GENERIC):
            return False
        return not meaning.everyday(word)

    def graded(self, word: str, said: Sequence[str]) -> bool:
        """Does `word` say how a thing is, not name a topic? After a word that only says how
        much ("so FAST", "too SENSITIVE"), or before a thing of the base's own subject as a
        word that can describe it ("a SENSITIVE gut", "my WEAK back"; not one that sorts it
        into a kind: "PERIPHERAL sensitization", "GASTRIC acid")."""
        for n, w in enumerate(said):
            if w != word:
                continue
            if n and said[n - 1] in meaning.INTENSIFIERS:
                return True
            if n and word in _TROUBLE and stem(said[n - 1]) in self.subject_stems:
                return True  # "gut TROUBLE", "back ISSUES": the thing's trouble, no other
            if (
                n + 1 < len(said)
                and forms.names_cause(said[n + 1])
                and ADJECTIVE in word_parts(word)
            ):
                return True  # "the common PHYSICAL causes": what causes are like, no topic
            if (
                n + 1 < len(said)
                and stem(said[n + 1]) in self.subject_stems
                and not word.endswith(_SORTING)
                and ADJECTIVE in word_parts(word)
            ):
                return True
        return False

    def _far_from_subject(self, word: str) -> bool:
        """Is `word`, which the base does not spell, a word of some other subject than the
        base's ("couch", "shredding"), not an everyday one ("keeps") or a near word?"""
        reading = self.read(word)
        return reading.kind in (meaning.GENERIC, meaning.UNKNOWN) and not meaning.everyday(word)

    def _conditional(self, question: Question, stems: dict[str, None]) -> tuple[str, ...]:
        """The known stems the asking sentences say only in a condition or circumstance
        ("what happens to stool WHEN MAGNESIUM DRAWS WATER into the bowel?"), not in the
        clause that asks: what is asked is the main clause's. None when the main clause
        says too little of its own ("what happens if I take too much?")."""
        if not forms.may_hold_condition(question.asking_words):
            return ()  # most questions: no "when", "if" or "because" to read
        main, said = forms.conditions(question.asks)
        if not said:
            return ()
        own, under = self._stems_of(main), self._stems_of(said)
        if self.evidence(own) < self.kb.settings.min_evidence:
            return ()
        return tuple(s for s in under if s not in own and s in stems and s in self.index.idf)

    def _subject(self, question: Question, stems: dict[str, None]) -> tuple[str, ...]:
        """The known stems of the subject of "is X a Y?" (`forms.subjects`) among `stems`:
        none to read when the question names none (most: `check` reads tens of thousands
        of alternates, and even reading no words costs two passes of the lexicon)."""
        said = forms.subjects(question.asks)
        if not said:
            return ()
        return tuple(s for s in self._stems_of(said) if s in stems and s in self.index.idf)

    def _stems_of(self, words: tuple[str, ...]) -> set[str]:
        """The known stems of `words`, as `analyse` reads them (synonyms, typos)."""
        found: set[str] = set()
        for word in self.lexicon.content_words(self.lexicon.canonical(words)):
            found.update((self.spell(word) or "").split())
        return found

    def _without_label(self, question: Question) -> tuple[str, ...] | None:
        """The asking words without the few words before a comma or colon that only open
        a question ("question tho, does the dose matter ...", "ok so, why ...", "real
        talk: is it safe"): words the base knows, none of its subject or key terms, a
        question after them. A topic named first ("oxide, is it safe?", "going on
        vacation, what do I do about my mail") stays; None when no sentence opens so."""
        if not any(
            "," in s or ":" in s or "but" in s.lower() or _unmarked_label(s) for s in question.asks
        ):
            return None  # most questions: no label to look for
        found = False
        kept: list[str] = []
        for sentence in question.asks:
            cut = min((i for i in (sentence.find(","), sentence.find(":")) if i >= 0), default=-1)
            said = normalise(sentence[:cut]).split() if cut > 0 else []
            rest = normalise(sentence[cut + 1 :]).split()
            if not said and (at := _unmarked_label(sentence)):
                # "okay so question why would ...": the label typed with no comma, ended
                # by the question word that opens what is asked
                words = normalise(sentence).split()
                said, rest = words[:at], words[at:]
            if not said and (but := _LABEL_BUT.search(sentence)) is not None:
                # "weird question but how do ...", "no offence but is it ...": a label of
                # no clause of its own (no pronoun: "i lift daily but is it ..." tells), its
                # chat words ("lol ok") not counted
                before = normalise(sentence[: but.start()]).split()
                if _PRONOUNS.isdisjoint(before):
                    said = list(self.lexicon.content_words(before))
                    rest = normalise(sentence[but.end() :]).split()
            if (
                0 < len(said) <= LABEL_WORDS
                and forms.opens(rest)
                and not any(self._names_subject(w) for w in said)
                # words the base knows, that would pull to the entries that hold them (a
                # label of words it does not know, "honestly,", costs only as filler)
                and any(self.spell(w) for w in self.lexicon.content_words(said))
            ):
                found = True
                kept += rest
            else:
                kept += normalise(sentence).split()
        return tuple(kept) if found else None

    def _names_subject(self, word: str) -> bool:
        """Is `word` one of the base's subject or key terms ("oxide", "vacation" in a base
        on mail), as typed or as the base spells it?"""
        keys = self.index.key_terms
        subject = self.subject_stems
        found = self.spell(word)
        return any(s in subject or s in keys for s in (stem(word), *(found or "").split()))

    def _aspects_asked(
        self, question: Question, stems: tuple[str, ...], mended: dict[str, str]
    ) -> tuple[str, ...]:
        """The aspects the question asks, as typed or with its typos mended ("shoud i take
        it on an empty stomache" asks when, as "should ... stomach" does). A question that
        says too little of its own is asked of its story, and so asks what the story
        names of the person: "My dad has kidney disease. Is it safe?" asks who may take it."""
        asking = question.asking
        if not aspects.REASON_CUES.isdisjoint(question.asking_words):
            asking = aspects.without_reasons(" ".join(question.asks))
        found = aspects.asked(aspects.without_circumstance(asking), self.asked_aspects)
        if POPULATION in found:
            # "can lifting a toddler all day hurt your back?": the child is what is lifted,
            # not one who may take it ("can I give my son one?" still asks who may)
            acted = " ".join(aspects.without_objects(tuple(asking.split()), giving=False))
            if POPULATION not in aspects.asked(
                aspects.without_circumstance(acted), self.asked_aspects
            ):
                found = tuple(a for a in found if a != POPULATION)
        # "can I give my dog magnesium?": whether another may take it, not what it does
        found += tuple(
            a
            for a in aspects.asked_of_others(asking, self.asked_aspects, self._own_word)
            if a not in found
        )
        # "I'm pregnant. Can I take magnesium for back pain?": who they are bears on whether
        # they may take it, however much else the question says
        if question.telling_words and (
            self.evidence(stems) < self.kb.settings.min_evidence or forms.asks_may_take(asking)
        ):
            for told in question.telling_words:
                said = aspects.asked(" ".join(aspects.without_objects(told)), self.telling_aspects)
                found += tuple(a for a in said if a not in found)
        if mended:
            fixed = " ".join(mended.get(w, w) for w in asking.split())
            found += tuple(a for a in aspects.asked(fixed, self.asked_aspects) if a not in found)
        for line in question.parts.tells:
            if _headline(line):  # "Are You Low on Magnesium? The Blood Test That Tells You"
                said = aspects.asked(normalise(line), self.asked_aspects)
                found += tuple(a for a in said if a not in found)
        return found

    def _rejoined(self, text: str) -> str:
        """`text` with a word the base spells that was typed in two parts made one again
        ("bio chemical" is "biochemical", "bath room" "bathroom"): two words a space apart,
        neither a function word nor both the base's own, whose letters together are a word of
        the base (never "in direct": a function word changes what the other says)."""
        spellings, stopwords = self.spellings, self.lexicon.stopwords

        def joined(found: re.Match) -> str:
            first, second = found.group(1), found.group(2)  # the second is only looked at
            a, b = first.lower(), second.lower()
            if (
                len(a + b) >= JOINED_LETTERS
                and a + b in spellings
                and not (a in spellings and b in spellings)
                and a not in stopwords
                and b not in stopwords
            ):
                return first  # the space dropped; the second word follows as typed
            if b in PARTICLES and a not in stopwords:
                # a phrasal verb in any form whose noun the base writes as one word ("timing
                # out": "timeout", "set up": "setup", "backed up": "backup")
                for root in _verb_roots(a):
                    if len(root + b) >= JOINED_LETTERS and root + b in spellings:
                        return root
            return found.group(0)

        return _TWO_WORDS.sub(joined, text)

    def _plain_word(self, word: str) -> bool:
        """Is `word` (lower case) a word as typed: the base's own, a function word, or one
        English uses?"""
        return (
            word in self.lexicon.stopwords
            or self._own_word(word)
            or words.zipf(word) >= SPACED_ZIPF
        )

    def _no_word(self, word: str) -> bool:
        """Is `word` (lower case) no word at all: none of English's, none of the base's, and
        no slip of one ("smagnesium", "crampsin"; not "deadlift", "takeing", "malate")?
        Memoised per matcher: a message is analysed in several parts, each word read once."""
        found = self._no_words.get(word)
        if found is None:
            found = (
                word not in self.lexicon.stopwords  # the base's words first: no word data read
                and not self._own_word(word)
                and words.zipf(word) == 0
                and meaning.mend(word, self.lexicon.stopwords) is None
            )
            if len(self._no_words) < 10_000:
                self._no_words[word] = found
        return found

    def respaced(self, text: str) -> str:
        """`text` with a space typed one letter off put back ("how doe smagnesium work" is
        "how does magnesium work", "low magnesiu mcause" "low magnesium cause") and a word
        run on with a function word parted ("crampsin" is "cramps in"): where a word as typed
        is no word, and moving the space, or putting one in, makes words of both sides."""
        # only what is read of a message (a megabyte pasted is read to MAX_QUERY_CHARS)
        text, rest = text[:MAX_QUERY_CHARS], text[MAX_QUERY_CHARS:]
        parts = re.split(r"(\s+)", text)
        plain = self._plain_word
        changed = False
        for k in range(0, len(parts), 2):
            word = parts[k]
            if not word.isalpha():
                continue
            low = word.lower()
            split = self._run_on(low)
            if split is not None:
                parts[k] = " ".join(split)
                changed = True
                continue
            nxt = k + 2
            if nxt >= len(parts) or parts[k + 1] != " " or not parts[nxt].isalpha():
                continue
            other = parts[nxt].lower()
            if not (self._no_word(low) or self._no_word(other)):
                continue
            for a, b in ((low + other[:1], other[1:]), (low[:-1], low[-1:] + other)):
                if len(a) > 1 and len(b) > 1 and plain(a) and plain(b):
                    parts[k], parts[nxt] = a, b
                    changed = True
                    break
        return "".join(parts) + rest if changed else text + rest

    def _run_on(self, low: str) -> tuple[str, ...] | None:
        """The two words `low` (lower case) runs on, one of them a function word ("crampsin"
        is "cramps in", "isthere" "is there", "whydo" "why do"; "deadlift" is no "dead
        lift"); of the ways to part it, the one whose rarer side is commonest. A word that is
        none, of `SPACED_LETTERS` or more, may part into any two words; one that English
        never uses but that is one letter from a word ("whydo" from "whyd"), of
        `RUN_ON_LETTERS` or more, only into two common ones: a run-on of two common words is
        likelier than a letter dropped or added. Two letters swapped are the likelier slip
        ("overdoes"). One that is none may be three common words or more, one of them a
        function word ("mostbackpain", "isitthemag")."""
        if len(low) < RUN_ON_LETTERS or low in self.lexicon.stopwords or self._own_word(low):
            return None  # the base's words first: no word data read
        if words.zipf(low) > 0:
            return None
        mended = meaning.mend(low, self.lexicon.stopwords)
        if mended is not None and sorted(mended) == sorted(low):
            # two letters swapped keep every letter typed, as a run-on does: the slip
            # ("overdoes" is "overdose", not "over does")
            return None
        stop = self.lexicon.stopwords
        best = max(
            (
                (min(words.zipf(low[:n]), words.zipf(low[n:])), (low[:n], low[n:]))
                for n in range(len(low) - 2, 1, -1)
                if low[:n] in stop or low[n:] in stop
            ),
            default=None,
        )
        if best is not None:
            least, split = best
            if least >= RUN_ON_ZIPF or (
                least >= SPACED_ZIPF and len(low) >= SPACED_LETTERS and self._no_word(low)
            ):
                return split
        if len(low) < 2 * RUN_ON_LETTERS or len(low) > MAX_RUN_ON or not self._no_word(low):
            return None
        # three words or more run on ("mostbackpain", "isitthemag"): the parting whose
        # rarest word is commonest (the base's own words and function words count as common),
        # fewest words first; every word common, one of them a function word (or every one
        # of the commonest)
        known = self.index.known  # the base's own words as it spells them, no slip of one

        def worth(part: str) -> float:
            common = words.zipf(part) if len(part) > 2 else 0.0
            if part in stop or (len(part) > 2 and stem(part) in known):
                return max(common, RUN_ON_ZIPF)
            return common

        best_of: list[tuple[float, int, tuple[str, ...]] | None] = [None] * (len(low) + 1)
        best_of[0] = (99.0, 0, ())
        for end in range(1, len(low) + 1):
            for at in range(max(0, end - 14), end - 1):
                before = best_of[at]
                if before is None:
                    continue
                part = low[at:end]
                value = min(before[0], worth(part))
                if value < RUN_ON_ZIPF:
                    continue
                found = (value, -(len(before[2]) + 1), (*before[2], part))
                held = best_of[end]
                if held is None or found[:2] > held[:2]:
                    best_of[end] = found
        whole = best_of[len(low)]
        if (
            whole is not None
            and len(whole[2]) >= 3
            and (whole[0] >= COMMONEST_ZIPF or any(p in stop for p in whole[2]))
        ):
            return whole[2]
        return None

    def _phrase_typos(self, said: Sequence[str]) -> Sequence[str]:
        """`said` with a slip in a word of a phrase of the synonym table mended ("what shoud
        i do" is the phrase "what should i do"): a rare word, of four letters or more, that
        the base does not know, one edit from the phrase's word with the same first letter,
        where the mended words hold the whole phrase. Mended after the phrase is read, the
        word alone is only an everyday one ("should"), and the phrase's meaning is lost."""
        if self._in_phrases is None:
            self._in_phrases = {}
            for phrase in self.lexicon.synonyms:
                for at, word in enumerate(phrase):
                    if len(phrase) > 1 and len(word) >= MENDED_LETTERS:
                        self._in_phrases.setdefault(word, []).append((phrase, at))
        out: list[str] | None = None
        for i, word in enumerate(said):
            if (
                len(word) < MENDED_LETTERS
                or word in self._in_phrases
                or not word.isalpha()
                or stem(word) in self.known
                or word in self.lexicon.stopwords
                or words.zipf(word) >= meaning.RARE
            ):
                continue
            for typed in self._in_phrases:
                if typed[0] != word[0] or OSA.distance(word, typed, score_cutoff=1) > 1:
                    continue
                mended = [*(out or said)]
                mended[i] = typed
                if any(
                    tuple(mended[i - at : i - at + len(phrase)]) == phrase
                    for phrase, at in self._in_phrases[typed]
                    if i >= at
                ):
                    out = mended
                    break
        return self._pair_typos(said if out is None else out)

    def _pair_typos(self, said: Sequence[str]) -> Sequence[str]:
        """`said` with an everyday word typed for the base's own one letter off mended where
        the word beside it makes the pair the base says: "the digestive TRACK" is its
        "digestive tract". Alone, "track" is a word of its own, not a slip."""
        out: list[str] | None = None
        for i, word in enumerate(said):
            if (
                len(word) < MENDED_LETTERS
                or not word.isalpha()
                or stem(word) in self.known
                or word in self.lexicon.stopwords
                or words.zipf(word) < meaning.RARE  # a rare word's slips: `spell`
            ):
                continue
            before = said[i - 1] if i else ""
            after = said[i + 1] if i + 1 < len(said) else ""
            for typed in self._by_length.near(len(word), 1, word[0]):
                if OSA.distance(word, typed, score_cutoff=1) <= 1 and (
                    # the pairs are read only for a word one letter from one of the base's
                    (before, typed) in self._pairs or (typed, after) in self._pairs
                ):
                    out = out or [*said]
                    out[i] = typed
                    break
        return said if out is None else out

    @cached_property
    def _pairs(self) -> frozenset[tuple[str, str]]:
        """Each two content words the base says one after the other, as typed ("digestive
        tract"): in its entries' questions, alternates and answers, and in its article."""
        stop = self.lexicon.stopwords
        texts = [t for e in self.entries for t in (e.question, *e.alternates, e.answer)]
        texts += [section.text for section in self.kb.article.sections]
        out: set[tuple[str, str]] = set()
        for text in texts:
            said = tokens(text)
            out.update(
                (a, b)
                for a, b in zip(said, said[1:], strict=False)
                if a not in stop and b not in stop and len(a) > 2 and len(b) > 2
            )
        return frozenset(out)

    def _own_word(self, word: str) -> bool:
        """Is `word` one of the base's own words, as typed or as the base spells it?"""
        return stem(word) in self.index.known or self.spell(word) is not None

    def read(self, word: str) -> meaning.Reading:
        """How to read a word the base does not know (memoised per matcher)."""
        found = self._readings.get(word)
        if found is None:
            found = meaning.read(
                word,
                self.vocabulary,
                self.lexicon.stopwords,
                self._respell,
                self.kb.settings.synonym_nearness,
            )
            if len(self._readings) < 10_000:
                self._readings[word] = found
        return found

    def _respell(self, word: str) -> str | None:
        """`spell` for a word mended from a typo: the synonym table applies to it as it
        does to a word typed right ("tence" is "tense", which the base calls "tension")."""
        stems = [found for w in self.lexicon.canonical([word]) if (found := self.spell(w))]
        return " ".join(stems) if stems else None

    def spell(self, word: str) -> str | None:
        """The known stem(s) `word` stands for: its own, a near spelling's, or two joined words'."""
        own = stem(word)
        if own in self.known:
            return own
        if word in self._spelled:
            return self._spelled[word]
        found = None
        limit = max_typos(word) or (1 if len(word) == 3 else 0)
        # a common English word is not a typo of the base's ("loss" is not "less")
        if limit and word.isalpha() and words.zipf(word) < meaning.RARE:
            # people rarely mistype a first letter: the nearest spelling is taken only if it
            # begins as the word does, so without one that does near it, none is looked for
            alike = self._by_length.near(len(word), limit, word[0])
            if process.extractOne(word, alike, scorer=OSA.distance, score_cutoff=limit):
                near = self._by_length.near(len(word), limit)
                nearest = process.extract(
                    word,
                    near,
                    scorer=OSA.distance,
                    score_cutoff=limit,
                    limit=8,
                )
                hit = _likeliest(nearest)
                # a 3-letter word only lost one ("bak"); not the base's word when a far
                # commoner one is as near ("realy" is "really", not the base's "real")
                if (
                    hit
                    and hit[0] == word[0]
                    and (len(word) > 3 or len(hit) == 4)
                    and not self._commoner_slip(word, hit)
                ):
                    found = self.spellings[hit]
        if found is None:
            found = self._doer(word)
        if found is None:
            found = self._state(word)
        if found is None and len(word) >= JOINED_LETTERS:
            found = next(
                (
                    f"{self.spellings[word[:i]]} {self.spellings[word[i:]]}"
                    for i in range(3, len(word) - 2)
                    if word[:i] in self.spellings and word[i:] in self.spellings
                ),
                None,
            )
        if len(self._spelled) < 10_000:
            self._spelled[word] = found
        return found

    def _doer(self, word: str) -> str | None:
        """The known stem of the verb whose doer or tool `word` names ("a muscle RELAXER":
        what relaxes, "blockers": what blocks), when the base knows the verb and not the
        noun; None otherwise. English makes such a noun of any verb with "-er", but not
        every word so spelt is one: "number" is no thing that numbs, nor "shower" one that
        shows (their meanings are far apart)."""
        if not word.endswith(("er", "ers")) or len(word) < DOER_LETTERS:
            return None
        base = word[: -3 if word.endswith("ers") else -2]
        for verb in (base, f"{base}e"):
            if (
                stem(verb) in self.known
                and words.VERB in words.parts(verb)
                and not (
                    words.vector(word) is not None
                    and words.vector(verb) is not None
                    and words.similarity(word, verb) < DOER_NEAR
                )
            ):
                return stem(verb)
        return None

    def _state(self, word: str) -> str | None:
        """The known stem(s) of the adjective whose state `word` names ("queasiness": being
        queasy, which the base calls nausea; "achiness", "stiffness"), when the base knows
        the adjective, in its own words or its synonyms', and not the noun; None otherwise.
        English makes such a noun of any adjective with "-ness" ("-y" becoming "-i")."""
        if not word.endswith("ness") or len(word) < STATE_LETTERS:
            return None
        base = word[:-4]
        for adjective in (f"{base[:-1]}y", base) if base.endswith("i") else (base,):
            said = [
                w for w in self.lexicon.canonical([adjective]) if w not in self.lexicon.stopwords
            ]
            found = [self.spell(w) or self._known_reading(w) for w in said]
            if said and all(found):
                return " ".join(f for f in found if f)
        return None

    def _known_reading(self, word: str) -> str | None:
        """The stems a word the base lacks stands for, when it reads as a word of the base
        (a near synonym by the word vectors: "sore" is "pain"); None otherwise."""
        reading = self.read(word)
        return reading.stems if reading.kind == meaning.KNOWN and reading.stems else None

    def _commoner_slip(self, word: str, hit: str) -> bool:
        """Is `word`, a slip English counts, one of a far commoner English word than the
        base's `hit`, as near to it ("realy": "really", not "real"; "comon": "common"
        either way)? A typo English never writes is read as the base's word."""
        if not words.zipf(word):
            return False  # a slip English counts ("realy") may be; a mere typo is the base's
        mended = meaning.mend(word, self.lexicon.stopwords)
        return (
            mended is not None
            and mended != hit
            and OSA.distance(word, mended) <= OSA.distance(word, hit)
            and words.zipf(mended) >= words.zipf(hit) + COMMONER
        )

    # -- stages 1 and 2: entries -------------------------------------------------------

    def weight(self, stem_: str, filler: frozenset[str] = frozenset()) -> float:
        idf = self.index.idf
        if stem_ in idf:
            # a generic word an entry happens to use ("enough", "lately") is no key to it
            if stem_ in self.index.everyday and stem_ not in self.index.key_terms:
                return min(idf[stem_], KNOWN_FILLER_WEIGHT)
            return idf[stem_]
        return FILLER_WEIGHT if stem_ in filler else self.index.rare_weight

    def question_stems(self, entry: Entry) -> list[str]:
        """The content stems of an entry's question."""
        return self.index.choices.question(self.index_of[entry.id]).split()

    def names_every_word(self, entry: Entry, query: Query, weight: float) -> bool:
        """Is every word of `query` that weighs `weight` or more one of `entry`'s own words
        (in its question, alternates or key terms, not only in its answer)?"""
        index = self.index_of[entry.id]
        return all(
            holds(self.index.strong, s, index)
            for s in query.stems
            if s in self.index.idf and self.weight(s) >= weight
        )

    def rank(
        self, query: Query, context: tuple[str, ...] = (), focus: set[str] | None = None
    ) -> list[Match]:
        """Entries ranked by confidence (0-100), best first.

        `context` stems (the conversation's current topic) count for less than the query's
        own words; `focus` limits the ranking to the entries with those ids.
        """
        return [Match(self.entries[i], score) for i, score in self.scores(query, context, focus)]

    def scores(
        self, query: Query, context: tuple[str, ...] = (), focus: set[str] | None = None
    ) -> list[tuple[int, float]]:
        """`rank` as (entry number, confidence) pairs: no `Match` made."""
        found = self._shortlisted(query, context, focus)
        if found is None:
            return []
        close = self._closeness(found.stems, found.said, found.entries)
        penalty, vague = found.penalty, found.vague
        scored = [
            (
                confidence(part, close.best[i], penalty * (1.0 if i in close.verbatim else vague)),
                close.question[i],
                i,
            )
            for part, i in zip(coverages(found), found.entries, strict=True)
        ]
        # equal scores: the entry whose own question is closer comes first (then the first
        # shortlisted: a reversed sort keeps ties in order)
        scored.sort(key=itemgetter(0, 1), reverse=True)
        return [(i, s) for s, _, i in scored]

    def leader(
        self, query: Query, own: int, margin: float | None = None
    ) -> tuple[int, float, float] | None:
        """The first of `scores(query)`, as (entry number, confidence), and the confidence
        of entry number `own` there (0.0 if it is not ranked); None if nothing is ranked.
        With `margin`, a first is looked for only among the entries that could beat a
        ranked `own` by that many points: when none does, `own` comes back as the first
        (all `check` needs to know; most alternates, read so with a few entries fewer).

        What `check` reads of each alternate, for less than the whole ranking: closeness
        word for word is read for every shortlisted entry, but by content stems (the
        dearer reading, over several texts an entry) only for the entries that could still
        come first, best bound first, and for `own`; a question's closeness only to break
        a tie. A bound takes the stems' closeness at its most (100): an entry whose bound
        is below a confidence found already cannot come first (a tie could: it is read).
        """
        found = self._shortlisted(query)
        if found is None:
            return None
        entries = found.entries
        words = self._closeness_by_words(found.said, entries)
        parts = coverages(found)
        penalty, vague = found.penalty, found.vague
        factors = [penalty * (1.0 if w >= VERBATIM else vague) for w in words]
        stems = Closest(found.stems, self.index.choices.sorted())

        def read(n: int) -> float:  # the confidence of the n-th shortlisted entry
            return confidence(parts[n], (stems.best(entries[n]) + words[n]) / 2, factors[n])

        bounds = [
            (part + CLOSENESS_WEIGHT * ((100.0 + w) / 2)) * factor
            for part, w, factor in zip(parts, words, factors, strict=True)
        ]  # `confidence` with the stems' closeness at 100, inline and not rounded yet
        at, mine_own, floor = -1, 0.0, -1.0
        if margin is not None and own in entries:
            at = entries.index(own)
            mine_own = read(at)
            floor = mine_own + margin - 0.1  # below it, no entry beats own by the margin
        first, score, question = 0, -1.0, None  # the first so far; its question's closeness
        for n in sorted(range(len(entries)), key=bounds.__getitem__, reverse=True):
            bound = bounds[n]  # rounded only near a score (round is dear: a decimal string)
            if bound < floor or (
                bound < score and (bound < score - 0.1 or round(bound, 1) < score)
            ):
                break
            mine = mine_own if n == at else read(n)
            if mine > score:
                first, score, question = n, mine, None
            elif mine == score:  # the closer question comes first, then the earlier entry
                if question is None:
                    question = stems.question(entries[first])
                other = stems.question(entries[n])
                if other > question or (other == question and n < first):
                    first, question = n, other
        if margin is not None and at >= 0 and score - mine_own < margin:
            return own, mine_own, mine_own
        top = entries[first]
        if own == top:
            return top, score, score
        if at >= 0:
            return top, score, mine_own
        return top, score, read(entries.index(own)) if own in entries else 0.0

    def _closeness_by_words(self, said: str, entries: list[int]) -> list[float]:
        """`_best`'s closeness word for word of each entry, in order: of its one phrasing
        alone when no entry has more (a base without its alternates, as `check` reads it)."""
        table = self.index.phrases.sorted()
        if not table.single:
            found = self._best(said, self.index.phrases, entries)[0]
            return [found[i] for i in entries]
        said, texts, ratio = sort_words(said), table.joined, fuzz.ratio
        return [
            (w if (w := ratio(said, t, processor=None)) >= 1 else 0.0) if (t := texts[i]) else 0.0
            for i in entries
        ]

    def _shortlisted(
        self, query: Query, context: tuple[str, ...] = (), focus: set[str] | None = None
    ) -> Shortlist | None:
        """The entries `scores` reads the closeness of, and what it needs besides to score
        them; None when no entry can be ranked."""
        filler = frozenset(map(stem, query.filler)) if query.filler else _NONE
        # a question that says little of its own ("could that be it?" after a story), or
        # names what it asks of only by pointing at it ("is that bad for the stomach?"),
        # is asked of its story
        own_stems = query.stems
        if query.context and self.evidence(query.stems) < self.kb.settings.min_evidence:
            own_stems = tuple(dict.fromkeys((*query.stems, *query.context)))
        elif query.context and query.points_back:  # its telling words, not "last week"
            telling = (s for s in query.context if self.evidence((s,)) > 0)
            own_stems = tuple(dict.fromkeys((*query.stems, *telling)))
        weights = {s: self.weight(s, filler) for s in own_stems}
        for s, nearness in query.soft:  # a near-synonym says a little less than the word
            if s in weights:
                weights[s] *= nearness
        for s in query.degree:  # "how quickly" asks how long, not about things done quickly
            if s in weights:
                weights[s] = min(weights[s], KNOWN_FILLER_WEIGHT)
        for s in query.conditional:  # the clause that asks outweighs its condition
            if s in weights:
                weights[s] *= CONDITION_WEIGHT
        for s in query.subject:  # what is asked of outweighs what is asked of it
            if s in weights:
                weights[s] *= SUBJECT_WEIGHT
        if context:
            extra = {s: CONTEXT_WEIGHT * self.weight(s) for s in context if s not in weights}
            own, added = sum(weights.values()), sum(extra.values())
            if own and added > own:  # the topic never outweighs what was actually typed
                extra = {s: w * own / added for s, w in extra.items()}
            weights.update(extra)
        if not weights or not self.on_subject(query, context):
            return None
        # the story around a question: its words help the entries that hold them, and
        # cost nothing to the ones that do not (a story is context, not evidence against)
        story = (
            {s: STORY_WEIGHT * self.weight(s) for s in query.context if s not in weights}
            if query.context
            else None
        )
        total = sum(weights.values())
        size = len(self.entries)
        best = SHORTLIST if self.shortlist_only and not story and focus is None else None
        covered, present, known = cover(self.index, weights, size, self._members, best, self._bits)
        told = told_present = None
        if story:
            told, told_present = cover(self.index, story, size, self._members)[:2]
            for i in told:
                if i in covered:
                    covered[i] += told[i]
        if focus is not None:
            covered = {i: v for i, v in covered.items() if self.entries[i].id in focus}
        if not covered:
            return None
        settings = self.kb.settings
        said = " ".join(query.words)
        # a question made only of common words ("magnesium?") says too little to be sure of,
        # unless it is, word for word, one of the ways an entry is asked
        evidence = sum(
            w
            for s, w in weights.items()
            if s in self.index.idf and (s not in self.index.everyday or s in self.index.key_terms)
        )
        # what is asked of the topic ("how long") tells too, as much as few entries say it
        evidence += sum(self._aspect_weight(a) for a in query.aspects)
        if evidence < settings.min_evidence and not self.vocabulary.subject_stems.isdisjoint(
            query.stems
        ):  # "what is magnesium even for?" asked of the subject alone, named; or after the
            # words that tell of it ("everyone is on magnesium rn, what's it even for")
            asked = [said] + [
                " ".join(query.words[k:])
                for k, w in enumerate(query.words)
                if k and w in _PURPOSE_OPENERS
            ]
            evidence += sum(
                self._aspect_weight(a.id)
                for a in self.telling_enough
                if any(aspects.asked(part, (a,)) for part in asked)
            )
        vague = min(1.0, evidence / settings.min_evidence)
        if vague < 1.0 and best is not None:  # the word-for-word scan reads every entry
            covered, present, known = cover(self.index, weights, size, self._members)
            best = None
        if best is not None:
            shortlist = list(covered)  # cover's head: nlargest's entries, in its order
        else:
            shortlist = heapq.nlargest(SHORTLIST, covered, key=covered.__getitem__)
        if vague < 1.0 and len(covered) <= VERBATIM_SCAN:
            # common words tie many entries: look for the one asked exactly this way
            verbatim = self._asked_word_for_word(said, list(covered))
            shortlist += [i for i in verbatim if i not in shortlist]
        penalty = settings.unknown_word_penalty ** len(
            query.unknown
        ) * settings.filler_word_penalty ** self.costly_filler(query)
        return Shortlist(
            shortlist,
            covered,
            present,
            known,
            total,
            told_present or _NOTHING_TOLD,
            vague,
            penalty,
            " ".join(weights),
            said,
        )

    def _aspect_weight(self, aspect: str) -> float:
        """How telling it is to ask `aspect` of a topic: as a word is, by how few of the
        entries address it (none: nothing)."""
        found = self._aspect_weights.get(aspect)
        if found is None:
            n = sum(1 for own in self.index.addressed if aspect in own)
            found = math.log(1.0 + len(self.entries) / n) if n else 0.0
            self._aspect_weights[aspect] = found
        return found

    def costly_filler(self, query: Query) -> int:
        """How many of the generic words the base lacks cost confidence: not an adverb
        ("literally", "secretly"), which tells how, never what is asked (bot/meaning.py)."""
        return sum(1 for w in query.filler if not meaning.only_how(w))

    def on_subject(self, query: Query, context: tuple[str, ...] = ()) -> bool:
        """Does a question with words of its own that the base never uses name anything of
        the base's subject too (the topic it leans on counts)? "how to fix a flat tyre"
        shares only the generic "fix"; "is mag legit for cramps" names "cramps". With
        `subject_terms`, naming that many of the entries' key terms (not everyday words)
        counts too: "where should I keep my Social Security card" in a drafted base."""
        subject = self.vocabulary.subject_stems
        if subject and not query.stems and query.context:
            # "what could it be?" after a story says nothing of its own: the story must name
            # the subject ("my dog keeps scratching his ears ..." names only "head", "day"),
            # and more than one word of it when the question names a thing of its own (a
            # word not common in English), not of the subject ("should I take her to the
            # vet?" after a cat's story that only says "moved")
            named = {s for s in (*query.context, *context) if s in subject}
            if len(named) < 2 and any(
                words.zipf(w) < meaning.COMMON and self.vocabulary.on_subject(w) < meaning.SUBJECT
                for w in query.filler
            ):
                return False
            return bool(named)
        if not subject or not query.filler or names_own_document(query.words):
            return True  # "what is this article trying to figure out?" asks of the base
        said = (*query.stems, *query.context, *context)
        if any(s in subject for s in said):
            return True
        needed = self.kb.settings.subject_terms
        if needed <= 0:
            return False
        keys = self.index.key_terms - self.index.everyday
        return len({s for s in said if s in keys}) >= needed or self._one_entry_names(
            query.stems, needed
        )

    def _one_entry_names(self, stems: tuple[str, ...], needed: float) -> bool:
        """Does one entry name, in its own words (question, alternates, key terms), all of
        the words of a question the base knows, `needed` of them at least? "should I answer
        calls from numbers I don't recognise" asks what one entry is asked, in everyday words
        and one the base lacks; "how to fix a flat tyre" names nothing the base knows but
        "fix"."""
        known = [s for s in stems if s in self.index.idf]
        if len(known) < needed or len(known) < len(stems):
            return False
        common: set[int] | None = None
        for s in sorted(known, key=lambda s: len(self.index.strong.get(s, ()))):
            held = set(self.index.strong.get(s, ()))
            common = held if common is None else common & held
            if not common:
                return False
        return bool(common)

    def evidence(self, stems) -> float:
        """How much the known, telling words among `stems` weigh (see `min_evidence`)."""
        return sum(
            self.weight(s)
            for s in stems
            if s in self.index.idf and (s not in self.index.everyday or s in self.index.key_terms)
        )

    def not_addressed(self, query: Query, entry: Entry, *, of_asked=False) -> tuple[str, ...]:
        """The aspects `query` asks ("how much", "how long") that `entry` does not address;
        `of_asked`: nor says of what the question asks (`aspects.said_of`), for a question
        read alone (a story's aspects are told of the person, not asked of a thing)."""
        if not query.aspects:
            return ()
        own = self.index.addressed[self.index_of[entry.id]]
        return tuple(
            a
            for a in query.aspects
            if a not in own
            or (a == COUNT and not counts.of_thing(query.text, entry.answer))
            or (of_asked and not self._said_of_asked(query, entry, a))
        )

    def _said_of_asked(self, query: Query, entry: Entry, aspect: str) -> bool:
        """Does `entry` say `aspect` of what `query` asks, not of another thing its answer
        tells in another sentence (`aspects.said_of`)?"""
        found = next((a for a in self.aspects if a.id == aspect), None)
        if found is None:
            return True
        # the words that ask ("how many MINUTES") are not what is asked about
        asking = {stem(w) for w in aspects.asking_words(query.text, self.aspects, (aspect,))}
        # ... nor the word of another aspect it asks with ("how much does it COST to renew
        # a book?": the renewing is what is asked the price of)
        plain = normalise(query.text)
        also = aspects.asked(plain, self.aspects)  # read once, not once per aspect
        asking |= {
            stem(p)
            for a in self.aspects
            if a.id in also
            for p in a.asks
            if " " not in p and f" {p} " in f" {plain} "
        }
        asked = frozenset(
            s
            for s in query.stems
            if s not in query.degree and s not in asking and s in self.index.idf
        )
        found = aspects.counted(query.text, found)
        return aspects.said_of(normalise(entry.question), entry.answer, found, asked)

    def _asked_word_for_word(self, said: str, indices: list[int]) -> list[int]:
        """The entries among `indices` with a phrasing (nearly) word for word `said`."""
        texts, owners = self.index.phrases.gather(indices)
        hits = process.extract(
            said,
            texts,
            scorer=fuzz.token_sort_ratio,
            processor=None,
            limit=None,
            score_cutoff=VERBATIM,
        )
        return list(dict.fromkeys(owners[position] for _, _, position in hits))

    def _closeness(self, stems: str, words: str, shortlist: list[int]) -> Closeness:
        """How close the query is to each shortlisted entry's phrasings.

        Two readings, averaged: by content stems against the question, alternates and key
        terms (what it is about), and word for word against the question and alternates
        (how it is asked: "why does..." is not "what is...").
        """
        by_stems = self._best(stems, self.index.choices, shortlist)
        by_words = self._best(words, self.index.phrases, shortlist)
        best = {i: (by_stems[0][i] + by_words[0][i]) / 2 for i in shortlist}
        verbatim = {i for i in shortlist if by_words[0][i] >= VERBATIM}
        return Closeness(best, by_stems[1], verbatim)

    def _best(self, query: str, table: Texts, shortlist: list[int]) -> tuple[dict, dict]:
        """Per entry, the best token_sort_ratio over its texts, and the one of its question
        (its first text), both from one reading of its texts."""
        scorer = fuzz.token_sort_ratio
        if self.shortlist_only:  # many queries: the texts' words sorted once, not each time
            query, table, scorer = sort_words(query), table.sorted(), fuzz.ratio
        if len(shortlist) == len(table):  # a small base: every entry is shortlisted
            texts, owners = table.flat()
        else:
            texts, owners = table.gather(shortlist)
        best = dict.fromkeys(shortlist, 0.0)
        first: dict[int, float] = {}
        seen: set[int] = set()
        # results come best first, so an entry's first result is its best (if 1 or more)
        for _, score, position in process.extract(
            query, texts, scorer=scorer, processor=None, limit=None, score_cutoff=0
        ):
            owner = owners[position]
            if position == 0 or owners[position - 1] != owner:  # the question
                first[owner] = score
            if owner not in seen and score >= 1:
                seen.add(owner)
                best[owner] = score
        for i in shortlist:
            if i not in first:  # an entry with no text at all
                first[i] = fuzz.token_sort_ratio(query, table.question(i), processor=None)
        return best, first

    # -- small talk ------------------------------------------------------------------

    def _small_talk(self, question: Question) -> tuple[SmallTalk | None, float]:
        """The small-talk item `question` is, if it is made only of small-talk words."""
        found, score = smalltalk.recognise(
            question, self.index, self.lexicon, self.kb.settings.smalltalk_threshold
        )
        return (None, 0.0) if found is None else (self.kb.smalltalk[found], score)

    # -- the whole decision ------------------------------------------------------------

    def match(
        self,
        question: Question | Query | str,
        *,
        topic: tuple[str, ...] | None = None,
        among: set[str] | None = None,
        story: bool = False,
        entries_only: bool = False,
    ) -> MatchResult:
        """Classify a question: answered, unsure (the best two are close), no_match or small
        talk; a `Query` already read (`MatchResult.query`) is not read again.

        Plainly, entries first, then small talk, then a passage of the article. With
        `topic` (stems of the conversation's topic, counting for less than the question's
        own), `among` (entry ids the answer must be one of), `story` (a reading of what
        the person told: see `_decide_story`) or `entries_only`, or given a `Query`, the
        entries alone.
        """
        query = question if isinstance(question, Query) else self.analyse(question)
        if query.context and query.stems and self._asks_detail(query):
            # "... the worst bloating and cramps. is that normal?": its own words ask how
            # the story is ("normal"); they name nothing, the story is what is asked of
            query = query._replace(stems=())
        ranked = self.rank(query, topic or (), among)
        if story:
            return self._decide_story(query, ranked, topic or ())
        result = self._decide(query, ranked, topic or ())
        if (
            result.status == NO_MATCH
            and query.points_back
            and not result.not_said
            and not query.echo
        ):
            # read as pointing at the story, nothing answers: then as the question's own
            # words with the story around them ("I started oxide last week. Is that why
            # I'm bloated?": no entry tells of both; the bloating one answers)
            plain = query._replace(points_back=False)
            other = self._decide(plain, self.rank(plain, topic or (), among), topic or ())
            if other.status != NO_MATCH:
                result = other
        if entries_only or topic is not None or among is not None or isinstance(question, Query):
            return result
        said = Question.of(question)
        talk, talk_score = self._small_talk(said)
        if forms.about_you(said.normalised, asked=said.raw.rstrip().endswith("?")):
            # "are you a real person?" asks of the bot, however "real" reads to an entry:
            # the small talk asked as it is ("are you a bot"), or none
            alike = smalltalk.asked_alike(said, self.index)
            if alike is not None:
                talk, talk_score = self.kb.smalltalk[alike], max(talk_score, result.score)
            elif talk is None:
                return MatchResult(query, NO_MATCH, result.matches, None, result.score)
            return MatchResult(query, SMALLTALK, (), talk, round(talk_score, 1))
        # "are you a doctor" is small talk; "do I need to see a doctor" is a question
        if talk is not None and (result.status == NO_MATCH or talk_score >= result.score):
            return MatchResult(query, SMALLTALK, (), talk, round(talk_score, 1))
        if result.status == NO_MATCH and not result.not_said:
            return self._from_article(result)
        return result

    def _asks_detail(self, query: Query) -> bool:
        """Is the asking part of `query` only a question about what it points at ("is that
        bad?", "is it normal?", conversation.toml's `detail`)?"""
        from .reasons import asks_detail

        return asks_detail(" ".join(query.words), self.kb.cues)

    def _from_article(self, result: MatchResult) -> MatchResult:
        """No entry answers: a passage of the article may, if it holds all the question asks
        (every telling word, and what is asked of the topic) and no other passage comes close."""
        query = result.query
        # "what do people MOSTLY take it for": a hedge ("most") tells how often, not what
        # about; a passage holding it beside one word holds nothing asked
        telling = [s for s in query.stems if s not in query.degree]
        if query.unknown or len(telling) < PASSAGE_WORDS or not self.on_subject(query):
            return result
        from . import passages  # only when no entry answers

        # a question asked of "that" told before asks of the story too: a passage must hold it
        asked = (*query.stems, *query.context) if query.points_back else query.stems
        found = passages.best(self.index.passages, asked, len(query.filler))
        if (
            found is None
            or found.coverage < PASSAGE_COVERAGE
            or found.margin < PASSAGE_MARGIN
            or any(
                a
                not in aspects.addressed("", aspects.answer_text(found.passage.text), self.aspects)
                for a in query.aspects
            )
        ):
            return result
        penalty = self.kb.settings.filler_word_penalty ** self.costly_filler(query)
        score = round(100.0 * found.coverage * penalty, 1)
        if score < self.kb.settings.answer_threshold:
            return result
        return result._replace(status=ANSWERED, score=score, passage=found.passage)

    def _decide(
        self, query: Query, ranked: list[Match], topic: tuple[str, ...] = ()
    ) -> MatchResult:
        """A ranking turned into a status (bot/core/decision.py)."""
        from . import decision  # it reads this module's types: imported once it is loaded

        return decision.decide(self, query, ranked, topic)

    def _decide_story(
        self, query: Query, ranked: list[Match], topic: tuple[str, ...] = ()
    ) -> MatchResult:
        """A ranking of a story's reading turned into a status (bot/core/decision.py)."""
        from . import decision

        return decision.decide_story(self, query, ranked, topic)
