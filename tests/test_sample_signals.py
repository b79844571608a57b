"""The sample company tells its stories through natural process limits (issue #8 acceptance)."""

from __future__ import annotations

from tests.conftest import REPO
from wbr.project import load_project
from wbr.report import build_metric_set
from wbr.results import PairState


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
