#!/bin/bash
# A hot standby of the primary: on first start, a base backup taken over the
# replication protocol (pg_basebackup -R writes standby.signal and the connection to
# follow), then PostgreSQL replays the primary's WAL as it streams in and serves reads.
set -euo pipefail
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup -h "$PRIMARY_HOST" -U replicator -D "$PGDATA" -R -X stream -w; do
    echo "waiting for the primary at $PRIMARY_HOST to accept a base backup..."
    rm -rf "${PGDATA:?}"/*
    sleep 2
  done
  chmod 0700 "$PGDATA"
fi
exec postgres -c hot_standby=on
