#!/usr/bin/env bash
# Benchmark of newsletter delivery: starts the app on a fresh embedded database with SMTP pointed at a loopback sink
# (bench/smtp-sink.py), inserts SUBSCRIBERS confirmed subscribers (default 100,000) with SQL, schedules one edition
# for now, and measures the time to queue it, the time to deliver every copy (messages per second) and the app's
# peak RSS and heap (from the GC log). QUEUE_ONLY=1 measures queueing alone (no worker threads), e.g. with
# SUBSCRIBERS=1000000. JAR runs another jar than target/dateline.jar (a copy, so a rebuild cannot change it mid-run).
# SINK=java (default) runs the sink bench/SmtpSink.java, SINK=python the older bench/smtp-sink.py (same SMTP, same
# count; it cost several times the CPU per message). PG_STATS=1 loads pg_stat_statements into the embedded server
# and prints, after the run, each statement's calls and time per copy sent. PG_SQL is run on the embedded server
# before the edition is scheduled, then the server's configuration is reloaded (an experiment's setting, e.g.
# PG_SQL="alter system set synchronous_commit = off").
# Needs: psql, python3. Every run is bounded (TIMEOUT seconds of waiting, default 600; the app and the sink are
# killed on exit).
set -euo pipefail
cd "$(dirname "$0")/.."

SUBSCRIBERS=${SUBSCRIBERS:-100000}
THREADS=${THREADS:-8}
RATE=${RATE:-0}
TIMEOUT=${TIMEOUT:-600}
APP_PORT=${APP_PORT:-18090}
PG_PORT=${PG_PORT:-15449}
SMTP_PORT=${SMTP_PORT:-12525}
JAR=${JAR:-target/dateline.jar}
QUEUE_ONLY=${QUEUE_ONLY:-}
SINK=${SINK:-java}
PG_STATS=${PG_STATS:-}
[ -z "$QUEUE_ONLY" ] || THREADS=0
command -v psql >/dev/null || { echo "bench needs psql (apt-get install postgresql-client)" >&2; exit 1; }

