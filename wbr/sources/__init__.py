"""Where record-level metric values come from: one protocol, one module per backend.

A backend answers two questions for a :class:`RecordGroup` (metrics that read the same records:
same source, dating column, filter, cohort and breakdown) over the report's :class:`Window`:

- :meth:`RecordSource.daily_totals` — per day, the additive aggregates (record counts, sums and
  the non-empty counts that turn sums into means), overall and per breakdown value;
- :meth:`RecordSource.period_values` — per period, what cannot be added up from days: medians,
  percentiles, distinct counts, minima, maxima, first and last values.

``files.py`` implements it over CSV/Parquet files loaded in memory (numpy/pandas); the warehouse
backend (Ibis, issue #11; ``pushdown.py``) answers all of a source's groups with one statement
(:meth:`RecordSource.prepare`) of ``GROUP BY day, value`` and per-period aggregates. The engine
(:mod:`wbr.records`) turns both answers into period values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt

from wbr.schema import Aggregation, FilterClause
from wbr.schema_records import Cohort, Duration

ADDITIVE_AGGS = frozenset({Aggregation.COUNT, Aggregation.SUM, Aggregation.MEAN})
"""Aggregations that add up over days (a mean is a sum over a count)."""


@dataclass(frozen=True, slots=True)
class RecordMetric:
    """What one metric takes from each record of its group."""

    id: str
    agg: Aggregation
    column: str | None  # None: count every record; with count, count records where it is not empty
    duration: Duration | None = None  # value = to − from, in fractional days
    percentile: float | None = None  # 0-100 (median = 50)


@dataclass(frozen=True, slots=True)
class RecordGroup:
    """Metrics that share their records: one mask, one dating, one breakdown for all of them."""

    source: str
    date: str | None  # dating column; None = the source's date column
    filters: tuple[FilterClause, ...]
    cohort: Cohort | None
    by: str | None  # breakdown column
    by_values: tuple[str, ...]  # raw values of ``by``, in output order
    metrics: tuple[RecordMetric, ...]


@dataclass(frozen=True, slots=True)
class Window:
    """The report calendar: ``n_days`` from ``start``; periods as day offsets [start, end)."""

    start: dt.date
    n_days: int
    starts: npt.NDArray[np.int64]
    ends: npt.NDArray[np.int64]

    @property
    def end(self) -> dt.date:
        return self.start + dt.timedelta(days=self.n_days - 1)


class RecordSource(Protocol):
    """A backend that aggregates one source's records (see the module docstring)."""

    name: str
    first_date: dt.date
    last_date: dt.date  # the last covered day (last record or data_through)

    def prepare(self, groups: Sequence[RecordGroup], window: Window) -> None:
        """Called once with all of the source's groups before their totals and values are
        asked for, so a database can answer them all with one statement (or do nothing)."""
        ...

    def daily_totals(self, group: RecordGroup, window: Window) -> npt.NDArray[np.float64]:
        """Shape (len(group.metrics), 1 + len(by_values), 2, n_days): per metric, row 0 overall
        and row 1 + k for by_values[k]; [..., 0, :] the day's sum (or count), [..., 1, :] the
        number of records with a value (for means). Only metrics with an additive agg are read."""
        ...

    def period_values(self, group: RecordGroup, window: Window) -> npt.NDArray[np.float64]:
        """Shape (len(group.metrics), 1 + len(by_values), n_periods): each period's value from
        its records; NaN where the period has no record with a value (count_distinct: 0).
        Only metrics with a per-period agg are read."""
        ...
