"""A retail (4-5-4 NRF) calendar end to end: config, engine numbers, JSON (issue #12).

Data: one row per day with ``x`` = the day of the month and ``one`` = 1, so every sum below is
worked out by hand in the comments.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import json
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from tests.conftest import d, daily_csv, metric
from wbr.cli import cli
from wbr.config import load_config
from wbr.delivery.restate import find_restatements
from wbr.errors import ConfigError
from wbr.project import load_project
from wbr.report import build_metric_set, metric_set_json

NRF = {"type": "retail", "pattern": "4-5-4", "year_end": {"weekday": "saturday", "month": 1}}
CSV = daily_csv("2022-01-01", "2025-11-15", {"x": lambda day: day.day, "one": lambda day: 1})
METRICS = {"x": metric(column="x"), "one": metric(column="one")}


def project(make_project: Callable[..., Path], **calendar: Any) -> Path:
    return make_project(
        sources={"s": CSV},
        metrics=METRICS,
        config={"week_ends_on": "saturday", "calendar": {**NRF, **calendar}},
    )


def test_mtd_qtd_ytd_against_the_same_fiscal_periods(make_project: Callable[..., Path]) -> None:
    ms = build_metric_set(load_project(project(make_project)), d("2025-11-15"))
    x, one = ms.get("x"), ms.get("one")
    # week 41 of FY2025: 9-15 Nov 2025, x = 9+..+15 = 84; the week 364 days earlier, 10-16 Nov
    # 2024: 10+..+16 = 91
    assert (x.summary.last_week, x.weeks[-1].prior_year) == (84.0, 91.0)
    # MTD = P10 FY2025 so far, 2-15 Nov 2025: 2+..+15 = 119; P10 FY2024's first 14 days,
    # 3-16 Nov 2024: 3+..+16 = 133 -> 119/133 - 1 = -14/133 (a calendar MTD would be 120 vs 120)
    assert x.summary.mtd == 119.0
    assert x.summary.mtd_yoy == pytest.approx(-14 / 133, rel=1e-12)
    # Q4 FY2025 started with P10 on 2 Nov: QTD = MTD
    assert (x.summary.qtd, x.summary.qtd_yoy) == (119.0, x.summary.mtd_yoy)
    # YTD: 2 Feb-15 Nov 2025 = 41 weeks = 287 days, vs 4 Feb-16 Nov 2024, also 287 days
    assert (one.summary.ytd, one.summary.ytd_yoy) == (287.0, 0.0)
    # the month panel ends with P9 FY2025, 5 Oct-1 Nov 2025: x = (5+..+31) + 1 = 486 + 1 = 487;
    # P9 FY2024, 6 Oct-2 Nov 2024: (6+..+31) + 1 + 2 = 481 + 3 = 484
    last = x.months[-1]
    assert (last.month, last.value, last.prior_year) == ("FY2025-P09", 487.0, 484.0)
    assert last.labels == ("P9", "P9 FY2025 (5 Oct–1 Nov)")
    assert x.months[0].labels == ("P10", "P10 FY2024 (3–30 Nov)")
    assert x.weeks[-1].labels == ("W41", "Week 41 FY2025 (9–15 Nov)")
    assert (ms.week_number, ms.fiscal_label) == (41, "Q4 FY2025")
    # an NRF week in January 2025 belongs to FY2024: the packet's legend says 2024 vs 2023
    january = build_metric_set(load_project(project(make_project)), d("2025-01-25"))
    assert (january.legend_year, january.fiscal_label) == (2024, "Q4 FY2024")

    doc = json.loads(metric_set_json(ms))
    assert doc["week_number"] == 41 and doc["fiscal_quarter"] == "Q4 FY2025"
    assert doc["periods"]["mtd"] == {
        "label": "P10 FY2025 to date", "start": "2025-11-02", "end": "2025-11-15",
        "prior_year_start": "2024-11-03", "prior_year_end": "2024-11-16",
    }  # fmt: skip
    assert doc["metrics"][0]["months"][-1].items() >= {
        "month": "FY2025-P09", "label": "P9 FY2025 (5 Oct–1 Nov)", "start": "2025-10-05",
        "end": "2025-11-01", "prior_year_start": "2024-10-06", "prior_year_end": "2024-11-02",
    }.items()  # fmt: skip
    assert doc["metrics"][0]["weeks"][-1]["label"] == "Week 41 FY2025 (9–15 Nov)"


@pytest.mark.parametrize("week53", ["restated", "numbered"])
def test_week_53(make_project: Callable[..., Path], week53: str) -> None:
    ms = build_metric_set(load_project(project(make_project, week53=week53)), d("2024-02-03"))
    one = ms.get("one")
    # FY2023 week 53 ends 3 Feb 2024: YTD 29 Jan 2023-3 Feb 2024 = 371 days vs all of FY2022
    # (30 Jan 2022-28 Jan 2023, 364 days): +7/364
    assert one.summary.ytd == 371.0
    assert one.summary.ytd_yoy == pytest.approx(7 / 364, rel=1e-12)
    # P12 FY2023 (5 weeks, 35 days) vs P12 FY2022 (4 weeks, 28 days): +7/28
    assert one.summary.mtd_yoy == pytest.approx(7 / 28, rel=1e-12)
    assert ms.week_number == 53
    # the year total on a 52-week basis, vs all of FY2022 (364 days): restated drops FY2023's
    # first week (29 Jan-4 Feb 2023: x = 29+30+31+1+2+3+4 = 100), numbered its week 53
    # (28 Jan-3 Feb 2024: x = 28+29+30+31+1+2+3 = 124); 364 days either way
    x = ms.get("x")
    assert x.summary.ytd is not None and x.summary.ytd_52w is not None
    assert x.summary.ytd - x.summary.ytd_52w == (100.0 if week53 == "restated" else 124.0)
    assert (one.summary.ytd_52w, one.summary.ytd_52w_yoy) == (364.0, 0.0)
    weeks = "weeks 2–53, 2023-02-05" if week53 == "restated" else "weeks 1–52, 2023-01-29"
    assert (
        f"FY2023 has 53 weeks: its year to date is also given on a 52-week basis ({weeks} to "
        f"{'2024-02-03' if week53 == 'restated' else '2024-01-27'}) as summary.ytd_52w in "
        "metrics.json"
    ) in ms.warnings
    doc = json.loads(metric_set_json(ms))
    assert doc["metrics"][1]["summary"]["ytd_52w"] == 364.0
    assert doc["periods"]["ytd_52w"]["prior_year_end"] == "2023-01-28"
    if week53 == "restated":  # the week 364 days earlier: 29 Jan-4 Feb 2023, 7 days
        assert (one.weeks[-1].prior_year, one.summary.yoy) == (7.0, 0.0)
        assert any("compared with the week ending 2023-02-04" in w for w in ms.warnings)
    else:  # no week 53 in FY2022: null, and said in the packet
        assert (one.weeks[-1].prior_year, one.summary.yoy) == (None, None)
        assert (
            "Week ending 2024-02-03 is week 53 of FY2023: it has no prior-year week "
            "(week53: numbered), so its YoY is n/a"
        ) in ms.warnings
        doc = json.loads(metric_set_json(ms))
        assert doc["metrics"][1]["weeks"][-1]["prior_year_start"] is None
    # a week that is not week 53 has no 52-week basis
    assert (
        build_metric_set(load_project(project(make_project, week53=week53)), d("2024-01-27"))
        .get("one")
        .summary.ytd_52w
        is None
    )


def test_week_ends_on_must_agree(make_project: Callable[..., Path]) -> None:
    path = make_project(sources={"s": CSV}, metrics=METRICS, config={"calendar": NRF})
    with pytest.raises(ConfigError) as info:
        load_config(path)  # the helper writes week_ends_on: sunday
    assert info.value.problems == [
        "wbr.yaml: 'week_ends_on' is sunday but the retail calendar's weeks end on saturday "
        "(calendar.year_end.weekday); set week_ends_on: saturday or leave it out"
    ]
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    del raw["week_ends_on"]
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    assert load_config(path).week_ends_on == "saturday"  # taken from the calendar


def test_bad_calendar_settings(make_project: Callable[..., Path]) -> None:
    path = make_project(
        sources={"s": CSV},
        metrics=METRICS,
        config={
            "week_ends_on": "saturday",
            "calendar": {
                "type": "retail",
                "pattern": "4-4-4",
                "colour": 1,
                "week53": "dropped",
                "year_end": {"weekday": "caturday", "month": 13, "rule": "first"},
            },
        },  # fmt: skip
    )
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.problems == [
        "wbr.yaml: 'calendar.colour' is not a setting of a retail calendar (known: pattern, type, "
        "week53, year_end, year_named_for)",
        "wbr.yaml: 'calendar.week53' must be one of restated, numbered (got 'dropped')",
        "wbr.yaml: 'calendar.pattern' must be one of 4-4-5, 4-5-4, 5-4-4 (got '4-4-4')",
        "wbr.yaml: 'calendar.year_end.weekday' must be a weekday name (got 'caturday')",
        "wbr.yaml: 'calendar.year_end.month' must be 1-12 or JAN..DEC (got 13)",
        "wbr.yaml: 'calendar.year_end.rule' must be one of nearest, last (got 'first')",
    ]


def test_table_weekday_contradicts_week_ends_on(make_project: Callable[..., Path]) -> None:
    path = make_project(
        sources={"s": CSV}, metrics=METRICS, config={"calendar": {"type": "table", "path": "c.csv"}}
    )
    # one fiscal week, Sunday 30 Jan - Saturday 5 Feb 2022, while week_ends_on is sunday
    rows = ["date,fiscal_year,fiscal_quarter,fiscal_month,fiscal_week"] + [
        f"2022-0{'1' if day < 32 else '2'}-{day if day < 32 else day - 31:02d},2022,1,1,1"
        for day in range(30, 37)
    ]
    (path.parent / "c.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.problems == [
        "wbr.yaml: 'calendar.path' → c.csv: fiscal week 1 of FY2022 ends on 2022-02-05, a "
        "saturday; week_ends_on is sunday"
    ]


def test_restatement_of_a_fiscal_month(make_project: Callable[..., Path], tmp_path: Path) -> None:
    """An archived fiscal month is matched by its key (FY2025-P09) and named 'P9 FY2025'."""
    ms = build_metric_set(load_project(project(make_project)), d("2025-11-15"))
    doc = json.loads(metric_set_json(ms))
    doc["week_ending"] = "2025-11-08"  # as if archived the week before
    doc["metrics"][0]["months"][-1]["value"] = 480.0  # P9 FY2025 was 487 (see above)
    doc["metrics"][0]["months"][-1]["prior_year"] = 1.0  # a fiscal prior year is never compared
    folder = tmp_path / "archive" / "2025" / "2025-11-08"
    folder.mkdir(parents=True)
    (folder / "metrics.json").write_text(json.dumps(doc), encoding="utf-8")
    found = find_restatements(ms, tmp_path / "archive")
    # 487 vs 480: +7/480 = +1.458 % -> "+1.5 %"
    assert [r.message for r in found.restatements] == [
        "X, P9 FY2025: archived 480, now 487 (+1.5 %)"
    ]


def test_calendar_table_gives_the_same_numbers(make_project: Callable[..., Path]) -> None:
    # the NRF 4-5-4 years FY2022-FY2025 written row by row from the year starts
    starts = {2022: ("2022-01-30", 52), 2023: ("2023-01-29", 53), 2024: ("2024-02-04", 52),
              2025: ("2025-02-02", 52)}  # fmt: skip
    rows = ["date,fiscal_year,fiscal_quarter,fiscal_month,fiscal_week"]
    for fy, (start, n_weeks) in starts.items():
        lengths = [4, 5, 4] * 4
        lengths[-1] += n_weeks - 52
        week = 0
        for month, n in enumerate(lengths, start=1):
            for _ in range(n):
                for k in range(7):
                    day = d(start) + dt.timedelta(days=7 * week + k)
                    rows.append(f"{day},{fy},{(month - 1) // 3 + 1},{month},{week + 1}")
                week += 1
    path = make_project(
        sources={"s": CSV},
        metrics=METRICS,
        config={"week_ends_on": "saturday", "calendar": {"type": "table", "path": "cal.csv"}},
    )
    (path.parent / "cal.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    ms = build_metric_set(load_project(path), d("2025-11-15"))
    x = ms.get("x")
    # the same as the retail rules above: MTD 119 vs 133, P9 FY2025 487 vs 484, week 41
    assert (x.summary.mtd, x.summary.mtd_yoy) == (119.0, pytest.approx(-14 / 133, rel=1e-12))
    assert (x.months[-1].month, x.months[-1].value, x.months[-1].prior_year) == (
        "FY2025-P09", 487.0, 484.0,
    )  # fmt: skip
    assert ms.week_number == 41
    assert ms.calendar is not None and ms.calendar.describe() == (
        "calendar table cal.csv (FY2022–FY2025); 53-week years restated"
    )


def test_email_numbers_the_fiscal_week(make_project: Callable[..., Path], tmp_path: Path) -> None:
    path = make_project(
        sources={"s": CSV},
        metrics=METRICS,
        config={
            "week_ends_on": "saturday",
            "calendar": NRF,
            "email": {
                "from": "wbr@acme.example",
                "to": ["ceo@acme.example"],
                "subject": "WBR week {week_number}",
            },
        },  # fmt: skip
    )
    runner = CliRunner()
    for command in (["render", "--to", "pdf"], ["email", "--dry-run"]):
        result = runner.invoke(cli, [*command, str(path), "--week-ending", "2025-11-15"])
        assert result.exit_code == 0, result.output
    [eml] = path.parent.glob("reports/2025-11-15/*.eml")
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert msg["Subject"] == "WBR week 41"  # fiscal week 41 of FY2025 (ISO week 46)
    assert isinstance(msg, EmailMessage)
    body = msg.get_body(("plain",))
    assert body is not None and "Week ending 2025-11-15 (week 41)" in body.get_content()
