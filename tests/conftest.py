"""Shared helpers: build a tiny WBR project (CSV/Parquet + wbr.yaml + metric files) in tmp_path.

Golden values in the tests are computed by hand (in comments), never by calling the code under
test. The helpers here only write files; they compute nothing.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yaml
from click.testing import CliRunner, Result

from wbr.cli import cli
from wbr.project import Project, load_project
from wbr.report import build_metric_set
from wbr.results import MetricSet

SourceSpec = str | bytes | pd.DataFrame

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


INSTALLED_QUARTO = os.environ.get("QUARTO_PATH", "")
"""The Quarto that CI installed (``.ci/run`` exports QUARTO_PATH), for the ``real_quarto`` tests."""


@pytest.fixture(autouse=True)
def _builtin_engines_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    # --engine auto (the default) would render through Quarto wherever QUARTO_PATH is set: the
    # tests pin the built-in engines and take the ``real_quarto`` fixture to run Quarto
    monkeypatch.delenv("QUARTO_PATH", raising=False)


@pytest.fixture
def real_quarto(monkeypatch: pytest.MonkeyPatch) -> Path:
    """The installed Quarto (``QUARTO_PATH`` as CI exports it, then ``PATH``).

    Skipped where it is absent, except in CI (``CI=true``): ``.ci/run`` installs it from
    ``../shared/tools/quarto``, so a missing Quarto there is a broken CI, not a reason to skip.
    """
    from wbr.render.quarto import QUARTO_ENV, quarto_executable

    if INSTALLED_QUARTO:
        monkeypatch.setenv(QUARTO_ENV, INSTALLED_QUARTO)
    exe = quarto_executable()
    if exe is None:
        message = f"Quarto is not installed (set {QUARTO_ENV} or put quarto on PATH)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{message}; CI must run the real-Quarto tests (.ci/run installs it)")
        pytest.skip(message)
    return exe


def run_cli(*args: Any) -> Result:
    """``wbr ARGS...`` through click's CliRunner (paths and numbers as text)."""
    return CliRunner().invoke(cli, [str(a) for a in args])


def one_error(result: Result) -> str:
    """The one ``Error:`` line of a run that failed with exit code 1, without a traceback."""
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(lines) == 1, result.stderr
    return lines[0]


def d(text: str) -> dt.date:
    """dt.date from 'YYYY-MM-DD' (short name: the tests use it a lot)."""
    return dt.date.fromisoformat(text)


def days(start: str, end: str) -> list[dt.date]:
    """Every date from start to end, inclusive."""
    first, last = d(start), d(end)
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def daily_csv(
    start: str,
    end: str,
    columns: Mapping[str, Callable[[dt.date], Any]],
    skip: Iterable[dt.date] = (),
) -> str:
    """CSV text with one row per day; each column's value is ``func(date)`` ('' for None)."""
    skipped = set(skip)
    lines = [",".join(["date", *columns])]
    for day in days(start, end):
        if day in skipped:
            continue
        cells = [day.isoformat()]
        for func in columns.values():
            value = func(day)
            cells.append("" if value is None else str(value))
        lines.append(",".join(cells))
    return "\n".join(lines) + "\n"


