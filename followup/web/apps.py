"""App config for the web shell; registers the start-up checks."""

from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "followup.web"
    label = "web"

    def ready(self) -> None:
        from followup.web import checks  # noqa: F401  (registers the system checks)
