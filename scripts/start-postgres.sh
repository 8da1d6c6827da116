#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1:54329 for the tests (YUSUAN_TEST_PG is set for them).
set -euo pipefail
dir=${PGTEST_DIR:-/tmp/yusuan-pg}
bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
if ! [ -f "$dir/PG_VERSION" ]; then
  rm -rf "$dir"; mkdir -p "$dir"; chown postgres "$dir" 2>/dev/null || true
  su postgres -c "$bindir/initdb -D $dir -A trust --encoding=UTF8 --locale=C.UTF-8" >/dev/null
fi
if ! su postgres -c "$bindir/pg_ctl -D $dir status" >/dev/null 2>&1; then
  su postgres -c "$bindir/pg_ctl -D $dir -l $dir/log -o \"-p 54329 -k $dir -c listen_addresses=127.0.0.1 -c fsync=off\" -w start" >/dev/null
fi
echo "postgres on 127.0.0.1:54329"
