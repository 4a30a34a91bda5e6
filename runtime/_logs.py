# avido_client runtime (runtime/_logs.py): make generate copies it verbatim; edit it in runtime/.
"""The package's log: the `avido_client` logger, and `AVIDO_LOG` to send it to stderr.

    AVIDO_LOG=info    a line per response (operation, method, path, status, time) and per retry
    AVIDO_LOG=debug   also a line per request as it is sent, with its headers
                      (credentials shown as <redacted>)

Bodies are never logged unless AVIDO_LOG_BODIES=1 is set too (then at debug, their first
2,000 characters, credentials redacted). Every record of the logger goes through the same
redaction as errors (`_secrets.redact_logs`), whoever configured the logging.
"""

from __future__ import annotations

import logging
import os
import warnings

from ._constants import ENVIRONMENT_PREFIX

logger = logging.getLogger("avido_client")

LOG_VARIABLE = ENVIRONMENT_PREFIX + "LOG"
LOG_BODIES_VARIABLE = ENVIRONMENT_PREFIX + "LOG_BODIES"
LOGGED_BODY_CHARACTERS = 2000
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_FORMAT = "[%(asctime)s %(name)s %(levelname)s] %(message)s"


def setup_logging() -> None:
    """Send the logger to stderr at the level AVIDO_LOG names (once; nothing when it is unset)."""
    value = os.environ.get(LOG_VARIABLE, "").strip()
    if not value:
        return
    level = _LEVELS.get(value.lower())
    if level is None:
        warnings.warn(f"{LOG_VARIABLE}={value!r} is not one of debug, info; ignored", stacklevel=2)
        return
    if not any(getattr(handler, "_avido_log", False) for handler in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler._avido_log = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(level)


def log_bodies() -> bool:
    """Whether AVIDO_LOG_BODIES asks for bodies in the debug log."""
    return os.environ.get(LOG_BODIES_VARIABLE, "").strip() == "1"


def shown_body(content: bytes) -> str:
    """A body as the debug log shows it: decoded leniently, cut to LOGGED_BODY_CHARACTERS."""
    text = content.decode("utf-8", errors="replace")
    if len(text) > LOGGED_BODY_CHARACTERS:
        return f"{text[:LOGGED_BODY_CHARACTERS]}... ({len(content):,} bytes)"
    return text
