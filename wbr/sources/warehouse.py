"""Database sources (issue #11), via Ibis: connecting, checking and measuring a source.

A source's table or query is checked (columns and types, every problem at once), probed with a
zero-row query (``wbr validate --connections``) and measured (first and last business day,
records). The aggregation itself, one statement per source per report, is
:mod:`wbr.sources.pushdown`'s; this module holds the per-database pieces it uses:
:func:`local_time` (a timestamp with a time zone as the report zone's wall-clock time: DuckDB
and Postgres both spell it ``timezone(zone, ts)``; a timestamp without one is already local) and
:func:`zone_instant` (the reverse, for durations).
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from wbr.connections import ConnectionConfig, WarehouseTable, mask_url
from wbr.errors import DataError

if TYPE_CHECKING:
    import ibis.expr.types as ir

    from wbr.sources.pushdown import WarehouseRecords

INSTALL_HINT = "install wbr[warehouse] (pip install 'wbr[warehouse]') to read database sources"


@dataclass(frozen=True, slots=True)
class Opened:
    """A warehouse source checked and measured: its records' first and last business day."""

    records: WarehouseRecords
    first_date: dt.date
    last_date: dt.date
    rows: int


def _ibis() -> Any:
    try:
        import ibis
    except ImportError:
        raise DataError(f"a source reads a database: {INSTALL_HINT}") from None
    return ibis


def _reason(exc: BaseException, secret: str | None) -> str:
    """An exception's first line, password-free (drivers echo the URL they were given)."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if secret:
        text = text.replace(secret, "***")
    return mask_url(text)


def _password(url: str) -> str | None:
    from urllib.parse import urlsplit

    try:
        return urlsplit(url).password or None
    except ValueError:
        return None


def connect(conn: ConnectionConfig, cache: dict[str, Any]) -> Any:
    """An Ibis backend for ``conn`` (one per connection per command); DataError if impossible.
    A connection that failed is reported once, not again for each of its sources."""
    if conn.name in cache:
        if cache[conn.name] is None:
            raise DataError([])  # already reported
        return cache[conn.name]
    try:
        cache[conn.name] = _connect(conn)
    except DataError:
        cache[conn.name] = None
        raise
    return cache[conn.name]


def _connect(conn: ConnectionConfig) -> Any:
    if conn.type == "spark":  # its own install hint, Java and session settings
        from wbr.sources import spark

        return spark.connect(conn)
    ibis = _ibis()
    where = f"connection '{conn.name}'"
    if conn.type == "duckdb":
        assert conn.path is not None
        if not conn.path.is_file():
            raise DataError(f"{where}: DuckDB file not found: {conn.path}")
        try:
            backend = ibis.duckdb.connect(str(conn.path), read_only=True)
            backend.raw_sql("SET enable_progress_bar = false")  # stderr is for Error: lines
        except ImportError:
            hint = INSTALL_HINT.replace("warehouse]", "warehouse,duckdb]")
            raise DataError(f"{where}: {hint}") from None
        except Exception as exc:  # the driver's own error types
            raise DataError(f"{where}: cannot open {conn.path}: {_reason(exc, None)}") from None
    else:
        assert conn.url_env is not None
        url = os.environ.get(conn.url_env, "")
        if not url.strip():
            raise DataError(
                f"{where}: the environment variable {conn.url_env} is not set; set it to the "
                "database URL, e.g. postgresql://user:password@host:5432/dbname"
            )
        secret = _password(url)
        scheme, sep, rest = url.partition("://")
        if sep and scheme in ("postgresql", "postgres+psycopg", "postgresql+psycopg"):
            url = "postgres://" + rest
        try:
            backend = ibis.connect(url)
        except ImportError:
            raise DataError(
                f"{where}: {INSTALL_HINT.replace('warehouse]', 'warehouse,postgres]')}"
            ) from None
        except Exception as exc:  # connection refused, wrong password, unknown database
            raise DataError(
                f"{where} ({mask_url(url)}): cannot connect: {_reason(exc, secret)}"
            ) from None
        if conn.type == "postgres":
            _no_jit(backend)
    return backend


def _no_jit(backend: Any) -> None:
    """Postgres compiles a costly-looking query to machine code first (JIT): for the one
    statement of a report, with its hundreds of expressions, that took 2.7 s of 5.6 s at 10⁶
    records. The session's setting only; a server without JIT (before 11) keeps its own."""
    try:  # Ibis's connection autocommits: the setting holds for the session
        backend.raw_sql("SET jit = off").close()
    except Exception:  # noqa: BLE001 (an old or restricted server: the query still runs)
        return


