"""Read an article the way its format means it, into a `Document` (bot/document.py).

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

from .document import (
    CODE,
    LINK_DENSE,
    LIST,
    PARAGRAPH,
    TABLE,
    Block,
    Document,
    assemble,
)

MARKDOWN = (".md", ".markdown", ".mdown", ".mkd")
HTML = (".html", ".htm", ".xhtml")
TEXT = (".txt", ".text", "")
HEADING_WORDS = 14


class ReadError(Exception):
    """A document that cannot be read as an article; the message is shown as is."""


# -- dispatch ------------------------------------------------------------------------------


def read(path: Path) -> Document:
    """The document at `path`, read by its extension; unsupported formats raise `ReadError`."""
    suffix = path.suffix.lower()
    if suffix not in MARKDOWN + HTML + TEXT:
        raise ReadError(
            f"cannot read {suffix} files: give the article as Markdown (.md), "
            "HTML (.html) or plain text (.txt); convert a PDF or Word file to "
            "one of these first"
        )
    raw = path.read_bytes()
    if raw.startswith(b"%PDF") or raw[:4] == b"PK\x03\x04":
        raise ReadError(
            "this is a PDF or Office file, not text: convert it to Markdown, "
            "HTML or plain text first"
        )
    text = raw.decode("utf-8")
    if suffix in HTML or (
        suffix in TEXT and text.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))
    ):
        return read_html(text)
    return read_markdown(text) if suffix in MARKDOWN else read_text(text)


def read_html(html: str) -> Document:
    """The main text of a web page (trafilatura), as Markdown."""
    try:
        import trafilatura
    except ImportError:
        raise ReadError("reading HTML needs trafilatura: pip install 'magbot[html]'") from None
    from .webpage import prepare

    markdown = trafilatura.extract(
        prepare(_plain_headings(html)),
        output_format="markdown",
        include_formatting=True,
        include_links=False,
        include_tables=True,
        include_comments=False,
        with_metadata=True,
    )
    if not markdown:
        raise ReadError("no main text found in the page")
    return read_markdown(markdown)


_HEADING = re.compile(r"(<h([1-6])\b[^>]*>)(.*?)(</h\2\s*>)", re.S | re.I)


def _plain_headings(html: str) -> str:
    """Headings with their inner tags unwrapped: trafilatura loses the text of a heading
    that is all bold (`<h2><strong>...</strong></h2>`)."""
    return _HEADING.sub(
        lambda m: m.group(1) + re.sub(r"<[^>]+>", "", m.group(3)) + m.group(4), html
    )


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
        text = text[found.end() :]
    text = _TEMPLATE_LINE.sub("", text)  # static-site shortcodes: {{< tabs >}}, {% note %}
    text = _TEMPLATE.sub("", text)  # ... and inside a line: [link]({{< relref "x" >}})
    tree = SyntaxTreeNode(MarkdownIt("commonmark").enable("table").parse(text))
    raw: list[tuple[int, str, Block | None]] = []  # (heading level or 0, heading, block)
    for node in tree.children:
        if node.type == "heading":
            heading, _, _ = _inline(node.children[0]) if node.children else ("", 0, 0)
            raw.append((int(node.tag[1]), heading, None))
        else:
            block = _block(node)
            if block is not None:
                raw.append((0, "", block))
    return assemble(raw, title)


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
    text = re.sub(r"(?:(?<=\s)|^)\*\s+", "", text)  # bullets flattened into a cell
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
        return Block(PARAGRAPH, " ".join(texts), quoted=True) if texts else None
    if kind == "html_block":
        rows = _html_rows(node.content)
        if rows is not None:
            return _table_block(rows)
        text = _html_text(node.content)
        quoted = bool(_QUOTING_TAG.match(node.content))
        return Block(PARAGRAPH, text, quoted=quoted) if len(text.split()) >= 5 else None
    return None


# HTML written into Markdown that sets a quotation apart from the text around it
_QUOTING_TAG = re.compile(r"\s*<(aside|blockquote|figure)\b", re.I)


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
            rows.append([_cell_text(cell) for cell in row.children])
    return _table_block(rows)


def _table_block(rows: list[list[str]]) -> Block | None:
    """A table's rows, each read with its column headings ("Avoid: precmm"), as a block."""
    rows = [r for r in rows if any(c.strip(" -") for c in r)]
    if rows and sum(bool(c.strip()) for c in rows[0]) == 1 < len(rows[0]):
        rows = rows[1:]  # a caption spread over the header row
    if len(rows) < 2:
        return None
    head, body = rows[0], rows[1:]
    lines = []
    for row in body:
        # "Why?: Because." reads "Why: Because"; a cell's full stop does not end the row
        cells = [
            f"{h.strip().rstrip('?:')}: {_cell(c)}" if h.strip() else _cell(c)
            for h, c in zip(head, row, strict=False)
            if c.strip()
        ]
        lines.append("; ".join(cells))
    return Block(TABLE, "\n".join(lines), tuple((0, line) for line in lines))


def _cell_text(cell) -> str:
    """A table cell's text; none for a cell of links ("Prepare and store formula [Download
    PDF]"): the documents it points to are not the article's words, and their titles would
    draw questions to its row."""
    if not cell.children:
        return ""
    text, links, linked = _inline(cell.children[0])
    return "" if links and linked >= LINK_DENSE * len(text) else text


def _cell(text: str) -> str:
    return text.strip().rstrip(".;")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


class _Rows(HTMLParser):
    """The rows of a table written in HTML, each a list of its cells' text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th") and self.rows:
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None:
            self.rows[-1].append(" ".join(" ".join(self.cell).split()))
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def _html_rows(html: str) -> list[list[str]] | None:
    """The rows of `html` when it is a table (<table> written into Markdown), else None."""
    if not re.match(r"\s*<table\b", html, re.I):
        return None
    parser = _Rows()
    parser.feed(html)
    return [row for row in parser.rows if row]


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
            raw.append(
                (
                    0,
                    "",
                    Block(
                        CODE,
                        "\n".join(
                            line[4:] if line.startswith("    ") else line[1:] for line in lines
                        ),
                    ),
                )
            )
        else:
            raw += [(0, "", b) for b in _text_blocks(lines)]
    return assemble(raw, "")


def _looks_like_heading(lines: list[str]) -> bool:
    if len(lines) != 1:
        return False
    line = lines[0].strip()
    if line.startswith("#"):
        return True
    words = line.split()
    return (
        0 < len(words) <= HEADING_WORDS
        and not line.endswith((".", ":", ";", ","))
        and (line[0].isupper() or line[0].isdigit())
        and not _LIST_LINE.match(line)
        and not re.search(r"[\"`=<>{}|$\\]|\u201c", line)
    )


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
