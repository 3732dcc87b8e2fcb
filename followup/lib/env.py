"""Strict, typed readers of environment variables: a typo in configuration fails loudly."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit


class ConfigError(ValueError):
    """A setting in the environment cannot be understood."""


_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off"}


def env_str(name: str, default: str = "", environ: Mapping[str, str] | None = None) -> str:
    """The variable's value; `NAME_FILE` may instead name a file holding it (for secrets)."""
    env = os.environ if environ is None else environ
    if name in env:
        return env[name]
    path = env.get(f"{name}_FILE")
    if path:
        try:
            with open(path, encoding="utf-8") as handle:
                return handle.read().strip()
        except OSError as exc:
            raise ConfigError(f"{name}_FILE={path!r} cannot be read: {exc.strerror}") from exc
    return default


def env_bool(name: str, default: bool, environ: Mapping[str, str] | None = None) -> bool:
    raw = env_str(name, "", environ).strip().lower()
    if raw == "":
        return default
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise ConfigError(f"{name} must be true or false, not {raw!r}")


def env_int(
    name: str, default: int, environ: Mapping[str, str] | None = None, *, minimum: int | None = None
) -> int:
    raw = env_str(name, "", environ).strip()
    if raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None
    if minimum is not None and value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, not {value}")
    return value


def env_list(name: str, default: list[str], environ: Mapping[str, str] | None = None) -> list[str]:
    raw = env_str(name, "", environ)
    if raw.strip() == "":
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def database_from_url(url: str) -> dict[str, object]:
    """A Django DATABASES entry from postgres://user:pass@host:port/name (or postgresql://)."""
    parts = urlsplit(url)
    if parts.scheme not in {"postgres", "postgresql", "pgsql"}:
        raise ConfigError(
            f"DATABASE_URL must start with postgres:// or postgresql://, not {parts.scheme!r}://"
        )
    name = unquote(parts.path.lstrip("/"))
    if not name:
        raise ConfigError("DATABASE_URL must name a database, e.g. postgres://host:5432/followup")
    options = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": name,
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": parts.hostname or "",
        "PORT": str(parts.port or ""),
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
        "OPTIONS": options,
    }


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    user: str
    password: str
    use_tls: bool
    use_ssl: bool


def smtp_from_url(url: str) -> SmtpConfig:
    """SMTP settings from smtp://user:pass@host:587?tls=1 (or smtps:// for implicit TLS)."""
    parts = urlsplit(url)
    if parts.scheme not in {"smtp", "smtps"}:
        raise ConfigError(f"EMAIL_URL must start with smtp:// or smtps://, not {parts.scheme!r}://")
    if not parts.hostname:
        raise ConfigError("EMAIL_URL must name a host, e.g. smtp://mail.example.org:587?tls=1")
    query = {key: values[-1].lower() for key, values in parse_qs(parts.query).items()}
    for key in ("tls", "ssl"):
        if key in query and query[key] not in _TRUE | _FALSE:
            raise ConfigError(f"EMAIL_URL's {key}= must be 1 or 0, not {query[key]!r}")
    use_ssl = parts.scheme == "smtps" or query.get("ssl", "0") in _TRUE
    use_tls = query.get("tls", "0") in _TRUE
    if use_ssl and use_tls:
        raise ConfigError("EMAIL_URL cannot ask for both tls=1 and ssl=1")
    try:
        port = parts.port or (465 if use_ssl else 25)
    except ValueError:
        raise ConfigError("EMAIL_URL has a port that is not a number") from None
    return SmtpConfig(
        host=parts.hostname,
        port=port,
        user=unquote(parts.username or ""),
        password=unquote(parts.password or ""),
        use_tls=use_tls,
        use_ssl=use_ssl,
    )
