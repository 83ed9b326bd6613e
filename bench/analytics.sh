#!/usr/bin/env bash
# Benchmark of audience analytics (issue 18). Starts the app on a fresh embedded database (demo content +
# bench/load-data.sql: 5,000 articles), generates VIEWS page views (default 10 million) spread over DAYS (90) with
# a skewed popularity, stored as the app stores them (counts per minute, visitor-days; each step bounded by
# GEN_TIMEOUT seconds), rolls them up by hour, then measures:
#   - the newsroom's audience pages (/admin/audience and the most-viewed story's page), p50/p95 over SAMPLES requests
#     as an admin;
#   - the home page (most-read list from the node's cache) p50/p95;
#   - the article page's throughput with and without recording, by running bench/article-page.sh twice with a
#     browser's User-Agent (wrk sends none, and a request without one is treated as a bot and not recorded):
#     APP_ARGS=--dateline.audience.recording=false, then =true. SKIP_ARTICLE=1 skips that part.
#   - with EXPLAIN=1, the story page's queries explained with their run (bench/analytics-explain.sql).
# Ports: APP_PORT, PG_PORT. Needs: psql, curl (and wrk, nginx for article-page.sh), and about 4 GB of disk under /tmp
# (the temporary directory is removed at the end).
set -euo pipefail
cd "$(dirname "$0")/.."

VIEWS=${VIEWS:-10000000}
DAYS=${DAYS:-90}
SAMPLES=${SAMPLES:-40}
GEN_TIMEOUT=${GEN_TIMEOUT:-900}
APP_PORT=${APP_PORT:-18090}
PG_PORT=${PG_PORT:-15449}
BROWSER="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"
for tool in psql curl; do
  command -v "$tool" >/dev/null || { echo "bench needs $tool" >&2; exit 1; }
done

work=$(mktemp -d /tmp/dateline-analytics.XXXXXX)
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q package -DskipTests
java_home=$(.mvn/require-jdk.sh)
cp target/dateline.jar "$work/dateline.jar"   # a copy: a rebuild under a running JVM would break it
DATELINE_DATA_DIR="$work/data" "$java_home/bin/java" -Xms1g -Xmx1g ${JAVA_OPTS:-} -jar "$work/dateline.jar" \
  --server.address=127.0.0.1 --server.port="$APP_PORT" --dateline.embedded-db.port="$PG_PORT" \
  --dateline.admin.password="bench admin lantern harbour" --dateline.audience.most-read-refresh=PT10S \
  --logging.level.root=WARN > "$work/app.log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$work"' EXIT
. bench/ready.sh
wait_for_app_and_load_data
sql() { psql -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "$1"; }

echo "load before: $(uptime)"
sql "select page_view_minute_month((now() - g * interval '1 month')::date) from generate_series(0, $((DAYS / 28 + 1))) g" >/dev/null
started=$(date +%s.%N)
# VIEWS views drawn as before (popularity skewed by random()^3, two readers in five signed in, a pool of VISITORS
# visitor hashes a day), stored as the nodes store them: counted per minute and key, each visitor-day once
views_sql="with a as (select array_agg(a.id order by a.id) as ids, array_agg(s.slug order by a.id) as slugs
                      from article a join section s on s.id = a.section_id where a.status = 'PUBLISHED')
           select now() - random() * interval '$DAYS days' as t, (select ids from a)[k] as article_id,
                  (select slugs from a)[k] as section_slug,
                  (array['anonymous','anonymous','anonymous','member','subscriber'])[1 + floor(r * 5)::int] as kind,
                  r < 0.05 as wall,
                  (array['search','social','newsletter','direct','internal','other'])[1 + floor(random() * 6)::int] as referrer,
                  (array['mobile','desktop','tablet'])[1 + floor(random() * 3)::int] as device,
                  floor(random() * ${VISITORS:-20000})::int as visitor
           -- the arrays are looked up once (an InitPlan), never carried per row
           from (select 1 + floor(power(random(), 3) * (select cardinality(ids) from a))::int as k, random() as r
                 from generate_series(1, $VIEWS)) g"
