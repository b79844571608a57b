"""Calendars: the report's periods for a week ending (DESIGN.md §4).

``gregorian`` (calendar months, the default), ``retail`` (4-4-5 / 4-5-4 / 5-4-4 fiscal years of
whole weeks) and ``table`` (a calendar CSV) all answer the :class:`Calendar` protocol.
"""

from __future__ import annotations

from wbr.calendars.base import Calendar, FiscalYear, Period, ReportPeriods
from wbr.calendars.fiscal import FiscalCalendar, Week53
from wbr.calendars.gregorian import GregorianCalendar
from wbr.calendars.retail import Pattern, RetailCalendar, RetailRules, YearEndRule, YearNamedFor
from wbr.calendars.table import TableCalendar, load_calendar_table

__all__ = [
    "Calendar",
    "FiscalCalendar",
    "FiscalYear",
    "GregorianCalendar",
    "Pattern",
    "Period",
    "ReportPeriods",
    "RetailCalendar",
    "RetailRules",
    "TableCalendar",
    "Week53",
    "YearEndRule",
    "YearNamedFor",
    "load_calendar_table",
]
