"""Email the week's PDF to leadership: compose (pure), send (smtplib), record (``sent.json``).

The body is the packet's *At a glance* in HTML that ordinary mail clients show (inline styles, no
scripts, every user text escaped) with a plain-text alternative; the PDF is attached. Credentials
come only from the environment variables the config names.

At most once: the intent to send is recorded durably (the week's ``sent.json``, fsynced, and the
archive, committed and pushed) before the SMTP conversation, and marked sent once the server
accepted (:mod:`wbr.delivery.record`). Recipients in either record are not mailed again unless
``resend``; an intent without an outcome stops every later send until the operator checks and
uses ``resend``. ``smtp.timeout`` bounds the whole conversation (:mod:`wbr.delivery.smtpclient`).

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
from collections.abc import Callable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field, replace
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wbr.config import EmailConfig, ReportConfig, Security, SmtpConfig
from wbr.delivery import Packet, packet_for
from wbr.delivery.archive import (
    ArchiveOutcome,
    archived_sends,
    record_sends_in_archive,
    secret_env,
)
from wbr.delivery.lock import run_lock
from wbr.delivery.message import compose, envelope_address, message_recipients, unique_addresses
from wbr.delivery.record import (
    FAILED,
    PENDING,
    SENT,
    UNCONFIRMED,
    SentEntry,
    merge_sends,
    read_sent_file,
    sent_document,
    served,
    unconfirmed,
    write_durable,
)
from wbr.delivery.smtpclient import (
    DeadlineExpired,
    DeadlineSMTP,
    DeadlineSMTPSSL,
    NonAsciiAuthUnsupported,
)
from wbr.errors import DeliveryError
from wbr.fileio import write_atomic
from wbr.results import MetricSet, to_json_dict

if TYPE_CHECKING:
    from wbr.report import Report


class OutcomeUnknown(DeliveryError):
    """The conversation broke between sending the message and the server's answer to it."""


