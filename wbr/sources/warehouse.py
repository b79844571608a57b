"""The warehouse backend of :class:`wbr.sources.RecordSource`: records in a database, via Ibis.

The rows never come into Python. Per group, ``daily_totals`` is **one** query: the report's date
range as a predicate on the business day, ``GROUP BY`` day (and the breakdown value), one
filtered aggregate per additive metric; ``period_values`` is one query (plus one per breakdown)
with one filtered aggregate per (metric, period): order statistics cannot be added up from days,
so each of the report's periods is a range predicate inside the aggregate, never raw rows.

Semantics follow :mod:`wbr.sources.files`: a timestamp with a time zone is converted to the
report's zone before its business day is taken (DuckDB and Postgres both spell that
``timezone(zone, ts)``); a timestamp without one is already local. ``first``/``last`` are the
first/last non-empty value by the dating column (``argmin``/``argmax``): records with the same
timestamp tie, and a database has no file order to break the tie.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from wbr.connections import ConnectionConfig, WarehouseTable, mask_url
from wbr.errors import DataError
from wbr.schema import Aggregation, FilterClause, FilterOp
from wbr.sources import ADDITIVE_AGGS, RecordGroup, RecordMetric, Window

if TYPE_CHECKING:
    import ibis.expr.types as ir

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
    ibis = _ibis()
    where = f"connection '{conn.name}'"
    if conn.type == "duckdb":
        assert conn.path is not None
        if not conn.path.is_file():
            raise DataError(f"{where}: DuckDB file not found: {conn.path}")
        try:
            backend = ibis.duckdb.connect(str(conn.path), read_only=True)
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
    return backend


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
        if where.table is not None:
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
    table = checked_table(name, where, date_column, needed, cache)
    label = f"source '{name}' ({where.shown})"
    records = WarehouseRecords(name, table, date_column, timezone)
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


class WarehouseRecords:
    """One record-level source in a database (see the module docstring)."""

    def __init__(self, name: str, table: ir.Table, date_column: str, timezone: str) -> None:
        self.name = name
        self._table = table
        self._date_column = date_column
        self._timezone = timezone
        self.first_date = dt.date.min  # set once measured (open_source, data_through)
        self.last_date = dt.date.min

    # --- expressions ----------------------------------------------------------------------

    def _local(self, column: str) -> ir.Value:
        """A date or timestamp column as the report zone's wall-clock time (or date)."""
        value = self._table[column]
        kind = value.type()
        if kind.is_timestamp() and kind.timezone is not None:
            return _at_zone(self._timezone, value)
        return value

    def _day(self, column: str | None) -> ir.Value:
        value = self._local(column or self._date_column)
        return value if value.type().is_date() else value.date()

    def _present(self, column: str) -> ir.BooleanValue:
        value = self._table[column]
        present = value.notnull()
        if value.type().is_string():
            present &= value.strip() != ""  # a blank cell is empty, as in an export
        return present

    def _clause(self, clause: FilterClause) -> ir.BooleanValue:
        op = clause.op
        if op in (FilterOp.NOT_NULL, FilterOp.IS_NULL):
            present = self._present(clause.column)
            return present if (op is FilterOp.NOT_NULL) == bool(clause.value) else ~present
        value = self._table[clause.column]
        wanted = clause.value if isinstance(clause.value, tuple) else (clause.value,)
        numeric = all(isinstance(v, int | float) for v in wanted)
        if numeric:
            x = value if value.type().is_numeric() else value.try_cast("float64")
            vals: list[Any] = [float(v) for v in wanted]
        else:
            x, vals = value.cast("string"), [str(v) for v in wanted]
        if op in (FilterOp.EQ, FilterOp.IN):
            return x.isin(vals).fill_null(False)
        if op in (FilterOp.NE, FilterOp.NOT_IN):
            return x.isnull() | ~x.isin(vals)  # an empty cell is not the excluded value
        compare = {
            FilterOp.GT: x > vals[0], FilterOp.GE: x >= vals[0],
            FilterOp.LT: x < vals[0], FilterOp.LE: x <= vals[0],
        }  # fmt: skip
        return compare[op].fill_null(False)

    def _selected(self, group: RecordGroup, window: Window) -> ir.Table:
        """The group's records in the window, with ``_day`` (business day) and ``_by``."""
        date = None if group.date in (None, self._date_column) else group.date
        day = self._day(date)
        keep = day.notnull() & (day >= window.start) & (day <= window.end)
        for clause in group.filters:
            keep &= self._clause(clause)
        if group.cohort is not None:
            event = self._day(group.cohort.event)
            waited = event.delta(day, unit="day")
            keep &= event.notnull() & (waited >= 0) & (waited <= group.cohort.within_days)
        columns: dict[str, ir.Value] = {"_day": day}
        if group.by is not None:
            columns["_by"] = self._table[group.by].cast("string").strip()
        for i, metric in enumerate(group.metrics):
            columns[f"_v{i}"] = self._value(metric)
        columns["_t"] = self._table[date or self._date_column]  # order of first/last
        return self._table.filter(keep).select(**columns)

    def _value(self, metric: RecordMetric) -> ir.Value:
        if metric.duration is not None:
            raise DataError(
                f"source '{self.name}': metric '{metric.id}': 'duration:' is not supported on "
                "database sources yet (issue #11); compute the duration as a column in a query:"
            )
        if metric.column is None:
            return _ibis().literal(1.0)
        value = self._table[metric.column]
        if metric.agg is Aggregation.COUNT:
            return self._present(metric.column).ifelse(1.0, None)
        if metric.agg is Aggregation.COUNT_DISTINCT:
            return value.strip() if value.type().is_string() else value
        return value.cast("float64")

    # --- the protocol ---------------------------------------------------------------------

    def daily_totals(self, group: RecordGroup, window: Window) -> npt.NDArray[np.float64]:
        sel = self._selected(group, window)
        keys = ["_day", "_by"] if group.by is not None else ["_day"]
        aggs: dict[str, ir.Value] = {}
        for i, metric in enumerate(group.metrics):
            if metric.agg in ADDITIVE_AGGS:
                v = sel[f"_v{i}"]
                aggs[f"n{i}"] = v.count()
                if metric.agg is not Aggregation.COUNT:
                    aggs[f"s{i}"] = v.sum()
        n_by = len(group.by_values)
        out = np.zeros((len(group.metrics), 1 + n_by, 2, window.n_days))
        if not aggs:
            return out
        frame = self._run(sel.group_by(keys).aggregate(**aggs))
        if frame.empty:
            return out
        day = _offsets(frame["_day"], window)
        code = _codes(frame, group)
        for i, metric in enumerate(group.metrics):
            if metric.agg not in ADDITIVE_AGGS:
                continue
            count = _floats(frame[f"n{i}"])
            total = count if metric.agg is Aggregation.COUNT else _floats(frame[f"s{i}"])
            # a day's rows come once per breakdown value: the overall total is their sum
            np.add.at(out[i, 0, 0], day, total)
            np.add.at(out[i, 0, 1], day, count)
            if code is not None:
                coded = code >= 0
                np.add.at(out[i, :, 0], (1 + code[coded], day[coded]), total[coded])
                np.add.at(out[i, :, 1], (1 + code[coded], day[coded]), count[coded])
        return out

    def period_values(self, group: RecordGroup, window: Window) -> npt.NDArray[np.float64]:
        sel = self._selected(group, window)
        n_by, n_periods = len(group.by_values), len(window.starts)
        out = np.full((len(group.metrics), 1 + n_by, n_periods), np.nan)
        aggs: dict[str, ir.Value] = {}
        for p in range(n_periods):
            start = window.start + dt.timedelta(days=int(window.starts[p]))
            end = window.start + dt.timedelta(days=int(window.ends[p]))  # exclusive
            inside = (sel["_day"] >= start) & (sel["_day"] < end)
            for i, metric in enumerate(group.metrics):
                if metric.agg.per_period:
                    aggs[f"m{i}_{p}"] = _statistic(metric, sel[f"_v{i}"], sel["_t"], inside)
        if not aggs:
            return out
        overall = self._run(sel.aggregate(**aggs))
        self._fill(out, overall, group, 0, n_periods)
        if group.by is not None and n_by:
            per_value = self._run(sel.group_by("_by").aggregate(**aggs))
            code = _codes(per_value, group)
            assert code is not None
            for row in np.flatnonzero(code >= 0):
                self._fill(out, per_value.iloc[[row]], group, 1 + int(code[row]), n_periods)
        return out

    @staticmethod
    def _fill(
        out: npt.NDArray[np.float64], frame: pd.DataFrame, group: RecordGroup, k: int, n: int
    ) -> None:
        for i, metric in enumerate(group.metrics):
            if metric.agg.per_period:
                row = frame[[f"m{i}_{p}" for p in range(n)]].iloc[0]
                values = pd.to_numeric(row, errors="coerce").to_numpy(dtype=np.float64)
                if metric.agg is Aggregation.COUNT_DISTINCT:
                    values = np.nan_to_num(values, nan=0.0)
                out[i, k] = values

    def distinct_values(self, column: str, start: dt.date, end: dt.date) -> list[str]:
        """The non-empty values of ``column`` among records dated ``start``..``end``."""
        day = self._day(None)
        text = self._table[column].cast("string").strip()
        found = self._table.filter((day >= start) & (day <= end)).select(v=text).distinct()
        values = self._run(found)["v"].dropna()
        return sorted(str(v) for v in values if str(v) != "")

    def _run(self, expr: Any) -> pd.DataFrame:
        try:
            frame: pd.DataFrame = expr.to_pandas()
        except DataError:
            raise
        except Exception as exc:
            raise DataError(f"source '{self.name}': query fails: {_reason(exc, None)}") from None
        return frame


