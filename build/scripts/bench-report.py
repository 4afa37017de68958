"""Turns build/scripts/bench-http.sh's measurements into markdown: prints the results and writes them to
the benchmarks document, keeping whatever comes before its "## Results" heading.

    python3 bench-report.py RESULTS.tsv OUTPUT.md    (machine details come in BENCH_* variables)

RESULTS.tsv: provider, name, path, credential (none|bearer|key), goal (least ratio to bare, or -),
requests/s, p99 in ms, failed requests, API CPU per request in us, database server CPU per request in us
(- for SQLite, which runs inside the API), KB allocated by the API per request (-1: unknown).
"""
import os
import sys

P99_LIMIT_MS = 50.0
SQLITE_WITHIN = 2.0
HEADING = "## Results"
PROVIDERS = {"Postgres": "PostgreSQL", "Sqlite": "SQLite"}
CREDENTIALS = {"none": "", "bearer": " (token)", "key": " (`X-Api-Key`)"}

INTRO = """# Benchmarks

`bash build/bench.sh http` measures the API under load with wrk on loopback, on each database provider
(a throwaway PostgreSQL cluster and SQLite in a temporary file), and rewrites the results section
below. It builds the API in Release and starts one process per provider (`Production`, Serilog at
`Warning`, rate limits and quotas lifted), registers a user through each, creates 50 API keys (which
also writes 50 audit entries), warms up, then runs wrk against each endpoint on one provider right
after the other, and the bare endpoint once more at the end. `bash build/bench.sh [GLOB]` without
`http` runs the BenchmarkDotNet micro-benchmarks in `tests/Benchmarks` instead.

Absolute numbers depend on the machine and on whatever else runs on it. The targets are ratios to the
bare endpoint (`/health/live`) served by the same process in the same run (issue #11; `../shared/ARCHITECTURE.md`,
"The request path"):

| what | target |
| --- | --- |
| `GET /api/v1/identity/me`, with a token and with an API key | at least 0.4 × the bare endpoint's requests/s |
| a paged list (50 items): API keys, audit entries | at least 0.25 × the bare endpoint's requests/s |
| p99 of those | under 50 ms |
| SQLite | within 2× of PostgreSQL's requests/s on the same endpoint |

A missed goal is marked ✗ in the table; the script still exits 0 (it fails only when it cannot measure).
Beside requests/s it reports what each request cost: CPU of the API process and of the PostgreSQL server
(from `/proc`) and bytes the API allocated (from its `/metrics`), divided by the requests wrk made.
Those say where the time goes; they move less than requests/s when other work shares the machine,
though heavy contention inflates them too (spinning, cache misses).
"""


