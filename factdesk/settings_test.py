"""Settings for the test suite: the same file as production, with test-only relaxations."""

import os

os.environ.setdefault("DEBUG", "true")
os.environ.setdefault("SECRET_KEY", "factdesk-tests-only")

from .settings import *  # noqa: F403
from .settings import REST_FRAMEWORK

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tests run their own HTTP servers on loopback; nothing else is ever allowed.
FACTDESK_FETCH_ALLOW_PRIVATE = ["127.0.0.0/8"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Tests link with the real default embedder, as production does; FACTDESK_TEST_EMBEDDER=hashing
# gives a deterministic, instant one for quick local runs.
FACTDESK_EMBEDDER = os.getenv("FACTDESK_TEST_EMBEDDER", "")
# Static files are served from the app directories, not a collected STATIC_ROOT.
WHITENOISE_AUTOREFRESH = True
REST_FRAMEWORK = {**REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"token": None, "anon": None}}
