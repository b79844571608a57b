"""*At a glance*: the part of the packet a leader reads when they read nothing else.

Built from the computed metric set and the week's commentary, in this order:

1. Goodhart alerts, then watches — most severe first (how many tolerances the counter-metric moved);
2. signals this week: metrics with a process behaviour rule firing on the report week (issue #8),
   bad ones first, then good ones, each in one plain sentence (:mod:`wbr.signal_text`);
3. metrics that missed their target — furthest off first — with the target assurance verdict
   (does the process consistently miss, consistently meet, or hit and miss by chance);
4. one line counting the metrics that moved only within their routine variation, so that nobody
   spends the meeting explaining noise;
5. data warnings (lagging sources, partial weeks).

A raw week-over-week move is not listed: a number that rises is not news unless it rises beyond
its natural process limits. Numbers arrive final; this module picks and words them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from wbr.formatting import change_cues, format_apart, format_delta, format_gap, format_gap_pct
from wbr.pairs import severity
from wbr.results import FULL, MetricResult, MetricSet, PairState, SignalStatus
from wbr.schema import Comparison
from wbr.signal_text import RULE_ORDER, assurance_text, week_signal

MISS_SCALE = {Comparison.PCT: 0.10, Comparison.BPS: 100.0}
"""Misses are ranked in these units, so a 300 bps miss on a rate ranks like a 30 % miss on a
volume (ranking bps as a fraction would bury every rate under the volumes)."""


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
    # ▲/▼ and good/bad by each metric's direction, so a change is never colour alone (issue #10)
    metric_arrow: str = ""
    metric_tone: str = ""  # "good" | "bad" | "flat" | "na"
    counter_arrow: str = ""
    counter_tone: str = ""


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
    assurance: str = ""  # "will consistently miss the target unless the process changes", ...


@dataclass(frozen=True, slots=True)
class SignalLine:
    """A metric with a process behaviour rule firing on the report week, in one sentence."""

    metric: str
    label: str
    direction: str  # "good" | "bad": the signal is in the metric's good or bad direction
    rules: tuple[str, ...]  # SignalRule values, most telling first
    sentence: str  # "Lead → meeting rate 21.0 % is below its lower natural process limit ..."
    provisional: bool  # the report week's data is still maturing
    has_commentary: bool


@dataclass(frozen=True, slots=True)
class Glance:
    """The *At a glance* model shared by the HTML, Typst and Quarto packets and the email."""

    pairs: tuple[GlancePair, ...]  # alerts first, then watches
    signals: tuple[SignalLine, ...]  # bad first, then good
    misses: tuple[TargetMiss, ...]
    routine: str  # "14 other metrics moved only within their routine variation ..." or ""
    warnings: tuple[str, ...]
    headline: str
    summary: str = ""  # "3 metrics moved beyond their routine variation this week; 25 ..." or ""

    @property
    def alert_count(self) -> int:
        return sum(1 for p in self.pairs if p.status == PairState.ALERT.value)

    @property
    def watch_count(self) -> int:
        return sum(1 for p in self.pairs if p.status == PairState.WATCH.value)

    @property
    def is_quiet(self) -> bool:
        """Nothing to flag at all."""
        return not (self.pairs or self.signals or self.misses or self.warnings)

    @property
    def signal_count(self) -> int:
        """Metrics beyond their routine variation on a mature report week."""
        return sum(1 for x in self.signals if not x.provisional)


def build_glance(metric_set: MetricSet, commentary: Mapping[str, str]) -> Glance:
    """Pick what a leader must see first, from final numbers."""
    by_id = {r.metric.id: r for r in metric_set.metrics}
    pairs = _pairs(metric_set, by_id, commentary)
    signals = _signals(metric_set.metrics, commentary)
    misses = _misses(metric_set.metrics, commentary)
    warnings = list(metric_set.warnings)
    partial = [r for r in metric_set.metrics if r.coverage.last_week < FULL]
    if partial:
        names = ", ".join(r.metric.label for r in partial[:8])
        more = f" and {len(partial) - 8} more" if len(partial) > 8 else ""
        warnings.append(f"Partial last week (not every day has data): {names}{more}")
    return Glance(
        pairs=pairs,
        signals=signals,
        misses=misses,
        routine=routine_line(metric_set.metrics, signals),
        summary=signal_summary(metric_set.metrics, signals),
        warnings=tuple(warnings),
        headline=headline(pairs, misses),
    )


def signal_summary(results: tuple[MetricResult, ...], signals: tuple[SignalLine, ...]) -> str:
    """The counts in one line, for the top of *At a glance* (so the first page says them however
    long the list of signals is); '' when no metric carries signals."""
    judged = [r.signals for r in results if r.signals is not None]
    if not judged:
        return ""
    mature = sum(1 for x in signals if not x.provisional)
    provisional = len(signals) - mature
    flagged = {x.metric for x in signals}
    within = sum(
        1
        for r in results
        if r.signals is not None
        and r.metric.id not in flagged
        and r.signals.status is not SignalStatus.OFF
        and r.signals.centre is not None
    )
    metrics, their = ("metric", "its") if mature == 1 else ("metrics", "their")
    beyond = (
        f"{mature} {metrics} moved beyond {their} routine variation this week"
        if mature
        else "No metric moved beyond its routine variation this week"
    )
    if provisional:
        beyond += f" (and {provisional} more on provisional data)"
    return f"{beyond}; {within} moved only within it."


def routine_line(results: tuple[MetricResult, ...], signals: tuple[SignalLine, ...]) -> str:
    """How many metrics moved only within their routine variation (and how many are not judged).

    '' when no metric carries signals at all (a metric set computed without them).
    """
    flagged = {x.metric for x in signals}
    states = [r.signals for r in results if r.signals is not None and r.metric.id not in flagged]
    if not states and not signals:
        return ""
    off = sum(1 for s in states if s.status is SignalStatus.OFF)
    thin = sum(1 for s in states if s.status is not SignalStatus.OFF and s.centre is None)
    routine = len(states) - off - thin
    metrics, their = ("metric", "its") if routine == 1 else ("metrics", "their")
    if signals and routine:
        text = (
            f"{routine} other {metrics} moved only within {their} routine variation: "
            "nothing to explain there."
        )
    elif signals:
        text = "No other metric was judged against its limits."
    elif routine:
        every = "all " if routine > 1 else ""
        text = (
            f"No metric moved beyond its natural process limits: {every}{routine} {metrics} "
            f"moved only within {their} routine variation, nothing to explain."
        )
    else:
        text = "No metric could be judged against natural process limits."
    not_judged = []
    if thin:
        not_judged.append(f"{thin} with too little data for limits yet")
    if off:
        not_judged.append(f"{off} with signals off")
    if not_judged:
        text += " Not judged: " + " and ".join(not_judged) + "."
    return text


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
        metric_change = format_delta(p.metric_change, m.comparison.value)
        counter_change = format_delta(p.counter_change, c.comparison.value)
        metric_tone, metric_arrow = change_cues(p.metric_change, metric_change, m.direction.sign)
        counter_tone, counter_arrow = change_cues(
            p.counter_change, counter_change, c.direction.sign
        )
        out.append(
            GlancePair(
                status=p.status.value,
                metric=m.id,
                metric_label=m.label,
                counter_metric=c.id,
                counter_label=c.label,
                metric_change=metric_change,
                counter_change=counter_change,
                reason=p.reason,
                has_commentary=m.id in commentary,
                severity=severity(p, by_id),
                metric_arrow=metric_arrow,
                metric_tone=metric_tone,
                counter_arrow=counter_arrow,
                counter_tone=counter_tone,
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
        size = abs(t.vs_target) / MISS_SCALE[m.comparison] if t.vs_target is not None else 0.0
        value, target = format_apart(r.summary.last_week, t.last_week, m.unit)
        out.append(
            (
                size,
                TargetMiss(
                    metric=m.id,
                    label=m.label,
                    # as plan to date does: enough digits that a gap is never hidden
                    value=value,
                    target=target,
                    variance=_variance(r.summary.last_week, t.last_week, m.comparison),
                    variance_raw=t.vs_target,
                    partial=r.coverage.last_week < FULL,
                    has_commentary=m.id in commentary,
                    assurance=assurance_text(r.signals.assurance if r.signals else None),
                ),
            )
        )
    return tuple(miss for _, miss in sorted(out, key=lambda pair: -pair[0]))


def _variance(actual: float | None, target: float | None, comparison: Comparison) -> str:
    """vs target in the metric's comparison ("−44.8 %", "+349 bps"), never rounded to zero."""
    gap = actual - target if actual is not None and target is not None else None
    if comparison is Comparison.BPS:
        return format_gap(gap, "percent", comparison.value)
    return format_gap_pct(gap, target)


def _signals(
    results: tuple[MetricResult, ...], commentary: Mapping[str, str]
) -> tuple[SignalLine, ...]:
    found: list[tuple[tuple[bool, bool, int, int], SignalLine]] = []
    for i, r in enumerate(results):
        if r.signals is None:
            continue
        signal = week_signal(r.metric, r.signals)
        if signal is None:
            continue
        line = SignalLine(
            metric=r.metric.id,
            label=r.metric.label,
            direction=signal.direction,
            rules=tuple(rule.value for rule in signal.rules),
            sentence=signal.sentence(r.metric.label),
            provisional=signal.provisional,
            has_commentary=r.metric.id in commentary,
        )
        # mature before provisional (a provisional week's number is still moving); bad before
        # good; then by the most telling rule; then catalogue order
        key = (signal.provisional, signal.direction != "bad", RULE_ORDER.index(signal.rules[0]), i)
        found.append((key, line))
    return tuple(line for _, line in sorted(found, key=lambda x: x[0]))


__all__ = [
    "Glance",
    "GlancePair",
    "SignalLine",
    "TargetMiss",
    "build_glance",
    "headline",
    "headline_of_counts",
    "routine_line",
    "signal_summary",
]
