"""The week's send record, ``sent.json``: which message went (or may have gone) to whom, and when.

The record lives in the packet's folder (``<output_dir>/<week>/sent.json``) and, with an archive,
also in the archive (``YYYY/YYYY-MM-DD/sent.json``), so a runner whose disk is wiped between runs
still knows who already received the week's packet: the union of both records.

At most once: an entry is written as ``pending`` (the intent: message id, recipients, time) and
made durable *before* the SMTP conversation starts; it becomes ``sent`` once the server accepted
the message, or ``failed`` when the server certainly did not. A ``pending`` entry found later
means a run stopped between the two (killed, disk full, power cut): the message may have gone
out, so nothing is sent again until someone checks and uses ``--resend`` (which turns the entry
into ``unconfirmed``). Entries written before intents existed have no status and mean ``sent``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from wbr.errors import DeliveryError

PENDING = "pending"  # the intent is recorded; whether the server accepted the message is unknown
SENT = "sent"  # the server accepted the message for ``recipients``
FAILED = "failed"  # the server certainly did not accept it
UNCONFIRMED = "unconfirmed"  # was pending; the operator checked and sent again with --resend
# when two records know one message, the entry that knows more wins
_RANK = {PENDING: 0, UNCONFIRMED: 1, FAILED: 2, SENT: 3}


@dataclass(frozen=True, slots=True)
class SentEntry:
    """One recorded send of a week's packet (an entry of ``sent.json``)."""

    message_id: str
    sent_at: str  # ISO 8601, UTC
    recipients: tuple[str, ...]
    refused: Mapping[str, str]
    subject: str
    pdf_sha256: str
    status: str = SENT

    @property
    def pending(self) -> bool:
        return self.status == PENDING


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
                status=_status(s.get("status", SENT)),
            )
            for s in raw["sends"]
        )
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DeliveryError(
            f"{path}: not a valid send record ({exc!r}); fix it, or delete it to allow mailing "
            "this week's packet again"
        ) from None


def _status(value: object) -> str:
    if value not in _RANK:
        raise ValueError(f"unknown status {value!r}")
    return str(value)


def merge_sends(*records: Iterable[SentEntry]) -> tuple[SentEntry, ...]:
    """Every send of the records once, oldest first.

    By message id: the copy whose status knows more wins (sent over failed over pending), the
    first copy among equals.
    """
    seen: dict[str, SentEntry] = {}
    for record in records:
        for entry in record:
            known = seen.get(entry.message_id)
            if known is None or _RANK[entry.status] > _RANK[known.status]:
                seen[entry.message_id] = entry
    return tuple(sorted(seen.values(), key=lambda s: s.sent_at))  # stable for equal times


def served(sends: Iterable[SentEntry]) -> set[str]:
    """Every address (lower case) that accepted one of the sends."""
    return {r.lower() for s in sends if s.status == SENT for r in s.recipients}


def unconfirmed(sends: Iterable[SentEntry]) -> tuple[SentEntry, ...]:
    """The intents without an outcome: messages that may or may not have gone out."""
    return tuple(s for s in sends if s.pending)


def write_durable(path: Path, text: str) -> Path:
    """Write ``text`` atomically and make it survive a crash or power cut before returning.

    A temporary file beside ``path`` is written and fsynced, renamed into place, and the folder
    fsynced (the rename itself must reach the disk). OSError when any of it fails; ``path`` then
    holds its old content or the new, never a mix.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):  # not on Windows, where a rename is durable by itself
        dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    return path


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
                "status": s.status,
            }
            for s in sends
        ],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


__all__ = [
    "FAILED",
    "PENDING",
    "SENT",
    "UNCONFIRMED",
    "SentEntry",
    "merge_sends",
    "read_sent_file",
    "sent_document",
    "served",
    "unconfirmed",
    "write_durable",
]
