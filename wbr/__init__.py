"""wbr: Weekly Business Review packets from daily business data."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
