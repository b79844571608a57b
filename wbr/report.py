"""Orchestration: project → data → metric set → report → packets on disk.

Like ``mkdocs/commands/build.py``: :func:`build_report` gathers everything a packet shows (numbers,
*At a glance*, commentary, annotations, the resolved layout); :func:`write_outputs` renders the
requested formats into ``<out_dir>/<YYYY-MM-DD>/``. Templates never compute.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from wbr.config import Block, MetricBlock, Section, TableBlock, TablePeriod
from wbr.econ_blocks import ParetoBlock, UnitEconomicsBlock
from wbr.engine import compute, resolve_week_ending
from wbr.errors import RenderError
from wbr.fileio import write_atomic
from wbr.funnel_model import Funnel
from wbr.funnel_spec import FunnelBlock
from wbr.loading import LoadedData, load_sources
from wbr.notes import (
    Annotation,
    commentary_path,
    load_annotations,
    load_commentary,
    process_changes_of,
)
from wbr.pairs import evaluate_pairs
from wbr.project import Project
from wbr.results import MetricResult, MetricSet, to_json_text
from wbr.signals.build import attach_signals
from wbr.signals.series import WeeklySeries, series_length

if TYPE_CHECKING:  # the packet's parts: ``wbr compute`` imports none of them (issue #7, Speed)
    from wbr.actions import ActionsWeek, FlaggedNote
    from wbr.glance import Glance
    from wbr.pareto import ParetoResult
    from wbr.render.contract import ReportContext
    from wbr.unit_economics import UnitEconomicsResult


def load_data(project: Project) -> LoadedData:
    """Load every source the project's metrics read."""
    return load_sources(project.config.sources, project.metrics, project.config.base)


def build_metric_set(
    project: Project,
    week_ending: dt.date | None = None,
    data: LoadedData | None = None,
    annotations: Sequence[Annotation] | None = None,
) -> MetricSet:
    """Compute the full metric set and Goodhart pairs for one week.

    ``week_ending`` overrides the config's; None means the config's, and 'latest' there means the
    latest week whose last day every source has reached.
    """
    cfg = project.config
    data = data if data is not None else load_data(project)
    requested = week_ending if week_ending is not None else cfg.week_ending
    we = resolve_week_ending(data, cfg.week_ends_on_index, requested)
    comp = compute(
        project.metrics, data, we, cfg.calendar,
        series_length(project.metrics, cfg.signals), _section_ids(project),
    )  # fmt: skip
    results = comp.results
    if comp.periods.ytd_52w is not None:  # week 53 of a 53-week fiscal year (wbr.calendars)
        results = _with_52_week_basis(results, project, data, we)
    if comp.weekly is not None:  # natural process limits (issue #8), before pairs are judged
        if annotations is None:
            annotations = load_annotations(cfg.annotations, {d.id for d in project.metrics})
        changes = (*cfg.process_changes, *process_changes_of(annotations))
        results = attach_signals(results, comp.weekly, cfg.signals, changes)
    metric_set = MetricSet(
        title=cfg.title,
        week_ending=we,
        week_ends_on=cfg.week_ends_on,
        fiscal_year_end_month=cfg.fiscal_year_end_month,
        metrics=results,
        pairs=evaluate_pairs(results),
        warnings=comp.warnings + comp.periods.notes,
        sources=comp.sources,
        calendar=cfg.calendar,
        periods=comp.periods,
        funnels=_funnels(project, data, we, results),
    )
    metric_set = with_econ_blocks(metric_set, project, comp.weekly)  # issue #10 §2, §3
    if cfg.archive is not None:  # past numbers never change silently (wbr.delivery.restate)
        from wbr.delivery.restate import apply_restatements

        metric_set = apply_restatements(metric_set, cfg.archive.path)
    return metric_set


def with_econ_blocks(
    metric_set: MetricSet, project: Project, weekly: WeeklySeries | None
) -> MetricSet:
    """The metric set with its sections' pareto and unit_economics blocks computed."""
    pareto_blocks = [b for b in _blocks(project) if isinstance(b, ParetoBlock)]
    unit_blocks = [b for b in _blocks(project) if isinstance(b, UnitEconomicsBlock)]
    if not pareto_blocks and not unit_blocks:
        return metric_set
    from wbr.pareto import compute_pareto
    from wbr.unit_economics import compute_unit_economics

    by_id = {r.metric.id: r for r in metric_set.metrics}
    row_of = {r.metric.id: i for i, r in enumerate(metric_set.metrics)}  # the engine's row order
    settings = project.config.signals
    we = metric_set.week_ending
    return replace(
        metric_set,
        pareto=tuple(compute_pareto(b, by_id, we, settings, weekly, row_of) for b in pareto_blocks),
        unit_economics=tuple(compute_unit_economics(b, metric_set) for b in unit_blocks),
    )


