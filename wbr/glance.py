"""*At a glance*: the part of the packet a leader reads when they read nothing else.

Built from the computed metric set and the week's commentary, in this order:

1. Goodhart alerts, then watches — most severe first (how many tolerances the counter-metric moved);
2. metrics that missed their target — furthest off first;
3. the largest week-over-week movers not already listed above;
4. data warnings (lagging sources, partial weeks).

Movers are ranked by how many "meaningful moves" they made: |WoW| / 10 % for ``pct`` metrics and
|WoW| / 100 bps for ``bps`` metrics. This treats a 300 bps swing in a conversion rate like a 30 %
swing in a volume, which matches how a review reads them (a rate rarely moves 10 % relative without
something having happened), where ranking bps as |bps| / 10 000 would bury every rate under the
volumes. Only moves of at least one threshold are listed, at most :data:`MAX_MOVERS`.

Numbers arrive final; this module picks and formats, it never computes a delta.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from wbr.formatting import format_delta, format_value
from wbr.pairs import severity
from wbr.results import FULL, MetricResult, MetricSet, PairState
from wbr.schema import Comparison

MAX_MOVERS = 6
MOVER_THRESHOLD = {Comparison.PCT: 0.10, Comparison.BPS: 100.0}


@dataclass(frozen=True, slots=True)
class GlancePair:
    """A Goodhart alert or watch: the pair, its numbers (vs the 4-week average) and its reason."""

    status: str  # "alert" | "watch"
    metric: str
    metric_label: str
    counter_metric: str
    counter_label: str
    metric_change: str  # formatted, e.g. "+33.7 %"
    counter_change: str  # formatted, e.g. "−669 bps"
    reason: str
    has_commentary: bool  # the target metric's owner explained the week
    severity: float  # how many tolerances the counter-metric moved the wrong way


@dataclass(frozen=True, slots=True)
class TargetMiss:
    """A metric that missed its target in the report week."""

    metric: str
    label: str
    value: str
    target: str
    variance: str  # formatted in the metric's comparison, e.g. "−18.1 %" or "+294 bps"
    variance_raw: float | None
    partial: bool
    has_commentary: bool


@dataclass(frozen=True, slots=True)
class Mover:
    """One of the week's largest week-over-week moves."""

    metric: str
    label: str
    value: str
    wow: str  # formatted, e.g. "+14.2 %"
    wow_raw: float
    good: bool  # the move is in the metric's good direction
    arrow: str  # "▲" or "▼"
    magnitude: float  # |WoW| in multiples of the meaningful-move threshold


@dataclass(frozen=True, slots=True)
class Glance:
    """The *At a glance* model shared by the HTML, Typst and Quarto packets and the email."""

    pairs: tuple[GlancePair, ...]  # alerts first, then watches
    misses: tuple[TargetMiss, ...]
    movers: tuple[Mover, ...]
    warnings: tuple[str, ...]
    headline: str

    @property
    def alert_count(self) -> int:
        return sum(1 for p in self.pairs if p.status == PairState.ALERT.value)

    @property
    def watch_count(self) -> int:
        return sum(1 for p in self.pairs if p.status == PairState.WATCH.value)

    @property
    def is_quiet(self) -> bool:
        """Nothing to flag at all."""
        return not (self.pairs or self.misses or self.movers or self.warnings)


def build_glance(metric_set: MetricSet, commentary: Mapping[str, str]) -> Glance:
    """Pick what a leader must see first, from final numbers."""
    by_id = {r.metric.id: r for r in metric_set.metrics}
    pairs = _pairs(metric_set, by_id, commentary)
    misses = _misses(metric_set.metrics, commentary)
    listed = (
        {p.metric for p in pairs} | {p.counter_metric for p in pairs} | {m.metric for m in misses}
    )
    movers = _movers(metric_set.metrics, listed)
    warnings = list(metric_set.warnings)
    partial = [r for r in metric_set.metrics if r.coverage.last_week < FULL]
    if partial:
        names = ", ".join(r.metric.label for r in partial[:8])
        more = f" and {len(partial) - 8} more" if len(partial) > 8 else ""
        warnings.append(f"Partial last week (not every day has data): {names}{more}")
    return Glance(
        pairs=pairs,
        misses=misses,
        movers=movers,
        warnings=tuple(warnings),
        headline=headline(pairs, misses),
    )


