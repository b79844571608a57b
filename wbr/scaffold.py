"""``wbr init``: copy the sample project (config, metric catalogue, sample data) into a folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from wbr.errors import WbrError
from wbr.resources import resource_dir, root_config


def init_project(directory: Path, force: bool = False) -> list[Path]:
    """Create a runnable project in ``directory``; return the files written."""
    target = directory / "wbr.yaml"
    if target.exists() and not force:
        raise WbrError(f"{target} already exists; use --force to overwrite the sample files")
    if directory.exists() and not directory.is_dir():
        raise WbrError(f"{directory} exists and is not a folder")
    directory.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name in ("metrics", "sample_data"):
        src = resource_dir(name)
        for path in sorted(src.rglob("*")):
            if path.is_dir() or "__pycache__" in path.parts:
                continue
            dest = directory / name / path.relative_to(src)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, dest)
            written.append(dest)
    shutil.copyfile(root_config(), target)
    written.append(target)
    return written
