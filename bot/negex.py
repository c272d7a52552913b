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

import re
from typing import NamedTuple

from .text import MAX_QUERY_CHARS, normalise


def _phrases(*texts: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(normalise(t).split()) for t in texts)


PRE_NEGATION = _phrases(
    "no", "not", "without", "never", "none", "nor", "neither", "dont", "doesnt", "didnt",
    "isnt", "arent", "wasnt", "werent", "havent", "hasnt", "hadnt", "wont", "free of",
    "denies", "deny", "negative for", "absence of", "no sign of", "no signs of",
    "rule out", "ruled out", "nothing like", "zero",
)
# look like a negation and are not: "for no reason I lost weight", "not sure why"
PSEUDO_NEGATION = _phrases(
    "no reason", "no apparent reason", "no idea", "no clue", "not sure", "dont know",
    "didnt know", "doesnt know", "not only", "not just", "no doubt", "no matter",
    "not certain", "without trying", "without meaning", "without dieting", "without warning",
    "not trying", "without even", "dont understand", "not even", "nothing helps",
    "doesnt help", "didnt help", "doesnt ease", "no relief", "not helping", "no better",
    "not getting better", "not improving", "isnt getting", "doesnt go away", "wont go away",
    "not going away", "never goes away", "no position", "not normal",
)
POST_NEGATION = _phrases(
    "gone", "went away", "go away", "goes away", "cleared up", "cleared", "resolved",
    "is fine", "are fine", "was fine", "feel fine", "feels fine", "is normal", "are normal",
    "totally normal", "all normal", "completely normal", "perfectly normal", "sorted itself",
    "sorted out", "no longer", "stopped", "got better", "better now", "healed", "disappeared",
    "subsided", "recovered", "all good", "is ok", "are ok", "are okay", "is okay",
    "not a problem", "no problem", "no problems", "no issue", "no issues", "all clear",
)
PAST = _phrases(
    "used to", "years ago", "year ago", "last year", "back in", "long ago", "as a child",
    "as a kid", "as a teenager", "when i was younger", "when i was young", "in the past",
    "years back", "once had", "a while back", "previously",
)
# ends a trigger's reach inside a sentence, as a comma does
TERMINATORS = _phrases(
    "but", "however", "although", "though", "yet", "except", "apart from", "aside from",
    "other than", "besides", "until", "whereas", "only", "just", "instead", "plus",
    "anyway", "then", "except for",
)
# "and" starts a new clause when a new subject follows it
NEW_SUBJECT = frozenset(normalise(w) for w in (
    "i", "im", "ive", "id", "my", "it", "its", "the", "she", "he", "her", "his", "they",
    "their", "this", "that", "now", "today", "yesterday", "then", "also", "lately", "since",
    "we", "our", "me", "there", "theres",
))
CONTRAST = frozenset(("but", "however", "although", "though", "whereas", "except", "yet",
                      "besides", "unlike", "instead", "rather"))
FILLERS = frozenset(("so", "and", "but", "ok", "okay", "hey", "hi", "hello", "also", "um",
                     "well", "then", "just", "quick", "question", "q", "oh", "right", "also",
                     "anyway", "sorry", "please", "doc"))
PRONOUNS = frozenset(("it", "its", "that", "thats", "this", "they", "those", "these", "which",
                      "all", "both", "now", "but", "and", "since", "has", "have", "is", "was",
                      "are", "were", "been", "long", "completely", "totally", "since", "then"))
FIRST_PERSON = frozenset(("i", "im", "ive", "id", "ill", "my", "me", "mine", "myself",
                          # a report made for someone else is a report too
                          "she", "her", "hers", "herself", "he", "his", "him", "himself",
                          "shes", "hes", "we", "our", "us"))
OWNING = FIRST_PERSON - {"i", "id", "ill", "we"}
EXPERIENCE = frozenset(("have", "had", "got", "get", "feel", "felt", "am", "keep", "kept",
                        "been", "notice", "noticed", "woke", "wake", "lost", "cant", "cannot",
                        "couldnt", "fell", "slipped", "suffer", "still", "also", "now",
                        "started", "developed", "experience", "experienced", "was"))
GENERIC = frozenset(("you", "your", "youre", "youve", "someone", "somebody", "anyone",
                     "anybody", "people", "person", "patients", "patient", "someones"))
WH_WORDS = frozenset(("what", "whats", "when", "why", "how", "which", "who", "whose", "wat",
                      "wot", "hows", "whens", "whys"))
