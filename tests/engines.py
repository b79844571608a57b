"""The sample's record-level exports loaded into real engines, typed as a database holds them.

Each CSV column gets the type its text has throughout (the loader computes nothing): ISO
instants ``...Z`` become timestamps with a time zone, ``YYYY-MM-DD`` dates, whole numbers
BIGINT, other numbers DOUBLE, the rest text; an empty cell is NULL. The same Arrow table goes
into DuckDB (a file), Postgres (COPY) and Spark (catalog tables and Parquet folders).
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
SCHEMA = "sample"  # the database schema the records go into (sample.crm_leads, ...)

_PATTERNS = (
    (re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"), "instant"),
    (re.compile(r"\d{4}-\d\d-\d\d"), "date"),
    (re.compile(r"-?\d+"), "int"),
    (re.compile(r"-?\d+(\.\d+)?"), "float"),
)


def record_sources() -> dict[str, dict[str, Any]]:
    """The sample's record-level sources (those exported with ``data_through``), as written."""
    config = yaml.safe_load((REPO / "wbr.yaml").read_text(encoding="utf-8"))
    found = {k: dict(v) for k, v in config["sources"].items() if "data_through" in v}
    # the catalogue reads these three exports; a sample without them changes what is compared
    assert set(found) >= {"crm_leads", "crm_opportunities", "erp_orders"}, sorted(found)
    return found


def typed(csv_path: Path) -> pa.Table:
    """A CSV export as an Arrow table with one type per column (see the module docstring)."""
    text = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    columns: dict[str, pa.Array] = {}
    for name in text.columns:
        values = text[name]
        present = values[values != ""]
        kind = next(
            (k for pattern, k in _PATTERNS if present.str.fullmatch(pattern.pattern).all()),
            "text",
        )
        if present.empty:
            kind = "text"
        cells = values.where(values != "", None)
        if kind == "instant":
            stamps = pd.to_datetime(cells, utc=True, format="%Y-%m-%dT%H:%M:%SZ")
            columns[name] = pa.array(stamps, type=pa.timestamp("us", tz="UTC"))
        elif kind == "date":
            days = pd.to_datetime(cells, format="%Y-%m-%d").dt.date
            columns[name] = pa.array(days.where(cells.notna(), None), type=pa.date32())
        elif kind == "int":
            columns[name] = pa.array(pd.array(cells, dtype="Int64"), type=pa.int64())
        elif kind == "float":
            columns[name] = pa.array(pd.to_numeric(cells), type=pa.float64())
        else:
            columns[name] = pa.array(cells, type=pa.string())
    return pa.table(columns)


def sample_tables() -> dict[str, pa.Table]:
    """Source name → its records, for every record-level source of the sample."""
    return {name: typed(REPO / body["path"]) for name, body in sorted(record_sources().items())}


def to_duckdb(tables: dict[str, pa.Table], path: Path) -> None:
    import duckdb

    con = duckdb.connect(str(path))
    try:
        con.execute(f"CREATE SCHEMA {SCHEMA}")
        for name, table in tables.items():
            con.register("records", table)
            con.execute(f"CREATE TABLE {SCHEMA}.{name} AS SELECT * FROM records")
            con.unregister("records")
    finally:
        con.close()


_PG_TYPES = {
    pa.timestamp("us", tz="UTC"): "timestamptz",
    pa.date32(): "date",
    pa.int64(): "bigint",
    pa.float64(): "double precision",
    pa.string(): "text",
}


def to_postgres(tables: dict[str, pa.Table], url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as con:
        con.execute(f"CREATE SCHEMA {SCHEMA}")
        for name, table in tables.items():
            columns = ", ".join(f'"{f.name}" {_PG_TYPES[f.type]}' for f in table.schema)
            con.execute(f"CREATE TABLE {SCHEMA}.{name} ({columns})")
            rows = zip(
                *(table.column(i).to_pylist() for i in range(table.num_columns)), strict=True
            )
            with con.cursor() as cur, cur.copy(f"COPY {SCHEMA}.{name} FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)


def to_spark(tables: dict[str, pa.Table], session: Any, parquet_dir: Path) -> dict[str, Path]:
    """Each table saved in the session's catalog (``sample.<name>``) by Spark, and written by
    Spark as a Parquet folder too (for a process of its own); returns the folders."""
    import pyarrow.parquet as pq

    session.sql(f"CREATE DATABASE IF NOT EXISTS {SCHEMA}")
    folders: dict[str, Path] = {}
    for name, table in tables.items():
        # handed over as a Parquet file: Spark reads microsecond UTC instants as TIMESTAMP
        staged = parquet_dir / f"{name}.arrow.parquet"
        pq.write_table(table, staged, coerce_timestamps="us")
        frame = session.read.parquet(str(staged))
        frame.write.saveAsTable(f"{SCHEMA}.{name}")
        folders[name] = parquet_dir / name
        frame.write.parquet(str(folders[name]))
    return folders


def engine_project(
    tmp: Path, connection: dict[str, Any], tables: dict[str, str] | None = None
) -> Path:
    """The sample project with its record-level sources read through ``connection``."""
    tmp.mkdir(parents=True, exist_ok=True)
    for folder in ("metrics", "sample_data"):
        (tmp / folder).symlink_to(REPO / folder, target_is_directory=True)
    config = yaml.safe_load((REPO / "wbr.yaml").read_text(encoding="utf-8"))
    config["connections"] = {"engine": connection}
    for name, body in record_sources().items():
        del body["path"]
        config["sources"][name] = {
            **body,
            "connection": "engine",
            "table": (tables or {}).get(name, f"{SCHEMA}.{name}"),
        }
    path = tmp / "wbr.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), "utf-8")
    return path


def fresh_postgres_database(prefix: str) -> Iterator[str]:
    """A fresh database on the server named by WBR_TEST_POSTGRES_URL, dropped afterwards (the
    body of a fixture: ``yield from``). Skipped without a server, failed under CI=true."""
    server = os.environ.get("WBR_TEST_POSTGRES_URL")
    if not server:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI must have Postgres (.ci/run starts it and sets WBR_TEST_POSTGRES_URL)")
        pytest.skip("WBR_TEST_POSTGRES_URL is not set (bash .ci/run sets it)")
    import psycopg

    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = server.rpartition("/")
    yield f"{base}/{name}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
