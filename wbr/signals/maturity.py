"""Maturity (issue #8 §2): which periods of a metric are still filling in.

A metric may declare ``matures_after: N`` days (meetings are booked days after the lead, defects
are reported weeks after shipping). A period whose last day is fewer than N days before its
source's last date is *provisional*: shown as such, kept out of baselines, its signals hedged.
A formula is provisional wherever any metric it reads is, and may declare its own maturity too
(reckoned from the earliest last date among the sources it reads).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt

from wbr.schema import MetricDef, formula_order

NEVER = dt.date.max.toordinal()  # a metric without matures_after is mature as soon as data is in


def mature_through(
    defs: Sequence[MetricDef], last_dates: Mapping[str, dt.date]
) -> npt.NDArray[np.int64]:
    """Per metric (in ``defs`` order), the ordinal of the last period end that is mature.

    ``last_dates`` maps source name → its last date; a source without data imposes nothing.
    One pass over metrics (formulas after what they read), never over periods.
    """
    through: dict[str, int] = {}
    last: dict[str, int] = {}
    for d in defs:
        if d.formula is not None:
            continue
        end = last_dates.get(d.source or "")
        last[d.id] = end.toordinal() if end is not None else NEVER
        through[d.id] = last[d.id] - d.matures_after if d.matures_after and end else NEVER
    for d in formula_order(defs):
        assert d.formula is not None
        refs = [r for r in d.formula.refs() if r in through]
        last[d.id] = min((last[r] for r in refs), default=NEVER)
        own = last[d.id] - d.matures_after if d.matures_after and last[d.id] != NEVER else NEVER
        through[d.id] = min([own, *(through[r] for r in refs)])
    return np.array([through[d.id] for d in defs], dtype=np.int64)


def provisional_matrix(
    through: npt.NDArray[np.int64], period_ends: Sequence[dt.date]
) -> npt.NDArray[np.bool_]:
    """metrics × periods: True where the period ends after the metric's mature-through day."""
    ends = np.array([e.toordinal() for e in period_ends], dtype=np.int64)
    return ends[None, :] > through[:, None]
