"""Parse and validate metric definition files (``metrics/*.yaml``) into typed, frozen objects.

Nothing here touches data: column and source checks against the actual files happen in
``loading.py``; cross-metric checks (unknown ids, cycles, pairs) happen in :func:`check_catalogue`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

import yaml

from wbr.block_reader import brief
from wbr.errors import ConfigError
from wbr.formula import Expr, FormulaSyntaxError, parse_formula
from wbr.schema_records import (
    BY_VALUE,
    Breakdown,
    Cohort,
    Duration,
    RecordFields,
    column_name,
    parse_by,
    parse_record_fields,
)
from wbr.signals.settings import SignalOverride, parse_matures_after, parse_signal_override
from wbr.unbooked import WhenZero, parse_when_zero
from wbr.yamlfile import read_yaml

METRIC_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class Direction(Enum):
    """Which way a metric should move."""

    HIGHER_IS_BETTER = "higher_is_better"
    """More is good (leads, revenue, win rate)."""
    LOWER_IS_BETTER = "lower_is_better"
    """Less is good (defect rate, cost per lead)."""

    @property
    def sign(self) -> int:
        """+1 when up is good, -1 when down is good."""
        return 1 if self is Direction.HIGHER_IS_BETTER else -1


class Aggregation(Enum):
    """How values combine within a day and within a period (records: within a period)."""

    SUM = "sum"
    """Additive amounts: counts, money."""
    MEAN = "mean"
    """Average of the daily values present."""
    MIN = "min"
    """Smallest value present."""
    MAX = "max"
    """Largest value present."""
    FIRST = "first"
    """Earliest value present (balances at period start)."""
    LAST = "last"
    """Latest value present (balances at period end)."""
    COUNT = "count"
    """Records that pass the filter (record-level sources)."""
    COUNT_DISTINCT = "count_distinct"
    """Distinct non-empty values of ``column`` among the period's records."""
    MEDIAN = "median"
    """Median of the period's record values."""
    PERCENTILE = "percentile"
    """The ``percentile:`` (0-100) of the period's record values, linearly interpolated."""

    @property
    def daily(self) -> bool:
        """Whether a table of daily totals can carry this aggregation (the original six)."""
        return self in DAILY_AGGS

    @property
    def per_period(self) -> bool:
        """Whether it must be computed from the period's records, not from daily values."""
        return self in PER_PERIOD_AGGS


DAILY_AGGS = frozenset(
    {Aggregation.SUM, Aggregation.MEAN, Aggregation.MIN, Aggregation.MAX, Aggregation.FIRST,
     Aggregation.LAST}
)  # fmt: skip
PER_PERIOD_AGGS = frozenset(
    {Aggregation.COUNT_DISTINCT, Aggregation.MEDIAN, Aggregation.PERCENTILE, Aggregation.MIN,
     Aggregation.MAX, Aggregation.FIRST, Aggregation.LAST}
)  # fmt: skip
"""On records these are taken per period (order statistics and distinct counts do not add up)."""


class Comparison(Enum):
    """How two values of a metric are compared."""

    PCT = "pct"
    """Relative change, (current - prior) / |prior|."""
    BPS = "bps"
    """Difference of two rates in basis points, (current - prior) * 10 000."""

    def delta(self, current: float | None, prior: float | None) -> float | None:
        """The change from ``prior`` to ``current`` by this comparison (DESIGN.md §4).

        None when either value is missing or, for pct, when ``prior`` is 0.
        :func:`wbr.engine.deltas` applies the same rule to arrays.
        """
        if current is None or prior is None:
            return None
        if self is Comparison.BPS:
            return (current - prior) * 10_000.0
        if prior == 0:
            return None
        return (current - prior) / abs(prior)


RATE_UNITS = frozenset({"percent", "ratio"})
UNITS = frozenset({"count", "currency", "percent", "ratio", "days", "hours", "number"})


class FilterOp(Enum):
    """Comparison operators allowed in a declarative filter."""

    EQ = "eq"
    NE = "ne"
    GT = "gt"
    GE = "ge"
    LT = "lt"
    LE = "le"
    IN = "in"
    NOT_IN = "not_in"
    NOT_NULL = "not_null"
    IS_NULL = "is_null"


@dataclass(frozen=True, slots=True)
class FilterClause:
    """One condition on a source column; a metric keeps rows where all clauses hold."""

    column: str
    op: FilterOp
    value: str | float | bool | tuple[str | float, ...]  # bool for not_null / is_null


