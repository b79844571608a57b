"""The computed metric set: typed, immutable results shared by the engine, pairs and renderers.

Numbers here are final; renderers only format them. Missing values are ``None``, never NaN.
:func:`to_json_dict` produces the public JSON contract of DESIGN.md §6 (``schema_version`` 1).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, Literal

from wbr.calendars.base import Calendar, Period, ReportPeriods
from wbr.calendars.gregorian import month_end
from wbr.formatting import month_labels, week_labels
from wbr.funnel_model import Funnel, funnel_json
from wbr.jsontext import Raw, cached, dumps_json, encode, lists, records, template, tokens
from wbr.schema import MetricDef

if TYPE_CHECKING:
    from wbr.pareto import ParetoResult
    from wbr.unit_economics import UnitEconomicsResult

SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class Summary:
    """The WBR summary box for the report week (deltas as fractions for pct, bps for bps)."""

    last_week: float | None
    wow: float | None
    yoy: float | None
    mtd: float | None
    mtd_yoy: float | None
    qtd: float | None
    qtd_yoy: float | None
    ytd: float | None
    ytd_yoy: float | None
    # week 53 of a 53-week fiscal year: the year to date on a 52-week basis, vs the prior year
    ytd_52w: float | None = None
    ytd_52w_yoy: float | None = None
    # the report week is still filling in (matures_after), and so are MTD/QTD/YTD, which end with it
    provisional: bool = False


FULL = 0.999_999
"""Coverage at or above this is a complete period (anything less is flagged as partial)."""


@dataclass(frozen=True, slots=True)
class Coverage:
    """Share of days with source data in each summary period (1.0 = complete)."""

    last_week: float
    mtd: float
    qtd: float
    ytd: float


@dataclass(frozen=True, slots=True)
class WeekPoint:
    """One of the trailing six weeks, with the same week a year earlier (−364 days, or the same
    fiscal week number with ``week53: numbered``)."""

    week_ending: dt.date
    value: float | None
    prior_year: float | None
    coverage: float
    target: float | None = None
    provisional: bool = False  # the week ended fewer than `matures_after` days before its data
    period: Period | None = None  # the week as the calendar names it (fiscal week labels)
    prior_period: Period | None = None  # the week it is compared with

    @property
    def labels(self) -> tuple[str, str]:
        """Short and long label: ('W43', 'Week 43 FY2025 (23–29 Nov)') or the ISO week's."""
        if self.period is not None and self.period.short:
            return self.period.short, self.period.label
        return week_labels(self.week_ending)


@dataclass(frozen=True, slots=True)
class MonthPoint:
    """One of the trailing twelve complete calendar (or fiscal) months, with the same month a year
    earlier."""

    month: str  # "YYYY-MM", or "FY2025-P10" for a fiscal month
    value: float | None
    prior_year: float | None
    coverage: float
    target: float | None = None
    provisional: bool = False  # the month ended fewer than `matures_after` days before its data
    period: Period | None = None  # its dates and labels
    prior_period: Period | None = None  # the month it is compared with

    @property
    def start(self) -> dt.date:
        if self.period is not None:
            return self.period.start
        return dt.date(int(self.month[:4]), int(self.month[5:7]), 1)

    @property
    def end(self) -> dt.date:
        if self.period is not None:
            return self.period.end
        return month_end(int(self.month[:4]), int(self.month[5:7]))

    @property
    def labels(self) -> tuple[str, str]:
        """Short and long label: ('Nov', 'November 2026') or ('P10', 'P10 FY2026 (5 Oct–1 Nov)')."""
        if self.period is not None and self.period.short:
            return self.period.short, self.period.label
        return month_labels(self.month)


class SignalRule(Enum):
    """A rule that tells a signal from routine variation (issue #8, Wheeler's XmR rules)."""

    OUTSIDE = "outside"
    """A value above the upper or below the lower natural process limit."""
    THREE_OF_FOUR = "three_of_four"
    """At least 3 of 4 consecutive values beyond the same halfway line."""
    RUN = "run"
    """`run_length` consecutive values on the same side of the centre line."""
    RANGE = "range"
    """A moving range above the upper range limit."""


