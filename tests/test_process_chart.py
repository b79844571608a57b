"""The process behaviour chart (XmR): valid Vega-Lite, each line where the numbers put it (#8)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import altair as alt
import pytest
import vl_convert

from tests.render_fixture import (
    LEADS_SIGNALS,
    RATE_SIGNALS,
    leads_def,
    leads_result,
    rate_def,
    rate_result,
)
from wbr.process_chart import (
    build_process_chart,
    process_chart_spec,
    process_rows,
    wants_process_chart,
)
from wbr.render.export import register_fonts
from wbr.results import SignalStatus


def test_build_process_chart_is_valid_altair() -> None:
    chart = build_process_chart(leads_result(leads_def()))
    assert isinstance(chart, alt.VConcatChart)
    spec = chart.to_dict()  # validates against Altair's Vega-Lite schema
    assert len(spec["vconcat"]) == 2
    build_process_chart(rate_result(rate_def())).to_dict()


def test_rows_carry_values_moving_ranges_signals_and_the_baseline() -> None:
    rows = process_rows(rate_def(), RATE_SIGNALS)
    assert len(rows) == 12
    assert rows[0]["d"] == "2026-08-30" and rows[-1]["d"] == "2026-11-15"
    assert [r["base"] for r in rows] == [True] * 8 + [False] * 4
    assert [r["sig"] for r in rows] == [None] * 8 + ["bad"] * 4
    # 0.24 → 0.21: a moving range of 0.03, shown in basis points for a rate
    assert (rows[-1]["vt"], rows[-1]["mrt"]) == ("21.0 %", "300 bps")
    assert rows[0]["mrt"] == "n/a"
    assert rows[-1]["st"] == "bad (outside, three of four)"
    leads = process_rows(leads_def(), LEADS_SIGNALS)
    assert leads[-1]["prov"] and leads[-1]["label"].endswith("(provisional)")
    assert leads[-1]["range"] == "good" and leads[9]["range"] is None


def test_limits_halfway_lines_and_url_sit_at_the_hand_computed_values() -> None:
    spec = process_chart_spec(leads_result(leads_def()))
    x_chart, mr_chart = spec["vconcat"]
    levels = [
        layer["encoding"]["y"]["datum"]
        for layer in x_chart["layer"]
        if layer["mark"]["type"] == "rule" and "datum" in layer["encoding"].get("y", {})
    ]
    # upper 456.225, halfway (410.625 + 456.225) / 2 = 433.425, centre 410.625,
    # halfway (410.625 + 365.025) / 2 = 387.825, lower 365.025
    assert levels == pytest.approx([456.225, 433.425, 410.625, 387.825, 365.025])
    mr_levels = [
        layer["encoding"]["y"]["datum"]
        for layer in mr_chart["layer"]
        if layer["mark"]["type"] == "rule"
    ]
    assert mr_levels == pytest.approx([17.142857, 56.022857])  # mR̄ and URL = 3.268 × mR̄
    # the y domain takes in the limits even where every value sits inside them
    value_layer = next(layer for layer in x_chart["layer"] if layer["mark"]["type"] == "line")
    assert value_layer["encoding"]["y"]["scale"]["domain"] == {"unionWith": [365.025, 456.225]}
    shade = x_chart["layer"][0]
    assert shade["mark"]["type"] == "rect"
    assert shade["data"]["values"][0]["b0"] == "2026-08-27"  # 3 days before the first week
    assert shade["data"]["values"][0]["b1"] == "2026-10-21"  # 3 days after the baseline's last


def test_spec_draws_to_svg_with_its_labels() -> None:
    register_fonts()
    svg = vl_convert.vegalite_to_svg(process_chart_spec(rate_result(rate_def())))
    for text in ("upper limit 35.1 %", "average 30.1 %", "lower limit 25.2 %", "URL 607 bps"):
        assert text in svg, text
    assert "baseline: 8 weeks" in svg


def test_a_process_change_is_marked_before_the_series_starts() -> None:
    signals = replace(
        LEADS_SIGNALS, process_change=dt.date(2026, 8, 26), process_change_note="New web form"
    )
    result = replace(leads_result(leads_def()), signals=signals)
    x_chart = process_chart_spec(result)["vconcat"][0]
    change = next(
        layer for layer in x_chart["layer"] if "pc" in layer.get("data", {}).get("values", [{}])[0]
    )
    assert change["data"]["values"] == [
        {"pc": "2026-08-26", "note": "process change: New web form"}
    ]
    line = next(layer for layer in x_chart["layer"] if layer["mark"]["type"] == "line")
    domain = line["encoding"]["x"]["scale"]["domain"]
    assert domain == ["2026-08-22", "2026-11-19"]  # 4 days either side of the change and the end
    register_fonts()
    assert vl_convert.vegalite_to_svg(process_chart_spec(result)).startswith("<svg")


def test_which_blocks_get_a_process_behaviour_chart() -> None:
    signalling = leads_result(leads_def())
    routine = replace(
        signalling, signals=replace(LEADS_SIGNALS, this_week=(), status=SignalStatus.ROUTINE)
    )
    thin = replace(
        signalling,
        signals=replace(
            LEADS_SIGNALS, centre=None, lower=None, upper=None, status=SignalStatus.TOO_LITTLE_DATA
        ),
    )
    never = replace(signalling, signals=None)
    table = {
        mode: [wants_process_chart(r, mode) for r in (signalling, routine, thin, never)]
        for mode in ("signals", "all", "none")
    }
    assert table == {
        "signals": [True, False, False, False],
        "all": [True, True, False, False],
        "none": [False, False, False, False],
    }
    with pytest.raises(ValueError, match="no natural process limits"):
        process_chart_spec(thin)
