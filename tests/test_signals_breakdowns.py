"""`signals: {breakdowns: false}` (#10): a metric keeps its limits, its `by:` children get none.

A weekly rate of a handful of deals per lead source (1 to 6 won a week in the sample) varies
mostly with how many deals closed; its range rule then fires far more often than routine
variation allows, so the sample keeps limits on the company's win rate and margin % only.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from tests.conftest import REPO
from wbr.project import load_project
from wbr.report import build_metric_set
from wbr.results import SignalStatus
from wbr.signals.settings import (
    SignalOverride,
    SignalSettings,
    parse_signal_override,
    parse_signal_settings,
)


def collect() -> tuple[list[tuple[str, str]], object]:
    errors: list[tuple[str, str]] = []
    return errors, lambda key, message: errors.append((key, message))


def test_breakdowns_false_is_parsed_beside_the_other_keys() -> None:
    errors, bad = collect()
    got = parse_signal_override({"breakdowns": False, "run_length": 6}, bad)  # type: ignore[arg-type]
    assert errors == []
    assert got == SignalOverride(run_length=6, breakdowns=False)
    assert got.apply(SignalSettings()).run_length == 6  # the metric's own settings unchanged
    assert got.for_breakdown() == SignalOverride(enabled=False)
    kept = SignalOverride(run_length=6)
    assert kept.for_breakdown() is kept  # without the key, children share the metric's settings


def test_bad_breakdowns_values_and_keys_are_reported() -> None:
    errors, bad = collect()
    parse_signal_override({"breakdowns": "no", "runs": 3}, bad)  # type: ignore[arg-type]
    assert errors == [
        ("signals.breakdowns", "must be true or false (got 'no')"),
        (
            "signals.runs",
            "is not a known setting (known: weeks, baseline_weeks, min_baseline_weeks, "
            "run_length, charts, breakdowns)",
        ),
    ]
    # a per-metric key only: the project's settings have no breakdowns of their own
    errors, bad = collect()
    parse_signal_settings({"breakdowns": False}, bad)  # type: ignore[arg-type]
    assert errors == [
        (
            "signals.breakdowns",
            "is not a known setting (known: weeks, baseline_weeks, min_baseline_weeks, "
            "run_length, charts)",
        )
    ]


def test_children_lose_their_limits_and_the_metric_keeps_them(tmp_path: Path) -> None:
    """On a copy of the sample whose win rate drops the key, its children get limits again."""
    ms = build_metric_set(load_project(REPO / "wbr.yaml"))
    by_id = {r.metric.id: r for r in ms.metrics}
    assert by_id["win_rate"].signals.status is SignalStatus.ROUTINE  # type: ignore[union-attr]
    assert by_id["win_rate.web_form"].signals.status is SignalStatus.OFF  # type: ignore[union-attr]

    for name in ("wbr.yaml", "metrics", "sample_data"):
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name)
        else:
            shutil.copy(source, tmp_path / name)
    sales = tmp_path / "metrics" / "sales.yaml"
    catalogue = yaml.safe_load(sales.read_text(encoding="utf-8"))
    del catalogue["win_rate"]["signals"]
    sales.write_text(yaml.safe_dump(catalogue, allow_unicode=True), encoding="utf-8")
    copy = {r.metric.id: r for r in build_metric_set(load_project(tmp_path / "wbr.yaml")).metrics}
    assert copy["win_rate.web_form"].signals.status is SignalStatus.ROUTINE  # type: ignore[union-attr]
    assert copy["win_rate"].signals == by_id["win_rate"].signals  # the company's rate unchanged
