"""``wbr import-wbr-app``: a WBR App config + CSV becomes a wbr project with the same numbers.

The fixture (tests/fixtures/wbr_app/) is a WBR App config and its daily CSV. The CSV has a UTF-8
BOM, dates like "Sat, 25-Sep-2021", quoted thousands ("1,200") and two rows on every Monday:

    rows: one US row per day, 2020-09-01..2020-09-30 and 2021-08-01..2021-09-25,
          plus a DE row on each Monday in those ranges
    US:   PageViews 900/day in 2020, 1,000/day in 2021, 1,200/day in the report week
          Clicks 60/day, 80/day in the report week; Impressions 2,000/day
          DefectsPerMillion 10; ActiveUsers 60 + day of month (2020), 100 + day of month (2021)
          PageViews__Target 1,100/day
    DE:   PageViews 500, Clicks 20, Impressions 1,000, DefectsPerMillion 30, ActiveUsers 50,
          PageViews__Target empty

setup.week_ending is 25-SEP-2021, a Saturday, so the report week is Sun 2021-09-19..Sat 09-25,
the week before is 09-12..09-18 and the prior-year week (-364 days) is 2020-09-20..2020-09-26.
Each of these weeks has exactly one Monday (09-20, 09-13, 2020-09-21). Expected numbers are worked
out by hand in the comments; the engine is never used to produce them.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result

from wbr.cli import cli
from wbr.importer import import_wbr_app

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "wbr_app"
CONFIG = FIXTURE / "wbr_app.yaml"
CSV = FIXTURE / "daily.csv"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result]:
    out = tmp_path_factory.mktemp("import") / "acme"
    result = run("import-wbr-app", str(CONFIG), "--data", str(CSV), "-o", str(out))
    assert result.exit_code == 0, result.output
    return out, result


@pytest.fixture(scope="module")
def computed(imported: tuple[Path, Result]) -> dict[str, Any]:
    out, _ = imported
    result = run("compute", str(out / "wbr.yaml"))
    assert result.exit_code == 0, result.output
    doc: dict[str, Any] = json.loads(result.stdout)
    return doc


def by_id(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {m["id"]: m for m in doc["metrics"]}


# --- the fixture really has the traps ----------------------------------------------------------


def test_fixture_has_bom_quoted_thousands_weekday_dates_and_two_rows_per_date() -> None:
    raw = CSV.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert '"Mon, 20-Sep-2021",US,"1,200",80,"2,000"' in text
    assert '"Mon, 20-Sep-2021",DE,500,20,"1,000"' in text


# --- the generated files -----------------------------------------------------------------------


def test_cli_lists_written_files_and_warns_on_stderr(imported: tuple[Path, Result]) -> None:
    out, result = imported
    assert result.stdout.splitlines() == [
        str(out / "wbr.yaml"),
        str(out / "data" / "daily.csv"),
        str(out / "metrics" / "wbr_app.yaml"),
        str(out / "IMPORT_NOTES.md"),
    ]
    assert (out / "data" / "daily.csv").read_bytes() == CSV.read_bytes()
    warnings = [line for line in result.stderr.splitlines() if line.startswith("Warning: ")]
    notes = (out / "IMPORT_NOTES.md").read_text(encoding="utf-8")
    for expected in (
        "embedded_content (https://dashboards.example.com/web) cannot be imported",
        "metric 'Median Users' was not imported: aggf 'median' has no wbr equivalent",
        "metric 'Big US Days' was not imported: filter query",
        "metric 'Median Users' was not imported, so it is left out",
        "'Page ViewsYOY' is WBR App's YOY of 'Page Views'",
        "row headers are not kept, the table shows each metric's label (headers: 'Traffic', "
        "'Page views' (Page Views), 'YOY' (Page ViewsYOY), 'US clicks' (US Clicks), "
        "'Est. US views' (Est. US Views))",
        "every metric is 'direction: higher_is_better'",
        "(check: defects_million)",
        "add 'target: {column: PageViews__Target}' and a 'counter_metric' to 'page_views'",
        "setup.week_number is not needed",
        "6_12Graph titles are not kept",
        "draws 2 metrics in one chart",
        "display options (graph_prior_year_flag, legend_name, line_style, style, y_scaling) "
        "are not carried over",
    ):
        assert any(expected in w for w in warnings), expected
        assert expected in notes, expected
    # every warning is in the notes file, one bullet each
    assert len(warnings) == notes.count("\n- ")
    assert '| Median Users | not imported | median of column "ActiveUsers" |' in notes
    assert '| Defects/Million | `defects_million` | mean of column "DefectsPerMillion" |' in notes


def test_wbr_yaml_keeps_week_calendar_and_deck(imported: tuple[Path, Result]) -> None:
    out, _ = imported
    cfg = load(out / "wbr.yaml")
    assert cfg == {
        "title": "Acme Web WBR",
        "week_ends_on": "saturday",  # 25-SEP-2021 is a Saturday
        "fiscal_year_end_month": "DEC",
        "week_ending": dt.date(2021, 9, 25),
        "sources": {"data": {"path": "data/daily.csv", "date_column": "Date"}},
        "metrics": ["metrics/wbr_app.yaml"],
        "sections": [
            {
                "title": "Acme Web WBR",  # blocks before the first section: titled after setup
                "blocks": [
                    {"metric": "page_views"},
                    {"metric": "page_views_target"},
                    {"metric": "ctr"},
                ],
            },
            {
                "title": "Quality",
                "blocks": [
                    {"metric": "defects_million"},  # Median Users left out (not imported)
                    {
                        "table": {
                            # 'Page ViewsYOY' folds into page_views; the header row is dropped
                            "metrics": ["page_views", "us_clicks", "est_us_views"],
                            "period": "weeks",
                            "title": "Traffic summary",
                        }
                    },
                    {
                        "table": {
                            "metrics": ["total_traffic", "views_vs_target"],
                            "period": "months",
                            "title": "Traffic by month",
                        }
                    },
                ],
            },
        ],
    }


def test_metric_file_translates_every_kind(imported: tuple[Path, Result]) -> None:
    out, _ = imported
    metrics = load(out / "metrics" / "wbr_app.yaml")
    assert list(metrics) == [
        "page_views", "page_views_target", "clicks", "impressions", "defects_million",
        "peak_users", "us_clicks", "non_us_clicks", "ctr", "total_traffic", "views_vs_target",
        "views_per_click", "est_us_views",
    ]  # fmt: skip
    assert metrics["page_views"] == {
        "label": "Page Views",
        "definition": 'Imported from WBR App: sum of column "PageViews".',
        "unit": "number",
        "direction": "higher_is_better",
        "compare": "pct",
        "source": "data",
        "column": "PageViews",
        "agg": "sum",
    }
    assert metrics["defects_million"]["label"] == "Defects/Million"
    assert metrics["defects_million"]["agg"] == "mean"
    assert metrics["peak_users"]["agg"] == "max"
    assert metrics["page_views_target"]["column"] == "PageViews__Target"
    assert "target" not in metrics["page_views"]
    assert metrics["us_clicks"]["filter"] == {"Country": "US"}
    assert metrics["us_clicks"]["definition"] == (
        "Imported from WBR App: sum of column \"Clicks\" where Country == 'US'."
    )
    assert metrics["non_us_clicks"]["filter"] == {"Country": {"ne": "US"}}
    assert metrics["ctr"] == {
        "label": "CTR",
        "definition": 'Imported from WBR App: "Clicks" divided by "Impressions", each aggregated '
        "over the period first.",
        "unit": "percent",
        "direction": "higher_is_better",
        "compare": "bps",
        "formula": "clicks / impressions",
    }
    assert metrics["total_traffic"]["formula"] == "page_views + clicks + impressions"
    assert metrics["views_vs_target"]["formula"] == "page_views - page_views_target"
    # the inline operand definition becomes its own metric, just before its user
    assert metrics["views_per_click"]["label"] == "Views per Click"
    assert metrics["views_per_click"]["formula"] == "page_views / clicks"
    assert metrics["est_us_views"]["formula"] == "us_clicks * views_per_click"
    for body in metrics.values():
        assert body["definition"].startswith("Imported from WBR App: ")


# --- the real wbr validate / compute on the imported project -----------------------------------


def test_imported_project_validates(imported: tuple[Path, Result]) -> None:
    out, _ = imported
    result = run("validate", str(out / "wbr.yaml"))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("OK: 13 metrics (0 with targets) in 1 file, 1 source")
    assert "report week ending 2021-09-25" in result.stdout


def test_compute_week_and_sums(computed: dict[str, Any]) -> None:
    assert computed["week_ending"] == "2021-09-25"
    assert computed["week_ends_on"] == "saturday"
    m = by_id(computed)
    pv = m["page_views"]
    # report week: 7 US days x 1,200 + DE Monday 500 = 8,900
    # week before: 7 x 1,000 + 500 = 7,500; prior-year week: 7 x 900 + 500 = 6,800
    assert pv["comparison"] == "pct"
    assert pv["summary"]["last_week"] == 8900
    assert pv["summary"]["wow"] == pytest.approx(8900 / 7500 - 1)  # 0.18667
    assert pv["summary"]["yoy"] == pytest.approx(8900 / 6800 - 1)  # 0.30882
    # MTD Sep 1-25 2021: 18 x 1,000 + 7 x 1,200 + DE Mondays 6, 13, 20 (3 x 500) = 27,900
    # same dates 2020: 25 x 900 + DE Mondays 7, 14, 21 (3 x 500) = 24,000
    assert pv["summary"]["mtd"] == 27900
    assert pv["summary"]["mtd_yoy"] == pytest.approx(27900 / 24000 - 1)  # 0.1625
    # last complete month Aug 2021: 31 x 1,000 + DE Mondays 2, 9, 16, 23, 30 (5 x 500) = 33,500;
    # there is no August 2020 data, so its prior year is null (not 0)
    assert pv["months"][-1] == {
        "month": "2021-08", "value": 33500, "prior_year": None, "coverage": 1.0, "target": None,
        "provisional": False,
    }  # fmt: skip
    # the plan column is empty on DE rows: 7 x 1,100 = 7,700
    assert m["page_views_target"]["summary"]["last_week"] == 7700


def test_compute_filtered_mean_and_max(computed: dict[str, Any]) -> None:
    m = by_id(computed)
    # Country == 'US': 7 x 80 = 560; week before 7 x 60 = 420
    assert m["us_clicks"]["summary"]["last_week"] == 560
    assert m["us_clicks"]["summary"]["wow"] == pytest.approx(560 / 420 - 1)
    # Country != 'US': the single DE Monday row, 20
    assert m["non_us_clicks"]["summary"]["last_week"] == 20
    # mean: Monday's two rows average to (10 + 30) / 2 = 20, the other six days are 10:
    # (6 x 10 + 20) / 7 = 11.4286 (a mean over rows would be 12.5, a daily sum 14.29)
    assert m["defects_million"]["summary"]["last_week"] == pytest.approx(80 / 7)
    # max: US ActiveUsers peaks on Sat 25 Sep (100 + 25); the week before on Sat 18 Sep (118)
    assert m["peak_users"]["summary"]["last_week"] == 125
    assert m["peak_users"]["summary"]["wow"] == pytest.approx(125 / 118 - 1)


def test_compute_functions_are_aggregated_first(computed: dict[str, Any]) -> None:
    m = by_id(computed)
    ctr = m["ctr"]
    # clicks 7 x 80 + 20 = 580 over impressions 7 x 2,000 + 1,000 = 15,000 -> 0.038667
    # (the mean of the daily ratios would be (6 x 0.04 + 100/3,000) / 7 = 0.038095)
    assert ctr["comparison"] == "bps"
    assert ctr["unit"] == "percent"
    assert ctr["summary"]["last_week"] == pytest.approx(580 / 15000)
    # week before: (7 x 60 + 20) / 15,000 = 440 / 15,000; delta in bps = 140 / 15,000 x 10,000
    assert ctr["summary"]["wow"] == pytest.approx(93.3333333, rel=1e-6)
    # the prior-year week has the same clicks and impressions as the week before
    assert ctr["summary"]["yoy"] == pytest.approx(93.3333333, rel=1e-6)
    # 8,900 + 580 + 15,000
    assert m["total_traffic"]["summary"]["last_week"] == 24480
    # 8,900 - 7,700
    assert m["views_vs_target"]["summary"]["last_week"] == 1200
    # US clicks x (page views / clicks) = 560 x 8,900 / 580 = 8,593.10
    assert m["est_us_views"]["summary"]["last_week"] == pytest.approx(560 * 8900 / 580)


# --- translation details -----------------------------------------------------------------------


def write_app(tmp_path: Path, metrics: dict[str, Any], **extra: Any) -> Path:
    doc: dict[str, Any] = {
        "setup": {"week_ending": "03-JAN-2021", "week_number": 1, "title": "T"},
        "metrics": metrics,
    }
    doc.update(extra)
    path = tmp_path / "app.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return path


def test_ids_are_valid_unique_and_keep_the_name_as_label(tmp_path: Path) -> None:
    metrics = {
        "Page Views": {"column": "a", "aggf": "sum"},
        "page_views": {"column": "b", "aggf": "sum"},
        "Page/Views": {"column": "c", "aggf": "sum"},
        "1st Touch": {"column": "d", "aggf": "sum"},
        "Umsatz Österreich": {"column": "e", "aggf": "sum"},
    }
    result = import_wbr_app(write_app(tmp_path, metrics), None, tmp_path / "out")
    assert result.metric_ids == (
        ("Page Views", "page_views"),
        ("page_views", "page_views_2"),
        ("Page/Views", "page_views_3"),
        ("1st Touch", "m_1st_touch"),
        ("Umsatz Österreich", "umsatz_osterreich"),
    )
    written = load(tmp_path / "out" / "metrics" / "app.yaml")
    assert [body["label"] for body in written.values()] == list(metrics)
    assert any("no --data was given" in note for note in result.notes)
    assert any("the config has no 'deck'" in note for note in result.notes)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Region == 'North'", {"Region": "North"}),
        ('Region != "North"', {"Region": {"ne": "North"}}),
        ("Units > 5", {"Units": {"gt": 5}}),
        ("Units >= 5", {"Units": {"ge": 5}}),
        ("Units < 2.5", {"Units": {"lt": 2.5}}),
        ("Units <= -1", {"Units": {"le": -1}}),
        ("Units == 3", {"Units": 3}),
        ("`Sales Region` == 'North'", {"Sales Region": "North"}),
    ],
)
def test_filter_queries_become_declarative_filters(
    tmp_path: Path, query: str, expected: dict[str, Any]
) -> None:
    metrics = {"X": {"filter": {"base_column": "Units", "query": query}, "aggf": "sum"}}
    import_wbr_app(write_app(tmp_path, metrics), None, tmp_path / "out")
    written = load(tmp_path / "out" / "metrics" / "app.yaml")
    assert written["x"]["filter"] == expected
    assert type(next(iter(written["x"]["filter"].values()))) is type(next(iter(expected.values())))


@pytest.mark.parametrize(
    "query", ["Region in ['North', 'South']", "Units > 5 and Units < 9", "Units > Other", "x"]
)
def test_unsupported_queries_are_noted_with_their_dependents(tmp_path: Path, query: str) -> None:
    metrics = {
        "Units": {"column": "Units", "aggf": "sum"},
        "X": {"filter": {"base_column": "Units", "query": query}, "aggf": "sum"},
        "Share": {
            "function": {"divide": [{"metric": {"name": "X"}}, {"metric": {"name": "Units"}}]}
        },
    }
    result = import_wbr_app(write_app(tmp_path, metrics), None, tmp_path / "out")
    assert [m for m, _ in result.metric_ids] == ["Units"]
    assert any(n.startswith(f"metric 'X' was not imported: filter query {query!r}") for n in
               result.notes)  # fmt: skip
    assert "metric 'Share' was not imported: it uses 'X', which was not imported" in result.notes


def test_unknown_function_is_noted_not_a_traceback(tmp_path: Path) -> None:
    metrics = {
        "A": {"column": "a", "aggf": "sum"},
        "Mod": {"function": {"modulo": [{"metric": {"name": "A"}}, {"metric": {"name": "A"}}]}},
    }
    result = import_wbr_app(write_app(tmp_path, metrics), None, tmp_path / "out")
    assert [m for m, _ in result.metric_ids] == ["A"]
    assert any(n.startswith("metric 'Mod' was not imported") for n in result.notes)


def test_operand_order_and_extra_operands_follow_wbr_app(tmp_path: Path) -> None:
    metrics = {
        "A": {"column": "a", "aggf": "sum"},
        "B": {"column": "b", "aggf": "sum"},
        "C": {"column": "c", "aggf": "sum"},
        # WBR App evaluates metric operands before column operands: this is B - A there
        "Diff": {
            "function": {"difference": [{"column": {"name": "A"}}, {"metric": {"name": "B"}}]}
        },
        # WBR App's product reads only the first two operands
        "Prod": {"function": {"product": [{"metric": {"name": n}} for n in ("A", "B", "C")]}},
    }
    result = import_wbr_app(write_app(tmp_path, metrics), None, tmp_path / "out")
    written = load(tmp_path / "out" / "metrics" / "app.yaml")
    assert written["diff"]["formula"] == "b - a"
    assert written["prod"]["formula"] == "a * b"
    assert any("so this difference is B then A" in n for n in result.notes)
    assert any("product uses only its first two operands; 'C' ignored" in n for n in result.notes)


def test_slash_dates_database_keys_and_force(tmp_path: Path) -> None:
    # 1/1/21 dates (month/day/2-digit year), a bps metric read from a column, DB settings
    lines = ["Date,Orders,Rate"]
    for day in range(1, 32):
        lines.append(f"12/{day}/19,{day},0.5")  # Dec 2019 (the prior year of the week)
    for day in range(1, 32):
        lines.append(f"12/{day}/20,{day},0.25")
    for day in range(1, 4):
        lines.append(f"1/{day}/21,{10 * day},0.30")
    csv_path = tmp_path / "export.csv"
    csv_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    metrics = {
        "Orders": {"column": "Orders", "aggf": "sum"},
        "Rate": {"column": "Rate", "aggf": "mean", "metric_comparison_method": "bps"},
    }
    app = write_app(
        tmp_path,
        metrics,
        data_sources={"Prod": {"main": {"query": "SELECT 1"}}},
        deck=[{"block": {"ui_type": "6_12Graph", "metrics": {"OrdersWOW": {}}}}],
    )
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    result = run("import-wbr-app", str(app), "--data", str(csv_path), "-o", str(out))
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {out} is not empty; choose a new folder or use --force to write into it "
        "(files with the same names are replaced)\n"
    )
    result = run("import-wbr-app", str(app), "--data", str(csv_path), "-o", str(out), "--force")
    assert result.exit_code == 0, result.output
    assert (out / "keep.txt").read_text(encoding="utf-8") == "mine"
    assert "database sources (setup.db_config_url / data_sources) were not imported" in (
        result.stderr
    )
    assert "'OrdersWOW' is WBR App's WOW of 'Orders'" in result.stderr
    cfg = load(out / "wbr.yaml")
    assert cfg["week_ends_on"] == "sunday"  # 3 Jan 2021 is a Sunday
    assert cfg["sections"] == [{"title": "T", "blocks": [{"metric": "orders"}]}]
    rate = load(out / "metrics" / "app.yaml")["rate"]
    assert (rate["unit"], rate["compare"]) == ("percent", "bps")
    done = run("compute", str(out / "wbr.yaml"))
    assert done.exit_code == 0, done.output
    m = by_id(json.loads(done.stdout))
    # week Mon 28 Dec 2020 .. Sun 3 Jan 2021: 28 + 29 + 30 + 31 + 10 + 20 + 30 = 178
    assert m["orders"]["summary"]["last_week"] == 178
    # rate: mean of (4 x 0.25 + 3 x 0.30) / 7 = 1.9 / 7; prior-year week Mon 30 Dec 2019 ..
    # Sun 5 Jan 2020 has only 30 and 31 Dec 2019 (0.5): yoy = (1.9/7 - 0.5) x 10,000 bps
    assert m["rate"]["summary"]["last_week"] == pytest.approx(1.9 / 7)
    assert m["rate"]["summary"]["yoy"] == pytest.approx((1.9 / 7 - 0.5) * 10_000)


# --- errors: one Error line per problem, exit 1, nothing written --------------------------------


def test_missing_config_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("import-wbr-app", str(tmp_path / "nope.yaml"), "-o", str(out))
    assert result.exit_code == 1
    assert result.output == f"Error: {tmp_path / 'nope.yaml'}: no such file\n"
    assert not out.exists()


def test_invalid_yaml(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("setup:\n  week_ending: [25-SEP-2021\n", encoding="utf-8")
    result = run("import-wbr-app", str(bad), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.output.startswith("Error: bad.yaml: not valid YAML (")
    assert not (tmp_path / "out").exists()


def test_not_a_wbr_app_config(tmp_path: Path) -> None:
    bad = tmp_path / "list.yaml"
    bad.write_text("- a\n- b\n", encoding="utf-8")
    result = run("import-wbr-app", str(bad), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.output == (
        "Error: list.yaml: not a WBR App config (expected a mapping with 'setup', 'metrics' "
        "and 'deck')\n"
    )


def test_every_config_problem_is_reported_and_nothing_written(tmp_path: Path) -> None:
    metrics = {
        "A": {"column": "PageViews"},
        "B": {"function": {"divide": [{"metric": {"name": "A"}}, {"metric": {"name": "Nope"}}]}},
        "C": {"column": "Missing", "aggf": "sum"},
        "D": {"filter": {"base_column": "Clicks", "query": "Region == 'EU'"}, "aggf": "sum"},
    }
    app = write_app(tmp_path, metrics)
    doc = load(app)
    doc["setup"]["week_ending"] = "2021/09/25"
    app.write_text(yaml.safe_dump(doc), encoding="utf-8")
    out = tmp_path / "out"
    result = run("import-wbr-app", str(app), "--data", str(CSV), "-o", str(out))
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "Error: app.yaml: 'setup.week_ending' must be a date such as 25-SEP-2021 "
        "(got '2021/09/25')",
        "Error: app.yaml: metric 'A': 'aggf' is required (one of sum, mean, min, max, first, last)",
        "Error: app.yaml: metric 'B': function 'divide' uses unknown metric 'Nope' (define it "
        "under 'metrics')",
        "Error: app.yaml: metric 'C': column 'Missing' is not in daily.csv (columns: Date, "
        "Country, PageViews, Clicks, Impressions, DefectsPerMillion, ActiveUsers, "
        "PageViews__Target)",
        "Error: app.yaml: metric 'D': column 'Region' is not in daily.csv (columns: Date, "
        "Country, PageViews, Clicks, Impressions, DefectsPerMillion, ActiveUsers, "
        "PageViews__Target)",
    ]
    assert not out.exists()
    assert list(tmp_path.glob(".out.import-*")) == []


def test_week_ending_outside_the_data_leaves_nothing_behind(tmp_path: Path) -> None:
    doc = load(CONFIG)
    doc["setup"]["week_ending"] = "02-OCT-2021"  # a Saturday after the last date in the CSV
    app = tmp_path / "late.yaml"
    app.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    out = tmp_path / "out"
    result = run("import-wbr-app", str(app), "--data", str(CSV), "-o", str(out))
    assert result.exit_code == 1
    assert result.output.endswith(
        "Error: week ending 2021-10-02 is after the last date in the data (2021-09-25, "
        "source 'data')\n"
    )
    assert not out.exists()
    assert list(tmp_path.glob(".out.import-*")) == []


def test_data_without_date_column(tmp_path: Path) -> None:
    data = tmp_path / "d.csv"
    data.write_text("day,Orders\n2021-01-03,5\n", encoding="utf-8")
    app = write_app(tmp_path, {"Orders": {"column": "Orders", "aggf": "sum"}})
    result = run("import-wbr-app", str(app), "--data", str(data), "-o", str(tmp_path / "o"))
    assert result.exit_code == 1
    assert result.output == (
        "Error: d.csv: has no 'Date' column, which WBR App data needs (columns: day, Orders)\n"
    )
