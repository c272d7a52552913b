"""A saved web page made ready for trafilatura: the text as a browser shows it.

Three things a browser does that an extractor reading the source does not: it collapses
the whitespace of pretty-printed HTML (outside `<pre>`), which Markdown would otherwise read
as indented code; it shows a link inside a sentence as part of the sentence, where an
extractor takes a list of such items for a menu and drops it; and a page saved through a
wrong encoding once ("IdentityTheftâ\\x80\\x99s") is read back as the text it was.
"""

from __future__ import annotations

import re

_MOJIBAKE = re.compile(r"[\u00c2-\u00f4][\u0080-\u00bf]{1,3}")
_SPACE = re.compile(r"\s+")
_KEEP_SPACE = ("pre", "code", "textarea", "script", "style")


def repair(text: str) -> str:
    """UTF-8 that was decoded as Latin-1 once, decoded right; other text as it is."""

    def fix(match: re.Match) -> str:
        try:
            return match.group(0).encode("latin-1").decode("utf-8")
        except UnicodeError:
            return match.group(0)

    return _MOJIBAKE.sub(fix, text)


def prepare(html: str):
    """The page as an lxml tree: whitespace collapsed, links within prose unwrapped."""
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(repair(html))
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        kept = any(a.tag in _KEEP_SPACE for a in (element, *element.iterancestors()))
        if not kept and element.text:
            element.text = _SPACE.sub(" ", element.text)
        parent = element.getparent()
        if element.tail and not (parent is not None and _within(parent, _KEEP_SPACE)):
            element.tail = _SPACE.sub(" ", element.tail)
    for link in list(tree.iter("a")):
        parent = link.getparent()
        if parent is not None and _prose_around(link, parent):
            link.drop_tag()
    return tree


def _within(element, tags: tuple[str, ...]) -> bool:
    return any(a.tag in tags for a in (element, *element.iterancestors()))


def _prose_around(link, parent) -> bool:
    """Does the link's parent hold words of its own besides its links?"""
    own = (parent.text or "") + "".join(child.tail or "" for child in parent)
    return len(own.split()) >= 2
