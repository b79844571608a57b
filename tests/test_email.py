"""Email delivery against a real SMTP server on loopback (aiosmtpd): plain, STARTTLS, SSL, AUTH.

Certificates are made in the test (trustme). The received message is parsed back and checked:
subject, envelope recipients, HTML and text parts, the PDF attachment byte for byte. Every failure
case must end in a DeliveryError naming what failed and leave the packet untouched.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
import hashlib
import json
import shutil
import socket
import ssl
import subprocess
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
import trustme
import yaml
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from click.testing import CliRunner

from wbr.cli import cli
from wbr.config import EmailConfig, Security, SmtpConfig
from wbr.delivery import Packet, packet_for
from wbr.delivery.email import deliver_email, read_sent, send
from wbr.delivery.message import compose, glance_html, subject_line
from wbr.delivery.record import served
from wbr.errors import DeliveryError
from wbr.glance import Glance, GlancePair, SignalLine, TargetMiss
from wbr.project import load_project
from wbr.report import Report, build_report, metric_set_json
from wbr.scaffold import init_project

WEEK = dt.date(2026, 11, 15)
NOW = dt.datetime(2026, 11, 16, 7, 0, tzinfo=dt.UTC)
PDF = b"%PDF-1.7\n" + bytes(range(256)) * 64 + b"\n%%EOF\n"  # every byte value survives base64
USER, PASSWORD = "wbr-bot", "s3cret pass"
TO = ("ceo@acme.example", "coo@acme.example")
CC = ("analyst@acme.example",)


# --- a real SMTP server ----------------------------------------------------------------------


class Collector:
    """aiosmtpd handler: keeps every envelope; refuses the addresses in ``refuse`` at RCPT."""

    def __init__(self, refuse: tuple[str, ...] = ()) -> None:
        self.envelopes: list[Any] = []
        self.refuse = refuse
        self.logins: list[bytes] = []

    async def handle_RCPT(  # noqa: N802 (aiosmtpd's hook name)
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    def message(self, i: int = -1) -> EmailMessage:
        raw = self.envelopes[i].original_content or self.envelopes[i].content
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        return msg


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def server_tls(ca: trustme.CA) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(ctx)
    return ctx


@pytest.fixture(scope="module")
def client_tls(ca: trustme.CA) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ca.configure_trust(ctx)
    return ctx


class Server:
    """A running SMTP server and its handler."""

    def __init__(self, controller: Controller, handler: Collector) -> None:
        self.controller = controller
        self.handler = handler
        self.port = int(controller.port)


@pytest.fixture
def smtp_server() -> Iterator[Any]:
    """Factory: ``smtp_server(**aiosmtpd options)`` → a started server, stopped after the test."""
    started: list[Controller] = []

    def start(handler: Collector | None = None, ssl_context: Any = None, **options: Any) -> Server:
        handler = handler or Collector()
        controller = Controller(
            handler,
            hostname="127.0.0.1",
            port=free_port(),
            ssl_context=ssl_context,
            server_hostname="localhost",
            **options,
        )
        controller.start()
        started.append(controller)
        return Server(controller, handler)

    yield start
    for controller in started:
        controller.stop()


def authenticator(handler: Collector) -> Any:
    def check(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> Any:
        ok = isinstance(auth_data, LoginPassword) and (
            auth_data.login == USER.encode() and auth_data.password == PASSWORD.encode()
        )
        if ok:
            handler.logins.append(auth_data.login)
        return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd replies 535

    return check


def smtp(port: int, security: Security, **extra: Any) -> SmtpConfig:
    return SmtpConfig(host="127.0.0.1", port=port, security=security, timeout=5.0, **extra)


# --- a real report and packet ------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's sample project, copied (the tests add email settings to it)."""
    root = tmp_path_factory.mktemp("sample")
    init_project(root)
    return root


@pytest.fixture(scope="module")
def report(sample: Path) -> Report:
    return build_report(load_project(sample / "wbr.yaml"), WEEK)


def with_email(report: Report, smtp_config: SmtpConfig, **fields: Any) -> Report:
    settings = EmailConfig(sender="WBR Bot <wbr@acme.example>", to=TO, cc=CC, smtp=smtp_config)
    settings = dataclasses.replace(settings, **fields)
    config = dataclasses.replace(report.project.config, email=settings)
    return dataclasses.replace(report, project=dataclasses.replace(report.project, config=config))


@pytest.fixture
def packet(tmp_path: Path, report: Report) -> Packet:
    p = packet_for(tmp_path / "reports", WEEK)
    p.folder.mkdir(parents=True)
    p.pdf.write_bytes(PDF)
    p.html.write_text("<!DOCTYPE html><title>packet</title>", encoding="utf-8")
    p.metrics_json.write_text(metric_set_json(report.metric_set), encoding="utf-8")
    return p