class TargetKind(Enum):
    """The three ways to state a target."""

    COLUMN = "column"
    """A daily plan column, aggregated like the metric."""
    WEEKLY = "weekly"
    """A per-week amount for additive metrics, prorated by days for longer periods."""
    VALUE = "value"
    """A level (for rates and averages), the same for every period."""


@dataclass(frozen=True, slots=True)
class Target:
    """A metric's target."""

    kind: TargetKind
    column: str | None = None
    amount: float | None = None
    source: str | None = None  # a column target from another (daily) source, e.g. plans


@dataclass(frozen=True, slots=True)
class MetricDef:
    """One metric's validated definition."""

    id: str
    label: str
    unit: str
    direction: Direction
    comparison: Comparison
    file: str
    definition: str = ""
    owner: str = ""
    source: str | None = None
    column: str | None = None
    agg: Aggregation = Aggregation.SUM
    filters: tuple[FilterClause, ...] = ()
    formula: Expr | None = None
    formula_text: str | None = None
    target: Target | None = None
    counter_metrics: tuple[str, ...] = ()
    tolerance: float | None = None
    matures_after: int | None = None  # days until a period's value stops changing (issue #8)
    signals: SignalOverride | None = None  # per-metric `signals:` (None: the project's settings)
    date: str | None = None  # the column that dates each record (default: the source's)
    percentile: float | None = None  # 0-100, with agg percentile
    duration: Duration | None = None
    cohort: Cohort | None = None
    by: Breakdown | None = None
    parent: str | None = None  # a breakdown child's parent metric id ('leads' of 'leads.web_form')
    by_value: str | None = None  # a breakdown child's value of by.column
    when_zero: WhenZero | None = None  # null, with these words, where the operand is 0 (#10)

    @property
    def is_formula(self) -> bool:
        return self.formula is not None

    @property
    def reads_records(self) -> bool:
        """Whether this metric needs its source read as records rather than daily totals."""
        return (
            self.formula is None
            and (not self.agg.daily or self.duration is not None or self.cohort is not None
                 or self.date is not None)
        )  # fmt: skip

    @property
    def is_rate(self) -> bool:
        return self.unit in RATE_UNITS


METRIC_KEYS = frozenset(
    {
        "label", "definition", "owner", "unit", "direction", "source", "column", "agg",
        "filter", "formula", "target", "counter_metric", "tolerance", "compare",
        "matures_after", "signals",
        "date", "percentile", "duration", "cohort", "by", "when_zero",
    }
)  # fmt: skip


def load_metric_files(
    paths: Sequence[Path], base: Path, invalid: set[str] | None = None
) -> tuple[list[MetricDef], list[str]]:
    """Read metric files and return (definitions, problems); every problem names file, id, field.

    ``invalid``, when given, receives the ids that are defined but were rejected (their problems
    are already reported), so that later checks do not also call them unknown.
    """
    defs: list[MetricDef] = []
    problems: list[str] = []
    seen: dict[str, str] = {}
    for path in paths:
        shown = _display(path, base)
        try:
            raw = read_yaml(path, shown)
        except ConfigError as exc:  # not UTF-8
            problems.extend(exc.problems)
            continue
        except OSError as exc:
            problems.append(f"{shown}: cannot read ({exc.strerror})")
            continue
        except yaml.YAMLError as exc:
            problems.append(f"{shown}: not valid YAML ({_yaml_reason(exc)})")
            continue
        if raw is None:
            continue
        if not isinstance(raw, Mapping):
            problems.append(f"{shown}: must be a mapping of metric id to definition")
            continue
        for metric_id, body in raw.items():
            where = f"{shown}: metric '{metric_id}'"
            if not isinstance(metric_id, str) or not METRIC_ID.match(metric_id):
                problems.append(
                    f"{where}: id must be letters, digits and underscores, "
                    "not starting with a digit"
                )
                continue
            if metric_id in seen:
                problems.append(
                    f"{where}: duplicate metric id (first defined in {seen[metric_id]})"
                )
                continue
            seen[metric_id] = shown
            parsed = parse_metric(metric_id, body, shown, problems)
            if parsed is not None:
                defs.append(parsed)
            elif invalid is not None:
                invalid.add(metric_id)
    return defs, problems


