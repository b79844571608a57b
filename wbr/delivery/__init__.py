"""Delivery of a rendered packet: email it to leadership, archive it in git, check restatements.

A week's packet lives in ``<output_dir>/<YYYY-MM-DD>/`` (written by
:func:`wbr.report.write_outputs`): ``wbr-YYYY-MM-DD.html``, ``wbr-YYYY-MM-DD.pdf`` and
``metrics.json``. Delivery never rewrites those files; it adds ``sent.json`` (the email record,
also kept in the archive: :mod:`wbr.delivery.record`) and, for ``--dry-run``,
``wbr-YYYY-MM-DD.eml``. ``<output_dir>/.wbr.lock`` keeps two runs apart (:mod:`wbr.delivery.lock`).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wbr.errors import DeliveryError

SENT_FILE = "sent.json"


@dataclass(frozen=True, slots=True)
class Packet:
    """The files of one week's packet: the one place their names are decided.

    ``wbr.report.output_paths`` (writing), email, the archive and its index all ask this class.
    """

    folder: Path
    week_ending: dt.date

    @property
    def stem(self) -> str:
        return f"wbr-{self.week_ending.isoformat()}"

    @property
    def html(self) -> Path:
        return self.folder / f"{self.stem}.html"

    @property
    def pdf(self) -> Path:
        return self.folder / f"{self.stem}.pdf"

    @property
    def qmd(self) -> Path:
        return self.folder / f"{self.stem}.qmd"

    @property
    def metrics_json(self) -> Path:
        return self.folder / "metrics.json"

    @property
    def sent_record(self) -> Path:
        return self.folder / SENT_FILE

    @property
    def eml(self) -> Path:
        return self.folder / f"{self.stem}.eml"

    def require(self, path: Path, what: str) -> Path:
        """``path`` if it exists, else a DeliveryError telling the user to render first."""
        if not path.is_file():
            raise DeliveryError(
                f"no {what} for the week ending {self.week_ending}: {path} does not exist "
                f"(run 'wbr render --week-ending {self.week_ending}' first)"
            )
        return path

    def read_metrics(self) -> dict[str, Any]:
        """The packet's ``metrics.json``, checked to be for this week."""
        path = self.require(self.metrics_json, "metrics.json")
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise DeliveryError(f"{path}: cannot read the packet's metrics ({exc})") from None
        if not isinstance(data, dict) or data.get("week_ending") != self.week_ending.isoformat():
            raise DeliveryError(
                f"{path} is not the metrics of the week ending {self.week_ending} "
                "(run 'wbr render' again)"
            )
        return data


def packet_for(output_dir: Path, week_ending: dt.date) -> Packet:
    """The packet of the week ending ``week_ending`` under ``output_dir``."""
    return Packet(output_dir / week_ending.isoformat(), week_ending)


__all__ = ["SENT_FILE", "Packet", "packet_for"]
