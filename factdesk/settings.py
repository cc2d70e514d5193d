"""FactDesk settings: one file, driven by the environment.

With no DATABASE_URL and no REDIS_URL the service runs on SQLite with Celery tasks executed
in-process, so a newcomer gets a working service with one command. The full stack (PostgreSQL with
pgvector, Redis, worker, beat) is selected by setting those two variables.
"""

import os
import sys
from datetime import timedelta
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name: str, default: str = "False") -> bool:
    value = os.getenv(name, default).strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off", ""):
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false), not {value!r}")


def envint(name: str, default: int) -> int:
    raw = os.getenv(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be an integer, not {raw!r}") from exc


def envfloat(name: str, default: float) -> float:
    raw = os.getenv(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a number, not {raw!r}") from exc


def envlist(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.getenv(name, default).split(",") if item.strip()]


DEBUG = envbool("DEBUG", "False")

# Refuse to run in production with a guessable key; local development gets a fixed, obviously
# unsafe one so that sessions survive restarts.
SECRET_KEY = os.getenv("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set SECRET_KEY in the environment, or DEBUG=true for local use."
        )
    SECRET_KEY = "factdesk-insecure-local-development-key"  # noqa: S105 (DEBUG only)

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "factdesk",
    "sources",
    "claims",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "factdesk.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "factdesk.wsgi.application"

# Database: PostgreSQL (with pgvector) when DATABASE_URL is set, SQLite otherwise.
DATABASE_URL = os.getenv("DATABASE_URL", "")
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL, conn_max_age=envint("DB_CONN_MAX_AGE", 60), conn_health_checks=True
        )
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": os.getenv("SQLITE_PATH", str(BASE_DIR / "db.sqlite3")),
            # SQLite serialises writers; waiting beats failing with "database is locked".
            "OPTIONS": {"timeout": 20, "transaction_mode": "IMMEDIATE"},
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
LOGIN_URL = "/admin/login/"

# Upper bound on any request body: a 20 MB article is refused at the door, not parsed.
DATA_UPLOAD_MAX_MEMORY_SIZE = envint("DATA_UPLOAD_MAX_MEMORY_SIZE", 10 * 1024 * 1024)

# Security headers. HSTS is behind its own setting: turning it on is a promise to browsers that
# outlives this deployment, so it must be a deliberate choice.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", "False")
# Container health checks speak plain HTTP from inside; only they are exempt from the redirect.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = envbool("SESSION_COOKIE_SECURE", "False" if DEBUG else "True")
CSRF_COOKIE_SECURE = envbool("CSRF_COOKIE_SECURE", "False" if DEBUG else "True")
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", "False")
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", "False")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Celery: Redis when REDIS_URL is set; otherwise tasks run in-process at commit time.
REDIS_URL = os.getenv("REDIS_URL", "")
CELERY_BROKER_URL = REDIS_URL or "memory://localhost/"
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = envint("CELERY_TASK_TIME_LIMIT", 300)
CELERY_TASK_SOFT_TIME_LIMIT = envint("CELERY_TASK_SOFT_TIME_LIMIT", 240)
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
# A message not acknowledged within this window is redelivered; it must exceed the task time
# limit or long tasks would run twice.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": envint("CELERY_VISIBILITY_TIMEOUT", 900)}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Publishing gives up quickly when Redis is down: the request still succeeds (the row is stored as
# pending) and the periodic sweep enqueues it later, instead of a web request hanging on retries.
CELERY_BROKER_CONNECTION_TIMEOUT = envfloat("CELERY_BROKER_CONNECTION_TIMEOUT", 2.0)
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.5,
}
CELERY_BEAT_SCHEDULE = {
    "poll-feeds": {"task": "sources.tasks.poll_due_feeds", "schedule": timedelta(minutes=1)},
    "sweep-pending-articles": {
        "task": "sources.tasks.sweep_pending_articles",
        "schedule": timedelta(minutes=2),
    },
    "gather-pending-claims": {
        "task": "claims.tasks.gather_pending_claims",
        "schedule": timedelta(minutes=5),
    },
    # the statements' index where an upgrade met too many statements to build it in passing
    "build-statement-index": {
        "task": "claims.tasks.build_statement_index",
        "schedule": timedelta(minutes=10),
    },
    "refresh-claim-counts": {
        "task": "claims.tasks.refresh_stale_claims",
        "schedule": crontab(minute="*/15"),
    },
    # The dashboards' daily roll-ups of statements: re-derive yesterday and today.
    "rollup-recent-statements": {
        "task": "claims.tasks.rollup_recent_statements",
        "schedule": crontab(minute="7,37"),
    },
}