# one pass: the views are drawn once (a materialized CTE) and both tables filled from them in one statement
timeout "$GEN_TIMEOUT" psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "set work_mem = '256MB';
    with v as materialized ($views_sql),
    minutes as (
        insert into page_view_minute (minute, article_id, section_slug, reader_kind, referrer_class, device, met_wall,
                                      utm_source, utm_medium, utm_campaign, views)
        select date_trunc('minute', t), article_id, section_slug, kind, referrer, device, wall, '', '', '', count(*)
        from v group by 1, 2, 3, 4, 5, 6, 7)
    insert into audience_visitor (day, visitor, first_seen, met_wall, last_article_id, last_read_at)
    select (t at time zone 'UTC')::date, decode(md5((t at time zone 'UTC')::date || '-' || visitor), 'hex'), min(t),
           bool_or(wall), max(article_id), max(t)
    from v group by 1, 2"
generated=$(date +%s.%N)
# the rollup the app runs every ten minutes, for the whole range at once, under the app's own lock so the two never
# deadlock
sql "select pg_advisory_xact_lock(hashtextextended('page-view-rollup', 0));
     insert into page_view_hour (hour, article_id, section_slug, reader_kind, referrer_class, device, views, wall_views)
     select date_trunc('hour', minute, 'UTC'), article_id, section_slug, reader_kind, referrer_class, device,
            sum(views), coalesce(sum(views) filter (where met_wall), 0)
     from page_view_minute where minute < date_trunc('hour', now(), 'UTC') group by 1, 2, 3, 4, 5, 6
     on conflict (hour, article_id, section_slug, reader_kind, referrer_class, device)
     do update set views = excluded.views, wall_views = excluded.wall_views" >/dev/null
# vacuum too, as autovacuum does after the app's rollup: the story page reads the hours from the index alone, which
# needs the visibility map a vacuum writes
sql "vacuum analyze page_view_hour" >/dev/null
sql "analyze page_view_minute; analyze audience_visitor" >/dev/null
rolled=$(date +%s.%N)
printf 'generated %s views in %.0f s, rolled up in %.0f s; page_view_minute %s rows (%s), page_view_hour %s rows, audience_visitor %s rows\n' \
  "$(sql "select sum(views) from page_view_minute")" "$(echo "$generated - $started" | bc)" "$(echo "$rolled - $generated" | bc)" \
  "$(sql "select count(*) from page_view_minute")" \
  "$(sql "select pg_size_pretty(sum(pg_total_relation_size(inhrelid))) from pg_inherits where inhparent = 'page_view_minute'::regclass")" \
  "$(sql "select count(*) from page_view_hour")" "$(sql "select count(*) from audience_visitor")"

jar="$work/admin.jar"
token=$(curl -fs -c "$jar" -b "$jar" "http://127.0.0.1:$APP_PORT/signin" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=admin@dateline.local" \
  --data-urlencode "password=bench admin lantern harbour" --data-urlencode "_csrf=$token" "http://127.0.0.1:$APP_PORT/signin"
top=$(sql "select article_id from page_view_hour where article_id <> 0 group by 1 order by sum(views) desc limit 1")
sleep 12 # one most-read refresh after the data arrived
if [ -n "${EXPLAIN:-}" ]; then
  echo "--- EXPLAIN (ANALYZE, BUFFERS) of the story page's queries, story $top"
  psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v id="$top" -f bench/analytics-explain.sql
fi

timing() { # name path [cookie jar] -> "name p50 p95 max" in ms over SAMPLES requests after 3 warm-ups
  local times=()
  for i in $(seq 1 $((SAMPLES + 3))); do
    t=$(curl -fs -o /dev/null -w '%{time_total}' ${3:+-b "$3"} -A "$BROWSER" "http://127.0.0.1:$APP_PORT$2")
    [ "$i" -gt 3 ] && times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$1" '{ v[NR] = $1 * 1000 } END {
    printf "%-24s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms\n", name, v[int(NR * 0.5 + 0.5)], v[int(NR * 0.95 + 0.5)], v[NR] }'
}
timing "audience overview" /admin/audience "$jar"
timing "audience story page" "/admin/audience/articles/$top" "$jar"
timing "audience story CSV" "/admin/audience/articles/$top/hours.csv" "$jar"
timing "home (most read)" /
echo "load after: $(uptime)"
kill "$app"; wait "$app" 2>/dev/null || true

if [ -z "${SKIP_ARTICLE:-}" ]; then
  for recording in false true; do
    echo "--- article page, recording=$recording"
    SKIP_BUILD=1 USER_AGENT="$BROWSER" APP_ARGS="--dateline.audience.recording=$recording" bench/article-page.sh \
      | grep -E '^(target|anonymous-free|member-metered|subscriber) |^load'
  done
fi
