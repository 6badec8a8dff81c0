#!/usr/bin/env bash
# A PostgreSQL server for the receiver's tests, from Debian's packages: installed when
# missing, the first cluster started when down, a role and an empty database made for the
# tests. Prints the connection URL; with --stop, stops the cluster if this script started it.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

if ! command -v pg_ctlcluster >/dev/null; then
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n 1)
started_here=/tmp/cie-widgets-postgres-started
if [[ "${1:-}" == "--stop" ]]; then
  if [[ -e $started_here ]]; then pg_ctlcluster "$version" "$cluster" stop >&2; rm -f "$started_here"; fi
  exit 0
fi
if [[ "$status" != online* ]]; then
  pg_ctlcluster "$version" "$cluster" start >&2
  touch "$started_here"
fi

psql_admin() { su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -qAt $*"; }
if [[ "$(psql_admin "-c \"select 1 from pg_roles where rolname = 'cie_test'\"")" != 1 ]]; then
  psql_admin "-c \"create role cie_test login password 'cie_test'\"" >&2
fi
psql_admin "-c \"drop database if exists cie_receiver_test\"" >&2
psql_admin "-c \"create database cie_receiver_test owner cie_test\"" >&2
echo "postgres://cie_test:cie_test@127.0.0.1:$port/cie_receiver_test"
