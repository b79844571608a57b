"""Hostile and faulty inputs (issue #7): each ends in one exact ``Error:`` line or a named warning.

Through the CLI with real files; no traceback, exit code 1, nothing half-written.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import metric
from tests.test_cli import assert_fails, run

Make = Callable[..., Path]


def computed(result: Any) -> dict[str, Any]:
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


# --- time zones ------------------------------------------------------------------------------

# One row a day at 23:30 New York time, 1-15 March 2026, x = the day of the month. US DST starts
# on Sunday 8 March, so the offset changes from -05:00 to -04:00 within the column; 10 March is
# written without an offset (naive: taken as the report's local time).
DST_ROWS = "date,x\n" + "".join(
    f"2026-03-{day:02d}{'T23:30:00-05:00' if day < 8 else 'T23:30:00-04:00'},{day}\n"
    if day != 10
    else "2026-03-10 23:30,10\n"
    for day in range(1, 16)
)


def test_mixed_utc_offsets_across_dst_land_on_the_business_day(make_project: Make) -> None:
    project = make_project(
        sources={"s": DST_ROWS}, metrics={"x": metric()}, config={"timezone": "America/New_York"}
    )
    x = computed(run("compute", project, "--week-ending", "2026-03-15"))["metrics"][0]
    # in New York every row is on the day it names: Mon 9 .. Sun 15 March = 9 + 10 + ... + 15
    # = 84; the week before, 2 .. 8 March = 35; wow = (84 - 35) / 35 = 1.4
    assert x["summary"]["last_week"] == 84.0
    assert abs(x["summary"]["wow"] - 1.4) < 1e-12


def test_aware_timestamps_default_to_utc_days(make_project: Make) -> None:
    project = make_project(sources={"s": DST_ROWS}, metrics={"x": metric()})
    x = computed(run("compute", project, "--week-ending", "2026-03-15"))["metrics"][0]
    # 23:30 at -05:00/-04:00 is 04:30/03:30 UTC the next day, so the UTC week 9 .. 15 March holds
    # the rows written 8 .. 14 March (the naive 10 March row stays on 10 March): 8 + ... + 14 = 77
    assert x["summary"]["last_week"] == 77.0


def test_unknown_timezone(make_project: Make) -> None:
    project = make_project(
        sources={"s": DST_ROWS}, metrics={"x": metric()}, config={"timezone": "Mars/Olympus"}
    )
    assert_fails(
        run("compute", project),
        "wbr.yaml: 'timezone' must be an IANA time zone name such as Europe/Berlin or UTC "
        "(got 'Mars/Olympus')",
    )