def parse_metric(metric_id: str, body: Any, file: str, problems: list[str]) -> MetricDef | None:
    """Validate one metric's mapping; append problems and return None when it is unusable."""
    where = f"{file}: metric '{metric_id}'"
    if not isinstance(body, Mapping):
        problems.append(f"{where}: definition must be a mapping")
        return None
    start = len(problems)

    def bad(field: str, message: str) -> None:
        problems.append(f"{where}: '{field}' {message}")

    for key in body:
        if key not in METRIC_KEYS:
            bad(str(key), f"is not a known field (known: {', '.join(sorted(METRIC_KEYS))})")

    label = body.get("label")
    if not isinstance(label, str) or not label.strip():
        bad("label", "is required and must be text")
    unit = body.get("unit", "count")
    if not isinstance(unit, str) or unit not in UNITS:
        bad("unit", f"must be one of {', '.join(sorted(UNITS))} (got {brief(unit)})")
        unit = "count"
    direction = _enum(Direction, body.get("direction"), "direction", bad, required=True)
    compare_raw = body.get("compare")
    comparison = (
        _enum(Comparison, compare_raw, "compare", bad)
        if compare_raw is not None
        else (Comparison.BPS if unit in RATE_UNITS else Comparison.PCT)
    )
    for text_field in ("definition", "owner"):
        if text_field in body and not isinstance(body[text_field], str):
            bad(text_field, "must be text")

    formula_text = body.get("formula")
    formula: Expr | None = None
    source = body.get("source")
    column = body.get("column")
    agg = Aggregation.SUM
    filters: tuple[FilterClause, ...] = ()
    record = RecordFields()
    if formula_text is not None:
        for field in ("source", "column", "agg", "filter", "date", "percentile", "duration",
                      "cohort"):  # fmt: skip
            if field in body:
                bad(field, "cannot be combined with 'formula' (a formula reads other metrics)")
        if not isinstance(formula_text, str):
            bad("formula", "must be text such as 'meetings / leads'")
        else:
            try:
                formula = parse_formula(formula_text)
            except FormulaSyntaxError as exc:
                bad("formula", f"is not valid: {exc}")
    else:
        if not isinstance(source, str) or not source:
            bad("source", "is required (or give a 'formula')")
        default_agg = "percentile" if "percentile" in body and "agg" not in body else "sum"
        agg = _enum(Aggregation, body.get("agg", default_agg), "agg", bad) or Aggregation.SUM
        record = parse_record_fields(body, agg.value, bad)
        needs_column = agg is not Aggregation.COUNT and record.duration is None
        if needs_column and (not isinstance(column, str) or not column):
            bad("column", "is required (or give a 'formula', 'duration', or agg: count)")
        if column is not None and not (isinstance(column, str) and column):
            bad("column", "must be a column name")
        filters = _parse_filter(body.get("filter"), bad)
    by = parse_by(body.get("by"), bad) if "by" in body else None
    when_zero = parse_when_zero(body["when_zero"], formula, bad) if "when_zero" in body else None

    target = _parse_target(body.get("target"), bad)
    counter_raw = body.get("counter_metric")
    counters: tuple[str, ...] = ()
    if counter_raw is not None:
        items = [counter_raw] if isinstance(counter_raw, str) else counter_raw
        if not isinstance(items, list) or not all(isinstance(c, str) for c in items) or not items:
            bad("counter_metric", "must be a metric id or a list of metric ids")
        else:
            counters = tuple(items)
    if target is not None and not counters:
        bad(
            "counter_metric",
            "is required when a target is set: name the metric that would reveal gaming "
            "of this target (Goodhart's law)",
        )
    if metric_id in counters:
        bad("counter_metric", "cannot be the metric itself")
    tolerance = body.get("tolerance")
    if tolerance is not None and (not _finite(tolerance) or tolerance < 0):
        bad("tolerance", "must be a non-negative number (a fraction for pct, bps for bps)")
        tolerance = None
    matures_after = parse_matures_after(body.get("matures_after"), bad)
    if matures_after is None and record.cohort is not None:
        # a cohort's period is final once its last record's window has passed (issue #9 §2)
        matures_after = record.cohort.within_days or None
    signals = parse_signal_override(body.get("signals"), bad)

    if len(problems) > start or direction is None or comparison is None:
        return None
    return MetricDef(
        id=metric_id,
        label=str(label).strip(),
        unit=str(unit),
        direction=direction,
        comparison=comparison,
        file=file,
        definition=str(body.get("definition", "") or "").strip(),
        owner=str(body.get("owner", "") or "").strip(),
        source=source if formula is None else None,
        column=column if formula is None else None,
        agg=agg,
        filters=filters,
        formula=formula,
        formula_text=formula_text if formula is not None else None,
        target=target,
        counter_metrics=counters,
        tolerance=float(tolerance) if tolerance is not None else None,
        matures_after=matures_after,
        signals=signals,
        date=record.date,
        percentile=record.percentile,
        duration=record.duration,
        cohort=record.cohort,
        by=by,
        when_zero=when_zero,
    )


