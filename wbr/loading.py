"""Read the project's sources into clean daily frames: the only module that calls ``pd.read_*``.

A loaded source has a ``date`` column of ``datetime64`` (midnight, no time zone) and every column a
metric reads converted to float (thousands separators removed). Problems are collected per source
and reported together as one ``DataError``.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from wbr.config import SourceConfig
from wbr.errors import DataError
from wbr.numbers import Separators, parse_number_block
from wbr.schema import Aggregation, MetricDef, TargetKind
from wbr.sources import RecordSource

if TYPE_CHECKING:
    import pyarrow as pa

DATE_COL = "date"
"""Name of the normalised date column in every loaded frame."""

# Tried in order when a source names no date_format; the first that parses every value wins.
DATE_FORMATS = (
    "%Y-%m-%d",
    "%a, %d-%b-%Y",
    "%d-%b-%Y",
    "%d-%b-%y",
    "%m/%d/%Y",
    "%m/%d/%y",
    "%Y/%m/%d",
    "%d.%m.%Y",
    "%Y%m%d",
    "ISO8601",
)


@dataclass(frozen=True, slots=True)
class SourceData:
    """One loaded source."""

    name: str
    path: Path
    frame: pd.DataFrame  # DATE_COL plus the numeric columns metrics read, plus filter columns
    first_date: dt.date
    last_date: dt.date  # for a record source: its last record's day, or data_through
    records: bool = False  # one row per record (issue #9): covers first_date..last_date
    date_column: str = DATE_COL  # the column the source names as its date_column
    timezone: str = "UTC"  # the report's time zone, for durations across DST changes
    # a database source (issue #11): its records stay there; ``frame`` is empty
    backend: RecordSource | None = None
    rows: int | None = None  # records in a database source (``len(frame)`` for a file)


@dataclass(frozen=True, slots=True)
class LoadedData:
    """Every source a project's metrics read, plus non-fatal findings."""

    sources: dict[str, SourceData]
    warnings: tuple[str, ...]


def required_columns(defs: Iterable[MetricDef]) -> dict[str, dict[str, set[str]]]:
    """For each source, by column name: numeric columns (values and plans), filter columns
    (kept as read: filters, breakdowns, counted values) and time columns (record dates,
    durations and cohort events, converted to the report's time zone)."""
    needed: dict[str, dict[str, set[str]]] = {}

    def entry(source: str) -> dict[str, set[str]]:
        return needed.setdefault(source, {"numeric": set(), "filter": set(), "time": set()})

    for d in defs:
        if d.source is None:
            continue
        columns = entry(d.source)
        if d.column is not None:
            counted = d.agg in (Aggregation.COUNT, Aggregation.COUNT_DISTINCT)
            columns["filter" if counted else "numeric"].add(d.column)
        if d.target is not None and d.target.kind is TargetKind.COLUMN and d.target.column:
            plans = entry(d.target.source) if d.target.source is not None else columns
            plans["numeric"].add(d.target.column)
        columns["filter"].update(c.column for c in d.filters)
        if d.by is not None:
            columns["filter"].add(d.by.column)
        times = (
            d.date,
            d.duration.start if d.duration else None,
            d.duration.end if d.duration else None,
            d.cohort.event if d.cohort else None,
        )
        columns["time"].update(c for c in times if c is not None)
    for columns in needed.values():
        columns["filter"] -= columns["time"]
    return needed


def is_record_source(cfg: SourceConfig, defs: Iterable[MetricDef]) -> bool:
    """One row per record (lead, order) rather than daily totals: said so, or implied by a metric.

    A record source covers every day from its first record to its last (or ``data_through``),
    so a covered day without records counts 0; a daily source covers only the days it has rows.
    """
    if cfg.records is not None:
        return cfg.records
    return cfg.data_through is not None or any(
        d.source == cfg.name and d.reads_records for d in defs
    )


def load_sources(
    sources: Mapping[str, SourceConfig], defs: Iterable[MetricDef], base: Path
) -> LoadedData:
    """Load every source that a metric reads; raise DataError listing every problem."""
    defs = list(defs)
    needed = required_columns(defs)
    readers: dict[str, list[str]] = {}
    for d in defs:
        if d.source is not None:
            readers.setdefault(d.source, []).append(d.id)
    problems: list[str] = []
    warnings: list[str] = []
    loaded: dict[str, SourceData] = {}
    connected: dict[str, object] = {}  # one database connection per command
    for name, cfg in sources.items():
        if name not in needed:
            continue
        if cfg.warehouse is not None:
            data = _open_warehouse(cfg, needed[name], connected, problems)
            if data is not None:
                loaded[name] = data
            continue
        data = _load_one(cfg, needed[name], base, problems, warnings)
        if data is not None and is_record_source(cfg, defs):
            data = _as_records(data, cfg, problems)
        if data is not None:
            loaded[name] = data
    if problems:
        raise DataError(problems)
    return LoadedData(sources=loaded, warnings=tuple(warnings))


