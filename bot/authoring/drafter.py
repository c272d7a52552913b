"""Split a `Document` into entries that answer: one per distinct passage, each complete.

A unit is what one entry answers: a paragraph; a lead-in with the list, code or table it
introduces; one item of a long list with the items under it; one row of a table. Short
paragraphs join the next one, and so does a paragraph that leans on the one before ("This
influx ...", "However, ..."), long ones are cut between sentences, code without a lead-in
joins the passage before it, so no answer ends on a colon and no list loses its items.
Each unit gets a question (its heading's, when the heading asks one), alternates drafted
from its sentences, and key terms: the words that set it apart from the rest of the article.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import NamedTuple

from ..core import meaning, words
from ..core.knowledge import Entry
from ..core.text import MAX_QUERY_CHARS, Lexicon, normalise, stem
from ..core.text import tokens as _short_tokens
from . import phrasing
from .document import CODE, LIST, PARAGRAPH, TABLE, Block, Document, Section, introduces
from .sentences import ask_sentence, defined_terms

UNIT_WORDS = 160  # a list or paragraph longer than this is split into several entries
TIPS = 4  # a list of this many items or more, ...
TIP_WORDS = 10  # ... each this long at least, is one entry per item
SHORT_WORDS = 30  # a passage this short takes the paragraph after it in
LEANING_WORDS = 120  # ... and one this short the paragraph after it that leans on it
BACK_WORDS = 8  # a paragraph that says "this" or "these" this early leans on the one before
ASKED_WORDS = 150  # the passage answering a question heading takes paragraphs up to this
TERMS = 20
MAX_CANDIDATES = 10
RELATED = 2  # entries offered after an answer
TELLING_ZIPF = 5.0  # an alternate needs a word rarer than this in English (Zipf) to name anything


# the first words of a paragraph that continues the one before it
_LEANS = phrasing.word_set(
    """this these that those it its they their them such however but also moreover
    furthermore additionally still yet so thus therefore then"""
)


class Unit(NamedTuple):
    heading: str
    number: int  # 1 for a section's first unit
    text: str  # the answer: plain text, lists as sentences, code verbatim
    lead: str = ""  # the text that introduces it, when it is part of a list
    overview: str = ""  # for a whole list of tips: the text it is asked by (its lead-in)
    quoted: bool = False  # a quotation set apart: another's words, beside the section's


class Draft(NamedTuple):
    entry: Entry
    candidates: tuple[str, ...]  # alternates to choose from, best first
    # what only this passage says, though other passages name its words ("What counts as
    # premature?" of the one that defines it): kept whatever entry reads closer
    own: tuple[str, ...] = ()


def tokens(text: str) -> list[str]:
    """The words of `text`, normalised, however long it is (`text.tokens` reads a question's
    first MAX_QUERY_CHARS only)."""
    out: list[str] = []
    piece: list[str] = []
    size = 0
    for word in text.split():
        if size + len(word) >= MAX_QUERY_CHARS - 1:
            out += _short_tokens(" ".join(piece))
            piece, size = [], 0
        piece.append(word[: MAX_QUERY_CHARS // 2])
        size += len(word) + 1
    return out + _short_tokens(" ".join(piece))


# -- units ---------------------------------------------------------------------------------


def units(document: Document) -> list[Unit]:
    out: list[Unit] = []
    for section in document.sections:
        texts = _section_units(section)
        out += [Unit(section.heading, n, *parts) for n, parts in enumerate(texts, 1)]
    return out


def _section_units(section: Section) -> list[tuple[str, str, str, bool]]:
    groups: list[list[Block]] = []
    for block in section.blocks:
        if groups and _joins(groups[-1], block):
            groups[-1].append(block)
        else:
            groups.append([block])
    if "?" in section.heading:  # a question: its answer is the passage that starts it
        while (
            len(groups) > 1
            and not groups[1][0].quoted
            and _short(groups[0], ASKED_WORDS - _words(groups[1]))
        ):
            groups[0:2] = [groups[0] + groups[1]]
    out: list[tuple[str, str, str, bool]] = []
    for group in groups:
        quoted = group[0].quoted
        out += [(*parts, quoted) for parts in _group_units(group, section.heading)]
    return out


def _joins(group: list[Block], block: Block) -> bool:
    """Does `block` belong to the passage `group`: a list, code or table its last paragraph
    introduces, code after prose, a paragraph after a short one, the text after code that
    had no lead-in (it explains the code)? A quotation set apart joins nothing, and nothing
    joins it: a pull quote is another's words, not the lead of the paragraph after it."""
    last = group[-1]
    if block.quoted or last.quoted:
        return False
    return (
        introduces(last, block)
        or block.kind == CODE
        and last.kind != CODE
        or block.kind == PARAGRAPH
        and _short(group, SHORT_WORDS)
        and not _new_case(group, block.text)
        or all(b.kind == CODE for b in group)
        or block.kind == PARAGRAPH
        and _refers_back(block.text)
        and _short(group, LEANING_WORDS)
    )


