"""Reading one mapping of ``wbr.yaml``'s sections: its known keys, required keys and value types.

A section and each of its blocks (``table``, ``funnel`` and its stages, ``pareto``,
``unit_economics``) is a mapping of a few known keys. Their parsers read them through
:class:`BlockReader`, so a problem reads the same in every block ("pareto has unknown keys
['colour'] (known: metrics, title, total)", "funnel needs 'stages': ...", "table 'period' must be
one of weeks, months (got 'days')"), and YAML keys that are not text (``1:``, or ``yes:``, which
YAML reads as true) are named, not a traceback. A block says its first problem only: the rest of
a block that is wrong is usually wrong for the same reason.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

Bad = Callable[[str, str], None]
"""``bad(key, message)``: how a parser reports one problem of the config file."""

E = TypeVar("E", bound=Enum)


def brief(raw: Any) -> str:
    """A user's value for an error message: never a huge or deeply nested dump."""
    if isinstance(raw, Mapping):
        return "a mapping"
    if isinstance(raw, list | tuple | set):
        return "a list"
    text = repr(raw)
    return text if len(text) <= 60 else text[:56] + "...'"


class BlockProblem(Exception):
    """A block's first problem, in words: raised by a :class:`BlockReader`, said by
    :func:`reading`."""


@contextmanager
def reading(key: str, bad: Bad) -> Iterator[None]:
    """Report a :class:`BlockProblem` raised inside as ``bad(key, problem)`` and go on.

    The parser's ``return`` inside the block is then skipped: the block is left out.
    """
    try:
        yield
    except BlockProblem as problem:
        bad(key, str(problem))


@dataclass(frozen=True, slots=True)
class BlockReader:
    """One block's mapping; each reader returns a checked value or raises :class:`BlockProblem`."""

    raw: Mapping[Any, Any]
    name: str  # "pareto", or "" where the key already names it (a funnel stage, a section)

    @classmethod
    def open(cls, raw: Any, name: str, known: Collection[str], shape: str) -> BlockReader:
        """``raw`` as a mapping of ``known`` keys only; ``shape`` says what it must be instead."""
        if not isinstance(raw, Mapping):
            raise BlockProblem(_named(name, f"must be {shape}"))
        extra = sorted(str(k) for k in raw if k not in known)
        if extra:
            shown = ", ".join(sorted(known))
            raise BlockProblem(_named(name, f"has unknown keys {extra} (known: {shown})"))
        return cls(raw, name)

    def problem(self, text: str) -> BlockProblem:
        """A problem of this block, named like the readers' own ("pareto 'metrics' must ...")."""
        return BlockProblem(_named(self.name, text))

    def check(self, ok: bool, text: str) -> None:
        """A rule across fields, as the block states it."""
        if not ok:
            raise self.problem(text)

    def required_text(self, field: str, need: str) -> str:
        """A non-empty text; missing or not text: "{name} needs '{field}': {need}"."""
        value = self.raw.get(field)
        if not isinstance(value, str) or not value:
            raise self.problem(f"needs '{field}': {need}")
        return value

    def text(self, field: str, what: str = "text") -> str | None:
        """An optional text (None when absent); ``what`` names it in the problem."""
        value = self.raw.get(field)
        if value is not None and not isinstance(value, str):
            raise self.problem(f"'{field}' must be {what} (got {brief(value)})")
        return value

    def items(self, field: str, need: str, at_least: int = 1) -> list[Any]:
        """A list of at least ``at_least`` items, checked by the caller."""
        value = self.raw.get(field)
        if not isinstance(value, list) or len(value) < at_least:
            raise self.problem(f"needs '{field}': {need}")
        return value

    def ids(self, field: str, need: str, at_least: int = 1) -> tuple[str, ...]:
        """A list of at least ``at_least`` non-empty texts (metric ids)."""
        value = self.items(field, need, at_least)
        if not all(isinstance(v, str) and v for v in value):
            raise self.problem(f"needs '{field}': {need}")
        return tuple(value)

    def choice(self, field: str, kind: type[E], default: E) -> E:
        """One of the enum's values (``default`` when absent)."""
        value = self.raw.get(field, default.value)
        for member in kind:
            if member.value == value:
                return member
        shown = ", ".join(str(m.value) for m in kind)
        raise self.problem(f"'{field}' must be one of {shown} (got {brief(value)})")


def _named(name: str, text: str) -> str:
    return f"{name} {text}" if name else text


__all__ = ["Bad", "BlockProblem", "BlockReader", "brief", "reading"]
