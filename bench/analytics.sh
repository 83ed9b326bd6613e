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
#   - with EXPLAIN=1, the story page's and the overview's queries explained with their run (bench/analytics-explain.sql).
# Ports: APP_PORT, PG_PORT. Needs: psql, curl (and wrk, nginx for article-page.sh), and about 6 GB of disk under /tmp
# (the temporary directory is removed at the end).
# Measuring again without generating again (the generation takes ten minutes or more, the measuring two):
#   KEEP=DIR   after a complete run, moves the app's data directory (the embedded database with the views) to DIR,
#              which must not exist yet;
#   REUSE=DIR  starts the app (this build's jar: its migrations are applied at start) on such a directory and only
#              measures: no demo wait, no load, no generation, no rollup. The views end where the generation ended, so
#              "today", "the last 30 minutes" and the most-read day hold fewer of them the later the re-measure.
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

KEEP=${KEEP:-}
REUSE=${REUSE:-}
if [ -n "$REUSE" ]; then
  [ -z "$KEEP" ] || { echo "KEEP and REUSE do not go together" >&2; exit 1; }
  [ -d "$REUSE/postgres" ] || { echo "REUSE=$REUSE holds no kept database ($REUSE/postgres)" >&2; exit 1; }
fi
if [ -n "$KEEP" ] && [ -e "$KEEP" ]; then
  echo "KEEP=$KEEP exists already: choose a new directory" >&2; exit 1
fi
work=$(mktemp -d /tmp/dateline-analytics.XXXXXX)
data=${REUSE:-$work/data}
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q package -DskipTests
java_home=$(.mvn/require-jdk.sh)
cp target/dateline.jar "$work/dateline.jar"   # a copy: a rebuild under a running JVM would break it
# on a kept database, migrations merged since with lower versions than its newest are applied too (Flyway refuses
# them otherwise)
reuse_args=()
[ -z "$REUSE" ] || reuse_args=(--spring.flyway.out-of-order=true)
# the app's own rollup waits an hour: the bench rolls the generated views up itself, under the app's lock, and an
# app rollup meeting the generated minutes before that would catch up 90 days a day at a time beside it
DATELINE_DATA_DIR="$data" "$java_home/bin/java" -Xms1g -Xmx1g ${JAVA_OPTS:-} -jar "$work/dateline.jar" \
  --server.address=127.0.0.1 --server.port="$APP_PORT" --dateline.embedded-db.port="$PG_PORT" \
  --dateline.admin.password="bench admin lantern harbour" --dateline.audience.most-read-refresh=PT10S \
  --dateline.audience.rollup-interval=PT1H --logging.level.root=WARN "${reuse_args[@]}" > "$work/app.log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$work"' EXIT
