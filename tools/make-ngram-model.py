#!/usr/bin/env python3
"""Build crates/sunting-check/data/ngram-id.tsv: word unigram and bigram counts
of edited Indonesian, from openly licensed text only.

Sources (see crates/sunting-check/data/README.md for versions and licences):

  --nlpid    nlp_id/data/dataset_postag.txt from the PyPI wheel nlp-id 0.1.23.0
             (kumparan news, one token and POS tag a line, blank line between
             sentences; MIT, (c) kumparan.com). Nothing else from that package
             is read (its root-word.txt and lemma_dict.json are CC BY-NC-SA).
  --csui     the .conllu files of UD Indonesian-CSUI (news, CC BY-SA 4.0); only
             the "# text = " lines are read. Optional.
  --statutes a checkout of the folders uu/, pp/, permenkeu/ of the GitHub
             repository mblonyox/data-peraturan (statutes: no copyright, UU 28/2014
             Pasal 42 huruf b). Files are <folder>/<year>/<number>.md; only years
             >= --from-year (1973: older texts use the pre-EYD spelling) are read.

Tokenisation: lower-case; sentences (blank-line blocks in the nlp-id file, one
"# text" line in CSUI, sentence splitting of each line in the statutes); words
are runs of letters, inner hyphens kept ("anak-anak"); numbers become "<num>";
"<s>" and "</s>" mark sentence start and end. A chunk that is neither a word nor
a number (letters and digits mixed, as OCR makes of "geograf1s"; apostrophes),
a letter run longer than 30 characters, or one longer than 4 characters with no
vowel, is OCR junk: it is dropped and no bigram is counted across it.
Punctuation inside a sentence is ignored (bigrams run across commas).
In the nlp-id file, clitics its tokenizer split off (ada + nya, itu + lah,
apa + kah, diri + mu, kota + ku) are joined back to the word before, and "pun"
is joined after the conjunctions written as one word (atau + pun -> ataupun).

Weighting: the news text (nlp-id + CSUI) is much smaller than the statutes and
the statutes are in legal register, so news counts are multiplied by
W = round(statute tokens / news tokens) (news and statutes then weigh about the
same), and a statute unigram or bigram counts only if it occurs at least twice
in the statutes. Output count = W * news count + statute count (if >= 2).
Entries with a count >= 2 are written; if the file would be larger than
--max-bytes, the bigram threshold is raised until it fits (the header says so).

Standard library only. Deterministic: same inputs, same file.

Rebuild (from the repository root; git clones instead of local mirrors work the
same way):
  pip download --no-deps -d /tmp/nlpid nlp-id==0.1.23.0
  unzip -oq /tmp/nlpid/nlp_id-0.1.23.0-py3-none-any.whl -d /tmp/nlpid/whl
  git clone https://github.com/UniversalDependencies/UD_Indonesian-CSUI /tmp/csui-repo
  git -C /tmp/csui-repo checkout 41dd7f23be883382dd111b119fe58b563c5541ee
  git clone https://github.com/mblonyox/data-peraturan /tmp/peraturan-repo
  mkdir -p /tmp/data-peraturan
  git -C /tmp/peraturan-repo archive c87e61671ffca02de147b49e204c6eaa9988f077 \
      uu pp permenkeu | tar -x -C /tmp/data-peraturan
  python3 tools/make-ngram-model.py \
      --nlpid /tmp/nlpid/whl/nlp_id/data/dataset_postag.txt \
      --csui /tmp/csui-repo/id_csui-ud-train.conllu /tmp/csui-repo/id_csui-ud-test.conllu \
      --statutes /tmp/data-peraturan \
      --out crates/sunting-check/data/ngram-id.tsv
Expected: dataset_postag.txt sha256 c2b6ef45dc1c5ddb8df0a6b2e0cf28270a9ff0a7518f71c9a60a5e0dbf8aa9b0;
the output is byte-identical from run to run (about 1-1.5 min, about 300 MB of memory).
"""

