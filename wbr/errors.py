"""Exceptions that end a command with one clear ``Error:`` line per problem."""

from __future__ import annotations

import click


class WbrError(click.ClickException):
    """A problem the user can fix; click prints ``Error: <message>`` and exits 1."""


class ConfigError(WbrError):
    """wbr.yaml or a metric file is invalid."""

    def __init__(self, problems: list[str] | str) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))

    def format_message(self) -> str:
        # click prefixes the first line with "Error: "; every later problem gets its own prefix
        return "\nError: ".join(self.problems)


class DataError(ConfigError):
    """An input data file is missing, unreadable or inconsistent with the metric definitions."""


class RenderError(WbrError):
    """A packet could not be rendered (template, Typst or Quarto failure)."""


class DeliveryError(WbrError):
    """Email or archive delivery failed."""
