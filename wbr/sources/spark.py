"""Spark connections (issue #11): the session wbr starts (or joins) and how a source's table is
found in it, through the Ibis pyspark backend.

A Spark source names a table. It is one of the connection's ``tables:`` (a Parquet file or
folder, read as a temporary view), else a table of the session's catalog (``crm.leads``: tables
saved under ``warehouse_dir``, or a Hive metastore configured through ``conf:``); a ``query:`` is
Spark SQL. Spark has two timestamp types and Ibis reads both as a timestamp without a zone:
``TIMESTAMP`` holds instants (Spark's "local time zone" type), ``TIMESTAMP_NTZ`` wall-clock
times. :func:`source_table` types each ``TIMESTAMP`` column as ``timestamp('UTC')`` (a no-op in
Spark SQL), so the warehouse code converts instants to the report's time zone on Spark exactly
as it does on DuckDB and Postgres.

The session runs in UTC whatever the machine's zone (Ibis sets it too): a date taken from a
timestamp in Spark SQL is taken in the session zone, so the report's zone must be explicit.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wbr.connections import ConnectionConfig, SparkSettings, WarehouseTable
from wbr.errors import DataError

if TYPE_CHECKING:
    import ibis.expr.types as ir

INSTALL_HINT = "install wbr[pyspark] (pip install 'wbr[pyspark]') to read Spark sources"
JAVA_HINT = (
    "Spark needs Java 17 or 21: install a JRE (e.g. apt-get install openjdk-17-jre-headless) "
    "and put 'java' on PATH or set JAVA_HOME"
)

_URL = re.compile(r"[A-Za-z][\w+.-]*://")


def session_conf(spark: SparkSettings) -> dict[str, str]:
    """The settings wbr starts a session with; the connection's ``conf:`` wins over all but the
    session time zone (the dates of the report depend on it)."""
    conf = {
        "spark.app.name": "wbr",
        "spark.master": spark.master,
        # else a catalog table lands in ./spark-warehouse of whatever folder the command runs in
        "spark.sql.warehouse.dir": spark.warehouse_dir,
        "spark.ui.enabled": "false",  # no web server (and no port) for a batch job
        "spark.ui.showConsoleProgress": "false",  # no progress bars on stderr
        # without Arrow, a pandas NaN reaches Spark as NaN rather than NULL and sums go NaN
        "spark.sql.execution.arrow.pyspark.enabled": "true",
    }
    conf.update(dict(spark.conf))
    conf["spark.sql.session.timeZone"] = "UTC"
    return conf


def _java() -> str | None:
    home = os.environ.get("JAVA_HOME", "").strip()
    if home:  # pyspark's launcher prefers $JAVA_HOME/bin/java over PATH
        java = Path(home) / "bin" / "java"
        return str(java) if java.is_file() else None
    return shutil.which("java")


def connect(conn: ConnectionConfig) -> Any:
    """An Ibis pyspark backend over a session built from ``conn`` (an active session in this
    process is joined instead: Spark allows one per process, and only its SQL settings change)."""
    assert conn.spark is not None
    where = f"connection '{conn.name}'"
    try:
        import ibis
        from pyspark.sql import SparkSession
    except ImportError:
        raise DataError(f"{where}: {INSTALL_HINT}") from None
    active = SparkSession.getActiveSession()
    if active is None and _java() is None:
        home = os.environ.get("JAVA_HOME", "").strip()
        found = f"JAVA_HOME={home} has no bin/java" if home else "no 'java' on PATH"
        raise DataError(f"{where}: cannot start Spark ({found}): {JAVA_HINT}")
    conf = session_conf(conn.spark)
    if conn.spark.master.startswith("local"):
        # Spark otherwise binds to the address the host name resolves to, which may be
        # unreachable (containers, laptops on a VPN); a local master needs the loopback only
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    try:
        builder = SparkSession.builder
        for key, value in conf.items():
            builder = builder.config(key, value)
        session = builder.getOrCreate() if active is None else active
        session.sparkContext.setLogLevel("ERROR")  # Spark's warnings are not the user's
        for key in ("spark.sql.session.timeZone", "spark.sql.execution.arrow.pyspark.enabled"):
            session.conf.set(key, conf[key])  # a joined session too
        return ibis.pyspark.connect(session)
    except Exception as exc:  # the JVM did not start, a bad master or setting
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        hint = f" ({JAVA_HINT})" if "JAVA_GATEWAY" in first else ""
        raise DataError(f"{where}: cannot start Spark: {first}{hint}") from None


def source_table(backend: Any, where: WarehouseTable) -> ir.Table:
    """A Spark source's records as an Ibis table (see the module docstring); raises the
    driver's own exception for an unknown table or a failing query (the caller words it)."""
    from pyspark.sql.types import TimestampType

    spark = where.connection.spark
    assert spark is not None
    session = backend._session  # the SparkSession Ibis wraps
    if where.table is not None:
        location = spark.location(where.table)
        if location is None:
            frame = session.table(where.table)
        else:
            if not _URL.match(location) and not Path(location).exists():
                raise FileNotFoundError(f"no Parquet file or folder at {location}")
            frame = session.read.parquet(location)
    else:
        assert where.query is not None
        frame = session.sql(where.query)
    # a temporary view per source, named after what it reads (a re-run replaces it)
    what = f"{where.connection.name}\0{where.table}\0{where.query}".encode()
    view = "wbr_" + hashlib.sha256(what).hexdigest()[:16]
    frame.createOrReplaceTempView(view)
    table = backend.table(view)
    instants = [f.name for f in frame.schema.fields if isinstance(f.dataType, TimestampType)]
    if instants:
        table = table.mutate(**{c: table[c].cast("timestamp('UTC')") for c in instants})
    return table
