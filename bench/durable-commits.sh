#!/usr/bin/env bash
# What synchronous_commit=on (the embedded database's default for a kept data folder) costs a write that a reader
# waits for: one small INSERT committed per transaction, as a comment, a sign-up or a counted read is, measured
# with pgbench on the embedded PostgreSQL's own binaries and a data folder on this disk, with fsync on,
# synchronous_commit off (zonky's default, which a crash can lose) and on (ours). 1 and 16 clients, DURATION s each.
# Needs: pgbench (Debian's postgresql-client), and the embedded binaries unpacked once by any run of the app or
# the tests (under /tmp/embedded-pg).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10}
PORT=${PORT:-54987}
bin=$(ls -d /tmp/embedded-pg/PG-*/bin 2>/dev/null | head -1)
[ -n "$bin" ] || { echo "run the app or the tests once first: no embedded PostgreSQL under /tmp/embedded-pg" >&2; exit 1; }
data=$PWD/target/bench-commits
rm -rf "$data" && mkdir -p "$data"
# PostgreSQL's tools refuse to run as root: then run them as nobody, on a folder nobody owns
as=()
if [ "$(id -u)" -eq 0 ]; then chown nobody "$data"; as=(runuser -u nobody --); fi
"${as[@]}" "$bin/initdb" -U postgres -A trust -D "$data/pg" >/dev/null
"${as[@]}" "$bin/pg_ctl" -s -D "$data/pg" -l "$data/log" -w start -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=on"
trap '"${as[@]}" "$bin/pg_ctl" -s -D "$data/pg" -m fast stop; rm -rf "$data"' EXIT

psql -q -h 127.0.0.1 -p "$PORT" -U postgres -c "create table posted (id bigserial primary key, article_id bigint not null, body text not null, created_at timestamptz not null default now())"
echo "insert into posted (article_id, body) values (:client_id, 'A comment of about a hundred characters, as most readers write them under a story.');" > "$data/insert.sql"

echo "| synchronous_commit | clients | commits/s | mean latency |"
echo "|---|---|---|---|"
for clients in 1 16; do
  for mode in off on; do
    out=$(PGOPTIONS="-c synchronous_commit=$mode" pgbench -n -h 127.0.0.1 -p "$PORT" -U postgres \
      -f "$data/insert.sql" -c "$clients" -j 2 -T "$DURATION" postgres 2>/dev/null)
    tps=$(grep -oP 'tps = \K[0-9.]+' <<<"$out" | head -1)
    lat=$(grep -oP 'latency average = \K[0-9.]+ ms' <<<"$out")
    echo "| $mode | $clients | ${tps%.*} | $lat |"
  done
done
