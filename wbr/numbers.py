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
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
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


def parse_number_block(
    frame: pd.DataFrame,
    columns: Sequence[str],
    seps: Separators,
    where: str,
    problems: list[str],
    warnings: list[str],
) -> npt.NDArray[np.float64] | None:
    """A metric source's number columns as one float block (rows x ``columns``), NaN = missing.

    Text that is no number is a problem; '1,5' (without ``decimal: ','``) and infinities are
    warned about and missing. ``where`` names the source; line numbers count the header as 1.
    Columns the CSV reader already made numeric are checked together, in one numpy pass.
    """
    out = np.empty((len(frame), len(columns)), dtype=np.float64)
    dtypes = frame.dtypes  # once: frame[c] builds a Series, which 1,000 times costs 0.2 s
    is_number = {
        kind: pd.api.types.is_numeric_dtype(kind) and not pd.api.types.is_bool_dtype(kind)
        for kind in set(dtypes)
    }  # per distinct dtype (1,000 columns have one or two)
    direct = [j for j, c in enumerate(columns) if is_number[dtypes[c]]]
    if direct:
        names = [columns[j] for j in direct]
        wanted = set(names)
        # dropping the other columns and converting the rest in the file's order costs half of
        # selecting 1,000 columns by name; the block's columns are then put in ``columns`` order
        picked = frame.drop(columns=[c for c in frame.columns if c not in wanted])
        order = picked.columns.get_indexer(names)
        if np.array_equal(order, np.arange(len(names))):
            values = picked.to_numpy(np.float64, copy=True, na_value=np.nan)
        else:  # the fancy index copies
            values = picked.to_numpy(np.float64, na_value=np.nan)[:, order]
        infinite = np.isinf(values)
        for k in np.nonzero(infinite.any(axis=0))[0].tolist():
            rows = infinite[:, k]
            at = int(rows.argmax())
            warnings.append(
                _infinite(
                    f"{where}: column '{columns[direct[k]]}'",
                    rows.sum(),
                    repr(str(values[at, k])),
                    at,
                )
            )
        values[infinite] = np.nan
        out[:, direct] = values
    failed = False
    for j in sorted(set(range(len(columns))) - set(direct)):
        label = f"{where}: column '{columns[j]}'"
        parsed = parse_numbers(frame[columns[j]], seps, label, problems, warnings)
        if parsed is None:
            failed = True
        else:
            out[:, j] = parsed.to_numpy(dtype=np.float64, na_value=np.nan)
    return None if failed else out


def parse_numbers(
    raw: pd.Series, seps: Separators, where: str, problems: list[str], warnings: list[str]
) -> pd.Series | None:
    """One column as floats: text is a problem; '1,5' and infinities are warned about.

    ``where`` names the source and column; line numbers count the header as line 1.
    """
    reading = read_numbers(raw, seps)
    if reading.not_numbers.any():
        at = _first(reading.not_numbers)
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
        at = _first(reading.ungrouped)
        warnings.append(
            f"{where} has {_count(int(reading.ungrouped.sum()))} not written as a number with "
            f"'{seps.group}' between thousands, first {_cell(raw, at)} on line {at + 2} ({hint}); "
            "treated as missing"
        )
    if reading.non_finite.any():
        at = _first(reading.non_finite)
        warnings.append(_infinite(where, int(reading.non_finite.sum()), _cell(raw, at), at))
    return reading.values


def _infinite(where: str, n: int, first: str, at: int) -> str:
    return (
        f"{where} has {_count(n)} too large to be a number (infinite), first {first} on line "
        f"{at + 2}; treated as missing"
    )


def _first(mask: pd.Series) -> int:
    return int(mask.to_numpy().nonzero()[0][0])


def _count(n: int) -> str:
    return "1 value" if n == 1 else f"{n:,} values"


def _cell(raw: pd.Series, at: int) -> str:
    text = str(raw.iloc[at]).strip()
    return repr(text if len(text) <= 40 else text[:37] + "...")