def headline(pairs: tuple[GlancePair, ...], misses: tuple[TargetMiss, ...]) -> str:
    """'1 Goodhart alert, 1 watch, 3 metrics off target' (used in the email subject)."""
    alerts = sum(1 for p in pairs if p.status == PairState.ALERT.value)
    watches = sum(1 for p in pairs if p.status == PairState.WATCH.value)
    return headline_of_counts(alerts, watches, len(misses))


def headline_of_counts(alerts: int, watches: int, off_target: int) -> str:
    """The headline from the counts alone (also for archived weeks, see wbr.delivery.index)."""
    parts: list[str] = []
    if alerts:
        parts.append(f"{alerts} Goodhart alert{'s' if alerts != 1 else ''}")
    if watches:
        parts.append(f"{watches} watch{'es' if watches != 1 else ''}")
    if off_target:
        parts.append(f"{off_target} metric{'s' if off_target != 1 else ''} off target")
    if not parts:
        return "no Goodhart alerts, every target met"
    return ", ".join(parts)


def _pairs(
    metric_set: MetricSet, by_id: Mapping[str, MetricResult], commentary: Mapping[str, str]
) -> tuple[GlancePair, ...]:
    out: list[GlancePair] = []
    for p in metric_set.pairs:
        if p.status not in (PairState.ALERT, PairState.WATCH):
            continue
        m, c = by_id[p.metric].metric, by_id[p.counter_metric].metric
        out.append(
            GlancePair(
                status=p.status.value,
                metric=m.id,
                metric_label=m.label,
                counter_metric=c.id,
                counter_label=c.label,
                metric_change=format_delta(p.metric_change, m.comparison.value),
                counter_change=format_delta(p.counter_change, c.comparison.value),
                reason=p.reason,
                has_commentary=m.id in commentary,
                severity=severity(p, by_id),
            )
        )
    rank = {PairState.ALERT.value: 0, PairState.WATCH.value: 1}
    return tuple(sorted(out, key=lambda g: (rank[g.status], -g.severity)))


def _misses(
    results: tuple[MetricResult, ...], commentary: Mapping[str, str]
) -> tuple[TargetMiss, ...]:
    out: list[tuple[float, TargetMiss]] = []
    for r in results:
        t = r.target
        if t is None or t.met is not False:
            continue
        m = r.metric
        size = abs(t.vs_target) / MOVER_THRESHOLD[m.comparison] if t.vs_target is not None else 0.0
        out.append(
            (
                size,
                TargetMiss(
                    metric=m.id,
                    label=m.label,
                    value=format_value(r.summary.last_week, m.unit),
                    target=format_value(t.last_week, m.unit),
                    variance=format_delta(t.vs_target, m.comparison.value),
                    variance_raw=t.vs_target,
                    partial=r.coverage.last_week < FULL,
                    has_commentary=m.id in commentary,
                ),
            )
        )
    return tuple(miss for _, miss in sorted(out, key=lambda pair: -pair[0]))


def _movers(results: tuple[MetricResult, ...], listed: set[str]) -> tuple[Mover, ...]:
    found: list[Mover] = []
    for r in results:
        m = r.metric
        wow = r.summary.wow
        if wow is None or m.id in listed or r.coverage.last_week < FULL:
            continue  # a partial week's drop is an artefact; it is listed under data warnings
        magnitude = abs(wow) / MOVER_THRESHOLD[m.comparison]
        if magnitude < 1:
            continue
        found.append(
            Mover(
                metric=m.id,
                label=m.label,
                value=format_value(r.summary.last_week, m.unit),
                wow=format_delta(wow, m.comparison.value),
                wow_raw=wow,
                good=wow * m.direction.sign > 0,
                arrow="▲" if wow > 0 else "▼",
                magnitude=magnitude,
            )
        )
    found.sort(key=lambda mv: -mv.magnitude)
    return tuple(found[:MAX_MOVERS])


__all__ = [
    "Glance",
    "GlancePair",
    "Mover",
    "TargetMiss",
    "build_glance",
    "headline",
    "headline_of_counts",
]
