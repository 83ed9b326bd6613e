#!/usr/bin/env python3
"""Copies a training corpus written blind into src/main/resources/comment/eval/, keeping only well-formed lines.

Usage: scripts/copy-training-corpus.py SOURCE.tsv [SOURCE.tsv ...]

A line is kept when it has exactly one tab, a known label (publish, abusive, personal, not_english,
not_full_sentences) and a non-empty comment, and is not an exact repeat of a line kept before, in this file or in
any other shipped set (evaluation/*.tsv), so no comment is both trained on and held out in cross-validation.
The .md beside the source is copied too. Prints what it kept and dropped, by reason.
"""
import collections
import pathlib
import shutil
import sys

LABELS = {"publish", "abusive", "personal", "not_english", "not_full_sentences"}
EVAL = pathlib.Path(__file__).resolve().parent.parent / "src/main/resources/comment/eval"


def texts(path):
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if line.count("\t") == 1:
            yield line.split("\t")[1].strip()


def copy(source):
    source = pathlib.Path(source)
    target = EVAL / source.name
    others = set()
    for shipped in EVAL.glob("*.tsv"):
        if shipped.name != source.name:
            others.update(texts(shipped))
    kept, seen, dropped = [], set(), collections.Counter()
    lines = source.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        if line.count("\t") != 1:
            dropped["not exactly one tab"] += 1
            continue
        label, text = line.split("\t")
        label, text = label.strip().lower(), text.strip()
        if label not in LABELS:
            dropped["unknown label"] += 1
        elif not text:
            dropped["empty comment"] += 1
        elif text in seen:
            dropped["repeat within the file"] += 1
        elif text in others:
            dropped["in another shipped set"] += 1
        else:
            seen.add(text)
            kept.append(f"{label}\t{text}")
    target.write_text("expected\ttext\n" + "\n".join(kept) + "\n", encoding="utf-8")
    notes = source.with_suffix(".md")
    if notes.exists():
        shutil.copyfile(notes, target.with_suffix(".md"))
    counts = collections.Counter(k.split("\t")[0] for k in kept)
    print(f"{target.name}: kept {len(kept)} ({', '.join(f'{l} {n}' for l, n in sorted(counts.items()))}); "
          f"dropped {sum(dropped.values())} {dict(dropped)}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for path in sys.argv[1:]:
        copy(path)