def _blocks(project: Project) -> list[Block]:
    return [b for s in project.config.sections or () for b in s.blocks]


def _section_ids(project: Project) -> tuple[str, ...]:
    """Metric ids the layout names (breakdown children among them must exist)."""
    named: list[str] = []
    for section in project.config.sections or ():
        for block in section.blocks:
            if not isinstance(block, FunnelBlock):  # a funnel computes its own (wbr.funnel)
                named.extend((block.metric,) if isinstance(block, MetricBlock) else block.metrics)
            if isinstance(block, ParetoBlock):
                named.append(block.total)
    return tuple(named)


def _funnels(
    project: Project, data: LoadedData, we: dt.date, results: Sequence[MetricResult]
) -> tuple[Funnel, ...]:
    """The deck's funnel blocks (issue #10 §1); the import is lazy, like the signals'."""
    from wbr.funnel import compute_funnels, funnel_blocks

    cfg = project.config
    if not funnel_blocks(cfg.sections):
        return ()
    return compute_funnels(cfg.sections, project.metrics, data, we, cfg.calendar, results)


def _with_52_week_basis(
    results: tuple[MetricResult, ...], project: Project, data: LoadedData, we: dt.date
) -> tuple[MetricResult, ...]:
    """Add the year to date on a 52-week basis: a second computation whose YTD is that span."""
    from wbr.calendars.fiscal import FiftyTwoWeekBasis, FiscalCalendar

    assert isinstance(project.config.calendar, FiscalCalendar)
    basis = FiftyTwoWeekBasis(project.config.calendar)
    other = compute(project.metrics, data, we, basis, 0, _section_ids(project)).results
    ytd = {r.metric.id: r.summary for r in other}

    def with_basis(r: MetricResult) -> MetricResult:
        basis = ytd[r.metric.id]
        return replace(r, summary=replace(r.summary, ytd_52w=basis.ytd, ytd_52w_yoy=basis.ytd_yoy))

    return tuple(with_basis(r) for r in results)


def metric_set_json(metric_set: MetricSet) -> str:
    """The public JSON document (DESIGN.md §6), stable key order, UTF-8 text."""
    return to_json_text(metric_set)


# --- the report model -------------------------------------------------------------------------


class OutputFormat(Enum):
    """A packet format ``wbr render --to`` can write."""

    HTML = "html"
    """Self-contained HTML with interactive charts."""
    PDF = "pdf"
    """PDF for email, compiled by Typst (or Quarto)."""
    QMD = "qmd"
    """A Quarto document and its chart assets, to edit and render yourself."""


class Engine(Enum):
    """Which program renders HTML and PDF."""

    AUTO = "auto"
    """Quarto when it is installed, else the built-in engines."""
    BUILTIN = "builtin"
    """Jinja2 HTML and the typst Python package."""
    QUARTO = "quarto"
    """The ``quarto`` executable (``QUARTO_PATH``, then ``PATH``)."""


DEFAULT_FORMATS = (OutputFormat.HTML, OutputFormat.PDF)


@dataclass(frozen=True, slots=True)
class ReportMetricBlock:
    """A metric's 6-12 chart and summary box."""

    result: MetricResult


@dataclass(frozen=True, slots=True)
class ReportTableBlock:
    """Several metrics over the six weeks (plus QTD, YTD) or the twelve months."""

    results: tuple[MetricResult, ...]
    period: TablePeriod
    title: str | None = None


@dataclass(frozen=True, slots=True)
class ReportFunnelBlock:
    """A funnel block (issue #10 §1), its numbers from the metric set (``funnels``)."""

    funnel: Funnel


@dataclass(frozen=True, slots=True)
class ReportParetoBlock:
    """Issue #10 §2: a Pareto of categories of one total (wbr.pareto)."""

    result: ParetoResult