class SignalStatus(Enum):
    """What the limits say about the report week."""

    SIGNAL = "signal"
    """A rule fires on the report week."""
    ROUTINE = "routine"
    """The report week is within routine variation."""
    TOO_LITTLE_DATA = "too_little_data"
    """Fewer usable baseline weeks than `min_baseline_weeks`: no limits yet."""
    OFF = "off"
    """The metric opted out (`signals: false`)."""


class Assurance(Enum):
    """Target assurance (NHS "Making Data Count"): the constant target against the limits."""

    CONSISTENTLY_MEETS = "consistently_meets"
    """The whole band between the limits is on the good side of the target: met every week."""
    CONSISTENTLY_MISSES = "consistently_misses"
    """The whole band is on the bad side of the target: missed unless the process changes."""
    HIT_AND_MISS = "hit_and_miss"
    """The target lies between the limits: hit or miss by chance."""


@dataclass(frozen=True, slots=True)
class SignalPoint:
    """One week of a metric's process behaviour series."""

    week_ending: dt.date
    value: float | None
    moving_range: float | None  # to the previous present value (gaps close up); None for the first
    rules: tuple[SignalRule, ...]  # empty where nothing fired
    direction: Literal["good", "bad"] | None  # of the signal on this point (None: no rule fired)
    provisional: bool  # period not yet mature (matures_after)
    in_baseline: bool  # this point shaped the limits


@dataclass(frozen=True, slots=True)
class Signals:
    """A metric's natural process limits and the rules firing on its weekly series."""

    status: SignalStatus
    baseline_from: dt.date | None
    baseline_to: dt.date | None
    baseline_weeks: int  # usable weeks that shaped the limits
    centre: float | None
    lower: float | None
    upper: float | None
    mr_mean: float | None
    mr_upper: float | None
    series: tuple[SignalPoint, ...]  # oldest first, last = report week
    this_week: tuple[SignalRule, ...]  # rules firing on the report week
    assurance: Assurance | None
    process_change: dt.date | None = None  # the latest process change that re-based this series
    process_change_note: str | None = None
    # no limits because the weekly series records rare events (mostly zero weeks; see
    # wbr.signals.xmr): status too_little_data, and the packet says why
    rare_events: bool = False

    def current_run(self) -> int:
        """Length of the current run of present values on one side of the centre line (0 if none).

        Ends on the latest present value; a value exactly on the centre line breaks a run.
        """
        if self.centre is None:
            return 0
        run, side = 0, 0
        for point in reversed(self.series):
            if point.value is None:
                continue
            this = (point.value > self.centre) - (point.value < self.centre)
            if this == 0 or (side and this != side):
                break
            side, run = this, run + 1
        return run


@dataclass(frozen=True, slots=True)
class TargetResult:
    """The report week's target, the variance to it (in the metric's comparison) and whether met."""

    last_week: float | None
    vs_target: float | None
    met: bool | None
    mtd: float | None = None
    qtd: float | None = None
    ytd: float | None = None


@dataclass(frozen=True, slots=True)
class MetricResult:
    """Everything the packet shows for one metric."""

    metric: MetricDef
    summary: Summary
    coverage: Coverage
    weeks: tuple[WeekPoint, ...]
    months: tuple[MonthPoint, ...]
    target: TargetResult | None
    baseline: float | None  # mean of the 4 weekly values before the report week (for pairs)
    signals: Signals | None = None  # None: not computed (e.g. code paths that skip signals)


class PairState(Enum):
    """Outcome of a Goodhart pair for the report week."""

    ALERT = "alert"
    """The target improved while its counter-metric deteriorated beyond tolerance."""
    WATCH = "watch"
    """The counter-metric deteriorated beyond tolerance without the target improving."""
    OK = "ok"
    """Neither."""
    NO_DATA = "no_data"
    """Not enough data for the report week or its 4-week baseline to judge."""