def _open_warehouse(
    cfg: SourceConfig, needed: dict[str, set[str]], cache: dict[str, object], problems: list[str]
) -> SourceData | None:
    """A database source, checked and measured; its records stay in the database."""
    from wbr.sources.warehouse import open_source, path_of  # Ibis only when a source needs it

    assert cfg.warehouse is not None
    try:
        opened = open_source(cfg.name, cfg.warehouse, cfg.date_column, cfg.timezone, needed, cache)
    except DataError as exc:
        problems.extend(exc.problems)
        return None
    data = SourceData(
        name=cfg.name,
        path=path_of(cfg.warehouse),
        frame=pd.DataFrame({DATE_COL: pd.Series([], dtype="datetime64[ns]")}),
        first_date=opened.first_date,
        last_date=opened.last_date,
        backend=opened.records,
        rows=opened.rows,
    )
    records = _as_records(data, cfg, problems)
    if records is not None:
        opened.records.last_date = records.last_date  # coverage runs through data_through
    return records


def _shown(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return str(path)


def _load_one(
    cfg: SourceConfig,
    needed: dict[str, set[str]],
    base: Path,
    problems: list[str],
    warnings: list[str],
) -> SourceData | None:
    shown = _shown(cfg.path, base)
    where = f"source '{cfg.name}' ({shown})"
    if not cfg.path.is_file():
        problems.append(f"{where}: file not found")
        return None
    is_csv = cfg.path.suffix.lower() == ".csv"
    wanted = needed["numeric"] | needed["filter"] | needed["time"] | {cfg.date_column}
    try:
        if is_csv:
            raw_header = csv_header(cfg.path)
            header = [c.strip() for c in raw_header]
            counts = Counter(header)
            # pandas sees the file's own (possibly padded) names, e.g. ' leads '
            raw_of = dict(zip(header, raw_header, strict=True))
            # read only what metrics use; a duplicated name cannot be selected by name, so those
            # (and a missing column) fall through to the checks below with the full header
            usable = [c for c in header if c in wanted and counts[c] == 1]
            frame = pd.read_csv(
                cfg.path,
                encoding="utf-8-sig",
                usecols=[raw_of[c] for c in usable] if len(usable) == len(wanted) else None,
                # separators are wbr.numbers' job: it checks that they group thousands
                decimal=Separators(cfg.thousands, cfg.decimal).mark,
                dtype={
                    raw_of.get(c, c): "string"
                    for c in (needed["filter"] | needed["time"] | {cfg.date_column})
                },
                na_values=["", "NA", "N/A", "NaN", "nan", "null", "NULL", "None", "-"],
                keep_default_na=False,
            )
            frame.columns = [str(c).strip() for c in frame.columns]
        else:
            import pyarrow.parquet as pq  # only for Parquet sources: a CSV run never pays for it

            schema = pq.read_schema(cfg.path)
            header = [str(c) for c in schema.names]
            counts = Counter(header)
            # read only what metrics use (an export carries many more columns); text that
            # filters or breaks down records arrives dictionary-encoded (a few values, 10⁶ rows)
            usable = [c for c in header if c in wanted and counts[c] == 1]
            text = [c for c in usable if c in needed["filter"] and _is_text(schema.field(c).type)]
            frame = pd.read_parquet(
                cfg.path,
                columns=usable if len(usable) == len(wanted) else None,
                read_dictionary=text or None,
                # one block per column: no consolidation copy of millions of rows
                to_pandas_kwargs={"split_blocks": True},
            )
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError, OSError,
            ValueError) as exc:  # fmt: skip
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if isinstance(exc, UnicodeDecodeError):
            reason = "not UTF-8 text; save the file as UTF-8 CSV"
        elif isinstance(exc, pd.errors.EmptyDataError):
            reason = "the file is empty"
        problems.append(f"{where}: cannot read: {reason}")
        return None
    if is_csv and not isinstance(frame.index, pd.RangeIndex):
        # pandas silently turns surplus leading fields into an index, shifting every column
        problems.append(
            f"{where}: cannot read: data rows have more fields than the header's "
            f"{len(header)} columns; check the delimiter and quoting"
        )
        return None

    for column, n in sorted(counts.items()):
        if n > 1:
            if column in wanted:
                problems.append(
                    f"{where}: column '{column}' appears {n} times in the header; "
                    "a metric reads it, so rename the duplicates"
                )
            else:
                warnings.append(
                    f"{where}: column '{column}' appears {n} times in the header (unused, ignored)"
                )
    if any(counts[c] > 1 for c in wanted):
        return None
    if is_csv and len(frame.columns) == len(header):
        # pandas renames duplicates to 'x.1'; put the original names back for lookups
        frame.columns = header
        if frame.columns.has_duplicates:  # (dropping none would still copy the whole frame)
            frame = frame.loc[:, ~frame.columns.duplicated()]
    missing = [c for c in sorted(wanted) if c not in frame.columns]
    if missing:
        # a name is cut short: a file that is one 60 MB line has a 60 MB "column name"
        available = ", ".join(short_name(str(c)) for c in header[:12])
        more = ", ..." if len(header) > 12 else ""
        for column in missing:
            problems.append(f"{where}: column '{column}' not found (columns: {available}{more})")
        return None
    if frame.empty:
        problems.append(f"{where}: has no data rows")
        return None

    dates = _parse_dates(frame[cfg.date_column], cfg, where, problems)
    if dates is None:
        return None
    # every number column at once, as one float block (a frame built column by column from
    # 1,000 Series costs more than reading the CSV)
    numeric = sorted(needed["numeric"] - needed["time"])
    seps = Separators(cfg.thousands, cfg.decimal)
    block = parse_number_block(frame, numeric, seps, where, problems, warnings)
    columns: dict[str, pd.Series] = {}
    for column in sorted(needed["filter"] - needed["numeric"]):
        columns[column] = frame[column]
    for column in sorted(needed["time"]):
        times = _parse_times(frame[column], cfg, f"{where}: column '{column}'", problems)
        if times is not None:
            columns[column] = times
    if block is None or any(p.startswith(where) for p in problems):
        return None
    # no consolidation copy of a large export's columns
    out = pd.concat(
        [
            pd.DataFrame({DATE_COL: dates}),
            pd.DataFrame(block, columns=numeric, index=frame.index),
            pd.DataFrame(columns, index=frame.index),
        ],
        axis=1,
    )
    first = out[DATE_COL].min()
    last = out[DATE_COL].max()
    return SourceData(
        name=cfg.name,
        path=cfg.path,
        frame=out,
        first_date=first.date(),
        last_date=last.date(),
    )


