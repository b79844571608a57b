"""Generate the sample data of Acme Pumps & Valves, a fictional industrial manufacturer.

Run ``python sample_data/generate.py``: it writes the company's exports next to this script, as its
systems produce them: record-level CRM and ERP files (one row per lead, per opportunity, per shipped
order), the daily spend per lead source, the daily plans and the daily web analytics, from
2023-01-01 (the day the CRM went live) to Sunday 2026-11-15, exported at the end of that day in
Chicago. The output is deterministic: a fixed seed, no clock, so two runs give byte-identical files.

The data is made to tell the stories a Weekly Business Review must catch (see README.md, which
states the rule each story satisfies; tests/test_sample_stories.py checks them with pandas):

1. a cheap lead push in the last five weeks lifts leads far above plan while the share of leads
   that reach a meeting within 14 days collapses;
2. a volume push in fulfilment since August ships more orders while the order defect rate creeps
   up, mostly incomplete orders and dropped back-orders;
3. distributor referrals rarely reach a meeting within 14 days (the distributor's rep holds the
   lead first), although they end up meeting more often than any other source;
4. deals now wait longer for their quote: application engineering's quote backlog since June adds
   weeks between qualification and quote, so the sales cycle of the deals won lengthens.

Counts that are a share of another count (leads that meet, meetings that qualify, deals won of
deals closed, defective orders of orders shipped) are drawn per day by cumulative rounding of the
expected share rather than binomially, so weekly rates show the small, steady variation of a stable
process and the stories are not drowned in sampling noise; which records carry the event is random.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20261115
START = pd.Timestamp("2023-01-01")  # the CRM went live: every export starts here
END = pd.Timestamp("2026-11-15")  # a Sunday: the exports were taken at the end of this day
TIMEZONE = "America/Chicago"
OUT_DIR = Path(__file__).resolve().parent

SOURCES = ("web_form", "paid_search", "trade_show", "distributor_referral", "chatbot")

# Trade shows (Tuesday to Thursday): a big pump show in March, a process-industries show in
# September.
TRADE_SHOWS = (
    ("2023-03-14", 3), ("2023-09-26", 3),
    ("2024-03-12", 3), ("2024-09-24", 3),
    ("2025-03-11", 3), ("2025-09-23", 3),
    ("2026-03-10", 3), ("2026-09-22", 3),
)  # fmt: skip

# Story 1, the lead push: extra leads as a share of the normal expected leads, by the Sunday that
# ends each push week (weeks run Monday to Sunday). It starts five weeks before the report week so
# that the latest mature 14-day cohort week (ending 2026-11-01) already shows the collapse.
LEAD_PUSH = {
    "2026-10-18": 0.10, "2026-10-25": 0.22, "2026-11-01": 0.36, "2026-11-08": 0.46,
    "2026-11-15": 0.58,
}  # fmt: skip
LEAD_PUSH_MIX = {"paid_search": 0.60, "chatbot": 0.32, "web_form": 0.08}
LEAD_PUSH_MEETING_RATE = 0.03  # gated-content downloads and chatbot emails rarely take a meeting
LEAD_PUSH_MEETING_14D = 0.025

# Weekday factors, Monday .. Sunday.
WD_B2B = np.array([1.05, 1.10, 1.10, 1.05, 0.90, 0.22, 0.18])
WD_WEB = np.array([1.10, 1.15, 1.15, 1.10, 0.95, 0.48, 0.45])
WD_SHIP = np.array([1.16, 1.16, 1.15, 1.15, 1.10, 0.30, 0.0])
WD_CLOSE = np.array([0.95, 1.00, 1.00, 1.05, 1.25, 0.04, 0.0])
WD_LIVE = np.array([1.0, 1.0, 1.0, 1.0, 0.95, 0.22, 0.18])  # live staff only on weekdays

# Normal daily leads per source in January 2023 (before weekday/season factors) and yearly growth.
LEAD_BASE = {"web_form": 11.6, "paid_search": 8.8, "distributor_referral": 6.9, "chatbot": 3.3}
TRADE_SHOW_SIZE = 28.5  # leads per show day (then badge scans entered over two weeks)
LEAD_GROWTH = {
    "web_form": 0.08, "paid_search": 0.09, "trade_show": 0.06, "distributor_referral": 0.07,
    "chatbot": 0.22,
}  # fmt: skip
# Share of leads that ever take a first meeting, and the share of those meetings held within 14
# days of the lead (story 3: distributor referrals wait with the distributor's rep first).
MEETING_RATE = {
    "web_form": 0.30, "paid_search": 0.22, "trade_show": 0.38, "distributor_referral": 0.45,
    "chatbot": 0.21,
}  # fmt: skip
MEETING_WITHIN_14D = {
    "web_form": 0.88, "paid_search": 0.90, "trade_show": 0.80, "distributor_referral": 0.17,
    "chatbot": 0.88,
}  # fmt: skip
# Share of meetings that become a qualified opportunity, and the share of those within 30 days.
QUALIFIED_RATE = {
    "web_form": 0.55, "paid_search": 0.46, "trade_show": 0.56, "distributor_referral": 0.64,
    "chatbot": 0.45,
}  # fmt: skip
QUALIFIED_WITHIN_30D = 0.92
# Story 4: extra days a newly qualified deal waits for its quote, by the day it qualified.
QUOTE_BACKLOG = {"2026-06-01": 0.0, "2026-07-15": 18.0, "2026-09-01": 30.0, "2026-11-15": 32.0}
NOT_QUOTED_SHARE = 0.12  # opportunities lost before a quote (no fit after all)

# The chatbot licence renews on 1 March, 10 % dearer each time.
CHATBOT_RENEWALS = pd.to_datetime(["2023-03-01", "2024-03-01", "2025-03-01", "2026-03-01"])

# Yearly stretch of the plans over the expected values.
PLAN_STRETCH = {2023: 0.98, 2024: 1.02, 2025: 1.04, 2026: 1.03}
REVENUE_PLAN_STRETCH = {2023: 0.97, 2024: 1.0, 2025: 1.02, 2026: 1.03}

# The ERP: the parts warehouse's customers. An installed base of existing accounts (utilities,
# plants, OEMs, distributors) orders most parts; each new customer won from a deal starts ordering
# parts a few months after its equipment is installed.
INSTALLED_BASE = 4200
NEW_CUSTOMER_ORDERS_PER_YEAR = 4.0

DISQUALIFIED_NO_MEETING = {
    "no_response": 0.56, "not_a_fit": 0.20, "no_budget": 0.10, "student_or_job_seeker": 0.06,
    "competitor": 0.04, "vendor": 0.04,
}  # fmt: skip
DISQUALIFIED_AFTER_MEETING = {"no_budget": 0.35, "not_a_fit": 0.30, "timing": 0.25,
                              "buys_from_distributor": 0.10}  # fmt: skip
LOSS_REASONS = {"price": 0.34, "no_decision": 0.26, "competitor_spec": 0.18, "lead_time": 0.12,
                "budget_cut": 0.10}  # fmt: skip


def main(out_dir: Path = OUT_DIR) -> None:
    # One independent random stream per export, so retuning one leaves the others unchanged.
    leads_rng, web_rng, opp_rng, orders_rng, spend_rng = (
        np.random.default_rng(seq) for seq in np.random.SeedSequence(SEED).spawn(5)
    )
    cal = Calendar(pd.date_range(START, END, freq="D"))
    leads, funnel = build_leads(cal, leads_rng)
    opportunities = build_opportunities(cal, opp_rng, leads)
    orders = build_orders(cal, orders_rng, opportunities)
    spend = build_spend(cal, spend_rng, funnel)
    web = build_web(cal, web_rng, funnel["push_sessions"])
    plans = build_plans(cal, funnel)
    write(format_leads(leads), out_dir / "crm_leads.csv")
    write(format_opportunities(opportunities), out_dir / "crm_opportunities.csv")
    write(orders, out_dir / "erp_orders.csv")
    write(spend, out_dir / "marketing_spend.csv")
    write(plans, out_dir / "plans.csv")
    write(web, out_dir / "web_daily.csv")


class Calendar:
    """Per-day factors shared by every series; day index 0 is START."""

    def __init__(self, days: pd.DatetimeIndex) -> None:
        self.days = days
        self.n = len(days)
        self.years = np.asarray((days - START).days, dtype=float) / 365.25
        self.doy = np.asarray(days.day_of_year, dtype=float)
        self.wd = np.asarray(days.day_of_week)
        self.angle = 2 * np.pi * (self.doy - 1) / 365.25
        self.business_holiday, self.web_holiday = holiday_factors(days)
        self.show_day, self.show_follow_up = trade_show_kernels(days)
        self.push = np.zeros(self.n)
        week_end = days + pd.to_timedelta((6 - days.day_of_week) % 7, unit="D")
        for sunday, share in LEAD_PUSH.items():
            self.push[week_end == pd.Timestamp(sunday)] = share
        self.stretch = np.array([PLAN_STRETCH.get(int(y), 1.0) for y in days.year])

    def growth(self, rate: float) -> np.ndarray:
        return np.exp(np.log1p(rate) * self.years)


def holiday_factors(days: pd.DatetimeIndex) -> tuple[np.ndarray, np.ndarray]:
    """US holidays: offices closed (B2B activity ~15 %), web traffic roughly halved."""
    business = np.ones(len(days))
    web = np.ones(len(days))
    for year in sorted(set(days.year)):
        closed = [
            pd.Timestamp(year, 1, 1),
            last_weekday(year, 5, 0),  # Memorial Day
            pd.Timestamp(year, 7, 4),
            nth_weekday(year, 9, 0, 1),  # Labor Day
        ]
        thanksgiving = nth_weekday(year, 11, 3, 4)
        closed += [thanksgiving, thanksgiving + pd.Timedelta(days=1)]
        for day in closed:
            business[days == day] = 0.15
            web[days == day] = 0.55
        # The year-end dip: Christmas week and the days up to New Year.
        for day in pd.date_range(pd.Timestamp(year, 12, 20), pd.Timestamp(year, 12, 31)):
            depth = 0.2 if day.day in (24, 25, 26) else (0.75 if day.day < 23 else 0.45)
            business[days == day] = min(business[days == day].min(initial=1.0), depth)
            web[days == day] = 0.5 + depth / 2
        for day in (pd.Timestamp(year, 1, 2), pd.Timestamp(year, 1, 3)):
            business[days == day] *= 0.8
    return business, web


def nth_weekday(year: int, month: int, weekday: int, n: int) -> pd.Timestamp:
    first = pd.Timestamp(year, month, 1)
    return first + pd.Timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def last_weekday(year: int, month: int, weekday: int) -> pd.Timestamp:
    last = pd.Timestamp(year, month, 1) + pd.offsets.MonthEnd(0)
    return last - pd.Timedelta(days=(last.weekday() - weekday) % 7)


def trade_show_kernels(days: pd.DatetimeIndex) -> tuple[np.ndarray, np.ndarray]:
    """Show days (1 on each day of a show) and the follow-up tail of badge scans entered later."""
    show = np.zeros(len(days))
    tail = np.zeros(len(days))
    for first, length in TRADE_SHOWS:
        start = pd.Timestamp(first)
        for k in range(length):
            show[days == start + pd.Timedelta(days=k)] = 1.0
        for k in range(1, 15):
            day = start + pd.Timedelta(days=length - 1 + k)
            tail[days == day] = 0.30 * 0.78 ** (k - 1) * (0 if day.weekday() >= 5 else 1)
    return show, tail


def thin(total: np.ndarray, rate: np.ndarray) -> np.ndarray:
    """The share ``rate`` of each day's ``total``, as integers that keep the running sum exact."""
    expected = np.cumsum(np.asarray(total, dtype=float) * np.clip(rate, 0.0, 1.0))
    rounded = np.rint(expected)
    out = np.diff(rounded, prepend=0.0)
    return np.clip(out, 0, total).astype(np.int64)


