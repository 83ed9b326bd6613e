#!/usr/bin/env bash
# Live fan-out bench (issue 17): one app node on loopback holds CONNECTIONS (default 10,000) open Server-Sent Events
# streams of the demo live blog, read by bench/LiveFanout.java (one plain socket and one virtual thread per
# connection), and an editor posts entries through the newsroom's own form:
#   - single: one entry (on the demo's live blog); fan-out time from the post to its arrival on each connection, p50/p99/max;
#   - burst: STALLED (default 500) more connections that never read (1 KB receive buffer), then BURST (default 80)
#     entries of ~3.6 KB at once; fan-out of the last entry on the reading connections, and how many stalled readers
#     the hub dropped (their queue filled) instead of waiting for them.
# Memory: the server's RSS and heap after a full GC (jcmd), before and after the connections open. The app gets
# -Xmx3g: each open stream holds ~120 KB of heap (1 GB fills near 8,000; see bench/RESULTS.md).
# Everything is bounded by TIMEOUT seconds (default 600) and stopped at the end, whatever happens.
# Ports: APP_PORT, PG_PORT. Needs curl, psql; the app's limits are raised on its command line (see README):
#   --server.tomcat.max-connections (Tomcat's default 8,192 would refuse the rest) and the open-file limit.
set -euo pipefail
cd "$(dirname "$0")/.."

CONNECTIONS=${CONNECTIONS:-10000}
STALLED=${STALLED:-500}
BURST=${BURST:-80}
TIMEOUT=${TIMEOUT:-600}
APP_PORT=${APP_PORT:-18097}
PG_PORT=${PG_PORT:-15457}
for tool in curl psql bc ss; do
  command -v "$tool" >/dev/null || { echo "bench needs $tool" >&2; exit 1; }
done
# each connection is one file descriptor on each side
ulimit -n "$(ulimit -Hn)"
[ "$(ulimit -n)" -gt $((CONNECTIONS + STALLED + 1000)) ] || {
  echo "the open-file limit ($(ulimit -n)) is too low for $CONNECTIONS connections" >&2; exit 1; }

work=$(mktemp -d /tmp/dateline-fanout.XXXXXX)
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q package -DskipTests
java_home=$(.mvn/require-jdk.sh)
cp target/dateline.jar "$work/dateline.jar"   # a copy: a rebuild under a running JVM would break it
cp bench/LiveFanout.java "$work/"
DATELINE_DATA_DIR="$work/data" "$java_home/bin/java" -Xms3g -Xmx3g ${JAVA_OPTS:-} \
  -jar "$work/dateline.jar" --server.address=127.0.0.1 --server.port="$APP_PORT" \
  --dateline.embedded-db.port="$PG_PORT" --dateline.admin.password="bench admin lantern harbour" \
  --server.tomcat.max-connections=$((CONNECTIONS + STALLED + 1000)) --server.tomcat.accept-count=2000 \
  --logging.level.root=WARN > "$work/app.log" 2>&1 &
app=$!
# the whole run is bounded: past TIMEOUT the app is stopped, which ends the client too
( sleep "$TIMEOUT"; echo "bench timed out after $TIMEOUT s" >&2; kill "$app" 2>/dev/null ) &
watchdog=$!
client=
cleanup() {
  if [ -n "$client" ]; then
    kill $(pgrep -P "$client") "$client" 2>/dev/null || true
  fi
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  kill $(pgrep -P "$watchdog") "$watchdog" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$app" 2>/dev/null || { echo "the app did not start:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
  sleep 1
done
sql() { psql -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "$1"; }
article=
for _ in $(seq 1 120); do # the demo content arrives once the app is ready, after it answers
  article=$(sql "select article_id from live_blog order by started_at limit 1")
  [ -z "$article" ] || break
  sleep 1
done
[ -n "$article" ] || { echo "no live blog in the demo content" >&2; exit 1; }
# readers open the stream from the article page, with the meter cookie that page view gave them: the stream finds
# the read counted and writes nothing (a cookie-less connection would be a new visitor taking a free read)
reader_jar="$work/reader.jar"
path=$(sql "select '/' || s.slug || '/' || a.slug || '/article' || a.id from article a
            join section s on s.id = a.section_id where a.id = $article")
curl -fs -o /dev/null -c "$reader_jar" -A "Mozilla/5.0 (bench reader)" "http://127.0.0.1:$APP_PORT$path"
reader_cookie=$(awk -F'\t' 'NF == 7 && ($1 !~ /^#/ || $1 ~ /^#HttpOnly_/) { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$reader_jar")
echo "reader cookie: ${reader_cookie%%=*}=…"

jar="$work/admin.jar"
token=$(curl -fs -c "$jar" -b "$jar" "http://127.0.0.1:$APP_PORT/signin" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=admin@dateline.local" \
  --data-urlencode "password=bench admin lantern harbour" --data-urlencode "_csrf=$token" "http://127.0.0.1:$APP_PORT/signin"
token=$(curl -fs -c "$jar" -b "$jar" "http://127.0.0.1:$APP_PORT/admin/live/$article" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
[ -n "$token" ] || { echo "could not sign in as the admin" >&2; exit 1; }

memory() { # label -> "label: RSS x MB, heap y MB" (heap used after a full GC)
  "$java_home/bin/jcmd" "$app" GC.run >/dev/null
  local heap rss
  heap=$("$java_home/bin/jcmd" "$app" GC.heap_info | sed -n 's/.*used \([0-9]*\)K.*/\1/p' | head -1)
  rss=$(ps -o rss= -p "$app")
  printf '%s: RSS %d MB, heap used %d MB\n' "$1" $((rss / 1024)) $((heap / 1024))
  echo "$rss $heap" > "$work/mem-$1"
}

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load before: $(uptime | sed 's/.*load average: //')"
echo "live blog: article $article; connections $CONNECTIONS, stalled $STALLED, burst $BURST"
memory before
coproc FANOUT { timeout "$TIMEOUT" "$java_home/bin/java" -Xmx2g -Xss256k "$work/LiveFanout.java" "$APP_PORT" \
  "$article" "$CONNECTIONS" "$STALLED" "$BURST" "$TIMEOUT" "${reader_cookie:--}" 2>&1; }
client=$FANOUT_PID
while IFS= read -r line <&"${FANOUT[0]}"; do
  case "$line" in
    READY)
      memory after-open
      read -r rss0 heap0 < "$work/mem-before"; read -r rss1 heap1 < "$work/mem-after-open"
      printf 'per connection: RSS %.1f KB, heap %.1f KB; server established connections: %s\n' \
        "$(echo "($rss1 - $rss0) / $CONNECTIONS" | bc -l)" "$(echo "($heap1 - $heap0) / $CONNECTIONS" | bc -l)" \
        "$(ss -Htn state established "( sport = :$APP_PORT )" | wc -l)"
      echo go >&"${FANOUT[1]}" ;;
    POST\ *)
      code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" --data-urlencode "body=${line#POST }" \
        --data-urlencode "_csrf=$token" "http://127.0.0.1:$APP_PORT/admin/live/$article/entries")
      echo "posted $code" >&"${FANOUT[1]}" ;;
    RESULT*) echo "${line#RESULT }" ;;
    *) echo "client: $line" ;;
  esac
done
wait "$client" || true
client=
echo "load after: $(uptime | sed 's/.*load average: //')"