class MaybeSent(DeliveryError):
    """A message for the week may have gone out: an intent without an outcome was found."""


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
    warnings: tuple[str, ...] = ()  # the delivery could not be recorded everywhere, ...

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
    on_accepted: Callable[[SendReceipt], None] | None = None,
) -> SendReceipt:
    """Send ``msg`` through the configured server; return what it accepted.

    ``recipients`` (bare addresses) defaults to the message's To, Cc and Bcc. ``smtp.timeout`` is
    the deadline for the whole conversation, connect to QUIT. ``on_accepted`` is called with the
    receipt as soon as the server accepted the message, before QUIT (to record the delivery
    while the conversation ends). Raises DeliveryError naming what failed and who did not
    receive the message; PartialDeliveryError (with the receipt) when the server accepted some
    recipients and refused others; OutcomeUnknown when the conversation broke after the message
    was sent and before the server's answer to it (it may have been delivered).
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
    context = ssl_context if ssl_context is not None else ssl.create_default_context()
    client: DeadlineSMTP | DeadlineSMTPSSL
    if smtp.security is Security.SSL:
        client = DeadlineSMTPSSL(timeout=smtp.timeout, context=context)
    else:
        client = DeadlineSMTP(timeout=smtp.timeout)
    client.start_clock(smtp.timeout)
    try:
        client.connect(smtp.host, smtp.port)
        client.ehlo()
        if smtp.security is Security.STARTTLS:
            if not client.has_extn("starttls"):
                raise DeliveryError(
                    f"SMTP server {server} does not offer STARTTLS (security: starttls); "
                    "refusing to continue unencrypted"
                )
            client.starttls(context=context)
            client.ehlo()
        if login is not None:
            client.login(*login)
        refused_raw = client.send_message(msg, from_addr=sender, to_addrs=list(rcpts))
        refused = {a: _reply_of(v) for a, v in refused_raw.items()}
        receipt = SendReceipt(
            message_id=str(msg["Message-ID"]),
            sender=sender,
            accepted=tuple(r for r in rcpts if r not in refused),
            refused=refused,
            server=server,
        )
        if on_accepted is not None:
            on_accepted(receipt)
    except (smtplib.SMTPException, OSError, DeliveryError) as exc:
        _close(client)
        if client.past_deadline() and not isinstance(exc, DeliveryError):
            exc = DeadlineExpired()  # whichever read or write the deadline cut short
        what = exc.message if isinstance(exc, DeliveryError) else _failure(exc, smtp, login, sender)
        if client.outcome_unknown:
            raise OutcomeUnknown(
                f"{what}, after the message was sent and before the server confirmed it: it may "
                f"have been delivered to {', '.join(rcpts)}"
            ) from None
        if isinstance(exc, smtplib.SMTPRecipientsRefused):
            raise DeliveryError(f"{what}; nobody received the packet") from None
        raise DeliveryError(f"{what}; nobody received the packet ({', '.join(rcpts)})") from None
    _close(client)  # QUIT, within what is left of the deadline; its failure changes nothing
    if receipt.refused:
        raise PartialDeliveryError(
            f"SMTP server {server} refused {len(refused)} of {len(rcpts)} recipients: "
            f"{_refusals(refused)}; they did not receive the packet "
            f"(delivered to {', '.join(receipt.accepted)})",
            receipt,
        )
    return receipt


def _failure(
    exc: smtplib.SMTPException | OSError,
    smtp: SmtpConfig,
    login: tuple[str, str] | None,
    sender: str,
) -> str:
    """What went wrong in the SMTP conversation, in words (without who did not get it)."""
    server = f"{smtp.host}:{smtp.port}"
    if isinstance(exc, DeadlineExpired):
        return (
            f"SMTP server {server} did not complete the conversation within {smtp.timeout:g} s "
            "(email.smtp.timeout, for the whole conversation)"
        )
    if isinstance(exc, ssl.SSLError):
        return (
            f"TLS with SMTP server {server} failed ({_ssl_reason(exc)}); if the server uses a "
            "private certificate authority, point SSL_CERT_FILE at its certificate"
        )
    if isinstance(exc, NonAsciiAuthUnsupported):
        return f"SMTP server {server}: {exc}"
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        user = login[0] if login else ""
        return (
            f"SMTP server {server} rejected the login of user {user!r} ({_reply(exc)}); "
            f"check {smtp.username_env} and {smtp.password_env}"
        )
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        refused = {a: _reply_of(v) for a, v in exc.recipients.items()}
        return f"SMTP server {server} refused every recipient: {_refusals(refused)}"
    if isinstance(exc, smtplib.SMTPSenderRefused):
        hint = (
            f"; the server wants a login: set {smtp.username_env} and {smtp.password_env}"
            if exc.smtp_code == 530
            else ""
        )
        return f"SMTP server {server} refused the sender {sender} ({_reply(exc)}){hint}"
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return f"SMTP server {server} does not support a required command ({exc})"
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"SMTP server {server} answered {_reply(exc)}"
    if isinstance(exc, smtplib.SMTPException):
        return f"SMTP conversation with {server} failed ({exc})"
    if isinstance(exc, socket.gaierror):
        return f"cannot resolve SMTP host {smtp.host!r} ({exc.strerror})"
    if isinstance(exc, TimeoutError):
        return f"SMTP server {server} did not answer within {smtp.timeout:g} s"
    reason = exc.strerror or str(exc)
    return f"cannot connect to SMTP server {server} ({reason}); check email.smtp host and port"


def _close(client: smtplib.SMTP) -> None:
    if client.sock is None:
        return
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
) -> EmailOutcome:
    """Compose the week's email and send it, at most once, to whoever has not received it yet
    (or write .eml).

    Who already received it: the week's ``sent.json`` and, with ``archive:`` in the config, the
    archived one (so a fresh checkout of the archive on an empty disk mails nobody twice).

    At most once: before the SMTP conversation the intent (message id, recipients, time) is
    written to the week's ``sent.json`` and fsynced, and, with an archive, committed there
    (and pushed when ``archive.remote`` is set); when that fails nothing is sent. Once the
    server accepted the message the entry is marked sent (best effort: a failure is a warning
    in the outcome, never a resend). An intent found without an outcome stops the send
    (MaybeSent) unless ``resend``.
    """
    email = _email_settings(report.project.config)
    archive = report.project.config.archive
    pdf = packet.require(packet.pdf, "PDF packet").read_bytes()
    in_archive = archived_sends(archive.path, packet.week_ending) if archive else ()
    sends = merge_sends(read_sent(packet), in_archive)
    open_intents = unconfirmed(sends)
    wanted = unique_addresses([envelope_address(a) for a in (to or (*email.to, *email.cc))])
    done = served(sends)
    pending = wanted if resend else tuple(r for r in wanted if r.lower() not in done)
    already = tuple(r for r in wanted if r.lower() in done)
    # an intent without an outcome blocks whoever it may have reached and is still to be mailed
    todo = {r.lower() for r in pending}
    risky = [s for s in open_intents if todo & {r.lower() for r in s.recipients}]
    if risky and not resend and not dry_run:
        raise MaybeSent(maybe_sent_message(packet.week_ending, risky[-1]))
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
        number=report.metric_set.week_number,  # the fiscal week on a retail calendar (#12)
        actions=report.actions,
        notes=report.notes,
        labels={r.metric.id: r.metric.label for r in report.metric_set.metrics},
    )
    subject = str(msg["Subject"])
    if dry_run:
        write_atomic(packet.eml, msg.as_bytes())
        return EmailOutcome(
            "dry_run", packet.week_ending, subject, pending, () if resend else already,
            eml=packet.eml, message_id=str(msg["Message-ID"]),
        )  # fmt: skip

    intent = SentEntry(
        message_id=str(msg["Message-ID"]),
        sent_at=now.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        recipients=pending,
        refused={},
        subject=subject,
        pdf_sha256=hashlib.sha256(pdf).hexdigest(),
        status=PENDING,
    )
    # --resend after "may already have gone out": the operator checked; those intents are closed
    closed = [replace(s, status=UNCONFIRMED) for s in open_intents] if resend else []
    warnings: list[str] = []
    hide = secret_env(report.project.config)

    def write_local(entry: SentEntry) -> None:
        document = sent_document(packet.week_ending, merge_sends(sends, closed, (entry,)))
        write_durable(packet.sent_record, document)

    def write_archive() -> ArchiveOutcome | None:
        if archive is None:
            return None
        return record_sends_in_archive(
            packet, archive.path, remote=archive.remote, branch=archive.branch,
            push=archive.remote is not None, hide=hide,
        )  # fmt: skip

    def mark_archive(entry: SentEntry) -> ArchiveOutcome | None:
        """The outcome (already in the local record) into the archive; a failure is a warning."""
        try:
            return write_archive()
        except DeliveryError as exc:
            warnings.append(_unrecorded(entry, f"the archive: {exc.message}"))
            return None

    # 1. the intent, durable before any SMTP conversation
    try:
        write_local(intent)
    except OSError as exc:
        raise DeliveryError(
            f"cannot record the intent to mail the week ending {packet.week_ending} in "
            f"{packet.sent_record} ({_os_reason(exc)}); nothing was sent"
        ) from None
    try:
        intent_commit = write_archive()
    except DeliveryError as exc:
        with suppress(OSError):  # else the next run asks to check with the recipients: safe
            write_local(replace(intent, status=FAILED))
        raise DeliveryError(
            f"cannot record the intent to mail the week ending {packet.week_ending} in the "
            f"archive ({exc.message}); nothing was sent: fix the archive and run again"
        ) from None
    warnings += intent_commit.warnings if intent_commit else ()

    # 2. the conversation; the delivery is recorded locally as soon as the server accepted
    local_mark: list[str] = []

    def accepted(receipt: SendReceipt) -> None:
        entry = _delivered(intent, receipt)
        try:
            write_local(entry)
        except OSError as exc:
            local_mark.append(_unrecorded(entry, f"{packet.sent_record}: {_os_reason(exc)}"))

    try:
        receipt = send(
            msg, email.smtp, env, recipients=pending, ssl_context=ssl_context,
            on_accepted=accepted,
        )  # fmt: skip
    except PartialDeliveryError as exc:
        archived = mark_archive(_delivered(intent, exc.receipt)) if not local_mark else None
        where = f"{packet.sent_record}" + (" and in the archive" if archived else "")
        raise DeliveryError(
            f"{exc.message}. The delivery is recorded in {where}; after fixing the refused "
            "addresses, run 'wbr email' again: it sends only to those who did not get it"
            + "".join(f". {w}" for w in (*local_mark, *warnings))
        ) from None
    except OutcomeUnknown as exc:
        raise DeliveryError(
            f"{exc.message}. The attempt stays recorded in {packet.sent_record} as possibly "
            "sent: check with the recipients, then use --resend if they did not get it"
        ) from None
    except DeliveryError as exc:
        problems: list[str] = []
        entry = replace(intent, status=FAILED)
        try:
            write_local(entry)
            write_archive()
        except (OSError, DeliveryError) as record_exc:
            reason = (
                record_exc.message
                if isinstance(record_exc, DeliveryError)
                else _os_reason(record_exc)
            )
            problems.append(
                f"recording that nothing was sent failed too ({reason}), so the next run will "
                "ask you to check with the recipients"
            )
        raise DeliveryError("; ".join([exc.message, *problems])) from None
    archived = mark_archive(_delivered(intent, receipt)) if not local_mark else None
    return EmailOutcome(
        "sent", packet.week_ending, subject, receipt.accepted, () if resend else already,
        message_id=receipt.message_id, archived=archived,
        warnings=(*local_mark, *warnings),
    )  # fmt: skip


def _delivered(intent: SentEntry, receipt: SendReceipt) -> SentEntry:
    return replace(intent, status=SENT, recipients=receipt.accepted, refused=receipt.refused)


def _unrecorded(entry: SentEntry, where: str) -> str:
    if entry.status == SENT:
        return (
            f"the message {entry.message_id} was delivered, but recording that failed "
            f"({where}); nobody is mailed again: the next run stops and asks you to check"
        )
    return f"recording the outcome of {entry.message_id} failed ({where})"


def _os_reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def maybe_sent_message(week_ending: dt.date, entry: SentEntry) -> str:
    """The error for an intent without an outcome: it may have gone out; say when and to whom."""
    when = entry.sent_at
    try:
        at = dt.datetime.fromisoformat(entry.sent_at.replace("Z", "+00:00"))
        when = f"{at:%H:%M} UTC on {at:%Y-%m-%d}"
    except ValueError:
        pass
    return (
        f"a message for the week ending {week_ending} may already have gone out at {when} "
        f"(id {entry.message_id}, to {', '.join(entry.recipients)}): the run that sent it "
        "stopped before the server's answer was recorded; check with the recipients, then use "
        "--resend"
    )


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
    (holding the project's run lock)."""
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
    "send",
]