# the first words of a paragraph that opens a case of its own ("If you see this error,
# ...", "When the build fails, ..."): English
_CASE_OPENERS = phrasing.word_set("if when whenever unless")
_CASE_LEANING = phrasing.word_set("so not this that these those it")


def _new_case(group: list[Block], text: str) -> bool:
    """Does `text` open a case of its own ("If you see the following error ...") after a
    passage that is whole: a sentence, or more, ending in a full stop ("To activate the
    exports, restart Bash.")? A case that leans back ("If so, ...", "If this fails")
    goes on with it."""
    said = [w.lower().strip(",;:") for w in text.split()[:2]]
    return (
        len(said) == 2
        and said[0] in _CASE_OPENERS
        and said[1] not in _CASE_LEANING
        and group[-1].text.rstrip().endswith((".", "!"))
    )


def _refers_back(text: str) -> bool:
    """Does a paragraph lean on the one before it, so that it answers nothing alone ("This
    influx of water ...", "However, ...", "... prone to causing this effect")?"""
    said = [w.lower().strip(",;:") for w in text.split()[:BACK_WORDS]]
    return bool(said) and (said[0] in _LEANS or any(w in ("this", "these") for w in said[1:]))


def _words(group: list[Block]) -> int:
    return sum(len(b.text.split()) for b in group)


def _short(group: list[Block], limit: int) -> bool:
    """Is `group` prose short enough to take the next paragraph in?"""
    return (
        all(b.kind == PARAGRAPH and not b.quoted for b in group)
        and _words(group) < limit
        and not group[-1].text.rstrip().endswith(":")
    )


def _group_units(group: list[Block], heading: str) -> list[tuple[str, str, str]]:
    """(text, lead, overview) of each unit of a group: one for a short group; a long list or
    table gives one per item or row; a short list of tips gives one per tip, after the
    whole list, asked by its lead-in alone (what the tips together answer)."""
    text = " ".join(_answer_text(b) for b in group)
    tips = any(_tips(b) for b in group)
    if len(text.split()) <= UNIT_WORDS and not tips:
        return [(text, "", "")]
    lead = " ".join(_answer_text(b) for b in group if b.kind == PARAGRAPH)
    out: list[tuple[str, str, str]] = []
    if tips and len(text.split()) <= UNIT_WORDS:
        out.append((text, "", lead or heading))
    for block in group:
        if (
            block.kind == PARAGRAPH
            and block.text in lead
            and any(b.kind in (LIST, TABLE) for b in group)
        ):
            continue
        if block.kind == LIST:
            out += [(_items_text(items), lead, "") for items in _item_groups(block.items)]
        elif block.kind == TABLE:
            out += [(row, lead, "") for _, row in block.items]
        elif block.kind == CODE and out:
            out[-1] = (f"{out[-1][0]} {_answer_text(block)}", out[-1][1], "")
        else:
            out += [(chunk, "", "") for chunk in _chunks(_answer_text(block))]
    return out


def _tips(block: Block) -> bool:
    """Is `block` a list of tips: several items, each a sentence of its own that tells a
    thing apart ("Do not answer calls from numbers you do not know.", "Collect your mail
    every day, ..."), so that each answers its own question?"""
    if block.kind != LIST:
        return False
    tops = [t for d, t in block.items if d == 0]
    return len(tops) >= TIPS and all(len(t.split()) >= TIP_WORDS for t in tops)


