#!/usr/bin/env bash
# Generates the TypeScript types from the contract, type-checks, and runs the scenario against the
# packaged service (target/quarkus-app, built by ./mvnw verify) on its own embedded PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
port=${PORT:-18080}
data=$(mktemp -d)

MP_JWT_VERIFY_PUBLICKEY_LOCATION="$root/src/test/resources/test-keys/publicKey.pem" \
MP_JWT_VERIFY_ISSUER=https://idp.test.enforcement.invalid \
MP_JWT_VERIFY_AUDIENCES=enforcement-service \
ENFORCEMENT_EMBEDDED_DB_DATA_DIR="$data/postgres" \
QUARKUS_HTTP_PORT=$port \
  java -jar "$root/target/quarkus-app/quarkus-run.jar" > "$root/target/typescript-client-service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true; rm -rf "$data"' EXIT

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
