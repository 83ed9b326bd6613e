#!/usr/bin/env bash
# Benchmark of the article page: starts the app on a fresh embedded database (demo content + bench/load-data.sql:
# 5,000 articles, 10,000 members), then measures with wrk on loopback the article page for an anonymous reader,
# and the same page's HTML served as a static file by nginx, reporting each as a ratio to nginx.
# Needs: wrk, nginx (Debian packages), psql. Every run is bounded (DURATION, default 20s per target).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
APP_PORT=${APP_PORT:-18080}
PG_PORT=${PG_PORT:-15439}
NGINX_PORT=${NGINX_PORT:-18081}
for tool in wrk nginx psql; do
  command -v "$tool" >/dev/null || { echo "bench needs $tool (apt-get install wrk nginx-light postgresql-client)" >&2; exit 1; }
done

work=$(mktemp -d /tmp/dateline-bench.XXXXXX)
./mvnw -q package -DskipTests
java_home=$(.mvn/require-jdk.sh)

DATELINE_DATA_DIR="$work/data" "$java_home/bin/java" -Xms1g -Xmx1g -jar target/dateline.jar \
  --server.port="$APP_PORT" --dateline.embedded-db.port="$PG_PORT" --dateline.admin.password=bench-admin-password \
  --logging.level.root=WARN > "$work/app.log" 2>&1 &
app=$!
cleanup() { kill "$app" 2>/dev/null || true; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true; }
trap cleanup EXIT

for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$app" 2>/dev/null || { echo "the app did not start:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
  sleep 1
done
psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -f bench/load-data.sql

article=$(psql -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c \
  "select '/' || s.slug || '/' || a.slug || '/article' || a.id from article a join section s on s.id = a.section_id
   where a.import_key = 'bench:2500'")
mkdir -p "$work/www"
curl -fs "http://127.0.0.1:$APP_PORT$article" -o "$work/www/article.html"
echo "article page: $article ($(wc -c < "$work/www/article.html") bytes of HTML)"

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

measure() { # name url -> prints "name rps p50 p99"
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$2")
  echo "$out" > "$work/wrk-$1.txt"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  echo "$1 $rps $p50 $p99"
}

# warm the JVM before measuring
wrk -t2 -c"$CONNECTIONS" -d10s "http://127.0.0.1:$APP_PORT$article" >/dev/null
nginx_line=$(measure nginx-static "http://127.0.0.1:$NGINX_PORT/article.html")
anon_line=$(measure anonymous "http://127.0.0.1:$APP_PORT$article")

nginx_rps=$(awk '{print $2}' <<<"$nginx_line")
printf '\n%-14s %12s %10s %10s %8s\n' target requests/s p50 p99 vs-nginx
for line in "$nginx_line" "$anon_line"; do
  read -r name rps p50 p99 <<<"$line"
  printf '%-14s %12s %10s %10s %7.1f%%\n' "$name" "$rps" "$p50" "$p99" "$(echo "$rps / $nginx_rps * 100" | bc -l)"
done
echo "raw wrk output in $work"
