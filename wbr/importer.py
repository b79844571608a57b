"""``wbr import-wbr-app``: turn a WBR App configuration (and its daily CSV) into a wbr project.

The WBR App (github.com/working-backwards/wbr-app) describes a deck in one YAML file: ``setup``
(week ending, fiscal year), ``metrics`` (a column with an ``aggf``, a filtered column, or a
``function`` of other metrics) and a ``deck`` of blocks. This module translates that file into
``wbr.yaml`` + ``metrics/<name>.yaml`` + ``data/<csv>`` with the same numbers: weeks end on the
weekday of ``setup.week_ending``, functions become formulas computed after aggregation, filter
queries become declarative filters and ``metric_comparison_method: bps`` becomes ``compare: bps``.

Everything that has no equivalent is listed in the returned notes (and in ``IMPORT_NOTES.md``),
never dropped silently. Invalid input raises ConfigError/DataError listing every problem, and
nothing is written: the project is built in a temporary folder, checked with the real loaders,
then moved into place.

Limitations: database ``data_sources`` are not fetched (give the CSV with ``data_path``); filter
queries must be one comparison; chart styling (``y_scaling``, line styles) is not carried over.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import secrets
import shutil
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from wbr.config import MONTHS, WEEKDAYS, parse_month
from wbr.errors import ConfigError, WbrError

SOURCE = "data"
"""Name of the single source in the imported project."""
DATE_COLUMN = "Date"
"""The WBR App requires its daily data to have this column."""
AGGS = ("sum", "mean", "min", "max", "first", "last")
FUNCTIONS = {"divide": "/", "sum": "+", "difference": "-", "product": "*"}
FUNCTION_WORDS = {"divide": "divided by", "difference": "minus", "product": "times"}
DERIVED_SUFFIXES = ("YOY", "WOW", "MOM")
QUERY_OPS = {"==": None, "!=": "ne", ">": "gt", ">=": "ge", "<": "lt", "<=": "le"}
LOWER_HINTS = ("defect", "error", "cost", "churn", "latency", "return", "complaint", "cancel",
               "time", "delay", "backlog", "bounce")  # fmt: skip
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
class ImportResult:
    """What an import wrote and what the user should check."""

    out_dir: Path
    files: tuple[Path, ...]
    notes: tuple[str, ...]
    metric_ids: tuple[tuple[str, str], ...]  # (WBR App name, wbr id), in file order


@dataclass(frozen=True, slots=True)
class _AppMetric:
    """One WBR App metric, parsed but not yet translated."""

    name: str
    bps: bool
    column: str | None = None
    agg: str | None = None
    query: str | None = None
    filter: tuple[str, str | None, str | float] | None = None  # column, op (None = eq), value
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
                text = f" {FUNCTION_WORDS[self.function]} ".join(names)
            return text + ", each aggregated over the period first"
        text = f'{self.agg} of column "{self.column}"'
        return text + (f" where {self.query.strip()}" if self.query else "")


@dataclass(frozen=True, slots=True)
class _Setup:
    """The WBR App ``setup`` settings that carry over."""

    title: str
    week_ending: dt.date
    week_ends_on: str
    fiscal_year_end_month: str  # JAN..DEC


class _Findings:
    """Problems (fatal, reported together) and notes (reported, not fatal)."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.notes: list[str] = []


