"""Goodhart pairs (DESIGN.md §5): does a target metric improve at its counter-metric's expense?

Both sides are compared with the average of the 4 weeks before the report week; the
counter-metric is also judged on its natural process limits (issue #8 §4): a move inside its
routine variation is not news, so it does not raise an alert.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from wbr.formatting import format_delta, format_tolerance
from wbr.results import MetricResult, PairState, PairStatus, SignalRule, SignalStatus
from wbr.schema import Comparison, MetricDef
from wbr.signal_text import outside_clause, rule_names

DEFAULT_TOLERANCE = {Comparison.PCT: 0.05, Comparison.BPS: 100.0}


def tolerance_of(counter: MetricDef) -> float:
    """The counter-metric's own tolerance, else 5 % (pct) or 100 bps (bps)."""
    if counter.tolerance is not None:
        return counter.tolerance
    return DEFAULT_TOLERANCE[counter.comparison]


def change_vs_baseline(result: MetricResult) -> float | None:
    """The report week versus the 4-week baseline, in the metric's comparison."""
    return result.metric.comparison.delta(result.summary.last_week, result.baseline)


def evaluate_pairs(results: Sequence[MetricResult]) -> tuple[PairStatus, ...]:
    """Judge every (metric, counter-metric) pair; alerts first, then watches, then the rest."""
    by_id = {r.metric.id: r for r in results}
    statuses = [
        evaluate_pair(r, by_id[c]) for r in results for c in r.metric.counter_metrics if c in by_id
    ]
    order = {PairState.ALERT: 0, PairState.WATCH: 1, PairState.NO_DATA: 2, PairState.OK: 3}
    return tuple(sorted(statuses, key=lambda s: (order[s.status], -severity(s, by_id))))


def severity(status: PairStatus, by_id: Mapping[str, MetricResult]) -> float:
    """How far the counter-metric moved in its bad direction, in multiples of its tolerance.

    Used to put the most serious alert first; 0 when it did not deteriorate or has no data.
    """
    if status.counter_change is None or status.tolerance == 0:
        return 0.0
    sign = by_id[status.counter_metric].metric.direction.sign
    return max(0.0, -status.counter_change * sign / status.tolerance)


@dataclass(frozen=True, slots=True)
class CounterWeek:
    """The counter-metric's side of a pair: the week judged, its change and its signal."""

    week_ending: dt.date | None  # None: the report week (no weekly series to pick from)
    change: float | None  # vs the average of the 4 weekly values before it
    rules: tuple[SignalRule, ...]  # rules firing on it
    bad_signal: bool  # a rule fired in the counter-metric's bad direction
    has_limits: bool
    mature: bool  # False: the report week itself, still provisional (no mature week to use)
    value: float | None = None  # the judged week's value


def counter_week(counter: MetricResult) -> CounterWeek:
    """The report week, or the latest mature week when the report week is still provisional.

    A provisional week's value is still filling in (meetings not yet booked, defects not yet
    reported): judging a pair on it would alarm every Monday whatever the process does.
    """
    sig = counter.signals
    if sig is None or sig.status in (SignalStatus.OFF, SignalStatus.TOO_LITTLE_DATA):
        return CounterWeek(None, change_vs_baseline(counter), (), False, False, True)
    series = sig.series
    last = len(series) - 1
    pick = last
    while pick >= 0 and (series[pick].provisional or series[pick].value is None):
        pick -= 1
    if pick == last or pick < 0:
        point = series[last]
        rules = sig.this_week
        return CounterWeek(
            None,
            change_vs_baseline(counter),
            rules,
            bool(rules) and point.direction == "bad",
            True,
            not point.provisional,
            point.value,
        )
    point = series[pick]
    before = [p.value for p in series[max(pick - 4, 0) : pick] if p.value is not None]
    base = sum(before) / len(before) if len(before) == 4 else None
    rules = point.rules
    return CounterWeek(
        point.week_ending,
        counter.metric.comparison.delta(point.value, base),
        rules,
        bool(rules) and point.direction == "bad",
        True,
        True,
        point.value,
    )


def _rules_text(counter: MetricResult, cw: CounterWeek) -> str:
    """The rules in words (:func:`wbr.signal_text.rule_names`); `outside` with its numbers
    ("21.0 % is below its lower natural process limit of 24.8 %"), as *At a glance* says it."""
    sig, c = counter.signals, counter.metric
    rest = [r for r in cw.rules if r is not SignalRule.OUTSIDE]
    if (
        SignalRule.OUTSIDE not in cw.rules
        or sig is None
        or sig.upper is None
        or sig.lower is None
        or cw.value is None
    ):
        return rule_names(cw.rules)
    value, clause = outside_clause(cw.value, sig.upper, sig.lower, c.unit)
    return ", ".join([f"{value} {clause}", *([rule_names(rest)] if rest else [])])


