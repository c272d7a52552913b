"""Draft the questions people would ask of a sentence or a heading, by English grammar alone.

Nothing here knows a subject: a statement with an auxiliary is turned round ("Formula can
spoil" -> "Can formula spoil?"), an instruction is asked ("Boil the water" -> "Should I
boil the water?"), a definition is asked for ("Cronobacter is an infection" -> "What is
Cronobacter?"), and "you" becomes "I", since the reader asks about themselves.
"""

from __future__ import annotations

import re

MAX_WORDS = 12  # a drafted question longer than this is cut at a clause
SUBJECT_WORDS = 6  # the words before an auxiliary that may be its subject

_AUX = {
    "is",
    "are",
    "was",
    "were",
    "can",
    "could",
    "should",
    "will",
    "would",
    "may",
    "might",
    "must",
    "has",
    "have",
    "does",
    "do",
}
_NEGATIVE = {"never", "don't", "dont", "do not", "avoid"}
_FUNCTION = {
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "they",
    "we",
    "i",
    "he",
    "she",
    "there",
    "here",
    "if",
    "when",
    "while",
    "because",
    "as",
    "so",
    "but",
    "and",
    "or",
    "for",
    "to",
    "in",
    "on",
    "at",
    "by",
    "with",
    "from",
    "of",
    "after",
    "before",
    "once",
    "since",
    "although",
    "though",
    "most",
    "many",
    "some",
    "all",
    "each",
    "every",
    "any",
    "no",
    "not",
    "what",
    "which",
    "who",
    "how",
    "why",
    "where",
    "you",
    "your",
    "our",
    "their",
    "his",
    "her",
    "my",
    "one",
    "more",
    "less",
    "also",
    "then",
    "now",
    "however",
    "instead",
    "unlike",
    "similar",
    "due",
    "example",
    "usually",
    "often",
    "generally",
} | _AUX
# what follows an instruction's verb: "wash your", "boil the", "figure out", "go where"
_AFTER_VERB = {
    "the",
    "a",
    "an",
    "your",
    "any",
    "it",
    "them",
    "this",
    "that",
    "these",
    "those",
    "to",
    "up",
    "out",
    "over",
    "off",
    "in",
    "on",
    "at",
    "with",
    "for",
    "about",
    "where",
    "how",
    "what",
    "sure",
    "yourself",
    "people",
    "all",
    "some",
}
_PRONOUN_SUBJECTS = {"it", "this", "that", "these", "those", "they", "he", "she", "we", "which"}
_PARTICIPLES = {
    "kept",
    "made",
    "left",
    "built",
    "done",
    "given",
    "taken",
    "known",
    "seen",
    "found",
    "held",
    "told",
    "sent",
    "based",
    "used",
    "called",
}
_PERSON = {
    "you": "I",
    "your": "my",
    "yours": "mine",
    "yourself": "myself",
    "you're": "I'm",
    "you've": "I've",
    "you'll": "I'll",
}


def _words(text: str) -> list[str]:
    # footnote and emphasis marks ("*If there is ...") are no part of a question
    return [w for w in (w.strip("*_") for w in text.strip().rstrip(".!?:;,").split()) if w]


def _person(words: list[str]) -> list[str]:
    """The reader's view: "you" -> "I", "your" -> "my"."""
    out = []
    for i, word in enumerate(words):
        bare = word.lower().strip(",;:")
        swap = _PERSON.get(bare)
        if swap is not None and not (
            bare == "you"
            and i
            and words[i - 1].lower() in ("to", "for", "with", "help", "let", "tell")
        ):
            word = swap + word[len(bare) :] if word[len(bare) :] else swap
        elif bare == "you" or (bare == "i" and word == "I"):
            pass
        out.append(word)
    return out


Names = frozenset[str]  # words an article capitalises mid-sentence, never in lower case


def names_in(text: str) -> Names:
    """The names of a text: words it capitalises where no sentence starts, and never writes
    in lower case ("Cronobacter", not "Store")."""
    lower = set(re.findall(r"\b[a-z][\w-]*", text))
    return frozenset(
        m.group(1)
        for m in re.finditer(r"(?<=[a-z,;] )([A-Z][\w-]+)", text)
        if m.group(1).lower() not in lower
    )


def _lower_first(words: list[str], names: Names) -> list[str]:
    """The first word in lower case, unless it is a name or an acronym."""
    if not words:
        return words
    first = words[0]
    keep = (
        first.isupper()
        and len(first) > 1
        or any(c.isupper() for c in first[1:])
        or first.strip(",;:'\u2019s") in names
    )
    return words if keep else [first[0].lower() + first[1:], *words[1:]]


def _lower_all(words: list[str], names: Names) -> list[str]:
    """Title case undone: every word lower-case but names and acronyms."""
    return [_lower_first([w], names)[0] for w in words]


def _finish(words: list[str]) -> str:
    if len(words) > MAX_WORDS + 3:
        cut = " ".join(words[:MAX_WORDS])
        at = max(cut.rfind(","), cut.rfind(";"), cut.rfind(" - "))
        words = cut[:at].split() if at > 0 and len(cut[:at].split()) >= 7 else words[:MAX_WORDS]
        while len(words) > 3 and words[-1].lower().strip(",;") in _FUNCTION:
            words = words[:-1]
    text = " ".join(words).rstrip(",;:- ")
    text = text[0].upper() + text[1:] if text else text
    return text + "?"


def is_instruction(words: list[str]) -> bool:
    """Does the sentence start with a verb telling the reader what to do?"""
    if len(words) < 2:
        return False
    first, second = words[0].lower(), words[1].lower().strip(",")
    if first in _NEGATIVE or first == "always":
        return True
    return (
        first not in _FUNCTION
        and first not in _PARTICIPLES
        and not first.endswith(("s", "ed", "ly", "ing"))
        and words[0][:1].isupper()
        and (second in _AFTER_VERB or second.endswith("ly"))
    )