import argparse
import collections
import os
import re
import sys
import unicodedata

NUM = "<num>"
BOS = "<s>"
EOS = "</s>"

# Clitics the nlp-id tokenizer writes as separate tokens.
CLITICS = {"nya", "-nya", "lah", "kah", "mu", "ku"}
# Words that are written together with "pun" (EYD V / PUEBI).
PUN_JOINED = {
    "ada", "andai", "atau", "bagaimana", "biar", "kalau", "kendati", "mau",
    "meski", "sekali", "sungguh", "walau",
}

# Abbreviations after which a full stop does not end a sentence (lower-case,
# without the stop). Single letters (initials, list markers) are handled apart.
ABBREVIATIONS = {
    "no", "nos", "rp", "dr", "drs", "dra", "prof", "ir", "hj", "kh", "st",
    "jl", "jln", "tbk", "kab", "kec", "kel", "prov", "dll", "dsb", "dst",
    "tgl", "pol", "sdr", "sdri", "moh", "muh", "mohd", "bpk", "ny", "tn",
    "mr", "mrs", "vs", "sh", "msi", "mh", "mba", "phd", "hlm", "psl", "kep",
    "kepmen", "permen", "ttg", "tsb", "yth",
}

LETTER = r"[^\W\d_]"
WORD_RE = re.compile(r"^%s+(?:-%s+)*$" % (LETTER, LETTER))
NUMBER_RE = re.compile(r"^\d+(?:[.,]\d+)*[a-z]?$")
# Word characters and combining marks (an OCR "ci\u0338ngan" stays one junk chunk).
CHUNK_RE = re.compile(r"[\w\u0300-\u036f]+(?:[-.,'\u2019][\w\u0300-\u036f]+)*")
VOWEL_RE = re.compile(r"[aeiou\u00e0-\u00e6\u00e8-\u00ef\u00f2-\u00f6\u00f9-\u00fc]")
# A sentence ends at . ! ? (maybe followed by closing quotes or brackets) when
# the next text starts with an upper-case letter, a digit or an opening quote.
SENT_END_RE = re.compile(r"([.!?])([\"'\u201d\u2019)\]]*)\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")
# List markers at the start of a statute line: "a.", "1.", "(1)", "(a)", "1)".
LIST_MARKER_RE = re.compile(r"^\s*(?:\(\s*\w{1,4}\s*\)|\w{1,3}[.)])\s+")


def normalise(text):
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"\u00ad\s*", "-", text)  # soft hyphen: OCR of a hyphen
    text = re.sub(r"[\u2010\u2011]", "-", text)  # hyphen, non-breaking hyphen
    return text


def classify(chunk):
    """Token for one chunk of word characters: a word, NUM, or None (junk).
    May return a list when the chunk is several tokens glued by . , or -."""
    if NUMBER_RE.match(chunk):
        return [NUM]
    if WORD_RE.match(chunk):
        if len(chunk) > 30:
            return [None]
        if len(chunk) > 4 and not VOWEL_RE.search(chunk):
            return [None]
        return [chunk]
    if "'" in chunk or "\u2019" in chunk or "_" in chunk:
        return [None]
    parts = re.split(r"[-.,]", chunk)
    if len(parts) == 1:
        return [None]  # letters and digits mixed: OCR junk or a code
    out = []
    for part in parts:
        out.extend(classify(part) if part else [None])
    return out


def tokens_of(text):
    """Tokens of one sentence of raw text (None marks dropped junk)."""
    out = []
    for m in CHUNK_RE.finditer(text.lower()):
        out.extend(classify(m.group(0)))
    return out


def split_sentences(line):
    """Split one line of running text into sentences."""
    pieces = []
    start = 0
    for m in SENT_END_RE.finditer(line):
        if m.group(1) == ".":
            before = line[start:m.start(1)]
            last = re.search(r"(\w+)$", before)
            if last and last.group(1).lower() in ABBREVIATIONS:
                continue
            if last and len(last.group(1)) == 1:
                continue
        pieces.append(line[start:m.end(2)])
        start = m.end()
    pieces.append(line[start:])
    return [p for p in pieces if p.strip()]


