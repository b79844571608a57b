"""The built wheel works on its own: non-editable install, packaged data, init + compute."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "-q", "-w", str(out), str(ROOT)],
        check=True,
    )  # fmt: skip
    (built,) = out.glob("wbr-*.whl")
    return built


def test_wheel_contains_catalogue_templates_and_sample(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "wbr/_data/wbr.yaml" in names
    assert any(n.startswith("wbr/_data/metrics/") and n.endswith(".yaml") for n in names)
    assert any(n.startswith("wbr/_data/report_templates/") for n in names)
    assert "wbr/_data/sample_data/crm_leads.csv" in names
    assert not any("__pycache__" in n for n in names)


def test_non_editable_install_runs_init_and_compute(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q",
         "--target", str(target), str(wheel)],
        check=True,
    )  # fmt: skip
    # the installed copy must shadow the source checkout: run outside it, wheel first on the path
    env = {**os.environ, "PYTHONPATH": str(target)}
    work = tmp_path / "work"
    work.mkdir()

    def wbr(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "wbr", *args],
            cwd=work, env=env, capture_output=True, text=True, check=False,
        )  # fmt: skip

    where = subprocess.run(
        [sys.executable, "-c", "import wbr; print(wbr.__file__)"],
        cwd=work, env=env, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert where.startswith(str(target))
    init = wbr("init", "acme")
    assert init.returncode == 0, init.stderr
    result = wbr("compute", "acme/wbr.yaml", "-o", "metrics.json")
    assert result.returncode == 0, result.stderr
    data = json.loads((work / "metrics.json").read_text())
    assert data["schema_version"] == 1
    assert data["week_ending"] == "2026-11-15"
    statuses = {(p["metric"], p["counter_metric"]): p["status"] for p in data["pairs"]}
    assert statuses[("leads", "lead_to_meeting_rate")] == "alert"