def import_wbr_app(
    config_path: Path | str,
    data_path: Path | str | None,
    out_dir: Path | str,
    force: bool = False,
) -> ImportResult:
    """Translate a WBR App YAML (and its CSV) into a wbr project in ``out_dir``.

    Raises ConfigError/DataError listing every problem; nothing is written then. ``out_dir`` must
    be new or empty unless ``force`` (same-named files are then replaced).
    """
    config_path = Path(config_path)
    out_dir = Path(out_dir)
    data = Path(data_path) if data_path is not None else None
    if out_dir.exists() and not out_dir.is_dir():
        raise WbrError(f"{out_dir} exists and is not a folder")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not force:
        raise WbrError(
            f"{out_dir} is not empty; choose a new folder or use --force to write into it "
            "(files with the same names are replaced)"
        )
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
    _skip_notes(metrics, found)
    ids = _assign_ids([m.name for m in metrics.values() if m.skip is None])
    sections = _translate_deck(raw.get("deck"), metrics, ids, setup.title, found)
    _closing_notes(setup, metrics, ids, found)

    stem = _make_id(config_path.stem, set()) or "wbr_app"
    csv_name = data.name if data is not None else "daily.csv"
    project = {
        "title": setup.title,
        "week_ends_on": setup.week_ends_on,
        "fiscal_year_end_month": setup.fiscal_year_end_month,
        "week_ending": setup.week_ending,
        "sources": {SOURCE: {"path": f"data/{csv_name}", "date_column": DATE_COLUMN}},
        "metrics": [f"metrics/{stem}.yaml"],
    }
    if sections:
        project["sections"] = sections
    catalogue = {ids[m.name]: _metric_body(m, ids) for m in metrics.values() if m.skip is None}
    files = {
        "wbr.yaml": _dump(project, f"Imported from WBR App config {shown} by wbr import-wbr-app."),
        f"metrics/{stem}.yaml": _dump(
            catalogue, f"Metrics imported from WBR App config {shown}; see IMPORT_NOTES.md."
        ),
        "IMPORT_NOTES.md": _notes_markdown(shown, data, setup, metrics, ids, found.notes),
    }
    written = _write_project(out_dir, files, data, csv_name)
    return ImportResult(
        out_dir=out_dir,
        files=written,
        notes=tuple(found.notes),
        metric_ids=tuple((name, ids[name]) for name in ids),
    )


# --- reading the WBR App file -----------------------------------------------------------------


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise ConfigError(f"{path}: cannot read ({reason})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "syntax error"
        raise ConfigError(f"{path.name}: not valid YAML ({problem}{where})") from None
    if not isinstance(raw, Mapping) or not isinstance(raw.get("setup"), Mapping):
        raise ConfigError(
            f"{path.name}: not a WBR App config (expected a mapping with 'setup', 'metrics' "
            "and 'deck')"
        )
    return dict(raw)


def _parse_setup(raw: Mapping[str, Any], shown: str, found: _Findings) -> _Setup:
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
    return _Setup(
        title=str(title) if title not in (None, "") else "Weekly Business Review",
        week_ending=week_ending or dt.date.min,  # only read when there were no problems
        week_ends_on=WEEKDAYS[week_ending.weekday()] if week_ending else "sunday",
        fiscal_year_end_month=MONTHS[(fy_month or 12) - 1].upper(),
    )


def _parse_app_date(raw: Any) -> dt.date | None:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, str):
        for fmt in ("%d-%b-%Y", "%Y-%m-%d"):
            try:
                return dt.datetime.strptime(raw.strip(), fmt).date()  # noqa: DTZ007 (a date)
            except ValueError:
                continue
    return None


def _parse_metrics(raw: Any, shown: str, found: _Findings) -> dict[str, _AppMetric]:
    """Every metric by name, in file order; inline operand definitions just before their user."""
    if not isinstance(raw, Mapping) or not raw:
        found.problems.append(f"{shown}: 'metrics' must be a mapping of metric name to definition")
        return {}
    top = {str(k): v for k, v in raw.items() if k != "__line__"}
    out: dict[str, _AppMetric] = {}

    def parse(name: str, body: Any, parent: str | None) -> None:
        where = f"{shown}: metric '{name}'"
        if not isinstance(body, Mapping):
            found.problems.append(f"{where}: definition must be a mapping")
            return
        bps = _comparison(body.get("metric_comparison_method"), where, found)
        for key in body:
            if key not in METRIC_KEYS and key != "__line__":
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
            if not isinstance(twin, Mapping) or dict(body) != {
                k: v for k, v in twin.items() if k != "__line__"
            }:
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
) -> _AppMetric | None:
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
        return _AppMetric(name=name, bps=bps, column=column, agg=str(agg), skip=skip)
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
    return _AppMetric(
        name=name, bps=bps, column=spec["base_column"], agg=str(agg),
        query=str(query) if query is not None else None, filter=parsed, skip=skip,
    )  # fmt: skip


