"""Benchmark database sources (issue #11): ``wbr compute`` over 10⁷ lead records in a DuckDB file
and 10⁶ in Postgres, 60 metrics with breakdowns, cohorts, filters, a second dating column,
durations, min/max/first/last and rates; then again with 4 order statistics added (a median by
source, a 90th percentile, a median duration, a distinct count), which cannot be added up from
days: the database sorts each period's records (see ``wbr.sources.pushdown``).

The records are generated inside the database by SQL (never in Python): three years of leads to
Sunday 15 Nov 2026, in time order, with a source, a region, a domain, a meeting for 60 % of them
0–20 days later, a disqualification for 20 % and an amount for 90 %. Then, per engine:

- ``python -m wbr -v compute`` as a child process of a small wrapper: total wall seconds, the
  child's peak memory (``getrusage(RUSAGE_CHILDREN).ru_maxrss``) and the rows transferred (from the
  ``-v`` log: one statement per source);
- in another fresh process, the same statement again (``WarehouseRecords.plan``): query seconds
  (until the result is an Arrow table: the aggregation, and a few thousand rows fetched) and
  transfer seconds (decoding it into pandas).

    python benchmarks/bench_warehouse.py                    # DuckDB 10⁷ (+ Postgres 10⁶ if set)
    python benchmarks/bench_warehouse.py --rows 1000000     # a smaller DuckDB run
    python benchmarks/bench_warehouse.py --rows 0           # Postgres only (--pg-rows 0: none)
    WBR_BENCH_POSTGRES_URL=postgresql://user:pw@127.0.0.1:5432/postgres \\
        python benchmarks/bench_warehouse.py                # Postgres too (a scratch database)

Postgres needs a role that may create databases; ``WBR_TEST_POSTGRES_URL`` (set by ``.ci/run``)
is used when ``WBR_BENCH_POSTGRES_URL`` is not set.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

END = "2026-11-15"  # a Sunday: the report week
SPAN_SECONDS = 3 * 365 * 86_400  # three years of leads before the end
SOURCES = ("web_form", "paid_search", "trade_show", "referral", "chatbot")
REGIONS = ("north", "south", "east", "west")


def generate_sql(rows: int, dialect: str) -> list[str]:
    """Statements that create ``crm.leads`` with ``rows`` records, computed by the database.
    Pseudo-random columns are multiplicative hashes of the record number (deterministic)."""
    series = (
        f"SELECT range AS i FROM range({rows})"
        if dialect == "duckdb"
        else f"SELECT i FROM generate_series(CAST(0 AS BIGINT), {rows - 1}) AS i"
    )
    ints = "BIGINT"

    def h(k: int, m: int) -> str:  # a hash of i in 0..m-1
        return f"((i * {2654435761 + 2 * k} + {97 * k}) % 4294967291 % {m})"

    start = f"TIMESTAMPTZ '{int(END[:4]) - 3}-11-16 06:00:00+00'"
    created = f"{start} + CAST(i * {SPAN_SECONDS} / {rows} AS {ints}) * INTERVAL '1 second'"
    source = "CASE " + " ".join(f"WHEN {h(1, 5)} = {n} THEN '{s}'" for n, s in enumerate(SOURCES))
    region = "CASE " + " ".join(f"WHEN {h(2, 4)} = {n} THEN '{r}'" for n, r in enumerate(REGIONS))
    return [
        "CREATE SCHEMA IF NOT EXISTS crm",
        "DROP TABLE IF EXISTS crm.leads",
        f"""CREATE TABLE crm.leads AS
        SELECT i AS lead_id,
               {created} AS created_at,
               {source} END AS lead_source,
               {region} END AS region,
               'd' || CAST({h(3, 200000)} AS VARCHAR) || '.example' AS email_domain,
               CASE WHEN {h(4, 10)} < 6
                    THEN {created} + {h(5, 1728000)} * INTERVAL '1 second' END AS meeting_at,
               CASE WHEN {h(6, 5)} = 0 THEN 'spam' END AS disqualified_reason,
               CASE WHEN {h(7, 10)} > 0 THEN CAST({h(8, 100000)} AS DOUBLE PRECISION) / 100
                    END AS amount
        FROM ({series}) AS numbers""",
    ]


def catalogue(order_statistics: bool = False) -> dict[str, Any]:
    """60 metrics: counts, sums and means (filtered, by source or region), cohorts, a second
    dating column, a duration, min/max/first/last, and the rates over them; with
    ``order_statistics`` 4 more: medians, a percentile and a distinct count."""

    def rec(**extra: Any) -> dict[str, Any]:
        body = {"unit": "count", "direction": "higher_is_better", "source": "leads", "agg": "count"}
        body.update(extra)
        return body

    m: dict[str, Any] = {
        "leads": rec(by="lead_source"),
        "qualified": rec(filter={"disqualified_reason": {"is_null": True}}, by="lead_source"),
        "spam": rec(filter={"disqualified_reason": "spam"}),
        "meetings": rec(date="meeting_at", by="lead_source"),
        "amount": rec(agg="sum", column="amount", by="region", unit="currency"),
        "amount_mean": rec(agg="mean", column="amount", by="lead_source", unit="currency"),
        "amount_by_source": rec(agg="sum", column="amount", by="lead_source", unit="currency"),
        "spam_by_source": rec(filter={"disqualified_reason": "spam"}, by="lead_source"),
        "qualified_amount": rec(
            agg="sum",
            column="amount",
            filter={"disqualified_reason": {"is_null": True}},
            by="region",
            unit="currency",
        ),  # fmt: skip
        "qualified_amount_mean": rec(
            agg="mean",
            column="amount",
            filter={"disqualified_reason": {"is_null": True}},
            unit="currency",
        ),  # fmt: skip
        "wait_mean": rec(
            agg="mean", duration={"from": "created_at", "to": "meeting_at"}, unit="days"
        ),
        "with_amount": rec(column="amount"),
        "amount_min": rec(agg="min", column="amount", unit="currency"),
        "amount_max": rec(agg="max", column="amount", unit="currency"),
        "amount_first": rec(agg="first", column="amount", unit="currency"),
        "amount_last": rec(agg="last", column="amount", unit="currency"),
    }
    for days in (7, 14, 30):
        m[f"met_in_{days}"] = rec(
            cohort={"event": "meeting_at", "within_days": days}, by="lead_source"
        )
    for r in REGIONS:
        m[f"leads_{r}"] = rec(filter={"region": r})
        m[f"met_in_14_{r}"] = rec(
            filter={"region": r}, cohort={"event": "meeting_at", "within_days": 14}
        )
        m[f"amount_mean_{r}"] = rec(
            agg="mean", column="amount", filter={"region": r}, unit="currency"
        )
        m[f"meetings_{r}"] = rec(date="meeting_at", filter={"region": r})
        m[f"qualified_{r}"] = rec(filter={"region": r, "disqualified_reason": {"is_null": True}})
    for s in SOURCES:
        m[f"amount_{s}"] = rec(
            agg="sum", column="amount", filter={"lead_source": s}, unit="currency"
        )
        m[f"big_{s}"] = rec(filter={"lead_source": s, "amount": {"gt": 500}})
    rates = {
        "qualified_rate": "qualified / leads",
        "spam_rate": "spam / leads",
        "met_7_rate": "met_in_7 / leads",
        "met_14_rate": "met_in_14 / leads",
        "met_30_rate": "met_in_30 / leads",
        "amount_per_lead": "amount / leads",
        "amount_coverage": "with_amount / leads",
    }
    for r in REGIONS:
        rates[f"met_14_rate_{r}"] = f"met_in_14_{r} / leads_{r}"
    for name, formula in rates.items():
        m[name] = {"unit": "ratio", "direction": "higher_is_better", "formula": formula}
    assert len(m) == 60, len(m)
    if order_statistics:  # per period, not per day: the costly kind (see the module docstring)
        m |= {
            "amount_median": rec(agg="median", column="amount", by="lead_source", unit="currency"),
            "amount_p90": rec(agg="percentile", percentile=90, column="amount", unit="currency"),
            "wait_median": rec(
                agg="median", duration={"from": "created_at", "to": "meeting_at"}, unit="days"
            ),
            "domains": rec(agg="count_distinct", column="email_domain"),
        }
    return {
        name: {"label": name.replace("_", " ").capitalize(), **body} for name, body in m.items()
    }


def write_project(root: Path, connection: dict[str, Any], order_statistics: bool = False) -> Path:
    (root / "metrics").mkdir(parents=True, exist_ok=True)
    (root / "metrics" / "leads.yaml").write_text(
        yaml.safe_dump(catalogue(order_statistics), sort_keys=False), encoding="utf-8"
    )
    config = {
        "title": "Warehouse benchmark",
        "week_ending": END,
        "timezone": "America/Chicago",
        "connections": {"db": connection},
        "sources": {
            "leads": {
                "connection": "db",
                "table": "crm.leads",
                "date_column": "created_at",
                "data_through": END,
            },
        },  # fmt: skip
        "metrics": ["metrics/*.yaml"],
    }
    path = root / "wbr.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


WRAPPER = """
import resource, subprocess, sys, time
t0 = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
wall = time.perf_counter() - t0
sys.stderr.write(done.stderr)
if done.returncode:
    sys.exit(done.returncode)
