"""Followup's settings: one module, every value from the environment through strict parsers.

See the README's table of settings. A value that cannot be understood stops the start with a
message naming the variable.
"""

from __future__ import annotations

import secrets
from pathlib import Path

import platformdirs

from followup.lib.env import (
    ConfigError,
    database_from_url,
    env_bool,
    env_int,
    env_list,
    env_str,
    smtp_from_url,
)

BASE_DIR = Path(__file__).resolve().parent

DATA_DIR = Path(env_str("FOLLOWUP_DATA_DIR") or platformdirs.user_data_dir("followup")).expanduser()
DATA_DIR.mkdir(parents=True, exist_ok=True)


def _secret_key() -> str:
    given = env_str("SECRET_KEY")
    if given:
        return given
    path = DATA_DIR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


SECRET_KEY = _secret_key()
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = env_str("SITE_URL", "").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "followup.web",
    "followup.organisation",
    "followup.accounts",
    "followup.jobsearch",
    "followup.interactions",
    "followup.details",
    "followup.today",
    "followup.notes",
    "followup.caseload",
    "followup.reminders",
    "followup.records",
    "followup.worker",
    "followup.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "followup.web.body_limit.RequestBodyLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "followup.web.middleware.ContentSecurityPolicyMiddleware",
    "followup.organisation.middleware.read_once_per_request",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "followup.accounts.middleware.UserLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "followup.web.middleware.FirstRunMiddleware",
    "followup.web.middleware.UserTimeZoneMiddleware",
]

# Request bodies: a form is far below 2.5 MB; an import file is at most 2 MB (lib.tabular),
# so a whole request above 3 MB gets the "too large" page (followup/web/body_limit.py).
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
MAX_REQUEST_BYTES = 3 * 1024 * 1024

ROOT_URLCONF = "followup.urls"
WSGI_APPLICATION = "followup.wsgi.application"

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
                "followup.organisation.context.organisation",
            ],
        },
    },
]

# Database: SQLite in the data folder, or PostgreSQL from DATABASE_URL.
_database_url = env_str("DATABASE_URL")
# `followup serve` answers with SERVER_THREADS threads per process; on PostgreSQL each process
# shares a pool of DB_POOL_SIZE connections (psycopg's pool) instead of one connection per
# thread kept open: processes × DB_POOL_SIZE (+ a worker or cron) must stay under the server's
# max_connections (100 by default). A request finding every connection busy waits for one.
SERVER_THREADS = env_int("FOLLOWUP_THREADS", 10, minimum=1)
DB_POOL_SIZE = env_int("FOLLOWUP_DB_POOL_SIZE", SERVER_THREADS + 2, minimum=2)
if _database_url:
    DATABASES = {"default": database_from_url(_database_url)}
    DATABASES["default"]["CONN_MAX_AGE"] = 0  # the pool keeps the connections, not each thread
    DATABASES["default"]["OPTIONS"] = {
        **DATABASES["default"]["OPTIONS"],  # type: ignore[dict-item]
        "pool": {"min_size": 2, "max_size": DB_POOL_SIZE, "timeout": 30},
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "followup.sqlite3",
            "OPTIONS": {
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The cache holds only the counts of failed sign-ins (followup/accounts/throttle.py). It is a
# table in the database, so every server process and worker counts the same attempts; the
# accounts app's migrations create it.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "followup_cache",
        # The reports keep one entry per shard of 512 job seekers, per view and office: Django's
        # default of 300 entries would start culling them at ~35,000 job seekers.
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    }
}

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "today"
LOGOUT_REDIRECT_URL = "login"
AUTH_PASSWORD_VALIDATORS = [
    {
        # our accounts have one "name" field, not Django's first_name/last_name
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
        "OPTIONS": {"user_attributes": ["name", "email"]},
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-ca"
LANGUAGES = [("en-ca", "English"), ("fr-ca", "Français")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env_str("FOLLOWUP_TIME_ZONE", "America/Toronto")

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Email: SMTP from EMAIL_URL; without it, mail is written to the console (and a check warns).
_email_url = env_str("EMAIL_URL")
EMAIL_CONFIGURED = bool(_email_url)
if _email_url:
    _smtp = smtp_from_url(_email_url)
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = _smtp.host
    EMAIL_PORT = _smtp.port
    EMAIL_HOST_USER = _smtp.user
    EMAIL_HOST_PASSWORD = _smtp.password
    EMAIL_USE_TLS = _smtp.use_tls
    EMAIL_USE_SSL = _smtp.use_ssl
    EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20, minimum=1)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Followup <followup@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security. FOLLOWUP_HTTPS=true when served over HTTPS (directly or behind a reverse proxy).
HTTPS = env_bool("FOLLOWUP_HTTPS", False)
BEHIND_PROXY = env_bool("FOLLOWUP_BEHIND_PROXY", False)
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    USE_X_FORWARDED_HOST = True
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS and env_bool("FOLLOWUP_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("FOLLOWUP_HSTS_SECONDS", 31536000 if HTTPS else 0, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = env_bool("FOLLOWUP_HSTS_PRELOAD", False)
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Without HTTPS (a laptop install) the HTTPS checks cannot pass; HSTS preload is a commitment for
# a whole domain that an agency opts into with FOLLOWUP_HSTS_PRELOAD, so it is not asked for.
_http_only = ["security.W004", "security.W008", "security.W012", "security.W016"]
SILENCED_SYSTEM_CHECKS = ([] if HTTPS else _http_only) + (
    [] if SECURE_HSTS_PRELOAD else ["security.W021"]
)

PORT = env_int("PORT", 8000, minimum=1)
HOST = env_str("FOLLOWUP_HOST", "127.0.0.1")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO").upper()},
}

if not ALLOWED_HOSTS:
    raise ConfigError("ALLOWED_HOSTS must name at least one host")