def _is_text(kind: pa.DataType) -> bool:
    import pyarrow as pa

    return bool(pa.types.is_string(kind) or pa.types.is_large_string(kind))


def _as_records(data: SourceData, cfg: SourceConfig, problems: list[str]) -> SourceData | None:
    """Mark a loaded source as records; its coverage runs through ``data_through`` if later."""
    last = data.last_date
    if cfg.data_through is not None:
        if cfg.data_through < last:
            problems.append(
                f"source '{cfg.name}': data_through {cfg.data_through} is before its last record "
                f"({last}); remove data_through or correct it"
            )
            return None
        last = cfg.data_through
    return SourceData(
        data.name,
        data.path,
        data.frame,
        data.first_date,
        last,
        records=True,
        date_column=cfg.date_column,
        timezone=cfg.timezone,
        backend=data.backend,
        rows=data.rows,
    )


def _parse_times(
    raw: pd.Series, cfg: SourceConfig, where: str, problems: list[str]
) -> pd.Series | None:
    """A record's date or timestamp column as local wall-clock time (NaT where empty)."""
    if pd.api.types.is_numeric_dtype(raw.dtype) or pd.api.types.is_bool_dtype(raw.dtype):
        problems.append(f"{where} holds numbers; a record date, duration or cohort event "
                        "needs dates or timestamps")  # fmt: skip
        return None
    if isinstance(raw.dtype, pd.DatetimeTZDtype) or pd.api.types.is_datetime64_dtype(raw.dtype):
        return to_local_time(raw, cfg.timezone)
    text = raw.astype("string").str.strip()
    text = text.mask(text == "")
    local = to_local_time(text, cfg.timezone, cfg.date_format or "ISO8601")
    # a bare number such as '1200.5' is not a timestamp, even where a parser would take a year
    bare = text.str.fullmatch(r"[-+]?[\d.,]+").fillna(False) if cfg.date_format is None else False
    bad = text.notna() & (local.isna() | bare)
    if bad.any():
        at = int(bad.to_numpy().nonzero()[0][0])
        problems.append(
            f"{where} has a value that is not a date or timestamp: {text.iloc[at]!r} on line "
            f"{at + 2}; a record date, duration or cohort event needs dates or timestamps "
            "such as 2026-11-09T16:42:10Z"
        )
        return None
    return local


