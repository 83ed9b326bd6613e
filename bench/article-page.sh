#!/usr/bin/env bash
# Benchmark of the article page: starts the app on a fresh embedded database (demo content + bench/load-data.sql:
# 5,000 articles, 10,000 members, 40 comments under each measured article), then measures with wrk on loopback a free article for an anonymous reader, and
# a metered article for an anonymous visitor (meter cookie), a member within the meter and a subscriber (signed in:
# session cookie), each already counted, as a reader re-opening it would; the sign-in page and /robots.txt. Each
# target's own bytes are also served by nginx as a static file, and each target is reported as a ratio to that; the
# bench checks that nginx serves each copy byte for byte, and stops if any run (nginx's or the app's) answers errors.
# JFR=1 records a Java profile of the measured runs and prints its top frames (JFR_TARGET=name: that target's run
# alone). Beside each target: its app CPU per request by kind of thread (the requests' own, the collector's, the
# compilers', the rest: a collection or a scheduled job that falls in a target's seconds shows there, not as the
# page's cost) and the share of its requests the early lanes answered (the signed-in readers' lane, and all early
# answers of the article feature), from the admins' Prometheus endpoint. Ports: APP_PORT, PG_PORT, NGINX_PORT;
# APP_ARGS are added to the app's command line (e.g. --spring.threads.virtual.enabled=false); USER_AGENT, if set, is
# sent by wrk (it sends none by default, and page views without one are not recorded: bench/analytics.sh).
# Before anything is measured, every target (and its nginx copy) is warmed for WARMUP (default 2s each, then 1s each again: 18 s in
# all, not counted), so that C2 has compiled every target's hot path and the first target measured no longer carries
# the JIT's warm-up (anonymous free swung 9,148 -> 21,515/s between two identical runs when only the member's page was
# warmed). Beside each rate the app's and PostgreSQL's CPU per request are printed: on a shared machine the rate moves
# with the neighbours' load, the CPU a request costs much less. JAR measures another jar (default target/dateline.jar),
# so that two builds can be run back to back. GC_LOG=1 writes the app's GC log to $work/gc.log (long pauses).
# Before each target's measured run the app's heap is collected in full (jcmd GC.run, not measured): without it the
# first targets measured paid 22-38 ms young pauses (their p99 17-29 ms) while some 35 MB that the start-up and the
# warm-up left alive was copied between survivor spaces at every young collection until it was old enough to be
# promoted, after which the pauses were 2-5 ms (GC log, bench/RESULTS.md "Article page, ninth round"); each target's
# own collections stay inside its seconds.
# Needs: wrk, nginx (Debian packages), psql. Every run is bounded (DURATION, default 10s per target and copy).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-2s}
JAR=${JAR:-target/dateline.jar}
CONNECTIONS=${CONNECTIONS:-32}
APP_PORT=${APP_PORT:-18080}
PG_PORT=${PG_PORT:-15439}
NGINX_PORT=${NGINX_PORT:-18081}
for tool in wrk nginx psql; do
  command -v "$tool" >/dev/null || { echo "bench needs $tool (apt-get install wrk nginx-light postgresql-client)" >&2; exit 1; }
done

work=$(mktemp -d /tmp/dateline-bench.XXXXXX)
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q package -DskipTests   # SKIP_BUILD=1: measure the jar as it is
java_home=$(.mvn/require-jdk.sh)

. bench/article-targets.sh
start_app "$JAR"
cleanup() { kill "$app" 2>/dev/null || true; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true; }
trap cleanup EXIT
prepare_targets
# an admin's session, to read the lanes' counters (Prometheus) around each target
admin_cookie=$(session_of admin admin@dateline.local "bench admin lantern harbour")

