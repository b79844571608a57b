"""``wbr calendar``: the fiscal calendar as text, so finance can check it against their own.

One block per fiscal year: the year, its quarters, its months and each month's weeks, with dates.
"""

from __future__ import annotations

from collections.abc import Iterable

from wbr.calendars.base import Calendar, FiscalYear, Period
from wbr.calendars.gregorian import GregorianCalendar


def _weeks(n_days: int) -> str:
    n = n_days // 7
    return f"{n} week{'s' if n != 1 else ''}"


def _line(indent: int, name: str, period: Period, width: int, weeks: bool = True) -> str:
    text = f"{' ' * indent}{name:<{width}}  {period.start} – {period.end}"
    return text + (f"  {_weeks(period.days)}" if weeks else "")


def format_years(calendar: Calendar, names: Iterable[int], week_ends_on: str) -> str:
    """The fiscal years ``names`` of ``calendar`` as text (weeks end on ``week_ends_on``)."""
    lines = [calendar.describe()[0].upper() + calendar.describe()[1:]]
    for name in names:
        year = calendar.fiscal_year(name)
        weeks = year.weeks
        if isinstance(
            calendar, GregorianCalendar
        ):  # calendar months: list the weeks ending in them
            weeks = calendar.weeks_in(year, week_ends_on)
        lines.append("")
        lines.append(_year_line(year, weeks))
        for quarter in year.quarters:
            lines.append(_line(2, quarter.short, quarter, 3, weeks=bool(year.weeks)))
            for month in (m for m in year.months if quarter.start <= m.start <= quarter.end):
                label = f"{month.short}" if year.weeks else f"{month.short} {month.start.year}"
                lines.append(_line(4, label, month, 3 if year.weeks else 8, weeks=bool(year.weeks)))
                for week in (w for w in weeks if month.start <= w.end <= month.end):
                    lines.append(_line(6, week.short, week, 3, weeks=False))
    return "\n".join(lines) + "\n"


def _year_line(year: FiscalYear, weeks: tuple[Period, ...]) -> str:
    text = f"{year.label}  {year.start} – {year.end}"
    if year.weeks:
        return f"{text}  {_weeks(len(year.weeks) * 7)}"
    return f"{text}  {len(weeks)} weeks end in it"
