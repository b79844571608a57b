"""The weekly series behind the natural process limits: the engine's extra period spans.

The engine computes these weeks with the same machinery as the packet's six weeks (7-day
aggregates; formulas as the ratio of weekly aggregates), appended after its fixed periods.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from wbr.periods import WEEK, Period, week
from wbr.schema import MetricDef
from wbr.signals.settings import SignalSettings


@dataclass(frozen=True, slots=True)
class WeeklySeries:
    """Every metric's last weekly values, oldest first; the last column is the report week."""

    week_ends: tuple[dt.date, ...]
    values: npt.NDArray[np.float64]  # metrics × weeks, NaN where no value
    coverage: npt.NDArray[np.float64]  # metrics × weeks, share of days with source data
    provisional: npt.NDArray[np.bool_]  # metrics × weeks, not yet mature (matures_after)


def series_length(defs: Sequence[MetricDef], settings: SignalSettings) -> int:
    """The longest series any metric asks for (its own ``weeks`` or the project's)."""
    lengths = [
        d.signals.apply(settings).weeks if d.signals is not None else settings.weeks for d in defs
    ]
    return max(lengths, default=settings.weeks)


def series_weeks(week_ending: dt.date, count: int) -> tuple[Period, ...]:
    """The ``count`` weeks ending on the report week, oldest first."""
    return tuple(week(week_ending - WEEK * k) for k in range(count - 1, -1, -1))