def check_catalogue(
    defs: Sequence[MetricDef], problems: list[str], invalid: Collection[str] = ()
) -> None:
    """Cross-metric checks: formula references, cycles, counter-metrics.

    Ids in ``invalid`` are defined but rejected (already reported): references to them are not
    reported again as unknown.
    """
    by_id = {d.id: d for d in defs}
    for d in defs:
        where = f"{d.file}: metric '{d.id}'"
        if d.formula is not None:
            for ref in sorted(d.formula.refs()):
                if not names_metric(ref, by_id) and parent_id(ref) not in invalid:
                    problems.append(f"{where}: 'formula' uses unknown metric '{ref}'")
            if d.by is not None:
                _check_by_formula(d, by_id, problems)
        for counter in d.counter_metrics:
            if not names_metric(counter, by_id) and parent_id(counter) not in invalid:
                problems.append(f"{where}: 'counter_metric' names unknown metric '{counter}'")
        if d.target is not None and d.target.kind is TargetKind.COLUMN and d.is_formula:
            problems.append(
                f"{where}: 'target' column targets need a column metric; "
                "use {value: ...} for a formula"
            )
    for cycle in _find_cycles(by_id):
        d = by_id[cycle[0]]
        problems.append(
            f"{d.file}: metric '{d.id}': 'formula' is circular ({' -> '.join(cycle + [cycle[0]])})"
        )


def parent_id(ref: str) -> str:
    """'leads.web_form' → 'leads'; an ordinary id is its own parent."""
    return ref.split(".", 1)[0]


def names_metric(ref: str, by_id: Mapping[str, MetricDef]) -> bool:
    """Whether ``ref`` is a defined metric or a breakdown of one (``leads.web_form``).

    A breakdown whose values are discovered in the data may name any value; one with listed
    ``values`` only those.
    """
    if ref in by_id:
        return True
    parent, _, value = ref.partition(".")
    d = by_id.get(parent)
    if d is None or d.by is None or not BY_VALUE.match(value):
        return False
    return not d.by.values or value in {v for v, _ in d.by.values}


def _check_by_formula(d: MetricDef, by_id: Mapping[str, MetricDef], problems: list[str]) -> None:
    """A ``by`` formula is taken per value from its operands' breakdowns by the same column;
    an operand without ``by`` (a company-wide figure) is used whole for every value."""
    assert d.formula is not None and d.by is not None
    column = d.by.column
    broken_down = 0
    for ref in sorted(d.formula.refs()):
        operand = by_id.get(ref)
        if operand is None:
            if names_metric(ref, by_id):
                problems.append(
                    f"{d.file}: metric '{d.id}': 'by' formula reads the breakdown '{ref}'; "
                    f"name the whole metric '{parent_id(ref)}' (it is taken per {column} value)"
                )
            continue
        if operand.by is None:
            continue
        broken_down += 1
        if operand.by.column != column:
            problems.append(
                f"{d.file}: metric '{d.id}': 'by: {column}' needs its operands broken down by "
                f"'{column}', but '{ref}' is broken down by '{operand.by.column}'"
            )
    if not broken_down and all(r in by_id for r in d.formula.refs()):
        problems.append(
            f"{d.file}: metric '{d.id}': 'by: {column}' needs at least one operand broken down "
            f"by '{column}' (give it by: {column})"
        )


def formula_order(defs: Sequence[MetricDef]) -> list[MetricDef]:
    """Formula metrics in dependency order (inputs before the formulas that read them).

    Depth-first with an explicit stack: a chain of 1,500 formulas, each reading the one before,
    would pass Python's recursion limit.
    """
    by_id = {d.id: d for d in defs}
    order: list[MetricDef] = []
    done: set[str] = set()
    for first in defs:
        if first.id in done:
            continue
        done.add(first.id)
        stack = [(first, _refs_of(first))]
        while stack:
            d, refs = stack[-1]
            ref = next(refs, None)
            if ref is None:
                stack.pop()
                if d.formula is not None:
                    order.append(d)
            elif ref not in done:
                done.add(ref)
                stack.append((by_id[ref], _refs_of(by_id[ref])))
    return order


def _refs_of(d: MetricDef) -> Iterator[str]:
    return iter(sorted(d.formula.refs()) if d.formula is not None else ())


