"""Human formatting of metric values, changes and period labels, shared by the pair reasons, the
charts and the renderers.

The engine never rounds; only these functions do, and only for display.
"""

from __future__ import annotations

import datetime as dt
import math

MINUS = "\u2212"  # a real minus sign, not a hyphen


def format_value(value: float | None, unit: str, currency: str = "$", extra: int = 0) -> str:
    """12.3K, $1.2M, 35.2 %, 4.1 days; 'n/a' when missing. ``extra``: more decimals than usual."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    if unit in ("percent", "ratio"):
        return f"{_signed(value * 100, 1 + extra, plus=False)} %"
    prefix = currency if unit == "currency" else ""
    text = _compact(value, extra)
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


def change_cues(change: float | None, text: str, sign: int) -> tuple[str, str]:
    """The tone and arrow of a formatted change: ▲ up / ▼ down, good or bad by the metric's
    direction (``sign`` +1 when higher is better); a change that rounds to zero is flat and has no
    arrow; a missing one is "na". Colour never without the arrow and the sign."""
    if change is None or (isinstance(change, float) and math.isnan(change)):
        return "na", ""
    if not any(ch.isdigit() and ch != "0" for ch in text):
        return "flat", ""
    return ("good" if change * sign > 0 else "bad"), ("▲" if change > 0 else "▼")


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


def _compact(value: float, extra: int = 0) -> str:
    magnitude = abs(value)
    # thresholds sit just below each power so that 999,960 shows as 1.0M, not 1000.0K
    steps = ((999.95e6, 1e9, "B"), (999_950, 1e6, "M"), (9_999.5, 1e3, "K"))
    for threshold, scale, suffix in steps:
        if magnitude >= threshold:
            return _signed(value / scale, 1 + extra, plus=False) + suffix
    if magnitude >= 100 or float(value).is_integer():
        return _signed(value, extra, plus=False)
    return _signed(value, (2 if magnitude < 10 else 1) + extra, plus=False)


MAX_EXTRA = 6  # beyond 6 more decimals two different numbers are a float artefact, not a gap


def format_apart(actual: float | None, plan: float | None, unit: str) -> tuple[str, str]:
    """Both numbers with the fewest extra decimals that tell them apart when they differ.

    "$4.3M vs $4.3M" hides a $51K gap; this gives "$4.29M vs $4.34M" (issue #10).
    """
    for extra in range(MAX_EXTRA + 1):
        a, p = format_value(actual, unit, extra=extra), format_value(plan, unit, extra=extra)
        if a != p or actual is None or plan is None or actual == plan:
            return a, p
    return a, p


def format_gap(gap: float | None, unit: str, comparison: str) -> str:
    """A signed gap in the metric's unit (bps for a metric compared in bps), never shown as 0
    when it is not 0: decimals are added until a non-zero digit shows."""
    if gap is None or math.isnan(gap):
        return "n/a"
    for extra in range(MAX_EXTRA + 1):
        if comparison == "bps":
            text = f"{_signed(gap * 10_000, extra)} bps"
        else:
            text = format_value(abs(gap), unit, extra=extra)
            text = text if gap == 0 else (MINUS if gap < 0 else "+") + text
        if gap == 0 or _nonzero(text):
            return text
    return text


def format_gap_pct(gap: float | None, plan: float | None) -> str:
    """The gap as a share of the plan, "−1.2 %"; decimals added until a non-zero digit shows."""
    if gap is None or plan is None or plan == 0 or math.isnan(gap):
        return "n/a"
    share = gap / abs(plan) * 100
    for extra in range(MAX_EXTRA + 1):
        text = f"{_signed(share, 1 + extra)} %"
        if share == 0 or _nonzero(text):
            return text
    return text


def _nonzero(text: str) -> bool:
    return any(ch.isdigit() and ch != "0" for ch in text)
