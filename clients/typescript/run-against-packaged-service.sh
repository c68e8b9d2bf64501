#!/usr/bin/env bash
# Generates the TypeScript types from the contract, type-checks, and runs the scenario against the
# packaged service (target/quarkus-app, built by ./mvnw verify) on a fresh database of the PostgreSQL server
# named by PGHOST/PGPORT/PGUSER (default: 127.0.0.1:5432, postgres), created here and dropped afterwards (the
# packaged service brings no database of its own).
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
port=${PORT:-18080}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
database="typescript_client_$(date +%s)_$$"
psql -q -v ON_ERROR_STOP=1 -d postgres -c "create database $database"

QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$database" \
QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
MP_JWT_VERIFY_PUBLICKEY_LOCATION="$root/src/test/resources/test-keys/publicKey.pem" \
MP_JWT_VERIFY_ISSUER=https://idp.test.enforcement.invalid \
MP_JWT_VERIFY_AUDIENCES=enforcement-service \
QUARKUS_HTTP_PORT=$port \
  java -jar "$root/target/quarkus-app/quarkus-run.jar" > "$root/target/typescript-client-service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true
      psql -q -d postgres -c "drop database if exists $database with (force)" || true' EXIT

for _ in $(seq 1 120); do
  curl -fsS "http://localhost:$port/q/health/ready" >/dev/null 2>&1 && break
  kill -0 $service 2>/dev/null || { cat "$root/target/typescript-client-service.log"; exit 1; }
  sleep 0.5
done

npm ci --no-audit --no-fund --silent
npm run --silent generate
npm run --silent typecheck
npm run --silent build
BASE_URL="http://localhost:$port" ISSUER=https://idp.test.enforcement.invalid SIGNING_KEY="$root/src/test/resources/test-keys/privateKey.pem" npm run --silent scenario