class Counts:
    def __init__(self):
        self.uni = collections.Counter()
        self.bi = collections.Counter()
        self.words = 0  # word and number tokens, without <s> </s>
        self.sentences = 0
        self.docs = 0

    def add_sentence(self, toks):
        toks = [t for t in toks]
        if not any(t is not None for t in toks):
            return
        self.sentences += 1
        seq = [BOS] + toks + [EOS]
        uni = self.uni
        bi = self.bi
        for t in seq:
            if t is not None:
                uni[t] += 1
        self.words += sum(1 for t in toks if t is not None)
        for a, b in zip(seq, seq[1:]):
            if a is not None and b is not None:
                bi[a + "\t" + b] += 1


def read_nlpid(path, counts):
    sentence = []

    def flush():
        if not sentence:
            return
        joined = []
        for tok in sentence:
            low = tok.lower()
            if joined and low in CLITICS and WORD_RE.match(joined[-1]):
                joined[-1] += low.lstrip("-")
            elif joined and low == "pun" and joined[-1].lower() in PUN_JOINED:
                joined[-1] += low
            else:
                joined.append(tok)
        counts.add_sentence(tokens_of(normalise(" ".join(joined))))
        sentence.clear()

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                continue
            tok = line.split("\t")[0].strip()
            if tok:
                sentence.append(tok)
    flush()
    counts.docs += 1


def read_csui(path, counts):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# text = "):
                for s in split_sentences(normalise(line[len("# text = "):].strip())):
                    counts.add_sentence(tokens_of(s))
    counts.docs += 1


def statute_files(root, from_year):
    out = []
    for folder in ("uu", "pp", "permenkeu"):
        base = os.path.join(root, folder)
        if not os.path.isdir(base):
            sys.exit("missing statutes folder: %s" % base)
        for year in sorted(os.listdir(base)):
            if not year.isdigit() or int(year) < from_year:
                continue
            ydir = os.path.join(base, year)
            for name in sorted(os.listdir(ydir)):
                if name.endswith(".md"):
                    out.append(os.path.join(ydir, name))
    return out


def read_statute(path, counts):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = normalise(f.read())
    for line in text.split("\n"):
        line = line.strip().lstrip("#*>|- ").strip()
        if not line:
            continue
        line = LIST_MARKER_RE.sub("", line)
        for s in split_sentences(line):
            counts.add_sentence(tokens_of(s))
    counts.docs += 1


def combine(news, stat, weight, stat_min):
    uni = collections.Counter()
    bi = collections.Counter()
    for k, v in news.uni.items():
        uni[k] += weight * v
    for k, v in stat.uni.items():
        if v >= stat_min:
            uni[k] += v
    for k, v in news.bi.items():
        bi[k] += weight * v
    for k, v in stat.bi.items():
        if v >= stat_min:
            bi[k] += v
    return uni, bi


