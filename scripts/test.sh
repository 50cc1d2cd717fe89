#!/usr/bin/env bash
# Runs the whole test suite and ends with one line: "tests: N passed, M failed".
# Installs what the tests need; under CI=true a skipped test or a missing snapshot fails.
set -uo pipefail
cd "$(dirname "$0")/.."

if [ "${CI:-}" = "true" ]; then
  export SNAPSHOOTER_STRICT_MODE=true
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# npm ci installs exactly a folder's committed lock file; it is skipped when that lock file is already
# installed, so reruns work offline. $1: the folder; $2: a package that must be there afterwards; $3: who needs it.
npm_ci_once() {
  local folder="$1" probe="$2" who="$3"
  if ! command -v node >/dev/null 2>&1; then
    echo "node is not on the PATH: $who need node 20 or later (they will fail)"
    return
  fi
  if [ -f "$folder/node_modules/.installed-lock.json" ] && cmp -s "$folder/package-lock.json" "$folder/node_modules/.installed-lock.json"; then
    return
  fi
  if (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error 2>&1 | grep -v EBADENGINE); then :; fi
  if [ -d "$folder/node_modules/$probe" ]; then
    cp "$folder/package-lock.json" "$folder/node_modules/.installed-lock.json"
  else
    echo "npm ci in $folder failed: $who will fail"
  fi
}

# The Neo4j store is tested against a local Query API server over an embedded Cypher engine, and with
# Neo4j's own Cypher linter (tests/neo4j-harness).
npm_ci_once tests/neo4j-harness @grafeo-db/js "the Neo4j store tests"
# The browser pages' sources (web/): a test builds them again and compares with the committed bundle.
npm_ci_once web esbuild "the bundle staleness test"
# The browser tests (Category=Browser) drive Debian's chromium through playwright-core (tests/browser); no
# browser is ever downloaded. chromium is installed from Debian when 'command -v chromium' finds nothing.
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm_ci_once tests/browser playwright-core "the browser tests"
if ! command -v chromium >/dev/null 2>&1; then
  echo "chromium is not installed: installing Debian's chromium for the browser tests"
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    as_root=(sudo)
  fi
  apt_log=$(mktemp)
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "apt-get is not available: install chromium yourself (the browser tests will fail without it)"
  elif [ ${#as_root[@]} -gt 0 ] && ! command -v sudo >/dev/null 2>&1; then
    echo "not root and no sudo: run 'apt-get install -y --no-install-recommends chromium' as root (the browser tests will fail without it)"
  elif ! { ${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get update \
      && ${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium; } >"$apt_log" 2>&1; then
    tail -n 5 "$apt_log"
    echo "apt-get install chromium failed (see above): the browser tests will fail"
  elif ! command -v chromium >/dev/null 2>&1; then
    echo "apt-get installed chromium but 'command -v chromium' still finds nothing: the browser tests will fail"
  else
    echo "chromium installed: $(command -v chromium)"
  fi
  rm -f "$apt_log"
fi

results="$(pwd)/TestResults"
rm -rf "$results"
mkdir -p "$results"

# Every test runs but the live tests against a real Neo4j (category Neo4jLive): they run when NEO4J_URI is
# set (with NEO4J_DATABASE, a scratch database they empty), and are the only tests a run may leave out.
filter=()
if [ -z "${NEO4J_URI:-}" ]; then
  echo "NEO4J_URI is not set: the live Neo4j tests (Category=Neo4jLive) are left out"
  filter=(--filter "Category!=Neo4jLive")
else
  echo "NEO4J_URI is set: the live Neo4j tests run against $NEO4J_URI, database ${NEO4J_DATABASE:-(not set)}, which they empty"
fi
dotnet test GoSmart.Graph.sln -c Release ${filter[@]+"${filter[@]}"} \
  --logger "trx" --logger "console;verbosity=minimal" \
  --results-directory "$results"
status=$?

passed=0; failed=0; skipped=0; total=0
shopt -s nullglob
trx_files=("$results"/*.trx)
for trx in "${trx_files[@]}"; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  total=$((total + $(get total)))
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  # A skipped test is counted in total but not in executed (TRX's notExecuted stays 0 for it).
  skipped=$((skipped + $(get total) - $(get executed)))
done

if [ ${#trx_files[@]} -eq 0 ]; then
  echo "no test results were written (the build or the test host failed)"
  failed=$((failed + 1))
fi
if [ "${CI:-}" = "true" ] && [ "$skipped" -gt 0 ]; then
  echo "$skipped test(s) did not run; under CI=true nothing may skip"
  failed=$((failed + skipped))
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $status"
  failed=1
fi

echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
