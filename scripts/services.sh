# Sourced, not run: the test suite also runs on the real PostgreSQL and Redis (127.0.0.1:5432, database `test`,
# and 127.0.0.1:6379). When they are installed but stopped, start them; say so when they are missing.
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    echo "Starting PostgreSQL …"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
  else
    echo "PostgreSQL is not running on 127.0.0.1:5432: the server-postgres tests will fail." >&2
  fi
fi
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  if command -v redis-server >/dev/null; then
    echo "Starting Redis …"
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null
  else
    echo "Redis is not running on 127.0.0.1:6379: the tests across instances will fail." >&2
  fi
fi
