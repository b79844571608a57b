"""The process behaviour chart (XmR) of one metric, as a Vega-Lite spec. Pure: no I/O, no maths.

Wheeler's two charts, one above the other, on the same weeks:

* the X chart: the weekly values of the whole signals series with the centre line (the baseline
  average), the natural process limits (dashed) and the halfway lines between them (dotted); the
  baseline window that shaped the limits is shaded, a process change that re-based them is marked,
  and each point that carries a signal is coloured by its direction (good or bad), drawn larger;
  a provisional week is hollow;
* the mR chart: the moving ranges (week-to-week changes) with their average and the upper range
  limit (URL).

Every number comes final from :class:`~wbr.results.Signals`; this module only lays them out, and
display strings come from :mod:`wbr.formatting` like everywhere else in the packet.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from wbr.charts import (
    COLOR_BAD,
    COLOR_CENTRE,
    COLOR_CY,
    COLOR_GOOD,
    COLOR_NOTE,
    CONFIG,
    SCHEMA_URL,
    WIDTH,
)
from wbr.formatting import format_value
from wbr.results import MetricResult, SignalRule, Signals
from wbr.schema import Comparison, MetricDef
from wbr.signals.settings import SignalSettings

if TYPE_CHECKING:
    import altair as alt

X_HEIGHT = 120
MR_HEIGHT = 44
# the packet's process chart stands beside the 6-12 chart (issue #10: 2-3 blocks a page), so it
# is drawn narrower and lower; its text keeps the 6-12 chart's size when scaled to its column
PACKET_WIDTH = 330
PACKET_X_HEIGHT = 96
PACKET_MR_HEIGHT = 32
COLOR_LIMIT = "#667085"
COLOR_HALFWAY = "#c5ccd6"
COLOR_BASELINE = "#eef2f8"

_AXIS_FORMAT = {"percent": ".1~%", "ratio": ".1~%", "currency": "$,.3~s"}
_SI_LABELS = "replace(replace(datum.label, 'k', 'K'), 'G', 'B')"


def has_limits(result: MetricResult) -> bool:
    """The metric has natural process limits to draw."""
    s = result.signals
    return s is not None and s.centre is not None and s.lower is not None and s.upper is not None


def chart_mode(settings: SignalSettings, m: MetricDef) -> str:
    """``signals.charts`` for one metric: its own ``signals:`` first, then the project's."""
    own = m.signals.charts if m.signals is not None else None
    return own if own is not None else settings.charts


def wants_process_chart(result: MetricResult, mode: str) -> bool:
    """Whether a metric block gets a process behaviour chart under ``signals.charts: mode``.

    ``signals``: the metrics with a rule firing on the report week; ``all``: every metric with
    limits; ``none``: no chart. A metric without limits (too little data, signals off) never gets
    one: there would be nothing to judge the points against.
    """
    if mode == "none" or not has_limits(result):
        return False
    if mode == "all":
        return True
    return result.signals is not None and bool(result.signals.this_week)


def build_process_chart(result: MetricResult, *, width: int = WIDTH) -> alt.VConcatChart:
    """The process behaviour chart as an Altair chart (for notebooks and custom packets)."""
    import altair as alt

    return alt.VConcatChart.from_dict(process_chart_spec(result, width=width), validate=False)


def process_chart_spec(
    result: MetricResult,
    *,
    width: int = WIDTH,
    x_height: int = X_HEIGHT,
    mr_height: int = MR_HEIGHT,
) -> dict[str, Any]:
    """The X chart over the mR chart of one metric; ValueError when it has no limits."""
    s = result.signals
    if s is None or not has_limits(result) or not s.series:
        raise ValueError(f"metric {result.metric.id!r} has no natural process limits to chart")
    m = result.metric
    rows = process_rows(m, s)
    first = s.series[0].week_ending
    last = s.series[-1].week_ending
    start = min(first, s.process_change) if s.process_change is not None else first
    domain = [_iso(start - dt.timedelta(days=4)), _iso(last + dt.timedelta(days=4))]
    x: dict[str, Any] = {
        "field": "d",
        "type": "temporal",
        "scale": {"type": "utc", "domain": domain},
        "axis": {
            "title": None,
            "format": "%-d %b",
            "tickCount": {"interval": "month", "step": 1},
            "labelPadding": 4,
        },
    }
    return {
        "$schema": SCHEMA_URL,
        "background": "#ffffff",
        "padding": {"top": 6, "left": 2, "right": 2, "bottom": 2},
        "data": {"values": rows},
        "spacing": 6,
        "vconcat": [
            _x_chart(m, s, x, width, x_height),
            _mr_chart(m, s, {**x, "axis": {**x["axis"], "labels": False}}, width, mr_height),
        ],
        "config": CONFIG,
    }


