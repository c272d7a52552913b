"""The words that only lead up to a question in its own sentence.

"Been curious about this for ages, how does it work?" asks what "how does it work?" asks:
the clause before the comma opens no question and names nothing, it tells that the person
wonders. Typed as a sentence of its own it would be a told one, its everyday words no
evidence against any answer; typed before a comma, they should be none either. English
grammar only (a clause ends at a comma, a question opens on a question word or an
auxiliary: bot/forms.py), nothing of one article.
"""

from __future__ import annotations

from collections.abc import Iterable

from . import forms
from .text import normalise


def leading_clauses(asks: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """The (normalised) words of each clause that opens an asking sentence before a comma,
    when what follows the comma opens a question and the clause itself does not: "ok so
    been wondering for a while, is it safe?" gives ("ok", "so", "been", ...). Not a clause
    that tells what the question then does a thing to ("..., how do I fix it?")."""
    found = []
    for sentence in asks:
        cut = sentence.find(",")
        if cut <= 0:
            continue
        before = normalise(sentence[:cut]).split()
        after = normalise(sentence[cut + 1 :]).split()
        if (
            before
            and forms.opens(after)
            and not forms.opens(before)
            # "my laptop is super slow, how do I fix IT?": what the clause tells is what
            # the question acts on, no chatter around it
            and not forms.deed_on_pointer(tuple(after))
        ):
            found.append(tuple(before))
    return tuple(found)


def only_chatter(content: Iterable[str], filler: list[str]) -> list[str]:
    """`filler` without the words of a leading clause all of whose content words
    (`content`, the clause's words without function words) are themselves filler: a clause
    that names anything, the base's or another topic, is no chatter and keeps them all."""
    said = list(content)
    if not said or any(w not in filler for w in said):
        return filler
    left = list(filler)
    for word in said:
        left.remove(word)
    return left
