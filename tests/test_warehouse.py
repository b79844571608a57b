"""Database sources (issue #11): the same records in a CSV file and in an embedded DuckDB file
give the same numbers, with the aggregation pushed down into DuckDB (via Ibis).

The DuckDB file is built by the test from the very records the CSV holds; ``wbr compute`` runs
on both projects and every number of ``metrics.json`` (all but the ``sources`` block, which says
where the data came from) must agree within 1e-9 relative. The file path's own numbers are
checked against hand-computed values in tests/test_records.py; here the hand-computed records of
that module are re-checked through DuckDB too.
"""

from __future__ import annotations

import io
import json
import math
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from tests import engines
from tests.conftest import one_error, run_cli
from tests.test_records import LEADS, OPPS, rec

duckdb = pytest.importorskip("duckdb")
pytest.importorskip("ibis")

TZ = "America/Chicago"  # DST ends Sun 1 Nov 2026: CDT (UTC−5) before, CST (UTC−6) after


def synthetic_leads(n: int = 3000, seed: int = 11) -> pd.DataFrame:
    """Leads from 1 Aug to 24 Nov 2026 (UTC instants), in time order, with empty cells."""
    rng = np.random.default_rng(seed)
    start = pd.Timestamp("2026-08-01T00:00:00Z")
    seconds = np.sort(rng.integers(0, 116 * 86_400, n))
    created = start + pd.to_timedelta(seconds, unit="s")
    waited = rng.exponential(8.0, n) * 86_400
    meeting = created + pd.to_timedelta(waited.round(), unit="s")
    sources = np.array(["web_form", "paid_search", "trade_show", "referral"])
    frame = pd.DataFrame(
        {
            "lead_id": [f"L{i}" for i in range(n)],
            "created_at": created,
            "lead_source": sources[rng.integers(0, 4, n)],
            "email_domain": [f"d{k}.com" for k in rng.integers(0, 400, n)],
            "meeting_at": pd.Series(meeting).where(rng.random(n) < 0.6),
            "disqualified_reason": np.where(rng.random(n) < 0.2, "spam", None),
            "amount": np.round(rng.gamma(2.0, 50.0, n), 2),
        }
    )
    frame.loc[rng.random(n) < 0.1, "amount"] = np.nan  # records without an amount
    return frame


def to_csv(frame: pd.DataFrame) -> str:
    out = frame.copy()
    for column in ("created_at", "meeting_at"):
        out[column] = out[column].dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    buffer = io.StringIO()
    out.to_csv(buffer, index=False)
    return buffer.getvalue()


def to_duckdb(frame: pd.DataFrame, path: Path, table: str = "crm.leads") -> None:
    """The records as a table with TIMESTAMPTZ instants, DOUBLE amounts and text columns."""
    con = duckdb.connect(str(path))
    try:
        con.execute("CREATE SCHEMA IF NOT EXISTS crm")
        con.register("records", frame)
        con.execute(f"CREATE TABLE {table} AS SELECT * FROM records")
    finally:
        con.close()


