#!/usr/bin/env bash
# Scale figures of the import/CLI issue: a generated network of ACTORS actors and ACTORS*DEGREE/2
# collaborations, written by `gosmart-graph generate`, bulk-imported by `gosmart-graph import csv`
# into an empty store; then the real service opens that store (time until /health/ready answers 200,
# peak resident memory VmHWM), and the paths benchmark runs on it. Wall and CPU times are both
# printed: on a shared machine the CPU time says more. Runs only on loopback; leaves nothing running.
#
#   bash bench/scale.sh                       # 1,000,000 actors, degree 20 (10,000,000 ties)
#   ACTORS=100000 bash bench/scale.sh         # a tenth
set -euo pipefail
cd "$(dirname "$0")/.."
ACTORS="${ACTORS:-1000000}"
DEGREE="${DEGREE:-20}"
SEED="${SEED:-1}"
WORK="${WORK:-$(mktemp -d)}"
PORT="${PORT:-5097}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build -c Release src/GoSmart.Graph.Cli -v q -nologo >/dev/null
dotnet build -c Release src/GoSmart.Graph.Api -v q -nologo >/dev/null
dotnet build -c Release bench/GoSmart.Graph.Bench -v q -nologo >/dev/null
CLI=(dotnet src/GoSmart.Graph.Cli/bin/Release/net10.0/gosmart-graph.dll)
TIME=(/usr/bin/time -f "%e s wall, %U s user + %S s system CPU, peak %M KiB")

echo "work folder: $WORK; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "generate $ACTORS actors, degree $DEGREE, seed $SEED:"
"${TIME[@]}" "${CLI[@]}" generate --actors "$ACTORS" --avg-degree "$DEGREE" --seed "$SEED" "$WORK/csv" --quiet
echo "import csv (bulk load into an empty store; the phases as --verbose prints them):"
"${TIME[@]}" "${CLI[@]}" import csv --nodes "$WORK/csv/nodes.csv" --edges "$WORK/csv/edges.csv" \
  --data "$WORK/store" --rejects "$WORK/rejects.csv" --verbose | grep -E "records written|rejected|time|rate|reading|writer|bulk:|garbage" || true
echo "store file: $(du -h "$WORK/store/gosmart.db" | cut -f1)"

# The first open after the import reads every table, is ready, and then saves the index image in the
# store file in the background; an open of an unchanged store (a restart) reads the image. Both are
# timed; the log line of each open gives its steps.
open_service() {
  echo "service open until ready ($1):"
  local start ready pid
  start=$(date +%s.%N)
  dotnet src/GoSmart.Graph.Api/bin/Release/net10.0/GoSmart.Graph.Api.dll \
    --urls "http://127.0.0.1:$PORT" --GraphStore:DataDirectory="$WORK/store" --GraphStore:SeedWhenEmpty=false \
    --Logging:LogLevel:Default=Warning --Logging:LogLevel:GoSmart.Graph.Api.Hosting=Information >"$WORK/service.log" 2>&1 &
  pid=$!
  trap "kill $pid 2>/dev/null || true" EXIT
  for _ in $(seq 1 1200); do
    if curl -sf -o /dev/null "http://127.0.0.1:$PORT/health/ready"; then break; fi
    if ! kill -0 $pid 2>/dev/null; then echo "the service stopped:"; cat "$WORK/service.log"; exit 1; fi
    sleep 0.1
  done
  ready=$(date +%s.%N)
  echo "  ready after $(awk "BEGIN { printf \"%.1f\", $ready - $start }") s, $(awk '{ printf "%.1f", ($14 + $15) / 100 }' /proc/$pid/stat) s CPU; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "  $(grep -o 'Opened the embedded store.*' "$WORK/service.log")"
  local t0 t1 t2
  t0=$(date +%s.%N)
  curl -s "http://127.0.0.1:$PORT/graphql" -H 'content-type: application/json' \
    -d '{"query":"{ stats { actors collaborationPairs crossBorderPairs } }"}'; echo
  t1=$(date +%s.%N)
  curl -s "http://127.0.0.1:$PORT/graphql" -H 'content-type: application/json' \
    -d '{"query":"{ actor(id: \"actor:syn-0\") { name collaborators(first: 3) { totalCount edges { node { name country } } } } }"}' >/dev/null
  t2=$(date +%s.%N)
  echo "  first queries: stats $(awk "BEGIN { printf \"%.0f\", ($t1 - $t0) * 1000 }") ms, an actor's collaborators $(awk "BEGIN { printf \"%.0f\", ($t2 - $t1) * 1000 }") ms"
  # After the first open the image is saved in the background; stopping the service earlier abandons it.
  for _ in $(seq 1 1200); do
    if ! grep -q "no current index image" "$WORK/service.log" || grep -q "Saved the index image" "$WORK/service.log"; then break; fi
    sleep 0.1
  done
  grep -o 'Saved the index image.*' "$WORK/service.log" | sed 's/^/  /' || true
  echo "  service peak memory: $(grep VmHWM /proc/$pid/status | tr -s ' ')"
  kill $pid; wait $pid 2>/dev/null || true
  trap - EXIT
}
open_service "first open: reads the tables, then saves the index image"
open_service "unchanged store: reads the index image"

echo "paths on the store:"
"${TIME[@]}" dotnet bench/GoSmart.Graph.Bench/bin/Release/net10.0/GoSmart.Graph.Bench.dll store-paths --data "$WORK/store"
echo "(delete $WORK when done)"
