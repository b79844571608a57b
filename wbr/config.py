"""Read ``wbr.yaml`` into a validated, frozen :class:`ReportConfig`.

Every problem is collected and reported at once. Metric files are read by ``schema.py``; this
module only resolves their globs. Secrets never live here: the config names environment variables.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from wbr.block_reader import Bad, BlockReader, brief, reading
from wbr.calendars import Calendar, GregorianCalendar
from wbr.connections import ConnectionConfig, WarehouseTable, parse_connections, warehouse_table
from wbr.econ_blocks import ParetoBlock, UnitEconomicsBlock, parse_pareto, parse_unit_economics
from wbr.errors import ConfigError
from wbr.funnel_spec import FunnelBlock, parse_funnel, with_conversion
from wbr.signals.settings import (
    ProcessChange,
    SignalSettings,
    parse_process_changes,
    parse_signal_settings,
)
from wbr.yamlfile import read_yaml

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


class TablePeriod(Enum):
    """What the columns of a table block are."""

    WEEKS = "weeks"
    """Six trailing weeks plus QTD and YTD."""
    MONTHS = "months"
    """Twelve trailing months."""


class Security(Enum):
    """How the SMTP connection is protected."""

    SSL = "ssl"
    """TLS from the first byte (usually port 465)."""
    STARTTLS = "starttls"
    """Plain connection upgraded with STARTTLS (usually port 587)."""
    NONE = "none"
    """No encryption (only for relays on a trusted network)."""


@dataclass(frozen=True, slots=True)
class SourceConfig:
    """One daily data source."""

    name: str
    path: Path
    date_column: str = "date"
    date_format: str | None = None
    thousands: str | None = None
    decimal: str | None = None  # None: '.'; ',' for exports that write 1,5
    timezone: str = "UTC"  # the report's business time zone (wbr.yaml 'timezone')
    # record-level sources (issue #9): one row per lead, order, ...; None = decided by its metrics
    records: bool | None = None
    data_through: dt.date | None = None  # the export's last day, when later than its last record
    # a table or query in a database (issue #11); then ``path`` is the project folder, unused
    warehouse: WarehouseTable | None = None


@dataclass(frozen=True, slots=True)
class MetricBlock:
    """A metric's 6-12 chart and summary box."""

    metric: str


@dataclass(frozen=True, slots=True)
class TableBlock:
    """A table of several metrics over weeks or months."""

    metrics: tuple[str, ...]
    period: TablePeriod
    title: str | None = None


# FunnelBlock: wbr.funnel_spec; ParetoBlock, UnitEconomicsBlock: wbr.econ_blocks (issue #10)
Block = MetricBlock | TableBlock | FunnelBlock | ParetoBlock | UnitEconomicsBlock


@dataclass(frozen=True, slots=True)
class Section:
    """A titled group of blocks in the packet."""

    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class SmtpConfig:
    host: str = "localhost"
    port: int = 587
    security: Security = Security.STARTTLS
    username_env: str = "WBR_SMTP_USER"
    password_env: str = "WBR_SMTP_PASSWORD"
    allow_insecure_auth: bool = False
    timeout: float = 30.0


@dataclass(frozen=True, slots=True)
class EmailConfig:
    sender: str
    to: tuple[str, ...]
    cc: tuple[str, ...] = ()
    subject: str = "WBR — week ending {week_ending} — {headline}"
    smtp: SmtpConfig = field(default_factory=SmtpConfig)


@dataclass(frozen=True, slots=True)
class ArchiveConfig:
    path: Path
    remote: str | None = None
    branch: str | None = None


