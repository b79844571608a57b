"""Locate the files that ship with wbr: the metric catalogue, templates and the sample company."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """``metrics``, ``report_templates`` or ``sample_data``, from the wheel or a source checkout."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"wbr installation is missing its '{name}' folder")


def root_config() -> Path:
    """The sample ``wbr.yaml`` (shipped as the template for ``wbr init``)."""
    for candidate in (_PACKAGE / "_data" / "wbr.yaml", _PACKAGE.parent / "wbr.yaml"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("wbr installation is missing its sample wbr.yaml")