def _parse_query(text: str) -> tuple[str, str | None, str | float] | None:
    """``Country == 'US'`` -> ('Country', None, 'US'); ``Units >= 5`` -> ('Units', 'ge', 5)."""
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
    return column, QUERY_OPS[match["op"]], value


def _parse_function(
    name: str,
    spec: Any,
    bps: bool,
    where: str,
    found: _Findings,
    inline: Callable[[str, Mapping[str, Any], str], None],
) -> _AppMetric | None:
    if not isinstance(spec, Mapping):
        found.problems.append(f"{where}: 'function' must be a mapping such as {{divide: [...]}}")
        return None
    kinds = [k for k in spec if k != "__line__"]
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
    for i, operand in enumerate(raw_operands, start=1):
        ref = _operand(operand)
        if ref is None:
            found.problems.append(
                f"{where}: operand {i} of '{op}' must be {{metric: {{name: M}}}} or "
                "{column: {name: M}}"
            )
            continue
        kind, ref_name, body = ref
        (metric_refs if kind == "metric" else column_refs).append(ref_name)
        if body:
            inline(ref_name, body, name)
    # WBR App evaluates metric operands before column operands, whatever the written order
    operands = metric_refs + column_refs
    written = [r[1] for r in map(_operand, raw_operands) if r is not None]
    if op not in FUNCTIONS:
        return _AppMetric(name=name, bps=bps, function=op, operands=tuple(operands),
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
    return _AppMetric(name=name, bps=bps, function=op, operands=tuple(operands))


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
    inline = {k: v for k, v in body.items() if k not in ("name", "__line__")}
    return str(kind), name, inline


def _check_references(
    metrics: dict[str, _AppMetric], defined: set[str], shown: str, found: _Findings
) -> None:
    """Operands must name a metric (one that failed to parse was reported already)."""
    for m in metrics.values():
        for ref in m.operands:
            if ref not in metrics and ref not in defined:
                found.problems.append(
                    f"{shown}: metric '{m.name}': function '{m.function}' uses unknown metric "
                    f"'{ref}' (define it under 'metrics')"
                )


def _drop_dependents(metrics: dict[str, _AppMetric]) -> None:
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


# --- ids, metric bodies, deck ------------------------------------------------------------------


def _make_id(name: str, taken: set[str]) -> str:
    """'Page Views' -> page_views; 'Defects/Million' -> defects_million; unique, not digit-first."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)
    base = re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").lower() or "metric"
    if base[0].isdigit():
        base = "m_" + base
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}_{n}", n + 1
    taken.add(candidate)
    return candidate


def _assign_ids(names: list[str]) -> dict[str, str]:
    taken: set[str] = set()
    return {name: _make_id(name, taken) for name in names}


def _metric_body(m: _AppMetric, ids: Mapping[str, str]) -> dict[str, Any]:
    body: dict[str, Any] = {
        "label": m.name,
        "definition": f"Imported from WBR App: {m.computed()}.",
        "unit": "percent" if m.bps else "number",
        "direction": "higher_is_better",
        "compare": "bps" if m.bps else "pct",
    }
    if m.function is not None:
        body["formula"] = f" {FUNCTIONS[m.function]} ".join(ids[o] for o in m.operands)
        return body
    body.update(source=SOURCE, column=m.column, agg=m.agg)
    if m.filter is not None:
        column, op, value = m.filter
        body["filter"] = {column: value if op is None else {op: value}}
    return body


def _translate_deck(
    raw: Any,
    metrics: Mapping[str, _AppMetric],
    ids: Mapping[str, str],
    title: str,
    found: _Findings,
) -> list[dict[str, Any]]:
    if raw is None:
        found.notes.append("the config has no 'deck'; wbr shows every metric in file order")
        return []
    if not isinstance(raw, list):
        found.notes.append("'deck' is not a list of blocks; no sections were imported")
        return []
    sections: list[dict[str, Any]] = [{"title": title, "blocks": []}]

    def resolve(name: Any, where: str) -> str | None:
        name = str(name)
        if name in ids:
            return ids[name]
        if name in metrics:
            found.notes.append(f"{where}: metric '{name}' was not imported, so it is left out")
            return None
        for suffix in DERIVED_SUFFIXES:
            base = name[: -len(suffix)]
            if name.endswith(suffix) and base in ids:
                why = (
                    "wbr has no month-over-month change; it shows the months with their prior year"
                    if suffix == "MOM"
                    else "wbr computes WoW and YoY for every metric"
                )
                found.notes.append(
                    f"{where}: '{name}' is WBR App's {suffix} of '{base}'; wbr shows "
                    f"'{ids[base]}' instead ({why})"
                )
                return ids[base]
        found.notes.append(f"{where}: '{name}' is not a metric of this config; left out")
        return None

    retitled: list[str] = []
    styled: set[str] = set()
    for i, item in enumerate(raw, start=1):
        block = item.get("block", item) if isinstance(item, Mapping) else None
        styled.update(_style_keys(block))
        where = f"deck block {i}"
        if not isinstance(block, Mapping) or "ui_type" not in block:
            found.notes.append(f"{where}: not a block with a 'ui_type'; skipped")
            continue
        ui = str(block["ui_type"])
        blocks: list[dict[str, Any]] = sections[-1]["blocks"]
        if ui == "section":
            text = str(block.get("title") or "").strip()
            if text:
                sections.append({"title": text, "blocks": []})
            else:
                found.notes.append(
                    f"{where}: a section without a title (a plain divider) has no wbr "
                    "equivalent; the next blocks stay in the current section"
                )
        elif ui == "6_12Graph":
            where = f"{where} (6_12Graph {block.get('title', '')!r})"
            names = block.get("metrics") or {}
            listed = list(names) if isinstance(names, Mapping | list) else []
            if not listed:
                found.notes.append(f"{where}: has no metrics; skipped")
            elif len(listed) > 1:
                found.notes.append(
                    f"{where}: draws {len(listed)} metrics in one chart; wbr gives each "
                    "its own chart and summary"
                )
            elif block.get("title") and str(block["title"]) != str(listed[0]):
                retitled.append(f"{block['title']!r} ({listed[0]})")
            for name in listed:
                metric_id = resolve(name, where)
                if metric_id is not None and {"metric": metric_id} not in blocks[-1:]:
                    blocks.append({"metric": metric_id})
        elif ui in ("6_WeeksTable", "12_MonthsTable"):
            where = f"{where} ({ui} {block.get('title', '')!r})"
            rows: list[Any] = block["rows"] if isinstance(block.get("rows"), list) else []
            table_ids: list[str] = []
            headers: list[str] = []
            for row in rows:
                row = row.get("row", row) if isinstance(row, Mapping) else {}
                if not isinstance(row, Mapping):
                    continue
                header = str(row.get("header") or "").strip()
                if row.get("metric") is None:
                    if header:
                        headers.append(repr(header))
                    continue
                if header and header != str(row["metric"]):
                    headers.append(f"{header!r} ({row['metric']})")
                metric_id = resolve(row["metric"], where)
                if metric_id is not None and metric_id not in table_ids:
                    table_ids.append(metric_id)
            if headers:
                found.notes.append(
                    f"{where}: row headers are not kept, the table shows each metric's label "
                    f"(headers: {', '.join(headers)})"
                )
            if not table_ids:
                found.notes.append(f"{where}: no importable metric rows; skipped")
                continue
            table: dict[str, Any] = {
                "metrics": table_ids,
                "period": "weeks" if ui == "6_WeeksTable" else "months",
            }
            if block.get("title"):
                table["title"] = str(block["title"])
            blocks.append({"table": table})
        elif ui == "embedded_content":
            found.notes.append(
                f"{where}: embedded_content ({block.get('source', 'no source')}) cannot be "
                "imported; wbr packets do not embed external pages, so link it in commentary"
            )
        else:
            found.notes.append(f"{where}: ui_type '{ui}' is unknown; skipped")
        if block.get("x_axis_monthly_display") == "fiscal_year":
            found.notes.append(
                f"{where}: x_axis_monthly_display: fiscal_year has no equivalent; wbr charts "
                "always show the trailing twelve months"
            )
    if retitled:
        found.notes.append(
            "6_12Graph titles are not kept (wbr titles each chart with its metric's label): "
            + ", ".join(retitled)
        )
    if styled:
        found.notes.append(
            f"display options ({', '.join(sorted(styled))}) are not carried over: wbr formats "
            "values by each metric's unit"
        )
    kept = []
    for section in sections:
        if section["blocks"]:
            kept.append(section)
        elif section is not sections[0]:
            found.notes.append(f"section '{section['title']}' has no importable blocks; dropped")
    return kept


def _style_keys(block: Any) -> set[str]:
    """Display-only keys used in a block, its metrics and its rows."""
    if not isinstance(block, Mapping):
        return set()
    parts: list[Any] = [block]
    if isinstance(block.get("metrics"), Mapping):
        parts.extend(block["metrics"].values())
    if isinstance(block.get("rows"), list):
        parts.extend(r.get("row", r) if isinstance(r, Mapping) else r for r in block["rows"])
    return {str(k) for part in parts if isinstance(part, Mapping) for k in part if k in STYLE_KEYS}


# --- data checks and notes ---------------------------------------------------------------------


def _check_data(
    data: Path, metrics: Mapping[str, _AppMetric], shown: str, found: _Findings
) -> None:
    if data.suffix.lower() != ".csv":
        found.problems.append(f"{data}: the data must be a .csv file (WBR App reads CSV)")
        return
    try:
        with data.open(encoding="utf-8-sig", newline="") as handle:
            header = [c.strip() for c in next(csv.reader(handle), [])]
    except FileNotFoundError:
        found.problems.append(f"{data}: no such file")
        return
    except UnicodeDecodeError:
        found.problems.append(f"{data.name}: not UTF-8 text; save the file as UTF-8 CSV")
        return
    except OSError as exc:
        found.problems.append(f"{data}: cannot read ({exc.strerror})")
        return
    columns = ", ".join(header[:12]) + (", ..." if len(header) > 12 else "")
    if DATE_COLUMN not in header:
        found.problems.append(
            f"{data.name}: has no '{DATE_COLUMN}' column, which WBR App data needs "
            f"(columns: {columns or 'none'})"
        )
    for m in metrics.values():
        if m.skip is not None or m.column is None:
            continue
        needed = [m.column] + ([m.filter[0]] if m.filter else [])
        for column in needed:
            if column not in header:
                found.problems.append(
                    f"{shown}: metric '{m.name}': column '{column}' is not in {data.name} "
                    f"(columns: {columns})"
                )


def _setup_notes(raw: Mapping[str, Any], data: Path | None, found: _Findings) -> None:
    """Settings and sources that have no wbr equivalent."""
    notes = found.notes
    app_setup = raw["setup"]
    for key in app_setup:
        if key not in SETUP_KEYS and key != "__line__":
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
        if key not in ("setup", "metrics", "deck", "data_sources", "__line__"):
            notes.append(f"top-level '{key}' has no wbr equivalent and was ignored")
    if data is None:
        notes.append(
            "no --data was given: put the daily CSV at data/daily.csv in the project (or "
            "re-run with --data FILE) before 'wbr validate'"
        )


def _skip_notes(metrics: Mapping[str, _AppMetric], found: _Findings) -> None:
    for m in metrics.values():
        if m.skip is not None:
            kind = (
                f"metric '{m.name}' (defined inside '{m.inline_of}')"
                if m.inline_of
                else f"metric '{m.name}'"
            )
            found.notes.append(f"{kind} was not imported: {m.skip}")


def _closing_notes(
    setup: _Setup,
    metrics: Mapping[str, _AppMetric],
    ids: Mapping[str, str],
    found: _Findings,
) -> None:
    """What every imported project should check: week, direction, owners, targets, nulls."""
    notes = found.notes
    notes.append(
        f"week_ending is fixed at {setup.week_ending} (from setup.week_ending), so weeks end "
        f"on {setup.week_ends_on.capitalize()}s; set 'week_ending: latest' in wbr.yaml to "
        "follow the newest data"
    )
    hinted = [ids[n] for n in ids if any(h in n.lower() for h in LOWER_HINTS)]
    notes.append(
        "WBR App has no direction, so every metric is 'direction: higher_is_better'; set "
        "'lower_is_better' where less is good"
        + (f" (check: {', '.join(hinted)})" if hinted else "")
    )
    notes.append(
        "WBR App has no owners or operational definitions: replace each metric's imported "
        "'definition' and add an 'owner' (wbr validate warns until then)"
    )
    kept = [m for m in metrics.values() if m.skip is None]
    for m in kept:
        if m.column and m.column.lower().endswith("__target"):
            base = m.column[: -len("__target")]
            actual = next(
                (ids[a.name] for a in kept if a.column == base and a.filter is None), None
            )
            owner = f"'{actual}'" if actual else f"the metric reading '{base}'"
            notes.append(
                f"'{ids[m.name]}' reads the plan column '{m.column}' and is imported as a plain "
                f"metric; to make it a target, add 'target: {{column: {m.column}}}' and a "
                f"'counter_metric' to {owner}"
            )
    if any(m.function == "sum" for m in kept):
        notes.append(
            "a missing operand makes a wbr formula null, where WBR App's 'sum' function "
            "counted it as 0"
        )
    if any(m.agg == "sum" for m in kept):
        notes.append(
            "for 'sum' metrics WBR App shows N/A for a period with a day without a value; "
            "wbr sums the days present and flags a partial period by its coverage"
        )


def _notes_markdown(
    shown: str,
    data: Path | None,
    setup: _Setup,
    metrics: Mapping[str, _AppMetric],
    ids: Mapping[str, str],
    notes: list[str],
) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = [
        "# Import notes",
        "",
        f"Imported from WBR App config `{shown}`"
        + (f" with data `{data.name}`" if data is not None else " (no data file given)")
        + " by `wbr import-wbr-app`.",
        f"Report week ending {setup.week_ending}; weeks end on "
        f"{setup.week_ends_on.capitalize()}; fiscal year ends in "
        f"{setup.fiscal_year_end_month}.",
        "",
        "## Check these",
        "",
        *[f"- {cell(n)}" for n in notes],
        "",
        "## Metrics",
        "",
        "| WBR App name | wbr id | computed as |",
        "|---|---|---|",
    ]
    for m in metrics.values():
        metric_id = f"`{ids[m.name]}`" if m.name in ids else "not imported"
        lines.append(f"| {cell(m.name)} | {metric_id} | {cell(m.computed())} |")
    return "\n".join(lines) + "\n"


# --- writing -----------------------------------------------------------------------------------


def _dump(doc: Mapping[str, Any], comment: str) -> str:
    body = yaml.safe_dump(dict(doc), sort_keys=False, allow_unicode=True, width=1000)
    return f"# {comment}\n{body}"


def _write_project(
    out_dir: Path, files: Mapping[str, str], data: Path | None, csv_name: str
) -> tuple[Path, ...]:
    """Build the project in a sibling temp folder, check it with the real loaders, move it in.

    A new or empty ``out_dir`` is replaced by the finished folder in one rename; into a folder
    that has other files (--force), each file is renamed into place.
    """
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_dir.parent / f".{out_dir.name}.import-{secrets.token_hex(4)}"
    tmp.mkdir()
    try:
        rels = list(files)
        for rel, text in files.items():
            (tmp / rel).parent.mkdir(parents=True, exist_ok=True)
            (tmp / rel).write_text(text, encoding="utf-8")
        if data is not None:
            (tmp / "data").mkdir()
            shutil.copyfile(data, tmp / "data" / csv_name)
            rels.insert(1, f"data/{csv_name}")
        _check_project(tmp / "wbr.yaml", with_data=data is not None)
        if not out_dir.exists() or not any(out_dir.iterdir()):
            if out_dir.exists():
                out_dir.rmdir()
            os.replace(tmp, out_dir)
        else:
            for rel in rels:
                (out_dir / rel).parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp / rel, out_dir / rel)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)
    return tuple(out_dir / rel for rel in rels)


def _check_project(config: Path, with_data: bool) -> None:
    """Load the generated project as ``wbr validate`` would; its errors become ours."""
    from wbr.engine import resolve_week_ending
    from wbr.project import load_project
    from wbr.report import load_data

    project = load_project(config)
    if with_data:
        data = load_data(project)
        cfg = project.config
        resolve_week_ending(data, cfg.week_ends_on_index, cfg.week_ending)
