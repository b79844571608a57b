"""Characters no packet format can carry, stripped from user text where it enters, with a warning.

Text pasted from Word or Excel brings control characters (vertical tab for a soft line break,
form feed, NUL, ESC, BEL) and sometimes non-characters (U+FFFE). No output can show them: XML
(the SVG charts, hence the PDF) forbids them, HTML shows nothing, an email header must not carry
them. Refusing them would stop the Monday packet over an invisible character, so they are
removed and each removal is a warning naming the file and the line or metric; tab, newline and
carriage return stay. Every renderer then sees clean text.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

T = TypeVar("T")

# C0 controls but tab, newline and carriage return; DEL and the C1 controls; lone surrogates;
# the Unicode non-characters (U+FDD0..U+FDEF and the last two code points of every plane)
_BAD = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}" for p in range(17))
    + "]"
)
_NAMES = {
    0x00: "NUL",
    0x07: "BEL",
    0x08: "backspace",
    0x0B: "vertical tab",
    0x0C: "form feed",
    0x1B: "ESC",
    0x7F: "DEL",
}


def has_bad_characters(text: str) -> bool:
    """True when ``text`` holds a character :func:`strip_bad_characters` removes."""
    return _BAD.search(text) is not None


def strip_bad_characters(text: str, line_break: str = "\n") -> tuple[str, str]:
    """``text`` without control characters and non-characters, and what was removed.

    The second value describes the removed characters for a warning (``"U+000B (vertical
    tab)"``), empty when nothing was removed. A vertical tab or form feed (Word's line and page
    breaks) becomes ``line_break`` (a newline; a space in YAML source, where a newline would
    change the document's structure), so the words on either side stay apart.
    """
    found = sorted(set(_BAD.findall(text)))
    if not found:
        return text, ""
    cleaned = _BAD.sub(lambda m: line_break if m.group() in "\x0b\x0c" else "", text)
    return cleaned, ", ".join(describe(c) for c in found)


def describe(char: str) -> str:
    """``U+000B (vertical tab)``."""
    code = ord(char)
    name = _NAMES.get(code) or unicodedata.name(char, "").lower()
    return f"U+{code:04X}" + (f" ({name})" if name else "")


def clean_value(value: T, where: str, warn: Callable[[str], None]) -> T:
    """``value`` with every string inside it cleaned; ``warn`` gets one line per changed string.

    Walks frozen dataclasses (rebuilt with :func:`dataclasses.replace`), tuples, lists and
    mappings. ``where`` names the place (``sales.yaml: metric 'leads'``); the warning adds the
    field (``'label'``). Objects with nothing to clean are returned as they are.
    """
    return _clean(value, where, "", warn)  # type: ignore[no-any-return]


def _clean(value: Any, where: str, path: str, warn: Callable[[str], None]) -> Any:
    if isinstance(value, str):
        cleaned, removed = strip_bad_characters(value)
        if removed:
            field = f" '{path}'" if path else ""
            warn(f"{where}:{field} removed {removed} (no packet format can show it)")
        return cleaned
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            old = getattr(value, f.name)
            new = _clean(old, where, f"{path}.{f.name}" if path else f.name, warn)
            if new is not old:
                changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    if isinstance(value, tuple | list):
        items = [_clean(v, where, path, warn) for v in value]
        if all(a is b for a, b in zip(items, value, strict=True)):
            return value
        return items if isinstance(value, list) else tuple(items)
    if isinstance(value, Mapping):
        pairs = {
            k: _clean(v, where, f"{path}.{k}" if path else str(k), warn) for k, v in value.items()
        }
        if all(pairs[k] is v for k, v in value.items()):
            return value
        return pairs
    return value


__all__ = ["clean_value", "describe", "has_bad_characters", "strip_bad_characters"]
