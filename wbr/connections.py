"""``connections:`` in wbr.yaml and the warehouse settings of a source (issue #11).

A connection names a database that holds record tables: an embedded DuckDB file, or a server
reached through a URL read from an environment variable (a password never sits in wbr.yaml).
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

CONNECTION_TYPES = ("duckdb", "postgres")
"""Backends wired up so far; Ibis has the others (snowflake, bigquery, trino, databricks,
pyspark) as extras of wbr[warehouse], not yet connected here."""


@dataclass(frozen=True, slots=True)
class ConnectionConfig:
    """One database: ``{type: duckdb, path: ...}`` or ``{type: postgres, url_env: NAME}``."""

    name: str
    type: str
    path: Path | None = None  # duckdb: the database file (absolute)
    url_env: str | None = None  # server backends: the environment variable holding the URL


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
        known = {"type", "path"} if kind == "duckdb" else {"type", "url_env"}
        for k in body:
            if k not in known:
                hint = (
                    " (put the URL in an environment variable and name it in url_env)"
                    if (k in ("url", "password"))
                    else ""
                )
                bad(f"{key}.{k}", f"is not a setting of a {kind} connection{hint}")
        if kind == "duckdb":
            path = body.get("path")
            if not isinstance(path, str) or not path.strip():
                bad(f"{key}.path", "is required: the DuckDB database file")
                continue
            out[str(name)] = ConnectionConfig(str(name), kind, path=(base / path).resolve())
        else:
            env = body.get("url_env")
            if "url" in body or "password" in body:
                continue  # already refused above; one problem, one line
            if not isinstance(env, str) or not _ENV_NAME.fullmatch(env):
                bad(f"{key}.url_env", "is required: the environment variable holding the URL")
                continue
            out[str(name)] = ConnectionConfig(str(name), kind, url_env=env)
    return out


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