def short_name(name: str, limit: int = 40) -> str:
    """A column name for a message, at most ``limit`` characters."""
    return name if len(name) <= limit else name[: limit - 3] + "..."


def csv_header(path: Path) -> list[str]:
    """The header row exactly as written (names may carry spaces; callers strip them)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        try:
            return next(csv.reader(handle), [])
        except csv.Error as exc:  # "field larger than field limit (131072)"
            raise ValueError(
                f"the header has a field longer than {csv.field_size_limit():,} characters "
                "(an unclosed quote, or not one row per line?)"
            ) from exc


# a time of day followed by a UTC offset: '...T23:30:00-04:00', '... 10:00 +0100', '...Z'
_OFFSET = r"\d:\d\d(?::\d\d(?:[.,]\d+)?)?\s*(?:[Zz]|UTC|GMT|[+-]\d\d(?::?\d\d)?)$"


def to_local_time(values: pd.Series, timezone: str, fmt: str = "ISO8601") -> pd.Series:
    """Timestamps as naive wall-clock times in the report's ``timezone``; NaT where unparseable.

    A value that carries a UTC offset (``2026-03-08T23:30:00-04:00``, ``...Z``) is converted to
    ``timezone``, so rows whose offsets change across a DST switch (or that come from systems in
    different zones) land on the business day they belong to; pandas alone refuses such a column
    ("Mixed timezones detected"). A value without an offset is already local time and is kept as
    written. ``fmt`` is a strftime pattern or "ISO8601". Callers take ``.dt.normalize()`` for the
    business day; this is the one place where time zones are handled.
    """
    if isinstance(values.dtype, pd.DatetimeTZDtype):
        return values.dt.tz_convert(timezone).dt.tz_localize(None)
    if pd.api.types.is_datetime64_dtype(values.dtype):
        return values
    text = values.astype("string").str.strip()
    # exports in UTC ('...Z' on every value) are the common case: a suffix test, not the regex
    zulu = text.str.endswith("Z").fillna(False).astype(bool)
    if bool((zulu | text.isna()).all()):
        aware = zulu
    else:
        aware = text.str.contains(_OFFSET, regex=True).fillna(False).astype(bool)
    if not aware.any():
        return pd.to_datetime(text, format=fmt, errors="coerce")
    local = (
        pd.to_datetime(text[aware], format=fmt, utc=True, errors="coerce")
        .dt.tz_convert(timezone)
        .dt.tz_localize(None)
    )
    if aware.all():
        return local
    naive = pd.to_datetime(text[~aware], format=fmt, errors="coerce")
    return pd.concat([naive.astype(local.dtype), local]).reindex(text.index)


def _parse_dates(
    raw: pd.Series, cfg: SourceConfig, where: str, problems: list[str]
) -> pd.Series | None:
    if pd.api.types.is_datetime64_any_dtype(raw.dtype) and raw.notna().all():
        # Parquet timestamps and dates: no text round trip (seconds per 10⁶ records)
        return to_local_time(raw, cfg.timezone).dt.normalize()
    text = raw.astype("string").str.strip()
    present = text.notna() & (text != "")
    if not present.all():
        line = int((~present).to_numpy().nonzero()[0][0]) + 2
        problems.append(
            f"{where}: date column '{cfg.date_column}' is empty on line {line}; "
            "every row needs a date"
        )
        return None
    formats = (cfg.date_format,) if cfg.date_format else DATE_FORMATS
    if isinstance(raw.dtype, pd.DatetimeTZDtype):
        return to_local_time(raw, cfg.timezone).dt.normalize()
    head = text.iloc[:1000]
    for fmt in formats:
        # a format that cannot read the first rows cannot read the column: skip it cheaply
        if len(text) > len(head) and to_local_time(head, cfg.timezone, fmt).isna().any():
            continue
        parsed = to_local_time(text, cfg.timezone, fmt)
        if parsed.notna().all():
            return parsed.dt.normalize()
    # report the first value that no format could read
    best = pd.to_datetime(text, format=formats[0], errors="coerce")
    bad_at = int(best.isna().to_numpy().nonzero()[0][0])
    hint = (
        f"it does not match date_format {cfg.date_format!r}"
        if cfg.date_format
        else "set 'date_format' for this source, e.g. '%d/%m/%Y'"
    )
    problems.append(
        f"{where}: date column '{cfg.date_column}' has a value that is not a date: "
        f"{text.iloc[bad_at]!r} on line {bad_at + 2}; {hint}"
    )
    return None
