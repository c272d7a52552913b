"""The NegEx-style rule set of `bot.negex`: which words deny, end, or ask.

General English, for any article: the trigger lists of NegEx (Chapman et al., 2001) and
its ConText extension (past and hypothetical mentions), trimmed to how people write in a
chat, plus the words that tell a question from a report. Phrases are normalised as
`bot.text.normalise` does ("don't" is "dont").
"""

from __future__ import annotations


def _phrases(*texts: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(t.split()) for t in texts)  # written normalised: "dont", not "don't"


PRE_NEGATION = _phrases(
    "no", "not", "without", "never", "none", "nor", "neither", "dont", "doesnt", "didnt",
    "isnt", "arent", "wasnt", "werent", "havent", "hasnt", "hadnt", "wont", "free of",
    "denies", "deny", "negative for", "absence of", "no sign of", "no signs of",
    "rule out", "ruled out", "nothing like", "zero", "nothing",
)
# look like a negation and are not: "for no reason I lost weight", "not sure why"
PSEUDO_NEGATION = _phrases(
    "no reason", "no apparent reason", "no idea", "no clue", "not sure", "dont know",
    "didnt know", "doesnt know", "not only", "not just", "no doubt", "no matter",
    "not certain", "without trying", "without meaning", "without dieting", "without warning",
    "not trying", "without even", "dont understand", "not even", "nothing helps",
    "doesnt help", "didnt help", "doesnt ease", "no relief", "not helping", "no better",
    "not getting better", "not improving", "isnt getting", "doesnt go away", "wont go away",
    "hasnt improved", "not improved", "hasnt gone", "not gone away", "never went away",
    "didnt go away", "hasnt got better", "hasnt gotten better", "hasnt cleared",
    "not cleared", "hasnt settled", "isnt better", "hasnt eased",
    "not going away", "never goes away", "no position", "not normal",
)
POST_NEGATION = _phrases(
    "gone", "went away", "go away", "goes away", "cleared up", "cleared", "resolved",
    "is fine", "are fine", "was fine", "feel fine", "feels fine", "is normal", "are normal",
    "totally normal", "all normal", "completely normal", "perfectly normal", "sorted itself",
    "sorted out", "no longer", "stopped", "got better", "better now", "healed", "disappeared",
    "subsided", "recovered", "all good", "is ok", "are ok", "are okay", "is okay",
    "not a problem", "no problem", "no problems", "no issue", "no issues", "all clear",
    "back to normal", "normal again", "fine now", "ok now", "okay now", "all better",
    "settled down", "improved", "cleared", "went down", "came down", "has gone down",
    "it fine", "that fine", "been fine", "fine since", "been ok", "been okay",
    "been normal",
)
PAST = _phrases(
    "used to", "years ago", "year ago", "last year", "back in", "long ago", "as a child",
    "as a kid", "as a teenager", "when i was younger", "when i was young", "in the past",
    "years back", "once had", "a while back", "previously",
    "last summer", "last winter", "last spring", "last autumn",
)
# ends a trigger's reach inside a sentence, as a comma does
TERMINATORS = _phrases(
    "but", "however", "although", "though", "yet", "except", "apart from", "aside from",
    "other than", "besides", "until", "whereas", "only", "just", "instead", "plus",
    "anyway", "then", "except for",
)
# "and" starts a new clause when a new subject follows it
NEW_SUBJECT = frozenset((
    "i", "im", "ive", "id", "my", "it", "its", "the", "she", "he", "her", "his", "they",
    "their", "this", "that", "now", "today", "yesterday", "then", "also", "lately", "since",
    "we", "our", "me", "there", "theres",
))
CONTRAST = frozenset(("but", "however", "although", "though", "whereas", "except", "yet",
                      "besides", "unlike", "instead", "rather"))
FILLERS = frozenset(("so", "and", "but", "ok", "okay", "hey", "hi", "hello", "also", "um",
                     "well", "then", "just", "quick", "question", "q", "oh", "right", "also",
                     "anyway", "sorry", "please", "doc"))
# "but I don't have any": a clause of these and a negation denies the clause before
HAVING = frozenset(("i", "have", "got", "get", "any", "one", "them", "do", "actually",
                    "thankfully", "luckily", "as", "far", "know", "of", "experience", "feel"))
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
                        "couldnt", "can", "fell", "slipped", "suffer", "still", "also", "now",
                        "started", "developed", "experience", "experienced", "was"))
GENERIC = frozenset(("you", "your", "youre", "youve", "someone", "somebody", "anyone",
                     "anybody", "people", "person", "patients", "patient", "someones"))
WH_WORDS = frozenset(("what", "whats", "when", "why", "how", "which", "who", "whose", "wat",
                      "wot", "hows", "whens", "whys"))
# "is it ...", "can magnesium ...": a question without its "?"; not "can barely walk"
AUXILIARIES = frozenset(("is", "are", "does", "do", "did", "can", "could", "should", "would",
                         "will", "may", "might", "isnt", "arent", "doesnt", "shall", "must",
                         "was", "were", "has", "have"))
# "can barely walk": an auxiliary before one of these starts no question
ADVERBS = frozenset(("barely", "hardly", "not", "never", "only", "just", "really", "still",
                     "also", "always", "sometimes", "easily", "no", "scarcely", "even",
                     "definitely", "probably", "literally", "totally", "completely", "so"))
PERFECT = frozenset(("have", "has", "was", "were", "did"))  # "have a fever": (I) have
PRONOUN_SUBJECTS = frozenset(("i", "you", "he", "she", "it", "we", "they", "anyone",
                              "someone", "there", "this", "that"))
# a question is hypothetical from these words on: "should I worry if I get a fever"
HYPOTHETICAL = _phrases("if", "whether", "in case", "suppose", "supposing", "what if",
                        "say i", "lets say", "assuming", "were to")
# said anywhere, the whole message asks rather than tells
ASKING_ONLY = _phrases(
    "just asking", "just curious", "only asking", "asking for a friend", "out of curiosity",
    "hypothetically", "dont have it", "dont have any", "i dont have that", "not that i have",
    "for future reference", "what to look out for", "what to watch for",
    "what to watch out for", "in theory",
)

AFTER_GONE = frozenset(("now", "away", "completely", "totally", "entirely", "again", "since",
                         "for", "and", "but", "though", "already", "thankfully", "long", "as",
                         "by", "after", "within", "over", "altogether", "forever", "too"))

# an adverb that softens or stresses a phrase without changing it: "can't REALLY feel",
# "didn't EVEN feel it", "couldn't QUITE hold it"; a sign's phrase reads through one
SOFTENERS = frozenset(("really", "even", "actually", "properly", "quite", "fully", "totally",
                       "completely", "entirely", "always", "ever", "truly", "exactly",
                       "honestly", "literally", "very", "so"))
