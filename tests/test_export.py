"""Chart export to SVG (vl-convert) and its content-addressed cache."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest

from wbr.errors import RenderError
from wbr.render.export import FONT_DIR, FONT_FAMILY, chart_key, export_svgs, prune_cache, spec_json


def spec(n: int, title: str = "Chart") -> dict[str, Any]:
    """A small line chart whose data depends on ``n``."""
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "title": f"{title} {n}",
        "data": {"values": [{"x": i, "y": (i * n) % 7} for i in range(6)]},
        "mark": "line",
        "encoding": {
            "x": {"field": "x", "type": "quantitative"},
            "y": {"field": "y", "type": "quantitative"},
        },
        "config": {"font": FONT_FAMILY},
    }


def test_exports_svg_text_in_the_shipped_font(tmp_path: Path) -> None:
    (path,) = export_svgs([spec(1)], tmp_path)
    svg = path.read_text(encoding="utf-8")
    assert svg.startswith("<svg")
    assert f'font-family="{FONT_FAMILY}"' in svg
    assert "Chart 1" in svg  # text stays text (selectable in the PDF)


def test_fonts_ship_with_their_licence() -> None:
    names = {p.name for p in FONT_DIR.iterdir()}
    assert {"LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "OFL.txt"} <= names
    assert "SIL Open Font License" in (FONT_DIR / "OFL.txt").read_text(encoding="utf-8")


def test_cache_hit_does_not_convert_again(tmp_path: Path) -> None:
    first = export_svgs([spec(1), spec(2)], tmp_path)
    # a cached file is served as is: overwrite one and it must come back unchanged
    first[0].write_text("<svg>cached</svg>", encoding="utf-8")
    again = export_svgs([spec(1), spec(2)], tmp_path)
    assert again == first
    assert again[0].read_text(encoding="utf-8") == "<svg>cached</svg>"


def test_key_is_the_spec_content_not_its_key_order(tmp_path: Path) -> None:
    a = spec(1)
    reordered = dict(reversed(list(a.items())))
    assert spec_json(a) == spec_json(reordered)
    assert chart_key(spec_json(a)) != chart_key(spec_json(spec(2)))
    paths = export_svgs([a, reordered, spec(2)], tmp_path)
    assert paths[0] == paths[1] != paths[2]
    assert len(list(tmp_path.glob("*.svg"))) == 2


def test_accepts_json_text_and_altair_charts(tmp_path: Path) -> None:
    import altair as alt
    import pandas as pd

    chart = alt.Chart(pd.DataFrame({"x": [1, 2], "y": [3, 4]})).mark_line().encode(x="x", y="y")
    text = spec_json(spec(3))
    paths = export_svgs([chart, text], tmp_path)
    assert all(p.read_text(encoding="utf-8").startswith("<svg") for p in paths)


def test_progress_counts_every_chart(tmp_path: Path) -> None:
    done: list[int] = []
    export_svgs([spec(1), spec(2)], tmp_path, progress=done.append)
    export_svgs([spec(1), spec(2), spec(3)], tmp_path, progress=done.append)
    assert sum(done) == 5


def test_parallel_workers_give_the_same_svgs(tmp_path: Path) -> None:
    charts = [spec(n) for n in range(4)]
    serial = export_svgs(charts, tmp_path / "serial", workers=1)
    parallel = export_svgs(charts, tmp_path / "parallel", workers=2)
    assert [p.name for p in serial] == [p.name for p in parallel]
    for a, b in zip(serial, parallel, strict=True):
        assert a.read_bytes() == b.read_bytes()
    assert not list((tmp_path / "parallel").glob(".jobs.*"))  # worker job files cleaned up


def test_bad_spec_is_a_render_error(tmp_path: Path) -> None:
    bad = {"data": {"values": [{"a": 1}]}, "mark": "line", "encoding": {"x": {"field": "a"}}}
    with pytest.raises(RenderError, match="could not export a chart to SVG"):
        export_svgs([{**bad, "encoding": {"x": {"field": "a", "type": "bogus"}}}], tmp_path)
    assert not list(tmp_path.glob("*.svg"))


def test_bad_spec_in_a_worker_is_a_render_error(tmp_path: Path) -> None:
    bad = {"data": {"values": [{"a": 1}]}, "mark": "line",
           "encoding": {"x": {"field": "a", "type": "bogus"}}}  # fmt: skip
    with pytest.raises(RenderError, match="could not export charts to SVG"):
        export_svgs([spec(1), bad], tmp_path, workers=2)


def test_prune_removes_only_old_unused_files(tmp_path: Path) -> None:
    keep, old = export_svgs([spec(1), spec(2)], tmp_path)
    stale = time.time() - 200 * 86_400
    os.utime(keep, (stale, stale))
    os.utime(old, (stale, stale))
    assert prune_cache(tmp_path, keep={keep}) == 1
    assert keep.exists() and not old.exists()
    # exporting marks a cached file as used again
    os.utime(keep, (stale, stale))
    export_svgs([spec(1)], tmp_path)
    assert keep.stat().st_mtime > stale + 86_400
