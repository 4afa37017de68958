#!/usr/bin/env bash
# Runs a platform command against the database build/run.sh uses (SQLite in data/ unless
# Database__Provider and ConnectionStrings__Default say otherwise), then exits.
#
#   bash build/cli.sh import football-data --organization "Demo Advisory" E0.csv [E1.csv ...]
#       imports football-data.co.uk season files into an organization (by name or id), as that
#       organization's background work (audited as "system: CommandLine"); prints each file's report
#       and exits 0, or 1 when a file failed, 2 for a usage error.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

DLL="$ROOT/src/Api/bin/Release/net10.0/CleanPlatform.Api.dll"
if [[ ! -f $DLL || -n $(find "$ROOT/src" -newer "$DLL" -type f -not -path '*/bin/*' -not -path '*/obj/*' -print -quit) ]]; then
  echo "==> building the API" >&2
  dotnet build "$ROOT/src/Api" -c Release -nologo -v quiet -clp:ErrorsOnly >&2
fi

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
export Database__Provider="${Database__Provider:-Sqlite}"
if [[ -z ${ConnectionStrings__Default:-} && $Database__Provider == Sqlite ]]; then
  mkdir -p "$ROOT/data"
  export ConnectionStrings__Default="Data Source=$ROOT/data/cleanplatform.db"
fi

# Files are named from where the command was typed; the API runs from its output folder.
args=()
for a in "$@"; do
  if [[ -f $a ]]; then args+=("$(cd "$(dirname "$a")" && pwd)/$(basename "$a")"); else args+=("$a"); fi
done
cd "$(dirname "$DLL")"
exec dotnet "$DLL" "${args[@]}"
