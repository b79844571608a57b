"""``when_zero``: a ratio whose operand (a spend) is zero has no value, and says why (issue #10 §3).

Trade-show costs are booked on the show days, so in most weeks the trade-show spend is 0 while
badge scans still trickle in: ``spend / leads`` is then $0, which reads as free leads. A formula
metric may therefore say::

    cost_per_lead:
      formula: marketing_spend / leads
      when_zero: {operand: marketing_spend, reads: no spend booked}

In every period where ``marketing_spend`` is exactly 0 the metric is null (so its YoY, its limits
and its charts never treat the week as a $0 cost), and the packet shows "no spend booked" instead
of "$0" or "n/a". A metric whose formula reads such a metric (``ltv_to_cac`` reads
``customer_acquisition_cost``) inherits the words where that metric's operand is 0. With ``by``,
the operand is taken per value like the formula's (``marketing_spend.trade_show``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from wbr.formula import Expr


@dataclass(frozen=True, slots=True)
class WhenZero:
    """The operand whose zero leaves the metric without a value, and the words shown instead."""

    operand: str  # a metric id the formula reads (a breakdown child's: its own value's child)
    reads: str  # "no spend booked"


def parse_when_zero(
    raw: Any, formula: Expr | None, bad: Callable[[str, str], None]
) -> WhenZero | None:
    """``{operand: ID, reads: TEXT}`` on a formula metric; problems go to ``bad``."""
    if formula is None:
        bad("when_zero", "applies to formula metrics only (it names one of the formula's operands)")
        return None
    if not isinstance(raw, Mapping) or set(raw) != {"operand", "reads"}:
        bad("when_zero", "must be {operand: METRIC_ID, reads: TEXT}, e.g. "
            "{operand: marketing_spend, reads: no spend booked}")  # fmt: skip
        return None
    operand, reads = raw["operand"], raw["reads"]
    if not isinstance(reads, str) or not reads.strip():
        bad("when_zero", "'reads' must be the words shown instead of the value")
        return None
    if not isinstance(operand, str) or operand not in formula.refs():
        refs = ", ".join(sorted(formula.refs()))
        bad("when_zero", f"'operand' must be a metric the formula reads ({refs}); "
            f"got {operand!r}")  # fmt: skip
        return None
    return WhenZero(operand, reads.strip())


def mask_unbooked(
    value: npt.NDArray[np.float64], operand: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    """``value`` with every period whose operand is exactly 0 set to NaN (null)."""
    return np.where(operand == 0, np.nan, value)


def unbooked_words(
    metric_id: str,
    formulas: Mapping[str, tuple[Expr | None, WhenZero | None]],
    values_of: Callable[[str], Sequence[float | None]],
) -> list[str | None]:
    """Per period, the words a null shows: the ``reads`` of the first ``when_zero`` (the metric's
    own, then those of the formulas it reads) whose operand is 0 there; None elsewhere.

    ``formulas`` maps metric ids to (formula, when_zero); ``values_of`` returns a metric's values
    over the periods asked about (the same periods for every metric). One array comparison per
    ``when_zero`` on the way: no loop over periods.
    """
    found: list[tuple[str, str]] = []  # (operand id, words), nearest first
    stack, seen = [metric_id], {metric_id}
    while stack:
        formula, when_zero = formulas.get(stack.pop(0), (None, None))
        if when_zero is not None:
            found.append((when_zero.operand, when_zero.reads))
        for ref in sorted(formula.refs()) if formula is not None else ():
            if ref not in seen:
                seen.add(ref)
                stack.append(ref)
    periods = len(values_of(metric_id))
    words = np.full(periods, None, dtype=object)
    for operand, reads in reversed(found):  # the nearest one wins: written last
        raw = np.array([np.nan if v is None else v for v in values_of(operand)], dtype=float)
        words = np.where(raw == 0, reads, words)
    return list(words.tolist())
