"""Read and validate a WBR App configuration (github.com/working-backwards/wbr-app).

A WBR App config is one YAML file: ``setup`` (week ending, fiscal year), ``metrics`` (a column with
an ``aggf``, a filtered column, or a ``function`` of other metrics, whose operands may define more
metrics inline) and a ``deck`` of blocks; its daily data is a CSV with a ``Date`` column.
:func:`read_wbr_app` parses the file into frozen :class:`AppSetup` and :class:`AppMetric` values,
checks metric references and the CSV header, and raises one ConfigError listing every problem.
What parses but has no wbr equivalent is kept with a ``skip`` reason or described in the notes;
turning the result into a wbr project is the job of ``wbr.importer``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from wbr.config import MONTHS, WEEKDAYS, parse_date, parse_month, yaml_problem
from wbr.errors import ConfigError
from wbr.loading import csv_header, short_name
from wbr.schema import Aggregation, FilterClause, FilterOp
from wbr.yamlfile import read_yaml

DATE_COLUMN = "Date"
"""The WBR App requires its daily data to have this column."""
AGGS = tuple(a.value for a in Aggregation if a.daily)
"""The ``aggf`` values that carry over: wbr's aggregations of daily values."""
FUNCTIONS = {"divide": "/", "sum": "+", "difference": "-", "product": "*"}
"""WBR App functions and the wbr formula operator of each."""
FUNCTION_WORDS = {"divide": "divided by", "difference": "minus", "product": "times"}
DERIVED_SUFFIXES = ("YOY", "WOW", "MOM")
"""A deck may name ``<metric>YOY`` etc.: a comparison WBR App derives from the metric."""
QUERY_OPS = {
    "==": FilterOp.EQ, "!=": FilterOp.NE, ">": FilterOp.GT, ">=": FilterOp.GE,
    "<": FilterOp.LT, "<=": FilterOp.LE,
}  # fmt: skip
SETUP_KEYS = {"week_ending", "week_number", "title", "fiscal_year_end_month", "tooltip",
              "block_starting_number", "db_config_url", "x_axis_monthly_display"}  # fmt: skip
STYLE_KEYS = {"y_scaling", "line_style", "legend_name", "graph_prior_year_flag", "style"}
METRIC_KEYS = {"column", "aggf", "filter", "function", "metric_comparison_method"}