print(wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def whole_process(config: Path, env: dict[str, str]) -> tuple[float, float, int]:
    """Wall seconds, peak MB and rows transferred of ``python -m wbr -v compute``."""
    out = config.parent / "metrics.json"
    command = [sys.executable, "-c", WRAPPER, sys.executable, "-m", "wbr", "-v", "compute",
               str(config), "-o", str(out)]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    if done.returncode:
        sys.exit(f"wbr compute failed:\n{done.stderr}")
    wall, maxrss_kb = done.stdout.split()
    rows = sum(int(n) for n in re.findall(r"(\d+) rows transferred", done.stderr))
    json.loads(out.read_text(encoding="utf-8"))  # a complete result
    return float(wall), int(maxrss_kb) / 1024, rows


def query_and_transfer(config: Path, env: dict[str, str]) -> tuple[float, float]:
    """The source's statement again, in a fresh process (one DuckDB instance per measurement):
    seconds to the result as Arrow (the aggregation done) and to decode it into pandas."""
    command = [sys.executable, __file__, "--statement-of", str(config)]
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    if done.returncode:
        sys.exit(f"the statement failed:\n{done.stderr}")
    query, transfer = done.stdout.split()
    return float(query), float(transfer)


def statement_seconds(config: Path) -> tuple[float, float]:
    """(In the child of :func:`query_and_transfer`.)"""
    from wbr.project import load_project
    from wbr.report import build_metric_set, load_data

    project = load_project(config)
    data = load_data(project)
    build_metric_set(project, None, data=data)
    backend: Any = data.sources["leads"].backend
    expr = backend.statement(backend.plan, backend.window)
    t0 = time.perf_counter()
    table = expr.to_pyarrow()  # the database's work and its Arrow result (a few thousand rows)
    t1 = time.perf_counter()
    table.to_pandas()
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1


def report(engine: str, rows: int, folder: Path, connection: dict[str, Any],
           env: dict[str, str]) -> None:  # fmt: skip
    """Both catalogues: the 60 metrics, then with the 4 order statistics added."""
    for order_statistics in (False, True):
        root = folder / ("with_order_statistics" if order_statistics else "metrics_60")
        config = write_project(root, connection, order_statistics)
        wall, peak, transferred = whole_process(config, env)
        query, transfer = query_and_transfer(config, env)
        what = "60 + 4 order statistics" if order_statistics else "60 metrics"
        print(
            f"{engine:8} {rows:>12,} records  {what:24} query {query:6.2f} s  "
            f"transfer {transfer:5.2f} s  total {wall:6.2f} s  peak {peak:6.0f} MB  "
            f"rows transferred {transferred:,}",
            flush=True,
        )


def bench_duckdb(rows: int, root: Path) -> None:
    import duckdb

    database = root / "duckdb" / "leads.duckdb"
    database.parent.mkdir(parents=True)
    t0 = time.perf_counter()
    con = duckdb.connect(str(database))
    try:
        for statement in generate_sql(rows, "duckdb"):
            con.execute(statement)
    finally:
        con.close()
    print(f"duckdb: generated {rows:,} records in {time.perf_counter() - t0:.1f} s", flush=True)
    connection = {"type": "duckdb", "path": str(database)}
    report("duckdb", rows, database.parent, connection, dict(os.environ))


def bench_postgres(rows: int, root: Path, server: str) -> None:
    import uuid

    import psycopg

    name = f"wbr_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = f"{server.rpartition('/')[0]}/{name}"
    try:
        t0 = time.perf_counter()
        with psycopg.connect(url, autocommit=True) as con:
            for statement in generate_sql(rows, "postgres"):
                con.execute(statement)  # type: ignore[arg-type]
            con.execute("ANALYZE crm.leads")
        took = time.perf_counter() - t0
        print(f"postgres: generated {rows:,} records in {took:.1f} s", flush=True)
        connection = {"type": "postgres", "url_env": "WBR_BENCH_DB_URL"}
        report("postgres", rows, root / "postgres", connection,
               {**os.environ, "WBR_BENCH_DB_URL": url})  # fmt: skip
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000, help="DuckDB records")
    parser.add_argument("--pg-rows", type=int, default=1_000_000, help="Postgres records")
    parser.add_argument("--statement-of", type=Path, help=argparse.SUPPRESS)  # a child's job
    args = parser.parse_args()
    if args.statement_of is not None:
        print(*statement_seconds(args.statement_of))
        return
    server = os.environ.get("WBR_BENCH_POSTGRES_URL") or os.environ.get("WBR_TEST_POSTGRES_URL")
    load = os.getloadavg()[0]
    print(f"load average {load:.1f} on {os.cpu_count()} cores", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        if args.rows > 0:
            bench_duckdb(args.rows, Path(tmp))
        if server and args.pg_rows > 0:
            bench_postgres(args.pg_rows, Path(tmp), server)
        elif args.pg_rows > 0:
            print("postgres: skipped (set WBR_BENCH_POSTGRES_URL)")


if __name__ == "__main__":
    main()
