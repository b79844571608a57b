"""Period values of record-level metrics (issue #9), from any :class:`wbr.sources.RecordSource`.

Metrics that read the same records (same source, dating column, filter, cohort, breakdown) form
one :class:`~wbr.sources.RecordGroup`. Additive aggregates (count, sum, mean = sum / count) come
from the backend as daily totals and are summed per period with one cumulative sum; order
statistics and distinct counts come per period. A record source covers every day from its first
record to its last (or ``data_through``): inside that coverage a period without a matching record
counts 0 and has no mean, median, minimum or maximum (null); a period wholly outside it is null.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt

from wbr.formula import Array
from wbr.loading import LoadedData
from wbr.schema import Aggregation, FilterClause, MetricDef
from wbr.schema_records import Cohort
from wbr.sources import ADDITIVE_AGGS, RecordGroup, RecordMetric, RecordSource, Window
from wbr.sources.files import FileRecords

GroupKey = tuple[str, str | None, tuple[FilterClause, ...], Cohort | None, str | None]


def record_backends(data: LoadedData) -> dict[str, RecordSource]:
    """The backend of every loaded record-level source: its database's, else the file one."""
    return {
        name: source.backend or FileRecords(source, source.date_column, source.timezone)
        for name, source in data.sources.items()
        if source.records
    }


def is_record_metric(d: MetricDef, data: LoadedData) -> bool:
    """A column metric (or breakdown child of one) on a loaded record-level source."""
    source = data.sources.get(d.source or "")
    return d.formula is None and source is not None and source.records


def covered_periods(source: RecordSource, window: Window) -> npt.NDArray[np.bool_]:
    """Whether each period has at least one day inside the source's coverage."""
    first = (source.first_date - window.start).days
    last = (source.last_date - window.start).days + 1  # exclusive
    return np.minimum(window.ends, last) > np.maximum(window.starts, first)


def compute_record_values(
    defs: Sequence[MetricDef],
    data: LoadedData,
    window: Window,
    backends: Mapping[str, RecordSource] | None = None,
) -> dict[str, Array]:
    """Every record metric's (and breakdown child's) value per period, NaN for null."""
    backends = backends if backends is not None else record_backends(data)
    children: dict[str, list[MetricDef]] = {}
    for d in defs:
        if d.parent is not None:
            children.setdefault(d.parent, []).append(d)
    groups: dict[GroupKey, list[MetricDef]] = {}
    for d in defs:
        if d.parent is None and is_record_metric(d, data):
            assert d.source is not None
            key = (d.source, d.date, d.filters, d.cohort, d.by.column if d.by else None)
            groups.setdefault(key, []).append(d)
    built: list[tuple[RecordGroup, list[MetricDef], list[str]]] = []
    for (source, date, filters, cohort, by), members in groups.items():
        by_values: list[str] = []
        for d in members:
            for child in children.get(d.id, ()):
                if child.by_value is not None and child.by_value not in by_values:
                    by_values.append(child.by_value)
        group = RecordGroup(
            source=source,
            date=date,
            filters=filters,
            cohort=cohort,
            by=by,
            by_values=tuple(by_values),
            metrics=tuple(
                RecordMetric(d.id, d.agg, d.column, d.duration, d.percentile) for d in members
            ),
        )
        built.append((group, members, by_values))
    # a backend sees all its groups first: a database answers them with one statement
    for name, backend in backends.items():
        mine = [group for group, _, _ in built if group.source == name]
        if mine:
            backend.prepare(mine, window)
    values: dict[str, Array] = {}
    for group, members, by_values in built:
        rows = _group_values(backends[group.source], group, window)
        for i, d in enumerate(members):
            values[d.id] = rows[i, 0]
            for child in children.get(d.id, ()):
                values[child.id] = rows[i, 1 + by_values.index(str(child.by_value))]
    return values


def _group_values(source: RecordSource, group: RecordGroup, window: Window) -> Array:
    """(metrics, 1 + values, periods) for one group, nulls as NaN."""
    n_periods = len(window.starts)
    out = np.full((len(group.metrics), 1 + len(group.by_values), n_periods), np.nan)
    aggs = [m.agg for m in group.metrics]
    additive = [i for i, agg in enumerate(aggs) if agg in ADDITIVE_AGGS]
    per_period = [i for i, agg in enumerate(aggs) if agg.per_period]
    if additive:
        totals = source.daily_totals(group, window)[additive]  # (m, 1 + values, 2, days)
        zero = np.zeros((*totals.shape[:-1], 1))
        running = np.concatenate([zero, np.cumsum(totals, axis=-1)], axis=-1)
        sums = running[..., window.ends] - running[..., window.starts]  # (m, 1 + values, 2, P)
        with np.errstate(all="ignore"):
            means = np.where(sums[:, :, 1] > 0, sums[:, :, 0] / sums[:, :, 1], np.nan)
        is_mean = np.array([aggs[i] is Aggregation.MEAN for i in additive])
        out[additive] = np.where(is_mean[:, None, None], means, sums[:, :, 0])
    if per_period:
        out[per_period] = source.period_values(group, window)[per_period]
    out[..., ~covered_periods(source, window)] = np.nan
    return out