def integer_series(expected: np.ndarray) -> np.ndarray:
    """Whole numbers whose running sum tracks the running sum of ``expected`` (plans)."""
    return np.diff(np.rint(np.cumsum(expected)), prepend=0.0).astype(np.int64)


def smooth_noise(rng: np.random.Generator, n: int, scale: float, keep: float = 0.9) -> np.ndarray:
    """A slowly wandering AR(1) series with standard deviation ``scale``."""
    shocks = rng.normal(0.0, scale * np.sqrt(1 - keep**2), n)
    out = np.empty(n)
    level = rng.normal(0.0, scale)
    for i, shock in enumerate(shocks):
        level = keep * level + shock
        out[i] = level
    return out


def random_rank(group: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Each record's rank (0, 1, ...) in a random order within its group: the records of group g
    with rank < count[g] are ``count[g]`` records drawn at random from the group."""
    order = np.lexsort((rng.random(group.size), group))
    rank = np.empty(group.size, dtype=np.int64)
    sorted_group = group[order]
    starts = np.searchsorted(sorted_group, sorted_group, side="left")
    rank[order] = np.arange(group.size) - starts
    return rank


def choose(rng: np.random.Generator, table: dict[str, float], size: int) -> np.ndarray:
    names = np.array(list(table), dtype=object)
    return names[rng.choice(len(names), size=size, p=np.array(list(table.values())))]


def delays(rng: np.random.Generator, size: int, low: int, high: int, scale: float) -> np.ndarray:
    """Whole days from ``low`` to ``high``, most of them early (a truncated exponential)."""
    k = np.arange(low, high + 1)
    weights = np.exp(-(k - low) / scale)
    return rng.choice(k, size=size, p=weights / weights.sum())


def to_weekday(day: np.ndarray, latest: np.ndarray | None = None) -> np.ndarray:
    """Move a day index that falls on a weekend to the next Monday, or back to Friday when the
    Monday would be later than ``latest`` (an event that must stay inside its window)."""
    wd = (START.day_of_week + day) % 7  # START is a Sunday: weekday of each day index
    forward = np.where(wd == 5, day + 2, np.where(wd == 6, day + 1, day))
    if latest is None:
        return forward
    backward = np.where(wd == 5, day - 1, np.where(wd == 6, day - 2, day))
    return np.where(forward <= latest, forward, backward)


def business_seconds(rng: np.random.Generator, size: int) -> np.ndarray:
    """Local clock time of a meeting or CRM update: office hours, 8:00 to 17:30."""
    return rng.integers(8 * 3600, 17 * 3600 + 1800, size=size)


def build_leads(cal: Calendar, rng: np.random.Generator) -> tuple[pd.DataFrame, dict]:
    """One row per lead: source, creation time and the first meeting and qualification."""
    # Leads peak in Q1 (budget season) and autumn, sag in July-August.
    season = 1 + 0.07 * np.cos(cal.angle - 0.6) + 0.05 * np.cos(2 * cal.angle - 0.9)
    b2b = WD_B2B[cal.wd] * cal.business_holiday
    expected: dict[str, np.ndarray] = {}
    for source, base in LEAD_BASE.items():
        expected[source] = base * cal.growth(LEAD_GROWTH[source]) * season * b2b
        # Shows lift the other channels too (people look the company up afterwards).
        expected[source] *= 1 + 0.25 * cal.show_day + 0.6 * cal.show_follow_up
    show_size = TRADE_SHOW_SIZE * cal.growth(LEAD_GROWTH["trade_show"])
    expected["trade_show"] = show_size * (cal.show_day + cal.show_follow_up)
    normal_total = sum(expected.values())
    push_total = cal.push * normal_total

    meeting_wobble = smooth_noise(rng, cal.n, 0.035, keep=0.95)
    frames = []
    for s, source in enumerate(SOURCES):
        normal = expected[source]
        extra = push_total * LEAD_PUSH_MIX.get(source, 0.0)
        mu = (normal + extra) * np.exp(rng.normal(0.0, 0.08, cal.n))
        n = rng.poisson(mu).astype(np.int64)
        weight = np.maximum(normal + extra, 1e-9)
        eventual = (normal * MEETING_RATE[source] + extra * LEAD_PUSH_MEETING_RATE) / weight
        fast = (
            normal * MEETING_RATE[source] * MEETING_WITHIN_14D[source]
            + extra * LEAD_PUSH_MEETING_14D
        ) / weight
        wobble = (1 + meeting_wobble) * np.exp(rng.normal(0, 0.06, cal.n))
        met_fast = thin(n, fast * wobble)
        late_share = np.clip((eventual - fast) / np.maximum(1 - fast, 1e-9), 0, 1) * wobble
        met_late = thin(n - met_fast, late_share)
        day = np.repeat(np.arange(cal.n), n)
        rank = random_rank(day, rng)
        kind = np.where(
            rank < met_fast[day], 1, np.where(rank < (met_fast + met_late)[day], 2, 0)
        )  # 1: meets within 14 days, 2: meets later, 0: never
        frames.append(pd.DataFrame({"day": day, "source": s, "kind": kind}))
    leads = pd.concat(frames, ignore_index=True)
    size = len(leads)

    # Creation time: mostly office hours, some evenings and nights (so a lead created late on a
    # Sunday in Chicago is already Monday in UTC).
    office = rng.normal(11.5 * 3600, 2.6 * 3600, size)
    anytime = rng.uniform(0, 86_400, size)
    seconds = np.where(rng.random(size) < 0.82, office, anytime)
    leads["seconds"] = np.clip(seconds, 0, 86_399).astype(np.int64)
    leads = leads.sort_values(["day", "seconds", "source"], kind="stable", ignore_index=True)

    # First meeting: within 14 days (same day counts as 0) or later, on a working day.
    day = leads["day"].to_numpy()
    kind = leads["kind"].to_numpy()
    source = leads["source"].to_numpy()
    is_distributor = source == SOURCES.index("distributor_referral")
    fast = delays(rng, size, 0, 14, 3.5)
    late = np.where(is_distributor, delays(rng, size, 15, 50, 9.0), delays(rng, size, 15, 70, 12.0))
    meeting = np.where(kind == 1, to_weekday(day + fast, day + 14), to_weekday(day + late))
    meeting = np.where(kind == 0, -1, meeting)
    leads["meeting_day"] = meeting
    leads["meeting_seconds"] = business_seconds(rng, size)

    # Qualification: a share of the leads that meet (whether or not the meeting has happened by
    # the export), mostly within 30 days of the meeting; drawn per lead-creation day and source.
    qualified = np.zeros(size, dtype=bool)
    met = kind > 0
    for s, name in enumerate(SOURCES):
        sel = met & (source == s)
        per_day = np.bincount(day[sel], minlength=cal.n)
        rate = QUALIFIED_RATE[name] * np.exp(rng.normal(0, 0.06, cal.n))
        count = thin(per_day, rate)
        rank = random_rank(day[sel], rng)
        qualified[np.flatnonzero(sel)] = rank < count[day[sel]]
    within = rng.random(size) < QUALIFIED_WITHIN_30D
    q_delay = np.where(within, delays(rng, size, 1, 30, 8.0), delays(rng, size, 31, 75, 15.0))
    qualified_day = to_weekday(meeting + q_delay, np.where(within, meeting + 30, meeting + 200))
    leads["qualified_day"] = np.where(qualified, qualified_day, -1)
    leads["qualified_seconds"] = business_seconds(rng, size)

    # Disqualification reasons, set once the lead is closed out: 30 days without a meeting, or
    # 30 days after a meeting that did not qualify. Leads still being worked have none.
    last = cal.n - 1
    no_meeting_reason = choose(rng, DISQUALIFIED_NO_MEETING, size)
    push_lead = (cal.push[day] > 0) & (rng.random(size) < cal.push[day] / (1 + cal.push[day]))
    no_meeting_reason = np.where(push_lead & (rng.random(size) < 0.6), "no_response",
                                 no_meeting_reason)  # fmt: skip
    after_meeting_reason = choose(rng, DISQUALIFIED_AFTER_MEETING, size)
    reason = np.where(
        (kind == 0) & (day + 30 <= last),
        no_meeting_reason,
        np.where(met & ~qualified & (meeting + 30 <= last), after_meeting_reason, ""),
    )
    leads["disqualified_reason"] = reason
    # The export sees only what happened by the end of END.
    leads.loc[leads["meeting_day"] > last, ["meeting_day", "qualified_day"]] = -1
    leads.loc[leads["qualified_day"] > last, "qualified_day"] = -1
    leads.insert(0, "lead_id", [f"L{100001 + i}" for i in range(size)])
    companies = company_names(rng, size)
    leads["company"] = companies[:, 0]
    leads["email_domain"] = companies[:, 1]

    expected_qualified = sum(expected[s] * MEETING_RATE[s] * QUALIFIED_RATE[s] for s in SOURCES)
    funnel = {
        "normal_expected": expected,
        "leads_plan": integer_series(normal_total * cal.stretch),
        "expected_qualified": expected_qualified,
        "push_extra": {s: push_total * LEAD_PUSH_MIX.get(s, 0.0) for s in SOURCES},
        # Landing-page visits bought by the push: about 8 sessions per extra paid-search lead.
        "push_sessions": 8.0 * push_total * LEAD_PUSH_MIX["paid_search"],
    }
    return leads, funnel


PLACES = (
    "Hartwell", "Brennan", "Cedar Falls", "Lakeshore", "Granite", "Milford", "Redwater", "Ashby",
    "Northfield", "Kessler", "Pine Ridge", "Dalton", "Riverton", "Summit", "Harlan", "Westbrook",
    "Ironwood", "Clearwater", "Marlow", "Oakdale", "Fairview", "Stanton", "Bayside", "Crestline",
    "Eastgate", "Holloway", "Lindell", "Prairie", "Sutter", "Whitman", "Vance", "Calder",
    "Benton", "Rockport", "Greenfield", "Mason", "Tolliver", "Ellis", "Garrison", "Quincy",
)  # fmt: skip
KINDS = (
    ("Water Authority", "water"), ("Utilities", "util"), ("Chemical", "chem"),
    ("Process Systems", "process"), ("Foods", "foods"), ("Paper Mill", "paper"),
    ("Mining", "mining"), ("Refining", "refining"), ("Pump Service", "pumpservice"),
    ("Engineering", "eng"), ("Brewing", "brewing"), ("Pharma", "pharma"),
    ("Power", "power"), ("Irrigation District", "irrigation"), ("Industrial", "industrial"),
)  # fmt: skip


def company_names(rng: np.random.Generator, size: int) -> np.ndarray:
    """Company name and email domain per lead (a pool of 600 companies, some with many leads)."""
    pool = [
        (f"{place} {kind}", f"{place.lower().replace(' ', '')}{short}.example")
        for place in PLACES
        for kind, short in KINDS
    ]
    weights = 1.0 / np.arange(1, len(pool) + 1) ** 0.6
    index = rng.permutation(len(pool))[rng.choice(len(pool), size, p=weights / weights.sum())]
    return np.array(pool, dtype=object)[index]


def build_opportunities(
    cal: Calendar, rng: np.random.Generator, leads: pd.DataFrame
) -> pd.DataFrame:
    """One opportunity per qualified lead: quote, close, outcome, amount and margin."""
    qualified = leads[leads["qualified_day"] >= 0].sort_values(
        ["qualified_day", "qualified_seconds", "lead_id"], kind="stable", ignore_index=True
    )
    size = len(qualified)
    created = qualified["qualified_day"].to_numpy()
    last = cal.n - 1
    backlog_x = np.asarray((pd.to_datetime(list(QUOTE_BACKLOG)) - START).days, dtype=float)
    backlog = np.interp(created, backlog_x, list(QUOTE_BACKLOG.values()), left=0.0)
    quote_wait = rng.lognormal(np.log(7.0), 0.45, size) + backlog * rng.uniform(0.8, 1.2, size)
    quoted_day = to_weekday(created + np.rint(quote_wait).astype(np.int64))
    quote_to_close = rng.lognormal(np.log(58.0), 0.33, size)
    not_quoted = rng.random(size) < NOT_QUOTED_SHARE
    close = np.where(
        not_quoted,
        to_weekday(created + rng.integers(10, 41, size)),
        to_weekday(quoted_day + np.rint(quote_to_close).astype(np.int64)),
    )
    # Deals close mostly late in the week: move some early-week closes to Thursday or Friday.
    wd = (START.day_of_week + close) % 7
    later = (wd < 3) & (rng.random(size) < 0.25)
    close = np.where(later, close + (4 - wd), close)

    # Outcome: per close day, the number won is the expected win rate of all closes (cumulative
    # rounding), drawn among the quoted deals closing that day.
    closing = close <= last
    per_day = np.bincount(close[closing], minlength=cal.n)
    close_index = close.clip(max=last)
    win = 0.305 + 0.007 * cal.years + 0.006 * np.sin(cal.angle)
    wobble = 1 + smooth_noise(rng, cal.n, 0.015)
    won_per_day = thin(per_day, win * wobble * np.exp(rng.normal(0, 0.03, cal.n)))
    candidates = closing & ~not_quoted
    rank = np.full(size, np.iinfo(np.int64).max)
    rank[candidates] = random_rank(close[candidates], rng)
    won = candidates & (rank < won_per_day[close_index])
    lost = closing & ~won

    amount = rng.lognormal(-(0.6**2) / 2, 0.6, size) * 43_000.0 * cal.growth(0.03)[created]
    amount = np.round(amount / 100.0) * 100.0  # quotes are in hundreds of dollars
    margin_pct = np.clip(rng.normal(0.345, 0.022, size), 0.15, 0.55)
    in_negotiation = rng.random(size) < 0.4
    stage = np.where(
        won,
        "won",
        np.where(
            not_quoted | (quoted_day > last),
            "qualified",
            np.where(in_negotiation & (quoted_day + 0.6 * quote_to_close <= last),
                     "negotiation", "quoted"),
        ),
    )  # fmt: skip
    outcome = np.where(won, "won", np.where(lost, "lost", "open"))
    loss_reason = np.where(lost, choose(rng, LOSS_REASONS, size), "")
    customer = np.full(size, "", dtype=object)
    won_index = np.flatnonzero(won)
    won_index = won_index[np.argsort(close[won_index], kind="stable")]
    customer[won_index] = [f"C{INSTALLED_BASE + 1 + i:05d}" for i in range(won_index.size)]
    frame = pd.DataFrame(
        {
            "opportunity_id": [f"OP{20001 + i}" for i in range(size)],
            "lead_id": qualified["lead_id"].to_numpy(),
            "lead_source": np.array(SOURCES)[qualified["source"].to_numpy()],
            "created_day": created,
            "created_seconds": qualified["qualified_seconds"].to_numpy(),
            "quoted_day": np.where(not_quoted | (quoted_day > last), -1, quoted_day),
            "quoted_seconds": business_seconds(rng, size),
            "closed_day": np.where(closing, close, -1),
            "closed_seconds": business_seconds(rng, size),
            "stage_reached": stage,
            "outcome": outcome,
            "loss_reason": loss_reason,
            "amount": amount.astype(np.int64),
            "gross_margin": np.rint(amount * margin_pct).astype(np.int64),
            "customer_id": customer,
        }
    )
    return frame


def build_orders(
    cal: Calendar, rng: np.random.Generator, opportunities: pd.DataFrame
) -> pd.DataFrame:
    """One row per order shipped from the parts warehouse, with its defect flags."""
    # Maintenance season: spares and pumps peak in late spring, dip in December.
    season = 1 + 0.06 * np.cos(cal.angle - 2.4)
    ramp_start = pd.Timestamp("2026-08-01")
    ramp = np.clip((cal.days - ramp_start).days / (END - ramp_start).days, 0.0, 1.0)
    volume_push = 1 + 0.16 * np.asarray(ramp) ** 1.3
    # The report week adds a Saturday overtime shift to clear the back-log.
    volume_push[cal.n - 7 :] += 0.06
    mu = (
        69.0 * cal.growth(0.09) * season * volume_push * WD_SHIP[cal.wd] * cal.business_holiday
    ) * np.exp(rng.normal(0.0, 0.05, cal.n))
    shipped = rng.poisson(mu).astype(np.int64)
    day = np.repeat(np.arange(cal.n), shipped)
    size = day.size

    # Customers: new customers (won deals) order parts from about three months after the win.
    won = opportunities[opportunities["outcome"] == "won"]
    active_from = won["closed_day"].to_numpy() + rng.integers(45, 150, len(won))
    order = np.argsort(active_from, kind="stable")
    active_from = active_from[order]
    new_ids = won["customer_id"].to_numpy()[order]
    active = np.searchsorted(active_from, day, side="right")  # new customers active that day
    new_rate = active * NEW_CUSTOMER_ORDERS_PER_YEAR / 365.0 * 7 / WD_SHIP.sum()
    new_share = np.clip(new_rate * WD_SHIP[cal.wd[day]] / np.maximum(mu[day], 1e-9), 0, 0.6)
    is_new = (rng.random(size) < new_share) & (active > 0)
    pick_new = np.minimum((rng.random(size) * active).astype(np.int64), np.maximum(active - 1, 0))
    base_weights = 1.0 / np.arange(1, INSTALLED_BASE + 1) ** 0.8
    base_ids = np.array([f"C{i:05d}" for i in rng.permutation(INSTALLED_BASE) + 1], dtype=object)
    pick_base = rng.choice(INSTALLED_BASE, size, p=base_weights / base_weights.sum())
    customer = np.where(is_new, new_ids[pick_new] if new_ids.size else "", base_ids[pick_base])

    value = rng.lognormal(-(0.9**2) / 2, 0.9, size) * 720.0 * cal.growth(0.04)[day]
    value = np.maximum(np.rint(value), 25.0)
    margin = np.rint(value * np.clip(rng.normal(0.42, 0.05, size), 0.1, 0.7))

    # Defect rate: improvement, then the creep of the volume push (story 2) and the jump when
    # wave picking goes live on Monday 2026-10-26.
    anchors = {
        "2023-01-01": 0.062, "2023-07-01": 0.061, "2024-01-01": 0.058, "2024-07-01": 0.056,
        "2025-01-01": 0.054, "2025-07-01": 0.053, "2026-01-01": 0.052, "2026-07-31": 0.053,
        "2026-09-15": 0.055, "2026-10-18": 0.058, "2026-10-25": 0.060, "2026-10-26": 0.078,
        "2026-11-01": 0.080, "2026-11-08": 0.084, "2026-11-09": 0.096, "2026-11-15": 0.100,
    }  # fmt: skip
    x = np.asarray((pd.to_datetime(list(anchors)) - START).days, dtype=float)
    rate = np.interp(np.arange(cal.n, dtype=float), x, list(anchors.values()))
    # Year-end temps and the spring peak add a little; weekly wobble is the normal variation.
    rate = rate + 0.004 * (cal.business_holiday < 1) + smooth_noise(rng, cal.n, 0.0011, keep=0.93)
    creep = np.clip(rate - 0.053, 0.0, None) * (cal.days >= ramp_start)
    base = rate - creep
    # Defect type: (share of the normal defects, share of the creep, share found only later by a
    # customer claim or carrier return, days until then). The export holds what was found by END.
    types = {
        "wrong_part": (0.28, 0.15, 0.15, (3, 14)),
        "incomplete": (0.26, 0.50, 0.10, (2, 10)),
        "not_invoiced": (0.14, 0.0, 1.0, (3, 3)),
        "wrong_address": (0.10, 0.0, 0.5, (4, 14)),
        "dropped_backorder": (0.22, 0.35, 0.20, (5, 14)),
    }
    free = np.ones(size, dtype=bool)  # an order has at most one defect type in this sample
    flags: dict[str, np.ndarray] = {}
    last = cal.n - 1
    for name, (base_share, creep_share, late_share, (low, high)) in types.items():
        type_rate = (base * base_share + creep * creep_share) * np.exp(rng.normal(0, 0.08, cal.n))
        count = thin(shipped, type_rate)
        rank = np.full(size, np.iinfo(np.int64).max)
        rank[free] = random_rank(day[free], rng)
        hit = free & (rank < count[day])
        free &= ~hit
        found = day + np.where(rng.random(size) < late_share, rng.integers(low, high + 1, size), 0)
        flags[name] = (hit & (found <= last)).astype(np.int64)
    return pd.DataFrame(
        {
            "order_id": np.arange(1_000_001, 1_000_001 + size),
            "customer_id": customer,
            "shipped_on": cal.days[day].strftime("%Y-%m-%d"),
            "order_value": value.astype(np.int64),
            "gross_margin": margin.astype(np.int64),
            **flags,
        }
    )


def build_spend(cal: Calendar, rng: np.random.Generator, funnel: dict) -> pd.DataFrame:
    """Daily marketing spend in whole dollars per lead source (zeros included)."""
    frames = []
    for source in SOURCES:
        normal = funnel["normal_expected"][source]
        extra = funnel["push_extra"][source]
        noise = np.exp(rng.normal(0.0, 0.06, cal.n))
        if source == "paid_search":
            # Budget follows the expected leads at the planned cost per lead; the push buys cheap
            # broad-match clicks to a gated download at a fraction of that cost.
            cpl = 150.0 * cal.growth(0.06)
            amount = (normal * cpl + extra * 0.30 * cpl) * noise
        elif source == "web_form":
            # Content and SEO agency retainer, invoiced on working days.
            amount = 820.0 * 0.55 * cal.growth(0.07) * (cal.wd < 5) * cal.business_holiday * noise
        elif source == "distributor_referral":
            amount = normal * 105.0 * cal.growth(0.03) * noise  # referral fee per accepted lead
        elif source == "chatbot":
            # The platform licence: a yearly contract accrued at the same amount every day,
            # repriced (+10 %) at each renewal on 1 March; it does not creep up day by day.
            renewals = np.searchsorted(CHATBOT_RENEWALS, cal.days, side="right")
            amount = 160.0 * 1.10 ** renewals.astype(float)
        else:  # trade_show: booth, freight and travel booked on the show days
            amount = 29_000.0 * 0.55 * cal.growth(0.06) * cal.show_day * noise
        frames.append(
            pd.DataFrame(
                {
                    "date": cal.days.strftime("%Y-%m-%d"),
                    "lead_source": source,
                    "spend": np.rint(amount).astype(np.int64),
                    "_order": SOURCES.index(source),
                }
            )
        )
    frame = pd.concat(frames).sort_values(["date", "_order"], kind="stable")
    return frame.drop(columns="_order").reset_index(drop=True)


def build_plans(cal: Calendar, funnel: dict) -> pd.DataFrame:
    """Daily plans: leads, won revenue and pipeline added (company totals)."""
    # Deals close about 11 weeks after they qualify; a 28-day mean smooths the weekdays.
    level = pd.Series(funnel["expected_qualified"]).rolling(28, center=True, min_periods=1).mean()
    lagged = level.shift(70).fillna(0.0).to_numpy()
    close_day = WD_CLOSE[cal.wd] * cal.business_holiday / WD_CLOSE.mean()
    win = 0.305 + 0.007 * cal.years
    deal_mean = 43_000.0 * cal.growth(0.03)
    revenue_stretch = np.array([REVENUE_PLAN_STRETCH.get(int(y), 1.0) for y in cal.days.year])
    return pd.DataFrame(
        {
            "date": cal.days.strftime("%Y-%m-%d"),
            "leads_plan": funnel["leads_plan"],
            "revenue_plan": integer_series(lagged * close_day * win * deal_mean * revenue_stretch),
            "pipeline_plan": integer_series(funnel["expected_qualified"] * deal_mean * 1.02),
        }
    )


def build_web(cal: Calendar, rng: np.random.Generator, push_sessions: np.ndarray) -> pd.DataFrame:
    """Website sessions, bounces, engaged sessions and chatbot conversations per day."""
    season = 1 + 0.06 * np.cos(cal.angle - 0.6)
    show_lift = 1 + 0.20 * cal.show_day + 0.5 * cal.show_follow_up
    organic_mu = (
        2350.0 * cal.growth(0.11) * season * WD_WEB[cal.wd] * cal.web_holiday * show_lift
    ) * np.exp(rng.normal(0.0, 0.06, cal.n))
    organic = rng.poisson(organic_mu).astype(np.int64)
    bought = rng.poisson(push_sessions * WD_WEB[cal.wd]).astype(np.int64)
    sessions = organic + bought
    bounce = 0.47 - 0.015 * cal.years + smooth_noise(rng, cal.n, 0.012) + rng.normal(0, 0.01, cal.n)
    bounced = rng.binomial(organic, np.clip(bounce, 0.2, 0.8)) + rng.binomial(bought, 0.78)
    engaged_share = 0.56 + 0.01 * cal.years + smooth_noise(rng, cal.n, 0.01)
    engaged = rng.binomial(sessions - bounced, np.clip(engaged_share, 0.3, 0.8))
    # The chatbot is offered to organic visitors; adoption grows as the bot gets better.
    chat_share = 0.0135 + 0.0018 * cal.years
    chats = rng.poisson(organic * chat_share * np.exp(rng.normal(0, 0.05, cal.n)))
    live = (0.25 + 0.006 * cal.years) * WD_LIVE[cal.wd] * cal.business_holiday
    live = live * (1 + smooth_noise(rng, cal.n, 0.02)) * np.exp(rng.normal(0, 0.04, cal.n))
    handoffs = thin(chats, live)
    return pd.DataFrame(
        {
            "date": cal.days.strftime("%Y-%m-%d"),
            "sessions": sessions,
            "bounced_sessions": bounced,
            "engaged_sessions": engaged,
            "chatbot_conversations": chats,
            "chatbot_handoffs": handoffs,
        }
    )


def utc_text(day: np.ndarray, seconds: np.ndarray) -> np.ndarray:
    """ISO 8601 UTC text (``2026-11-09T16:42:10Z``) of a local day index and clock time in
    Chicago; empty where ``day`` is -1. Times in the hour repeated in November count as
    daylight time; times in the hour skipped in March move forward an hour."""
    out = np.full(day.size, "", dtype=object)
    present = day >= 0
    local = (
        START
        + pd.to_timedelta(day[present], unit="D")
        + pd.to_timedelta(seconds[present], unit="s")
    )
    stamped = pd.DatetimeIndex(local).tz_localize(
        TIMEZONE, ambiguous=np.ones(int(present.sum()), dtype=bool), nonexistent="shift_forward"
    )
    out[present] = stamped.tz_convert("UTC").strftime("%Y-%m-%dT%H:%M:%SZ")
    return out


def format_leads(leads: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "lead_id": leads["lead_id"],
            "created_at": utc_text(leads["day"].to_numpy(), leads["seconds"].to_numpy()),
            "lead_source": np.array(SOURCES)[leads["source"].to_numpy()],
            "company": leads["company"],
            "email_domain": leads["email_domain"],
            "meeting_at": utc_text(
                leads["meeting_day"].to_numpy(), leads["meeting_seconds"].to_numpy()
            ),
            "qualified_at": utc_text(
                leads["qualified_day"].to_numpy(), leads["qualified_seconds"].to_numpy()
            ),
            "disqualified_reason": leads["disqualified_reason"],
        }
    )


def format_opportunities(opps: pd.DataFrame) -> pd.DataFrame:
    frame = opps[["opportunity_id", "lead_id", "lead_source"]].copy()
    for column in ("created", "quoted", "closed"):
        frame[f"{column}_at"] = utc_text(
            opps[f"{column}_day"].to_numpy(), opps[f"{column}_seconds"].to_numpy()
        )
    for column in ("stage_reached", "outcome", "loss_reason", "amount", "gross_margin",
                   "customer_id"):  # fmt: skip
        frame[column] = opps[column]
    return frame


def write(frame: pd.DataFrame, path: Path) -> None:
    frame.to_csv(path, index=False, lineterminator="\n")


if __name__ == "__main__":
    # An optional folder argument writes the files there instead (the tests check that a fresh
    # run reproduces the committed files byte for byte).
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT_DIR)
