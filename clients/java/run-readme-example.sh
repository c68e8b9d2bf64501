#!/usr/bin/env bash
# Runs the README's Java example ("## The Java client") as printed, against a running service:
# SERVICE_URL (default http://localhost:8080) with the token in RECORDER (default: the dev-mode token
# from .data/dev-tokens.env). Builds the SDK first if it is not built; never builds the service.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
if [ -z "${RECORDER:-}" ]; then
  . .data/dev-tokens.env
fi
export RECORDER
[ -d clients/java/target/classes/uk ] || ./mvnw -q -f clients/java package -DskipTests
classpath=$(./mvnw -q -f clients/java dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
example=$(mktemp -d)
trap 'rm -rf "$example"' EXIT
awk '/^## The Java client/ {section=1; next} /^## / {section=0}
     section && /^```java/ {block=1; next} block && /^```/ {exit} block {print}' README.md > "$example/RecordAnArrest.java"
java -cp "clients/java/target/classes:$classpath" "$example/RecordAnArrest.java"
