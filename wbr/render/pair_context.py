"""What a Goodhart pair's panel shows, and where it is drawn (issue #10): once, in the target
metric's block.

A pair used to be drawn in both of its metrics' blocks, and a pair defined both ways (orders
shipped guarded by the defect rate, and the defect rate guarded by orders shipped) showed an
ALERT box and, right below it, an OK box for the same two numbers. Now the two metrics of a pair
(either way round) are drawn together once: the most severe of their pairs, in the block of that
pair's target metric; the other metric's block links to it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from wbr.formatting import format_value
from wbr.render.contract import MetricCtx, PairCtx, PairSide
from wbr.render.glance_context import STATUS_TEXT, anchor
from wbr.render.stat_context import stat_change
from wbr.results import MetricResult, MetricSet, PairState, PairStatus

_RANK = {
    PairState.ALERT.value: 0,
    PairState.WATCH.value: 1,
    PairState.OK.value: 2,
    PairState.NO_DATA.value: 3,
}


def place_pairs(
    pairs: Sequence[PairStatus],
    metrics: Mapping[str, MetricCtx],
    panel: Mapping[tuple[str, str, str], PairCtx],
) -> None:
    """Fill ``pair_panels`` and ``pair_links`` of every metric context in ``metrics``.

    ``panel[(metric, counter, seen_from)]`` is the pair as its panel shows it from a block. A pair
    whose target metric has no block in the packet is drawn in its counter-metric's block.
    """
    groups: dict[frozenset[str], list[PairStatus]] = {}
    for p in pairs:
        groups.setdefault(frozenset((p.metric, p.counter_metric)), []).append(p)
    for group in groups.values():
        shown = min(group, key=lambda p: _RANK[p.status.value])  # ties: definition order
        home, other = shown.metric, shown.counter_metric
        if not metrics[home]["placed"] and metrics[other]["placed"]:
            home, other = other, home
        metrics[home]["pair_panels"].append(panel[(shown.metric, shown.counter_metric, home)])
        metrics[other]["pair_links"].append(
            {
                "status": shown.status.value,
                "status_text": STATUS_TEXT[shown.status.value],
                "other": {
                    "id": home,
                    "label": metrics[home]["label"],
                    "anchor": anchor(home),
                },
                "relation": "Paired both ways with"
                if len(group) > 1
                else "Counter-metric of"
                if other == shown.counter_metric
                else "Guarded by its counter-metric",
            }
        )


def pair_context(p: PairStatus, ms: MetricSet, seen_from: str) -> PairCtx:
    """A pair as shown on ``seen_from``'s block (the target metric's or the counter-metric's)."""
    target, counter = ms.get(p.metric), ms.get(p.counter_metric)
    role = "target" if seen_from == p.metric else "counter"
    return {
        "status": p.status.value,
        "status_text": STATUS_TEXT[p.status.value],
        "reason": p.reason,
        "role": role,
        "metric": _side(target, p.metric_change),
        "counter": _side(counter, p.counter_change),
    }


def _side(r: MetricResult, change: float | None) -> PairSide:
    m = r.metric
    return {
        "id": m.id,
        "label": m.label,
        "anchor": anchor(m.id),
        "value": format_value(r.summary.last_week, m.unit),
        "change": stat_change(
            "vs_baseline", "vs 4-wk avg", change, m.comparison.value, m.direction
        ),
    }


__all__ = ["pair_context", "place_pairs"]
