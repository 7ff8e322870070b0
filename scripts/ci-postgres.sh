# Starts a throwaway PostgreSQL on loopback for the store contract and queue tests.
# Source it (`source scripts/ci-postgres.sh`): it exports STORYLINE_TEST_PG, the URL the tests use.
#
# - installs Debian's postgresql package when no server binaries are present;
# - runs initdb + pg_ctl as the postgres user (PostgreSQL refuses to run as root), with every path
#   it writes owned by that user; trust auth on 127.0.0.1 only, fsync off (test data is disposable);
# - reuses a server already answering on the port (a developer's, or a second `source`).
# Knobs: STORYLINE_PG_PORT (55432), STORYLINE_PG_DIR (/tmp/storyline-pg-$PORT).

_sl_pg_port="${STORYLINE_PG_PORT:-55432}"
_sl_pg_dir="${STORYLINE_PG_DIR:-/tmp/storyline-pg-${_sl_pg_port}}"

_sl_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(_sl_pg_bin)" ]; then
  echo "ci-postgres: installing postgresql from Debian's packages" >&2
  _sl_sudo=""
  if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null; then _sl_sudo="sudo"; fi
  DEBIAN_FRONTEND=noninteractive $_sl_sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
_sl_bin="$(_sl_pg_bin)"

# As root, run the server as postgres; as anyone else, run it as ourselves.
_sl_as_pg() {
  if [ "$(id -u)" = "0" ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}

if "$_sl_bin/pg_isready" -q -h 127.0.0.1 -p "$_sl_pg_port"; then
  echo "ci-postgres: reusing the server on 127.0.0.1:${_sl_pg_port}" >&2
else
  mkdir -p "$_sl_pg_dir"
  if [ "$(id -u)" = "0" ]; then chown postgres:postgres "$_sl_pg_dir"; fi
  if [ ! -f "$_sl_pg_dir/data/PG_VERSION" ]; then
    _sl_as_pg "'$_sl_bin/initdb' -D '$_sl_pg_dir/data' -U app --auth=trust -E UTF8 --no-sync >'$_sl_pg_dir/initdb.log' 2>&1"
  fi
  _sl_as_pg "'$_sl_bin/pg_ctl' -D '$_sl_pg_dir/data' -o '-p ${_sl_pg_port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200' -l '$_sl_pg_dir/log' -w start >/dev/null"
  echo "ci-postgres: started PostgreSQL ($("$_sl_bin/postgres" --version)) on 127.0.0.1:${_sl_pg_port}, data in $_sl_pg_dir" >&2
fi

export STORYLINE_TEST_PG="postgres://app@127.0.0.1:${_sl_pg_port}/postgres"
echo "ci-postgres: STORYLINE_TEST_PG=$STORYLINE_TEST_PG" >&2
unset _sl_pg_port _sl_pg_dir _sl_bin _sl_sudo
unset -f _sl_pg_bin _sl_as_pg
