"""Start-up checks: what an operator should hear about at boot, not discover later."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import Warning, register

# Shown by `followup serve` and `followup check --deploy`, not by every command.
CONFIGURATION = "configuration"


@register(CONFIGURATION, deploy=True)
def email_is_configured(app_configs: Any, **kwargs: Any) -> list[Warning]:
    if settings.EMAIL_CONFIGURED:
        return []
    return [
        Warning(
            "No SMTP server is configured: password resets, reminders and messages sent from "
            "Followup are printed to the console instead of being emailed.",
            hint="Set EMAIL_URL, for example smtp://user:password@mail.example.org:587?tls=1",
            id="followup.W001",
        )
    ]
