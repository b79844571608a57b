"""``wbr compute`` reads the YAML in a forked child beside the imports (issue #7, Speed).

What a user sees must not change: the same metrics.json, the same warnings, the same ``Error:``
lines, whether the project is read in the child or in the process itself.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import daily_csv, metric
from wbr.errors import ConfigError
from wbr.overlap import load_project_while
from wbr.project import load_project
from wbr.report import build_metric_set, metric_set_json

Make = Callable[..., Path]
CSV = daily_csv("2025-01-01", "2026-11-15", {"x": lambda day: day.day})


def wbr(*args: object) -> subprocess.CompletedProcess[str]:
    """The real program in a process of its own (one thread: the child is forked)."""
    command = [sys.executable, "-m", "wbr", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_the_forked_read_gives_the_same_json_and_warnings(
    make_project: Make, tmp_path: Path
) -> None:
    # a vertical tab written as an escape in the label: stripped with a warning while loading
    project = make_project(sources={"s": CSV}, metrics={"x": metric(label="Sales\vweekly")})
    out = tmp_path / "metrics.json"
    done = wbr("compute", project, "-o", out)
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if line.startswith("Warning: ")]
    assert warnings == [
        "Warning: metrics/metrics.yaml: metric 'x': 'label' removed U+000B (vertical tab) "
        "(no packet format can show it)"
    ]
    # the same document as loading and computing in this process
    assert out.read_text(encoding="utf-8") == metric_set_json(
        build_metric_set(load_project(project))
    )


def test_a_config_error_read_in_the_child_is_one_error_line(make_project: Make) -> None:
    project = make_project(sources={"s": CSV}, metrics={"x": metric(column="nope", agg="avg")})
    done = wbr("compute", project)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and done.stdout == ""
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error: ")]
    with pytest.raises(ConfigError) as raised:
        load_project(project)
    assert errors == [f"Error: {problem}" for problem in raised.value.problems]


@pytest.fixture
def collected() -> Iterator[list[str]]:
    lines: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: lines.append(record.getMessage())  # type: ignore[method-assign]
    logger = logging.getLogger("wbr")
    logger.addHandler(handler)
    level = logger.level
    logger.setLevel(logging.INFO)
    yield lines
    logger.removeHandler(handler)
    logger.setLevel(level)


@pytest.mark.parametrize("threads", [False, True], ids=["forked", "other-threads-in-process"])
def test_load_project_while_runs_the_work_and_returns_the_project(
    make_project: Make, collected: list[str], threads: bool
) -> None:
    project = make_project(sources={"s": CSV}, metrics={"x": metric(label="Sales\vweekly")})
    ran: list[str] = []
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    if threads:  # forking a process with other threads is unsafe: it loads in this process
        other.start()
    try:
        loaded = load_project_while(project, lambda: ran.append("imports"))
    finally:
        stop.set()
        if threads:
            other.join()
    assert ran == ["imports"]
    assert loaded == load_project(project)
    # the warning once from load_project_while (child or here), once from load_project above
    assert len(collected) == 2 and collected[0] == collected[1]
    assert "'label' removed U+000B (vertical tab)" in collected[0]
