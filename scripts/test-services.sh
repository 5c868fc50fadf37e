#!/usr/bin/env bash
# Sourced by scripts/test.sh: what the tests need beyond the .NET SDK, installed when missing (one apt-get update,
# then one apt-get install of Debian's packages) and started for this run only.
# - PostgreSQL (Debian's postgresql): a throwaway cluster on a free loopback port, owned by the postgres user, removed
#   when the tests end; its connection string in WILLING_TEST_POSTGRES for the storage tests. Set WILLING_TEST_POSTGRES
#   yourself to use another server, or to "none" to leave the PostgreSQL cases out (they then say so in their names;
#   nothing is skipped silently).
# - Chromium (Debian's chromium), which the browser tests drive through Playwright: its path in WILLING_TEST_CHROMIUM.
#   Set WILLING_TEST_CHROMIUM yourself to use another build, or to "none" to leave the browser tests out (they then fail
#   with a message saying so unless filtered out; nothing is skipped silently).
willing_services_install() {
  local packages=()
  if [ -z "${WILLING_TEST_POSTGRES:-}" ] && ! ls /usr/lib/postgresql/*/bin/initdb > /dev/null 2>&1; then
    packages+=(postgresql)
  fi
  if [ -z "${WILLING_TEST_CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then
    packages+=(chromium)
  fi
  if [ "${#packages[@]}" -gt 0 ]; then
    echo "test-services: installing ${packages[*]} (Debian)" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "${packages[@]}" > /dev/null
  fi
  if [ -z "${WILLING_TEST_CHROMIUM:-}" ]; then
    [ -x /usr/bin/chromium ] || { echo "test-services: chromium did not install" >&2; return 1; }
    export WILLING_TEST_CHROMIUM=/usr/bin/chromium
    echo "test-services: $(/usr/bin/chromium --version 2>/dev/null | head -1) at /usr/bin/chromium" >&2
  fi
}

willing_services_start() {
  willing_services_install || return 1
  if [ -n "${WILLING_TEST_POSTGRES:-}" ]; then
    return 0
  fi
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$bin" ] && [ -x "$bin/initdb" ] || { echo "test-services: PostgreSQL did not install" >&2; return 1; }
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
