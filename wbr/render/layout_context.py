"""How the packet is laid out around its blocks: event numbers, section footnotes, appendix order.

* Chart annotations (events) are numbered once per packet, in date order, counting only the events
  some metric block's chart shows: the same event has the same number on every chart, so a section
  can list its events once (issue #10: the same two trade-show footnotes stood under all 19 charts).
* The appendix follows the deck: the metrics a section shows (its metric blocks and table rows)
  first, in the order the reader meets them, then the rest in catalogue order. A breakdown child
  (``leads.web_form``) follows its parent, so a template can group the children under it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from wbr.charts import chart_annotations
from wbr.notes import Annotation
from wbr.render.contract import AnnotationCtx, MetricCtx, SectionCtx
from wbr.results import MetricResult

EventKey = tuple[dt.date, str]


def event_key(a: Annotation) -> EventKey:
    """An event's identity for numbering: one row for every chart, or the same text per metric."""
    return (a.date, a.text)


def event_numbers(
    charted: Iterable[MetricResult], annotations: Sequence[Annotation]
) -> dict[EventKey, int]:
    """Each event some chart of ``charted`` shows → its number (1, 2, ... in date order)."""
    shown = {event_key(a) for r in charted for a in chart_annotations(r, annotations)}
    return {key: i for i, key in enumerate(sorted(shown), start=1)}


def annotation_ctx(a: Annotation, number: int) -> AnnotationCtx:
    return {
        "date": a.date.isoformat(),
        "date_text": f"{a.date.day} {a.date:%b %Y}",
        "text": a.text,
        "number": number,
    }


def section_notes(metrics: Iterable[MetricCtx]) -> list[AnnotationCtx]:
    """The events the section's charts show, each once, by number (the section's footnotes)."""
    notes: dict[int, AnnotationCtx] = {}
    for m in metrics:
        for a in m["annotations"]:
            notes.setdefault(a["number"], a)
    return [notes[n] for n in sorted(notes)]


def deck_order(
    metrics: Mapping[str, MetricCtx],
    sections: Sequence[SectionCtx],
    parents: Mapping[str, str | None],
) -> list[MetricCtx]:
    """Every metric once: the deck's (by first mention, parents pulled forward), then the rest.

    ``metrics`` is in catalogue order, where a breakdown's children follow their parent;
    ``parents`` maps a child id to its parent id (None for a metric that is no child).
    """
    groups: dict[str, None] = {}
    for section in sections:
        for block in section["blocks"]:
            metric, table = block.get("metric"), block.get("table")
            if block["kind"] == "metric" and metric is not None:
                ids = [metric["id"]]
            elif block["kind"] == "table" and table is not None:
                ids = [row["id"] for row in table["rows"]]
            else:
                ids = []  # other blocks (funnel, Pareto, ...) name their metrics themselves
            for mid in ids:
                groups.setdefault(parents.get(mid) or mid, None)
    for mid in metrics:
        groups.setdefault(parents.get(mid) or mid, None)
    children: dict[str, list[MetricCtx]] = {}
    for mid, m in metrics.items():
        parent = parents.get(mid)
        if parent is not None:
            children.setdefault(parent, []).append(m)
    ordered: list[MetricCtx] = []
    for key in groups:
        if key in metrics:
            ordered.append(metrics[key])
        ordered.extend(children.get(key, []))
    return ordered


__all__ = ["annotation_ctx", "deck_order", "event_key", "event_numbers", "section_notes"]
