"""Business days and instants as arithmetic on a database (wbr.sources.zonemath, issue #11):
the zone's offset changes, and the fast and the fallback paths giving the file path's numbers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from tests.test_records import rec
from tests.test_warehouse import TZ, assert_same_numbers, computed, projects, synthetic_leads

pytest.importorskip("duckdb")
pytest.importorskip("ibis")

from wbr.sources import zonemath  # noqa: E402  (needs no database, but the tests below do)

UTC = dt.UTC


def test_chicago_changes_its_offset_twice_a_year() -> None:
    # 2026: CST (UTC−6) until Sun 8 Mar 02:00 local = 08:00Z, CDT (UTC−5) until Sun 1 Nov
    # 02:00 CDT = 07:00Z, then CST again
    offs = zonemath.offsets("America/Chicago", dt.date(2026, 1, 1), dt.date(2027, 1, 1))
    assert offs.changes == (
        dt.datetime(2026, 3, 8, 8, tzinfo=UTC),
        dt.datetime(2026, 11, 1, 7, tzinfo=UTC),
    )
    assert offs.seconds == (-21_600, -18_000, -21_600)
    # the hour repeated on 1 Nov: its first (CDT) instants are 06:00Z..07:00Z, read an hour later
    assert offs.folds() == (
        (dt.datetime(2026, 11, 1, 6, tzinfo=UTC), dt.datetime(2026, 11, 1, 7, tzinfo=UTC), 3600),
    )


def test_a_zone_without_daylight_time_has_one_offset() -> None:
    offs = zonemath.offsets("Asia/Kolkata", dt.date(2024, 1, 1), dt.date(2027, 1, 1))
    assert offs.changes == () and offs.seconds == (19_800,)  # UTC+05:30
    assert offs.folds() == ()


def test_instants_inside_and_outside_the_looked_up_span(
    make_project: Callable[..., Path], tmp_path: Path
) -> None:
    # two deals closed in the report week 9–15 Nov 2026 (Chicago), each created in the first,
    # daylight-time pass of a repeated hour, which the file path reads back as standard time:
    # - D1 created 2 Nov 2025 06:30Z (01:30 CDT; clocks went back at 07:00Z): read as 07:30Z,
    #   within a year of the report, so by the arithmetic; closed 10 Nov 2026 18:00Z:
    #   365 days to 2 Nov 2026 07:30Z, then 8 days 10.5 hours: 373.4375 days
    # - D2 created 6 Nov 2022 06:30Z (01:30 CDT; clocks went back at 07:00Z): read as 07:30Z,
    #   years before the report, so the database converts it; 4 years with 29 Feb 2024 (1461
    #   days) to 6 Nov 2026 07:30Z, then 4 days 10.5 hours: 1465.4375 days
    # - D3 created 3 Nov 2026 12:00Z, its meeting 5 years later (outside every cohort) and its
    #   close in the week: 12 Nov 2026 12:00Z, 9 days
    # - D4, created 20 Nov and still open, says the data runs past the report week
    frame = pd.DataFrame(
        {
            "deal": ["D1", "D2", "D3", "D4"],
            "created_at": pd.to_datetime(
                [
                    "2025-11-02T06:30:00Z",
                    "2022-11-06T06:30:00Z",
                    "2026-11-03T12:00:00Z",
                    "2026-11-20T12:00:00Z",
                ]
            ),  # fmt: skip
            "closed_at": pd.to_datetime(
                ["2026-11-10T18:00:00Z", "2026-11-10T18:00:00Z", "2026-11-12T12:00:00Z", None],
                utc=True,
            ),
            "meeting_at": pd.to_datetime([None, None, "2031-11-03T12:00:00Z", None], utc=True),
        }
    )
    cycle = {"from": "created_at", "to": "closed_at"}
    metrics: dict[str, Any] = {
        "cycle_max": rec(agg="max", duration=cycle, date="closed_at", label="Max", unit="days"),
        "cycle_min": rec(agg="min", duration=cycle, date="closed_at", label="Min", unit="days"),
        "cycle_median": rec(
            agg="median", duration=cycle, date="closed_at", label="Median", unit="days"
        ),
        "met_in_30": rec(cohort={"event": "meeting_at", "within_days": 30}, label="Met"),
    }
    file_project, db_project = projects(make_project, tmp_path, frame, metrics)
    for project in (file_project, db_project):
        by_id = {m["id"]: m for m in computed(project, "--week-ending", "2026-11-15")["metrics"]}
        week = {k: by_id[k]["weeks"][-1]["value"] for k in ("cycle_max", "cycle_min")}
        assert week == {"cycle_max": 1465.4375, "cycle_min": 9.0}, project
        # 9, 373.4375, 1465.4375: the median is D1's
        assert by_id["cycle_median"]["weeks"][-1]["value"] == 373.4375, project
        # D3 was created in the week ending 8 Nov; its meeting is 5 years on: not within 30 days
        assert by_id["met_in_30"]["weeks"][-2]["value"] == 0.0, project


def test_wall_clock_timestamps_in_a_database_give_the_file_numbers(
    make_project: Callable[..., Path], tmp_path: Path
) -> None:
    # a CRM that stores local time without a zone (TIMESTAMP, not TIMESTAMPTZ): the same records
    # written without offsets in the CSV are local time there too; across the 1 Nov 2026 change
    # (01:00-02:00 happens twice) every number agrees, durations included
    frame = synthetic_leads(800, seed=5)
    for column in ("created_at", "meeting_at"):
        frame[column] = frame[column].dt.tz_convert(TZ).dt.tz_localize(None)
    metrics: dict[str, Any] = {
        "leads": rec(by="lead_source"),
        "met_in_7": rec(cohort={"event": "meeting_at", "within_days": 7}, label="Met in 7"),
        "meetings": rec(date="meeting_at", label="Meetings"),
        "wait": rec(
            agg="mean",
            duration={"from": "created_at", "to": "meeting_at"},
            label="Wait",
            unit="days",
        ),  # fmt: skip
        "wait_median": rec(
            agg="median",
            duration={"from": "created_at", "to": "meeting_at"},
            label="Median",
            unit="days",
        ),  # fmt: skip
        "first_amount": rec(agg="first", column="amount", label="First"),
    }
    file_project, db_project = projects(make_project, tmp_path, frame, metrics)
    local = frame.copy()  # the CSV as such a CRM exports it: times without an offset
    for column in ("created_at", "meeting_at"):
        local[column] = local[column].dt.strftime("%Y-%m-%dT%H:%M:%S")
    csv = file_project.parent / "data" / "leads.csv"
    assert csv.is_file()  # the file project's source, rewritten
    local.to_csv(csv, index=False)
    from_files = computed(file_project, "--week-ending", "2026-11-08")
    from_db = computed(db_project, "--week-ending", "2026-11-08")
    assert assert_same_numbers(from_files["metrics"], from_db["metrics"]) > 500
    by_id = {m["id"]: m for m in from_db["metrics"]}
    assert by_id["leads"]["weeks"][-1]["value"] > 0 and by_id["wait"]["weeks"][-1]["value"] > 0
