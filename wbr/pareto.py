"""The defect Pareto (issue #10 §2): which categories make up the defects this week, as rates.

Counts hide volume: with shipments +32 % year on year, defects +30 % is a flat rate. So each
category is shown as a share of the total (its **rate**: wrong parts per order shipped) and as a
share of all the block's categories (its **share** of defects), sorted by count, largest first,
with the cumulative share; its changes are in basis points of the rate:

- **vs prior year**: the rate of the week 364 days earlier (that week's count over that week's
  total);
- **vs 4-week average**: the rate of the four weeks before the report week taken together (their
  counts over their totals: a pooled rate, as every other ratio in wbr is a ratio of totals, never
  an average of weekly ratios).

The **signal** is the rate's own: the categories' and the total's weekly series (the 26 weeks of
the natural process limits) are divided week by week into a weeks × categories matrix of rates,
and :func:`wbr.signals.xmr.compute_xmr` gives its limits and rules with the category's settings
(a week still maturing is never in a baseline and is only held against the limits, as in
:mod:`wbr.signals.build`). Everything is arrays over categories: no loop over categories × weeks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from wbr.econ_blocks import ParetoBlock
from wbr.results import FULL, MetricResult
from wbr.signals.build import RULE_ORDER, settings_for
from wbr.signals.series import WeeklySeries
from wbr.signals.settings import SignalSettings
from wbr.signals.xmr import compute_xmr

Floats = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class ParetoSignal:
    """What the natural process limits of a category's rate say about the report week."""

    status: str  # "signal" | "routine" | "too_little_data"
    rules: tuple[str, ...]  # "outside", "three_of_four", "run", "range" firing on the week
    direction: str | None  # "good" | "bad" for a signal (by the category's direction), else None
    provisional: bool  # the report week is still maturing: only the limits were checked
    rare_events: bool = False  # mostly zero weeks: no limits (wbr.signals.xmr), not "no data"


@dataclass(frozen=True, slots=True)
class ParetoCategory:
    """One category (defect type) in the report week; rates and shares are fractions."""

    metric: str
    label: str
    count: float | None
    rate: float | None  # count / total
    share: float | None  # count / all categories' count
    cumulative_share: float | None  # this and every larger category's share
    prior_year_count: float | None
    prior_year_rate: float | None
    rate_yoy_bps: float | None
    four_week_count: float | None  # the four weeks before the report week, together
    four_week_rate: float | None
    rate_vs_4wk_bps: float | None
    share_yoy_bps: float | None
    share_vs_4wk_bps: float | None
    signal: ParetoSignal


@dataclass(frozen=True, slots=True)
class ParetoResult:
    """A Pareto block computed for the report week (categories sorted by count, largest first)."""

    title: str
    total: str
    total_label: str
    week_ending: dt.date
    total_count: float | None
    prior_year_total: float | None
    four_week_total: float | None
    count: float | None  # all categories together
    rate: float | None
    prior_year_rate: float | None
    rate_yoy_bps: float | None
    four_week_rate: float | None
    rate_vs_4wk_bps: float | None
    provisional: bool  # a category or the total is still maturing in the report week
    categories: tuple[ParetoCategory, ...]


