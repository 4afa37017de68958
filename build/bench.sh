#!/usr/bin/env bash
# Runs the BenchmarkDotNet suite in tests/Benchmarks.
#   bash build/bench.sh                 every benchmark
#   bash build/bench.sh '*Kelly*'       only those whose full name matches the glob
#   bash build/bench.sh "*" --job short  extra arguments go to BenchmarkDotNet
# Results land in BenchmarkDotNet.Artifacts/ under the working directory.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
exec dotnet run -c Release --project tests/Benchmarks -- --filter "${1:-*}" "${@:2}"
