"""A small whitelisted arithmetic grammar for formula metrics; never ``eval``.

Grammar::

    expr   := term (('+' | '-') term)*
    term   := unary (('*' | '/') unary)*
    unary  := '-'* atom
    atom   := NUMBER | ID | FUNC '(' expr (',' expr)* ')' | '(' expr ')'
    FUNC   := min | max | abs

Evaluation works on numpy arrays (one element per period), so a formula is computed for every
period at once. Division by zero and any missing input give NaN, which the engine reports as null.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Array = npt.NDArray[np.float64]

MAX_DEPTH = 100
"""Deepest nesting of parentheses and functions a formula may have (Python recursion bounds it)."""
# an ID may name a breakdown of a metric: leads.web_form (wbr.breakdowns)
_TOKEN = re.compile(
    r"\s*(?:(\d+(?:\.\d*)?|\.\d+)|([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)?)|(.))"
)
FUNCTIONS = ("min", "max", "abs")


class FormulaSyntaxError(ValueError):
    """The formula text does not follow the grammar."""


class Expr:
    """A node of a parsed formula."""

    def refs(self) -> frozenset[str]:
        """Metric ids this expression reads."""
        raise NotImplementedError

    def evaluate(self, values: Mapping[str, Array]) -> Array:
        """Compute the expression over arrays of period values (NaN = missing)."""
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class Num(Expr):
    value: float

    def refs(self) -> frozenset[str]:
        return frozenset()

    def evaluate(self, values: Mapping[str, Array]) -> Array:
        size = len(next(iter(values.values()))) if values else 1
        return np.full(size, self.value)


@dataclass(frozen=True, slots=True)
class Ref(Expr):
    name: str

    def refs(self) -> frozenset[str]:
        return frozenset({self.name})

    def evaluate(self, values: Mapping[str, Array]) -> Array:
        return values[self.name]


@dataclass(frozen=True, slots=True)
class Neg(Expr):
    operand: Expr

    def refs(self) -> frozenset[str]:
        return self.operand.refs()

    def evaluate(self, values: Mapping[str, Array]) -> Array:
        return -self.operand.evaluate(values)


def _divide(a: Array, b: Array) -> Array:
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.divide(a, b)
    out[b == 0] = np.nan  # x / 0 is undefined, never infinity
    return out


_BINARY: dict[str, Callable[[Array, Array], Array]] = {
    "+": np.add,
    "-": np.subtract,
    "*": np.multiply,
    "/": _divide,
}


@dataclass(frozen=True, slots=True)
class Chain(Expr):
    """``a op b op c ...`` for operators of one precedence, evaluated left to right.

    One node rather than a left-leaning tree of binary nodes, so a sum of 1,000 metrics is
    evaluated in a loop instead of 1,000 nested calls (Python's recursion limit).
    """

    first: Expr
    rest: tuple[tuple[str, Expr], ...]

    def refs(self) -> frozenset[str]:
        return self.first.refs().union(*(operand.refs() for _, operand in self.rest))

    def evaluate(self, values: Mapping[str, Array]) -> Array:
        out = self.first.evaluate(values)
        for op, operand in self.rest:
            out = _BINARY[op](out, operand.evaluate(values))
        return out


@dataclass(frozen=True, slots=True)
class Call(Expr):
    func: str
    args: tuple[Expr, ...]

    def refs(self) -> frozenset[str]:
        return frozenset().union(*(a.refs() for a in self.args))

    def evaluate(self, values: Mapping[str, Array]) -> Array:
        arrays = [a.evaluate(values) for a in self.args]
        if self.func == "abs":
            return np.abs(arrays[0])
        stacked = np.vstack(arrays)
        # any missing input makes the result missing, like arithmetic does
        reduced = stacked.min(axis=0) if self.func == "min" else stacked.max(axis=0)
        return np.asarray(reduced, dtype=np.float64)


def parse_formula(text: str) -> Expr:
    """Parse formula text into an expression tree, or raise FormulaSyntaxError."""
    tokens: list[tuple[str, str]] = []
    for match in _TOKEN.finditer(text):
        number, name, other = match.groups()
        if number is not None:
            tokens.append(("num", number))
        elif name is not None:
            tokens.append(("id", name))
        elif other is not None and other.strip():
            if other not in "+-*/(),":
                raise FormulaSyntaxError(
                    f"unexpected character {other!r}; "
                    "only metric ids, numbers, + - * / ( ) and min/max/abs are allowed"
                )
            tokens.append(("op", other))
    if not tokens:
        raise FormulaSyntaxError("it is empty")
    parser = _Parser(tokens)
    expr = parser.expr()
    if parser.pos != len(tokens):
        raise FormulaSyntaxError(f"unexpected {tokens[parser.pos][1]!r}")
    return expr


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.depth = 0  # open parentheses and function calls around the current position

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self, value: str) -> bool:
        tok = self.peek()
        if tok is not None and tok[0] == "op" and tok[1] == value:
            self.pos += 1
            return True
        return False

    def expr(self) -> Expr:
        return self.binary("+-", self.term)

    def term(self) -> Expr:
        return self.binary("*/", self.unary)

    def binary(self, ops: str, operand: Callable[[], Expr]) -> Expr:
        """``operand (op operand)*`` for the operators in ``ops``, grouped left to right."""
        first = operand()
        rest: list[tuple[str, Expr]] = []
        while (tok := self.peek()) is not None and tok[0] == "op" and tok[1] in ops:
            self.pos += 1
            rest.append((tok[1], operand()))
        return Chain(first, tuple(rest)) if rest else first

    def unary(self) -> Expr:
        # a run of minus signs is counted, not nested: '- - x' is x, '- - - x' is -x
        negations = 0
        while self.take("-"):
            negations += 1
        node = self.atom()
        return Neg(node) if negations % 2 else node

    def nested(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise FormulaSyntaxError(
                f"it is nested more than {MAX_DEPTH} levels deep; split it into smaller metrics"
            )

    def atom(self) -> Expr:
        tok = self.peek()
        if tok is None:
            raise FormulaSyntaxError("it ends too early")
        kind, value = tok
        self.pos += 1
        if kind == "num":
            return Num(float(value))
        if kind == "id":
            if value in FUNCTIONS and self.take("("):
                self.nested()
                args = [self.expr()]
                while self.take(","):
                    args.append(self.expr())
                if not self.take(")"):
                    raise FormulaSyntaxError(f"missing ')' after {value}(...")
                if value == "abs" and len(args) != 1:
                    raise FormulaSyntaxError("abs() takes one argument")
                self.depth -= 1
                return Call(value, tuple(args))
            return Ref(value)
        if value == "(":
            self.nested()
            node = self.expr()
            if not self.take(")"):
                raise FormulaSyntaxError("missing ')'")
            self.depth -= 1
            return node
        raise FormulaSyntaxError(f"unexpected {value!r}")