# One cache for every process (API pages, throttling) when Redis is there; a per-process
# memory cache otherwise. A cache that is down never breaks a request.
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "factdesk.cache.TolerantRedisCache",
            "LOCATION": os.getenv("CACHE_URL", REDIS_URL),
            "KEY_PREFIX": "factdesk",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# How long a process trusts a token it has checked (revocation reaches other processes within
# this), and how long rendered API pages are kept (only with the shared Redis cache, which
# every process bumps when claims change).
FACTDESK_AUTH_CACHE_SECONDS = envfloat("FACTDESK_AUTH_CACHE_SECONDS", 3.0)
FACTDESK_RESPONSE_CACHE_SECONDS = envfloat(
    "FACTDESK_RESPONSE_CACHE_SECONDS", 10.0 if REDIS_URL else 0.0
)

# Domain configuration.
FACTDESK_LANGUAGES = envlist("FACTDESK_LANGUAGES", "en,id")
FACTDESK_MAX_ARTICLE_CHARS = envint("FACTDESK_MAX_ARTICLE_CHARS", 2_000_000)
FACTDESK_FETCH_TIMEOUT = envfloat("FACTDESK_FETCH_TIMEOUT", 10.0)
FACTDESK_FETCH_MAX_BYTES = envint("FACTDESK_FETCH_MAX_BYTES", 5 * 1024 * 1024)
# Networks the fetcher may reach although they are private (CIDRs, comma-separated); empty in
# production so that a submitted URL can never reach the service's own network.
FACTDESK_FETCH_ALLOW_PRIVATE = envlist("FACTDESK_FETCH_ALLOW_PRIVATE", "")
FACTDESK_EMBEDDER = os.getenv("FACTDESK_EMBEDDER", "")
# Threads one process gives the embedding engine; 0 lets it take every core. Where several worker
# processes share a machine, cores / processes: two processes of two threads each on two cores
# embedded 28 sentences/s together, of one thread each 51 (the engine's threads spin while
# they wait for one another).
FACTDESK_EMBED_THREADS = envint("FACTDESK_EMBED_THREADS", 0)
# Threads one process keeps for the full-text side of a match, which runs beside the embedding
# and the vector query on a database connection of each thread's own; 0 runs it after them.
FACTDESK_MATCH_THREADS = envint("FACTDESK_MATCH_THREADS", 4)
FACTDESK_ORGANISATION = os.getenv("FACTDESK_ORGANISATION", "FactDesk")
FACTDESK_PUBLIC_URL = os.getenv("FACTDESK_PUBLIC_URL", "http://127.0.0.1:8000")

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # The first class names the challenge: anonymous requests get 401, not 403.
        "factdesk.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PARSER_CLASSES": ["factdesk.api.BoundedJSONParser"],
    "DEFAULT_PERMISSION_CLASSES": [
        "rest_framework.permissions.IsAuthenticated",
        "factdesk.permissions.HasRole",
    ],
    "DEFAULT_THROTTLE_CLASSES": ["factdesk.throttling.TokenRateThrottle"],
    # "1000/min" style; empty turns throttling off (e.g. behind a gateway that already limits).
    "DEFAULT_THROTTLE_RATES": {"token": os.getenv("FACTDESK_THROTTLE_TOKEN", "1200/min") or None},
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.LimitOffsetPagination",
    "PAGE_SIZE": 50,
    "EXCEPTION_HANDLER": "factdesk.api.exception_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    "DATETIME_FORMAT": "iso-8601",
}
FACTDESK_WEBHOOK_TIMEOUT = envfloat("FACTDESK_WEBHOOK_TIMEOUT", 10.0)
FACTDESK_WEBHOOK_MAX_ATTEMPTS = envint("FACTDESK_WEBHOOK_MAX_ATTEMPTS", 6)
# Seconds before the first retry of a failed delivery; each further retry waits twice as long.
FACTDESK_WEBHOOK_BACKOFF = envfloat("FACTDESK_WEBHOOK_BACKOFF", 30.0)
SPECTACULAR_SETTINGS = {
    "TITLE": "FactDesk API",
    "DESCRIPTION": "Claims, attributed statements and verdicts for newsrooms and fact-checkers.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "ActorKindEnum": "sources.models.ActorKind",
        "OutletKindEnum": "sources.models.OutletKind",
        "ArticleStateEnum": "sources.models.ArticleState",
        "LinkStateEnum": "claims.models.LinkState",
        "RatingEnum": "claims.serializers.RATINGS",
        "WebhookEventEnum": "claims.models.WebhookEvent",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.getenv("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}

TESTING = "pytest" in sys.modules
