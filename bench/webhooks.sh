#!/usr/bin/env bash
# Benchmark of the payment webhooks: starts a copy of the jar on a fresh embedded database on loopback, with a Stripe
# webhook secret, inserts MEMBERS members and a plan sold as a Stripe price with SQL, then posts for each member two
# signed Stripe events (customer.subscription.created, invoice.paid) twice each, shuffled, CONCURRENCY at a time
# (bench/WebhookBench.java), and checks in PostgreSQL that every event was stored once and applied once: one paid
# subscription and one receipt per member. Needs: psql. Bounded: the client gets TIMEOUT seconds (default 300), the
# app is killed on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

MEMBERS=${MEMBERS:-5000}
CONCURRENCY=${CONCURRENCY:-16}
TIMEOUT=${TIMEOUT:-300}
APP_PORT=${APP_PORT:-18290}
PG_PORT=${PG_PORT:-15649}
SECRET=whsec_bench_not_for_production
command -v psql >/dev/null || { echo "bench needs psql (apt-get install postgresql-client)" >&2; exit 1; }
for port in "$APP_PORT" "$PG_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is taken; set APP_PORT and PG_PORT to free ones" >&2; exit 1
  fi
done

work=$(mktemp -d /tmp/dateline-webhook-bench.XXXXXX)
[ -n "${SKIP_PACKAGE:-}" ] || ./mvnw -q package -DskipTests
cp target/dateline.jar "$work/dateline.jar"   # a copy: a rebuild while the bench runs does not touch it
java_home=$(.mvn/require-jdk.sh)
DATELINE_DATA_DIR="$work/data" DATELINE_STRIPE_WEBHOOK_SECRET="$SECRET" \
  "$java_home/bin/java" -Xms1g -Xmx1g -jar "$work/dateline.jar" \
  --server.address=127.0.0.1 --server.port="$APP_PORT" --dateline.embedded-db.port="$PG_PORT" \
  --dateline.admin.password="quiet lanterns over the harbour" --dateline.demo.enabled=false --logging.level.root=WARN \
  > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$app" 2>/dev/null || { echo "the app did not start:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
  sleep 1
done
sql() { psql -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "$1"; }

WARM=${WARM:-2000}
sql "insert into member (email, display_name, password_hash)
     select 'payer' || i || '@bench.local', 'Payer ' || i, '{bcrypt}\$2a\$10\$f4CK4vhnwyMoRZJDS6nfKuBEbKrDXeWKtUY1ZDmfYwY3agnmgTiQG'
     from generate_series(1, $MEMBERS + $WARM) i" >/dev/null
plan=$(sql "insert into plan (name, price_minor, currency, billing_interval, created_at, stripe_price_id)
            values ('Bench monthly', 29900, 'INR', 'MONTH', now(), 'price_bench') returning id" | head -1)
sql "select id from member where email like 'payer%@bench.local' order by id limit $WARM" > "$work/warm.txt"
sql "select id from member where email like 'payer%@bench.local' order by id offset $WARM" > "$work/members.txt"

# warm-up (the JIT): the same run for WARM other members, then the measured run
timeout "$TIMEOUT" "$java_home/bin/java" bench/WebhookBench.java "$APP_PORT" "$SECRET" "$work/warm.txt" "$plan" \
  price_bench "$CONCURRENCY" > /dev/null
timeout "$TIMEOUT" "$java_home/bin/java" bench/WebhookBench.java "$APP_PORT" "$SECRET" "$work/members.txt" \
  "$plan" price_bench "$CONCURRENCY" | tee "$work/client.txt"

all=$((MEMBERS + WARM))
echo "(counts include the warm-up's $WARM members)"
echo "stored events:               $(sql "select count(*) from payment_event") (expected $((all * 2)))"
echo "paid subscriptions:          $(sql "select count(*) from subscription where source = 'STRIPE' and status = 'ACTIVE'") (expected $all)"
echo "members with two or more:    $(sql "select count(*) from (select member_id from subscription group by member_id having count(*) > 1) x") (expected 0)"
echo "receipts:                    $(sql "select count(*) from payment_invoice where status = 'PAID'") (expected $all)"
echo "rows created (an event applied twice would create a second): $(sql "select count(*) from payment_event where outcome like 'created%'") (expected $all)"
echo "outcomes: $(sql "select string_agg(outcome || ' ' || n, ', ') from (select split_part(outcome, ' ', 1) as outcome, count(*) n from payment_event group by 1) x")"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg); work folder $work"
