"""Hostile and faulty inputs (issue #7): each ends in one exact ``Error:`` line or a named warning.

Through the CLI with real files; no traceback, exit code 1, nothing half-written.
"""

from __future__ import annotations

import errno
import json
import os
import resource
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import formula, metric
from tests.test_cli import assert_fails, run
from wbr.results import dumps_json

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


# --- YAML: alias bombs, depth, duplicate keys, impossible dates ------------------------------

# 324 bytes that expand to 9^9 = 387,420,489 strings when every alias is followed. Counting
# values under each anchor: a = 1 + 9 = 10, b = 1 + 9 * 10 = 91, c = 820, d = 7,381, e = 66,430,
# f = 597,871: f on line 6 is the first to pass 100,000.
BOMB = "\n".join(
    ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    + [
        f"{n}: &{n} [{','.join(['*' + p] * 9)}]"
        for p, n in zip("abcdefgh", "bcdefghi", strict=True)
    ]
)


def rewrite(path: Path, old: str, new: str, prefix: str = "") -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(prefix + text.replace(old, new), encoding="utf-8")


def test_alias_bomb_in_wbr_yaml(make_project: Make) -> None:
    project = make_project(sources={"s": DST_ROWS}, metrics={"x": metric()})
    rewrite(project, "week_ends_on: sunday", "week_ends_on: *i", prefix=BOMB + "\n")
    assert_fails(
        run("compute", project),
        "wbr.yaml: not valid YAML (aliases expand to more than 100,000 values at line 6)",
    )


def test_alias_bomb_as_a_metric_unit(make_project: Make) -> None:
    project = make_project(
        sources={"s": DST_ROWS},
        metric_files={"m.yaml": BOMB + "\nx: {label: X, unit: *i, source: s, column: x}\n"},
    )
    assert_fails(
        run("validate", project),
        "metrics/m.yaml: not valid YAML (aliases expand to more than 100,000 values at line 6, "
        "column 4)",
    )


def test_unit_that_is_a_list(make_project: Make) -> None:
    project = make_project(sources={"s": DST_ROWS}, metrics={"x": metric(unit=["a"])})
    assert_fails(
        run("validate", project),
        "metrics/metrics.yaml: metric 'x': 'unit' must be one of count, currency, days, hours, "
        "number, percent, ratio (got a list)",
    )


def test_yaml_nested_deeper_than_the_limit(make_project: Make) -> None:
    project = make_project(sources={"s": DST_ROWS}, metrics={"x": metric()})
    rewrite(project, "title: Test WBR", "title: " + "[" * 100 + "]" * 100)
    assert_fails(
        run("compute", project),
        "wbr.yaml: not valid YAML (nested more than 64 levels deep at line 1)",
    )


def test_yaml_nested_thousands_deep(make_project: Make) -> None:
    project = make_project(
        sources={"s": DST_ROWS}, metric_files={"m.yaml": "x: " + "[" * 5000 + "]" * 5000 + "\n"}
    )
    assert_fails(
        run("validate", project),
        "metrics/m.yaml: not valid YAML (exceeded maximum nesting depth at line 1, column 1003)",
    )


def test_metric_defined_twice_in_one_file(make_project: Make) -> None:
    body = "  label: X\n  unit: count\n  direction: higher_is_better\n  source: s\n  column: x\n"
    project = make_project(
        sources={"s": DST_ROWS}, metric_files={"m.yaml": f"x:\n{body}x:\n{body}"}
    )
    # the second 'x:' is on line 1 + 5 + 1 = 7
    assert_fails(
        run("validate", project),
        "metrics/m.yaml: not valid YAML (duplicate key 'x', first on line 1, again at line 7, "
        "column 1)",
    )


def test_impossible_week_ending_date(make_project: Make) -> None:
    project = make_project(
        sources={"s": DST_ROWS}, metrics={"x": metric()}, config={"week_ending": "2026-02-28"}
    )
    rewrite(project, "week_ending: '2026-02-28'", "week_ending: 2026-02-30")
    assert_fails(
        run("compute", project),
        "wbr.yaml: 'week_ending' must be 'latest' or a date YYYY-MM-DD (got '2026-02-30')",
    )


# --- encodings -------------------------------------------------------------------------------


def test_latin1_wbr_yaml(make_project: Make) -> None:
    project = make_project(sources={"s": DST_ROWS}, metrics={"x": metric()})
    rewrite(project, "title: Test WBR", "title: Caf\u00e9 WBR")
    project.write_bytes(project.read_text(encoding="utf-8").encode("latin-1"))
    assert_fails(
        run("compute", project), "wbr.yaml is not UTF-8 (byte 0xe9 on line 1); save it as UTF-8"
    )


