#!/usr/bin/env bash
# Bench of deploy/: starts it (run-local.sh, in a fresh folder), loads bench/load-data.sql and forty comments under
# the measured articles, then measures with wrk on loopback an anonymous reader's free article through the proxy,
# the same page from one node directly, a member's metered page through the proxy (passed through), and nginx
# serving the free page's bytes as a static file. Then the purge: a member posts a comment through the proxy, and
# the script times until the proxy's anonymous copy shows it. Every run is bounded (DURATION per target).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
export RUN=${RUN:-$(mktemp -d /tmp/dateline-deploy-bench.XXXXXX)}
export PROXY_PORT=${PROXY_PORT:-18090} NODE1_PORT=${NODE1_PORT:-18091} NODE2_PORT=${NODE2_PORT:-18092}
export PG_PORT=${PG_PORT:-18093}
STATIC_PORT=${STATIC_PORT:-18094}
# new members' first comments wait for a moderator, and the bench stories are old enough to be closed to comments:
# the purge test needs a comment that is published at once
# the bench data sits on the demo content (sections, photos), which a configured database only gets when asked
export DATELINE_NODE_ARGS="--dateline.comments.first-comments-held=0 --dateline.comments.close-after=P3650D --dateline.demo.enabled=true ${DATELINE_NODE_ARGS:-}"
for tool in wrk nginx psql curl; do
  command -v "$tool" >/dev/null || { echo "the bench needs $tool" >&2; exit 1; }
done

cleanup() {
  deploy/run-local.sh stop || true
  [ -f "$RUN/static.pid" ] && kill "$(cat "$RUN/static.pid")" 2>/dev/null || true
}
trap cleanup EXIT
deploy/run-local.sh start

sql() { psql -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d dateline -c "$1"; }
psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d dateline -f bench/load-data.sql
path_of() { sql "select '/' || s.slug || '/' || a.slug || '/article' || a.id from article a
                 join section s on s.id = a.section_id where a.import_key = '$1'"; }
free=$(path_of bench:2500)
metered=$(path_of bench:2501)
free_id=${free##*article}
sql "insert into comment (article_id, member_id, author_name, body, status, check_decision, like_count, created_at)
     select a.id, m.id, m.display_name, 'Bench comment ' || g || ': the council should publish the costs in full.',
            'PUBLISHED', 'PUBLISH', g % 7, now() - g * interval '1 minute'
     from article a cross join generate_series(1, 40) g
     join member m on m.email = 'reader' || (g + 100) || '@bench.local'
     where a.import_key in ('bench:2500', 'bench:2501')" >/dev/null
# the member who posts in the purge test has confirmed their address (bench members have not)
sql "update member set email_verified_at = now() where email = 'reader1@bench.local'" >/dev/null
# the comments went in behind the app's back: restart the nodes' caches by a change they hear of
sql "select pg_notify('dateline_changes', 'comments:*')" >/dev/null

proxy="http://127.0.0.1:$PROXY_PORT"
session_of() {
  local jar="$RUN/$1.jar" token
  token=$(curl -fs -c "$jar" -b "$jar" "$proxy/signin" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1@bench.local" \
    --data-urlencode "password=bench-password" --data-urlencode "_csrf=$token" "$proxy/signin"
  awk '$6 == "SESSION" {print "SESSION=" $7}' "$jar"
}
member_cookie=$(session_of reader1)

mkdir -p "$RUN/www"
curl -fs "$proxy$free" -o "$RUN/www/free.html"
curl -fs -o /dev/null "$proxy$free" # stored now
echo "free article: $free ($(wc -c < "$RUN/www/free.html") bytes), X-Cache on a second read: $(curl -fsI "$proxy$free" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-cache" {print $2}')"
cat > "$RUN/static.conf" <<NGINX
worker_processes 2;
pid $RUN/static.pid;
error_log $RUN/static-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  keepalive_requests 100000;
  server { listen 127.0.0.1:$STATIC_PORT; root $RUN/www; location / { default_type text/html; } }
}
NGINX
nginx -c "$RUN/static.conf" -p "$RUN"

measure() { # name url [cookie]
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency ${3:+-H "Cookie: $3"} "$2")
  echo "$out" > "$RUN/wrk-$1.txt"
  printf '%-26s %12s %10s %10s %10s\n' "$1" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '$1=="50%" {print $2}' <<<"$out")" "$(awk '$1=="99%" {print $2}' <<<"$out")" \
    "$(awk '$1=="Latency" {print $4}' <<<"$out")"
}
# warm both nodes (JIT, templates) through the proxy, as a reader mix would
wrk -t2 -c"$CONNECTIONS" -d8s -H "Cookie: $member_cookie" "$proxy$metered" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d5s "http://127.0.0.1:$NODE1_PORT$free" >/dev/null
echo "load before: $(uptime)"
printf '%-26s %12s %10s %10s %10s\n' target requests/s p50 p99 max
measure nginx-static "http://127.0.0.1:$STATIC_PORT/free.html"
measure proxy-anonymous-free "$proxy$free"
measure node1-anonymous-free "http://127.0.0.1:$NODE1_PORT$free"
measure proxy-member-metered "$proxy$metered" "$member_cookie"
echo "load after: $(uptime)"

# the purge: a comment posted through the proxy, then the anonymous copy polled until its comment count changes
# (a text the guideline checks publish; time from the moment the post's answer arrived, the change committed)
count() { curl -fs "$proxy$free" | grep -o 'comment-total">([0-9]*)' | head -1; }
before=$(count)
jar="$RUN/reader1.jar"
token=$(curl -fs -b "$jar" "$proxy$free" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -o "$RUN/post.html" -b "$jar" -c "$jar" --data-urlencode "articleId=$free_id" \
  --data-urlencode "text=I think the council made the right call on the harbour." --data-urlencode "_csrf=$token" \
  "$proxy/comments"
posted=$(date +%s%N)
seen=""
for _ in $(seq 1 150); do
  if [ "$(count)" != "$before" ]; then seen=$(date +%s%N); break; fi
  sleep 0.02
done
if [ -n "$seen" ]; then
  echo "purge: the proxy's anonymous page showed the new comment ($before → $(count)) $(( (seen - posted) / 1000000 )) ms after the post was answered"
else
  echo "purge: the new comment did not show within 3 s ($before)" >&2; exit 1
fi
echo "X-Cache of the next read: $(curl -fsI "$proxy$free" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-cache" {print $2}')"
echo "raw output in $RUN"