def snapshot(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def tricky_glance() -> Glance:
    pair = GlancePair(
        status="alert",
        metric="leads",
        metric_label="Leads <b>&",
        counter_metric="rate",
        counter_label='Rate "x"',
        metric_change="+33.7 %",
        counter_change="−669 bps",
        reason="Leads <script>alert(1)</script> rose while the rate fell.",
        has_commentary=False,
        severity=6.7,
    )
    miss = TargetMiss(
        "won", "Won revenue", "$1.2M", "$1.4M", "−14.3 %", -0.143, False, False,
        assurance="will hit and miss by chance",
    )  # fmt: skip
    signal = SignalLine(
        metric="rate",
        label='Rate "x"',
        direction="bad",
        rules=("outside",),
        sentence='Rate "x" <i>21.0 %</i> is below its lower natural process limit of 24.8 % '
        "(limits from the 20 weeks to 4 Oct)",
        provisional=True,
        has_commentary=False,
    )
    return Glance(
        pairs=(pair,),
        signals=(signal,),
        misses=(miss,),
        routine="14 other metrics moved only within their routine variation: nothing to explain.",
        warnings=("source 'web' ends 2026-11-13 & is partial",),
        headline="1 Goodhart alert, 1 metric off target",
        summary="No metric moved beyond its routine variation this week (and 1 more on "
        "provisional data); 14 moved only within it.",
    )


def compose_simple(to: tuple[str, ...] = ()) -> EmailMessage:
    settings = EmailConfig(sender="wbr@acme.example", to=TO, cc=CC)
    return compose(
        settings,
        title="Acme <Pumps> & Valves",
        week_ending=WEEK,
        glance=tricky_glance(),
        pdf=PDF,
        pdf_name="wbr-2026-11-15.pdf",
        date=NOW,
        message_id="<test.1@acme.example>",
        to=to,
    )


def parts(msg: EmailMessage) -> tuple[str, str, bytes, str | None]:
    text = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert text is not None and html is not None
    attachments = list(msg.iter_attachments())
    assert len(attachments) == 1
    att = attachments[0]
    assert att.get_content_type() == "application/pdf"
    return text.get_content(), html.get_content(), att.get_content(), att.get_filename()


# --- composing ---------------------------------------------------------------------------------


def test_subject_fills_placeholders_and_nothing_else() -> None:
    text = subject_line(
        "WBR — week ending {week_ending} — {headline} {title} {0} {missing} {{x}}",
        week_ending=WEEK,
        headline="1 Goodhart alert, 3 metrics off target",
        title="Acme\r\nBcc: evil@x",
    )
    assert text == (
        "WBR — week ending 2026-11-15 — 1 Goodhart alert, 3 metrics off target "
        "Acme Bcc: evil@x {0} {missing} {{x}}"
    )


def test_compose_builds_html_text_and_pdf_attachment() -> None:
    msg = compose_simple()
    assert msg["Subject"] == "WBR — week ending 2026-11-15 — 1 Goodhart alert, 1 metric off target"
    assert msg["To"] == "ceo@acme.example, coo@acme.example"
    assert msg["Cc"] == "analyst@acme.example"
    assert msg["Message-ID"] == "<test.1@acme.example>"
    assert msg.get_content_type() == "multipart/mixed"
    text, html, pdf, filename = parts(msg)
    assert pdf == PDF and filename == "wbr-2026-11-15.pdf"
    assert "1 Goodhart alert, 1 metric off target" in text
    assert "ALERT: Leads <b>& +33.7 %" in text  # plain text is not escaped
    assert "Won revenue: $1.2M vs target $1.4M (−14.3 %)" in text
    # signals lead, then misses with their verdict, then the routine line (issue #8)
    assert text.index("GOODHART") < text.index("SIGNALS THIS WEEK") < text.index("OFF TARGET")
    assert '- BAD, PROVISIONAL: Rate "x" <i>21.0\u00a0%</i> is below its lower natural' in text
    assert "  The process will hit and miss by chance." in text
    assert "14 other metrics moved only within their routine variation" in text
    assert "LARGEST MOVERS" not in text
    # a number keeps its unit on its line when the text is wrapped
    assert "24.8\u00a0%" in text and "\n  % " not in text
    assert text.index("No metric moved beyond") < text.index("GOODHART")
    assert html.index("No metric moved beyond") < html.index("Goodhart alerts and watches")
    assert "BAD · PROVISIONAL" in html and "&lt;i&gt;21.0 %&lt;/i&gt;" in html
    assert "The process will hit and miss by chance." in html
    # user text is escaped; no scripts, no <style> blocks, no external resources
    assert "Leads &lt;b&gt;&amp;" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Acme &lt;Pumps&gt; &amp; Valves" in html
    lowered = html.lower()
    assert "<script" not in lowered and "<style" not in lowered and "<link" not in lowered
    assert "src=" not in lowered and "http" not in lowered
    assert "Rate &quot;x&quot;" in html


def test_the_alerts_changes_carry_arrows_and_colours(smtp_server: Any) -> None:
    """Issue #10: ▲/▼ in both bodies, green/red by each metric's direction in the HTML, escaped."""
    from tests.render_fixture import tiny_report

    # the fixture's alert: leads +33.7 % (higher is better: good, up) and the lead → meeting
    # rate −669 bps (higher is better: bad, down), vs their 4-week averages
    glance = tiny_report(label="Leads <b>&").glance
    settings = EmailConfig(sender="wbr@acme.example", to=TO)
    msg = compose(
        settings, title="Tiny", week_ending=WEEK, glance=glance, pdf=PDF,
        pdf_name="wbr-2026-11-15.pdf", date=NOW, message_id="<test.9@acme.example>",
    )  # fmt: skip
    server = smtp_server()
    send(msg, smtp(server.port, Security.NONE), {})
    text, html, _, _ = parts(server.handler.message())
    assert "- ALERT: Leads <b>& ▲ +33.7 %, Lead → meeting rate ▼ −669 bps" in text
    assert "(▲ up, ▼ down, vs the 4-week average)" in text  # what the arrows mean
    assert '<span style="color:#b42318;">red</span> is bad for that metric.' in html
    assert (
        "<strong>Leads &lt;b&gt;&amp;</strong> "
        '<span style="color:#067647;font-weight:bold;white-space:nowrap;">▲ +33.7 %</span> · '
        "<strong>Lead → meeting rate</strong> "
        '<span style="color:#b42318;font-weight:bold;white-space:nowrap;">▼ −669 bps</span>'
    ) in html


def test_compose_to_override_drops_cc() -> None:
    msg = compose_simple(to=("me@acme.example",))
    assert msg["To"] == "me@acme.example" and msg["Cc"] is None


def test_compose_rejects_a_header_injection_address() -> None:
    settings = EmailConfig(sender="wbr@acme.example", to=("a@acme.example\r\nBcc: x@evil",))
    with pytest.raises(DeliveryError, match="is not an email address"):
        compose(
            settings, title="t", week_ending=WEEK, glance=tricky_glance(), pdf=PDF,
            pdf_name="x.pdf", date=NOW, message_id="<m@x>",
        )  # fmt: skip


def test_quiet_week_says_so() -> None:
    quiet = Glance((), (), (), "", (), "no Goodhart alerts, every target met")
    html = glance_html("T", WEEK, quiet, "wbr.pdf")
    assert "Nothing to flag this week." in html


# --- sending: plain, STARTTLS, SSL, AUTH ---------------------------------------------------------


def test_send_plain_delivers_to_every_recipient(smtp_server: Any) -> None:
    server = smtp_server()
    receipt = send(compose_simple(), smtp(server.port, Security.NONE), {})
    assert receipt.accepted == (*TO, *CC) and not receipt.refused
    [envelope] = server.handler.envelopes
    assert envelope.mail_from == "wbr@acme.example"
    assert envelope.rcpt_tos == [*TO, *CC]
    got = server.handler.message()
    assert got["Subject"] == (
        "WBR — week ending 2026-11-15 — 1 Goodhart alert, 1 metric off target"
    )
    text, html, pdf, filename = parts(got)
    assert pdf == PDF and filename == "wbr-2026-11-15.pdf"
    assert "At a glance" in html and "Leads &lt;b&gt;&amp;" in html
    assert "At a glance: 1 Goodhart alert" in text


def test_send_starttls_with_auth(
    smtp_server: Any, server_tls: ssl.SSLContext, client_tls: ssl.SSLContext
) -> None:
    handler = Collector()
    server = smtp_server(
        handler,
        tls_context=server_tls,
        require_starttls=True,
        authenticator=authenticator(handler),
        auth_required=True,
        auth_require_tls=True,
    )
    env = {"WBR_SMTP_USER": USER, "WBR_SMTP_PASSWORD": PASSWORD}
    send(compose_simple(), smtp(server.port, Security.STARTTLS), env, ssl_context=client_tls)
    assert handler.logins == [USER.encode()]
    assert parts(handler.message())[2] == PDF


def test_send_ssl(smtp_server: Any, server_tls: ssl.SSLContext, client_tls: ssl.SSLContext) -> None:
    server = smtp_server(ssl_context=server_tls)
    send(compose_simple(), smtp(server.port, Security.SSL), {}, ssl_context=client_tls)
    assert server.handler.envelopes[0].rcpt_tos == [*TO, *CC]


def test_starttls_trusts_ssl_cert_file(
    smtp_server: Any,
    server_tls: ssl.SSLContext,
    ca: trustme.CA,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without an explicit context, the default one honours SSL_CERT_FILE (how the CLI trusts a
    private CA)."""
    server = smtp_server(tls_context=server_tls, require_starttls=True)
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "ca.pem"))
    send(compose_simple(), smtp(server.port, Security.STARTTLS), {})
    assert len(server.handler.envelopes) == 1


PLAIN_AUTH = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


@PLAIN_AUTH
def test_insecure_auth_only_when_allowed(smtp_server: Any) -> None:
    handler = Collector()
    server = smtp_server(
        handler, authenticator=authenticator(handler), auth_required=True, auth_require_tls=False
    )
    env = {"WBR_SMTP_USER": USER, "WBR_SMTP_PASSWORD": PASSWORD}
    with pytest.raises(DeliveryError, match="refusing to send the SMTP password unencrypted"):
        send(compose_simple(), smtp(server.port, Security.NONE), env)
    assert handler.envelopes == [] and handler.logins == []
    send(compose_simple(), smtp(server.port, Security.NONE, allow_insecure_auth=True), env)
    assert handler.logins == [USER.encode()] and len(handler.envelopes) == 1


@PLAIN_AUTH
def test_credentials_come_from_the_named_env_vars(smtp_server: Any) -> None:
    handler = Collector()
    server = smtp_server(
        handler, authenticator=authenticator(handler), auth_required=True, auth_require_tls=False
    )
    config = smtp(
        server.port, Security.NONE, allow_insecure_auth=True,
        username_env="ACME_MAIL_USER", password_env="ACME_MAIL_PASS",
    )  # fmt: skip
    with pytest.raises(DeliveryError, match="ACME_MAIL_PASS is set but ACME_MAIL_USER is not"):
        send(compose_simple(), config, {"ACME_MAIL_PASS": PASSWORD})
    with pytest.raises(DeliveryError, match="wants a login: set ACME_MAIL_USER and ACME_MAIL_PASS"):
        send(compose_simple(), config, {"WBR_SMTP_USER": USER, "WBR_SMTP_PASSWORD": PASSWORD})
    send(compose_simple(), config, {"ACME_MAIL_USER": USER, "ACME_MAIL_PASS": PASSWORD})
    assert handler.logins == [USER.encode()]


# --- failures -----------------------------------------------------------------------------------


def test_connection_refused_names_the_server_and_recipients() -> None:
    port = free_port()  # nothing listens there
    with pytest.raises(DeliveryError) as err:
        send(compose_simple(), smtp(port, Security.NONE), {})
    message = err.value.message
    assert f"cannot connect to SMTP server 127.0.0.1:{port}" in message
    assert "nobody received the packet (ceo@acme.example, coo@acme.example, analyst@" in message


def test_untrusted_certificate_is_a_tls_failure(
    smtp_server: Any, server_tls: ssl.SSLContext
) -> None:
    server = smtp_server(tls_context=server_tls, require_starttls=True)
    stranger = ssl.create_default_context()
    trustme.CA().configure_trust(stranger)  # trusts another CA only
    with pytest.raises(
        DeliveryError, match=r"TLS with SMTP server 127\.0\.0\.1:\d+ failed \("
    ) as e:
        send(compose_simple(), smtp(server.port, Security.STARTTLS), {}, ssl_context=stranger)
    assert "certificate" in e.value.message and "SSL_CERT_FILE" in e.value.message
    assert server.handler.envelopes == []


def test_no_starttls_offered_is_refused(smtp_server: Any) -> None:
    server = smtp_server()  # plain server, no tls_context
    with pytest.raises(DeliveryError, match="does not offer STARTTLS"):
        send(compose_simple(), smtp(server.port, Security.STARTTLS), {})
    assert server.handler.envelopes == []


def test_wrong_password(
    smtp_server: Any, server_tls: ssl.SSLContext, client_tls: ssl.SSLContext
) -> None:
    handler = Collector()
    server = smtp_server(
        handler, tls_context=server_tls, authenticator=authenticator(handler), auth_required=True
    )
    env = {"WBR_SMTP_USER": USER, "WBR_SMTP_PASSWORD": "wrong"}
    with pytest.raises(DeliveryError, match=r"rejected the login of user 'wbr-bot' \(535") as e:
        send(compose_simple(), smtp(server.port, Security.STARTTLS), env, ssl_context=client_tls)
    assert "check WBR_SMTP_USER and WBR_SMTP_PASSWORD" in e.value.message
    assert "wrong" not in e.value.message  # the password is never echoed
    assert handler.envelopes == []


# --- the week's record: once per recipient, --resend, --dry-run, partial refusals --------------


def test_rerun_does_not_send_twice_and_resend_does(
    smtp_server: Any, report: Report, packet: Packet
) -> None:
    server = smtp_server()
    rep = with_email(report, smtp(server.port, Security.NONE))
    first = deliver_email(rep, packet, env={}, now=NOW)
    assert first.status == "sent" and first.recipients == (*TO, *CC)
    [entry] = read_sent(packet)
    assert entry.recipients == (*TO, *CC) and entry.sent_at == "2026-11-16T07:00:00Z"
    assert entry.message_id == server.handler.message()["Message-ID"].strip()  # header is folded
    assert entry.pdf_sha256 == hashlib.sha256(PDF).hexdigest()
    got = server.handler.message()
    assert got["Subject"].startswith("WBR — week ending 2026-11-15 — ")
    assert got["Subject"].endswith(rep.glance.headline)
    assert parts(got)[2] == PDF

    again = deliver_email(rep, packet, env={}, now=NOW)
    assert again.status == "already_sent" and "use --resend" in again.summary()
    assert len(server.handler.envelopes) == 1

    resent = deliver_email(rep, packet, env={}, now=NOW, resend=True)
    assert resent.status == "sent" and len(server.handler.envelopes) == 2
    assert len(read_sent(packet)) == 2


def test_a_new_recipient_gets_it_without_mailing_the_others_again(
    smtp_server: Any, report: Report, packet: Packet
) -> None:
    server = smtp_server()
    rep = with_email(report, smtp(server.port, Security.NONE))
    deliver_email(rep, packet, env={}, now=NOW)
    grown = with_email(report, smtp(server.port, Security.NONE), cc=(*CC, "cfo@acme.example"))
    outcome = deliver_email(grown, packet, env={}, now=NOW)
    assert outcome.recipients == ("cfo@acme.example",)
    assert server.handler.envelopes[-1].rcpt_tos == ["cfo@acme.example"]
    assert "cfo@acme.example" in server.handler.message()["Cc"]


def test_dry_run_writes_eml_and_sends_nothing(
    smtp_server: Any, report: Report, packet: Packet
) -> None:
    server = smtp_server()
    rep = with_email(report, smtp(server.port, Security.NONE))
    outcome = deliver_email(rep, packet, env={}, now=NOW, dry_run=True)
    assert outcome.status == "dry_run" and outcome.eml == packet.folder / "wbr-2026-11-15.eml"
    assert server.handler.envelopes == [] and not packet.sent_record.exists()
    msg = email.message_from_bytes(packet.eml.read_bytes(), policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    assert parts(msg)[2] == PDF and msg["To"] == ", ".join(TO)


def test_one_recipient_refused(smtp_server: Any, report: Report, packet: Packet) -> None:
    server = smtp_server(Collector(refuse=("coo@acme.example",)))
    rep = with_email(report, smtp(server.port, Security.NONE))
    before = snapshot(packet.folder)
    with pytest.raises(DeliveryError) as err:
        deliver_email(rep, packet, env={}, now=NOW)
    message = err.value.message
    assert "refused 1 of 3 recipients: coo@acme.example (550 5.1.1 No such user here)" in message
    assert "they did not receive the packet" in message
    assert "delivered to ceo@acme.example, analyst@acme.example" in message
    # the packet is untouched; the delivery to the others is recorded
    after = snapshot(packet.folder)
    assert {k: v for k, v in after.items() if k != "sent.json"} == before
    [entry] = read_sent(packet)
    assert entry.recipients == ("ceo@acme.example", "analyst@acme.example")
    assert entry.refused == {"coo@acme.example": "550 5.1.1 No such user here"}
    # a re-run tries only the one who did not get it (still refused here)
    with pytest.raises(DeliveryError, match="refused every recipient: coo@acme.example"):
        deliver_email(rep, packet, env={}, now=NOW)
    assert server.handler.envelopes[0].rcpt_tos == ["ceo@acme.example", "analyst@acme.example"]
    assert len(server.handler.envelopes) == 1


def test_failures_leave_the_packet_untouched_and_unrecorded(
    smtp_server: Any, report: Report, packet: Packet
) -> None:
    before = snapshot(packet.folder)
    rep = with_email(report, smtp(free_port(), Security.NONE))
    with pytest.raises(DeliveryError, match="cannot connect"):
        deliver_email(rep, packet, env={}, now=NOW)
    server = smtp_server(Collector(refuse=(*TO, *CC)))
    rep = with_email(report, smtp(server.port, Security.NONE))
    with pytest.raises(DeliveryError, match="refused every recipient"):
        deliver_email(rep, packet, env={}, now=NOW)
    after = snapshot(packet.folder)
    assert after.pop("sent.json")  # the intents, each closed as failed: nobody was mailed
    assert after == before
    assert [s.status for s in read_sent(packet)] == ["failed", "failed"]
    assert server.handler.envelopes == []


def test_missing_pdf_tells_to_render_first(report: Report, tmp_path: Path) -> None:
    rep = with_email(report, smtp(25, Security.NONE))
    with pytest.raises(DeliveryError, match=r"no PDF packet for the week ending 2026-11-15: .* "
                       r"\(run 'wbr render --week-ending 2026-11-15' first\)"):  # fmt: skip
        deliver_email(rep, packet_for(tmp_path, WEEK), env={}, now=NOW)


# --- the command --------------------------------------------------------------------------------


def configure(sample: Path, tmp_path: Path, port: int, archive: Path | None = None) -> Path:
    """A copy of the sample's wbr.yaml with email settings and its own output folder (and an
    archive)."""
    raw = yaml.safe_load((sample / "wbr.yaml").read_text(encoding="utf-8"))
    for source in raw["sources"].values():
        source["path"] = str(sample / source["path"])
    raw["metrics"] = [str(sample / "metrics" / "*.yaml")]
    raw["commentary_dir"] = str(sample / raw["commentary_dir"])
    raw["annotations"] = str(sample / raw["annotations"])
    raw["actions"] = str(sample / raw["actions"])
    raw["output_dir"] = str(tmp_path / "reports")
    raw["email"] = {
        "from": "wbr@acme.example",
        "to": list(TO),
        "cc": list(CC),
        "subject": "[{title}] week {week_number}: {headline}",
        "smtp": {"host": "127.0.0.1", "port": port, "security": "none", "timeout": 5},
    }
    if archive is not None:
        raw["archive"] = {"path": str(archive), "branch": "main"}
    path = tmp_path / "wbr.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


def test_cli_email_sends_once(
    smtp_server: Any, sample: Path, report: Report, tmp_path: Path
) -> None:
    server = smtp_server()
    config = configure(sample, tmp_path, server.port)
    runner = CliRunner()
    env = {"WBR_SMTP_USER": "", "WBR_SMTP_PASSWORD": ""}
    args = ["email", str(config), "--week-ending", "2026-11-15"]

    missing = runner.invoke(cli, args, env=env)
    assert missing.exit_code == 1
    assert "Error: no PDF packet for the week ending 2026-11-15" in missing.output
    assert "run 'wbr render --week-ending 2026-11-15' first" in missing.output

    week = tmp_path / "reports" / "2026-11-15"
    week.mkdir(parents=True)
    (week / "wbr-2026-11-15.pdf").write_bytes(PDF)
    (week / "metrics.json").write_text(metric_set_json(report.metric_set), encoding="utf-8")

    dry = runner.invoke(cli, [*args, "--dry-run"], env=env)
    assert dry.exit_code == 0, dry.output
    assert "wbr-2026-11-15.eml (would send to ceo@acme.example" in dry.output
    assert server.handler.envelopes == []

    first = runner.invoke(cli, args, env=env)
    assert first.exit_code == 0, first.output
    assert first.output.startswith("sent to 3 recipients: ceo@acme.example, coo@acme.example")
    got = server.handler.message()
    assert got["Subject"] == f"[{report.project.config.title}] week 46: {report.glance.headline}"

    second = runner.invoke(cli, args, env=env)
    assert second.exit_code == 0 and "already sent 2026-" in second.output
    assert len(server.handler.envelopes) == 1

    me = runner.invoke(cli, [*args, "--to", "me@acme.example"], env=env)
    assert me.exit_code == 0 and me.output.startswith("sent to 1 recipient: me@acme.example")
    resend = runner.invoke(cli, [*args, "--resend"], env=env)
    assert resend.exit_code == 0 and resend.output.startswith("sent to 3 recipients")
    assert len(server.handler.envelopes) == 3
    sent = json.loads((week / "sent.json").read_text(encoding="utf-8"))
    assert [len(s["recipients"]) for s in sent["sends"]] == [3, 1, 3]


def test_cli_email_refuses_a_stale_packet(
    smtp_server: Any, sample: Path, report: Report, tmp_path: Path
) -> None:
    server = smtp_server()
    config = configure(sample, tmp_path, server.port)
    week = tmp_path / "reports" / "2026-11-15"
    week.mkdir(parents=True)
    (week / "wbr-2026-11-15.pdf").write_bytes(PDF)
    stale = json.loads(metric_set_json(report.metric_set))
    stale["metrics"][0]["summary"]["last_week"] += 1
    (week / "metrics.json").write_text(json.dumps(stale), encoding="utf-8")
    result = CliRunner().invoke(cli, ["email", str(config), "--week-ending", "2026-11-15"])
    assert result.exit_code == 1
    assert "is out of date: its numbers differ from what the data gives now" in result.output
    assert server.handler.envelopes == []


def test_cli_email_failure_is_one_error_line(sample: Path, report: Report, tmp_path: Path) -> None:
    config = configure(sample, tmp_path, free_port())
    week = tmp_path / "reports" / "2026-11-15"
    week.mkdir(parents=True)
    (week / "wbr-2026-11-15.pdf").write_bytes(PDF)
    (week / "metrics.json").write_text(metric_set_json(report.metric_set), encoding="utf-8")
    result = CliRunner().invoke(cli, ["email", str(config), "--week-ending", "2026-11-15"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot connect to SMTP server 127.0.0.1:")
    assert result.output.count("\n") == 1 and "Traceback" not in result.output
    # the intent was recorded before connecting, and closed as failed: the next run may send
    assert [s.status for s in read_sent(packet_for(tmp_path / "reports", WEEK))] == ["failed"]


def test_cli_email_needs_email_settings(sample: Path) -> None:
    result = CliRunner().invoke(cli, ["email", str(sample / "wbr.yaml")])
    assert result.exit_code == 1
    assert result.output == (
        "Error: wbr.yaml has no 'email:' settings (add email: {from, to, smtp})\n"
    )


# --- the send record in the archive: a wiped output folder mails nobody twice -------------------


def render_fake(report: Report, tmp_path: Path) -> Path:
    """The packet a 'wbr render' would leave (its PDF stands in): the week's folder."""
    week = tmp_path / "reports" / "2026-11-15"
    week.mkdir(parents=True, exist_ok=True)
    (week / "wbr-2026-11-15.pdf").write_bytes(PDF)
    (week / "metrics.json").write_text(metric_set_json(report.metric_set), encoding="utf-8")
    return week


def git_log(repo: Path) -> list[str]:
    done = subprocess.run(
        ["git", "-C", str(repo), "log", "--format=%s"], capture_output=True, text=True, check=True
    )
    return done.stdout.splitlines()


@pytest.mark.usefixtures("git_without_identity")
def test_cli_email_remembers_sends_in_the_archive(
    smtp_server: Any, sample: Path, report: Report, tmp_path: Path
) -> None:
    server = smtp_server()
    archive = tmp_path / "archive"
    config = configure(sample, tmp_path, server.port, archive)
    runner = CliRunner()
    env = {"WBR_SMTP_USER": "", "WBR_SMTP_PASSWORD": ""}
    args = ["email", str(config), "--week-ending", "2026-11-15"]
    archived_record = archive / "2026" / "2026-11-15" / "sent.json"

    # not archived yet: the intent and the delivery are committed to the archive (created),
    # the week's folder holding only the record; archiving the week later takes the week in
    week = render_fake(report, tmp_path)
    first = runner.invoke(cli, args, env=env)
    assert first.exit_code == 0, first.output
    assert first.output.startswith(
        "sent to 3 recipients: ceo@acme.example, coo@acme.example, analyst@acme.example; "
        "recorded in the archive ("
    )
    assert git_log(archive) == [
        "WBR week ending 2026-11-15: mailed to 3 recipients",
        "WBR week ending 2026-11-15: mailing 3 recipients",
    ]
    assert sorted(p.name for p in archived_record.parent.iterdir()) == ["sent.json"]
    archived = runner.invoke(cli, ["archive", str(config), "--week-ending", "2026-11-15"])
    assert archived.exit_code == 0, archived.output
    assert git_log(archive)[0] == "WBR week ending 2026-11-15"
    assert archived_record.read_bytes() == (week / "sent.json").read_bytes()
    assert (archive / "2026" / "2026-11-15" / "metrics.json").is_file()

    # a fresh disk: the output folder is gone, the packet is rendered again; nobody is mailed
    shutil.rmtree(tmp_path / "reports")
    week = render_fake(report, tmp_path)
    again = runner.invoke(cli, args, env=env)
    assert again.exit_code == 0, again.output
    sent_at = json.loads(archived_record.read_text(encoding="utf-8"))["sends"][0]["sent_at"]
    assert again.output == (
        f"already sent {sent_at} to ceo@acme.example, coo@acme.example, analyst@acme.example "
        "(use --resend to send again)\n"
    )
    assert len(server.handler.envelopes) == 1 and not (week / "sent.json").exists()

    # a send to an archived week is committed on its own; the records are merged
    me = runner.invoke(cli, [*args, "--to", "cfo@acme.example"], env=env)
    assert me.exit_code == 0, me.output
    assert me.output.startswith("sent to 1 recipient: cfo@acme.example; recorded in the archive (")
    assert git_log(archive)[:3] == [
        "WBR week ending 2026-11-15: mailed to 1 recipient",
        "WBR week ending 2026-11-15: mailing 1 recipient",
        "WBR week ending 2026-11-15",
    ]
    record = json.loads(archived_record.read_text(encoding="utf-8"))
    assert [s["recipients"] for s in record["sends"]] == [[*TO, *CC], ["cfo@acme.example"]]
    assert (week / "sent.json").read_bytes() == archived_record.read_bytes()

    resend = runner.invoke(cli, [*args, "--resend"], env=env)
    assert resend.exit_code == 0 and resend.output.startswith("sent to 3 recipients")
    assert git_log(archive)[0] == "WBR week ending 2026-11-15: mailed to 3 recipients"
    assert len(server.handler.envelopes) == 3

    # the archive cannot take the intent: nothing is sent, the error says why; once the
    # archive is clean again the mail goes out
    commits = len(git_log(archive))
    (archive / "notes.txt").write_text("draft\n", encoding="utf-8")
    stuck = runner.invoke(cli, [*args, "--to", "cto@acme.example"], env=env)
    assert stuck.exit_code == 1 and len(server.handler.envelopes) == 3
    assert stuck.output.startswith(
        "Error: cannot record the intent to mail the week ending 2026-11-15 in the archive (the "
        "archive repository"
    )
    assert stuck.output.rstrip().endswith("nothing was sent: fix the archive and run again")
    assert stuck.output.count("\n") == 1
    assert len(git_log(archive)) == commits
    assert "cto@acme.example" not in served(read_sent(packet_for(tmp_path / "reports", WEEK)))
    (archive / "notes.txt").unlink()
    fixed = runner.invoke(cli, [*args, "--to", "cto@acme.example"], env=env)
    assert fixed.exit_code == 0, fixed.output
    assert len(server.handler.envelopes) == 4
    assert archived_record.read_bytes() == (week / "sent.json").read_bytes()
    assert git_log(archive)[0] == "WBR week ending 2026-11-15: mailed to 1 recipient"


# --- issue #7: a deadline for the whole conversation, UTF-8 credentials, one-string recipients --


class SlowGreeter:
    """A TCP server on loopback that sends its SMTP greeting one byte a second (and never more):
    every single read succeeds well within any per-read timeout."""

    def __init__(self) -> None:
        import threading

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.port = int(self.sock.getsockname()[1])
        self.stop = threading.Event()
        self.accepted_at = self.hung_up_at = float("nan")  # set by serve()
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self) -> None:
        import select
        import time

        self.sock.settimeout(0.2)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            # the server's own clock for the conversation: from accept to the client hanging up
            # (it sends nothing before the greeting, so a readable socket means it closed)
            self.accepted_at = time.monotonic()
            with conn:
                for byte in b"220 slow.example ESMTP hello, this greeting takes a while\r\n":
                    readable, _, _ = select.select([conn], [], [], 1.0)
                    if self.stop.is_set():
                        return
                    if readable and not conn.recv(1024):
                        self.hung_up_at = time.monotonic()
                        break
                    try:
                        conn.sendall(bytes([byte]))
                    except OSError:
                        break

    def close(self) -> None:
        self.stop.set()
        self.thread.join()
        self.sock.close()


