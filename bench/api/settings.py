"""The deployed settings with the page cache set from BENCH_RESPONSE_CACHE_SECONDS (0: off), so
that run.py can measure what a request costs when it is not served from the cache."""

import os

from factdesk.settings import *  # noqa: F403

FACTDESK_RESPONSE_CACHE_SECONDS = float(os.environ["BENCH_RESPONSE_CACHE_SECONDS"])