def checked_table(
    name: str,
    where: WarehouseTable,
    date_column: str,
    needed: Mapping[str, set[str]],
    cache: dict[str, Any],
) -> ir.Table:
    """A warehouse source's table or query, its columns and types checked (every problem)."""
    backend = connect(where.connection, cache)
    label = f"source '{name}' ({where.shown})"
    try:
        if where.connection.type == "spark":
            from wbr.sources import spark

            table = spark.source_table(backend, where)
        elif where.table is not None:
            schema_name, _, table_name = where.table.rpartition(".")
            table = backend.table(table_name, database=schema_name or None)
        else:
            assert where.query is not None
            table = backend.sql(where.query)
    except Exception as exc:  # unknown table, SQL error in the query
        what = f"table '{where.table}' not found or unreadable" if where.table else "query fails"
        raise DataError(f"{label}: {what}: {_reason(exc, None)}") from None
    schema = table.schema()
    problems = check_columns(schema, date_column, needed, label)
    if problems:
        raise DataError(problems)
    return table


def probe_source(
    name: str,
    where: WarehouseTable,
    date_column: str,
    needed: Mapping[str, set[str]],
    cache: dict[str, Any],
) -> int:
    """Check a source and run a zero-row query over the columns metrics read (the database
    plans it: permissions, views, casts); returns how many columns were checked."""
    table = checked_table(name, where, date_column, needed, cache)
    columns = sorted(set().union(*needed.values()) | {date_column})
    try:
        table.select(*columns).limit(0).to_pandas()
    except Exception as exc:
        raise DataError(
            f"source '{name}' ({where.shown}): query fails: {_reason(exc, None)}"
        ) from None
    return len(columns)


def open_source(
    name: str,
    where: WarehouseTable,
    date_column: str,
    timezone: str,
    needed: Mapping[str, set[str]],
    cache: dict[str, Any],
) -> Opened:
    """Check a warehouse source (table, columns, types) and measure it; every problem at once."""
    from wbr.sources.pushdown import WarehouseRecords  # the query plan (imports this module)

    table = checked_table(name, where, date_column, needed, cache)
    label = f"source '{name}' ({where.shown})"
    records = WarehouseRecords(name, table, date_column, timezone, where.connection.type)
    try:
        bounds = table.aggregate(
            lo=table[date_column].min(), hi=table[date_column].max(), n=table.count()
        ).to_pandas()
    except Exception as exc:
        raise DataError(f"{label}: query fails: {_reason(exc, None)}") from None
    lo, hi, n = bounds["lo"].iloc[0], bounds["hi"].iloc[0], int(bounds["n"].iloc[0])
    if n == 0 or pd.isna(lo):
        raise DataError(f"{label}: has no records")
    records.first_date, records.last_date = _local_date(lo, timezone), _local_date(hi, timezone)
    return Opened(records, records.first_date, records.last_date, n)


def _local_date(value: Any, timezone: str) -> dt.date:
    stamp = pd.Timestamp(value)
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert(timezone)
    day: dt.date = stamp.date()
    return day


