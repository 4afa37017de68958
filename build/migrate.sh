#!/usr/bin/env bash
# EF Core migrations for the three database providers.
#
#   build/migrate.sh add <Name>
#       adds migration <Name> for SQLite, PostgreSQL and SQL Server, each in its own folder
#       under src/Infrastructure/Persistence/Migrations/
#   build/migrate.sh apply [--provider Sqlite|Postgres|SqlServer] [--connection "<connection string>"]
#       applies pending migrations; the provider defaults to $Database__Provider or Sqlite, the
#       connection to $ConnectionStrings__Default or, for SQLite, data/cleanplatform.db
#   build/migrate.sh script <Sqlite|Postgres|SqlServer>
#       writes an idempotent SQL script of every migration to standard output
#   build/migrate.sh list [<Provider>]
#       lists the migrations of a provider (default Sqlite)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

PROJECT_ARGS=(--project src/Infrastructure --startup-project src/Infrastructure)
PROVIDERS=(Sqlite Postgres SqlServer)

usage() {
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" >&2
  exit 2
}

# Canonical provider name from what the user typed.
provider_name() {
  case "${1,,}" in
    sqlite) echo Sqlite ;;
    postgres | postgresql | npgsql | pg) echo Postgres ;;
    sqlserver | mssql | sql-server) echo SqlServer ;;
    *)
      echo "unknown provider '$1' (expected Sqlite, Postgres or SqlServer)" >&2
      exit 2
      ;;
  esac
}

context_of() { echo "${1}AppDbContext"; }

ef() { dotnet ef "$@"; }

restore_tools() { dotnet tool restore >/dev/null; }

cmd=${1:-}
[[ -n $cmd ]] || usage
shift

case $cmd in
  add)
    [[ $# -eq 1 ]] || usage
    name=$1
    restore_tools
    # Each call builds the project (incrementally), so every provider's design-time model
    # is made from the current sources.
    for p in "${PROVIDERS[@]}"; do
      echo "==> $p: adding migration $name" >&2
      ef migrations add "$name" \
        --context "$(context_of "$p")" "${PROJECT_ARGS[@]}" \
        --output-dir "Persistence/Migrations/$p"
    done
    ;;
  apply)
    provider=${Database__Provider:-Sqlite}
    connection=${ConnectionStrings__Default:-}
    while [[ $# -gt 0 ]]; do
      case $1 in
        --provider) provider=${2:?--provider needs a value}; shift 2 ;;
        --connection) connection=${2:?--connection needs a value}; shift 2 ;;
        *) usage ;;
      esac
    done
    provider=$(provider_name "$provider")
    if [[ -z $connection ]]; then
      if [[ $provider == Sqlite ]]; then
        mkdir -p "$ROOT/data"
        connection="Data Source=$ROOT/data/cleanplatform.db"
      else
        echo "apply: give --connection or set ConnectionStrings__Default for $provider" >&2
        exit 2
      fi
    fi
    restore_tools
    echo "==> $provider: applying migrations" >&2
    ef database update --context "$(context_of "$provider")" "${PROJECT_ARGS[@]}" --connection "$connection"
    ;;
  script)
    [[ $# -eq 1 ]] || usage
    provider=$(provider_name "$1")
    restore_tools
    out=$(mktemp)
    trap 'rm -f "$out"' EXIT
    # Build messages go to stderr; only the SQL reaches stdout.
    if ! ef migrations script --idempotent --context "$(context_of "$provider")" "${PROJECT_ARGS[@]}" \
      --output "$out" >&2; then
      if [[ $provider == Sqlite ]]; then
        echo "==> SQLite cannot script idempotently here; writing the plain script" >&2
        ef migrations script --context "$(context_of "$provider")" "${PROJECT_ARGS[@]}" --output "$out" >&2
      else
        exit 1
      fi
    fi
    cat "$out"
    ;;
  list)
    provider=$(provider_name "${1:-Sqlite}")
    restore_tools
    ef migrations list --context "$(context_of "$provider")" "${PROJECT_ARGS[@]}"
    ;;
  -h | --help | help) usage ;;
  *) usage ;;
esac