CATALOGUE: dict[str, Any] = {
    "leads": rec(),
    "leads_by_source": rec(by="lead_source", label="Leads by source"),
    "domains": rec(agg="count_distinct", column="email_domain", label="Domains"),
    "with_amount": rec(column="amount", label="Leads with an amount"),
    "amount": rec(agg="sum", column="amount", label="Amount", unit="currency"),
    "amount_mean": rec(agg="mean", column="amount", label="Mean", unit="currency"),
    "amount_median": rec(agg="median", column="amount", label="Median", unit="currency"),
    "amount_p90": rec(percentile=90, column="amount", label="P90", unit="currency"),
    "amount_min": rec(agg="min", column="amount", label="Min", unit="currency"),
    "amount_max": rec(agg="max", column="amount", label="Max", unit="currency"),
    "amount_first": rec(agg="first", column="amount", label="First", unit="currency"),
    "amount_last": rec(agg="last", column="amount", label="Last", unit="currency"),
    "median_by_source": rec(
        agg="median", column="amount", by="lead_source", label="Median by source", unit="currency"
    ),
    "met": rec(filter={"meeting_at": {"not_null": True}}, label="With a meeting"),
    "clean": rec(filter={"disqualified_reason": {"is_null": True}}, label="Clean"),
    "not_paid": rec(filter={"lead_source": {"ne": "paid_search"}}, label="Not paid"),
    "big": rec(filter={"amount": {"gt": 120}}, label="Big"),
    "met_in_14": rec(cohort={"event": "meeting_at", "within_days": 14}, label="Met in 14 days"),
    "meetings": rec(date="meeting_at", label="Meetings (by meeting day)"),
    # the same shapes broken down by source, and by a second dating column
    "met_in_14_by": rec(
        cohort={"event": "meeting_at", "within_days": 14}, by="lead_source", label="Met by source"
    ),
    "domains_by": rec(
        agg="count_distinct", column="email_domain", by="lead_source", label="Domains by source"
    ),
    "amount_by": rec(agg="sum", column="amount", by="lead_source", label="Amount by source"),
    "min_by": rec(agg="min", column="amount", by="lead_source", label="Min by source"),
    "max_by": rec(agg="max", column="amount", by="lead_source", label="Max by source"),
    "first_by": rec(agg="first", column="amount", by="lead_source", label="First by source"),
    "last_by": rec(agg="last", column="amount", by="lead_source", label="Last by source"),
    "meetings_by": rec(date="meeting_at", by="lead_source", label="Meetings by source"),
    # durations (fractional days between two instants), per period and additive
    "wait_median": rec(
        agg="median", duration={"from": "created_at", "to": "meeting_at"}, label="Wait",
        unit="days",
    ),
    "wait_mean": rec(
        agg="mean", duration={"from": "created_at", "to": "meeting_at"}, label="Mean wait",
        unit="days",
    ),
    "wait_p90_by": rec(
        percentile=90, duration={"from": "created_at", "to": "meeting_at"}, by="lead_source",
        date="meeting_at", label="P90 wait by source", unit="days",
    ),
    "wait_max": rec(
        agg="max", duration={"from": "created_at", "to": "meeting_at"}, label="Longest wait",
        unit="days",
    ),
    "meeting_rate": {
        "label": "Meeting rate", "unit": "percent", "direction": "higher_is_better",
        "formula": "met_in_14 / leads",
    },
}  # fmt: skip


def projects(
    make_project: Callable[..., Path], tmp_path: Path, frame: pd.DataFrame, metrics: dict[str, Any]
) -> tuple[Path, Path]:
    """The same records and metrics as a CSV project and as a DuckDB project."""
    options = {"leads": {"date_column": "created_at"}}
    config = {"timezone": TZ}
    file_project = make_project(
        sources={"leads": to_csv(frame)}, source_options=options, config=config, metrics=metrics
    )
    db_project = make_project(
        sources={"unused": "date,x\n2026-01-01,1\n"}, config=config, metrics=metrics
    )
    to_duckdb(frame, db_project.parent / "data" / "acme.duckdb")
    text = db_project.read_text(encoding="utf-8")
    db_project.write_text(
        text.replace(
            "sources:",
            "connections:\n  local: {type: duckdb, path: data/acme.duckdb}\nsources:\n"
            "  leads: {connection: local, table: crm.leads, date_column: created_at}",
            1,
        ),
        encoding="utf-8",
    )
    return file_project, db_project


def computed(project: Path, *extra: str) -> dict[str, Any]:
    out = project.parent / "metrics.json"
    result = run_cli("compute", project, "-o", out, *extra)
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def assert_same_numbers(a: Any, b: Any, where: str = "") -> int:
    """Equal structure; numbers equal within 1e-9 relative. Returns how many numbers matched."""
    if isinstance(a, dict):
        assert isinstance(b, dict) and sorted(a) == sorted(b), where
        return sum(assert_same_numbers(a[k], b[k], f"{where}.{k}") for k in a)
    if isinstance(a, list):
        assert isinstance(b, list) and len(a) == len(b), where
        return sum(
            assert_same_numbers(x, y, f"{where}[{i}]")
            for i, (x, y) in enumerate(zip(a, b, strict=True))
        )
    if isinstance(a, float) or isinstance(b, float):
        assert isinstance(b, int | float) and isinstance(a, int | float), (where, a, b)
        assert math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12), (where, a, b)
        return 1
    assert a == b, (where, a, b)
    return 0


