"""The record-level fields of a metric definition (issue #9): ``date``, ``percentile``,
``duration``, ``cohort`` and ``by``, parsed into typed values for :class:`wbr.schema.MetricDef`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Duration:
    """A record's value is the time from one timestamp column to another, in fractional days."""

    start: str  # YAML 'from'
    end: str  # YAML 'to'


@dataclass(frozen=True, slots=True)
class Cohort:
    """Count a record only when its ``event`` falls 0..``within_days`` business days after it."""

    event: str
    within_days: int


@dataclass(frozen=True, slots=True)
class Breakdown:
    """Compute a metric for each value of ``column`` too (``values``: listed, with labels)."""

    column: str
    values: tuple[tuple[str, str], ...] = ()  # (value, label); empty = discovered in the data


@dataclass(frozen=True, slots=True)
class RecordFields:
    date: str | None = None
    percentile: float | None = None
    duration: Duration | None = None
    cohort: Cohort | None = None


def _scalar(value: Any) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def column_name(raw: Any) -> str | None:
    return raw.strip() if isinstance(raw, str) and raw.strip() else None


def parse_record_fields(body: Mapping[str, Any], agg: str, bad: Any) -> RecordFields:
    """The record-level fields of a column metric: date, percentile, duration, cohort."""
    date = None
    if "date" in body:
        date = column_name(body["date"])
        if date is None:
            bad("date", "must be the name of the column that dates each record")
    percentile = None
    if "percentile" in body:
        raw = body["percentile"]
        if isinstance(raw, bool) or not isinstance(raw, int | float) or not 0 <= raw <= 100:
            bad("percentile", f"must be a number from 0 to 100 such as 90 (got {raw!r})")
        elif agg != "percentile":
            bad("percentile", f"needs agg: percentile (got agg: {agg})")
        else:
            percentile = float(raw)
    elif agg == "percentile":
        bad("agg", "percentile needs 'percentile: N' (0-100), e.g. percentile: 90")
    duration = None
    if "duration" in body:
        raw = body["duration"]
        ends = (
            (column_name(raw.get("from")), column_name(raw.get("to")))
            if isinstance(raw, Mapping)
            else (None, None)
        )
        if not isinstance(raw, Mapping) or set(raw) != {"from", "to"} or None in ends:
            bad("duration", "must be {from: COLUMN, to: COLUMN} (two timestamp columns)")
        elif "column" in body:
            bad("duration", "replaces 'column': give one or the other")
        elif agg in ("count", "count_distinct"):
            bad("duration", f"has no meaning with agg: {agg}; use median, mean, ...")
        else:
            duration = Duration(str(ends[0]), str(ends[1]))
    cohort = None
    if "cohort" in body:
        raw = body["cohort"]
        if not isinstance(raw, Mapping) or column_name(raw.get("event")) is None:
            bad("cohort", "needs 'event': the column whose date completes the cohort, e.g. "
                "{event: meeting_at, within_days: 14}")  # fmt: skip
        elif set(raw) - {"event", "within_days"}:
            extra = sorted(map(str, set(raw) - {"event", "within_days"}))
            bad("cohort", f"has unknown keys {extra} (known: event, within_days)")
        else:
            days = raw.get("within_days")
            if isinstance(days, bool) or not isinstance(days, int) or days < 0:
                bad("cohort", f"'within_days' must be a whole number of days >= 0 (got {days!r})")
            else:
                cohort = Cohort(str(column_name(raw["event"])), days)
    return RecordFields(date, percentile, duration, cohort)


def parse_by(raw: Any, bad: Any) -> Breakdown | None:
    """``by: column`` or ``by: {column: c, values: {value: Label, ...}}`` (or a list of values)."""
    if column_name(raw) is not None:
        return Breakdown(str(column_name(raw)))
    if not isinstance(raw, Mapping) or column_name(raw.get("column")) is None:
        bad("by", "must be a column name or {column: COLUMN, values: {value: Label, ...}}")
        return None
    if set(raw) - {"column", "values"}:
        bad("by", f"has unknown keys {sorted(map(str, set(raw) - {'column', 'values'}))} "
            "(known: column, values)")  # fmt: skip
        return None
    listed = raw.get("values")
    values: list[tuple[str, str]] = []
    if isinstance(listed, Mapping) and listed:
        items = list(listed.items())
    elif isinstance(listed, list) and listed:
        items = [(v, None) for v in listed]
    elif listed is None:
        items = []
    else:
        bad("by", "'values' must map each value to its label, e.g. {web_form: Web form}")
        return None
    for value, label in items:
        if not _scalar(value) or not (label is None or isinstance(label, str)):
            bad("by", f"'values' must map each value to a text label (got {value!r}: {label!r})")
            return None
        text = str(value)
        if not BY_VALUE.match(text):
            bad("by", f"value {text!r} must be letters, digits and underscores "
                "(it becomes part of the metric id, e.g. leads.web_form)")  # fmt: skip
            return None
        values.append((text, label if label is not None else humanise(text)))
    if len({v for v, _ in values}) != len(values):
        bad("by", "'values' lists a value twice")
        return None
    return Breakdown(str(column_name(raw["column"])), tuple(values))


BY_VALUE = re.compile(r"^[A-Za-z0-9_]+$")


def humanise(value: str) -> str:
    """'paid_search' → 'Paid search': how a discovered breakdown value is labelled."""
    text = value.replace("_", " ").strip()
    return text[:1].upper() + text[1:] if text else value
