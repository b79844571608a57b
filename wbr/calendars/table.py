"""Calendar tables: a CSV with one row per day naming its fiscal year, quarter, month and week.

For calendars no rule describes (a year that skipped a week, a shifted year end). Columns:
``date, fiscal_year, fiscal_quarter, fiscal_month, fiscal_week`` (months numbered 1-12 within the
year, weeks 1-52/53). The table is checked when the config is read: every day exactly once with no
gaps, each fiscal week seven consecutive days ending on ``week_ends_on`` and inside one month, each
month inside one quarter, years consecutive and numbered from 1 up without holes.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from pathlib import Path

from wbr.calendars.base import DAY, WEEKDAYS, FiscalYear, Period, span_text
from wbr.calendars.fiscal import FiscalCalendar, Week53, name_month, name_quarter
from wbr.errors import ConfigError, DataError

COLUMNS = ("date", "fiscal_year", "fiscal_quarter", "fiscal_month", "fiscal_week")
MAX_PROBLEMS = 20


class TableCalendar(FiscalCalendar):
    """Fiscal years read from a calendar table."""

    def __init__(self, years: dict[int, FiscalYear], weekday: int, week53: Week53, path: Path):
        super().__init__(weekday, week53)
        self.years = years
        self.path = path

    def describe(self) -> str:
        first, last = min(self.years), max(self.years)
        return f"calendar table {self.path.name} (FY{first}–FY{last}); 53-week years " + (
            self.week53.value
        )

    def year_of(self, day: dt.date) -> int:
        for name, year in self.years.items():
            if year.start <= day <= year.end:
                return name
        raise DataError(self._outside(f"{day}"))

    def fiscal_year(self, name: int) -> FiscalYear:
        if name not in self.years:
            raise DataError(self._outside(f"FY{name}"))
        return self.years[name]

    def _outside(self, what: str) -> str:
        first, last = self.years[min(self.years)], self.years[max(self.years)]
        return (
            f"{self.path.name}: the calendar table covers {first.start} to {last.end} "
            f"(FY{first.name}–FY{last.name}); {what} is outside it (a report needs the fiscal "
            "year of its week and the two before it: add their rows)"
        )


def load_calendar_table(path: Path, weekday: int, week53: Week53, shown: str) -> TableCalendar:
    """Read and check a calendar table; ConfigError lists every problem (at most 20)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
            header = rows[0].keys() if rows else []
    except FileNotFoundError:
        raise ConfigError(f"{shown}: calendar table {path} does not exist") from None
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ConfigError(f"{shown}: cannot read calendar table {path} ({exc})") from None
    name = path.name
    missing = [c for c in COLUMNS if c not in header]
    if not rows or missing:
        raise ConfigError(
            f"{name}: a calendar table needs the columns {', '.join(COLUMNS)} and one row per day"
            + (f" (missing: {', '.join(missing)})" if rows else " (it has no rows)")
        )
    problems: list[str] = []
    days: dict[dt.date, tuple[int, int, int, int]] = {}
    for line, row in enumerate(rows, start=2):
        try:
            day = dt.date.fromisoformat((row["date"] or "").strip())
            numbers = tuple(int((row[c] or "").strip()) for c in COLUMNS[1:])
        except ValueError:
            problems.append(
                f"{name}, line {line}: needs a date YYYY-MM-DD and whole numbers "
                f"(got {', '.join(str(row[c]) for c in COLUMNS)})"
            )
            continue
        fy, q, m, w = numbers
        if day in days:
            problems.append(f"{name}, line {line}: overlap: {day} is listed more than once")
            continue
        if not (1 <= q <= 4 and 1 <= m <= 12 and 1 <= w <= 53):
            problems.append(
                f"{name}, line {line}: quarter must be 1-4, month 1-12 and week 1-53 (got {q}, "
                f"{m}, {w})"
            )
            continue
        days[day] = (fy, q, m, w)
    ordered = sorted(days)
    for before, after in zip(ordered, ordered[1:], strict=False):
        if after - before > DAY:
            problems.append(
                f"{name}: gap: no rows from {before + DAY} to {after - DAY} (every day needs one)"
            )
    weeks: dict[tuple[int, int], list[dt.date]] = defaultdict(list)
    for day in ordered:
        weeks[(days[day][0], days[day][3])].append(day)
    for (fy, w), dates in sorted(weeks.items()):
        first, last = dates[0], dates[-1]
        if len(dates) != 7 or last - first != dt.timedelta(days=6):
            problems.append(
                f"{name}: fiscal week {w} of FY{fy} has {len(dates)} days from {first} to {last}; "
                "a week is 7 consecutive days"
            )
        elif last.weekday() != weekday:
            problems.append(
                f"{name}: fiscal week {w} of FY{fy} ends on {last}, a "
                f"{WEEKDAYS[last.weekday()]}; week_ends_on is {WEEKDAYS[weekday]}"
            )
        if len({days[d][1:3] for d in dates}) > 1:
            problems.append(f"{name}: fiscal week {w} of FY{fy} spans two fiscal months")
    if not problems:
        problems += _check_order(days, ordered, name)
    if problems:
        extra = len(problems) - MAX_PROBLEMS
        shown_problems = problems[:MAX_PROBLEMS]
        if extra > 0:
            shown_problems.append(f"{name}: … and {extra} more problems")
        raise ConfigError(shown_problems)
    return TableCalendar(_years(days, ordered), weekday, week53, path)


