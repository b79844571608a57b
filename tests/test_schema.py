"""Metric definition files: typed parsing and every validation problem, reported all at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import daily_csv, formula, metric
from wbr.errors import ConfigError
from wbr.project import load_project
from wbr.schema import (
    Aggregation,
    Comparison,
    Direction,
    FilterClause,
    FilterOp,
    Target,
    TargetKind,
    formula_order,
)

CSV = daily_csv("2024-01-01", "2024-01-31", {"x": lambda day: 1, "y": lambda day: 2})
Make = Callable[..., Path]


def problems_of(make_project: Make, **kwargs: Any) -> list[str]:
    kwargs.setdefault("sources", {"s": CSV})
    with pytest.raises(ConfigError) as info:
        load_project(make_project(**kwargs))
    return info.value.problems


def one_problem(make_project: Make, body: dict[str, Any], **others: Any) -> str:
    problems = problems_of(make_project, metrics={"m": body, **others})
    assert len(problems) == 1, problems
    return problems[0]


def test_a_full_definition_is_parsed_into_typed_values(make_project: Make) -> None:
    project = load_project(
        make_project(
            sources={"s": CSV},
            metrics={
                "leads": metric(
                    label="Leads",
                    definition="Inbound contacts.\n",
                    owner="Marketing",
                    agg="max",
                    filter={"region": ["north", "south"], "size": {"gt": 10, "le": 20}},
                    target={"column": "y"},
                    counter_metric="rate",
                    tolerance=0.1,
                ),
                "rate": formula("leads / leads", direction="lower_is_better"),
                "avg": metric(unit="days", compare="bps"),
            },
        )
    )
    leads = project.metric("leads")
    assert leads.label == "Leads" and leads.definition == "Inbound contacts."
    assert leads.owner == "Marketing"
    assert leads.direction is Direction.HIGHER_IS_BETTER
    assert leads.comparison is Comparison.PCT  # counts compare in pct
    assert leads.agg is Aggregation.MAX
    assert leads.filters == (
        FilterClause("region", FilterOp.IN, ("north", "south")),
        FilterClause("size", FilterOp.GT, 10),
        FilterClause("size", FilterOp.LE, 20),
    )
    assert leads.target == Target(TargetKind.COLUMN, column="y")
    assert leads.counter_metrics == ("rate",)
    assert leads.tolerance == 0.1
    assert leads.file == "metrics/metrics.yaml"
    rate = project.metric("rate")
    assert rate.is_formula and rate.formula_text == "leads / leads"
    assert rate.comparison is Comparison.BPS  # percent compares in bps
    assert rate.direction is Direction.LOWER_IS_BETTER
    assert rate.source is None and rate.column is None
    assert project.metric("avg").comparison is Comparison.BPS  # compare overrides the unit


def test_formula_order_puts_inputs_first(make_project: Make) -> None:
    project = load_project(
        make_project(
            sources={"s": CSV},
            metrics={
                "c": formula("b / a"),
                "b": formula("a * 2", unit="count"),
                "a": metric(),
            },
        )
    )
    assert [d.id for d in formula_order(project.metrics)] == ["b", "c"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            metric(colour="red"),
            "'colour' is not a known field (known: agg, by, cohort, column, compare, "
            "counter_metric, date, definition, direction, duration, filter, formula, label, "
            "matures_after, owner, percentile, signals, source, target, tolerance, unit, "
            "when_zero)",
        ),
        (
            metric(direction="up"),
            "'direction' must be one of higher_is_better, lower_is_better (got 'up')",
        ),
        (
            {k: v for k, v in metric().items() if k != "direction"},
            "'direction' is required: one of higher_is_better, lower_is_better",
        ),
        (
            metric(unit="widgets"),
            "'unit' must be one of count, currency, days, hours, number, percent, ratio "
            "(got 'widgets')",
        ),
        (
            metric(agg="mode"),
            "'agg' must be one of sum, mean, min, max, first, last, count, count_distinct, "
            "median, percentile (got 'mode')",
        ),
        (metric(compare="ratio"), "'compare' must be one of pct, bps (got 'ratio')"),
        (metric(label=""), "'label' is required and must be text"),
        (metric(owner=["a"]), "'owner' must be text"),
        (
            {"label": "L", "direction": "higher_is_better", "column": "x"},
            "'source' is required (or give a 'formula')",
        ),
        (
            metric(target={"weekly": 5}),
            "'counter_metric' is required when a target is set: name the metric that would "
            "reveal gaming of this target (Goodhart's law)",
        ),
        (
            metric(target={"value": 1}, counter_metric="m"),
            "'counter_metric' cannot be the metric itself",
        ),
        (
            metric(target={"value": 1}, counter_metric=["other", "m"]),
            "'counter_metric' cannot be the metric itself",
        ),
        (
            metric(target={"weekly": 5, "value": 1}, counter_metric="other"),
            "'target' must be exactly one of {column: X}, {weekly: N} or {value: v}",
        ),
        (
            metric(target={"monthly": 5}, counter_metric="other"),
            "'target' kind 'monthly' is not one of column, weekly, value",
        ),
        (
            metric(target={"weekly": "lots"}, counter_metric="other"),
            "'target' weekly must be a number",
        ),
        (
            metric(counter_metric=[1, 2]),
            "'counter_metric' must be a metric id or a list of metric ids",
        ),
        (
            metric(tolerance=-1),
            "'tolerance' must be a non-negative number (a fraction for pct, bps for bps)",
        ),
        (
            metric(filter={"region": {"like": "N%"}}),
            "'filter' operator 'like' on 'region' is not one of eq, ne, gt, ge, lt, le, in, "
            "not_in, not_null, is_null",
        ),
        (
            metric(filter={"region": {"in": "north"}}),
            "'filter' 'in' on 'region' needs a list of values",
        ),
        (metric(filter={"size": {"gt": [1, 2]}}), "'filter' 'gt' on 'size' needs a single value"),
        (
            metric(filter=["region"]),
            "'filter' must be a mapping of column to a value, a list of values, or {op: value}",
        ),
        (
            metric(filter={"region": None}),
            "'filter' condition on 'region' must be a value, a list or {op: value}",
        ),
        (
            formula("__import__('os')"),
            "'formula' is not valid: unexpected character \"'\"; only metric ids, numbers, "
            "+ - * / ( ) and min/max/abs are allowed",
        ),
        (formula("other +"), "'formula' is not valid: it ends too early"),
        (formula(42), "'formula' must be text such as 'meetings / leads'"),
        (
            formula("other * 2", source="s"),
            "'source' cannot be combined with 'formula' (a formula reads other metrics)",
        ),
        (formula("nope / other"), "'formula' uses unknown metric 'nope'"),
        (
            metric(target={"weekly": 1}, counter_metric="ghost"),
            "'counter_metric' names unknown metric 'ghost'",
        ),
        (
            formula("other / 2", target={"column": "y"}, counter_metric="other"),
            "'target' column targets need a column metric; use {value: ...} for a formula",
        ),
        (
            metric(source="nosuch"),
            "'source' names unknown source 'nosuch' (sources in wbr.yaml: s)",
        ),
        ("not a mapping", "definition must be a mapping"),
    ],
)
def test_each_problem_names_file_metric_and_field(
    make_project: Make, body: Any, message: str
) -> None:
    problem = one_problem(make_project, body, other=metric())
    assert problem == f"metrics/metrics.yaml: metric 'm': {message}"


def test_formula_cycle(make_project: Make) -> None:
    problems = problems_of(
        make_project,
        metrics={
            "a": formula("b + 1"),
            "b": formula("c * 2"),
            "c": formula("a / 3"),
            "x": metric(),
        },
    )
    assert problems == [
        "metrics/metrics.yaml: metric 'a': 'formula' is circular (a -> b -> c -> a)",
    ]


def test_self_referencing_formula(make_project: Make) -> None:
    assert problems_of(make_project, metrics={"a": formula("a + 1"), "x": metric()}) == [
        "metrics/metrics.yaml: metric 'a': 'formula' is circular (a -> a)",
    ]


def test_bad_metric_ids(make_project: Make) -> None:
    problems = problems_of(
        make_project,
        metric_files={"m.yaml": {"1st": metric(), "has-dash": metric(), "ok": metric()}},
    )
    assert problems == [
        "metrics/m.yaml: metric '1st': id must be letters, digits and underscores, "
        "not starting with a digit",
        "metrics/m.yaml: metric 'has-dash': id must be letters, digits and underscores, "
        "not starting with a digit",
    ]


def test_bad_yaml_in_a_metric_file(make_project: Make) -> None:
    problems = problems_of(
        make_project, metric_files={"a.yaml": {"x": metric()}, "b.yaml": "y: [unclosed\n"}
    )
    assert problems == [
        "metrics/b.yaml: not valid YAML (did not find expected ',' or ']' at line 2, column 1)"
    ]


def test_a_metric_file_must_be_a_mapping(make_project: Make) -> None:
    problems = problems_of(make_project, metric_files={"a.yaml": "- x\n- y\n"})
    assert problems == ["metrics/a.yaml: must be a mapping of metric id to definition"]


def test_no_metrics_at_all(make_project: Make) -> None:
    problems = problems_of(make_project, metric_files={"a.yaml": "# nothing yet\n"})
    assert problems == ["wbr.yaml: no metrics defined (check the 'metrics' globs)"]


def test_unknown_metric_in_a_section(make_project: Make) -> None:
    problems = problems_of(
        make_project,
        metrics={"x": metric()},
        config={"sections": [{"title": "Funnel", "blocks": [{"metric": "ghost"}]}]},
    )
    assert problems == ["wbr.yaml: 'sections[1]' (Funnel) names unknown metric 'ghost'"]


def test_every_problem_is_reported_at_once(make_project: Make) -> None:
    problems = problems_of(
        make_project,
        metric_files={
            "a.yaml": {
                "x": metric(colour="red"),
                "bad_dir": metric(direction="up"),
                "bad_unit": metric(unit="widgets"),
                "f_unknown": formula("x / nope"),
                "cyc_a": formula("cyc_b + 1"),
                "cyc_b": formula("cyc_a * 2"),
                "tgt": metric(target={"weekly": 5}),
                "selfpair": metric(target={"value": 1}, counter_metric="selfpair"),
                "unk_src": metric(source="nosuch"),
                "unk_counter": metric(target={"weekly": 1}, counter_metric="ghost"),
                "bad_op": metric(filter={"region": {"like": "N%"}}),
                "bad_syntax": formula("__import__('os')"),
            },
            "b.yaml": {"x": metric(), "ok": metric()},
            "c.yaml": "x: [unclosed\n",
        },
    )
    a = "metrics/a.yaml: metric"
    expected = [
        f"{a} 'x': 'colour' is not a known field",
        f"{a} 'bad_dir': 'direction' must be one of",
        f"{a} 'bad_unit': 'unit' must be one of",
        f"{a} 'tgt': 'counter_metric' is required when a target is set",
        f"{a} 'selfpair': 'counter_metric' cannot be the metric itself",
        f"{a} 'bad_op': 'filter' operator 'like' on 'region'",
        f"{a} 'bad_syntax': 'formula' is not valid",
        "metrics/b.yaml: metric 'x': duplicate metric id (first defined in metrics/a.yaml)",
        "metrics/c.yaml: not valid YAML",
        f"{a} 'f_unknown': 'formula' uses unknown metric 'nope'",
        f"{a} 'unk_counter': 'counter_metric' names unknown metric 'ghost'",
        f"{a} 'cyc_a': 'formula' is circular (cyc_a -> cyc_b -> cyc_a)",
        f"{a} 'unk_src': 'source' names unknown source 'nosuch'",
    ]
    assert len(problems) == len(expected), "\n".join(problems)
    for problem, start in zip(problems, expected, strict=True):
        assert problem.startswith(start), (problem, start)
    # 'x' exists (it is invalid, and said so): 'f_unknown' is not also told that 'x' is unknown


def test_counter_metric_that_is_invalid_is_not_also_unknown(make_project: Make) -> None:
    problems = problems_of(
        make_project,
        metrics={
            "x": metric(target={"weekly": 1}, counter_metric="y"),
            "y": metric(direction="up"),
            "r": formula("y / x"),
        },
    )
    assert problems == [
        "metrics/metrics.yaml: metric 'y': 'direction' must be one of higher_is_better, "
        "lower_is_better (got 'up')"
    ]
