"""Who a sign happens to, for `bot.whose`: people and animals, the writer and the others,
things, and the words read through between a verb and its subject.

General English, for any article; words are normalised as `bot.text.normalise` does.
"""

from __future__ import annotations

# the people a fall can happen to: "my mum fell"; "my phone fell" is no fall
PEOPLE = frozenset(
    (
        "i",
        "im",
        "ive",
        "id",
        "me",
        "we",
        "you",
        "he",
        "she",
        "they",
        "hes",
        "shes",
        "mum",
        "mom",
        "mother",
        "dad",
        "father",
        "nan",
        "nana",
        "gran",
        "granny",
        "grandma",
        "grandad",
        "grandpa",
        "grandmother",
        "grandfather",
        "wife",
        "husband",
        "partner",
        "son",
        "daughter",
        "brother",
        "sister",
        "friend",
        "mate",
        "boyfriend",
        "girlfriend",
        "aunt",
        "uncle",
        "neighbour",
        "neighbor",
        "patient",
        "kid",
        "child",
        "boy",
        "girl",
        "man",
        "woman",
        "baby",
        "toddler",
        "infant",
        "niece",
        "nephew",
        "cousin",
        "colleague",
        "boss",
        "dog",
        "cat",
        "who",
        "everyone",
        "someone",
        "somebody",
        "anyone",
    )
)
SELF = frozenset(("i", "im", "ive", "id", "ill", "me", "my", "mine", "myself"))
OBJECTS = frozenset(("me", "myself"))  # the writer, as the one a thing is done to
# animals: a sign of theirs is never a person's red flag ("my dog lost control of his bladder")
ANIMALS = frozenset(
    (
        "dog",
        "dogs",
        "cat",
        "cats",
        "puppy",
        "pup",
        "kitten",
        "pet",
        "pets",
        "horse",
        "pony",
        "rabbit",
        "bunny",
        "hamster",
        "parrot",
        "budgie",
        "bird",
        "tortoise",
        "ferret",
    )
)
# the words that go on from a sign's own description to more telling: "she fell AND landed
# on her bum", "he had a fever, THEN his back started hurting"
GOES_ON = frozenset(("and", "then", "now", "so", "but", "since", "after"))
THIRD_PERSON = frozenset(
    ("she", "he", "her", "his", "him", "they", "their", "them", "shes", "hes", "hers")
)
OTHERS = PEOPLE - SELF - {"we", "you", "who", "everyone", "someone", "somebody", "anyone"}
# a thing as a verb's subject ("it fell"), and the words before a noun ("my phone fell")
THINGS = frozenset(("it", "something", "that", "this", "which", "stuff", "everything"))
DETERMINERS = frozenset(
    ("my", "the", "a", "an", "his", "her", "our", "their", "this", "that", "your", "its", "some")
)
# verbs whose forms do not end in "-ed"
VERB_FORMS = frozenset(
    ("fell", "fall", "falls", "falling", "fallen", "hit", "hits", "slips", "trips")
)
# read through when looking back from a verb for its subject: "my mum had JUST fallen"
BEFORE_VERB = frozenset(
    (
        "and",
        "then",
        "also",
        "just",
        "nearly",
        "almost",
        "actually",
        "literally",
        "accidentally",
        "badly",
        "really",
        "had",
        "have",
        "has",
        "was",
        "got",
        "been",
        "kind",
        "of",
        "sort",
        "kinda",
        "sorta",
        "somehow",
        "recently",
        "once",
        "twice",
    )
)
