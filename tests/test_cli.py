"""The CLI's validate, compute and init commands and global options (click's CliRunner).

Every bad input ends in exit code 1 and exact ``Error: ...`` lines, never a traceback; usage
errors exit 2. Other commands have their own test files.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from tests.conftest import REPO, daily_csv, metric
from wbr import __version__
from wbr.cli import cli

Make = Callable[..., Path]

# 1 Oct .. 20 Nov 2026; the latest complete Sunday week ends 15 Nov 2026
DATA = daily_csv("2026-10-01", "2026-11-20", {"x": lambda day: 2, "y": lambda day: 1})


def run(*args: Any) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args])


def assert_fails(result: Result, *errors: str, code: int = 1) -> None:
    """Exit ``code`` with exactly these ``Error:`` lines on stderr and no traceback."""
    assert result.exit_code == code, result.output
    assert isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert lines == [f"Error: {e}" for e in errors], result.stderr
    assert result.stdout == ""


@pytest.fixture
def project(make_project: Make) -> Path:
    return make_project(
        sources={"s": DATA},
        metrics={
            "x": metric(label="X", definition="All x.", owner="Ops"),
            "y": metric(column="y", label="Y", definition="All y.", owner="Ops"),
        },
    )


# --- validate --------------------------------------------------------------------------------


def test_validate_prints_one_ok_line(project: Path) -> None:
    result = run("validate", project)
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "OK: 2 metrics (0 with targets) in 1 file, 1 source with data from 2026-10-01 to "
        "2026-11-20; report week ending 2026-11-15\n"
    )
    assert result.stderr == ""


def test_validate_accepts_a_folder(project: Path) -> None:
    result = run("validate", project.parent)
    assert result.exit_code == 0 and result.stdout.startswith("OK: 2 metrics")


def test_validate_warns_about_missing_definitions(make_project: Make) -> None:
    path = make_project(sources={"s": DATA}, metrics={"x": metric()})
    result = run("validate", path)
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "Warning: metrics/metrics.yaml: metric 'x' has no operational 'definition'",
        "Warning: metrics/metrics.yaml: metric 'x' has no 'owner'",
    ]
    assert run("-q", "validate", path).stderr == ""
    # after the subcommand, as before it (issue #10): no usage error, the warnings silenced
    quiet_after = run("validate", "-q", path)
    assert quiet_after.exit_code == 0 and quiet_after.stderr == ""
    assert run("validate", path, "--quiet").stderr == ""
    # -v after the subcommand is accepted too and keeps the warnings
    assert run("validate", "-v", path).stderr == result.stderr


def test_validate_reports_every_config_problem(make_project: Make) -> None:
    path = make_project(
        sources={"s": DATA},
        metrics={
            "x": metric(direction="up"),
            "r": {"label": "R", "direction": "higher_is_better", "formula": "x / nope"},
            "t": metric(target={"weekly": 1}),
        },
    )
    assert_fails(
        run("validate", path),
        "metrics/metrics.yaml: metric 'x': 'direction' must be one of higher_is_better, "
        "lower_is_better (got 'up')",
        "metrics/metrics.yaml: metric 't': 'counter_metric' is required when a target is set: "
        "name the metric that would reveal gaming of this target (Goodhart's law)",
        "metrics/metrics.yaml: metric 'r': 'formula' uses unknown metric 'nope'",
    )


def test_validate_reports_data_problems(make_project: Make) -> None:
    path = make_project(sources={"s": "date,y\n2026-11-01,1\n"}, metrics={"x": metric()})
    assert_fails(
        run("validate", path), "source 's' (data/s.csv): column 'x' not found (columns: date, y)"
    )


def test_bad_yaml(make_project: Make) -> None:
    path = make_project(sources={"s": DATA}, metrics={"x": metric()})
    path.write_text("title: [unclosed\n", encoding="utf-8")
    result = run("validate", path)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.startswith("Error: wbr.yaml: not valid YAML (")


# --- compute: bad inputs ---------------------------------------------------------------------


def test_missing_config_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    assert_fails(
        run("compute", missing),
        f"{missing}: no such file (run 'wbr init DIR' to create a project)",
    )


def test_missing_config_in_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert_fails(run("compute"), "wbr.yaml: no such file (run 'wbr init DIR' to create a project)")


def test_missing_data_file(project: Path) -> None:
    (project.parent / "data" / "s.csv").unlink()
    assert_fails(run("compute", project), "source 's' (data/s.csv): file not found")


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe\xfa binary garbage \x00\x01",
            "source 's' (data/s.csv): cannot read: not UTF-8 text; save the file as UTF-8 CSV",
        ),
        (
            "date,x\n2026-11-01,caf\xe9\n".encode("latin-1"),
            "source 's' (data/s.csv): cannot read: not UTF-8 text; save the file as UTF-8 CSV",
        ),
        (
            b"date,x\n2026-11-01,1\n01/13/2026 noon,2\n",
            "source 's' (data/s.csv): date column 'date' has a value that is not a date: "
            "'01/13/2026 noon' on line 3; set 'date_format' for this source, e.g. '%d/%m/%Y'",
        ),
        (
            b"date,y\n2026-11-01,1\n",
            "source 's' (data/s.csv): column 'x' not found (columns: date, y)",
        ),
        (b"date,x\n", "source 's' (data/s.csv): has no data rows"),
        (b"", "source 's' (data/s.csv): cannot read: the file is empty"),
        (
            b"date,x,x\n2026-11-01,1,2\n",
            "source 's' (data/s.csv): column 'x' appears 2 times in the header; a metric reads "
            "it, so rename the duplicates",
        ),
        (
            b"date,x\n2026-11-01,1\n2026-11-02,lots\n",
            "source 's' (data/s.csv): column 'x' has a value that is not a number: 'lots' on "
            "line 3",
        ),
    ],
    ids=["binary", "latin-1", "bad-date", "missing-column", "header-only", "empty", "dup", "text"],
)
def test_bad_data(make_project: Make, content: bytes, error: str) -> None:
    path = make_project(sources={"s": content}, metrics={"x": metric()})
    assert_fails(run("compute", path), error)


def test_unused_duplicate_header_only_warns(make_project: Make) -> None:
    header, *rows = DATA.splitlines()
    text = "\n".join([header + ",note,note", *(row + ",a,b" for row in rows)]) + "\n"
    path = make_project(sources={"s": text}, metrics={"x": metric()})
    result = run("compute", path)
    assert result.exit_code == 0, result.output
    assert (
        "Warning: source 's' (data/s.csv): column 'note' appears 2 times in the header "
        "(unused, ignored)" in result.stderr.splitlines()
    )
    assert json.loads(result.stdout)["metrics"][0]["summary"]["last_week"] == 14.0


def test_every_data_problem_at_once(make_project: Make) -> None:
    path = make_project(
        sources={"a": b"date,x\n", "b": b"date,z\n2026-11-01,1\n"},
        metrics={"x": metric(source="a"), "y": metric(source="b", column="y")},
    )
    assert_fails(
        run("compute", path),
        "source 'a' (data/a.csv): has no data rows",
        "source 'b' (data/b.csv): column 'y' not found (columns: date, z)",
    )


@pytest.mark.parametrize(
    ("week", "error"),
    [
        (
            "2026-11-14",
            "2026-11-14 is a Saturday; weeks end on Sunday (try 2026-11-08)",
        ),
        (
            "2026-11-22",
            "week ending 2026-11-22 is after the last date in the data (2026-11-20, source 's')",
        ),
        (
            "2026-09-27",
            "week ending 2026-09-27 is before the first date in the data (2026-10-01, source 's')",
        ),
    ],
)
def test_week_ending_out_of_range_or_wrong_weekday(project: Path, week: str, error: str) -> None:
    assert_fails(run("compute", project, "--week-ending", week), error)


@pytest.mark.parametrize("week", ["2026-13-01", "15/11/2026", "last", "2026-11-15x"])
def test_week_ending_that_is_not_a_date_is_a_usage_error(project: Path, week: str) -> None:
    result = run("compute", project, "--week-ending", week)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert result.stderr.splitlines()[-1] == (
        f"Error: Invalid value for '--week-ending': '{week}' is not a date in the form YYYY-MM-DD"
    )


def test_unknown_option_is_a_usage_error(project: Path) -> None:
    result = run("compute", project, "--bogus")
    assert result.exit_code == 2
    assert "Error: No such option" in result.stderr and "--bogus" in result.stderr


# --- compute: output -------------------------------------------------------------------------


def test_compute_writes_json_to_stdout(project: Path) -> None:
    result = run("compute", project, "--week-ending", "2026-11-08")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["week_ending"] == "2026-11-08"
    x = doc["metrics"][0]
    assert x["id"] == "x"
    assert x["summary"]["last_week"] == 14.0  # 7 days x 2
    assert x["summary"]["mtd"] == 16.0  # 1..8 Nov x 2
    assert x["summary"]["wow"] == 0.0
    assert x["summary"]["yoy"] is None  # no 2025 data: null, never NaN or 0


def test_compute_output_file_is_written_atomically(project: Path) -> None:
    out = project.parent / "out" / "metrics.json"
    result = run("compute", project, "-o", out)
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{out}\n"
    assert json.loads(out.read_text(encoding="utf-8"))["week_ending"] == "2026-11-15"
    assert sorted(p.name for p in out.parent.iterdir()) == ["metrics.json"]  # no temp files


def test_compute_error_leaves_an_existing_output_untouched(project: Path) -> None:
    out = project.parent / "metrics.json"
    out.write_text('{"old": true}\n', encoding="utf-8")
    before = sorted(p.name for p in project.parent.iterdir())
    result = run("compute", project, "-o", out, "--week-ending", "2026-11-14")
    assert result.exit_code == 1
    assert out.read_text(encoding="utf-8") == '{"old": true}\n'
    assert sorted(p.name for p in project.parent.iterdir()) == before


def test_compute_logs_warnings_on_stderr_only(make_project: Make) -> None:
    path = make_project(
        sources={
            "a": DATA,
            "b": daily_csv("2026-10-01", "2026-11-18", {"y": lambda day: 1}),
        },
        metrics={"x": metric(source="a"), "y": metric(source="b", column="y")},
    )
    result = run("compute", path)
    assert result.exit_code == 0
    assert result.stderr == (
        "Warning: source 'b' ends 2026-11-18, 2 day(s) behind the newest source (2026-11-20)\n"
    )
    json.loads(result.stdout)  # stdout is only the JSON
    assert run("--quiet", "compute", path).stderr == ""


# --- init ------------------------------------------------------------------------------------


def test_init_then_validate(tmp_path: Path) -> None:
    target = tmp_path / "acme"
    result = run("init", target)
    assert result.exit_code == 0, result.output
    written = result.stdout.splitlines()
    assert str(target / "wbr.yaml") in written
    assert any(line.startswith(str(target / "metrics")) for line in written)
    assert (target / "sample_data").is_dir()
    result = run("validate", target / "wbr.yaml")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("OK: ")


def test_init_refuses_an_existing_project(tmp_path: Path) -> None:
    target = tmp_path / "acme"
    target.mkdir()
    (target / "wbr.yaml").write_text("title: mine\n", encoding="utf-8")
    assert_fails(
        run("init", target),
        f"{target / 'wbr.yaml'} already exists; use --force to overwrite the sample files",
    )
    assert (target / "wbr.yaml").read_text(encoding="utf-8") == "title: mine\n"
    result = run("init", target, "--force")
    assert result.exit_code == 0
    assert (target / "wbr.yaml").read_text(encoding="utf-8") != "title: mine\n"


def test_init_into_a_file(tmp_path: Path) -> None:
    target = tmp_path / "afile"
    target.write_text("x", encoding="utf-8")
    result = run("init", target)
    assert result.exit_code in (1, 2)
    assert "Traceback" not in result.output
    assert target.read_text(encoding="utf-8") == "x"


# --- global options --------------------------------------------------------------------------


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0 and result.stdout == f"wbr, version {__version__}\n"


@pytest.mark.parametrize("command", [[], ["validate"], ["compute"], ["init"]])
@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_help(command: list[str], flag: str) -> None:
    result = run(*command, flag)
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: ")
    assert "Example:" in result.stdout


# --- the sample project ----------------------------------------------------------------------


def test_sample_goodhart_pairs(tmp_path: Path) -> None:
    if not list((REPO / "metrics").glob("*.yaml")):
        pytest.skip("metrics/ is still empty")
    out = tmp_path / "sample.json"
    result = run("compute", REPO / "wbr.yaml", "-o", out)
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    pairs = {(p["metric"], p["counter_metric"]): p for p in doc["pairs"]}
    assert pairs[("leads", "lead_to_meeting_rate")]["status"] == "alert"
    assert pairs[("orders_shipped", "order_defect_rate")]["status"] in ("alert", "watch")
    assert all(p["reason"].endswith(".") for p in doc["pairs"])
    assert len(doc["metrics"]) == len({m["id"] for m in doc["metrics"]})
    for m in doc["metrics"]:
        assert len(m["weeks"]) == 6 and len(m["months"]) == 12
