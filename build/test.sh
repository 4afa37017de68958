#!/usr/bin/env bash
# The test command: what CI runs (`bash .ci/run`) and what a developer runs before pushing.
#
#   bash build/test.sh            everything: .NET build/format/tests, client checks/tests, OpenAPI lint, E2E
#   SKIP_E2E=1 bash build/test.sh everything except the browser tests (and the chromium install)
#
# Every step runs even when an earlier one failed, so the summary is complete. A failing
# non-test step (restore, build, format, lint, ...) counts as one failed test; a test runner
# that leaves no result file counts as one failed test. Each OpenAPI linter (Redocly, Spectral) counts as
# one test, passed or failed. The last line is `N passed, N failed`
# and the exit code is 0 only when nothing failed.
#
# Needs only the .NET SDK, Node + npm, the PostgreSQL server binaries and python3; installs
# Debian's chromium for the browser tests and Debian's redis-server when they are missing.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 1

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export NUGET_XMLDOC_MODE=skip
# Never let a package try to download a browser build: E2E drives Debian's chromium.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export PLAYWRIGHT_BROWSERS_PATH=0
export npm_config_audit=false
export npm_config_fund=false
export npm_config_update_notifier=false

SKIP_E2E=${SKIP_E2E:-0}
DOTNET_TEST_TIMEOUT=${DOTNET_TEST_TIMEOUT:-2400}
E2E_TIMEOUT=${E2E_TIMEOUT:-1200}

TMP=$(mktemp -d "${TMPDIR:-/tmp}/cleanplatform-test.XXXXXX")
PGDIR=""
REDISDIR=""
API_PID=""
CLEANED=0

cleanup() {
  [[ $CLEANED -eq 1 ]] && return 0
  CLEANED=1
  if [[ -n $API_PID ]] && kill -0 "$API_PID" 2>/dev/null; then
    kill "$API_PID" 2>/dev/null
    for _ in $(seq 1 20); do
      kill -0 "$API_PID" 2>/dev/null || break
      sleep 0.5
    done
    kill -9 "$API_PID" 2>/dev/null
    wait "$API_PID" 2>/dev/null
  fi
  API_PID=""
  if [[ -n $PGDIR ]]; then
    bash "$ROOT/build/scripts/postgres.sh" stop "$PGDIR" >/dev/null 2>&1
    PGDIR=""
  fi
  if [[ -n $REDISDIR ]]; then
    bash "$ROOT/build/scripts/redis.sh" stop "$REDISDIR" >/dev/null 2>&1
    REDISDIR=""
  fi
  rm -rf "$TMP" 2>/dev/null
  return 0
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ------------------------------------------------------------------ bookkeeping

TOTAL_PASSED=0
TOTAL_FAILED=0
STEP_NAMES=()
STEP_RESULTS=()
STEP_SECONDS=()

banner() { printf '\n==> %s\n' "$*"; }

record() { # name result seconds
  STEP_NAMES+=("$1")
  STEP_RESULTS+=("$2")
  STEP_SECONDS+=("$3")
}

# step NAME CMD...: a non-test step; a failure counts as one failed test.
step() {
  local name=$1
  shift
  banner "$name"
  local start=$SECONDS rc=0
  "$@" || rc=$?
  local secs=$((SECONDS - start))
  if [[ $rc -eq 0 ]]; then
    record "$name" ok "$secs"
  else
    echo "!! $name failed (exit $rc)"
    record "$name" "FAILED (exit $rc)" "$secs"
    TOTAL_FAILED=$((TOTAL_FAILED + 1))
  fi
  return $rc
}

skip_step() { # name reason
  banner "$1: skipped ($2)"
  record "$1" "skipped: $2" 0
}

# runner_result NAME RC SECONDS PASSED FAILED NOTE: a test runner's outcome.
runner_result() {
  local name=$1 rc=$2 secs=$3 passed=$4 failed=$5 note=${6:-}
  if [[ $rc -ne 0 && $failed -eq 0 ]]; then
    # The runner failed without reporting a failed test (crash, timeout, load error).
    failed=1
    note="${note:+$note; }runner exited $rc without a failed test, counted as 1 failed"
  fi
  TOTAL_PASSED=$((TOTAL_PASSED + passed))
  TOTAL_FAILED=$((TOTAL_FAILED + failed))
  local result="ok"
  [[ $failed -ne 0 ]] && result="FAILED"
  record "$name" "$result: $passed passed, $failed failed${note:+ ($note)}" "$secs"
}

source "$ROOT/build/scripts/free-port.sh"

as_root() {
  if [[ $(id -u) -eq 0 ]]; then
    "$@"
  else
    sudo -n "$@"
  fi
}

# ------------------------------------------------------------------ a. prerequisites

install_chromium() {
  if [[ -x /usr/bin/chromium ]]; then
    echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo present)"
    return 0
  fi
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update </dev/null &&
    as_root apt-get install -y chromium </dev/null
}