def write_project(
    root: Path,
    *,
    sources: Mapping[str, SourceSpec],
    metrics: Mapping[str, Any] | None = None,
    metric_files: Mapping[str, Any] | None = None,
    config: Mapping[str, Any] | None = None,
    source_options: Mapping[str, Mapping[str, Any]] | None = None,
) -> Path:
    """Write a project into ``root`` and return its wbr.yaml.

    ``sources``: name -> CSV text (str), raw bytes (written as .csv), or a DataFrame (.parquet).
    ``metrics``: one metric file (``metrics/metrics.yaml``) as a mapping of id -> definition.
    ``metric_files``: file name -> mapping or raw YAML text (for several files or broken YAML).
    ``config``: extra wbr.yaml settings (override the defaults).
    """
    root.mkdir(parents=True, exist_ok=True)
    (root / "data").mkdir(exist_ok=True)
    (root / "metrics").mkdir(exist_ok=True)
    source_cfg: dict[str, Any] = {}
    for name, spec in sources.items():
        if isinstance(spec, pd.DataFrame):
            rel = f"data/{name}.parquet"
            spec.to_parquet(root / rel, index=False)
        elif isinstance(spec, bytes):
            rel = f"data/{name}.csv"
            (root / rel).write_bytes(spec)
        else:
            rel = f"data/{name}.csv"
            (root / rel).write_text(spec, encoding="utf-8", newline="")
        source_cfg[name] = {"path": rel, "date_column": "date"}
        source_cfg[name].update((source_options or {}).get(name, {}))
    files: dict[str, Any] = dict(metric_files or {})
    if metrics is not None:
        files["metrics.yaml"] = metrics
    for file_name, body in files.items():
        text = body if isinstance(body, str) else yaml.safe_dump(dict(body), sort_keys=False)
        (root / "metrics" / file_name).write_text(text, encoding="utf-8")
    cfg: dict[str, Any] = {
        "title": "Test WBR",
        "week_ends_on": "sunday",
        "fiscal_year_end_month": 12,
        "week_ending": "latest",
        "sources": source_cfg,
        "metrics": ["metrics/*.yaml"],
    }
    cfg.update(config or {})
    path = root / "wbr.yaml"
    path.write_text(yaml.safe_dump(cfg, sort_keys=False), encoding="utf-8")
    return path


def metric(source: str = "s", column: str = "x", **extra: Any) -> dict[str, Any]:
    """A column metric definition with sensible defaults (override any field)."""
    body: dict[str, Any] = {
        "label": extra.pop("label", column.replace("_", " ").capitalize()),
        "unit": "count",
        "direction": "higher_is_better",
        "source": source,
        "column": column,
    }
    body.update(extra)
    return body


def formula(text: str, **extra: Any) -> dict[str, Any]:
    """A formula metric definition (a rate in percent unless told otherwise)."""
    body: dict[str, Any] = {
        "label": extra.pop("label", "Rate"),
        "unit": "percent",
        "direction": "higher_is_better",
        "formula": text,
    }
    body.update(extra)
    return body


@pytest.fixture
def make_project(tmp_path: Path) -> Callable[..., Path]:
    """Factory: ``make_project(sources=..., metrics=..., config=...)`` -> path of wbr.yaml."""
    counter = iter(range(1000))

    def make(**kwargs: Any) -> Path:
        root = kwargs.pop("root", None) or tmp_path / f"p{next(counter)}"
        return write_project(root, **kwargs)

    return make


@pytest.fixture
def compute_set(make_project: Callable[..., Path]) -> Callable[..., MetricSet]:
    """Factory: write a project, load it and compute its metric set for ``week_ending``."""

    def run(week_ending: str | None = None, **kwargs: Any) -> MetricSet:
        project: Project = load_project(make_project(**kwargs))
        return build_metric_set(project, d(week_ending) if week_ending else None)

    return run


@pytest.fixture
def git_without_identity(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """git with an empty global config and no identity in the environment (like a CI runner)."""
    empty = tmp_path / "empty-gitconfig"
    empty.write_text("", encoding="utf-8")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(empty))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for var in (
        "GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL",
        "EMAIL", "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE",
    ):  # fmt: skip
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(scope="session")
def spark_session(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One local Spark session (``local[2]``) for the whole test run: it takes 8-18 s to start.
    Built with wbr's own settings; wbr's Spark connections in this process join it. CI must
    have Spark (.ci/run installs Java and wbr[pyspark]): there it fails rather than skips."""
    import shutil

    from wbr.connections import SparkSettings
    from wbr.sources.spark import session_conf

    in_ci = os.environ.get("CI", "").lower() == "true"
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        if in_ci:
            pytest.fail("CI must have pyspark (.ci/run installs wbr[pyspark])")
        pytest.skip("pyspark is not installed (pip install 'wbr[pyspark]')")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        if in_ci:
            pytest.fail("CI must have Java for Spark (.ci/run installs openjdk-17-jre-headless)")
        pytest.skip("no Java for Spark")
    warehouse = tmp_path_factory.mktemp("spark-warehouse")
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    settings = SparkSettings("local[2]", str(warehouse), (), ())
    builder = SparkSession.builder
    for key, value in session_conf(settings).items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
