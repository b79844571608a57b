"""The sample company tells its stories through natural process limits (issue #8 acceptance)."""

from __future__ import annotations

from tests.conftest import REPO
from wbr.project import load_project
from wbr.report import build_metric_set
from wbr.results import PairState, SignalStatus


def test_sample_company_signals_tell_its_stories() -> None:
    """On the sample, the leads push alerts for the right reason (a signal on the lead → meeting
    rate), the orders pair is at least watch, and most metrics are routine this week."""
    ms = build_metric_set(load_project(REPO / "wbr.yaml"))
    pairs = {(p.metric, p.counter_metric): p for p in ms.pairs}
    leads = pairs[("leads", "lead_to_meeting_rate")]
    assert leads.status is PairState.ALERT and leads.rule, leads.reason
    assert "shows a signal in its bad direction" in leads.reason
    orders = pairs[("orders_shipped", "order_defect_rate")]
    assert orders.status in (PairState.ALERT, PairState.WATCH), orders.reason
    assert orders.rule, orders.reason
    signalling = [r.metric.id for r in ms.metrics if r.signals is not None and r.signals.this_week]
    assert len(signalling) < len(ms.metrics) / 3, signalling
    # maturity is declared where the operational definitions say numbers keep coming in
    provisional = {r.metric.id for r in ms.metrics if r.weeks[-1].provisional}
    assert {"lead_to_meeting_rate", "order_defect_rate"} <= provisional


# The metrics that signal on the sample's report week (issue #10: news, not noise), each checked
# by hand against the story it belongs to (sample_data/README.md, "Signals on the sample"):
NEWS = {
    # story 1, the paid-search push: leads and where they come from, what they cost, and the
    # bought traffic that bounces
    "leads": ("outside", "three_of_four", "run"),
    "leads.paid_search": ("outside", "three_of_four"),
    "leads.chatbot": ("outside", "three_of_four"),
    "marketing_spend.paid_search": ("outside", "three_of_four"),
    "cost_per_lead.chatbot": ("three_of_four",),
    "cost_per_qualified_opportunity.paid_search": ("outside",),
    "bounce_rate": ("three_of_four",),
    "engaged_session_rate": ("outside",),
    # story 2, the volume push since August: more orders, more parts revenue and margin
    "orders_shipped": ("run",),
    "parts_revenue": ("run",),
    "parts_gross_margin": ("run",),
    # story 4, the quote backlog
    "quote_wait_days": ("outside", "three_of_four", "run"),
    "quote_wait_days_p90": ("outside", "three_of_four", "run"),
    "sales_cycle_days": ("three_of_four", "run"),
}


def test_the_sample_signals_only_its_news() -> None:
    ms = build_metric_set(load_project(REPO / "wbr.yaml"))
    by_id = {r.metric.id: r for r in ms.metrics}
    signalling = {
        r.metric.id: tuple(rule.value for rule in r.signals.this_week)
        for r in ms.metrics
        if r.signals is not None and r.signals.this_week
    }
    assert signalling == NEWS
    assert len(ms.metrics) == 191
    # the trade-show breakdowns are rare events (two shows a year): no limits, so no "runs" of
    # their usual empty weeks; before issue #10 seven of them signalled in a week of nothing
    rare = sorted(i for i, r in by_id.items() if r.signals is not None and r.signals.rare_events)
    assert rare and all(i.endswith(".trade_show") for i in rare), rare
    for quiet in ("opportunities_won.trade_show", "won_revenue.trade_show",
                  "pipeline_added.trade_show", "qualified_opportunities.trade_show"):  # fmt: skip
        assert quiet in rare
    # the web traffic counts trend and follow the season: signals off, with a reason
    for off in ("sessions", "bounced_sessions", "engaged_sessions"):
        signals = by_id[off].signals
        assert signals is not None and signals.status is SignalStatus.OFF
    # a weekly win rate or margin % per lead source rests on 1 to 6 deals won: the company's rate
    # keeps its limits (it is a counter-metric), the sources' get none (`breakdowns: false`);
    # before, web-form and distributor-referral margin % each fired the range rule by chance
    for parent in ("gross_margin_pct", "win_rate"):
        signals = by_id[parent].signals
        assert signals is not None and signals.status is SignalStatus.ROUTINE
        children = [r for r in ms.metrics if r.metric.parent == parent]
        assert len(children) == 5
        assert all(c.signals is not None and c.signals.status is SignalStatus.OFF for c in children)
    # the chatbot licence is a flat yearly contract: routine, not a weekly creep
    chatbot_spend = by_id["marketing_spend.chatbot"].signals
    assert chatbot_spend is not None and chatbot_spend.status is SignalStatus.ROUTINE
    # the paid-search yield of the latest mature week (1 Nov) is below its lower limit, though
    # the report week itself is provisional (so it is not in this week's list)
    ps = by_id["lead_to_meeting_rate.paid_search"].signals
    assert ps is not None and ps.lower is not None
    mature = [p for p in ps.series if not p.provisional][-1]
    assert mature.week_ending.isoformat() == "2026-11-01"
    assert (
        mature.value is not None
        and mature.value < ps.lower
        and "outside" in [r.value for r in mature.rules]
    )


def test_a_signal_sentence_never_rounds_its_value_onto_the_limit() -> None:
    # engaged-session rate on the sample sits just under its lower limit: both round to 32.5 %
    # at one decimal, which read "32.5 % is below its lower natural process limit of 32.5 %"
    from wbr.signal_text import week_signal

    ms = build_metric_set(load_project(REPO / "wbr.yaml"))
    r = next(r for r in ms.metrics if r.metric.id == "engaged_session_rate")
    assert r.signals is not None and r.signals.lower is not None
    said = week_signal(r.metric, r.signals)
    assert said is not None and "below its lower natural process limit" in said.predicate
    limit_text = said.predicate.rsplit(" of ", 1)[1]
    assert said.value != limit_text, (said.value, limit_text)
    # the value and the limit, each to the decimals shown, still compare the right way round
    assert float(said.value.rstrip(" %")) < float(limit_text.rstrip(" %"))
