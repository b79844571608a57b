"""``wbr init --example warehouse`` (issue #11): the sample company with its CRM and ERP records as
tables of an embedded DuckDB file gives the sample's packet, end to end through the CLI."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from tests.test_warehouse import assert_same_numbers
from wbr.cli import cli

pytest.importorskip("duckdb")
pytest.importorskip("ibis")


def run(*args: Any) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_the_warehouse_example_gives_the_sample_packet(tmp_path: Path) -> None:
    db, files = tmp_path / "db", tmp_path / "files"
    made = run("init", "--example", "warehouse", db)
    assert made.exit_code == 0, made.output
    assert str(db / "data" / "acme.duckdb") in made.output.splitlines()
    # the records live in the database only; the daily totals stay files
    assert not (db / "sample_data" / "crm_leads.csv").exists()
    assert (db / "sample_data" / "web_daily.csv").is_file()
    config = (db / "wbr.yaml").read_text(encoding="utf-8")
    assert "  crm_leads: {connection: local, table: crm.leads, date_column: created_at" in config
    assert run("init", files).exit_code == 0

    checked = run("validate", "--connections", db / "wbr.yaml")
    assert checked.exit_code == 0, checked.output
    assert checked.output.startswith("OK: connection local: 3 database sources, ")

    out = {}
    for name, project in (("db", db), ("files", files)):
        result = run("-v", "compute", project / "wbr.yaml", "-o", tmp_path / f"{name}.json")
        assert result.exit_code == 0, result.output
        if name == "db":  # one statement per source, the funnel block's second calendar too
            sent = [line for line in result.stderr.splitlines() if " statement, " in line]
            assert [line.split("'")[1] for line in sent] == [
                "crm_leads", "crm_opportunities", "erp_orders"
            ], sent  # fmt: skip
        out[name] = json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8"))
    db_sources, file_sources = out["db"].pop("sources"), out["files"].pop("sources")
    # every number of the packet (the whole catalogue, breakdowns, signals, pairs) agrees
    assert assert_same_numbers(out["files"], out["db"]) > 10_000
    rows = {s["name"]: s["rows"] for s in db_sources}
    assert rows == {s["name"]: s["rows"] for s in file_sources}
    # the sample's exports: 42,206 leads, 6,712 opportunities, 96,675 shipped orders
    assert (rows["crm_leads"], rows["crm_opportunities"], rows["erp_orders"]) == (
        42_206,
        6_712,
        96_675,
    )

    rendered = run("render", db / "wbr.yaml", "--to", "html", "-o", tmp_path / "packet")
    assert rendered.exit_code == 0, rendered.output
    html = next((tmp_path / "packet").rglob("*.html")).read_text(encoding="utf-8")
    assert "Acme Pumps" in html and "Leads by source" in html


def test_the_warehouse_example_without_duckdb_is_one_error_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "duckdb", None)  # imports fail as where it is absent
    result = run("init", "--example", "warehouse", tmp_path / "db")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.splitlines() == [
        "Error: the warehouse example needs DuckDB: install wbr[warehouse,duckdb] "
        "(pip install 'wbr[warehouse,duckdb]')"
    ]
    assert not (tmp_path / "db").exists()  # nothing half-made