@dataclass(frozen=True, slots=True)
class ReportUnitEconomicsBlock:
    """Issue #10 §3: unit economics per breakdown value (wbr.unit_economics)."""

    result: UnitEconomicsResult


ReportBlock = (
    ReportMetricBlock
    | ReportTableBlock
    | ReportFunnelBlock
    | ReportParetoBlock
    | ReportUnitEconomicsBlock
)


@dataclass(frozen=True, slots=True)
class ReportSection:
    """A titled part of the packet, its blocks resolved to metric results."""

    title: str
    blocks: tuple[ReportBlock, ...]


@dataclass(frozen=True, slots=True)
class Report:
    """Everything a packet shows for one week; renderers only format it."""

    project: Project
    metric_set: MetricSet
    glance: Glance
    commentary: Mapping[str, str]  # metric id → the owner's note for the week
    annotations: tuple[Annotation, ...]
    sections: tuple[ReportSection, ...]
    generated_at: dt.datetime
    actions: ActionsWeek | None = None  # the actions register relative to the week (issue #10)
    notes: tuple[FlaggedNote, ...] = ()  # the owners' commentary on what page 1 flags (#10)

    @property
    def week_ending(self) -> dt.date:
        return self.metric_set.week_ending

    @property
    def stem(self) -> str:
        """``wbr-YYYY-MM-DD``: the file name of every packet format."""
        from wbr.delivery import Packet

        return Packet(Path(), self.week_ending).stem


def build_report(
    project: Project,
    week_ending: dt.date | None = None,
    generated_at: dt.datetime | None = None,
    data: LoadedData | None = None,
) -> Report:
    """Compute the week and gather commentary, annotations, *At a glance* and the layout.

    ``generated_at`` is the time printed on the cover; the caller passes it (the library never reads
    the clock), and without it the cover shows the week's last moment, which keeps output
    reproducible.
    """
    from wbr.actions import actions_week, load_actions
    from wbr.glance import build_glance

    cfg = project.config
    ids = {d.id for d in project.metrics}
    annotations = load_annotations(cfg.annotations, ids)
    metric_set = build_metric_set(project, week_ending, data, annotations)
    commentary = load_commentary(
        commentary_path(cfg.commentary_dir, metric_set.week_ending) if cfg.commentary_dir else None,
        ids,
    )
    if generated_at is None:
        generated_at = dt.datetime.combine(metric_set.week_ending, dt.time(23, 59), tzinfo=dt.UTC)
    glance = build_glance(metric_set, commentary)
    return Report(
        project=project,
        metric_set=metric_set,
        glance=glance,
        commentary=commentary,
        annotations=annotations,
        sections=resolve_sections(project, metric_set),
        generated_at=generated_at,
        actions=actions_week(
            load_actions(cfg.actions, {r.metric.id for r in metric_set.metrics}),
            metric_set.week_ending,
        )
        if cfg.actions
        else None,
        notes=notes_of(glance, metric_set, commentary),
    )


def notes_of(
    glance: Glance, metric_set: MetricSet, commentary: Mapping[str, str]
) -> tuple[FlaggedNote, ...]:
    """The owners' commentary (or its absence) for every Goodhart alert and missed target."""
    from wbr.actions import flagged_notes

    flagged = [
        (p.metric, p.metric_label, f"Goodhart {p.status}")
        for p in glance.pairs
        if p.status == "alert"
    ]
    flagged += [(x.metric, x.label, "missed target") for x in glance.misses]
    owners = {r.metric.id: r.metric.owner for r in metric_set.metrics}
    return flagged_notes(flagged, owners, commentary)


def resolve_sections(project: Project, metric_set: MetricSet) -> tuple[ReportSection, ...]:
    """The configured ``sections``; without them one section per metric file, in file order."""
    by_id = {r.metric.id: r for r in metric_set.metrics}
    configured = project.config.sections
    if configured:
        funnels = iter(metric_set.funnels)  # deck order, as wbr.funnel computed them
        econ = (iter(metric_set.pareto), iter(metric_set.unit_economics))  # in deck order
        return tuple(_resolve(section, by_id, funnels, econ) for section in configured)
    files: dict[str, list[MetricResult]] = {}
    for result in metric_set.metrics:
        if result.metric.parent is None:  # breakdowns show only where a section names them
            files.setdefault(result.metric.file, []).append(result)
    return tuple(
        ReportSection(
            title=section_title(file),
            blocks=tuple(ReportMetricBlock(r) for r in results),
        )
        for file, results in files.items()
    )


