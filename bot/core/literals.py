"""The strings a regular expression cannot match without, read from the pattern itself.

A pattern over questions ("a dose": `\\b\\d+ ?(mg|...)\\b|\\bhow many ...`) costs a
millisecond or two to compile, and most messages hold none of the words it needs. Read
once, when a knowledge base is compiled into its cache, `needed(pattern)` gives strings
one of which every match holds; `magbot ask` compiles the pattern only for a message
that holds one (see `may_match`). The reading is conservative: when it cannot tell (a
pattern of word classes only, a case-blind flag), it says nothing, and the pattern is
always tried. Generic: nothing here knows any pattern.
"""

from __future__ import annotations

import re
from functools import partial

# how many strings a set of alternatives may hold before it says nothing useful
_MOST = 128

_Strings = frozenset[str]
_RARE = 4  # a string this long is rare enough: past it, a set of fewer strings is better
# the same in a pattern over words, where " take " is rarer than "take" (not in "partake")
_RARE_SPACED = 6

# in a set of needed strings, "any decimal digit" ("\\d" matches the digits of every script,
# as `str.isdecimal` tells them); no text holds this string itself
DIGIT = "\x00digit"
# first of the strings of a case-blind pattern: they are to be looked for in lower case
FOLDED = "\x00folded"
# a word boundary ("\\b") while strings are read, in a pattern over words (`spaced`)
_EDGE = "\x01"


def needed(pattern: str, flags: int = 0, spaced: bool = False) -> tuple[str, ...]:
    """Strings one of which is in every text `pattern` (compiled with `flags`) matches,
    searched anywhere; () when none can be told, and the pattern must simply be tried. A
    case-blind pattern's strings are in lower case, after `FOLDED`.

    `spaced`: the pattern is only ever searched in a normalised text (words of letters and
    digits one space apart), where a word boundary is a space or an end; its strings hold
    a space for each boundary ("\\buse\\b" needs " use ", which "cause it" does not hold),
    and are looked for in the text with a space added at both ends (`may_match`'s
    `spaced`)."""
    from re import _parser  # type: ignore[attr-defined]  # only when a base is compiled

    try:
        parsed = _parser.parse(pattern, flags)
    except (re.error, RecursionError, OverflowError, TypeError, ValueError):
        return ()
    try:
        _, need, _ = _sequence(list(parsed), spaced)
    except RecursionError:
        return ()
    if need and spaced:
        need = frozenset(_spaced(s) for s in need)
    if not need or " " in need:
        return ()
    folded = bool(parsed.state.flags & re.IGNORECASE)
    if folded:
        # ASCII strings only: a letter beyond it may match an ASCII one case-blind ("ſ", s)
        if not all(s.isascii() for s in need if s != DIGIT):
            return ()
        need = frozenset(s if s == DIGIT else s.lower() for s in need)
    # a string that holds another needed one adds nothing ("kidneys" beside "kidney")
    kept = tuple(sorted(s for s in need if not any(t != s and t in s for t in need)))
    return (FOLDED, *kept) if folded else kept


def _spaced(string: str) -> str:
    """A string read with word boundaries (`_EDGE`) as a normalised text holds it: a
    boundary is the space beside it, or a space of its own."""
    while _EDGE * 2 in string:
        string = string.replace(_EDGE * 2, _EDGE)
    return string.replace(_EDGE + " ", " ").replace(" " + _EDGE, " ").replace(_EDGE, " ")


def may_match(text: str, needs: tuple[str, ...], spaced: bool = False) -> bool:
    """Could a pattern whose `needed` strings are `needs` match `text`? False only when it
    surely cannot. A case-blind pattern's are looked for in the text in lower case, when it
    is ASCII (beyond it, case folds past ASCII: it may always match). `spaced`: the needs
    were read for a normalised text (`needed`'s `spaced`)."""
    if spaced:
        text = f" {text} "
    if needs and needs[0] == FOLDED:
        if not text.isascii():
            return True
        text, needs = text.lower(), needs[1:]
    return not needs or any(
        any(map(str.isdecimal, text)) if need == DIGIT else need in text for need in needs
    )


