#!/usr/bin/env bash
# Dateline as a newspaper runs it for more readers than one machine serves, all on loopback: one PostgreSQL server,
# two identical app nodes, and nginx in front as a caching reverse proxy that the app purges (nginx.conf.template).
#
#   deploy/run-local.sh start    starts everything (builds the jar if there is none), prints the addresses
#   deploy/run-local.sh stop     stops what start started
#
# DATELINE_DB_URL (with DATELINE_DB_USER, DATELINE_DB_PASSWORD) names an existing PostgreSQL server; without it a
# PostgreSQL server from Debian's packages (postgresql-15 or newer) is made in $RUN/pg. Media are shared by the nodes
# ($RUN/media here; shared or S3-compatible storage in production). Ports: PROXY_PORT, NODE1_PORT, NODE2_PORT,
# PG_PORT; DATELINE_NODE_ARGS are passed to both nodes; DATELINE_ADMIN_PASSWORD is the newsroom admin's password.
set -euo pipefail
cd "$(dirname "$0")/.."

RUN=${RUN:-/tmp/dateline-deploy}
PROXY_PORT=${PROXY_PORT:-18090}
NODE1_PORT=${NODE1_PORT:-18091}
NODE2_PORT=${NODE2_PORT:-18092}
PG_PORT=${PG_PORT:-18093}
HEAP=${HEAP:-768m}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

wait_for() { # url pid name
  for _ in $(seq 1 180); do
    curl -fs "$1" >/dev/null 2>&1 && return 0
    kill -0 "$2" 2>/dev/null || { echo "$3 did not start:" >&2; tail -30 "$RUN/$3.log" >&2; return 1; }
    sleep 1
  done
  echo "$3 did not answer within 3 minutes" >&2; return 1
}

start_database() {
  if [ -n "${DATELINE_DB_URL:-}" ]; then
    return
  fi
  local bin; bin=$(pg_bin)
  [ -n "$bin" ] || { echo "no PostgreSQL server found: apt-get install postgresql, or set DATELINE_DB_URL" >&2; exit 1; }
  mkdir -p "$RUN/pg"
  chmod a+x "$RUN" # the server runs as the postgres user, which must reach its folder
  chown postgres "$RUN/pg" 2>/dev/null || true
  if [ ! -f "$RUN/pg/PG_VERSION" ]; then
    as_postgres "$bin/initdb" -D "$RUN/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  as_postgres "$bin/pg_ctl" -D "$RUN/pg" -l "$RUN/pg/server.log" -w \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $RUN/pg -c max_connections=120" start >/dev/null
  psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -tc "select 1 from pg_database where datname = 'dateline'" \
    | grep -q 1 || psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "create database dateline"
  export DATELINE_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/dateline" DATELINE_DB_USER=postgres DATELINE_DB_PASSWORD=
}

start_node() { # name port
  local java_home; java_home=$(.mvn/require-jdk.sh)
  # shellcheck disable=SC2086
  DATELINE_DATA_DIR="$RUN/$1" "$java_home/bin/java" -Xms"$HEAP" -Xmx"$HEAP" -jar "$RUN/dateline.jar" \
    --server.address=127.0.0.1 --server.port="$2" \
    --dateline.media.dir="$RUN/media" \
    --dateline.site.base-url="http://127.0.0.1:$PROXY_PORT" \
    --dateline.proxy.refresh-url="http://127.0.0.1:$PROXY_PORT" \
    --dateline.proxy.refresh-token="$(cat "$RUN/refresh-token")" \
    --dateline.admin.password="${DATELINE_ADMIN_PASSWORD:-deploy admin lantern harbour}" \
    --logging.level.root=WARN ${DATELINE_NODE_ARGS:-} > "$RUN/$1.log" 2>&1 &
  echo $! > "$RUN/$1.pid"
  wait_for "http://127.0.0.1:$2/actuator/health" "$(cat "$RUN/$1.pid")" "$1"
}

start() {
  mkdir -p "$RUN/media"
  [ -f target/dateline.jar ] || ./mvnw -q package -DskipTests
  cp target/dateline.jar "$RUN/dateline.jar" # the nodes run a copy: a rebuild under a running JVM would break it
  [ -f "$RUN/refresh-token" ] || head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$RUN/refresh-token"
  start_database
  start_node node1 "$NODE1_PORT" # migrates the schema and loads the demo content on a new database
  start_node node2 "$NODE2_PORT"
  sed -e "s|@RUN@|$RUN|g" -e "s|@NODE1@|$NODE1_PORT|g" -e "s|@NODE2@|$NODE2_PORT|g" \
      -e "s|@PROXY_PORT@|$PROXY_PORT|g" -e "s|@REFRESH_TOKEN@|$(cat "$RUN/refresh-token")|g" \
      deploy/nginx.conf.template > "$RUN/nginx.conf"
  mkdir -p "$RUN/cache"
  nginx -c "$RUN/nginx.conf" -p "$RUN" -e "$RUN/nginx-error.log"
  echo "Dateline: http://127.0.0.1:$PROXY_PORT/ (proxy) → nodes :$NODE1_PORT, :$NODE2_PORT; database ${DATELINE_DB_URL}"
  echo "logs and state in $RUN; stop with: RUN=$RUN deploy/run-local.sh stop"
}

stop() {
  [ -f "$RUN/nginx.pid" ] && kill "$(cat "$RUN/nginx.pid")" 2>/dev/null || true
  for node in node1 node2; do
    [ -f "$RUN/$node.pid" ] && kill "$(cat "$RUN/$node.pid")" 2>/dev/null || true
    rm -f "$RUN/$node.pid"
  done
  if [ -f "$RUN/pg/postmaster.pid" ]; then
    as_postgres "$(pg_bin)/pg_ctl" -D "$RUN/pg" -m fast stop >/dev/null || true
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
