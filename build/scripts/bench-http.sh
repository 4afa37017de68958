#!/usr/bin/env bash
# The API under load (`bash build/bench.sh http`): wrk on loopback against the bare endpoint and the
# authenticated request path, on PostgreSQL and on SQLite, in one run. Prints a markdown table and
# writes it, with the machine described, to docs/benchmarks.md (the section from "## Results" on).
#
#   BENCH_THREADS=2 BENCH_CONNECTIONS=64 BENCH_DURATION=15s BENCH_WARMUP=3s   the defaults
#   BENCH_PROVIDERS="Postgres Sqlite"   BENCH_OUTPUT=docs/benchmarks.md
#
# Both providers are set up first, each with its own API process: a throwaway PostgreSQL cluster
# (build/scripts/postgres.sh) or a temp SQLite file, the Release API on a free loopback port with rate
# limits and quotas lifted, a user registered through the API and 50 API keys (so the key and audit
# lists fill a 50-item page). After a warm-up, each endpoint is measured on one provider, then on the
# other, so both see the same moments of whatever else runs on the machine; the bare endpoint is
# measured again at the end, and ratios are to the mean of the two. Access tokens last 15 minutes:
# the defaults take about four.
#
# Exits non-zero only when it cannot measure (install, build, start, set-up, an endpoint that does not
# answer 200); a missed goal is marked in the table, never an exit code.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
DURATION=${BENCH_DURATION:-15s}
WARMUP=${BENCH_WARMUP:-3s}
PROVIDERS=${BENCH_PROVIDERS:-Postgres Sqlite}
OUTPUT=${BENCH_OUTPUT:-$ROOT/docs/benchmarks.md}
KEYS=50
DLL="$ROOT/src/Api/bin/Release/net10.0/CleanPlatform.Api.dll"

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/cleanplatform-bench.XXXXXX")
PGDIR=""
# Per provider: its API's pid and address, the user's access token and a Read API key.
declare -A PID_OF=() BASE_OF=() TOKEN_OF=() KEY_OF=() INVOICE_OF=()
API_PID="" BASE="" TOKEN="" API_KEY=""

stop_api() { # pid
  local pid=$1
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -9 "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local pid
  for pid in "${PID_OF[@]}"; do
    stop_api "$pid"
  done
  if [[ -n $PGDIR ]]; then
    bash "$ROOT/build/scripts/postgres.sh" stop "$PGDIR" >/dev/null 2>&1 || true
  fi
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo -n "$@"; fi
}

source "$(dirname "${BASH_SOURCE[0]}")/free-port.sh"

# ------------------------------------------------------------------ prerequisites

if ! command -v wrk >/dev/null 2>&1; then
  say "installing wrk"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -q </dev/null >&2 || die "apt-get update failed"
  as_root apt-get install -y -q wrk </dev/null >&2 || die "could not install wrk"
fi
for tool in curl python3 dotnet; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is missing"
done

say "building the API (Release)"
dotnet build src/Api -c Release -nologo -v quiet -clp:ErrorsOnly >&2 || die "the API did not build"

# ------------------------------------------------------------------ one provider

