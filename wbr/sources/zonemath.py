"""Business days and instants of a database's records as arithmetic (issue #11).

Asking the database for each record's wall-clock time in the report's zone (DuckDB's ICU
``timezone()``, Spark's ``from_utc_timestamp``) costs more than the whole aggregation: on
DuckDB 10⁷ records take 3 s that way, 0.2 s this way. A zone's offset from UTC changes only a
few times in a report's window, so an instant ``t``'s wall-clock time is ``t + offset(t)``, the
offset a ``CASE`` over those changes (looked up here with :mod:`zoneinfo`), and its business day
``floor((t + offset − origin) / 86400)``, an integer counted from the window's first day.
Each caller looks the changes up for the span its column needs (the dating column: the
report's range; a cohort's event: up to the longest cohort after it); a duration's instants
outside theirs (a meeting years away) take the database's own conversion, so every value is
exact, only slower there.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from wbr.sources import warehouse as wh

if TYPE_CHECKING:
    import ibis.expr.types as ir

SECONDS_PER_DAY = 86_400
STEP = 6 * 3600  # a zone never changes its offset twice within six hours


@dataclass(frozen=True, slots=True)
class Offsets:
    """A zone's UTC offsets over the instants ``lo``..``hi``: ``seconds[0]`` before
    ``changes[0]``, ``seconds[i]`` from ``changes[i - 1]``, the last after the last change."""

    zone: str
    lo: dt.datetime  # aware, UTC
    hi: dt.datetime
    changes: tuple[dt.datetime, ...]
    seconds: tuple[int, ...]

    def folds(self) -> tuple[tuple[dt.datetime, dt.datetime, int], ...]:
        """The instants whose wall-clock time is repeated later (clocks going back by ``gap``
        seconds at ``change``): ``[change − gap, change)``, each with its gap."""
        out = []
        steps = zip(self.changes, self.seconds, self.seconds[1:], strict=False)
        for change, before, after in steps:
            if after < before:
                gap = before - after
                out.append((change - dt.timedelta(seconds=gap), change, gap))
        return tuple(out)


@functools.lru_cache(maxsize=64)
def offsets(zone: str, first: dt.date, last: dt.date) -> Offsets:
    """``zone``'s offsets over the instants from ``first`` to ``last`` (midnight UTC)."""
    tz = ZoneInfo(zone)
    start = dt.datetime.combine(first, dt.time(), dt.UTC)
    end = dt.datetime.combine(last, dt.time(), dt.UTC)
    lo, hi = int(start.timestamp()), int(end.timestamp())

    def offset(second: int) -> int:
        moment = dt.datetime.fromtimestamp(second, dt.UTC).astimezone(tz)
        return int(moment.utcoffset().total_seconds())  # type: ignore[union-attr]

    changes: list[dt.datetime] = []
    seconds = [offset(lo)]
    for at in range(lo, hi, STEP):
        upto = min(at + STEP, hi)
        if offset(upto) == seconds[-1]:
            continue
        a, b = at, upto  # offset(a) is the current one, offset(b) the next: bisect to the second
        while b - a > 1:
            mid = (a + b) // 2
            a, b = (mid, b) if offset(mid) == seconds[-1] else (a, mid)
        changes.append(dt.datetime.fromtimestamp(b, dt.UTC))
        seconds.append(offset(b))
    return Offsets(zone, start, end, tuple(changes), tuple(seconds))


def _instant(value: dt.datetime, like: ir.Value) -> ir.Value:
    return wh._ibis().literal(value, type=like.type())


def _covered(column: ir.Value, offs: Offsets) -> ir.BooleanValue:
    result: ir.BooleanValue = (column >= _instant(offs.lo, column)) & (
        column < _instant(offs.hi, column)
    )
    return result


def _offset(column: ir.Value, offs: Offsets) -> ir.Value:
    """The zone's offset at each instant of ``column`` (within ``offs``), in seconds."""
    ibis = wh._ibis()
    if not offs.changes:
        return ibis.literal(offs.seconds[0])
    pairs = zip(offs.changes, offs.seconds, strict=False)  # the last offset is the ELSE
    cases = [(column < _instant(c, column), s) for c, s in pairs]
    return ibis.cases(*cases, else_=offs.seconds[-1])


def day_number(
    column: ir.Value, origin: dt.date, offs: Offsets, kind: str, within: bool = False
) -> ir.Value:
    """Each record's business day in the report's zone as days after ``origin`` (an integer;
    NULL where the column is, and for instants outside ``offs``: the caller has no use for
    them). ``within``: the caller's WHERE keeps only instants inside ``offs``, so none is
    looked at."""
    ibis = wh._ibis()
    dtype = column.type()
    base = ibis.literal(origin)
    if dtype.is_date():
        return column.delta(base, unit="day")
    if dtype.timezone is None:  # a wall-clock time already
        return column.date().delta(base, unit="day")
    shift = int(dt.datetime.combine(origin, dt.time(), dt.UTC).timestamp())
    local = wh.epoch_seconds(column, kind) + _offset(column, offs) - shift
    fast = (local / SECONDS_PER_DAY).floor().cast("int64")
    if within:
        return fast
    return ibis.cases((_covered(column, offs), fast), else_=ibis.null("int64"))


def instant_seconds(column: ir.Value, offs: Offsets, kind: str) -> ir.Value:
    """Epoch seconds of the instant each record's report-zone wall-clock time names (as the
    file path reads it: a wall-clock time repeated when clocks go back is the later, standard
    one, so the earlier instants of a repeated hour move forward by the hour): durations."""
    ibis = wh._ibis()
    dtype = column.type()
    local = wh.local_time(column, offs.zone, kind)
    if local.type().is_date():
        local = local.cast("timestamp")
    slow = wh.epoch_seconds(wh.zone_instant(local, offs.zone, kind), kind)
    if not (dtype.is_timestamp() and dtype.timezone is not None):
        return slow
    seconds = wh.epoch_seconds(column, kind)
    folds = offs.folds()
    if folds:
        moved = [
            ((column >= _instant(a, column)) & (column < _instant(b, column)), gap)
            for a, b, gap in folds
        ]
        seconds = seconds + ibis.cases(*moved, else_=0)
    return ibis.cases((_covered(column, offs), seconds), else_=slow)