def test_utf16_metric_file(make_project: Make) -> None:
    project = make_project(sources={"s": DST_ROWS}, metrics={"x": metric()})
    metric_file = project.parent / "metrics" / "metrics.yaml"
    metric_file.write_bytes(metric_file.read_text(encoding="utf-8").encode("utf-16"))
    assert_fails(
        run("validate", project),
        "metrics/metrics.yaml is not UTF-8 (it is UTF-16); save it as UTF-8",
    )


# --- metric file globs -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "reason"),
    [
        ("", "it names no file"),
        ("/", "it names no file"),
        ("**a/*.yaml", "Invalid pattern: '**' can only be an entire path component"),
    ],
)
def test_bad_metric_glob(make_project: Make, pattern: str, reason: str) -> None:
    project = make_project(
        sources={"s": DST_ROWS}, metrics={"x": metric()}, config={"metrics": [pattern]}
    )
    assert_fails(
        run("validate", project),
        f"wbr.yaml: 'metrics' pattern {pattern!r} is not a valid file glob ({reason})",
    )


# --- formulas --------------------------------------------------------------------------------

NUMBERS = (
    "date,"
    + ",".join(f"c{i}" for i in range(1200))
    + "\n"
    + "".join(
        f"2026-03-{day:02d}," + ",".join("1" for _ in range(1200)) + "\n" for day in range(2, 16)
    )
)


def test_sum_of_1200_metrics(make_project: Make) -> None:
    metrics: dict[str, Any] = {f"c{i}": metric(column=f"c{i}") for i in range(1200)}
    metrics["total"] = formula(" + ".join(f"c{i}" for i in range(1200)), unit="count")
    project = make_project(sources={"s": NUMBERS}, metrics=metrics)
    doc = computed(run("compute", project, "--week-ending", "2026-03-15"))
    # every column is 1 a day: each metric's week (9..15 March) is 7, the total 1,200 x 7 = 8,400
    assert doc["metrics"][-1]["summary"]["last_week"] == 8400.0


def test_5000_minus_signs(make_project: Make) -> None:
    project = make_project(
        sources={"s": NUMBERS},
        metrics={"c0": metric(column="c0"), "neg": formula("-" * 5001 + "c0", unit="count")},
    )
    doc = computed(run("compute", project, "--week-ending", "2026-03-15"))
    # 5,001 minus signs negate once: -(7)
    assert doc["metrics"][1]["summary"]["last_week"] == -7.0


@pytest.mark.parametrize("text", ["(" * 400 + "c0" + ")" * 400, "abs(" * 400 + "c0" + ")" * 400])
def test_formula_nested_400_deep(make_project: Make, text: str) -> None:
    project = make_project(
        sources={"s": NUMBERS}, metrics={"c0": metric(column="c0"), "deep": formula(text)}
    )
    assert_fails(
        run("validate", project),
        "metrics/metrics.yaml: metric 'deep': 'formula' is not valid: it is nested more than 100 "
        "levels deep; split it into smaller metrics",
    )


# --- compute -o: output paths and a full disk ------------------------------------------------


def test_output_under_a_file(make_project: Make, tmp_path: Path) -> None:
    project = make_project(sources={"s": NUMBERS}, metrics={"c0": metric(column="c0")})
    a_file = tmp_path / "passwd"
    a_file.write_text("not a folder\n", encoding="utf-8")
    target = a_file / "x" / "metrics.json"
    assert_fails(run("compute", project, "-o", target), f"cannot write {target} (Not a directory)")
    assert a_file.read_text(encoding="utf-8") == "not a folder\n"


def test_output_in_proc(make_project: Make) -> None:
    project = make_project(sources={"s": NUMBERS}, metrics={"c0": metric(column="c0")})
    result = run("compute", project, "-o", "/proc/metrics.json")
    # root may not create files in /proc either: the kernel answers ENOENT (EACCES for others)
    reason = "No such file or directory" if os.geteuid() == 0 else "Permission denied"
    assert_fails(result, f"cannot write /proc/metrics.json ({reason})")


def fill(folder: Path) -> None:
    """Write into ``folder`` until its file system is full."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 512)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 KiB tmpfs (needs root, as in CI); skipped where mounting is not allowed."""
    mnt = tmp_path / "disk"
    mnt.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mnt)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=True)


