"""The Pareto block's small bar chart (issue #10 §2), as a Vega-Lite spec. Pure: no file I/O.

Horizontal bars, largest category on top: each bar is the category's rate this week (its count
as a share of the total), a grey tick marks the same week a year earlier, and the label at the
bar's end gives the rate (the table beside it has the shares). Horizontal, so the category names
stay readable at 400 px and in the PDF's narrow column.
"""

from __future__ import annotations

from typing import Any

from wbr.charts import COLOR_CY, COLOR_PY, COLOR_TEXT, CONFIG, SCHEMA_URL
from wbr.formatting import format_value
from wbr.pareto import ParetoResult

WIDTH = 360
ROW = 22  # pixels per category


def pareto_chart_spec(p: ParetoResult, width: int = WIDTH) -> dict[str, Any]:
    """Bars of the rate per category, sorted as the table (largest first)."""
    rows = [
        {
            "k": k,
            "label": c.label,
            "rate": c.rate,
            "py": c.prior_year_rate,
            "text": format_value(c.rate, "percent", extra=1),
            "rt": format_value(c.rate, "percent", extra=1),
            "pyt": format_value(c.prior_year_rate, "percent", extra=1),
            "st": format_value(c.share, "percent"),
        }
        for k, c in enumerate(p.categories)
    ]
    top = max([v for c in p.categories for v in (c.rate, c.prior_year_rate) if v is not None],
              default=0.0)  # fmt: skip
    y = {
        "field": "label",
        "type": "nominal",
        "sort": {"field": "k", "order": "ascending"},
        "axis": {"title": None, "labelLimit": 120},
    }
    x_title = f"share of {p.total_label.lower()}, this week (tick: a year ago)"
    tooltip = [
        {"field": "label", "type": "nominal", "title": "Category"},
        {"field": "rt", "type": "nominal", "title": "This week"},
        {"field": "pyt", "type": "nominal", "title": "A year ago"},
        {"field": "st", "type": "nominal", "title": "Share of all"},
    ]
    x = {
        "field": "rate",
        "type": "quantitative",
        "axis": {"title": x_title, "format": ".1~%", "tickCount": 4, "titleFontSize": 9,
                 "titleColor": COLOR_TEXT, "titleFontWeight": "normal"},
        # room right of the longest bar for its label
        "scale": {"domain": [0, top * 1.3] if top > 0 else [0, 0.01], "nice": False},
    }  # fmt: skip
    return {
        "$schema": SCHEMA_URL,
        "width": width,
        "height": ROW * max(len(rows), 1),
        "padding": {"top": 4, "left": 2, "right": 8, "bottom": 2},
        "background": "#ffffff",
        "data": {"values": rows},
        "encoding": {"y": y},
        "layer": [
            {
                "mark": {"type": "bar", "color": COLOR_CY, "height": {"band": 0.6}},
                "encoding": {"x": x, "tooltip": tooltip},
            },
            {
                "mark": {
                    "type": "tick",
                    "color": COLOR_PY,
                    "thickness": 2,
                    "height": {"band": 0.85},
                },
                "encoding": {"x": {"field": "py", "type": "quantitative"}, "tooltip": tooltip},
            },
            {
                "mark": {
                    "type": "text",
                    "align": "left",
                    "dx": 4,
                    "fontSize": 11,
                    "color": COLOR_TEXT,
                },
                "encoding": {
                    "x": {"field": "rate", "type": "quantitative"},
                    "text": {"field": "text", "type": "nominal"},
                },
            },
        ],
        "config": CONFIG,
    }
