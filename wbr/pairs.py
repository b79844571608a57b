"""Goodhart pairs (DESIGN.md §5): does a target metric improve at its counter-metric's expense?

Both sides are compared with the average of the 4 weeks before the report week.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from wbr.formatting import format_delta, format_tolerance
from wbr.results import MetricResult, PairState, PairStatus
from wbr.schema import Comparison, MetricDef

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


def evaluate_pair(target: MetricResult, counter: MetricResult) -> PairStatus:
    """alert / watch / ok / no_data for one pair, with a one-sentence reason carrying numbers."""
    m, c = target.metric, counter.metric
    tol = tolerance_of(c)
    m_change = change_vs_baseline(target)
    c_change = change_vs_baseline(counter)
    met = target.target.met if target.target is not None else None
    improved = bool(met) or (m_change is not None and m_change * m.direction.sign > 0)
    m_text = format_delta(m_change, m.comparison.value)
    c_text = format_delta(c_change, c.comparison.value)
    tol_text = format_tolerance(tol, c.comparison.value)

    def status(state: PairState, reason: str) -> PairStatus:
        return PairStatus(m.id, c.id, state, reason, m_change, c_change, tol)

    if c_change is None or (m_change is None and met is None):
        missing = c.label if c_change is None else m.label
        return status(
            PairState.NO_DATA,
            f"{missing} has no value for the report week or its 4-week baseline, "
            "so this pair cannot be judged.",
        )
    worse = -c_change * c.direction.sign > tol
    on_target = " and on target" if met else ""
    if improved and worse:
        return status(
            PairState.ALERT,
            f"{m.label} {m_text} vs 4-week average{on_target}, but {c.label} {c_text} "
            f"(beyond its {tol_text} tolerance): the gain may be bought with quality.",
        )
    if worse:
        return status(
            PairState.WATCH,
            f"{c.label} {c_text} vs 4-week average, beyond its {tol_text} tolerance, "
            f"while {m.label} did not improve ({m_text}).",
        )
    return status(
        PairState.OK,
        f"{m.label} {m_text} and {c.label} {c_text} vs 4-week average; "
        f"{c.label} is within its {tol_text} tolerance.",
    )