def test_the_timeout_bounds_the_whole_conversation(
    sample: Path, report: Report, tmp_path: Path
) -> None:
    import time

    server = SlowGreeter()
    try:
        config = configure(sample, tmp_path, server.port)
        raw = yaml.safe_load(config.read_text(encoding="utf-8"))
        raw["email"]["smtp"]["timeout"] = 3
        config.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
        render_fake(report, tmp_path)
        started = time.monotonic()
        result = CliRunner().invoke(cli, ["email", str(config), "--week-ending", "2026-11-15"])
        took = time.monotonic() - started
    finally:
        server.close()
    assert result.exit_code == 1
    assert result.output.startswith(
        f"Error: SMTP server 127.0.0.1:{server.port} did not complete the conversation within "
        "3 s (email.smtp.timeout, for the whole conversation); nobody received the packet"
    )
    assert result.output.count("\n") == 1
    # The client hung up 3 s into the conversation, by the server's clock (a per-read timeout
    # would wait a minute: every byte arrives within a second). Measured at the server, so the
    # time to build the report before connecting (seconds on a loaded machine) does not count.
    conversation = server.hung_up_at - server.accepted_at
    assert 3 - 0.5 < conversation < 3 + 1.0, conversation
    assert took > conversation
    # nothing was sent before the greeting: the intent is closed as failed, a re-run may send
    assert [s.status for s in read_sent(packet_for(tmp_path / "reports", WEEK))] == ["failed"]


