"""The 6-12 chart: one x axis (6 weeks | divider | 12 months), small spec, valid Vega-Lite."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import altair as alt
import vl_convert

from tests.render_fixture import leads_def, leads_result, rate_def, rate_result
from wbr.charts import DIVIDER, FONT, SCHEMA_URL, build_chart, chart_annotations, chart_spec
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
    assert w46["label"] == "Week ending 15 Nov 2026 (partial: 71% of days)"
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
    assert len(text) < 12_000


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


def test_partial_points_are_hollow() -> None:
    points = leads_spec()["layer"][1]["layer"][3]
    assert points["mark"]["type"] == "point"
    assert points["encoding"]["fill"]["condition"] == {"test": "datum.partial", "value": "#ffffff"}


def test_spec_renders_to_svg_with_vl_convert() -> None:
    for spec in (leads_spec(NOTES), chart_spec(rate_result(rate_def()))):
        svg = vl_convert.vegalite_to_svg(spec)
        assert svg.startswith("<svg") and "W46" in svg and "Oct" in svg