@dataclass(frozen=True, slots=True)
class ReportConfig:
    """The validated ``wbr.yaml``; all paths are absolute."""

    path: Path
    title: str
    week_ends_on: str
    fiscal_year_end_month: int
    week_ending: dt.date | None  # None = latest
    sources: Mapping[str, SourceConfig]
    metric_files: tuple[Path, ...]
    sections: tuple[Section, ...] | None
    output_dir: Path
    paper: str = "a4"
    commentary_dir: Path | None = None
    annotations: Path | None = None
    actions: Path | None = None  # the actions register (PDCA, issue #10), wbr/actions.py
    email: EmailConfig | None = None
    archive: ArchiveConfig | None = None
    timezone: str = "UTC"  # IANA name; timestamps are counted on this zone's business day
    signals: SignalSettings = SignalSettings()  # issue #8: natural process limits
    process_changes: tuple[ProcessChange, ...] = ()  # dates from which limits start again
    # wbr.calendars; None: the gregorian calendar with fiscal_year_end_month (see `calendar`)
    calendar_setting: Calendar | None = None

    @property
    def calendar(self) -> Calendar:
        """The report's calendar: the ``calendar:`` setting, else gregorian months."""
        if self.calendar_setting is None:
            return GregorianCalendar(self.fiscal_year_end_month)
        return self.calendar_setting

    @property
    def base(self) -> Path:
        return self.path.parent

    @property
    def week_ends_on_index(self) -> int:
        """Python weekday number (Monday = 0) of the day that closes a week."""
        return WEEKDAYS.index(self.week_ends_on)


TOP_KEYS = frozenset(
    {
        "title", "week_ends_on", "fiscal_year_end_month", "week_ending", "sources", "metrics",
        "sections", "output_dir", "paper", "commentary_dir", "annotations", "email", "archive",
        "actions", "timezone", "signals", "process_changes",
        "calendar", "connections",
    }
)  # fmt: skip
PAPERS = ("a4", "us-letter")
SECTION_KEYS = ("blocks", "title")
TABLE_KEYS = ("conversion", "metrics", "period", "title")
BLOCK_KINDS = "table, funnel, pareto, unit_economics"


def load_config(path: Path | str) -> ReportConfig:
    """Read and validate a ``wbr.yaml``; raise ConfigError listing every problem."""
    path = Path(path)
    if path.is_dir():
        path = path / "wbr.yaml"
    shown = path.name
    try:
        raw = read_yaml(path, shown)
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: no such file (run 'wbr init DIR' to create a project)"
        ) from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{shown}: not valid YAML ({yaml_problem(exc)})") from None
    if not isinstance(raw, Mapping):
        raise ConfigError(f"{shown}: must be a mapping of settings")
    base = path.resolve().parent
    problems: list[str] = []

    def bad(key: str, message: str) -> None:
        problems.append(f"{shown}: '{key}' {message}")

    for key in raw:
        if key not in TOP_KEYS:
            bad(str(key), f"is not a known setting (known: {', '.join(sorted(TOP_KEYS))})")

    title = raw.get("title", "Weekly Business Review")
    if not isinstance(title, str):
        bad("title", "must be text")
        title = "Weekly Business Review"
    week_ends_on = parse_weekday(raw.get("week_ends_on", "sunday"))
    if week_ends_on is None:
        bad("week_ends_on", f"must be a weekday name (got {brief(raw.get('week_ends_on'))})")
    fy_month = parse_month(raw.get("fiscal_year_end_month", 12))
    if fy_month is None:
        bad(
            "fiscal_year_end_month",
            f"must be 1-12 or JAN..DEC (got {brief(raw.get('fiscal_year_end_month'))})",
        )
    calendar, calendar_weekday = _parse_calendar(raw, base, fy_month, week_ends_on, shown, bad)
    if calendar_weekday is not None and "week_ends_on" not in raw:
        week_ends_on = calendar_weekday  # a retail year's weeks end on its year-end weekday
    week_ending = _parse_week_ending(raw.get("week_ending", "latest"), bad)
    timezone = _parse_timezone(raw.get("timezone", "UTC"), bad)
    connections = parse_connections(raw.get("connections"), base, bad)
    sources = _parse_sources(raw.get("sources"), base, bad, timezone, connections)
    metric_files = _resolve_metric_globs(raw.get("metrics", ["metrics/*.yaml"]), base, bad)
    sections = _parse_sections(raw.get("sections"), bad)
    output_dir = base / _text(raw, "output_dir", "reports", bad)
    paper = _text(raw, "paper", "a4", bad).lower()
    if paper == "letter":
        paper = "us-letter"
    if paper not in PAPERS:
        bad("paper", f"must be a4 or letter (got {brief(raw.get('paper'))})")
    commentary_dir = base / _text(raw, "commentary_dir", "commentary", bad)
    annotations = base / _text(raw, "annotations", "", bad) if raw.get("annotations") else None
    actions = base / _text(raw, "actions", "", bad) if raw.get("actions") else None
    email = _parse_email(raw.get("email"), bad) if raw.get("email") is not None else None
    archive = _parse_archive(raw.get("archive"), base, bad) if raw.get("archive") else None
    signals = parse_signal_settings(raw.get("signals"), bad)
    process_changes = parse_process_changes(raw.get("process_changes"), bad)
    if problems:
        raise ConfigError(problems)
    assert week_ends_on is not None and fy_month is not None
    return ReportConfig(
        path=path.resolve(),
        title=title,
        week_ends_on=week_ends_on,
        fiscal_year_end_month=fy_month,
        week_ending=week_ending,
        sources=sources,
        metric_files=metric_files,
        sections=sections,
        output_dir=output_dir,
        paper=paper,
        commentary_dir=commentary_dir,
        annotations=annotations,
        actions=actions,
        email=email,
        archive=archive,
        timezone=timezone,
        signals=signals,
        process_changes=process_changes,
        calendar_setting=calendar,
    )


