#!/usr/bin/env bash
# Runs bench/browser/explorer.mjs against the service on a scratch store seeded from seed/ (port 5098),
# then stops the service. Needs what the browser tests need: chromium and `npm ci` in tests/browser.
set -euo pipefail
cd "$(dirname "$0")/../.."
data=$(mktemp -d)
dotnet build src/GoSmart.Graph.Api -c Release -v q >/dev/null
GraphStore__DataDirectory="$data" Logging__LogLevel__Default=Warning \
  dotnet run -c Release --no-build --project src/GoSmart.Graph.Api --urls http://127.0.0.1:5098 >"$data/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  curl -sf http://127.0.0.1:5098/health/ready >/dev/null && break
  sleep 0.5
done
node bench/browser/explorer.mjs http://127.0.0.1:5098 "${1:-3}"
