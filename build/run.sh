#!/usr/bin/env bash
# Runs the platform on this machine: the API serving the built SPA, on SQLite by default, listening
# on loopback only, with the demo organization loaded.
#
#   bash build/run.sh
#   ASPNETCORE_URLS=http://0.0.0.0:8080 bash build/run.sh          # listen on every interface
#   DEMO_DATA=false bash build/run.sh                              # an empty platform
#   Database__Provider=Postgres ConnectionStrings__Default='Host=...;...' bash build/run.sh
#
# The platform administrator (operator@cleanplatform.test) gets a random password on the first start,
# kept in data/platform-admin-password (readable by you only); it is never printed in the README.
#
# Installs client packages only when client/node_modules is missing or older than the lock
# file, rebuilds the SPA only when its sources changed, and builds the API incrementally, so a
# second start reuses everything and takes seconds.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

say() { printf '==> %s\n' "$*" >&2; }

# ------------------------------------------------------------------ client packages
if [[ ! -d client/node_modules || client/package-lock.json -nt client/node_modules ]]; then
  say "installing client packages"
  if ! (cd client && npm ci --no-audit --no-fund </dev/null); then
    say "npm ci failed; trying npm install"
    (cd client && npm install --no-audit --no-fund </dev/null)
  fi
  touch client/node_modules
fi

# ------------------------------------------------------------------ SPA
spa_stale() {
  [[ -f client/dist/index.html ]] || return 0
  local inputs=() f
  for f in client/src client/public client/index.html client/package.json client/package-lock.json \
    client/vite.config.ts client/vite.config.js client/tsconfig.json client/tsconfig.app.json; do
    [[ -e $f ]] && inputs+=("$f")
  done
  [[ -n $(find "${inputs[@]}" -newer client/dist/index.html -print -quit 2>/dev/null) ]]
}
if spa_stale; then
  say "building the SPA"
  (cd client && npm run build </dev/null)
else
  say "SPA is up to date"
fi

# ------------------------------------------------------------------ API
DLL="$ROOT/src/Api/bin/Release/net10.0/CleanPlatform.Api.dll"
# Even an incremental build costs seconds; skip it when no source or build file is newer than the dll.
api_changed() {
  [[ ! -f $DLL ]] && return 0
  [[ -n $(find src Directory.Build.props Directory.Packages.props global.json -newer "$DLL" -type f \
    -not -path '*/bin/*' -not -path '*/obj/*' -print -quit) ]]
}
if api_changed; then
  say "building the API"
  dotnet build src/Api -c Release -nologo -v quiet -clp:ErrorsOnly
else
  say "API is up to date"
fi
mkdir -p "$ROOT/data"

export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:5080}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
export Database__Provider="${Database__Provider:-Sqlite}"
if [[ -z ${ConnectionStrings__Default:-} && $Database__Provider == Sqlite ]]; then
  export ConnectionStrings__Default="Data Source=$ROOT/data/cleanplatform.db"
fi
# Demo data is asked for here, and forced past the Production guard: this script is for trying it out.
DEMO_DATA=${DEMO_DATA:-true}
export Seed__DemoData="$DEMO_DATA"
export Seed__AllowDemoDataInProduction="$DEMO_DATA"
# The demo organization's betting data: the two Premier League seasons kept in the repository.
export Seed__Betting__FootballDataDirectory="${Seed__Betting__FootballDataDirectory:-$ROOT/tests/TestSupport/Data/football-data}"
export Spa__RootPath="${Spa__RootPath:-$ROOT/client/dist}"

# The platform administrator: its own account, with a password made on this machine once.
export Platform__AdminEmail="${Platform__AdminEmail:-operator@cleanplatform.test}"
PASSWORD_FILE="$ROOT/data/platform-admin-password"
if [[ -z ${Platform__AdminPassword:-} ]]; then
  if [[ ! -s $PASSWORD_FILE ]]; then
    (umask 077 && python3 -c 'import secrets; print(secrets.token_urlsafe(18))' >"$PASSWORD_FILE")
  fi
  Platform__AdminPassword=$(<"$PASSWORD_FILE")
  export Platform__AdminPassword
fi

# The first URL, with a wildcard host shown as localhost.
url=${ASPNETCORE_URLS%%;*}
url=$(sed -E 's#://(\+|\*|0\.0\.0\.0|\[::\])(:|/|$)#://localhost\2#' <<<"$url")
url=${url%/}

# E-mail (sign-up links): through Email__Smtp__Host when set, otherwise into data/mail as .eml files.
export Email__LinkBaseUrl="${Email__LinkBaseUrl:-$url}"
export Email__PickupDirectory="${Email__PickupDirectory:-$ROOT/data/mail}"
if [[ -n ${Email__Smtp__Host:-} ]]; then
  mail_info="through $Email__Smtp__Host"
else
  mail_info="no SMTP relay (set Email__Smtp__Host): written to ${Email__PickupDirectory#"$ROOT"/}/*.eml"
fi

cat >&2 <<INFO

  CleanPlatform  ($ASPNETCORE_ENVIRONMENT, database: $Database__Provider)
  App:      $url/
  Swagger:  $url/swagger
  Health:   $url/health/ready
  Metrics:  $url/metrics
  E-mail:   $mail_info

  Platform administrator: $Platform__AdminEmail
    password in ${PASSWORD_FILE#"$ROOT"/} (made on the first start; change it after signing in)
INFO
if [[ $DEMO_DATA == true ]]; then
  cat >&2 <<INFO

  Demo data: loaded (DEMO_DATA=false starts an empty platform).
  Demo organization "Demo Advisory" (password Demo#2026pass for all):
    admin@cleanplatform.test     Admin
    advisor@cleanplatform.test   Advisor
    member@cleanplatform.test    Member
    viewer@cleanplatform.test    Viewer
  Betting: the Premier League 2022-23 and 2023-24 seasons with their prices (imported on the first start).
INFO
else
  echo "  Demo data: not loaded." >&2
fi
cat >&2 <<INFO

  Listening on $ASPNETCORE_URLS. Stop with Ctrl+C.

INFO

# The content root is the working directory: start from the output folder so that the
# appsettings*.json beside the dll are the ones read.
cd "$(dirname "$DLL")"
exec dotnet "$DLL"