def process_rows(m: MetricDef, s: Signals) -> list[dict[str, Any]]:
    """One row per week of the series: value, moving range, limits (constant), signal."""
    rows: list[dict[str, Any]] = []
    for p in s.series:
        rules = ", ".join(r.value.replace("_", " ") for r in p.rules)
        rows.append(
            {
                "d": _iso(p.week_ending),
                "label": f"Week ending {p.week_ending.day} {p.week_ending:%b %Y}"
                + (" (provisional)" if p.provisional else ""),
                "v": p.value,
                "mr": p.moving_range,
                "sig": p.direction if p.rules else None,
                "range": p.direction if SignalRule.RANGE in p.rules else None,
                "prov": p.provisional,
                "base": p.in_baseline,
                "vt": format_value(p.value, m.unit),
                "mrt": _amount(m, p.moving_range),
                "st": f"{p.direction} ({rules})" if p.rules and p.direction else "none",
            }
        )
    return rows


def _x_chart(
    m: MetricDef, s: Signals, x: dict[str, Any], width: int, height: int = X_HEIGHT
) -> dict[str, Any]:
    assert s.centre is not None and s.lower is not None and s.upper is not None
    axis = {
        "title": None,
        "format": _AXIS_FORMAT.get(m.unit, ",.3~s"),
        "labelExpr": _SI_LABELS,
        "tickCount": 4,
    }
    # the limits must be inside the y domain even when every value sits well within them
    scale = {"zero": False, "nice": True, "domain": {"unionWith": [s.lower, s.upper]}}
    y = {"field": "v", "type": "quantitative", "scale": scale, "axis": axis}
    # the scales are declared once, on the value line: the same domain stated on several layers
    # (or on layers with other data) makes Vega warn "Conflicting scale property"
    bare_x = {k: v for k, v in x.items() if k not in ("scale", "axis")}
    bare_y = {"field": "v", "type": "quantitative"}
    tooltip = [
        {"field": "label", "type": "nominal", "title": "Week"},
        {"field": "vt", "type": "nominal", "title": "Value"},
        {"field": "mrt", "type": "nominal", "title": "Moving range"},
        {"field": "st", "type": "nominal", "title": "Signal"},
    ]
    lines = [
        (s.upper, COLOR_LIMIT, [4, 3], f"upper limit {format_value(s.upper, m.unit)}"),
        ((s.centre + s.upper) / 2, COLOR_HALFWAY, [1, 2], None),
        (s.centre, COLOR_CENTRE, None, f"average {format_value(s.centre, m.unit)}"),
        ((s.centre + s.lower) / 2, COLOR_HALFWAY, [1, 2], None),
        (s.lower, COLOR_LIMIT, [4, 3], f"lower limit {format_value(s.lower, m.unit)}"),
    ]
    layers: list[dict[str, Any]] = []
    if s.baseline_from is not None and s.baseline_to is not None:
        layers.append(
            {
                "data": {
                    "values": [
                        {
                            "b0": _iso(s.baseline_from - dt.timedelta(days=3)),
                            "b1": _iso(s.baseline_to + dt.timedelta(days=3)),
                            "text": f"baseline: {s.baseline_weeks} weeks",
                        }
                    ]
                },
                "mark": {"type": "rect", "color": COLOR_BASELINE},
                "encoding": {"x": {**bare_x, "field": "b0"}, "x2": {"field": "b1"}},
            }
        )
        layers.append(
            {
                "data": {"values": [{"b0": _iso(s.baseline_from - dt.timedelta(days=3))}]},
                "mark": {
                    "type": "text",
                    "text": f"baseline: {s.baseline_weeks} weeks",
                    "align": "left",
                    "baseline": "bottom",
                    "dx": 3,
                    "dy": -2,
                    "fontSize": 9,
                    "color": COLOR_LIMIT,
                },
                "encoding": {"x": {**bare_x, "field": "b0"}, "y": {"value": height}},
            }
        )
    for value, color, dash, text in lines:
        layers += _level(value, color, dash, text, width)
    if s.process_change is not None:
        note = "process change" + (f": {s.process_change_note}" if s.process_change_note else "")
        layers.append(
            {
                "data": {"values": [{"pc": _iso(s.process_change), "note": note}]},
                "mark": {"type": "rule", "color": COLOR_NOTE, "strokeDash": [2, 2]},
                "encoding": {
                    "x": {**bare_x, "field": "pc"},
                    "tooltip": [{"field": "note", "type": "nominal", "title": "Process change"}],
                },
            }
        )
    layers.append(
        {
            "mark": {"type": "line", "color": COLOR_CY, "strokeWidth": 1.5},
            "encoding": {"x": x, "y": y},
        }
    )
    layers.append(
        {
            "mark": {"type": "point", "filled": True, "strokeWidth": 1.5, "opacity": 1},
            "encoding": {
                "x": bare_x,
                "y": bare_y,
                "size": {"condition": {"test": "datum.sig != null", "value": 55}, "value": 18},
                "stroke": {
                    "condition": [
                        {"test": "datum.sig == 'bad'", "value": COLOR_BAD},
                        {"test": "datum.sig == 'good'", "value": COLOR_GOOD},
                    ],
                    "value": COLOR_CY,
                },
                "fill": {
                    "condition": [
                        {"test": "datum.prov", "value": "#ffffff"},
                        {"test": "datum.sig == 'bad'", "value": COLOR_BAD},
                        {"test": "datum.sig == 'good'", "value": COLOR_GOOD},
                    ],
                    "value": COLOR_CY,
                },
                "tooltip": tooltip,
            },
        }
    )
    # x is on the data layers only: a level line with an x encoding would be drawn once per week
    return {"width": width, "height": height, "layer": layers}


