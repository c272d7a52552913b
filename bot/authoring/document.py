"""An article as magbot reads it: a title and sections of blocks, whatever its format.

The readers (bot/reader.py) turn Markdown, HTML and plain text into `(level, heading)` and
`Block` items; `assemble` makes the `Document`: from the page's own title to where the
menus after the article begin, link lists left out, an empty heading that ends in ":" kept
as the lead of the headings under it, and no two sections under one heading. `to_text` is
the article as a knowledge folder keeps it.
"""

from __future__ import annotations

from typing import NamedTuple

PARAGRAPH, LIST, CODE, TABLE = "paragraph", "list", "code", "table"
LINK_DENSE = 0.5  # a block whose text is this much link text is navigation
NAV_LINKS = 8  # links in a run of navigation blocks after which the article has ended
TAIL_SHARE = 0.2  # ... unless the text after the run weighs this much of the text before


class Block(NamedTuple):
    kind: str  # PARAGRAPH, LIST, CODE or TABLE
    text: str  # plain text (code: verbatim)
    items: tuple[tuple[int, str], ...] = ()  # a list's items: (depth, text)
    links: int = 0  # links in the block
    link_share: float = 0.0  # share of its text inside links
    # a quotation set apart from the text around it (a pull quote, an aside): another's
    # words, which answer on their own and never join the passage before or after them
    quoted: bool = False


class Section(NamedTuple):
    heading: str
    level: int
    blocks: tuple[Block, ...]


class Document(NamedTuple):
    title: str
    sections: tuple[Section, ...]  # the first one's heading is the title (the introduction)


def _words(block: Block) -> int:
    return 0 if _is_navigation(block) else len(block.text.split())


def _is_navigation(block: Block) -> bool:
    return block.link_share >= LINK_DENSE or (
        block.kind == LIST
        and block.links >= 3
        and block.link_share >= LINK_DENSE / 2
        and len(block.text.split()) < 6 * block.links
    )


def assemble(raw: list[tuple[int, str, Block | None]], title: str) -> Document:
    """Blocks under their headings, from the first top heading to where the menus begin."""
    # a heading with no words (an image, a lost link) heads nothing
    raw = [item for item in raw if item[2] is not None or item[1].strip()]
    levels = [level for level, _, block in raw if block is None and level]
    top = min(levels) if levels else 0
    start = 0
    if top == 1:  # a page's own title: what comes before it is the site's header
        start = next(i for i, (level, _, b) in enumerate(raw) if b is None and level == 1)
        title = title or raw[start][1]
    raw = _cut_tail(raw[start:])
    if not title:
        first = next((h for level, h, b in raw if b is None and h), "")
        title = first or next((b.text for _, _, b in raw if b is not None), "")[:80]
    sections: list[Section] = []
    heading, level, blocks = title, 1, []
    lead: tuple[str, int] | None = None  # an empty heading ending in ":" leads into the next
    for lvl, text, block in raw:
        if block is not None:
            if not _is_navigation(block):
                blocks.append(block)
            continue
        blocks = _without_labels(blocks)
        if blocks:
            sections.append(Section(heading, level, tuple(blocks)))
        elif heading.endswith(":") and heading != title:
            lead = (heading, level)
        if lead is not None and lvl <= lead[1]:
            lead = None
        if text == title and not sections and not blocks:
            continue
        heading = f"{lead[0]} {text}" if lead is not None else text
        level, blocks = lvl, []
    blocks = _without_labels(blocks)
    if blocks:
        sections.append(Section(heading, level, tuple(blocks)))
    return Document(title, tuple(_unique(sections)))


def _without_labels(blocks: list[Block]) -> list[Block]:
    """Without the page's stray labels ("Related Pages"): a few words that say nothing and
    introduce nothing."""
    out = []
    for i, block in enumerate(blocks):
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        label = (
            block.kind == PARAGRAPH
            and len(block.text.split()) <= 4
            and not block.text.rstrip().endswith((".", "!", "?", ":"))
        )
        if not label or (following is not None and following.kind != PARAGRAPH):
            out.append(block)
    return out


def _cut_tail(raw: list[tuple[int, str, Block | None]]) -> list[tuple[int, str, Block | None]]:
    """The entries up to the run of navigation that follows an article on a saved page."""
    total = sum(_words(b) for _, _, b in raw if b is not None)
    before = 0
    i = 0
    while i < len(raw):
        _, _, block = raw[i]
        if block is not None and _is_navigation(block):
            links, j = 0, i
            while j < len(raw):
                nav = raw[j][2]
                if nav is not None and not _is_navigation(nav) and len(nav.text.split()) >= 6:
                    break
                links += nav.links if nav is not None else 0
                j += 1
            after = total - before
            if links >= NAV_LINKS and after <= TAIL_SHARE * before:
                return raw[:i]
            for _, _, passed in raw[i:j]:
                before += _words(passed) if passed is not None else 0
            i = max(j, i + 1)
            continue
        before += _words(block) if block is not None else 0
        i += 1
    return raw


def _unique(sections: list[Section]) -> list[Section]:
    """Headings are how entries name their source: two sections never share one."""
    seen: dict[str, int] = {}
    out = []
    for section in sections:
        count = seen.get(section.heading, 0) + 1
        seen[section.heading] = count
        heading = section.heading if count == 1 else f"{section.heading} ({count})"
        out.append(section._replace(heading=heading))
    return out


# -- back to text --------------------------------------------------------------------------


def block_text(block: Block) -> str:
    """A block as the lines of the kept article: a list keeps its bullets, code its fence."""
    if block.kind == LIST:
        return "\n".join(f"{'  ' * depth}- {text}" for depth, text in block.items)
    if block.kind == CODE:
        return f"```\n{block.text}\n```"
    return block.text


def to_text(document: Document) -> str:
    """The article as kept in a knowledge folder: Markdown headings, one passage per block,
    a lead-in line joined to the list or code it introduces."""
    out = [f"# {document.title}"]
    for number, section in enumerate(document.sections):
        if number or section.heading != document.title:
            out.append(f"{'#' * max(section.level, 2)} {section.heading}")
        previous = None
        for block in section.blocks:
            text = block_text(block)
            if previous is not None and introduces(previous, block):
                out[-1] += "\n" + text
            else:
                out.append(text)
            previous = block
    return "\n\n".join(out) + "\n"


def introduces(lead: Block, block: Block) -> bool:
    """Does the paragraph `lead` introduce `block` (a list, code or table after a colon)?"""
    return (
        lead.kind == PARAGRAPH
        and block.kind in (LIST, CODE, TABLE)
        and (lead.text.rstrip().endswith(":") or len(lead.text.split()) <= 12)
    )
