"""Benchmark rendering a 100-metric packet: HTML, PDF, and a re-render with unchanged data.

A synthetic project (70 column metrics, 30 rate formulas, 10 targets with counter-metrics, four
years of daily rows) is computed once; then each output is timed from the computed report:

- HTML, cold: a new output folder (the Vega runtime bundle is built and cached).
- HTML, warm: the same folder again.
- PDF, cold: no chart cache (every chart exported to SVG, Typst compile).
- HTML + PDF re-render with unchanged data (chart SVGs and runtime cached).

    python benchmarks/bench_render.py
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from wbr.project import load_project
from wbr.report import OutputFormat, build_report, write_outputs

END = dt.date(2026, 11, 15)
GENERATED = dt.datetime(2026, 11, 16, 7, 0, tzinfo=dt.UTC)


def make_project(root: Path, n_columns: int = 70, n_rates: int = 30, n_targets: int = 10) -> Path:
    rng = np.random.default_rng(11)
    dates = pd.date_range(end=pd.Timestamp(END), periods=4 * 365, freq="D")
    trend = np.linspace(1.0, 1.3, len(dates))[:, None]
    values = rng.poisson(300 * trend, size=(len(dates), n_columns))
    frame = pd.DataFrame(values, columns=[f"c{i}" for i in range(n_columns)])
    for i in range(n_targets):
        frame[f"plan{i}"] = 300
    frame.insert(0, "date", dates.strftime("%Y-%m-%d"))
    frame.to_csv(root / "data.csv", index=False)
    metrics: dict[str, dict[str, object]] = {}
    for i in range(n_columns):
        metrics[f"m{i}"] = {
            "label": f"Volume {i}", "definition": f"Count of thing {i} per day.",
            "owner": "Operations", "unit": "count", "direction": "higher_is_better",
            "source": "data", "column": f"c{i}",
        }  # fmt: skip
    for j in range(n_rates):
        metrics[f"r{j}"] = {
            "label": f"Rate {j}", "definition": f"Share of volume {2 * j} in its pair.",
            "owner": "Operations", "unit": "percent", "direction": "higher_is_better",
            "formula": f"m{2 * j} / (m{2 * j} + m{2 * j + 1})",
        }  # fmt: skip
    for i in range(n_targets):
        metrics[f"m{i}"]["target"] = {"column": f"plan{i}"}
        metrics[f"m{i}"]["counter_metric"] = f"r{i // 2}"
    (root / "metrics").mkdir()
    (root / "metrics" / "all.yaml").write_text(yaml.safe_dump(metrics, sort_keys=False))
    config = {
        "title": "Render benchmark",
        "sources": {"data": {"path": "data.csv"}},
        "metrics": ["metrics/*.yaml"],
        "output_dir": "reports",
    }
    (root / "wbr.yaml").write_text(yaml.safe_dump(config, sort_keys=False))
    return root / "wbr.yaml"


def timed(label: str, func: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    func()
    seconds = time.perf_counter() - t0
    print(f"{label:<44} {seconds:>7.2f} s")
    return seconds


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        project = load_project(make_project(root))
        t0 = time.perf_counter()
        report = build_report(project, generated_at=GENERATED)
        print(f"{'metrics in the packet':<44} {len(report.metric_set.metrics):>7}")
        print(f"{'load + compute + report model':<44} {time.perf_counter() - t0:>7.2f} s")
        html, pdf = [OutputFormat.HTML], [OutputFormat.PDF]
        timed("HTML, cold (new output folder)", lambda: write_outputs(report, html, root / "a"))
        timed("HTML, warm", lambda: write_outputs(report, html, root / "a"))
        shutil.rmtree(root / "a" / ".cache", ignore_errors=True)
        timed("PDF, cold (no chart cache)", lambda: write_outputs(report, pdf, root / "a"))
        both = [OutputFormat.HTML, OutputFormat.PDF]
        rerender = partial(write_outputs, report, both, root / "a")
        timed("HTML + PDF re-render, unchanged data", rerender)
        # what a user waits for: a whole `wbr render` process (imports, load, compute, render)
        cli = [sys.executable, "-m", "wbr", "-q", "render", str(root / "wbr.yaml")]
        run = partial(subprocess.run, check=True, stdout=subprocess.DEVNULL)
        timed("`wbr render` (HTML + PDF), first run", lambda: run(cli))
        timed("`wbr render` (HTML + PDF), re-run", lambda: run(cli))


if __name__ == "__main__":
    main()