@dataclass(frozen=True, slots=True)
class PairStatus:
    """A target metric and one of its counter-metrics, judged for the report week."""

    metric: str
    counter_metric: str
    status: PairState
    reason: str
    metric_change: float | None  # vs the 4-week baseline, in the metric's comparison
    counter_change: float | None  # vs the 4-week baseline, in the counter-metric's comparison
    tolerance: float
    rule: tuple[SignalRule, ...] = ()  # the counter-metric's rules on the report week


@dataclass(frozen=True, slots=True)
class SourceFreshness:
    """How far a source's data reaches."""

    name: str
    first_date: dt.date | None
    last_date: dt.date | None
    rows: int


@dataclass(frozen=True, slots=True)
class Restatement:
    """A past week's or month's value that differs from the one an archived packet published."""

    metric: str
    label: str
    period: str  # "week" or "month"
    key: str  # the week's last day "YYYY-MM-DD", or the month "YYYY-MM"
    archived: float | None
    now: float | None
    change: float | None  # in the metric's comparison: a fraction (pct) or basis points (bps)
    archived_in: dt.date  # week ending of the archived packet that published the old value
    message: str  # "Leads, week ending 2026-11-08: archived 498, now 512 (+2.8 %)"


@dataclass(frozen=True, slots=True)
class MetricSet:
    """The result of ``wbr compute`` for one week."""

    title: str
    week_ending: dt.date
    week_ends_on: str
    fiscal_year_end_month: int
    metrics: tuple[MetricResult, ...]
    pairs: tuple[PairStatus, ...]
    warnings: tuple[str, ...]
    sources: tuple[SourceFreshness, ...]
    restatements: tuple[Restatement, ...] = ()  # vs the archive (wbr.delivery.restate)
    calendar: Calendar | None = None  # None: gregorian with fiscal_year_end_month
    periods: ReportPeriods | None = None  # the summary periods, for their labels and dates
    funnels: tuple[Funnel, ...] = ()  # the sections' funnel blocks, deck order (wbr.funnel)
    # issue #10 §2, §3: the sections' pareto and unit_economics blocks, in deck order
    pareto: tuple[ParetoResult, ...] = ()
    unit_economics: tuple[UnitEconomicsResult, ...] = ()

    @property
    def week_number(self) -> int:
        """The report week's number: its fiscal week on a retail calendar, else its ISO week."""
        if self.calendar is None:
            return week_number(self.week_ending)
        return self.calendar.week_number(self.week_ending)

    @property
    def legend_year(self) -> int:
        """The year the packet's 'this year' line belongs to: the fiscal year on a retail calendar
        (an NRF week in January 2026 is FY2025), else the report week's calendar year."""
        if self.calendar is None or self.periods is None or not self.periods.fiscal:
            return self.week_ending.year
        return self.calendar.year_of(self.week_ending)

    @property
    def fiscal_label(self) -> str:
        """'Q4 FY2026'."""
        from wbr.calendars import GregorianCalendar

        calendar = self.calendar or GregorianCalendar(self.fiscal_year_end_month)
        return calendar.quarter_label(self.week_ending)

    def get(self, metric_id: str) -> MetricResult:
        """The result for one metric id (KeyError when absent)."""
        for result in self.metrics:
            if result.metric.id == metric_id:
                return result
        raise KeyError(metric_id)


def week_number(week_ending: dt.date) -> int:
    """ISO week number of the report week (the label WBR decks print beside the date)."""
    return week_ending.isocalendar().week


def to_json_text(ms: MetricSet) -> str:
    """``metrics.json``: :func:`to_json_dict` laid out by :func:`wbr.jsontext.dumps_json`.

    The same text as ``dumps_json(to_json_dict(ms))``, about four times faster on a big set: the
    weeks, months and signal series of all metrics are encoded in bulk (:func:`_encoded_records`).
    """
    return dumps_json(to_json_dict(ms, encoded=True))


