"""A TOML file of a knowledge folder parsed, with its faults at their lines."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .knowledge import KnowledgeError

MAX_NESTING = 32  # arrays and inline tables inside one another; deeper is an error at its line


def parse_toml(path: Path | str, raw: str) -> tuple[dict, str]:
    """Parse the text of the TOML file `path`; a syntax error becomes a `KnowledgeError` at
    its line."""
    import tomli  # only when the compiled cache is out of date

    line = dotted_line(raw)
    if line is not None:
        raise KnowledgeError(path, line, f"keys nested more than {MAX_NESTING} deep")
    try:
        data = tomli.loads(raw)
    except tomli.TOMLDecodeError as exc:
        found = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise KnowledgeError(
            path, int(found.group(1)) if found else None, f"TOML syntax error: {message}"
        ) from None
    except RecursionError:  # tomli (like tomllib) parses nesting by recursion
        data = None
    # nesting read off the text only when the data nest deep (tables nest there too)
    if data is None or _depth(data) > MAX_NESTING:
        line = nesting_line(raw)
        if line is not None or data is None:
            where = f"more than {MAX_NESTING}" if line is not None else "too"
            raise KnowledgeError(path, line, f"arrays or tables nested {where} deep")
    return data, raw


def _depth(data: dict) -> int:
    """How deep tables and arrays nest in parsed data (at least as deep as their brackets
    do in the text: a table's own level has none)."""
    top = 0
    stack: list[tuple[dict | list, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        top = max(top, depth)
        items = value.values() if isinstance(value, dict) else value
        stack += [(v, depth + 1) for v in items if isinstance(v, dict | list)]
    return top


# compiled on first use (re caches them): `magbot ask` from the cache never needs them
_TOML_TOKEN = r'"""|\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*|[\[\]{}\n]'
# the same strings and comments (a multi-line one left open runs to the end), read in C
_SKIPPED = (
    r'"""[\s\S]*?(?:"""|\Z)|\'\'\'[\s\S]*?(?:\'\'\'|\Z)'
    r'|"(?:[^"\\\n]++|\\.)*+"|\'[^\'\n]*+\'|#[^\n]*+'
)


@lru_cache(maxsize=1)
def _bare(raw: str) -> str:
    """The text without its strings and comments (what both limits read, once per file)."""
    return re.sub(_SKIPPED, "", raw)


def nesting_line(raw: str, limit: int = MAX_NESTING) -> int | None:
    """The line where arrays and inline tables first nest deeper than `limit`, else None.

    tomli (like tomllib) parses nesting by recursion: 500 levels would be a RecursionError.
    """
    if raw.count("[") + raw.count("{") <= limit or deepest(raw) <= limit:
        return None
    return _nesting_scan(raw, limit)


def deepest(raw: str) -> int:
    """How deep arrays and inline tables nest, outside strings and comments (as far as a
    multi-line string left open, where `_nesting_scan` stops too)."""
    depth = top = 0
    for bracket in re.findall(r"[\[\]{}]", _bare(raw)):
        if bracket in "[{":
            depth += 1
            top = max(top, depth)
        else:
            depth = max(depth - 1, 0)
    return top


def _nesting_scan(raw: str, limit: int) -> int | None:
    """`nesting_line` token by token, counting lines."""
    depth, line, pos = 0, 1, 0
    token = re.compile(_TOML_TOKEN)
    while found := token.search(raw, pos):
        text, pos = found.group(), found.end()
        if text in ('"""', "'''"):  # a multi-line string: skip to its end
            end = raw.find(text, pos)
            if end < 0:
                return None
            line += raw.count("\n", pos, end)
            pos = end + 3
        elif text == "\n":
            line += 1
        elif text in "[{":
            depth += 1
            if depth > limit:
                return line
        elif text in "]}":
            depth = max(depth - 1, 0)
    return None


def dotted_line(raw: str, limit: int = MAX_NESTING) -> int | None:
    """The line of the first key (dotted, or a [table] header) of more than `limit` parts,
    outside strings and comments, else None. tomllib builds such keys in quadratic time
    and memory: 20,000 parts took 20 s and 1.6 GB, 200,000 did not end."""
    deep = rf"(?:[\w-]*[ \t]*\.[ \t]*){{{limit}}}"
    if raw.count(".") < limit or not any(  # a key is on one line: look only where dots are
        line.count(".") >= limit for line in raw.splitlines()
    ):
        return None  # the common case: no line holds that many dots, in a string or not
    if not any(
        line.count(".") >= limit and re.search(deep, line) for line in _bare(raw).splitlines()
    ):
        return None  # the common case; the line is worked out only for a key found
    bare = re.sub(_SKIPPED, lambda found: "\n" * found.group().count("\n"), raw)
    found = re.search(deep, bare)
    return None if found is None else bare.count("\n", 0, found.start()) + 1