def section_title(metric_file: str) -> str:
    """metrics/unit_economics.yaml → 'Unit economics'."""
    stem = Path(metric_file).stem.replace("_", " ").replace("-", " ").strip()
    return stem[:1].upper() + stem[1:] if stem else "Metrics"


def _resolve(
    section: Section,
    by_id: Mapping[str, MetricResult],
    funnels: Iterator[Funnel],
    econ: tuple[Iterator[ParetoResult], Iterator[UnitEconomicsResult]] = (iter(()), iter(())),
) -> ReportSection:
    blocks: list[ReportBlock] = []
    for block in section.blocks:
        if isinstance(block, MetricBlock):
            blocks.append(ReportMetricBlock(by_id[block.metric]))
        elif isinstance(block, TableBlock):
            blocks.append(
                ReportTableBlock(tuple(by_id[m] for m in block.metrics), block.period, block.title)
            )
        elif isinstance(block, FunnelBlock):
            blocks.append(ReportFunnelBlock(next(funnels)))
        elif isinstance(block, ParetoBlock):
            blocks.append(ReportParetoBlock(next(econ[0])))
        elif isinstance(block, UnitEconomicsBlock):
            blocks.append(ReportUnitEconomicsBlock(next(econ[1])))
    return ReportSection(section.title, tuple(blocks))


# --- writing packets ---------------------------------------------------------------------------

Progress = Callable[[int], None]
"""Called with how many steps just finished (see :func:`count_steps`), for a progress bar."""


def output_paths(report: Report, out_dir: Path, folder: Path | None = None) -> dict[str, Path]:
    """Where each output of one week goes (a contract with delivery: email and archive).

    ``folder`` replaces the week's folder (``<out_dir>/<YYYY-MM-DD>``): the staging folder.
    """
    from wbr.delivery import Packet, packet_for

    packet = packet_for(out_dir, report.week_ending)
    if folder is not None:
        packet = Packet(folder, report.week_ending)
    return {
        "dir": packet.folder,
        "html": packet.html,
        "pdf": packet.pdf,
        "qmd": packet.qmd,
        "charts": packet.folder / "charts",
        "json": packet.metrics_json,
        "cache": out_dir / ".cache",  # shared by all weeks: the Vega runtime, chart SVGs
    }


def chart_count(report: Report) -> int:
    """How many charts the packet has: a 6-12 chart per metric block, plus a process behaviour
    chart for each block ``signals.charts`` selects (issue #8)."""
    from wbr.process_chart import chart_mode, wants_process_chart

    blocks = [b for s in report.sections for b in s.blocks if isinstance(b, ReportMetricBlock)]
    settings = report.project.config.signals
    xmr = sum(wants_process_chart(b.result, chart_mode(settings, b.result.metric)) for b in blocks)
    pareto = sum(isinstance(b, ReportParetoBlock) for s in report.sections for b in s.blocks)
    return len(blocks) + xmr + pareto


def count_steps(report: Report, formats: Sequence[OutputFormat]) -> int:
    """The total :func:`write_outputs` reports to ``progress``: charts, chart exports, files."""
    wanted = set(formats)
    charts = chart_count(report)
    exports = charts if wanted & {OutputFormat.PDF, OutputFormat.QMD} else 0
    return charts + exports + len(wanted) + 1


def write_outputs(
    report: Report,
    formats: Sequence[OutputFormat] = DEFAULT_FORMATS,
    out_dir: Path | None = None,
    engine: Engine = Engine.BUILTIN,
    progress: Progress | None = None,
) -> list[Path]:
    """Render ``formats`` and ``metrics.json`` into ``<out_dir>/<YYYY-MM-DD>/``; return the paths.

    ``out_dir`` defaults to the config's ``output_dir``; ``<out_dir>/.cache`` keeps the Vega
    runtime and the chart SVGs between runs. ``engine`` AUTO uses Quarto when it is installed.

    The packet is one unit (:mod:`wbr.render.staging`): every format is rendered into a temporary
    folder beside the week's folder, which then replaces the week's folder in one rename. A failure
    (a RenderError, a full disk) leaves the previous packet as it was. Formats not asked for this
    time are not kept from an earlier render (they would not match); other files in the folder,
    such as the email's ``sent.json``, are. The caller holds the project's run lock
    (:func:`wbr.delivery.lock.run_lock`), as ``wbr render`` and ``wbr run`` do.
    """
    from wbr.render.staging import staged_folder

    base = out_dir if out_dir is not None else report.project.config.output_dir
    final = output_paths(report, base)
    prepare_output_dir(base)
    owned = {final[k].name for k in ("html", "pdf", "qmd", "charts", "json")}
    owned |= {f"{report.stem}_files", f"{report.stem}.typ"}  # Quarto's by-products
    try:
        with staged_folder(final["dir"], owned) as tmp:
            staged = {**final, **output_paths(report, base, folder=tmp)}
            written = _render_into(report, formats, staged, engine, progress)
    except OSError as exc:
        raise RenderError(
            f"cannot write the packet in {final['dir']}: {_os_reason(exc)}; "
            "the previous packet (if any) is unchanged"
        ) from None
    return [final["dir"] / p.name for p in written]  # every output sits in the week's folder


