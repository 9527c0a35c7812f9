#!/usr/bin/env python3
"""Writes the word-frequency lists the checker ships (crates/sunting-check/data/freq-*.tsv).

Source: the `wordfreq` package (data CC BY-SA 4.0, Robyn Speer and contributors); see
crates/sunting-check/data/README.md. Each line is `word<TAB>zipf*100`, most frequent first.
Only lower-case alphabetic words (with inner hyphens or apostrophes) are kept.

    pip install wordfreq==3.1.1 && python3 tools/make-frequency-lists.py
"""
import pathlib
import re

import wordfreq

WORD = re.compile(r"^[^\W\d_]+(?:['-][^\W\d_]+)*$")
SIZES = {"id": 40000, "ms": 40000, "en": 80000}
out_dir = pathlib.Path(__file__).resolve().parent.parent / "crates" / "sunting-check" / "data"

for lang, size in SIZES.items():
    rows = []
    for word in wordfreq.top_n_list(lang, size):
        if word != word.lower() or not WORD.match(word):
            continue
        rows.append(f"{word}\t{round(wordfreq.zipf_frequency(word, lang) * 100)}")
    (out_dir / f"freq-{lang}.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(lang, len(rows))
