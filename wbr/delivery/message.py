"""Compose the week's email (pure): subject, *At a glance* in HTML and plain text, the PDF.

*At a glance* leads with signals (issue #8): Goodhart alerts, then the metrics that moved beyond
their natural process limits, then missed targets with their assurance verdict, then one line
counting the metrics that moved only within their routine variation.

The HTML renders in ordinary mail clients: inline styles only, no scripts, no external resources,
every user text escaped. The subject template knows four placeholders and nothing else.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, parseaddr

from wbr.actions import ActionsWeek, FlaggedNote
from wbr.config import EmailConfig
from wbr.delivery.actions_mail import actions_html, actions_text
from wbr.errors import DeliveryError
from wbr.glance import Glance
from wbr.results import week_number

PLACEHOLDER = re.compile(r"\{(week_ending|week_number|headline|title)\}")
FONT = "Arial, Helvetica, sans-serif"
CELL = "padding:6px 8px;border-top:1px solid #e4e7ec;vertical-align:top;"
STATUS_STYLE = {
    "alert": ("ALERT", "#b42318", "#fef3f2"),
    "watch": ("WATCH", "#b54708", "#fffaeb"),
}


def subject_line(
    template: str,
    *,
    week_ending: dt.date,
    headline: str,
    title: str,
    number: int | None = None,
) -> str:
    """Fill ``{week_ending}``, ``{week_number}``, ``{headline}`` and ``{title}``; nothing else.

    A plain substitution, never ``str.format``: other braces in the template stay as they are.
    ``number`` is the week's number on the report's calendar (default: its ISO week).
    """
    values = {
        "week_ending": week_ending.isoformat(),
        "week_number": str(number or week_number(week_ending)),
        "headline": headline,
        "title": title,
    }
    text = PLACEHOLDER.sub(lambda m: values[m.group(1)], template)
    return " ".join(text.split())  # one line: no CR/LF can reach the header


def compose(
    email: EmailConfig,
    *,
    title: str,
    week_ending: dt.date,
    glance: Glance,
    pdf: bytes,
    pdf_name: str,
    date: dt.datetime,
    message_id: str,
    to: Sequence[str] = (),
    number: int | None = None,
    actions: ActionsWeek | None = None,
    notes: Sequence[FlaggedNote] = (),
    labels: Mapping[str, str] | None = None,
) -> EmailMessage:
    """Build the message: subject, HTML and text *At a glance*, the PDF attached.

    ``to`` replaces the configured recipients (``to`` and ``cc``). Pure: the date and message id
    come in as arguments.
    """
    to_list = tuple(to) if to else email.to
    cc_list = () if to else email.cc
    for address in (email.sender, *to_list, *cc_list):
        envelope_address(address)
    msg = EmailMessage(policy=policy.SMTP)
    msg["Subject"] = subject_line(
        email.subject, week_ending=week_ending, headline=glance.headline, title=title, number=number
    )
    msg["From"] = email.sender
    msg["To"] = ", ".join(to_list)
    if cc_list:
        msg["Cc"] = ", ".join(cc_list)
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id
    msg["X-WBR-Week-Ending"] = week_ending.isoformat()
    text = glance_text(title, week_ending, glance, pdf_name, number, actions, notes, labels)
    msg.set_content(text, cte="quoted-printable")
    html = glance_html(title, week_ending, glance, pdf_name, number, actions, notes, labels)
    msg.add_alternative(html, subtype="html", cte="quoted-printable")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=pdf_name)
    return msg


def envelope_address(address: str) -> str:
    """The bare address of ``Name <a@b.c>`` or ``a@b.c``; DeliveryError when it is not one."""
    name, addr = parseaddr(address)
    if (
        not addr
        or "@" not in addr
        or any(c in address for c in "\r\n")
        or "," in addr
        or " " in addr
    ):
        raise DeliveryError(f"{address!r} is not an email address (check email: in wbr.yaml)")
    return addr


def unique_addresses(addresses: Iterable[str]) -> tuple[str, ...]:
    """Each address once (compared case-insensitively), first spelling kept, in order."""
    seen: dict[str, str] = {}
    for a in addresses:
        seen.setdefault(a.lower(), a)
    return tuple(seen.values())


def message_recipients(msg: EmailMessage) -> tuple[str, ...]:
    """The bare addresses of To, Cc and Bcc, each once, in order."""
    headers = [str(v) for k in ("To", "Cc", "Bcc") for v in msg.get_all(k, [])]
    return unique_addresses(addr for _, addr in getaddresses(headers) if addr)


def glance_text(
    title: str,
    week_ending: dt.date,
    glance: Glance,
    pdf_name: str,
    number: int | None = None,
    actions: ActionsWeek | None = None,
    notes: Sequence[FlaggedNote] = (),
    labels: Mapping[str, str] | None = None,
) -> str:
    """The plain-text alternative: the same *At a glance*, readable in any client."""
    wrap = textwrap.TextWrapper(width=78, initial_indent="  ", subsequent_indent="  ")
    lines = [title, f"Week ending {week_ending} (week {number or week_number(week_ending)})", ""]
    lines += [f"At a glance: {glance.headline}", ""]
    if glance.summary:
        lines += [*textwrap.wrap(glance.summary, width=78), ""]
    if glance.pairs:
        lines.append("GOODHART ALERTS AND WATCHES")
        for p in glance.pairs:
            lines.append(
                f"- {p.status.upper()}: {p.metric_label} "
                f"{_arrowed(p.metric_arrow, p.metric_change)}, {p.counter_label} "
                f"{_arrowed(p.counter_arrow, p.counter_change)} (vs 4-week average)"
            )
            lines += wrap.wrap(_glued(p.reason))
        lines += [KEY_TEXT, ""]
    if glance.signals:
        lines.append("SIGNALS THIS WEEK (beyond routine variation)")
        for x in glance.signals:
            tag = f"{x.direction.upper()}{', PROVISIONAL' if x.provisional else ''}"
            lines += textwrap.wrap(
                _glued(f"{tag}: {x.sentence}"),
                width=78,
                initial_indent="- ",
                subsequent_indent="  ",
            )
        lines.append("")
    if glance.misses:
        lines.append("OFF TARGET")
        for miss in glance.misses:
            partial = " (partial week)" if miss.partial else ""
            lines.append(
                f"- {miss.label}: {miss.value} vs target {miss.target} ({miss.variance}){partial}"
            )
            if miss.assurance:
                lines += wrap.wrap(f"The process {miss.assurance}.")
        lines.append("")
    if glance.routine:
        lines += textwrap.wrap(glance.routine, width=78)
        lines.append("")
    if glance.warnings:
        lines.append("DATA WARNINGS")
        for warning in glance.warnings:
            lines += textwrap.wrap(warning, width=78, initial_indent="- ", subsequent_indent="  ")
        lines.append("")
    if glance.is_quiet:
        lines += ["Nothing to flag this week.", ""]
    lines += actions_text(actions, notes, labels or {})  # commentary and actions (issue #10)
    lines.append(f"The full packet is attached: {pdf_name}")
    return "\n".join(lines) + "\n"


UNIT_SPACE = re.compile(r"(?<=\d) (%|bps\b)")


def _glued(text: str) -> str:
    """A number and its unit kept on one line when wrapped ("5.7 %" never ends a line at "5.7")."""
    return UNIT_SPACE.sub("\u00a0\\1", text)


def glance_html(
    title: str,
    week_ending: dt.date,
    glance: Glance,
    pdf_name: str,
    number: int | None = None,
    actions: ActionsWeek | None = None,
    notes: Sequence[FlaggedNote] = (),
    labels: Mapping[str, str] | None = None,
) -> str:
    """The HTML body: inline styles only, no scripts, no external resources, text escaped."""
    e = _esc
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title></head>",
        f'<body style="margin:0;padding:0;background:#f2f4f7;font-family:{FONT};color:#101828;">',
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="background:#f2f4f7;"><tr><td style="padding:24px 12px;">',
        '<table role="presentation" cellpadding="0" cellspacing="0" align="center" '
        'style="max-width:680px;width:100%;background:#ffffff;border:1px solid #d0d5dd;">'
        '<tr><td style="padding:24px;font-size:14px;line-height:1.45;">',
        f'<p style="margin:0;color:#475467;font-size:12px;">Weekly Business Review · week ending '
        f"{e(week_ending.isoformat())} (week {number or week_number(week_ending)})</p>",
        f'<h1 style="margin:4px 0 16px;font-size:20px;">{e(title)}</h1>',
        '<h2 style="margin:0 0 4px;font-size:16px;">At a glance</h2>',
        f'<p style="margin:0 0 16px;font-size:15px;font-weight:bold;">{e(glance.headline)}</p>',
    ]
    if glance.summary:
        parts.append(f'<p style="margin:-8px 0 16px;color:#344054;">{e(glance.summary)}</p>')
    if glance.pairs:
        rows = []
        for p in glance.pairs:
            label, fg, bg = STATUS_STYLE.get(p.status, (p.status.upper(), "#344054", "#f2f4f7"))
            badge = (
                '<span style="display:inline-block;padding:1px 6px;font-size:11px;'
                f'font-weight:bold;color:{fg};background:{bg};border:1px solid {fg};">'
                f"{e(label)}</span>"
            )
            text = (
                f"<strong>{e(p.metric_label)}</strong> "
                f"{_change_html(p.metric_arrow, p.metric_tone, p.metric_change)} · "
                f"<strong>{e(p.counter_label)}</strong> "
                f"{_change_html(p.counter_arrow, p.counter_tone, p.counter_change)}"
                f'<br><span style="color:#475467;">{e(p.reason)}</span>'
            )
            rows.append(_row(_cell(badge, "width:64px;"), _cell(text)))
        parts += _table("Goodhart alerts and watches", rows)
        parts.append(f'<p style="margin:0 0 16px;color:#475467;font-size:12px;">{KEY_HTML}</p>')
    if glance.signals:
        rows = []
        for x in glance.signals:
            colour = "#067647" if x.direction == "good" else "#b42318"
            tag = x.direction.upper() + (" · PROVISIONAL" if x.provisional else "")
            rows.append(
                _row(
                    _cell(e(tag), f"width:64px;font-size:11px;font-weight:bold;color:{colour};"),
                    _cell(e(x.sentence)),
                )
            )
        parts += _table("Signals this week (beyond routine variation)", rows)
    if glance.misses:
        header = _row(
            _cell("Metric", align="left", tag="th"),
            _cell("Last week", align="right", tag="th"),
            _cell("Target", align="right", tag="th"),
            _cell("vs target", align="right", tag="th"),
        )
        rows = [header]
        for miss in glance.misses:
            partial = ' <span style="color:#b54708;">(partial week)</span>' if miss.partial else ""
            verdict = (
                f'<br><span style="color:#475467;">The process {e(miss.assurance)}.</span>'
                if miss.assurance
                else ""
            )
            rows.append(
                _row(
                    _cell(f"{e(miss.label)}{partial}{verdict}"),
                    _cell(e(miss.value), align="right"),
                    _cell(e(miss.target), align="right"),
                    _cell(e(miss.variance), "color:#b42318;", align="right"),
                )
            )
        parts += _table("Off target", rows)
    if glance.routine:
        parts.append(f'<p style="margin:8px 0 16px;color:#475467;">{e(glance.routine)}</p>')
    if glance.warnings:
        parts.append(_h3("Data warnings"))
        parts.append('<ul style="margin:0 0 16px;padding-left:20px;color:#475467;">')
        parts += [f'<li style="margin:2px 0;">{e(w)}</li>' for w in glance.warnings]
        parts.append("</ul>")
    if glance.is_quiet:
        parts.append('<p style="margin:0 0 16px;">Nothing to flag this week.</p>')
    parts += actions_html(actions, notes, labels or {})  # commentary and actions (issue #10)
    parts += [
        f'<p style="margin:16px 0 0;color:#475467;font-size:12px;">The full packet is attached: '
        f"{e(pdf_name)}</p>",
        "</td></tr></table>",
        "</td></tr></table>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


TONE_COLOUR = {"good": "#067647", "bad": "#b42318"}
KEY_TEXT = "(▲ up, ▼ down, vs the 4-week average)"
KEY_HTML = (
    "▲ up, ▼ down, vs the 4-week average; "
    f'<span style="color:{TONE_COLOUR["good"]};">green</span> is good and '
    f'<span style="color:{TONE_COLOUR["bad"]};">red</span> is bad for that metric.'
)


def _arrowed(arrow: str, change: str) -> str:
    """ "▲ +36.2 %": the arrow says up or down, so the plain text needs no colour."""
    return f"{arrow} {change}" if arrow else change


def _change_html(arrow: str, tone: str, change: str) -> str:
    """A change with its arrow, green when good and red when bad for that metric (issue #10)."""
    colour = TONE_COLOUR.get(tone, "#475467")
    return (
        f'<span style="color:{colour};font-weight:bold;white-space:nowrap;">'
        f"{_esc(_arrowed(arrow, change))}</span>"
    )


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _h3(text: str) -> str:
    return f'<h3 style="margin:16px 0 6px;font-size:14px;color:#344054;">{_esc(text)}</h3>'


def _table(title: str, rows: Sequence[str]) -> list[str]:
    """A titled table of *At a glance* (``rows`` from :func:`_row`)."""
    return [
        _h3(title),
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="border-collapse:collapse;font-size:13px;margin:0 0 8px;">',
        *rows,
        "</table>",
    ]


def _row(*cells: str) -> str:
    return "<tr>" + "".join(cells) + "</tr>"


def _cell(content: str, style: str = "", *, align: str | None = None, tag: str = "td") -> str:
    """One table cell; ``content`` is HTML (user text already escaped)."""
    aligned = f' align="{align}"' if align is not None else ""
    return f'<{tag}{aligned} style="{CELL}{style}">{content}</{tag}>'


__all__ = [
    "compose",
    "envelope_address",
    "glance_html",
    "glance_text",
    "message_recipients",
    "subject_line",
]