def _item_groups(items: tuple[tuple[int, str], ...]) -> list[list[tuple[int, str]]]:
    """Each top item with the items under it; a top item with a long family is split by its
    children, each child kept with its parent as the lead."""
    tops: list[list[tuple[int, str]]] = []
    for depth, text in items:
        if depth == 0 or not tops:
            tops.append([(depth, text)])
        else:
            tops[-1].append((depth, text))
    out: list[list[tuple[int, str]]] = []
    for family in tops:
        words = sum(len(t.split()) for _, t in family)
        if words <= UNIT_WORDS or len(family) == 1:
            out.append(family)
            continue
        parent = family[0]
        short_parent = len(parent[1].split()) <= SHORT_WORDS
        if not short_parent:
            out.append([parent])
        child: list[tuple[int, str]] = []
        for depth, text in family[1:]:
            if depth == parent[0] + 1 and child:
                out.append(([parent] if short_parent else []) + child)
                child = []
            child.append((depth, text))
        if child:
            out.append(([parent] if short_parent else []) + child)
    return out


def _items_text(items: list[tuple[int, str]]) -> str:
    return " ".join(_sentence(t) for _, t in items)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?", ":", ";")) else text + "."


def _first_sentence(text: str) -> str:
    said = phrasing.sentence_split(text)
    return said[0].rstrip(".;") if said else text


def _answer_text(block: Block) -> str:
    if block.kind == LIST:
        return _items_text(list(block.items))
    if block.kind == TABLE:
        return " ".join(_sentence(row) for _, row in block.items)
    if block.kind == CODE:
        return block.text
    return block.text


def _chunks(text: str) -> list[str]:
    """A long passage cut between sentences into pieces of about UNIT_WORDS words."""
    if len(text.split()) <= UNIT_WORDS:
        return [text]
    said = phrasing.sentence_split(text)
    pieces = max(2, math.ceil(len(text.split()) / UNIT_WORDS))
    size = len(text.split()) / pieces
    out: list[str] = []
    current: list[str] = []
    for sentence in said:
        current.append(sentence)
        if sum(len(s.split()) for s in current) >= size and len(out) < pieces - 1:
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


# -- words ---------------------------------------------------------------------------------


def content(text: str, lexicon: Lexicon) -> list[str]:
    """The words of `text` that may carry its topic."""
    return [
        w
        for w in tokens(text)
        if len(w) > 2
        and not w.isdigit()
        and w not in lexicon.stopwords
        and not lexicon.is_filler(w)
    ]


def distinctive(texts: list[str], lexicon: Lexicon) -> list[dict[str, float]]:
    """Per text, how distinctive each of its words is: frequent in it, rare elsewhere."""
    counts = [Counter(stem(w) for w in content(t, lexicon)) for t in texts]
    df = Counter(s for c in counts for s in c)
    n = len(texts)
    out = []
    for text, stems in zip(texts, counts, strict=True):
        weight: dict[str, float] = {}
        for w in content(text, lexicon):
            weight.setdefault(w, (1 + math.log(stems[stem(w)])) * math.log(1 + n / df[stem(w)]))
        out.append(weight)
    return out


def key_terms(weight: dict[str, float]) -> list[str]:
    """The words that single a passage out: distinctive in the article and not everyday
    English (a key term weighs in full even when it is as common as "without")."""
    telling = {w: v for w, v in weight.items() if not meaning.everyday(w)}
    return top(list(telling), telling, TERMS)


def _named(phrase: str) -> set[str]:
    """The stems of what a phrase names: its words but everyday ones ("PUT row covers")."""
    return {stem(w) for w in phrase.split() if not meaning.everyday(w)} or {
        stem(w) for w in phrase.split()
    }


def top(words: list[str], weight: dict[str, float], n: int) -> list[str]:
    """The `n` most distinctive of `words`, one per stem, most distinctive first."""
    seen: set[str] = set()
    ranked = []
    for w in sorted(dict.fromkeys(words), key=lambda w: -weight.get(w, 0.0)):
        if stem(w) not in seen:
            seen.add(stem(w))
            ranked.append(w)
    return ranked[:n]


# -- entries -------------------------------------------------------------------------------