def _parse_calendar(
    raw: Mapping[str, Any],
    base: Path,
    fy_month: int | None,
    week_ends_on: str | None,
    shown: str,
    bad: Callable[[str, str], None],
) -> tuple[Calendar, str | None]:
    from wbr.calendars.settings import parse_calendar

    explicit = week_ends_on if "week_ends_on" in raw else None
    return parse_calendar(raw.get("calendar"), base, fy_month or 12, explicit, shown, bad)


def _text(raw: Mapping[str, Any], key: str, default: str, bad: Callable[[str, str], None]) -> str:
    """A text setting; a number is taken as its text, anything else is a problem."""
    value = raw.get(key, default)
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value)
    bad(key, f"must be text (got {brief(value)})")
    return default


def parse_weekday(raw: Any) -> str | None:
    """'Sunday', 'sun', 'SUN' -> 'sunday'; None when not a weekday."""
    if not isinstance(raw, str):
        return None
    text = raw.strip().lower()
    for day in WEEKDAYS:
        if text in (day, day[:3]):
            return day
    return None


def parse_month(raw: Any) -> int | None:
    """12, '12', 'DEC', 'dec', 'December' -> 12; None when not a month."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw if 1 <= raw <= 12 else None
    if isinstance(raw, str):
        text = raw.strip().lower()
        if text.isdigit():
            return parse_month(int(text))
        if text[:3] in MONTHS and len(text) >= 3:
            full = dt.date(2000, MONTHS.index(text[:3]) + 1, 1).strftime("%B").lower()
            if text in (text[:3], full):
                return MONTHS.index(text[:3]) + 1
    return None


def parse_date(raw: Any) -> dt.date | None:
    """A date from YAML (already a date) or ISO text; None when it is not one."""
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, str):
        try:
            return dt.date.fromisoformat(raw.strip())
        except ValueError:
            return None
    return None


def yaml_problem(exc: yaml.YAMLError) -> str:
    """The parser's complaint and its line, for 'FILE: not valid YAML (...)' messages."""
    mark = getattr(exc, "problem_mark", None)
    where = f" at line {mark.line + 1}" if mark is not None else ""
    problem = getattr(exc, "problem", None) or "syntax error"
    return f"{problem}{where}"


def _parse_week_ending(raw: Any, bad: Callable[[str, str], None]) -> dt.date | None:
    if isinstance(raw, str) and raw.strip().lower() == "latest":
        return None
    parsed = parse_date(raw)
    if parsed is None:
        bad("week_ending", f"must be 'latest' or a date YYYY-MM-DD (got {brief(raw)})")
    return parsed


def _parse_timezone(raw: Any, bad: Callable[[str, str], None]) -> str:
    """An IANA time zone name such as 'Europe/Berlin' (checked against the zone database)."""
    try:
        if isinstance(raw, str) and raw.strip():
            ZoneInfo(raw.strip())
            return raw.strip()
    except (ZoneInfoNotFoundError, ValueError):
        pass
    shown = repr(raw) if isinstance(raw, str | int | float) else type(raw).__name__
    bad("timezone", f"must be an IANA time zone name such as Europe/Berlin or UTC (got {shown})")
    return "UTC"


