"""The shape of a database source's statement (wbr.sources.pushdown, issue #11): layers of
disjoint periods, and filters packed into bits over more than one integer column."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.test_records import rec
from tests.test_warehouse import assert_same_numbers, computed, projects, synthetic_leads

pytest.importorskip("duckdb")
pytest.importorskip("ibis")

from wbr.sources.plan import layers  # noqa: E402
from wbr.sources.pushdown import BITS  # noqa: E402


def test_layers_of_disjoint_periods() -> None:
    # weeks [0,7) [7,14), the month [0,30), the month to date [28,30), an empty period [5,5):
    # by start: [0,7) and [0,30) open layers 1 and 2; [7,14) follows [0,7) in layer 1;
    # [28,30) fits after [7,14) in layer 1; [5,5) has no days and no layer
    spans = [(0, 7), (7, 14), (0, 30), (28, 30), (5, 5)]
    assert layers(spans) == ((0, 1, 3), (2,))


def test_more_filters_than_one_integer_holds(
    make_project: Callable[..., Path], tmp_path: Path
) -> None:
    # 70 metrics with 70 different filters (amounts above 0, 5, 10, ... 345; 62 bits to an
    # integer column, so two columns) plus cohorts and breakdowns: every number as the file path
    n = BITS + 8
    metrics: dict[str, Any] = {
        f"above_{5 * k}": rec(filter={"amount": {"gt": 5 * k}}, label=f"Above {5 * k}")
        for k in range(n)
    }
    metrics["met_in_7_big"] = rec(
        filter={"amount": {"gt": 100}}, cohort={"event": "meeting_at", "within_days": 7},
        by="lead_source", label="Big, met in 7 days",
    )  # fmt: skip
    file_project, db_project = projects(make_project, tmp_path, synthetic_leads(), metrics)
    from_files = computed(file_project, "--week-ending", "2026-11-22")
    from_db = computed(db_project, "--week-ending", "2026-11-22")
    # 71 metrics and 5 breakdown values, each with weeks, months and periods
    assert assert_same_numbers(from_files["metrics"], from_db["metrics"], "metrics") > 1000
    by_id = {m["id"]: m for m in from_db["metrics"]}
    above = [by_id[f"above_{5 * k}"]["weeks"][-1]["value"] for k in range(n)]
    assert above == sorted(above, reverse=True) and above[0] > above[-1] > 0  # not all alike


def test_a_day_finds_its_period_by_binary_search() -> None:
    # pieces: before day 0 none; [0,7) span 4; [7,10) a gap; [10,30) span 2; from 30 none
    import ibis

    from wbr.sources.pushdown import _search

    t = ibis.memtable({"day": list(range(-3, 34))})
    found = _search(t["day"], [(-(10**9), None), (0, 4), (7, None), (10, 2), (30, None)])
    table = ibis.duckdb.connect().to_pyarrow(t.select("day", span=found))
    got = dict(zip(table["day"].to_pylist(), table["span"].to_pylist(), strict=True))
    assert len(got) == 37
    for day, span in got.items():
        want = 4 if 0 <= day < 7 else 2 if 10 <= day < 30 else None
        assert span == want, (day, span, want)
