# Sourced by the benches that start the app: waits until it is ready and its demo content is in, then loads
# bench/load-data.sql. Needs $app (the app's pid), $work (its log is $work/app.log), $APP_PORT and $PG_PORT.
wait_for_app_and_load_data() {
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1 && break
    kill -0 "$app" 2>/dev/null || { echo "the app did not start:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
    sleep 1
  done
  # the app answers health before its demo content is in (that loads once it is ready, slowly on a busy machine):
  # bench/load-data.sql needs its sections and photos, so wait until the demo's articles stop growing
  local last=-1 now
  for _ in $(seq 1 180); do
    now=$(psql -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "select count(*) from article" 2>/dev/null || echo -1)
    [ "$now" -gt 0 ] && [ "$now" = "$last" ] && break
    last=$now
    sleep 2
  done
  psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -f bench/load-data.sql
}