def test_duckdb_gives_the_file_numbers(make_project: Callable[..., Path], tmp_path: Path) -> None:
    frame = synthetic_leads()
    file_project, db_project = projects(make_project, tmp_path, frame, CATALOGUE)
    from_file = computed(file_project, "--week-ending", "2026-11-22")
    from_db = computed(db_project, "--week-ending", "2026-11-22")
    file_sources, db_sources = from_file.pop("sources"), from_db.pop("sources")
    compared = assert_same_numbers(from_file, from_db)
    # the comparison really covered the catalogue: 32 metrics + 4 breakdown children × 11,
    # each with weeks, months and summaries full of numbers
    assert compared > 3000
    ids = {m["id"] for m in from_db["metrics"]}
    assert ids >= {"leads_by_source.web_form", "median_by_source.referral", "wait_p90_by.referral"}
    # the sources block says where the records came from, and how many there are
    db_leads = next(s for s in db_sources if s["name"] == "leads")
    file_leads = next(s for s in file_sources if s["name"] == "leads")
    assert db_leads["rows"] == file_leads["rows"] == 3000
    assert db_leads["first_date"] == file_leads["first_date"]


def test_one_statement_per_source_and_only_daily_aggregates_cross(
    make_project: Callable[..., Path], tmp_path: Path
) -> None:
    frame = synthetic_leads()
    _, db_project = projects(make_project, tmp_path, frame, CATALOGUE)
    out = tmp_path / "m.json"
    result = run_cli("-v", "compute", db_project, "-o", out, "--week-ending", "2026-11-22")
    assert result.exit_code == 0, result.output
    sent = [line for line in result.stderr.splitlines() if "statement" in line]
    # the whole catalogue (3 dating columns, 5 breakdowns, medians, durations) is one statement
    assert len(sent) == 1, result.stderr
    assert sent[0].startswith("source 'leads': 1 statement, "), sent
    rows = int(sent[0].split(", ")[-1].split()[0])
    # the records span 116 days; per day at most 5 rows (4 sources + none) per dating column
    # (created_at, meeting_at ~ 130 days), plus one row per source for the period statistics
    assert 0 < rows <= (116 + 130) * 5 + 2 * 5, rows


def test_hand_computed_records_through_duckdb(
    make_project: Callable[..., Path], tmp_path: Path
) -> None:
    # the records of tests/test_records.py, whose numbers are worked out by hand there:
    # report week 9–15 Nov (Chicago): L2 20, L3 30, L6 60, L4 40 (Sun 23:30 CST = Mon 05:30Z)
    frame = pd.read_csv(io.StringIO(LEADS), dtype=str)
    for column in ("created_at", "meeting_at"):
        frame[column] = pd.to_datetime(frame[column], utc=True, format="ISO8601")
    frame["amount"] = frame["amount"].astype(float)
    metrics = {
        "leads": rec(),
        "domains": rec(agg="count_distinct", column="email_domain", label="Domains"),
        "amount_median": rec(agg="median", column="amount", label="Median"),
        "amount_p90": rec(percentile=90, column="amount", label="P90"),
        "amount_last": rec(agg="last", column="amount", label="Last"),
    }
    _, db_project = projects(make_project, tmp_path, frame, metrics)
    data = computed(db_project, "--week-ending", "2026-11-15")
    by_id = {m["id"]: m for m in data["metrics"]}
    weeks = [w["value"] for w in by_id["leads"]["weeks"]]
    # weeks ending 11 Oct .. 15 Nov: not covered before 2 Nov (null); 2–8 Nov: L1; then 4
    assert weeks == [None, None, None, None, 1.0, 4.0]
    # a.com, b.com, c.com, b.com → 3 distinct domains
    assert by_id["domains"]["weeks"][-1]["value"] == 3.0
    # sorted 20, 30, 40, 60: median 35; p90 at 0.9 × 3 = 2.7: 40 + 0.7 × 20 = 54
    assert by_id["amount_median"]["weeks"][-1]["value"] == pytest.approx(35.0)
    assert by_id["amount_p90"]["weeks"][-1]["value"] == pytest.approx(54.0)
    assert by_id["amount_last"]["weeks"][-1]["value"] == 40.0  # L4 is the latest record