def test_disk_full_while_writing_metrics_json(make_project: Make, tiny_disk: Path) -> None:
    project = make_project(sources={"s": NUMBERS}, metrics={"c0": metric(column="c0")})
    target = tiny_disk / "metrics.json"
    target.write_text('{"old": true}\n', encoding="utf-8")
    fill(tiny_disk)
    result = run("compute", project, "-o", target, "--week-ending", "2026-03-15")
    assert_fails(result, f"cannot write {target} (No space left on device)")
    # the old file is untouched and no temporary file is left behind
    assert target.read_text(encoding="utf-8") == '{"old": true}\n'
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler", "metrics.json"]


def test_file_size_limit_while_writing_metrics_json(make_project: Make, tmp_path: Path) -> None:
    """The same through a size-limited process (RLIMIT_FSIZE): works without root."""
    project = make_project(sources={"s": NUMBERS}, metrics={"c0": metric(column="c0")})
    target = tmp_path / "metrics.json"

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # fail the write instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))

    done = subprocess.run(
        [sys.executable, "-m", "wbr", "-q", "compute", str(project), "-o", str(target)],
        capture_output=True,
        text=True,
        preexec_fn=limit,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [f"Error: cannot write {target} (File too large)"]
    assert done.stdout == ""
    assert list(tmp_path.glob("*.json")) == [] and list(tmp_path.glob(".metrics.json*")) == []


# --- numbers: non-finite, overflow, decimal comma, numeric filters, NaN ----------------------


def rows(first: int, last: int, cells: Callable[[int], str], header: str = "date,x,y") -> str:
    """CSV text, one row for each day of March 2026 from ``first`` to ``last``."""
    return header + "\n" + "".join(f"2026-03-{d:02d},{cells(d)}\n" for d in range(first, last + 1))


def test_infinite_values_are_missing_with_a_warning(make_project: Make) -> None:
    # sessions (x) 100 a day, bounces (y) 10 a day; 'inf' on 10 March (line 10: the header is
    # line 1, 2 March line 2) and 1e309, beyond a float, on 11 March
    text = rows(2, 15, lambda d: {10: "inf,10", 11: "1e309,10"}.get(d, "100,10"))
    project = make_project(
        sources={"s": text},
        metrics={"x": metric(), "y": metric(column="y"), "rate": formula("y / x")},
    )
    result = run("compute", project, "--week-ending", "2026-03-15")
    doc = computed(result)
    assert (
        "Warning: source 's' (data/s.csv): column 'x' has 2 values too large to be a number "
        "(infinite), first 'inf' on line 10; treated as missing"
    ) in result.stderr.splitlines()
    x, y, rate = doc["metrics"]
    # 9..15 March without the two missing days: 5 x 100 = 500 sessions; 70 bounces; 70/500
    assert x["summary"]["last_week"] == 500.0
    assert rate["summary"]["last_week"] == pytest.approx(0.14, rel=1e-12)


def test_overflowing_sum_is_missing_not_zero(make_project: Make) -> None:
    # 1e308 on 14 and 15 March: each is a float, their sum (2e308) is not
    text = rows(2, 15, lambda d: "1e308,10" if d >= 14 else "100,10")
    project = make_project(
        sources={"s": text},
        metrics={"x": metric(), "y": metric(column="y"), "rate": formula("y / x")},
    )
    result = run("compute", project, "--week-ending", "2026-03-15")
    doc = computed(result)
    warnings = [line for line in result.stderr.splitlines() if "adds up to more" in line]
    assert len(warnings) == 1
    assert warnings[0].startswith(
        "Warning: source 's': column 'x' adds up to more than a number can hold in "
    )
    x, _, rate = doc["metrics"]
    assert x["summary"]["last_week"] is None
    assert rate["summary"]["last_week"] is None  # never y / inf = 0
    assert "Infinity" not in result.stdout and "NaN" not in result.stdout


def test_decimal_comma_is_read_when_declared(make_project: Make) -> None:
    text = rows(2, 15, lambda d: '"1,5",10')
    project = make_project(
        sources={"s": text}, metrics={"x": metric()}, source_options={"s": {"decimal": ","}}
    )
    doc = computed(run("compute", project, "--week-ending", "2026-03-15"))
    # 1.5 a day for 7 days = 10.5
    assert doc["metrics"][0]["summary"]["last_week"] == 10.5


def test_decimal_comma_without_the_setting_is_warned_about(make_project: Make) -> None:
    # 15 March (line 15) is written "1,5"; every other day "1,000"
    text = rows(2, 15, lambda d: '"1,5",10' if d == 15 else '"1,000",10')
    project = make_project(sources={"s": text}, metrics={"x": metric()})
    result = run("compute", project, "--week-ending", "2026-03-15")
    doc = computed(result)
    assert (
        "Warning: source 's' (data/s.csv): column 'x' has 1 value not written as a number with "
        "',' between thousands, first '1,5' on line 15 (if ',' is the decimal mark, set "
        "decimal: ',' on the source); treated as missing"
    ) in result.stderr.splitlines()
    # 9..14 March: 6 x 1,000; 15 March missing (never 15)
    assert doc["metrics"][0]["summary"]["last_week"] == 6000.0


def test_nan_tolerance_is_rejected(make_project: Make) -> None:
    project = make_project(
        sources={"s": rows(2, 15, lambda d: "1,1")},
        metric_files={
            "m.yaml": "x: {label: X, unit: count, direction: higher_is_better, source: s, "
            "column: x, tolerance: .nan}\n"
        },
    )
    assert_fails(
        run("validate", project),
        "metrics/m.yaml: metric 'x': 'tolerance' must be a non-negative number (a fraction for "
        "pct, bps for bps)",
    )


def test_json_never_carries_nan() -> None:
    doc = {"a": 1.5, "b": [{"c": float("nan"), "d": [float("inf"), 2]}], "e": "caf\u00e9"}
    text = dumps_json(doc)
    assert json.loads(text) == {"a": 1.5, "b": [{"c": None, "d": [None, 2]}], "e": "caf\u00e9"}
    assert "NaN" not in text and "Infinity" not in text


# visits written with a thousands separator: 1,300 on 10 and 12 March, 900 on other days
VISITS = rows(
    2, 15, lambda d: f'"{"1,300" if d in (10, 12) else "900"}",{d}', header="date,visits,x"
)


def test_numeric_filter_compares_parsed_numbers(make_project: Make) -> None:
    project = make_project(
        sources={"s": VISITS}, metrics={"x": metric(filter={"visits": {"ge": 1300}})}
    )
    doc = computed(run("compute", project, "--week-ending", "2026-03-15"))
    # x is the day of the month; only 10 and 12 March have visits >= 1,300: 10 + 12 = 22
    assert doc["metrics"][0]["summary"]["last_week"] == 22.0


def test_wbr_app_query_on_thousands_separated_column(tmp_path: Path) -> None:
    app = tmp_path / "wbr_app.yaml"
    app.write_text(
        "setup:\n  week_ending: 15-MAR-2026\n  title: T\n"
        "metrics:\n  Busy X:\n    filter:\n      base_column: x\n"
        '      query: "visits >= 1300"\n    aggf: sum\n',
        encoding="utf-8",
    )
    data = tmp_path / "daily.csv"
    data.write_text(VISITS.replace("date,", "Date,", 1), encoding="utf-8")
    imported = run("import-wbr-app", app, "--data", data, "-o", tmp_path / "out")
    assert imported.exit_code == 0, imported.output
    doc = computed(run("compute", tmp_path / "out" / "wbr.yaml"))
    # as above: 10 + 12 = 22 (the WBR App's pandas query gives the same)
    assert doc["metrics"][0]["summary"]["last_week"] == 22.0


# --- huge CSV fields -------------------------------------------------------------------------

HUGE_FIELD = (
    "source 's' (data/s.csv): cannot read: the header has a field longer than 131,072 "
    "characters (an unclosed quote, or not one row per line?)"
)


def test_unclosed_quote_in_a_large_csv_header(make_project: Make) -> None:
    text = 'date,"x' + "a" * 300_000 + "\n" + "2026-03-02,1\n" * 1000
    project = make_project(sources={"s": text}, metrics={"x": metric()})
    assert_fails(run("validate", project), HUGE_FIELD)


def test_a_60_mb_single_line_csv(make_project: Make) -> None:
    project = make_project(sources={"s": "date,x,y\n"}, metrics={"x": metric()})
    (project.parent / "data" / "s.csv").write_bytes(b"date,x," + b"b" * 60_000_000)
    assert_fails(run("validate", project), HUGE_FIELD)


def test_unclosed_quote_in_the_data(make_project: Make) -> None:
    project = make_project(
        sources={"s": 'date,x\n2026-03-02,1\n2026-03-03,"' + "b" * 1_000_000},
        metrics={"x": metric()},
    )
    assert_fails(
        run("validate", project),
        "source 's' (data/s.csv): cannot read: Error tokenizing data. C error: EOF inside string "
        "starting at row 2",
    )


# --- the compute process stays lean ----------------------------------------------------------


def test_compute_imports_no_renderer(make_project: Make, tmp_path: Path) -> None:
    """``wbr compute`` must not pay for Altair, Jinja2, Typst or vl-convert (issue #7, Speed)."""
    project = make_project(sources={"s": NUMBERS}, metrics={"c0": metric(column="c0")})
    script = (
        "import sys\n"
        "from wbr.cli import cli\n"
        f"cli(['-q', 'compute', {str(project)!r}, '-o', {str(tmp_path / 'm.json')!r}],"
        " standalone_mode=False)\n"
        "heavy = ('altair', 'jinja2', 'typst', 'vl_convert', 'vegafusion', 'aiosmtpd', 'ibis')\n"
        # the packet's parts and the Parquet reader are not needed for a CSV project's numbers
        "packet = ('pyarrow.parquet', 'wbr.glance', 'wbr.actions', 'wbr.delivery', 'wbr.render')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & set(heavy)"
        " | set(sys.modules) & set(packet)))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[]"


# --- YAML size ---------------------------------------------------------------------------------


def test_60_mb_wbr_yaml_is_refused_at_once(make_project: Make) -> None:
    project = make_project(sources={"s": NUMBERS}, metrics={"c0": metric(column="c0")})
    with project.open("a", encoding="utf-8") as handle:
        handle.write(("# " + "x" * 98 + "\n") * 600_000)  # 600,000 x 101 bytes, about 57.8 MiB
    assert_fails(
        run("validate", project),
        "wbr.yaml is 57.8 MB; wbr reads YAML files of at most 16 MB (is it the right file?)",
    )


def test_yaml_with_too_many_values(make_project: Make) -> None:
    project = make_project(sources={"s": NUMBERS}, metrics={"c0": metric(column="c0")})
    # one list of 300,000 short strings: 1.5 MB, but past the 250,000-value limit
    (project.parent / "metrics" / "big.yaml").write_text(
        "big: [" + ", ".join(["a"] * 300_000) + "]\n", encoding="utf-8"
    )
    assert_fails(
        run("validate", project), "metrics/big.yaml: not valid YAML (more than 250,000 values)"
    )


def test_latin1_commentary(make_project: Make) -> None:
    project = make_project(sources={"s": NUMBERS}, metrics={"c0": metric(column="c0")})
    notes = project.parent / "commentary"
    notes.mkdir()
    (notes / "2026-03-15.yaml").write_bytes("c0: Caf\u00e9 week\n".encode("latin-1"))
    assert_fails(
        run("render", project, "--week-ending", "2026-03-15", "--to", "html"),
        "2026-03-15.yaml is not UTF-8 (byte 0xe9 on line 1); save it as UTF-8",
    )
    assert not (project.parent / "reports").exists() or not any(
        (project.parent / "reports").rglob("*.html")
    )


def test_chain_of_1500_formulas(make_project: Make) -> None:
    """Each formula reads the one before: dependency order and cycle checks do not recurse."""
    metrics: dict[str, Any] = {"c0": metric(column="c0")}
    previous = "c0"
    for i in range(1, 1501):
        metrics[f"f{i}"] = formula(f"{previous} + 1", unit="count")
        previous = f"f{i}"
    project = make_project(sources={"s": NUMBERS}, metrics=metrics)
    doc = computed(run("compute", project, "--week-ending", "2026-03-15"))
    # c0 is 1 a day: 7 in the week; each formula adds 1 to the week's value: f1500 = 7 + 1,500
    assert doc["metrics"][-1]["summary"]["last_week"] == 1507.0


def test_cycle_through_a_long_chain(make_project: Make) -> None:
    metrics: dict[str, Any] = {"c0": metric(column="c0")}
    for i in range(1, 1201):
        metrics[f"f{i}"] = formula(f"f{i % 1200 + 1} + c0", unit="count")
    project = make_project(sources={"s": NUMBERS}, metrics=metrics)
    result = run("validate", project)
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        "Error: metrics/metrics.yaml: metric 'f1': 'formula' is circular (f1 -> f2 -> f3 -> "
    )
    assert lines[0].endswith("-> f1199 -> f1200 -> f1)")
