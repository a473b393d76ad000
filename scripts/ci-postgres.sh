#!/usr/bin/env bash
# Runs the emulator's contract tests on a real PostgreSQL (Debian's package), as well as on PGlite:
# the same SQL must hold on both. A step that cannot run is a failure: where PostgreSQL cannot be
# installed or started this says so and exits 1, like a failing test.
set -uo pipefail
report_dir="${1:-}"
url="postgres://postgres:postgres@127.0.0.1:5432/postgres"

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  echo "== installing PostgreSQL from Debian's packages"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null 2>&1; } ||
    { echo "PostgreSQL could not be installed: the PostgreSQL run fails"; exit 1; }
fi
cluster=$(pg_lsclusters --no-header 2>/dev/null | head -1)
[ -n "$cluster" ] || { echo "no PostgreSQL cluster: the PostgreSQL run fails"; exit 1; }
read -r version name _ <<<"$cluster"
pg_ctlcluster "$version" "$name" start 2>/dev/null || true
for _ in $(seq 1 20); do pg_isready -q -h 127.0.0.1 && break; sleep 0.5; done
su postgres -c "psql -q -c \"alter user postgres password 'postgres'\"" >/dev/null 2>&1 ||
  { echo "PostgreSQL did not start: the PostgreSQL run fails"; exit 1; }

echo "== emulator contract tests on PostgreSQL $version"
if [ -n "$report_dir" ]; then
  TEST_DATABASE_URL="$url" npx vitest run emulator backend server/mirror --reporter=default --reporter=json \
    --outputFile.json="$report_dir/vitest-postgres.json"
else
  TEST_DATABASE_URL="$url" npx vitest run emulator backend server/mirror
fi
