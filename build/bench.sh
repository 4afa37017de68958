#!/usr/bin/env bash
# Two modes:
#   bash build/bench.sh http             the API under load: wrk on loopback, PostgreSQL and SQLite, ratios
#                                        to a bare endpoint; writes docs/benchmarks.md (build/scripts/bench-http.sh)
#   bash build/bench.sh [GLOB] [ARGS]    the BenchmarkDotNet suite in tests/Benchmarks (the default)
#
#   bash build/bench.sh                 every BenchmarkDotNet benchmark
#   bash build/bench.sh '*Kelly*'       only those whose full name matches the glob
#   bash build/bench.sh "*" --job short  extra arguments go to BenchmarkDotNet
#   bash build/bench.sh '*OddsSnapshotImport*'   issue #13 alone: importing 400k odds snapshots on PostgreSQL,
#                                        the writer against a raw binary COPY; uses the server in
#                                        CLEANPLATFORM_BENCH_POSTGRES (a database of its own, dropped after) or
#                                        starts a throwaway cluster per benchmark (build/scripts/postgres.sh)
#   bash build/bench.sh '*Settlement*'  issue #13: a settlement run over 100k pending bets, through the API's host as
#                                        the settlement job sends it, against one hand-written UPDATE; same server
#   bash build/bench.sh '*Backtest*'    issue #13: a backtest over 400k snapshot rows, through the API's host, against
#                                        a hand-written read of the same rows; same server
#   bash build/bench.sh '*Renewal*'     issue #14: a renewal run over 10k subscriptions (periods renewed, invoices drafted,
#                                        finalized and numbered), through the API's host as the renewal job runs it, one
#                                        organization at a time, against hand-written set-based SQL; same server
# BenchmarkDotNet results land in BenchmarkDotNet.Artifacts/ under the working directory.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [[ ${1:-} == http ]]; then
  exec bash "$ROOT/build/scripts/bench-http.sh" "${@:2}"
fi
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
exec dotnet run -c Release --project tests/Benchmarks -- --filter "${1:-*}" "${@:2}"
