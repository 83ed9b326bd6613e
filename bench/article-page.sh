#!/usr/bin/env bash
# Benchmark of the article page: starts the app on a fresh embedded database (demo content + bench/load-data.sql:
# 5,000 articles, 10,000 members, 40 comments under each measured article), then measures with wrk on loopback a free article for an anonymous reader, and
# a metered article for an anonymous visitor (meter cookie), a member within the meter and a subscriber (signed in:
# session cookie), each already counted, as a reader re-opening it would; the sign-in page and /robots.txt. Each
# target's own bytes are also served by nginx as a static file, and each target is reported as a ratio to that.
# JFR=1 records a Java profile of the measured runs and prints its top frames. Ports: APP_PORT, PG_PORT, NGINX_PORT;
# APP_ARGS are added to the app's command line (e.g. --spring.threads.virtual.enabled=false); USER_AGENT, if set, is
# sent by wrk (it sends none by default, and page views without one are not recorded: bench/analytics.sh).
# Before anything is measured, every target (and its nginx copy) is warmed for WARMUP (default 2s each, then 1s each again: 18 s in
# all, not counted), so that C2 has compiled every target's hot path and the first target measured no longer carries
# the JIT's warm-up (anonymous free swung 9,148 -> 21,515/s between two identical runs when only the member's page was
# warmed). Beside each rate the app's and PostgreSQL's CPU per request are printed: on a shared machine the rate moves
# with the neighbours' load, the CPU a request costs much less. JAR measures another jar (default target/dateline.jar),
# so that two builds can be run back to back. GC_LOG=1 writes the app's GC log to $work/gc.log (long pauses).
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

mkdir -p "$work/www"
# each target's own bytes, as nginx will serve them: the ratio compares like with like
fetch_copy() { curl -fs ${3:+-H "Cookie: $3"} "http://127.0.0.1:$APP_PORT$2" -o "$work/www/$1"; }
fetch_copy member.html "$metered" "$member_cookie"
grep -q "free stories this month" "$work/www/member.html" || { echo "the member's page shows no meter line" >&2; exit 1; }
fetch_copy free.html "$free"
fetch_copy visitor.html "$metered" "$visitor_cookie"
fetch_copy subscriber.html "$metered" "$subscriber_cookie"
fetch_copy signin.html /signin
fetch_copy robots.txt /robots.txt
echo "member's metered page: $metered ($(wc -c < "$work/www/member.html") bytes of HTML)"

cat > "$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server { listen 127.0.0.1:$NGINX_PORT; root $work/www; location / { default_type text/html; } }
}
NGINX
nginx -c "$work/nginx.conf" -p "$work"

measure() { # name url [cookie] -> prints "name rps p50 p99 max"
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency ${3:+-H "Cookie: $3"} ${USER_AGENT:+-H "User-Agent: $USER_AGENT"} "$2")
  echo "$out" > "$work/wrk-$1.txt"
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
if [ "${JFR:-}" = 1 ]; then
  jcmd=$java_home/bin/jcmd
  "$jcmd" "$app" JFR.start name=bench settings=profile filename="$work/bench.jfr" >/dev/null
fi
hz=$(getconf CLK_TCK)
echo "load before: $(uptime)"
printf '\n%-18s %12s %10s %10s %10s %12s %8s %12s %12s\n' target requests/s p50 p99 max nginx-req/s vs-nginx \
  app-us/req pg-us/req
for t in "${targets[@]}"; do
  IFS='|' read -r name path cookie copy <<<"$t"
  read -r _ nrps _ _ _ <<<"$(measure "nginx-$name" "http://127.0.0.1:$NGINX_PORT/$copy")"
  app_before=$(cpu_ticks "$app"); pg_before=$(cpu_ticks $(pg_pids))
  read -r _ rps p50 p99 max <<<"$(measure "$name" "http://127.0.0.1:$APP_PORT$path" "$cookie")"
  app_after=$(cpu_ticks "$app"); pg_after=$(cpu_ticks $(pg_pids))
  requests=$(echo "$rps * ${DURATION%s}" | bc -l)
  printf '%-18s %12s %10s %10s %10s %12s %7.1f%% %12.0f %12.0f\n' "$name" "$rps" "$p50" "$p99" "$max" "$nrps" \
    "$(echo "$rps / $nrps * 100" | bc -l)" "$(echo "($app_after - $app_before) * 1000000 / $hz / $requests" | bc -l)" \
    "$(echo "($pg_after - $pg_before) * 1000000 / $hz / $requests" | bc -l)"
done
echo "load after: $(uptime)"
if [ "${JFR:-}" = 1 ]; then
  "$jcmd" "$app" JFR.stop name=bench >/dev/null
  jfr_summary "$work/bench.jfr"
fi
echo "raw wrk output in $work"