def _parse_sources(
    raw: Any,
    base: Path,
    bad: Callable[[str, str], None],
    timezone: str = "UTC",
    connections: Mapping[str, ConnectionConfig] | None = None,
) -> dict[str, SourceConfig]:
    if not isinstance(raw, Mapping) or not raw:
        bad("sources", "is required: a mapping of source name to {path, date_column}")
        return {}
    out: dict[str, SourceConfig] = {}
    known = {
        "path", "date_column", "date_format", "thousands", "decimal", "records", "data_through",
        "connection", "table", "query",
    }  # fmt: skip
    for name, body in raw.items():
        key = f"sources.{name}"
        if isinstance(body, str):
            body = {"path": body}
        if not isinstance(body, Mapping):
            bad(key, "must be a mapping with at least 'path'")
            continue
        for k in body:
            if k not in known:
                bad(f"{key}.{k}", f"is not a known setting (known: {', '.join(sorted(known))})")
        if "connection" in body:  # records in a database (issue #11)
            _warehouse_source(out, str(name), body, key, base, bad, timezone, connections or {})
            continue
        src_path = body.get("path")
        if not isinstance(src_path, str) or not src_path:
            bad(f"{key}.path", "is required")
            continue
        if Path(src_path).suffix.lower() not in (".csv", ".parquet", ".pq"):
            bad(f"{key}.path", f"must be a .csv or .parquet file (got {brief(src_path)})")
            continue
        thousands = body.get("thousands")
        if thousands is not None and (not isinstance(thousands, str) or len(thousands) != 1):
            bad(f"{key}.thousands", "must be a single character such as ','")
            thousands = None
        decimal = body.get("decimal")
        if decimal is not None and decimal not in (",", "."):
            bad(f"{key}.decimal", f"must be ',' or '.' (got {brief(decimal)})")
            decimal = None
        elif decimal is not None and decimal == (thousands or ("." if decimal == "," else ",")):
            bad(f"{key}.decimal", "must differ from 'thousands'")
            decimal = None
        date_column = body.get("date_column", "date")
        if not isinstance(date_column, str) or not date_column.strip():
            bad(f"{key}.date_column", f"must be a column name (got {brief(date_column)})")
            continue
        date_format = body.get("date_format")
        if date_format is not None and not isinstance(date_format, str):
            bad(f"{key}.date_format", "must be a strftime pattern such as '%d/%m/%Y'")
            date_format = None
        out[str(name)] = SourceConfig(
            name=str(name),
            path=(base / src_path).resolve(),
            date_column=date_column,
            date_format=date_format,
            thousands=thousands,
            decimal=decimal,
            timezone=timezone,
            **_record_settings(body, key, bad),
        )
    return out


def _warehouse_source(
    out: dict[str, SourceConfig],
    name: str,
    body: Mapping[str, Any],
    key: str,
    base: Path,
    bad: Callable[[str, str], None],
    timezone: str,
    connections: Mapping[str, ConnectionConfig],
) -> None:
    where = warehouse_table(body, key, connections, bad)
    date_column = body.get("date_column", "date")
    if not isinstance(date_column, str) or not date_column.strip():
        bad(f"{key}.date_column", f"must be a column name (got {brief(date_column)})")
        return
    for k in ("date_format", "thousands", "decimal"):
        if k in body:
            bad(f"{key}.{k}", "applies to files only (a database column has its own type)")
    if body.get("records") is False:
        bad(f"{key}.records", "must be true for a database source (one row per record)")
    if where is not None:
        settings = _record_settings(body, key, bad)
        settings["records"] = True
        out[name] = SourceConfig(
            name=name,
            path=base,
            date_column=date_column,
            timezone=timezone,
            warehouse=where,
            **settings,
        )


