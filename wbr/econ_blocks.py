"""The ``pareto`` and ``unit_economics`` blocks of ``wbr.yaml``'s sections (issue #10 §2, §3).

Parsing only (the shape of the mapping); the metric ids are checked against the catalogue by
:func:`check_econ_blocks` once the catalogue is loaded, and the numbers are computed by
:mod:`wbr.pareto` and :mod:`wbr.unit_economics`.

```yaml
- pareto: {total: orders_shipped, metrics: [orders_wrong_part, orders_incomplete], title: ...}
- unit_economics: {by: lead_source, period: last_12_months, metrics: [cost_per_lead, ...]}
```
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

from wbr.block_reader import Bad, BlockReader, reading

if TYPE_CHECKING:
    from wbr.schema import MetricDef


class EconPeriod(Enum):
    """The span a unit-economics table is judged on, always against the same span a year earlier."""

    LAST_4_WEEKS = "last_4_weeks"
    """The four weeks ending with the report week (vs the four weeks 364 days earlier)."""
    QTD = "qtd"
    """Quarter to date."""
    YTD = "ytd"
    """Year to date."""
    LAST_12_MONTHS = "last_12_months"
    """The twelve complete months up to the report week (vs the twelve before them)."""

    @property
    def words(self) -> str:
        return {
            "last_4_weeks": "last 4 weeks",
            "qtd": "quarter to date",
            "ytd": "year to date",
            "last_12_months": "last 12 months",
        }[self.value]


@dataclass(frozen=True, slots=True)
class ParetoBlock:
    """Defect categories of one total, as shares and in a sorted bar chart, for the report week."""

    total: str  # the metric the categories are a share of (orders shipped)
    metrics: tuple[str, ...]  # the categories (defect types), counted like the total
    title: str | None = None


@dataclass(frozen=True, slots=True)
class UnitEconomicsBlock:
    """Cost per unit, CAC, LTV and payback per breakdown value and in total, over one period."""

    by: str  # the breakdown column every metric shares (lead_source)
    metrics: tuple[str, ...]  # formula (or column) metrics broken down by it
    period: EconPeriod = EconPeriod.LAST_12_MONTHS
    title: str | None = None


PARETO_KEYS = ("metrics", "title", "total")
UNIT_KEYS = ("by", "metrics", "period", "title")


def parse_pareto(raw: Any, key: str, bad: Bad) -> ParetoBlock | None:
    """``{pareto: {total, metrics, title?}}``'s inner mapping."""
    with reading(key, bad):
        r = BlockReader.open(
            raw, "pareto", PARETO_KEYS, "a mapping {total: METRIC, metrics: [METRIC, ...]}"
        )
        total = r.required_text("total", "the metric the categories are a share of")
        metrics = r.ids("metrics", "a list of at least two category metric ids", at_least=2)
        r.check(
            len(set(metrics)) == len(metrics) and total not in metrics,
            "'metrics' must name each category once, and not the total",
        )
        return ParetoBlock(total, metrics, r.text("title"))
    return None


def parse_unit_economics(raw: Any, key: str, bad: Bad) -> UnitEconomicsBlock | None:
    """``{unit_economics: {by, metrics, period?, title?}}``'s inner mapping."""
    with reading(key, bad):
        r = BlockReader.open(
            raw, "unit_economics", UNIT_KEYS, "a mapping {by: COLUMN, metrics: [METRIC, ...]}"
        )
        by = r.required_text("by", "the breakdown column (e.g. lead_source)")
        metrics = r.ids("metrics", "a list of metric ids")
        period = r.choice("period", EconPeriod, EconPeriod.LAST_12_MONTHS)
        return UnitEconomicsBlock(by, metrics, period, r.text("title"))
    return None


ADDITIVE = frozenset({"sum", "count"})


def check_econ_blocks(
    blocks: Collection[tuple[str, ParetoBlock | UnitEconomicsBlock]],
    by_id: Mapping[str, MetricDef],
    invalid: Collection[str],
    problems: list[str],
) -> None:
    """What the catalogue must hold for each block; ``blocks`` are (where, block) pairs.

    Unknown category or unit-economics metric ids are reported by the project's generic check of
    ``metrics``; here: an unknown total, a ``by`` the metrics are not broken down by, and
    operands that cannot be added up over weeks or months (a median, a distinct count).
    """
    for where, block in blocks:
        if isinstance(block, ParetoBlock):
            if block.total not in by_id and block.total.split(".")[0] not in invalid:
                problems.append(f"{where}: pareto 'total' names unknown metric '{block.total}'")
            continue
        leaves: set[str] = set()
        for metric_id in block.metrics:
            d = by_id.get(metric_id)
            if d is None:
                continue  # unknown: reported once by the generic check
            if d.by is None or d.by.column != block.by:
                got = f"by '{d.by.column}'" if d.by is not None else "not at all"
                problems.append(
                    f"{where}: unit_economics is by '{block.by}', but '{metric_id}' is broken "
                    f"down {got} (give it by: {block.by})"
                )
                continue
            leaves |= _leaves(d, by_id)
        if block.period in (EconPeriod.QTD, EconPeriod.YTD):
            continue  # the engine's own periods: nothing is added up here
        unit = "weeks" if block.period is EconPeriod.LAST_4_WEEKS else "months"
        for leaf in sorted(leaves):
            agg = by_id[leaf].agg.value
            if agg not in ADDITIVE:
                problems.append(
                    f"{where}: unit_economics over the {block.period.words} adds up '{leaf}' "
                    f"(agg {agg}) over its {unit}, "
                    "which only sums and counts allow; use period qtd or ytd"
                )


def _leaves(d: MetricDef, by_id: Mapping[str, MetricDef]) -> set[str]:
    """The column metrics a formula reads, directly or through other formulas."""
    out: set[str] = set()
    stack, seen = [d.id], {d.id}
    while stack:
        current = by_id.get(stack.pop())
        if current is None:
            continue
        if current.formula is None:
            out.add(current.id)
            continue
        for ref in current.formula.refs():
            if ref not in seen:
                seen.add(ref)
                stack.append(ref.split(".")[0] if ref not in by_id else ref)
    return out
