"""Read the small CSV files owners keep beside the project (annotations, actions register)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from wbr.errors import ConfigError

Row = tuple[int, dict[str, str | None]]  # (line number, cells by stripped header name)


def read_register(path: Path, required: Sequence[str], header: str, setting: str) -> list[Row]:
    """Every row of the CSV at ``path`` with its line number; one ConfigError for any failure.

    ``required`` columns must be in the header (``header`` is the line shown in the hint);
    ``setting`` names the wbr.yaml key to check when the file is missing.
    """
    shown = path.name
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            names = [h.strip() for h in (reader.fieldnames or [])]
            missing = [c for c in required if c not in names]
            if missing:
                raise ConfigError(
                    f"{shown}: missing column(s) {', '.join(missing)} "
                    f"(expected a header line '{header}')"
                )
            return [
                (reader.line_num, {k.strip(): v for k, v in row.items() if k}) for row in reader
            ]
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: {setting} file not found (check '{setting}' in wbr.yaml)"
        ) from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from None
    except (csv.Error, UnicodeDecodeError) as exc:
        raise ConfigError(f"{shown}: not a readable CSV file ({exc})") from None