def evaluate_pair(target: MetricResult, counter: MetricResult) -> PairStatus:
    """alert / watch / ok / no_data for one pair, with a one-sentence reason carrying numbers.

    Issue #8 §4: alert when the target improved and the counter-metric shows a signal in its bad
    direction that also exceeds its tolerance vs its 4-week average; watch for a bad signal
    without the target improving, or a move beyond tolerance without a signal; ok otherwise.
    Without limits for the counter-metric, the tolerance rule alone decides (and says so).
    """
    m, c = target.metric, counter.metric
    tol = tolerance_of(c)
    m_change = change_vs_baseline(target)
    cw = counter_week(counter)
    c_change = cw.change
    met = target.target.met if target.target is not None else None
    improved = bool(met) or (m_change is not None and m_change * m.direction.sign > 0)
    m_text = format_delta(m_change, m.comparison.value)
    c_text = format_delta(c_change, c.comparison.value)
    tol_text = format_tolerance(tol, c.comparison.value)
    when = f" (week ending {cw.week_ending}, its latest mature week)" if cw.week_ending else ""

    def status(state: PairState, reason: str) -> PairStatus:
        return PairStatus(m.id, c.id, state, reason, m_change, c_change, tol, cw.rules)

    if c_change is None or (m_change is None and met is None):
        missing = c.label if c_change is None else m.label
        return status(
            PairState.NO_DATA,
            f"{missing} has no value for the report week or its 4-week baseline, "
            "so this pair cannot be judged.",
        )
    worse = -c_change * c.direction.sign > tol
    on_target = " and on target" if met else ""
    if not cw.has_limits:
        return _tolerance_only(status, m, c, improved, worse, m_text, c_text, tol_text, on_target)
    signal_text = f"a signal in its bad direction ({_rules_text(counter, cw)})"
    if improved and cw.bad_signal and worse:
        return status(
            PairState.ALERT,
            f"{m.label} {m_text} vs 4-week average{on_target}, but {c.label} shows "
            f"{signal_text}{when} and {c_text} vs its 4-week average, beyond its {tol_text} "
            "tolerance: the gain may be bought with quality.",
        )
    if cw.bad_signal and not improved:
        return status(
            PairState.WATCH,
            f"{c.label} shows {signal_text}{when} ({c_text} vs 4-week average) "
            f"while {m.label} did not improve ({m_text}).",
        )
    if worse and not cw.bad_signal:
        return status(
            PairState.WATCH,
            f"{c.label} {c_text} vs 4-week average{when}, beyond its {tol_text} tolerance, "
            f"but within its routine variation (no signal); {m.label} {m_text}.",
        )
    if cw.bad_signal:
        return status(
            PairState.OK,
            f"{c.label} shows {signal_text}{when} but moved only {c_text} vs 4-week average, "
            f"within its {tol_text} tolerance; {m.label} {m_text}.",
        )
    return status(
        PairState.OK,
        f"{m.label} {m_text} and {c.label} {c_text} vs 4-week average{when}; "
        f"{c.label} is within its {tol_text} tolerance and shows no signal in its bad direction.",
    )


def _tolerance_only(
    status: Callable[[PairState, str], PairStatus],
    m: MetricDef,
    c: MetricDef,
    improved: bool,
    worse: bool,
    m_text: str,
    c_text: str,
    tol_text: str,
    on_target: str,
) -> PairStatus:
    """Today's rule (DESIGN.md §5) for a counter-metric without natural process limits."""
    off = c.signals is not None and not c.signals.enabled  # the metric's `signals: false`
    cause = "signals are off for it" if off else "too little data"
    why = f"{c.label} has no natural process limits ({cause}), so the tolerance alone decides"
    if improved and worse:
        return status(
            PairState.ALERT,
            f"{m.label} {m_text} vs 4-week average{on_target}, but {c.label} {c_text} "
            f"(beyond its {tol_text} tolerance): the gain may be bought with quality; {why}.",
        )
    if worse:
        return status(
            PairState.WATCH,
            f"{c.label} {c_text} vs 4-week average, beyond its {tol_text} tolerance, "
            f"while {m.label} did not improve ({m_text}); {why}.",
        )
    return status(
        PairState.OK,
        f"{m.label} {m_text} and {c.label} {c_text} vs 4-week average; "
        f"{c.label} is within its {tol_text} tolerance; {why}.",
    )
