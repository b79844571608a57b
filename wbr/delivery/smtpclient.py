"""An ``smtplib`` client with one deadline for the whole conversation, and UTF-8 AUTH PLAIN.

``smtplib``'s ``timeout`` bounds each socket operation, not the conversation: a server that sends
its greeting one byte a second never trips it, and ``wbr email`` (holding the project's run lock)
would wait forever. Here every read, write, the connect and the TLS handshake get at most the time
left until the deadline (connect to QUIT), and replies are read through a small reader that checks
the deadline between receives.

``smtplib`` encodes credentials as ASCII (``UnicodeEncodeError`` for ``pässword``). RFC 4954 and
RFC 4616 define AUTH PLAIN over UTF-8, so a non-ASCII user or password is sent that way; a server
that does not offer PLAIN gets a clear error instead.
"""

from __future__ import annotations

import base64
import smtplib
import socket
import time
from typing import Any

_MAXLINE = 8192  # smtplib's limit for one reply line


class DeadlineExpired(TimeoutError):
    """The conversation did not finish within the deadline."""


class NonAsciiAuthUnsupported(smtplib.SMTPException):
    """Non-ASCII credentials, and the server offers no AUTH PLAIN to carry them as UTF-8."""


class _Reader:
    """``readline`` over a socket that never waits past the deadline (smtplib's ``file``)."""

    def __init__(self, client: _DeadlineMixin, sock: socket.socket) -> None:
        self.client = client
        self.sock = sock
        self.buffer = b""

    def readline(self, limit: int = -1) -> bytes:
        while b"\n" not in self.buffer and (limit < 0 or len(self.buffer) < limit):
            self.sock.settimeout(self.client.remaining())
            chunk = self.sock.recv(4096)
            if not chunk:
                break
            self.buffer += chunk
        end = self.buffer.find(b"\n") + 1 or len(self.buffer)
        if limit >= 0:
            end = min(end, limit)
        line, self.buffer = self.buffer[:end], self.buffer[end:]
        return line

    def close(self) -> None:
        self.buffer = b""


class _DeadlineMixin:
    """Shared by the plain and the SSL client: the deadline and the UTF-8 login."""

    deadline: float = float("inf")
    expired: bool = False
    # the outcome is unknown from the moment the message's last byte may have left until the
    # server's reply to it arrives: a failure in between may follow an accepted message
    body_sent: bool = False
    data_answered: bool = False
    sock: socket.socket | None
    file: Any

    def start_clock(self, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds

    def past_deadline(self) -> bool:
        return self.expired or time.monotonic() >= self.deadline

    def remaining(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            self.expired = True
            raise DeadlineExpired("the SMTP conversation ran out of time")
        return left

    def connect(self, host: str = "localhost", port: int = 0, source_address: Any = None) -> Any:
        self._host = host  # smtplib sets it only in __init__; TLS checks the certificate on it
        return super().connect(host, port, source_address)  # type: ignore[misc]

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        return super()._get_socket(host, port, min(timeout, self.remaining()))  # type: ignore[misc, no-any-return]

    @property
    def outcome_unknown(self) -> bool:
        """Whether the message may have been accepted although no reply said so."""
        return self.body_sent and not self.data_answered

    def data(self, msg: Any) -> tuple[int, bytes]:
        self._in_data = True
        try:
            reply: tuple[int, bytes] = super().data(msg)  # type: ignore[misc]
        finally:
            self._in_data = False
        self.data_answered = True
        return reply

    _in_data: bool = False

    def send(self, s: Any) -> None:
        if self._in_data and isinstance(s, bytes):  # the message itself (commands are str)
            self.body_sent = True
        if self.sock is not None:
            self.sock.settimeout(self.remaining())  # sendall: a total limit since Python 3.5
        super().send(s)  # type: ignore[misc]

    def getreply(self) -> tuple[int, bytes]:
        if self.file is None and self.sock is not None:
            self.file = _Reader(self, self.sock)
        try:
            return super().getreply()  # type: ignore[misc, no-any-return]
        except smtplib.SMTPServerDisconnected:
            if self.past_deadline():  # smtplib turns a timeout into "disconnected"
                raise DeadlineExpired("the SMTP conversation ran out of time") from None
            raise

    def starttls(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        # the TLS handshake runs on the socket's timeout: give it only what is left
        if self.sock is not None:
            self.sock.settimeout(self.remaining())
        return super().starttls(*args, **kwargs)  # type: ignore[misc, no-any-return]

    def login(self, user: str, password: str, *, initial_response_ok: bool = True) -> Any:
        if user.isascii() and password.isascii():
            return super().login(  # type: ignore[misc]
                user, password, initial_response_ok=initial_response_ok
            )
        self.ehlo_or_helo_if_needed()  # type: ignore[attr-defined]
        offered = str(self.esmtp_features.get("auth", "")).upper().split()  # type: ignore[attr-defined]
        if "PLAIN" not in offered:
            raise NonAsciiAuthUnsupported(
                f"the SMTP user name or password is not ASCII and the server offers no AUTH "
                f"PLAIN to send it as UTF-8 (it offers {', '.join(offered) or 'no AUTH'})"
            )
        blob = b"\0" + user.encode("utf-8") + b"\0" + password.encode("utf-8")
        code, reply = self.docmd("AUTH", "PLAIN " + base64.b64encode(blob).decode("ascii"))  # type: ignore[attr-defined]
        if code in (235, 503):  # 503: already authenticated
            return code, reply
        raise smtplib.SMTPAuthenticationError(code, reply)


class DeadlineSMTP(_DeadlineMixin, smtplib.SMTP):
    """Plain (or STARTTLS) SMTP with a deadline for the whole conversation."""


class DeadlineSMTPSSL(_DeadlineMixin, smtplib.SMTP_SSL):
    """Implicit-TLS SMTP with a deadline for the whole conversation."""

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        raw = socket.create_connection((host, port), min(timeout, self.remaining()))
        raw.settimeout(self.remaining())  # the handshake
        try:
            return self.context.wrap_socket(raw, server_hostname=self._host)
        except BaseException:
            raw.close()
            raise


__all__ = ["DeadlineExpired", "DeadlineSMTP", "DeadlineSMTPSSL", "NonAsciiAuthUnsupported"]