NON_ASCII_PASSWORD = "pässwörd—Ω"


@PLAIN_AUTH
def test_a_non_ascii_password_logs_in_as_utf8(smtp_server: Any) -> None:
    """RFC 4954/4616: AUTH PLAIN carries the credentials as UTF-8 (smtplib would raise
    UnicodeEncodeError)."""
    handler = Collector()

    def check(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> Any:
        ok = isinstance(auth_data, LoginPassword) and (
            auth_data.login == "wbr-bøt".encode()
            and auth_data.password == NON_ASCII_PASSWORD.encode()
        )
        if ok:
            handler.logins.append(auth_data.login)
        return AuthResult(success=ok, handled=False)

    server = smtp_server(handler, authenticator=check, auth_required=True, auth_require_tls=False)
    config = smtp(server.port, Security.NONE, allow_insecure_auth=True)
    env = {"WBR_SMTP_USER": "wbr-bøt", "WBR_SMTP_PASSWORD": NON_ASCII_PASSWORD}
    send(compose_simple(), config, env)
    assert handler.logins == ["wbr-bøt".encode()] and len(handler.envelopes) == 1
    wrong = {**env, "WBR_SMTP_PASSWORD": "pässwort"}
    with pytest.raises(DeliveryError, match="rejected the login of user 'wbr-bøt' \\(535 "):
        send(compose_simple(), config, wrong)
    assert len(handler.envelopes) == 1


@PLAIN_AUTH
def test_a_non_ascii_password_without_auth_plain_is_a_clear_error(smtp_server: Any) -> None:
    handler = Collector()
    server = smtp_server(
        handler,
        authenticator=authenticator(handler),
        auth_required=True,
        auth_require_tls=False,
        auth_exclude_mechanism=["PLAIN"],
    )
    config = smtp(server.port, Security.NONE, allow_insecure_auth=True)
    env = {"WBR_SMTP_USER": USER, "WBR_SMTP_PASSWORD": NON_ASCII_PASSWORD}
    with pytest.raises(DeliveryError) as caught:
        send(compose_simple(), config, env)
    assert caught.value.message == (
        f"SMTP server 127.0.0.1:{server.port}: the SMTP user name or password is not ASCII and "
        "the server offers no AUTH PLAIN to send it as UTF-8 (it offers LOGIN); nobody received "
        "the packet (ceo@acme.example, coo@acme.example, analyst@acme.example)"
    )
    assert handler.envelopes == []


@pytest.mark.parametrize("key", ["to", "cc"])
def test_several_addresses_in_one_string_is_an_error_with_the_fix(
    sample: Path, tmp_path: Path, key: str
) -> None:
    config = configure(sample, tmp_path, free_port())
    raw = yaml.safe_load(config.read_text(encoding="utf-8"))
    raw["email"][key] = "ceo@acme.example, Ops <ops@acme.example>"
    config.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(config)])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: wbr.yaml: 'email.{key}' is one text holding 2 addresses; write a list: "
        f"{key}: [ceo@acme.example, ops@acme.example]\n"
    )
    assert "Traceback" not in result.output
    # one address with a comma in its display name is still one address
    raw["email"][key] = '"Doe, Jane" <jane@acme.example>'
    config.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    assert CliRunner().invoke(cli, ["validate", str(config)]).exit_code == 0


