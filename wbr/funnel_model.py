"""The funnel block's computed numbers (issue #10 §1): typed, immutable, and their JSON.

Computed by :mod:`wbr.funnel`, carried by :class:`wbr.results.MetricSet` (``funnels``), written to
``metrics.json`` under ``"funnels"`` by :func:`funnel_json` and formatted by
:mod:`wbr.render.funnel_context`. Missing numbers are None, never NaN.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any, Literal

View = Literal["week", "mature"]
Method = Literal["cohort", "period"]


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the natural process limits said about one metric in one week (wbr.signals)."""

    status: Literal["signal", "routine"]
    direction: Literal["good", "bad"] | None  # of a signal; None when routine
    rules: tuple[str, ...]  # the rules that fired ("outside", "three_of_four", ...)


@dataclass(frozen=True, slots=True)
class Figure:
    """One number of the funnel with its comparisons.

    ``vs_prior_year`` and ``vs_avg_4w`` are in the figure's comparison: a fraction for counts
    (0.25 = +25 %), basis points for yields and shares. ``avg_4w`` is the mean of the 4 weeks
    before (counts) or their pooled ratio, passed over entered in those 4 weeks (yields).
    """

    value: float | None
    prior_year: float | None  # the same week 52 weeks earlier
    vs_prior_year: float | None
    avg_4w: float | None
    vs_avg_4w: float | None
    signal: Verdict | None = None  # None: no metric behind it, or no limits for that week


@dataclass(frozen=True, slots=True)
class StageInfo:
    """A stage of the line as configured and resolved against the catalogue."""

    label: str  # "Meetings"
    count: str  # metric id of the stage's count
    yield_metric: str | None  # the catalogue's yield metric (None: a period ratio, or stage 1)
    yield_label: str  # "Lead → meeting" ('' for the first stage)
    passed: str | None  # metric id counting the units that passed the station feeding it
    entered: str | None  # metric id counting the units that entered that station
    method: Method | None  # cohort: a cohort yield from the catalogue; period: count ratio
    within_days: int | None  # the cohort's window (maturity), None for a period ratio


@dataclass(frozen=True, slots=True)
class StageCell:
    """One stage of one row in one view."""

    week_ending: dt.date | None  # the week these numbers belong to (None: no mature week)
    provisional: bool  # the cohort is still filling in
    count: Figure
    yield_: Figure | None  # None for the first stage
    defects: Figure | None  # entered − passed: the units that did not pass the station
    defect_share: Figure | None  # defects / entered
    entered: float | None
    passed: float | None


@dataclass(frozen=True, slots=True)
class FunnelRow:
    """The total (``key`` None) or one breakdown value."""

    key: str | None  # the breakdown value's id suffix ('paid_search'), None for the total
    label: str  # 'Total', 'Paid search'
    stages: tuple[StageCell, ...]
    end_to_end: Figure  # product of the stage yields: an estimate of rolled throughput yield


@dataclass(frozen=True, slots=True)
class FunnelView:
    """The report week, or each stage at its latest mature cohort week."""

    view: View
    rows: tuple[FunnelRow, ...]  # total first, then the breakdown values in catalogue order


@dataclass(frozen=True, slots=True)
class Highlight:
    """The station that moved worst among the breakdown values: what the block leads with."""

    view: View
    row: int  # index into the view's rows
    stage: int  # index into stages (≥ 1)


@dataclass(frozen=True, slots=True)
class Funnel:
    """A funnel block's numbers for the report week."""

    id: str  # 'funnel-1', deck order
    section: str
    title: str
    by: str | None
    stages: tuple[StageInfo, ...]
    views: tuple[FunnelView, ...]  # week, mature
    highlight: Highlight | None


def _num(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def _figure(f: Figure | None) -> dict[str, Any] | None:
    if f is None:
        return None
    return {
        "value": _num(f.value),
        "prior_year": _num(f.prior_year),
        "vs_prior_year": _num(f.vs_prior_year),
        "avg_4w": _num(f.avg_4w),
        "vs_avg_4w": _num(f.vs_avg_4w),
        "signal": None
        if f.signal is None
        else {
            "status": f.signal.status,
            "direction": f.signal.direction,
            "rules": list(f.signal.rules),
        },
    }


def funnel_json(f: Funnel) -> dict[str, Any]:
    """One funnel as ``metrics.json`` carries it (README: "funnels")."""
    return {
        "id": f.id,
        "section": f.section,
        "title": f.title,
        "by": f.by,
        "stages": [
            {
                "label": s.label,
                "count": s.count,
                "yield": s.yield_metric,
                "passed": s.passed,
                "entered": s.entered,
                "method": s.method,
                "within_days": s.within_days,
            }
            for s in f.stages
        ],
        "views": [
            {
                "view": v.view,
                "rows": [
                    {
                        "key": r.key,
                        "label": r.label,
                        "stages": [
                            {
                                "week_ending": c.week_ending.isoformat() if c.week_ending else None,
                                "provisional": c.provisional,
                                "count": _figure(c.count),
                                "entered": _num(c.entered),
                                "passed": _num(c.passed),
                                "yield": _figure(c.yield_),
                                "defects": _figure(c.defects),
                                "defect_share": _figure(c.defect_share),
                            }
                            for c in r.stages
                        ],
                        "end_to_end": _figure(r.end_to_end),
                    }
                    for r in v.rows
                ],
            }
            for v in f.views
        ],
        "highlight": None
        if f.highlight is None
        else {"view": f.highlight.view, "row": f.highlight.row, "stage": f.highlight.stage},
    }
