#!/usr/bin/env bash
# Interleaved A/B bench of the article page: the one comparison of two builds that means something on a machine
# shared with other work, where single runs of bench/article-page.sh of the same jar minutes apart swing by more than
# most changes. Both jars (JAR_A, JAR_B) are started side by side, each on its own ports and embedded database with
# the same data and targets as article-page.sh (bench/article-targets.sh); every target is warmed on both (WARMUP
# each, twice over); then each target is measured for DURATION on A and on B, in alternating order (A first in odd
# rounds, B first in even ones), for ROUNDS rounds, so that a change in the neighbours' load falls on both alike.
# Reported per target and jar: the median requests/s and the median app µs of CPU per request over the rounds, and
# B's as a share of A's; the load average before and after. Every round's figures are left in $work/rounds.txt.
# JFR=1 records a Java profile of B's measured runs and prints its top frames. APP_ARGS_A / APP_ARGS_B are added to
# each app's command line, so one jar can be compared with itself under two settings (issue 18's cost of recording
# views: JAR_A=JAR_B, APP_ARGS_A=--dateline.audience.recording=false, APP_ARGS_B=--dateline.audience.recording=true);
# USER_AGENT, if set, is sent by wrk (it sends none by default, and a view without one is not recorded).
# Needs: wrk, psql. Ports: A 18180 (PostgreSQL 15540), B 18280 (15541). Bounded: ROUNDS x targets x 2 x DURATION.
set -euo pipefail
cd "$(dirname "$0")/.."

: "${JAR_A:?JAR_A=path of the first jar (e.g. the build of main)}" "${JAR_B:?JAR_B=path of the second jar}"
ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-4s}
WARMUP=${WARMUP:-3s}
CONNECTIONS=${CONNECTIONS:-32}
for tool in wrk psql; do
  command -v "$tool" >/dev/null || { echo "bench needs $tool (apt-get install wrk postgresql-client)" >&2; exit 1; }
done
java_home=$(.mvn/require-jdk.sh)
. bench/article-targets.sh
root=$(mktemp -d /tmp/dateline-ab.XXXXXX)
declare -A pid port targets
cleanup() { for side in A B; do [ -n "${pid[$side]:-}" ] && kill "${pid[$side]}" 2>/dev/null || true; done; }
trap cleanup EXIT

# start both before preparing either: the two JVMs and databases start in parallel
for side in A B; do
  work="$root/$side"; mkdir -p "$work"
  if [ "$side" = A ]; then APP_PORT=18180 PG_PORT=15540 jar=$JAR_A APP_ARGS=${APP_ARGS_A:-}
  else APP_PORT=18280 PG_PORT=15541 jar=$JAR_B APP_ARGS=${APP_ARGS_B:-}; fi
  start_app "$jar"
  pid[$side]=$app; port[$side]=$APP_PORT
  echo "$PG_PORT" > "$work/pg-port"
done
for side in A B; do
  work="$root/$side"; app=${pid[$side]}; APP_PORT=${port[$side]}; PG_PORT=$(cat "$work/pg-port")
  prepare_targets
  grep -q "free stories this month" <(curl -fs -H "Cookie: $member_cookie" "http://127.0.0.1:$APP_PORT$metered") \
    || { echo "$side: the member's page shows no meter line" >&2; exit 1; }
  targets[$side]="anonymous-free|$free|
anonymous-metered|$metered|$visitor_cookie
member-metered|$metered|$member_cookie
subscriber|$metered|$subscriber_cookie
robots.txt|/robots.txt|"
done
names=(anonymous-free anonymous-metered member-metered subscriber robots.txt)

target_of() { # side name -> "path|cookie"
  local line
  line=$(grep "^$2|" <<<"${targets[$1]}")
  echo "${line#*|}"
}
run() { # side name seconds -> prints "rps app-us/req"
  local spec path cookie before after out rps
  spec=$(target_of "$1" "$2"); path=${spec%%|*}; cookie=${spec#*|}
  before=$(cpu_ticks "${pid[$1]}")
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$3" ${cookie:+-H "Cookie: $cookie"} ${USER_AGENT:+-H "User-Agent: $USER_AGENT"} \
    "http://127.0.0.1:${port[$1]}$path")
  after=$(cpu_ticks "${pid[$1]}")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  echo "$rps $(echo "($after - $before) * 1000000 / $(getconf CLK_TCK) / ($rps * ${3%s})" | bc -l)"
}

for pass in "$WARMUP" "$WARMUP"; do
  for name in "${names[@]}"; do for side in A B; do run "$side" "$name" "$pass" >/dev/null; done; done
done
# a full collection on both after the warm-up (not measured): what the start-up left alive is promoted at once instead
# of being copied at every young collection of the first rounds (bench/article-page.sh)
for side in A B; do "$java_home/bin/jcmd" "${pid[$side]}" GC.run >/dev/null; done
if [ "${JFR:-}" = 1 ]; then
  "$java_home/bin/jcmd" "${pid[B]}" JFR.start name=ab settings=profile filename="$root/B.jfr" >/dev/null
fi
echo "load before: $(uptime)"
for round in $(seq 1 "$ROUNDS"); do
  order="A B"; [ $((round % 2)) = 0 ] && order="B A"
  for name in "${names[@]}"; do
    for side in $order; do
      echo "$round $name $side $(run "$side" "$name" "$DURATION")" >> "$root/rounds.txt"
    done
  done
done
echo "load after: $(uptime)"
if [ "${JFR:-}" = 1 ]; then
  "$java_home/bin/jcmd" "${pid[B]}" JFR.stop name=ab >/dev/null
fi

printf '\n%-18s %12s %12s %8s %12s %12s %8s\n' target "A req/s" "B req/s" "B/A" "A us/req" "B us/req" "B/A"
python3 - "$root/rounds.txt" "${names[@]}" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
for name in sys.argv[2:]:
    med = {}
    for side in "AB":
        mine = [r for r in rows if r[1] == name and r[2] == side]
        med[side] = (statistics.median(float(r[3]) for r in mine), statistics.median(float(r[4]) for r in mine))
    (ra, ua), (rb, ub) = med["A"], med["B"]
    print(f"{name:<18} {ra:12.0f} {rb:12.0f} {rb / ra * 100:7.0f}% {ua:12.1f} {ub:12.1f} {ub / ua * 100:7.0f}%")
PY
[ "${JFR:-}" = 1 ] && jfr_summary "$root/B.jfr"
echo "every round in $root/rounds.txt"
