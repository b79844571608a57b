"""Read the project's YAML files safely and fast: UTF-8 only, libyaml, bounded size and depth.

Every YAML file wbr reads (``wbr.yaml``, metric files, commentary, a WBR App config) goes through
:func:`load_yaml`. It parses with libyaml's ``CSafeLoader`` (about 6x faster than the pure-Python
loader; the pure-Python ``SafeLoader`` when libyaml is missing) and keeps ``safe_load``'s safety
(no Python tags), plus what ``safe_load`` lacks:

- a key given twice in one mapping is an error with its line (YAML says keys are unique; PyYAML
  would silently keep the last one, so a metric defined twice in one file lost the first);
- aliases may not expand the document beyond :data:`MAX_EXPANDED` values: a 500-byte "billion
  laughs" file otherwise makes any error message that formats the value (or any loop over it)
  run for minutes and gigabytes;
- nesting deeper than :data:`MAX_DEPTH` is an error (Python's recursion limit would otherwise end
  in a RecursionError traceback).

These problems are raised as :class:`UnsafeYamlError`, a ``yaml.MarkedYAMLError``, so callers report
them like any syntax error: ``FILE: not valid YAML (<problem> at line N)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from wbr.errors import ConfigError
from wbr.textclean import describe

MAX_DEPTH = 64
"""Deepest nesting of mappings and lists accepted (wbr's own files need fewer than 10)."""
MAX_EXPANDED = 100_000
"""Values that aliases may add to a document when expanded (a legitimate file adds a few)."""
MAX_BYTES = 16 * 2**20
"""Largest YAML file read (a catalogue of 1,500 metrics is about 0.3 MB)."""
MAX_NODES = 250_000
"""Most values one document may hold (1,500 metrics hold about 25,000); bounds parse time."""

_MERGE = "tag:yaml.org,2002:merge"


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """safe_load's loader (libyaml when available) whose impossible dates stay text."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.nodes = 0
        self.plain: dict[str, str] = {}  # the tag of each plain scalar seen: keys repeat a lot

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        # called once per untagged node while composing: stop a file of millions of tiny values
        # long before Python builds them all (parse time grows by ~10 µs a value)
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise UnsafeYamlError(f"more than {MAX_NODES:,} values", None)
        if kind is yaml.ScalarNode and implicit[0] and not self.yaml_path_resolvers:
            # a plain scalar's tag depends on its text alone: match the resolvers' patterns once
            # per distinct text (keys such as 'label' recur in every metric)
            tag = self.plain.get(value)
            if tag is None:
                tag = self.plain[value] = super().resolve(kind, value, implicit)
            return tag
        return super().resolve(kind, value, implicit)

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        # 2026-02-30 looks like a date to YAML's resolver; PyYAML then raises a bare ValueError.
        # As text, the field's own check reports it ("must be a date YYYY-MM-DD (got ...)").
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return str(node.value)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


class UnsafeYamlError(yaml.MarkedYAMLError):  # type: ignore[misc]  # PyYAML is untyped
    """Well-formed YAML that wbr refuses: a duplicate key, an alias bomb, too deep a nesting."""

    def __init__(self, problem: str, mark: Any) -> None:
        super().__init__(problem=problem, problem_mark=mark)


def decode_utf8(raw: bytes, shown: str) -> str:
    """The file's text (a UTF-8 byte-order mark is dropped); ConfigError when it is not UTF-8."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
            what = "it is UTF-16"
        else:
            line = raw.count(b"\n", 0, exc.start) + 1
            what = f"byte 0x{raw[exc.start]:02x} on line {line}"
        raise ConfigError(f"{shown} is not UTF-8 ({what}); save it as UTF-8") from None


def read_yaml(path: Path, shown: str) -> Any:
    """Read and parse one YAML file (OSError and yaml.YAMLError propagate to the caller)."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ConfigError(
            f"{shown} is {size / 2**20:.1f} MB; wbr reads YAML files of at most "
            f"{MAX_BYTES // 2**20} MB (is it the right file?)"
        )
    return load_yaml(decode_utf8(path.read_bytes(), shown))


def load_yaml(text: str) -> Any:
    """Parse one YAML document into Python values (None for an empty document)."""
    loader = _Loader(text)
    try:
        try:
            node = loader.get_single_node()
        except RecursionError:  # the pure-Python composer recurses once per level
            raise UnsafeYamlError(_too_deep(), None) from None
        except yaml.reader.ReaderError as exc:  # libyaml names neither the line nor the character
            raise _unreadable(text, exc) from None
        if node is None:
            return None
        if "&" in text:  # anchors: nodes may be shared (aliases), so measure them expanded
            check_node(node)
            return loader.construct_document(node)
        # no anchor, no alias: the nodes form a tree, checked and built in one walk
        return _build_tree(loader, node, 1)
    finally:
        loader.dispose()


def _unreadable(text: str, exc: yaml.reader.ReaderError) -> UnsafeYamlError:
    """A character YAML does not allow (a control character pasted from Word or Excel), with its
    code, its name and where it is: the first one in the file, as the reader stops there."""
    code = exc.character if isinstance(exc.character, int) else None
    at = text.find(chr(code)) if code is not None else -1
    if at < 0:
        return UnsafeYamlError(str(exc.reason or "unreadable character"), None)
    line = text.count("\n", 0, at) + 1
    column = at - text.rfind("\n", 0, at)
    return UnsafeYamlError(  # the place is in the text: callers add " at line N" to a mark's
        f"character {describe(text[at])} at line {line}, column {column}: YAML does not allow "
        "it; delete it",
        None,
    )


def _too_deep() -> str:
    return f"nested more than {MAX_DEPTH} levels deep"


def check_node(root: yaml.Node) -> None:
    """Refuse duplicate keys, alias bombs and deep nesting; linear in the number of nodes.

    Aliases make the node graph share nodes; the expanded size and depth are computed once per
    distinct node (post-order, with an explicit stack: no recursion), so a bomb is measured
    without being expanded.
    """
    size: dict[int, int] = {}  # id(node) -> values it stands for, expanded
    depth: dict[int, int] = {}
    distinct = 0
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    on_path: set[int] = set()
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if not children_done:
            if key in size:
                continue
            if key in on_path:
                raise UnsafeYamlError(
                    "an alias refers to the value that contains it", node.start_mark
                )
            distinct += 1
            kids = _children(node)
            if not kids:
                size[key], depth[key] = 1, 0
                continue
            on_path.add(key)
            stack.append((node, True))
            stack.extend((kid, False) for kid in kids if id(kid) not in size)
            continue
        on_path.discard(key)
        kids = _children(node)
        size[key] = 1 + sum(size[id(k)] for k in kids)
        depth[key] = 1 + max(depth[id(k)] for k in kids)
        if depth[key] > MAX_DEPTH:
            raise UnsafeYamlError(_too_deep(), node.start_mark)
        if size[key] - distinct > MAX_EXPANDED:
            raise UnsafeYamlError(
                f"aliases expand to more than {MAX_EXPANDED:,} values", node.start_mark
            )
        if isinstance(node, yaml.MappingNode):
            _check_duplicates(node)


_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_SPECIAL_KEYS = (_MERGE, "tag:yaml.org,2002:value")  # keys PyYAML's flatten_mapping rewrites


def _build_tree(loader: _Loader, node: yaml.Node, level: int) -> Any:
    """The Python value of a document without anchors (a plain tree), checked as
    :func:`check_node` checks (depth, duplicate keys) in the same depth-first walk.

    Plain strings, mappings and lists (nearly every node of wbr's files) are built here, about
    3x faster than PyYAML's constructor with its per-node bookkeeping; every other node (numbers,
    dates, booleans, merge keys, other tags) is built by PyYAML's constructor, so the values are
    exactly ``safe_load``'s. The recursion stops at MAX_DEPTH.
    """
    kind = type(node)
    if kind is yaml.ScalarNode:
        return node.value if node.tag == _STR else loader.construct_object(node)
    if level > MAX_DEPTH:
        raise UnsafeYamlError(_too_deep(), node.start_mark)
    if kind is yaml.MappingNode and node.tag == _MAP:
        pairs = node.value
        if all(type(k) is yaml.ScalarNode and k.tag not in _SPECIAL_KEYS for k, _ in pairs):
            keys = [k.value for k, _ in pairs]
            if len(set(keys)) != len(keys):
                _check_duplicates(node)
            return {
                _build_tree(loader, k, level + 1): _build_tree(loader, v, level + 1)
                for k, v in pairs
            }
    elif kind is yaml.SequenceNode and node.tag == _SEQ:
        return [_build_tree(loader, v, level + 1) for v in node.value]
    _check_tree(node, level)  # PyYAML builds the rest (merge keys, sets, other tags)
    return loader.construct_object(node, deep=True)


def _check_tree(node: yaml.Node, level: int) -> None:
    """:func:`check_node` for a tree (no anchors): depth and duplicate keys in one depth-first
    walk; its recursion stops at MAX_DEPTH."""
    if level > MAX_DEPTH:
        raise UnsafeYamlError(_too_deep(), node.start_mark)
    scalar = yaml.ScalarNode
    if isinstance(node, yaml.MappingNode):
        keys = [k.value for k, _ in node.value if isinstance(k, scalar)]
        if len(set(keys)) != len(keys):
            _check_duplicates(node)
        for key, value in node.value:
            if not isinstance(key, scalar):
                _check_tree(key, level + 1)
            if not isinstance(value, scalar):
                _check_tree(value, level + 1)
    elif isinstance(node, yaml.SequenceNode):
        for value in node.value:
            if not isinstance(value, scalar):
                _check_tree(value, level + 1)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _check_duplicates(node: yaml.MappingNode) -> None:
    seen: dict[tuple[str, str], int] = {}
    for key_node, _ in node.value:
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _MERGE:
            continue  # merge keys ('<<') may repeat; complex keys are rare and left to PyYAML
        ident = (key_node.tag, key_node.value)
        line = key_node.start_mark.line + 1
        if ident in seen:
            shown = key_node.value if len(key_node.value) <= 60 else key_node.value[:57] + "..."
            raise UnsafeYamlError(
                f"duplicate key {shown!r}, first on line {seen[ident]}, again", key_node.start_mark
            )
        seen[ident] = line
