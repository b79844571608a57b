"""Generate the sample data of Acme Pumps & Valves, a fictional industrial manufacturer.

Run ``python sample_data/generate.py``: it writes four CSV files next to this script, one row per
day (one per day and lead source in ``leads_daily.csv``) from 2023-01-01 to 2026-11-15. The output
is deterministic: a fixed seed, no clock, so two runs give byte-identical files.

The data is made to tell the stories a Weekly Business Review must catch (see README.md):

* a cheap lead-generation push in the last three weeks (gated paid-search content and a chatbot
  that asks every visitor for an email) lifts leads far above plan while meetings barely move, so
  the lead -> meeting rate collapses (a Goodhart alert on ``leads``);
* a volume push in fulfilment since August ships more orders while the order defect rate creeps
  up, mostly incomplete orders and dropped back-orders (a Goodhart alert on ``orders_shipped``);
* the other target/counter-metric pairs stay within their tolerances.

Counts that are a share of another count (meetings of leads, won of closed, handoffs of chatbot
conversations, defects of orders) are drawn by cumulative rounding of the expected share rather
than binomially, so weekly rates show the small, steady variation of a stable process and the
stories are not drowned in sampling noise.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20261115
START = pd.Timestamp("2023-01-01")
END = pd.Timestamp("2026-11-15")  # a Sunday: the last complete week of the sample
HISTORY = pd.Timestamp("2022-08-01")  # expectations start earlier so lagged series are defined
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

# The lead-generation push: extra leads as a share of the normal expected leads, by the Sunday
# that ends each push week (weeks run Monday to Sunday).
LEAD_PUSH = {"2026-11-01": 0.12, "2026-11-08": 0.27, "2026-11-15": 0.55}
LEAD_PUSH_MIX = {"paid_search": 0.60, "chatbot": 0.32, "web_form": 0.08}
LEAD_PUSH_MEETING_RATE = 0.03  # gated-content downloads and chatbot emails rarely take a meeting

# Weekday factors, Monday .. Sunday.
WD_B2B = np.array([1.05, 1.10, 1.10, 1.05, 0.90, 0.22, 0.18])
WD_WEB = np.array([1.10, 1.15, 1.15, 1.10, 0.95, 0.48, 0.45])
WD_SHIP = np.array([1.16, 1.16, 1.15, 1.15, 1.10, 0.30, 0.0])
WD_CLOSE = np.array([0.95, 1.00, 1.00, 1.05, 1.25, 0.04, 0.0])
WD_LIVE = np.array([1.0, 1.0, 1.0, 1.0, 0.95, 0.22, 0.18])  # live staff only on weekdays

# Normal daily leads per source in January 2023 (before weekday/season factors), yearly growth,
# lead -> meeting rate, meeting -> qualified rate.
LEAD_BASE = {"web_form": 21.0, "paid_search": 16.0, "distributor_referral": 12.5, "chatbot": 6.0}
LEAD_GROWTH = {
    "web_form": 0.08, "paid_search": 0.09, "trade_show": 0.06, "distributor_referral": 0.07,
    "chatbot": 0.22,
}  # fmt: skip
MEETING_RATE = {
    "web_form": 0.30, "paid_search": 0.22, "trade_show": 0.38, "distributor_referral": 0.45,
    "chatbot": 0.21,
}  # fmt: skip
QUALIFIED_RATE = {
    "web_form": 0.55, "paid_search": 0.46, "trade_show": 0.56, "distributor_referral": 0.64,
    "chatbot": 0.45,
}  # fmt: skip
# Yearly stretch of the plans over the expected values.
PLAN_STRETCH = {2023: 0.98, 2024: 1.02, 2025: 1.04, 2026: 1.03}
REVENUE_PLAN_STRETCH = {2023: 0.97, 2024: 1.0, 2025: 1.02, 2026: 1.03}


def main() -> None:
    # One independent random stream per file, so retuning one file leaves the others unchanged.
    leads_rng, web_rng, sales_rng, fulfilment_rng = (
        np.random.default_rng(seq) for seq in np.random.SeedSequence(SEED).spawn(4)
    )
    days = pd.date_range(HISTORY, END, freq="D")
    cal = Calendar(days)
    leads, funnel = build_leads(cal, leads_rng)
    web = build_web(cal, web_rng, funnel["push_sessions"])
    sales = build_sales(cal, sales_rng, funnel)
    fulfilment = build_fulfilment(cal, fulfilment_rng)
    keep = cal.days >= START
    write(web[keep], "web_daily.csv")
    write(leads[leads["date"] >= START.strftime("%Y-%m-%d")], "leads_daily.csv")
    write(sales[keep], "sales_daily.csv")
    write(fulfilment[keep], "fulfilment_daily.csv")


class Calendar:
    """Per-day factors shared by every series."""

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


def build_leads(cal: Calendar, rng: np.random.Generator) -> tuple[pd.DataFrame, dict]:
    """Leads, meetings, qualified opportunities, spend and plan per source and day."""
    # Leads peak in Q1 (budget season) and autumn, sag in July-August.
    season = 1 + 0.07 * np.cos(cal.angle - 0.6) + 0.05 * np.cos(2 * cal.angle - 0.9)
    b2b = WD_B2B[cal.wd] * cal.business_holiday
    expected: dict[str, np.ndarray] = {}
    for source, base in LEAD_BASE.items():
        expected[source] = base * cal.growth(LEAD_GROWTH[source]) * season * b2b
        # Shows lift the other channels too (people look the company up afterwards).
        expected[source] *= 1 + 0.25 * cal.show_day + 0.6 * cal.show_follow_up
    show_size = 52.0 * cal.growth(LEAD_GROWTH["trade_show"])
    expected["trade_show"] = show_size * (cal.show_day + cal.show_follow_up)
    normal_total = sum(expected.values())

    year = np.asarray(cal.days.year)
    stretch = np.array([PLAN_STRETCH.get(int(y), 1.0) for y in year])
    push_total = cal.push * normal_total
    frames = []
    totals = {k: np.zeros(cal.n, dtype=np.int64) for k in ("leads", "meetings", "qualified")}
    spend_total = np.zeros(cal.n, dtype=np.int64)
    plan_total = np.zeros(cal.n, dtype=np.int64)
    meeting_wobble = smooth_noise(rng, cal.n, 0.035, keep=0.95)
    for source in SOURCES:
        normal = expected[source]
        extra = push_total * LEAD_PUSH_MIX.get(source, 0.0)
        mu = (normal + extra) * np.exp(rng.normal(0.0, 0.08, cal.n))
        leads = rng.poisson(mu).astype(np.int64)
        blended = np.where(
            normal + extra > 0,
            (normal * MEETING_RATE[source] + extra * LEAD_PUSH_MEETING_RATE)
            / np.maximum(normal + extra, 1e-9),
            MEETING_RATE[source],
        )
        meeting_rate = blended * (1 + meeting_wobble) * np.exp(rng.normal(0, 0.06, cal.n))
        meetings = thin(leads, meeting_rate)
        qualified = thin(meetings, QUALIFIED_RATE[source] * np.exp(rng.normal(0, 0.06, cal.n)))
        spend = marketing_spend(source, cal, rng, normal, extra, leads)
        plan = integer_series(normal * stretch)
        frames.append(
            pd.DataFrame(
                {
                    "date": cal.days.strftime("%Y-%m-%d"),
                    "lead_source": source,
                    "leads": leads,
                    "meetings": meetings,
                    "qualified_opportunities": qualified,
                    "marketing_spend": spend,
                    "leads_plan": plan,
                    "_order": SOURCES.index(source),
                }
            )
        )
        totals["leads"] += leads
        totals["meetings"] += meetings
        totals["qualified"] += qualified
        spend_total += spend
        plan_total += plan
    frame = pd.concat(frames).sort_values(["date", "_order"], kind="stable")
    frame = frame.drop(columns="_order").reset_index(drop=True)
    # Expected qualified opportunities (no noise), for the lagged closes in sales.
    expected_qualified = sum(expected[s] * MEETING_RATE[s] * QUALIFIED_RATE[s] for s in SOURCES)
    funnel = {
        **totals,
        "leads_plan": plan_total,
        "expected_qualified": expected_qualified,
        # Landing-page visits bought by the push: about 8 sessions per extra paid-search lead.
        "push_sessions": 8.0 * push_total * LEAD_PUSH_MIX["paid_search"],
    }
    return frame, funnel


def marketing_spend(
    source: str,
    cal: Calendar,
    rng: np.random.Generator,
    normal: np.ndarray,
    extra: np.ndarray,
    leads: np.ndarray,
) -> np.ndarray:
    """Daily marketing spend in whole dollars for one lead source."""
    noise = np.exp(rng.normal(0.0, 0.06, cal.n))
    if source == "paid_search":
        # Budget follows the expected leads at the planned cost per lead; the push buys cheap
        # broad-match clicks to a gated download at a fraction of that cost.
        cpl = 150.0 * cal.growth(0.06)
        amount = (normal * cpl + extra * 0.30 * cpl) * noise
    elif source == "web_form":
        # Content and SEO agency retainer, invoiced on working days.
        amount = 820.0 * cal.growth(0.07) * (cal.wd < 5) * cal.business_holiday * noise
    elif source == "distributor_referral":
        amount = leads * 105.0 * cal.growth(0.03)  # referral fee per accepted lead
    elif source == "chatbot":
        amount = np.full(cal.n, 160.0) * cal.growth(0.10)  # licence accrued daily
    else:  # trade_show: booth, freight and travel booked on the show days
        amount = 29_000.0 * cal.growth(0.06) * cal.show_day * noise
    return np.rint(amount).astype(np.int64)


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


def build_sales(cal: Calendar, rng: np.random.Generator, funnel: dict) -> pd.DataFrame:
    """Closed opportunities (won/lost), revenue, margin, pipeline and the daily plans."""
    # Opportunities close about 11 weeks after they qualify; 28-day mean smooths weekdays.
    level = pd.Series(funnel["expected_qualified"]).rolling(28, center=True, min_periods=1).mean()
    lagged = level.shift(77).bfill().to_numpy()
    close_day = WD_CLOSE[cal.wd] * cal.business_holiday / WD_CLOSE.mean()
    closes_mu = 0.96 * lagged * close_day
    closes = rng.poisson(closes_mu * np.exp(rng.normal(0, 0.08, cal.n))).astype(np.int64)
    win = 0.305 + 0.007 * cal.years + 0.006 * np.sin(cal.angle)
    wobble = 1 + smooth_noise(rng, cal.n, 0.015)
    won = thin(closes, win * wobble * np.exp(rng.normal(0, 0.03, cal.n)))
    lost = closes - won

    deal_mean = 43_000.0 * cal.growth(0.03)
    values, deal_day = deal_values(rng, won, deal_mean, sigma=0.65)
    margin_pct = np.clip(rng.normal(0.345, 0.022, values.size), 0.15, 0.55)
    revenue = daily_total(values, deal_day, cal.n)
    margin = daily_total(values * margin_pct, deal_day, cal.n)
    opp_mean = 52_000.0 * cal.growth(0.045)
    pipeline = daily_total(*deal_values(rng, funnel["qualified"], opp_mean, sigma=0.7), cal.n)

    year = np.asarray(cal.days.year)
    revenue_stretch = np.array([REVENUE_PLAN_STRETCH.get(int(y), 1.0) for y in year])
    revenue_plan = integer_series(closes_mu * win * deal_mean * revenue_stretch)
    pipeline_plan = integer_series(funnel["expected_qualified"] * opp_mean * 1.02)
    return pd.DataFrame(
        {
            "date": cal.days.strftime("%Y-%m-%d"),
            "opportunities_won": won,
            "opportunities_lost": lost,
            "won_revenue": revenue,
            "won_gross_margin": margin,
            "pipeline_added": pipeline,
            "leads_plan": funnel["leads_plan"],
            "revenue_plan": revenue_plan,
            "pipeline_plan": pipeline_plan,
        }
    )


def deal_values(
    rng: np.random.Generator, count: np.ndarray, mean: np.ndarray, sigma: float
) -> tuple[np.ndarray, np.ndarray]:
    """One lognormal value per deal (``count`` deals on each day, mean ``mean``) and its day."""
    per_deal_mean = np.repeat(mean, count)
    values = per_deal_mean * rng.lognormal(-(sigma**2) / 2, sigma, per_deal_mean.size)
    values = np.round(values / 100.0) * 100.0  # quotes are in hundreds of dollars
    return values, np.repeat(np.arange(count.size), count)


def daily_total(values: np.ndarray, day: np.ndarray, n: int) -> np.ndarray:
    """Whole-dollar sum of ``values`` per day index."""
    return np.rint(np.bincount(day, weights=values, minlength=n)).astype(np.int64)


def build_fulfilment(cal: Calendar, rng: np.random.Generator) -> pd.DataFrame:
    """Orders shipped and defective orders by their single defect type."""
    # Maintenance season: spares and pumps peak in late spring, dip in December.
    season = 1 + 0.06 * np.cos(cal.angle - 2.4)
    ramp_start, ramp_end = pd.Timestamp("2026-08-01"), END
    ramp = np.clip((cal.days - ramp_start).days / (ramp_end - ramp_start).days, 0.0, 1.0)
    volume_push = 1 + 0.16 * np.asarray(ramp) ** 1.3
    mu = (
        181.0 * cal.growth(0.09) * season * volume_push * WD_SHIP[cal.wd] * cal.business_holiday
    ) * np.exp(rng.normal(0.0, 0.05, cal.n))
    shipped = rng.poisson(mu).astype(np.int64)

    anchors = {
        "2022-08-01": 0.064, "2023-07-01": 0.061, "2024-01-01": 0.058, "2024-07-01": 0.056,
        "2025-01-01": 0.054, "2025-07-01": 0.053, "2026-01-01": 0.052, "2026-07-31": 0.053,
        "2026-09-15": 0.056, "2026-10-11": 0.059, "2026-10-15": 0.060, "2026-10-22": 0.062,
        "2026-10-29": 0.064, "2026-11-05": 0.066, "2026-11-08": 0.067, "2026-11-09": 0.078,
        "2026-11-15": 0.081,
    }  # fmt: skip
    x = np.asarray((pd.to_datetime(list(anchors)) - START).days, dtype=float)
    day_x = np.asarray((cal.days - START).days, dtype=float)
    rate = np.interp(day_x, x, list(anchors.values()))
    # Year-end temps and the spring peak add a little; weekly wobble is the normal variation.
    rate = rate + 0.004 * (cal.business_holiday < 1) + smooth_noise(rng, cal.n, 0.0011, keep=0.93)
    creep = np.clip(rate - 0.053, 0.0, None) * (cal.days >= pd.Timestamp("2026-08-01"))
    base = rate - creep
    shares = {
        "orders_wrong_part": (0.28, 0.15),
        "orders_incomplete": (0.26, 0.50),
        "orders_not_invoiced": (0.14, 0.0),
        "orders_wrong_address": (0.10, 0.0),
        "orders_dropped_backorder": (0.22, 0.35),
    }
    columns: dict[str, object] = {
        "date": cal.days.strftime("%Y-%m-%d"),
        "orders_shipped": shipped,
    }
    for name, (base_share, creep_share) in shares.items():
        type_rate = (base * base_share + creep * creep_share) * np.exp(rng.normal(0, 0.08, cal.n))
        columns[name] = thin(shipped, type_rate)
    return pd.DataFrame(columns)


def write(frame: pd.DataFrame, name: str) -> None:
    frame.to_csv(OUT_DIR / name, index=False, lineterminator="\n")


if __name__ == "__main__":
    main()
