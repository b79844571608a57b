"""Human formatting of metric values, changes and period labels, shared by the pair reasons, the
charts and the renderers.

The engine never rounds; only these functions do, and only for display.
"""

from __future__ import annotations

import datetime as dt
import math

MINUS = "\u2212"  # a real minus sign, not a hyphen


def format_value(value: float | None, unit: str, currency: str = "$") -> str:
    """12.3K, $1.2M, 35.2 %, 4.1 days; 'n/a' when missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    if unit in ("percent", "ratio"):
        return f"{_signed(value * 100, 1, plus=False)} %"
    prefix = currency if unit == "currency" else ""
    text = _compact(value)
    text = MINUS + prefix + text[1:] if text.startswith(MINUS) else prefix + text
    if unit == "days":
        return f"{text} days"
    if unit == "hours":
        return f"{text} h"
    return text


def format_delta(delta: float | None, comparison: str) -> str:
    """+2.3 % for pct, +120 bps for bps; 'n/a' when missing."""
    if delta is None or (isinstance(delta, float) and math.isnan(delta)):
        return "n/a"
    if comparison == "bps":
        return f"{_signed(delta, 0)} bps"
    return f"{_signed(delta * 100, 1)} %"


def format_tolerance(tolerance: float, comparison: str) -> str:
    """5 % or 100 bps."""
    if comparison == "bps":
        return f"{tolerance:,.0f} bps"
    return f"{tolerance * 100:g} %"


def week_labels(week_ending: dt.date) -> tuple[str, str]:
    """A week's short and long label: ('W46', 'Week ending 15 Nov 2026')."""
    return (
        f"W{week_ending.isocalendar().week}",
        f"Week ending {week_ending.day} {week_ending:%b %Y}",
    )


def month_labels(month: str) -> tuple[str, str]:
    """A 'YYYY-MM' month's short and long label: ('Nov', 'November 2026')."""
    first = dt.date(int(month[:4]), int(month[5:7]), 1)
    return first.strftime("%b"), first.strftime("%B %Y")


def _signed(number: float, decimals: int, plus: bool = True) -> str:
    text = f"{abs(number):,.{decimals}f}"
    if round(number, decimals) == 0:
        return text
    if number < 0:
        return MINUS + text
    return ("+" + text) if plus else text


def _compact(value: float) -> str:
    magnitude = abs(value)
    # thresholds sit just below each power so that 999,960 shows as 1.0M, not 1000.0K
    steps = ((999.95e6, 1e9, "B"), (999_950, 1e6, "M"), (9_999.5, 1e3, "K"))
    for threshold, scale, suffix in steps:
        if magnitude >= threshold:
            return _signed(value / scale, 1, plus=False) + suffix
    if magnitude >= 100 or float(value).is_integer():
        return _signed(value, 0, plus=False)
    return _signed(value, 2 if magnitude < 10 else 1, plus=False)
