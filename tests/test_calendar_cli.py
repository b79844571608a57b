"""``wbr calendar`` and the sample company on a 4-4-5 calendar (issue #12)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import yaml
from click.testing import CliRunner

from tests.conftest import REPO
from wbr.cli import cli

NRF = "calendar: {type: retail, pattern: 4-5-4, year_end: {weekday: saturday, month: 1}}\n"


def write_config(root: Path, extra: str) -> Path:
    (root / "d.csv").write_text("date,x\n2025-01-01,1\n", encoding="utf-8")
    path = root / "wbr.yaml"
    path.write_text(f"sources: {{s: {{path: d.csv}}}}\nmetrics: []\n{extra}", encoding="utf-8")
    return path


def test_wbr_calendar_prints_the_nrf_year(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["calendar", str(write_config(tmp_path, NRF)), "--year", "2025"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == (
        "Retail 4-5-4 calendar; the year ends on the saturday nearest the end of January; "
        "named for the year it starts; 53-week years restated"
    )
    assert "FY2025  2025-02-02 – 2026-01-31  52 weeks" in lines
    # the FY2025 months, each with its weeks
    months = [line.strip() for line in lines if re.match(r"^    P\d", line)]
    assert months == [
        "P1   2025-02-02 – 2025-03-01  4 weeks", "P2   2025-03-02 – 2025-04-05  5 weeks",
        "P3   2025-04-06 – 2025-05-03  4 weeks", "P4   2025-05-04 – 2025-05-31  4 weeks",
        "P5   2025-06-01 – 2025-07-05  5 weeks", "P6   2025-07-06 – 2025-08-02  4 weeks",
        "P7   2025-08-03 – 2025-08-30  4 weeks", "P8   2025-08-31 – 2025-10-04  5 weeks",
        "P9   2025-10-05 – 2025-11-01  4 weeks", "P10  2025-11-02 – 2025-11-29  4 weeks",
        "P11  2025-11-30 – 2026-01-03  5 weeks", "P12  2026-01-04 – 2026-01-31  4 weeks",
    ]  # fmt: skip
    assert "  Q4   2025-11-02 – 2026-01-31  13 weeks" in lines
    assert "      W43  2025-11-23 – 2025-11-29" in lines
    assert len([line for line in lines if re.match(r"^      W\d", line)]) == 52


def test_wbr_calendar_53_week_year_and_two_years(tmp_path: Path) -> None:
    config = str(write_config(tmp_path, NRF))
    result = CliRunner().invoke(cli, ["calendar", config, "--year", "2023", "--year", "2024"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "FY2023  2023-01-29 – 2024-02-03  53 weeks" in lines
    assert "    P12  2023-12-31 – 2024-02-03  5 weeks" in lines
    assert "      W53  2024-01-28 – 2024-02-03" in lines
    assert "FY2024  2024-02-04 – 2025-02-01  52 weeks" in lines


def test_wbr_calendar_gregorian(tmp_path: Path) -> None:
    config = str(write_config(tmp_path, "fiscal_year_end_month: 6\n"))
    result = CliRunner().invoke(cli, ["calendar", config, "--year", "2026"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Gregorian calendar; the fiscal year ends in June"
    # FY2026 = July 2025 .. June 2026; Sundays from 6 Jul 2025 to 28 Jun 2026 = 52 weeks
    assert "FY2026  2025-07-01 – 2026-06-30  52 weeks end in it" in lines
    assert "    Jul 2025  2025-07-01 – 2025-07-31" in lines
    assert "      W27  2025-06-30 – 2025-07-06" in lines  # ISO week 27 ends Sunday 6 July


def test_wbr_calendar_bad_config(tmp_path: Path) -> None:
    config = write_config(tmp_path, "calendar: {type: lunar}\n")
    result = CliRunner().invoke(cli, ["calendar", str(config), "--year", "2025"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: wbr.yaml: 'calendar.type' must be one of gregorian, retail, table (got 'lunar')\n"
    )


def test_sample_on_a_445_calendar_renders_fiscal_periods(tmp_path: Path) -> None:
    """The sample project with a 4-4-5 year ending on the Sunday nearest 31 December.

    Sunday nearest Wed 31 Dec 2025 is 28 Dec 2025 (3 days before; 4 Jan is 4 after), so FY2026
    starts Mon 29 Dec 2025. Q4 starts 39 weeks later, Mon 28 Sep 2026: P10 = 28 Sep-25 Oct
    (4 weeks), P11 = 26 Oct-22 Nov (4 weeks). The week ending Sun 15 Nov 2026 is fiscal week 46
    ((15 Nov - 29 Dec 2025) = 321 days = 45 weeks + 6 days), in P11; the month panel ends with P10.
    """
    for name in ("sample_data", "metrics"):
        (tmp_path / name).symlink_to(REPO / name)
    raw = yaml.safe_load((REPO / "wbr.yaml").read_text(encoding="utf-8"))
    year_end = {"weekday": "sunday", "month": 12, "rule": "nearest"}
    raw["calendar"] = {"type": "retail", "pattern": "4-4-5", "year_end": year_end}
    raw.pop("archive", None)
    raw.pop("email", None)
    (tmp_path / "wbr.yaml").write_text(yaml.safe_dump(raw), encoding="utf-8")
    out = tmp_path / "out"
    args = ["render", str(tmp_path / "wbr.yaml"), "--week-ending", "2026-11-15", "--to", "html"]
    result = CliRunner().invoke(cli, [*args, "-o", str(out), "--engine", "builtin"])
    assert result.exit_code == 0, result.output
    html = (out / "2026-11-15" / "wbr-2026-11-15.html").read_text(encoding="utf-8")
    assert "Week 46" in html and "Q4 FY2026" in html
    assert "P10 FY2026 (28 Sep–25 Oct)" in html
    doc = json.loads((out / "2026-11-15" / "metrics.json").read_text(encoding="utf-8"))
    assert doc["week_number"] == 46
    assert doc["periods"]["mtd"]["start"] == "2026-10-26"  # P11 so far
    assert doc["periods"]["qtd"]["start"] == "2026-09-28"
    assert doc["periods"]["ytd"]["start"] == "2025-12-29"
    months = doc["metrics"][0]["months"]
    assert [m["month"] for m in months] == [
        "FY2025-P11",
        "FY2025-P12",
        *(f"FY2026-P{n:02d}" for n in range(1, 11)),
    ]


def test_wbr_calendar_table(tmp_path: Path) -> None:
    # one fiscal year of 4-5-4 months from Sunday 2 Feb 2025 (52 weeks), one row per day
    rows = ["date,fiscal_year,fiscal_quarter,fiscal_month,fiscal_week"]
    week = 0
    for month, n in enumerate([4, 5, 4] * 4, start=1):
        for _ in range(n):
            for k in range(7):
                day = dt.date(2025, 2, 2) + dt.timedelta(days=7 * week + k)
                rows.append(f"{day},2025,{(month - 1) // 3 + 1},{month},{week + 1}")
            week += 1
    (tmp_path / "cal.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    config = write_config(
        tmp_path, "week_ends_on: saturday\ncalendar: {type: table, path: cal.csv}\n"
    )
    result = CliRunner().invoke(cli, ["calendar", str(config), "--year", "2025"])
    assert result.exit_code == 0, result.output
    assert "    P9   2025-10-05 – 2025-11-01  4 weeks" in result.output.splitlines()
    result = CliRunner().invoke(cli, ["calendar", str(config), "--year", "2026"])
    assert result.exit_code == 1
    assert result.output.startswith(
        "Error: cal.csv: the calendar table covers 2025-02-02 to 2026-01-31 (FY2025–FY2025); "
        "FY2026 is outside it"
    )