def drafts(found: list[Unit], lexicon: Lexicon, names: phrasing.Names = frozenset()) -> list[Draft]:
    """An entry for each unit, with the alternates to choose from; `names` are the words
    the article always capitalises."""
    # a whole list of tips is asked by its lead-in alone: its tips are asked apart
    weights = distinctive([f"{u.lead} {u.overview or u.text}" for u in found], lexicon)
    ids = _ids(found, weights, lexicon)
    asks_of = _heading_asks(found, lexicon, names)
    kin = _related([key_terms(w) for w in weights])
    out = []
    for i, (unit, weight) in enumerate(zip(found, weights, strict=True)):
        said = unit._replace(text=unit.overview) if unit.overview else unit
        asked = _questions(said, weight, names)
        phrases = key_phrases(said.text, weight, lexicon)
        if i == 0 and len(found) > 1:
            # the article's opening previews what later passages say in full ("such as
            # self-destructing messages"): a phrase a later passage says too is that one's
            later = [{stem(w) for w in tokens(f"{u.heading} {u.text}")} for u in found[1:]]
            phrases = [p for p in phrases if not any(_named(p) <= o for o in later)] or phrases
        telling_phrases = [p for p in phrases if _telling(p, lexicon)]
        phrases = telling_phrases or phrases
        heading_asks = [q for q, owner in asks_of[unit.heading] if owner == i]
        heading_question = heading_asks[0] if heading_asks else ""
        if heading_question:
            question = heading_question
        elif asked:
            question = asked[0]
        else:
            # a phrase of everyday words ("let") names no topic: the heading does
            heading = " ".join(
                phrasing.person(phrasing.lower_all(phrasing.plain_words(unit.heading), names))
            )
            things = [p for p in telling_phrases if phrasing.names_a_thing(p)]
            topic = things[0] if things else heading.rstrip("?")
            question = phrasing.ask_topic(topic)[0]
        related = [ids[j] for j in kin[i]]
        terms = key_terms(weight)
        entry = Entry(
            id=ids[i],
            question=question,
            alternates=(),
            terms=tuple(terms),
            answer=_answer(unit),
            source=unit.heading,
            related=tuple(related),
        )
        keys = _in_order(said.text, top(list(weight), weight, 4))
        candidates = [
            *asked,
            *phrases[:3],
            " ".join(keys[:3]),
            " ".join(keys[1:4]),
            *(phrasing.ask_topic(p)[0] for p in phrases[:2]),
        ]
        candidates[:0] = [q for q in heading_asks if q != question]
        if unit.number == 1:
            candidates.append(" ".join(content(unit.heading, lexicon)[:5]))
        elif not unit.quoted:  # a later passage of a section is asked in its heading's
            # words too; not a quotation, which speaks of its own
            heading_words = content(unit.heading, lexicon)[:4]
            candidates += [" ".join([*heading_words, p]) for p in phrases[:2] if heading_words]
        # a question drafted from the passage's own sentence asks something even in
        # everyday words ("What happens with too much water?"); a key phrase must name
        telling = [c for c in candidates if c in asked or _telling(c, lexicon)]
        own = tuple(q for s in phrasing.sentence_split(said.text) for q in defined_terms(s))
        out.append(Draft(entry, _unique(question, telling), own))
    return out


def _related(terms: list[list[str]], n: int = RELATED) -> list[list[int]]:
    """Per unit, the `n` others that share most of its key terms (the nearest in the
    article on a tie, the next before the one before): what a reader may ask next."""
    stems = [{stem(t) for t in own} for own in terms]
    out = []
    for i, own in enumerate(stems):
        others = [j for j in range(len(stems)) if j != i]
        ranked = sorted(others, key=lambda j: (-len(own & stems[j]), abs(i - j), j < i))
        out.append(ranked[:n])
    return out


def _heading_asks(
    found: list[Unit], lexicon: Lexicon, names: phrasing.Names
) -> dict[str, list[tuple[str, int]]]:
    """Per heading, the questions it asks and the unit that answers each: the whole
    heading is the section's first unit's (unless its parts are answered apart); each part
    ("what are its warning signs?") goes to the unit of the section whose text holds most
    of its words, the first on a tie."""
    out: dict[str, list[tuple[str, int]]] = {}
    for heading in dict.fromkeys(u.heading for u in found):
        own = [i for i, u in enumerate(found) if u.heading == heading]
        first = next((i for i in own if found[i].number == 1), own[0])
        stems = {i: {stem(w) for w in content(found[i].text, lexicon)} for i in own}
        asked = phrasing.heading_questions(heading, names)
        whole_stems = {stem(w) for w in content(asked[0], lexicon)} if asked else set()
        parts, again = [], []
        for q in asked[1:]:
            said = {stem(w) for w in content(q, lexicon)}
            if said == whole_stems:  # the whole heading asked again ("How do I ...?")
                again.append(q)
                continue
            parts.append((q, max(own, key=lambda i: (len(said & stems[i]), i == first, -i))))
        # a heading whose parts two passages answer is asked by its parts alone
        whole = [] if any(i != first for _, i in parts) else [(q, first) for q in asked[:1]]
        out[heading] = whole + [(q, first) for q in again if whole or not parts] + parts
    return out


