"""The whitelisted formula grammar: parsing, evaluation over arrays, and refusals (never eval)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from wbr.formula import FormulaSyntaxError, parse_formula


def ev(text: str, **values: list[float]) -> list[float | None]:
    arrays = {k: np.array(v, dtype=np.float64) for k, v in values.items()}
    out = parse_formula(text).evaluate(arrays)
    return [None if math.isnan(x) else float(x) for x in out]


def test_refs() -> None:
    assert parse_formula("meetings / leads").refs() == {"meetings", "leads"}
    assert parse_formula("(a - b) / a + 2 * c_1").refs() == {"a", "b", "c_1"}
    assert parse_formula("max(a, 0.5) - abs(b)").refs() == {"a", "b"}
    assert parse_formula("42").refs() == frozenset()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a + b * c", 2 + 3 * 4),  # precedence: * before +
        ("(a + b) * c", (2 + 3) * 4),
        ("a - b - c", 2 - 3 - 4),  # left-associative
        ("c / a / a", 4 / 2 / 2),
        ("-a + b", -2 + 3),
        ("--a", 2),
        ("a * -b", -6),
        ("1 - a / c", 1 - 2 / 4),
        ("min(a, b, c)", 2),
        ("max(a, b, c)", 4),
        ("abs(a - c)", 2),
        ("0.5 * c + .5", 2.5),
        ("100 * a / c", 50),
    ],
)
def test_arithmetic(text: str, expected: float) -> None:
    assert ev(text, a=[2.0], b=[3.0], c=[4.0]) == [pytest.approx(expected, rel=1e-12)]


def test_evaluates_every_period_at_once_and_division_by_zero_is_missing() -> None:
    # periods: 10/4, 0/0, 3/0, 5/missing, missing/2
    out = ev("m / l", m=[10, 0, 3, 5, math.nan], l=[4, 0, 0, math.nan, 2])
    assert out == [2.5, None, None, None, None]


def test_missing_input_makes_min_max_missing() -> None:
    assert ev("min(a, b)", a=[1.0, math.nan], b=[2.0, 5.0]) == [1.0, None]


def test_a_constant_formula_has_the_shape_of_its_inputs() -> None:
    assert ev("a * 0 + 7", a=[1.0, 2.0, 3.0]) == [7.0, 7.0, 7.0]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("__import__('os')", 'unexpected character "\'"'),
        ("__import__('os').system('ls')", "unexpected character"),
        ("a ** b", "unexpected '*'"),
        ("a. b", "unexpected character '.'"),
        ("a; b", "unexpected character ';'"),
        ("a +", "it ends too early"),
        ("(a + b", "missing ')'"),
        ("a b", "unexpected 'b'"),
        ("", "it is empty"),
        ("   ", "it is empty"),
        ("abs(a, b)", "abs() takes one argument"),
        ("max(a, b", "missing ')' after max"),
        ("a[0]", "unexpected character '['"),
        ("lambda: 1", "unexpected character ':'"),
        ("a == b", "unexpected character '='"),
    ],
)
def test_syntax_errors(text: str, message: str) -> None:
    with pytest.raises(FormulaSyntaxError) as info:
        parse_formula(text)
    assert message in str(info.value)


def test_a_function_name_without_parentheses_is_a_metric_id() -> None:
    # 'max' alone is just an id (a metric may be called that); it is never a Python builtin
    assert parse_formula("max / 2").refs() == {"max"}


def test_dunder_names_are_only_metric_ids() -> None:
    # no attribute access, calls or strings exist in the grammar: this is a reference to a metric
    # called __import__, which the catalogue check then reports as unknown
    assert parse_formula("__import__ + 1").refs() == {"__import__"}
