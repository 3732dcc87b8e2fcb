"""Configuration from the environment: strict parsing, loud failures, a clean deploy check."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from followup.lib.env import (
    ConfigError,
    database_from_url,
    env_bool,
    env_int,
    env_list,
    env_str,
    smtp_from_url,
)


def test_booleans_accept_only_true_or_false_words() -> None:
    assert env_bool("X", False, {"X": "true"}) is True
    assert env_bool("X", True, {"X": "0"}) is False
    assert env_bool("X", True, {}) is True
    with pytest.raises(ConfigError, match="X must be true or false, not 'ture'"):
        env_bool("X", False, {"X": "ture"})


def test_numbers_and_lists_are_checked() -> None:
    assert env_int("PORT", 8000, {"PORT": "8080"}) == 8080
    with pytest.raises(ConfigError, match="whole number"):
        env_int("PORT", 8000, {"PORT": "80a"})
    with pytest.raises(ConfigError, match="at least 1"):
        env_int("PORT", 8000, {"PORT": "0"}, minimum=1)
    assert env_list("HOSTS", [], {"HOSTS": "a.example, b.example,"}) == ["a.example", "b.example"]


def test_a_secret_can_come_from_a_file(tmp_path: Path) -> None:
    secret = tmp_path / "key"
    secret.write_text("s3cret\n")
    assert env_str("SECRET_KEY", "", {"SECRET_KEY_FILE": str(secret)}) == "s3cret"
    with pytest.raises(ConfigError, match="cannot be read"):
        env_str("SECRET_KEY", "", {"SECRET_KEY_FILE": str(tmp_path / "missing")})


def test_database_and_smtp_urls() -> None:
    db = database_from_url("postgres://fu:p%40ss@db.example:5433/followup")
    assert (db["NAME"], db["USER"], db["PASSWORD"], db["HOST"], db["PORT"]) == (
        "followup",
        "fu",
        "p@ss",
        "db.example",
        "5433",
    )
    with pytest.raises(ConfigError, match="postgres://"):
        database_from_url("mysql://x/y")
    smtp = smtp_from_url("smtp://me%40agency.example:pw@mail.example:587?tls=1")
    assert (smtp.host, smtp.port, smtp.user, smtp.use_tls, smtp.use_ssl) == (
        "mail.example",
        587,
        "me@agency.example",
        True,
        False,
    )
    assert smtp_from_url("smtps://mail.example").port == 465
    with pytest.raises(ConfigError, match="tls="):
        smtp_from_url("smtp://mail.example?tls=yes please")


def run_followup(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    skip = {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environ = {k: v for k, v in os.environ.items() if k not in skip}
    return subprocess.run(
        [sys.executable, "-m", "followup.cli", *args],
        env=environ | env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_typo_in_configuration_stops_the_start_with_a_clear_message(tmp_path: Path) -> None:
    result = run_followup("migrate", FOLLOWUP_DATA_DIR=str(tmp_path), DEBUG="yes please")
    assert result.returncode == 2
    assert "DEBUG must be true or false" in result.stderr


def test_the_documented_production_settings_pass_the_deploy_check(tmp_path: Path) -> None:
    result = run_followup(
        "check",
        "--deploy",
        FOLLOWUP_DATA_DIR=str(tmp_path),
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="followup.agency.example",
        CSRF_TRUSTED_ORIGINS="https://followup.agency.example",
        FOLLOWUP_HTTPS="true",
        FOLLOWUP_BEHIND_PROXY="true",
        EMAIL_URL="smtp://u:p@mail.agency.example:587?tls=1",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_a_secret_key_is_generated_once_and_kept_in_the_data_folder(tmp_path: Path) -> None:
    run_followup("check", "--deploy", FOLLOWUP_DATA_DIR=str(tmp_path))
    key = (tmp_path / "secret_key").read_text()
    run_followup("check", "--deploy", FOLLOWUP_DATA_DIR=str(tmp_path))
    assert (tmp_path / "secret_key").read_text() == key and len(key) >= 50
    assert oct((tmp_path / "secret_key").stat().st_mode)[-3:] == "600"