def sort_items(counter, threshold):
    items = [(k, v) for k, v in counter.items() if v >= threshold]
    items.sort(key=lambda kv: (-kv[1], kv[0]))
    return items


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nlpid", required=True, help="nlp_id/data/dataset_postag.txt")
    ap.add_argument("--nlpid-label", default="nlp-id 0.1.23.0 (PyPI wheel) nlp_id/data/dataset_postag.txt, kumparan news, MIT (c) kumparan.com")
    ap.add_argument("--csui", nargs="*", default=[], help="UD Indonesian-CSUI .conllu files")
    ap.add_argument("--csui-label", default="UD_Indonesian-CSUI @41dd7f2 (UD v2.17), CC BY-SA 4.0, Alfina et al.")
    ap.add_argument("--statutes", required=True, help="checkout of mblonyox/data-peraturan (folders uu, pp, permenkeu)")
    ap.add_argument("--statutes-label", default="mblonyox/data-peraturan @c87e616 uu/ pp/ permenkeu/, no copyright (UU 28/2014 Pasal 42 huruf b)")
    ap.add_argument("--from-year", type=int, default=1973)
    ap.add_argument("--statute-min", type=int, default=2, help="min count of a statute unigram/bigram")
    ap.add_argument("--min-count", type=int, default=2, help="min output count")
    ap.add_argument("--max-bytes", type=int, default=12_000_000)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    news = Counts()
    read_nlpid(args.nlpid, news)
    nlpid_words = news.words
    for p in args.csui:
        read_csui(p, news)
    csui_words = news.words - nlpid_words

    stat = Counts()
    files = statute_files(args.statutes, args.from_year)
    for p in files:
        read_statute(p, stat)
    years = sorted({int(os.path.basename(os.path.dirname(p))) for p in files})

    weight = max(1, round(stat.words / news.words))
    uni, bi = combine(news, stat, weight, args.statute_min)

    unis = sort_items(uni, args.min_count)
    uni_lines = ["1\t%s\t%d\n" % kv for kv in unis]
    uni_bytes = sum(len(l.encode("utf-8")) for l in uni_lines)

    bis = sort_items(bi, args.min_count)
    bi_lines = ["2\t%s\t%d\n" % kv for kv in bis]
    bi_sizes = [len(l.encode("utf-8")) for l in bi_lines]

    def make_header(n_bi, threshold):
        return (
            "# ngram-id.tsv: word unigram and bigram counts of edited Indonesian, built by tools/make-ngram-model.py. "
            "Format: after this line, unigrams \"1<TAB>word<TAB>count\", then bigrams \"2<TAB>word1<TAB>word2<TAB>count\", "
            "each section by descending count (ties by word). Tokens are lower-case letter runs with inner hyphens, "
            "<num> = any number, <s> and </s> = sentence start and end; OCR junk dropped, no bigram across it. "
            "Count = %d * news count + statute count (statute counts only where >= %d), so a count below %d is statutes only. "
            "Context evidence, not an accept list: statute OCR errors occur among the rare words. "
            "Sources: news: %s (%d tokens)%s; statutes: %s, %d files of %d-%d (%d tokens). "
            "Raw totals: %d news tokens, %d statute tokens, %d sentences. "
            "Kept: %d unigrams with count >= %d, %d bigrams with count >= %d%s. "
            "Licence: CC BY-SA 4.0 (derived in part from UD Indonesian-CSUI); see README.md and LICENSE-nlp-id.txt.\n"
            % (
                weight, args.statute_min, weight,
                args.nlpid_label, nlpid_words,
                (" and %s (%d tokens)" % (args.csui_label, csui_words)) if args.csui else "",
                args.statutes_label, len(files), years[0], years[-1], stat.words,
                news.words, stat.words, news.sentences + stat.sentences,
                len(unis), args.min_count, n_bi, threshold,
                (" (bigram threshold raised from %d to %d to keep the file under %d bytes)"
                 % (args.min_count, threshold, args.max_bytes)) if threshold != args.min_count else "",
            )
        )

    # bigrams are sorted by descending count: a threshold keeps a prefix.
    threshold = args.min_count
    while True:
        n_bi = len(bis)
        while n_bi and bis[n_bi - 1][1] < threshold:
            n_bi -= 1
        header = make_header(n_bi, threshold)
        size = len(header.encode("utf-8")) + uni_bytes + sum(bi_sizes[:n_bi])
        if size <= args.max_bytes:
            break
        threshold += 1
    bi_lines = bi_lines[:n_bi]

    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        f.writelines(uni_lines)
        f.writelines(bi_lines)
    print(header.strip(), file=sys.stderr)
    print("wrote %s: %d bytes" % (args.out, size), file=sys.stderr)


if __name__ == "__main__":
    main()
