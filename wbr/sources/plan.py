"""Which ``SELECT``s answer a database source's record groups for a report (issue #11): the
branches of the one statement :mod:`wbr.sources.pushdown` sends, and what each of their
aggregate columns holds (see that module for the statement itself)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from wbr.schema import Aggregation
from wbr.sources import RecordGroup, Window
from wbr.sources.decode import DAY_AGGS

MAX_COLUMNS = 1000
"""Aggregate columns per branch (Postgres allows 1664 output columns); a wider branch is split
into several branches of the same statement (one more scan each)."""


@dataclass(frozen=True, slots=True)
class Slot:
    """What one aggregate column of a branch holds, for metric ``metric`` of group ``group``:
    ``n`` records with a value, ``s`` the day's sum/min/max/first/last, ``t`` the time of that
    first/last value (epoch seconds), ``p`` a statistic of the row's period."""

    group: int
    metric: int
    kind: str


@dataclass(frozen=True, slots=True)
class Branch:
    """One ``SELECT ... GROUP BY`` of the statement."""

    date: str  # the dating column
    by: str | None  # the breakdown column grouped besides the day (or alone)
    layer: tuple[int, ...] | None  # None: grouped by day; else these disjoint spans (indices)
    slots: tuple[Slot, ...]

    @property
    def daily(self) -> bool:
        return self.layer is None


@dataclass(frozen=True, slots=True)
class Plan:
    """A source's statement for a report: its branches and the report's unique period spans."""

    groups: tuple[RecordGroup, ...]
    start: dt.date  # the window's first day: day offsets count from it
    branches: tuple[Branch, ...]
    spans: tuple[tuple[int, int], ...]  # unique (start, end) day offsets, end exclusive
    span_of: npt.NDArray[np.int64]  # each report period's index in ``spans``


def layers(spans: Sequence[tuple[int, int]]) -> tuple[tuple[int, ...], ...]:
    """``spans``' indices in as few layers of disjoint spans as their overlap allows (each
    span goes to the first layer it fits after, in order of start). Empty spans are left out:
    no record falls in them."""
    ends: list[int] = []
    found: list[list[int]] = []
    for i in sorted(range(len(spans)), key=lambda i: spans[i]):
        start, end = spans[i]
        if end <= start:
            continue
        for k, last in enumerate(ends):
            if last <= start:
                ends[k] = end
                found[k].append(i)
                break
        else:
            ends.append(end)
            found.append([i])
    return tuple(tuple(layer) for layer in found)


def make_plan(groups: Sequence[RecordGroup], window: Window, date_column: str) -> Plan:
    """Which branches answer ``groups`` over ``window`` and what each column holds."""
    pairs = list(zip(window.starts.tolist(), window.ends.tolist(), strict=True))
    spans = tuple(dict.fromkeys(pairs))
    span_of = np.array([spans.index(p) for p in pairs], dtype=np.int64)
    daily: dict[tuple[str, str | None], list[Slot]] = {}
    periods: dict[tuple[str, str | None], list[Slot]] = {}
    dated = [g.date or date_column for g in groups]
    # a group without a breakdown joins a daily branch of its dating column that has one
    by_of_date: dict[str, str] = {}
    for g, date in zip(groups, dated, strict=True):
        if g.by is not None and any(m.agg in DAY_AGGS for m in g.metrics):
            by_of_date.setdefault(date, g.by)
    for gi, (g, date) in enumerate(zip(groups, dated, strict=True)):
        for i, m in enumerate(g.metrics):
            if m.agg in DAY_AGGS:
                key = (date, g.by if g.by is not None else by_of_date.get(date))
                kinds = ("n",) if m.agg is Aggregation.COUNT else ("n", "s")
                if m.agg in (Aggregation.FIRST, Aggregation.LAST):
                    kinds = ("s", "t")
                elif m.agg in (Aggregation.MIN, Aggregation.MAX):
                    kinds = ("s",)
                daily.setdefault(key, []).extend(Slot(gi, i, k) for k in kinds)
            else:
                keys = [(date, None)] + ([(date, g.by)] if g.by is not None else [])
                for key in keys:
                    periods.setdefault(key, []).append(Slot(gi, i, "p"))
    branches: list[Branch] = []
    for (date, by), slots in daily.items():
        for at in range(0, len(slots), MAX_COLUMNS):
            branches.append(Branch(date, by, None, tuple(slots[at : at + MAX_COLUMNS])))
    for (date, by), slots in periods.items():
        for layer in layers(spans):
            for at in range(0, len(slots), MAX_COLUMNS):
                branches.append(Branch(date, by, layer, tuple(slots[at : at + MAX_COLUMNS])))
    return Plan(tuple(groups), window.start, tuple(branches), spans, span_of)
