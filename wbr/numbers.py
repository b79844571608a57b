"""Numbers as exports write them: thousands separators, a decimal comma, currency signs, overflow.

One reading for every place that turns data text into numbers: a metric's column
(:func:`parse_numbers`, with warnings) and a numeric filter's comparison (:func:`to_numbers`), so
``{visits: {ge: 1300}}`` matches a cell written ``"1,300"`` exactly as the metric would count it.

A separator is only taken as one where it groups thousands (``1,300``, ``1,000,000.5``); ``"1,5"``
is not a thousands-grouped number, so without ``decimal: ","`` on the source it is reported and
treated as missing rather than silently read as 15. Values that overflow a float (``1e309``) or
are written as ``inf`` are not numbers a business reports: they are warned about and missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

CURRENCY = "$€£"


@dataclass(frozen=True, slots=True)
class Separators:
    """How a source writes numbers: the thousands separator and the decimal mark."""

    thousands: str | None = None  # None: ',' (or '.' when the decimal mark is ',')
    decimal: str | None = None  # None: '.' (or ',' when thousands are separated by '.')

    @property
    def mark(self) -> str:
        return self.decimal or ("," if self.thousands == "." else ".")

    @property
    def group(self) -> str:
        return self.thousands or ("." if self.mark == "," else ",")


@dataclass(frozen=True, slots=True)
class Reading:
    """A column read as numbers, with the cells that had to be treated as missing."""

    values: pd.Series  # float64, NaN where missing
    not_numbers: pd.Series  # bool: text that is no number at all
    ungrouped: pd.Series  # bool: a separator that does not group thousands ('1,5')
    non_finite: pd.Series  # bool: inf, -inf, 1e309


def read_numbers(raw: pd.Series, seps: Separators = Separators()) -> Reading:
    """Read numbers or number text; every cell that is not a finite number is flagged."""
    if pd.api.types.is_numeric_dtype(raw.dtype) and not pd.api.types.is_bool_dtype(raw.dtype):
        values = raw.astype("float64")
        none = pd.Series(False, index=raw.index)
        non_finite = pd.Series(np.isinf(values.to_numpy()), index=raw.index)
        return Reading(values.mask(non_finite), none, none, non_finite)
    text = raw.astype("string").str.strip()
    present = text.notna() & (text != "")
    cleaned = text
    for sign in CURRENCY:
        cleaned = cleaned.str.replace(sign, "", regex=False)
    group, mark = re.escape(seps.group), re.escape(seps.mark)
    has_group = cleaned.str.contains(group, regex=True).fillna(False).astype(bool)
    grouped = (
        cleaned.str.fullmatch(rf"[-+]?\d{{1,3}}(?:{group}\d{{3}})+(?:{mark}\d*)?")
        .fillna(False)
        .astype(bool)
    )
    ungrouped = has_group & ~grouped
    plain = cleaned.str.replace(seps.group, "", regex=False)
    if seps.mark != ".":
        plain = plain.str.replace(seps.mark, ".", regex=False)
    values = pd.to_numeric(plain.mask(ungrouped), errors="coerce").astype("float64")
    non_finite = pd.Series(np.isinf(values.to_numpy()), index=raw.index)
    not_numbers = values.isna() & present & ~ungrouped
    return Reading(values.mask(non_finite), not_numbers, ungrouped, non_finite)


def to_numbers(raw: pd.Series, seps: Separators = Separators()) -> pd.Series:
    """The column as floats, NaN wherever a cell is not a finite number (for comparisons)."""
    return read_numbers(raw, seps).values


def parse_numbers(
    raw: pd.Series, seps: Separators, where: str, problems: list[str], warnings: list[str]
) -> pd.Series | None:
    """A metric's column as floats: text is a problem; '1,5' and infinities are warned about.

    ``where`` names the source and column; line numbers count the header as line 1.
    """
    reading = read_numbers(raw, seps)
    if reading.not_numbers.any():
        at = int(reading.not_numbers.to_numpy().nonzero()[0][0])
        problems.append(
            f"{where} has a value that is not a number: {_cell(raw, at)} on line {at + 2}"
        )
        return None
    if reading.ungrouped.any():
        hint = (
            "if ',' is the decimal mark, set decimal: ',' on the source"
            if seps.group == ","
            else f"'{seps.group}' separates thousands in this source"
        )
        warnings.append(
            f"{where} has {_count(reading.ungrouped)} not written as a number with "
            f"'{seps.group}' between thousands, first {_cell(raw, _first(reading.ungrouped))} on "
            f"line {_first(reading.ungrouped) + 2} ({hint}); treated as missing"
        )
    if reading.non_finite.any():
        warnings.append(
            f"{where} has {_count(reading.non_finite)} too large to be a number (infinite), "
            f"first {_cell(raw, _first(reading.non_finite))} on line "
            f"{_first(reading.non_finite) + 2}; treated as missing"
        )
    return reading.values


def _first(mask: pd.Series) -> int:
    return int(mask.to_numpy().nonzero()[0][0])


def _count(mask: pd.Series) -> str:
    n = int(mask.sum())
    return "1 value" if n == 1 else f"{n:,} values"


def _cell(raw: pd.Series, at: int) -> str:
    text = str(raw.iloc[at]).strip()
    return repr(text if len(text) <= 40 else text[:37] + "...")
