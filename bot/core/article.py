"""An article's text as its title and sections: Markdown headings, or plain-text ones."""

from __future__ import annotations

import re

from .knowledge import Article, Section
from .text import LazyPattern


def parse_article(text: str) -> Article:
    """Split an article into its title and sections.

    In Markdown (an article with `#` heading lines), the `#` lines are the headings and a
    fenced code block is never split. In plain text, a heading is a short line standing
    alone between blank lines that does not end like a sentence.
    """
    blocks = _blocks(text)
    if not blocks:
        return Article("", ())
    markdown = any(_is_atx(b) for b in blocks)
    is_heading = _is_atx if markdown else _is_heading
    title = blocks[0].lstrip("#").strip()
    sections: list[Section] = []
    paragraphs: list[str]
    heading, paragraphs = title, []
    for block in blocks[1:]:
        if is_heading(block):
            if paragraphs or heading != title:
                sections.append(Section(heading, "\n\n".join(paragraphs)))
            heading, paragraphs = block.lstrip("#").strip(), []
        else:
            paragraphs.append(block)
    sections.append(Section(heading, "\n\n".join(paragraphs)))
    return Article(title, tuple(sections))


_FENCE = LazyPattern(r"^[ \t]*(```|~~~)")


def _blocks(text: str) -> list[str]:
    """The text's blocks, between blank lines that are not inside a fenced code block."""
    current: list[str]
    blocks, current, fenced = [], [], False
    for line in text.strip().split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
        if not line.strip() and not fenced:
            if current:
                blocks.append("\n".join(current).strip())
            current = []
        else:
            current.append(line)
    if current:
        blocks.append("\n".join(current).strip())
    return [b for b in blocks if b]


def _is_atx(block: str) -> bool:
    return "\n" not in block and re.match(r"#{1,6}\s+\S", block) is not None


def _is_heading(block: str) -> bool:
    if block.startswith("#"):
        return True
    ends_like_a_sentence = block.rstrip().endswith((".", ":", ";", ","))
    return "\n" not in block and len(block) <= 120 and not ends_like_a_sentence