def compute_pareto(
    block: ParetoBlock,
    by_id: Mapping[str, MetricResult],
    week_ending: dt.date,
    settings: SignalSettings,
    weekly: WeeklySeries | None = None,
    row_of: Mapping[str, int] | None = None,
) -> ParetoResult:
    """The block's numbers for the report week; ``weekly`` (the engine's weekly matrices, rows
    by ``row_of``) gives the rates' natural process limits (None: no signals)."""
    total = by_id[block.total]
    cats = [by_id[m] for m in block.metrics]
    n = len(cats)
    # columns: 0 report week, 1 prior-year week, 2 the four weeks before the report week
    counts = np.array([_spans(r) for r in cats], dtype=np.float64)  # n × 3
    totals = np.array(_spans(total), dtype=np.float64)  # 3
    all_counts = _sum_present(counts)  # 3: all categories together
    with np.errstate(all="ignore"):
        rates = _finite(counts / totals[None, :])
        all_rates = _finite(all_counts / totals)
        shares = _finite(counts / all_counts[None, :])
    rate_change = (rates[:, :1] - rates[:, 1:]) * 10_000.0  # n × 2: vs prior year, vs 4 weeks
    share_change = (shares[:, :1] - shares[:, 1:]) * 10_000.0
    order = np.argsort(-np.nan_to_num(counts[:, 0], nan=-1.0), kind="stable")
    cumulative = np.cumsum(np.nan_to_num(shares[order, 0]))
    cumulative = np.where(np.isnan(shares[order, 0]), np.nan, cumulative)
    signals = _rate_signals(cats, total, settings, weekly, row_of or {})
    provisional = bool(total.summary.provisional or any(r.summary.provisional for r in cats))

    def num(x: float) -> float | None:
        return None if x != x else float(x)

    categories = tuple(
        ParetoCategory(
            metric=cats[i].metric.id,
            label=cats[i].metric.label,
            count=num(counts[i, 0]),
            rate=num(rates[i, 0]),
            share=num(shares[i, 0]),
            cumulative_share=num(cumulative[k]),
            prior_year_count=num(counts[i, 1]),
            prior_year_rate=num(rates[i, 1]),
            rate_yoy_bps=num(rate_change[i, 0]),
            four_week_count=num(counts[i, 2]),
            four_week_rate=num(rates[i, 2]),
            rate_vs_4wk_bps=num(rate_change[i, 1]),
            share_yoy_bps=num(share_change[i, 0]),
            share_vs_4wk_bps=num(share_change[i, 1]),
            signal=signals[i],
        )
        for k, i in enumerate(order.tolist())
    )
    assert len(categories) == n
    return ParetoResult(
        title=block.title or f"Pareto of {total.metric.label.lower()}",
        total=total.metric.id,
        total_label=total.metric.label,
        week_ending=week_ending,
        total_count=num(totals[0]),
        prior_year_total=num(totals[1]),
        four_week_total=num(totals[2]),
        count=num(all_counts[0]),
        rate=num(all_rates[0]),
        prior_year_rate=num(all_rates[1]),
        rate_yoy_bps=num((all_rates[0] - all_rates[1]) * 10_000.0),
        four_week_rate=num(all_rates[2]),
        rate_vs_4wk_bps=num((all_rates[0] - all_rates[2]) * 10_000.0),
        provisional=provisional,
        categories=categories,
    )


def _spans(r: MetricResult) -> list[float]:
    """[report week, the week 364 days earlier, the four weeks before the report week summed]."""
    weeks = r.weeks
    before = [w.value for w in weeks[-5:-1]]
    four = float("nan") if any(v is None for v in before) else float(sum(v or 0.0 for v in before))
    return [_f(weeks[-1].value), _f(weeks[-1].prior_year), four]


def _f(value: float | None) -> float:
    return float("nan") if value is None else float(value)


def _finite(a: Floats) -> Floats:
    return np.where(np.isfinite(a), a, np.nan)


def _sum_present(counts: Floats) -> Floats:
    """Column sums; NaN where any category is missing (a partial total would overstate shares)."""
    return np.where(np.isnan(counts).any(axis=0), np.nan, np.nansum(counts, axis=0))


