"""The funnel block (issue #10 §1): the line leads → meetings → qualified → won, with each
station's yield and defects, per breakdown value, for the report week and the latest mature
cohort week.

Numbers come from one extra engine pass over the funnel's metrics only (counts, yields and their
operands, with their breakdown children) and a weekly series long enough to reach the prior year
of the oldest mature cohort; everything after that is array arithmetic over
stages × rows × views (no loop over metrics × periods). Signal verdicts are read from the
metric set's own limits (:mod:`wbr.signals`), so the block and the metric blocks never disagree.

Stage yields: a stage whose ``yield`` is a catalogue formula ``passed / entered`` over a cohort
metric (``leads_met_14d / leads``) is a *cohort* yield, a first-pass yield of one population
(metrics/funnel.yaml explains why); one without ``yield``, or whose yield reads no cohort, is a
*period* ratio (meetings this week / leads this week), which the block says. The end-to-end yield
is the product of the stage yields: an estimate of the line's rolled throughput yield (RTY).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt

from wbr.calendars import Calendar
from wbr.config import Section
from wbr.engine import compute
from wbr.funnel_model import (
    Figure,
    Funnel,
    FunnelRow,
    FunnelView,
    Highlight,
    StageCell,
    StageInfo,
    Verdict,
    View,
)
from wbr.funnel_spec import FunnelBlock, funnel_metric_ids, yield_parts
from wbr.loading import LoadedData
from wbr.results import MetricResult
from wbr.schema import MetricDef

Array = npt.NDArray[np.float64]
YEAR_WEEKS = 52  # the prior year's week: 364 days back, weekdays line up (DESIGN.md §4)
BASELINE_WEEKS = 4  # the "4-week average": the four weeks before the week shown
VIEWS: tuple[View, ...] = ("week", "mature")


def funnel_blocks(sections: Sequence[Section] | None) -> list[tuple[str, FunnelBlock]]:
    """(section title, block) of every funnel in the deck, in deck order."""
    return [(s.title, b) for s in sections or () for b in s.blocks if isinstance(b, FunnelBlock)]


def compute_funnels(
    sections: Sequence[Section] | None,
    defs: Sequence[MetricDef],
    data: LoadedData,
    week_ending: dt.date,
    calendar: Calendar,
    results: Sequence[MetricResult],
) -> tuple[Funnel, ...]:
    """Every funnel block's numbers for the week ending ``week_ending``.

    ``results`` is the metric set (with its signals), for the verdicts and the breakdown values.
    """
    blocks = funnel_blocks(sections)
    if not blocks:
        return ()
    by_id = {d.id: d for d in defs}
    return tuple(
        _compute_one(f"funnel-{i}", title, block, by_id, data, week_ending, calendar, results)
        for i, (title, block) in enumerate(blocks, start=1)
    )


def _stage_infos(block: FunnelBlock, by_id: Mapping[str, MetricDef]) -> tuple[StageInfo, ...]:
    infos: list[StageInfo] = []
    for i, stage in enumerate(block.stages):
        d = by_id[stage.count]
        label = stage.label or d.label
        if i == 0:
            infos.append(StageInfo(label, d.id, None, "", None, None, None, None))
            continue
        previous = infos[-1]
        short = f"{previous.label} → {label[:1].lower()}{label[1:]}"
        if stage.yield_metric is None:
            infos.append(StageInfo(label, d.id, None, short, d.id, previous.count, "period", None))
            continue
        y = by_id[stage.yield_metric]
        parts = yield_parts(y)
        assert parts is not None  # checked when the project was loaded (funnel_spec)
        passed, entered = parts
        cohort = by_id[passed].cohort if passed in by_id else None
        infos.append(
            StageInfo(
                label, d.id, y.id, short, passed, entered,
                "cohort" if cohort is not None else "period",
                cohort.within_days if cohort is not None else None,
            )
        )  # fmt: skip
    return tuple(infos)


def _needed_defs(ids: Sequence[str], by_id: Mapping[str, MetricDef]) -> list[MetricDef]:
    """The funnel's metrics and everything their formulas read, in catalogue order."""
    wanted: set[str] = set()
    todo = list(ids)
    while todo:
        d = by_id[todo.pop()]
        if d.id in wanted:
            continue
        wanted.add(d.id)
        if d.formula is not None:
            todo.extend(r for r in d.formula.refs() if r in by_id)
    return [d for d in by_id.values() if d.id in wanted]


