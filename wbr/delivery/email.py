"""Email the week's PDF to leadership: compose (pure), send (smtplib), record (``sent.json``).

The body is the packet's *At a glance* in HTML that ordinary mail clients show (inline styles, no
scripts, every user text escaped) with a plain-text alternative; the PDF is attached. Credentials
come only from the environment variables the config names. A send is recorded in the week's folder
and, when the week is archived, committed to the archive too (:mod:`wbr.delivery.record`);
recipients in either record are not mailed again unless ``resend``.

TLS: ``ssl`` and ``starttls`` verify the server's certificate with the system trust store, which
honours ``SSL_CERT_FILE``/``SSL_CERT_DIR``; library callers (and tests) may pass an ``ssl_context``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import smtplib
import socket
import ssl
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wbr.config import EmailConfig, ReportConfig, Security, SmtpConfig
from wbr.delivery import Packet, packet_for
from wbr.delivery.archive import ArchiveOutcome, archived_sends, record_sends_in_archive
from wbr.delivery.lock import run_lock
from wbr.delivery.message import compose, envelope_address, message_recipients, unique_addresses
from wbr.delivery.record import SentEntry, merge_sends, read_sent_file, sent_document, served
from wbr.errors import DeliveryError
from wbr.fileio import write_atomic
from wbr.results import MetricSet, to_json_dict

if TYPE_CHECKING:
    from wbr.report import Report


class PartialDeliveryError(DeliveryError):
    """Some recipients got the message, others were refused."""

    def __init__(self, message: str, receipt: SendReceipt) -> None:
        super().__init__(message)
        self.receipt = receipt


@dataclass(frozen=True, slots=True)
class SendReceipt:
    """What the SMTP server accepted."""

    message_id: str
    sender: str
    accepted: tuple[str, ...]
    refused: Mapping[str, str] = field(default_factory=dict)  # address → "550 reason"
    server: str = ""  # host:port


@dataclass(frozen=True, slots=True)
class EmailOutcome:
    """The result of :func:`deliver_email`."""

    status: str  # "sent" | "dry_run" | "already_sent"
    week_ending: dt.date
    subject: str
    recipients: tuple[str, ...]  # sent to (or, for a dry run, would be sent to)
    already: tuple[str, ...]  # recipients skipped because they already received this week's packet
    eml: Path | None = None
    message_id: str | None = None
    previous: SentEntry | None = None
    archived: ArchiveOutcome | None = None  # the send record's commit in the archive

    def summary(self) -> str:
        """One line for the CLI."""
        who = ", ".join(self.recipients)
        if self.status == "sent":
            n = len(self.recipients)
            extra = f" ({len(self.already)} already had it)" if self.already else ""
            recorded = ""
            if self.archived is not None:
                pushed = f", pushed to {self.archived.pushed_to}" if self.archived.pushed_to else ""
                commit = (self.archived.commit or "")[:10]
                recorded = f"; recorded in the archive ({commit}{pushed})"
            return f"sent to {n} recipient{'s' if n != 1 else ''}: {who}{extra}{recorded}"
        if self.status == "dry_run":
            target = f"would send to {who}" if who else "nothing to send: everyone already has it"
            return f"{self.eml} ({target})"
        when = self.previous.sent_at if self.previous else "earlier"
        return f"already sent {when} to {', '.join(self.already)} (use --resend to send again)"


# --- sending -------------------------------------------------------------------------------------


def credentials(smtp: SmtpConfig, env: Mapping[str, str]) -> tuple[str, str] | None:
    """(user, password) from the environment variables the config names, or None for no login."""
    user = env.get(smtp.username_env) or ""
    password = env.get(smtp.password_env) or ""
    if not user and not password:
        return None
    if not user:
        raise DeliveryError(
            f"{smtp.password_env} is set but {smtp.username_env} is not; set both, or neither "
            "for a server that needs no login"
        )
    if not password:
        raise DeliveryError(
            f"{smtp.username_env} is set but {smtp.password_env} is not; set both, or neither "
            "for a server that needs no login"
        )
    return user, password


def send(
    msg: EmailMessage,
    smtp: SmtpConfig,
    env: Mapping[str, str],
    *,
    recipients: Sequence[str] | None = None,
    ssl_context: ssl.SSLContext | None = None,
) -> SendReceipt:
    """Send ``msg`` through the configured server; return what it accepted.

    ``recipients`` (bare addresses) defaults to the message's To, Cc and Bcc. Raises DeliveryError
    naming what failed and who did not receive the message; PartialDeliveryError (with the
    receipt) when the server accepted some recipients and refused others.
    """
    sender = envelope_address(str(msg["From"]))
    rcpts = tuple(recipients) if recipients is not None else message_recipients(msg)
    server = f"{smtp.host}:{smtp.port}"
    login = credentials(smtp, env)
    if login is not None and smtp.security is Security.NONE and not smtp.allow_insecure_auth:
        raise DeliveryError(
            f"refusing to send the SMTP password unencrypted to {server} (security: none); use "
            "security: starttls or ssl, or set allow_insecure_auth: true for a trusted relay"
        )

    def failed(what: str) -> DeliveryError:
        return DeliveryError(f"{what}; nobody received the packet ({', '.join(rcpts)})")

    context = ssl_context if ssl_context is not None else ssl.create_default_context()
    client: smtplib.SMTP | None = None
    try:
        if smtp.security is Security.SSL:
            client = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=smtp.timeout, context=context)
        else:
            client = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout)
        client.ehlo()
        if smtp.security is Security.STARTTLS:
            if not client.has_extn("starttls"):
                raise failed(
                    f"SMTP server {server} does not offer STARTTLS (security: starttls); "
                    "refusing to continue unencrypted"
                )
            client.starttls(context=context)
            client.ehlo()
        if login is not None:
            client.login(*login)
        refused_raw = client.send_message(msg, from_addr=sender, to_addrs=list(rcpts))
    except ssl.SSLError as exc:
        raise failed(
            f"TLS with SMTP server {server} failed ({_ssl_reason(exc)}); if the server uses a "
            "private certificate authority, point SSL_CERT_FILE at its certificate"
        ) from None
    except smtplib.SMTPAuthenticationError as exc:
        user = login[0] if login else ""
        raise failed(
            f"SMTP server {server} rejected the login of user {user!r} ({_reply(exc)}); "
            f"check {smtp.username_env} and {smtp.password_env}"
        ) from None
    except smtplib.SMTPRecipientsRefused as exc:
        refused = {a: _reply_of(v) for a, v in exc.recipients.items()}
        raise DeliveryError(
            f"SMTP server {server} refused every recipient: {_refusals(refused)}; "
            "nobody received the packet"
        ) from None
    except smtplib.SMTPSenderRefused as exc:
        hint = (
            f"; the server wants a login: set {smtp.username_env} and {smtp.password_env}"
            if exc.smtp_code == 530
            else ""
        )
        raise failed(
            f"SMTP server {server} refused the sender {sender} ({_reply(exc)}){hint}"
        ) from None
    except smtplib.SMTPNotSupportedError as exc:
        raise failed(f"SMTP server {server} does not support a required command ({exc})") from None
    except smtplib.SMTPResponseException as exc:
        raise failed(f"SMTP server {server} answered {_reply(exc)}") from None
    except smtplib.SMTPException as exc:
        raise failed(f"SMTP conversation with {server} failed ({exc})") from None
    except socket.gaierror as exc:
        raise failed(f"cannot resolve SMTP host {smtp.host!r} ({exc.strerror})") from None
    except TimeoutError:
        raise failed(f"SMTP server {server} did not answer within {smtp.timeout:g} s") from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise failed(
            f"cannot connect to SMTP server {server} ({reason}); check email.smtp host and port"
        ) from None
    finally:
        if client is not None:
            _close(client)
    refused = {a: _reply_of(v) for a, v in refused_raw.items()}
    accepted = tuple(r for r in rcpts if r not in refused)
    receipt = SendReceipt(
        message_id=str(msg["Message-ID"]),
        sender=sender,
        accepted=accepted,
        refused=refused,
        server=server,
    )
    if refused:
        raise PartialDeliveryError(
            f"SMTP server {server} refused {len(refused)} of {len(rcpts)} recipients: "
            f"{_refusals(refused)}; they did not receive the packet "
            f"(delivered to {', '.join(accepted)})",
            receipt,
        )
    return receipt


def _close(client: smtplib.SMTP) -> None:
    try:
        client.quit()
    except (smtplib.SMTPException, OSError):
        client.close()


def _reply(exc: smtplib.SMTPResponseException) -> str:
    text = (
        exc.smtp_error.decode("utf-8", "replace")
        if isinstance(exc.smtp_error, bytes)
        else str(exc.smtp_error)
    )
    return f"{exc.smtp_code} {' '.join(text.split())}"


def _reply_of(value: Any) -> str:
    code, text = value
    text = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {' '.join(text.split())}"


def _refusals(refused: Mapping[str, str]) -> str:
    return ", ".join(f"{addr} ({reason})" for addr, reason in refused.items())


def _ssl_reason(exc: ssl.SSLError) -> str:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return exc.verify_message or "certificate verify failed"
    return exc.reason or str(exc)


# --- the week's record ---------------------------------------------------------------------------


def read_sent(packet: Packet) -> tuple[SentEntry, ...]:
    """The sends recorded in the week's folder, oldest first (none without ``sent.json``)."""
    return read_sent_file(packet.sent_record)


