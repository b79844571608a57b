"""``wbr import-wbr-app``: turn a WBR App configuration (and its daily CSV) into a wbr project.

The WBR App (github.com/working-backwards/wbr-app) describes a deck in one YAML file: ``setup``
(week ending, fiscal year), ``metrics`` (a column with an ``aggf``, a filtered column, or a
``function`` of other metrics) and a ``deck`` of blocks. ``wbr.wbr_app`` reads and validates that
file; this module translates it into ``wbr.yaml`` + ``metrics/<name>.yaml`` + ``data/<csv>`` with
the same numbers: weeks end on the weekday of ``setup.week_ending``, functions become formulas
computed after aggregation, filter queries become declarative filters and
``metric_comparison_method: bps`` becomes ``compare: bps``.

Everything that has no equivalent is listed in the returned notes (and in ``IMPORT_NOTES.md``),
never dropped silently. Invalid input raises ConfigError/DataError listing every problem, and
nothing is written: the project is built in a temporary folder, checked with the real loaders,
then moved into place.

Limitations: database ``data_sources`` are not fetched (give the CSV with ``data_path``); filter
queries must be one comparison; chart styling (``y_scaling``, line styles) is not carried over.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from wbr.errors import WbrError
from wbr.schema import METRIC_ID, FilterOp
from wbr.wbr_app import (
    DATE_COLUMN,
    DERIVED_SUFFIXES,
    FUNCTIONS,
    STYLE_KEYS,
    AppMetric,
    AppSetup,
    read_wbr_app,
)

SOURCE = "data"
"""Name of the single source in the imported project."""
LOWER_HINTS = ("defect", "error", "cost", "churn", "latency", "return", "complaint", "cancel",
               "time", "delay", "backlog", "bounce")  # fmt: skip
"""Metric names with these words are probably lower-is-better (the notes ask to check them)."""


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import wrote and what the user should check."""

    out_dir: Path
    files: tuple[Path, ...]
    notes: tuple[str, ...]
    metric_ids: tuple[tuple[str, str], ...]  # (WBR App name, wbr id), in file order


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
    app = read_wbr_app(config_path, data)
    shown = config_path.name
    setup, metrics = app.setup, app.metrics
    notes = list(app.notes)
    _skip_notes(metrics, notes)
    ids = _assign_ids([m.name for m in metrics.values() if m.skip is None])
    sections = _translate_deck(app.deck, metrics, ids, setup.title, notes)
    _closing_notes(setup, metrics, ids, notes)

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
        "IMPORT_NOTES.md": _notes_markdown(shown, data, setup, metrics, ids, notes),
    }
    written = _write_project(out_dir, files, data, csv_name)
    return ImportResult(
        out_dir=out_dir,
        files=written,
        notes=tuple(notes),
        metric_ids=tuple((name, ids[name]) for name in ids),
    )


# --- ids, metric bodies, deck ------------------------------------------------------------------