def _series_weeks(defs: Sequence[MetricDef]) -> int:
    """Weeks of series that reach the prior year and 4-week average of the oldest mature week."""
    longest = max((d.matures_after or 0 for d in defs), default=0)
    return YEAR_WEEKS + BASELINE_WEEKS + math.ceil(longest / 7) + 2


def _compute_one(
    fid: str,
    section: str,
    block: FunnelBlock,
    by_id: Mapping[str, MetricDef],
    data: LoadedData,
    we: dt.date,
    calendar: Calendar,
    results: Sequence[MetricResult],
) -> Funnel:
    stages = _stage_infos(block, by_id)
    groups = _groups(block, stages[0].count, results)
    ids = funnel_metric_ids(block, by_id)
    wanted = [f"{i}.{key}" for i in ids for key, _ in groups if key is not None]
    needed = _needed_defs(ids, by_id)
    comp = compute(needed, data, we, calendar, _series_weeks(needed), wanted)
    assert comp.weekly is not None
    weekly = comp.weekly
    row_of: dict[str, int] = {r.metric.id: k for k, r in enumerate(comp.results)}
    n_rows, n_weeks = weekly.values.shape
    # an extra all-NaN row: a metric that a breakdown value lacks reads as null
    missing: int = int(n_rows)
    values = np.vstack([weekly.values, np.full((1, n_weeks), np.nan)])
    provisional = np.vstack([weekly.provisional, np.zeros((1, n_weeks), dtype=bool)])

    def rows_of(metric: str | None) -> list[int]:
        if metric is None:
            return [missing] * len(groups)
        names = [metric if key is None else f"{metric}.{key}" for key, _ in groups]
        return [row_of.get(n, missing) for n in names]

    count_ix = np.array([rows_of(s.count) for s in stages])  # stages × groups
    passed_ix = np.array([rows_of(s.passed) for s in stages])
    entered_ix = np.array([rows_of(s.entered) for s in stages])

    # each stage's latest mature week: the last week whose passed count (total) is final
    last = n_weeks - 1
    stage_prov = provisional[passed_ix[:, 0]]  # stages × weeks
    any_mature = (~stage_prov).any(axis=1)
    mature_col = np.where(any_mature, last - np.argmax(~stage_prov[:, ::-1], axis=1), -1)
    if len(stages) > 1:
        mature_col[0] = mature_col[1]  # the first stage is read at the first station's cohort
    week_col = np.full(len(stages), last)
    cols = np.vstack([week_col, mature_col])  # views × stages; -1: no mature week

    figs = _figures(values, provisional, count_ix, passed_ix, entered_ix, cols)
    result_of = {r.metric.id: r for r in results}
    views: list[FunnelView] = []
    for v, view in enumerate(VIEWS):
        rows = [
            FunnelRow(
                key,
                label,
                tuple(
                    _cell(figs, v, s, g, info, key, weekly.week_ends, int(cols[v, s]), result_of)
                    for s, info in enumerate(stages)
                ),
                figs.end_to_end(v, g),
            )
            for g, (key, label) in enumerate(groups)
        ]
        views.append(FunnelView(view, tuple(rows)))
    title = block.title or " → ".join(s.label for s in stages)
    return Funnel(fid, section, title, block.by, stages, tuple(views), _highlight(tuple(views)))


def _cell(
    figs: _Figures,
    v: int,
    s: int,
    g: int,
    info: StageInfo,
    key: str | None,
    week_ends: Sequence[dt.date],
    col: int,
    result_of: Mapping[str, MetricResult],
) -> StageCell:
    """One stage of one row in one view, with the verdicts of its count and yield metrics."""
    week = week_ends[col] if col >= 0 else None

    def verdict(metric: str | None) -> Verdict | None:
        if metric is None or week is None:
            return None
        return _verdict(result_of.get(metric if key is None else f"{metric}.{key}"), week)

    count = figs.figure("count", v, s, g, verdict(info.count))
    if s == 0:
        return StageCell(week, bool(figs.provisional[v, s, g]), count, None, None, None, None, None)
    return StageCell(
        week_ending=week,
        provisional=bool(figs.provisional[v, s, g]),
        count=count,
        yield_=figs.figure("yield", v, s, g, verdict(info.yield_metric)),
        defects=figs.figure("defects", v, s, g),
        defect_share=figs.figure("share", v, s, g),
        entered=figs.scalar("entered", v, s, g),
        passed=figs.scalar("passed", v, s, g),
    )


