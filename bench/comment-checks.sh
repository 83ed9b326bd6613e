#!/usr/bin/env bash
# Benchmark of the comment guideline checks, through the real `moderate` command (no Spring context): comments
# checked per second and p50/p99 of one check (one thread, the labelled set ROUNDS times, JIT warm-up included),
# heap held by the models and word lists, precision/recall per rule on the labelled set and on the held-out set, and
# `moderate --eval` on the evaluation sets in src/main/resources/comment/eval (tuning.tsv to tuning-4.tsv, all tuned
# on) and on any file given in EVAL (e.g. EVAL="/path/frozen-4.tsv": a set nobody has tuned to).
# Needs: python3. Builds target/dateline.jar when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-30}
java_home=$(.mvn/require-jdk.sh)
[ -f target/dateline.jar ] || ./mvnw -q -DskipTests package
labelled=src/test/resources/comment/labelled-comments.tsv
heldout=src/test/resources/comment/held-out-comments.tsv
moderate() { "$java_home/bin/java" -Xmx256m -jar target/dateline.jar moderate "$@"; }

echo "== throughput: labelled set x $ROUNDS, one thread"
for _ in $(seq "$ROUNDS"); do grep -v '^#' "$labelled" | cut -f3; done | moderate --stats >/dev/null

for set in "$labelled" "$heldout"; do
  echo "== precision / recall per rule: $set"
  grep -v '^#' "$set" | cut -f3 | moderate | paste <(grep -v '^#' "$set" | cut -f1,2) - | python3 -c '
import json, sys
rules = ["not_english", "not_full_sentences", "abusive", "personal"]
rows = []
for line in sys.stdin:
    decision, reasons, result = line.rstrip("\n").split("\t")
    rows.append((decision, set() if reasons == "-" else set(reasons.split(",")), json.loads(result)))
print("| rule | labelled | precision | recall |")
print("|---|---|---|---|")
for rule in rules:
    tp = sum(1 for _, want, got in rows if rule in want and rule in got["reasons"])
    fp = sum(1 for _, want, got in rows if rule not in want and rule in got["reasons"])
    fn = sum(1 for _, want, got in rows if rule in want and rule not in got["reasons"])
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    print(f"| {rule} | {tp + fn} | {p:.3f} | {r:.3f} |")
right = sum(1 for want, _, got in rows if want == got["decision"])
civil = [got for _, want, got in rows if not want]
published = sum(1 for got in civil if got["decision"] == "publish")
print(f"\ndecision as labelled: {right}/{len(rows)}; civil comments published: {published}/{len(civil)}")
'
done

for set in src/main/resources/comment/eval/tuning{,-2,-3,-4}.tsv ${EVAL:-}; do
  echo "== moderate --eval $set"
  moderate --eval "$set"
done
