"""Same numbers on every engine (issue #11): the sample's record-level exports loaded into a
DuckDB file, a real Postgres database and a local Spark session give, through ``wbr compute``
on the sample catalogue, a ``metrics.json`` byte-identical (keys sorted) to the file path's,
all but the ``sources`` block (which says where the records came from).

The file path's numbers are checked by hand in tests/test_sample_compute.py; here every engine
must reproduce them to the last bit. Spark runs twice: in this process on the catalog tables
(the session is shared with the other Spark tests) and as a ``wbr`` process of its own (its own
JVM) on the Parquet folders Spark wrote.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest
from click.testing import CliRunner

from tests import engines
from wbr.cli import cli

pytest.importorskip("ibis")

WEEK = "2026-11-15"  # the sample's report week (wbr.yaml: week_ending latest)


def compute(project: Path, env: dict[str, str] | None = None) -> dict[str, Any]:
    out = project.parent / "metrics.json"
    result = CliRunner(env=env).invoke(
        cli, ["compute", str(project), "--week-ending", WEEK, "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def canonical(doc: dict[str, Any]) -> str:
    """metrics.json without its ``sources`` block, keys sorted: what must be byte-identical."""
    rest = {k: v for k, v in doc.items() if k != "sources"}
    return json.dumps(rest, sort_keys=True, ensure_ascii=False, indent=1)


def first_difference(a: Any, b: Any, where: str = "") -> str | None:
    """Where two documents first differ (for the failure message), or None."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{where}.{key}: only in {'the files' if key in a else 'the engine'}"
            found = first_difference(a[key], b[key], f"{where}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{where}: {len(a)} items vs {len(b)}"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            label = x.get("id", i) if isinstance(x, dict) else i
            found = first_difference(x, y, f"{where}[{label}]")
            if found:
                return found
        return None
    return None if a == b and type(a) is type(b) else f"{where}: files {a!r}, engine {b!r}"


def assert_identical(files: dict[str, Any], engine: dict[str, Any]) -> None:
    files_rest = {k: v for k, v in files.items() if k != "sources"}
    engine_rest = {k: v for k, v in engine.items() if k != "sources"}
    assert first_difference(files_rest, engine_rest) is None
    assert canonical(files) == canonical(engine)


def numbers(doc: Any) -> int:
    if isinstance(doc, dict):
        return sum(numbers(v) for v in doc.values())
    if isinstance(doc, list):
        return sum(numbers(v) for v in doc)
    return 1 if isinstance(doc, float) else 0


@pytest.fixture(scope="module")
def from_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The file path on the sample as it is (the reference)."""
    doc = compute_repo(tmp_path_factory.mktemp("files"))
    # the comparison covers the whole catalogue: thousands of numbers, breakdowns included
    assert numbers(doc) > 10_000
    assert any(m["id"] == "leads.web_form" for m in doc["metrics"])
    return doc


def compute_repo(out_dir: Path) -> dict[str, Any]:
    out = out_dir / "metrics.json"
    result = CliRunner().invoke(
        cli, ["compute", str(engines.REPO / "wbr.yaml"), "--week-ending", WEEK, "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def tables() -> dict[str, pa.Table]:
    return engines.sample_tables()


def record_rows(doc: dict[str, Any]) -> dict[str, int]:
    wanted = set(engines.record_sources())
    return {s["name"]: s["rows"] for s in doc["sources"] if s["name"] in wanted}


def test_duckdb_file_gives_the_file_numbers_bit_for_bit(
    tmp_path: Path, tables: dict[str, pa.Table], from_files: dict[str, Any]
) -> None:
    engines.to_duckdb(tables, tmp_path / "acme.duckdb")
    project = engines.engine_project(
        tmp_path / "project", {"type": "duckdb", "path": str(tmp_path / "acme.duckdb")}
    )
    doc = compute(project)
    assert_identical(from_files, doc)
    assert record_rows(doc) == record_rows(from_files)


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    """A fresh database on the server named by WBR_TEST_POSTGRES_URL, dropped afterwards."""
    yield from engines.fresh_postgres_database("wbr_engines")


def test_postgres_gives_the_file_numbers_bit_for_bit(
    tmp_path: Path, tables: dict[str, pa.Table], from_files: dict[str, Any], postgres_url: str
) -> None:
    engines.to_postgres(tables, postgres_url)
    project = engines.engine_project(
        tmp_path / "project", {"type": "postgres", "url_env": "WBR_ENGINES_URL"}
    )
    doc = compute(project, env={"WBR_ENGINES_URL": postgres_url})
    assert_identical(from_files, doc)
    assert record_rows(doc) == record_rows(from_files)


@pytest.fixture(scope="module")
def spark_folders(
    spark_session: Any, tables: dict[str, pa.Table], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """The records in the shared session's catalog, and as Parquet folders written by Spark."""
    return engines.to_spark(tables, spark_session, tmp_path_factory.mktemp("parquet"))


def test_spark_catalog_tables_give_the_file_numbers_bit_for_bit(
    tmp_path: Path, spark_folders: dict[str, Path], from_files: dict[str, Any]
) -> None:
    # in this process: wbr joins the running session and finds sample.* in its catalog
    project = engines.engine_project(tmp_path / "project", {"type": "spark", "master": "local[2]"})
    doc = compute(project)
    assert_identical(from_files, doc)
    assert record_rows(doc) == record_rows(from_files)


@pytest.mark.slow
def test_spark_in_a_process_of_its_own_gives_the_file_numbers_bit_for_bit(
    tmp_path: Path, spark_folders: dict[str, Path], from_files: dict[str, Any]
) -> None:
    # `wbr compute` as a user runs it: a JVM of its own, the tables read from Parquet folders
    connection = {
        "type": "spark",
        "master": "local[2]",
        "warehouse_dir": "lake/warehouse",
        "tables": {f"lake.{name}": str(folder) for name, folder in spark_folders.items()},
    }
    project = engines.engine_project(
        tmp_path / "project",
        connection,
        tables={name: f"lake.{name}" for name in spark_folders},
    )
    out = tmp_path / "metrics.json"
    wbr = [sys.executable, "-m", "wbr", "compute", str(project), "--week-ending", WEEK]
    done = subprocess.run(
        [*wbr, "-o", str(out)], capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert_identical(from_files, doc)
    assert record_rows(doc) == record_rows(from_files)
    # reading creates nothing in the project (the warehouse folder is for catalog tables)
    assert not (project.parent / "lake").exists()