WH_CONTRACTED = frozenset(("whats", "hows", "whens", "whys", "wheres", "whos"))
# "is it ...", "can magnesium ...": a question without its "?"; not "can barely walk"
AUXILIARIES = frozenset(("is", "are", "does", "do", "did", "can", "could", "should", "would",
                         "will", "may", "might", "isnt", "arent", "doesnt", "shall", "must",
                         "was", "were", "has", "have"))
PERFECT = frozenset(("have", "has", "was", "were", "did"))  # "have a fever": (I) have
PRONOUN_SUBJECTS = frozenset(("i", "you", "he", "she", "it", "we", "they", "anyone",
                              "someone", "there", "this", "that"))
SUBJECTS = frozenset(("i", "you", "it", "this", "that", "these", "those", "the", "a", "an",
                      "my", "your", "there", "he", "she", "we", "they", "someone", "people",
                      "anyone", "back", "pain"))
# a question is hypothetical from these words on: "should I worry if I get a fever"
HYPOTHETICAL = _phrases("if", "whether", "in case", "suppose", "supposing", "what if",
                        "say i", "lets say", "assuming", "were to")
# said anywhere, the whole message asks rather than tells
ASKING_ONLY = _phrases(
    "just asking", "just curious", "only asking", "asking for a friend", "out of curiosity",
    "hypothetically", "in general", "dont have it", "dont have any", "i dont have that",
    "not that i have", "for future reference", "just wondering", "just want to know",
    "want to know what to look out for", "what to look out for", "what to watch for",
    "what to watch out for", "i read that", "i heard that", "i read", "i heard",
    "generally speaking", "in theory",
)

MAX_WORDS = 300  # a message is read for red flags up to this many words
_SENTENCE_END = re.compile(r"(?:[.!?;]+(?!\d)|\n)+")
_CLAUSE_END = re.compile(r"[,:()\[\]]|\s[-\u2013\u2014]+\s")


class Mention(NamedTuple):
    """Where a concept was found: token positions [start, end) in one sentence."""

    start: int
    end: int


class Sentence(NamedTuple):
    words: tuple[str, ...]      # normalised tokens
    clause: tuple[int, ...]     # the clause number of each token
    question: bool              # is built like a question ("is it...", "what does...")
    part: tuple[int, ...] = ()  # the number of each token's side of a "but"

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
        pseudo = [*_spans(words, PSEUDO_NEGATION, start, mention.end), *shields]
        return any(not _inside(i, j, pseudo) and not _terminated(words, j, mention.start)
                   for i, j in _spans(words, PRE_NEGATION, start, mention.start))

    def resolved(self, mention: Mention, shields: tuple[Mention, ...] = ()) -> bool:
        """Is the mention gone ("the tingling went away") or in the past ("used to")?"""
        start, end = self.clause_range(mention.start)
        words = self.words
        pseudo = [*_spans(words, PSEUDO_NEGATION, start, end), *shields]
        if any(not _inside(i, j, pseudo) and not _terminated(words, mention.end, i)
               and not _becomes(words, i, j)
               for i, j in _spans(words, POST_NEGATION, mention.end, end)):
            return True
        return bool(_spans(words, PAST, start, end)) or self._resolved_after(mention)

    def _resolved_after(self, mention: Mention) -> bool:
        """"had a fever in January, but that's all cleared up": the next clause, if it is
        only a pronoun and a post-negation, resolves this one."""
        _, end = self.clause_range(mention.start)
        if end >= len(self.words):
            return False
        nxt, nxt_end = self.clause_range(end)
        found = _spans(self.words, POST_NEGATION, nxt, nxt_end)
        if not found:
            return False
        i = found[0][0]
        rest = [w for w in self.words[nxt:i] if w not in PRONOUNS and not _in_terminators(w)]
        return not rest

    def asked(self, mention: Mention, message_asks: bool) -> bool:
        """Does the sentence ask about the sign in general rather than report having it?"""
        if message_asks:
            return True
        start, end = self.clause_range(mention.start)
        before = self.words[: mention.start]
        clause = self.words[start:end]
        if self.question and _spans(self.words, HYPOTHETICAL, 0, mention.start):
            return True
        if any(w in GENERIC for w in clause) and not any(w in FIRST_PERSON for w in clause):
            return True
        if not self.question:
            return False
        return not _tells(self.words[: max(end, mention.end)])