def check_columns(
    schema: Any, date_column: str, needed: Mapping[str, set[str]], label: str
) -> list[str]:
    """Every column a metric reads exists with a usable type (numbers, dates/timestamps)."""
    problems: list[str] = []
    names = list(schema.names)
    shown = ", ".join(names[:12]) + (", ..." if len(names) > 12 else "")
    times = needed.get("time", set()) | {date_column}
    wanted = sorted(needed.get("numeric", set()) | needed.get("filter", set()) | times)
    for column in wanted:
        if column not in schema:
            problems.append(f"{label}: column '{column}' not found (columns: {shown})")
            continue
        kind = schema[column]
        if column in times and not (kind.is_date() or kind.is_timestamp()):
            problems.append(
                f"{label}: column '{column}' is {kind}; a record date, duration or cohort event "
                "needs a date or timestamp column"
            )
        elif column in needed.get("numeric", set()) - times and not kind.is_numeric():
            problems.append(f"{label}: column '{column}' is {kind}; a metric needs numbers")
    return problems


def local_time(value: ir.Value, zone: str, kind: str) -> ir.Value:
    """A date or timestamp column of a ``kind`` database as the report zone's wall-clock time
    (a date, or a timestamp without a zone: already local, kept as stored)."""
    dtype = value.type()
    if dtype.is_timestamp() and dtype.timezone is not None:
        return _at_zone(zone, value, kind)
    return value


def epoch_seconds(value: ir.Value, kind: str) -> ir.Value:
    """A timestamp with a time zone as seconds since 1970 UTC (a float). Ibis spells it
    ``EPOCH(CAST(ts AS TIMESTAMP))`` on DuckDB: a cast through the session's time zone, 25x
    slower than ``epoch_us`` and wrong in any session zone but UTC."""
    if kind == "duckdb":
        return _epoch_us_udf()(value) / 1_000_000
    return value.epoch_seconds().cast("float64")


def arg_extreme(
    value: ir.Value, key: ir.Value, where: ir.BooleanValue, kind: str, last: bool
) -> ir.Value:
    """``value`` where ``key`` is least (greatest) among the rows ``where`` holds: first/last.
    Ibis spells it as an ordered aggregate (``FIRST(v ORDER BY k)`` on DuckDB, ``ARRAY_AGG(v
    ORDER BY k)[1]`` on Postgres), which sorts every group: DuckDB has ``arg_min``/``arg_max``,
    and Postgres orders arrays, so ``MIN(ARRAY[k, v])[2]`` is the value at the least key."""
    if kind == "duckdb":
        return _arg_udfs()[last](value, key, where=where)
    if kind == "postgres":  # no min_by: the least (time, value) pair, its value (half the time)
        pair = _ibis().array([key.cast("float64"), value.cast("float64")])
        return _arg_udfs()[2 + last](pair, where=where)[1]
    return value.argmax(key, where=where) if last else value.argmin(key, where=where)


def zone_instant(local: ir.Value, zone: str, kind: str) -> ir.Value:
    """A wall-clock timestamp in ``zone`` as the instant it names (a time repeated when clocks
    go back is the later, standard-time one, as the file path takes it): for durations."""
    if kind == "spark":
        from_utc, to_utc, _ = _spark_udfs()
        first = to_utc(local, zone)  # Spark reads a repeated hour as daylight time
        later = first + _ibis().interval(hours=1)
        return (from_utc(later, zone) == local).ifelse(later, first)
    return _local_udf()(local, zone)


def _at_zone(zone: str, value: ir.Value, kind: str) -> ir.Value:
    """A timestamp with a time zone as wall-clock time in ``zone`` (Ibis 12 has no operation
    for it): ``timezone(zone, ts)`` is the same builtin in DuckDB and Postgres; Spark spells it
    ``from_utc_timestamp(ts, zone)`` (casting to a zoned timestamp is a no-op there)."""
    if kind == "spark":
        return _spark_udfs()[0](value, zone)
    return _zone_udf()(zone, value)


# Ibis builtins, declared once per process (on first use: Ibis is imported only for a
# database source)