def test_hand_computed_durations_through_duckdb(
    make_project: Callable[..., Path], tmp_path: Path
) -> None:
    # the opportunities of tests/test_records.py, dated by closed_at, won only; week 9–15 Nov
    # (Chicago): O1 closed Tue 10 Nov after exactly 40 days (the clocks went back on 1 Nov: the
    # wall clock says 39 days 23 h, elapsed time counts), O2 closed Thu 12 Nov 20:00 CST after
    # 9.5 days; O3 is lost, O5 closes Mon 16 Nov 00:00 CST (next week)
    frame = pd.read_csv(io.StringIO(OPPS), dtype=str)
    for column in ("created_at", "closed_at"):
        frame[column] = pd.to_datetime(frame[column], utc=True, format="ISO8601")
    frame["amount"] = frame["amount"].astype(float)
    cycle = {"from": "created_at", "to": "closed_at"}
    won = {"outcome": "won"}
    metrics = {
        f"cycle_{agg}": rec(
            agg=agg, duration=cycle, date="closed_at", filter=won, label=agg, unit="days"
        )
        for agg in ("median", "mean", "max", "min", "sum")
    }
    project = make_project(sources={"unused": "date,x\n2026-01-01,1\n"}, config={"timezone": TZ},
                           metrics=metrics)  # fmt: skip
    to_duckdb(frame, project.parent / "data" / "acme.duckdb")
    text = project.read_text(encoding="utf-8")
    project.write_text(
        text.replace(
            "sources:",
            "connections:\n  local: {type: duckdb, path: data/acme.duckdb}\nsources:\n"
            "  leads: {connection: local, table: crm.leads, date_column: created_at, "
            "data_through: 2026-11-24}",
            1,
        ),
        encoding="utf-8",
    )
    by_id = {m["id"]: m for m in computed(project, "--week-ending", "2026-11-15")["metrics"]}
    week = {k: by_id[f"cycle_{k}"]["weeks"][-1]["value"] for k in ("median", "mean", "max")}
    # median and mean of 40 and 9.5: 24.75; the longest 40; the sum 49.5, the shortest 9.5
    assert week == pytest.approx({"median": 24.75, "mean": 24.75, "max": 40.0}, abs=1e-9)
    assert by_id["cycle_sum"]["weeks"][-1]["value"] == pytest.approx(49.5, abs=1e-9)
    assert by_id["cycle_min"]["weeks"][-1]["value"] == pytest.approx(9.5, abs=1e-9)


# --- bad inputs: one Error line each ------------------------------------------------------------


def db_project_with(
    make_project: Callable[..., Path], tmp_path: Path, metrics: dict[str, Any], source: str
) -> Path:
    _, project = projects(make_project, tmp_path, synthetic_leads(50), metrics)
    text = project.read_text(encoding="utf-8")
    old = "  leads: {connection: local, table: crm.leads, date_column: created_at}"
    project.write_text(text.replace(old, "  leads: " + source), encoding="utf-8")
    return project