def read(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            provider, name, url, credential, goal, rps, p99, failed, api_cpu, db_cpu, alloc = \
                line.rstrip("\n").split("\t")
            rows.append({
                "provider": provider, "name": name, "path": url, "credential": credential,
                "goal": None if goal == "-" else float(goal),
                "rps": float(rps), "p99": float(p99), "failed": int(failed),
                "api_cpu": float(api_cpu), "db_cpu": None if db_cpu == "-" else float(db_cpu),
                "alloc": None if float(alloc) < 0 else float(alloc),
            })
    return rows


def endpoint(row):
    again = " again, at the end" if row["goal"] is None and row["name"] != "bare" else ""
    return f"`GET {row['path']}`{CREDENTIALS.get(row['credential'], '')}{again}"


def verdict(row):
    if row["goal"] is None:
        return "bare" if row["failed"] == 0 else f"✗ {row['failed']} failed requests"
    misses = []
    if row["ratio"] < row["goal"]:
        misses.append(f"ratio < {row['goal']:.2f}")
    if row["p99"] >= P99_LIMIT_MS:
        misses.append(f"p99 ≥ {P99_LIMIT_MS:.0f} ms")
    if row["failed"]:
        misses.append(f"{row['failed']} failed requests")
    goal = f"≥ {row['goal']:.2f}, p99 < {P99_LIMIT_MS:.0f} ms"
    return f"✗ {'; '.join(misses)}" if misses else f"✓ {goal}"


def main(results, output):
    rows = read(results)
    # The bare endpoint is measured first and last: ratios are to the mean, so drift shows and halves.
    bares = {}
    for r in rows:
        if r["goal"] is None:
            bares.setdefault(r["provider"], []).append(r["rps"])
    bare = {p: sum(v) / len(v) for p, v in bares.items()}
    for r in rows:
        r["ratio"] = r["rps"] / bare[r["provider"]] if bare.get(r["provider"]) else 0.0

    env = os.environ.get
    lines = [
        HEADING,
        "",
        f"Measured {env('BENCH_DATE', '?')} at commit {env('BENCH_COMMIT', '?')} by `bash build/bench.sh http`"
        f" ({env('BENCH_ELAPSED', '?')} s of measuring, build excluded).",
        "",
        f"- Machine: {env('BENCH_NPROC', '?')} CPUs ({env('BENCH_CPU', '?')}), {env('BENCH_MEMORY', '?')} memory,"
        f" {env('BENCH_KERNEL', '?')}; load average {env('BENCH_LOAD', '?')}.",
        f"- Software: {env('BENCH_DOTNET', '?')}, {env('BENCH_POSTGRES') or 'PostgreSQL'}, {env('BENCH_WRK', 'wrk')}.",
        f"- Load: `wrk {env('BENCH_WRK_ARGS', '?')}` per endpoint and provider on 127.0.0.1, each endpoint on one"
        f" provider right after the other, after a {env('BENCH_WARMUP', '?')} warm-up of each; wrk, the API"
        " processes and PostgreSQL share the machine.",
        "",
        "Ratios are to the mean of the bare endpoint's two measurements (first and last) on the same provider.",
        "",
        "| endpoint | provider | requests/s | p99 | ratio to bare | goal | API CPU per request |"
        " PostgreSQL CPU per request | allocated per request |",
        "| --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |",
    ]
    for r in rows:
        db = "in the API" if r["db_cpu"] is None else f"{r['db_cpu']:,.0f} µs"
        alloc = "?" if r["alloc"] is None else f"{r['alloc']:,.1f} KB"
        lines.append(f"| {endpoint(r)} | {PROVIDERS.get(r['provider'], r['provider'])} | {r['rps']:,.0f} |"
                     f" {r['p99']:.1f} ms | {r['ratio']:.2f} | {verdict(r)} | {r['api_cpu']:,.0f} µs | {db} | {alloc} |")

    by = {(r["provider"], r["name"]): r for r in rows}
    pairs = [(by[k], by.get(("Sqlite", k[1]))) for k in by if k[0] == "Postgres"]
    pairs = [(pg, lite) for pg, lite in pairs if lite is not None]
    if pairs:
        lines += [
            "",
            "SQLite against PostgreSQL, as measured: each endpoint ran on one provider right after the other.",
            "",
            "| endpoint | PostgreSQL requests/s | SQLite requests/s | SQLite ÷ PostgreSQL | goal |",
            "| --- | ---: | ---: | ---: | --- |",
        ]
        for pg, lite in pairs:
            relative = lite["rps"] / pg["rps"] if pg["rps"] else 0.0
            if pg["goal"] is None:
                mark = "—"
            elif 1 / SQLITE_WITHIN <= relative <= SQLITE_WITHIN:
                mark = "✓ within 2×"
            else:
                mark = "✗ not within 2×"
            lines.append(f"| {endpoint(pg)} | {pg['rps']:,.0f} | {lite['rps']:,.0f} | {relative:.2f} | {mark} |")

    results_md = "\n".join(lines) + "\n"
    print(results_md)

    intro = INTRO
    if os.path.exists(output):
        with open(output, encoding="utf-8") as f:
            existing = f.read()
        at = existing.find("\n" + HEADING + "\n")
        if existing.startswith(HEADING + "\n"):
            at = 0
        if at >= 0:
            intro = existing[:at].rstrip("\n") + "\n"
    with open(output, "w", encoding="utf-8") as f:
        f.write(intro + "\n" + results_md)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: bench-report.py RESULTS.tsv OUTPUT.md")
    main(sys.argv[1], sys.argv[2])
