"""App config for the web shell; registers the start-up checks."""

from types import ModuleType

from django.apps import AppConfig

from followup.web import plain_errors


class WebConfig(AppConfig):
    name = "followup.web"
    label = "web"

    def __init__(self, app_name: str, app_module: ModuleType | None) -> None:
        super().__init__(app_name, app_module)
        # before any app's forms (or admin.py) make their fields, which copy these messages
        plain_errors.install()

    def ready(self) -> None:
        from followup.web import checks  # noqa: F401  (registers the system checks)