def _sequence(
    items: list, spaced: bool = False
) -> tuple[_Strings | None, _Strings | None, _Strings | None]:
    """(every string the items match in turn, when few; strings one of which every match
    holds, the rarest such set found; the smallest such set found, for a choice between
    ways round that would need too many strings together), each None when it cannot be
    told."""
    run: _Strings = frozenset({""})  # the strings matched by the exact items since the last break
    whole = True  # every item so far exact, and no run broken
    found: list[_Strings] = []
    for op, av in items:
        exact, need, small = _node(op, av, spaced)
        if need:
            found.append(need)
        if small and small is not need:
            found.append(small)
        if exact is not None and len(run) * len(exact) <= _MOST:
            run = frozenset(a + b for a in run for b in exact)
            continue
        whole = False
        found.append(run)
        run = exact if exact is not None else frozenset({""})
    found.append(run)
    # a word boundary alone is no string to look for
    usable = [s for s in found if s and not any(t.strip(_EDGE) == "" for t in s)]
    if not usable:
        return (run if whole else None), None, None
    rarity = partial(_rarity, rare=_RARE_SPACED if spaced else _RARE)
    # the fewest strings of those not too short to be rare
    rare = [s for s in usable if rarity(s)[0] >= _RARE - 1]
    small = min(rare, key=lambda s: (len(s), -rarity(s)[2])) if rare else None
    return (run if whole else None), max(usable, key=rarity), small


def _rarity(strings: _Strings, rare: int = _RARE) -> tuple[int, int, int]:
    """How rare a set of strings is in text: its shortest string's length (a digit or a
    mark counts twice, letters and spaces being commoner; a word's boundary counts as a
    letter, in a pattern over words) up to `rare`, then the fewer the rarer (and the
    quicker to look for), then the longer."""
    shortest = min(
        2 if s == DIGIT else len(s) + sum(not (c.isalpha() or c in " " + _EDGE) for c in s)
        for s in strings
    )
    return min(shortest, rare), -len(strings), shortest


_Read = tuple[_Strings | None, _Strings | None, _Strings | None]


def _node(op, av, spaced: bool) -> _Read:
    name = str(op)
    if name == "LITERAL":
        one = frozenset({chr(av)})
        return one, one, one
    if name == "IN":
        exact, need = _characters(av)
        return exact, need, need
    if name == "BRANCH":
        return _branch(av[1], spaced)
    if name == "SUBPATTERN":
        _, add_flags, _, inner = av
        if add_flags & re.IGNORECASE:  # case-blind in part only: not told
            return None, None, None
        return _sequence(list(inner), spaced)
    if name == "ATOMIC_GROUP":
        return _sequence(list(av), spaced)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, inner = av
        exact, need, small = _sequence(list(inner), spaced)
        if low == 0:  # may be left out: needs nothing
            return (exact | {""} if exact is not None and high == 1 else None), None, None
        return (exact if low == high == 1 else None), need, small
    if name == "AT" and spaced and str(av) == "AT_BOUNDARY":  # a space, or an end
        return frozenset({_EDGE}), None, None
    if name in ("AT", "ASSERT", "ASSERT_NOT"):  # matches no characters of its own
        return frozenset({""}), None, None
    return None, None, None  # any character, a class of them, a back reference: no string


def _branch(alternatives, spaced: bool) -> _Read:
    exacts, needs, smalls = [], [], []
    for alternative in alternatives:
        exact, need, small = _sequence(list(alternative), spaced)
        exacts.append(exact)
        needs.append(need)
        smalls.append(small)
    exact = None
    if all(e is not None for e in exacts):
        joined = frozenset().union(*exacts)  # type: ignore[arg-type]
        exact = joined if len(joined) <= _MOST else None
    need = small = None
    if all(needs):
        joined = frozenset().union(*needs)  # type: ignore[arg-type]
        need = joined if len(joined) <= _MOST else None
    if all(smalls):
        joined = frozenset().union(*smalls)  # type: ignore[arg-type]
        small = joined if len(joined) <= _MOST else None
    return exact, need or small, small


def _characters(items) -> tuple[_Strings | None, _Strings | None]:
    """(the characters a class matches ("[ab]"), when they are few; the same, with `DIGIT`
    for "\\d", any decimal digit), either None when a class is too wide to tell."""
    chars: set[str] = set()
    digit = False
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            chars.add(chr(av))
        elif name == "RANGE" and av[1] - av[0] < 16:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        elif name == "CATEGORY" and str(av) == "CATEGORY_DIGIT":
            digit = True
        else:
            return None, None  # a negated class, a wide range, letters or spaces: too common
    if not chars and not digit:
        return None, None
    return (None if digit else frozenset(chars)), frozenset(chars | ({DIGIT} if digit else set()))
