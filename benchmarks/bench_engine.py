"""Benchmark the engine end to end: load CSV, compute the WBR metric set, write the JSON.

Synthetic data: N column metrics (one CSV column each, 5 years of daily rows) plus N/2 ratio
formulas over them. Prints wall times for N = 250, 500 and 1,000 so that linear growth shows.

    python benchmarks/bench_engine.py            # 250, 500, 1000 metrics
    python benchmarks/bench_engine.py 1000       # one size
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from wbr.engine import compute
from wbr.fileio import write_atomic
from wbr.loading import LoadedData
from wbr.project import Project, load_project
from wbr.report import build_metric_set, load_data, metric_set_json
from wbr.signals.build import attach_signals
from wbr.signals.series import series_length

DAYS = 5 * 365 + 1
END = dt.date(2026, 11, 15)


def make_project(root: Path, n_columns: int) -> Path:
    """Write a synthetic project with n column metrics and n/2 formulas; return wbr.yaml."""
    rng = np.random.default_rng(7)
    dates = pd.date_range(end=pd.Timestamp(END), periods=DAYS, freq="D")
    values = rng.poisson(200, size=(DAYS, n_columns)).astype(np.int64)
    frame = pd.DataFrame(values, columns=[f"c{i}" for i in range(n_columns)])
    frame.insert(0, "date", dates.strftime("%Y-%m-%d"))
    frame.to_csv(root / "data.csv", index=False)
    metrics: dict[str, dict[str, object]] = {}
    for i in range(n_columns):
        metrics[f"m{i}"] = {
            "label": f"Metric {i}", "unit": "count", "direction": "higher_is_better",
            "source": "data", "column": f"c{i}",
        }  # fmt: skip
    for j in range(n_columns // 2):
        metrics[f"r{j}"] = {
            "label": f"Ratio {j}", "unit": "percent", "direction": "higher_is_better",
            "formula": f"m{2 * j} / (m{2 * j} + m{2 * j + 1})",
        }  # fmt: skip
    (root / "metrics").mkdir()
    (root / "metrics" / "all.yaml").write_text(yaml.safe_dump(metrics, sort_keys=False))
    config = {
        "title": "Benchmark",
        "week_ending": END.isoformat(),
        "sources": {"data": {"path": "data.csv"}},
        "metrics": ["metrics/*.yaml"],
    }
    (root / "wbr.yaml").write_text(yaml.safe_dump(config, sort_keys=False))
    return root / "wbr.yaml"


def run(n_columns: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        config = make_project(Path(tmp), n_columns)
        t0 = time.perf_counter()
        project = load_project(config)
        data = load_data(project)
        t1 = time.perf_counter()
        metric_set = build_metric_set(project, data=data)
        t2 = time.perf_counter()
        write_atomic(Path(tmp) / "metrics.json", metric_set_json(metric_set))
        t3 = time.perf_counter()
        signals = time_signals(project, data, metric_set.week_ending)
    return {
        "load": t1 - t0,
        "compute": t2 - t1,
        "json": t3 - t2,
        "total": t3 - t0,
        "signals": signals,
    }


def time_signals(project: Project, data: LoadedData, week_ending: dt.date) -> float:
    """What the signals add (issue #8): the engine's extra weekly spans plus limits and rules.

    CPU seconds, best of 5 for each part: a difference of two wall times is mostly noise on a
    shared machine.
    """
    defs, fy = project.metrics, project.config.fiscal_year_end_month
    weeks = series_length(defs, project.config.signals)

    def best(func: Callable[[], object]) -> float:
        times = []
        for _ in range(5):
            t0 = time.process_time()
            func()
            times.append(time.process_time() - t0)
        return min(times)

    comp = compute(defs, data, week_ending, fy, weeks)
    assert comp.weekly is not None
    weekly = comp.weekly
    without = best(lambda: compute(defs, data, week_ending, fy))
    with_series = best(lambda: compute(defs, data, week_ending, fy, weeks))
    limits = best(lambda: attach_signals(comp.results, weekly, project.config.signals))
    return max(with_series - without, 0.0) + limits


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [250, 500, 1000]
    run(50)  # warm imports and caches so the first size is not penalised
    print(
        f"{'column metrics':>14} {'formulas':>8} {'cells':>10} "
        f"{'load s':>7} {'compute s':>9} {'json s':>7} {'total s':>8} {'µs/cell':>8} "
        f"{'of which signals s':>18}"
    )
    for n in sizes:
        t = min((run(n) for _ in range(3)), key=lambda r: r["total"])
        cells = (n + n // 2) * DAYS
        print(
            f"{n:>14} {n // 2:>8} {cells:>10,} {t['load']:>7.3f} {t['compute']:>9.3f} "
            f"{t['json']:>7.3f} {t['total']:>8.3f} {t['total'] / cells * 1e6:>8.3f} "
            f"{t['signals']:>18.3f}"
        )


if __name__ == "__main__":
    main()
