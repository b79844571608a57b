"""``wbr render`` through click's CliRunner on the sample project copied into tmp_path."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from wbr.cli import cli
from wbr.scaffold import init_project

WEEK = "2026-11-15"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sample")
    init_project(root)
    (root / "commentary").mkdir()
    (root / "commentary" / f"{WEEK}.yaml").write_text(
        "won_revenue: Two large pump orders slipped into December.\n", encoding="utf-8"
    )
    (root / "events.csv").write_text(
        "date,metric,text\n2026-11-03,leads,Hannover trade show\n", encoding="utf-8"
    )
    config = yaml.safe_load((root / "wbr.yaml").read_text(encoding="utf-8"))
    config.update(commentary_dir="commentary", annotations="events.csv")
    (root / "wbr.yaml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return root


def test_render_html_writes_the_week_folder_and_prints_paths(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["render", str(sample / "wbr.yaml"), "--to", "html", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    html = out / WEEK / f"wbr-{WEEK}.html"
    metrics = out / WEEK / "metrics.json"
    assert result.stdout.splitlines() == [str(html), str(metrics)]
    assert json.loads(metrics.read_text(encoding="utf-8"))["week_ending"] == WEEK
    text = html.read_text(encoding="utf-8")
    # the lead-generation alert is the first thing in At a glance
    first = re.search(r'<li class="pair-item (\w+)">.*?<a href="#([\w-]+)">', text, re.S)
    assert first is not None and first.groups() == ("alert", "m-leads")
    assert "Two large pump orders slipped into December." in text
    assert "Hannover trade show" in text
    assert text.count('data-wbr-chart="') == text.count('<script type="application/json"')


def test_render_defaults_to_output_dir_of_the_config(sample: Path) -> None:
    result = CliRunner().invoke(cli, ["-q", "render", str(sample), "--to", "html"])
    assert result.exit_code == 0, result.output
    assert (sample / "reports" / WEEK / f"wbr-{WEEK}.html").is_file()
    assert result.stderr == ""


def test_render_an_earlier_week(sample: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["render", str(sample), "--to", "html", "--week-ending", "2026-11-08", "-o", str(tmp_path)],
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "2026-11-08" / "wbr-2026-11-08.html").is_file()
    assert not (tmp_path / WEEK).exists()


def test_bad_commentary_is_one_error_line_and_nothing_written(sample: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    init_project(bad)
    # the sample keeps its owner notes in sample_data/commentary (commentary_dir in wbr.yaml)
    (bad / "sample_data" / "commentary" / f"{WEEK}.yaml").write_text(
        "leeds: typo\n", encoding="utf-8"
    )
    result = CliRunner().invoke(cli, ["render", str(bad), "--to", "html"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        f"Error: {WEEK}.yaml: 'leeds' is not a metric id of this project "
        "(commentary is keyed by metric id, e.g. 'leads: text')"
    )
    assert not (bad / "reports").exists()


def test_unknown_format_is_a_usage_error(sample: Path) -> None:
    result = CliRunner().invoke(cli, ["render", str(sample), "--to", "docx"])
    assert result.exit_code == 2
    assert "'docx' is not one of 'html', 'pdf', 'qmd'" in result.stderr


def test_render_help_has_an_example() -> None:
    result = CliRunner().invoke(cli, ["render", "--help"])
    assert result.exit_code == 0
    assert "wbr render --week-ending 2026-11-15 --to html -o reports" in result.output