def prepare_output_dir(out_dir: Path) -> Path:
    """Create ``out_dir`` (and its parents) or raise RenderError naming it and the reason."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        if not os.access(out_dir, os.W_OK | os.X_OK):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(out_dir))
    except OSError as exc:
        raise RenderError(
            f"cannot write packets to {out_dir}: {_os_reason(exc)} "
            "(choose another -o/--output or output_dir in wbr.yaml)"
        ) from None
    return out_dir


def _os_reason(exc: OSError) -> str:
    """``No space left on device``, plus the file when it is not the folder itself."""
    reason = exc.strerror or str(exc)
    if exc.errno == errno.ENOSPC:
        reason += " (the disk is full: free some space and run again)"
    return reason


def _render_into(
    report: Report,
    formats: Sequence[OutputFormat],
    paths: Mapping[str, Path],
    engine: Engine,
    progress: Progress | None,
) -> list[Path]:
    """Write the packet's files at ``paths`` (the staging folder); return them in order."""
    from wbr.render.context import build_context

    def step(n: int = 1) -> None:
        if progress is not None:
            progress(n)

    wanted = list(dict.fromkeys(formats))
    quarto = _use_quarto(engine) and bool({OutputFormat.HTML, OutputFormat.PDF} & set(wanted))
    ctx = build_context(report, on_chart=step)
    written: list[Path] = []
    write_qmd = OutputFormat.QMD in wanted or quarto
    runtime = ""  # the Vega runtime, read once for the HTML and the .qmd
    if write_qmd or OutputFormat.HTML in wanted:
        from wbr.render.html import vega_runtime

        runtime = vega_runtime(paths["cache"])
    if write_qmd:
        written.extend(_write_qmd(ctx, paths, runtime, step))
        step()
    if quarto:
        from wbr.render.quarto import run_quarto

        targets = [f.value for f in wanted if f in (OutputFormat.HTML, OutputFormat.PDF)]
        written.extend(run_quarto(paths["qmd"], targets))
        step(len(targets))
    else:
        if OutputFormat.HTML in wanted:
            from wbr.render.html import render_html

            written.append(write_atomic(paths["html"], render_html(ctx, runtime)))
            step()
        if OutputFormat.PDF in wanted:
            from wbr.render.typst import render_pdf

            # the .qmd (written first) already exported the charts and counted them
            exported = None if OutputFormat.QMD in wanted else step
            written.append(
                render_pdf(ctx, paths["pdf"], paths["cache"] / "charts", progress=exported)
            )
            step()
    written.append(write_atomic(paths["json"], metric_set_json(report.metric_set)))
    step()
    return written


def _use_quarto(engine: Engine) -> bool:
    """Quarto for --engine quarto (RenderError with install hints when absent) or auto+present."""
    if engine is Engine.BUILTIN:
        return False
    from wbr.render.quarto import quarto_executable, require_quarto

    if engine is Engine.QUARTO:
        require_quarto()
        return True
    return quarto_executable() is not None


def _write_qmd(
    ctx: ReportContext, paths: Mapping[str, Path], runtime: str, step: Progress
) -> list[Path]:
    """The .qmd and its charts/ (chart SVGs from the shared cache); returns the .qmd path."""
    from wbr.render.quarto import render_qmd

    cache = paths["cache"] / "charts"
    return [render_qmd(ctx, paths["dir"], cache, runtime=runtime, progress=step)]
