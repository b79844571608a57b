"""Rare events get no natural process limits (issue #10: signals on the sample are news, not noise).

A weekly series that is mostly zero weeks (a trade show's leads, deals and revenue between two
shows) or a count of fewer than one event a week records mostly that nothing happened. On an XmR
chart its usual zero weeks form a "run below the average" and a single event crosses the upper
limit; the sample flagged seven trade-show breakdowns this way in a week when nothing happened.
Every number below is worked by hand in the comments.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from wbr.results import SignalPoint, Signals, SignalStatus
from wbr.schema import Comparison, Direction, MetricDef
from wbr.signal_text import box_text
from wbr.signals.xmr import XmrLimits, XmrRules, compute_xmr

# 20 baseline weeks, then 6 more; the last is the report week.
# A: revenue from rare deals: 17 of the 20 baseline weeks are 0, then 6 more zero weeks.
#    Without the rare-events test: centre = (4 + 6 + 5) / 20 = 0.75; the moving ranges are 4, 4,
#    6, 6, 5, 5 and 13 zeros: mR̄ = 30 / 19 = 1.5789; upper = 0.75 + 2.66 × 1.5789 = 4.95, so the
#    6 and the 5 were "outside", and the last 10 weeks (all 0 < 0.75) a run of 10 ≥ 8 on the report
#    week: the usual zero weeks reported as news.
A = [0, 0, 0, 4, 0, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0] + [0] * 6
# B: a count of 12 ones and 8 zeros in the baseline (8 < 10: not mostly zero) with centre
#    12 / 20 = 0.6 < 1 event a week: rare when it counts events, judged when it does not.
B = [1, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 0, 1] + [0, 0, 2, 0, 0, 2]
# C: exactly half of the baseline weeks are zero (10 of 20), the rest 40: rare (at least half).
C = [0, 40] * 10 + [40] * 6
# D: a steady count around 10 (no zeros): limits as always. Baseline 10, 12 repeated: centre 11,
#    mR̄ = 2, limits 11 ± 5.32 = 5.68 .. 16.32; the last week's 30 is outside.
D = [10, 12] * 10 + [11, 10, 12, 11, 10, 30]


def run(series: list[list[int]], counts: list[bool]) -> tuple[XmrLimits, XmrRules]:
    values = np.array(series, dtype=float).T  # weeks × metrics
    n = values.shape[1]
    judged = np.ones_like(values, dtype=bool)
    return compute_xmr(
        values, judged, np.full(n, 20), np.full(n, 8), np.full(n, 8), np.array(counts)
    )


def test_mostly_zero_weeks_get_no_limits_and_no_rules() -> None:
    limits, rules = run([A, B, B, C, D], [False, True, False, False, True])
    assert limits.rare.tolist() == [True, True, False, True, False]
    assert limits.has_limits.tolist() == [False, False, True, False, True]
    for rule in ("outside", "three_of_four", "run", "range"):
        fired = getattr(rules, rule)
        assert not fired[:, [0, 1, 3]].any(), rule  # nothing on the rare series
    # D keeps its limits and its signal: 11 ± 2.66 × 2
    assert limits.centre[4] == pytest.approx(11.0)
    assert limits.upper[4] == pytest.approx(16.32)
    assert rules.outside[-1, 4]
    # B read as a non-count (e.g. a share) keeps limits: centre 0.6; of its 19 baseline moving
    # ranges, 3 are 0 (1→1 at weeks 3, 8, 13) and 16 are 1 → mR̄ = 16 / 19 = 0.8421
    assert limits.centre[2] == pytest.approx(0.6)
    assert limits.mr_mean[2] == pytest.approx(16 / 19)


def test_without_counts_only_the_zero_share_decides() -> None:
    values = np.array([A, B], dtype=float).T
    judged = np.ones_like(values, dtype=bool)
    limits, _ = compute_xmr(values, judged, np.full(2, 20), np.full(2, 8), np.full(2, 8))
    assert limits.rare.tolist() == [True, False]


def test_too_few_weeks_is_not_called_rare() -> None:
    # 5 weeks (fewer than min_baseline_weeks = 8): too little data, and not for rarity
    values = np.array([[0, 0, 0, 0, 0]], dtype=float).T
    limits, _ = compute_xmr(
        values, np.ones_like(values, dtype=bool), np.full(1, 20), np.full(1, 8), np.full(1, 8)
    )
    assert limits.rare.tolist() == [False] and limits.has_limits.tolist() == [False]


def test_the_box_says_why_a_rare_series_has_no_limits() -> None:
    metric = MetricDef(
        id="won_revenue.trade_show", label="Won revenue — Trade show", unit="currency",
        direction=Direction.HIGHER_IS_BETTER, comparison=Comparison.PCT, file="sales.yaml",
    )  # fmt: skip
    point = SignalPoint(dt.date(2026, 11, 15), 0.0, 0.0, (), None, False, True)
    sig = Signals(
        status=SignalStatus.TOO_LITTLE_DATA, baseline_from=dt.date(2026, 5, 24),
        baseline_to=dt.date(2026, 10, 4), baseline_weeks=20, centre=None, lower=None,
        upper=None, mr_mean=None, mr_upper=None, series=(point,), this_week=(),
        assurance=None, rare_events=True,
    )  # fmt: skip
    status, tone, words = box_text(metric, sig)
    assert (status, tone) == ("too_little_data", "")
    assert words.startswith("Rare events: most weeks are zero")
    assert "yet" not in words  # more weeks will not help: the events are rare
