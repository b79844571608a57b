"""The gregorian calendar's functions under their old name (see :mod:`wbr.calendars.gregorian`)."""

from __future__ import annotations

from wbr.calendars.base import PRIOR_YEAR_WEEK, WEEK, Period, ReportPeriods
from wbr.calendars.gregorian import (
    calendar_month,
    fiscal_quarter_number,
    fiscal_quarter_start,
    fiscal_year_label,
    fiscal_year_start,
    last_year,
    month_end,
    report_periods,
    same_date_last_year,
    trailing_months,
    week,
    week_ending_on_or_before,
)

__all__ = [
    "PRIOR_YEAR_WEEK",
    "WEEK",
    "Period",
    "ReportPeriods",
    "calendar_month",
    "fiscal_quarter_number",
    "fiscal_quarter_start",
    "fiscal_year_label",
    "fiscal_year_start",
    "last_year",
    "month_end",
    "report_periods",
    "same_date_last_year",
    "trailing_months",
    "week",
    "week_ending_on_or_before",
]
