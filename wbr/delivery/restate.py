"""Restatements: past numbers that changed since an archived packet published them.

Today's metric set covers the six weeks and twelve months before the report week (and each one's
prior-year twin). Every archived ``metrics.json`` of a week up to the report week published values
for some of the same weeks and months; for each (metric, week) and (metric, month) the newest
archived value is compared with today's. A change beyond rounding (relative 1e-6), or a value
that appeared or disappeared, is a restatement: it goes into the packet's data warnings and into
``metrics.json`` (``restatements``), so past numbers never change silently.

Limitations: only metrics present in both are compared (a renamed metric id is a new metric), and
only the values, not coverage or targets.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from wbr.formatting import MINUS, format_delta
from wbr.periods import PRIOR_YEAR_WEEK
from wbr.results import MetricResult, MetricSet, Restatement
from wbr.schema import Comparison

REL_TOL = 1e-6
ABS_TOL = 1e-9
MAX_WARNINGS = 12  # restatements listed one by one in the data warnings; the rest are counted
WEEK_DIR = re.compile(r"^\d{4}-\d{2}-\d{2}$")
YEAR_DIR = re.compile(r"^\d{4}$")

CALENDAR_MONTH = re.compile(r"^\d{4}-\d{2}$")
FISCAL_MONTH = re.compile(r"^FY\d{4}-P\d{2}$")
Key = tuple[str, str, str]  # metric id, "week" | "month", "YYYY-MM-DD" | "YYYY-MM"


@dataclass(frozen=True, slots=True)
class ArchivedWeek:
    """One archived packet's ``metrics.json``, parsed."""

    week_ending: dt.date
    path: Path
    data: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class RestatementCheck:
    """What comparing today's numbers with the archive found."""

    restatements: tuple[Restatement, ...]
    problems: tuple[str, ...]  # archived files that could not be read (reported as warnings)
    weeks_compared: int


def archived_weeks(archive_root: Path) -> tuple[tuple[ArchivedWeek, ...], tuple[str, ...]]:
    """Every ``<root>/YYYY/YYYY-MM-DD/metrics.json``, oldest first, and the unreadable ones."""
    found: list[ArchivedWeek] = []
    problems: list[str] = []
    for path in _metrics_files(archive_root):
        week = dt.date.fromisoformat(path.parent.name)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            problems.append(f"archive: cannot read {path} ({exc}); restatements not checked there")
            continue
        if not isinstance(data, dict) or not isinstance(data.get("metrics"), list):
            problems.append(f"archive: {path} is not a wbr metrics.json; restatements not checked")
            continue
        found.append(ArchivedWeek(week, path, data))
    return tuple(found), tuple(problems)


def _metrics_files(root: Path) -> Iterator[Path]:
    if not root.is_dir():
        return
    for year in sorted(p for p in root.iterdir() if p.is_dir() and YEAR_DIR.match(p.name)):
        for week in sorted(p for p in year.iterdir() if p.is_dir() and WEEK_DIR.match(p.name)):
            try:
                dt.date.fromisoformat(week.name)
            except ValueError:
                continue
            if (week / "metrics.json").is_file():
                yield week / "metrics.json"


def find_restatements(metric_set: MetricSet, archive_root: Path) -> RestatementCheck:
    """Compare today's weeks and months with the newest archived value of each."""
    weeks, problems = archived_weeks(archive_root)
    usable = [w for w in weeks if w.week_ending <= metric_set.week_ending]
    archived: dict[Key, tuple[float | None, dt.date]] = {}
    for week in usable:  # oldest first: a newer packet's value replaces an older one's
        for key, value in _archived_values(week.data):
            archived[key] = (value, week.week_ending)
    found: list[Restatement] = []
    for result in metric_set.metrics:  # metric order, then weeks and months oldest first
        changed = [
            (key, now)
            for key, now in _current_values(result)
            if key in archived and not _same(archived[key][0], now)
        ]
        for key, now in sorted(changed, key=lambda item: (item[0][1] != "week", item[0][2])):
            old, archived_in = archived[key]
            found.append(_restatement(result, key, old, now, archived_in))
    return RestatementCheck(tuple(found), problems, len(usable))


def apply_restatements(metric_set: MetricSet, archive_root: Path) -> MetricSet:
    """The metric set with its restatements and their data warnings added."""
    check = find_restatements(metric_set, archive_root)
    if not check.restatements and not check.problems:
        return metric_set
    return replace(
        metric_set,
        restatements=check.restatements,
        warnings=metric_set.warnings + restatement_warnings(check.restatements) + check.problems,
    )


def restatement_warnings(restatements: tuple[Restatement, ...]) -> tuple[str, ...]:
    """One data warning per restated value, at most :data:`MAX_WARNINGS`, then a count."""
    lines = [r.message for r in restatements[:MAX_WARNINGS]]
    rest = len(restatements) - MAX_WARNINGS
    if rest > 0:
        lines.append(
            f"… and {rest} more restated value{'s' if rest != 1 else ''} "
            "(all listed under 'restatements' in metrics.json)"
        )
    return tuple(lines)