def _make_id(name: str, taken: set[str]) -> str:
    """'Page Views' -> page_views; 'Defects/Million' -> defects_million; unique, a valid wbr id."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)
    base = re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").lower() or "metric"
    if not METRIC_ID.match(base):  # letters, digits and "_" by now, so only a leading digit
        base = "m_" + base
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}_{n}", n + 1
    taken.add(candidate)
    return candidate


def _assign_ids(names: list[str]) -> dict[str, str]:
    taken: set[str] = set()
    return {name: _make_id(name, taken) for name in names}


def _metric_body(m: AppMetric, ids: Mapping[str, str]) -> dict[str, Any]:
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
        f = m.filter
        body["filter"] = {f.column: f.value if f.op is FilterOp.EQ else {f.op.value: f.value}}
    return body


def _translate_deck(
    raw: Any,
    metrics: Mapping[str, AppMetric],
    ids: Mapping[str, str],
    title: str,
    notes: list[str],
) -> list[dict[str, Any]]:
    if raw is None:
        notes.append("the config has no 'deck'; wbr shows every metric in file order")
        return []
    if not isinstance(raw, list):
        notes.append("'deck' is not a list of blocks; no sections were imported")
        return []
    sections: list[dict[str, Any]] = [{"title": title, "blocks": []}]

    def resolve(name: Any, where: str) -> str | None:
        name = str(name)
        if name in ids:
            return ids[name]
        if name in metrics:
            notes.append(f"{where}: metric '{name}' was not imported, so it is left out")
            return None
        for suffix in DERIVED_SUFFIXES:
            base = name[: -len(suffix)]
            if name.endswith(suffix) and base in ids:
                why = (
                    "wbr has no month-over-month change; it shows the months with their prior year"
                    if suffix == "MOM"
                    else "wbr computes WoW and YoY for every metric"
                )
                notes.append(
                    f"{where}: '{name}' is WBR App's {suffix} of '{base}'; wbr shows "
                    f"'{ids[base]}' instead ({why})"
                )
                return ids[base]
        notes.append(f"{where}: '{name}' is not a metric of this config; left out")
        return None

    retitled: list[str] = []
    styled: set[str] = set()
    for i, item in enumerate(raw, start=1):
        block = item.get("block", item) if isinstance(item, Mapping) else None
        styled.update(_style_keys(block))
        where = f"deck block {i}"
        if not isinstance(block, Mapping) or "ui_type" not in block:
            notes.append(f"{where}: not a block with a 'ui_type'; skipped")
            continue
        ui = str(block["ui_type"])
        blocks: list[dict[str, Any]] = sections[-1]["blocks"]
        if ui == "section":
            text = str(block.get("title") or "").strip()
            if text:
                sections.append({"title": text, "blocks": []})
            else:
                notes.append(
                    f"{where}: a section without a title (a plain divider) has no wbr "
                    "equivalent; the next blocks stay in the current section"
                )
        elif ui == "6_12Graph":
            where = f"{where} (6_12Graph {block.get('title', '')!r})"
            names = block.get("metrics") or {}
            listed = list(names) if isinstance(names, Mapping | list) else []
            if not listed:
                notes.append(f"{where}: has no metrics; skipped")
            elif len(listed) > 1:
                notes.append(
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
                notes.append(
                    f"{where}: row headers are not kept, the table shows each metric's label "
                    f"(headers: {', '.join(headers)})"
                )
            if not table_ids:
                notes.append(f"{where}: no importable metric rows; skipped")
                continue
            table: dict[str, Any] = {
                "metrics": table_ids,
                "period": "weeks" if ui == "6_WeeksTable" else "months",
            }
            if block.get("title"):
                table["title"] = str(block["title"])
            blocks.append({"table": table})
        elif ui == "embedded_content":
            notes.append(
                f"{where}: embedded_content ({block.get('source', 'no source')}) cannot be "
                "imported; wbr packets do not embed external pages, so link it in commentary"
            )
        else:
            notes.append(f"{where}: ui_type '{ui}' is unknown; skipped")
        if block.get("x_axis_monthly_display") == "fiscal_year":
            notes.append(
                f"{where}: x_axis_monthly_display: fiscal_year has no equivalent; wbr charts "
                "always show the trailing twelve months"
            )
    if retitled:
        notes.append(
            "6_12Graph titles are not kept (wbr titles each chart with its metric's label): "
            + ", ".join(retitled)
        )
    if styled:
        notes.append(
            f"display options ({', '.join(sorted(styled))}) are not carried over: wbr formats "
            "values by each metric's unit"
        )
    kept = []
    for section in sections:
        if section["blocks"]:
            kept.append(section)
        elif section is not sections[0]:
            notes.append(f"section '{section['title']}' has no importable blocks; dropped")
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


# --- notes ---------------------------------------------------------------------------------------


def _skip_notes(metrics: Mapping[str, AppMetric], notes: list[str]) -> None:
    for m in metrics.values():
        if m.skip is not None:
            kind = (
                f"metric '{m.name}' (defined inside '{m.inline_of}')"
                if m.inline_of
                else f"metric '{m.name}'"
            )
            notes.append(f"{kind} was not imported: {m.skip}")


def _closing_notes(
    setup: AppSetup,
    metrics: Mapping[str, AppMetric],
    ids: Mapping[str, str],
    notes: list[str],
) -> None:
    """What every imported project should check: week, direction, owners, targets, nulls."""
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
    setup: AppSetup,
    metrics: Mapping[str, AppMetric],
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
    from wbr.project import load_project
    from wbr.validate import validate_project

    if with_data:
        validate_project(config)
    else:
        load_project(config)
