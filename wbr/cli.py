"""The ``wbr`` command line: parse options, call one library function, report the result.

Heavy modules (pandas, altair, typst) are imported inside the commands so that ``wbr --help``
stays fast.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import logging
import os
import sys
from collections.abc import Callable, Iterator
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


# ParamType is only generic in recent click; subscripting it here would break older releases
class _Date(click.ParamType):  # type: ignore[type-arg]
    name = "DATE"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD", param, ctx)


DATE = _Date()


def main() -> None:
    """The ``wbr`` program (and ``python -m wbr``): :func:`cli` in a process of its own.

    The objects still alive when a command ends are frozen before the interpreter exits: its last
    garbage collection would walk them all (0.15 s of CPU after computing 1,500 metrics, issue #7)
    and nothing among them needs collecting.
    """
    try:
        cli()
    finally:
        gc.freeze()


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


def _log_level(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """``-v``/``-q`` given after the subcommand: the same as before it (``wbr render -q``)."""
    if value:
        log.setLevel(logging.ERROR if param.name == "quiet" else logging.DEBUG)


class _Group(click.Group):
    """A group whose every subcommand also takes ``-v``/``-q``: before or after it, the same."""

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        cmd.params.extend(
            [
                click.Option(
                    ["-v", "--verbose"], is_flag=True, expose_value=False,
                    callback=_log_level, help="Show more detail on stderr.",
                ),
                click.Option(
                    ["-q", "--quiet"], is_flag=True, expose_value=False,
                    callback=_log_level, help="Show only errors on stderr.",
                ),
            ]
        )  # fmt: skip
        super().add_command(cmd, name)


@click.group(cls=_Group, context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="wbr")
@click.option("-v", "--verbose", is_flag=True, help="Show more detail on stderr.")
@click.option("-q", "--quiet", is_flag=True, help="Show only errors on stderr.")
def cli(verbose: bool, quiet: bool) -> None:
    """Weekly Business Review packets from daily business data.

    \b
    Example:
        wbr init my-wbr && cd my-wbr
        wbr validate
        wbr render
        wbr run          # the Monday job: validate, compute, render, archive, email
    """
    _setup_logging(verbose, quiet)


@cli.command(context_settings=CONTEXT)
@config_argument
@click.option(
    "--connections",
    "connections",
    is_flag=True,
    help="Only check the database sources: connect, check every table and column a metric "
    "reads (types included) with a zero-row query, report every problem at once; warn about "
    "first/last metrics, whose records can tie on time.",
)
def validate(config: Path, connections: bool) -> None:
    """Check the config, the metric files and the data, reporting every problem.

    \b
    Example:
        wbr validate wbr.yaml
        wbr validate --connections wbr.yaml
    """
    from wbr.validate import validate_project

    if connections:
        from wbr.probe import probe_connections

        probe = probe_connections(config)
        for warning in probe.warnings:
            log.warning(warning)
        click.echo(probe.line)
        return
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
    with _no_collector():
        from wbr.overlap import load_project_while

        def imports() -> None:  # pandas and the engine, while a child process reads the YAML
            import wbr.report  # noqa: F401

        project = load_project_while(config, imports)
        from wbr.fileio import write_output
        from wbr.report import build_metric_set, metric_set_json

        metric_set = build_metric_set(project, week_ending)
        for warning in metric_set.warnings:
            log.warning(warning)
        text = metric_set_json(metric_set)
        if output is None:
            click.echo(text, nl=False)
        else:
            write_output(output, text)
            click.echo(str(output))


@contextlib.contextmanager
def _no_collector() -> Iterator[None]:
    """The cyclic garbage collector off for one command, then as it was (issue #7, Speed).

    ``wbr compute`` allocates about a million small objects (imports, YAML, results, JSON) and
    almost no reference cycles; the collector, started every 700 allocations, would walk the
    growing heap again and again, about a tenth of the command's CPU time.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@cli.command("calendar", context_settings=CONTEXT)
@config_argument
@click.option(
    "--year",
    "years",
    type=int,
    multiple=True,
    help="Fiscal year to print, e.g. 2025 for FY2025 (repeatable); default: the current one.",
)
def calendar_command(config: Path, years: tuple[int, ...]) -> None:
    """Print the fiscal calendar: years, quarters, months and weeks with their dates.

    \b
    Example:
        wbr calendar wbr.yaml --year 2025
    """
    from wbr.calendars.listing import format_years
    from wbr.config import load_config

    cfg = load_config(config)
    if not years:
        day = cfg.week_ending or dt.datetime.now(dt.UTC).date()
        years = (cfg.calendar.year_of(day),)
    click.echo(format_years(cfg.calendar, years, cfg.week_ends_on), nl=False)


@cli.command(context_settings=CONTEXT)
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Write into a folder that already has a wbr.yaml.")
@click.option(
    "--example",
    type=click.Choice(["sample", "warehouse"]),
    default="sample",
    show_default=True,
    help="warehouse: the same project with its records in a DuckDB file (wbr[warehouse,duckdb]).",
)
def init(directory: Path, force: bool, example: str) -> None:
    """Create a new project: wbr.yaml, the metric catalogue and the sample data.

    \b
    Example:
        wbr init acme-wbr && cd acme-wbr && wbr validate
        wbr init --example warehouse acme-db   # the records in data/acme.duckdb
    """
    from wbr.scaffold import init_project

    for path in init_project(directory, force=force, example=example):
        click.echo(str(path))


# --- commands added by later features go below this line ---


@cli.command("import-wbr-app", context_settings=CONTEXT)
@click.argument("wbr_app_yaml", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--data",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    metavar="CSV",
    help="The daily CSV the WBR App deck reads (copied into DIR/data/).",
)
@click.option(
    "-o",
    "--output",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    metavar="DIR",
    help="Folder for the new project (new or empty).",
)
@click.option("--force", is_flag=True, help="Write into a folder that is not empty.")
def import_wbr_app(wbr_app_yaml: Path, data: Path | None, out_dir: Path, force: bool) -> None:
    """Convert a WBR App config (and its CSV) into a wbr project.

    Anything without a wbr equivalent is printed as a warning and listed in DIR/IMPORT_NOTES.md.

    \b
    Example:
        wbr import-wbr-app wbr_config.yaml --data daily.csv -o acme-wbr
        wbr validate acme-wbr
    """
    from wbr.importer import import_wbr_app as run_import

    result = run_import(wbr_app_yaml, data, out_dir, force=force)
    for note in result.notes:
        log.warning(note)
    for path in result.files:
        click.echo(str(path))


@cli.command("email", context_settings=CONTEXT)
@config_argument
@week_option
@click.option(
    "--to",
    "to",
    multiple=True,
    metavar="ADDR",
    help="Send to this address instead of the configured to/cc (repeatable).",
)
@click.option("--dry-run", is_flag=True, help="Write the message as .eml next to the packet.")
@click.option(
    "--resend",
    is_flag=True,
    help="Mail again recipients who already got this week (or may have: see README).",
)
def email_command(
    config: Path, week_ending: dt.date | None, to: tuple[str, ...], dry_run: bool, resend: bool
) -> None:
    """Email the week's PDF packet with its At a glance summary.

    SMTP credentials come only from the environment variables named in wbr.yaml
    (default WBR_SMTP_USER and WBR_SMTP_PASSWORD). Recipients who already received
    the week's packet are skipped unless --resend. Sent at most once: when an earlier
    run may have sent it (killed before the server's answer was recorded), it stops;
    check with the recipients, then use --resend.

    \b
    Example:
        wbr email --week-ending 2026-11-15 --dry-run
        WBR_SMTP_USER=wbr@acme.example WBR_SMTP_PASSWORD=... wbr email
    """
    from wbr.delivery.email import email_week

    outcome = email_week(
        config,
        week_ending,
        to=to,
        dry_run=dry_run,
        resend=resend,
        env=os.environ,
        now=dt.datetime.now(dt.UTC),
    )
    for warning in outcome.warnings:
        log.warning(warning)
    click.echo(outcome.summary())


@cli.command("archive", context_settings=CONTEXT)
@config_argument
@week_option
@click.option(
    "--repo",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Archive into this git repository instead of archive.path.",
)
@click.option("--push", is_flag=True, help="Push to archive.remote afterwards (never forced).")
@click.option("--force", is_flag=True, help="Replace an archived week (commit says restated).")
@click.option("--dry-run", is_flag=True, help="Show the files and commit; change nothing.")
def archive_command(
    config: Path,
    week_ending: dt.date | None,
    repo: Path | None,
    push: bool,
    force: bool,
    dry_run: bool,
) -> None:
    """Commit the week's HTML, PDF and metrics.json to the git archive.

    Each week goes to YYYY/YYYY-MM-DD/ with a regenerated index.html and README.md.
    An archived week is never overwritten unless --force.

    \b
    Example:
        wbr archive --week-ending 2026-11-15 --repo ../wbr-archive --dry-run
        wbr archive --push
    """
    from wbr.delivery.archive import archive_week

    outcome = archive_week(config, week_ending, repo=repo, push=push, force=force, dry_run=dry_run)
    for warning in outcome.warnings:
        log.warning(warning)
    click.echo(outcome.summary())


@cli.command("run", context_settings=CONTEXT)
@config_argument
@week_option
@click.option(
    "--dry-run", is_flag=True, help="Render, but do not commit or send (writes the .eml)."
)
def run_command(config: Path, week_ending: dt.date | None, dry_run: bool) -> None:
    """The Monday job: validate, compute, render, archive, email; one line per step.

    Exits 1 when any step failed. Safe to re-run: nothing is archived or mailed twice.
    The archive is pushed when archive.remote is set.

    \b
    Example:
        wbr run wbr.yaml
        0 7 * * 1  cd /srv/acme-wbr && /opt/wbr/bin/wbr run   # crontab: Mondays 07:00
    """
    from wbr.errors import WbrError
    from wbr.monday import run_week

    result = run_week(
        config,
        week_ending,
        dry_run=dry_run,
        env=os.environ,
        now=dt.datetime.now(dt.UTC),
        on_step=lambda step: click.echo(step.line()),
    )
    for warning in result.warnings:
        log.warning(warning)
    if not result.ok:
        raise WbrError(
            f"{', '.join(result.failed)} failed (see above); fix it and run again: nothing is "
            "archived or mailed twice"
        )


@cli.command("render", context_settings=CONTEXT)
@config_argument
@week_option
@click.option(
    "--to",
    "formats",
    multiple=True,
    type=click.Choice(["html", "pdf", "qmd"]),
    help="Output format (repeatable); default: html and pdf.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder for the week's folder; default: output_dir from wbr.yaml.",
)
@click.option(
    "--engine",
    type=click.Choice(["auto", "builtin", "quarto"]),
    default="auto",
    show_default=True,
    help="Quarto when installed (auto), the built-in engines, or Quarto.",
)
def render_command(
    config: Path,
    week_ending: dt.date | None,
    formats: tuple[str, ...],
    output: Path | None,
    engine: str,
) -> None:
    """Render the week's packet (HTML, PDF, .qmd) plus metrics.json into OUTPUT/WEEK_ENDING/.

    The week's folder is replaced as a whole once every format is rendered (a failure
    leaves the previous packet as it was). Prints the written paths on stdout; progress
    goes to stderr.

    \b
    Example:
        wbr render
        wbr render --week-ending 2026-11-15 --to html -o reports
    """
    from wbr.delivery.lock import run_lock
    from wbr.project import load_project
    from wbr.report import (
        DEFAULT_FORMATS,
        Engine,
        OutputFormat,
        build_report,
        count_steps,
        prepare_output_dir,
        write_outputs,
    )

    project = load_project(config)
    report = build_report(project, week_ending, generated_at=dt.datetime.now(dt.UTC).astimezone())
    for warning in report.metric_set.warnings:
        log.warning(warning)
    wanted = [OutputFormat(f) for f in formats] or list(DEFAULT_FORMATS)
    base = prepare_output_dir(output if output is not None else project.config.output_dir)
    with run_lock(base):  # never beside a run, email or archive of the same packets
        if sys.stderr.isatty() and log.level <= logging.INFO:
            steps = count_steps(report, wanted)
            with click.progressbar(length=steps, label="Rendering", file=sys.stderr) as bar:
                paths = write_outputs(report, wanted, base, Engine(engine), progress=bar.update)
        else:
            paths = write_outputs(report, wanted, base, Engine(engine))
    for path in paths:
        click.echo(str(path))
