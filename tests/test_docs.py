"""README and --help stay true to the code (in the spirit of sqlite-utils' test_docs.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from wbr.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(cli.commands)


def test_every_feature_command_exists() -> None:
    assert COMMANDS == [
        "archive", "calendar", "compute", "email", "import-wbr-app", "init", "render", "run",
        "validate",
    ]  # fmt: skip


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_with_an_example(name: str) -> None:
    for flag in ("--help", "-h"):
        result = CliRunner().invoke(cli, [name, flag])
        assert result.exit_code == 0, result.output
        assert "Example:" in result.output
        assert f"wbr {name}" in result.output


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_in_the_readme_reference(name: str) -> None:
    assert re.search(rf"^\| `wbr {re.escape(name)}[ `]", README, re.MULTILINE), name


@pytest.mark.parametrize("name", COMMANDS)
def test_every_option_is_in_the_readme(name: str) -> None:
    command = cli.commands[name]
    for param in command.params:
        for opt in param.opts:
            if opt.startswith("--") and opt != "--help":
                assert opt in README, f"wbr {name} {opt} is not documented in README.md"


def test_readme_starts_with_the_two_set_up_commands() -> None:
    blocks = re.findall(r"```bash\n(.*?)```", README, re.DOTALL)
    assert blocks[0].strip() == (
        "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/wbr render wbr.yaml"
    )
    test_command = blocks[1].strip()
    assert test_command.startswith("python3 -m venv .venv")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci, ".ci/run must run the README's test command"


def test_changelog_mentions_every_command() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    for name in COMMANDS:
        assert f"wbr {name}" in changelog, name
