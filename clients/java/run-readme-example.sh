#!/usr/bin/env bash
# Runs the README's Java example ("## The Java client") as printed, against a running service:
# SERVICE_URL (default http://localhost:8080, else $API from .data/dev-tokens.env) with the tokens in RECORDER and
# SUPERVISOR (default: the dev-mode tokens from .data/dev-tokens.env), the second to delete what the example
# recorded. Builds the SDK first if it is not built; never builds the service.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
if [ -z "${RECORDER:-}" ] || [ -z "${SUPERVISOR:-}" ]; then
  given_recorder=${RECORDER:-}; given_supervisor=${SUPERVISOR:-}
  . .data/dev-tokens.env                        # the dev tokens fill in only what was not given
  RECORDER=${given_recorder:-$RECORDER}; SUPERVISOR=${given_supervisor:-$SUPERVISOR}
  SERVICE_URL=${SERVICE_URL:-${API%/api/v2}}   # the example's client adds /api/v2 itself
fi
export RECORDER SUPERVISOR
[ -z "${SERVICE_URL:-}" ] || export SERVICE_URL
[ -d clients/java/target/classes/uk ] || ./mvnw -q -f clients/java package -DskipTests
classpath=$(./mvnw -q -f clients/java dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
example=$(mktemp -d)
trap 'rm -rf "$example"' EXIT
awk '/^## The Java client/ {section=1; next} /^## / {section=0}
     section && /^```java/ {block=1; next} block && /^```/ {exit} block {print}' README.md > "$example/RecordAnArrest.java"
java -cp "clients/java/target/classes:$classpath" "$example/RecordAnArrest.java"
