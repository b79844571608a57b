"""Plain sentences about a metric's natural process limits, for leaders who read the packet.

The signals engine (issue #8) decides which rules fire; this module only says so in words, from
the final numbers of :class:`~wbr.results.Signals`. One sentence per metric for *At a glance*
("Lead → meeting rate 21.0 % is below its lower natural process limit of 24.8 % (limits from the
20 weeks to 4 Oct)"), one for the summary box (signal or routine variation), and the target
assurance verdict. Numbers are formatted with :mod:`wbr.formatting`, as everywhere else, so a limit
reads the same in a sentence, a chart tooltip and a table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from wbr.formatting import format_apart, format_value
from wbr.results import Assurance, SignalRule, Signals, SignalStatus
from wbr.schema import Comparison, MetricDef

RULE_ORDER = (SignalRule.OUTSIDE, SignalRule.THREE_OF_FOUR, SignalRule.RUN, SignalRule.RANGE)
"""Most telling first: the sentence leads with the first rule that fired."""

RULE_NAMES = {
    SignalRule.OUTSIDE: "beyond a natural process limit",
    SignalRule.THREE_OF_FOUR: "3 of 4 weeks beyond a halfway line",
    SignalRule.RUN: "a long run on one side of the average",
    SignalRule.RANGE: "a week-to-week jump beyond the range limit",
}
"""The one wording of each rule (issue #10): the funnel, Pareto and pair texts all say a rule
through :func:`rule_names`, so a reader meets the same words for it everywhere in the packet."""

ASSURANCE_TEXT = {
    Assurance.CONSISTENTLY_MISSES: "will consistently miss the target unless the process changes",
    Assurance.CONSISTENTLY_MEETS: "will consistently meet it",
    Assurance.HIT_AND_MISS: "will hit and miss by chance",
}


@dataclass(frozen=True, slots=True)
class WeekSignal:
    """What the report week's rules say about one metric, in words."""

    direction: str  # "good" | "bad"
    rules: tuple[SignalRule, ...]  # in RULE_ORDER
    value: str  # the report week's value, formatted
    predicate: str  # "is below its lower natural process limit of 24.8 %"
    limits: str  # "limits from the 20 weeks to 4 Oct"
    provisional: bool

    def sentence(self, label: str) -> str:
        """'Leads 618 is above its upper natural process limit of 560 (limits from ...)'."""
        extra = "provisional week; " if self.provisional else ""
        return f"{label} {self.value} {self.predicate} ({extra}{self.limits})"


def rule_names(rules: Iterable[SignalRule | str]) -> str:
    """The rules in words, most telling first: 'beyond a natural process limit, 3 of 4 weeks ...'.

    Rules come as :class:`SignalRule` or as their values ("outside", ...), as the funnel and
    Pareto models keep them for ``metrics.json``.
    """
    fired = {SignalRule(r) for r in rules}
    return ", ".join(RULE_NAMES[r] for r in RULE_ORDER if r in fired)


def outside_clause(value: float, upper: float, lower: float, unit: str) -> tuple[str, str]:
    """(value, 'is below its lower natural process limit of 24.8 %') for a value beyond a limit.

    "32.5 % is below its lower limit of 32.5 %" reads as a contradiction: the value and the limit
    it crossed get enough decimals to differ.
    """
    high = value > upper
    value_text, limit_text = format_apart(value, upper if high else lower, unit)
    side = "above its upper" if high else "below its lower"
    return value_text, f"is {side} natural process limit of {limit_text}"


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, ..."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def short_date(day: dt.date, reference: dt.date | None) -> str:
    """'4 Oct', with the year only when it is not the reference's year."""
    if reference is not None and day.year == reference.year:
        return f"{day.day} {day:%b}"
    return f"{day.day} {day:%b %Y}"


def report_week(s: Signals) -> dt.date | None:
    return s.series[-1].week_ending if s.series else None


def limits_clause(s: Signals) -> str:
    """'limits from the 20 weeks to 4 Oct' (and the process change that re-based them)."""
    ref = report_week(s)
    weeks = f"{s.baseline_weeks} week{'s' if s.baseline_weeks != 1 else ''}"
    text = f"limits from the {weeks}"
    if s.baseline_to is not None:
        text += f" to {short_date(s.baseline_to, ref)}"
    if s.process_change is not None:
        text += f", after the process change of {short_date(s.process_change, ref)}"
    return text


def amount(m: MetricDef, change: float) -> str:
    """A week-to-week change: basis points for rates, the metric's unit otherwise."""
    if m.comparison is Comparison.BPS:
        return f"{abs(change) * 10_000:,.0f} bps"
    return format_value(abs(change), m.unit)


def week_signal(m: MetricDef, s: Signals) -> WeekSignal | None:
    """The report week's signal in words; None when no rule fires on it (or there are no limits)."""
    if not s.this_week or not s.series or s.centre is None:
        return None
    last = s.series[-1]
    if last.value is None:
        return None
    value, unit = last.value, m.unit
    rules = tuple(r for r in RULE_ORDER if r in s.this_week)
    side = "above" if value > s.centre else "below"
    clauses: list[str] = []
    # keep the sentence short: a point beyond a limit says it all, except how long a run lasts
    said = rules
    if SignalRule.OUTSIDE in rules:
        said = tuple(r for r in rules if r in (SignalRule.OUTSIDE, SignalRule.RUN))
    value_text = format_value(value, unit)
    for rule in said:
        if rule is SignalRule.OUTSIDE and s.upper is not None and s.lower is not None:
            value_text, clause = outside_clause(value, s.upper, s.lower, unit)
            clauses.append(clause)
        elif rule is SignalRule.THREE_OF_FOUR and s.upper is not None and s.lower is not None:
            clauses.append(_three_of_four(s, unit))
        elif rule is SignalRule.RUN:
            clauses.append(
                f"is {side} its average of {format_value(s.centre, unit)} for the "
                f"{ordinal(s.current_run())} week in a row"
            )
        elif rule is SignalRule.RANGE and last.moving_range is not None:
            before = _previous(s)
            rose = before is not None and value > before
            url = (
                f", more than its upper range limit of {amount(m, s.mr_upper)}"
                if s.mr_upper is not None
                else ""
            )
            clauses.append(
                f"{'rose' if rose else 'fell'} {amount(m, last.moving_range)} in one week{url}"
            )
    if not clauses:
        return None
    predicate = clauses[0] if len(clauses) == 1 else ", ".join(clauses[:-1]) + " and " + clauses[-1]
    direction = last.direction or (
        "good" if (value > s.centre) == (m.direction.sign > 0) else "bad"
    )
    return WeekSignal(
        direction=direction,
        rules=rules,
        value=value_text,
        predicate=predicate,
        limits=limits_clause(s),
        provisional=last.provisional,
    )


def box_text(m: MetricDef, s: Signals | None) -> tuple[str, str, str]:
    """(status, tone, words) for the summary box: was last week a signal or routine variation?

    ``status`` is ``signal``, ``routine``, ``too_little_data``, ``off`` or ``""`` (never computed);
    ``tone`` is ``good``/``bad`` for a signal, else ``""``.
    """
    if s is None:
        return "", "", ""
    provisional = bool(s.series) and s.series[-1].provisional
    tail = " The week is provisional: its numbers are still coming in." if provisional else ""
    signal = week_signal(m, s)
    if signal is not None:
        text = (
            f"Last week was a signal ({signal.direction}): {signal.value} {signal.predicate} "
            f"({signal.limits}).{tail}"
        )
        return "signal", signal.direction, text
    if s.status is SignalStatus.OFF:
        return "off", "", "No natural process limits are kept for this metric."
    if s.rare_events:
        return (
            "too_little_data",
            "",
            "Rare events: most weeks are zero, so weekly natural process limits would take one "
            "event, or the usual run of empty weeks, for news; none are kept. Read it by month "
            f"or per event.{tail}",
        )
    if s.centre is None or s.lower is None or s.upper is None:
        since = (
            f" since the process change of {short_date(s.process_change, report_week(s))}"
            if s.process_change is not None
            else ""
        )
        return (
            "too_little_data",
            "",
            f"Too little data{since} for natural process limits yet: a move is neither a "
            f"signal nor routine until there are enough weeks.{tail}",
        )
    last = s.series[-1].value if s.series else None
    value = f"{format_value(last, m.unit)} is" if last is not None else "The week is"
    text = (
        f"Last week was routine variation: {value} within its natural process limits "
        f"{format_value(s.lower, m.unit)} to {format_value(s.upper, m.unit)} "
        f"(average {format_value(s.centre, m.unit)}; {limits_clause(s)}).{tail}"
    )
    return "routine", "", text


def assurance_text(a: Assurance | None) -> str:
    """The target assurance verdict in words ('' for none)."""
    return "" if a is None else ASSURANCE_TEXT[a]


def _previous(s: Signals) -> float | None:
    """The value of the last present week before the report week (the moving range's other end)."""
    for p in reversed(s.series[:-1]):
        if p.value is not None:
            return p.value
    return None


def _three_of_four(s: Signals, unit: str) -> str:
    assert s.centre is not None and s.upper is not None and s.lower is not None
    high, low = (s.centre + s.upper) / 2, (s.centre + s.lower) / 2
    recent = [p.value for p in s.series if p.value is not None][-4:]
    above = sum(v > high for v in recent)
    below = sum(v < low for v in recent)
    up = above >= below
    line = format_value(high if up else low, unit)
    count = above if up else below
    return (
        f"has been {'above' if up else 'below'} the halfway line to its "
        f"{'upper' if up else 'lower'} limit ({line}) in {count} of the last 4 weeks"
    )


__all__ = [
    "ASSURANCE_TEXT",
    "RULE_NAMES",
    "RULE_ORDER",
    "WeekSignal",
    "assurance_text",
    "box_text",
    "limits_clause",
    "ordinal",
    "outside_clause",
    "rule_names",
    "week_signal",
]
