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

# how many strings a set of alternatives may hold before it says nothing useful
_MOST = 128

_Strings = frozenset[str]
_RARE = 4  # a string this long is rare enough: past it, a set of fewer strings is better

# in a set of needed strings, "any decimal digit" ("\\d" matches the digits of every script,
# as `str.isdecimal` tells them); no text holds this string itself
DIGIT = "\x00digit"
# first of the strings of a case-blind pattern: they are to be looked for in lower case
FOLDED = "\x00folded"


def needed(pattern: str, flags: int = 0) -> tuple[str, ...]:
    """Strings one of which is in every text `pattern` (compiled with `flags`) matches,
    searched anywhere; () when none can be told, and the pattern must simply be tried. A
    case-blind pattern's strings are in lower case, after `FOLDED`."""
    from re import _parser  # type: ignore[attr-defined]  # only when a base is compiled

    try:
        parsed = _parser.parse(pattern, flags)
    except (re.error, RecursionError, OverflowError, TypeError, ValueError):
        return ()
    try:
        _, need = _sequence(list(parsed))
    except RecursionError:
        return ()
    if not need:
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


def may_match(text: str, needs: tuple[str, ...]) -> bool:
    """Could a pattern whose `needed` strings are `needs` match `text`? False only when it
    surely cannot. A case-blind pattern's are looked for in the text in lower case, when it
    is ASCII (beyond it, case folds past ASCII: it may always match)."""
    if needs and needs[0] == FOLDED:
        if not text.isascii():
            return True
        text, needs = text.lower(), needs[1:]
    return not needs or any(
        any(map(str.isdecimal, text)) if need == DIGIT else need in text for need in needs
    )


def _sequence(items: list) -> tuple[_Strings | None, _Strings | None]:
    """(every string the items match in turn, when few; strings one of which every match
    holds, the rarest such set found), either None when it cannot be told."""
    run: _Strings = frozenset({""})  # the strings matched by the exact items since the last break
    whole = True  # every item so far exact, and no run broken
    found: list[_Strings] = []
    for op, av in items:
        exact, need = _node(op, av)
        if need:
            found.append(need)
        if exact is not None and len(run) * len(exact) <= _MOST:
            run = frozenset(a + b for a in run for b in exact)
            continue
        whole = False
        found.append(run)
        run = exact if exact is not None else frozenset({""})
    found.append(run)
    usable = [s for s in found if s and "" not in s]
    return (run if whole else None), (max(usable, key=_rarity) if usable else None)


def _rarity(strings: _Strings) -> tuple[int, int, int]:
    """How rare a set of strings is in text: its shortest string's length (a digit or a
    mark counts twice, letters and spaces being commoner) up to `_RARE`, then the fewer
    the rarer (and the quicker to look for), then the longer."""
    shortest = min(
        2 if s == DIGIT else len(s) + sum(not (c.isalpha() or c == " ") for c in s) for s in strings
    )
    return min(shortest, _RARE), -len(strings), shortest


def _node(op, av) -> tuple[_Strings | None, _Strings | None]:
    name = str(op)
    if name == "LITERAL":
        return frozenset({chr(av)}), frozenset({chr(av)})
    if name == "IN":
        return _characters(av)
    if name == "BRANCH":
        return _branch(av[1])
    if name == "SUBPATTERN":
        _, add_flags, _, inner = av
        if add_flags & re.IGNORECASE:  # case-blind in part only: not told
            return None, None
        return _sequence(list(inner))
    if name == "ATOMIC_GROUP":
        return _sequence(list(av))
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, inner = av
        exact, need = _sequence(list(inner))
        if low == 0:  # may be left out: needs nothing
            return (exact | {""} if exact is not None and high == 1 else None), None
        return (exact if low == high == 1 else None), need
    if name in ("AT", "ASSERT", "ASSERT_NOT"):  # matches no characters of its own
        return frozenset({""}), None
    return None, None  # any character, a class of them, a back reference: no string


def _branch(alternatives) -> tuple[_Strings | None, _Strings | None]:
    exacts, needs = [], []
    for alternative in alternatives:
        exact, need = _sequence(list(alternative))
        exacts.append(exact)
        needs.append(need)
    exact = None
    if all(e is not None for e in exacts):
        joined = frozenset().union(*exacts)  # type: ignore[arg-type]
        exact = joined if len(joined) <= _MOST else None
    need = None
    if all(needs):
        joined = frozenset().union(*needs)  # type: ignore[arg-type]
        need = joined if len(joined) <= _MOST else None
    return exact, need


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
