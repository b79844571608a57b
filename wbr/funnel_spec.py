"""The funnel block's configuration (issue #10 §1): ``- funnel: {stages: [...], by: ...}``.

Parsed by ``config.py`` (the shape) and checked against the metric catalogue by ``project.py``
(unknown metrics, a stage without a count, a ``by`` the metrics are not broken down by). The
computation lives in :mod:`wbr.funnel`; this module reads no data, so the config layer stays light.

A funnel is a production line: its first stage is a count (leads), every later stage a count
(meetings, qualified opportunities, won deals) and the yield of the station that feeds it. The
yield is a metric of the catalogue, a formula ``passed / entered`` (``lead_to_meeting_rate`` =
``leads_met_14d / leads``): passed and entered give the station's defects (entered − passed).
A stage without ``yield`` uses the period ratio of its count to the previous stage's count.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wbr.block_reader import Bad, BlockReader, reading
from wbr.formula import Chain, Ref

if TYPE_CHECKING:  # config.py imports this module, and schema.py imports config.py
    from wbr.schema import MetricDef

STAGE_KEYS = frozenset({"count", "yield", "label"})
BLOCK_KEYS = frozenset({"stages", "by", "title"})
COUNT_UNITS = frozenset({"count"})


@dataclass(frozen=True, slots=True)
class FunnelStage:
    """One station of the line: its count metric and the yield metric that feeds it."""

    count: str
    yield_metric: str | None = None  # None: the period ratio count / previous stage's count
    label: str | None = None  # None: the count metric's label


@dataclass(frozen=True, slots=True)
class FunnelBlock:
    """A funnel block of a section: stages in line order, optionally per value of ``by``."""

    stages: tuple[FunnelStage, ...]
    by: str | None = None
    title: str | None = None


def parse_funnel(raw: Any, key: str, bad: Bad) -> FunnelBlock | None:
    """``raw`` is the mapping under ``funnel:``; report each problem through ``bad``."""
    with reading(key, bad):
        r = BlockReader.open(
            raw, "funnel", BLOCK_KEYS, "a mapping {stages: [...], by: COLUMN, title: TEXT}"
        )
        stages_raw = r.items(
            "stages",
            "a list of at least two stages (a count metric id, or {count: ID, yield: ID})",
            at_least=2,
        )
        by, title = r.text("by", "a column name"), r.text("title")
        # every stage says its own problem, under its own key
        parsed = [
            _parse_stage(item, f"{key}.funnel.stages[{i}]", bad)
            for i, item in enumerate(stages_raw, start=1)
        ]
        stages = [stage for stage in parsed if stage is not None]
        if len(stages) < len(parsed):
            return None
        if stages[0].yield_metric is not None:
            bad(f"{key}.funnel.stages[1]", "the first stage has no 'yield' (nothing feeds it)")
            return None
        return FunnelBlock(tuple(stages), by, title)
    return None


def _parse_stage(raw: Any, key: str, bad: Bad) -> FunnelStage | None:
    if isinstance(raw, str):
        return FunnelStage(raw)
    with reading(key, bad):
        r = BlockReader.open(
            raw, "", STAGE_KEYS, "a count metric id or {count: ID, yield: ID, label: TEXT}"
        )
        count = r.required_text(
            "count", "the id of the metric that counts the stage (e.g. meetings)"
        )
        yld = r.text("yield", "a metric id such as lead_to_meeting_rate")
        return FunnelStage(count, yld, r.text("label"))
    return None


def yield_parts(d: MetricDef) -> tuple[str, str] | None:
    """``(passed, entered)`` of a yield formula ``passed / entered``; None for any other shape."""
    f = d.formula
    if (
        isinstance(f, Chain)
        and isinstance(f.first, Ref)
        and len(f.rest) == 1
        and f.rest[0][0] == "/"
        and isinstance(f.rest[0][1], Ref)
    ):
        return f.first.name, f.rest[0][1].name
    return None


def check_funnel(block: FunnelBlock, by_id: Mapping[str, MetricDef]) -> list[str]:
    """Problems of a funnel against the catalogue, one sentence each (without the file prefix)."""
    problems: list[str] = []
    not_by: dict[str, MetricDef] = {}  # reported once, in one line
    for i, stage in enumerate(block.stages, start=1):
        where = f"funnel stage {i}"
        d = by_id.get(stage.count)
        if d is None:
            problems.append(f"{where} names unknown metric '{stage.count}'")
        elif d.unit not in COUNT_UNITS:
            problems.append(
                f"{where} has no count metric: '{stage.count}' is a {d.unit}, not a count "
                "(name the stage's count in 'count' and its rate in 'yield')"
            )
        elif block.by is not None and (d.by is None or d.by.column != block.by):
            not_by[d.id] = d
        if stage.yield_metric is None:
            continue
        y = by_id.get(stage.yield_metric)
        if y is None:
            problems.append(f"{where} names unknown metric '{stage.yield_metric}'")
            continue
        parts = yield_parts(y)
        if parts is None:
            problems.append(
                f"{where}: yield '{y.id}' must be a formula 'passed / entered' of two count "
                f"metrics (it is {y.formula_text or 'not a formula'!r})"
            )
            continue
        for ref in (y.id, *parts):
            r = by_id.get(ref.split(".", 1)[0])
            if block.by is not None and r is not None and (r.by is None or r.by.column != block.by):
                not_by[r.id] = r
    if not_by and block.by is not None:
        problems.append(_not_by(list(not_by.values()), block.by))
    return problems


def _not_by(defs: list[MetricDef], by: str) -> str:
    has = sorted({f"'{d.by.column}'" if d.by is not None else "nothing" for d in defs})
    ids = ", ".join(f"'{d.id}'" for d in defs)
    return (
        f"funnel 'by: {by}': the metrics do not break down by '{by}' ({ids}; they break down "
        f"by {' or '.join(has)})"
    )


def funnel_metric_ids(block: FunnelBlock, by_id: Mapping[str, MetricDef]) -> tuple[str, ...]:
    """Every metric id the funnel reads (counts, yields and their operands), in stage order."""
    ids: list[str] = []
    for stage in block.stages:
        ids.append(stage.count)
        if stage.yield_metric is not None:
            ids.append(stage.yield_metric)
            parts = yield_parts(by_id[stage.yield_metric])
            if parts is not None:
                ids.extend(parts)
    return tuple(dict.fromkeys(ids))


def with_conversion(metrics: tuple[str, ...], conversion: str) -> tuple[str, ...]:
    """A table's metrics with each one's conversion beside it (issue #10 §6, "per-source
    conversion beside Leads by source"): ``leads.web_form`` is followed by
    ``lead_to_meeting_rate.web_form``, ``leads`` by ``lead_to_meeting_rate``. Purely by name:
    ``project.py`` then checks that every id exists, as for any table."""
    out: list[str] = []
    for m in metrics:
        _, dot, value = m.partition(".")
        out += [m, f"{conversion}.{value}" if dot else conversion]
    return tuple(dict.fromkeys(out))
