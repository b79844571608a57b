"""The ``signals:`` settings of wbr.yaml, their per-metric overrides, and ``process_changes:``.

Parsed once at the edge into frozen values; problems go to the caller's ``bad(key, message)``
so that config and metric validation report every problem together.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any, Literal

Charts = Literal["signals", "all", "none"]
CHARTS: tuple[Charts, ...] = ("signals", "all", "none")
INT_KEYS = ("weeks", "baseline_weeks", "min_baseline_weeks", "run_length")
SIGNAL_KEYS = (*INT_KEYS, "charts")
MIN_WEEKS = 2  # two values make one moving range: the least any limit needs

Bad = Callable[[str, str], None]


@dataclass(frozen=True, slots=True)
class SignalSettings:
    """How a metric's weekly series and its natural process limits are formed."""

    weeks: int = 26  # the series: the last `weeks` weeks ending on the report week
    baseline_weeks: int = 20  # limits come from the first usable weeks of the series
    min_baseline_weeks: int = 8  # fewer usable baseline weeks: no limits ("too little data")
    run_length: int = 8  # this many values in a row on one side of the centre line is a signal
    charts: Charts = "signals"  # which metric blocks get a process behaviour chart
    enabled: bool = True  # per metric `signals: false` turns limits off


@dataclass(frozen=True, slots=True)
class SignalOverride:
    """A metric's ``signals:`` mapping (only the keys it gives), or ``signals: false``."""

    enabled: bool = True
    weeks: int | None = None
    baseline_weeks: int | None = None
    min_baseline_weeks: int | None = None
    run_length: int | None = None
    charts: Charts | None = None
    # `breakdowns: false`: the metric keeps its limits, its `by:` children get none (a weekly
    # ratio of a handful of deals per source is dominated by how many deals closed)
    breakdowns: bool = True

    def apply(self, base: SignalSettings) -> SignalSettings:
        """The project's settings with this metric's keys laid over them."""
        given = {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if f.name not in ("enabled", "breakdowns") and getattr(self, f.name) is not None
        }
        return replace(base, enabled=self.enabled, **given)

    def for_breakdown(self) -> SignalOverride:
        """The settings of the metric's breakdown children: the same, or off."""
        return self if self.breakdowns else SignalOverride(enabled=False)


@dataclass(frozen=True, slots=True)
class ProcessChange:
    """A date from which a metric's process is a different process: its limits start again."""

    date: dt.date
    note: str
    metrics: tuple[str, ...] = ()  # empty: every metric

    def applies_to(self, metric_id: str) -> bool:
        return not self.metrics or metric_id in self.metrics


def _parse_keys(
    raw: Mapping[Any, Any], key: str, bad: Bad, also: tuple[str, ...] = ()
) -> dict[str, Any]:
    """The known keys of a ``signals:`` mapping, checked; unknown keys and bad values reported.

    ``also``: keys the caller parses itself (known, so not reported, but not returned).
    """
    out: dict[str, Any] = {}
    for name in raw:
        if name not in SIGNAL_KEYS and name not in also:
            known = ", ".join((*SIGNAL_KEYS, *also))
            bad(f"{key}.{name}", f"is not a known setting (known: {known})")
    for name in INT_KEYS:
        if name not in raw:
            continue
        value = raw[name]
        if isinstance(value, bool) or not isinstance(value, int) or value < MIN_WEEKS:
            bad(f"{key}.{name}", f"must be a whole number of weeks, at least {MIN_WEEKS}")
        else:
            out[name] = value
    if "charts" in raw:
        if raw["charts"] not in CHARTS:
            bad(f"{key}.charts", f"must be one of {', '.join(CHARTS)} (got {raw['charts']!r})")
        else:
            out["charts"] = raw["charts"]
    return out


def _check_order(settings: SignalSettings, key: str, bad: Bad) -> None:
    if settings.min_baseline_weeks > settings.baseline_weeks:
        bad(f"{key}.min_baseline_weeks", "cannot exceed baseline_weeks")
    if settings.baseline_weeks > settings.weeks:
        bad(f"{key}.baseline_weeks", "cannot exceed weeks (the baseline is part of the series)")


def parse_signal_settings(raw: Any, bad: Bad) -> SignalSettings:
    """wbr.yaml ``signals:`` (absent or null: the defaults)."""
    if raw is None:
        return SignalSettings()
    if not isinstance(raw, Mapping):
        bad("signals", "must be a mapping such as {weeks: 26, baseline_weeks: 20}")
        return SignalSettings()
    settings = replace(SignalSettings(), **_parse_keys(raw, "signals", bad))
    _check_order(settings, "signals", bad)
    return settings


def parse_signal_override(raw: Any, bad: Bad) -> SignalOverride | None:
    """A metric's ``signals:``: false (off), true/absent (project settings) or a mapping."""
    if raw is None or raw is True:
        return None
    if raw is False:
        return SignalOverride(enabled=False)
    if not isinstance(raw, Mapping):
        bad("signals", "must be false or a mapping of signal settings such as {run_length: 6}")
        return None
    breakdowns = raw.get("breakdowns", True)
    if not isinstance(breakdowns, bool):
        bad("signals.breakdowns", f"must be true or false (got {breakdowns!r})")
        breakdowns = True
    given = _parse_keys(raw, "signals", bad, also=("breakdowns",))
    return SignalOverride(breakdowns=breakdowns, **given)


def parse_matures_after(raw: Any, bad: Bad) -> int | None:
    """``matures_after: N`` days (0 or absent: mature as soon as the period ends)."""
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int) or raw < 0:
        bad("matures_after", "must be a whole number of days (0 or more)")
        return None
    return raw or None


def parse_process_changes(raw: Any, bad: Bad) -> tuple[ProcessChange, ...]:
    """wbr.yaml ``process_changes:``: a list of {date, note, metrics (optional)}."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        bad("process_changes", "must be a list of {date: YYYY-MM-DD, note: text, metrics: [ids]}")
        return ()
    out: list[ProcessChange] = []
    for i, item in enumerate(raw, start=1):
        key = f"process_changes[{i}]"
        if not isinstance(item, Mapping):
            bad(key, "must be a mapping {date: YYYY-MM-DD, note: text, metrics: [ids]}")
            continue
        extra = sorted(str(k) for k in item if k not in ("date", "note", "metrics"))
        if extra:
            bad(key, f"has unknown keys {extra} (known: date, metrics, note)")
        day = item.get("date")
        if isinstance(day, str):
            with contextlib.suppress(ValueError):  # reported below as not a date
                day = dt.date.fromisoformat(day)
        if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
            bad(f"{key}.date", f"must be a date YYYY-MM-DD (got {item.get('date')!r})")
            continue
        note = item.get("note")
        if not isinstance(note, str) or not note.strip():
            bad(f"{key}.note", "is required: say what changed")
            continue
        metrics = item.get("metrics", [])
        if isinstance(metrics, str):
            metrics = [metrics]
        if not isinstance(metrics, list) or not all(isinstance(m, str) for m in metrics):
            bad(f"{key}.metrics", "must be a metric id or a list of metric ids")
            continue
        out.append(ProcessChange(day, note.strip(), tuple(metrics)))
    return tuple(sorted(out, key=lambda c: c.date))