def _record_settings(
    body: Mapping[str, Any], key: str, bad: Callable[[str, str], None]
) -> dict[str, Any]:
    """``records: true|false`` and ``data_through: DATE`` of a record-level source (issue #9)."""
    out: dict[str, Any] = {}
    if "records" in body:
        if not isinstance(body["records"], bool):
            bad(f"{key}.records", "must be true or false")
        else:
            out["records"] = body["records"]
    if "data_through" in body:
        through = parse_date(body["data_through"])
        if through is None:
            bad(f"{key}.data_through", f"must be a date YYYY-MM-DD (got {body['data_through']!r})")
        elif body.get("records") is False:
            bad(f"{key}.data_through", "applies only to record-level sources (records: false)")
        else:
            out["data_through"] = through
    return out


def _resolve_metric_globs(
    raw: Any, base: Path, bad: Callable[[str, str], None]
) -> tuple[Path, ...]:
    patterns = [raw] if isinstance(raw, str) else raw
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        bad("metrics", "must be a list of file globs such as metrics/*.yaml")
        return ()
    files: list[Path] = []
    for pattern in patterns:
        where = Path(pattern)
        try:
            if not pattern.strip() or not where.name:
                raise ValueError("it names no file")
            found = base.glob(pattern) if not where.is_absolute() else where.parent.glob(where.name)
            matched = sorted(p for p in found if p.is_file())
        except (ValueError, NotImplementedError, OSError) as exc:
            bad("metrics", f"pattern {brief(pattern)} is not a valid file glob ({exc})")
            continue
        if not matched:
            bad("metrics", f"pattern {brief(pattern)} matches no file")
        files.extend(p.resolve() for p in matched if p.resolve() not in files)
    return tuple(files)


def _parse_sections(raw: Any, bad: Bad) -> tuple[Section, ...] | None:
    if raw is None:
        return None
    if not isinstance(raw, list):
        bad("sections", "must be a list of {title, blocks}")
        return None
    sections: list[Section] = []
    for i, body in enumerate(raw, start=1):
        key = f"sections[{i}]"
        with reading(key, bad):
            r = BlockReader.open(body, "", SECTION_KEYS, "a mapping {title: TEXT, blocks: [...]}")
            title = r.required_text("title", "the section's heading")
            blocks_raw = r.raw.get("blocks", [])
            r.check(isinstance(blocks_raw, list), "'blocks' must be a list")
            blocks = [
                _parse_block(b, f"{key}.blocks[{j}]", bad) for j, b in enumerate(blocks_raw, 1)
            ]
            sections.append(Section(title, tuple(b for b in blocks if b is not None)))
    return tuple(sections)


def _parse_block(raw: Any, key: str, bad: Bad) -> Block | None:
    if isinstance(raw, Mapping) and set(raw) == {"metric"} and isinstance(raw["metric"], str):
        return MetricBlock(raw["metric"])
    kind = next(iter(raw)) if isinstance(raw, Mapping) and len(raw) == 1 else None
    if kind == "table":
        return _parse_table(raw["table"], key, bad)
    if kind == "funnel":  # issue #10 §1 (wbr.funnel_spec)
        return parse_funnel(raw["funnel"], key, bad)
    if kind == "pareto":  # issue #10 §2 (wbr.econ_blocks)
        return parse_pareto(raw["pareto"], key, bad)
    if kind == "unit_economics":  # issue #10 §3
        return parse_unit_economics(raw["unit_economics"], key, bad)
    bad(key, f"must be {{metric: ID}} or {{KIND: {{...}}}} with KIND one of {BLOCK_KINDS}")
    return None


def _parse_table(raw: Any, key: str, bad: Bad) -> TableBlock | None:
    with reading(key, bad):
        r = BlockReader.open(raw, "table", TABLE_KEYS, "a mapping {metrics: [METRIC, ...]}")
        metrics = r.ids("metrics", "a list of metric ids")
        period = r.choice("period", TablePeriod, TablePeriod.WEEKS)
        conversion = r.text("conversion", "a metric id")  # issue #10: each metric's conversion
        named = with_conversion(metrics, conversion) if conversion else metrics
        return TableBlock(named, period, r.text("title"))
    return None


def _str_list(raw: Any) -> tuple[str, ...] | None:
    if isinstance(raw, str):
        return (raw,)
    if isinstance(raw, list) and all(isinstance(x, str) for x in raw):
        return tuple(raw)
    return None


