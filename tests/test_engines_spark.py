"""Spark connections (issue #11): time zones across DST changes on every engine, and bad inputs.

The business day of an instant is taken in the report's zone by each engine's own function
(DuckDB and Postgres ``timezone(zone, ts)``, Spark ``from_utc_timestamp(ts, zone)``); the
hand-computed days below must come back from all three, on the 2026 DST changes in Chicago
(clocks forward Sun 8 Mar at 02:00 CST = 08:00Z; back Sun 1 Nov at 02:00 CDT = 07:00Z).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tests import engines
from tests.conftest import one_error, run_cli
from tests.test_records import rec
from wbr.connections import ConnectionConfig, SparkSettings, WarehouseTable
from wbr.sources import warehouse

pytest.importorskip("ibis")

TZ = "America/Chicago"
# instant (UTC) → its business day in Chicago, worked out by hand
DST_CASES = [
    ("2026-03-08T05:30:00Z", "2026-03-07"),  # 23:30 CST (UTC−6), the evening before
    ("2026-03-08T07:59:00Z", "2026-03-08"),  # 01:59 CST, a minute before clocks go forward
    ("2026-03-08T08:30:00Z", "2026-03-08"),  # 03:30 CDT (UTC−5)
    ("2026-11-01T04:30:00Z", "2026-10-31"),  # 23:30 CDT
    ("2026-11-01T05:30:00Z", "2026-11-01"),  # 00:30 CDT
    ("2026-11-01T06:30:00Z", "2026-11-01"),  # 01:30 CDT, the first 01:30
    ("2026-11-01T07:30:00Z", "2026-11-01"),  # 01:30 CST, the second 01:30
    ("2026-11-02T05:30:00Z", "2026-11-01"),  # 23:30 CST: still Sunday in Chicago
]
# the wall-clock time read back as an instant (durations): the repeated 01:30 is taken as the
# later, standard-time one, as the file path does; every other instant comes back unchanged
BACK = [s for s, _ in DST_CASES]
BACK[5] = "2026-11-01T07:30:00Z"


def instants() -> pa.Table:
    stamps = pd.to_datetime([s for s, _ in DST_CASES], utc=True)
    return pa.table(
        {"i": list(range(len(DST_CASES))), "ts": pa.array(stamps, pa.timestamp("us", "UTC"))}
    )


def check_days(backend_kind: str, where: WarehouseTable, cache: dict[str, Any]) -> None:
    table = warehouse.checked_table("t", where, "ts", {}, cache)
    local = warehouse.local_time(table["ts"], TZ, backend_kind)
    back = warehouse.zone_instant(local, TZ, backend_kind)
    got = table.select("i", day=local.date(), back=back.epoch_seconds()).order_by("i").to_pandas()
    assert [pd.Timestamp(d).date() for d in got["day"]] == [
        dt.date.fromisoformat(d) for _, d in DST_CASES
    ]
    want = [int(pd.Timestamp(s).timestamp()) for s in BACK]
    assert [int(x) for x in got["back"]] == want


def test_business_days_across_dst_on_duckdb(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    path = tmp_path / "tz.duckdb"
    con = duckdb.connect(str(path))
    con.register("rows", instants())
    con.execute("CREATE TABLE t AS SELECT * FROM rows")
    con.close()
    conn = ConnectionConfig("db", "duckdb", path=path)
    check_days("duckdb", WarehouseTable(conn, "t", None), {})


@pytest.fixture
def postgres_db() -> Iterator[str]:
    yield from engines.fresh_postgres_database("wbr_tz")


def test_business_days_across_dst_on_postgres(
    postgres_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import psycopg

    with psycopg.connect(postgres_db, autocommit=True) as con:
        # the server's own zone must not matter: a session in Tokyo
        con.execute("CREATE TABLE t (i bigint, ts timestamptz)")
        with con.cursor() as cur, cur.copy("COPY t FROM STDIN") as copy:
            for i, (stamp, _) in enumerate(DST_CASES):
                copy.write_row((i, pd.Timestamp(stamp).to_pydatetime()))
        con.execute(
            f"ALTER DATABASE \"{postgres_db.rsplit('/', 1)[1]}\" SET timezone TO 'Asia/Tokyo'"
        )
    monkeypatch.setenv("WBR_TZ_URL", postgres_db)
    conn = ConnectionConfig("pg", "postgres", url_env="WBR_TZ_URL")
    check_days("postgres", WarehouseTable(conn, "t", None), {})


def spark_connection(tmp_path: Path, tables: dict[str, str]) -> ConnectionConfig:
    settings = SparkSettings("local[2]", str(tmp_path / "warehouse"), tuple(tables.items()), ())
    return ConnectionConfig("lake", "spark", spark=settings)


def test_business_days_across_dst_on_spark(spark_session: Any, tmp_path: Path) -> None:
    pq.write_table(instants(), tmp_path / "tz.parquet", coerce_timestamps="us")
    conn = spark_connection(tmp_path, {"tz.t": str(tmp_path / "tz.parquet")})
    # Spark's TIMESTAMP holds instants; Ibis reads it without a zone, wbr types it as one
    table = warehouse.checked_table("t", WarehouseTable(conn, "tz.t", None), "ts", {}, {})
    assert table.schema()["ts"].timezone == "UTC"
    check_days("spark", WarehouseTable(conn, "tz.t", None), {})


# --- bad inputs: one Error line each --------------------------------------------------------------


LEADS_CSV = "lead_id,created_at,amount\nL1,2026-11-02T15:00:00Z,10\nL2,2026-11-03T15:00:00Z,\n"


def spark_project(
    make_project: Callable[..., Path], tmp_path: Path, connection: str, source: str,
    metrics: dict[str, Any] | None = None,
) -> Path:  # fmt: skip
    project = make_project(
        sources={"unused": "date,x\n2026-01-01,1\n"},
        config={"timezone": TZ},
        metrics=metrics or {"leads": rec()},
    )
    frame = pd.read_csv(io.StringIO(LEADS_CSV))
    frame["created_at"] = pd.to_datetime(frame["created_at"], utc=True)
    parquet = project.parent / "leads.parquet"  # the connection names it relative to wbr.yaml
    pq.write_table(pa.Table.from_pandas(frame), parquet, coerce_timestamps="us")
    text = project.read_text(encoding="utf-8")
    project.write_text(
        text.replace(
            "sources:",
            f"connections:\n  lake: {connection}\nsources:\n  leads: {source}",
            1,
        ),
        encoding="utf-8",
    )
    return project


LAKE = "{type: spark, master: 'local[2]', tables: {crm.leads: leads.parquet}}"
SOURCE = "{connection: lake, table: crm.leads, date_column: created_at}"


def test_spark_without_the_extra_says_what_to_install(
    make_project: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = spark_project(make_project, tmp_path, LAKE, SOURCE)
    for name in [m for m in sys.modules if m == "pyspark" or m.startswith("pyspark.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "pyspark", None)  # as where it is not installed
    assert one_error(run_cli("compute", project)) == (
        "Error: connection 'lake': install wbr[pyspark] (pip install 'wbr[pyspark]') to read "
        "Spark sources"
    )


def test_spark_without_java_is_one_error_line(
    make_project: Callable[..., Path], tmp_path: Path
) -> None:
    pytest.importorskip("pyspark")
    project = spark_project(make_project, tmp_path, LAKE, SOURCE)
    # a process of its own (this one may run a JVM already), with no java anywhere
    env = {k: v for k, v in os.environ.items() if k != "JAVA_HOME"}
    env["PATH"] = str(Path(sys.executable).parent)
    done = subprocess.run(
        [sys.executable, "-m", "wbr", "compute", str(project)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error: ")]
    assert errors == [
        "Error: connection 'lake': cannot start Spark (no 'java' on PATH): Spark needs Java 17 "
        "or 21: install a JRE (e.g. apt-get install openjdk-17-jre-headless) and put 'java' on "
        "PATH or set JAVA_HOME"
    ]


@pytest.mark.parametrize(
    ("source", "metrics", "error"),
    [
        (
            "{connection: lake, table: crm.nope, date_column: created_at}",
            None,
            "Error: source 'leads' (lake:crm.nope): table 'crm.nope' not found or unreadable: "
            "[TABLE_OR_VIEW_NOT_FOUND] The table or view `crm`.`nope` cannot be found.",
        ),
        (
            SOURCE,
            {"amount": rec(agg="sum", column="amount_usd", label="Amount")},
            "Error: source 'leads' (lake:crm.leads): column 'amount_usd' not found (columns: "
            "lead_id, created_at, amount)",
        ),
        (
            SOURCE,
            {"amount": rec(agg="sum", column="lead_id", label="Amount")},
            "Error: source 'leads' (lake:crm.leads): column 'lead_id' is string; a metric needs "
            "numbers",
        ),
    ],
)
def test_each_bad_spark_source_is_one_error_line(
    spark_session: Any, make_project: Callable[..., Path], tmp_path: Path, source: str,
    metrics: dict[str, Any] | None, error: str,
) -> None:  # fmt: skip
    project = spark_project(make_project, tmp_path, LAKE, source, metrics)
    assert one_error(run_cli("compute", project)).startswith(error)


def test_a_missing_parquet_table_is_one_error_line(
    spark_session: Any, make_project: Callable[..., Path], tmp_path: Path
) -> None:
    lake = "{type: spark, tables: {crm.leads: gone.parquet}}"
    project = spark_project(make_project, tmp_path, lake, SOURCE)
    assert one_error(run_cli("compute", project)) == (
        "Error: source 'leads' (lake:crm.leads): table 'crm.leads' not found or unreadable: "
        f"no Parquet file or folder at {project.parent / 'gone.parquet'}"
    )


def test_spark_numbers_from_a_parquet_table(
    spark_session: Any, make_project: Callable[..., Path], tmp_path: Path
) -> None:
    metrics = {
        "leads": rec(),
        "amount": rec(agg="sum", column="amount", label="Amount", unit="currency"),
    }
    source = SOURCE.replace("}", ", data_through: 2026-11-08}")  # the export ran on Sunday
    project = spark_project(make_project, tmp_path, LAKE, source, metrics)
    out = tmp_path / "metrics.json"
    result = run_cli("compute", project, "--week-ending", "2026-11-08", "-o", out)
    assert result.exit_code == 0, result.output
    import json

    by_id = {m["id"]: m for m in json.loads(out.read_text(encoding="utf-8"))["metrics"]}
    # L1 Mon 2 Nov 09:00 CST, L2 Tue 3 Nov (no amount): 2 leads, amount 10 (not 10 + 0 + NaN)
    assert by_id["leads"]["weeks"][-1]["value"] == 2.0
    assert by_id["amount"]["weeks"][-1]["value"] == 10.0


@pytest.mark.parametrize(
    ("connection", "error"),
    [
        (
            "{type: spark, url: 'spark://h:7077'}",
            "Error: wbr.yaml: 'connections.lake.url' is not a setting of a spark connection",
        ),
        (
            "{type: spark, conf: {spark.hadoop.fs.s3a.secret.key: abc}}",
            "Error: wbr.yaml: 'connections.lake.conf.spark.hadoop.fs.s3a.secret.key' looks like a "
            "secret, and secrets never go in wbr.yaml: let Spark read it from the environment "
            "(e.g. AWS_SECRET_ACCESS_KEY) or a credential provider",
        ),
        (
            "{type: spark, tables: [crm.leads]}",
            "Error: wbr.yaml: 'connections.lake.tables' must map table names to Parquet files or "
            "folders",
        ),
    ],
)
def test_bad_spark_settings_are_one_error_line(
    make_project: Callable[..., Path], tmp_path: Path, connection: str, error: str
) -> None:
    project = spark_project(make_project, tmp_path, connection, SOURCE)
    assert one_error(run_cli("validate", project)) == error