if [[ $SKIP_E2E == 1 ]]; then
  skip_step "chromium" "SKIP_E2E=1"
else
  step "chromium" install_chromium
fi

if [[ -f .config/dotnet-tools.json ]]; then
  step "dotnet tool restore" dotnet tool restore
fi

# ------------------------------------------------------------------ b. .NET build

step "dotnet restore" dotnet restore CleanPlatform.sln
step "dotnet build" dotnet build CleanPlatform.sln -c Release --no-restore -nologo
step "dotnet format" dotnet format CleanPlatform.sln --verify-no-changes --no-restore

# ------------------------------------------------------------------ c. PostgreSQL

start_postgres() {
  PGDIR=$(mktemp -d "${TMPDIR:-/tmp}/cleanplatform-pg.XXXXXX") || return 1
  local cs
  cs=$(bash "$ROOT/build/scripts/postgres.sh" start "$PGDIR") || return 1
  export CLEANPLATFORM_TEST_POSTGRES="$cs"
  echo "PostgreSQL: $cs"
}
step "postgres start" start_postgres

# ------------------------------------------------------------------ c2. Redis

start_redis() {
  if ! command -v redis-server >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update </dev/null && as_root apt-get install -y redis-server </dev/null || return 1
  fi
  REDISDIR=$(mktemp -d "${TMPDIR:-/tmp}/cleanplatform-redis.XXXXXX") || return 1
  local address
  address=$(bash "$ROOT/build/scripts/redis.sh" start "$REDISDIR") || return 1
  export CLEANPLATFORM_TEST_REDIS="$address"
  echo "Redis: $address"
}
step "redis start" start_redis

# ------------------------------------------------------------------ d. .NET tests

# Sums the <Counters> of every .trx under $1; prints "passed failed files".
sum_trx() {
  python3 - "$1" <<'PY'
import glob, os, sys, xml.etree.ElementTree as ET
passed = failed = files = 0
for path in glob.glob(os.path.join(sys.argv[1], "**", "*.trx"), recursive=True):
    files += 1
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError:
        failed += 1
        continue
    for c in root.iter():
        if c.tag.endswith("Counters"):
            a = c.attrib
            passed += int(a.get("passed", 0))
            failed += sum(int(a.get(k, 0)) for k in ("failed", "error", "timeout", "aborted"))
print(passed, failed, files)
PY
}

# Lists the tests every .trx under $1 failed, with the first line of each message, for the summary: CI shows the
# end of the output, so a failure is named there, not only thousands of lines above.
failed_trx() {
  python3 - "$1" <<'PY'
import glob, os, sys, xml.etree.ElementTree as ET
for path in sorted(glob.glob(os.path.join(sys.argv[1], "**", "*.trx"), recursive=True)):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError:
        print(f"  {os.path.basename(path)}: unreadable result file")
        continue
    for r in root.iter():
        if r.tag.endswith("UnitTestResult") and r.attrib.get("outcome") not in ("Passed", "NotExecuted"):
            message = next((m.text or "" for m in r.iter() if m.tag.endswith("Message")), "")
            first = message.strip().splitlines()[0][:300] if message.strip() else ""
            print(f"  {r.attrib.get('testName', '?')}: {first}")
PY
}

