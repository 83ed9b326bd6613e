#!/usr/bin/env bash
# Benchmark of search: starts the app on a fresh embedded database (demo content + bench/search-data.sql: 100,000
# published articles of 300 words with a Zipf-like vocabulary), then times GET /search on loopback, one request at
# a time, for common one-word queries, two-word queries, quoted phrases and rare words, and prints p50/p95/max
# per kind.
# The times are the whole page (query, snippets, template), as curl sees them.
# Needs: psql, curl. Bounded: ROUNDS (default 40) rounds over each kind's queries, each request capped at 10 s.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-40}
APP_PORT=${APP_PORT:-18090}
PG_PORT=${PG_PORT:-15449}
for tool in psql curl; do
  command -v "$tool" >/dev/null || { echo "bench needs $tool (apt-get install postgresql-client curl)" >&2; exit 1; }
done

work=$(mktemp -d /tmp/dateline-search-bench.XXXXXX)
./mvnw -q package -DskipTests
java_home=$(.mvn/require-jdk.sh)

DATELINE_DATA_DIR="$work/data" "$java_home/bin/java" -Xms1g -Xmx1g -jar target/dateline.jar \
  --server.port="$APP_PORT" --dateline.embedded-db.port="$PG_PORT" --dateline.admin.password="bench admin lantern harbour" \
  --logging.level.root=WARN > "$work/app.log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true' EXIT

for _ in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$app" 2>/dev/null || { echo "the app did not start:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
  sleep 1
done
echo "loading 100,000 articles (about 2 minutes)"
psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -f bench/search-data.sql
psql -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "
  select 'articles: ' || count(*) || ', government in ' || count(*) filter (where search_vector @@ to_tsquery('english', 'government'))
         || ', tiger in ' || count(*) filter (where search_vector @@ to_tsquery('english', 'tiger'))
         || ', \"prime minister\" in ' || count(*) filter (where search_vector @@ phraseto_tsquery('english', 'prime minister'))
  from article"

one_word=(government election police budget tiger court)
two_words=("budget+protest" "police+court" "election+results" "fuel+prices" "tiger+forest" "bank+loans")
phrases=("%22prime+minister%22" "%22supreme+court%22" "%22climate+change%22" "%22interest+rates%22")
# made-up words of the long tail, in about 0.1% to 1.4% of the articles (names, places)
rare_words=(sakoban tegogon dagorin kogoban rarasun nololun)

time_kind() { # name queries… -> prints "name p50 p95 max" in ms, keeps each request's time in $work/name.txt
  local name=$1; shift
  : > "$work/$name.txt"
  for _ in $(seq 1 "$ROUNDS"); do
    for q in "$@"; do
      curl -s -o /dev/null -m 10 -w '%{time_total}\n' "http://127.0.0.1:$APP_PORT/search?q=$q" >> "$work/$name.txt"
    done
  done
  sort -n "$work/$name.txt" | awk -v name="$name" '{ t[NR] = $1 * 1000 }
    END { printf "%-16s %6d %9.1f %9.1f %9.1f\n", name, NR, t[int(NR * 0.5 + 0.5)], t[int(NR * 0.95 + 0.5)], t[NR] }'
}

# warm the JVM and the database's cache with a round of every query
ROUNDS=3 time_kind warm-up "${one_word[@]}" "${two_words[@]}" "${phrases[@]}" "${rare_words[@]}" >/dev/null
printf '\n%-16s %6s %9s %9s %9s\n' kind requests p50-ms p95-ms max-ms
time_kind one-word "${one_word[@]}"
time_kind two-words "${two_words[@]}"
time_kind phrase "${phrases[@]}"
time_kind rare-word "${rare_words[@]}"
time_kind newest-one-word "${one_word[@]/%/&sort=newest}"
echo "raw times in $work"
