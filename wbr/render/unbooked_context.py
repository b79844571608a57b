"""The words a table cell shows where nothing was booked (``when_zero``, issue #10 §3).

The engine has already made such a value null; here it gets its reason ("no spend booked")
instead of "n/a", so a reader never sees a free lead where the cost was simply booked elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping

from wbr.config import TablePeriod
from wbr.render.contract import Stat
from wbr.results import MetricResult
from wbr.unbooked import unbooked_words


def table_words(
    r: MetricResult, period: TablePeriod, by_id: Mapping[str, MetricResult]
) -> list[str | None]:
    """Per column of a table row (six weeks + QTD + YTD, or twelve months): the words or None."""
    formulas = {mid: (x.metric.formula, x.metric.when_zero) for mid, x in by_id.items()}

    def values_of(metric_id: str) -> list[float | None]:
        x = by_id.get(metric_id)
        if x is None:
            return [None] * (8 if period is TablePeriod.WEEKS else 12)
        if period is TablePeriod.WEEKS:
            return [w.value for w in x.weeks] + [x.summary.qtd, x.summary.ytd]
        return [mo.value for mo in x.months]

    return unbooked_words(r.metric.id, formulas, values_of)


def say_unbooked(values: list[Stat], words: list[str | None]) -> None:
    """Put the words in place of "n/a" in the cells that have them (the value is null there)."""
    for stat, said in zip(values, words, strict=True):
        if said is not None and stat["raw"] is None:
            stat["text"] = said
            stat["tone"] = "na"
