"""``connections:`` in wbr.yaml and the warehouse settings of a source (issue #11).

A connection names a database that holds record tables: an embedded DuckDB file, a server
reached through a URL read from an environment variable (a password never sits in wbr.yaml), or
a Spark session (a local one or a cluster's master) that finds tables in its catalog or reads
Parquet files named in the connection.
Parsing only checks the shape; connecting is :mod:`wbr.sources.warehouse`'s job, so ``wbr
validate`` without ``--connections`` and every command that reads no warehouse source work
offline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CONNECTION_TYPES = ("duckdb", "postgres", "spark")
"""Backends wired up so far; Ibis has the others (snowflake, bigquery, trino, databricks) as
extras of wbr[warehouse], not yet connected here."""

_SETTINGS = {
    "duckdb": {"type", "path"},
    "postgres": {"type", "url_env"},
    "spark": {"type", "master", "warehouse_dir", "tables", "conf"},
}


@dataclass(frozen=True, slots=True)
class ConnectionConfig:
    """One database: ``{type: duckdb, path: ...}``, ``{type: postgres, url_env: NAME}`` or
    ``{type: spark, master: ..., warehouse_dir: ..., tables: {...}, conf: {...}}``."""

    name: str
    type: str
    path: Path | None = None  # duckdb: the database file (absolute)
    url_env: str | None = None  # server backends: the environment variable holding the URL
    spark: SparkSettings | None = None  # spark: the session and where its tables are


@dataclass(frozen=True, slots=True)
class SparkSettings:
    """A Spark connection: the session to start (or join) and the tables it reads."""

    master: str  # local[*], local[2], spark://host:7077, yarn, k8s://...
    warehouse_dir: str  # spark.sql.warehouse.dir: an absolute path or a URL (s3a://, hdfs://)
    tables: tuple[tuple[str, str], ...]  # table name -> Parquet file or folder (path or URL)
    conf: tuple[tuple[str, str], ...]  # further Spark settings, as Spark reads them: text

    def location(self, table: str) -> str | None:
        """The Parquet location a ``tables:`` entry gives ``table`` (None: a catalog table)."""
        return dict(self.tables).get(table)


@dataclass(frozen=True, slots=True)
class WarehouseTable:
    """Where a warehouse source's records are: a table (``schema.table``) or a query."""

    connection: ConnectionConfig
    table: str | None
    query: str | None

    @property
    def shown(self) -> str:
        """For messages: ``warehouse:crm.leads`` or ``warehouse:(query)``."""
        return f"{self.connection.name}:{self.table if self.table else '(query)'}"


_URL_PASSWORD = re.compile(r"(?P<head>[a-zA-Z][\w+.-]*://[^/@:\s]*:)[^/@\s]*@")
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def mask_url(text: str) -> str:
    """Any ``scheme://user:password@`` in ``text`` with the password replaced by ``***``."""
    return _URL_PASSWORD.sub(lambda m: f"{m.group('head')}***@", text)


def parse_connections(
    raw: Any, base: Path, bad: Callable[[str, str], None]
) -> dict[str, ConnectionConfig]:
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        bad("connections", "must be a mapping of connection name to {type, path|url_env}")
        return {}
    out: dict[str, ConnectionConfig] = {}
    for name, body in raw.items():
        key = f"connections.{name}"
        if not isinstance(body, Mapping):
            bad(key, "must be a mapping such as {type: duckdb, path: data/acme.duckdb}")
            continue
        kind = body.get("type")
        if kind not in CONNECTION_TYPES:
            bad(f"{key}.type", f"must be one of {', '.join(CONNECTION_TYPES)} (got {kind!r})")
            continue
        known = _SETTINGS[kind]
        for k in body:
            if k not in known:
                hint = (
                    " (put the URL in an environment variable and name it in url_env)"
                    if (k in ("url", "password") and kind == "postgres")
                    else ""
                )
                bad(f"{key}.{k}", f"is not a setting of a {kind} connection{hint}")
        if kind == "duckdb":
            path = body.get("path")
            if not isinstance(path, str) or not path.strip():
                bad(f"{key}.path", "is required: the DuckDB database file")
                continue
            out[str(name)] = ConnectionConfig(str(name), kind, path=(base / path).resolve())
        elif kind == "spark":
            spark = _spark_settings(body, key, base, bad)
            out[str(name)] = ConnectionConfig(str(name), kind, spark=spark)
        else:
            env = body.get("url_env")
            if "url" in body or "password" in body:
                continue  # already refused above; one problem, one line
            if not isinstance(env, str) or not _ENV_NAME.fullmatch(env):
                bad(f"{key}.url_env", "is required: the environment variable holding the URL")
                continue
            out[str(name)] = ConnectionConfig(str(name), kind, url_env=env)
    return out