def test_subprocesses_run_without_the_smtp_credentials(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Quarto runs filters and extensions: it gets wbr's environment minus the credentials."""
    from wbr.render.quarto import run_quarto

    dump = tmp_path / "quarto.env"
    exe = tmp_path / "quarto"
    exe.write_text(
        f'#!/bin/sh\nenv > "{dump}"\nprintf "<html></html>" > "${{2%.qmd}}.html"\n',
        encoding="utf-8",
    )
    exe.chmod(0o755)
    qmd = tmp_path / "packet.qmd"
    qmd.write_text("---\ntitle: x\n---\n", encoding="utf-8")
    monkeypatch.setenv("WBR_SMTP_USER", "bot")
    monkeypatch.setenv("WBR_SMTP_PASSWORD", "hunter2")
    monkeypatch.setenv("UNRELATED_SETTING", "kept")
    assert run_quarto(qmd, ("html",), executable=exe) == [tmp_path / "packet.html"]
    seen = dump.read_text(encoding="utf-8")
    assert "UNRELATED_SETTING=kept" in seen
    assert "hunter2" not in seen and "WBR_SMTP_USER" not in seen


def test_an_open_intent_blocks_only_those_it_may_have_reached(
    smtp_server: Any, report: Report, packet: Packet
) -> None:
    from wbr.delivery.record import PENDING, SentEntry, sent_document

    server = smtp_server()
    rep = with_email(report, smtp(server.port, Security.NONE))
    deliver_email(rep, packet, env={}, now=NOW)  # everyone configured got it
    # then a run for the CFO died between sending and recording (what sent.json then holds)
    maybe = SentEntry("<cfo@wbr>", "2026-11-16T07:02:09Z", ("cfo@acme.example",), {}, "WBR", "",
                      status=PENDING)  # fmt: skip
    packet.sent_record.write_text(
        sent_document(WEEK, (*read_sent(packet), maybe)), encoding="utf-8"
    )
    # the configured recipients all have it: nothing to send, nothing to block
    assert deliver_email(rep, packet, env={}, now=NOW).status == "already_sent"
    # the CFO may have it: stop, and say when
    with pytest.raises(DeliveryError) as caught:
        deliver_email(rep, packet, to=["cfo@acme.example", "cto@acme.example"], env={}, now=NOW)
    assert caught.value.message.startswith(
        "a message for the week ending 2026-11-15 may already have gone out at 07:02 UTC on "
        "2026-11-16 (id <cfo@wbr>, to cfo@acme.example): "
    )
    assert len(server.handler.envelopes) == 1
    # someone else entirely is not blocked
    sent = deliver_email(rep, packet, to=["cto@acme.example"], env={}, now=NOW)
    assert sent.status == "sent" and sent.recipients == ("cto@acme.example",)
    # (oldest first: both sends at 07:00, the open intent at 07:02 stays open)
    assert [s.status for s in read_sent(packet)] == ["sent", "sent", "pending"]


def test_email_body_carries_the_owners_commentary_and_actions(
    smtp_server: Any, report: Report, packet: Packet
) -> None:
    """The sample's register (sample_data/actions.csv) relative to 15 Nov 2026, in both bodies."""
    server = smtp_server()
    rep = with_email(report, smtp(server.port, Security.NONE))
    assert deliver_email(rep, packet, env={}, now=NOW).status == "sent"
    text, html, _, _ = parts(server.handler.message())
    # A-104 due 6 Nov, still open: 10 days late on Monday 16 Nov; A-101 due 13 Nov: 3 days
    text = " ".join(text.split())  # undo the wrapping at 78 columns
    overdue = text.split("OVERDUE ACTIONS", 1)[1].split("ACTIONS DUE THIS WEEK", 1)[0]
    assert "A-104 Back-order dropped: Re-promise" in overdue and "10 days late" in overdue
    assert "A-101 Leads — Paid search: Cap" in overdue and "3 days late" in overdue
    due = text.split("ACTIONS DUE THIS WEEK (BY 22 NOV)", 1)[1].split("ACTIONS CLOSED", 1)[0]
    assert "A-102" in due and "A-103" in due and "A-108" not in due  # A-108 is due 27 Nov
    closed = text.split("ACTIONS CLOSED LAST WEEK", 1)[1]
    assert "A-105" in closed and "A-106" in closed and "A-107" in closed and "A-109" not in closed
    assert "Result: One signed for 4 December" in closed
    # the commentary on the week's alerts and misses: Leads' note, none yet on Pipeline added
    notes = text.split("OWNERS' COMMENTARY ON WHAT IS FLAGGED", 1)[1]
    assert "Leads (Goodhart alert): The leads are real but most will not buy" in notes
    assert "Pipeline added (missed target): Routine variation around plan" in notes
    assert "Owners' commentary on what is flagged</h3>" in html
    assert "A-104 <strong>Back-order dropped</strong>: Re-promise" in html
    assert "10 days late</strong>" in html