def _several_addresses(raw: Any) -> list[str]:
    """The addresses of a ``to``/``cc`` text that holds more than one, else []."""
    if not isinstance(raw, str):
        return []
    from email.utils import getaddresses

    found = [addr for _name, addr in getaddresses([raw]) if addr]
    return found if len(found) > 1 else []


def _parse_email(raw: Any, bad: Callable[[str, str], None]) -> EmailConfig | None:
    if not isinstance(raw, Mapping):
        bad("email", "must be a mapping with from, to and smtp")
        return None
    known = {"from", "to", "cc", "subject", "smtp"}
    for k in raw:
        if k not in known:
            bad(f"email.{k}", f"is not a known setting (known: {', '.join(sorted(known))})")
    sender = raw.get("from")
    to = _str_list(raw.get("to"))
    cc = _str_list(raw.get("cc", []))
    for key in ("to", "cc"):  # "a@x, b@y" would reach only a@x: say how to list them
        several = _several_addresses(raw.get(key))
        if several:
            bad(f"email.{key}", f"is one text holding {len(several)} addresses; write a list: "
                f"{key}: [{', '.join(several)}]")  # fmt: skip
    if not isinstance(sender, str) or "@" not in sender:
        bad("email.from", "must be an email address")
    if not to:
        bad("email.to", "must be an address or a list of addresses")
    if cc is None:
        bad("email.cc", "must be an address or a list of addresses")
    subject = raw.get("subject", EmailConfig.__dataclass_fields__["subject"].default)
    if not isinstance(subject, str):
        bad("email.subject", "must be text")
    smtp_raw = raw.get("smtp", {})
    smtp = SmtpConfig()
    if not isinstance(smtp_raw, Mapping):
        bad("email.smtp", "must be a mapping with host, port and security")
    else:
        smtp_known = {
            "host", "port", "security", "username_env", "password_env",
            "allow_insecure_auth", "timeout",
        }  # fmt: skip
        for k in smtp_raw:
            if k not in smtp_known:
                bad(f"email.smtp.{k}", f"is not a known setting (known: {sorted(smtp_known)})")
        if "password" in smtp_raw or "username" in smtp_raw:
            bad("email.smtp", "must not hold credentials; name environment variables instead")
        security = next(
            (s for s in Security if s.value == str(smtp_raw.get("security", "starttls")).lower()),
            None,
        )
        if security is None:
            bad("email.smtp.security", "must be ssl, starttls or none")
            security = Security.STARTTLS
        port = smtp_raw.get("port", 465 if security is Security.SSL else 587)
        if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
            bad("email.smtp.port", f"must be a port number (got {brief(port)})")
            port = 587
        allow = smtp_raw.get("allow_insecure_auth", False)
        if not isinstance(allow, bool):
            bad("email.smtp.allow_insecure_auth", "must be true or false")
            allow = False
        timeout = smtp_raw.get("timeout", 30)
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
            bad("email.smtp.timeout", "must be a positive number of seconds")
            timeout = 30
        smtp = SmtpConfig(
            host=str(smtp_raw.get("host", "localhost")),
            port=port,
            security=security,
            username_env=str(smtp_raw.get("username_env", "WBR_SMTP_USER")),
            password_env=str(smtp_raw.get("password_env", "WBR_SMTP_PASSWORD")),
            allow_insecure_auth=allow,
            timeout=float(timeout),
        )
    if not isinstance(sender, str) or not to or cc is None or not isinstance(subject, str):
        return None
    return EmailConfig(sender=sender, to=to, cc=cc, subject=subject, smtp=smtp)


def _parse_archive(raw: Any, base: Path, bad: Callable[[str, str], None]) -> ArchiveConfig | None:
    if isinstance(raw, str):
        raw = {"path": raw}
    if not isinstance(raw, Mapping) or not isinstance(raw.get("path"), str):
        bad("archive", "must be a mapping with 'path' (and optional 'remote', 'branch')")
        return None
    for k in raw:
        if k not in ("path", "remote", "branch"):
            bad(f"archive.{k}", "is not a known setting (known: branch, path, remote)")
    remote = raw.get("remote")
    branch = raw.get("branch")
    return ArchiveConfig(
        path=(base / raw["path"]).resolve(),
        remote=str(remote) if remote is not None else None,
        branch=str(branch) if branch is not None else None,
    )