def _rate_signals(
    cats: Sequence[MetricResult],
    total: MetricResult,
    project: SignalSettings,
    weekly: WeeklySeries | None,
    row_of: Mapping[str, int],
) -> list[ParetoSignal]:
    """The XmR verdict on each category's weekly rate (count / total), for the report week.

    From the engine's weekly matrices (metrics × weeks): each category's series starts where its
    own does (its ``weeks`` setting, its latest process change); a week is judged when both the
    count and the total are present, complete and mature.
    """
    if weekly is None or total.metric.id not in row_of:
        return [ParetoSignal("too_little_data", (), None, False)] * len(cats)
    rows = np.array([row_of[r.metric.id] for r in cats])
    t = row_of[total.metric.id]
    n_weeks = len(weekly.week_ends)
    lengths = np.array([len(r.signals.series) if r.signals else 0 for r in cats])
    in_series = np.arange(n_weeks)[:, None] >= (n_weeks - lengths)[None, :]  # weeks × categories
    with np.errstate(all="ignore"):
        rates = _finite(weekly.values[rows].T / weekly.values[t][:, None])
    provisional = weekly.provisional[rows].T | weekly.provisional[t][:, None]
    complete = np.minimum(weekly.coverage[rows].T, weekly.coverage[t][:, None]) >= FULL
    present = ~np.isnan(rates) & in_series
    judged = present & ~provisional & complete
    per = [settings_for(r.metric, project) for r in cats]
    limits, rules = compute_xmr(
        rates,
        judged,
        np.array([s.baseline_weeks for s in per], dtype=np.int64),
        np.array([s.min_baseline_weeks for s in per], dtype=np.int64),
        np.array([s.run_length for s in per], dtype=np.int64),
    )
    last = rates[-1]
    with np.errstate(invalid="ignore"):
        early = provisional[-1] & present[-1] & ((last > limits.upper) | (last < limits.lower))
    fired = np.vstack([rules.outside[-1], rules.three_of_four[-1], rules.run[-1],
                       rules.range[-1]]).T & judged[-1][:, None]  # fmt: skip
    fired[:, 0] |= early
    side = np.where(early, np.where(last > limits.upper, 1, -1), rules.side[-1])
    tone = np.where(side * np.array([r.metric.direction.sign for r in cats]) > 0, "good", "bad")
    late = provisional[-1].tolist()
    rare = limits.rare.tolist()
    out: list[ParetoSignal] = []
    for j, ok in enumerate(limits.has_limits.tolist()):  # packing: one object per category
        names = tuple(rule.value for rule, hit in zip(RULE_ORDER, fired[j], strict=True) if hit)
        if not ok:
            out.append(ParetoSignal("too_little_data", (), None, late[j], rare[j]))
        elif names:
            out.append(ParetoSignal("signal", names, str(tone[j]), late[j]))
        else:
            out.append(ParetoSignal("routine", (), None, late[j]))
    return out


def pareto_json(p: ParetoResult) -> dict[str, Any]:
    """The block in ``metrics.json`` (key ``pareto``): rates and shares as fractions, changes in
    basis points."""
    return {
        "title": p.title,
        "total": p.total,
        "week_ending": p.week_ending.isoformat(),
        "total_count": p.total_count,
        "prior_year_total": p.prior_year_total,
        "four_week_total": p.four_week_total,
        "count": p.count,
        "rate": p.rate,
        "prior_year_rate": p.prior_year_rate,
        "rate_yoy_bps": p.rate_yoy_bps,
        "four_week_rate": p.four_week_rate,
        "rate_vs_4wk_bps": p.rate_vs_4wk_bps,
        "provisional": p.provisional,
        "categories": [
            {
                "metric": c.metric,
                "count": c.count,
                "rate": c.rate,
                "share": c.share,
                "cumulative_share": c.cumulative_share,
                "prior_year_count": c.prior_year_count,
                "prior_year_rate": c.prior_year_rate,
                "rate_yoy_bps": c.rate_yoy_bps,
                "four_week_count": c.four_week_count,
                "four_week_rate": c.four_week_rate,
                "rate_vs_4wk_bps": c.rate_vs_4wk_bps,
                "share_yoy_bps": c.share_yoy_bps,
                "share_vs_4wk_bps": c.share_vs_4wk_bps,
                "signal": {
                    "status": c.signal.status,
                    "rules": list(c.signal.rules),
                    "direction": c.signal.direction,
                    "provisional": c.signal.provisional,
                    "rare_events": c.signal.rare_events,
                },
            }
            for c in p.categories
        ],
    }
