"""Reading sources: number and date formats, BOM, Parquet, and every data problem at once."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from tests.conftest import daily_csv, metric
from wbr.errors import DataError
from wbr.loading import LoadedData
from wbr.project import load_project
from wbr.report import load_data

Make = Callable[..., Path]


def load(make_project: Make, text: str | bytes | pd.DataFrame, **kwargs: Any) -> LoadedData:
    kwargs.setdefault("metrics", {"x": metric()})
    return load_data(load_project(make_project(sources={"s": text}, **kwargs)))


def frame_of(make_project: Make, text: str | bytes | pd.DataFrame, **kwargs: Any) -> pd.DataFrame:
    return load(make_project, text, **kwargs).sources["s"].frame


def dates(frame: pd.DataFrame) -> list[dt.date]:
    return [ts.date() for ts in frame["date"]]


def values(frame: pd.DataFrame, column: str = "x") -> list[float | None]:
    return [None if math.isnan(v) else v for v in frame[column].tolist()]


def data_problems(make_project: Make, sources: dict[str, Any], **kwargs: Any) -> list[str]:
    kwargs.setdefault("metrics", {"x": metric()})
    project = load_project(make_project(sources=sources, **kwargs))
    with pytest.raises(DataError) as info:
        load_data(project)
    return info.value.problems


# --- numbers ---------------------------------------------------------------------------------


def test_quoted_thousands_separators(make_project: Make) -> None:
    text = 'date,x\n2024-01-01,"523,419"\n2024-01-02,"1,000,000.5"\n2024-01-03,7\n'
    assert values(frame_of(make_project, text)) == [523419.0, 1000000.5, 7.0]


@pytest.mark.parametrize(
    ("sep", "cell", "expected"), [(".", '"523.419"', 523419.0), (" ", "523 419", 523419.0)]
)
def test_configured_thousands_separator(
    make_project: Make, sep: str, cell: str, expected: float
) -> None:
    frame = frame_of(
        make_project, f"date,x\n2024-01-01,{cell}\n", source_options={"s": {"thousands": sep}}
    )
    assert values(frame) == [expected]


def test_missing_markers_are_null(make_project: Make) -> None:
    text = "date,x\n2024-01-01,NA\n2024-01-02,-\n2024-01-03,\n2024-01-04,null\n2024-01-05,4\n"
    assert values(frame_of(make_project, text)) == [None, None, None, None, 4.0]


def test_currency_signs_and_negatives(make_project: Make) -> None:
    text = 'date,x\n2024-01-01,"$1,234"\n2024-01-02,-3.5\n'
    assert values(frame_of(make_project, text)) == [1234.0, -3.5]


def test_text_in_a_number_column(make_project: Make) -> None:
    problems = data_problems(make_project, {"s": "date,x\n2024-01-01,1\n2024-01-02,abc\n"})
    assert problems == [
        "source 's' (data/s.csv): column 'x' has a value that is not a number: 'abc' on line 3"
    ]


# --- text encodings and headers ----------------------------------------------------------------


def test_utf8_bom(make_project: Make) -> None:
    frame = frame_of(make_project, "\ufeffdate,x\n2024-01-01,1\n".encode())
    assert dates(frame) == [dt.date(2024, 1, 1)] and values(frame) == [1.0]


def test_crlf_line_ends_and_padded_header_names(make_project: Make) -> None:
    frame = frame_of(make_project, "date , x \r\n2024-01-01, 5\r\n2024-01-02,6\r\n")
    assert values(frame) == [5.0, 6.0]


def test_trailing_empty_fields_are_ignored(make_project: Make) -> None:
    # exports often end every row with a comma the header does not have
    frame = frame_of(make_project, "date,x\n2024-01-01,1,\n2024-01-02,2,\n")
    assert values(frame) == [1.0, 2.0]
    assert dates(frame) == [dt.date(2024, 1, 1), dt.date(2024, 1, 2)]


def test_unused_duplicate_header_is_a_warning(make_project: Make) -> None:
    data = load(make_project, "date,x,z,z\n2024-01-01,1,2,3\n")
    assert data.warnings == (
        "source 's' (data/s.csv): column 'z' appears 2 times in the header (unused, ignored)",
    )
    assert values(data.sources["s"].frame) == [1.0]


def test_duplicate_header_that_a_metric_reads_is_an_error(make_project: Make) -> None:
    assert data_problems(make_project, {"s": "date,x,x\n2024-01-01,1,2\n"}) == [
        "source 's' (data/s.csv): column 'x' appears 2 times in the header; a metric reads it, "
        "so rename the duplicates"
    ]


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (['"Sun, 05-Jan-2020"', '"Mon, 06-Jan-2020"'], ["2020-01-05", "2020-01-06"]),
        (["2020-05-01", "2020-5-2"], ["2020-05-01", "2020-05-02"]),
        (["1/1/2021", "12/31/2021"], ["2021-01-01", "2021-12-31"]),
        (["1/1/21", "12/31/21"], ["2021-01-01", "2021-12-31"]),
        (["05-Jan-2020", "06-Jan-2020"], ["2020-01-05", "2020-01-06"]),
        (["2020/01/05", "2020/01/06"], ["2020-01-05", "2020-01-06"]),
        (["20200105", "20200106"], ["2020-01-05", "2020-01-06"]),
        (["2020-05-01 00:00:00", "2020-05-02T13:45:00"], ["2020-05-01", "2020-05-02"]),
    ],
)
def test_common_date_formats(make_project: Make, cells: list[str], expected: list[str]) -> None:
    text = "date,x\n" + "".join(f"{c},1\n" for c in cells)
    assert dates(frame_of(make_project, text)) == [dt.date.fromisoformat(e) for e in expected]


def test_date_format_setting(make_project: Make) -> None:
    text = "day,x\n05/01/2020,1\n13/01/2020,2\n"
    frame = frame_of(
        make_project,
        text,
        source_options={"s": {"date_format": "%d/%m/%Y", "date_column": "day"}},
    )
    assert dates(frame) == [dt.date(2020, 1, 5), dt.date(2020, 1, 13)]


def test_date_that_does_not_parse(make_project: Make) -> None:
    problems = data_problems(make_project, {"s": "date,x\n2024-01-01,1\n2024-13-45,2\n"})
    assert problems == [
        "source 's' (data/s.csv): date column 'date' has a value that is not a date: "
        "'2024-13-45' on line 3; set 'date_format' for this source, e.g. '%d/%m/%Y'"
    ]


def test_date_that_does_not_match_date_format(make_project: Make) -> None:
    problems = data_problems(
        make_project,
        {"s": "date,x\n2024-01-01,1\n"},
        source_options={"s": {"date_format": "%d/%m/%Y"}},
    )
    assert problems == [
        "source 's' (data/s.csv): date column 'date' has a value that is not a date: "
        "'2024-01-01' on line 2; it does not match date_format '%d/%m/%Y'"
    ]


def test_empty_date(make_project: Make) -> None:
    assert data_problems(make_project, {"s": "date,x\n2024-01-01,1\n,2\n"}) == [
        "source 's' (data/s.csv): date column 'date' is empty on line 3; every row needs a date"
    ]


# --- several rows per date, first and last dates ----------------------------------------------


def test_several_rows_per_date_are_kept_for_the_engine(make_project: Make) -> None:
    text = "date,region,x\n2024-01-02,n,1\n2024-01-01,s,2\n2024-01-02,s,3\n"
    data = load(make_project, text, metrics={"x": metric(filter={"region": "n"})})
    src = data.sources["s"]
    assert len(src.frame) == 3
    assert src.first_date == dt.date(2024, 1, 1) and src.last_date == dt.date(2024, 1, 2)
    assert list(src.frame["region"]) == ["n", "s", "s"]


def test_filter_columns_keep_their_text(make_project: Make) -> None:
    # codes with leading zeros must not become numbers
    text = "date,code,x\n2024-01-01,007,1\n2024-01-01,7,2\n"
    data = load(make_project, text, metrics={"x": metric(filter={"code": "007"})})
    assert list(data.sources["s"].frame["code"]) == ["007", "7"]


def test_only_sources_that_metrics_read_are_loaded(make_project: Make) -> None:
    project = load_project(
        make_project(
            sources={"s": "date,x\n2024-01-01,1\n", "unused": b"\x00\xff not even csv"},
            metrics={"x": metric()},
        )
    )
    assert set(load_data(project).sources) == {"s"}


# --- Parquet ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "date_values",
    [
        [dt.date(2024, 1, 1), dt.date(2024, 1, 2)],
        pd.to_datetime(["2024-01-01", "2024-01-02"]),
        ["2024-01-01", "2024-01-02"],
        pd.to_datetime(["2024-01-01", "2024-01-02"]).tz_localize("Europe/Berlin"),
    ],
    ids=["date32", "timestamp", "text", "timestamp-tz"],
)
def test_parquet_source(make_project: Make, date_values: Any) -> None:
    df = pd.DataFrame({"date": date_values, "x": [1, 2], "region": ["n", "s"]})
    # aware timestamps are counted on the report's business day: midnight in Berlin
    frame = frame_of(
        make_project,
        df,
        metrics={"x": metric(filter={"region": ["n", "s"]})},
        config={"timezone": "Europe/Berlin"},
    )
    assert dates(frame) == [dt.date(2024, 1, 1), dt.date(2024, 1, 2)]
    assert values(frame) == [1.0, 2.0]


def test_parquet_computes_like_csv(compute_set: Callable[..., Any]) -> None:
    days = pd.date_range("2024-01-01", "2024-01-14", freq="D")
    df = pd.DataFrame({"date": days.date, "x": range(1, 15)})
    ms = compute_set(sources={"s": df}, metrics={"x": metric()})
    # week ending Sunday 14 Jan: 8 + 9 + ... + 14 = 77; the week before 1..7 = 28
    assert ms.get("x").summary.last_week == 77.0
    assert ms.get("x").summary.wow == pytest.approx((77 - 28) / 28, rel=1e-9)


def test_parquet_missing_column(make_project: Make) -> None:
    df = pd.DataFrame({"date": [dt.date(2024, 1, 1)], "y": [1]})
    assert data_problems(make_project, {"s": df}) == [
        "source 's' (data/s.parquet): column 'x' not found (columns: date, y)"
    ]


def test_corrupt_parquet(make_project: Make, tmp_path: Path) -> None:
    path = make_project(sources={"s": "date,x\n2024-01-01,1\n"}, metrics={"x": metric()})
    (path.parent / "data" / "s.parquet").write_bytes(b"PAR1 this is not parquet")
    path.write_text(path.read_text().replace("data/s.csv", "data/s.parquet"))
    with pytest.raises(DataError) as info:
        load_data(load_project(path))
    (problem,) = info.value.problems
    assert problem.startswith("source 's' (data/s.parquet): cannot read: ")


# --- unreadable and inconsistent files -------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe garbage \x00\x01",
            "cannot read: not UTF-8 text; save the file as UTF-8 CSV",
        ),
        (
            "date,x\n2024-01-01,caf\xe9\n".encode("latin-1"),
            "cannot read: not UTF-8 text; save the file as UTF-8 CSV",
        ),
        (b"", "cannot read: the file is empty"),
        (b"date,x\n", "has no data rows"),
        (b"date,y\n2024-01-01,1\n", "column 'x' not found (columns: date, y)"),
        (
            # every row one field longer than the header (and a duplicate forces a full read)
            b"date,x,z,z\n2024-01-01,1,2,3,4\n2024-01-02,3,4,5,6\n",
            "cannot read: data rows have more fields than the header's 4 columns; "
            "check the delimiter and quoting",
        ),
    ],
)
def test_bad_files(make_project: Make, content: bytes, message: str) -> None:
    assert data_problems(make_project, {"s": content}) == [f"source 's' (data/s.csv): {message}"]


def test_every_source_problem_at_once(make_project: Make) -> None:
    path = make_project(
        sources={
            "a": "date,x\n2024-01-01,1\n2024-99-01,2\n",
            "b": "date,y\n2024-01-01,1\n",
            "c": daily_csv("2024-01-01", "2024-01-07", {"z": lambda day: 1}),
        },
        metrics={
            "x": metric(source="a"),
            "y": metric(source="b", column="y", filter={"region": "n"}),
            "z": metric(source="c", column="z"),
            "gone": metric(source="d", column="q"),
        },
    )
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("sources:\n", "sources:\n  d: data/missing.csv\n"))
    with pytest.raises(DataError) as info:
        load_data(load_project(path))
    assert info.value.problems == [
        "source 'd' (data/missing.csv): file not found",
        "source 'a' (data/a.csv): date column 'date' has a value that is not a date: "
        "'2024-99-01' on line 3; set 'date_format' for this source, e.g. '%d/%m/%Y'",
        "source 'b' (data/b.csv): column 'region' not found (columns: date, y)",
    ]
