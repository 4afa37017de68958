#!/usr/bin/env bash
# Regenerates the API contract after the API surface changed, in one go:
#
#   bash build/openapi.sh
#
#   1. client/openapi/v1.json: what the API serves, written by the drift test in update mode
#      (SQLite, no PostgreSQL needed);
#   2. client/src/api/schema.ts from it (`npm run gen:api`);
#   3. lints it with Redocly and Spectral (`npm run lint:openapi`; 0 errors is the bar).
#
# Commit both generated files. Stops at the first step that fails and exits non-zero.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

say() { printf '==> %s\n' "$*" >&2; }

say "client/openapi/v1.json from the API"
CLEANPLATFORM_UPDATE_OPENAPI=1 dotnet test --project tests/Api.FunctionalTests -c Release \
  --filter-method "*OpenApiDocument*" </dev/null

if [[ ! -d client/node_modules || client/package-lock.json -nt client/node_modules ]]; then
  say "installing client packages"
  (cd client && npm ci --no-audit --no-fund </dev/null)
  touch client/node_modules
fi

say "client/src/api/schema.ts"
(cd client && npm run --silent gen:api </dev/null)

say "linting client/openapi/v1.json"
(cd client && npm run --silent lint:openapi </dev/null)

say "done: commit client/openapi/v1.json and client/src/api/schema.ts"