def _groups(
    block: FunnelBlock, first_count: str, results: Sequence[MetricResult]
) -> list[tuple[str | None, str]]:
    """(key, label): the total, then each breakdown value of the first stage's count."""
    groups: list[tuple[str | None, str]] = [(None, "Total")]
    if block.by is None:
        return groups
    for r in results:
        m = r.metric
        if m.parent == first_count and m.by is not None and m.by.column == block.by:
            parent_label = next(x.metric.label for x in results if x.metric.id == first_count)
            key = m.id[len(first_count) + 1 :]
            groups.append((key, m.label.removeprefix(f"{parent_label} — ")))
    return groups


class _Figures:
    """The funnel's arrays, views × stages × groups, and how to read one figure out of them."""

    def __init__(self, arrays: Mapping[str, Array], provisional: npt.NDArray[np.bool_]) -> None:
        self.arrays = arrays
        self.provisional = provisional

    def scalar(self, name: str, v: int, s: int, g: int) -> float | None:
        x = float(self.arrays[name][v, s, g])
        return x if math.isfinite(x) else None

    def figure(self, name: str, v: int, s: int, g: int, signal: Verdict | None = None) -> Figure:
        def get(suffix: str) -> float | None:
            return self.scalar(f"{name}{suffix}", v, s, g)

        return Figure(get(""), get("_py"), get("_vs_py"), get("_4w"), get("_vs_4w"), signal)

    def end_to_end(self, v: int, g: int) -> Figure:
        def get(suffix: str) -> float | None:
            x = float(self.arrays[f"e2e{suffix}"][v, g])
            return x if math.isfinite(x) else None

        return Figure(get(""), get("_py"), get("_vs_py"), get("_4w"), get("_vs_4w"))


def _ratio(num: Array, den: Array) -> Array:
    """num / den, NaN where the denominator is 0 or missing: a zero denominator never divides."""
    safe = np.where(den > 0, den, np.nan)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.asarray(num / safe, dtype=np.float64)


def _pct(now: Array, before: Array) -> Array:
    """(now − before) / |before|; NaN where before is 0 or missing (DESIGN.md §4)."""
    safe = np.where(before != 0, np.abs(before), np.nan)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.asarray((now - before) / safe, dtype=np.float64)


def _bps(now: Array, before: Array) -> Array:
    return np.asarray((now - before) * 10_000.0, dtype=np.float64)


