"""``wbr run``: the Monday job — validate, compute, render, archive, email — one line per step.

Safe to re-run after a failure: an archived week with the same numbers is not committed again and
recipients who already received the week's packet are not mailed again (``sent.json``, kept in the
week's folder and in the archive, so a runner whose disk is wiped between runs still knows; the
intent is recorded before the SMTP conversation, so a run killed mid-send stops the next one from
mailing again). An archive left half-done by a killed run is rolled back and redone. A
failed step does not stop the independent ones after it (a failed archive does not hold back the
email), but nothing runs on top of a failed validation, computation or rendering. After the
validation, the run holds the project's lock (:mod:`wbr.delivery.lock`): a second run started
meanwhile fails at once.
"""

from __future__ import annotations

import datetime as dt
import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wbr.errors import ConfigError, WbrError

if TYPE_CHECKING:
    from wbr.config import ReportConfig
    from wbr.delivery import Packet
    from wbr.report import Report

STEPS = ("validate", "compute", "render", "archive", "email")


@dataclass(frozen=True, slots=True)
class StepResult:
    """The outcome of one step of the run."""

    step: str
    status: str  # "ok" | "skipped" | "failed" | "dry-run"
    detail: str

    def line(self) -> str:
        """``render    ok       reports/2026-11-15/wbr-2026-11-15.pdf``"""
        return f"{self.step:<9} {self.status:<8} {self.detail}".rstrip()


@dataclass(frozen=True, slots=True)
class RunResult:
    """Every step's outcome, and the data warnings met on the way."""

    steps: tuple[StepResult, ...]
    warnings: tuple[str, ...]
    week_ending: dt.date | None

    @property
    def failed(self) -> tuple[str, ...]:
        return tuple(s.step for s in self.steps if s.status == "failed")

    @property
    def ok(self) -> bool:
        return not self.failed


def run_week(
    config_path: Path | str,
    week_ending: dt.date | None = None,
    *,
    dry_run: bool = False,
    env: Mapping[str, str],
    now: dt.datetime,
    ssl_context: ssl.SSLContext | None = None,
    on_step: Callable[[StepResult], None] | None = None,
) -> RunResult:
    """Run every step for one week and report each as it finishes.

    ``dry_run`` still validates, computes and renders, but only shows what would be archived and
    writes the email as ``.eml`` instead of sending it. The archive (with the send record) is
    pushed when ``archive.remote`` is configured. Raises RunLocked when another run holds the
    project's lock.
    """
    from wbr.delivery import packet_for
    from wbr.delivery.lock import run_lock
    from wbr.report import DEFAULT_FORMATS, Engine, build_report, write_outputs
    from wbr.validate import validate_project

    steps: list[StepResult] = []
    warnings: list[str] = []

    def emit(step: str, status: str, detail: str) -> None:
        result = StepResult(step, status, detail)
        steps.append(result)
        if on_step is not None:
            on_step(result)

    def stop(after: str) -> RunResult:
        for step in STEPS[STEPS.index(after) + 1 :]:
            emit(step, "skipped", f"{after} failed")
        return RunResult(tuple(steps), tuple(dict.fromkeys(warnings)), None)

    try:
        summary = validate_project(config_path)
    except WbrError as exc:
        emit("validate", "failed", _first_problem(exc))
        return stop("validate")
    warnings += summary.warnings
    emit("validate", "ok", summary.line.removeprefix("OK: "))
    project = summary.project
    with run_lock(project.config.output_dir):
        try:
            report = build_report(
                project, week_ending, generated_at=now.astimezone(), data=summary.data
            )
        except WbrError as exc:
            emit("compute", "failed", _first_problem(exc))
            return stop("compute")
        cfg = project.config
        week = report.week_ending
        warnings += report.metric_set.warnings
        restated = len(report.metric_set.restatements)
        extra = f"; {restated} restated value{'s' if restated != 1 else ''}" if restated else ""
        emit("compute", "ok", f"week ending {week}: {report.glance.headline}{extra}")

        try:
            written = write_outputs(report, DEFAULT_FORMATS, None, Engine.AUTO)
        except WbrError as exc:
            emit("render", "failed", _first_problem(exc))
            return stop("render")
        emit("render", "ok", ", ".join(_shown(p) for p in written if p.suffix != ".json"))
        packet = packet_for(cfg.output_dir, week)
        emit(*_archive_step(cfg, packet, dry_run, warnings))
        emit(*_email_step(report, packet, dry_run, env, now, ssl_context, warnings))
    # validation and the metric set both carry the loader's warnings: show each once
    return RunResult(tuple(steps), tuple(dict.fromkeys(warnings)), week)


def _archive_step(
    cfg: ReportConfig, packet: Packet, dry_run: bool, warnings: list[str]
) -> tuple[str, str, str]:
    """Archive the packet (and its send record), pushing when archive.remote is set."""
    from wbr.delivery.archive import AlreadyArchived, archive_packet, secret_env

    if cfg.archive is None:
        return "archive", "skipped", f"no 'archive:' in {cfg.path.name}"
    try:
        archived = archive_packet(
            packet,
            cfg.archive.path,
            remote=cfg.archive.remote,
            branch=cfg.archive.branch,
            push=cfg.archive.remote is not None,
            dry_run=dry_run,
            hide=secret_env(cfg),
        )
    except AlreadyArchived:
        return (
            "archive",
            "skipped",
            f"already archived with other numbers in {_shown(cfg.archive.path)} "
            "('wbr archive --force' restates it)",
        )
    except WbrError as exc:
        return "archive", "failed", _first_problem(exc)
    warnings += archived.warnings
    where = _shown(archived.repo / archived.week_dir)
    pushed = f", pushed to {archived.pushed_to}" if archived.pushed_to else ""
    created = " (new git repository)" if archived.created_repo else ""
    if archived.status == "dry_run":
        return "archive", "dry-run", f'would commit "{archived.message}" to {where}{created}'
    if archived.status == "unchanged":
        return "archive", "skipped", f"already archived in {where}{pushed}"
    commit = (archived.commit or "")[:10]
    return "archive", "ok", f'committed {commit} "{archived.message}" to {where}{pushed}{created}'


def _email_step(
    report: Report,
    packet: Packet,
    dry_run: bool,
    env: Mapping[str, str],
    now: dt.datetime,
    ssl_context: ssl.SSLContext | None,
    warnings: list[str],
) -> tuple[str, str, str]:
    """Mail whoever has not received the week's packet, at most once (the intent is recorded
    and pushed with the archive first)."""
    from wbr.delivery.email import deliver_email

    cfg = report.project.config
    if cfg.email is None:
        return "email", "skipped", f"no 'email:' in {cfg.path.name}"
    try:
        mailed = deliver_email(
            report, packet, dry_run=dry_run, env=env, now=now, ssl_context=ssl_context
        )
    except WbrError as exc:
        return "email", "failed", _first_problem(exc)
    warnings += mailed.warnings
    status = {"sent": "ok", "dry_run": "dry-run", "already_sent": "skipped"}[mailed.status]
    detail = mailed.summary()
    if mailed.eml is not None:
        detail = detail.replace(str(mailed.eml), _shown(mailed.eml), 1)
    return "email", status, detail


def _first_problem(exc: WbrError) -> str:
    problems = exc.problems if isinstance(exc, ConfigError) else [exc.format_message()]
    more = len(problems) - 1
    return problems[0] + (f" (and {more} more problem{'s' if more != 1 else ''})" if more else "")


def _shown(path: Path) -> str:
    """The path relative to the working folder when it is inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


__all__ = ["RunResult", "StepResult", "run_week"]