def record_send(packet: Packet, entry: SentEntry, earlier: Sequence[SentEntry] = ()) -> Path:
    """Add ``entry`` (and the ``earlier`` sends, e.g. the archive's) to the week's ``sent.json``
    (written atomically)."""
    sends = merge_sends(read_sent(packet), earlier, (entry,))
    return write_atomic(packet.sent_record, sent_document(packet.week_ending, sends))


# --- orchestration -------------------------------------------------------------------------------


def deliver_email(
    report: Report,
    packet: Packet,
    *,
    to: Sequence[str] = (),
    dry_run: bool = False,
    resend: bool = False,
    env: Mapping[str, str],
    now: dt.datetime,
    ssl_context: ssl.SSLContext | None = None,
    push: bool = False,
) -> EmailOutcome:
    """Compose the week's email and send it to whoever has not received it yet (or write .eml).

    Who already received it: the week's ``sent.json`` and, with ``archive:`` in the config, the
    archived one (so a fresh checkout of the archive on an empty disk mails nobody twice). A send
    is recorded in the week's folder and, when the week is archived, committed to the archive
    (pushed to ``archive.remote`` when ``push``).
    """
    email = _email_settings(report.project.config)
    archive = report.project.config.archive
    pdf = packet.require(packet.pdf, "PDF packet").read_bytes()
    in_archive = archived_sends(archive.path, packet.week_ending) if archive else ()
    sends = merge_sends(read_sent(packet), in_archive)
    wanted = unique_addresses([envelope_address(a) for a in (to or (*email.to, *email.cc))])
    done = served(sends)
    pending = wanted if resend else tuple(r for r in wanted if r.lower() not in done)
    already = tuple(r for r in wanted if r.lower() in done)
    if not pending and not dry_run:
        return EmailOutcome(
            "already_sent", packet.week_ending, sends[-1].subject, (), already,
            previous=sends[-1],
        )  # fmt: skip
    domain = envelope_address(email.sender).rsplit("@", 1)[1]
    msg = compose(
        email,
        title=report.project.config.title,
        week_ending=packet.week_ending,
        glance=report.glance,
        pdf=pdf,
        pdf_name=packet.pdf.name,
        date=now,
        message_id=make_msgid(idstring=f"wbr.{packet.week_ending}", domain=domain),
        to=to,
    )
    subject = str(msg["Subject"])
    if dry_run:
        write_atomic(packet.eml, msg.as_bytes())
        return EmailOutcome(
            "dry_run", packet.week_ending, subject, pending, () if resend else already,
            eml=packet.eml, message_id=str(msg["Message-ID"]),
        )  # fmt: skip

    def entry(receipt: SendReceipt) -> SentEntry:
        return SentEntry(
            message_id=receipt.message_id,
            sent_at=now.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
            recipients=receipt.accepted,
            refused=receipt.refused,
            subject=subject,
            pdf_sha256=hashlib.sha256(pdf).hexdigest(),
        )

    def record(receipt: SendReceipt) -> tuple[ArchiveOutcome | None, str]:
        """Record locally, then in the archive; the archive's failure as text (or "")."""
        record_send(packet, entry(receipt), in_archive)
        if archive is None:
            return None, ""
        try:
            return record_sends_in_archive(
                packet, archive.path, remote=archive.remote, branch=archive.branch, push=push
            ), ""  # fmt: skip
        except DeliveryError as exc:
            return None, (
                f"recording the send in the archive failed: {exc.message}. It is recorded only "
                f"in {packet.sent_record}: keep that file and run 'wbr archive' once the archive "
                "is fixed (it commits the record), or a run without it would mail them again"
            )

    try:
        receipt = send(msg, email.smtp, env, recipients=pending, ssl_context=ssl_context)
    except PartialDeliveryError as exc:
        archived, problem = record(exc.receipt)
        where = f"{packet.sent_record}" + (" and in the archive" if archived else "")
        raise DeliveryError(
            f"{exc.message}. The delivery is recorded in {where}; after fixing the refused "
            "addresses, run 'wbr email' again: it sends only to those who did not get it"
            + (f". But {problem}" if problem else "")
        ) from None
    archived, problem = record(receipt)
    outcome = EmailOutcome(
        "sent", packet.week_ending, subject, receipt.accepted, () if resend else already,
        message_id=receipt.message_id, archived=archived,
    )  # fmt: skip
    if problem:
        raise DeliveryError(f"{outcome.summary()}; but {problem}")
    return outcome


