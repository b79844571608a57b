"""*At a glance* and the per-metric signal words → their template contract (issue #8).

Split from :mod:`wbr.render.context`: the words come from :mod:`wbr.glance` and
:mod:`wbr.signal_text`; here they are only shaped for the templates.
"""

from __future__ import annotations

from wbr.glance import Glance
from wbr.render.contract import GlanceCtx, Ref, SignalCtx
from wbr.results import MetricResult, PairState
from wbr.signal_text import RULE_ORDER, assurance_text, box_text

STATUS_TEXT = {
    PairState.ALERT.value: "Goodhart alert",
    PairState.WATCH.value: "Watch",
    PairState.OK.value: "OK",
    PairState.NO_DATA.value: "No data",
}


def anchor(metric_id: str) -> str:
    """The HTML id of a metric's block (metric ids are already [A-Za-z0-9_])."""
    return f"m-{metric_id}"


def signal_context(r: MetricResult) -> SignalCtx:
    """Was last week a signal or routine variation, in words (all empty when never computed)."""
    s = r.signals
    status, tone, text = box_text(r.metric, s)
    return {
        "status": status,
        "tone": tone,
        "text": text,
        "provisional": bool(s is not None and s.series and s.series[-1].provisional),
        "assurance": assurance_text(s.assurance if s is not None else None),
        "rules": [rule.value for rule in RULE_ORDER if s is not None and rule in s.this_week],
    }


def glance_context(g: Glance) -> GlanceCtx:
    def r(metric_id: str, label: str) -> Ref:
        return {"id": metric_id, "label": label, "anchor": anchor(metric_id)}

    return {
        "headline": g.headline,
        "pairs": [
            {
                "status": p.status,
                "status_text": STATUS_TEXT[p.status],
                "metric": r(p.metric, p.metric_label),
                "counter": r(p.counter_metric, p.counter_label),
                "metric_change": p.metric_change,
                "counter_change": p.counter_change,
                "metric_arrow": p.metric_arrow,
                "metric_tone": p.metric_tone,
                "counter_arrow": p.counter_arrow,
                "counter_tone": p.counter_tone,
                "reason": p.reason,
                "has_commentary": p.has_commentary,
            }
            for p in g.pairs
        ],
        "signals": [
            {
                "metric": r(x.metric, x.label),
                "tone": x.direction,
                "sentence": x.sentence,
                "rest": x.sentence.removeprefix(x.label).lstrip(),
                "rules": list(x.rules),
                "provisional": x.provisional,
                "has_commentary": x.has_commentary,
            }
            for x in g.signals
        ],
        "misses": [
            {
                "metric": r(x.metric, x.label),
                "value": x.value,
                "target": x.target,
                "variance": x.variance,
                "partial": x.partial,
                "has_commentary": x.has_commentary,
                "assurance": x.assurance,
            }
            for x in g.misses
        ],
        "routine": g.routine,
        "summary": g.summary,
        "movers": [],
        "warnings": list(g.warnings),
        "quiet": g.is_quiet,
        "alert_count": g.alert_count,
        "watch_count": g.watch_count,
        "signal_count": g.signal_count,
    }


__all__ = ["STATUS_TEXT", "anchor", "glance_context", "signal_context"]