work=$(mktemp -d /tmp/dateline-delivery-bench.XXXXXX)
[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -q package -DskipTests
java_home=$(.mvn/require-jdk.sh)

if [ "$SINK" = python ]; then
  python3 bench/smtp-sink.py "$SMTP_PORT" "$work/sunk" &
else
  "$java_home/bin/java" -Xmx64m -XX:+UseSerialGC bench/SmtpSink.java "$SMTP_PORT" "$work/sunk" &
fi
sink=$!
[ -z "$PG_STATS" ] || APP_ARGS="${APP_ARGS:-} --dateline.embedded-db.server-config.shared_preload_libraries=pg_stat_statements"
DATELINE_DATA_DIR="$work/data" "$java_home/bin/java" -Xms512m -Xmx512m -Xlog:gc:file="$work/gc.log" ${JAVA_OPTS:-} -jar "$JAR" \
  --server.port="$APP_PORT" --dateline.embedded-db.port="$PG_PORT" --dateline.admin.password="bench admin lantern harbour" \
  --dateline.demo.enabled=false --logging.level.root=WARN \
  --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT" \
  --dateline.newsletters.delivery.threads="$THREADS" --dateline.newsletters.delivery.poll-interval=PT0.5S \
  --dateline.newsletters.delivery.rate-per-second="$RATE" ${APP_ARGS:-} > "$work/app.log" 2>&1 &
app=$!
cleanup() { kill "$app" "$sink" 2>/dev/null || true; sleep 2; rm -rf "$work"; }
trap cleanup EXIT

for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$app" 2>/dev/null || { echo "the app did not start:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
  sleep 1
done
sql() { psql -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "$1"; }
for _ in $(seq 1 60); do  # the Java sink compiles itself first
  (exec 3<>"/dev/tcp/127.0.0.1/$SMTP_PORT") 2>/dev/null && break
  sleep 0.5
done

newsletter=$(sql "insert into newsletter (slug, name, cadence, kind, sender_name, created_at, updated_at)
                  values ('bench', 'Bench Daily', 'DAILY', 'EDITORIAL', 'The Bench Desk', now(), now()) returning id" | sed -n 1p)
sql "insert into newsletter_subscriber (email, confirmed_at, created_at)
     select 'reader' || g || '@bench.local', now(), now() from generate_series(1, $SUBSCRIBERS) g" >/dev/null
sql "insert into newsletter_subscription (newsletter_id, subscriber_id, subscribed, changed_at, source)
     select $newsletter, id, true, now(), 'bench' from newsletter_subscriber" >/dev/null
sql "analyze" >/dev/null
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$app/status"; }
# CPU seconds used by a process (user + system), from /proc: on a shared machine the CPU a message costs says more
# than the wall time it took
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$1/stat"; }
idle_rss=$(rss_kb)
# the embedded PostgreSQL's CPU seconds: its postmaster (with the children it reaped) and its live backends, which
# the app's connection pool keeps for the whole run
pg_cpu_s() {
  local pm; pm=$(pgrep -f -- "postgres.*-p $PG_PORT" | head -1)
  { echo "$pm"; pgrep -P "$pm"; } | while read -r pid; do cat "/proc/$pid/stat" 2>/dev/null; done |
    awk -v hz="$(getconf CLK_TCK)" '{t += $14 + $15 + $16 + $17} END {printf "%.1f", t / hz}'
}

[ -z "${PG_SQL:-}" ] || { sql "$PG_SQL" >/dev/null; sql "select pg_reload_conf()" >/dev/null; }
commits() { sql "select xact_commit from pg_stat_database where datname = 'postgres'"; }
if [ -n "$PG_STATS" ]; then
  sql "create extension if not exists pg_stat_statements" >/dev/null
  sql "select pg_stat_statements_reset(), pg_stat_reset_shared('wal')" >/dev/null
  commits0=$(commits)
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
app_cpu0=$(cpu_s "$app") sink_cpu0=$(cpu_s "$sink") pg_cpu0=$(pg_cpu_s)
start=$(date +%s.%N)
edition=$(sql "insert into newsletter_edition (newsletter_id, subject, intro, status, send_at, created_at)
               values ($newsletter, 'Bench edition', 'Good morning.', 'SCHEDULED', now(), now()) returning id" | sed -n 1p)
queued_s="" peak_rss=$idle_rss polls=0
deadline=$(( $(date +%s) + TIMEOUT ))
while :; do
  [ "$(date +%s)" -lt "$deadline" ] || { echo "timed out after ${TIMEOUT}s" >&2; break; }
  kill -0 "$app" 2>/dev/null || { echo "the app died:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
  rss=$(rss_kb); [ "$rss" -gt "$peak_rss" ] && peak_rss=$rss
  if [ -z "$queued_s" ] && [ "$(sql "select status from newsletter_edition where id = $edition")" = QUEUED ]; then
    queued_s=$(echo "$(date +%s.%N) - $start" | bc)
  fi
  # the copies left are counted only once the sink has one per subscriber, or every 10 s (a copy may bounce or be
  # skipped): counting them every half second took a fifth to a half of PostgreSQL's CPU in earlier runs
  polls=$((polls + 1)) sunk_now=$(cat "$work/sunk" 2>/dev/null || true)
  if [ -n "$queued_s" ] && { [ -n "$QUEUE_ONLY" ] || [ "${sunk_now:-0}" -ge "$SUBSCRIBERS" ] ||
                             [ $((polls % 20)) = 0 ]; }; then
    left=$(sql "select count(*) from newsletter_delivery where edition_id = $edition and status in ('PENDING', 'SENDING')")
    { [ -n "$QUEUE_ONLY" ] || [ "$left" = 0 ]; } && break
  fi
  sleep 0.5
done
total_s=$(echo "$(date +%s.%N) - $start" | bc)
app_cpu=$(echo "$(cpu_s "$app") - $app_cpu0" | bc) sink_cpu=$(echo "$(cpu_s "$sink") - $sink_cpu0" | bc)
pg_cpu=$(echo "$(pg_cpu_s) - $pg_cpu0" | bc)
sql "select status, count(*) from newsletter_delivery where edition_id = $edition group by status order by 1"
sent=$(sql "select count(*) from newsletter_delivery where edition_id = $edition and status = 'SENT'")
first_last=$(sql "select extract(epoch from max(sent_at) - min(sent_at)) from newsletter_delivery where edition_id = $edition")
sleep 1
# a mark that writes no index entry is a HOT update (PostgreSQL's statistics reach the view within a second)
hot=$(sql "select n_tup_upd || ' updates, ' || n_tup_hot_upd || ' HOT; autovacuum ' || autovacuum_count || ', autoanalyze ' || autoanalyze_count || ' times'
           from pg_stat_user_tables where relname = 'newsletter_delivery'")
echo "subscribers:            $SUBSCRIBERS (threads $THREADS, rate limit ${RATE}/s, 0 = none)"
echo "time to queue:          ${queued_s:-n/a} s"
echo "time to deliver all:    $total_s s (from scheduling to the last copy marked)"
echo "messages sent:          $sent (the sink counted $(cat "$work/sunk"))"
if [ "$sent" -gt 0 ]; then  # a queue-only run sends nothing, and has no first or last send to divide by
  echo "messages per second:    $(echo "scale=0; $sent / $total_s" | bc) overall, $(echo "scale=0; $sent / $first_last" | bc) between the first and last send"
fi
echo "machine load (1/5/15 min): $load_before at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end; $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "CPU used:               app JVM $app_cpu s, PostgreSQL $pg_cpu s, sink $sink_cpu s$( [ "$sent" -gt 0 ] && echo "; per message sent: app $(echo "scale=2; 1000 * $app_cpu / $sent" | bc) ms, PostgreSQL $(echo "scale=2; 1000 * $pg_cpu / $sent" | bc) ms")"
echo "copy updates:           $hot (claims and marks; a claim moves the copy out of the due index, never HOT)"
echo "app heap:               peak $(grep -o '[0-9]*M->' "$work/gc.log" | sed 's/M->//' | sort -n | tail -1) MB before a collection (GC log)"
echo "app RSS:                idle $((idle_rss / 1024)) MB, peak $((peak_rss / 1024)) MB (-Xmx512m)"
if [ -n "$PG_STATS" ] && [ "$sent" -gt 0 ]; then
  echo "statements (pg_stat_statements; calls and execution ms per copy sent, then the statement's start):"
  sql "select round(calls::numeric / $sent, 3) || ' calls, ' || round((total_exec_time / $sent)::numeric, 4) || ' ms: '
              || regexp_replace(left(query, 110), '\s+', ' ', 'g')
       from pg_stat_statements where calls > 0 order by total_exec_time desc limit 12"
  sql "select 'WAL per copy: ' || round(wal_bytes / $sent) || ' bytes, ' || round(wal_records::numeric / $sent, 1) || ' records; commits per copy: '
              || round(($(commits) - $commits0)::numeric / $sent, 2) from pg_stat_wal"
fi