def _archived_values(data: Mapping[str, Any]) -> Iterator[tuple[Key, float | None]]:
    for metric in data.get("metrics", []):
        if not isinstance(metric, dict) or not isinstance(metric.get("id"), str):
            continue
        mid = metric["id"]
        for w in metric.get("weeks") or []:
            day = _date(w.get("week_ending")) if isinstance(w, dict) else None
            if day is None:
                continue
            yield (mid, "week", day.isoformat()), _number(w.get("value"))
            # a fiscal calendar says which week it compared with (None: week 53, no comparable)
            prior = _date(w["prior_year_end"]) if "prior_year_end" in w else day - PRIOR_YEAR_WEEK
            if "prior_year" in w and prior is not None:
                yield (mid, "week", prior.isoformat()), _number(w["prior_year"])
        for m in metric.get("months") or []:
            month = m.get("month") if isinstance(m, dict) else None
            if not isinstance(month, str) or not (CALENDAR_MONTH.match(month) or
                                                  FISCAL_MONTH.match(month)):  # fmt: skip
                continue
            yield (mid, "month", month), _number(m.get("value"))
            # a fiscal month's prior year may be a restated (53-week) year: only its own value
            if "prior_year" in m and CALENDAR_MONTH.match(month):
                yield (mid, "month", _year_before(month)), _number(m["prior_year"])


def _current_values(result: MetricResult) -> Iterator[tuple[Key, float | None]]:
    mid = result.metric.id
    for w in result.weeks:
        yield (mid, "week", w.week_ending.isoformat()), w.value
        prior = w.prior_period
        if prior is None or not prior.empty:
            end = prior.end if prior is not None else w.week_ending - PRIOR_YEAR_WEEK
            yield (mid, "week", end.isoformat()), w.prior_year
    for m in result.months:
        yield (mid, "month", m.month), m.value
        if CALENDAR_MONTH.match(m.month):
            yield (mid, "month", _year_before(m.month)), m.prior_year


def _same(old: float | None, now: float | None) -> bool:
    if old is None or now is None:
        return old is None and now is None
    return math.isclose(old, now, rel_tol=REL_TOL, abs_tol=ABS_TOL)


def _restatement(
    result: MetricResult, key: Key, old: float | None, now: float | None, archived_in: dt.date
) -> Restatement:
    m = result.metric
    _, period, when = key
    change = m.comparison.delta(now, old)
    if period == "week":
        where = f"week ending {when}"
    elif FISCAL_MONTH.match(when):
        where = f"{when.split('-')[1].replace('P0', 'P')} {when.split('-')[0]}"  # P9 FY2025
    else:
        where = dt.date.fromisoformat(f"{when}-01").strftime("%B %Y")
    if old is None:
        tail = " (new value)"
    elif now is None:
        tail = " (value removed)"
    elif change is None:
        tail = ""
    else:
        tail = f" ({_change_text(change, m.comparison)})"
    old_text, now_text = _distinct(old, now, m.unit)
    message = f"{m.label}, {where}: archived {old_text}, now {now_text}{tail}"
    return Restatement(
        metric=m.id,
        label=m.label,
        period=period,
        key=when,
        archived=old,
        now=now,
        change=change,
        archived_in=archived_in,
        message=message,
    )


def format_exact(
    value: float | None, unit: str, currency: str = "$", decimals: int | None = None
) -> str:
    """A value precise enough to show a restatement: 12,345 not 12.3K; 31.20 %; n/a."""
    if value is None:
        return "n/a"
    if unit in ("percent", "ratio"):
        text = f"{abs(value) * 100:,.{2 if decimals is None else decimals}f} %"
    elif decimals is None and float(value).is_integer():
        text = f"{abs(value):,.0f}"
    else:
        text = f"{abs(value):,.{2 if decimals is None else decimals}f}"
    if unit == "currency":
        text = currency + text
    elif unit == "days":
        text += " days"
    elif unit == "hours":
        text += " h"
    return (MINUS + text) if value < 0 else text


def _distinct(old: float | None, now: float | None, unit: str) -> tuple[str, str]:
    """Both values, with as many decimals as it takes (up to 6) for them to read differently."""
    old_text, now_text = format_exact(old, unit), format_exact(now, unit)
    if old is None or now is None or (float(old).is_integer() and float(now).is_integer()):
        return old_text, now_text
    for decimals in range(2, 7):
        old_text, now_text = (
            format_exact(old, unit, decimals=decimals),
            format_exact(now, unit, decimals=decimals),
        )
        if old_text != now_text:
            break
    return old_text, now_text


def _change_text(change: float, comparison: Comparison) -> str:
    """+2.8 % or −81 bps; a change too small for that precision keeps two significant digits."""
    small = abs(change) < (0.5 if comparison is Comparison.BPS else 0.0005)
    if not small:
        return format_delta(change, comparison.value)
    sign = "+" if change > 0 else MINUS
    if comparison is Comparison.BPS:
        return f"{sign}{abs(change):.2g} bps"
    return f"{sign}{abs(change) * 100:.2g} %"


def _number(raw: Any) -> float | None:
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        return None
    value = float(raw)
    return value if math.isfinite(value) else None


def _date(raw: Any) -> dt.date | None:
    if not isinstance(raw, str):
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        return None


def _year_before(month: str) -> str:
    year, mon = month.split("-")
    return f"{int(year) - 1:04d}-{mon}"


__all__ = [
    "ArchivedWeek",
    "RestatementCheck",
    "apply_restatements",
    "archived_weeks",
    "find_restatements",
    "format_exact",
    "restatement_warnings",
]