def to_json_dict(ms: MetricSet, encoded: bool = False) -> dict[str, Any]:
    """The public JSON contract (DESIGN.md §6); fields are only ever added, never renamed.

    ``encoded``: each metric's weeks, months and signal series are JSON text already
    (:class:`wbr.jsontext.Raw`), for :func:`wbr.jsontext.dumps_json` only.
    """
    fiscal = ms.periods is not None and ms.periods.fiscal
    parts = _encoded_records(ms.metrics, fiscal) if encoded else [None] * len(ms.metrics)
    return {
        "schema_version": SCHEMA_VERSION,
        "title": ms.title,
        "week_ending": ms.week_ending.isoformat(),
        "week_number": ms.week_number,
        "week_ends_on": ms.week_ends_on,
        "fiscal_year_end_month": ms.fiscal_year_end_month,
        "calendar": ms.calendar.describe() if ms.calendar is not None else None,
        "fiscal_quarter": ms.fiscal_label,
        "periods": _periods_json(ms.periods),
        "metrics": [
            _metric_json(r, fiscal, part) for r, part in zip(ms.metrics, parts, strict=True)
        ],
        "pairs": [
            {
                "metric": p.metric,
                "counter_metric": p.counter_metric,
                "status": p.status.value,
                "reason": p.reason,
                "metric_change": p.metric_change,
                "counter_change": p.counter_change,
                "tolerance": p.tolerance,
                "rule": [r.value for r in p.rule],
            }
            for p in ms.pairs
        ],
        "warnings": list(ms.warnings),
        "funnels": [funnel_json(f) for f in ms.funnels],  # issue #10 §1; README "funnels"
        "restatements": [
            {
                "metric": r.metric,
                "label": r.label,
                "period": r.period,
                "week_ending": r.key if r.period == "week" else None,
                "month": r.key if r.period == "month" else None,
                "archived": r.archived,
                "now": r.now,
                "change": r.change,
                "archived_in": r.archived_in.isoformat(),
                "message": r.message,
            }
            for r in ms.restatements
        ],
        "sources": [
            {
                "name": s.name,
                "first_date": s.first_date.isoformat() if s.first_date else None,
                "last_date": s.last_date.isoformat() if s.last_date else None,
                "rows": s.rows,
            }
            for s in ms.sources
        ],
        **_econ_json(ms),
    }


def _econ_json(ms: MetricSet) -> dict[str, Any]:
    """Issue #10 §2, §3: ``pareto`` and ``unit_economics``, one entry per block in deck order."""
    from wbr.pareto import pareto_json
    from wbr.unit_economics import unit_economics_json

    return {
        "pareto": [pareto_json(p) for p in ms.pareto],
        "unit_economics": [unit_economics_json(u) for u in ms.unit_economics],
    }