@pytest.mark.parametrize(
    ("metrics", "source", "error"),
    [
        (
            {"leads": rec()},
            "{connection: local, table: crm.nope, date_column: created_at}",
            "Error: source 'leads' (local:crm.nope): table 'crm.nope' not found or unreadable: ",
        ),
        (
            {"leads": rec(agg="sum", column="amount_usd")},
            "{connection: local, table: crm.leads, date_column: created_at}",
            "Error: source 'leads' (local:crm.leads): column 'amount_usd' not found (columns: "
            "lead_id, created_at, lead_source, email_domain, meeting_at, disqualified_reason, "
            "amount)",
        ),
        (
            {"leads": rec(agg="sum", column="lead_source")},
            "{connection: local, table: crm.leads, date_column: created_at}",
            "Error: source 'leads' (local:crm.leads): column 'lead_source' is string; "
            "a metric needs numbers",
        ),
        (
            {"leads": rec()},
            "{connection: local, table: crm.leads, date_column: lead_source}",
            "Error: source 'leads' (local:crm.leads): column 'lead_source' is string; a record "
            "date, duration or cohort event needs a date or timestamp column",
        ),
        (
            {"leads": rec()},
            "{connection: local, query: 'select lead_id, amount from crm.leads', "
            "date_column: created_at}",
            "Error: source 'leads' (local:(query)): column 'created_at' not found (columns: "
            "lead_id, amount)",
        ),
        (
            {"wait": rec(agg="median", duration={"from": "created_at", "to": "lead_source"})},
            "{connection: local, table: crm.leads, date_column: created_at}",
            "Error: source 'leads' (local:crm.leads): column 'lead_source' is string; a record "
            "date, duration or cohort event needs a date or timestamp column",
        ),
        (
            {"met": rec(cohort={"event": "amount", "within_days": 3})},
            "{connection: local, table: crm.leads, date_column: created_at}",
            "Error: source 'leads' (local:crm.leads): column 'amount' is float64; a record "
            "date, duration or cohort event needs a date or timestamp column",
        ),
        (
            {"leads": rec()},
            "{connection: local, query: 'select * from crm.nope', date_column: created_at}",
            "Error: source 'leads' (local:(query)): query fails: ",
        ),
    ],
)
def test_each_bad_source_is_one_error_line(
    make_project: Callable[..., Path], tmp_path: Path, metrics: dict[str, Any], source: str,
    error: str,
) -> None:  # fmt: skip
    project = db_project_with(make_project, tmp_path, metrics, source)
    assert one_error(run_cli("compute", project)).startswith(error)


def test_a_query_source_gives_the_table_numbers(
    make_project: Callable[..., Path], tmp_path: Path
) -> None:
    metrics = {"leads": rec(), "amount": rec(agg="sum", column="amount", label="Amount")}
    table = db_project_with(
        make_project, tmp_path, metrics,
        "{connection: local, table: crm.leads, date_column: created_at}",
    )  # fmt: skip
    query = db_project_with(
        make_project, tmp_path, metrics,
        "{connection: local, query: 'select * from crm.leads', date_column: created_at}",
    )  # fmt: skip
    a, b = computed(table), computed(query)
    a.pop("sources"), b.pop("sources")
    assert assert_same_numbers(a, b) > 50


