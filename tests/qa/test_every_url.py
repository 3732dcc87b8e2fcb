"""Every URL of the site, for every role, answers without a server error; a job seeker's own
records answer 404 to everyone else, so nobody learns they exist."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib import admin
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.qa.conftest import ROLES, Demo, signed_in

pytestmark = pytest.mark.django_db

ALLOWED = {200, 204, 302, 400, 403, 404, 405}  # 400: a clear refusal of bad input

# The owner's private records, by URL name: anyone else gets 404.
PRIVATE = {
    "sharing",
    "application",
    "application_edit",
    "application_status",
    "interview_new_for",
    "interview",
    "interview_edit",
    "person",
    "person_edit",
    "message",
    "message_sent",
    "message_check",
    "message_autosave",
    "message_suggestions",
    "message_delivery",
    "message_retry",
    "message_eml",
    "message_delete",
    "application_delete",
    "interview_delete",
    "person_delete",
    "interaction_undo",
}
# A client's pages on a counsellor's side: 404 to a counsellor the client has not shared with.
CLIENT_PAGES = {"client", "client_goal", "client_message"}
# Every other page names no one's record in its URL: each user's own pages, lists and forms,
# a counsellor's and an administrator's pages, and the pages anyone may open.
OPEN = {
    "today",
    "today_mark",
    "applications",
    "application_new",
    "interview_new",
    "interview_reading",
    "people",
    "person_new",
    "interaction_new",
    "compose",
    "account",
    "access_log",
    "delete_account",
    "password_change",
    "records",
    "job_record",
    "job_record_csv",
    "job_record_pdf",
    "records_export",
    "records_export_csv",
    "records_export_json",
    "records_export_vcf",
    "records_import",
    "records_import_cancel",
    "records_import_confirm",
    "records_import_preview",
    "reminders_settings",
    "reminders_download",
    "reminders_feed",
    "reminders_unsubscribe",
    "appointments",
    "appointment_arranged",
    "appointment_cancel",
    "clients",
    "invite",
    "reports",
    "reports_csv",
    "help",
    "login",
    "logout",
    "register",
    "setup",
    "set_language",
    "password_reset",
    "password_reset_done",
    "password_reset_confirm",
    "password_reset_complete",
}
# Deleting takes the demo's records away and signing out ends the walk's session: walked last.
LAST = {"application_delete", "interview_delete", "person_delete", "message_delete", "logout"}


def _names(patterns: list[Any], namespace: str = "") -> list[str]:
    names: list[str] = []
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            if pattern.namespace == "admin":
                continue  # walked model by model in _admin_urls
            names += _names(pattern.url_patterns, namespace)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names.append(pattern.name)
    return names


def _kwargs(name: str, demo: Demo) -> dict[str, Any]:
    by_name: dict[str, dict[str, Any]] = {
        "sharing": {"pk": demo.sharing.pk},
        "interview_new_for": {"application_pk": demo.application.pk},
        "client_message": {"pk": demo.owner.pk, "message_pk": demo.message.pk},
        "password_reset_confirm": {"uidb64": "MQ", "token": "set-password"},
        "reminders_feed": {"token": demo.feed_token},
        "reminders_unsubscribe": {"token": demo.unsubscribe_token},
    }
    if name in by_name:
        return by_name[name]
    for prefix, obj in [
        ("application", demo.application),
        ("interview", demo.interview),
        ("person", demo.person),
        ("message", demo.message),
        ("interaction", demo.message),
        ("client", demo.owner),
        ("appointment_", demo.appointment),
    ]:
        if name.startswith(prefix):
            return {"pk": obj.pk}
    return {}


def site_urls(demo: Demo) -> list[tuple[str, str]]:
    """(name, path) for every named URL, filled with the demo owner's real ids."""
    urls = []
    for name in _names(get_resolver().url_patterns):
        pattern_kwargs = _kwargs(name, demo)
        try:
            path = reverse(name, kwargs=pattern_kwargs)
        except Exception:
            path = reverse(name)
        urls.append((name, path))
    return sorted(urls, key=lambda item: (item[0] in LAST, item[0] == "logout"))


def _admin_urls() -> list[tuple[str, str]]:
    urls = [("admin:index", reverse("admin:index"))]
    for model in admin.site._registry:
        info = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        urls.append((f"{info}_changelist", reverse(f"{info}_changelist")))
        first = model._default_manager.order_by("pk").first()
        if first is not None:
            urls.append((f"{info}_change", reverse(f"{info}_change", args=[first.pk])))
    return urls


def _status(client: Any, method: str, path: str) -> int | str:
    try:
        return int(getattr(client, method)(path).status_code)
    except Exception as error:  # noqa: BLE001 - a server error is what the walk reports
        return f"{type(error).__name__}: {error}"


@pytest.mark.parametrize("role", ROLES)
def test_no_url_gives_a_server_error_to_any_role(demo: Demo, role: str) -> None:
    client = signed_in(demo, role)
    wrong = []
    for _name, path in site_urls(demo) + _admin_urls():
        for method in ("get", "post"):
            status = _status(client, method, path)
            if status not in ALLOWED:
                wrong.append(f"{method.upper()} {path} → {status}")
    assert wrong == []


def test_every_url_is_listed_as_private_a_client_page_or_open(demo: Demo) -> None:
    """A new URL must say who may open it, and a listed one that is gone is no longer tested."""
    names = {name for name, _path in site_urls(demo)}
    listed = PRIVATE | CLIENT_PAGES | OPEN
    assert {"not listed": names - listed, "listed but gone": listed - names} == {
        "not listed": set(),
        "listed but gone": set(),
    }
    assert not PRIVATE & OPEN and not CLIENT_PAGES & OPEN and not PRIVATE & CLIENT_PAGES


@pytest.mark.parametrize("role", [r for r in ROLES if r not in ("anonymous", "owner")])
def test_the_owners_records_give_404_to_everyone_else(demo: Demo, role: str) -> None:
    client = signed_in(demo, role)
    paths = dict(site_urls(demo))
    wrong = []
    for name in sorted(PRIVATE, key=lambda name: (name in LAST, name)):
        path = paths[name]
        # A page that only takes POST refuses a GET before it looks anything up: 405 tells
        # nothing about the record.
        got, posted = client.get(path).status_code, client.post(path).status_code
        if got not in (404, 405) or posted != 404:
            wrong.append(f"{path}: GET {got}, POST {posted}")
    assert wrong == []


def test_a_counsellor_without_consent_gets_404_on_the_client_pages(demo: Demo) -> None:
    client = signed_in(demo, "counsellor-without-consent")
    paths = dict(site_urls(demo))
    for name in CLIENT_PAGES:
        assert client.get(paths[name]).status_code in (404, 405), name
        assert client.post(paths[name]).status_code == 404, name
