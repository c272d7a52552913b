"""Read an article the way its format means it: a title and sections of blocks.

Markdown goes through a real parser (markdown-it-py): `#` lines and underlined lines are
headings, lists, code blocks and tables stay whole. HTML goes through trafilatura, which
keeps the main text with its headings and drops navigation, as Markdown. Plain text is
read by its layout: a short line standing alone is a heading. Web pages saved as Markdown
bring their menus along, so link lists and the run of links after the article are dropped.
The parsers are imported here only, so `magbot ask` never pays for them.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple

PARAGRAPH, LIST, CODE, TABLE = "paragraph", "list", "code", "table"
MARKDOWN = (".md", ".markdown", ".mdown", ".mkd")
HTML = (".html", ".htm", ".xhtml")
TEXT = (".txt", ".text", "")
LINK_DENSE = 0.5       # a block whose text is this much link text is navigation
NAV_LINKS = 8          # links in a run of navigation blocks after which the article has ended
TAIL_SHARE = 0.2       # ... unless the text after the run weighs this much of the text before
HEADING_WORDS = 14


class ReadError(Exception):
    """A document that cannot be read as an article; the message is shown as is."""


class Block(NamedTuple):
    kind: str                                 # PARAGRAPH, LIST, CODE or TABLE
    text: str                                 # plain text (code: verbatim)
    items: tuple[tuple[int, str], ...] = ()   # a list's items: (depth, text)
    links: int = 0                            # links in the block
    link_share: float = 0.0                   # share of its text inside links


class Section(NamedTuple):
    heading: str
    level: int
    blocks: tuple[Block, ...]


class Document(NamedTuple):
    title: str
    sections: tuple[Section, ...]   # the first one's heading is the title (the introduction)


# -- dispatch ------------------------------------------------------------------------------


def read(path: Path) -> Document:
    """The document at `path`, read by its extension; unsupported formats raise `ReadError`."""
    suffix = path.suffix.lower()
    if suffix not in MARKDOWN + HTML + TEXT:
        raise ReadError(f"cannot read {suffix} files: give the article as Markdown (.md), "
                        "HTML (.html) or plain text (.txt); convert a PDF or Word file to "
                        "one of these first")
    raw = path.read_bytes()
    if raw.startswith(b"%PDF") or raw[:4] == b"PK\x03\x04":
        raise ReadError("this is a PDF or Office file, not text: convert it to Markdown, "
                        "HTML or plain text first")
    text = raw.decode("utf-8")
    if suffix in HTML or (suffix in TEXT and text.lstrip()[:15].lower().startswith(
            ("<!doctype html", "<html"))):
        return read_html(text)
    return read_markdown(text) if suffix in MARKDOWN else read_text(text)


def read_html(html: str) -> Document:
    """The main text of a web page (trafilatura), as Markdown."""
    try:
        import trafilatura
    except ImportError:
        raise ReadError("reading HTML needs trafilatura: pip install 'magbot[html]'") from None
    markdown = trafilatura.extract(html, output_format="markdown", include_formatting=True,
                                   include_links=False, include_tables=True,
                                   include_comments=False, with_metadata=True)
    if not markdown:
        raise ReadError("no main text found in the page")
    return read_markdown(markdown)


# -- Markdown ------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n(.*?)\n\1[ \t]*(\n|\Z)", re.S)
_TEMPLATE_LINE = re.compile(r"(?m)^[ \t]*(\{\{.*?\}\}|\{%.*?%\})[ \t]*$")
_TEMPLATE = re.compile(r"\{\{[<%].*?[>%]\}\}|\{%.*?%\}")


def read_markdown(text: str) -> Document:
    from markdown_it import MarkdownIt
    from markdown_it.tree import SyntaxTreeNode

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title = ""
    found = _FRONT_MATTER.match(text)
    if found:
        meta = re.search(r"(?m)^title\s*[:=]\s*[\"']?(.*?)[\"']?\s*$", found.group(2))
        title = meta.group(1).strip() if meta else ""
        text = text[found.end():]
    text = _TEMPLATE_LINE.sub("", text)  # static-site shortcodes: {{< tabs >}}, {% note %}
    text = _TEMPLATE.sub("", text)      # ... and inside a line: [link]({{< relref "x" >}})
    tree = SyntaxTreeNode(MarkdownIt("commonmark").enable("table").parse(text))
    raw: list[tuple[int, str, Block | None]] = []   # (heading level or 0, heading, block)
    for node in tree.children:
        if node.type == "heading":
            heading, _, _ = _inline(node.children[0]) if node.children else ("", 0, 0)
            raw.append((int(node.tag[1]), heading, None))
        else:
            block = _block(node)
            if block is not None:
                raw.append((0, "", block))
    return _assemble(raw, title)


def _inline(node) -> tuple[str, int, int]:
    """An inline node as plain text, its number of links and the characters inside them."""
    parts: list[str] = []
    links = linked = 0

    def walk(n, in_link: bool) -> None:
        nonlocal links, linked
        for child in n.children:
            kind = child.type
            if kind == "text":
                parts.append(child.content)
                if in_link:
                    linked += len(child.content)
            elif kind == "code_inline":
                parts.append(f"`{child.content}`")
                if in_link:
                    linked += len(child.content)
            elif kind in ("softbreak", "hardbreak"):
                parts.append(" ")
            elif kind == "link":
                links += 1
                walk(child, True)
            elif kind in ("image", "html_inline"):
                parts.append(" ")
            else:
                walk(child, in_link)

    walk(node, False)
    return tidy("".join(parts)), links, linked


_LEFT_LINK = re.compile(r"\[((?:[^\[\]]|\[[^\]]*\])*)\]\([^)\s]*\)")


def tidy(text: str) -> str:
    """Inline text as one line, without Markdown left over where the source escaped it."""
    text = _LEFT_LINK.sub(r"\1", text)
    text = re.sub(r"\*{2,}|_{2,}", "", text)
    text = re.sub(r"(?:(?<=\s)|^)\*\s+", "", text)           # bullets flattened into a cell
    text = re.sub(r"\s*\[[A-Z]{2,5}-?[\d.]+\s?[KMG]B\]", "", text)  # "[PDF-2.1MB]" badges
    return " ".join(text.split())


def _block(node) -> Block | None:
    kind = node.type
    if kind == "paragraph":
        text, links, linked = _inline(node.children[0])
        return Block(PARAGRAPH, text, (), links, linked / max(len(text), 1)) if text else None
    if kind in ("fence", "code_block"):
        code = node.content.rstrip("\n")
        return Block(CODE, code) if code.strip() else None
    if kind in ("bullet_list", "ordered_list"):
        items: list[tuple[int, str]] = []
        counts = [0, 0]
        _items(node, 0, items, counts)
        kept = tuple(items)
        text = " ".join(t for _, t in kept)
        if not kept:  # a menu: nothing to keep, but its links tell where the article ends
            return Block(LIST, "", (), counts[0], 1.0) if counts[0] else None
        return Block(LIST, text, kept, counts[0], counts[1] / max(len(text), 1))
    if kind == "table":
        return _table(node)
    if kind == "blockquote":
        texts = [b.text for b in map(_block, node.children) if b is not None]
        return Block(PARAGRAPH, " ".join(texts)) if texts else None
    if kind == "html_block":
        text = _html_text(node.content)
        return Block(PARAGRAPH, text) if len(text.split()) >= 5 else None
    return None


def _items(node, depth: int, out: list[tuple[int, str]], counts: list[int]) -> None:
    """A list's items, depth first; an item of links only (a menu) is left out."""
    for item in node.children:
        texts, links, linked = [], 0, 0
        for child in item.children:
            if child.type in ("bullet_list", "ordered_list"):
                continue
            if child.type == "paragraph":
                text, n, chars = _inline(child.children[0])
                texts.append(text)
                links, linked = links + n, linked + chars
            else:
                block = _block(child)
                if block is not None:
                    texts.append(block.text)
        text = " ".join(t for t in texts if t)
        if text and not (links and linked >= LINK_DENSE * len(text)):
            out.append((depth, text))
        counts[0] += links
        counts[1] += linked
        for child in item.children:
            if child.type in ("bullet_list", "ordered_list"):
                _items(child, depth + 1, out, counts)