# each target's own bytes, as nginx will serve them: the ratio compares like with like. Their folder is its own and
# open to all: $work is the owner's alone (mktemp), and nginx started by root reads files as nobody, so a copy under
# $work was refused, 403 for every request with an error-log line each, which until 2026-12-02 was the "nginx"
# every ratio was taken against (see bench/RESULTS.md, "Article page, ninth round")
www=$(mktemp -d /tmp/dateline-bench-www.XXXXXX)
chmod 755 "$www"
fetch_copy() { curl -fs ${3:+-H "Cookie: $3"} "http://127.0.0.1:$APP_PORT$2" -o "$www/$1"; chmod 644 "$www/$1"; }
fetch_copy member.html "$metered" "$member_cookie"
grep -q "free stories this month" "$www/member.html" || { echo "the member's page shows no meter line" >&2; exit 1; }
fetch_copy free.html "$free"
fetch_copy visitor.html "$metered" "$visitor_cookie"
fetch_copy subscriber.html "$metered" "$subscriber_cookie"
fetch_copy signin.html /signin
fetch_copy robots.txt /robots.txt
echo "member's metered page: $metered ($(wc -c < "$www/member.html") bytes of HTML)"

cat > "$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server { listen 127.0.0.1:$NGINX_PORT; root $www; location / { default_type text/html; } }
}
NGINX
nginx -c "$work/nginx.conf" -p "$work"
# nginx must serve every copy whole, or the ratios compare the app with an error page
for copy in "$www"/*; do
  curl -fs "http://127.0.0.1:$NGINX_PORT/${copy##*/}" | cmp -s - "$copy" \
    || { echo "nginx does not serve ${copy##*/} as fetched from the app (see $work/nginx-error.log)" >&2; exit 1; }
done

measure() { # name url [cookie] -> prints "name rps p50 p99 max"
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency ${3:+-H "Cookie: $3"} ${USER_AGENT:+-H "User-Agent: $USER_AGENT"} "$2")
  echo "$out" > "$work/wrk-$1.txt"
  # a target that answers errors (or nginx refusing its copy) measures nothing: stop rather than print a ratio
  if grep -q "Non-2xx or 3xx responses" <<<"$out"; then
    echo "$1 answered errors: $(grep "Non-2xx" <<<"$out") (wrk's output in $work/wrk-$1.txt)" >&2
    exit 1
  fi
  local rps p50 p99 max
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  max=$(awk '$1=="Latency" {print $4}' <<<"$out")
  echo "$1 $rps $p50 $p99 $max"
}

# target, app path, cookie, nginx copy
targets=(
  "anonymous-free|$free||free.html"
  "anonymous-metered|$metered|$visitor_cookie|visitor.html"
  "member-metered|$metered|$member_cookie|member.html"
  "subscriber|$metered|$subscriber_cookie|subscriber.html"
  "signin-page|/signin||signin.html"
  "robots.txt|/robots.txt||robots.txt"
)
# warm every target before measuring any (not counted): the JIT compiles each one's own path, not only the first's
for t in "${targets[@]}"; do
  IFS='|' read -r name path cookie copy <<<"$t"
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" ${cookie:+-H "Cookie: $cookie"} ${USER_AGENT:+-H "User-Agent: $USER_AGENT"} \
    "http://127.0.0.1:$APP_PORT$path" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d1s "http://127.0.0.1:$NGINX_PORT/$copy" >/dev/null
done
# twice over: the first pass warms each path alone, the second with the others' code compiled beside it
for t in "${targets[@]}"; do
  IFS='|' read -r name path cookie copy <<<"$t"
  wrk -t2 -c"$CONNECTIONS" -d1s ${cookie:+-H "Cookie: $cookie"} ${USER_AGENT:+-H "User-Agent: $USER_AGENT"} \
    "http://127.0.0.1:$APP_PORT$path" >/dev/null
