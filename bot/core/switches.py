"""A change of what is taken, as people tell it: "switched from glycinate to oxide",
"then i changed to citrate", "swapped over to the glycinate one".

Pure and general English, nothing about one article: `changed` reads one sentence's words
and the things taken it names, and says which the person takes now and which they took
before. Told later in a story, what they took before is no longer what they take.
"""

from __future__ import annotations

# verbs that replace one thing with another ("switched ... to"), and the words that may
# come between them and "to"/"from" ("switched over to", "went back to"): English
CHANGE = frozenset(
    {
        "switch",
        "switched",
        "switching",
        "change",
        "changed",
        "changing",
        "swap",
        "swapped",
        "swapping",
        "moved",
        "went",
        "gone",
    }
)
_BETWEEN = frozenset({"over", "back", "across", "up", "the", "my", "it", "them"})
GAP = 3  # words between the verb and "to" or "from"


def changed(
    words: tuple[str, ...] | list[str], taken: list[tuple[int, int, str]]
) -> tuple[list[str], list[str]]:
    """What a sentence says the person changed to, and from: the phrases of `taken` (start,
    end, phrase: the things taken it names, by word position) after "to" and after "from"
    that follow a verb of change. Nothing when it tells no change."""
    for at, word in enumerate(words):
        if word not in CHANGE:
            continue
        k = at + 1
        while k < len(words) and k - at <= GAP and words[k] in _BETWEEN:
            k += 1
        if k >= len(words) or words[k] not in ("to", "from"):
            continue
        to = next((i for i in range(k, len(words)) if words[i] == "to"), None)
        new = [said for start, _, said in taken if to is not None and start > to]
        former = [
            said
            for start, _, said in taken
            if words[k] == "from" and start > k and (to is None or start < to)
        ]
        if new:
            return new, former
    return [], []
