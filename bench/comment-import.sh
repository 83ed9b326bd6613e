#!/usr/bin/env bash
# Benchmark of the comment import: generates a CSV export of ROWS comments (default 1,000,000; a fifth of them
# replies, some before their parent in the file, a few rejected rows), imports it with `import-comments` into a
# throwaway embedded database in a temporary folder (DATELINE_DB_URL unset, DATELINE_DATA_DIR pointed there) on a
# 256 MB heap to show that memory does not grow with the file, then runs it again (nothing new: every row
# unchanged). Prints rows/s and the peak RSS of the JVM from /usr/bin/time -v. Needs python3 and /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-1000000}
HEAP=${HEAP:-256m}
[ -x /usr/bin/time ] || { echo "bench needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
work=$(mktemp -d /tmp/dateline-comment-bench.XXXXXX)
[ -f target/dateline.jar ] || ./mvnw -q package -DskipTests
java_home=$(.mvn/require-jdk.sh)
unset DATELINE_DB_URL
export DATELINE_DATA_DIR="$work/data"
dateline() { "$java_home/bin/java" -Xmx"$HEAP" -jar target/dateline.jar "$@"; }

# one published article for the comments to belong to, matched through its address (…/article{id})
article=$(dateline import --publish ../shared/fixtures/seed-article-rift-widens.txt | sed -n 's/.* as article \([0-9]*\).*/\1/p')
[ -n "$article" ] || { echo "could not import the seed article" >&2; exit 1; }

python3 - "$ROWS" "$article" > "$work/comments.csv" <<'PY'
import csv, random, sys
rows, article = int(sys.argv[1]), sys.argv[2]
random.seed(42)
words = ("the council bridge budget school market city people think should would because really never always "
         "about report thanks agree point question answer money years again").split()
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["id", "article", "parent_id", "author_name", "author_email", "text", "created_at", "likes", "status"])
url = "https://old.example.com/news/story/article" + article
for i in range(1, rows + 1):
    parent = ""
    if i > 10 and random.random() < 0.2:
        # mostly an earlier comment; sometimes one a few rows later (a parent after its reply)
        parent = "c-%d" % (i - random.randint(1, 10) if random.random() < 0.9 else i + random.randint(1, 10))
    text = " ".join(random.choice(words) for _ in range(random.randint(8, 40))).capitalize() + "."
    status = random.choice(["approved"] * 18 + ["pending", "spam"])
    date = "2015-%02d-%02dT%02d:%02d:%02dZ" % (1 + i % 12, 1 + i % 28, i % 24, i % 60, (i * 7) % 60)
    if i % 100_000 == 0:
        date = "not a date"  # a few rejected rows, reported with their lines
    user = random.randint(1, 20_000)
    out.writerow(["c-%d" % i, url, parent, "Reader %d" % user, "reader%d@example.com" % user, text, date,
                  random.randint(0, 50), status])
PY
size=$(du -h "$work/comments.csv" | cut -f1)
echo "generated $ROWS comments ($size) in $work/comments.csv" >&2

measure() {
  /usr/bin/time -v -o "$work/time-$1.txt" "$java_home/bin/java" -Xmx"$HEAP" -jar target/dateline.jar \
    import-comments --source=bench "$work/comments.csv" > "$work/out-$1.txt" 2> "$work/err-$1.txt"
  cat "$work/out-$1.txt"
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time-$1.txt")
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time-$1.txt")
  echo "$1: peak RSS of the JVM $((rss / 1024)) MB (heap limit $HEAP), wall clock $wall (with JVM and database start)"
}
measure first-run
measure re-run
echo "rejected rows (first lines of stderr):"; grep -m5 'rejected' "$work/err-first-run.txt" || true
echo "raw output in $work (delete it when done: rm -rf $work)"
