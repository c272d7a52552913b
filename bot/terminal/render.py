"""Render a `Reply` for people: plain text for `ask` and pipes, styled fragments for the REPL.

No prompt_toolkit import here: fragments are plain `(style, text)` tuples, which
prompt_toolkit's `FormattedText` accepts as they are.
"""

from __future__ import annotations

from ..core.matcher import NO_MATCH, UNSURE
from ..core.printable import clean, json_line  # noqa: F401 - part of this module's interface
from ..core.reply import Reply
from ..core.safety import URGENT
from ..core.text import LazyPattern

Fragments = list[tuple[str, str]]


def _wrap(text: str, width: int | None, indent: str = "", hang: str | None = None) -> str:
    """`text` cleaned and, given a width, filled on words (a word is never cut in two)."""
    text = clean(text)
    if not width:
        return indent + text
    import textwrap  # only on a terminal

    # each line on its own: a numbered answer or a list keeps its line breaks
    return "\n".join(
        textwrap.fill(
            line,
            width=max(width, MIN_WIDTH),
            initial_indent=indent,
            subsequent_indent=indent if hang is None else hang,
            break_long_words=False,
            break_on_hyphens=False,
        )
        for line in text.split("\n")
    )


MIN_WIDTH = 20
# What a wrapped line hangs under: its indentation and a list marker ("1) ", "2. ", "- ").
_HANG = LazyPattern(r" *(?:\d+[.)] +|- +)?")
_TOKEN = LazyPattern(r"\s+|\S+")


def wrap(pieces: Fragments, width: int | None) -> Fragments:
    """`pieces` with every line longer than `width` wrapped on words, keeping the styles;
    a continuation lines up under the text after the line's indentation and list marker.
    Lines that fit are left as they are."""
    if not width:
        return pieces
    lines: list[Fragments] = [[]]
    for style, text in pieces:
        for number, part in enumerate(text.split("\n")):
            if number:
                lines.append([])
            if part:
                lines[-1].append((style, part))
    if all(sum(len(t) for _, t in line) <= width for line in lines):
        return pieces
    out: Fragments = []
    for number, line in enumerate(lines):
        if number:
            style = out[-1][0] if out else ""
            out.append((style, "\n"))
        out += _wrap_line(line, max(width, MIN_WIDTH))
    merged: Fragments = []
    for style, text in out:  # one piece per run of a style, as the caller gave them
        if merged and merged[-1][0] == style:
            merged[-1] = (style, merged[-1][1] + text)
        else:
            merged.append((style, text))
    return merged


def _wrap_line(line: Fragments, width: int) -> Fragments:
    text = "".join(t for _, t in line)
    if len(text) <= width:
        return line
    found = _HANG.match(text)
    assert found is not None  # every part of _HANG is optional: it matches any text
    hang = found.end()
    if hang > width // 2:
        hang = len(text) - len(text.lstrip(" "))
    out: Fragments = []
    column, pending, started = 0, "", False
    for style, part in line:
        for token in _TOKEN.findall(part):
            if token.isspace():
                if started:
                    pending = token
                else:  # the line's own indentation
                    out.append((style, token))
                    column += len(token)
                continue
            if started and column + len(pending) + len(token) > width and column > hang:
                out += [(style, "\n"), (style, " " * hang)]
                column, pending = hang, ""
            out.append((style, pending + token))
            column += len(pending) + len(token)
            pending, started = "", True
    return out


def fragments(reply: Reply, width: int | None = None, title: str = "") -> Fragments:
    """The reply as styled pieces: answer, then source, then numbered suggestions."""
    out: Fragments = []
    if reply.safety is not None and reply.safety.message:
        style = "class:urgent" if reply.safety.level == URGENT else "class:warning"
        gap = "\n\n" if reply.text or reply.suggestions else "\n"  # nothing after: no gap
        out.append((style, _wrap(reply.safety.message, width) + gap))
    if reply.status == UNSURE:
        out.append(("class:notice", "I'm not certain which you mean; this is the closest:\n"))
    if reply.text:
        style = "class:fallback" if reply.status == NO_MATCH else "class:answer"
        out.append((style, _wrap(reply.text, width) + "\n"))
    section = (
        reply.entry.source
        if reply.entry is not None
        else (reply.passage.section if reply.passage is not None else None)
    )
    if section is not None:
        quoted = "Quoted from the article: " if reply.entry is None else ""
        source = f"{quoted}Source: {section}" if not quoted else f"{quoted}{section}"
        if title and section != title:
            source += f" ({title})"
        out.append(("class:source", "\n" + _wrap(source, width) + "\n"))
    if reply.suggestions:
        if not reply.alternatives:
            heading = "You could also ask:"
        else:  # unsure: which of these; declined torn between them: the nearest it answers
            heading = "Did you mean:" if reply.status == UNSURE else "Closest questions:"
        out.append(("class:heading", f"\n{heading}\n"))
        out += _numbered([e.question for e in reply.suggestions], width)
    return wrap(out, width)


def _numbered(questions: list[str], width: int | None) -> Fragments:
    """ "  1) question" lines; a long one wraps under its own text, not under the number."""
    out: Fragments = []
    for number, question in enumerate(questions, 1):
        label = f"  {number}) "
        out.append(("class:suggestion", _wrap(question, width, label, " " * len(label)) + "\n"))
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
# For a light background: no yellow on white, nothing pale.
LIGHT = {
    **PALETTE,
    "notice": "ansimagenta",
    "fallback": "ansimagenta",
    "suggestion": "ansiblue",
    "warning": "ansimagenta bold",
}
THEMES = {"default": PALETTE, "light": LIGHT}
# Without colour: only what a monochrome terminal shows.
MONOCHROME = {"heading": "bold", "urgent": "bold", "warning": "bold"}
_SGR = {
    "bold": "1",
    "italic": "3",
    "ansired": "31",
    "ansiyellow": "33",
    "ansicyan": "36",
    "ansibrightblack": "90",
    "ansiblue": "34",
    "ansimagenta": "35",
}


def join(pieces: Fragments) -> str:
    """Fragments as plain text."""
    return "".join(text for _, text in pieces)


def plain(reply: Reply, width: int | None = None, title: str = "") -> str:
    """The reply as plain text."""
    return join(fragments(reply, width, title))


def ansi(pieces: Fragments, palette: dict[str, str] = PALETTE) -> str:
    """Fragments as text with ANSI codes (for `ask` on a terminal, and the pager)."""
    out = []
    for style, text in pieces:
        codes = [
            _SGR[word]
            for cls in style.split()
            if cls.startswith("class:")
            for word in palette.get(cls[6:], "").split()
            if word in _SGR
        ]
        if codes and text.strip():
            body = text.rstrip("\n")
            out.append(f"\x1b[{';'.join(codes)}m{body}\x1b[0m" + text[len(body) :])
        else:
            out.append(text)
    return "".join(out)
