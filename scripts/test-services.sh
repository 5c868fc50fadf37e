#!/usr/bin/env bash
# Sourced by scripts/test.sh: the servers the tests need beyond the .NET SDK, installed when missing and started for
# this run only. PostgreSQL (Debian's postgresql): a throwaway cluster on a free loopback port, owned by the postgres
# user, removed when the tests end; its connection string in WILLING_TEST_POSTGRES for the storage tests.
# Set WILLING_TEST_POSTGRES yourself to use another server, or to "none" to leave the PostgreSQL cases out (they then
# say so in their names; nothing is skipped silently).
willing_services_start() {
  if [ -n "${WILLING_TEST_POSTGRES:-}" ]; then
    return 0
  fi
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "test-services: installing PostgreSQL (Debian postgresql)" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq postgresql > /dev/null
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  fi
  WILLING_PG_DIR=$(mktemp -d /tmp/willing-pg.XXXXXX)
  chown postgres "$WILLING_PG_DIR"
  local port=55432
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  local as=(runuser -u postgres --)
  [ "$(id -u)" -ne 0 ] && as=()
  "${as[@]}" "$bin/initdb" -D "$WILLING_PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 > "$WILLING_PG_DIR/initdb.log" 2>&1 \
    || { cat "$WILLING_PG_DIR/initdb.log" >&2; return 1; }
  "${as[@]}" "$bin/pg_ctl" -D "$WILLING_PG_DIR/data" -l "$WILLING_PG_DIR/server.log" -w \
    -o "-p $port -k $WILLING_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start > /dev/null \
    || { cat "$WILLING_PG_DIR/server.log" >&2; return 1; }
  WILLING_PG_BIN=$bin
  export WILLING_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "test-services: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
}

willing_services_stop() {
  if [ -n "${WILLING_PG_DIR:-}" ]; then
    local as=(runuser -u postgres --)
    [ "$(id -u)" -ne 0 ] && as=()
    "${as[@]}" "$WILLING_PG_BIN/pg_ctl" -D "$WILLING_PG_DIR/data" -m immediate stop > /dev/null 2>&1 || true
    rm -rf "$WILLING_PG_DIR"
  fi
}
