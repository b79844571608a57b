"""The ``wbr`` command line: parse options, call one library function, report the result.

Heavy modules (pandas, altair, typst) are imported inside the commands so that ``wbr --help``
stays fast.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from wbr import __version__

F = TypeVar("F", bound=Callable[..., Any])
CONTEXT = {"help_option_names": ["-h", "--help"]}
log = logging.getLogger("wbr")


class _StderrFormatter(logging.Formatter):
    """'Warning: ...' lines on stderr, coloured only on a terminal and when NO_COLOR is unset."""

    def format(self, record: logging.LogRecord) -> str:
        text = record.getMessage()
        if record.levelno >= logging.WARNING:
            prefix = "Warning: "
            if sys.stderr.isatty() and not os.environ.get("NO_COLOR"):
                prefix = click.style(prefix, fg="yellow")
            return prefix + text
        return text


def _setup_logging(verbose: bool, quiet: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_StderrFormatter())
    log.handlers[:] = [handler]
    log.propagate = False
    log.setLevel(logging.ERROR if quiet else logging.DEBUG if verbose else logging.INFO)


class _Date(click.ParamType):
    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD", param, ctx)


DATE = _Date()


def config_argument(func: F) -> F:
    """The optional CONFIG argument: a wbr.yaml, or a folder holding one."""
    return click.argument(
        "config",
        type=click.Path(path_type=Path),
        default="wbr.yaml",
        required=False,
    )(func)


def week_option(func: F) -> F:
    return click.option(
        "--week-ending",
        type=DATE,
        default=None,
        help="Report week's last day (YYYY-MM-DD); default: the config's week_ending.",
    )(func)


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="wbr")
@click.option("-v", "--verbose", is_flag=True, help="Show more detail on stderr.")
@click.option("-q", "--quiet", is_flag=True, help="Show only errors on stderr.")
def cli(verbose: bool, quiet: bool) -> None:
    """Weekly Business Review packets from daily business data.

    \b
    Example:
        wbr init my-wbr && cd my-wbr
        wbr validate
        wbr compute -o metrics.json
    """
    _setup_logging(verbose, quiet)


@cli.command(context_settings=CONTEXT)
@config_argument
def validate(config: Path) -> None:
    """Check the config, the metric files and the data, reporting every problem.

    \b
    Example:
        wbr validate wbr.yaml
    """
    from wbr.validate import validate_project

    summary = validate_project(config)
    for warning in summary.warnings:
        log.warning(warning)
    click.echo(summary.line)


@cli.command(context_settings=CONTEXT)
@config_argument
@week_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the JSON to this file (atomically) instead of stdout.",
)
def compute(config: Path, week_ending: dt.date | None, output: Path | None) -> None:
    """Compute the metric set and Goodhart pairs and write them as JSON.

    \b
    Example:
        wbr compute --week-ending 2026-11-15 -o metrics.json
    """
    from wbr.fileio import write_atomic
    from wbr.project import load_project
    from wbr.report import build_metric_set, metric_set_json

    project = load_project(config)
    metric_set = build_metric_set(project, week_ending)
    for warning in metric_set.warnings:
        log.warning(warning)
    text = metric_set_json(metric_set)
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomic(output, text)
        click.echo(str(output))


@cli.command(context_settings=CONTEXT)
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Write into a folder that already has a wbr.yaml.")
def init(directory: Path, force: bool) -> None:
    """Create a new project: wbr.yaml, the metric catalogue and the sample data.

    \b
    Example:
        wbr init acme-wbr && cd acme-wbr && wbr validate
    """
    from wbr.scaffold import init_project

    for path in init_project(directory, force=force):
        click.echo(str(path))


# --- commands added by later features go below this line ---
