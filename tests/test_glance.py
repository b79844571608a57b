"""At a glance: alerts first (most severe first), then target misses, movers, data warnings."""

from __future__ import annotations

import datetime as dt

from wbr.glance import MAX_MOVERS, build_glance, headline
from wbr.results import (
    Coverage,
    MetricResult,
    MetricSet,
    PairState,
    PairStatus,
    Summary,
    TargetResult,
)
from wbr.schema import Comparison, Direction, MetricDef

WE = dt.date(2026, 11, 15)


def result(
    metric_id: str,
    *,
    wow: float | None = None,
    last_week: float | None = 100.0,
    rate: bool = False,
    lower_is_better: bool = False,
    coverage: float = 1.0,
    target: TargetResult | None = None,
    tolerance: float | None = None,
) -> MetricResult:
    m = MetricDef(
        id=metric_id,
        label=metric_id.replace("_", " ").capitalize(),
        unit="percent" if rate else "count",
        direction=Direction.LOWER_IS_BETTER if lower_is_better else Direction.HIGHER_IS_BETTER,
        comparison=Comparison.BPS if rate else Comparison.PCT,
        file="metrics/m.yaml",
        tolerance=tolerance,
    )
    return MetricResult(
        metric=m,
        summary=Summary(last_week, wow, None, None, None, None, None, None, None),
        coverage=Coverage(coverage, 1.0, 1.0, 1.0),
        weeks=(),
        months=(),
        target=target,
        baseline=None,
    )


def metric_set(
    results: list[MetricResult],
    pairs: tuple[PairStatus, ...] = (),
    warnings: tuple[str, ...] = (),
) -> MetricSet:
    return MetricSet("T", WE, "sunday", 12, tuple(results), pairs, warnings, ())


def pair(metric: str, counter: str, state: PairState, counter_change: float) -> PairStatus:
    return PairStatus(metric, counter, state, f"{metric} vs {counter}", 0.3, counter_change, 100.0)


def test_alerts_come_first_most_severe_first_then_watches_and_ok_is_left_out() -> None:
    ms = metric_set(
        [
            result("orders"),
            result("defect_rate", rate=True, lower_is_better=True),
            result("leads"),
            result("lead_rate", rate=True),
            result("pipeline"),
            result("win_rate", rate=True),
        ],
        pairs=(
            # engine order: alerts in catalogue order; 162 bps is 1.6 tolerances, 669 bps is 6.7
            pair("orders", "defect_rate", PairState.ALERT, 162.0),
            pair("leads", "lead_rate", PairState.ALERT, -669.0),
            pair("pipeline", "win_rate", PairState.WATCH, -250.0),
            pair("win_rate", "pipeline", PairState.OK, 0.01),
        ),
    )
    g = build_glance(ms, {"orders": "Explained."})
    assert [(p.status, p.metric) for p in g.pairs] == [
        ("alert", "leads"),
        ("alert", "orders"),
        ("watch", "pipeline"),
    ]
    leads = g.pairs[0]
    assert leads.counter_label == "Lead rate"
    assert (leads.metric_change, leads.counter_change) == ("+30.0 %", "−669 bps")
    assert leads.severity == 6.69
    assert leads.has_commentary is False and g.pairs[1].has_commentary is True
    assert (g.alert_count, g.watch_count) == (2, 1)
    assert g.headline == "2 Goodhart alerts, 1 watch"


def test_target_misses_furthest_off_first_with_formatted_variance() -> None:
    ms = metric_set(
        [
            result(
                "won_revenue",
                last_week=838_800.0,
                target=TargetResult(1_023_725.0, -0.1806, False),
            ),
            result("leads", target=TargetResult(90.0, 0.11, True)),
            result(
                "defect_rate",
                rate=True,
                lower_is_better=True,
                last_week=0.0794,
                target=TargetResult(0.05, 294.5, False),
                coverage=4 / 7,
            ),
            result("unknown", target=TargetResult(None, None, None)),
        ]
    )
    g = build_glance(ms, {"won_revenue": "Two deals slipped."})
    # 294.5 bps is 2.9 thresholds of 100 bps; -18.1 % is 1.8 thresholds of 10 %
    assert [(x.metric, x.value, x.target, x.variance) for x in g.misses] == [
        ("defect_rate", "7.9 %", "5.0 %", "+294 bps"),
        ("won_revenue", "838.8K", "1.0M", "−18.1 %"),
    ]
    assert g.misses[0].partial and not g.misses[1].partial
    assert g.misses[1].has_commentary and not g.misses[0].has_commentary
    assert g.headline == "2 metrics off target"


def test_movers_rank_bps_and_pct_by_meaningful_moves_and_skip_noise() -> None:
    ms = metric_set(
        [
            result("small", wow=0.09),  # below 10 %: not listed
            result("volume", wow=0.25),  # 2.5 thresholds
            result("rate", rate=True, wow=-300.0),  # 3 thresholds: ranks above a 25 % volume move
            result("cost", lower_is_better=True, wow=-0.12),  # down is good here
            result("partial", wow=-0.60, coverage=3 / 7),  # artefact of a partial week
            result("missing", wow=None),
        ]
    )
    g = build_glance(ms, {})
    assert [(m.metric, m.wow, m.arrow, m.good) for m in g.movers] == [
        ("rate", "−300 bps", "▼", False),
        ("volume", "+25.0 %", "▲", True),
        ("cost", "−12.0 %", "▼", True),
    ]


def test_movers_leave_out_metrics_already_listed_and_stop_at_the_maximum() -> None:
    many = [result(f"m{i}", wow=0.1 * (i + 1)) for i in range(10)]
    ms = metric_set(
        [*many, result("lead_rate", rate=True, wow=-900.0)],
        pairs=(pair("m9", "lead_rate", PairState.ALERT, -900.0),),
    )
    g = build_glance(ms, {})
    assert len(g.movers) == MAX_MOVERS
    assert [m.metric for m in g.movers] == ["m8", "m7", "m6", "m5", "m4", "m3"]


def test_data_warnings_add_the_partial_last_weeks() -> None:
    ms = metric_set(
        [result("leads", coverage=5 / 7), result("orders")],
        warnings=("source 'crm' has no data after 2026-11-13; its metrics' last week is partial",),
    )
    g = build_glance(ms, {})
    assert g.warnings == (
        "source 'crm' has no data after 2026-11-13; its metrics' last week is partial",
        "Partial last week (not every day has data): Leads",
    )
    assert not g.is_quiet


def test_a_quiet_week() -> None:
    g = build_glance(metric_set([result("leads", wow=0.01)]), {})
    assert g.is_quiet
    assert g.headline == "no Goodhart alerts, every target met"


def test_headline_counts_and_plurals() -> None:
    ms = metric_set(
        [
            result("a", target=TargetResult(1.0, -0.5, False)),
            result("b", rate=True),
            result("c", rate=True),
        ],
        pairs=(
            pair("a", "b", PairState.ALERT, -200.0),
            pair("a", "c", PairState.WATCH, -200.0),
        ),
    )
    g = build_glance(ms, {})
    assert g.headline == "1 Goodhart alert, 1 watch, 1 metric off target"
    assert headline((), ()) == "no Goodhart alerts, every target met"