def _tells(words: tuple[str, ...]) -> bool:
    """Does a question say the person has something ("why is MY leg numb", "do I HAVE...")?
    A bare "I" does not: "should I worry about numbness?" asks."""
    return any(w in OWNING or w == "i" and k + 1 < len(words) and words[k + 1] in EXPERIENCE
               for k, w in enumerate(words))


def _becomes(words: tuple[str, ...], i: int, j: int) -> bool:
    """"gone numb", "gone a bit weak": "gone" that means became, not went away."""
    return words[i:j] == ("gone",) and j < len(words) and words[j] not in _AFTER_GONE


_AFTER_GONE = frozenset(("now", "away", "completely", "totally", "entirely", "again", "since",
                         "for", "and", "but", "though", "already", "thankfully", "long", "as",
                         "by", "after", "within", "over", "altogether", "forever", "too"))


def _in_terminators(word: str) -> bool:
    return (word,) in TERMINATORS


def _terminated(words: tuple[str, ...], start: int, end: int) -> bool:
    """Does a scope-ending word ("but", "and I") stand between positions start and end?"""
    for k in range(start, end):
        if (words[k],) in TERMINATORS:
            return True
        if words[k] == "and" and k + 1 < len(words) and words[k + 1] in NEW_SUBJECT:
            return True
    return False


def _spans(words: tuple[str, ...], phrases: tuple[tuple[str, ...], ...], start: int,
           end: int) -> list[tuple[int, int]]:
    out = []
    for i in range(max(start, 0), min(end, len(words))):
        for phrase in phrases:
            n = len(phrase)
            if i + n <= end and words[i : i + n] == phrase:
                out.append((i, i + n))
    return out


def _inside(i: int, j: int, spans: list) -> bool:
    return any(a <= i and j <= b for a, b in spans)


def sentences(text: str) -> tuple[Sentence, ...]:
    """Cut a message into sentences of normalised words, each word with its clause."""
    text = text[:MAX_QUERY_CHARS].replace("\u2019", "'")
    out = []
    pieces = _SENTENCE_END.split(text)
    ends = [m.group() for m in _SENTENCE_END.finditer(text)]
    budget = MAX_WORDS
    for number, piece in enumerate(pieces):
        if budget <= 0:
            break
        words: list[str] = []
        clause: list[int] = []
        for c, part in enumerate(_CLAUSE_END.split(piece)):
            words += (new := normalise(part).split())
            clause += [c] * len(new)
        words, clause = words[:budget], clause[:budget]
        if not words:
            continue
        budget -= len(words)
        clause = _split_on_and(words, clause)
        marked = "?" in (ends[number] if number < len(ends) else "")
        asks = _asks(words, clause, marked)
        out.append(Sentence(tuple(words), tuple(clause), asks, _sides(words)))
    return tuple(out)


def _asks(words: list[str], clause: list[int], marked: bool) -> bool:
    """Is the sentence built like a question? A "?" alone is not enough ("numb bum after
    magnesium?" tells); with one, any clause may start the question ("I was wondering,
    is numbness serious?")."""
    starts = [0] + [k for k in range(1, len(words)) if clause[k] != clause[k - 1]]
    for k in starts if marked else starts[:1]:
        while k < len(words) - 1 and words[k] in FILLERS:
            k += 1
        if words[k] in WH_WORDS and (marked or words[k] in WH_CONTRACTED or (
                k + 1 < len(words) and words[k + 1] in AUXILIARIES)):
            return True  # "when is it serious", not "when I wipe I can't feel it"
        if words[k] in AUXILIARIES and k + 1 < len(words) and (
                marked or words[k + 1] in SUBJECTS) and (
                words[k] not in PERFECT or words[k + 1] in PRONOUN_SUBJECTS):
            return True
    return False


def _sides(words: list[str]) -> tuple[int, ...]:
    out, side = [], 0
    for word in words:
        if word in CONTRAST:
            side += 1
        out.append(side)
    return tuple(out)


def _split_on_and(words: list[str], clause: list[int]) -> list[int]:
    """A new clause at "but" and the like, and at "and" followed by a new subject."""
    out, shift = [], 0
    for k, word in enumerate(words):
        starts = (word,) in TERMINATORS or (
            word == "and" and k + 1 < len(words) and words[k + 1] in NEW_SUBJECT)
        if k and starts:
            shift += 1
        out.append(clause[k] * 1000 + shift)
    return out


def asks_only(text: str) -> bool:
    """Does the message say outright that it only asks ("just curious", "I don't have it")?"""
    words = tuple(normalise(text).split())
    return bool(_spans(words, ASKING_ONLY, 0, len(words)))
