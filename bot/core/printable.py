"""Text made safe to show: the one sanitiser every string from a file, a file name or the
user goes through before it reaches a terminal, and JSON lines that carry no raw control."""

from __future__ import annotations

import re

# Control characters (C0 except tab/newline, DEL, C1) would let text steer the terminal:
# an ESC in a question or in knowledge text must never reach it raw. The bidirectional
# embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) would let it reorder
# what is shown around it ("Trojan Source").
# (compiled on the first text that needs it: most text is printable as it is)
_CONTROL = "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"

# JSON escapes C0 controls itself, but not DEL, C1 controls (U+009B is a one-byte CSI to some
# terminals), bidi controls, the Unicode line separators (which split a JSON line for many
# readers) or lone surrogates (which cannot be written as UTF-8 at all).
# (compiled on the first JSON line: a plain `ask` does not pay for it)
_JSON_UNSAFE = "[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]"


def clean(text: str) -> str:
    """`text` with every terminal control character removed: the one sanitiser that every
    string from a file, a file name or the user goes through before it is shown."""
    text = str(text)
    if text.replace("\n", "").replace("\t", "").isprintable():  # the common case, and fast:
        return text  # none of the characters removed is printable
    return re.sub(_CONTROL, "", text)


def json_line(data: object) -> str:
    """`data` as one line of JSON that is safe to write to a terminal: no raw control bytes."""
    import json  # only for --json

    text = json.dumps(data, ensure_ascii=False)
    return re.sub(_JSON_UNSAFE, lambda m: f"\\u{ord(m.group()):04x}", text)