def test_url_env_unset_is_one_error_line_and_no_secret_leaks(
    make_project: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = db_project_with(
        make_project, tmp_path, {"leads": rec()},
        "{connection: wh, table: crm.leads, date_column: created_at}",
    )  # fmt: skip
    text = project.read_text(encoding="utf-8")
    project.write_text(
        text.replace(
            "connections:\n", "connections:\n  wh: {type: postgres, url_env: WBR_TEST_URL}\n"
        ),
        encoding="utf-8",
    )
    monkeypatch.delenv("WBR_TEST_URL", raising=False)
    assert one_error(run_cli("compute", project)) == (
        "Error: connection 'wh': the environment variable WBR_TEST_URL is not set; set it to "
        "the database URL, e.g. postgresql://user:password@host:5432/dbname"
    )
    # nothing listens on port 9 of the loopback: refused, and the password is not echoed
    monkeypatch.setenv("WBR_TEST_URL", "postgresql://wbr:s3cret-pw@127.0.0.1:9/acme")
    line = one_error(run_cli("compute", project))
    assert line.startswith(
        "Error: connection 'wh' (postgres://wbr:***@127.0.0.1:9/acme): cannot connect: "
    ), line
    assert "s3cret-pw" not in line


def test_a_password_in_wbr_yaml_is_refused(make_project: Callable[..., Path]) -> None:
    path = make_project(
        sources={"s": "date,x\n2026-01-01,1\n"},
        config={"connections": {"wh": {"type": "postgres", "url": "postgresql://a:b@h/d"}}},
        metrics={},
    )
    line = one_error(run_cli("validate", path))
    assert line == (
        "Error: wbr.yaml: 'connections.wh.url' is not a setting of a postgres connection "
        "(put the URL in an environment variable and name it in url_env)"
    )


def test_without_ibis_the_error_says_what_to_install(
    make_project: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = db_project_with(
        make_project, tmp_path, {"leads": rec()},
        "{connection: local, table: crm.leads, date_column: created_at}",
    )  # fmt: skip
    # the extra not installed: importing ibis fails as it does where it is absent
    for name in [m for m in sys.modules if m == "ibis" or m.startswith("ibis.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "ibis", None)
    line = one_error(run_cli("compute", project))
    assert "install wbr[warehouse]" in line, line


def test_validate_connections_reports_every_problem_at_once(
    make_project: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    metrics = {
        "leads": rec(),
        "amount": rec(agg="sum", column="amount_usd", label="Amount"),  # no such column
        "region_sum": rec(source="orders", agg="sum", column="amount", label="Orders"),
        "pg_leads": rec(source="pg_a", label="PG leads"),
        "pg_more": rec(source="pg_b", label="PG more"),
    }
    project = db_project_with(
        make_project, tmp_path, metrics,
        "{connection: local, table: crm.leads, date_column: created_at}\n"
        "  orders: {connection: local, table: crm.orders, date_column: created_at}\n"
        "  pg_a: {connection: wh, table: leads, date_column: created_at}\n"
        "  pg_b: {connection: wh, table: more, date_column: created_at}",
    )  # fmt: skip
    text = project.read_text(encoding="utf-8")
    project.write_text(
        text.replace(
            "connections:\n", "connections:\n  wh: {type: postgres, url_env: WBR_TEST_URL}\n"
        ),
        encoding="utf-8",
    )
    monkeypatch.delenv("WBR_TEST_URL", raising=False)
    result = run_cli("validate", "--connections", project)
    assert result.exit_code == 1 and "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    # three problems, each once: the unset URL is reported once for its two sources
    assert errors == [
        "Error: source 'leads' (local:crm.leads): column 'amount_usd' not found (columns: "
        "lead_id, created_at, lead_source, email_domain, meeting_at, disqualified_reason, amount)",
        "Error: source 'orders' (local:crm.orders): table 'crm.orders' not found or unreadable: "
        + errors[1].split("not found or unreadable: ", 1)[1],
        "Error: connection 'wh': the environment variable WBR_TEST_URL is not set; set it to the "
        "database URL, e.g. postgresql://user:password@host:5432/dbname",
    ]


def test_validate_connections_on_a_good_project(
    make_project: Callable[..., Path], tmp_path: Path
) -> None:
    metrics = {"leads": rec(), "amount": rec(agg="sum", column="amount", label="Amount")}
    project = db_project_with(
        make_project, tmp_path, metrics,
        "{connection: local, table: crm.leads, date_column: created_at}",
    )  # fmt: skip
    result = run_cli("validate", "--connections", project)
    assert result.exit_code == 0, result.output
    # columns: created_at (date) and amount
    assert result.stdout == (
        "OK: connection local: 1 database source, 2 columns checked with zero-row queries\n"
    )
    assert result.stderr == ""


def test_validate_connections_says_first_and_last_can_tie(
    make_project: Callable[..., Path], tmp_path: Path
) -> None:
    metrics = {
        "leads": rec(),
        "first_amount": rec(agg="first", column="amount", label="First amount"),
        "last_amount": rec(agg="last", column="amount", label="Last", date="meeting_at"),
    }
    project = db_project_with(
        make_project, tmp_path, metrics,
        "{connection: local, table: crm.leads, date_column: created_at}",
    )  # fmt: skip
    result = run_cli("validate", "--connections", project)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("OK: connection local: 1 database source, ")
    assert result.stderr.splitlines() == [
        "Warning: metric 'first_amount' (first) on database source 'leads': records with the "
        "same 'created_at' time tie, and the database returns any one of them",
        "Warning: metric 'last_amount' (last) on database source 'leads': records with the "
        "same 'meeting_at' time tie, and the database returns any one of them",
    ]


# --- real Postgres (.ci/run starts Debian's server and sets WBR_TEST_POSTGRES_URL) ---------------


@pytest.fixture(scope="module")
def postgres_url() -> Any:
    """A fresh database on the server named by WBR_TEST_POSTGRES_URL, dropped afterwards."""
    yield from engines.fresh_postgres_database("wbr_test")


def to_postgres(frame: pd.DataFrame, url: str) -> None:
    """The records as crm.leads: timestamptz instants, double precision amounts, text."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as con:
        con.execute("CREATE SCHEMA IF NOT EXISTS crm")
        con.execute(
            "CREATE TABLE crm.leads (lead_id text, created_at timestamptz, lead_source text, "
            "email_domain text, meeting_at timestamptz, disqualified_reason text, "
            "amount double precision)"
        )
        rows = frame.astype(object).where(frame.notna(), None).itertuples(index=False)
        with con.cursor() as cur, cur.copy("COPY crm.leads FROM STDIN") as copy:
            for row in rows:
                copy.write_row(tuple(row))


def test_postgres_gives_the_file_numbers(
    make_project: Callable[..., Path],
    tmp_path: Path,
    postgres_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    frame = synthetic_leads()
    to_postgres(frame, postgres_url)
    file_project, db_project = projects(make_project, tmp_path, frame, CATALOGUE)
    text = db_project.read_text(encoding="utf-8")
    db_project.write_text(
        text.replace(
            "  local: {type: duckdb, path: data/acme.duckdb}",
            "  local: {type: postgres, url_env: WBR_WAREHOUSE_URL}",
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("WBR_WAREHOUSE_URL", postgres_url)
    from_file = computed(file_project, "--week-ending", "2026-11-22")
    from_db = computed(db_project, "--week-ending", "2026-11-22")
    from_file.pop("sources"), from_db.pop("sources")
    assert assert_same_numbers(from_file, from_db) > 1000
    assert postgres_url.split("@")[0].split(":")[-1] not in json.dumps(from_db)  # no password
    result = run_cli("validate", "--connections", db_project)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("OK: connection local: 1 database source")
    # the catalogue's first and last amounts, overall and by source: records with the same
    # time tie
    assert [line.split("'")[1] for line in result.stderr.splitlines()] == [
        "amount_first", "amount_last", "first_by", "last_by"
    ]  # fmt: skip


def test_postgres_wrong_password_is_one_line_without_it(
    make_project: Callable[..., Path],
    tmp_path: Path,
    postgres_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    project = db_project_with(
        make_project, tmp_path, {"leads": rec()},
        "{connection: wh, table: crm.leads, date_column: created_at}",
    )  # fmt: skip
    text = project.read_text(encoding="utf-8")
    project.write_text(
        text.replace(
            "connections:\n", "connections:\n  wh: {type: postgres, url_env: WBR_TEST_URL}\n"
        ),
        encoding="utf-8",
    )
    scheme, _, rest = postgres_url.partition("://")
    user_pw, _, host_db = rest.partition("@")
    user = user_pw.split(":")[0]
    monkeypatch.setenv("WBR_TEST_URL", f"{scheme}://{user}:Not-The-Pw-42@{host_db}")
    line = one_error(run_cli("compute", project))
    assert line.startswith(f"Error: connection 'wh' (postgres://{user}:***@"), line
    assert "Not-The-Pw-42" not in line and "password authentication failed" in line, line