def _find_cycles(by_id: Mapping[str, MetricDef]) -> list[list[str]]:
    """Every cycle of formula references, found depth-first with an explicit stack."""
    state: dict[str, int] = {}  # 1 = on the path, 2 = finished
    cycles: list[list[str]] = []

    def refs_of(metric_id: str) -> Iterator[str]:
        d = by_id[metric_id]
        return iter(sorted({parent_id(r) for r in d.formula.refs()}) if d.formula else ())

    for root in by_id:
        if root in state:
            continue
        state[root] = 1
        path, pending = [root], [refs_of(root)]
        while pending:
            ref = next(pending[-1], None)
            if ref is None:
                pending.pop()
                state[path.pop()] = 2
            elif ref not in by_id:
                continue
            elif state.get(ref) == 1:
                cycles.append(path[path.index(ref) :])
            elif ref not in state:
                state[ref] = 1
                path.append(ref)
                pending.append(refs_of(ref))
    return cycles


def _enum(kind: Any, raw: Any, field: str, bad: Any, required: bool = False) -> Any:
    if raw is None:
        if required:
            bad(field, f"is required: one of {', '.join(m.value for m in kind)}")
        return None
    for member in kind:
        if member.value == raw:
            return member
    bad(field, f"must be one of {', '.join(m.value for m in kind)} (got {brief(raw)})")
    return None


def _finite(value: Any) -> bool:
    """A real number (not a bool, not NaN or infinite: those would reach the JSON as NaN)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _scalar(value: Any) -> bool:
    return isinstance(value, str) or _finite(value)


def _parse_filter(raw: Any, bad: Any) -> tuple[FilterClause, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, Mapping) or not raw:
        bad("filter", "must be a mapping of column to a value, a list of values, or {op: value}")
        return ()
    clauses: list[FilterClause] = []
    ops = ", ".join(op.value for op in FilterOp)
    for column, cond in raw.items():
        if _scalar(cond):
            clauses.append(FilterClause(str(column), FilterOp.EQ, cond))
        elif isinstance(cond, list) and cond and all(_scalar(v) for v in cond):
            clauses.append(FilterClause(str(column), FilterOp.IN, tuple(cond)))
        elif isinstance(cond, Mapping) and cond:
            for op_raw, value in cond.items():
                op = next((o for o in FilterOp if o.value == op_raw), None)
                if op is None:
                    bad("filter", f"operator {op_raw!r} on '{column}' is not one of {ops}")
                elif op in (FilterOp.NOT_NULL, FilterOp.IS_NULL):
                    if not isinstance(value, bool):
                        bad("filter", f"'{op.value}' on '{column}' needs true or false")
                    else:
                        clauses.append(FilterClause(str(column), op, value))
                elif op in (FilterOp.IN, FilterOp.NOT_IN):
                    if not isinstance(value, list) or not all(_scalar(v) for v in value):
                        bad("filter", f"'{op.value}' on '{column}' needs a list of values")
                    else:
                        clauses.append(FilterClause(str(column), op, tuple(value)))
                elif not _scalar(value):
                    bad("filter", f"'{op.value}' on '{column}' needs a single value")
                else:
                    clauses.append(FilterClause(str(column), op, value))
        else:
            bad("filter", f"condition on '{column}' must be a value, a list or {{op: value}}")
    return tuple(clauses)


def _parse_target(raw: Any, bad: Any) -> Target | None:
    if raw is None:
        return None
    target_source = None
    if isinstance(raw, Mapping) and "column" in raw and "source" in raw:
        # a plan column in another (daily) source: {column: leads_plan, source: plans}
        target_source = column_name(raw["source"])
        if target_source is None:
            bad("target", "source must be a source name")
            return None
        raw = {k: v for k, v in raw.items() if k != "source"}
    if not isinstance(raw, Mapping) or len(raw) != 1:
        bad("target", "must be exactly one of {column: X}, {weekly: N} or {value: v}")
        return None
    ((key, value),) = raw.items()
    if key == "column":
        if not isinstance(value, str) or not value:
            bad("target", "column must be a column name")
            return None
        return Target(TargetKind.COLUMN, column=value, source=target_source)
    if key in ("weekly", "value"):
        if not _finite(value):
            bad("target", f"{key} must be a number")
            return None
        return Target(TargetKind(key), amount=float(value))
    bad("target", f"kind {key!r} is not one of column, weekly, value")
    return None


def _display(path: Path, base: Path) -> str:
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return str(path)


def _yaml_reason(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if mark is not None:
        return f"{problem} at line {mark.line + 1}, column {mark.column + 1}"
    return str(problem)