_URL = re.compile(r"[A-Za-z][\w+.-]*://")
_SECRET = re.compile(r"password|secret|token|credential", re.IGNORECASE)


def _location(value: str, base: Path) -> str:
    """A path relative to wbr.yaml made absolute; a URL (s3a://, hdfs://, file://) as written."""
    return value if _URL.match(value) else str((base / value).resolve())


def _spark_settings(
    body: Mapping[str, Any], key: str, base: Path, bad: Callable[[str, str], None]
) -> SparkSettings:
    """A spark connection's settings; a bad one is reported through ``bad`` and left out (the
    connection stays, so its sources do not each report it missing)."""
    master = body.get("master", "local[*]")
    if not isinstance(master, str) or not master.strip():
        bad(f"{key}.master", "must be a Spark master such as local[2] or spark://host:7077")
    # Spark's own default is ./spark-warehouse in whatever folder the command runs from: the
    # project's folder instead, so a cron job and a shell find the same catalog tables
    where = body.get("warehouse_dir", "spark-warehouse")
    if not isinstance(where, str) or not where.strip():
        bad(f"{key}.warehouse_dir", "must be a folder (relative to wbr.yaml) or a URL")
    tables: list[tuple[str, str]] = []
    raw_tables = body.get("tables", {})
    if not isinstance(raw_tables, Mapping):
        bad(f"{key}.tables", "must map table names to Parquet files or folders")
    else:
        for table, location in raw_tables.items():
            if not isinstance(location, str) or not location.strip():
                bad(f"{key}.tables.{table}", "must be a Parquet file or folder (or a URL)")
                continue
            tables.append((str(table), _location(location, base)))
    conf: list[tuple[str, str]] = []
    raw_conf = body.get("conf", {})
    if not isinstance(raw_conf, Mapping):
        bad(f"{key}.conf", "must map Spark settings to values, e.g. {spark.executor.memory: 4g}")
    else:
        for setting, value in raw_conf.items():
            if isinstance(value, Mapping | list) or value is None:
                bad(f"{key}.conf.{setting}", "must be a single value (text, number or true/false)")
                continue
            if _SECRET.search(str(setting)):
                bad(
                    f"{key}.conf.{setting}",
                    "looks like a secret, and secrets never go in wbr.yaml: let Spark read it "
                    "from the environment (e.g. AWS_SECRET_ACCESS_KEY) or a credential provider",
                )
                continue
            text = str(value).lower() if isinstance(value, bool) else str(value)
            conf.append((str(setting), text))
    if not isinstance(master, str) or not master.strip():
        master = "local[*]"
    if not isinstance(where, str) or not where.strip():
        where = "spark-warehouse"
    return SparkSettings(
        master.strip(), _location(where, base), tuple(sorted(tables)), tuple(sorted(conf))
    )


def warehouse_table(
    body: Mapping[str, Any],
    key: str,
    connections: Mapping[str, ConnectionConfig],
    bad: Callable[[str, str], None],
) -> WarehouseTable | None:
    """A source's ``connection:`` with ``table:`` or ``query:``; None (after ``bad``) if wrong."""
    name = body.get("connection")
    if not isinstance(name, str) or name not in connections:
        known = ", ".join(sorted(connections)) or "none under 'connections:'"
        bad(f"{key}.connection", f"names no connection (got {name!r}; known: {known})")
        return None
    table, query = body.get("table"), body.get("query")
    if (table is None) == (query is None):
        bad(key, "needs exactly one of 'table' and 'query' with 'connection'")
        return None
    for field, value in (("table", table), ("query", query)):
        if value is not None and (not isinstance(value, str) or not value.strip()):
            bad(f"{key}.{field}", "must be text")
            return None
    if "path" in body:
        bad(f"{key}.path", "cannot be used with 'connection' (the records are in the database)")
        return None
    return WarehouseTable(connections[name], table, query)