done
# CPU time (cpu_ticks, bench/article-targets.sh) of the app's JVM and of the embedded PostgreSQL (its postmaster and
# backends), so that a cost can be told per request even on a shared machine
postmaster=$(pgrep -f -- "-D $work/data" | head -1 || true)
pg_pids() { [ -n "$postmaster" ] && echo "$postmaster $(pgrep -P "$postmaster" | tr '\n' ' ')"; }
# optional profile of the measured runs: JFR=1 records them, the recording is left in $work/bench.jfr
# JFR_TARGET=name records that target's run alone (e.g. JFR_TARGET=subscriber)
jcmd=$java_home/bin/jcmd
jfr_start() { "$jcmd" "$app" JFR.start name=bench settings=profile filename="$work/bench.jfr" >/dev/null; }
[ "${JFR:-}" = 1 ] && [ -z "${JFR_TARGET:-}" ] && jfr_start
hz=$(getconf CLK_TCK)
echo "load before: $(uptime)"
printf '\n%-18s %12s %10s %10s %10s %12s %8s %12s %12s   %s\n' target requests/s p50 p99 max nginx-req/s vs-nginx \
  app-us/req pg-us/req "app-us/req by thread: requests gc jit other; early lanes: signed-in all"
for t in "${targets[@]}"; do
  IFS='|' read -r name path cookie copy <<<"$t"
  read -r _ nrps _ _ _ <<<"$(measure "nginx-$name" "http://127.0.0.1:$NGINX_PORT/$copy")"
  [ -n "$nrps" ] || exit 1
  # a full collection first, outside the measured seconds: each target starts from the same heap, instead of paying
  # for the garbage of the target before it or for copying what the start-up and the warm-up left alive (below)
  "$jcmd" "$app" GC.run >/dev/null
  read -r signed_before early_before <<<"$(lane_counts "$admin_cookie")"
  [ "${JFR:-}" = 1 ] && [ "${JFR_TARGET:-}" = "$name" ] && jfr_start
  app_before=$(cpu_ticks "$app"); pg_before=$(cpu_ticks $(pg_pids)); threads_before=$(thread_ticks "$app")
  read -r _ rps p50 p99 max <<<"$(measure "$name" "http://127.0.0.1:$APP_PORT$path" "$cookie")"
  [ -n "$rps" ] || exit 1
  app_after=$(cpu_ticks "$app"); pg_after=$(cpu_ticks $(pg_pids)); threads_after=$(thread_ticks "$app")
  [ "${JFR:-}" = 1 ] && [ "${JFR_TARGET:-}" = "$name" ] && "$jcmd" "$app" JFR.stop name=bench >/dev/null
  read -r signed_after early_after <<<"$(lane_counts "$admin_cookie")"
  requests=$(echo "$rps * ${DURATION%s}" | bc -l)
  by_thread=$(paste -d' ' <(tr ' ' '\n' <<<"$threads_before") <(tr ' ' '\n' <<<"$threads_after") \
    | awk -v hz="$hz" -v n="$requests" '{ printf "%6.0f", ($2 - $1) * 1000000 / hz / n }')
  by_thread+=$(awk -v n="$requests" -v s=$((signed_after - signed_before)) -v a=$((early_after - early_before)) \
    'BEGIN { printf ";  %5.1f%% %5.1f%%", s * 100 / n, a * 100 / n }')
  printf '%-18s %12s %10s %10s %10s %12s %7.1f%% %12.0f %12.0f   %s\n' "$name" "$rps" "$p50" "$p99" "$max" "$nrps" \
    "$(echo "$rps / $nrps * 100" | bc -l)" "$(echo "($app_after - $app_before) * 1000000 / $hz / $requests" | bc -l)" \
    "$(echo "($pg_after - $pg_before) * 1000000 / $hz / $requests" | bc -l)" "$by_thread"
done
echo "load after: $(uptime)"
if [ "${JFR:-}" = 1 ]; then
  [ -z "${JFR_TARGET:-}" ] && "$jcmd" "$app" JFR.stop name=bench >/dev/null
  jfr_summary "$work/bench.jfr"
fi
echo "raw wrk output in $work, the copies nginx served in $www"
