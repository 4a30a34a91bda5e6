# avido_client runtime (runtime/_constants.py): make generate copies it verbatim; edit it in runtime/.
"""Defaults, in one place (docs/usage.md's "Behaviour" table quotes them)."""

from __future__ import annotations

import httpx

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5  # seconds, doubled on each retry
MAX_RETRY_DELAY = 8.0  # seconds: cap of the exponential backoff
MAX_RETRY_AFTER = 60.0  # seconds: a longer Retry-After is cut to this
RETRY_JITTER = 0.25  # up to this fraction is taken off each backoff, to spread out clients
RETRY_STATUSES = frozenset({408, 409, 429})  # and every status from 500 up
ENVIRONMENT_PREFIX = "AVIDO_"  # of the variables credentials are read from, as in AVIDO_API_KEY
BASE_URL_VARIABLE = ENVIRONMENT_PREFIX + "BASE_URL"
DEFAULT_CONCURRENCY = 8  # pages sync_all and asyncio_all fetch at once
MAX_RESPONSE_BYTES = 64 * 1024 * 1024  # a body is refused beyond this, counted after decompression
MAX_REDIRECTS = 20  # when redirects are followed at all (they are off by default)
MAX_PATH_SEGMENT_LENGTH = 1024  # characters of a path parameter, such as an id
# Members an enum makes for values the spec doesn't list, kept so each is made once; a server
# sending ever new values can't grow them past this.
MAX_UNKNOWN_ENUM_MEMBERS = 256
# Date-time texts the fast decoders remember the parse of (a page repeats its nested objects'),
# forgotten all at once, before the next body, past this many.
MAX_CACHED_DATETIMES = 512
