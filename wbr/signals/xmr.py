"""XmR charts for every metric at once (Wheeler; the limits xmrit computes), issue #8 §1.

Everything is a weeks × metrics matrix, so there is no Python loop over metrics or weeks:

- **Gaps close up.** A week without a value (or one that may not be judged) is skipped: each
  column is stably sorted so its judged values come first, in time order; the moving range of a
  value spans the gap to the previous judged value, as xmrit does. Results are scattered back
  to the original week positions at the end.
- **Limits.** Centre line X̄ = mean of the first ``baseline_weeks`` judged values; mR̄ = mean of
  the moving ranges between them; natural process limits X̄ ± 2.66 mR̄; upper range limit
  3.268 mR̄; halfway lines midway between X̄ and each limit. Full precision, never clamped at 0.
- **Rules** (strict inequalities, on every judged value, baseline included): ``outside``;
  ``three_of_four`` (3 of 4 consecutive values beyond the same halfway line, all 4 marked);
  ``run`` (``run_length`` values in a row on one side of X̄, all marked; a value exactly on X̄
  breaks the run, as Wheeler and the NHS tools have it); ``range`` (a moving range above the
  upper range limit, marked on the later value).
- **Rare events get no limits.** When at least half of a metric's baseline values are zero, or a
  count averages fewer than one event a week, the weekly series mostly records that nothing
  happened: zero weeks carry no information (Wheeler, "Working with rare events", 2011). Limits
  drawn from them are a few events wide, so a single event crosses one, and the usual zero weeks
  form runs below the average. Such a metric has no limits (``rare``); count it by month or per
  event instead.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

NPL_FACTOR = 2.66  # 3 / d2 with d2 = 1.128 for moving ranges of two values
URL_FACTOR = 3.268  # D4 for moving ranges of two values

Floats = npt.NDArray[np.float64]
Bools = npt.NDArray[np.bool_]
Ints = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class XmrLimits:
    """Per metric (length-M arrays); NaN where a metric has too little data for limits."""

    centre: Floats
    lower: Floats
    upper: Floats
    mr_mean: Floats
    mr_upper: Floats
    baseline_count: Ints  # judged values that shaped the limits
    has_limits: Bools
    rare: Bools  # rare events: enough baseline weeks, but mostly zero (so no limits)


@dataclass(frozen=True, slots=True)
class XmrRules:
    """weeks × metrics arrays, in the original week positions."""

    moving_range: Floats  # to the previous judged value; NaN for the first and unjudged weeks
    in_baseline: Bools
    outside: Bools
    three_of_four: Bools
    run: Bools
    range: Bools
    side: npt.NDArray[np.int8]  # +1 above / −1 below (the first rule that fired decides)


def _compact(judged: Bools) -> Ints:
    """Row order per column that puts judged weeks first, each group in time order."""
    return np.argsort(~judged, axis=0, kind="stable")


def _scatter(
    order: Ints, compact: npt.NDArray[np.generic], fill: object
) -> npt.NDArray[np.generic]:
    out = np.full(compact.shape, fill, dtype=compact.dtype)
    np.put_along_axis(out, order, compact, axis=0)
    return out


def _windows_marked(beyond: Bools, count: Ints) -> Bools:
    """Mark every value of each 4-value window (within the judged prefix) with ≥ 3 ``beyond``."""
    n_rows = beyond.shape[0]
    if n_rows < 4:
        return np.zeros_like(beyond)
    cum = np.vstack([np.zeros((1, beyond.shape[1]), dtype=np.int64), np.cumsum(beyond, axis=0)])
    in_window = cum[4:] - cum[:-4]  # window k covers rows k..k+3
    starts = np.arange(n_rows - 3)[:, None]
    flagged = (in_window >= 3) & (starts + 3 < count[None, :])
    # a row is marked when any window starting at row-3 .. row is flagged
    cf = np.vstack([np.zeros((1, beyond.shape[1]), dtype=np.int64), np.cumsum(flagged, axis=0)])
    rows = np.arange(n_rows)
    hi = np.minimum(rows, n_rows - 4) + 1
    lo = np.maximum(rows - 3, 0)
    return np.asarray((cf[hi] - cf[lo]) > 0)


def _runs_marked(side: npt.NDArray[np.int8], run_length: Ints) -> Bools:
    """Mark values in runs of at least ``run_length`` equal non-zero sides (per column)."""
    by_metric = side.T  # metrics × weeks, so ravel() keeps each metric's weeks together
    change = np.ones(by_metric.shape, dtype=bool)
    change[:, 1:] = by_metric[:, 1:] != by_metric[:, :-1]
    group = np.cumsum(change.ravel()) - 1
    lengths = np.bincount(group)[group].reshape(by_metric.shape)
    return np.asarray(((by_metric != 0) & (lengths >= run_length[:, None])).T)


def compute_xmr(
    values: Floats,
    judged: Bools,
    baseline_weeks: Ints,
    min_baseline_weeks: Ints,
    run_length: Ints,
    counts: Bools | None = None,
) -> tuple[XmrLimits, XmrRules]:
    """Limits and rules for a weeks × metrics matrix.

    ``judged`` marks the weeks that form each metric's series for the rules and the baseline
    (a value present, the week complete and mature, on or after the latest process change);
    the first ``baseline_weeks`` judged values of a column are its baseline. ``counts`` marks
    the metrics that count events (whole units), for the rare-events test.
    """
    n_weeks, n_metrics = values.shape
    order = _compact(judged)
    x = np.take_along_axis(values, order, axis=0)
    count = judged.sum(axis=0)
    rows = np.arange(n_weeks)[:, None]
    valid = rows < count[None, :]
    b = np.minimum(count, baseline_weeks)
    enough = b >= np.maximum(min_baseline_weeks, 2)
    in_base = rows < b[None, :]

    with np.errstate(all="ignore"):
        centre = np.where(in_base, x, 0.0).sum(axis=0) / b
        zero_weeks = (in_base & (x == 0)).sum(axis=0)
        is_count = np.zeros(n_metrics, dtype=bool) if counts is None else counts
        rare = enough & ((2 * zero_weeks >= b) | (is_count & (centre < 1.0)))
        mr = np.full_like(x, np.nan)
        mr[1:] = np.abs(x[1:] - x[:-1])
        mr = np.where(valid & (rows >= 1), mr, np.nan)
        mr_in_base = in_base & (rows >= 1)
        mr_mean = np.where(mr_in_base, mr, 0.0).sum(axis=0) / (b - 1)
    has_limits = enough & ~rare
    nan = np.full(n_metrics, np.nan)
    centre = np.where(has_limits, centre, nan)
    mr_mean = np.where(has_limits, mr_mean, nan)
    lower = centre - NPL_FACTOR * mr_mean
    upper = centre + NPL_FACTOR * mr_mean
    url = URL_FACTOR * mr_mean

    with np.errstate(invalid="ignore"):
        above = valid & (x > upper)
        below = valid & (x < lower)
        half_hi = valid & (x > (centre + upper) / 2)
        half_lo = valid & (x < (centre + lower) / 2)
        side = np.where(valid & (x > centre), 1, np.where(valid & (x < centre), -1, 0))
        big_range = valid & (mr > url)
        step = np.sign(np.nan_to_num(x - np.vstack([x[:1], x[:-1]])))
    side = side.astype(np.int8)
    four_hi = _windows_marked(half_hi, count)
    four_lo = _windows_marked(half_lo, count)
    run = _runs_marked(side, run_length) & has_limits[None, :]
    outside = above | below
    four = four_hi | four_lo
    # the side of a point's signal: the first rule that fired, in the order of the rules
    rule_side = np.where(
        outside,
        np.where(above, 1, -1),
        np.where(four, np.where(four_hi, 1, -1), np.where(run, side, np.where(big_range, step, 0))),
    ).astype(np.int8)

    limits = XmrLimits(
        centre, lower, upper, mr_mean, url, b.astype(np.int64), has_limits, rare.astype(bool)
    )
    rules = XmrRules(
        moving_range=_scatter(order, mr, np.nan).astype(np.float64),
        in_baseline=_scatter(order, in_base & valid, False).astype(bool),
        outside=_scatter(order, outside, False).astype(bool),
        three_of_four=_scatter(order, four, False).astype(bool),
        run=_scatter(order, run, False).astype(bool),
        range=_scatter(order, big_range, False).astype(bool),
        side=_scatter(order, rule_side, 0).astype(np.int8),
    )
    return limits, rules


def moving_ranges(values: Floats, shown: Bools) -> Floats:
    """|xᵢ − xᵢ₋₁| between consecutive ``shown`` values of each column (gaps close up)."""
    order = _compact(shown)
    x = np.take_along_axis(values, order, axis=0)
    rows = np.arange(values.shape[0])[:, None]
    mr = np.full_like(x, np.nan)
    mr[1:] = np.abs(x[1:] - x[:-1])
    mr = np.where((rows >= 1) & (rows < shown.sum(axis=0)[None, :]), mr, np.nan)
    return _scatter(order, mr, np.nan).astype(np.float64)