def _statistic(
    metric: RecordMetric, value: ir.Value, order: ir.Value, inside: ir.BooleanValue
) -> ir.Value:
    """One period's order statistic, as a filtered aggregate."""
    has = inside & value.notnull()
    agg = metric.agg
    if agg is Aggregation.COUNT_DISTINCT:
        return value.nunique(where=has)
    if agg is Aggregation.MIN:
        return value.min(where=has)
    if agg is Aggregation.MAX:
        return value.max(where=has)
    if agg is Aggregation.FIRST:
        return value.argmin(order, where=has)
    if agg is Aggregation.LAST:
        return value.argmax(order, where=has)
    q = 0.5 if agg is Aggregation.MEDIAN else (metric.percentile or 0.0) / 100.0
    return value.quantile(q, where=has)  # exact, linear interpolation (numpy's default)


def _offsets(days: pd.Series, window: Window) -> npt.NDArray[np.int64]:
    as_days = pd.to_datetime(days).to_numpy().astype("datetime64[D]").astype(np.int64)
    offsets: npt.NDArray[np.int64] = as_days - np.datetime64(window.start, "D").astype(np.int64)
    return offsets


def _codes(frame: pd.DataFrame, group: RecordGroup) -> npt.NDArray[np.int64] | None:
    """Each result row's index in ``group.by_values`` (-1: empty or not listed)."""
    if group.by is None:
        return None
    found = frame["_by"].astype("string").fillna("")
    codes: npt.NDArray[np.int64] = np.asarray(
        pd.Index(list(group.by_values)).get_indexer(found), dtype=np.int64
    )
    return codes