def _mr_chart(
    m: MetricDef, s: Signals, x: dict[str, Any], width: int, height: int = MR_HEIGHT
) -> dict[str, Any]:
    scale: dict[str, Any] = {"zero": True, "nice": True}
    if s.mr_upper is not None:
        scale["domain"] = {"unionWith": [0, s.mr_upper]}
    y = {
        "field": "mr",
        "type": "quantitative",
        "scale": scale,
        "axis": {
            "title": "mR (bps)" if m.comparison is Comparison.BPS else "mR",
            "titleFontSize": 9,
            "titleColor": COLOR_LIMIT,
            "format": _AXIS_FORMAT.get(m.unit, ",.3~s"),
            # moving ranges of a rate read in basis points, as in the sentences and the URL label
            "labelExpr": "format(datum.value * 10000, ',.0f')"
            if m.comparison is Comparison.BPS
            else _SI_LABELS,
            "tickCount": 2,
        },
    }
    layers: list[dict[str, Any]] = []
    for value, dash, text in (
        (s.mr_mean, None, None),
        (s.mr_upper, [4, 3], "URL " + _amount(m, s.mr_upper)),
    ):
        if value is not None:
            layers += _level(value, COLOR_CENTRE, dash, text, width)
    layers.append(
        {
            "mark": {"type": "bar", "width": 3, "color": COLOR_CENTRE},
            "encoding": {
                "x": x,
                "y": y,
                "color": {
                    "condition": [
                        {"test": "datum.range == 'bad'", "value": COLOR_BAD},
                        {"test": "datum.range == 'good'", "value": COLOR_GOOD},
                    ],
                    "value": COLOR_CENTRE,
                },
                "tooltip": [
                    {"field": "label", "type": "nominal", "title": "Week"},
                    {"field": "mrt", "type": "nominal", "title": "Moving range"},
                ],
            },
        }
    )
    return {"width": width, "height": height, "layer": layers}


def _level(
    value: float, color: str, dash: list[int] | None, text: str | None, width: int
) -> list[dict[str, Any]]:
    """A horizontal line at ``value`` across the chart, labelled at its right end."""
    y = {"datum": value, "type": "quantitative"}
    mark: dict[str, Any] = {"type": "rule", "color": color, "strokeWidth": 1}
    if dash is not None:
        mark["strokeDash"] = dash
    one: dict[str, Any] = {"values": [{}]}  # one mark, not one per week of the view's data
    layers: list[dict[str, Any]] = [{"data": one, "mark": mark, "encoding": {"y": y}}]
    if text is not None:
        label = {
            "type": "text",
            "text": text,
            "align": "right",
            "baseline": "bottom",
            "dy": -1,
            "fontSize": 9,
            "color": COLOR_LIMIT,
        }
        layers.append({"data": one, "mark": label, "encoding": {"y": y, "x": {"value": width}}})
    return layers


def _amount(m: MetricDef, value: float | None) -> str:
    """A moving range in words: basis points for rates, the metric's unit otherwise."""
    if value is None:
        return "n/a"
    if m.comparison is Comparison.BPS:
        return f"{value * 10_000:,.0f} bps"
    return format_value(value, m.unit)


def _iso(day: dt.date) -> str:
    return day.isoformat()


__all__ = [
    "chart_mode",
    "build_process_chart",
    "has_limits",
    "process_chart_spec",
    "process_rows",
    "wants_process_chart",
]