. bench/ready.sh
sql() { psql -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "$1"; }
settle() { # table
  for _ in $(seq 1 60); do
    sql "vacuum analyze $1" >/dev/null
    [ "$(sql "select relallvisible >= relpages * 0.95 from pg_class where relname = '$1'")" = t ] && return
    sleep 5
  done
  echo "$1 still not all-visible after 60 vacuums: index-only reads of it will visit the heap" >&2
}
if [ -n "$REUSE" ]; then
  for _ in $(seq 1 180); do
    curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1 && break
    kill -0 "$app" 2>/dev/null || { echo "the app did not start:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
    sleep 1
  done
  # the app's first rollup (a minute after its scheduler starts, just before it answers) counts the last rolled hour
  # and its day again: measure after it, with the rewritten rows vacuumed, as they would be by then on a running node
  sleep 65
  for _ in $(seq 1 120); do
    [ "$(sql "select count(*) from pg_locks where locktype = 'advisory' and granted")" = 0 ] && break
    sleep 1
  done
  settle page_view_hour
  settle page_view_day
  echo "load before: $(uptime)"
  echo "reusing $REUSE: $(sql "select sum(views) from page_view_total_hour") rolled-up views, the last minute counted $(sql "select max(minute) from page_view_minute")"
else
wait_for_app_and_load_data
echo "load before: $(uptime)"
sql "select page_view_minute_month((now() - g * interval '1 month')::date) from generate_series(0, $((DAYS / 28 + 1))) g" >/dev/null
started=$(date +%s.%N)
bounded() { timeout "$GEN_TIMEOUT" psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "$1"; }
# Bulk loading as a restore does: the tables' indexes are dropped first and built again after the rows are in (one
# sort each instead of ten million random B-tree inserts); their definitions are read back from the catalogue, so
# the rebuilt ones are exactly the migrations'. Nothing else writes these tables while the bench loads them.
indexes() { # table -> the statements that rebuild its indexes and primary key
  sql "select format('alter table %s add constraint %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
       from pg_constraint where conrelid = '$1'::regclass and contype = 'p'
       union all select indexdef from pg_indexes i where tablename = '$1'
       and not exists (select 1 from pg_constraint c where c.conname = i.indexname)"
}
unindex() { # table: drops its primary key and indexes
  sql "select format('alter table %s drop constraint %I', conrelid::regclass, conname) from pg_constraint
       where conrelid = '$1'::regclass and contype = 'p'
       union all select format('drop index %I', indexname) from pg_indexes i where tablename = '$1'
       and not exists (select 1 from pg_constraint c where c.conname = i.indexname)" | while read -r stmt; do sql "$stmt" >/dev/null; done
}
reindex() { # table, saved statements: builds them again, with memory for the sorts
  printf '%s\n' "$2" | while read -r stmt; do bounded "set maintenance_work_mem = '1GB'; $stmt"; done
}
minute_indexes=$(indexes page_view_minute)
unindex page_view_minute
# VIEWS views drawn set-based, stored as the nodes store them: each draw is one bigint (minute, article rank, and the
# reader kind / referrer / device / wall combination), the draws are counted per bigint in one aggregate, and each
# count becomes one page_view_minute row (in hash order: a minute's rows are spread over the heap, which makes
# minute-range reads colder than in a table the nodes filled minute by minute; ordering the insert by time did not
# fit in 20 minutes here, bench/RESULTS.md seventh round). Popularity is skewed by random()^3; two readers in five are signed in; the
# wall is met by one view in twenty (by anonymous readers, as in the app). Every distinct bigint is a distinct key.
bounded "set work_mem = '512MB';
    with a as (select array_agg(a.id order by a.id) as ids, array_agg(s.slug order by a.id) as slugs
               from article a join section s on s.id = a.section_id where a.status = 'PUBLISHED'),
    counted as (
        select code, count(*) as views from (
            select (floor(random() * $DAYS * 1440)::bigint << 24)
                   | ((floor(power(random(), 3) * (select cardinality(ids) from a))::bigint) << 8)
                   | (greatest(floor(r * 5)::int - 2, 0) * 36 + floor(random() * 6)::int * 6 + floor(random() * 3)::int * 2
                      + (r < 0.05)::int) as code
            from (select random() as r from generate_series(1, $VIEWS)) g) d
        group by code)
    insert into page_view_minute (minute, article_id, section_slug, reader_kind, referrer_class, device, met_wall,
                                  utm_source, utm_medium, utm_campaign, views)
    select date_trunc('minute', now()) - (code >> 24) * interval '1 minute',
           (select ids from a)[1 + ((code >> 8) & 65535)], (select slugs from a)[1 + ((code >> 8) & 65535)],
           (array['anonymous','member','subscriber'])[1 + (code & 255) / 36],
           (array['search','social','newsletter','direct','internal','other'])[1 + (code & 255) % 36 / 6],
           (array['mobile','desktop','tablet'])[1 + (code & 255) % 6 / 2], (code & 1) = 1, '', '', '', views
    from counted"
reindex page_view_minute "$minute_indexes"
minutes_done=$(date +%s.%N)
visitor_indexes=$(indexes audience_visitor)
unindex audience_visitor
# Visitor-days, set-based: a pool of VISITORS hashes a day (fewer when there are fewer views), each seen at a
# random time of its day, having met the wall with the chance that one of its views did, its last read a skewed draw
per_day=$(( VIEWS / DAYS ))
visitors=$(( ${VISITORS:-20000} < per_day ? ${VISITORS:-20000} : per_day ))
bounded "with a as (select array_agg(id order by id) as ids from article where status = 'PUBLISHED'),
    days as (select d::date as day, greatest(d, now() - interval '$DAYS days') as opens,
                    least(d + interval '1 day', now()) as closes
             from generate_series((now() - interval '$DAYS days')::date, now()::date, interval '1 day') d),
    seen as (select day, v, opens + random() * (closes - opens) as first_seen, closes
             from days, generate_series(1, $visitors) v)
    insert into audience_visitor (day, visitor, first_seen, met_wall, last_article_id, last_read_at)
    select day, decode(md5(day || '-' || v), 'hex'), first_seen,
           random() < 1 - power(0.95, $VIEWS::float8 / ($DAYS * $visitors)),
           (select ids from a)[1 + floor(power(random(), 3) * (select cardinality(ids) from a))::int],
           first_seen + random() * (closes - first_seen)
    from seen"
reindex audience_visitor "$visitor_indexes"
generated=$(date +%s.%N)
# the rollup the app runs every ten minutes (PageViewRepository.rollUp: delete the hours, insert their sums), for
# the whole range at once, under the app's own lock so the two never meet, into the hour table without its indexes
hour_indexes=$(indexes page_view_hour)
unindex page_view_hour
day_indexes=$(indexes page_view_day)
unindex page_view_day
bounded "set work_mem = '512MB'; begin; select pg_advisory_xact_lock(hashtextextended('page-view-rollup', 0));
     delete from page_view_hour where hour < date_trunc('hour', now(), 'UTC');
     insert into page_view_hour (hour, article_id, section_slug, reader_kind, referrer_class, device, views, wall_views)
     select date_trunc('hour', minute, 'UTC'), article_id, section_slug, reader_kind, referrer_class, device,
            sum(views), coalesce(sum(views) filter (where met_wall), 0)
     from page_view_minute where minute < date_trunc('hour', now(), 'UTC') group by 1, 2, 3, 4, 5, 6;
     delete from page_view_total_hour where hour < date_trunc('hour', now(), 'UTC');
     insert into page_view_total_hour (hour, views, wall_views)
     select hour, sum(views), sum(wall_views) from page_view_hour where hour < date_trunc('hour', now(), 'UTC')
     group by hour;
     delete from page_view_day;
     insert into page_view_day (day, article_id, section_slug, reader_kind, referrer_class, device, views, wall_views)
     select (hour at time zone 'UTC')::date, article_id, section_slug, reader_kind, referrer_class, device,
            sum(views), sum(wall_views)
     from page_view_hour where hour < date_trunc('hour', now(), 'UTC') group by 1, 2, 3, 4, 5, 6; commit" >/dev/null
reindex page_view_hour "$hour_indexes"
reindex page_view_day "$day_indexes"
# vacuum too, as autovacuum does after the app's rollup: the audience pages read the hours and days from indexes
# alone, which needs the visibility map a vacuum writes. Again until it covers the table: while an autovacuum ANALYZE
# of the just-loaded minutes holds its snapshot, VACUUM cannot mark the newer rollup rows all-visible (the 1M run of
# the eighth round: 348 of 11,221 hour pages, and the story's days read from the heap)
settle page_view_hour
settle page_view_day
sql "analyze page_view_minute; analyze audience_visitor" >/dev/null
rolled=$(date +%s.%N)
printf 'generated %s views in %.0f s (minute counts %.0f s, visitor-days %.0f s), rolled up in %.0f s; page_view_minute %s rows (%s), page_view_hour %s rows, page_view_day %s rows, audience_visitor %s rows\n' \
  "$(sql "select sum(views) from page_view_minute")" "$(echo "$generated - $started" | bc)" \
  "$(echo "$minutes_done - $started" | bc)" "$(echo "$generated - $minutes_done" | bc)" "$(echo "$rolled - $generated" | bc)" \
  "$(sql "select count(*) from page_view_minute")" \
  "$(sql "select pg_size_pretty(sum(pg_total_relation_size(inhrelid))) from pg_inherits where inhparent = 'page_view_minute'::regclass")" \
  "$(sql "select count(*) from page_view_hour")" "$(sql "select count(*) from page_view_day")" \
  "$(sql "select count(*) from audience_visitor")"
fi
echo "all-visible pages: $(sql "select string_agg(relname || ' ' || relallvisible || '/' || relpages, ', ' order by relname)
  from pg_class where relname in ('page_view_hour', 'page_view_day')")"

jar="$work/admin.jar"
token=$(curl -fs -c "$jar" -b "$jar" "http://127.0.0.1:$APP_PORT/signin" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=admin@dateline.local" \
  --data-urlencode "password=bench admin lantern harbour" --data-urlencode "_csrf=$token" "http://127.0.0.1:$APP_PORT/signin"
top=$(sql "select article_id from page_view_day where article_id <> 0 group by 1 order by sum(views) desc limit 1")
sleep 12 # one most-read refresh after the data arrived
if [ -n "${EXPLAIN:-}" ]; then
  echo "--- EXPLAIN (ANALYZE, BUFFERS) of the audience pages' queries, story $top"
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
if [ -n "$KEEP" ]; then
  mv "$work/data" "$KEEP"
  echo "kept the data directory in $KEEP: measure again with REUSE=$KEEP (same PG_PORT/APP_PORT or others)"
fi

if [ -z "${SKIP_ARTICLE:-}" ]; then
  for recording in false true; do
    echo "--- article page, recording=$recording"
    SKIP_BUILD=1 USER_AGENT="$BROWSER" APP_ARGS="--dateline.audience.recording=$recording" bench/article-page.sh \
      | grep -E '^(target|anonymous-free|member-metered|subscriber) |^load'
  done
fi