def _figures(
    values: Array,
    provisional: npt.NDArray[np.bool_],
    count_ix: npt.NDArray[np.intp],
    passed_ix: npt.NDArray[np.intp],
    entered_ix: npt.NDArray[np.intp],
    cols: npt.NDArray[np.intp],
) -> _Figures:
    """All numbers at once: views × stages × groups (× the 4 baseline weeks)."""
    n_weeks = values.shape[1]
    valid = cols >= 0  # views × stages
    at = np.where(valid, cols, 0)[:, :, None]  # views × stages × 1
    py = at - YEAR_WEEKS
    base = at[..., None] + np.arange(-BASELINE_WEEKS, 0)  # views × stages × 1 × 4
    blank = ~valid[:, :, None] | (at < 0)

    def take(ix: npt.NDArray[np.intp], where: npt.NDArray[np.intp]) -> Array:
        """values[ix, where] with NaN where the column falls outside the series."""
        inside = (where >= 0) & (where < n_weeks)
        rows = ix[None, ...] if where.ndim == 3 else ix[None, ..., None]
        got = values[rows, np.clip(where, 0, None)]
        return np.where(inside, got, np.nan)

    out: dict[str, Array] = {}
    prov = np.zeros(cols.shape + (count_ix.shape[1],), dtype=bool)
    prov |= provisional[passed_ix[None, ...], at] & valid[:, :, None]
    for name, ix in (("count", count_ix), ("passed", passed_ix), ("entered", entered_ix)):
        now = np.where(blank, np.nan, take(ix, at))
        out[name] = now
        out[f"{name}_py"] = np.where(blank, np.nan, take(ix, py))
        window = take(ix, base)  # views × stages × groups × 4
        out[f"{name}_4w_sum"] = np.where(blank, np.nan, window.sum(axis=-1))  # NaN if any missing
    out["count_4w"] = out["count_4w_sum"] / BASELINE_WEEKS
    out["count_vs_py"] = _pct(out["count"], out["count_py"])
    out["count_vs_4w"] = _pct(out["count"], out["count_4w"])

    out["yield"] = _ratio(out["passed"], out["entered"])
    out["yield_py"] = _ratio(out["passed_py"], out["entered_py"])
    out["yield_4w"] = _ratio(out["passed_4w_sum"], out["entered_4w_sum"])  # pooled, not a mean
    # defects: the units that entered a station and did not pass it; a period ratio's counts are
    # different populations, and where more pass than entered there is no defect count to show
    lost = {
        suffix: np.where(e - p >= 0, e - p, np.nan)
        for suffix, e, p in (
            ("", out["entered"], out["passed"]),
            ("_py", out["entered_py"], out["passed_py"]),
            ("_4w", out["entered_4w_sum"], out["passed_4w_sum"]),
        )
    }
    out["defects"], out["defects_py"] = lost[""], lost["_py"]
    out["defects_4w"] = lost["_4w"] / BASELINE_WEEKS
    out["share"] = _ratio(lost[""], out["entered"])
    out["share_py"] = _ratio(lost["_py"], out["entered_py"])
    out["share_4w"] = _ratio(lost["_4w"], out["entered_4w_sum"])
    for name in ("yield", "share"):
        out[f"{name}_vs_py"] = _bps(out[name], out[f"{name}_py"])
        out[f"{name}_vs_4w"] = _bps(out[name], out[f"{name}_4w"])
    out["defects_vs_py"] = _pct(out["defects"], out["defects_py"])
    out["defects_vs_4w"] = _pct(out["defects"], out["defects_4w"])

    # end to end: product of the stage yields (stage 2 onwards); NaN when any is missing
    for suffix in ("", "_py", "_4w"):
        out[f"e2e{suffix}"] = np.prod(out[f"yield{suffix}"][:, 1:, :], axis=1)
    out["e2e_vs_py"] = _bps(out["e2e"], out["e2e_py"])
    out["e2e_vs_4w"] = _bps(out["e2e"], out["e2e_4w"])
    return _Figures(out, prov)


def _verdict(result: MetricResult | None, week: dt.date) -> Verdict | None:
    """What ``result``'s limits said about ``week`` (None: no limits, or the week not in them).

    The series is weekly, oldest first, ending on the report week: the week's place is computed,
    not searched for.
    """
    sig = result.signals if result is not None else None
    if sig is None or sig.centre is None or not sig.series:
        return None
    k = len(sig.series) - 1 - (sig.series[-1].week_ending - week).days // 7
    if not 0 <= k < len(sig.series) or sig.series[k].week_ending != week:
        return None
    point = sig.series[k]
    if point.value is None:
        return None
    if point.rules:
        return Verdict("signal", point.direction, tuple(rule.value for rule in point.rules))
    return Verdict("routine", None, ())


def _highlight(views: tuple[FunnelView, ...]) -> Highlight | None:
    """The breakdown value and station whose yield fell furthest below its 4-week average,
    preferring the mature view and a yield the limits call a bad signal."""
    best: tuple[tuple[int, int, float], Highlight] | None = None
    for view in views:
        for g, row in enumerate(view.rows):
            if row.key is None:
                continue
            for s, cell in enumerate(row.stages):
                y = cell.yield_
                if y is None or y.vs_avg_4w is None or y.vs_avg_4w >= 0:
                    continue
                bad = y.signal is not None and y.signal.direction == "bad"
                rank = (int(bad), int(view.view == "mature" and not cell.provisional), -y.vs_avg_4w)
                if best is None or rank > best[0]:
                    best = (rank, Highlight(view.view, g, s))
    return best[1] if best is not None else None