def _table(node) -> Block | None:
    rows = []
    for part in node.children:
        for row in part.children:
            rows.append([_inline(cell.children[0])[0] if cell.children else ""
                         for cell in row.children])
    rows = [r for r in rows if any(c.strip(" -") for c in r)]
    if rows and sum(bool(c.strip()) for c in rows[0]) == 1 < len(rows[0]):
        rows = rows[1:]  # a caption spread over the header row
    if len(rows) < 2:
        return None
    head, body = rows[0], rows[1:]
    lines = []
    for row in body:
        cells = [f"{h}: {c}" if h.strip() else c for h, c in zip(head, row, strict=False)
                 if c.strip()]
        lines.append("; ".join(cells))
    return Block(TABLE, "\n".join(lines), tuple((0, line) for line in lines))


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _html_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    text = " ".join(" ".join(parser.parts).split())
    return re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # Markdown links inside the HTML


# -- plain text ----------------------------------------------------------------------------

_LIST_LINE = re.compile(r"^\s*(?:[-*+\u2022]|\d+[.)])\s+")


def read_text(text: str) -> Document:
    """A plain-text article: the first line is the title, a short line alone a heading."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    raw: list[tuple[int, str, Block | None]] = []
    blocks = [b for b in re.split(r"\n[ \t]*\n", text.strip()) if b.strip()]
    for number, chunk in enumerate(blocks):
        lines = [line.rstrip() for line in chunk.strip("\n").split("\n")]
        if number == 0 and len(lines) == 1:
            raw.append((1, lines[0].strip().lstrip("#").strip(), None))
        elif _looks_like_heading(lines):
            raw.append((2, lines[0].strip().lstrip("#").strip(), None))
        elif all(line.startswith(("    ", "\t")) for line in lines if line.strip()):
            raw.append((0, "", Block(CODE, "\n".join(line[4:] if line.startswith("    ")
                                                     else line[1:] for line in lines))))
        else:
            raw += [(0, "", b) for b in _text_blocks(lines)]
    return _assemble(raw, "")


def _looks_like_heading(lines: list[str]) -> bool:
    if len(lines) != 1:
        return False
    line = lines[0].strip()
    if line.startswith("#"):
        return True
    words = line.split()
    return (0 < len(words) <= HEADING_WORDS and not line.endswith((".", ":", ";", ","))
            and (line[0].isupper() or line[0].isdigit()) and not _LIST_LINE.match(line)
            and not re.search(r"[\"`=<>{}|$\\]|\u201c", line))


def _text_blocks(lines: list[str]) -> list[Block]:
    """A chunk of lines: a paragraph, then a list if some lines are bulleted."""
    para: list[str] = []
    items: list[tuple[int, str]] = []
    for line in lines:
        if _LIST_LINE.match(line):
            depth = (len(line) - len(line.lstrip())) // 2
            items.append((depth, _LIST_LINE.sub("", line).strip()))
        elif items:
            depth, last = items[-1]
            items[-1] = (depth, f"{last} {line.strip()}")
        else:
            para.append(line.strip())
    out = []
    if para:
        out.append(Block(PARAGRAPH, " ".join(" ".join(para).split())))
    if items:
        out.append(Block(LIST, " ".join(t for _, t in items), tuple(items)))
    return out


# -- from blocks to a document -------------------------------------------------------------


def _words(block: Block) -> int:
    return 0 if _is_navigation(block) else len(block.text.split())


def _is_navigation(block: Block) -> bool:
    return block.link_share >= LINK_DENSE or (block.kind == LIST and block.links >= 3
                                              and block.link_share >= LINK_DENSE / 2
                                              and len(block.text.split()) < 6 * block.links)


def _assemble(raw: list[tuple[int, str, Block | None]], title: str) -> Document:
    """Blocks under their headings, from the first top heading to where the menus begin."""
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
        label = (block.kind == PARAGRAPH and len(block.text.split()) <= 4
                 and not block.text.rstrip().endswith((".", "!", "?", ":")))
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
            while j < len(raw) and (raw[j][2] is None or _is_navigation(raw[j][2])
                                    or len(raw[j][2].text.split()) < 6):
                links += raw[j][2].links if raw[j][2] is not None else 0
                j += 1
            after = total - before
            if links >= NAV_LINKS and after <= TAIL_SHARE * before:
                return raw[:i]
            for k in range(i, j):
                before += _words(raw[k][2]) if raw[k][2] is not None else 0
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
    return (lead.kind == PARAGRAPH and block.kind in (LIST, CODE, TABLE)
            and (lead.text.rstrip().endswith(":") or len(lead.text.split()) <= 12))
