"""wbr.yaml: parsing, spellings, and every problem reported at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import d, daily_csv, metric
from wbr.config import load_config, parse_month, parse_weekday
from wbr.errors import ConfigError

CSV = daily_csv("2024-01-01", "2024-01-31", {"x": lambda day: 1})


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (12, 12), (1, 1), (6, 6), ("6", 6), ("JUN", 6), ("jun", 6), ("Jun", 6), ("June", 6),
        ("JUNE", 6), ("feb", 2), ("FEB", 2), ("February", 2), ("dec", 12), (" sep ", 9),
        (0, None), (13, None), ("13", None), ("ju", None), ("junk", None), (True, None),
        (None, None), (6.0, None), ("", None),
    ],
)  # fmt: skip
def test_parse_month(raw: object, expected: int | None) -> None:
    assert parse_month(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("sunday", "sunday"), ("Sunday", "sunday"), ("SUN", "sunday"), ("fri", "friday"),
        ("Thursday ", "thursday"), ("funday", None), ("s", None), (7, None), (None, None),
    ],
)  # fmt: skip
def test_parse_weekday(raw: object, expected: str | None) -> None:
    assert parse_weekday(raw) == expected


@pytest.mark.parametrize(("spelling", "month"), [("JUN", 6), ("feb", 2), (6, 6), ("2", 2)])
def test_fiscal_month_spellings_in_the_file(
    make_project: Callable[..., Path], spelling: object, month: int
) -> None:
    path = make_project(
        sources={"s": CSV},
        metrics={"x": metric()},
        config={"fiscal_year_end_month": spelling, "week_ends_on": "Fri"},
    )
    cfg = load_config(path)
    assert cfg.fiscal_year_end_month == month
    assert cfg.week_ends_on == "friday"
    assert cfg.week_ends_on_index == 4


def test_defaults_and_resolved_paths(make_project: Callable[..., Path]) -> None:
    path = make_project(sources={"s": CSV}, metrics={"x": metric()})
    path.write_text("sources:\n  s: data/s.csv\nmetrics: [metrics/*.yaml]\n", encoding="utf-8")
    cfg = load_config(path.parent)  # a folder holding wbr.yaml works too
    assert cfg.title == "Weekly Business Review"
    assert cfg.week_ends_on == "sunday"
    assert cfg.fiscal_year_end_month == 12
    assert cfg.week_ending is None  # latest
    assert cfg.sources["s"].path == (path.parent / "data" / "s.csv").resolve()
    assert cfg.sources["s"].date_column == "date"
    assert cfg.metric_files == ((path.parent / "metrics" / "metrics.yaml").resolve(),)


def test_week_ending_date(make_project: Callable[..., Path]) -> None:
    path = make_project(
        sources={"s": CSV}, metrics={"x": metric()}, config={"week_ending": "2024-01-28"}
    )
    assert load_config(path).week_ending == d("2024-01-28")


def test_every_problem_at_once(make_project: Callable[..., Path]) -> None:
    path = make_project(
        sources={"s": CSV},
        metrics={"x": metric()},
        config={
            "week_ends_on": "funday",
            "fiscal_year_end_month": 13,
            "week_ending": "soon",
            "colour": "blue",
            "metrics": ["nowhere/*.yaml"],
        },
    )
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.problems == [
        "wbr.yaml: 'colour' is not a known setting (known: actions, annotations, archive, "
        "calendar, commentary_dir, connections, email, fiscal_year_end_month, metrics, "
        "output_dir, paper, "
        "process_changes, sections, signals, sources, timezone, title, week_ending, week_ends_on)",
        "wbr.yaml: 'week_ends_on' must be a weekday name (got 'funday')",
        "wbr.yaml: 'fiscal_year_end_month' must be 1-12 or JAN..DEC (got 13)",
        "wbr.yaml: 'week_ending' must be 'latest' or a date YYYY-MM-DD (got 'soon')",
        "wbr.yaml: 'metrics' pattern 'nowhere/*.yaml' matches no file",
    ]


def test_source_problems(make_project: Callable[..., Path]) -> None:
    path = make_project(
        sources={"s": CSV},
        metrics={"x": metric()},
        source_options={"s": {"thousands": ",,", "delimiter": ";"}},
    )
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("sources:\n", "sources:\n  xl: {path: data/s.xlsx}\n  nopath: {}\n"),
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.problems == [
        "wbr.yaml: 'sources.xl.path' must be a .csv or .parquet file (got 'data/s.xlsx')",
        "wbr.yaml: 'sources.nopath.path' is required",
        "wbr.yaml: 'sources.s.delimiter' is not a known setting "
        "(known: connection, data_through, date_column, date_format, decimal, path, query, "
        "records, table, thousands)",
        "wbr.yaml: 'sources.s.thousands' must be a single character such as ','",
    ]


def test_section_and_block_problems_read_alike(make_project: Callable[..., Path]) -> None:
    """Every block kind says an unknown key, a missing key and a wrong value in the same words
    (wbr.block_reader), one line per bad block; YAML keys that are not text (`1:`, `yes:` is
    true) are named, where sorting them with text keys used to raise a TypeError."""
    blocks = [
        {"table": {"metrics": ["x"], 1: "a", "colour": "red"}},
        {"funnel": {"stages": ["x", "x"], True: "a"}},
        {"funnel": {"stages": ["x", {"count": "x", 2: "a"}]}},
        {"pareto": {"total": "x", "metrics": ["a", "b"], "colour": "red"}},
        {"unit_economics": {"by": "c", "metrics": ["x"], "colour": "red"}},
        {"table": {"period": "weeks"}},
        {"funnel": {"by": "c"}},
        {"pareto": {"metrics": ["a", "b"]}},
        {"unit_economics": {"metrics": ["x"]}},
        {"table": {"metrics": ["x"], "title": ["a"]}},
        {"funnel": {"stages": ["x", "x"], "title": 2024}},
        {"pareto": {"total": "x", "metrics": ["a", "b"], "title": ["a"]}},
        {"table": {"metrics": ["x"], "period": "days"}},
        {"unit_economics": {"by": "c", "metrics": ["x"], "period": "days"}},
        {"table": 3},
        {"chart": {"metrics": ["x"]}},
    ]
    path = make_project(
        sources={"s": CSV},
        metrics={"x": metric()},
        config={"sections": [{"title": "S", "blocks": blocks}, {"title": "T", 3: "a"}]},
    )
    with pytest.raises(ConfigError) as info:
        load_config(path)
    at = "wbr.yaml: 'sections[1].blocks"
    assert info.value.problems == [
        f"{at}[1]' table has unknown keys ['1', 'colour'] (known: conversion, metrics, period, "
        "title)",
        f"{at}[2]' funnel has unknown keys ['True'] (known: by, stages, title)",
        f"{at}[3].funnel.stages[2]' has unknown keys ['2'] (known: count, label, yield)",
        f"{at}[4]' pareto has unknown keys ['colour'] (known: metrics, title, total)",
        f"{at}[5]' unit_economics has unknown keys ['colour'] (known: by, metrics, period, title)",
        f"{at}[6]' table needs 'metrics': a list of metric ids",
        f"{at}[7]' funnel needs 'stages': a list of at least two stages (a count metric id, or "
        "{count: ID, yield: ID})",
        f"{at}[8]' pareto needs 'total': the metric the categories are a share of",
        f"{at}[9]' unit_economics needs 'by': the breakdown column (e.g. lead_source)",
        f"{at}[10]' table 'title' must be text (got a list)",
        f"{at}[11]' funnel 'title' must be text (got 2024)",
        f"{at}[12]' pareto 'title' must be text (got a list)",
        f"{at}[13]' table 'period' must be one of weeks, months (got 'days')",
        f"{at}[14]' unit_economics 'period' must be one of last_4_weeks, qtd, ytd, "
        "last_12_months (got 'days')",
        f"{at}[15]' table must be a mapping {{metrics: [METRIC, ...]}}",
        f"{at}[16]' must be {{metric: ID}} or {{KIND: {{...}}}} with KIND one of table, funnel, "
        "pareto, unit_economics",
        "wbr.yaml: 'sections[2]' has unknown keys ['3'] (known: blocks, title)",
    ]


def test_missing_sources(tmp_path: Path) -> None:
    path = tmp_path / "wbr.yaml"
    path.write_text("title: x\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert "wbr.yaml: 'sources' is required: a mapping of source name to {path, date_column}" in (
        info.value.problems
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title: [unclosed\n", "wbr.yaml: not valid YAML (did not find expected ',' or ']'"),
        (
            "a: 1\n  b: 2\n",
            "wbr.yaml: not valid YAML (mapping values are not allowed in this context at line 2)",
        ),
        ("- just\n- a list\n", "wbr.yaml: must be a mapping of settings"),
        ("", "wbr.yaml: must be a mapping of settings"),
    ],
)
def test_bad_yaml(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "wbr.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert len(info.value.problems) == 1
    assert info.value.problems[0].startswith(message)


def test_yaml_is_loaded_safely(tmp_path: Path) -> None:
    path = tmp_path / "wbr.yaml"
    path.write_text("title: !!python/object/apply:os.system ['true']\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert "not valid YAML" in info.value.problems[0]


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "nope.yaml")
    assert info.value.problems == [
        f"{tmp_path / 'nope.yaml'}: no such file (run 'wbr init DIR' to create a project)"
    ]
