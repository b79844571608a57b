"""The 6-12 chart: one x axis (6 weeks | divider | 12 months), small spec, valid Vega-Lite."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import replace
from typing import Any

import altair as alt
import vl_convert

from tests.render_fixture import leads_def, leads_result, rate_def, rate_result
from wbr.charts import (
    COLOR_BAD,
    COLOR_GOOD,
    DIVIDER,
    FONT,
    SCHEMA_URL,
    build_chart,
    chart_annotations,
    chart_spec,
)
from wbr.notes import Annotation

NOTES = (
    Annotation(dt.date(2026, 11, 3), "leads", "Trade show"),
    Annotation(dt.date(2026, 11, 4), "leads", "Webinar"),
    Annotation(dt.date(2026, 7, 14), None, "Price list change"),
    Annotation(dt.date(2026, 7, 20), "lead_rate", "Not for leads"),
    Annotation(dt.date(2024, 1, 1), None, "Outside the chart"),
)


def leads_spec(notes: tuple[Annotation, ...] = ()) -> dict[str, Any]:
    return chart_spec(leads_result(leads_def()), notes)


def test_build_chart_is_a_valid_altair_layer_chart() -> None:
    chart = build_chart(leads_result(leads_def()), NOTES)
    assert isinstance(chart, alt.LayerChart)
    spec = chart.to_dict()  # validates against Altair's Vega-Lite schema
    assert spec["$schema"] == alt.SCHEMA_URL == SCHEMA_URL
    chart_spec_rate = build_chart(rate_result(rate_def())).to_dict()
    assert chart_spec_rate["resolve"] == {"scale": {"y": "shared"}}


def test_one_x_axis_six_weeks_divider_twelve_months() -> None:
    spec = leads_spec()
    domain = spec["encoding"]["x"]["scale"]["domain"]
    assert domain[:7] == ["W41", "W42", "W43", "W44", "W45", "W46", DIVIDER]
    assert domain[7:] == ["Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                          "Sep", "Oct"]  # fmt: skip
    divider = spec["layer"][0]
    assert divider["mark"]["type"] == "rule" and divider["data"] == {"values": [{"x": DIVIDER}]}


def test_rows_carry_values_prior_year_target_and_partial_flags_with_none_kept() -> None:
    rows = leads_spec()["data"]["values"]
    assert len(rows) == 18
    w43, w46, nov = rows[2], rows[5], rows[6]
    assert (w43["v"], w43["py"], w43["pyt"], w43["yoyt"]) == (430.0, None, "n/a", "n/a")
    assert (w46["v"], w46["py"], w46["t"], w46["partial"]) == (618.0, 368.0, 450.0, True)
    assert w46["label"] == "Week ending 15 Nov 2026 (partial: 71% of days) (provisional)"
    # (618 - 368) / 368 = +67.9 %
    assert (w46["vt"], w46["pyt"], w46["yoyt"], w46["tt"]) == ("618", "368", "+67.9 %", "450")
    assert (nov["part"], nov["label"], nov["v"], nov["partial"]) == ("m", "November 2025", 1500.0,
                                                                     False)  # fmt: skip


def test_data_is_inlined_once_and_the_font_is_liberation_sans() -> None:
    spec = leads_spec(NOTES)
    text = json.dumps(spec)
    assert text.count("Trade show") == 1
    assert all("data" not in layer for layer in spec["layer"][1:])
    assert spec["config"]["font"] == FONT == "Liberation Sans"
    assert len(text) < 16_000


def test_sums_get_a_right_axis_for_months_and_rates_share_one_axis() -> None:
    leads = leads_spec()
    assert leads["resolve"] == {"scale": {"y": "independent"}}
    orients = [
        group["layer"][0]["encoding"]["y"]["axis"]["orient"] for group in leads["layer"][1:3]
    ]
    assert orients == ["left", "right"]
    rate = chart_spec(rate_result(rate_def()))
    assert rate["resolve"] == {"scale": {"y": "shared"}}
    assert rate["layer"][1]["layer"][0]["encoding"]["y"]["axis"]["format"] == ".1~%"
    assert leads["layer"][1]["layer"][0]["encoding"]["y"]["axis"]["format"] == ",.3~s"


def test_annotations_are_marked_on_their_week_and_month_and_numbered() -> None:
    result = leads_result(leads_def())
    shown = chart_annotations(result, NOTES)
    assert [a.text for a in shown] == ["Price list change", "Trade show", "Webinar"]
    rows = {r["x"]: r for r in chart_spec(result, NOTES)["data"]["values"]}
    assert rows["W45"]["note"] == "[2] Trade show; [3] Webinar"
    assert rows["W45"]["noteno"] == "2,3"
    assert rows["Jul"]["note"] == "[1] Price list change"
    assert rows["W46"]["note"] is None
    marks = [layer.get("mark", {}).get("type") for layer in chart_spec(result, NOTES)["layer"]]
    assert marks[-2:] == ["rule", "text"]
    assert "text" not in [layer.get("mark", {}).get("type") for layer in leads_spec()["layer"]]


def test_partial_and_provisional_points_are_hollow() -> None:
    layers = leads_spec()["layer"][1]["layer"]
    points = next(layer for layer in layers if layer["mark"]["type"] == "point")
    assert points["encoding"]["fill"]["condition"] == {"test": "datum.hollow", "value": "#ffffff"}
    rows = {r["x"]: r for r in leads_spec()["data"]["values"]}
    assert rows["W46"]["hollow"] and rows["W46"]["prov"]  # partial and provisional
    assert not rows["W45"]["hollow"]
    rate_rows = {r["x"]: r for r in chart_spec(rate_result(rate_def()))["data"]["values"]}
    assert rate_rows["W46"]["hollow"] and not rate_rows["W46"]["prov"]  # partial only


def test_the_weekly_panel_shows_the_limits_band_and_rings_signal_weeks() -> None:
    spec = leads_spec()
    rows = {r["x"]: r for r in spec["data"]["values"]}
    # the fixture's hand-computed limits: 410.625 ± 2.66 × 17.142857 (tests/render_fixture.py)
    assert (rows["W41"]["lo"], rows["W41"]["c"], rows["W41"]["hi"]) == (365.025, 410.625, 456.225)
    assert rows["W41"]["lt"] == "365 to 456"
    assert rows["Nov"]["lo"] is None  # months have no limits
    # W43..W46 carry rules (three of four; W45 and W46 also outside and range)
    assert [rows[x]["sig"] for x in ("W41", "W42", "W43", "W44", "W45", "W46")] == [
        None, None, "good", "good", "good", "good",
    ]  # fmt: skip
    assert rows["W46"]["st"] == "good (outside, three of four, range)"
    weekly = spec["layer"][1]["layer"]  # dual axis: the weeks' group
    marks = [(layer["mark"]["type"], layer["encoding"]["y"]["field"]) for layer in weekly]
    assert marks[:2] == [("area", "lo"), ("line", "c")]
    assert weekly[0]["encoding"]["y2"] == {"field": "hi"}
    ring = weekly[-1]
    assert ring["transform"] == [{"filter": "datum.sig != null"}]
    assert ring["encoding"]["stroke"]["scale"]["range"] == [COLOR_GOOD, COLOR_BAD]
    monthly = spec["layer"][2]["layer"]
    assert all(layer["encoding"]["y"]["field"] not in ("lo", "c") for layer in monthly)


def test_no_layer_for_a_field_without_any_value() -> None:
    # the rate has no target: no target line (an all-null field gives Vega an infinite extent)
    rate = chart_spec(rate_result(rate_def()))
    fields = [layer["encoding"]["y"]["field"] for layer in rate["layer"][1]["layer"]]
    assert "t" not in fields and "py" in fields
    bare = replace(leads_result(leads_def()), signals=None, target=None)
    bare = replace(bare, weeks=tuple(replace(w, target=None) for w in bare.weeks))
    bare = replace(bare, months=tuple(replace(mo, target=None) for mo in bare.months))
    fields = [layer["encoding"]["y"]["field"] for layer in chart_spec(bare)["layer"][1]["layer"]]
    assert fields == ["py", "v", "v"]


def test_spec_renders_to_svg_with_vl_convert() -> None:
    for spec in (leads_spec(NOTES), chart_spec(rate_result(rate_def()))):
        svg = vl_convert.vegalite_to_svg(spec)
        assert svg.startswith("<svg") and "W46" in svg and "Oct" in svg


def test_the_month_axis_carries_the_year_under_its_first_month_and_january() -> None:
    # the fixture's twelve months run Nov 2025 .. Oct 2026: a year under Nov (2025) and Jan (2026)
    spec = leads_spec()
    axis = spec["encoding"]["x"]["axis"]
    assert axis["labelExpr"] == (
        'datum.value === "Nov" ? ["Nov", "2025"] : '
        'datum.value === "Jan" ? ["Jan", "2026"] : datum.label'
    )
    svg = vl_convert.vegalite_to_svg(spec)
    # a two-line label is a <text> of two <tspan>s: the month, then its year below it
    assert svg.count('<tspan>Nov</tspan><tspan x="0" dy="12">2025</tspan>') == 1
    assert svg.count('<tspan>Jan</tspan><tspan x="0" dy="12">2026</tspan>') == 1
    assert svg.count("<tspan") == 4
    assert re.search(r">Dec</text>", svg) and re.search(r">W41</text>", svg)  # one line


def test_a_target_on_the_weeks_only_gets_no_target_layer_on_the_months() -> None:
    # dual axis (a sum): the month group would draw an all-null target, an infinite extent
    r = leads_result(leads_def())
    r = replace(r, months=tuple(replace(mo, target=None) for mo in r.months))
    spec = chart_spec(r)
    weeks, months = spec["layer"][1], spec["layer"][2]
    assert "t" in [layer["encoding"]["y"]["field"] for layer in weeks["layer"]]
    assert "t" not in [layer["encoding"]["y"]["field"] for layer in months["layer"]]
