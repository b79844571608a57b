"""The Amazon-style 6-12 chart, built with Altair. Pure: no file I/O, no aggregation.

One x axis: the trailing six weeks on the left, a divider, the trailing twelve months on the right.
The current year is a solid line with points (hollow where the period is partial or provisional),
the prior year a muted line, the target a dashed line; annotations are vertical rules with a
numbered marker. The weekly panel shows the metric's natural process limits (issue #8) as a light
band with its centre line, and a week that carries a signal gets a ring coloured by the signal's
direction (good or bad), so colour is never the only cue.
When the months are on a different scale from the weeks (sums: a month is ~4 weeks), the months get
their own y axis on the right, as in the WBR App; rates and averages share one axis.

Data: one row per x position, inherited by every layer (nothing duplicated). Display strings in the
tooltip come from :mod:`wbr.formatting`, so the chart and the summary box agree to the character.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from wbr.formatting import format_delta, format_value
from wbr.notes import Annotation
from wbr.results import FULL, MetricResult, MonthPoint, SignalPoint, WeekPoint
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
COLOR_GOOD = "#067647"
COLOR_BAD = "#b42318"
COLOR_BAND = "#dfe6f3"  # the natural process limits: a light band behind the weeks
COLOR_CENTRE = "#8a94a6"
SIGNAL_COLORS = {"domain": ["good", "bad"], "range": [COLOR_GOOD, COLOR_BAD]}
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
    numbers: Mapping[tuple[dt.date, str], int] | None = None,
) -> dict[str, Any]:
    """The 6-12 chart of one metric as a Vega-Lite spec; annotations not for it are ignored.

    ``numbers``: each event's (date, text) → its marker, when the packet numbers its events once
    for every chart (default: 1, 2, ... per chart).

    Written as the JSON Altair would produce, without Altair's object model: building Altair
    objects costs ~0.2 s per chart, 60 times this (a 100-metric packet must render in seconds), and
    writing the spec directly lets every layer inherit one x encoding, so it stays small.
    :func:`build_chart` wraps it in Altair, and the tests validate it against Altair's schema.
    """
    m = result.metric
    rows = chart_rows(result, chart_annotations(result, annotations), numbers)
    domain = (
        [r["x"] for r in rows if r["part"] == "w"]
        + [DIVIDER]
        + [r["x"] for r in rows if r["part"] == "m"]
    )
    dual = _dual_axis(result)
    # with two axes each part is its own group: a field empty in one part (a target on the weeks
    # only) gets no layer there, or Vega logs "Infinite extent for field t"
    has = _fields_with_values(rows, None)
    tooltip = [
        {"field": "label", "type": "nominal", "title": "Period"},
        {"field": "vt", "type": "nominal", "title": "This year"},
        {"field": "pyt", "type": "nominal", "title": "Prior year"},
        {"field": "yoyt", "type": "nominal", "title": "YoY"},
        {"field": "tt", "type": "nominal", "title": "Target"},
    ]
    if has["lo"]:
        tooltip.append({"field": "lt", "type": "nominal", "title": "Natural process limits"})
    if has["sig"]:
        tooltip.append({"field": "st", "type": "nominal", "title": "Signal"})
    layers: list[dict[str, Any]] = [
        {
            "data": {"values": [{"x": DIVIDER}]},
            "mark": {"type": "rule", "color": COLOR_DIVIDER, "strokeWidth": 1},
        }
    ]
    if dual:
        layers.append(
            _series(m.unit, "left", "datum.part == 'w'", tooltip, _fields_with_values(rows, "w"))
        )
        layers.append(
            _series(m.unit, "right", "datum.part == 'm'", tooltip, _fields_with_values(rows, "m"))
        )
    else:
        layers.append(_series(m.unit, "left", None, tooltip, has))
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
                "axis": {
                    "title": None,
                    "labelAngle": 0,
                    "labelPadding": 6,
                    **_year_labels(result.months),
                },
            }
        },
        "layer": layers,
        "resolve": {"scale": {"y": "independent" if dual else "shared"}},
        "config": CONFIG,
    }


def _fields_with_values(rows: Sequence[Mapping[str, Any]], part: str | None) -> dict[str, bool]:
    """Which optional series have at least one value (in ``part``, or anywhere for None)."""
    picked = [r for r in rows if part is None or r["part"] == part]
    return {f: any(r[f] is not None for r in picked) for f in ("py", "t", "lo", "sig")}


def _year_labels(months: Sequence[MonthPoint]) -> dict[str, Any]:
    """A year under the first month and under each month that starts a new year ("Jan" / "2026").

    The x values stay "Nov", "Dec", ... (the annotations and the tests key on them); only the
    axis label becomes two lines. Fiscal months carry their fiscal year ("FY2026").
    """
    cases: list[str] = []
    shown = None
    for mo in months:
        short, long = mo.labels
        fiscal = re.search(r"FY\d{4}", long) if mo.month.startswith("FY") else None
        year = fiscal.group(0) if fiscal else mo.month[:4]
        if year == shown:
            continue
        shown = year
        x = json.dumps(short)
        cases.append(f"datum.value === {x} ? [{x}, {json.dumps(year)}] : ")
    if not cases:
        return {}
    return {"labelExpr": "".join(cases) + "datum.label"}


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
    unit: str,
    orient: str,
    where: str | None,
    tooltip: list[dict[str, Any]],
    has: Mapping[str, bool],
) -> dict[str, Any]:
    """Limits band, prior year, target, current year and its points, on one y axis.

    A layer whose field has no value at all is left out: an all-null field gives Vega an infinite
    scale extent (and a console warning) for nothing.
    """
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

    layers: list[dict[str, Any]] = []
    weekly = where != "datum.part == 'm'"
    if has["lo"] and weekly:
        # the natural process limits live on the weeks only (months have none: null breaks them)
        layers.append(
            {
                "mark": {"type": "area", "color": COLOR_BAND, "opacity": 0.7},
                "encoding": {"y": y("lo"), "y2": {"field": "hi"}},
            }
        )
        layers.append(line("c", COLOR_CENTRE, 1, strokeDash=[1, 2]))
    if has["py"]:
        layers.append(line("py", COLOR_PY, 1.5))
    if has["t"]:
        layers.append(line("t", COLOR_TARGET, 1.2, strokeDash=[4, 3]))
    layers.append(line("v", COLOR_CY, 2))
    layers.append(
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
                    "condition": {"test": "datum.hollow", "value": "#ffffff"},
                    "value": COLOR_CY,
                },
                "stroke": {"value": COLOR_CY},
                "tooltip": tooltip,
            },
        }
    )
    if has["sig"] and weekly:
        # a ring around each week with a signal, coloured by its direction
        layers.append(
            {
                "transform": [{"filter": "datum.sig != null"}],
                "mark": {"type": "point", "filled": False, "size": 150, "strokeWidth": 2},
                "encoding": {
                    "y": y("v"),
                    "stroke": {
                        "field": "sig",
                        "type": "nominal",
                        "scale": SIGNAL_COLORS,
                        "legend": None,
                    },
                    "tooltip": tooltip,
                },
            }
        )
    group: dict[str, Any] = {"layer": layers}
    if where is not None:
        group["transform"] = [{"filter": where}]
    return group


def chart_rows(
    result: MetricResult,
    annotations: Sequence[Annotation],
    numbers: Mapping[tuple[dt.date, str], int] | None = None,
) -> list[dict[str, Any]]:
    """One row per x position: six weeks ('w') then twelve months ('m'); None stays None.

    ``annotations`` are numbered 1, 2, ... in the order given (that of :func:`chart_annotations`,
    which the list under the chart uses too), or by ``numbers`` ((date, text) → number).
    """
    m = result.metric
    numbered = {
        a: (numbers or {}).get((a.date, a.text), i) for i, a in enumerate(annotations, start=1)
    }
    sig = result.signals
    points = {p.week_ending: p for p in sig.series} if sig is not None else {}
    limits = (
        (sig.lower, sig.centre, sig.upper)
        if sig is not None and sig.lower is not None and sig.upper is not None
        else None
    )
    rows: list[dict[str, Any]] = []
    for w in result.weeks:
        start = w.week_ending - dt.timedelta(days=6)
        notes = [a for a in annotations if start <= a.date <= w.week_ending]
        row = _row(m, w, "w", w.labels, notes, numbered)
        rows.append(_signal_fields(m, row, points.get(w.week_ending), limits))
    for mo in result.months:
        notes = [a for a in annotations if mo.start <= a.date <= mo.end]
        row = _row(m, mo, "m", mo.labels, notes, numbered)
        rows.append(_signal_fields(m, row, None, None))
    return rows


def _signal_fields(
    m: MetricDef,
    row: dict[str, Any],
    point: SignalPoint | None,
    limits: tuple[float, float | None, float] | None,
) -> dict[str, Any]:
    """Add a week's limits (lo, c, hi) and signal (sig, st); None where it has none.

    Limits are drawn only on weeks of the signals series: a week before a process change was
    judged against other limits, so the band stops there.
    """
    shown = limits if point is not None else None
    lo, c, hi = shown if shown is not None else (None, None, None)
    rules = point.rules if point is not None else ()
    provisional = row["prov"] or (point is not None and point.provisional)
    sig = point.direction if point is not None and rules else None
    status = ", ".join(r.value.replace("_", " ") for r in rules)
    return {
        **row,
        "lo": lo,
        "c": c,
        "hi": hi,
        "sig": sig,
        "prov": provisional,
        "hollow": row["partial"] or provisional,
        "label": row["label"] + (" (provisional)" if provisional and not row["prov"] else ""),
        "lt": f"{format_value(lo, m.unit)} to {format_value(hi, m.unit)}" if shown else "n/a",
        "st": f"{sig} ({status})" if sig else "none",
    }


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
    provisional = point.provisional
    return {
        "x": x,
        "part": part,
        "label": label
        + (f" (partial: {coverage:.0%} of days)" if partial else "")
        + (" (provisional)" if provisional else ""),
        "prov": provisional,
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