def _metric_json(
    r: MetricResult, fiscal: bool = False, encoded: _Encoded | None = None
) -> dict[str, Any]:
    m = r.metric
    s = r.summary
    out: dict[str, Any] = {
        "id": m.id,
        "label": m.label,
        "unit": m.unit,
        "direction": m.direction.value,
        "comparison": m.comparison.value,
        "owner": m.owner,
        "definition": m.definition,
        "formula": m.formula_text,
        "parent": m.parent,  # breakdowns (#9): leads.web_form has parent leads, by lead_source
        "by": m.by.column if m.by is not None else None,
        "by_value": m.by_value,
        # issue #10: null where this operand is 0, shown as these words ("no spend booked")
        "when_zero": {"operand": m.when_zero.operand, "reads": m.when_zero.reads}
        if m.when_zero is not None
        else None,
        "summary": {
            "last_week": s.last_week,
            "wow": s.wow,
            "yoy": s.yoy,
            "mtd": s.mtd,
            "mtd_yoy": s.mtd_yoy,
            "qtd": s.qtd,
            "qtd_yoy": s.qtd_yoy,
            "ytd": s.ytd,
            "ytd_yoy": s.ytd_yoy,
            **({"ytd_52w": s.ytd_52w, "ytd_52w_yoy": s.ytd_52w_yoy} if fiscal else {}),
            "provisional": s.provisional,
        },
        "coverage": {
            "last_week": r.coverage.last_week,
            "mtd": r.coverage.mtd,
            "qtd": r.coverage.qtd,
            "ytd": r.coverage.ytd,
        },
        "weeks": encoded.weeks
        if encoded
        else [
            {
                "week_ending": w.week_ending.isoformat(),
                "value": w.value,
                "prior_year": w.prior_year,
                "coverage": w.coverage,
                "target": w.target,
                "provisional": w.provisional,
                **(_period_json(w.period, w.prior_period) if fiscal else {}),
            }
            for w in r.weeks
        ],
        "months": encoded.months
        if encoded
        else [
            {
                "month": mo.month,
                "value": mo.value,
                "prior_year": mo.prior_year,
                "coverage": mo.coverage,
                "target": mo.target,
                "provisional": mo.provisional,
                **(_period_json(mo.period, mo.prior_period) if fiscal else {}),
            }
            for mo in r.months
        ],
        "target": None,
        "counter_metrics": list(m.counter_metrics),
        "signals": _signals_json(r.signals, encoded.series if encoded else None),
    }
    if r.target is not None:
        out["target"] = {
            "last_week": r.target.last_week,
            "vs_target": r.target.vs_target,
            "met": r.target.met,
            "mtd": r.target.mtd,
            "qtd": r.target.qtd,
            "ytd": r.target.ytd,
        }
    return out


def _finite(value: float | None) -> float | None:
    """JSON never carries NaN or infinities: those are null."""
    return value if value is not None and math.isfinite(value) else None


def _signals_json(sig: Signals | None, encoded: Raw | None = None) -> dict[str, Any] | None:
    """Issue #8 §5: the limits, every week of the series and the rules on each."""
    if sig is None:
        return None
    return {
        "status": sig.status.value,
        "baseline": {
            "from": sig.baseline_from.isoformat() if sig.baseline_from else None,
            "to": sig.baseline_to.isoformat() if sig.baseline_to else None,
            "weeks": sig.baseline_weeks,
        },
        "centre": _finite(sig.centre),
        "lower": _finite(sig.lower),
        "upper": _finite(sig.upper),
        "mr_mean": _finite(sig.mr_mean),
        "mr_upper": _finite(sig.mr_upper),
        "series": encoded
        if encoded is not None
        else [
            {
                "week_ending": p.week_ending.isoformat(),
                "value": _finite(p.value),
                "moving_range": _finite(p.moving_range),
                "rules": [r.value for r in p.rules],
                "direction": p.direction,
                "provisional": p.provisional,
                "in_baseline": p.in_baseline,
            }
            for p in sig.series
        ],
        "this_week": [r.value for r in sig.this_week],
        "assurance": sig.assurance.value if sig.assurance else None,
        "process_change": sig.process_change.isoformat() if sig.process_change else None,
        "process_change_note": sig.process_change_note,
        "rare_events": sig.rare_events,
    }


def _period_json(period: Period | None, prior: Period | None) -> dict[str, Any]:
    """A period's label and dates, and those of the period it is compared with."""
    if period is None:
        return {}
    return {
        "label": period.label or None,
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "prior_year_start": None if prior is None or prior.empty else prior.start.isoformat(),
        "prior_year_end": None if prior is None or prior.empty else prior.end.isoformat(),
    }


def _periods_json(periods: ReportPeriods | None) -> dict[str, Any] | None:
    """The report week, MTD, QTD and YTD with their dates and the dates they are compared with."""
    if periods is None:
        return None
    pairs = {
        "week": (periods.weeks[-1], periods.weeks_prior_year[-1]),
        "mtd": (periods.mtd, periods.mtd_prior_year),
        "qtd": (periods.qtd, periods.qtd_prior_year),
        "ytd": (periods.ytd, periods.ytd_prior_year),
    }
    if periods.ytd_52w is not None:
        pairs["ytd_52w"] = (periods.ytd_52w, periods.ytd_prior_year)
    return {name: _period_json(now, prior) for name, (now, prior) in pairs.items()}