DOTNET_FAILURES=""
run_dotnet_tests() {
  banner "dotnet test"
  local start=$SECONDS rc=0
  # CLEANPLATFORM_TRX asks each test project for an xUnit report named after it (tests/Directory.Build.props).
  CLEANPLATFORM_TRX=true timeout --kill-after=30 "$DOTNET_TEST_TIMEOUT" \
    dotnet test --solution CleanPlatform.sln -c Release --no-build \
    --results-directory "$TMP/trx" </dev/null || rc=$?
  local secs=$((SECONDS - start)) passed=0 failed=0 files=0
  read -r passed failed files < <(sum_trx "$TMP/trx" 2>/dev/null || echo "0 0 0")
  if [[ ${files:-0} -eq 0 ]]; then
    runner_result "dotnet test" "$rc" "$secs" 0 1 "no .trx result file"
  else
    runner_result "dotnet test" "$rc" "$secs" "$passed" "$failed" "$files result files"
  fi
  if [[ ${failed:-0} -gt 0 ]]; then
    DOTNET_FAILURES=$(failed_trx "$TMP/trx" 2>/dev/null | head -n 20) || true
  fi
}
run_dotnet_tests

# ------------------------------------------------------------------ e. client

CLIENT_OK=1
if [[ ! -f client/package.json ]]; then
  CLIENT_OK=0
  banner "client: client/package.json is missing"
  record "client" "FAILED (client/package.json missing)" 0
  TOTAL_FAILED=$((TOTAL_FAILED + 1))
fi

npm_install() {
  (cd client && npm ci --no-audit --no-fund </dev/null) && return 0
  echo "npm ci failed (lock file out of step?); falling back to npm install"
  (cd client && npm install --no-audit --no-fund </dev/null)
}

npm_script() { (cd client && npm run "$@" </dev/null); }

# lint_openapi NAME CMD...: a linter's verdict on client/openapi/v1.json (config in client/) is a test of
# its own: one passed test when it reports no error, one failed test when it does.
lint_openapi() {
  local name=$1
  shift
  banner "$name"
  local start=$SECONDS rc=0
  (cd client && "$@" </dev/null) || rc=$?
  if [[ $rc -eq 0 ]]; then
    runner_result "$name" 0 $((SECONDS - start)) 1 0
  else
    runner_result "$name" "$rc" $((SECONDS - start)) 0 1
  fi
}

run_vitest() {
  banner "vitest"
  local start=$SECONDS rc=0 out="$TMP/vitest.json"
  (cd client && npm run test -- --reporter=default --reporter=json --outputFile="$out" </dev/null) || rc=$?
  local secs=$((SECONDS - start))
  if [[ ! -s $out ]]; then
    runner_result "vitest" "$rc" "$secs" 0 1 "no result file"
    return
  fi
  local passed failed
  read -r passed failed < <(python3 - "$out" <<'PY' || echo "0 1"
import json, sys
d = json.load(open(sys.argv[1]))
failed = int(d.get("numFailedTests", 0))
if failed == 0 and int(d.get("numFailedTestSuites", 0)) > 0:
    failed = int(d["numFailedTestSuites"])  # a file that did not load has no failed test
print(int(d.get("numPassedTests", 0)), failed)
PY
)
  runner_result "vitest" "$rc" "$secs" "$passed" "$failed"
}

if [[ $CLIENT_OK -eq 1 ]]; then
  step "npm ci" npm_install || CLIENT_OK=0
fi
if [[ $CLIENT_OK -eq 1 ]]; then
  step "npm run lint" npm_script lint
  lint_openapi "openapi: redocly" npx --no-install redocly lint openapi/v1.json
  lint_openapi "openapi: spectral" npx --no-install spectral lint openapi/v1.json
  step "npm run format:check" npm_script format:check
  step "npm run typecheck" npm_script typecheck
  run_vitest
  step "npm run build" npm_script build
fi

# ------------------------------------------------------------------ f. end-to-end

