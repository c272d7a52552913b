"""Render a `Reply` for people: plain text for `ask` and pipes, styled fragments for the REPL.

No prompt_toolkit import here: fragments are plain `(style, text)` tuples, which
prompt_toolkit's `FormattedText` accepts as they are.
"""

from __future__ import annotations

import re

from .matcher import NO_MATCH, SMALLTALK, UNSURE
from .reply import Reply
from .safety import URGENT

# Control characters (C0 except tab/newline, DEL, C1) would let text steer the terminal:
# an ESC in a question or in knowledge text must never reach it raw.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

Fragments = list[tuple[str, str]]


# JSON escapes C0 controls itself, but not DEL, C1 controls (U+009B is a one-byte CSI to some
# terminals), the Unicode line separators (which split a JSON line for many readers) or lone
# surrogates (which cannot be written as UTF-8 at all).
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def clean(text: str) -> str:
    """`text` with every terminal control character removed."""
    return _CONTROL.sub("", text)


def json_line(data: object) -> str:
    """`data` as one line of JSON that is safe to write to a terminal: no raw control bytes."""
    import json  # only for --json

    text = json.dumps(data, ensure_ascii=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _wrap(text: str, width: int | None, indent: str = "") -> str:
    text = clean(text)
    if not width:
        return indent + text
    import textwrap  # only on a terminal

    # each line on its own: a numbered answer or a list keeps its line breaks
    return "\n".join(textwrap.fill(line, width=max(width, 20), initial_indent=indent,
                                    subsequent_indent=indent) for line in text.split("\n"))


def fragments(reply: Reply, width: int | None = None, title: str = "") -> Fragments:
    """The reply as styled pieces: answer, then source, then numbered suggestions."""
    out: Fragments = []
    if reply.safety is not None and reply.safety.message:
        style = "class:urgent" if reply.safety.level == URGENT else "class:warning"
        out.append((style, _wrap(reply.safety.message, width) + "\n\n"))
    if reply.status == UNSURE:
        out.append(("class:notice", "I'm not certain which you mean; this is the closest:\n"))
    if reply.text:
        style = "class:fallback" if reply.status == NO_MATCH else "class:answer"
        out.append((style, _wrap(reply.text, width) + "\n"))
    if reply.entry is not None:
        source = f"Source: {reply.entry.source}"
        if title and reply.entry.source != title:
            source += f" ({title})"
        out.append(("class:source", "\n" + _wrap(source, width) + "\n"))
    if reply.status == UNSURE and reply.alternatives:
        out.append(("class:heading", "\nDid you mean:\n"))
        out += _numbered([m.entry.question for m in reply.alternatives], width)
    elif reply.related and reply.status != SMALLTALK:
        out.append(("class:heading", "\nYou could also ask:\n"))
        out += _numbered([e.question for e in reply.related], width)
    return out


def _numbered(questions: list[str], width: int | None) -> Fragments:
    """"  1) question" lines; a long one wraps under its own text, not under the number."""
    out: Fragments = []
    for number, question in enumerate(questions, 1):
        label = f"  {number}) "
        text = clean(question)
        if width:
            import textwrap

            text = textwrap.fill(text, width=max(width, 20), initial_indent=label,
                                 subsequent_indent=" " * len(label))
        else:
            text = label + text
        out.append(("class:suggestion", text + "\n"))
    return out


# One palette for both edges: the REPL turns it into a prompt_toolkit Style, `ask` into ANSI.
PALETTE = {
    "answer": "",
    "notice": "ansiyellow",
    "fallback": "ansiyellow",
    "source": "ansibrightblack italic",
    "heading": "bold",
    "suggestion": "ansicyan",
    "urgent": "ansired bold",
    "warning": "ansiyellow bold",
}
_SGR = {"bold": "1", "italic": "3", "ansired": "31", "ansiyellow": "33", "ansicyan": "36",
        "ansibrightblack": "90"}


def join(pieces: Fragments) -> str:
    """Fragments as plain text."""
    return "".join(text for _, text in pieces)


def plain(reply: Reply, width: int | None = None, title: str = "") -> str:
    """The reply as plain text."""
    return join(fragments(reply, width, title))


def ansi(pieces: Fragments) -> str:
    """Fragments as text with ANSI colour codes (for `ask` on a terminal)."""
    out = []
    for style, text in pieces:
        codes = [_SGR[word] for cls in style.split() if cls.startswith("class:")
                 for word in PALETTE.get(cls[6:], "").split() if word in _SGR]
        if codes and text.strip():
            body = text.rstrip("\n")
            out.append(f"\x1b[{';'.join(codes)}m{body}\x1b[0m" + text[len(body):])
        else:
            out.append(text)
    return "".join(out)
