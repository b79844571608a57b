"""A small whitelisted arithmetic grammar for formula metrics; never ``eval``.

Grammar::

    expr   := term (('+' | '-') term)*
    term   := unary (('*' | '/') unary)*
    unary  := '-' unary | atom
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
class BinOp(Expr):
    op: str
    left: Expr
    right: Expr

    def refs(self) -> frozenset[str]:
        return self.left.refs() | self.right.refs()

    def evaluate(self, values: Mapping[str, Array]) -> Array:
        return _BINARY[self.op](self.left.evaluate(values), self.right.evaluate(values))


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
        node = operand()
        while (tok := self.peek()) is not None and tok[0] == "op" and tok[1] in ops:
            self.pos += 1
            node = BinOp(tok[1], node, operand())
        return node

    def unary(self) -> Expr:
        if self.take("-"):
            return Neg(self.unary())
        return self.atom()

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
                args = [self.expr()]
                while self.take(","):
                    args.append(self.expr())
                if not self.take(")"):
                    raise FormulaSyntaxError(f"missing ')' after {value}(...")
                if value == "abs" and len(args) != 1:
                    raise FormulaSyntaxError("abs() takes one argument")
                return Call(value, tuple(args))
            return Ref(value)
        if value == "(":
            node = self.expr()
            if not self.take(")"):
                raise FormulaSyntaxError("missing ')'")
            return node
        raise FormulaSyntaxError(f"unexpected {value!r}")