def _email_settings(cfg: ReportConfig) -> EmailConfig:
    if cfg.email is None:
        raise DeliveryError(
            f"{cfg.path.name} has no 'email:' settings (add email: {{from, to, smtp}})"
        )
    return cfg.email


def email_week(
    config_path: Path | str,
    week_ending: dt.date | None = None,
    *,
    to: Sequence[str] = (),
    dry_run: bool = False,
    resend: bool = False,
    env: Mapping[str, str],
    now: dt.datetime,
    ssl_context: ssl.SSLContext | None = None,
) -> EmailOutcome:
    """``wbr email``: check the week's rendered packet is current, then :func:`deliver_email`
    (holding the project's run lock; the send record is committed to the archive, not pushed)."""
    from wbr.project import load_project
    from wbr.report import build_report

    project = load_project(config_path)
    cfg = project.config
    _email_settings(cfg)  # before the report is built: fail fast
    with run_lock(cfg.output_dir):
        report = build_report(project, week_ending)
        packet = packet_for(cfg.output_dir, report.week_ending)
        packet.require(packet.pdf, "PDF packet")
        check_current(packet, report.metric_set)
        return deliver_email(
            report, packet, to=to, dry_run=dry_run, resend=resend, env=env, now=now,
            ssl_context=ssl_context,
        )  # fmt: skip


def check_current(packet: Packet, metric_set: MetricSet) -> None:
    """DeliveryError when the packet on disk shows other numbers than the data gives now."""
    on_disk = packet.read_metrics()
    now = json.loads(json.dumps(to_json_dict(metric_set)))
    for key in ("metrics", "pairs"):
        if on_disk.get(key) != now[key]:
            raise DeliveryError(
                f"the packet in {packet.folder} is out of date: its numbers differ from what the "
                f"data gives now (run 'wbr render --week-ending {packet.week_ending}' again, "
                "then email it)"
            )


__all__ = [
    "EmailOutcome",
    "PartialDeliveryError",
    "SendReceipt",
    "SentEntry",
    "check_current",
    "compose",
    "credentials",
    "deliver_email",
    "email_week",
    "read_sent",
    "record_send",
    "send",
]
