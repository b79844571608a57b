"""The environment of every subprocess wbr starts: the SMTP credentials stay behind.

git (and its hooks, which run whatever the archive's owner installed) and other tools get
wbr's environment minus the variables that hold the SMTP user name and password: the defaults
``WBR_SMTP_USER`` and ``WBR_SMTP_PASSWORD`` always, and the names the config gives in
``email.smtp.username_env`` / ``password_env``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping

CREDENTIAL_ENV = ("WBR_SMTP_USER", "WBR_SMTP_PASSWORD")


def child_env(hide: Iterable[str] = (), extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """``os.environ`` without the credential variables (and ``hide``), plus ``extra``."""
    hidden = {*CREDENTIAL_ENV, *hide}
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    env.update(extra or {})
    return env


__all__ = ["CREDENTIAL_ENV", "child_env"]
