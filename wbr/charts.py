"""The Amazon-style 6-12 chart, built with Altair. Pure: no file I/O, no aggregation.

One x axis: the trailing six weeks on the left, a divider, the trailing twelve months on the right.
The current year is a solid line with points (hollow where the period is partial), the prior year
a muted line, the target a dashed line; annotations are vertical rules with a numbered marker.
When the months are on a different scale from the weeks (sums: a month is ~4 weeks), the months get
their own y axis on the right, as in the WBR App; rates and averages share one axis.

Data: one row per x position, inherited by every layer (nothing duplicated). Display strings in the
tooltip come from :mod:`wbr.formatting`, so the chart and the summary box agree to the character.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from wbr.formatting import format_delta, format_value
from wbr.notes import Annotation
from wbr.results import FULL, MetricResult, MonthPoint, WeekPoint
from wbr.schema import MetricDef

if TYPE_CHECKING:
    import altair as alt

SCHEMA_URL = "https://vega.github.io/schema/vega-lite/v6.4.1.json"  # == altair.SCHEMA_URL
FONT = "Liberation Sans"
WIDTH = 540
HEIGHT = 170
DIVIDER = " "  # the x category between the weeks and the months
COLOR_CY = "#1d4ed8"
COLOR_PY = "#a3adb9"
COLOR_TARGET = "#c2410c"
COLOR_NOTE = "#7c3aed"
COLOR_GRID = "#eceff3"
COLOR_TEXT = "#475467"
COLOR_DIVIDER = "#c5ccd6"
DUAL_AXIS_RATIO = 2.0  # months this much larger than weeks get their own axis

# d3 formats per unit; labelExpr turns d3's SI "k"/"G" into the packet's "K"/"B"
_AXIS_FORMAT = {
    "percent": ".1~%",
    "ratio": ".1~%",
    "currency": "$,.3~s",
}
_SI_LABELS = "replace(replace(datum.label, 'k', 'K'), 'G', 'B')"


def build_chart(
    result: MetricResult,
    annotations: Sequence[Annotation] = (),
    *,
    width: int = WIDTH,
    height: int = HEIGHT,
) -> alt.LayerChart:
    """The 6-12 chart of one metric as an Altair chart (for notebooks and custom packets)."""
    import altair as alt  # lazy: ~0.25 s to import, and the packet itself only needs the spec

    return alt.LayerChart.from_dict(
        chart_spec(result, annotations, width=width, height=height), validate=False
    )


def chart_spec(
    result: MetricResult,
    annotations: Sequence[Annotation] = (),
    *,
    width: int = WIDTH,
    height: int = HEIGHT,
) -> dict[str, Any]:
    """The 6-12 chart of one metric as a Vega-Lite spec; annotations not for it are ignored.

    Written as the JSON Altair would produce, without Altair's object model: building Altair
    objects costs ~0.2 s per chart, 60 times this (a 100-metric packet must render in seconds), and
    writing the spec directly lets every layer inherit one x encoding, so it stays small.
    :func:`build_chart` wraps it in Altair, and the tests validate it against Altair's schema.
    """
    m = result.metric
    rows = chart_rows(result, chart_annotations(result, annotations))
    domain = (
        [r["x"] for r in rows if r["part"] == "w"]
        + [DIVIDER]
        + [r["x"] for r in rows if r["part"] == "m"]
    )
    dual = _dual_axis(result)
    tooltip = [
        {"field": "label", "type": "nominal", "title": "Period"},
        {"field": "vt", "type": "nominal", "title": "This year"},
        {"field": "pyt", "type": "nominal", "title": "Prior year"},
        {"field": "yoyt", "type": "nominal", "title": "YoY"},
        {"field": "tt", "type": "nominal", "title": "Target"},
    ]
    layers: list[dict[str, Any]] = [
        {
            "data": {"values": [{"x": DIVIDER}]},
            "mark": {"type": "rule", "color": COLOR_DIVIDER, "strokeWidth": 1},
        }
    ]
    if dual:
        layers.append(_series(m.unit, "left", "datum.part == 'w'", tooltip))
        layers.append(_series(m.unit, "right", "datum.part == 'm'", tooltip))
    else:
        layers.append(_series(m.unit, "left", None, tooltip))
    if any(r["note"] for r in rows):
        noted = {"transform": [{"filter": "datum.note != null"}]}
        layers.append(
            {
                **noted,
                "mark": {
                    "type": "rule",
                    "color": COLOR_NOTE,
                    "strokeDash": [2, 2],
                    "strokeWidth": 1,
                },
                "encoding": {
                    "tooltip": [
                        {"field": "label", "type": "nominal", "title": "Period"},
                        {"field": "note", "type": "nominal", "title": "Note"},
                    ]
                },
            }
        )
        layers.append(
            {
                **noted,
                "mark": {
                    "type": "text",
                    "color": COLOR_NOTE,
                    "fontSize": 9,
                    "fontWeight": "bold",
                    "baseline": "bottom",
                    "dy": -2,
                },
                "encoding": {"y": {"value": 0}, "text": {"field": "noteno", "type": "nominal"}},
            }
        )
    return {
        "$schema": SCHEMA_URL,
        "width": width,
        "height": height,
        "padding": {"top": 14, "left": 2, "right": 2, "bottom": 2},
        "background": "#ffffff",
        "data": {"values": rows},
        "encoding": {
            "x": {
                "field": "x",
                "type": "nominal",
                "sort": None,
                "scale": {"domain": domain, "paddingOuter": 0.3},
                "axis": {"title": None, "labelAngle": 0, "labelPadding": 6},
            }
        },
        "layer": layers,
        "resolve": {"scale": {"y": "independent" if dual else "shared"}},
        "config": CONFIG,
    }


CONFIG: dict[str, Any] = {
    "font": FONT,
    "view": {"stroke": None},
    "axis": {
        "labelFont": FONT,
        "labelFontSize": 10,
        "labelColor": COLOR_TEXT,
        "gridColor": COLOR_GRID,
        "domain": False,
        "ticks": False,
    },
    "axisX": {"grid": False, "domain": True, "domainColor": "#d0d5dd"},
    "line": {"invalid": "break-paths-show-domains"},
    "point": {"opacity": 1},
}


def _series(
    unit: str, orient: str, where: str | None, tooltip: list[dict[str, Any]]
) -> dict[str, Any]:
    """Prior year, target, current year and its points, on one y axis."""
    axis = {
        "title": None,
        "orient": orient,
        "format": _AXIS_FORMAT.get(unit, ",.3~s"),
        "labelExpr": _SI_LABELS,
        "tickCount": 4,
    }

    def y(field: str) -> dict[str, Any]:
        return {
            "field": field,
            "type": "quantitative",
            "scale": {"zero": False, "nice": True},
            "axis": axis,
        }

    def line(field: str, color: str, width: float, **mark: Any) -> dict[str, Any]:
        # lines break between the weeks and the months: each part is its own series
        return {
            "mark": {"type": "line", "color": color, "strokeWidth": width, **mark},
            "encoding": {"y": y(field), "detail": {"field": "part", "type": "nominal"}},
        }

    group: dict[str, Any] = {
        "layer": [
            line("py", COLOR_PY, 1.5),
            line("t", COLOR_TARGET, 1.2, strokeDash=[4, 3]),
            line("v", COLOR_CY, 2),
            {
                "mark": {
                    "type": "point",
                    "filled": True,
                    "size": 30,
                    "strokeWidth": 1.5,
                    "color": COLOR_CY,
                },
                "encoding": {
                    "y": y("v"),
                    "fill": {
                        "condition": {"test": "datum.partial", "value": "#ffffff"},
                        "value": COLOR_CY,
                    },
                    "stroke": {"value": COLOR_CY},
                    "tooltip": tooltip,
                },
            },
        ]
    }
    if where is not None:
        group["transform"] = [{"filter": where}]
    return group


def chart_rows(result: MetricResult, annotations: Sequence[Annotation]) -> list[dict[str, Any]]:
    """One row per x position: six weeks ('w') then twelve months ('m'); None stays None.

    ``annotations`` are numbered 1, 2, ... in the order given (that of :func:`chart_annotations`,
    which the list under the chart uses too).
    """
    m = result.metric
    numbered = {a: i for i, a in enumerate(annotations, start=1)}
    rows: list[dict[str, Any]] = []
    for w in result.weeks:
        start = w.week_ending - dt.timedelta(days=6)
        notes = [a for a in annotations if start <= a.date <= w.week_ending]
        rows.append(_row(m, w, "w", w.labels, notes, numbered))
    for mo in result.months:
        notes = [a for a in annotations if mo.start <= a.date <= mo.end]
        rows.append(_row(m, mo, "m", mo.labels, notes, numbered))
    return rows


def chart_annotations(result: MetricResult, annotations: Sequence[Annotation]) -> list[Annotation]:
    """This metric's annotations that fall inside the chart's weeks or months, in date order."""
    m = result.metric
    starts = [w.week_ending - dt.timedelta(days=6) for w in result.weeks] + [
        mo.start for mo in result.months
    ]
    if not starts or not annotations:
        return []
    first = min(starts)
    last = max(w.week_ending for w in result.weeks) if result.weeks else first
    if result.months:
        last = max(last, result.months[-1].end)
    shown = [a for a in annotations if a.applies_to(m.id) and first <= a.date <= last]
    return sorted(shown, key=lambda a: (a.date, a.text))


def _row(
    m: MetricDef,
    point: WeekPoint | MonthPoint,
    part: str,
    labels: tuple[str, str],
    notes: list[Annotation],
    numbered: Mapping[Annotation, int],
) -> dict[str, Any]:
    x, label = labels
    value, prior, target, coverage = point.value, point.prior_year, point.target, point.coverage
    partial = coverage < FULL
    return {
        "x": x,
        "part": part,
        "label": label + (f" (partial: {coverage:.0%} of days)" if partial else ""),
        "v": value,
        "py": prior,
        "t": target,
        "partial": partial,
        "vt": format_value(value, m.unit),
        "pyt": format_value(prior, m.unit),
        "yoyt": format_delta(m.comparison.delta(value, prior), m.comparison.value),
        "tt": format_value(target, m.unit),
        "note": "; ".join(f"[{numbered[a]}] {a.text}" for a in notes) or None,
        "noteno": ",".join(str(numbered[a]) for a in notes) or None,
    }


def _dual_axis(result: MetricResult) -> bool:
    weeks = [abs(v) for w in result.weeks for v in (w.value, w.prior_year) if v is not None]
    months = [abs(v) for mo in result.months for v in (mo.value, mo.prior_year) if v is not None]
    if not weeks or not months:
        return False
    w_mid = sorted(weeks)[len(weeks) // 2]
    m_mid = sorted(months)[len(months) // 2]
    if w_mid == 0:
        return m_mid > 0
    return m_mid / w_mid >= DUAL_AXIS_RATIO
