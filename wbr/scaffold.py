"""``wbr init``: copy the sample project (config, metric catalogue, sample data) into a folder.

``--example warehouse`` makes the same project with its record exports as tables of an embedded
DuckDB file (``data/acme.duckdb``, built by DuckDB from the sample's CSV files): the same packet,
with the aggregation pushed down into the database (issue #11).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

from wbr.errors import WbrError
from wbr.resources import resource_dir, root_config

EXAMPLES = ("sample", "warehouse")

WAREHOUSE_TABLES: dict[str, tuple[str, str]] = {
    "crm_leads": ("crm.leads", "crm_leads.csv"),
    "crm_opportunities": ("crm.opportunities", "crm_opportunities.csv"),
    "erp_orders": ("erp.orders", "erp_orders.csv"),
}
"""The sample's record sources and the table each becomes: source → (schema.table, export)."""

DUCKDB_FILE = "data/acme.duckdb"


def init_project(directory: Path, force: bool = False, example: str = "sample") -> list[Path]:
    """Create a runnable project in ``directory``; return the files written."""
    if example not in EXAMPLES:
        raise WbrError(f"unknown example {example!r} (known: {', '.join(EXAMPLES)})")
    target = directory / "wbr.yaml"
    if target.exists() and not force:
        raise WbrError(f"{target} already exists; use --force to overwrite the sample files")
    if directory.exists() and not directory.is_dir():
        raise WbrError(f"{directory} exists and is not a folder")
    if example == "warehouse":
        _duckdb()  # before anything is written: the extra is missing, nothing half-made
    directory.mkdir(parents=True, exist_ok=True)
    in_database = {csv for _, csv in WAREHOUSE_TABLES.values()} if example == "warehouse" else set()
    written: list[Path] = []
    for name in ("metrics", "sample_data"):
        src = resource_dir(name)
        for path in sorted(src.rglob("*")):
            if path.is_dir() or "__pycache__" in path.parts:
                continue
            if name == "sample_data" and path.relative_to(src).as_posix() in in_database:
                continue  # these records live in the database file
            dest = directory / name / path.relative_to(src)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, dest)
            written.append(dest)
    if example == "warehouse":
        database = directory / DUCKDB_FILE
        build_sample_duckdb(database, resource_dir("sample_data"))
        written.append(database)
        target.write_text(warehouse_config(root_config().read_text(encoding="utf-8")), "utf-8")
    else:
        shutil.copyfile(root_config(), target)
    written.append(target)
    return written


def _duckdb() -> Any:
    try:
        import duckdb
    except ImportError:
        raise WbrError(
            "the warehouse example needs DuckDB: install wbr[warehouse,duckdb] "
            "(pip install 'wbr[warehouse,duckdb]')"
        ) from None
    return duckdb


def build_sample_duckdb(database: Path, sample_data: Path) -> None:
    """The sample's record exports as DuckDB tables, read by DuckDB itself: instants (``*_at``,
    written with ``Z``) as TIMESTAMPTZ, days (``*_on``) as DATE, the rest as DuckDB detects it
    (numbers, text; an empty cell is NULL). Written to a temporary file, then renamed."""
    duckdb = _duckdb()
    database.parent.mkdir(parents=True, exist_ok=True)
    partial = database.with_name(database.name + ".partial")
    partial.unlink(missing_ok=True)
    con = duckdb.connect(str(partial))
    try:
        for table, csv in WAREHOUSE_TABLES.values():
            path = sample_data / csv
            with path.open(encoding="utf-8") as handle:
                header = handle.readline().strip().split(",")
            types = {c: "TIMESTAMPTZ" for c in header if c.endswith("_at")}
            types |= {c: "DATE" for c in header if c.endswith("_on")}
            hint = ", ".join(f"'{c}': '{t}'" for c, t in types.items())
            con.execute(f"CREATE SCHEMA IF NOT EXISTS {table.split('.')[0]}")
            con.execute(
                f"CREATE TABLE {table} AS SELECT * FROM read_csv({_quoted(path)}, header = true, "
                f"types = {{{hint}}})"
            )
    finally:
        con.close()
    partial.replace(database)


def _quoted(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def warehouse_config(text: str) -> str:
    """The sample's ``wbr.yaml`` with its record sources read from the DuckDB file (the other
    sources, daily totals, stay files); everything else as it is."""
    sources: dict[str, Any] = yaml.safe_load(text)["sources"]
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith("sources:"))
    end = next(
        (i for i in range(start + 1, len(lines)) if lines[i][:1] not in (" ", "#", "\n", "")),
        len(lines),
    )
    block = [
        "# The CRM and ERP records are tables of an embedded DuckDB file (built by `wbr init\n",
        "# --example warehouse` from the sample's exports); the aggregation runs inside DuckDB.\n",
        f"connections:\n  local: {{type: duckdb, path: {DUCKDB_FILE}}}\n",
        "sources:\n",
    ]
    for name, body in sources.items():
        if name in WAREHOUSE_TABLES:
            body = {"connection": "local", "table": WAREHOUSE_TABLES[name][0]} | {
                k: v for k, v in body.items() if k not in ("path",)
            }
        flow = yaml.safe_dump(body, default_flow_style=True, sort_keys=False, width=1000)
        block.append(f"  {name}: {flow.strip()}\n")
    return "".join(lines[:start] + block + lines[end:])