def ask_sentence(sentence: str, names: Names = frozenset()) -> list[str]:
    """The questions a sentence answers, most natural first (maybe none)."""
    words = _words(sentence)
    if len(words) < 3 or re.search(r"[\[\]{}<>|]|https?:|\.pdf\b", sentence, re.I):
        return []  # a link, a file or markup: nobody asks in those words
    lead: list[str] = []
    if words[0].lower() in ("if", "when", "once") and any(w.endswith(",") for w in words[:12]):
        at = next(i for i, w in enumerate(words[:12]) if w.endswith(","))
        lead, words = words[: at + 1], words[at + 1 :]
        lead[-1] = lead[-1].rstrip(",")
        if len(words) < 2:
            return []
        words[0] = words[0][0].upper() + words[0][1:]
    out = []
    condition = " ".join(_person(_lower_first(lead, names))) if lead else ""
    if is_instruction(words):
        first = words[0].lower()
        if first in ("never", "avoid", "don't", "dont"):
            rest = words[1:] if first != "avoid" else words[1:]
            out.append(_finish(["Can", "I", *_person(rest)]))
        else:
            if first == "always":
                words = words[1:]
            out.append(_finish(["Should", "I", *_person(_lower_first(words, names))]))
    else:
        out += _inverted(words, names)
    if condition:
        out = [
            q[:-1] + f" {condition}?" if len(q.split()) + len(lead) <= MAX_WORDS + 4 else q
            for q in out
        ]
    return out


def _inverted(words: list[str], names: Names) -> list[str]:
    """Subject and auxiliary turned round, and "What is X?" for a definition."""
    out = []
    for k, word in enumerate(words[: SUBJECT_WORDS + 1]):
        bare = word.lower()
        if bare in ("means", "mean") and k >= 1 and not any(w.endswith(",") for w in words[:k]):
            subject = _person(_lower_first(words[:k], names))
            out.append(_finish(["What", "does", *subject, "mean"]))
            return out
        if bare in ("is", "are") and words[k + 1 : k + 2] == ["called"] and len(words) > k + 2:
            named = " ".join(words[k + 2 :]).split(",")[0].split()
            if len(named) <= 4:
                out.append(_finish(["What", bare, *named]))
        if bare in _AUX and k >= 1:
            subject = words[:k]
            if (
                any(w.endswith(",") for w in subject)
                or subject[-1].lower() == "to"
                or k == 1
                and subject[0].lower() in _PRONOUN_SUBJECTS
            ):
                return out  # "it is harmless": asked alone, nobody knows what "it" is
            rest = words[k + 1 :]
            if (
                bare in ("is", "are")
                and rest
                and rest[0].lower() in ("a", "an", "the")
                and k <= 4
                and subject[0].lower() not in ("it", "this", "that", "there")
            ):
                out.append(_finish(["What", bare, *_person(_lower_first(subject, names))]))
            if bare in ("has", "have", "does", "do") and rest and rest[0].lower() != "not":
                return out  # "has" and "does" are often the verb itself
            out.append(
                _finish([bare.capitalize(), *_person(_lower_first(subject, names)), *_person(rest)])
            )
            return out
    return out


def ask_heading(heading: str, names: Names = frozenset()) -> str:
    """A heading as a question: it may be one already, an instruction, or a topic."""
    text = " ".join(heading.split())
    if "?" in text:
        return text[: text.rfind("?") + 1]
    words = _words(text)
    if not words:
        return ""
    if is_instruction(words) or words[0].lower() in ("how", "why", "what", "when", "which"):
        if words[0].lower() in ("how", "why", "what", "when", "which"):
            return _finish(words)
        return _finish(["How", "do", "I", *_person(_lower_all(words, names))])
    if len(words) >= 4 and {w.lower() for w in words} & {"my", "i", "your", "you", "me"}:
        return _finish(["What", "can", "I", "do", "if", *_person(_lower_all(words, names))])
    return _finish(["What", "should", "I", "know", "about", *_lower_all(words, names)])


_ASKS = re.compile(
    r",?\s+(?:and|or)\s+(?=(?:how|why|what|when|which|who|where|is|are|can|do|does)\b)", re.I
)


def heading_questions(heading: str, names: Names = frozenset()) -> list[str]:
    """The questions a heading asks, each alone ("What is X, and what are its signs?" asks
    two), then the heading asked as the reader would ("How to X" -> "How do I X?")."""
    asked = ask_heading(heading, names)
    if not asked:
        return []
    out = [asked]
    parts = [p.strip(" ,?") for p in _ASKS.split(asked)]
    if len(parts) > 1:
        out += [_finish(_words(p[0].upper() + p[1:])) for p in parts if len(p.split()) > 1]
    words = _words(asked.rstrip("?"))
    if len(words) > 2 and words[0].lower() == "how" and words[1].lower() == "to":
        out.append(_finish(["How", "do", "I", *_person(words[2:])]))
    return list(dict.fromkeys(out))


def ask_topic(phrase: str) -> list[str]:
    """Plain questions about a key phrase of a passage."""
    return [
        _finish(["What", "should", "I", "know", "about", *phrase.split()]),
        f"tell me about {phrase}",
        _finish(["What", "is", "meant", "by", *phrase.split()]),
    ]


def sentence_split(text: str) -> list[str]:
    """The sentences of a passage (a colon ending a lead-in ends a sentence too)."""
    parts = re.split(r"(?<=[.!?:])\s+(?=[\"'\u201c\u2018(\[`]?[A-Z0-9`])", text)
    return [p.strip() for p in parts if p.strip()]