_QUERY = re.compile(
    r"""^\s*(?:`(?P<quoted>[^`]+)`|(?P<column>[A-Za-z_][A-Za-z0-9_.]*))\s*
        (?P<op>==|!=|>=|<=|>|<)\s*
        (?P<value>'[^']*'|"[^"]*"|[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*$""",
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class AppMetric:
    """One WBR App metric, parsed but not yet translated."""

    name: str
    bps: bool
    column: str | None = None
    agg: str | None = None
    query: str | None = None
    filter: FilterClause | None = None  # the query as a wbr filter
    function: str | None = None
    operands: tuple[str, ...] = ()
    skip: str | None = None  # why it cannot be imported
    inline_of: str | None = None  # parent metric when defined inside an operand

    def computed(self) -> str:
        """How WBR App computes it, in words (for the definition and the notes)."""
        if self.function is not None:
            names = [f'"{n}"' for n in self.operands]
            if self.function == "sum":
                text = "sum of " + ", ".join(names)
            else:
                text = f" {FUNCTION_WORDS.get(self.function, self.function)} ".join(names)
            return text + ", each aggregated over the period first"
        text = f'{self.agg} of column "{self.column}"'
        return text + (f" where {self.query.strip()}" if self.query else "")


@dataclass(frozen=True, slots=True)
class AppSetup:
    """The WBR App ``setup`` settings that carry over."""

    title: str
    week_ending: dt.date
    week_ends_on: str
    fiscal_year_end_month: str  # JAN..DEC


@dataclass(frozen=True, slots=True)
class WbrApp:
    """A valid WBR App config: what carries over, and notes on what does not."""

    setup: AppSetup
    metrics: Mapping[str, AppMetric]  # every metric by name, in file order
    deck: Any  # the raw 'deck' value, translated block by block by wbr.importer
    notes: tuple[str, ...]


class _Findings:
    """Problems (fatal, reported together) and notes (reported, not fatal)."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.notes: list[str] = []


def read_wbr_app(config_path: Path, data: Path | None) -> WbrApp:
    """Parse a WBR App config and check it against the header of its CSV (when given).

    Raises ConfigError listing every problem. A metric that cannot be imported, or that uses one
    that cannot, carries the reason in ``skip``.
    """
    raw = _read_yaml(config_path)
    shown = config_path.name
    found = _Findings()
    setup = _parse_setup(raw, shown, found)
    _setup_notes(raw, data, found)
    metrics = _parse_metrics(raw.get("metrics"), shown, found)
    raw_metrics = raw.get("metrics")
    defined = {str(k) for k in raw_metrics} if isinstance(raw_metrics, Mapping) else set()
    _check_references(metrics, defined, shown, found)
    if data is not None:
        _check_data(data, metrics, shown, found)
    if found.problems:
        raise ConfigError(found.problems)
    _drop_dependents(metrics)
    return WbrApp(setup=setup, metrics=metrics, deck=raw.get("deck"), notes=tuple(found.notes))


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        raw = read_yaml(path, path.name)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path.name}: not valid YAML ({yaml_problem(exc)})") from None
    if not isinstance(raw, Mapping) or not isinstance(raw.get("setup"), Mapping):
        raise ConfigError(
            f"{path.name}: not a WBR App config (expected a mapping with 'setup', 'metrics' "
            "and 'deck')"
        )
    return dict(raw)


def _parse_setup(raw: Mapping[str, Any], shown: str, found: _Findings) -> AppSetup:
    setup = raw["setup"]
    week_ending = _parse_app_date(setup.get("week_ending"))
    if week_ending is None:
        found.problems.append(
            f"{shown}: 'setup.week_ending' must be a date such as 25-SEP-2021 "
            f"(got {setup.get('week_ending')!r})"
        )
    fy_raw = setup.get("fiscal_year_end_month", "DEC")
    fy_month = parse_month(fy_raw)
    if fy_month is None:
        found.problems.append(
            f"{shown}: 'setup.fiscal_year_end_month' must be a month such as DEC (got {fy_raw!r})"
        )
    title = setup.get("title")
    return AppSetup(
        title=str(title) if title not in (None, "") else "Weekly Business Review",
        week_ending=week_ending or dt.date.min,  # only read when there were no problems
        week_ends_on=WEEKDAYS[week_ending.weekday()] if week_ending else "sunday",
        fiscal_year_end_month=MONTHS[(fy_month or 12) - 1].upper(),
    )


def _parse_app_date(raw: Any) -> dt.date | None:
    """25-SEP-2021 or 2021-09-25 (strptime, so 2021-9-25 too); a YAML date as it is."""
    if not isinstance(raw, str):
        return parse_date(raw)
    for fmt in ("%d-%b-%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(raw.strip(), fmt).date()  # noqa: DTZ007 (a date)
        except ValueError:
            continue
    return None


def _setup_notes(raw: Mapping[str, Any], data: Path | None, found: _Findings) -> None:
    """Settings and sources that have no wbr equivalent."""
    notes = found.notes
    app_setup = raw["setup"]
    for key in app_setup:
        if key not in SETUP_KEYS:
            notes.append(f"setup.{key} has no wbr equivalent and was ignored")
    if "week_number" in app_setup:
        notes.append("setup.week_number is not needed: wbr numbers weeks from the week-ending date")
    if "block_starting_number" in app_setup:
        notes.append("setup.block_starting_number has no equivalent: wbr numbers nothing by block")
    if "tooltip" in app_setup:
        notes.append("setup.tooltip has no equivalent: wbr's HTML charts always have tooltips")
    if app_setup.get("x_axis_monthly_display") == "fiscal_year":
        notes.append(
            "setup.x_axis_monthly_display: fiscal_year has no equivalent; wbr charts always "
            "show the trailing twelve months"
        )
    if "db_config_url" in app_setup or "data_sources" in raw:
        notes.append(
            "database sources (setup.db_config_url / data_sources) were not imported: export "
            "the query result as one daily CSV with a 'Date' column and pass it with --data "
            "(a namespaced column such as main_metrics.Clicks becomes the CSV's own header)"
        )
    for key in raw:
        if key not in ("setup", "metrics", "deck", "data_sources"):
            notes.append(f"top-level '{key}' has no wbr equivalent and was ignored")
    if data is None:
        notes.append(
            "no --data was given: put the daily CSV at data/daily.csv in the project (or "
            "re-run with --data FILE) before 'wbr validate'"
        )


def _parse_metrics(raw: Any, shown: str, found: _Findings) -> dict[str, AppMetric]:
    """Every metric by name, in file order; inline operand definitions just before their user."""
    if not isinstance(raw, Mapping) or not raw:
        found.problems.append(f"{shown}: 'metrics' must be a mapping of metric name to definition")
        return {}
    top = {str(k): v for k, v in raw.items()}
    out: dict[str, AppMetric] = {}

    def parse(name: str, body: Any, parent: str | None) -> None:
        where = f"{shown}: metric '{name}'"
        if not isinstance(body, Mapping):
            found.problems.append(f"{where}: definition must be a mapping")
            return
        bps = _comparison(body.get("metric_comparison_method"), where, found)
        for key in body:
            if key not in METRIC_KEYS:
                found.notes.append(f"{where}: key '{key}' has no wbr equivalent and was ignored")
        kinds = [k for k in ("column", "filter", "function") if k in body]
        if len(kinds) != 1:
            found.problems.append(
                f"{where}: needs exactly one of 'column', 'filter' or 'function'"
                + (f" (got {', '.join(kinds)})" if kinds else "")
            )
            return
        if kinds == ["function"]:
            metric = _parse_function(name, body["function"], bps, where, found, inline)
        else:
            metric = _parse_column(name, body, kinds[0], bps, where, found)
        if metric is not None:
            out[name] = replace(metric, inline_of=parent)

    def inline(name: str, body: Mapping[str, Any], parent: str) -> None:
        if name in top:
            twin = top[name]
            if not isinstance(twin, Mapping) or dict(body) != dict(twin):
                found.notes.append(
                    f"{shown}: metric '{parent}' defines '{name}' inline, differently from the "
                    f"top-level '{name}'; the top-level definition is used"
                )
        elif name not in out:
            parse(name, body, parent)

    for name, body in top.items():
        parse(name, body, None)
    return out


def _comparison(raw: Any, where: str, found: _Findings) -> bool:
    if raw is None or str(raw).strip().lower() in ("%", "pct", "percent", "percentage"):
        return False
    if str(raw).strip().lower() == "bps":
        return True
    found.notes.append(
        f"{where}: metric_comparison_method {raw!r} is not % or bps; compared in % (pct)"
    )
    return False


def _parse_column(
    name: str, body: Mapping[str, Any], kind: str, bps: bool, where: str, found: _Findings
) -> AppMetric | None:
    agg = body.get("aggf")
    if agg is None:
        found.problems.append(f"{where}: 'aggf' is required (one of {', '.join(AGGS)})")
        return None
    skip = None
    if str(agg) not in AGGS:
        skip = f"aggf '{agg}' has no wbr equivalent (wbr has {', '.join(AGGS)})"
    if kind == "column":
        column = body["column"]
        if not isinstance(column, str) or not column:
            found.problems.append(f"{where}: 'column' must be a column name")
            return None
        return AppMetric(name=name, bps=bps, column=column, agg=str(agg), skip=skip)
    spec = body["filter"]
    if not isinstance(spec, Mapping) or not isinstance(spec.get("base_column"), str):
        found.problems.append(f"{where}: 'filter' needs 'base_column' (and usually 'query')")
        return None
    query = spec.get("query")
    parsed = None
    if query is not None:
        parsed = _parse_query(str(query))
        if parsed is None and skip is None:
            skip = (
                f"filter query {str(query)!r} is not one comparison (column == 'text' or "
                "column > number, with == != > < >= <=)"
            )
    return AppMetric(
        name=name, bps=bps, column=spec["base_column"], agg=str(agg),
        query=str(query) if query is not None else None, filter=parsed, skip=skip,
    )  # fmt: skip


def _parse_query(text: str) -> FilterClause | None:
    """``Country == 'US'`` -> Country eq 'US'; ``Units >= 5`` -> Units ge 5; None otherwise."""
    match = _QUERY.match(text)
    if match is None:
        return None
    column = match["quoted"] or match["column"]
    raw = match["value"]
    value: str | float
    if raw[0] in "'\"":
        value = raw[1:-1]
    else:
        number = float(raw)
        value = int(number) if number.is_integer() and re.fullmatch(r"[-+]?\d+", raw) else number
    return FilterClause(column, QUERY_OPS[match["op"]], value)


def _parse_function(
    name: str,
    spec: Any,
    bps: bool,
    where: str,
    found: _Findings,
    inline: Callable[[str, Mapping[str, Any], str], None],
) -> AppMetric | None:
    if not isinstance(spec, Mapping):
        found.problems.append(f"{where}: 'function' must be a mapping such as {{divide: [...]}}")
        return None
    kinds = list(spec)
    if len(kinds) != 1:
        found.problems.append(f"{where}: 'function' must name one operation (got {kinds})")
        return None
    op = str(kinds[0])
    raw_operands = spec[kinds[0]]
    if not isinstance(raw_operands, list) or len(raw_operands) < 2:
        found.problems.append(f"{where}: function '{op}' needs a list of at least two operands")
        return None
    metric_refs: list[str] = []
    column_refs: list[str] = []
    written: list[str] = []  # in the order the file lists them
    for i, operand in enumerate(raw_operands, start=1):
        ref = _operand(operand)
        if ref is None:
            found.problems.append(
                f"{where}: operand {i} of '{op}' must be {{metric: {{name: M}}}} or "
                "{column: {name: M}}"
            )
            continue
        kind, ref_name, body = ref
        written.append(ref_name)
        (metric_refs if kind == "metric" else column_refs).append(ref_name)
        if body:
            inline(ref_name, body, name)
    # WBR App evaluates metric operands before column operands, whatever the written order
    operands = metric_refs + column_refs
    if op not in FUNCTIONS:
        return AppMetric(name=name, bps=bps, function=op, operands=tuple(operands),
                          skip=f"function '{op}' is not one of {', '.join(FUNCTIONS)}")  # fmt: skip
    if op in ("difference", "divide") and operands[:2] != written[:2]:
        found.notes.append(
            f"{where}: WBR App puts 'metric' operands before 'column' operands, so this "
            f"{op} is {' then '.join(operands[:2])} (not the written order); kept as WBR App "
            "computes it"
        )
    if op != "sum" and len(operands) > 2:
        found.notes.append(
            f"{where}: WBR App's {op} uses only its first two operands; "
            f"{', '.join(repr(o) for o in operands[2:])} ignored as it does"
        )
        operands = operands[:2]
    return AppMetric(name=name, bps=bps, function=op, operands=tuple(operands))


def _operand(raw: Any) -> tuple[str, str, dict[str, Any]] | None:
    """('metric'|'column', name, inline definition or {})."""
    if not isinstance(raw, Mapping) or len(raw) != 1:
        return None
    ((kind, body),) = raw.items()
    if kind not in ("metric", "column") or not isinstance(body, Mapping):
        return None
    name = body.get("name")
    if not isinstance(name, str) or not name:
        return None
    inline = {k: v for k, v in body.items() if k != "name"}
    return str(kind), name, inline


def _check_references(
    metrics: dict[str, AppMetric], defined: set[str], shown: str, found: _Findings
) -> None:
    """Operands must name a metric (one that failed to parse was reported already)."""
    for m in metrics.values():
        for ref in m.operands:
            if ref not in metrics and ref not in defined:
                found.problems.append(
                    f"{shown}: metric '{m.name}': function '{m.function}' uses unknown metric "
                    f"'{ref}' (define it under 'metrics')"
                )


def _drop_dependents(metrics: dict[str, AppMetric]) -> None:
    """A function of a metric that cannot be imported cannot be imported either."""
    changed = True
    while changed:
        changed = False
        for name, m in list(metrics.items()):
            if m.skip is None:
                bad = [r for r in m.operands if metrics[r].skip is not None]
                if bad:
                    metrics[name] = replace(m, skip=f"it uses '{bad[0]}', which was not imported")
                    changed = True


def _check_data(data: Path, metrics: Mapping[str, AppMetric], shown: str, found: _Findings) -> None:
    """The CSV must be readable and have the Date column and every column a metric reads."""
    if data.suffix.lower() != ".csv":
        found.problems.append(f"{data}: the data must be a .csv file (WBR App reads CSV)")
        return
    try:
        header = [c.strip() for c in csv_header(data)]
    except FileNotFoundError:
        found.problems.append(f"{data}: no such file")
        return
    except UnicodeDecodeError:
        found.problems.append(f"{data.name}: not UTF-8 text; save the file as UTF-8 CSV")
        return
    except OSError as exc:
        found.problems.append(f"{data}: cannot read ({exc.strerror})")
        return
    except ValueError as exc:  # an unclosed quote in the header
        found.problems.append(f"{data.name}: cannot read: {exc}")
        return
    columns = ", ".join(short_name(c) for c in header[:12]) + (", ..." if len(header) > 12 else "")
    if DATE_COLUMN not in header:
        found.problems.append(
            f"{data.name}: has no '{DATE_COLUMN}' column, which WBR App data needs "
            f"(columns: {columns or 'none'})"
        )
    for m in metrics.values():
        if m.skip is not None or m.column is None:
            continue
        needed = [m.column] + ([m.filter.column] if m.filter else [])
        for column in needed:
            if column not in header:
                found.problems.append(
                    f"{shown}: metric '{m.name}': column '{column}' is not in {data.name} "
                    f"(columns: {columns})"
                )