@functools.cache
def _spark_udfs() -> tuple[Any, Any, Any]:
    """Spark's ``from_utc_timestamp`` (instant to wall-clock time) and ``to_utc_timestamp``
    (wall-clock time to instant; a repeated hour is read as its first, daylight-time, instant)."""
    ibis = _ibis()

    @ibis.udf.scalar.builtin(  # type: ignore[untyped-decorator]
        name="from_utc_timestamp", signature=(("timestamp('UTC')", "string"), "timestamp")
    )
    def from_utc(ts: Any, zone: str) -> Any: ...

    @ibis.udf.scalar.builtin(  # type: ignore[untyped-decorator]
        name="to_utc_timestamp", signature=(("timestamp", "string"), "timestamp('UTC')")
    )
    def to_utc(ts: Any, zone: str) -> Any: ...

    # COUNT(DISTINCT) under many filters makes Spark copy every row once per filter
    # (its Expand plan: 4x slower on the sample); the size of a set is the same number
    @ibis.udf.agg.builtin(  # type: ignore[untyped-decorator]
        name="collect_set", signature=(("string",), "array<string>")
    )
    def collect_set(x: Any) -> Any: ...

    return from_utc, to_utc, collect_set


def distinct_count(value: ir.Value, where: ir.BooleanValue) -> ir.Value:
    """Spark: the number of distinct non-null values of ``value`` where ``where`` holds."""
    return _spark_udfs()[2](value.cast("string"), where=where).length()


@functools.cache
def _zone_udf() -> Any:
    ibis = _ibis()

    # the signature spelled out: Ibis cannot read postponed (string) annotations here
    @ibis.udf.scalar.builtin(  # type: ignore[untyped-decorator]
        name="timezone", signature=(("string", "timestamp('UTC')"), "timestamp")
    )
    def at_zone(zone: str, ts: Any) -> Any: ...

    return at_zone


@functools.cache
def _local_udf() -> Any:
    ibis = _ibis()

    # timezone(zone, local) reads a timestamp without a zone as wall-clock time in ``zone``
    @ibis.udf.scalar.builtin(  # type: ignore[untyped-decorator]
        name="timezone", signature=(("string", "timestamp"), "timestamp('UTC')")
    )
    def zone_to_instant(zone: str, ts: Any) -> Any: ...

    return lambda local, zone: zone_to_instant(zone, local)


@functools.cache
def _arg_udfs() -> tuple[Any, Any, Any, Any]:
    """DuckDB's ``arg_min``, ``arg_max``; ``min``, ``max`` of float arrays (Postgres)."""
    ibis = _ibis()

    @ibis.udf.agg.builtin(  # type: ignore[untyped-decorator]
        name="arg_min", signature=(("float64", "float64"), "float64")
    )
    def arg_min(value: Any, key: Any) -> Any: ...

    @ibis.udf.agg.builtin(  # type: ignore[untyped-decorator]
        name="arg_max", signature=(("float64", "float64"), "float64")
    )
    def arg_max(value: Any, key: Any) -> Any: ...

    @ibis.udf.agg.builtin(  # type: ignore[untyped-decorator]
        name="min", signature=(("array<float64>",), "array<float64>")
    )
    def least_pair(pair: Any) -> Any: ...

    @ibis.udf.agg.builtin(  # type: ignore[untyped-decorator]
        name="max", signature=(("array<float64>",), "array<float64>")
    )
    def greatest_pair(pair: Any) -> Any: ...

    return arg_min, arg_max, least_pair, greatest_pair


@functools.cache
def _epoch_us_udf() -> Any:
    ibis = _ibis()

    @ibis.udf.scalar.builtin(  # type: ignore[untyped-decorator]
        name="epoch_us", signature=(("timestamp('UTC')",), "int64")
    )
    def epoch_us(ts: Any) -> Any: ...

    return epoch_us


def path_of(where: WarehouseTable) -> Path:
    """What the ``sources`` block shows as a warehouse source's path."""
    conn = where.connection
    return conn.path if conn.path is not None else Path(f"{conn.name}:")
