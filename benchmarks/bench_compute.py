"""Benchmark ``wbr compute`` as a whole process and by phase, on a project imported from a WBR App.

Synthetic WBR App configuration: N column metrics (``aggf: sum`` over one CSV column each, 5 years
of daily rows) plus N/2 ratio functions (``divide`` of two of them), imported with
``wbr import-wbr-app`` (one metric per YAML mapping, as the importer writes it). Then:

- whole process: ``python -m wbr compute wbr.yaml -o metrics.json`` timed from outside (best of 5,
  wall and CPU time: user + sys of the process and the child it forks to read the YAML), the way
  cron or CI runs it: interpreter start, imports, YAML, CSV, compute, JSON, exit;
- in-process phases (CPU time, best of 3): YAML (wbr.yaml + metric files), CSV load, compute, JSON.

The open-source WBR App is not compared here: it is not a package on PyPI, so it cannot be
installed on a machine that reaches only package registries (see the README).

    python benchmarks/bench_compute.py            # 1,000 + 500 metrics
    python benchmarks/bench_compute.py 250 1000   # several sizes
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from wbr.fileio import write_atomic
from wbr.importer import import_wbr_app
from wbr.project import load_project
from wbr.report import build_metric_set, load_data, metric_set_json

DAYS = 5 * 365 + 1
END = dt.date(2026, 11, 15)  # a Sunday


def make_wbr_app(root: Path, n_columns: int) -> tuple[Path, Path]:
    """Write a WBR App config and its daily CSV; return (config, csv)."""
    rng = np.random.default_rng(7)
    dates = pd.date_range(end=pd.Timestamp(END), periods=DAYS, freq="D")
    values = rng.poisson(200, size=(DAYS, n_columns)).astype(np.int64)
    frame = pd.DataFrame(values, columns=[f"c{i}" for i in range(n_columns)])
    frame.insert(0, "Date", dates.strftime("%Y-%m-%d"))
    csv = root / "daily.csv"
    frame.to_csv(csv, index=False)
    metrics: dict[str, object] = {
        f"Metric {i}": {"column": f"c{i}", "aggf": "sum"} for i in range(n_columns)
    }
    for j in range(n_columns // 2):
        metrics[f"Ratio {j}"] = {
            "function": {
                "divide": [
                    {"metric": {"name": f"Metric {2 * j}"}},
                    {"metric": {"name": f"Metric {2 * j + 1}"}},
                ]
            }
        }
    config = {
        "setup": {
            "week_ending": END.strftime("%d-%b-%Y").upper(),
            "title": "Benchmark",
            "fiscal_year_end_month": "DEC",
        },
        "metrics": metrics,
    }
    path = root / "wbr_app.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path, csv


def whole_process(config: Path, out: Path, repeat: int = 5) -> tuple[float, float]:
    """Best wall time and best CPU time (user + sys) of ``python -m wbr compute``, each run in a
    fresh interpreter. CPU time is the steadier figure on a shared machine."""
    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "wbr", "-q", "compute", str(config), "-o", str(out)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best_wall, best_cpu = min(best_wall, wall), min(best_cpu, cpu)
    return best_wall, best_cpu


def phases(config: Path, out: Path) -> dict[str, float]:
    """CPU seconds of each in-process phase (wall time on a busy machine measures the others),
    with the cyclic garbage collector off, as ``wbr compute`` runs them."""
    clock = time.process_time
    gc.disable()
    try:
        t0 = clock()
        project = load_project(config)
        t1 = clock()
        data = load_data(project)
        t2 = clock()
        metric_set = build_metric_set(project, data=data)
        t3 = clock()
        write_atomic(out, metric_set_json(metric_set))
        t4 = clock()
    finally:
        gc.enable()
    return {"yaml": t1 - t0, "csv": t2 - t1, "compute": t3 - t2, "json": t4 - t3}


def import_cpu(repeat: int = 5) -> float:
    """Best CPU time of starting Python and importing what ``wbr compute`` imports."""
    best = float("inf")
    code = "import wbr.cli, wbr.fileio, wbr.project, wbr.report"
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-c", code], check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = min(best, cpu)
    return best


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1000]
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"python start + imports: {import_cpu():.3f} s CPU")
    print(
        f"{'column metrics':>14} {'formulas':>8} {'YAML s':>7} {'CSV s':>6} {'compute s':>9} "
        f"{'JSON s':>7} {'in-process s':>12} {'process CPU s':>13} {'process wall s':>14}"
    )
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            app, csv = make_wbr_app(root, n)
            import_wbr_app(app, csv, root / "project")
            config = root / "project" / "wbr.yaml"
            out = root / "metrics.json"
            wall, cpu = whole_process(config, out)
            phases(config, out)  # warm caches
            t = min((phases(config, out) for _ in range(3)), key=lambda r: sum(r.values()))
            print(
                f"{n:>14} {n // 2:>8} {t['yaml']:>7.3f} {t['csv']:>6.3f} {t['compute']:>9.3f} "
                f"{t['json']:>7.3f} {sum(t.values()):>12.3f} {cpu:>13.3f} {wall:>14.3f}"
            )
    # wall time is only meaningful on an idle machine; the CPU time (user + sys of the process
    # and of its child, which reads the YAML beside the imports) is the steadier figure
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
