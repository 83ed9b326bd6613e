#!/usr/bin/env bash
# Benchmark of the content API: starts the app on a fresh embedded database (demo content + bench/load-data.sql:
# 5,000 articles), makes a key, and measures with wrk on loopback a page of 20 articles and one article, each with
# the node's key cache (dateline.api.key-cache, default 30 s) and again without it (PT0S: one key look-up in
# PostgreSQL per request), so the cost of that look-up shows. Every request also counts one hit of the key's rate
# limit in PostgreSQL (an INSERT … ON CONFLICT), as in production; the limit is set too high to refuse anything.
# Needs: wrk, psql (Debian packages). Every run is bounded (DURATION, default 15s per target).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
APP_PORT=${APP_PORT:-18190}
PG_PORT=${PG_PORT:-15549}
SECRET=dl_bench-secret-not-for-production
for tool in wrk psql; do
  command -v "$tool" >/dev/null || { echo "bench needs $tool (apt-get install wrk postgresql-client)" >&2; exit 1; }
done

# another app or database on these ports would answer in ours' place (and get our data): refuse to start
for port in "$APP_PORT" "$PG_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is taken; set APP_PORT and PG_PORT to free ones" >&2; exit 1
  fi
done

work=$(mktemp -d /tmp/dateline-api-bench.XXXXXX)
[ -n "${SKIP_PACKAGE:-}" ] || ./mvnw -q package -DskipTests
java_home=$(.mvn/require-jdk.sh)
app=
start_app() { # extra arguments
  DATELINE_DATA_DIR="$work/data" "$java_home/bin/java" -Xms1g -Xmx1g -jar target/dateline.jar \
    --server.port="$APP_PORT" --dateline.embedded-db.port="$PG_PORT" --dateline.admin.password="bench admin lantern harbour" \
    --dateline.api.rate-limit=1000000000/PT1M --logging.level.root=WARN "$@" >> "$work/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1 && return
    kill -0 "$app" 2>/dev/null || { echo "the app did not start:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
    sleep 1
  done
}
stop_app() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }
trap stop_app EXIT

start_app
sql() { psql -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "$1"; }
psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -f bench/load-data.sql
sql "insert into api_key (name, key_hash, created_at)
     values ('bench', encode(sha256('$SECRET'::bytea), 'hex'), now())" >/dev/null
article=$(sql "select id from article where import_key = 'bench:2500'")
list="http://127.0.0.1:$APP_PORT/api/v1/articles?limit=20"
one="http://127.0.0.1:$APP_PORT/api/v1/articles/$article"
curl -fs -H "X-Api-Key: $SECRET" "$list" -o "$work/list.json"
echo "a page of 20: $(wc -c < "$work/list.json") bytes of JSON"

measure() { # name url -> prints "name rps p50 p99"
  local out rps p50 p99
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "X-Api-Key: $SECRET" "$2")
  echo "$out" > "$work/wrk-$1.txt"
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  echo "$1 $rps $p50 $p99"
}

lines=()
wrk -t2 -c"$CONNECTIONS" -d10s -H "X-Api-Key: $SECRET" "$list" >/dev/null   # warm the JVM
lines+=("$(measure list-key-cached "$list")")
lines+=("$(measure one-key-cached "$one")")
stop_app
start_app --dateline.api.key-cache=PT0S
wrk -t2 -c"$CONNECTIONS" -d10s -H "X-Api-Key: $SECRET" "$list" >/dev/null
lines+=("$(measure list-key-per-request "$list")")
lines+=("$(measure one-key-per-request "$one")")

printf '\n%-22s %12s %10s %10s\n' target requests/s p50 p99
for line in "${lines[@]}"; do
  read -r name rps p50 p99 <<<"$line"
  printf '%-22s %12s %10s %10s\n' "$name" "$rps" "$p50" "$p99"
done
echo "raw wrk output in $work"
