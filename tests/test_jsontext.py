"""metrics.json text: the bulk encoding gives the dict form's text byte for byte (issue #7, Speed).

``to_json_text`` encodes the weeks, months and signal series of all metrics column by column;
``dumps_json(to_json_dict(...))`` builds a dict per record and encodes it with the json module.
Both must write the same bytes, on a gregorian and on a fiscal (NRF) calendar, with targets,
formulas, breakdowns, signals and non-finite numbers.
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Callable
from pathlib import Path

from tests.conftest import d, daily_csv, formula, metric
from wbr.jsontext import Raw, cached, compact, lists, records, template, tokens
from wbr.project import load_project
from wbr.report import build_metric_set, metric_set_json
from wbr.results import MetricSet, dumps_json, to_json_dict, to_json_text

ROOT = Path(__file__).resolve().parent.parent


def same_text(ms: MetricSet) -> str:
    text = to_json_text(ms)
    assert text == dumps_json(to_json_dict(ms))
    assert metric_set_json(ms) == text
    return text


def test_the_sample_packet_bulk_text_equals_the_dict_text() -> None:
    ms = build_metric_set(load_project(ROOT / "wbr.yaml"))
    doc = json.loads(same_text(ms))
    # the sample has signals, targets and breakdowns: the bulk path met all of them
    assert any(m["signals"] and m["signals"]["series"] for m in doc["metrics"])
    assert any(m["target"] is not None for m in doc["metrics"])
    assert any(m["parent"] is not None for m in doc["metrics"])


def test_a_fiscal_calendar_adds_period_fields_to_weeks_and_months(
    make_project: Callable[..., Path],
) -> None:
    project = make_project(
        sources={"s": daily_csv("2022-01-01", "2025-11-15", {"x": lambda day: day.day})},
        metrics={
            "x": metric(column="x", target={"weekly": 100}, counter_metric="half"),
            "half": formula("x / 2"),
        },
        config={
            "week_ends_on": "saturday",
            "calendar": {
                "type": "retail",
                "pattern": "4-5-4",
                "year_end": {"weekday": "saturday", "month": 1},
            },
        },
    )
    ms = build_metric_set(load_project(project), d("2025-11-15"))
    doc = json.loads(same_text(ms))
    week = doc["metrics"][0]["weeks"][-1]
    # week 41 of FY2025 is 9-15 Nov 2025 (see test_calendar_report); x = 9+..+15 = 84
    assert (week["label"], week["start"], week["end"], week["value"]) == (
        "Week 41 FY2025 (9–15 Nov)",
        "2025-11-09",
        "2025-11-15",
        84.0,
    )
    assert doc["metrics"][0]["months"][-1]["month"] == "FY2025-P09"


def test_non_finite_numbers_are_null_in_both_texts(compute_set: Callable[..., MetricSet]) -> None:
    ms = compute_set(
        "2026-11-15",
        sources={"s": daily_csv("2025-01-01", "2026-11-15", {"x": lambda day: 1})},
        metrics={"x": metric(column="x")},
    )
    r = ms.metrics[0]
    assert r.signals is not None
    weeks = (dataclasses.replace(r.weeks[0], value=math.nan, prior_year=math.inf), *r.weeks[1:])
    series = (dataclasses.replace(r.signals.series[0], value=-math.inf), *r.signals.series[1:])
    broken = dataclasses.replace(
        r, weeks=weeks, signals=dataclasses.replace(r.signals, series=series)
    )
    text = same_text(dataclasses.replace(ms, metrics=(broken,)))
    assert "NaN" not in text and "Infinity" not in text
    doc = json.loads(text)["metrics"][0]
    assert (doc["weeks"][0]["value"], doc["weeks"][0]["prior_year"]) == (None, None)
    assert doc["signals"]["series"][0]["value"] is None


def test_tokens_cached_records_and_lists() -> None:
    assert tokens([1.0, None, True, False, 0.1, 1e-05, 3, math.nan]) == [
        "1.0", "null", "true", "false", "0.1", "1e-05", "3", "null",
    ]  # fmt: skip
    assert tokens([]) == []
    assert cached(["a, b", None, "a, b"]) == ['"a, b"', "null", '"a, b"']
    form = template(["n", "100%"])
    assert form == '{"n": %s, "100%%": %s%s}'
    rows = records(form, [["1", "2", "3"], ["true", "false", "null"], ["", ', "x": 1', ""]])
    assert rows == ['{"n": 1, "100%": true}', '{"n": 2, "100%": false, "x": 1}',
                    '{"n": 3, "100%": null}']  # fmt: skip
    assert lists(["a", "b", "c"], [2, 0, 1]) == ["[a, b]", "[]", "[c]"]
    assert compact({"a": 1, "b": Raw("[1, 2]"), "c": None}) == '{"a": 1, "b": [1, 2], "c": null}'
