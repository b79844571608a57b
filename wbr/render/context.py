"""Report → :class:`ReportContext` (typed in :mod:`wbr.render.contract`), what every template reads.

Numbers are final before this runs; here they are only picked and formatted. Every displayed
number comes as a pre-formatted string (``text``: "12.3K", "+120 bps", "n/a") next to its raw
value (``raw``, None when missing), with a ``tone`` chosen by the metric's direction (never by
sign) and an ``arrow`` so colour is never the only cue. User text (labels, definitions, commentary,
annotations, titles) is passed raw: each backend escapes it for its own syntax.

Key map (what a template can rely on):

* top: ``title stem week_ending week_ending_text week_number week_label fiscal_label
  generated_at generated_text headline paper year prior_year chart_count``
* ``sources``: freshness of each source (``name last_date_text lag_days stale text``)
* ``glance``: *At a glance* (``headline summary pairs signals misses routine warnings quiet
  alert_count watch_count signal_count``; ``movers`` stays, always empty, for older templates)
* ``toc``: ``anchor title count`` per section
* ``sections[].blocks[]``: ``kind`` "metric" (``metric`` + ``chart`` + ``process_chart``, the
  XmR chart or None) or "table" (``table``)
* ``metric.signal``: was last week a signal or routine variation, in words (issue #8)
* ``sections[].notes``: the events the section's charts mark, each once (its footnotes)
* ``appendix``: a :class:`MetricCtx` per metric in deck order, breakdown children after their
  parent (``parent``, ``by_label``)
* ``charts``: every chart of the packet in document order (``id metric_id spec``)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from wbr.charts import chart_spec
from wbr.process_chart import (
    PACKET_MR_HEIGHT,
    PACKET_WIDTH,
    PACKET_X_HEIGHT,
    chart_mode,
    process_chart_spec,
    wants_process_chart,
)
from wbr.render.actions_context import actions_context, open_actions
from wbr.render.contract import BlockCtx, ChartCtx, ReportContext, SectionCtx, SourceCtx
from wbr.render.econ_context import econ_block
from wbr.render.funnel_context import funnel_context
from wbr.render.glance_context import glance_context
from wbr.render.layout_context import deck_order, event_numbers, section_notes
from wbr.render.metric_context import metric_context
from wbr.render.pair_context import pair_context, place_pairs
from wbr.render.table_context import table_context
from wbr.report import Report, ReportFunnelBlock, ReportMetricBlock, ReportTableBlock
from wbr.results import MetricSet


def build_context(report: Report, on_chart: Callable[[], None] | None = None) -> ReportContext:
    """Flatten a Report into the template contract; ``on_chart`` is called per chart built."""
    ms = report.metric_set
    we = ms.week_ending
    by_id = {r.metric.id: r for r in ms.metrics}
    charted = [
        b.result for s in report.sections for b in s.blocks if isinstance(b, ReportMetricBlock)
    ]
    numbers = event_numbers(charted, report.annotations)  # one number per event, every chart
    metrics = {
        r.metric.id: metric_context(r, ms, report.commentary, report.annotations, numbers)
        for r in ms.metrics
    }
    labels = {r.metric.id: r.metric.label for r in ms.metrics}
    for mid, mctx in metrics.items():
        mctx["actions"] = open_actions(report.actions, mid, labels)
    sections: list[SectionCtx] = []
    charts: list[ChartCtx] = []
    placed = 0  # 6-12 charts so far: their ids do not depend on the process behaviour charts
    for i, section in enumerate(report.sections, start=1):
        blocks: list[BlockCtx] = []
        for block in section.blocks:
            if isinstance(block, ReportMetricBlock):
                mid = block.result.metric.id
                chart: ChartCtx = {
                    "id": f"chart-{placed + 1}-{mid}",
                    "metric_id": mid,
                    "spec": chart_spec(block.result, report.annotations, numbers=numbers),
                }
                charts.append(chart)
                placed += 1
                metrics[mid]["placed"] = True
                if on_chart is not None:
                    on_chart()
                process: ChartCtx | None = None
                mode = chart_mode(report.project.config.signals, block.result.metric)
                if wants_process_chart(block.result, mode):
                    process = {
                        "id": f"{chart['id']}-xmr",  # the 6-12 chart ids stay as they were
                        "metric_id": mid,
                        "spec": process_chart_spec(
                            block.result,
                            width=PACKET_WIDTH,
                            x_height=PACKET_X_HEIGHT,
                            mr_height=PACKET_MR_HEIGHT,
                        ),
                    }
                    charts.append(process)
                    if on_chart is not None:
                        on_chart()
                blocks.append(
                    {
                        "kind": "metric",
                        "metric": metrics[mid],
                        "chart": chart,
                        "table": None,
                        "process_chart": process,
                        "pareto": None,
                        "unit_economics": None,
                    }
                )
            elif isinstance(block, ReportTableBlock):
                blocks.append(
                    {
                        "kind": "table",
                        "metric": None,
                        "chart": None,
                        "table": table_context(block, we, by_id),
                        "process_chart": None,
                        "pareto": None,
                        "unit_economics": None,
                    }
                )
            elif isinstance(block, ReportFunnelBlock):  # issue #10 §1
                blocks.append(
                    {
                        "kind": "funnel",
                        "metric": None,
                        "chart": None,
                        "table": None,
                        "process_chart": None,
                        "funnel": funnel_context(block.funnel),
                    }
                )
            else:  # pareto and unit_economics (issue #10 §2, §3): wbr.render.econ_context
                blocks.append(econ_block(block, f"chart-{i}-{len(blocks) + 1}", charts, on_chart))
        shown = [b["metric"] for b in blocks if b["kind"] == "metric" and b["metric"] is not None]
        sections.append(
            {
                "anchor": f"s-{i}",
                "title": section.title,
                "blocks": blocks,
                "notes": section_notes(shown),
            }
        )
    # each pair drawn once, in its target metric's block (needs to know which metrics are placed)
    panels = {
        (p.metric, p.counter_metric, seen): pair_context(p, ms, seen)
        for p in ms.pairs
        for seen in (p.metric, p.counter_metric)
    }
    place_pairs(ms.pairs, metrics, panels)
    return {
        "title": ms.title,
        "stem": report.stem,
        "week_ending": we.isoformat(),
        "week_ending_text": f"{we.day} {we:%B %Y}",
        "week_number": ms.week_number,
        "week_label": f"Week {ms.week_number}",
        "fiscal_label": ms.fiscal_label,
        "generated_at": report.generated_at.isoformat(timespec="minutes"),
        "generated_text": _datetime_text(report.generated_at),
        "headline": report.glance.headline,
        "paper": report.project.config.paper,
        "year": ms.legend_year,
        "prior_year": ms.legend_year - 1,
        "sources": source_context(ms),
        "glance": glance_context(report.glance),
        "toc": [
            {
                "anchor": s["anchor"],
                "title": s["title"],
                "count": len(s["blocks"]),
            }
            for s in sections
        ],
        "sections": sections,
        "appendix": deck_order(
            metrics, sections, {r.metric.id: r.metric.parent for r in ms.metrics}
        ),
        "charts": charts,
        "chart_count": len(charts),
        "actions": actions_context(report.actions, report.notes, labels),
    }


def source_context(ms: MetricSet) -> list[SourceCtx]:
    out: list[SourceCtx] = []
    we = ms.week_ending
    for src in ms.sources:
        lag = (we - src.last_date).days if src.last_date is not None else None
        if src.last_date is None:
            text = f"{src.name}: no data"
        elif lag is not None and lag > 0:
            days = f"{lag} day{'s' if lag != 1 else ''}"
            text = f"{src.name} through {src.last_date.day} {src.last_date:%b} ({days} short)"
        else:
            text = f"{src.name} through {src.last_date.day} {src.last_date:%b}"
        out.append(
            {
                "name": src.name,
                "first_date": src.first_date.isoformat() if src.first_date else None,
                "last_date": src.last_date.isoformat() if src.last_date else None,
                "last_date_text": f"{src.last_date.day} {src.last_date:%b %Y}"
                if src.last_date
                else "n/a",
                "rows": src.rows,
                "lag_days": lag,
                "stale": lag is None or lag > 0,
                "text": text,
            }
        )
    return out


def _datetime_text(when: dt.datetime) -> str:
    zone = when.tzname() or ""
    return f"{when.day} {when:%b %Y %H:%M} {zone}".strip()


__all__ = ["ReportContext", "build_context"]
