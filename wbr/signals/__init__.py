"""Signals, not noise (issue #8): natural process limits (XmR), maturity, process changes.

- :mod:`wbr.signals.settings`: the ``signals:`` and ``process_changes:`` settings;
- :mod:`wbr.signals.maturity`: which periods are still provisional (``matures_after``);
- :mod:`wbr.signals.xmr`: limits and the four rules over a weeks × metrics matrix;
- :mod:`wbr.signals.build`: the engine's weekly series → :class:`wbr.results.Signals` per metric.

Kept import-light (no pandas, no schema) so that :mod:`wbr.schema` and :mod:`wbr.config` can use
the settings parsers.
"""
