"""JSON text for ``metrics.json``: the layout, one C encoder built once, and values encoded in bulk.

:func:`dumps_json` lays a document out for people and for diffs in the archive: one line per
top-level field, per item of a top-level list and per field of such an item, the values below that
compact (``", "`` and ``": "`` separators). A 1,500-metric set is 11 MB of text, almost all of it
the weeks, months and signal series of the metrics (about 66,000 small records). Building a dict
per record and encoding it cost more than everything else ``wbr compute`` does, so those records
are encoded column by column (:func:`tokens`, :func:`cached`, :func:`records`) and placed into the
document as :class:`Raw` text. The text is the same, byte for byte: every value still goes through
the same encoder.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any


class Raw(str):
    """JSON text already encoded (a list of records): the layout writes it as it is."""

    __slots__ = ()


def _refuse(value: Any) -> Any:
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _make_encode() -> Callable[[Any], str]:
    """A compact, NaN-refusing encoder built once: ``JSONEncoder.encode`` rebuilds its C encoder
    on every call, which costs more than the encoding for the ~30,000 small values of a big set."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # no C accelerator (another Python implementation)
        encoder = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(", ", ": "))
        return encoder.encode
    chunks = make(
        None, _refuse, json.encoder.encode_basestring, None, ": ", ", ", False, False, False
    )
    return lambda value: "".join(chunks(value, 0))


encode = _make_encode()
"""Compact JSON of one value; ValueError for NaN or an infinity, TypeError for other objects."""


def dumps_json(doc: Mapping[str, Any]) -> str:
    """``doc`` as JSON text: never NaN or Infinity (invalid JSON, and the contract says null).

    Laid out for people and for diffs in the archive: one line per top-level field, per item of a
    top-level list and per field of such an item, the values below that compact. Each piece is
    encoded by the json module's C encoder (``indent`` would switch to its pure-Python encoder,
    about 3x slower on a 1,500-metric set). A non-finite float that slipped through becomes null.
    """
    try:
        return _layout(doc)
    except ValueError:  # "Out of range float values are not JSON compliant"
        return _layout(_nulled(doc))


def _layout(doc: Mapping[str, Any]) -> str:
    lines: list[str] = []
    for key, value in doc.items():
        head = f"  {encode(key)}: "
        if isinstance(value, list) and value:
            items = ["    " + (_item(v) if isinstance(v, dict) and v else encode(v)) for v in value]
            lines.append(head + "[\n" + ",\n".join(items) + "\n  ]")
        else:
            lines.append(head + encode(value))
    return "{\n" + ",\n".join(lines) + "\n}\n"


_HEADS: dict[str, str] = {}  # '      "label": ' for each field name: 30,000 fields, 30 names
_CONSTANTS = {None: "null", True: "true", False: "false"}


def _item(item: Mapping[str, Any]) -> str:
    fields: list[str] = []
    for key, value in item.items():
        head = _HEADS.get(key)
        if head is None:
            head = f"      {encode(key)}: "
            if len(_HEADS) < 1000:
                _HEADS[key] = head
        if value is None or value is True or value is False:
            fields.append(head + _CONSTANTS[value])
        else:
            fields.append(head + compact(value))
    return "{\n" + ",\n".join(fields) + "\n    }"


def compact(value: Any) -> str:
    """``value`` as compact JSON; :class:`Raw` text, alone or as a value of a dict, as written."""
    if type(value) is Raw:
        return value
    if type(value) is dict and any(type(v) is Raw for v in value.values()):
        parts: list[str] = []
        run: dict[str, Any] = {}  # the fields between two Raw ones, encoded together
        for key, field in value.items():
            if type(field) is Raw:
                if run:
                    parts.append(encode(run)[1:-1])
                    run = {}
                parts.append(f"{encode(key)}: {field}")
            else:
                run[key] = field
        if run:
            parts.append(encode(run)[1:-1])
        return "{" + ", ".join(parts) + "}"
    return encode(value)


def _nulled(value: Any) -> Any:
    """``value`` with every non-finite float replaced by None."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _nulled(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_nulled(v) for v in value]
    return value


# --- many values at once --------------------------------------------------------------------------


def tokens(values: Sequence[float | int | bool | None]) -> list[str]:
    """The JSON of each number, bool or None (a non-finite float is null), from one encoder call.

    Only for such values: their JSON never contains ``", "``, which separates them in the list's.
    """
    if not values:
        return []
    try:
        text = encode(values)
    except ValueError:  # NaN or an infinity: null, as everywhere in the document
        text = encode([v if not isinstance(v, float) or math.isfinite(v) else None for v in values])
    return text[1:-1].split(", ")


def cached(values: Sequence[Hashable], to_json: Callable[[Any], str] = encode) -> list[str]:
    """The JSON of each value, made once per distinct value (dates and words repeat across metrics).

    Values must be equal only where their JSON is (dates, strings, tuples of enums; not 1 and True).
    """
    made = {value: to_json(value) for value in set(values)}
    return list(map(made.__getitem__, values))


def template(keys: Sequence[str]) -> str:
    """A %-template for a record of these fields (each ``%s`` a JSON value), plus a last ``%s`` for
    more fields written as ``, "key": value`` text (or nothing)."""
    fields = ", ".join(f"{encode(key).replace('%', '%%')}: %s" for key in keys)
    return "{" + fields + "%s}"


def records(form: str, columns: Sequence[Sequence[str]]) -> list[str]:
    """One JSON object per row of the encoded ``columns``, through ``form`` (:func:`template`)."""
    return list(map(form.__mod__, zip(*columns, strict=True)))


def lists(texts: Sequence[str], counts: Sequence[int]) -> list[Raw]:
    """``texts`` cut into JSON lists of ``counts`` items each, in order."""
    out: list[Raw] = []
    at = 0
    for n in counts:
        out.append(Raw("[" + ", ".join(texts[at : at + n]) + "]"))
        at += n
    return out