def key_phrases(text: str, weight: dict[str, float], lexicon: Lexicon) -> list[str]:
    """Runs of one to three content words of `text`, the most distinctive first."""
    words = [w for clause in re.split(r"[.,;:!?()\u2014]", text) for w in [*tokens(clause), ""]]
    found: dict[str, float] = {}
    run: list[str] = []
    for word in [*words, ""]:
        if word and word in weight and word not in lexicon.stopwords:
            run.append(word)
            continue
        for size in (3, 2, 1):
            for i in range(len(run) - size + 1):
                gram = run[i : i + size]
                found.setdefault(" ".join(gram), sum(weight[w] for w in gram) / size**0.3)
        run = []
    ranked = sorted(found, key=lambda p: -found[p])
    out: list[str] = []
    for phrase in ranked:
        if not any(set(phrase.split()) & set(o.split()) for o in out):
            out.append(phrase)
    return out[:3]


def _answer(unit: Unit) -> str:
    if unit.lead and not unit.text.startswith(unit.lead):
        lead = unit.lead if unit.lead.rstrip().endswith(":") else _first_sentence(unit.lead)
        return f"{lead.rstrip(':')}: {unit.text}" if len(lead.split()) <= 25 else unit.text
    return unit.text


def _questions(unit: Unit, weight: dict[str, float], names: phrasing.Names) -> list[str]:
    """Questions drafted from the unit's sentences, those with its key words first."""
    asked: list[str] = []
    # the sentence that introduces the items: the lead-in's last ("Scammers may:"), not the
    # paragraph before it
    lead = phrasing.sentence_split(unit.lead)[-1] if unit.lead.rstrip().endswith(":") else ""
    said = phrasing.sentence_split(unit.text)
    labels = []  # "Line edits: Better suited to ...": what each label of a list names
    for n, sentence in enumerate(said):
        labelled = phrasing.label_question(sentence, " ".join(said[n + 1 : n + 2]))
        if labelled:
            labels.append(labelled)
            continue
        asked += ask_sentence(sentence, names, lead)
        if sentence.endswith(":"):
            lead = sentence  # it introduces the items after it
    if labels and not asked:
        return labels[:MAX_CANDIDATES]
    asked[1:1] = labels
    if not asked:
        return []
    score = {
        q: sum(weight.get(w, 0.0) for w in set(tokens(q))) / (1 + len(tokens(q)) ** 0.5)
        for q in asked
    }
    first = asked[0]  # the topic sentence's question leads; the rest by their key words
    rest = sorted(dict.fromkeys(q for q in asked if q != first), key=lambda q: -score[q])
    return [first, *rest][:MAX_CANDIDATES]


def _telling(text: str, lexicon: Lexicon) -> bool:
    """Does `text` name something, not only everyday words ("mind", "keep", "open")?"""
    said = content(text, lexicon)
    return any(words.zipf(w) < TELLING_ZIPF for w in said) if words.available() and said else True


def _in_order(text: str, words: list[str]) -> list[str]:
    """`words` in the order `text` first says them."""
    said = tokens(text)
    return sorted(words, key=lambda w: said.index(w) if w in said else len(said))


def _unique(question: str, candidates: list[str]) -> tuple[str, ...]:
    seen = {normalise(question)}
    out = []
    for text in candidates:
        key = normalise(text)
        if key and key not in seen:
            seen.add(key)
            out.append(text)
    return tuple(out)


def _ids(found: list[Unit], weights: list[dict[str, float]], lexicon: Lexicon) -> list[str]:
    ids: list[str] = []
    for unit, weight in zip(found, weights, strict=True):
        words = [
            re.sub(r"[^a-z0-9]", "", w) for w in _in_order(unit.text, top(list(weight), weight, 3))
        ]
        base = "-".join(w for w in words if w) or slug(unit.heading, lexicon) or "entry"
        candidate, n = base, 1
        while candidate in ids:
            n += 1
            candidate = f"{base}-{n}"
        ids.append(candidate)
    return ids


def slug(text: str, lexicon: Lexicon, words: int = 4) -> str:
    """The first few words of `text` that carry a topic, joined by dashes."""
    ascii_words = [re.sub(r"[^a-z0-9]", "", w) for w in tokens(text)]
    ascii_words = [w for w in ascii_words if w]
    chosen = [w for w in ascii_words if w not in lexicon.stopwords] or ascii_words
    return "-".join(chosen[:words])
