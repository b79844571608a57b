"""At a glance: alerts first (most severe first), then signals this week (bad, then good), target
misses with their assurance verdict, the routine-variation line, data warnings (issue #8).

Signals here are hand-made :class:`Signals` objects: this tests how the packet picks, orders and
words them, not how the engine computes them (tests/test_signals*.py do that)."""

from __future__ import annotations

import datetime as dt

from wbr.glance import build_glance, headline
from wbr.results import (
    Assurance,
    Coverage,
    MetricResult,
    MetricSet,
    PairState,
    PairStatus,
    SignalPoint,
    SignalRule,
    Signals,
    SignalStatus,
    Summary,
    TargetResult,
)
from wbr.schema import Comparison, Direction, MetricDef
from wbr.signal_text import box_text, ordinal

OUT, T4, RUN, RA = (
    SignalRule.OUTSIDE,
    SignalRule.THREE_OF_FOUR,
    SignalRule.RUN,
    SignalRule.RANGE,
)

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
    signals: Signals | None = None,
    label: str | None = None,
) -> MetricResult:
    m = MetricDef(
        id=metric_id,
        label=label or metric_id.replace("_", " ").capitalize(),
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
        signals=signals,
    )


def signals(
    values: list[float | None],
    limits: tuple[float, float, float] | None = None,
    this_week: tuple[SignalRule, ...] = (),
    direction: str | None = None,
    *,
    mr: tuple[float, float] = (1.0, 3.268),
    baseline: tuple[int, dt.date] = (20, dt.date(2026, 10, 4)),
    provisional: bool = False,
    assurance: Assurance | None = None,
    status: SignalStatus | None = None,
) -> Signals:
    """Weekly values ending on WE; only the report week (the last) carries rules."""
    n = len(values)
    weeks = [WE - dt.timedelta(days=7 * (n - 1 - i)) for i in range(n)]
    present = [v for v in values if v is not None]
    points = []
    for i, (w, v) in enumerate(zip(weeks, values, strict=True)):
        prev = [x for x in values[:i] if x is not None]
        last = i == n - 1
        points.append(
            SignalPoint(
                week_ending=w,
                value=v,
                moving_range=abs(v - prev[-1]) if v is not None and prev else None,
                rules=this_week if last else (),
                direction=direction if last and this_week else None,  # type: ignore[arg-type]
                provisional=provisional and last,
                in_baseline=i < baseline[0],
            )
        )
    lower, centre, upper = limits if limits is not None else (None, None, None)
    return Signals(
        status=status
        or (
            SignalStatus.TOO_LITTLE_DATA
            if limits is None
            else SignalStatus.SIGNAL
            if this_week
            else SignalStatus.ROUTINE
        ),
        baseline_from=weeks[0] if limits is not None else None,
        baseline_to=baseline[1] if limits is not None else None,
        baseline_weeks=baseline[0] if limits is not None else len(present),
        centre=centre,
        lower=lower,
        upper=upper,
        mr_mean=mr[0] if limits is not None else None,
        mr_upper=mr[1] if limits is not None else None,
        series=tuple(points),
        this_week=this_week,
        assurance=assurance,
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


def test_a_missed_target_never_hides_its_gap_by_rounding() -> None:
    # issue #10: "$4.3M vs $4.3M" hid a gap. 4,290,000 vs 4,341,000: one more decimal tells them
    # apart (4.29M vs 4.34M); -51,000 / 4,341,000 = -1.1748 % -> "−1.2 %".
    # 0.05004 vs 0.05 (lower is better): 5.004 % vs 5.000 %, +0.4 bps (0 decimals would say +0).
    # 999,800 vs 1,000,000: -200 / 1,000,000 = -0.02 %, which one decimal would show as 0.0 %.
    ms = metric_set(
        [
            result(
                "shipped", last_week=4_290_000.0, target=TargetResult(4_341_000.0, -0.0117, False)
            ),
            result(
                "defects",
                rate=True,
                lower_is_better=True,
                last_week=0.05004,
                target=TargetResult(0.05, 0.4, False),
            ),
            result("orders", last_week=999_800.0, target=TargetResult(1_000_000.0, -0.0002, False)),
        ]
    )
    got = {x.metric: (x.value, x.target, x.variance) for x in build_glance(ms, {}).misses}
    assert got == {
        "shipped": ("4.29M", "4.34M", "−1.2 %"),
        "defects": ("5.004 %", "5.000 %", "+0.4 bps"),
        "orders": ("999.8K", "1.0M", "−0.02 %"),
    }


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


# --- signals this week (issue #8 §3) ------------------------------------------------------------

RATE_LIMITS = (0.248, 0.30, 0.352)  # lower, centre, upper


def test_the_issues_example_sentence_for_a_point_below_the_lower_limit() -> None:
    rate = result(
        "lead_to_meeting_rate",
        rate=True,
        label="Lead → meeting rate",
        signals=signals([0.30, 0.29, 0.21], RATE_LIMITS, (OUT,), "bad"),
    )
    g = build_glance(metric_set([rate]), {})
    (line,) = g.signals
    assert line.sentence == (
        "Lead → meeting rate 21.0 % is below its lower natural process limit of 24.8 % "
        "(limits from the 20 weeks to 4 Oct)"
    )
    assert (line.direction, line.rules, line.provisional) == ("bad", ("outside",), False)


def test_a_run_says_how_many_weeks_in_a_row() -> None:
    # a week below the centre, then 9 weeks above it: the run on the report week is 9 long
    values: list[float | None] = [0.03] + [0.05] * 8 + [0.062]
    defects = result(
        "order_defect_rate",
        rate=True,
        lower_is_better=True,
        signals=signals(values, (0.02, 0.041, 0.062 + 0.01), (RUN,), "bad"),
    )
    (line,) = build_glance(metric_set([defects]), {}).signals
    assert line.sentence == (
        "Order defect rate 6.2 % is above its average of 4.1 % for the 9th week in a row "
        "(limits from the 20 weeks to 4 Oct)"
    )


def test_a_missing_week_does_not_break_a_run_but_the_centre_line_does() -> None:
    # 10 on the centre line breaks; the None week is skipped: 11, ∅, 12, 13 is a run of 3
    s = signals([11.0, 10.0, 11.0, None, 12.0, 13.0], (7.0, 10.0, 13.5), (RUN,), "good")
    assert s.current_run() == 3
    m = result("x", signals=s).metric
    assert "for the 3rd week in a row" in box_text(m, s)[2]


def test_three_of_four_and_range_sentences_and_provisional_weeks() -> None:
    # halfway line to the upper limit: (100 + 130) / 2 = 115; 116 120 110 118: 3 of 4 above it
    leads = result(
        "leads",
        signals=signals([100.0, 116.0, 120.0, 110.0, 118.0], (70.0, 100.0, 130.0), (T4,), "good"),
    )
    # moving range 129 − 95 = 34 against an upper range limit of 30 (pct metric: in its unit)
    orders = result(
        "orders",
        signals=signals(
            [95.0, 129.0], (60.0, 100.0, 140.0), (RA,), "good", mr=(9.18, 30.0), provisional=True
        ),
    )
    g = build_glance(metric_set([orders, leads]), {})
    assert [x.sentence for x in g.signals] == [
        "Leads 118 has been above the halfway line to its upper limit (115) in 3 of the last 4 "
        "weeks (limits from the 20 weeks to 4 Oct)",
        "Orders 129 rose 34 in one week, more than its upper range limit of 30 "
        "(provisional week; limits from the 20 weeks to 4 Oct)",
    ]
    assert g.signals[1].provisional and g.signal_count == 1


def test_a_point_beyond_a_limit_keeps_the_sentence_short_but_lists_every_rule() -> None:
    s = signals([100.0, 150.0], (70.0, 100.0, 130.0), (RA, OUT, T4), "good", mr=(10.0, 32.68))
    (line,) = build_glance(metric_set([result("leads", signals=s)]), {}).signals
    assert line.rules == ("outside", "three_of_four", "range")  # most telling first
    assert line.sentence == (
        "Leads 150 is above its upper natural process limit of 130 "
        "(limits from the 20 weeks to 4 Oct)"
    )


def test_signals_bad_first_then_good_then_provisional_alerts_still_first() -> None:
    def sig(rule: SignalRule, direction: str, provisional: bool = False) -> Signals:
        return signals(
            [100.0, 140.0], (70.0, 100.0, 130.0), (rule,), direction, provisional=provisional
        )

    ms = metric_set(
        [
            result("good_outside", signals=sig(OUT, "good")),
            result("bad_run", signals=sig(RUN, "bad")),
            result("prov_bad", signals=sig(OUT, "bad", provisional=True)),
            result("bad_outside", signals=sig(OUT, "bad")),
            result("good_range", signals=sig(RA, "good")),
            result("routine", wow=0.60, signals=signals([100.0, 120.0], (70.0, 100.0, 130.0))),
            result("rate", rate=True),
        ],
        pairs=(pair("bad_run", "rate", PairState.ALERT, -300.0),),
    )
    g = build_glance(ms, {"bad_outside": "Explained."})
    assert [p.metric for p in g.pairs] == ["bad_run"]
    assert [(x.metric, x.direction) for x in g.signals] == [
        ("bad_outside", "bad"),
        ("bad_run", "bad"),
        ("good_outside", "good"),
        ("good_range", "good"),
        ("prov_bad", "bad"),
    ]
    assert g.signals[0].has_commentary and not g.signals[1].has_commentary
    assert g.signal_count == 4
    assert g.summary == (
        "4 metrics moved beyond their routine variation this week (and 1 more on provisional "
        "data); 1 moved only within it."
    )
    # a +60 % week inside the limits is routine variation: not listed anywhere
    assert "routine" not in {x.metric for x in g.signals}
    assert g.routine == (
        "1 other metric moved only within its routine variation: nothing to explain there."
    )


def test_the_routine_line_counts_routine_metrics_and_those_not_judged() -> None:
    limits = (70.0, 100.0, 130.0)
    ms = metric_set(
        [
            result("a", signals=signals([100.0, 140.0], limits, (OUT,), "good")),
            result("b", signals=signals([100.0, 110.0], limits)),
            result("c", signals=signals([100.0, 90.0], limits)),
            result("d", signals=signals([100.0, 90.0])),  # too little data
            result("e", signals=signals([100.0, 90.0], status=SignalStatus.OFF)),
            result("f"),  # never computed: not counted
        ]
    )
    assert build_glance(ms, {}).routine == (
        "2 other metrics moved only within their routine variation: nothing to explain there. "
        "Not judged: 1 with too little data for limits yet and 1 with signals off."
    )
    quiet = metric_set([result("b", signals=signals([100.0, 110.0], limits))] * 3)
    assert build_glance(quiet, {}).routine == (
        "No metric moved beyond its natural process limits: all 3 metrics moved only within "
        "their routine variation, nothing to explain."
    )
    assert build_glance(metric_set([result("f")]), {}).routine == ""
    # the counts for the top of At a glance: a, then b and c within; d and e not judged
    assert build_glance(ms, {}).summary == (
        "1 metric moved beyond its routine variation this week; 2 moved only within it."
    )
    assert build_glance(quiet, {}).summary == (
        "No metric moved beyond its routine variation this week; 3 moved only within it."
    )
    assert build_glance(metric_set([result("f")]), {}).summary == ""


def test_missed_targets_carry_their_assurance_verdict() -> None:
    limits = (70.0, 100.0, 130.0)
    verdicts = {
        Assurance.CONSISTENTLY_MISSES: "will consistently miss the target unless the process "
        "changes",
        Assurance.CONSISTENTLY_MEETS: "will consistently meet it",
        Assurance.HIT_AND_MISS: "will hit and miss by chance",
    }
    ms = metric_set(
        [
            result(
                a.value,
                target=TargetResult(150.0, -0.1 * (i + 1), False),
                signals=signals([100.0, 100.0], limits, assurance=a),
            )
            for i, a in enumerate(verdicts)
        ]
        + [result("plan", target=TargetResult(150.0, -0.05, False))]  # plan column: no verdict
    )
    g = build_glance(ms, {})
    assert {x.metric: x.assurance for x in g.misses} == {
        a.value: text for a, text in verdicts.items()
    } | {"plan": ""}


def test_the_summary_box_says_signal_or_routine_in_words() -> None:
    limits = (70.0, 100.0, 130.0)
    m = result("leads").metric
    routine = signals([100.0, 110.0], limits, provisional=True)
    assert box_text(m, routine) == (
        "routine",
        "",
        "Last week was routine variation: 110 is within its natural process limits 70 to 130 "
        "(average 100; limits from the 20 weeks to 4 Oct). The week is provisional: its numbers "
        "are still coming in.",
    )
    signal = signals([100.0, 60.0], limits, (OUT,), "bad")
    assert box_text(m, signal) == (
        "signal",
        "bad",
        "Last week was a signal (bad): 60 is below its lower natural process limit of 70 "
        "(limits from the 20 weeks to 4 Oct).",
    )
    assert box_text(m, signals([100.0, 60.0]))[0] == "too_little_data"
    assert box_text(m, signals([1.0], status=SignalStatus.OFF))[:2] == ("off", "")
    assert box_text(m, None) == ("", "", "")


def test_ordinals() -> None:
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th",
    ]  # fmt: skip