E2E_URL=""
# E-mails the E2E API sends (sign-up links) land here as .eml files; the browser tests read them.
E2E_MAIL="$TMP/mail"
start_api() {
  local dll="$ROOT/src/Api/bin/Release/net10.0/CleanPlatform.Api.dll"
  if [[ ! -f $dll ]]; then
    echo "$dll is missing (did the build fail?)"
    return 1
  fi
  if [[ ! -f $ROOT/client/dist/index.html ]]; then
    echo "client/dist/index.html is missing (did npm run build fail?)"
    return 1
  fi
  local port
  port=$(free_port) || return 1
  E2E_URL="http://127.0.0.1:$port"
  # The content root is the working directory: run from the output folder so that the
  # appsettings*.json next to the dll are the ones read.
  (
    cd "$(dirname "$dll")" &&
      ASPNETCORE_URLS="$E2E_URL" \
        ASPNETCORE_ENVIRONMENT=Development \
        Database__Provider=Sqlite \
        ConnectionStrings__Default="Data Source=$TMP/e2e.db" \
        Database__MigrateOnStartup=true \
        Seed__DemoData=true \
        Seed__Betting__FootballDataDirectory="$ROOT/tests/TestSupport/Data/football-data" \
        Spa__RootPath="$ROOT/client/dist" \
        Email__PickupDirectory="$E2E_MAIL" \
        Email__LinkBaseUrl="$E2E_URL" \
        Outbox__PollInterval=00:00:00.200 \
        Betting__Backtests__InlineMatches=300 \
        Betting__Backtests__ChunkMatches=100 \
        exec dotnet "$dll" </dev/null >"$TMP/api.log" 2>&1
  ) &
  API_PID=$!
  echo "API pid $API_PID on $E2E_URL, log $TMP/api.log"
  # The demo data (users, then both Premier League seasons, the agents' replay and settled bets) loads before ready.
  local deadline=$((SECONDS + 240)) code
  while ((SECONDS < deadline)); do
    if ! kill -0 "$API_PID" 2>/dev/null; then
      echo "the API exited before it was ready; last lines of its log:"
      tail -n 60 "$TMP/api.log" 2>/dev/null
      return 1
    fi
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$E2E_URL/health/ready" 2>/dev/null || true)
    if [[ $code == 200 ]]; then
      echo "API ready after $((240 - (deadline - SECONDS))) s"
      return 0
    fi
    sleep 1
  done
  echo "the API was not ready within 240 s (last /health/ready status: ${code:-none}); last lines of its log:"
  tail -n 60 "$TMP/api.log" 2>/dev/null
  return 1
}

run_playwright() {
  banner "playwright"
  local start=$SECONDS rc=0 out="$TMP/e2e.json"
  (cd client && E2E_BASE_URL="$E2E_URL" E2E_MAIL_DIR="$E2E_MAIL" PLAYWRIGHT_JSON_OUTPUT_NAME="$out" \
    timeout --kill-after=30 "$E2E_TIMEOUT" npx --no-install playwright test --reporter=list,json </dev/null) || rc=$?
  local secs=$((SECONDS - start))
  if [[ ! -s $out ]]; then
    runner_result "playwright" "$rc" "$secs" 0 1 "no result file"
  else
    local passed failed
    read -r passed failed < <(python3 - "$out" <<'PY' || echo "0 1"
import json, sys
d = json.load(open(sys.argv[1]))
s = d.get("stats", {})
passed = int(s.get("expected", 0)) + int(s.get("flaky", 0))
failed = int(s.get("unexpected", 0))
if failed == 0 and d.get("errors"):
    failed = len(d["errors"])  # global set-up errors: no test ran
print(passed, failed)
PY
)
    runner_result "playwright" "$rc" "$secs" "$passed" "$failed"
  fi
  if [[ $rc -ne 0 ]]; then
    echo "--- last lines of the API log ($TMP/api.log)"
    tail -n 80 "$TMP/api.log" 2>/dev/null
    echo "---"
  fi
}

if [[ $SKIP_E2E == 1 ]]; then
  skip_step "e2e" "SKIP_E2E=1"
elif [[ $CLIENT_OK -ne 1 ]]; then
  skip_step "e2e" "client steps could not run"
  TOTAL_FAILED=$((TOTAL_FAILED + 1))
  STEP_RESULTS[${#STEP_RESULTS[@]} - 1]="FAILED (client steps could not run)"
else
  if step "API start" start_api; then
    run_playwright
  fi
fi

# ------------------------------------------------------------------ summary

cleanup
printf '\n==> summary\n'
for i in "${!STEP_NAMES[@]}"; do
  printf '  %-22s %5ss  %s\n' "${STEP_NAMES[$i]}" "${STEP_SECONDS[$i]}" "${STEP_RESULTS[$i]}"
done
printf '  %-22s %5ss\n' "total" "$SECONDS"
if [[ -n $DOTNET_FAILURES ]]; then
  printf '\n==> .NET tests that failed\n%s\n' "$DOTNET_FAILURES"
fi
echo "$TOTAL_PASSED passed, $TOTAL_FAILED failed"
if [[ $TOTAL_FAILED -eq 0 ]]; then
  exit 0
fi
exit 1
