"""The week's send record, ``sent.json``: which message went to whom, and when.

The record lives in the packet's folder (``<output_dir>/<week>/sent.json``) and, once the week is
archived, also in the archive (``YYYY/YYYY-MM-DD/sent.json``), so a runner whose disk is wiped
between runs still knows who already received the week's packet: the union of both records.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from wbr.errors import DeliveryError


@dataclass(frozen=True, slots=True)
class SentEntry:
    """One recorded send of a week's packet (an entry of ``sent.json``)."""

    message_id: str
    sent_at: str  # ISO 8601, UTC
    recipients: tuple[str, ...]
    refused: Mapping[str, str]
    subject: str
    pdf_sha256: str


def read_sent_file(path: Path) -> tuple[SentEntry, ...]:
    """The sends recorded in ``path``, oldest first (none when the file does not exist)."""
    if not path.is_file():
        return ()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return tuple(
            SentEntry(
                message_id=str(s["message_id"]),
                sent_at=str(s["sent_at"]),
                recipients=tuple(str(r) for r in s["recipients"]),
                refused={str(k): str(v) for k, v in (s.get("refused") or {}).items()},
                subject=str(s.get("subject", "")),
                pdf_sha256=str(s.get("pdf_sha256", "")),
            )
            for s in raw["sends"]
        )
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DeliveryError(
            f"{path}: not a valid send record ({exc!r}); fix it, or delete it to allow mailing "
            "this week's packet again"
        ) from None


def merge_sends(*records: Iterable[SentEntry]) -> tuple[SentEntry, ...]:
    """Every send of the records once (by message id, the first copy wins), oldest first."""
    seen: dict[str, SentEntry] = {}
    for record in records:
        for entry in record:
            seen.setdefault(entry.message_id, entry)
    return tuple(sorted(seen.values(), key=lambda s: s.sent_at))  # stable for equal times


def served(sends: Iterable[SentEntry]) -> set[str]:
    """Every address (lower case) that accepted one of the sends."""
    return {r.lower() for s in sends for r in s.recipients}


def sent_document(week_ending: dt.date, sends: Iterable[SentEntry]) -> str:
    """The text of ``sent.json`` for these sends."""
    doc = {
        "week_ending": week_ending.isoformat(),
        "sends": [
            {
                "message_id": s.message_id,
                "sent_at": s.sent_at,
                "subject": s.subject,
                "recipients": list(s.recipients),
                "refused": dict(s.refused),
                "pdf_sha256": s.pdf_sha256,
            }
            for s in sends
        ],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


__all__ = ["SentEntry", "merge_sends", "read_sent_file", "sent_document", "served"]
