"""Goodhart pairs (DESIGN.md §5): alert, watch, ok and no_data, with tolerances and reasons.

Every fixture has four baseline weeks (ending 21 Apr .. 12 May 2024) with the same values, so the
4-week average is that value, and a report week ending 19 May 2024. Each week's amount is booked
on its Sunday (0 on the other days).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import pytest

from tests.conftest import daily_csv, formula, metric
from wbr.results import MetricSet, PairState, PairStatus

approx = pytest.approx
Compute = Callable[..., MetricSet]
SUNDAYS = [dt.date(2024, 4, 21) + dt.timedelta(days=7 * k) for k in range(5)]


def weekly_csv(columns: dict[str, tuple[float | None, float | None]]) -> str:
    """Each column: (baseline week amount, report week amount); None = empty cells that week."""

    def func(pair: tuple[float | None, float | None]) -> Callable[[dt.date], Any]:
        base, report = pair

        def value(day: dt.date) -> Any:
            amount = report if day > SUNDAYS[3] else base
            if amount is None:
                return None
            return amount if day in SUNDAYS else 0

        return value

    return daily_csv("2024-04-15", "2024-05-19", {k: func(v) for k, v in columns.items()})


def assert_sentence(reason: str, *parts: str) -> None:
    """One sentence that carries the numbers (the exact wording may be polished later)."""
    assert reason.endswith(".") and "\n" not in reason
    for part in parts:
        assert part in reason, f"{part!r} not in {reason!r}"


def pairs_for(
    compute_set: Compute,
    *,
    leads: tuple[float | None, float | None] = (100, 100),
    meetings: tuple[float | None, float | None] = (30, 30),
    complaints: tuple[float | None, float | None] = (100, 100),
    target: dict[str, Any] | None = None,
    counters: Sequence[str] = ("lead_to_meeting_rate",),
    rate_tolerance: float | None = None,
    complaints_tolerance: float | None = None,
) -> tuple[MetricSet, dict[str, PairStatus]]:
    csv = weekly_csv({"leads": leads, "meetings": meetings, "complaints": complaints})
    rate = formula("meetings / leads", label="Lead → meeting rate")
    if rate_tolerance is not None:
        rate["tolerance"] = rate_tolerance
    complaints_def = metric(column="complaints", direction="lower_is_better")
    if complaints_tolerance is not None:
        complaints_def["tolerance"] = complaints_tolerance
    ms = compute_set(
        week_ending="2024-05-19",
        sources={"s": csv},
        metrics={
            "leads": metric(
                column="leads",
                label="Leads",
                target=target or {"weekly": 1000},
                counter_metric=list(counters),
            ),
            "meetings": metric(column="meetings"),
            "lead_to_meeting_rate": rate,
            "complaints": complaints_def,
        },
    )
    return ms, {p.counter_metric: p for p in ms.pairs}


def test_alert_when_the_target_improves_and_the_counter_metric_worsens(
    compute_set: Compute,
) -> None:
    # leads 100 -> 130 (+30 %); rate 30/100 = 0.30 -> 26/130 = 0.20 (-1000 bps, tolerance 100)
    ms, pairs = pairs_for(compute_set, leads=(100, 130), meetings=(30, 26))
    p = pairs["lead_to_meeting_rate"]
    assert p.status is PairState.ALERT
    assert p.metric == "leads"
    assert p.metric_change == approx(0.3, rel=1e-9)
    assert p.counter_change == approx(-1000.0, rel=1e-9)
    assert p.tolerance == 100.0
    assert_sentence(
        p.reason, "Leads +30.0 % vs 4-week average", "Lead → meeting rate −1,000 bps", "100 bps"
    )
    assert ms.get("leads").baseline == approx(100.0, rel=1e-9)
    assert ms.get("lead_to_meeting_rate").baseline == approx(0.3, rel=1e-9)


def test_alert_when_the_target_is_met_even_below_the_baseline(compute_set: Compute) -> None:
    # leads 100 -> 90 (-10 %) but the weekly target of 80 is met; rate 0.30 -> 18/90 = 0.20
    _, pairs = pairs_for(compute_set, leads=(100, 90), meetings=(30, 18), target={"weekly": 80})
    p = pairs["lead_to_meeting_rate"]
    assert p.status is PairState.ALERT
    assert_sentence(
        p.reason, "Leads −10.0 % vs 4-week average and on target", "−1,000 bps", "100 bps"
    )


def test_watch_when_the_counter_metric_worsens_without_the_target_improving(
    compute_set: Compute,
) -> None:
    # leads 100 -> 90 (-10 %, target 1000 missed); rate 0.30 -> 0.20
    _, pairs = pairs_for(compute_set, leads=(100, 90), meetings=(30, 18))
    p = pairs["lead_to_meeting_rate"]
    assert p.status is PairState.WATCH
    assert_sentence(
        p.reason,
        "Lead → meeting rate −1,000 bps vs 4-week average, beyond its 100 bps tolerance",
        "Leads did not improve (−10.0 %)",
    )


def test_ok_when_the_counter_metric_stays_within_tolerance(compute_set: Compute) -> None:
    # leads 100 -> 200 (+100 %); rate 0.30 -> 59/200 = 0.295 (-50 bps, within 100)
    _, pairs = pairs_for(compute_set, leads=(100, 200), meetings=(30, 59))
    p = pairs["lead_to_meeting_rate"]
    assert p.status is PairState.OK
    assert p.counter_change == approx(-50.0, rel=1e-9)
    assert_sentence(
        p.reason, "Leads +100.0 %", "Lead → meeting rate −50 bps", "within its 100 bps tolerance"
    )


def test_ok_when_the_counter_metric_improves(compute_set: Compute) -> None:
    _, pairs = pairs_for(compute_set, leads=(100, 130), meetings=(30, 65))  # rate 0.5
    assert pairs["lead_to_meeting_rate"].status is PairState.OK


def test_no_data_when_the_counter_metric_has_no_value(compute_set: Compute) -> None:
    _, pairs = pairs_for(compute_set, leads=(100, 130), meetings=(30, None))
    p = pairs["lead_to_meeting_rate"]
    assert p.status is PairState.NO_DATA
    assert p.counter_change is None
    assert_sentence(p.reason, "Lead → meeting rate has no value", "cannot be judged")


def test_no_data_when_the_target_metric_has_no_value(compute_set: Compute) -> None:
    _, pairs = pairs_for(
        compute_set, leads=(100, None), complaints=(100, 150), counters=["complaints"]
    )
    p = pairs["complaints"]
    assert p.status is PairState.NO_DATA
    assert p.reason.startswith("Leads has no value")


@pytest.mark.parametrize(
    ("complaints", "tolerance", "status"),
    [
        (104, None, PairState.OK),  # +4 % within the default 5 %
        (106, None, PairState.ALERT),  # +6 % beyond 5 % (lower is better: a rise is bad)
        (94, None, PairState.OK),  # a fall in a lower-is-better counter is good
        (106, 0.10, PairState.OK),  # per-metric tolerance of 10 %
        (104, 0.02, PairState.ALERT),  # per-metric tolerance of 2 %
    ],
)
def test_pct_tolerance(
    compute_set: Compute, complaints: float, tolerance: float | None, status: PairState
) -> None:
    _, pairs = pairs_for(
        compute_set,
        leads=(100, 130),
        complaints=(100, complaints),
        counters=["complaints"],
        complaints_tolerance=tolerance,
    )
    p = pairs["complaints"]
    assert p.status is status
    assert p.tolerance == (tolerance if tolerance is not None else 0.05)
    assert p.counter_change == approx((complaints - 100) / 100, rel=1e-9)


def test_pct_reason_names_the_tolerance(compute_set: Compute) -> None:
    _, pairs = pairs_for(
        compute_set, leads=(100, 130), complaints=(100, 106), counters=["complaints"]
    )
    assert_sentence(pairs["complaints"].reason, "Leads +30.0 %", "Complaints +6.0 %", "5 %")


@pytest.mark.parametrize(
    ("tolerance", "status"),
    [(None, PairState.ALERT), (2000.0, PairState.OK), (50.0, PairState.ALERT)],
)
def test_bps_tolerance(compute_set: Compute, tolerance: float | None, status: PairState) -> None:
    _, pairs = pairs_for(compute_set, leads=(100, 130), meetings=(30, 26), rate_tolerance=tolerance)
    assert pairs["lead_to_meeting_rate"].status is status
    assert pairs["lead_to_meeting_rate"].tolerance == (tolerance or 100.0)


def test_several_counter_metrics_and_alerts_first(compute_set: Compute) -> None:
    ms, pairs = pairs_for(
        compute_set,
        leads=(100, 130),
        meetings=(30, 39),  # rate stays 0.30: ok
        complaints=(100, 120),  # +20 %: alert
        counters=["lead_to_meeting_rate", "complaints"],
    )
    assert [(p.counter_metric, p.status) for p in ms.pairs] == [
        ("complaints", PairState.ALERT),
        ("lead_to_meeting_rate", PairState.OK),
    ]
    assert ms.pairs[1].counter_change == approx(0.0, abs=1e-9)