def _check_order(
    days: dict[dt.date, tuple[int, int, int, int]], ordered: list[dt.date], name: str
) -> list[str]:
    """Years, quarters, months and weeks must follow each other in date order without holes."""
    problems: list[str] = []
    prev = days[ordered[0]]
    if prev[1:] != (1, 1, 1):
        problems.append(
            f"{name}: the table must start on the first day of a fiscal year "
            f"({ordered[0]} is quarter {prev[1]}, month {prev[2]}, week {prev[3]})"
        )
    for day in ordered[1:]:
        fy, q, m, w = days[day]
        pfy, pq, pm, pw = prev
        if (fy, q, m, w) != prev:
            new_year = fy == pfy + 1 and (q, m, w) == (1, 1, 1)
            same_year = fy == pfy and w == pw + 1 and m in (pm, pm + 1) and q in (pq, pq + 1)
            if not (new_year or same_year):
                problems.append(
                    f"{name}: {day} starts FY{fy} quarter {q} month {m} week {w} right after "
                    f"FY{pfy} quarter {pq} month {pm} week {pw}; periods must follow each other"
                )
        prev = days[day]
    return problems


def _years(
    days: dict[dt.date, tuple[int, int, int, int]], ordered: list[dt.date]
) -> dict[int, FiscalYear]:
    spans: dict[tuple[int, ...], list[dt.date]] = {}
    for day in ordered:
        fy, q, m, w = days[day]
        for key in ((fy,), (fy, 0, q), (fy, 1, m), (fy, 2, w)):
            spans.setdefault(key, [day, day])[1] = day
    years: dict[int, FiscalYear] = {}
    for fy in sorted({days[d][0] for d in ordered}):
        start, end = spans[(fy,)]
        quarters = tuple(
            name_quarter(fy, k[2], *v) for k, v in spans.items() if len(k) == 3 and k[:2] == (fy, 0)
        )
        months = tuple(
            name_month(fy, k[2], *v) for k, v in spans.items() if len(k) == 3 and k[:2] == (fy, 1)
        )
        weeks = tuple(
            Period(s, e, e.isoformat(), f"W{k[2]}", f"Week {k[2]} FY{fy} ({span_text(s, e)})")
            for k, (s, e) in spans.items()
            if len(k) == 3 and k[:2] == (fy, 2)
        )
        years[fy] = FiscalYear(fy, start, end, quarters, months, weeks)
    return years
