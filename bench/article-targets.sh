# Sourced by the article-page benches (article-page.sh, article-ab.sh): starts one app and prepares its targets.
# start_app JAR: starts a copy of JAR on $APP_PORT with its embedded PostgreSQL on $PG_PORT, data and log under
# $work; sets $app (its pid). Needs $java_home, $work, $APP_PORT, $PG_PORT; adds $APP_ARGS and $JAVA_OPTS.
start_app() {
  cp "$1" "$work/dateline.jar"   # a copy: a rebuild under a running JVM would break it
  DATELINE_DATA_DIR="$work/data" "$java_home/bin/java" -Xms1g -Xmx1g ${GC_LOG:+-Xlog:gc*:file=$work/gc.log} ${JAVA_OPTS:-} -jar "$work/dateline.jar" \
    --server.address=127.0.0.1 --server.port="$APP_PORT" --dateline.embedded-db.port="$PG_PORT" --dateline.admin.password="bench admin lantern harbour" \
    --logging.level.root=WARN ${APP_ARGS:-} > "$work/app.log" 2>&1 &
  app=$!
}

# prepare_targets: once the app is up, loads bench/load-data.sql, puts forty comments under the measured stories,
# signs two members in (one a subscriber) and counts a visitor; sets $free and $metered (their paths) and
# $member_cookie, $subscriber_cookie, $visitor_cookie. Needs $app, $work, $APP_PORT, $PG_PORT.
prepare_targets() {
  . bench/ready.sh
  wait_for_app_and_load_data
  free=$(path_of bench:2500)      # i % 5 = 0: free
  metered=$(path_of bench:2501)   # metered
  # forty published comments under each measured article, as a talked-about story has
  sql "insert into comment (article_id, member_id, author_name, body, status, check_decision, like_count, created_at)
       select a.id, m.id, m.display_name, 'Bench comment ' || g || ': the council should publish the costs in full.',
              'PUBLISHED', 'PUBLISH', g % 7, now() - g * interval '1 minute'
       from article a cross join generate_series(1, 40) g
       join member m on m.email = 'reader' || (g + 100) || '@bench.local'
       where a.import_key in ('bench:2500', 'bench:2501')" >/dev/null
  sql "insert into subscription (member_id, status, source, starts_at, created_at)
       select id, 'ACTIVE', 'COMPLIMENTARY', now() - interval '1 day', now() from member
       where email = 'reader2@bench.local'" >/dev/null
  member_cookie=$(session_of reader1)
  subscriber_cookie=$(session_of reader2)
  local visitor_jar="$work/visitor.jar"
  curl -fs -o /dev/null -c "$visitor_jar" "http://127.0.0.1:$APP_PORT$metered"
  visitor_cookie=$(awk '$6 == "dateline_meter" {print "dateline_meter=" $7}' "$visitor_jar")
}

sql() { psql -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "$1"; }
path_of() { sql "select '/' || s.slug || '/' || a.slug || '/article' || a.id from article a
                 join section s on s.id = a.section_id where a.import_key = '$1'"; }

# signs in through the real form (a bench member by name, or ADDRESS and PASSWORD); prints the session cookie
session_of() { # name [address password]
  local jar="$work/$1.jar" token
  token=$(curl -fs -c "$jar" -b "$jar" "http://127.0.0.1:$APP_PORT/signin" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=${2:-$1@bench.local}" \
    --data-urlencode "password=${3:-bench-password}" --data-urlencode "_csrf=$token" "http://127.0.0.1:$APP_PORT/signin"
  awk '$6 == "SESSION" {print "SESSION=" $7}' "$jar"
}

# lane_counts ADMIN_COOKIE: how many article pages the early lanes have answered so far, as "signed-in all": the
# signed-in readers' lane (dateline.reader.lane.signed.in) and every early answer of the article feature (the
# anonymous lane's, the signed-in lane's and its own after the chain: dateline.article.fast.lane answered), from the
# admins' Prometheus endpoint
lane_counts() {
  curl -fs -H "Cookie: $1" "http://127.0.0.1:$APP_PORT/actuator/prometheus" | awk '
    /^dateline_reader_lane_signed_in_total/ { signed = $NF }
    /^dateline_article_fast_lane_total/ && /outcome="answered"/ { all = $NF }
    END { printf "%d %d\n", signed, all }'
}

# CPU time (clock ticks) of these processes: on a shared machine the rate moves with the neighbours' load, the CPU
# a request costs much less
cpu_ticks() { # pid... -> user+system ticks of those processes
  local total=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
  done
  echo "$total"
}

# thread_ticks PID: the CPU time (clock ticks) of a JVM's threads by kind, as "requests gc jit other": requests are
# the threads that run them (Tomcat's, and the carriers of the virtual threads), gc the collector's, jit the
# compilers', other the rest (scheduled jobs, the change feed, the VM thread, JFR). Diffed over a target's run, it
# tells whether a target paid for its own requests or for a collection or a job that fell in its seconds.
thread_ticks() {
  cat /proc/"$1"/task/*/stat 2>/dev/null | awk '
    { match($0, /\(.*\)/); name = substr($0, RSTART + 1, RLENGTH - 2)
      split(substr($0, RSTART + RLENGTH + 1), f, " "); ticks = f[12] + f[13]
      if (name ~ /^(ForkJoinPool-|http-nio-)/) kind = "requests"
      else if (name ~ /^(GC Thread|G1 )/) kind = "gc"
      else if (name ~ /^C[12] Compiler/) kind = "jit"
      else kind = "other"
      sum[kind] += ticks }
    END { printf "%d %d %d %d\n", sum["requests"], sum["gc"], sum["jit"], sum["other"] }'
}

# jfr_summary FILE: the top frames of a JFR recording's CPU samples and the share of samples with the article
# page's main frames on the stack. Needs $java_home.
jfr_summary() {
  "$java_home/bin/jfr" print --stack-depth 64 --events jdk.ExecutionSample "$1" > "$1.txt"
  echo "top frames (where each CPU sample was, jdk.ExecutionSample):"
  awk '/stackTrace = \[/ {getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print}' "$1.txt" \
    | sort | uniq -c | sort -rn | head -25 || true
  echo "share of samples with these frames on the stack:"
  python3 - "$1.txt" <<'PY'
import sys
events = open(sys.argv[1]).read().split("jdk.ExecutionSample {")[1:]
names = ["ArticlePageController.show", "SharedArticlePages", "CommentSections.section", "JtearticleGenerated", "PageViewRecorder.record", "ViewTally.add", "VisitorHashes.hash",
         "PageViewWriter.flush",
         "JtepageGenerated", "JtesectionGenerated", "ReadingGateService", "CachedSessionRepository.findById",
         "ObjectInputStream", "FilterChainProxy", "DispatcherServlet.doDispatch", "Observation", "Http11Processor.service",
         "SessionRepositoryFilter", "CsrfFilter", "JdbcTemplate", "ShallowEtagHeaderFilter",
         "AnonymousReaderLane", "SignedInReaderLane", "ArticlePageFastLane.doFilter"]
for name in names:
    share = sum(1 for e in events if name in e) / max(1, len(events)) * 100
    print(f"{share:5.1f}%  {name}")
print(f"({len(events)} samples)")
PY
}