start_api() { # provider connection-string
  local port
  port=$(free_port)
  BASE="http://127.0.0.1:$port"
  LOG="$TMP/api-$1.log"
  # The content root is the working directory: run from the output folder so that the
  # appsettings*.json beside the dll are the ones read.
  (
    cd "$(dirname "$DLL")" &&
      ASPNETCORE_URLS="$BASE" \
        ASPNETCORE_ENVIRONMENT=Production \
        Serilog__MinimumLevel__Default=Warning \
        Database__Provider="$1" \
        ConnectionStrings__Default="$2" \
        Database__MigrateOnStartup=true \
        Seed__DemoData=false \
        Jwt__SigningKey="bench-signing-key-$(date +%s%N)-0123456789abcdef" \
        Plans__Free__RequestsPerMinute=2000000000 \
        Plans__Free__MonthlyQuota=2000000000000 \
        Plans__Pro__RequestsPerMinute=2000000000 \
        Plans__Pro__MonthlyQuota=2000000000000 \
        Plans__Enterprise__RequestsPerMinute=2000000000 \
        Plans__Enterprise__MonthlyQuota=2000000000000 \
        RateLimiting__AnonymousRequestsPerMinute=2000000000 \
        Email__PickupDirectory="$TMP/mail-$1" \
        Outbox__PollInterval=00:00:00.200 \
        exec dotnet "$DLL" </dev/null >"$LOG" 2>&1
  ) &
  API_PID=$!
  PID_OF[$1]=$API_PID
  BASE_OF[$1]=$BASE
  local deadline=$((SECONDS + 90))
  while ((SECONDS < deadline)); do
    kill -0 "$API_PID" 2>/dev/null || { tail -n 40 "$LOG" >&2; die "the API ($1) exited before it was ready"; }
    [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/health/ready" || true) == 200 ]] && return 0
    sleep 1
  done
  tail -n 40 "$LOG" >&2
  die "the API ($1) was not ready within 90 s"
}

# post PATH JSON [AUTH-HEADER]: the response body; fails unless the status is 2xx.
post() {
  local body="$TMP/response.json" code
  code=$(curl -s -o "$body" -w '%{http_code}' --max-time 30 -X POST -H 'Content-Type: application/json' \
    ${3:+-H "$3"} -d "$2" "$BASE$1") || true
  [[ $code == 2* ]] || { cat "$body" >&2 2>/dev/null; die "POST $1 answered ${code:-nothing}"; }
  cat "$body"
}

# The token of the sign-up link the API wrote into its pickup directory (waits for the e-mail).
confirmation_token() { # mail directory
  local deadline=$((SECONDS + 30)) token
  while ((SECONDS < deadline)); do
    token=$(cat "$1"/*.eml 2>/dev/null | sed -e ':a' -e '/=$/{N;s/=\n//;ba' -e '}' | sed 's/=3D/=/g' |
      grep -o 'register/confirm?token=[A-Za-z0-9_-]*' | head -n 1 | cut -d= -f2) || true
    [[ -n $token ]] && { echo "$token"; return 0; }
    sleep 0.2
  done
  die "no sign-up e-mail arrived in $1"
}

json_field() { # dotted.path: reads JSON on stdin
  python3 -c 'import json, sys
v = json.load(sys.stdin)
for k in sys.argv[1].split("."): v = v[int(k)] if isinstance(v, list) else v[k]
print(v)' "$1"
}

# Endpoints: name, path, credential (none | bearer | key), goal as the least ratio to the bare one.
ENDPOINTS=(
  "bare|/health/live|none|"
  "me (token)|/api/v1/identity/me|bearer|0.4"
  "me (API key)|/api/v1/identity/me|key|0.4"
  "API keys, page of 50|/api/v1/identity/api-keys?page=1&pageSize=50|bearer|0.25"
  "audit entries, page of 50|/api/v1/platform/audit-entries?page=1&pageSize=50|bearer|0.25"
  "bets, page of 50|/api/v1/betting/bets?page=1&pageSize=50|bearer|0.25"
  "opportunities, page of 50|/api/v1/betting/opportunities?status=&page=1&pageSize=50|bearer|0.25"
  "P&L summary|/api/v1/betting/analytics/summary?period=all|bearer|0.25"
  "invoices, page of 50|/api/v1/billing/invoices?page=1&pageSize=50|bearer|0.25"
  "invoice PDF|/api/v1/billing/invoices/{invoice}/pdf|bearer|0.25"
  "credit notes, page of 50|/api/v1/billing/credit-notes?page=1&pageSize=50|bearer|0.25"
  "credit wallet|/api/v1/billing/credits|bearer|0.25"
  "webhook endpoints (16)|/api/v1/billing/webhook-endpoints|bearer|0.25"
)

auth_header() { # credential
  case $1 in
    bearer) echo "Authorization: Bearer $TOKEN" ;;
    key) echo "X-Api-Key: $API_KEY" ;;
    *) echo "" ;;
  esac
}

wrk_run() { # duration path credential
  local header
  header=$(auth_header "$3")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --latency ${header:+-H "$header"} "$BASE$2"
}

# Requests/s, p99 in ms, failed requests (non-2xx/3xx plus socket errors) and all requests from wrk
# --latency output.
parse_wrk() {
  awk '
    function ms(v) {
      if (v ~ /us$/) return v / 1000
      if (v ~ /ms$/) return v + 0
      if (v ~ /m$/) return v * 60000
      if (v ~ /s$/) return v * 1000
      return v
    }
    /^ *99% / { p99 = ms($2) }
    /^Requests\/sec:/ { rps = $2 }
    / requests in / { requests = $1 }
    /Non-2xx or 3xx responses:/ { failed += $NF }
    /Socket errors:/ { for (i = 3; i <= NF; i += 2) { n = $(i + 1); sub(/,/, "", n); failed += n } }
    END { if (rps == "" || p99 == "" || requests == "") exit 1; printf "%s\t%.2f\t%d\t%d\n", rps, p99, failed, requests }'
}

# What the API process and the PostgreSQL server have spent so far: CPU in clock ticks from /proc (the
# server as its postmaster plus backends) and the API's allocated bytes from its /metrics. Less
# sensitive to other work on the machine than requests/s, though not immune to it.
api_ticks() { awk '{ print $14 + $15 }' "/proc/$API_PID/stat" 2>/dev/null || echo 0; }
db_ticks() {
  [[ -n $PGDIR && -f $PGDIR/data/postmaster.pid ]] || { echo 0; return; }
  local postmaster pid ticks=0
  postmaster=$(head -n 1 "$PGDIR/data/postmaster.pid")
  for pid in "$postmaster" $(ps -o pid= --ppid "$postmaster" 2>/dev/null); do
    ticks=$((ticks + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$ticks"
}
api_allocated() {
  curl -s --max-time 5 "$BASE/metrics" | awk '/^system_runtime_dotnet_gc_heap_total_allocated / { print $2; found = 1 } END { if (!found) print -1 }'
}
counters() { printf '%s %s %s\n' "$(api_ticks)" "$(db_ticks)" "$(api_allocated)"; }

# Per request, from two counters() readings and the request count: API CPU in us, database server CPU in
# us (SQLite runs inside the API: -), allocated KB (-1 when /metrics did not say).
per_request() { # before after requests provider
  awk -v tick="$(getconf CLK_TCK)" -v n="$3" -v provider="$4" -v before="$1" -v after="$2" 'BEGIN {
    split(before, b, " "); split(after, a, " ")
    if (n <= 0) n = 1
    db = provider == "Postgres" ? sprintf("%.0f", (a[2] - b[2]) / tick / n * 1e6) : "-"
    alloc = (a[3] < 0 || b[3] < 0) ? -1 : (a[3] - b[3]) / n / 1024
    printf "%.0f\t%s\t%.1f\n", (a[1] - b[1]) / tick / n * 1e6, db, alloc }'
}

use() { # provider: what the helpers above read
  API_PID=${PID_OF[$1]} BASE=${BASE_OF[$1]} TOKEN=${TOKEN_OF[$1]} API_KEY=${KEY_OF[$1]}
}

set_up() { # provider
  local provider=$1 cs
  say "$provider: starting"
  if [[ $provider == Postgres ]]; then
    PGDIR=$(mktemp -d "${TMPDIR:-/tmp}/cleanplatform-bench-pg.XXXXXX")
    cs=$(bash "$ROOT/build/scripts/postgres.sh" start "$PGDIR") || die "PostgreSQL did not start"
    PG_VERSION="PostgreSQL $(cat "$PGDIR/data/PG_VERSION" 2>/dev/null || echo '?')"
    command -v pg_ctl >/dev/null 2>&1 && PG_VERSION=$(pg_ctl --version | sed 's/^pg_ctl (PostgreSQL)/PostgreSQL/')
  else
    cs="Data Source=$TMP/bench.db"
  fi
  start_api "$provider" "$cs"

  say "$provider: registering a user and creating $KEYS API keys"
  post /api/v1/identity/register \
    '{"email":"bench@example.test","password":"bench-password-2026","displayName":"Bench"}' >/dev/null
  TOKEN=$(post /api/v1/identity/register/confirm "{\"token\":\"$(confirmation_token "$TMP/mail-$provider")\"}" |
    json_field accessToken)
  local auth="Authorization: Bearer $TOKEN" i
  API_KEY=$(post /api/v1/identity/api-keys '{"name":"bench-read","scopes":["Read"]}' "$auth" | json_field secret)
  for i in $(seq 2 "$KEYS"); do
    post /api/v1/identity/api-keys "{\"name\":\"bench-$i\",\"scopes\":[\"Read\"]}" "$auth" >/dev/null
  done
  TOKEN_OF[$provider]=$TOKEN
  KEY_OF[$provider]=$API_KEY

  say "$provider: importing a season, replaying the agents over it, placing and settling 60 bets on its matches"
  local code_import events event
  code_import=$(curl -s -o "$TMP/import.json" -w '%{http_code}' --max-time 300 -H "$auth" \
    -F "file=@$ROOT/tests/TestSupport/Data/football-data/E0_2023-24.csv;type=text/csv" \
    "$BASE/api/v1/betting/imports/football-data" || true)
  [[ $code_import == 200 ]] || { cat "$TMP/import.json" >&2; die "$provider: the import answered ${code_import:-nothing}"; }
  events=$(curl -s --max-time 60 -H "$auth" "$BASE/api/v1/betting/studies/backtest?minimumEv=0" |
    python3 -c 'import json, sys; print(" ".join(dict.fromkeys(b["eventId"] for b in json.load(sys.stdin)["items"])))')
  i=0
  for event in $events; do
    ((i++ < 60)) || break
    post /api/v1/betting/bets "{\"eventId\":\"$event\",\"bookmakerKey\":\"b365\",\"market\":\"MatchResult\",\"selection\":\"Home\",\"line\":0,\"odds\":2.1,\"stake\":{\"amount\":10,\"currency\":\"EUR\"}}" "$auth" >/dev/null
  done
  post /api/v1/betting/settlement-runs "" "$auth" >/dev/null
  post /api/v1/betting/agent-runs '{"replay":true}' "$auth" >/dev/null

  say "$provider: billing details, Pro then Enterprise (two invoices), 16 webhook endpoints"
  local code
  code=$(curl -s -o "$TMP/customer.json" -w '%{http_code}' --max-time 30 -X PUT -H 'Content-Type: application/json' \
    -H "$auth" -d '{"version":0,"legalName":"Bench GmbH","email":"bench@example.test","address":{"line1":"Hauptstraße 1","city":"Berlin","postalCode":"10115","country":"DE"},"isBusiness":false,"timeZone":"Europe/Berlin","currency":"EUR"}' \
    "$BASE/api/v1/billing/customer" || true)
  [[ $code == 200 ]] || { cat "$TMP/customer.json" >&2; die "$provider: PUT /api/v1/billing/customer answered ${code:-nothing}"; }
  # The first subscription is a trial, with no invoice: ended at once, the second one is invoiced, then upgraded.
  local version
  version=$(post /api/v1/billing/subscription '{"planCode":"Pro","interval":"Monthly"}' "$auth" | json_field version)
  post /api/v1/billing/subscription/cancel "{\"atPeriodEnd\":false,\"version\":$version}" "$auth" >/dev/null
  version=$(post /api/v1/billing/subscription '{"planCode":"Pro","interval":"Monthly"}' "$auth" | json_field version)
  post /api/v1/billing/subscription/change "{\"planCode\":\"Enterprise\",\"interval\":\"Monthly\",\"version\":$version}" "$auth" >/dev/null
  for i in $(seq 1 16); do
    post /api/v1/billing/webhook-endpoints "{\"url\":\"https://hooks.example.com/bench/$i\",\"description\":\"Bench $i\"}" "$auth" >/dev/null
  done
  # The newest: the upgrade's prorated invoice.
  INVOICE_OF[$provider]=$(curl -s --max-time 10 -H "$auth" "$BASE/api/v1/billing/invoices" | json_field items.0.id)
  local deadline=$((SECONDS + 60))
  until [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H "$auth" \
    "$BASE/api/v1/billing/invoices/${INVOICE_OF[$provider]}/pdf" || true) == 200 ]]; do
    ((SECONDS < deadline)) || die "$provider: the invoice's PDF was not rendered within a minute"
    sleep 1
  done

  local entry name path credential goal header code
  for entry in "${ENDPOINTS[@]}"; do
    IFS='|' read -r name path credential goal <<<"$entry"
    path=${path//\{invoice\}/${INVOICE_OF[$provider]}}
    header=$(auth_header "$credential")
    code=$(curl -s -o "$TMP/check.json" -w '%{http_code}' --max-time 10 ${header:+-H "$header"} "$BASE$path" || true)
    [[ $code == 200 ]] || { cat "$TMP/check.json" >&2; die "$provider: GET $path answered ${code:-nothing}"; }
  done
}

measure() { # provider entry
  local provider=$1 name path credential goal out measured before after cost
  IFS='|' read -r name path credential goal <<<"$2"
  path=${path//\{invoice\}/${INVOICE_OF[$provider]}}
  use "$provider"
  say "$provider: $name ($DURATION)"
  out="$TMP/wrk-$provider-${#RESULTS[@]}.txt"
  before=$(counters)
  wrk_run "$DURATION" "$path" "$credential" >"$out" || die "wrk failed on $path"
  after=$(counters)
  measured=$(parse_wrk <"$out") || { cat "$out" >&2; die "could not read wrk's output for $path"; }
  cost=$(per_request "$before" "$after" "$(cut -f4 <<<"$measured")" "$provider")
  RESULTS+=("$provider	$name	$path	$credential	${goal:--}	$(cut -f1-3 <<<"$measured")	$cost")
  printf '    requests/s p99-ms failed requests | api-cpu-us db-cpu-us alloc-kb: %s | %s\n' \
    "$(tr '\t' ' ' <<<"$measured")" "$(tr '\t' ' ' <<<"$cost")" >&2
}

seconds() { # a wrk duration: 15s, 2m, 1h
  case $1 in
    *h) echo $((${1%h} * 3600)) ;;
    *m) echo $((${1%m} * 60)) ;;
    *s) echo "${1%s}" ;;
    *) echo "$1" ;;
  esac
}

# ------------------------------------------------------------------ run

read -ra PROVIDER_LIST <<<"$PROVIDERS"
planned=$((${#PROVIDER_LIST[@]} * (${#ENDPOINTS[@]} + 1) * ($(seconds "$DURATION") + $(seconds "$WARMUP"))))
((planned < 780)) || die "the runs would take ${planned} s; they must end within the access token's 15 minutes"

RESULTS=()
PG_VERSION=""
for provider in "${PROVIDER_LIST[@]}"; do
  set_up "$provider"
done

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED=$SECONDS
say "warming up ($WARMUP per endpoint and provider)"
for entry in "${ENDPOINTS[@]}"; do
  IFS='|' read -r name path credential goal <<<"$entry"
  for provider in "${PROVIDER_LIST[@]}"; do
    use "$provider"
    wrk_run "$WARMUP" "$path" "$credential" >/dev/null || die "wrk failed on $path"
  done
done
for entry in "${ENDPOINTS[@]}" "${ENDPOINTS[0]/#bare|/bare again|}"; do
  for provider in "${PROVIDER_LIST[@]}"; do
    measure "$provider" "$entry"
  done
done
ELAPSED=$((SECONDS - STARTED))
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
# The document this script rewrites is no local change to the code it measured.
exclude=()
[[ $OUTPUT == "$ROOT"/* ]] && exclude=(":(exclude)${OUTPUT#"$ROOT"/}")
[[ -n $(git status --porcelain --untracked-files=no -- . "${exclude[@]}" 2>/dev/null) ]] &&
  commit="$commit (with local changes)"
printf '%s\n' "${RESULTS[@]}" >"$TMP/results.tsv"

BENCH_DATE=$(date -u '+%Y-%m-%d %H:%M UTC') \
  BENCH_COMMIT=$commit \
  BENCH_NPROC=$(nproc) \
  BENCH_CPU=$(lscpu | sed -n 's/^Model name: *//p' | head -n 1) \
  BENCH_MEMORY=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) \
  BENCH_KERNEL="$(uname -sr)" \
  BENCH_DOTNET=$(dotnet --list-runtimes | sed -n 's/^Microsoft.AspNetCore.App \([^ ]*\).*/ASP.NET Core \1/p' | tail -n 1) \
  BENCH_POSTGRES=$PG_VERSION \
  BENCH_WRK=$(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2 || true) \
  BENCH_WRK_ARGS="-t$THREADS -c$CONNECTIONS -d$DURATION --latency" \
  BENCH_WARMUP=$WARMUP \
  BENCH_LOAD="$LOAD_START at the start, $LOAD_END at the end" \
  BENCH_ELAPSED=$ELAPSED \
  python3 "$ROOT/build/scripts/bench-report.py" "$TMP/results.tsv" "$OUTPUT"
say "wrote $OUTPUT (measuring took ${ELAPSED} s)"