# --- the weeks, months and signal series of all metrics, encoded in bulk -------------------------
# The same fields, in the same order, as the dicts of _metric_json and _signals_json (a test
# compares the two texts): keep them in step.

WEEK_FIELDS = ("week_ending", "value", "prior_year", "coverage", "target", "provisional")
MONTH_FIELDS = ("month", "value", "prior_year", "coverage", "target", "provisional")
SERIES_FIELDS = (
    "week_ending", "value", "moving_range", "rules", "direction", "provisional", "in_baseline",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Encoded:
    """One metric's weeks, months and signal series as JSON text."""

    weeks: Raw
    months: Raw
    series: Raw | None


def _encoded_records(metrics: Sequence[MetricResult], fiscal: bool) -> list[_Encoded]:
    """Every metric's records, encoded column by column across all metrics (one encoder call per
    column of numbers, one per distinct date or word), never a dict per record."""
    weeks = [w for r in metrics for w in r.weeks]
    week_text = records(
        template(WEEK_FIELDS),
        [
            cached([w.week_ending for w in weeks], _date_json),
            tokens([w.value for w in weeks]),
            tokens([w.prior_year for w in weeks]),
            tokens([w.coverage for w in weeks]),
            tokens([w.target for w in weeks]),
            tokens([w.provisional for w in weeks]),
            _period_fields(weeks, fiscal),
        ],
    )
    months = [mo for r in metrics for mo in r.months]
    month_text = records(
        template(MONTH_FIELDS),
        [
            cached([mo.month for mo in months]),
            tokens([mo.value for mo in months]),
            tokens([mo.prior_year for mo in months]),
            tokens([mo.coverage for mo in months]),
            tokens([mo.target for mo in months]),
            tokens([mo.provisional for mo in months]),
            _period_fields(months, fiscal),
        ],
    )
    points = [p for r in metrics if r.signals is not None for p in r.signals.series]
    point_text = records(
        template(SERIES_FIELDS),
        [
            cached([p.week_ending for p in points], _date_json),
            tokens([p.value for p in points]),
            tokens([p.moving_range for p in points]),
            cached([p.rules for p in points], _rules_json),
            cached([p.direction for p in points]),
            tokens([p.provisional for p in points]),
            tokens([p.in_baseline for p in points]),
            [""] * len(points),
        ],
    )
    with_signals = [r for r in metrics if r.signals is not None]
    series = iter(lists(point_text, [len(r.signals.series) for r in with_signals if r.signals]))
    return [
        _Encoded(w, mo, next(series) if r.signals is not None else None)
        for r, w, mo in zip(
            metrics,
            lists(week_text, [len(r.weeks) for r in metrics]),
            lists(month_text, [len(r.months) for r in metrics]),
            strict=True,
        )
    ]


def _date_json(day: dt.date) -> str:
    return encode(day.isoformat())


def _rules_json(rules: tuple[SignalRule, ...]) -> str:
    return encode([r.value for r in rules])


def _period_fields(points: Sequence[WeekPoint | MonthPoint], fiscal: bool) -> list[str]:
    """``, "label": ..., "start": ...`` for each point of a fiscal calendar, else nothing."""
    if not fiscal:
        return [""] * len(points)
    made: dict[tuple[int, int], str] = {}  # by identity: a Period's label is not part of equality
    out: list[str] = []
    for point in points:
        key = (id(point.period), id(point.prior_period))
        text = made.get(key)
        if text is None:
            fields = _period_json(point.period, point.prior_period)
            text = made[key] = ", " + encode(fields)[1:-1] if fields else ""
        out.append(text)
    return out