def _floats(values: pd.Series) -> npt.NDArray[np.float64]:
    """A result column as floats (Postgres sums integers as Decimal); NULL (no value) as 0."""
    out: npt.NDArray[np.float64] = (
        pd.to_numeric(values, errors="coerce").fillna(0.0).to_numpy(dtype=np.float64)
    )
    return out


def _at_zone(zone: str, value: ir.Value) -> ir.Value:
    """A timestamp with a time zone as wall-clock time in ``zone`` (Ibis 12 has no operation
    for it): ``timezone(zone, ts)`` is the same builtin in DuckDB and Postgres."""
    return _zone_udf()(zone, value)


_UDF: list[Any] = []


def _zone_udf() -> Any:
    if not _UDF:
        ibis = _ibis()

        # the signature spelled out: Ibis cannot read postponed (string) annotations here
        @ibis.udf.scalar.builtin(  # type: ignore[untyped-decorator]
            name="timezone", signature=(("string", "timestamp('UTC')"), "timestamp")
        )
        def at_zone(zone: str, ts: Any) -> Any: ...

        _UDF.append(at_zone)
    return _UDF[0]


def path_of(where: WarehouseTable) -> Path:
    """What the ``sources`` block shows as a warehouse source's path."""
    conn = where.connection
    return conn.path if conn.path is not None else Path(f"{conn.name}:")
