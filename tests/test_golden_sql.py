"""Golden SQL (issue #11): the statements the sample catalogue sends to a database, as Postgres,
Snowflake, BigQuery and Trino spell them (``ibis.to_sql``), so a change of query shape or of an
Ibis/sqlglot dialect shows in review without a warehouse.

The statements come from a real run: ``wbr init --example warehouse`` builds the sample's records
into a DuckDB file, the metric set is computed from it, and each database source's last statement
is compiled for each dialect. Regenerate after an intended change with
``WBR_UPDATE_GOLDEN_SQL=1 pytest tests/test_golden_sql.py`` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("duckdb")
ibis = pytest.importorskip("ibis")

GOLDEN = Path(__file__).parent / "golden" / "sql"
DIALECTS = ("postgres", "snowflake", "bigquery", "trino")
SOURCES = ("crm_leads", "crm_opportunities", "erp_orders")
UPDATE = os.environ.get("WBR_UPDATE_GOLDEN_SQL") == "1"


@pytest.fixture(scope="module")
def backends(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from wbr.project import load_project
    from wbr.report import build_metric_set, load_data
    from wbr.scaffold import init_project

    root = tmp_path_factory.mktemp("warehouse") / "acme"
    init_project(root, example="warehouse")
    project = load_project(root / "wbr.yaml")
    data = load_data(project)
    build_metric_set(project, None, data=data)
    return {name: s.backend for name, s in data.sources.items() if s.backend is not None}


def compiled(backend: Any, dialect: str) -> str:
    """The statement as SQL of ``dialect``, or the one line saying why Ibis cannot write it."""
    from ibis.common.exceptions import OperationNotDefinedError

    try:
        return str(backend.sql(dialect)).rstrip("\n") + "\n"
    except OperationNotDefinedError as exc:  # e.g. BigQuery has no exact quantile aggregate
        return f"-- not expressible in {dialect} by Ibis {ibis.__version__}: {exc}\n"


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize("source", SOURCES)
def test_golden_sql(backends: dict[str, Any], source: str, dialect: str) -> None:
    sql = compiled(backends[source], dialect)
    path = GOLDEN / dialect / f"{source}.sql"
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(sql.encode("utf-8"))  # byte for byte: TRIM lists \r
    assert path.is_file(), f"{path} is missing: run WBR_UPDATE_GOLDEN_SQL=1 pytest {__file__}"
    assert sql == path.read_bytes().decode("utf-8"), (
        f"the {dialect} SQL of source '{source}' changed: review it, then regenerate with "
        "WBR_UPDATE_GOLDEN_SQL=1 pytest tests/test_golden_sql.py"
    )


def test_each_source_is_one_statement_with_a_select_per_branch(backends: dict[str, Any]) -> None:
    shapes = {
        name: [(b.date, b.by, b.daily) for b in backends[name].plan.branches] for name in SOURCES
    }

    # the report's 62 periods need 5 layers of disjoint periods: a record of the prior year's
    # report week is in that week, its month, the month, quarter and year to date
    def periods(date: str, by: str | None) -> list[tuple[str, str | None, bool]]:
        return [(date, by, False)] * 5

    # the sample catalogue (metrics/*.yaml): leads by day of creation and meetings by day of the
    # meeting, both by lead source; opportunities by day created and closed (by source), medians
    # of durations and distinct customers per period (overall, per source) and quote waits by
    # quote day; orders by ship day (no breakdown) and their distinct customers per period
    assert shapes == {
        "crm_leads": [("created_at", "lead_source", True), ("meeting_at", "lead_source", True)],
        "crm_opportunities": [
            ("created_at", "lead_source", True),
            ("closed_at", "lead_source", True),
            *periods("closed_at", None),
            *periods("closed_at", "lead_source"),
            *periods("quoted_at", None),
        ],
        "erp_orders": [("shipped_on", None, True), *periods("shipped_on", None)],
    }
    plan = backends["crm_opportunities"].plan
    layers = [b.layer for b in plan.branches if b.layer is not None][:5]
    covered = sorted(i for layer in layers for i in layer)
    assert covered == list(range(len(plan.spans)))  # every period once (none is empty here)
    for layer in layers:
        spans = sorted(plan.spans[i] for i in layer)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))  # disjoint
    for name in SOURCES:
        text = (GOLDEN / "postgres" / f"{name}.sql").read_bytes().decode("utf-8")
        assert ";" not in text and text.count("UNION ALL") == len(shapes[name]) - 1, name
    # exact quantiles (never approximate ones): medians and the 90th percentile of quote waits;
    # on Postgres the sorted values, interpolated in the query as DuckDB and Spark round
    snowflake = (GOLDEN / "snowflake" / "crm_opportunities.sql").read_bytes().decode("utf-8")
    assert "PERCENTILE_CONT(0.5)" in snowflake and "PERCENTILE_CONT(0.9)" in snowflake
    postgres = (GOLDEN / "postgres" / "crm_opportunities.sql").read_bytes().decode("utf-8")
    assert "ARRAY_AGG(" in postgres and "ORDER BY" in postgres
    assert "APPROX" not in snowflake.upper() and "APPROX" not in postgres.upper()
