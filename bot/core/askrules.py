"""The words that tell a question from a report, for `bot.negex`: who tells ("my", "I
have"), what asks ("what", "is it", "should I worry if"), what asks only ("just curious").

General English, for any article (the ConText extension's hypothetical mentions, as people
write in a chat); phrases are normalised as `bot.text.normalise` does.
"""

from __future__ import annotations

from .negexrules import phrases

FIRST_PERSON = frozenset(
    (
        "i",
        "im",
        "ive",
        "id",
        "ill",
        "my",
        "me",
        "mine",
        "myself",
        # a report made for someone else is a report too
        "she",
        "her",
        "hers",
        "herself",
        "he",
        "his",
        "him",
        "himself",
        "shes",
        "hes",
        "we",
        "our",
        "us",
    )
)
OWNING = FIRST_PERSON - {"i", "id", "ill", "we"}
EXPERIENCE = frozenset(
    (
        "have",
        "had",
        "got",
        "get",
        "feel",
        "felt",
        "am",
        "keep",
        "kept",
        "been",
        "notice",
        "noticed",
        "woke",
        "wake",
        "lost",
        "cant",
        "cannot",
        "couldnt",
        "can",
        "fell",
        "slipped",
        "suffer",
        "still",
        "also",
        "now",
        "started",
        "developed",
        "experience",
        "experienced",
        "was",
    )
)
GENERIC = frozenset(
    (
        "you",
        "your",
        "youre",
        "youve",
        "someone",
        "somebody",
        "anyone",
        "anybody",
        "people",
        "person",
        "patients",
        "patient",
        "someones",
    )
)
WH_WORDS = frozenset(
    (
        "what",
        "whats",
        "when",
        "why",
        "how",
        "which",
        "who",
        "whose",
        "wat",
        "wot",
        "hows",
        "whens",
        "whys",
    )
)
# "is it ...", "can magnesium ...": a question without its "?"; not "can barely walk"
AUXILIARIES = frozenset(
    (
        "is",
        "are",
        "does",
        "do",
        "did",
        "can",
        "could",
        "should",
        "would",
        "will",
        "may",
        "might",
        "isnt",
        "arent",
        "doesnt",
        "shall",
        "must",
        "was",
        "were",
        "has",
        "have",
    )
)
# "can barely walk": an auxiliary before one of these starts no question
ADVERBS = frozenset(
    (
        "barely",
        "hardly",
        "not",
        "never",
        "only",
        "just",
        "really",
        "still",
        "also",
        "always",
        "sometimes",
        "easily",
        "no",
        "scarcely",
        "even",
        "definitely",
        "probably",
        "literally",
        "totally",
        "completely",
        "so",
    )
)
PERFECT = frozenset(("have", "has", "was", "were", "did"))  # "have a fever": (I) have
PRONOUN_SUBJECTS = frozenset(
    ("i", "you", "he", "she", "it", "we", "they", "anyone", "someone", "there", "this", "that")
)
# a question is hypothetical from these words on: "should I worry if I get a fever"
HYPOTHETICAL = phrases(
    "if",
    "whether",
    "in case",
    "suppose",
    "supposing",
    "what if",
    "say i",
    "lets say",
    "assuming",
    "were to",
    "when should",
    "when do i need",
    "at what point",
    "how do i know if",
    "how would i know if",
    "how can i tell if",
)
# before a question, a sign with one of these is asked about, not told: "a question about
# saddle numbness, is it serious?", "I read about foot drop, what is it?"
ASKING_CUES = frozenset(
    (
        "about",
        "question",
        "wondering",
        "wonder",
        "curious",
        "heard",
        "read",
        "reading",
        "mean",
        "means",
        "meaning",
        "regarding",
        "re",
        "info",
        "information",
        "seen",
        "saw",
        "term",
        "called",
        "article",
        "you",
        "your",
        "someone",
        "people",
        "anyone",
    )
)
# a clause that opens with one of these, then the sign, asks what the sign is ("what is foot
# drop?", "what does sciatica feel like"): a question about health, whatever else it says
DEFINING = phrases(
    "what",
    "whats",
    "wat",
    "what is",
    "what are",
    "what does",
    "what do",
    "what exactly is",
    "what is meant by",
    "what causes",
    "wat is",
    "tell me about",
    "tell me more about",
    "explain",
    "define",
    "meaning of",
    "the meaning of",
    "the definition of",
    "definition of",
    # which kind of the sign ("what kind of numbness should make me go to the ER?")
    "what kind of",
    "what sort of",
    "what type of",
    "which kind of",
    "which type of",
    "what kinds of",
    "what types of",
)
DETERMINERS_BEFORE_SIGN = frozenset(("a", "an", "the", "this", "that", "so", "called"))

# said anywhere, the whole message asks rather than tells
ASKING_ONLY = phrases(
    "just asking",
    "just curious",
    "only asking",
    "asking for a friend",
    "out of curiosity",
    "hypothetically",
    "dont have it",
    "dont have any",
    "i dont have that",
    "not that i have",
    "for future reference",
    "what to look out for",
    "what to watch for",
    "what to watch out for",
    "in theory",
)
